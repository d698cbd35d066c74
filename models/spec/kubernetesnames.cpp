// SPDX-License-Identifier: Apache-2.0
#include "kubernetesnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Runbench::Models {

namespace {

constexpr qsizetype labelMax = 63;
constexpr qsizetype subdomainMax = 253;

bool matches(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

bool isDns1123Label(const QString &value)
{
    return value.size() <= labelMax && matches(value, u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s);
}

bool isQualifiedNamePart(const QString &value)
{
    return value.size() <= labelMax &&
           matches(value, u"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"_s);
}

QString tooLong(const QString &value, const QString &what, qsizetype limit)
{
    return u"%1 '%2' is %3 characters long; the limit is %4."_s.arg(what, value)
        .arg(value.size())
        .arg(limit);
}

} // namespace

QString KubernetesNames::checkDns1123Label(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return u"%1 must not be empty."_s.arg(what);
    if (value.size() > labelMax)
        return tooLong(value, what, labelMax);
    if (!isDns1123Label(value)) {
        return u"%1 '%2' must consist of lower-case letters, digits and '-', and start and end "
               "with a letter or digit."_s.arg(what, value);
    }
    return {};
}

QString KubernetesNames::checkDns1123Subdomain(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return u"%1 must not be empty."_s.arg(what);
    if (value.size() > subdomainMax)
        return tooLong(value, what, subdomainMax);
    const QStringList parts = value.split(u'.');
    for (const QString &part : parts) {
        if (part.isEmpty() || !matches(part, u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s)) {
            return u"%1 '%2' must consist of lower-case letters, digits, '-' and '.', and each "
                   "dot-separated part must start and end with a letter or digit."_s.arg(what,
                                                                                         value);
        }
    }
    return {};
}

QString KubernetesNames::checkLabelKey(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return u"%1 must not be empty."_s.arg(what);
    const QStringList parts = value.split(u'/');
    if (parts.size() > 2)
        return u"%1 '%2' may contain at most one '/'."_s.arg(what, value);
    const QString name = parts.last();
    if (parts.size() == 2) {
        const QString &prefix = parts.first();
        if (prefix.isEmpty())
            return u"%1 '%2' has an empty prefix before '/'."_s.arg(what, value);
        if (!checkDns1123Subdomain(prefix, {}).isEmpty()) {
            return u"%1 '%2' has an invalid prefix '%3': a prefix is a DNS subdomain of at most "
                   "253 lower-case letters, digits, '-' and '.'."_s.arg(what, value, prefix);
        }
    }
    if (name.isEmpty())
        return u"%1 '%2' has an empty name after the prefix."_s.arg(what, value);
    if (name.size() > labelMax) {
        return u"%1 '%2' has a name part of %3 characters; the limit is %4."_s.arg(what, value)
            .arg(name.size())
            .arg(labelMax);
    }
    if (!isQualifiedNamePart(name)) {
        return u"%1 '%2' must consist of letters, digits, '-', '_' and '.', and start and end "
               "with a letter or digit (after an optional 'prefix/')."_s.arg(what, value);
    }
    return {};
}

QString KubernetesNames::checkLabelValue(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return {};
    if (value.size() > labelMax)
        return tooLong(value, what, labelMax);
    if (!isQualifiedNamePart(value)) {
        return u"%1 '%2' must be empty or consist of letters, digits, '-', '_' and '.', and "
               "start and end with a letter or digit."_s.arg(what, value);
    }
    return {};
}

QString KubernetesNames::checkEnvVarName(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return u"%1 must not be empty."_s.arg(what);
    if (!matches(value, u"[-._a-zA-Z][-._a-zA-Z0-9]*"_s)) {
        return u"%1 '%2' must consist of letters, digits, '_', '-' and '.', and must not start "
               "with a digit."_s.arg(what, value);
    }
    return {};
}

QString KubernetesNames::checkAbsolutePath(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return u"%1 must not be empty."_s.arg(what);
    if (!value.startsWith(u'/'))
        return u"%1 '%2' must be an absolute path starting with '/'."_s.arg(what, value);
    if (value.contains(u':'))
        return u"%1 '%2' must not contain ':'."_s.arg(what, value);
    return {};
}

} // namespace Runbench::Models

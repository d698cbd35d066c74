// SPDX-License-Identifier: Apache-2.0
#include "manifestnames.h"

#include <QRegularExpression>

namespace Runbench::Runtimes {

namespace {

constexpr int kUidChars = 8;

QString trimmedTo(QString text, int maxLength, const QString &edgeChars)
{
    text.truncate(maxLength);
    while (!text.isEmpty() && edgeChars.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && edgeChars.contains(text.back()))
        text.chop(1);
    return text;
}

} // namespace

QString ManifestNames::label(const QString &text, int maxLength, const QString &fallback)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9]+"));
    QString name = text.toLower().replace(invalid, QStringLiteral("-"));
    name = trimmedTo(name, maxLength, QStringLiteral("-"));
    return name.isEmpty() ? fallback.left(maxLength) : name;
}

QString ManifestNames::labelValue(const QString &text)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString value = text;
    value.replace(invalid, QStringLiteral("-"));
    return trimmedTo(value, 63, QStringLiteral("-_."));
}

QString ManifestNames::configMapKey(const QString &text)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString key = text;
    key.replace(invalid, QStringLiteral("_"));
    return key.isEmpty() ? QStringLiteral("main") : key.left(253);
}

QString ManifestNames::objectName(const QString &base, const QString &uid, int iteration)
{
    QString suffix = QLatin1Char('-') + label(uid, kUidChars, QStringLiteral("0"));
    if (iteration > 0)
        suffix += QLatin1Char('-') + QString::number(iteration);
    return label(base, int(63 - suffix.size())) + suffix;
}

} // namespace Runbench::Runtimes

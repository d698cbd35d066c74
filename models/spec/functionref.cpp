// SPDX-License-Identifier: Apache-2.0
#include "functionref.h"

namespace Runbench::Models {

std::optional<FunctionRef> FunctionRef::parse(const QString &text)
{
    FunctionRef ref;
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("db://")))
        rest = rest.mid(5);
    const auto slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        ref.project = rest.left(slash);
        rest = rest.mid(slash + 1);
        if (ref.project.isEmpty())
            return std::nullopt;
    }
    const auto at = rest.indexOf(QLatin1Char('@'));
    const auto colon = rest.indexOf(QLatin1Char(':'));
    if (at >= 0 && colon >= 0)
        return std::nullopt;
    if (at >= 0) {
        ref.hash = rest.mid(at + 1);
        rest = rest.left(at);
        if (ref.hash.isEmpty())
            return std::nullopt;
    } else if (colon >= 0) {
        ref.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (ref.tag.isEmpty())
            return std::nullopt;
    }
    ref.name = rest;
    if (ref.name.isEmpty() || ref.name.contains(QLatin1Char('/')))
        return std::nullopt;
    return ref;
}

QString FunctionRef::version() const
{
    if (!hash.isEmpty())
        return hash;
    return tag.isEmpty() ? QStringLiteral("latest") : tag;
}

QString FunctionRef::toString() const
{
    QString out = project.isEmpty() ? name : project + QLatin1Char('/') + name;
    if (!hash.isEmpty())
        return out + QLatin1Char('@') + hash;
    return tag.isEmpty() ? out : out + QLatin1Char(':') + tag;
}

} // namespace Runbench::Models

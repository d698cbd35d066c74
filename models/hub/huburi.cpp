// SPDX-License-Identifier: Apache-2.0
#include "huburi.h"

namespace Runbench::Models {

Result<HubUri> HubUri::parse(const QString &text)
{
    if (!isHubUri(text))
        return Error(tr("The reference %1 does not start with hub://.").arg(text));
    QString rest = text.mid(kScheme.size()).trimmed();
    HubUri uri;
    if (rest.contains(QLatin1Char(':'))) {
        const QStringList parts = rest.split(QLatin1Char(':'));
        if (parts.size() != 2 || parts.at(1).isEmpty())
            return Error(
                tr("The hub reference %1 must have at most one tag after a colon.").arg(text));
        rest = parts.at(0);
        uri.m_tag = parts.at(1);
    }
    if (rest.contains(QLatin1Char('/'))) {
        const QStringList parts = rest.split(QLatin1Char('/'));
        if (parts.size() != 2 || parts.at(0).isEmpty())
            return Error(
                tr("The hub reference %1 has a '/' in its function or source name.").arg(text));
        uri.m_source = parts.at(0);
        rest = parts.at(1);
    }
    uri.m_name = HubItem::normalizeName(rest);
    if (uri.m_name.isEmpty())
        return Error(tr("The hub reference %1 names no function.").arg(text));
    return uri;
}

QString HubUri::toString() const
{
    QString text = kScheme;
    if (!m_source.isEmpty())
        text += m_source + QLatin1Char('/');
    return text + m_name + QLatin1Char(':') + m_tag;
}

Result<HubResolution> HubUri::resolve(const std::vector<LoadedHubSource> &sources) const
{
    bool sourceFound = m_source.isEmpty();
    for (const LoadedHubSource &loaded : sources) {
        if (!m_source.isEmpty() && loaded.source.name() != m_source)
            continue;
        sourceFound = true;
        if (const HubItem *item = loaded.catalog.find(m_name, m_tag)) {
            return HubResolution{
                loaded.source, *item,
                loaded.source.itemFileUrl(item->dir, item->tag, QStringLiteral("function.yaml"))};
        }
    }
    if (!sourceFound)
        return Error(tr("There is no hub source named %1 for %2.").arg(m_source, toString()));
    if (!m_source.isEmpty())
        return Error(
            tr("The hub source %1 has no function %2 with tag %3.").arg(m_source, m_name, m_tag));
    return Error(tr("No hub source has the function %1 with tag %2.").arg(m_name, m_tag));
}

} // namespace Runbench::Models

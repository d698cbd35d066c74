// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hubcatalog.h"
#include "hubsource.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Runbench::Models {

// A hub source together with the catalog read from it.
struct LoadedHubSource
{
    HubSource source;
    HubCatalog catalog;
};

// Where a hub:// reference points: the source, its catalog entry and the function.yaml URL.
struct HubResolution
{
    HubSource source;
    HubItem item;
    QString functionUrl; // a URL, or a path for local sources
};

// A hub://[SOURCE/]NAME[:TAG] reference, read the way MLRun's extend_hub_uri_if_needed does.
class HubUri
{
    Q_DECLARE_TR_FUNCTIONS(HubUri)

public:
    static inline const QString kScheme = QStringLiteral("hub://");

    static bool isHubUri(const QString &text) { return text.startsWith(kScheme); }
    static Result<HubUri> parse(const QString &text);

    const QString &source() const { return m_source; } // empty: any source
    const QString &name() const { return m_name; }     // normalized
    const QString &tag() const { return m_tag; }       // "latest" unless given
    QString dirName() const { return HubItem::dirName(m_name); }
    QString toString() const;

    // The first source, in the given precedence order, whose catalog has the item and tag (or
    // the named source when the reference names one).
    Result<HubResolution> resolve(const std::vector<LoadedHubSource> &sources) const;

private:
    QString m_source;
    QString m_name;
    QString m_tag = HubItem::kLatest;
};

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hubitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace Runbench::Models {

// The browsable items of one hub channel catalog.json, with fast text search over them.
class HubCatalog
{
    Q_DECLARE_TR_FUNCTIONS(HubCatalog)

public:
    // Parses a channel catalog ({<dir>: {<version|latest>: entry}}). Broken JSON or a top level
    // that is not an object fails; a single bad item or version is skipped with a warning.
    // Hidden items (hidden latest entry) and hidden versions are left out, as the hub builder
    // does.
    static Result<HubCatalog> parse(std::string_view bytes, const QString &source);

    // Every listed (item, version) pair, "latest" included, ordered by folder name and then by
    // version key as text (the order of the file carries no meaning in real hubs).
    const std::vector<HubItem> &items() const { return m_items; }
    // One sentence per skipped item or version.
    const QStringList &warnings() const { return m_warnings; }
    const QString &source() const { return m_source; }

    // The distinct normalized item names, sorted.
    QStringList names() const;
    // Every category and every catalog kind used, sorted.
    QStringList categories() const;
    QStringList kinds() const;

    // Entries whose name, description or categories contain text (case-insensitive; empty
    // matches all), restricted to a category and a kind when given (the kind matches the
    // catalog kind or the function.yaml kind).
    QList<const HubItem *> search(const QString &text, const QString &category = {},
                                  const QString &kind = {}) const;
    // The tags of an item (by normalized name or folder), "latest" first, then the versions
    // newest first.
    QStringList versions(const QString &name) const;
    // The entry for an item and tag, or nullptr.
    const HubItem *find(const QString &name, const QString &tag = HubItem::kLatest) const;

private:
    static bool matchesName(const HubItem &item, const QString &name);

    QString m_source;
    std::vector<HubItem> m_items;
    std::vector<QString> m_haystacks; // lower-cased name, folder, description and categories
    QStringList m_warnings;
};

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "hub/huburi.h"

#include <QAbstractListModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace Runbench::Models {

// One row per hub item of every loaded source (sources in precedence order), showing the
// item's latest entry, with a precomputed lower-case text for search as you type.
class HubCatalogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubCatalogModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DescriptionRole,
        KindRole,         // as the catalog says, e.g. "nuclio:serving"
        FunctionKindRole, // as function.yaml says, e.g. "remote"
        CategoriesRole,
        SourceRole,
        VersionRole,   // the version the latest entry carries
        IconRole,      // the catalog's icon field (mostly empty)
        ReferenceRole, // hub://SOURCE/NAME
    };
    Q_ENUM(Role)

    explicit HubCatalogModel(QObject *parent = nullptr);
    ~HubCatalogModel() override;

    void setSources(std::vector<LoadedHubSource> sources);
    const std::vector<LoadedHubSource> &sources() const { return m_sources; }

    // The latest entry of a row's item and the source it comes from.
    const HubItem &item(int row) const;
    const LoadedHubSource &source(int row) const;
    // The tags of a row's item, "latest" first, then the versions newest first.
    QStringList versions(int row) const;
    // The entry of a row's item for a tag, or nullptr.
    const HubItem *entry(int row, const QString &tag) const;
    // The row of an item by source and normalized name, or -1.
    int rowOf(const QString &source, const QString &name) const;

    // Every category and kind (catalog and function.yaml kinds) of every source, sorted.
    QStringList categories() const;
    QStringList kinds() const;

    // True when the row's name, description or categories contain loweredText (already lower
    // case; empty matches) and the row has the category and the kind (empty: any).
    bool matches(int row, const QString &loweredText, const QString &category,
                 const QString &kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        int source = 0;
        const HubItem *item = nullptr;
        QString haystack;
    };

    std::vector<LoadedHubSource> m_sources;
    std::vector<Row> m_rows;
};

} // namespace Runbench::Models

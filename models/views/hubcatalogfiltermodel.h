// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace Runbench::Models {

class HubCatalogModel;

// Narrows a HubCatalogModel to the rows matching a search text, a category and a kind.
class HubCatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubCatalogFilterModel)

public:
    explicit HubCatalogFilterModel(HubCatalogModel *catalog, QObject *parent = nullptr);
    ~HubCatalogFilterModel() override;

    const QString &searchText() const { return m_text; }
    const QString &category() const { return m_category; }
    const QString &kind() const { return m_kind; }

    // Each setter refilters only when the value changes; empty means "any".
    void setSearchText(const QString &text);
    void setCategory(const QString &category);
    void setKind(const QString &kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    HubCatalogModel *m_catalog;
    QString m_text; // trimmed, lower case
    QString m_category;
    QString m_kind;
};

} // namespace Runbench::Models

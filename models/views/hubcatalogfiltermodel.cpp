// SPDX-License-Identifier: Apache-2.0
#include "hubcatalogfiltermodel.h"

#include "hubcatalogmodel.h"

namespace Runbench::Models {

HubCatalogFilterModel::HubCatalogFilterModel(HubCatalogModel *catalog, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_catalog(catalog)
{
    setSourceModel(catalog);
}

HubCatalogFilterModel::~HubCatalogFilterModel() = default;

void HubCatalogFilterModel::setSearchText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidateFilter();
}

void HubCatalogFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void HubCatalogFilterModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool HubCatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_catalog->matches(sourceRow, m_text, m_category, m_kind);
}

} // namespace Runbench::Models

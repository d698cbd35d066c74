// SPDX-License-Identifier: Apache-2.0
#include "hubcatalogmodel.h"

#include <QHash>

#include <algorithm>

namespace Runbench::Models {

namespace {

QStringList sortedUnique(QStringList list)
{
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    list.removeDuplicates();
    return list;
}

} // namespace

HubCatalogModel::HubCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

HubCatalogModel::~HubCatalogModel() = default;

void HubCatalogModel::setSources(std::vector<LoadedHubSource> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    m_rows.clear();
    for (int s = 0; s < int(m_sources.size()); ++s) {
        // One pass: per item its "latest" entry, else its newest version.
        QHash<QString, const HubItem *> shown;
        for (const HubItem &entry : m_sources[std::size_t(s)].catalog.items()) {
            const HubItem *&best = shown[entry.name];
            if (!best || entry.tag == HubItem::kLatest ||
                (best->tag != HubItem::kLatest && HubItem::versionGreater(entry.tag, best->tag)))
                best = &entry;
        }
        QStringList names = shown.keys();
        names.sort();
        for (const QString &name : names) {
            const HubItem *item = shown.value(name);
            const QString haystack =
                (item->name + QLatin1Char('\n') + item->dir + QLatin1Char('\n') +
                 item->description + QLatin1Char('\n') + item->categories.join(QLatin1Char('\n')))
                    .toLower();
            m_rows.push_back({s, item, haystack});
        }
    }
    endResetModel();
}

const HubItem &HubCatalogModel::item(int row) const
{
    return *m_rows.at(std::size_t(row)).item;
}

const LoadedHubSource &HubCatalogModel::source(int row) const
{
    return m_sources.at(std::size_t(m_rows.at(std::size_t(row)).source));
}

QStringList HubCatalogModel::versions(int row) const
{
    return source(row).catalog.versions(item(row).name);
}

const HubItem *HubCatalogModel::entry(int row, const QString &tag) const
{
    return source(row).catalog.find(item(row).name, tag);
}

int HubCatalogModel::rowOf(const QString &source, const QString &name) const
{
    const QString normalized = HubItem::normalizeName(name);
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
        return row.item->name == normalized &&
               m_sources[std::size_t(row.source)].source.name() == source;
    });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

QStringList HubCatalogModel::categories() const
{
    QStringList all;
    for (const LoadedHubSource &loaded : m_sources)
        all << loaded.catalog.categories();
    return sortedUnique(all);
}

QStringList HubCatalogModel::kinds() const
{
    QStringList all;
    for (const LoadedHubSource &loaded : m_sources) {
        all << loaded.catalog.kinds();
        for (const HubItem &item : loaded.catalog.items())
            all << item.functionKind;
    }
    return sortedUnique(all);
}

bool HubCatalogModel::matches(int row, const QString &loweredText, const QString &category,
                              const QString &kind) const
{
    const Row &r = m_rows.at(std::size_t(row));
    if (!category.isEmpty() && !r.item->categories.contains(category))
        return false;
    if (!kind.isEmpty() && r.item->kind != kind && r.item->functionKind != kind)
        return false;
    return loweredText.isEmpty() || r.haystack.contains(loweredText);
}

int HubCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HubCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HubItem &hubItem = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return hubItem.name;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return hubItem.description;
    case KindRole:
        return hubItem.kind;
    case FunctionKindRole:
        return hubItem.functionKind;
    case CategoriesRole:
        return hubItem.categories;
    case SourceRole:
        return source(index.row()).source.name();
    case VersionRole:
        return hubItem.version;
    case IconRole:
        return hubItem.icon;
    case ReferenceRole:
        return QStringLiteral("%1%2/%3").arg(HubUri::kScheme, source(index.row()).source.name(),
                                             hubItem.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> HubCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(KindRole, "kind");
    names.insert(FunctionKindRole, "functionKind");
    names.insert(CategoriesRole, "categories");
    names.insert(SourceRole, "source");
    names.insert(VersionRole, "version");
    names.insert(IconRole, "icon");
    names.insert(ReferenceRole, "reference");
    return names;
}

} // namespace Runbench::Models

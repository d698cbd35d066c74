// SPDX-License-Identifier: Apache-2.0
#include "projecttreemodel.h"

#include <QLocale>

namespace Runbench::Models {

namespace {

// Project indexes carry internal id 0; their children (the functions, then the Runs node) carry
// their project's row + 1.
constexpr quintptr ProjectId = 0;

QString shortHash(const QString &hash)
{
    return hash.left(ProjectTreeModel::ShortHashLength);
}

QString displayDate(const QDateTime &created)
{
    if (!created.isValid()) {
        return {};
    }
    return QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setProjects(std::vector<ProjectSummary> projects)
{
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
}

int ProjectTreeModel::projectCount() const
{
    return static_cast<int>(m_projects.size());
}

int ProjectTreeModel::functionCount() const
{
    qsizetype count = 0;
    for (const ProjectSummary &project : m_projects) {
        count += static_cast<qsizetype>(project.functions.size());
    }
    return static_cast<int>(count);
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, ProjectId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ProjectId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, ProjectId);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return projectCount();
    }
    if (parent.column() != 0 || parent.internalId() != ProjectId) {
        return 0;
    }
    return static_cast<int>(m_projects[static_cast<size_t>(parent.row())].functions.size()) + 1;
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == ProjectId) {
        return projectData(m_projects[static_cast<size_t>(index.row())], index.column(), role);
    }
    const ProjectSummary &project = m_projects[static_cast<size_t>(index.internalId() - 1)];
    const auto row = static_cast<size_t>(index.row());
    if (row == project.functions.size()) {
        return runsData(project, index.column(), role);
    }
    return functionData(project, project.functions[row], index.column(), role);
}

QVariant ProjectTreeModel::projectData(const ProjectSummary &project, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? QVariant(project.name) : QVariant();
    case Qt::ToolTipRole:
        return project.description.isEmpty() ? QVariant() : QVariant(project.description);
    case ItemTypeRole:
        return QVariant::fromValue(ItemType::Project);
    case ProjectNameRole:
        return project.name;
    case DescriptionRole:
        return project.description;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::functionData(const ProjectSummary &project,
                                        const FunctionSummary &function, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return function.name;
        case KindColumn:
            return function.kind;
        case TagsColumn:
            return function.tags.join(QStringLiteral(", "));
        case HashColumn:
            return shortHash(function.hash);
        case CreatedColumn:
            return displayDate(function.created);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == HashColumn ? QVariant(function.hash) : QVariant();
    case ItemTypeRole:
        return QVariant::fromValue(ItemType::Function);
    case ProjectNameRole:
        return project.name;
    case FunctionNameRole:
        return function.name;
    case KindRole:
        return function.kind;
    case TagsRole:
        return function.tags;
    case HashRole:
        return function.hash;
    case CreatedRole:
        return function.created;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::runsData(const ProjectSummary &project, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (column != NameColumn) {
            return {};
        }
        const QLocale locale;
        if (project.runs.active == 0) {
            return tr("Runs (%1)").arg(locale.toString(project.runs.total));
        }
        return tr("Runs (%1 · %2 active)")
            .arg(locale.toString(project.runs.total), locale.toString(project.runs.active));
    }
    case Qt::ToolTipRole:
        return tr("Activate to list the runs of %1.").arg(project.name);
    case ItemTypeRole:
        return QVariant::fromValue(ItemType::Runs);
    case ProjectNameRole:
        return project.name;
    case RunCountRole:
        return project.runs.total;
    case ActiveRunCountRole:
        return project.runs.active;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case TagsColumn:
        return tr("Tags");
    case HashColumn:
        return tr("Hash");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != ProjectId) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

QHash<int, QByteArray> ProjectTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemTypeRole, QByteArrayLiteral("itemType"));
    names.insert(ProjectNameRole, QByteArrayLiteral("projectName"));
    names.insert(FunctionNameRole, QByteArrayLiteral("functionName"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(TagsRole, QByteArrayLiteral("tags"));
    names.insert(HashRole, QByteArrayLiteral("hash"));
    names.insert(CreatedRole, QByteArrayLiteral("created"));
    names.insert(RunCountRole, QByteArrayLiteral("runCount"));
    names.insert(ActiveRunCountRole, QByteArrayLiteral("activeRunCount"));
    return names;
}

} // namespace Runbench::Models

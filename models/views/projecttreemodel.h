// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace Runbench::Models {

// One function version as the projects tree shows it.
struct FunctionSummary
{
    QString name;
    QString kind;
    QString hash;
    QStringList tags;
    QDateTime created;
};

// One project, its functions and its run counts as the projects tree shows them.
struct ProjectSummary
{
    QString name;
    QString description;
    std::vector<FunctionSummary> functions;
    RunCounts runs;
};

// Two-level item model over a snapshot of projects (top level) and, under each, its functions
// followed by one Runs node with the project's run counts.
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTreeModel)

public:
    enum Column { NameColumn, KindColumn, TagsColumn, HashColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ItemTypeRole = Qt::UserRole + 1,
        ProjectNameRole,
        FunctionNameRole,
        DescriptionRole,
        KindRole,
        TagsRole,
        HashRole,
        CreatedRole,
        RunCountRole,       // Runs node: the project's runs (iteration 0)
        ActiveRunCountRole, // Runs node: those created, pending or running
    };
    Q_ENUM(Role)

    enum class ItemType { Project, Function, Runs };
    Q_ENUM(ItemType)

    // Characters of the hash the Hash column shows; HashRole always gives the full hash.
    static constexpr qsizetype ShortHashLength = 12;

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    // Replaces everything the model shows with this snapshot.
    void setProjects(std::vector<ProjectSummary> projects);

    int projectCount() const;
    int functionCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant projectData(const ProjectSummary &project, int column, int role) const;
    QVariant functionData(const ProjectSummary &project, const FunctionSummary &function,
                          int column, int role) const;
    QVariant runsData(const ProjectSummary &project, int column, int role) const;

    std::vector<ProjectSummary> m_projects;
};

} // namespace Runbench::Models

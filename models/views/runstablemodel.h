// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/runsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>

#include <vector>

namespace Runbench::Models {

// The runs table: every run (iteration 0) of a store, read on a worker thread with its own
// Store, kept as compact rows and filtered in memory so a filter change on 100,000 runs stays
// well under 50 ms; refreshRun() re-reads one run when the runtime reports a change.
class RunsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsTableModel)

public:
    enum Column {
        UidColumn,
        NameColumn,
        ProjectColumn,
        FunctionColumn,
        StateColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        LabelsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role { UidRole = Qt::UserRole + 1, StateRole };
    Q_ENUM(Role)

    // Reads the store at storePath; call reload() to fill the table.
    explicit RunsTableModel(QString storePath, QObject *parent = nullptr);
    ~RunsTableModel() override;

    // Reads every run again in the background; loaded() or loadFailed() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Shows only the runs the filter accepts (synchronous, in memory).
    void setFilter(const RunsFilter &filter);
    const RunsFilter &filter() const { return m_filter; }
    // Runs in the store, whatever the filter.
    int totalCount() const { return int(m_runs.size()); }
    QString uidAt(int row) const;
    // The visible row of a run, or -1.
    int rowOf(const QString &uid) const;
    const RunSummary *runAt(int row) const;
    // Distinct values for filter pickers, sorted.
    QStringList projects() const;
    QStringList functions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Re-reads run uid in the background (any iteration changes its run's row) and updates,
    // adds or hides its row.
    void refreshRun(const QString &uid, int iteration = 0);

signals:
    void loaded(int count);
    void loadFailed(const QString &message);
    // A refreshed run was applied to the table.
    void runRefreshed(const QString &uid);

private:
    void applyLoad(std::vector<RunSummary> runs);
    void applyRun(const RunSummary &run);
    void refilter();
    void rankOrder();
    bool lessThan(int column, int a, int b) const;

    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    bool m_loaded = false;
    std::vector<RunSummary> m_runs;
    QHash<QString, int> m_indexOfUid;
    std::vector<int> m_order;   // every run, in the current sort order
    std::vector<int> m_rank;    // position of each run in m_order
    std::vector<int> m_visible; // the rows shown, indices into m_runs
    RunsFilter m_filter;
    int m_sortColumn = -1; // -1: newest first, as read
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Runbench::Models

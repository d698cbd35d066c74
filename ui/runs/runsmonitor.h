// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Runbench::Models {
class RunsTableModel;
struct RunsFilter;
} // namespace Runbench::Models

namespace Runbench::Ui {

// The runs table with its filter bar: state, project, function, label, name search and time
// range; the table stays smooth with 100,000 runs because the model filters in memory.
class RunsMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsMonitor)

public:
    // Shows the runs of the store at storePath, read in the background.
    explicit RunsMonitor(const QString &storePath, QWidget *parent = nullptr);
    ~RunsMonitor() override;

    Models::RunsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The uid of the selected run, or empty.
    QString currentUid() const;
    // Selects the run (when the filter shows it).
    void selectRun(const QString &uid);
    // Filters the table to one project's runs.
    void showProject(const QString &project);

public slots:
    // Re-reads all runs.
    void reload();
    // A run changed (connect RunFollower::runUpdated or RunService::runUpdated).
    void refreshRun(const QString &uid, int iteration);

signals:
    // The selection moved to another run (empty when none).
    void currentRunChanged(const QString &uid);
    // A run was double-clicked or Enter was pressed on it.
    void runActivated(const QString &uid);

private:
    void createFilterBar();
    void applyFilter();
    void fillPickers();
    void updateCount();
    Models::RunsFilter filterFromBar() const;

    Models::RunsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_function = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_time = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_labelError = nullptr;
};

} // namespace Runbench::Ui

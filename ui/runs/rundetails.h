// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/runtask.h"
#include "store/store.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace Runbench::Runtimes {
class RunFollower;
}

namespace Runbench::Ui {

class ArtifactsPanel;
class IterationsPanel;

// One run in detail: overview, parameters, results, iterations, artifacts and logs tabs, with
// Abort and Re-run. The run is read from the store in the background.
class RunDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetails)

public:
    enum Tab { OverviewTab, ParametersTab, ResultsTab, IterationsTab, ArtifactsTab, LogsTab };
    Q_ENUM(Tab)

    explicit RunDetails(QString storePath, QWidget *parent = nullptr);
    ~RunDetails() override;

    // Abort goes through this follower when set; abortRequested() is emitted either way.
    void setRunFollower(Runtimes::RunFollower *follower);
    // Puts the log view in the Logs tab in place of the placeholder (the widget is reparented).
    void setLogWidget(QWidget *widget);

    QString uid() const { return m_uid; }
    int iteration() const { return m_iteration; }
    // The run as last read, if any.
    const std::optional<Models::RunRecordRow> &run() const { return m_run; }
    // The run's log file; empty before a run is shown.
    QString logPath() const;
    QTabWidget *tabs() const { return m_tabs; }
    IterationsPanel *iterations() const { return m_iterations; }
    ArtifactsPanel *artifacts() const { return m_artifacts; }

public slots:
    // Reads and shows the run (iteration 0 = the run itself, or the sweep's parent).
    void showRun(const QString &uid, int iteration = 0);
    // Re-reads the run when it is the one shown (connect RunFollower::runUpdated); bursts of
    // updates are read once.
    void refreshRun(const QString &uid, int iteration);

signals:
    // The run shown was read and is on screen.
    void runShown(const QString &uid);
    void abortRequested(const QString &uid);
    // Re-run: the function (project/name@hash) and the task to put in the launcher.
    void rerunRequested(const QString &functionRef, const Models::RunTask &task);
    // The log file of the run shown changed (a new run, or its folder became known).
    void logPathChanged(const QString &path);

private:
    struct Loaded;
    void createOverview();
    void apply(const Loaded &loaded);
    void abort();
    void rerun();

    QString m_storePath;
    QString m_uid;
    int m_iteration = 0;
    int m_generation = 0;
    std::optional<Models::RunRecordRow> m_run;
    Runtimes::RunFollower *m_follower = nullptr;
    QTimer m_refresh;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_rerun = nullptr;
    QWidget *m_overview = nullptr;
    QFormLayout *m_overviewForm = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_results = nullptr;
    IterationsPanel *m_iterations = nullptr;
    ArtifactsPanel *m_artifacts = nullptr;
    QWidget *m_logs = nullptr;
    QVBoxLayout *m_logsLayout = nullptr;
    QLineEdit *m_logPath = nullptr;
    QWidget *m_logPlaceholder = nullptr;
};

} // namespace Runbench::Ui

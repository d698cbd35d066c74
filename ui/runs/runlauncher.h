// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "run/runtask.h"
#include "store/store.h"

#include <QMap>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Runbench::Runtimes {
class RunFollower;
}

namespace Runbench::Ui {

// The run launcher: function and handler, typed parameters, inputs, labels, hyperparameters
// (lists, ranges, random draws, log scales), sweep strategy and options, target runtime;
// validates as you type with the task's own messages, shows the equivalent `runbench run`
// command and launches through the RunFollower's worker thread.
class RunLauncher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLauncher)

public:
    // Lists the functions of the store at storePath (read in the background).
    explicit RunLauncher(QString storePath, QWidget *parent = nullptr);
    ~RunLauncher() override;

    // Launch submits through this follower; without one, Launch stays disabled.
    void setRunFollower(Runtimes::RunFollower *follower);
    // Picks this function version (added to the picker when it is not listed).
    void setFunction(const Models::FunctionVersion &version);
    // Picks a stored function by reference (project/name@hash, or project/name:tag) once read.
    void selectFunction(const QString &ref);
    // Fills the form from a task (re-run).
    void setTask(const Models::RunTask &task);
    // Re-run: the function and the task together.
    void setRun(const QString &functionRef, const Models::RunTask &task);

    // The task the form describes, or the first problem.
    Models::Result<Models::RunTask> task();
    // project/name@hash of the chosen function; empty when none.
    QString functionRef() const;
    // The equivalent command line; empty when no function is chosen.
    QString cliCommand();

public slots:
    void launch();
    void copyCliCommand();

signals:
    // The function list was read.
    void functionsLoaded();
    void launched(const QString &uid);
    void launchFailed(const QString &message);

private:
    using Problems = std::vector<std::pair<QString, QString>>; // field key, sentence
    void createForm();
    QWidget *createTablesPage();
    QWidget *createOptionsPage();
    void addParameterRow(const QString &name = {}, const QString &type = {},
                         const QString &value = {});
    void addHyperRow(const QString &name = {}, int mode = 0, const QString &values = {},
                     const QString &start = {}, const QString &stop = {}, const QString &step = {});
    // Lists a function version in the picker (once) and returns its index there.
    int addFunction(const Models::FunctionVersion &version);
    void functionChosen();
    void updateState();
    void showProblems(const Problems &problems);
    // The task, with every problem found on the way (form values, then the task's validation).
    Models::RunTask readForm(Problems &problems);

    QString m_storePath;
    Runtimes::RunFollower *m_follower = nullptr;
    std::vector<Models::FunctionVersion> m_functions;
    QString m_pendingRef;
    unsigned m_seed = 0;
    bool m_filling = false;

    QComboBox *m_function = nullptr;
    QComboBox *m_handler = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_project = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_inputs = nullptr;
    QTableWidget *m_labels = nullptr;
    QTableWidget *m_hyper = nullptr;
    QComboBox *m_strategy = nullptr;
    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_maxIterations = nullptr;
    QSpinBox *m_maxErrors = nullptr;
    QLineEdit *m_stopCondition = nullptr;
    QLineEdit *m_selector = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_runtime = nullptr;
    QLineEdit *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_launch = nullptr;
    QLabel *m_status = nullptr;
    QMap<QString, QLabel *> m_errors; // field key -> its message label
};

} // namespace Runbench::Ui

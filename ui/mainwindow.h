// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/projecttreemodel.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QWidget;

namespace Runbench::Runtimes {
class RunFollower;
}

namespace Runbench::Ui {

class ActivityIndicator;
class DocumentPage;
class FunctionEditor;
class HubPage;
class LogView;
class RunDetails;
class RunLauncher;
class RunsMonitor;

// The workbench's main window: projects tree on the left, documents (function editors, run
// details, the hub) in the centre, runs and logs at the bottom, with the standard menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // storePath: the store the window's pages read and write; empty leaves the store-backed
    // pages (hub, editors) unavailable, for showing snapshots only.
    explicit MainWindow(QString storePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the documents area and shows it.
    void addDocument(DocumentPage *page, const QString &title);

public slots:
    // Replaces the projects the tree shows and clears any earlier load error.
    void setProjects(std::vector<Runbench::Models::ProjectSummary> projects);
    // Tells the user that loading projects failed, in the status bar and on the welcome page.
    void showLoadError(const QString &message);
    // Shows the hub page, creating it on first use.
    void showHub();
    // Reads the projects tree again from the store, on a worker thread.
    void reloadProjects();
    // Opens an editor on a new function of the selected project (or "default").
    void newFunction();
    // Asks for a function.yaml (or .json), stores it as a version and opens it.
    void openFunctionFile();
    // Opens an editor on a stored version (an open editor of that function is reused).
    void openFunction(const QString &project, const QString &name, const QString &hash);
    // Shows the run launcher, creating it on first use.
    void showLauncher();
    // Shows a run's details in the run details page.
    void showRun(const QString &uid);
    // Aborts the run selected in the runs table.
    void abortCurrentRun();

signals:
    // A reloadProjects() finished; ok is false when the store could not be read.
    void projectsLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createRunMenu();
    void createViewMenu();
    void createHelpMenu();
    void createToolBar();
    void fillRecentMenu();
    void openRecent(const QString &item);
    DocumentPage *currentPage() const;
    void currentDocumentChanged();
    void closeDocument(int index);
    void addEditor(FunctionEditor *editor, const QString &title);
    void activateTreeItem(const QModelIndex &index);
    QString selectedProject() const;
    void createProjectsDock();
    void createDetailsDock();
    void createRunDocks();
    void createWelcomePage();
    void updateWelcomeCounts();
    void showDetails(const QModelIndex &index);
    void showAbout();
    void restoreWindowSettings();
    void saveWindowSettings() const;

    QString m_storePath;
    Models::ProjectTreeModel *m_projectsModel = nullptr;
    ActivityIndicator *m_activity = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    HubPage *m_hubPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_hubAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_abortAction = nullptr;
    Runtimes::RunFollower *m_follower = nullptr;
    RunsMonitor *m_runsMonitor = nullptr;
    LogView *m_logView = nullptr;
    RunDetails *m_runDetails = nullptr;
    RunLauncher *m_launcher = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QDockWidget *m_logDock = nullptr;

    QTreeView *m_projectsTree = nullptr;
    QDockWidget *m_projectsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QTabWidget *m_documents = nullptr;
    QLabel *m_welcomeCounts = nullptr;
    QLabel *m_welcomeError = nullptr;
    QLabel *m_detailsHint = nullptr;
    QWidget *m_detailsForm = nullptr;
    QLineEdit *m_detailsName = nullptr;
    QLineEdit *m_detailsKind = nullptr;
    QLineEdit *m_detailsTags = nullptr;
    QLineEdit *m_detailsHash = nullptr;
    QLineEdit *m_detailsCreated = nullptr;
};

} // namespace Runbench::Ui

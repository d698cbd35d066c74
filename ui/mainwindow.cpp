// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "activityindicator.h"
#include "documentpage.h"
#include "editor/editorstoretasks.h"
#include "editor/functioneditor.h"
#include "hub/hubpage.h"
#include "logview/logview.h"
#include "recentitems.h"
#include "runfollower.h"
#include "runs/rundetails.h"
#include "runs/runlauncher.h"
#include "runs/runsmonitor.h"
#include "views/projectsnapshot.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Runbench::Ui {

namespace {

const auto SettingsGroup = QStringLiteral("MainWindow");
const auto GeometryKey = QStringLiteral("geometry");
const auto StateKey = QStringLiteral("state");

QLineEdit *createDetailsField(QWidget *parent, const QString &objectName,
                              const QString &accessibleName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    return field;
}

} // namespace

using Models::ProjectTreeModel;

MainWindow::MainWindow(QString storePath, QWidget *parent)
    : QMainWindow(parent)
    , m_storePath(std::move(storePath))
    , m_projectsModel(new ProjectTreeModel(this))
    , m_activity(new ActivityIndicator(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runbench"));
    setAccessibleName(tr("Runbench"));
    m_projectsModel->setObjectName(QStringLiteral("projectsModel"));
    // Lets a loader deliver setProjects() through a queued or by-name invocation.
    qRegisterMetaType<std::vector<Models::ProjectSummary>>();

    createWelcomePage();
    createProjectsDock();
    createDetailsDock();
    createRunDocks();
    createActions();
    createToolBar();
    connect(m_documents, &QTabWidget::currentChanged, this, &MainWindow::currentDocumentChanged);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->showMessage(tr("Ready"));

    updateWelcomeCounts();
    showDetails({});
    restoreWindowSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setProjects(std::vector<Models::ProjectSummary> projects)
{
    m_projectsModel->setProjects(std::move(projects));
    m_projectsTree->expandAll();
    m_welcomeError->clear();
    m_welcomeError->hide();
    updateWelcomeCounts();
    statusBar()->showMessage(tr("Loaded %n project(s)", nullptr, m_projectsModel->projectCount()));
}

void MainWindow::showLoadError(const QString &message)
{
    statusBar()->showMessage(message);
    m_welcomeError->setText(tr("Could not load projects: %1").arg(message));
    m_welcomeError->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::addDocument(DocumentPage *page, const QString &title)
{
    const int index = m_documents->addTab(page, title);
    if (QUndoStack *stack = page->undoStack())
        m_undoGroup->addStack(stack);
    connect(page, &DocumentPage::titleChanged, this, [this, page](const QString &text) {
        m_documents->setTabText(m_documents->indexOf(page), text);
    });
    connect(page, &DocumentPage::modifiedChanged, this, &MainWindow::currentDocumentChanged);
    m_documents->setCurrentIndex(index);
}

void MainWindow::showHub()
{
    if (m_storePath.isEmpty())
        return;
    if (!m_hubPage) {
        m_hubPage = new HubPage(m_storePath, {}, m_documents);
        m_hubPage->setObjectName(QStringLiteral("hubPage"));
        m_documents->addTab(m_hubPage, tr("Hub"));
    }
    m_documents->setCurrentWidget(m_hubPage);
    m_hubPage->focusSearch();
}

void MainWindow::reloadProjects()
{
    if (m_storePath.isEmpty())
        return;
    using Snapshot = Models::Result<std::vector<Models::ProjectSummary>>;
    const int token = m_activity->begin(tr("Loading projects"));
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, token] {
        m_activity->end(token);
        Snapshot snapshot = watcher->result();
        watcher->deleteLater();
        if (snapshot)
            setProjects(std::move(*snapshot));
        else
            showLoadError(snapshot.error().toString());
        emit projectsLoaded(snapshot.ok());
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_storePath] { return Models::ProjectSnapshot::load(path); }));
}

QString MainWindow::selectedProject() const
{
    const QModelIndex index = m_projectsTree->currentIndex();
    const QString project = index.data(ProjectTreeModel::ProjectNameRole).toString();
    return project.isEmpty() ? QStringLiteral("default") : project;
}

void MainWindow::addEditor(FunctionEditor *editor, const QString &title)
{
    connect(editor, &FunctionEditor::saved, this,
            [this](const QString &project, const QString &name, const QString &hash) {
                RecentItems().add(QStringLiteral("%1/%2@%3").arg(project, name, hash));
                statusBar()->showMessage(
                    tr("Saved %1/%2 as version %3").arg(project, name, hash.left(12)));
                reloadProjects();
            });
    connect(editor, &FunctionEditor::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    addDocument(editor, title);
}

void MainWindow::newFunction()
{
    if (m_storePath.isEmpty())
        return;
    auto *editor = new FunctionEditor(m_storePath, m_documents);
    editor->newFunction(selectedProject());
    addEditor(editor, tr("New Function"));
}

void MainWindow::openFunction(const QString &project, const QString &name, const QString &hash)
{
    if (m_storePath.isEmpty())
        return;
    for (int i = 0; i < m_documents->count(); ++i) {
        auto *open = qobject_cast<FunctionEditor *>(m_documents->widget(i));
        if (open && open->project() == project && open->functionName() == name) {
            m_documents->setCurrentIndex(i);
            return;
        }
    }
    auto *editor = new FunctionEditor(m_storePath, m_documents);
    editor->openVersion(project, name, hash);
    addEditor(editor, name);
    RecentItems().add(QStringLiteral("%1/%2@%3").arg(project, name, hash));
}

void MainWindow::openFunctionFile()
{
    if (m_storePath.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Function"), {}, tr("MLRun functions (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const int token = m_activity->begin(tr("Importing %1").arg(path));
    using Saved = EditorStoreTasks::Saved;
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher, token] {
        m_activity->end(token);
        const Saved saved = watcher->result();
        watcher->deleteLater();
        if (!saved.error.isEmpty()) {
            statusBar()->showMessage(saved.error);
            QMessageBox::warning(this, tr("Open Function"), saved.error);
            return;
        }
        reloadProjects();
        openFunction(saved.project, saved.name, saved.hash);
    });
    watcher->setFuture(QtConcurrent::run([storePath = m_storePath, path] {
        auto spec = Models::FunctionSpec::load(path);
        if (!spec) {
            Saved failed;
            failed.error = spec.error().toString();
            return failed;
        }
        return EditorStoreTasks::save(storePath, std::move(*spec), {});
    }));
}

void MainWindow::activateTreeItem(const QModelIndex &index)
{
    const auto type =
        index.data(ProjectTreeModel::ItemTypeRole).value<ProjectTreeModel::ItemType>();
    const QString project = index.data(ProjectTreeModel::ProjectNameRole).toString();
    if (type == ProjectTreeModel::ItemType::Function) {
        openFunction(project, index.data(ProjectTreeModel::FunctionNameRole).toString(),
                     index.data(ProjectTreeModel::HashRole).toString());
    } else if (type == ProjectTreeModel::ItemType::Runs && m_runsMonitor) {
        m_runsMonitor->showProject(project);
        m_runsDock->show();
        m_runsDock->raise();
    }
}

void MainWindow::showLauncher()
{
    if (!m_follower)
        return;
    if (!m_launcher) {
        m_launcher = new RunLauncher(m_storePath, m_documents);
        m_launcher->setRunFollower(m_follower);
        connect(m_launcher, &RunLauncher::launched, this, [this](const QString &uid) {
            statusBar()->showMessage(tr("Started run %1").arg(uid));
            m_runsMonitor->reload();
            showRun(uid);
        });
        connect(m_launcher, &RunLauncher::launchFailed, this,
                [this](const QString &message) { statusBar()->showMessage(message); });
        m_documents->addTab(m_launcher, tr("Run Launcher"));
    }
    m_documents->setCurrentWidget(m_launcher);
}

void MainWindow::showRun(const QString &uid)
{
    if (!m_follower || uid.isEmpty())
        return;
    if (!m_runDetails) {
        m_runDetails = new RunDetails(m_storePath, m_documents);
        m_runDetails->setRunFollower(m_follower);
        connect(m_runDetails, &RunDetails::rerunRequested, this,
                [this](const QString &functionRef, const Models::RunTask &task) {
                    showLauncher();
                    m_launcher->setRun(functionRef, task);
                });
        connect(m_runDetails, &RunDetails::logPathChanged, this, [this](const QString &path) {
            m_logView->openFile(path, path + QStringLiteral(".times"));
        });
        connect(m_follower, &Runtimes::RunFollower::runUpdated, m_runDetails,
                &RunDetails::refreshRun);
        m_documents->addTab(m_runDetails, tr("Run Details"));
    }
    m_runDetails->showRun(uid);
}

void MainWindow::abortCurrentRun()
{
    const QString uid = m_runsMonitor ? m_runsMonitor->currentUid() : QString();
    if (uid.isEmpty() || !m_follower)
        return;
    const int token = m_activity->begin(tr("Aborting run %1").arg(uid));
    m_follower->abort(uid, this, [this, uid, token](const Models::Status &status) {
        m_activity->end(token);
        statusBar()->showMessage(status ? tr("Aborted run %1").arg(uid) : status.error().message);
    });
}

DocumentPage *MainWindow::currentPage() const
{
    return qobject_cast<DocumentPage *>(m_documents->currentWidget());
}

void MainWindow::currentDocumentChanged()
{
    DocumentPage *page = currentPage();
    m_undoGroup->setActiveStack(page ? page->undoStack() : nullptr);
    m_saveAction->setEnabled(page && page->isModified());
    m_findAction->setEnabled(page || m_documents->currentWidget() == m_hubPage);
}

void MainWindow::closeDocument(int index)
{
    QWidget *page = m_documents->widget(index);
    if (!page || page->objectName() == QLatin1String("welcomePage"))
        return;
    if (auto *document = qobject_cast<DocumentPage *>(page)) {
        if (document->isModified() &&
            QMessageBox::question(this, tr("Close Without Saving?"),
                                  tr("%1 has changes that are not saved. Close it anyway?")
                                      .arg(m_documents->tabText(index)),
                                  QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Discard)
            return;
        if (QUndoStack *stack = document->undoStack())
            m_undoGroup->removeStack(stack);
    }
    if (page == m_hubPage)
        m_hubPage = nullptr;
    if (page == m_launcher)
        m_launcher = nullptr;
    if (page == m_runDetails)
        m_runDetails = nullptr;
    m_documents->removeTab(index);
    page->deleteLater();
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createRunMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));

    m_newAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Function"));
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setEnabled(!m_storePath.isEmpty());
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFunction);
    m_openAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                       tr("&Open Function File…"));
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setEnabled(!m_storePath.isEmpty());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFunctionFile);

    m_saveAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"));
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (DocumentPage *page = currentPage())
            page->save();
    });

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentMenuAction"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undoAction);
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    m_findAction = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setEnabled(false);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (DocumentPage *page = currentPage())
            page->find();
        else if (m_hubPage && m_documents->currentWidget() == m_hubPage)
            m_hubPage->focusSearch();
    });
}

void MainWindow::createRunMenu()
{
    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->setObjectName(QStringLiteral("runMenu"));
    m_hubAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("folder-download")),
                                     tr("Function &Hub"));
    m_hubAction->setObjectName(QStringLiteral("hubAction"));
    m_hubAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hubAction->setStatusTip(tr("Browse, preview and import functions from the hub"));
    m_hubAction->setEnabled(!m_storePath.isEmpty());
    connect(m_hubAction, &QAction::triggered, this, &MainWindow::showHub);

    runMenu->addSeparator();
    m_runAction =
        runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run…"));
    m_runAction->setObjectName(QStringLiteral("runAction"));
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAction->setStatusTip(tr("Set parameters and hyperparameters and start a run"));
    m_runAction->setEnabled(m_follower);
    connect(m_runAction, &QAction::triggered, this, &MainWindow::showLauncher);
    m_abortAction =
        runMenu->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Abort Run"));
    m_abortAction->setObjectName(QStringLiteral("abortAction"));
    m_abortAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_abortAction->setStatusTip(tr("Abort the run selected in the runs table"));
    m_abortAction->setEnabled(false);
    connect(m_abortAction, &QAction::triggered, this, &MainWindow::abortCurrentRun);
    if (m_runsMonitor) {
        connect(m_runsMonitor, &RunsMonitor::currentRunChanged, this,
                [this](const QString &uid) { m_abortAction->setEnabled(!uid.isEmpty()); });
    }
}

void MainWindow::createViewMenu()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *projectsAction = m_projectsDock->toggleViewAction();
    projectsAction->setObjectName(QStringLiteral("toggleProjectsAction"));
    viewMenu->addAction(projectsAction);
    QAction *detailsAction = m_detailsDock->toggleViewAction();
    detailsAction->setObjectName(QStringLiteral("toggleDetailsAction"));
    viewMenu->addAction(detailsAction);
    if (m_runsDock) {
        QAction *runsAction = m_runsDock->toggleViewAction();
        runsAction->setObjectName(QStringLiteral("toggleRunsAction"));
        viewMenu->addAction(runsAction);
        QAction *logAction = m_logDock->toggleViewAction();
        logAction->setObjectName(QStringLiteral("toggleLogAction"));
        viewMenu->addAction(logAction);
    }
    QAction *statusBarAction = viewMenu->addAction(tr("&Status Bar"));
    statusBarAction->setObjectName(QStringLiteral("toggleStatusBarAction"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);
}

void MainWindow::createHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Runbench"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_abortAction);
    toolBar->addSeparator();
    toolBar->addAction(m_hubAction);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList items = RecentItems().items();
    for (const QString &item : items) {
        QAction *action = m_recentMenu->addAction(item);
        connect(action, &QAction::triggered, this, [this, item] { openRecent(item); });
    }
    if (items.isEmpty()) {
        m_recentMenu->addAction(tr("No recent items"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear Recent Items")), &QAction::triggered, this,
            [] { RecentItems().clear(); });
}

void MainWindow::openRecent(const QString &item)
{
    const QString project = item.section(QLatin1Char('/'), 0, 0);
    const QString rest = item.section(QLatin1Char('/'), 1);
    openFunction(project, rest.section(QLatin1Char('@'), 0, 0), rest.section(QLatin1Char('@'), 1));
}

void MainWindow::createProjectsDock()
{
    m_projectsDock = new QDockWidget(tr("Projects"), this);
    m_projectsDock->setObjectName(QStringLiteral("projectsDock"));
    m_projectsDock->setAccessibleName(tr("Projects"));

    m_projectsTree = new QTreeView(m_projectsDock);
    m_projectsTree->setObjectName(QStringLiteral("projectsTree"));
    m_projectsTree->setAccessibleName(tr("Projects and their functions"));
    m_projectsTree->setModel(m_projectsModel);
    m_projectsTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectsTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectsTree->setUniformRowHeights(true);
    m_projectsTree->setAlternatingRowColors(true);
    m_projectsTree->header()->setObjectName(QStringLiteral("projectsTreeHeader"));
    m_projectsTree->header()->setAccessibleName(tr("Projects columns"));
    m_projectsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_projectsTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showDetails);
    connect(m_projectsModel, &QAbstractItemModel::modelReset, this, [this] { showDetails({}); });
    connect(m_projectsTree, &QTreeView::activated, this, &MainWindow::activateTreeItem);

    m_projectsDock->setWidget(m_projectsTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectsDock);
}

void MainWindow::createDetailsDock()
{
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setAccessibleName(tr("Details"));

    auto *pane = new QWidget(m_detailsDock);
    pane->setObjectName(QStringLiteral("detailsPane"));
    auto *layout = new QVBoxLayout(pane);

    m_detailsHint = new QLabel(tr("Select a function to see its details."), pane);
    m_detailsHint->setObjectName(QStringLiteral("detailsHint"));
    m_detailsHint->setWordWrap(true);
    layout->addWidget(m_detailsHint);

    m_detailsForm = new QWidget(pane);
    m_detailsForm->setObjectName(QStringLiteral("detailsForm"));
    auto *form = new QFormLayout(m_detailsForm);
    form->setContentsMargins({});
    m_detailsName =
        createDetailsField(m_detailsForm, QStringLiteral("detailsName"), tr("Function name"));
    m_detailsKind =
        createDetailsField(m_detailsForm, QStringLiteral("detailsKind"), tr("Function kind"));
    m_detailsTags =
        createDetailsField(m_detailsForm, QStringLiteral("detailsTags"), tr("Function tags"));
    m_detailsTags->setPlaceholderText(tr("No tags"));
    m_detailsHash =
        createDetailsField(m_detailsForm, QStringLiteral("detailsHash"), tr("Function hash"));
    m_detailsCreated =
        createDetailsField(m_detailsForm, QStringLiteral("detailsCreated"), tr("Function created"));
    form->addRow(tr("&Name:"), m_detailsName);
    form->addRow(tr("&Kind:"), m_detailsKind);
    form->addRow(tr("&Tags:"), m_detailsTags);
    form->addRow(tr("H&ash:"), m_detailsHash);
    form->addRow(tr("&Created:"), m_detailsCreated);
    layout->addWidget(m_detailsForm);
    layout->addStretch();

    m_detailsDock->setWidget(pane);
    addDockWidget(Qt::LeftDockWidgetArea, m_detailsDock);
}

void MainWindow::createRunDocks()
{
    if (m_storePath.isEmpty())
        return;
    // Runs that outlived an earlier Runbench, or that the command line started, go on being
    // followed while the window is open.
    m_follower = new Runtimes::RunFollower(m_storePath, {}, 2000, this);
    connect(m_follower, &Runtimes::RunFollower::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_runsDock->setAccessibleName(tr("Runs"));
    m_runsMonitor = new RunsMonitor(m_storePath, m_runsDock);
    m_runsDock->setWidget(m_runsMonitor);
    addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
    connect(m_follower, &Runtimes::RunFollower::runUpdated, m_runsMonitor,
            &RunsMonitor::refreshRun);
    connect(m_runsMonitor, &RunsMonitor::currentRunChanged, this, &MainWindow::showRun);
    connect(m_runsMonitor, &RunsMonitor::runActivated, this, [this](const QString &uid) {
        showRun(uid);
        m_documents->setCurrentWidget(m_runDetails);
    });

    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setAccessibleName(tr("Log"));
    m_logView = new LogView(m_logDock);
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    splitDockWidget(m_runsDock, m_logDock, Qt::Horizontal);
}

void MainWindow::createWelcomePage()
{
    m_documents = new QTabWidget(this);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setDocumentMode(true);
    m_documents->tabBar()->setObjectName(QStringLiteral("documentsTabs"));
    m_documents->tabBar()->setAccessibleName(tr("Open documents"));
    m_documents->setTabsClosable(true);
    m_documents->setMovable(true);
    connect(m_documents, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);

    auto *welcome = new QWidget(m_documents);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(welcome);
    layout->addStretch();

    auto *text = new QLabel(tr("Open a project's function to see it here."), welcome);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    QFont textFont = text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.25);
    text->setFont(textFont);
    layout->addWidget(text);

    m_welcomeCounts = new QLabel(welcome);
    m_welcomeCounts->setObjectName(QStringLiteral("welcomeCounts"));
    m_welcomeCounts->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_welcomeCounts);

    m_welcomeError = new QLabel(welcome);
    m_welcomeError->setObjectName(QStringLiteral("welcomeError"));
    m_welcomeError->setAccessibleName(tr("Load error"));
    m_welcomeError->setAlignment(Qt::AlignCenter);
    m_welcomeError->setWordWrap(true);
    m_welcomeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_welcomeError->hide();
    layout->addWidget(m_welcomeError);
    layout->addStretch();

    m_documents->addTab(welcome, tr("Welcome"));
    m_documents->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    setCentralWidget(m_documents);
}

void MainWindow::updateWelcomeCounts()
{
    m_welcomeCounts->setText(tr("Projects: %1, functions: %2")
                                 .arg(m_projectsModel->projectCount())
                                 .arg(m_projectsModel->functionCount()));
}

void MainWindow::showDetails(const QModelIndex &index)
{
    const bool isFunction =
        index.isValid() &&
        index.data(ProjectTreeModel::ItemTypeRole).value<ProjectTreeModel::ItemType>() ==
            ProjectTreeModel::ItemType::Function;
    m_detailsHint->setVisible(!isFunction);
    m_detailsForm->setVisible(isFunction);
    if (!isFunction) {
        for (QLineEdit *field :
             {m_detailsName, m_detailsKind, m_detailsTags, m_detailsHash, m_detailsCreated}) {
            field->clear();
        }
        return;
    }
    m_detailsName->setText(index.data(ProjectTreeModel::FunctionNameRole).toString());
    m_detailsKind->setText(index.data(ProjectTreeModel::KindRole).toString());
    m_detailsTags->setText(
        index.data(ProjectTreeModel::TagsRole).toStringList().join(QStringLiteral(", ")));
    m_detailsHash->setText(index.data(ProjectTreeModel::HashRole).toString());
    m_detailsCreated->setText(
        index.siblingAtColumn(ProjectTreeModel::CreatedColumn).data().toString());
    for (QLineEdit *field :
         {m_detailsName, m_detailsKind, m_detailsTags, m_detailsHash, m_detailsCreated}) {
        field->setCursorPosition(0);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Runbench"),
        tr("<h3>Runbench %1</h3><p>A desktop workbench for MLRun-style serverless functions.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::restoreWindowSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(1100, 700);
    }
    if (!restoreState(settings.value(StateKey).toByteArray())) {
        resizeDocks({m_projectsDock}, {380}, Qt::Horizontal);
    }
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace Runbench::Ui

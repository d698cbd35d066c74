// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_projectsModel(new ProjectTreeModel(this))
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
    createActions();

    statusBar()->setObjectName(QStringLiteral("statusBar"));
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

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &MainWindow::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *projectsAction = m_projectsDock->toggleViewAction();
    projectsAction->setObjectName(QStringLiteral("toggleProjectsAction"));
    viewMenu->addAction(projectsAction);
    QAction *detailsAction = m_detailsDock->toggleViewAction();
    detailsAction->setObjectName(QStringLiteral("toggleDetailsAction"));
    viewMenu->addAction(detailsAction);
    QAction *statusBarAction = viewMenu->addAction(tr("&Status Bar"));
    statusBarAction->setObjectName(QStringLiteral("toggleStatusBarAction"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);

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

void MainWindow::createWelcomePage()
{
    m_documents = new QTabWidget(this);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setDocumentMode(true);
    m_documents->tabBar()->setObjectName(QStringLiteral("documentsTabs"));
    m_documents->tabBar()->setAccessibleName(tr("Open documents"));

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

// SPDX-License-Identifier: Apache-2.0
#include "hub/hubpage.h"
#include "mainwindow.h"
#include "translator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Runbench::Models::FunctionSummary;
using Runbench::Models::ProjectSummary;
using Runbench::Ui::MainWindow;

// Drives the real main window with test-mode settings and a plain projects snapshot.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsEmpty();
    void treeShowsProjects();
    void queuedSetProjects();
    void selectingFunctionShowsDetails();
    void loadErrorIsShown();
    void interactiveWidgetsAreNamed();
    void geometryIsRestored();
    void hubOpensOnceFromItsAction();

private:
    static std::vector<ProjectSummary> sampleProjects();
    template<typename T> static T *child(const QWidget &window, const QString &objectName);
};

std::vector<ProjectSummary> TestMainWindow::sampleProjects()
{
    const QDateTime created(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC);
    std::vector<ProjectSummary> projects;
    projects.push_back(
        ProjectSummary{QStringLiteral("fraud"),
                       QStringLiteral("Fraud detection"),
                       {FunctionSummary{QStringLiteral("trainer"),
                                        QStringLiteral("job"),
                                        QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                                        {QStringLiteral("latest"), QStringLiteral("v2")},
                                        created},
                        FunctionSummary{QStringLiteral("server"),
                                        QStringLiteral("serving"),
                                        QStringLiteral("fedcba9876543210fedcba9876543210fedcba98"),
                                        {},
                                        created}}});
    projects.push_back(
        ProjectSummary{QStringLiteral("churn"),
                       QString(),
                       {FunctionSummary{QStringLiteral("prep"),
                                        QStringLiteral("local"),
                                        QStringLiteral("aaaabbbbccccddddeeeeffff0000111122223333"),
                                        {QStringLiteral("latest")},
                                        created}}});
    return projects;
}

template<typename T> T *TestMainWindow::child(const QWidget &window, const QString &objectName)
{
    auto *found = window.findChild<T *>(objectName);
    if (!found) {
        qWarning("no child named %s", qPrintable(objectName));
    }
    return found;
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::startsEmpty()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Runbench"));
    auto *documents = child<QTabWidget>(window, QStringLiteral("documents"));
    QVERIFY(documents);
    QCOMPARE(documents->count(), 1);
    QCOMPARE(documents->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(child<QLabel>(window, QStringLiteral("welcomeCounts"))->text(),
             QStringLiteral("Projects: 0, functions: 0"));
    QVERIFY(!child<QLabel>(window, QStringLiteral("welcomeText"))->text().isEmpty());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
}

void TestMainWindow::treeShowsProjects()
{
    MainWindow window;
    window.setProjects(sampleProjects());

    auto *tree = child<QTreeView>(window, QStringLiteral("projectsTree"));
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("fraud"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("churn"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 2);
    QCOMPARE(model->rowCount(model->index(1, 0)), 1);
    QCOMPARE(model->index(1, 0, model->index(0, 0)).data().toString(), QStringLiteral("server"));
    QVERIFY(tree->isExpanded(model->index(0, 0)));

    QCOMPARE(child<QLabel>(window, QStringLiteral("welcomeCounts"))->text(),
             QStringLiteral("Projects: 2, functions: 3"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loaded 2 projects"));
}

void TestMainWindow::queuedSetProjects()
{
    MainWindow window;
    const bool invoked = QMetaObject::invokeMethod(
        &window, "setProjects", Qt::QueuedConnection,
        QArgument<std::vector<ProjectSummary>>("std::vector<Runbench::Models::ProjectSummary>",
                                               sampleProjects()));
    QVERIFY(invoked);
    auto *tree = child<QTreeView>(window, QStringLiteral("projectsTree"));
    QTRY_COMPARE(tree->model()->rowCount(), 2);
}

void TestMainWindow::selectingFunctionShowsDetails()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setProjects(sampleProjects());

    auto *tree = child<QTreeView>(window, QStringLiteral("projectsTree"));
    auto *form = child<QWidget>(window, QStringLiteral("detailsForm"));
    auto *hint = child<QLabel>(window, QStringLiteral("detailsHint"));
    auto *kind = child<QLineEdit>(window, QStringLiteral("detailsKind"));
    auto *hash = child<QLineEdit>(window, QStringLiteral("detailsHash"));
    auto *tags = child<QLineEdit>(window, QStringLiteral("detailsTags"));
    auto *created = child<QLineEdit>(window, QStringLiteral("detailsCreated"));
    QVERIFY(tree && form && hint && kind && hash && tags && created);
    QVERIFY(!form->isVisible());
    QVERIFY(hint->isVisible());

    const QModelIndex fraud = tree->model()->index(0, 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, fraud));
    QTRY_VERIFY(form->isVisible());
    QVERIFY(!hint->isVisible());
    QCOMPARE(kind->text(), QStringLiteral("job"));
    QCOMPARE(hash->text(), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    QCOMPARE(tags->text(), QStringLiteral("latest, v2"));
    QVERIFY(!created->text().isEmpty());
    for (QLineEdit *field : {kind, hash, tags, created}) {
        QVERIFY(field->isReadOnly());
    }

    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(1, 0)));
    QCOMPARE(kind->text(), QStringLiteral("local"));
    QCOMPARE(hash->text(), QStringLiteral("aaaabbbbccccddddeeeeffff0000111122223333"));

    tree->setCurrentIndex(fraud);
    QVERIFY(!form->isVisible());
    QVERIFY(hint->isVisible());
    QVERIFY(kind->text().isEmpty());

    tree->setCurrentIndex(tree->model()->index(1, 0, fraud));
    QCOMPARE(kind->text(), QStringLiteral("serving"));
    window.setProjects({});
    QVERIFY(!form->isVisible());
    QVERIFY(hash->text().isEmpty());
}

void TestMainWindow::loadErrorIsShown()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *error = child<QLabel>(window, QStringLiteral("welcomeError"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    const QString message = QStringLiteral("The database is locked.");
    window.showLoadError(message);
    QCOMPARE(window.statusBar()->currentMessage(), message);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(message));

    window.showLoadError(QString());
    QCOMPARE(window.statusBar()->currentMessage(), QString());

    window.setProjects(sampleProjects());
    QVERIFY(!error->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loaded 2 projects"));
}

void TestMainWindow::interactiveWidgetsAreNamed()
{
    MainWindow window;
    window.setProjects(sampleProjects());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int interactive = 0;
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        ++interactive;
        const QByteArray what = widget->metaObject()->className();
        QVERIFY2(!widget->objectName().isEmpty(), what.constData());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 6);

    for (const QAction *menuAction : window.menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY2(!menu->objectName().isEmpty(), qPrintable(menu->title()));
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
            QVERIFY(!action->text().isEmpty());
        }
    }
    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
}

void TestMainWindow::geometryIsRestored()
{
    QByteArray savedState;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(811, 577);
        auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        QVERIFY(details);
        details->hide();
        QTRY_COMPARE(window.size(), QSize(811, 577));
        QVERIFY(window.close());
        savedState = window.saveState();
    }
    QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
    QCOMPARE(QSettings().value(QStringLiteral("MainWindow/state")).toByteArray(), savedState);

    MainWindow restored;
    QCOMPARE(restored.size(), QSize(811, 577));
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(!restored.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->isVisible());
    QVERIFY(restored.findChild<QDockWidget *>(QStringLiteral("projectsDock"))->isVisible());
}

void TestMainWindow::hubOpensOnceFromItsAction()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("runbench.db")));
    auto *hubAction = child<QAction>(window, QStringLiteral("hubAction"));
    QVERIFY(hubAction && hubAction->isEnabled());
    QCOMPARE(hubAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    hubAction->trigger();
    auto *documents = child<QTabWidget>(window, QStringLiteral("documents"));
    auto *hub = qobject_cast<Runbench::Ui::HubPage *>(documents->currentWidget());
    QVERIFY(hub);
    QSignalSpy loaded(hub, &Runbench::Ui::HubPage::catalogsLoaded);
    hubAction->trigger();
    QCOMPARE(documents->count(), 2);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QVERIFY(loaded.first().first().toInt() > 0);

    MainWindow storeless;
    QVERIFY(!child<QAction>(storeless, QStringLiteral("hubAction"))->isEnabled());
}

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationName(QStringLiteral("runbench-tst-mainwindow"));
    if (!Runbench::Ui::installTranslators(app, QLocale(QLocale::English))) {
        qFatal("the embedded English translation is missing");
    }
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"

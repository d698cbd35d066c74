// SPDX-License-Identifier: Apache-2.0
#include "namedwidgets.h"
#include "runfollower.h"
#include "runs/iterationspanel.h"
#include "runs/rundetails.h"
#include "runs/runlauncher.h"
#include "runs/runsmonitor.h"
#include "spec/functionimporter.h"
#include "spec/functionspec.h"
#include "store/store.h"
#include "views/iterationstablemodel.h"
#include "views/runstablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts>

using namespace Runbench::Models;
using Runbench::Runtimes::RunFollower;
using Runbench::Ui::RunDetails;
using Runbench::Ui::RunLauncher;
using Runbench::Ui::RunsMonitor;

// The run launcher driven through its widgets: the command line it shows, validation at the
// fields, and real local runs and sweeps seen through the monitor and the details.
class TestRunLauncher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commandLineFollowsTheForm();
    void problemsShowAtTheirFields();
    void rerunFillsTheForm();
    void hyperparameterKinds();
    void launchesALocalRun();
    void launchesASweep();
    void abortAndRerunFromDetails();
    void interactiveWidgetsAreNamed();

private:
    template<typename T> T *child(const QString &objectName) const;
    void waitForFunctions();
    // Adds a parameter row through the Add button and types into its cells.
    void addParameter(const QString &name, const QString &type, const QString &value);
    void addHyperparameter(const QString &name, int kind, const QStringList &cells);
    void requirePython();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_ref;
    std::unique_ptr<RunLauncher> m_launcher;
};

template<typename T> T *TestRunLauncher::child(const QString &objectName) const
{
    T *found = m_launcher->findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

void TestRunLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("runbench.db"));
    auto store = Store::open(m_db);
    QVERIFY(store.ok());
    ProjectRecord project;
    project.name = QStringLiteral("demo");
    QVERIFY((*store)->createProject(project).ok());
    FunctionSpec fn = FunctionSpec::create(QStringLiteral("trainer"), QStringLiteral("job"));
    fn.setSourceCode(QStringLiteral("import time\n"
                                    "def train(context, x=1, greeting='hi', wait=0):\n"
                                    "    print('training with', x, greeting, flush=True)\n"
                                    "    time.sleep(wait)\n"
                                    "    context.log_result('score', x * 10)\n"));
    fn.setText(FunctionSpec::TextField::DefaultHandler, QStringLiteral("train"));
    FunctionImporter importer(**store);
    FunctionImporter::Request request;
    request.project = QStringLiteral("demo");
    const auto imported = importer.import(fn, request, [](const QString &) { return Status(); });
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const FunctionVersion &version = imported->saved.version;
    m_ref =
        version.project + QStringLiteral("/") + version.name + QStringLiteral("@") + version.hash;
    m_launcher = std::make_unique<RunLauncher>(m_db);
    m_launcher->show();
}

void TestRunLauncher::cleanup()
{
    m_launcher.reset();
    m_dir.reset();
}

void TestRunLauncher::waitForFunctions()
{
    auto *function = child<QComboBox>(QStringLiteral("launcherFunction"));
    QTRY_COMPARE_WITH_TIMEOUT(function->count(), 1, 10000);
    QCOMPARE(function->currentData().toString(), m_ref);
}

void TestRunLauncher::addParameter(const QString &name, const QString &type, const QString &value)
{
    auto *table = child<QTableWidget>(QStringLiteral("launcherParameters"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addParameterButton")), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(name);
    qobject_cast<QComboBox *>(table->cellWidget(row, 1))->setCurrentText(type);
    table->item(row, 2)->setText(value);
}

void TestRunLauncher::addHyperparameter(const QString &name, int kind, const QStringList &cells)
{
    auto *table = child<QTableWidget>(QStringLiteral("launcherHyperparameters"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addHyperparameterButton")),
                      Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(name);
    qobject_cast<QComboBox *>(table->cellWidget(row, 1))->setCurrentIndex(kind);
    for (int column = 2; column < 2 + cells.size(); ++column)
        table->item(row, column)->setText(cells[column - 2]);
}

void TestRunLauncher::requirePython()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed; local runs cannot be tested (apt-get install python3).");
}

void TestRunLauncher::commandLineFollowsTheForm()
{
    waitForFunctions();
    auto *command = child<QLineEdit>(QStringLiteral("launcherCliCommand"));
    QCOMPARE(command->text(), QStringLiteral("runbench run ") + m_ref);

    addParameter(QStringLiteral("greeting"), QStringLiteral("str"), QStringLiteral("it's me"));
    addParameter(QStringLiteral("count"), QStringLiteral("int"), QStringLiteral("3"));
    addParameter(QStringLiteral("code"), QStringLiteral("str"), QStringLiteral("42"));
    addParameter(QStringLiteral("opts"), QStringLiteral("dict"), QStringLiteral("{\"a\": [1]}"));
    addHyperparameter(QStringLiteral("x"), 1,
                      {QString(), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("1")});
    addHyperparameter(
        QStringLiteral("lr"), 3,
        {QString(), QStringLiteral("0.001"), QStringLiteral("0.1"), QStringLiteral("3")});
    child<QLineEdit>(QStringLiteral("launcherSelector"))->setText(QStringLiteral("max.score"));
    child<QSpinBox>(QStringLiteral("launcherParallelRuns"))->setValue(2);
    auto *strategy = child<QComboBox>(QStringLiteral("launcherStrategy"));
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("grid")));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("launcherRunName")), QStringLiteral("first"));

    QCOMPARE(command->text(),
             QStringLiteral("runbench run %1 --name first --param 'greeting=it'\\''s me' "
                            "--param count=3 --param 'code=\"42\"' --param 'opts={\"a\": [1]}' "
                            "--hyper 'x=[1, 2, 3]' --hyper 'lr=[0.001, 0.01, 0.1]' "
                            "--parallel 2 --selector max.score")
                 .arg(m_ref));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("copyCliCommandButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), command->text());

    // The task the form describes is what the command line reads back.
    const auto task = m_launcher->task();
    QVERIFY(task.ok());
    QCOMPARE(task->parameters.get("code")->text(), std::string("42"));
    QVERIFY(task->parameters.get("code")->isString());
    QCOMPARE(task->hyperparams.get("x")->size(), std::size_t(3));
}

void TestRunLauncher::problemsShowAtTheirFields()
{
    waitForFunctions();
    addParameter(QStringLiteral("count"), QStringLiteral("int"), QStringLiteral("three"));
    auto *parameterError = child<QLabel>(QStringLiteral("launcherParameterError"));
    QVERIFY(!parameterError->isHidden());
    QVERIFY(parameterError->text().contains(QStringLiteral("whole number")));
    QVERIFY(!child<QPushButton>(QStringLiteral("copyCliCommandButton"))->isEnabled());
    QVERIFY(child<QLineEdit>(QStringLiteral("launcherCliCommand"))->text().isEmpty());

    auto *table = child<QTableWidget>(QStringLiteral("launcherParameters"));
    table->item(0, 2)->setText(QStringLiteral("3"));
    QVERIFY(parameterError->isHidden());

    child<QLineEdit>(QStringLiteral("launcherSelector"))->setText(QStringLiteral("best.score"));
    auto *selectorError = child<QLabel>(QStringLiteral("launcher_selector_error"));
    QVERIFY(!selectorError->isHidden());
    QVERIFY(selectorError->text().contains(QStringLiteral("illegal iteration selector")));
    child<QLineEdit>(QStringLiteral("launcherSelector"))->clear();
    QVERIFY(selectorError->isHidden());

    child<QSpinBox>(QStringLiteral("launcherMaxIterations"))->setValue(5);
    auto *iterationsError = child<QLabel>(QStringLiteral("launcher_maxIterations_error"));
    QVERIFY(iterationsError->text().contains(QStringLiteral("random")));
    auto *strategy = child<QComboBox>(QStringLiteral("launcherStrategy"));
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("random")));
    QVERIFY(iterationsError->isHidden());

    addHyperparameter(QStringLiteral("lr"), 3,
                      {QString(), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3")});
    QVERIFY(child<QLabel>(QStringLiteral("launcherHyperparameterError"))
                ->text()
                .contains(QStringLiteral("above zero")));
    auto *runtime = child<QComboBox>(QStringLiteral("launcherRuntime"));
    const auto *items = qobject_cast<QStandardItemModel *>(runtime->model());
    QVERIFY(!items->item(1)->isEnabled()); // kubernetes is not offered yet
}

void TestRunLauncher::rerunFillsTheForm()
{
    waitForFunctions();
    RunTask task;
    task.name = QStringLiteral("again");
    task.parameters.insert("greeting") = Node::string("hey");
    task.parameters.insert("ratio") = Node::real(0.5);
    task.hyperparams.insert("x") = RunTask::parseValue(QStringLiteral("[4, 5]"));
    task.options.strategy = QStringLiteral("list");
    task.labels.insert(QStringLiteral("owner"), QStringLiteral("me"));
    m_launcher->setRun(m_ref, task);
    QCOMPARE(m_launcher->cliCommand(),
             QStringLiteral("runbench run %1 --name again --param greeting=hey --param ratio=0.5 "
                            "--hyper 'x=[4, 5]' --strategy list --label owner=me")
                 .arg(m_ref));
}

void TestRunLauncher::hyperparameterKinds()
{
    waitForFunctions();
    addHyperparameter(QStringLiteral("words"), 0, {QStringLiteral("a, b, 3")});
    addHyperparameter(
        QStringLiteral("steps"), 1,
        {QString(), QStringLiteral("0.5"), QStringLiteral("1.4"), QStringLiteral("0.25")});
    addHyperparameter(QStringLiteral("seed"), 2,
                      {QString(), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")});
    addHyperparameter(
        QStringLiteral("noise"), 2,
        {QString(), QStringLiteral("0.1"), QStringLiteral("0.2"), QStringLiteral("2")});
    const auto task = m_launcher->task();
    QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error().message));
    const Node &words = *task->hyperparams.get("words");
    QCOMPARE(words.size(), std::size_t(3));
    QVERIFY(words.items()[0].isString());
    QCOMPARE(words.items()[2].type(), Node::Type::Int);
    const Node &steps = *task->hyperparams.get("steps");
    QCOMPARE(steps.size(), std::size_t(4)); // 0.5, 0.75, 1.0, 1.25
    QCOMPARE(steps.items()[3].realValue(), 1.25);
    const Node &seed = *task->hyperparams.get("seed");
    QCOMPARE(seed.size(), std::size_t(5));
    for (const Node &value : seed.items()) {
        QCOMPARE(value.type(), Node::Type::Int);
        const int n = QString::fromStdString(value.text()).toInt();
        QVERIFY(n >= 1 && n <= 3);
    }
    for (const Node &value : task->hyperparams.get("noise")->items())
        QVERIFY(value.realValue() >= 0.1 && value.realValue() <= 0.2);
    // The draws stay the same while the form is edited, so the command line is stable.
    const QString command = m_launcher->cliCommand();
    child<QLineEdit>(QStringLiteral("launcherRunName"))->setText(QStringLiteral("x"));
    child<QLineEdit>(QStringLiteral("launcherRunName"))->clear();
    QCOMPARE(m_launcher->cliCommand(), command);
}

void TestRunLauncher::launchesALocalRun()
{
    requirePython();
    RunFollower follower(m_db, {}, 200);
    RunsMonitor monitor(m_db);
    RunDetails details(m_db);
    details.setRunFollower(&follower);
    QObject::connect(&follower, &RunFollower::runUpdated, &monitor, &RunsMonitor::refreshRun);
    QObject::connect(&follower, &RunFollower::runUpdated, &details, &RunDetails::refreshRun);
    m_launcher->setRunFollower(&follower);
    waitForFunctions();
    addParameter(QStringLiteral("x"), QStringLiteral("int"), QStringLiteral("4"));
    addParameter(QStringLiteral("greeting"), QStringLiteral("str"), QStringLiteral("hello"));

    QSignalSpy launched(m_launcher.get(), &RunLauncher::launched);
    auto *launch = child<QPushButton>(QStringLiteral("launchRunButton"));
    QVERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    QVERIFY(launched.wait(20000));
    const QString uid = launched.first().first().toString();

    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->rowOf(uid) >= 0, 20000);
    const auto state = [&] {
        const int row = monitor.model()->rowOf(uid);
        return monitor.model()->index(row, RunsTableModel::StateColumn).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("completed"), 30000);

    QSignalSpy shown(&details, &RunDetails::runShown);
    details.showRun(uid);
    QVERIFY(shown.wait(10000));
    auto *results = details.findChild<QTableWidget *>(QStringLiteral("runResultsTable"));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("score"));
    QCOMPARE(results->item(0, 1)->text(), QStringLiteral("40"));
    QFile log(details.logPath());
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(details.logPath()));
    QVERIFY(log.readAll().contains("training with 4 hello"));
}

void TestRunLauncher::launchesASweep()
{
    requirePython();
    RunFollower follower(m_db, {}, 200);
    RunDetails details(m_db);
    m_launcher->setRunFollower(&follower);
    waitForFunctions();
    addHyperparameter(QStringLiteral("x"), 1,
                      {QString(), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("1")});
    child<QLineEdit>(QStringLiteral("launcherSelector"))->setText(QStringLiteral("max.score"));
    QSignalSpy launched(m_launcher.get(), &RunLauncher::launched);
    QSignalSpy finished(&follower, &RunFollower::runFinished);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("launchRunButton")), Qt::LeftButton);
    QVERIFY(launched.wait(20000));
    const QString uid = launched.first().first().toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(finished.cbegin(), finished.cend(),
                    [&uid](const QList<QVariant> &args) { return args.first() == uid; }),
        60000);

    QSignalSpy shown(&details, &RunDetails::runShown);
    details.showRun(uid);
    QVERIFY(shown.wait(10000));
    QCOMPARE(details.run()->state, QStringLiteral("completed"));
    QVERIFY(details.tabs()->isTabEnabled(RunDetails::IterationsTab));
    IterationsTableModel *iterations = details.iterations()->model();
    QCOMPARE(iterations->rowCount(), 3);
    QCOMPARE(iterations->iterationAt(iterations->bestRow()), 3);
    details.iterations()->plot(QStringLiteral("output.score"), QStringLiteral("param.x"));
    int points = 0;
    for (QAbstractSeries *series : details.iterations()->chartView()->chart()->series())
        points += int(static_cast<QXYSeries *>(series)->count());
    QCOMPARE(points, 3);
}

void TestRunLauncher::abortAndRerunFromDetails()
{
    requirePython();
    RunFollower follower(m_db, {}, 200);
    RunDetails details(m_db);
    details.setRunFollower(&follower);
    QObject::connect(&follower, &RunFollower::runUpdated, &details, &RunDetails::refreshRun);
    m_launcher->setRunFollower(&follower);
    waitForFunctions();
    addParameter(QStringLiteral("wait"), QStringLiteral("int"), QStringLiteral("120"));
    QSignalSpy launched(m_launcher.get(), &RunLauncher::launched);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("launchRunButton")), Qt::LeftButton);
    QVERIFY(launched.wait(20000));
    const QString uid = launched.first().first().toString();

    details.showRun(uid);
    auto *abort = details.findChild<QPushButton *>(QStringLiteral("abortRunButton"));
    QTRY_VERIFY_WITH_TIMEOUT(details.run() && details.run()->state == QLatin1String("running"),
                             20000);
    QVERIFY(abort->isEnabled());
    QSignalSpy requested(&details, &RunDetails::abortRequested);
    QTest::mouseClick(abort, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(details.run()->state, QStringLiteral("aborted"), 30000);
    QVERIFY(!abort->isEnabled());

    QSignalSpy rerun(&details, &RunDetails::rerunRequested);
    QTest::mouseClick(details.findChild<QPushButton *>(QStringLiteral("rerunButton")),
                      Qt::LeftButton);
    QCOMPARE(rerun.count(), 1);
    RunLauncher again(m_db);
    again.setRun(rerun.first().at(0).toString(), rerun.first().at(1).value<RunTask>());
    QTRY_COMPARE_WITH_TIMEOUT(again.functionRef(), m_ref, 10000);
    QCOMPARE(again.cliCommand(),
             QStringLiteral("runbench run %1 --project demo --param wait=120").arg(m_ref));
}

void TestRunLauncher::interactiveWidgetsAreNamed()
{
    waitForFunctions();
    addParameter(QStringLiteral("x"), QStringLiteral("int"), QStringLiteral("1"));
    addHyperparameter(QStringLiteral("y"), 0, {QStringLiteral("1, 2")});
    NamedWidgets::check(*m_launcher);
}

QTEST_MAIN(TestRunLauncher)
#include "tst_runlauncher.moc"

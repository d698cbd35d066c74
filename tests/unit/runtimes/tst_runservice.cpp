// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "local/capturereader.h"
#include "run/runtask.h"
#include "runservice.h"
#include "spec/functionspec.h"
#include "store/store.h"
#include "testdata.h"
#include "testjson.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

// Real Python handlers run through the RunService end to end: results, artifacts, logs,
// sweeps, abort, re-attach after the following service is gone, and bad input.
class TestRunService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void handlerRunRecordsEverything();
    void gridSweepWithSelectorAndStopCondition();
    void listAndRandomSweeps();
    void abortEndsARun();
    void reattachFinishesARunStartedElsewhere();
    void logFloodIsKeptWhole();
    void badInput_data();
    void badInput();
    void badTaskInput();
    void clusterKindsAreRefusedWithAReason();

private:
    FunctionSpec function(const QString &code, const QString &handler);
    QString runAndWait(RunService &service, const FunctionSpec &fn, const RunTask &task);
    RunRecordRow row(const QString &uid, int iteration = 0);
    QByteArray log(const QString &uid, int iteration = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    RunSettings m_settings;
};

void TestRunService::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed; the local runtime cannot be tested (apt-get install "
              "python3).");
}

void TestRunService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->filePath(QStringLiteral("runbench.db")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    ProjectRecord project;
    project.name = QStringLiteral("default");
    QVERIFY(m_store->createProject(project).ok());
    m_settings = RunSettings();
    m_settings.pollIntervalMs = 20;
    m_settings.abortGraceMs = 2000;
}

void TestRunService::cleanup()
{
    // A failed test must not leave its run processes behind.
    RunQuery active;
    active.states = {QStringLiteral("created"), QStringLiteral("pending"),
                     QStringLiteral("running")};
    active.withIterations = true;
    if (const auto runs = m_store->runs(active)) {
        for (const RunRecordRow &run : *runs) {
            if (run.pid > 0)
                ::kill(-pid_t(run.pid), SIGKILL);
        }
    }
}

FunctionSpec TestRunService::function(const QString &code, const QString &handler)
{
    FunctionSpec fn = FunctionSpec::create(QStringLiteral("trainer"), QStringLiteral("job"));
    fn.setSourceCode(code);
    fn.setText(FunctionSpec::TextField::DefaultHandler, handler);
    return fn;
}

QString TestRunService::runAndWait(RunService &service, const FunctionSpec &fn, const RunTask &task)
{
    QSignalSpy finished(&service, &RunService::runFinished);
    const auto uid = service.submit(fn, QStringLiteral("default/trainer@0000"), task);
    if (!uid)
        return {};
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return *uid;
}

RunRecordRow TestRunService::row(const QString &uid, int iteration)
{
    const auto found = m_store->run(uid, iteration);
    return found && *found ? **found : RunRecordRow();
}

QByteArray TestRunService::log(const QString &uid, int iteration)
{
    QFile file(CaptureReader::logPath(row(uid, iteration).runDir));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestRunService::handlerRunRecordsEverything()
{
    const QString data = m_dir->filePath(QStringLiteral("data.csv"));
    QFile csv(data);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a,b\n1,2\n3,4\n");
    csv.close();
    const QString code = QStringLiteral(R"(
def train(context, lr: float = 0.1, epochs: int = 2, data=None):
    print("training with", lr, epochs)
    rows = open(data.local()).read().splitlines()
    context.log_result("accuracy", 0.5 + lr)
    context.log_result("rows", len(rows) - 1)
    context.set_label("framework", "none")
    context.log_artifact("model", body="weights", format="txt")
    print("done")
)");
    RunService service(*m_store, m_settings);
    RunTask task;
    task.parameters.insert("lr") = Node::real(0.25);
    task.parameters.insert("epochs") = Node::integer(3);
    task.inputs.insert(QStringLiteral("data"), data);
    const QString uid = runAndWait(service, function(code, QStringLiteral("train")), task);
    QVERIFY(!uid.isEmpty());
    const RunRecordRow run = row(uid);
    QCOMPARE(run.state, QStringLiteral("completed"));
    QCOMPARE(run.name, QStringLiteral("trainer-train"));
    QCOMPARE(run.exitCode, std::optional<int>(0));
    const Node results = TestJson::parseBytes(run.results);
    QCOMPARE(results.get("accuracy")->realValue(), 0.75);
    QCOMPARE(QString::fromStdString(results.get("rows")->text()), QStringLiteral("2"));
    QCOMPARE(QString::fromStdString(TestJson::parseBytes(run.labels).get("framework")->text()),
             QStringLiteral("none"));
    const auto artifacts = m_store->artifacts(uid, 0);
    QVERIFY(artifacts.ok());
    QCOMPARE(artifacts->size(), std::size_t(1));
    QCOMPARE(artifacts->front().key, QStringLiteral("model"));
    QVERIFY(QFileInfo::exists(artifacts->front().path));
    const QByteArray output = log(uid);
    QVERIFY2(output.contains("training with 0.25 3\n"), output.constData());
    QVERIFY(output.contains("done\n"));
    QVERIFY2(!output.contains("@@runbench@@"), "event lines must not reach the user's log");
}

void TestRunService::gridSweepWithSelectorAndStopCondition()
{
    const QString code = QStringLiteral(R"(
def train(context, p1, p2):
    context.log_result("score", p1 * p2)
)");
    RunService service(*m_store, m_settings);
    RunTask task;
    task.hyperparams.insert("p1") = RunTask::parseValue(QStringLiteral("[2, 4, 1]"));
    task.hyperparams.insert("p2") = RunTask::parseValue(QStringLiteral("[10, 20]"));
    task.options.selector = QStringLiteral("max.score");
    task.options.parallelRuns = 2;
    const QString uid = runAndWait(service, function(code, QStringLiteral("train")), task);
    QVERIFY(!uid.isEmpty());
    const RunRecordRow parent = row(uid);
    QCOMPARE(parent.state, QStringLiteral("completed"));
    const Node results = TestJson::parseBytes(parent.results);
    QCOMPARE(QString::fromStdString(results.get("best_iteration")->text()), QStringLiteral("5"));
    QCOMPARE(QString::fromStdString(results.get("score")->text()), QStringLiteral("80"));
    const Node table = TestJson::parseBytes(parent.iterations);
    QCOMPARE(table.size(), std::size_t(7));
    QCOMPARE(QString::fromStdString(DocumentWriter::toJson(table.items()[0]).value()),
             QStringLiteral(R"(["param.p1", "param.p2", "output.score", "state", "iter"])"));
    QCOMPARE(QString::fromStdString(DocumentWriter::toJson(table.items()[4]).value()),
             QStringLiteral(R"([2, 20, 40, "completed", 4])"));

    // Sequential with a stop condition: iterations stop after the first score >= 40.
    task.options.parallelRuns = 1;
    task.options.stopCondition = QStringLiteral("score >= 40");
    const QString stopped = runAndWait(service, function(code, QStringLiteral("train")), task);
    QVERIFY(!stopped.isEmpty());
    const Node stoppedTable = TestJson::parseBytes(row(stopped).iterations);
    QCOMPARE(stoppedTable.size(), std::size_t(3)); // header + iterations 1 (20) and 2 (40)
    QCOMPARE(QString::fromStdString(
                 TestJson::parseBytes(row(stopped).results).get("best_iteration")->text()),
             QStringLiteral("2"));
}

void TestRunService::listAndRandomSweeps()
{
    const QString code =
        QStringLiteral("def train(context, x, y=0):\n    context.log_result('sum', x + y)\n");
    RunService service(*m_store, m_settings);
    RunTask list;
    list.hyperparams.insert("x") = RunTask::parseValue(QStringLiteral("[1, 2, 3]"));
    list.hyperparams.insert("y") = RunTask::parseValue(QStringLiteral("[10, 20, 30]"));
    list.options.strategy = QStringLiteral("list");
    list.options.selector = QStringLiteral("min.sum");
    const QString uid = runAndWait(service, function(code, QStringLiteral("train")), list);
    QCOMPARE(row(uid).state, QStringLiteral("completed"));
    QCOMPARE(TestJson::parseBytes(row(uid).iterations).size(), std::size_t(4));
    QCOMPARE(QString::fromStdString(TestJson::parseBytes(row(uid).results).get("sum")->text()),
             QStringLiteral("11"));

    RunTask random;
    random.hyperparams.insert("x") = RunTask::parseValue(QStringLiteral("[5, 6]"));
    random.options.strategy = QStringLiteral("random");
    random.options.maxIterations = 4;
    const QString drawn = runAndWait(service, function(code, QStringLiteral("train")), random);
    QCOMPARE(row(drawn).state, QStringLiteral("completed"));
    QCOMPARE(TestJson::parseBytes(row(drawn).iterations).size(), std::size_t(5));
}

void TestRunService::abortEndsARun()
{
    const QString code = QStringLiteral(
        "import time\ndef wait(context):\n    print('waiting', flush=True)\n    time.sleep(60)\n");
    RunService service(*m_store, m_settings);
    QSignalSpy finished(&service, &RunService::runFinished);
    const auto uid = service.submit(function(code, QStringLiteral("wait")),
                                    QStringLiteral("default/trainer@0000"), RunTask());
    QVERIFY(uid.ok());
    QTRY_VERIFY_WITH_TIMEOUT(log(*uid).contains("waiting"), 20000);
    QVERIFY(service.abort(*uid).ok());
    QVERIFY(finished.wait(20000));
    QCOMPARE(row(*uid).state, QStringLiteral("aborted"));
    QCOMPARE(row(*uid).pid, 0);
}

void TestRunService::reattachFinishesARunStartedElsewhere()
{
    const QString code = QStringLiteral(R"(
import os, time
def slow(context, marker):
    print("started", flush=True)
    while not os.path.exists(marker):
        time.sleep(0.02)
    context.log_result("finished", True)
)");
    const QString marker = m_dir->filePath(QStringLiteral("go"));
    RunTask task;
    task.parameters.insert("marker") = Node::string(marker.toStdString());
    QString uid;
    {
        // The first service starts the run and goes away while the run keeps going.
        RunService first(*m_store, m_settings);
        const auto started = first.submit(function(code, QStringLiteral("slow")),
                                          QStringLiteral("default/trainer@0000"), task);
        QVERIFY(started.ok());
        uid = *started;
        QTRY_VERIFY_WITH_TIMEOUT(log(uid).contains("started"), 20000);
    }
    QCOMPARE(row(uid).state, QStringLiteral("running"));
    RunService second(*m_store, m_settings);
    QSignalSpy finished(&second, &RunService::runFinished);
    second.reattach(true);
    QVERIFY(second.isBusy());
    QFile go(marker);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QVERIFY(finished.wait(20000));
    QCOMPARE(row(uid).state, QStringLiteral("completed"));
    QCOMPARE(QString::fromStdString(TestJson::parseBytes(row(uid).results).get("finished")->text()),
             QStringLiteral("true"));
}

void TestRunService::logFloodIsKeptWhole()
{
    const QString code = QStringLiteral(R"(
import sys
def flood(context, lines: int):
    line = "x" * 99 + "\n"
    out = sys.stdout
    for i in range(lines):
        out.write(line)
        if i % 100000 == 0:
            context.log_result("progress", i)
    context.log_result("lines", lines)
)");
    RunService service(*m_store, m_settings);
    RunTask task;
    task.parameters.insert("lines") = Node::integer(500000);
    const QString uid = runAndWait(service, function(code, QStringLiteral("flood")), task);
    QCOMPARE(row(uid).state, QStringLiteral("completed"));
    const QByteArray output = log(uid);
    QCOMPARE(output.count('\n'), 500000);
    QCOMPARE(output.size(), 500000 * 100);
    QVERIFY(!QFileInfo::exists(CaptureReader::capturePath(row(uid).runDir)));
}

void TestRunService::badInput_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("words");
    const QString ok = QStringLiteral("def main(context):\n    print('hi')\n");
    QTest::newRow("missing handler") << ok << "nope"
                                     << "python3"
                                     << "nope";
    QTest::newRow("syntax error") << "def main(context)\n    pass\n"
                                  << "main"
                                  << "python3"
                                  << "line 1";
    QTest::newRow("import error") << "import no_such_module_xyz\ndef main(context): pass\n"
                                  << "main"
                                  << "python3"
                                  << "no_such_module_xyz";
    QTest::newRow("exception") << "def main(context):\n    raise ValueError('bad value')\n"
                               << "main"
                               << "python3"
                               << "bad value";
    QTest::newRow("no python") << ok << "main"
                               << "/nonexistent/python3"
                               << "was not found";
}

void TestRunService::badInput()
{
    QFETCH(QString, code);
    QFETCH(QString, handler);
    QFETCH(QString, python);
    QFETCH(QString, words);
    m_settings.python = python;
    RunService service(*m_store, m_settings);
    const QString uid = runAndWait(service, function(code, handler), RunTask());
    QVERIFY(!uid.isEmpty());
    const RunRecordRow run = row(uid);
    QCOMPARE(run.state, QStringLiteral("error"));
    QVERIFY2(run.error.contains(words), qPrintable(run.error));
    QVERIFY(m_store->integrityCheck().ok());
}

void TestRunService::badTaskInput()
{
    RunService service(*m_store, m_settings);

    RunTask wrongType;
    wrongType.parameters.insert("n") = Node::string("abc");
    QString uid = runAndWait(
        service,
        function(QStringLiteral("def main(context, n: int):\n    pass\n"), QStringLiteral("main")),
        wrongType);
    QCOMPARE(row(uid).state, QStringLiteral("error"));
    QVERIFY2(row(uid).error.contains(QStringLiteral("int")), qPrintable(row(uid).error));

    RunTask missingInput;
    missingInput.inputs.insert(QStringLiteral("data"), QStringLiteral("/nonexistent/data.csv"));
    uid = runAndWait(
        service,
        function(QStringLiteral("def main(context, data):\n    pass\n"), QStringLiteral("main")),
        missingInput);
    QCOMPARE(row(uid).state, QStringLiteral("error"));
    QVERIFY2(row(uid).error.contains(QStringLiteral("does not exist")), qPrintable(row(uid).error));

    RunTask slow;
    slow.timeoutSeconds = 1;
    uid = runAndWait(service,
                     function(QStringLiteral("import time\ndef main(context):\n    print('before', "
                                             "flush=True)\n    time.sleep(30)\n"),
                              QStringLiteral("main")),
                     slow);
    QCOMPARE(row(uid).state, QStringLiteral("error"));
    QVERIFY2(row(uid).error.contains(QStringLiteral("timeout")), qPrintable(row(uid).error));
    QVERIFY(log(uid).contains("before"));
}

void TestRunService::clusterKindsAreRefusedWithAReason()
{
    RunService service(*m_store, m_settings);
    FunctionSpec serving = FunctionSpec::create(QStringLiteral("model"), QStringLiteral("serving"));
    serving.setSourceCode(QStringLiteral("def main(context):\n    pass\n"));
    const auto submitted = service.submit(serving, QStringLiteral("default/model@0"), RunTask());
    QVERIFY(!submitted.ok());
    QVERIFY2(submitted.error().message.contains(QStringLiteral("serving")) &&
                 submitted.error().message.contains(QStringLiteral("cluster")),
             qPrintable(submitted.error().message));
    RunQuery all;
    QCOMPARE(m_store->runs(all).value().size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_runservice.moc"

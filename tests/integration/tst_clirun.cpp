// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "store/store.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Runbench::Models;

// The run commands of the real runbench binary: run, runs, run show, logs, abort, and runs
// that outlive the runbench process that started them.
class TestCliRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void watchedRunCompletes();
    void sweepFromTheCommandLine();
    void runOutlivesItsStarter();
    void killedRunbenchIsPickedUpAgain();
    void abortFromTheCommandLine();
    void vanishedProcessIsAnError();
    void badOptions();
    void filtersAndParamFile();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, int timeoutMs = 60000);
    QString writeFunction(const QString &code, const QString &handler);
    QJsonObject show(const QString &uid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliRun::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed; runs cannot be tested (apt-get install python3).");
}

void TestCliRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("runbench.db"));
}

void TestCliRun::cleanup()
{
    // A failed test must not leave its run processes behind.
    auto store = Store::open(m_db);
    if (!store)
        return;
    RunQuery active;
    active.states = {QStringLiteral("created"), QStringLiteral("pending"),
                     QStringLiteral("running")};
    active.withIterations = true;
    if (const auto runs = (*store)->runs(active)) {
        for (const RunRecordRow &run : *runs) {
            if (run.pid > 0)
                ::kill(-pid_t(run.pid), SIGKILL);
        }
    }
}

TestCliRun::Run TestCliRun::cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(TestData::runbenchBinary(), QStringList{QStringLiteral("--db"), m_db} + args);
    Run run;
    if (!p.waitForFinished(timeoutMs))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestCliRun::writeFunction(const QString &code, const QString &handler)
{
    const QByteArray yaml =
        "kind: job\nmetadata:\n  name: cli-fn\nspec:\n  default_handler: " + handler.toUtf8() +
        "\n  build:\n    functionSourceCode: " + code.toUtf8().toBase64() + "\n";
    QFile f(m_dir->filePath(QStringLiteral("function.yaml")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(yaml);
    return f.fileName();
}

QJsonObject TestCliRun::show(const QString &uid)
{
    const Run r = cli({QStringLiteral("run"), QStringLiteral("show"), uid, QStringLiteral("-o"),
                       QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCliRun::watchedRunCompletes()
{
    const QString fn =
        writeFunction(QStringLiteral("def main(context, x: int = 1):\n    print('hello', x)\n"
                                     "    context.log_result('double', x * 2)\n"),
                      QStringLiteral("main"));
    Run r = cli({QStringLiteral("run"), fn, QStringLiteral("--param"), QStringLiteral("x=21"),
                 QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("hello 21")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("completed")));
    const QString uid =
        r.out.trimmed().split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 0, 0);
    const QJsonObject run = show(uid);
    QCOMPARE(run[QStringLiteral("status")][QStringLiteral("state")].toString(),
             QStringLiteral("completed"));
    QCOMPARE(
        run[QStringLiteral("status")][QStringLiteral("results")][QStringLiteral("double")].toInt(),
        42);
    QVERIFY(run[QStringLiteral("spec")][QStringLiteral("function")].toString().startsWith(
        QStringLiteral("default/cli-fn@")));
    r = cli({QStringLiteral("runs"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    r = cli({QStringLiteral("runs"), QStringLiteral("--state"), QStringLiteral("error"),
             QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = cli({QStringLiteral("logs"), uid.left(8)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("hello 21\n"));
}

void TestCliRun::sweepFromTheCommandLine()
{
    const QString fn = writeFunction(
        QStringLiteral("def main(context, a, b=1):\n    context.log_result('score', a * b)\n"),
        QStringLiteral("main"));
    Run r = cli({QStringLiteral("run"), fn, QStringLiteral("--hyper"), QStringLiteral("a=[1,5,3]"),
                 QStringLiteral("--hyper"), QStringLiteral("b=[1,2]"), QStringLiteral("--selector"),
                 QStringLiteral("max.score"), QStringLiteral("--parallel"), QStringLiteral("2"),
                 QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 0);
    const QString uid =
        r.out.trimmed().split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 0, 0);
    const QJsonObject run = show(uid);
    QCOMPARE(
        run[QStringLiteral("status")][QStringLiteral("results")][QStringLiteral("best_iteration")]
            .toInt(),
        5);
    QCOMPARE(run[QStringLiteral("status")][QStringLiteral("iterations")].toArray().size(), 7);
    r = cli({QStringLiteral("run"), QStringLiteral("show"), uid});
    QVERIFY2(r.out.contains(QStringLiteral("param.a")), qPrintable(r.out));
    // Without --watch a sweep is carried on by a detached supervisor.
    r = cli({QStringLiteral("run"), fn, QStringLiteral("--hyper"), QStringLiteral("a=[1,2,3,4]")});
    QCOMPARE(r.exitCode, 0);
    const QString detached = r.out.trimmed();
    QTRY_COMPARE_WITH_TIMEOUT(
        show(detached)[QStringLiteral("status")][QStringLiteral("state")].toString(),
        QStringLiteral("completed"), 60000);
    QCOMPARE(
        show(detached)[QStringLiteral("status")][QStringLiteral("iterations")].toArray().size(), 5);
}

void TestCliRun::runOutlivesItsStarter()
{
    const QString marker = m_dir->filePath(QStringLiteral("go"));
    const QString fn = writeFunction(
        QStringLiteral(
            "import os, time\ndef main(context, marker):\n    print('waiting', flush=True)\n"
            "    while not os.path.exists(marker):\n        time.sleep(0.02)\n"
            "    context.log_result('done', 1)\n"),
        QStringLiteral("main"));
    Run r = cli(
        {QStringLiteral("run"), fn, QStringLiteral("--param"), QStringLiteral("marker=") + marker});
    QCOMPARE(r.exitCode, 0);
    const QString uid = r.out.trimmed();
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("state")].toString(),
             QStringLiteral("running"));
    QFile go(marker);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    r = cli({QStringLiteral("logs"), uid, QStringLiteral("-f")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("waiting")));
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("state")].toString(),
             QStringLiteral("completed"));
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("results")][QStringLiteral("done")]
                 .toInt(),
             1);
}

void TestCliRun::killedRunbenchIsPickedUpAgain()
{
    const QString marker = m_dir->filePath(QStringLiteral("go"));
    const QString fn = writeFunction(
        QStringLiteral(
            "import os, time\ndef main(context, marker):\n    print('waiting', flush=True)\n"
            "    while not os.path.exists(marker):\n        time.sleep(0.02)\n"
            "    print('after', flush=True)\n    context.log_result('done', 2)\n"),
        QStringLiteral("main"));
    QProcess watcher;
    watcher.start(TestData::runbenchBinary(),
                  {QStringLiteral("--db"), m_db, QStringLiteral("run"), fn,
                   QStringLiteral("--param"), QStringLiteral("marker=") + marker,
                   QStringLiteral("--watch")});
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watcher.readAllStandardOutput()).contains("waiting"), 30000);
    watcher.kill(); // Runbench dies mid-run; the run goes on
    QVERIFY(watcher.waitForFinished(10000));
    const QJsonArray runs =
        QJsonDocument::fromJson(
            cli({QStringLiteral("runs"), QStringLiteral("-o"), QStringLiteral("json")})
                .out.toUtf8())
            .array();
    QCOMPARE(runs.size(), 1);
    const QString uid = runs[0][QStringLiteral("metadata")][QStringLiteral("uid")].toString();
    QCOMPARE(runs[0][QStringLiteral("status")][QStringLiteral("state")].toString(),
             QStringLiteral("running"));
    QFile go(marker);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        show(uid)[QStringLiteral("status")][QStringLiteral("state")].toString() !=
            QStringLiteral("running"),
        30000);
    const QJsonObject status = show(uid)[QStringLiteral("status")].toObject();
    QVERIFY2(status[QStringLiteral("state")].toString() == QStringLiteral("completed"),
             qPrintable(status[QStringLiteral("error")].toString() + QStringLiteral(" / log: ") +
                        cli({QStringLiteral("logs"), uid}).out));
    QCOMPARE(status[QStringLiteral("results")][QStringLiteral("done")].toInt(), 2);
    const Run logs = cli({QStringLiteral("logs"), uid});
    QCOMPARE(logs.out, QStringLiteral("waiting\nafter\n"));
}

void TestCliRun::abortFromTheCommandLine()
{
    const QString fn = writeFunction(
        QStringLiteral("import time\ndef main(context):\n    print('sleeping', flush=True)\n"
                       "    time.sleep(120)\n"),
        QStringLiteral("main"));
    const Run started = cli({QStringLiteral("run"), fn});
    QCOMPARE(started.exitCode, 0);
    const QString uid = started.out.trimmed();
    QTRY_VERIFY_WITH_TIMEOUT(
        cli({QStringLiteral("logs"), uid}).out.contains(QStringLiteral("sleeping")), 30000);
    const Run aborted = cli({QStringLiteral("abort"), uid});
    QCOMPARE(aborted.exitCode, 0);
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("state")].toString(),
             QStringLiteral("aborted"));
    QCOMPARE(cli({QStringLiteral("abort"), QStringLiteral("ffffffffffff")}).exitCode, 1);
}

void TestCliRun::vanishedProcessIsAnError()
{
    const QString fn = writeFunction(
        QStringLiteral("import time\ndef main(context):\n    print('up', flush=True)\n"
                       "    time.sleep(120)\n"),
        QStringLiteral("main"));
    const QString uid = cli({QStringLiteral("run"), fn}).out.trimmed();
    QTRY_VERIFY_WITH_TIMEOUT(cli({QStringLiteral("logs"), uid}).out.contains(QStringLiteral("up")),
                             30000);
    qint64 pid = 0;
    {
        auto store = Store::open(m_db);
        QVERIFY(store.ok());
        pid = (*(*store)->run(uid, 0))->pid;
    }
    QVERIFY(pid > 0);
    ::kill(-pid_t(pid), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(
        show(uid)[QStringLiteral("status")][QStringLiteral("state")].toString(),
        QStringLiteral("error"), 30000);
    QVERIFY(show(uid)[QStringLiteral("status")][QStringLiteral("error")].toString().contains(
        QStringLiteral("killed")));
}

void TestCliRun::badOptions()
{
    const QString fn =
        writeFunction(QStringLiteral("def main(context):\n    pass\n"), QStringLiteral("main"));
    Run r = cli({QStringLiteral("run"), fn, QStringLiteral("--param"), QStringLiteral("novalue")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("NAME=VALUE")));
    r = cli({QStringLiteral("run"), fn, QStringLiteral("--hyper"), QStringLiteral("a=[1,2]"),
             QStringLiteral("--strategy"), QStringLiteral("spiral")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("spiral")));
    // The interpreter comes from the store setting unless --python names one.
    QCOMPARE(cli({QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("python"),
                  QStringLiteral("/nonexistent/python3")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("setting"), QStringLiteral("get"), QStringLiteral("python")})
                 .out.trimmed(),
             QStringLiteral("/nonexistent/python3"));
    r = cli({QStringLiteral("run"), fn, QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("was not found")), qPrintable(r.out));
    r = cli({QStringLiteral("run"), fn, QStringLiteral("--python"), QStringLiteral("python3"),
             QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("token"),
                  QStringLiteral("x")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("python"),
                  QStringLiteral("python3")})
                 .exitCode,
             0);
    r = cli({QStringLiteral("run"), QStringLiteral("no/such:function")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("run"), fn, QStringLiteral("--handler"), QStringLiteral("missing"),
             QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("missing")), qPrintable(r.out));
}

void TestCliRun::filtersAndParamFile()
{
    const QString fn = writeFunction(
        QStringLiteral("def main(context, a=0, b=0):\n    context.log_result('sum', a + b)\n"),
        QStringLiteral("main"));
    QFile csv(m_dir->filePath(QStringLiteral("params.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a,b\n1,2\n3,4\n10,20\n");
    csv.close();
    Run r = cli({QStringLiteral("run"), fn, QStringLiteral("--param-file"), csv.fileName(),
                 QStringLiteral("--selector"), QStringLiteral("max.sum"), QStringLiteral("--label"),
                 QStringLiteral("team=vision"), QStringLiteral("--name"),
                 QStringLiteral("csv-sweep"), QStringLiteral("--watch")});
    QCOMPARE(r.exitCode, 0);
    const QString uid =
        r.out.trimmed().split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 0, 0);
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("results")][QStringLiteral("sum")]
                 .toInt(),
             30);
    QCOMPARE(show(uid)[QStringLiteral("status")][QStringLiteral("iterations")].toArray().size(), 4);
    QCOMPARE(cli({QStringLiteral("run"), fn, QStringLiteral("--watch")}).exitCode, 0);

    auto count = [&](const QStringList &filter) {
        const Run listed =
            cli(QStringList{QStringLiteral("runs"), QStringLiteral("-o"), QStringLiteral("json")} +
                filter);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array().size();
    };
    QCOMPARE(count({}), 2);
    QCOMPARE(count({QStringLiteral("--label"), QStringLiteral("team=vision")}), 1);
    QCOMPARE(count({QStringLiteral("--label"), QStringLiteral("team=audio")}), 0);
    QCOMPARE(count({QStringLiteral("--name"), QStringLiteral("csv")}), 1);
    QCOMPARE(count({QStringLiteral("--state"), QStringLiteral("completed")}), 2);
    QCOMPARE(count({QStringLiteral("--project"), QStringLiteral("nope")}), 0);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"

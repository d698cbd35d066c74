// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kMarker = "@@runbench@@ ";

// What one run of the wrapper wrote, split into events and the user's log lines.
struct RunOutput
{
    int exitCode = -1;
    QList<QByteArray> lines;
    QList<QJsonObject> events;
    QList<QByteArray> log; // every line that is not an event, in order

    QList<QJsonObject> eventsOf(const QString &type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : events)
            if (event.value("event"_L1).toString() == type)
                found << event;
        return found;
    }
    QJsonObject results() const
    {
        QJsonObject results;
        for (const QJsonObject &event : eventsOf(u"result"_s))
            results.insert(event.value("key"_L1).toString(), event.value("value"_L1));
        return results;
    }
    QString errorMessage() const
    {
        const QList<QJsonObject> errors = eventsOf(u"error"_s);
        return errors.isEmpty() ? QString() : errors.last().value("message"_L1).toString();
    }
    QString endState() const
    {
        return events.isEmpty() ? QString() : events.last().value("state"_L1).toString();
    }
};

RunOutput parseOutput(const QByteArray &output, int exitCode)
{
    RunOutput run;
    run.exitCode = exitCode;
    run.lines = output.split('\n');
    if (run.lines.last().isEmpty())
        run.lines.removeLast();
    // As RunEvent::parse: a marker line whose rest is not a JSON event is the user's text.
    for (const QByteArray &line : std::as_const(run.lines)) {
        const QJsonObject event = line.startsWith(kMarker)
                                      ? QJsonDocument::fromJson(line.mid(kMarker.size())).object()
                                      : QJsonObject();
        if (event.contains("event"_L1))
            run.events << event;
        else
            run.log << line;
    }
    return run;
}

} // namespace

// Runs resources/runner/runbench_run.py on tasks and checks the events it reports.
class TestRunWrapper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void realisticHandler();
    void contextOnlyHandler();
    void parameterOnlyHandler();
    void scriptModeGetsContextFromMlrun();
    void realMlrunPackageIsPatched();
    void returnValueIsLogged_data();
    void returnValueIsLogged();
    void stopCondition_data();
    void stopCondition();
    void badInput_data();
    void badInput();
    void badTaskFile_data();
    void badTaskFile();
    void sigtermAborts();
    void userOutputIsUnchangedAndInOrder();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeFile(const QString &name, const QByteArray &content) const;
    QJsonObject task(const QString &code, const QString &handler = u"handler"_s) const;
    QString writeTask(const QJsonObject &task) const;
    RunOutput run(const QJsonObject &task);
    RunOutput runTaskFile(const QString &taskFile);
    void startProcess(QProcess &process, const QString &taskFile) const;

    QString m_python;
    QString m_wrapper;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRunWrapper::initTestCase()
{
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    if (m_python.isEmpty())
        QSKIP("python3 is not on PATH: the run wrapper cannot be tested (CI installs it).");
    m_wrapper = TestData::sourceDir() + u"/resources/runner/runbench_run.py"_s;
    QVERIFY2(QFile::exists(m_wrapper), qPrintable(m_wrapper));
}

void TestRunWrapper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRunWrapper::writeFile(const QString &name, const QByteArray &content) const
{
    QDir().mkpath(QFileInfo(path(name)).absolutePath());
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QJsonObject TestRunWrapper::task(const QString &code, const QString &handler) const
{
    return QJsonObject{{u"uid"_s, u"0123456789abcdef0123456789abcdef"_s},
                       {u"iteration"_s, 0},
                       {u"project"_s, u"proj"_s},
                       {u"name"_s, u"trainer-train"_s},
                       {u"mode"_s, u"handler"_s},
                       {u"code_path"_s, path(code)},
                       {u"handler"_s, handler},
                       {u"args"_s, QJsonArray()},
                       {u"parameters"_s, QJsonObject()},
                       {u"inputs"_s, QJsonObject()},
                       {u"labels"_s, QJsonObject{{u"owner"_s, u"me"_s}}},
                       {u"artifact_path"_s, path(u"run/artifacts"_s)},
                       {u"stop_condition"_s, QJsonValue::Null},
                       {u"timeout"_s, QJsonValue::Null},
                       {u"workdir"_s, QJsonValue::Null}};
}

QString TestRunWrapper::writeTask(const QJsonObject &task) const
{
    writeFile(u"task.json"_s, QJsonDocument(task).toJson());
    return path(u"task.json"_s);
}

void TestRunWrapper::startProcess(QProcess &process, const QString &taskFile) const
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_python, {u"-u"_s, m_wrapper, taskFile});
}

RunOutput TestRunWrapper::runTaskFile(const QString &taskFile)
{
    QProcess process;
    startProcess(process, taskFile);
    const qint64 pid = process.waitForStarted() ? process.processId() : 0;
    if (!process.waitForFinished(60000))
        qWarning("The wrapper did not finish: %s", process.readAll().constData());
    const RunOutput run = parseOutput(process.readAll(), process.exitCode());
    // The protocol every run keeps: started first, end last with the matching exit code.
    if (run.events.isEmpty() || !run.lines.last().startsWith(kMarker))
        qWarning("No end event last:\n%s", run.lines.join('\n').constData());
    else if (run.events.first().value("event"_L1) != "started"_L1 ||
             run.events.first().value("pid"_L1).toInteger() != pid)
        qWarning("The first event is not started with the pid");
    else if (run.events.last().value("event"_L1) != "end"_L1 ||
             run.events.last().value("exit_code"_L1).toInt() != run.exitCode)
        qWarning("The last event is not end with the exit code");
    else
        return run;
    return {};
}

RunOutput TestRunWrapper::run(const QJsonObject &task)
{
    return runTaskFile(writeTask(task));
}

void TestRunWrapper::realisticHandler()
{
    writeFile(u"data.csv"_s, "x,y\n1,2\n3,4\n");
    writeFile(u"weights.bin"_s, QByteArray(5000, 'w'));
    writeFile(u"train.py"_s, R"(import os
import mlrun
from mlrun.execution import MLClientCtx

def train(context: MLClientCtx, dataset, lr: float, epochs: int, scale: float = 2.0,
          tags: list = None, verbose: bool = False):
    rows = dataset.get().decode().splitlines()
    context.logger.info("training", rows=len(rows))
    assert mlrun.get_or_create_ctx("other") is context
    assert context.get_param("lr") == lr and context.get_param("missing", 7) == 7
    assert os.getcwd() == os.path.dirname(os.path.abspath(__file__))
    context.log_result("accuracy", 0.93)
    context.log_results({"rows": len(rows) - 1, "lr": lr, "epochs": epochs, "scale": scale,
                         "tags": tags, "verbose": verbose, "path": dataset.local(),
                         "nan": float("nan"), "nested": {"a": (1, 2)}})
    context.set_label("framework", 3)
    report = context.log_artifact("report", body="accuracy 0.93\n", format="txt")
    model = context.log_artifact("model", local_path="weights.bin")
    assert model.get_target_path() == os.path.join(context.artifact_path, "model.bin")
    inside = os.path.join(context.artifact_path, "plot.png")
    with open(inside, "wb") as f:
        f.write(b"png")
    plot = context.log_artifact("plot", local_path=inside)
    assert plot.target_path == inside and report.key == "report"
)");
    QJsonObject t = task(u"train.py"_s, u"train"_s);
    t["parameters"_L1] = QJsonObject{{u"lr"_s, 1},
                                     {u"epochs"_s, u"3"_s},
                                     {u"tags"_s, QJsonArray{u"a"_s}},
                                     {u"verbose"_s, u"true"_s},
                                     {u"unused"_s, 5}};
    t["inputs"_L1] = QJsonObject{{u"dataset"_s, path(u"data.csv"_s)}};
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"completed"_s);
    QCOMPARE(out.exitCode, 0);

    const QJsonObject results = out.results();
    QCOMPARE(results.value("accuracy"_L1).toDouble(), 0.93);
    QCOMPARE(results.value("rows"_L1).toInt(), 2);
    QCOMPARE(results.value("lr"_L1).toDouble(), 1.0);    // int → float annotation
    QCOMPARE(results.value("epochs"_L1).toInt(), 3);     // "3" → int
    QCOMPARE(results.value("scale"_L1).toDouble(), 2.0); // default
    QCOMPARE(results.value("tags"_L1).toArray(), QJsonArray{u"a"_s});
    QCOMPARE(results.value("verbose"_L1).toBool(), true); // "true" → bool
    QCOMPARE(results.value("path"_L1).toString(), path(u"data.csv"_s));
    QCOMPARE(results.value("nan"_L1).toString(), u"nan"_s);
    QCOMPARE(results.value("nested"_L1).toObject().value("a"_L1).toArray(), (QJsonArray{1, 2}));

    const QList<QJsonObject> labels = out.eventsOf(u"label"_s);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels[0].value("key"_L1).toString(), u"framework"_s);
    QCOMPARE(labels[0].value("value"_L1).toString(), u"3"_s);

    const QList<QJsonObject> artifacts = out.eventsOf(u"artifact"_s);
    QCOMPARE(artifacts.size(), 3);
    const QStringList expected = {path(u"run/artifacts/report.txt"_s),
                                  path(u"run/artifacts/model.bin"_s),
                                  path(u"run/artifacts/plot.png"_s)};
    for (qsizetype i = 0; i < artifacts.size(); ++i) {
        const QJsonObject &artifact = artifacts[i];
        QCOMPARE(artifact.value("path"_L1).toString(), expected[i]);
        QCOMPARE(artifact.value("kind"_L1).toString(), u"file"_s);
        QFile file(expected[i]);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expected[i]));
        const QByteArray content = file.readAll();
        QCOMPARE(artifact.value("size"_L1).toInteger(), content.size());
        QCOMPARE(artifact.value("hash"_L1).toString().toLatin1(),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
    }
    QCOMPARE(artifacts[0].value("key"_L1).toString(), u"report"_s);
    QCOMPARE(artifacts[1].value("size"_L1).toInt(), 5000);
    const QRegularExpression logLine(
        uR"(^> \d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \[info\] training: \{'rows': 3\}$)"_s);
    QCOMPARE(out.log.size(), 1);
    QVERIFY2(logLine.match(QString::fromUtf8(out.log.first())).hasMatch(), out.log.first());
}

void TestRunWrapper::contextOnlyHandler()
{
    writeFile(u"ctx.py"_s, R"(def handler(ctx):
    ctx.log_results({"uid": ctx.uid, "project": ctx.project, "name": ctx.name,
                     "iteration": ctx.iteration, "owner": ctx.labels["owner"],
                     "params": ctx.parameters, "artifact_path": ctx.artifact_path})
)");
    QJsonObject t = task(u"ctx.py"_s);
    t["parameters"_L1] = QJsonObject{{u"p"_s, 1}};
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"completed"_s);
    const QJsonObject results = out.results();
    QCOMPARE(results.value("uid"_L1).toString(), u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(results.value("project"_L1).toString(), u"proj"_s);
    QCOMPARE(results.value("name"_L1).toString(), u"trainer-train"_s);
    QCOMPARE(results.value("iteration"_L1).toInt(), 0);
    QCOMPARE(results.value("owner"_L1).toString(), u"me"_s);
    QCOMPARE(results.value("params"_L1).toObject(), (QJsonObject{{u"p"_s, 1}}));
    QCOMPARE(results.value("artifact_path"_L1).toString(), path(u"run/artifacts"_s));
    QVERIFY(QFileInfo(path(u"run/artifacts"_s)).isDir());
}

void TestRunWrapper::parameterOnlyHandler()
{
    writeFile(u"add.py"_s, R"(def add(a: int, b: float, c="x", **rest):
    print("sum", a + b, c, sorted(rest))
    return a + b
)");
    QJsonObject t = task(u"add.py"_s, u"add"_s);
    t["parameters"_L1] = QJsonObject{{u"a"_s, 2}, {u"b"_s, 1}, {u"extra"_s, true}};
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"completed"_s);
    QCOMPARE(out.results(), (QJsonObject{{u"return"_s, 3.0}}));
    QCOMPARE(out.log, (QList<QByteArray>{"sum 3.0 x ['extra']"}));
}

void TestRunWrapper::scriptModeGetsContextFromMlrun()
{
    writeFile(u"scripts/job.py"_s, R"(import argparse, os, sys
import mlrun
from mlrun.datastore import DataItem

parser = argparse.ArgumentParser()
parser.add_argument("--x", type=int)
args = parser.parse_args()
ctx = mlrun.get_or_create_ctx("x")
assert isinstance(ctx.get_input("data"), DataItem)
ctx.log_result("x", args.x)
ctx.log_result("argv0", sys.argv[0])
ctx.log_result("cwd", os.getcwd())
ctx.log_result("name", __name__)
if __name__ == "__main__":
    sys.exit(0)
)");
    writeFile(u"data.csv"_s, "a\n");
    QJsonObject t = task(u"scripts/job.py"_s);
    t["mode"_L1] = u"script"_s;
    t["handler"_L1] = QJsonValue::Null;
    t["args"_L1] = QJsonArray{u"--x"_s, u"1"_s};
    t["inputs"_L1] = QJsonObject{{u"data"_s, path(u"data.csv"_s)}};
    t["workdir"_L1] = m_dir->path();
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"completed"_s);
    const QJsonObject results = out.results();
    QCOMPARE(results.value("x"_L1).toInt(), 1);
    QCOMPARE(results.value("argv0"_L1).toString(), path(u"scripts/job.py"_s));
    QCOMPARE(results.value("cwd"_L1).toString(), QDir(m_dir->path()).canonicalPath());
    QCOMPARE(results.value("name"_L1).toString(), u"__main__"_s);
}

void TestRunWrapper::realMlrunPackageIsPatched()
{
    // An importable mlrun package (here beside the code) keeps its own modules but hands out
    // the run's context.
    writeFile(u"mlrun/__init__.py"_s, R"(REAL = True
def get_or_create_ctx(name, **kwargs):
    raise RuntimeError("the real get_or_create_ctx was called")
)");
    writeFile(u"job.py"_s, R"(import mlrun
def handler(context):
    assert mlrun.REAL
    assert mlrun.get_or_create_ctx("job") is context
    context.log_result("patched", True)
)");
    const RunOutput out = run(task(u"job.py"_s));
    QCOMPARE(out.errorMessage(), QString());
    QCOMPARE(out.results(), (QJsonObject{{u"patched"_s, true}}));
}

void TestRunWrapper::returnValueIsLogged_data()
{
    QTest::addColumn<QByteArray>("returned");
    QTest::addColumn<QJsonObject>("results");
    QTest::newRow("dict") << "{'a': 1, 'b': [1.5]}"_ba
                          << QJsonObject{{u"a"_s, 1}, {u"b"_s, QJsonArray{1.5}}};
    QTest::newRow("scalar") << "'done'"_ba << QJsonObject{{u"return"_s, u"done"_s}};
    QTest::newRow("tuple") << "(1, 2)"_ba << QJsonObject{{u"return"_s, QJsonArray{1, 2}}};
    QTest::newRow("object") << "object"_ba << QJsonObject{{u"return"_s, u"<class 'object'>"_s}};
    QTest::newRow("None") << "None"_ba << QJsonObject{};
    QTest::newRow("zero") << "0"_ba << QJsonObject{};
    QTest::newRow("empty dict") << "{}"_ba << QJsonObject{};
}

void TestRunWrapper::returnValueIsLogged()
{
    QFETCH(QByteArray, returned);
    QFETCH(QJsonObject, results);
    writeFile(u"ret.py"_s, "def handler():\n    return " + returned + "\n");
    const RunOutput out = run(task(u"ret.py"_s));
    QCOMPARE(out.endState(), u"completed"_s);
    QCOMPARE(out.results(), results);
}

void TestRunWrapper::stopCondition_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("met");
    QTest::newRow("met") << u"accuracy > 0.9"_s << true;
    QTest::newRow("not met") << u"accuracy > 0.95 and loss < 1"_s << false;
}

void TestRunWrapper::stopCondition()
{
    QFETCH(QString, condition);
    QFETCH(bool, met);
    writeFile(u"fit.py"_s, "def handler(context):\n    return {'accuracy': 0.93, 'loss': 0.2}\n");
    QJsonObject t = task(u"fit.py"_s);
    t["stop_condition"_L1] = condition;
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"completed"_s);
    const QList<QJsonObject> stops = out.eventsOf(u"stop_condition"_s);
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops[0].value("met"_L1).toBool(), met);
    QCOMPARE(out.events[out.events.size() - 2], stops[0]); // after every result
}

void TestRunWrapper::badInput_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("hasTraceback");

    const QByteArray good =
        "def train(context, n: int = 1):\n    return n\n\ndef prep():\n    pass\n";
    QTest::newRow("code file missing")
        << QByteArray() << QJsonObject{{u"code_path"_s, u"/nonexistent/train.py"_s}}
        << u"The code file /nonexistent/train.py does not exist."_s << false;
    QTest::newRow("syntax error") << "import os\n\ndef train(:\n    pass\n"_ba << QJsonObject{}
                                  << u"train.py line 3: invalid syntax."_s << true;
    QTest::newRow("import error") << "import foo_not_installed\n"_ba << QJsonObject{}
                                  << u"Importing train.py failed: No module named "
                                     "'foo_not_installed'."_s
                                  << true;
    QTest::newRow("module raises") << "x = 1 / 0\n"_ba << QJsonObject{}
                                   << u"Importing train.py failed: ZeroDivisionError: "
                                      "division by zero."_s
                                   << true;
    QTest::newRow("missing handler")
        << good << QJsonObject{{u"handler"_s, u"trian"_s}}
        << u"The handler 'trian' is not defined in train.py; it defines: train, prep."_s << false;
    QTest::newRow("wrong parameter type")
        << good << QJsonObject{{u"parameters"_s, QJsonObject{{u"n"_s, u"abc"_s}}}}
        << u"Parameter 'n' must be int, got 'abc'."_s << false;
    QTest::newRow("float for int")
        << good << QJsonObject{{u"parameters"_s, QJsonObject{{u"n"_s, 1.5}}}}
        << u"Parameter 'n' must be int, got 1.5."_s << false;
    QTest::newRow("missing parameter")
        << "def train(context, n):\n    pass\n"_ba << QJsonObject{}
        << u"The handler 'train' needs parameter 'n', which the task does not set."_s << false;
    QTest::newRow("missing input")
        << good << QJsonObject{{u"inputs"_s, QJsonObject{{u"data"_s, u"/nonexistent/x.csv"_s}}}}
        << u"Input 'data' points to /nonexistent/x.csv, which does not exist."_s << false;
    QTest::newRow("timeout") << "import time\n\ndef train():\n    time.sleep(60)\n"_ba
                             << QJsonObject{{u"timeout"_s, 0.5}}
                             << u"The handler did not finish within 0.5 seconds (timeout)."_s
                             << true;
    QTest::newRow("exception in handler") << "def train():\n    raise ValueError('bad value')\n"_ba
                                          << QJsonObject{} << u"ValueError: bad value"_s << true;
    QTest::newRow("exception swallowing timeout")
        << "import time\n\ndef train():\n    try:\n        time.sleep(60)\n    except "
           "Exception:\n        pass\n"_ba
        << QJsonObject{{u"timeout"_s, 1}}
        << u"The handler did not finish within 1 second (timeout)."_s << true;
    QTest::newRow("stop condition names a missing result")
        << good << QJsonObject{{u"stop_condition"_s, u"accuracy > 0.9"_s}}
        << u"The stop condition 'accuracy > 0.9' failed: name 'accuracy' is not defined."_s
        << false;
    QTest::newRow("sys.exit(3)") << "import sys\n\ndef train():\n    sys.exit(3)\n"_ba
                                 << QJsonObject{} << u"The code exited with status 3."_s << true;
    QTest::newRow("bad artifact call")
        << "def train(context):\n    context.log_artifact('m', local_path='/nonexistent/m.pkl')\n"_ba
        << QJsonObject{}
        << u"FileNotFoundError: log_artifact('m'): the local_path /nonexistent/m.pkl is not a "
           "file."_s
        << true;
}

void TestRunWrapper::badInput()
{
    QFETCH(QByteArray, code);
    QFETCH(QJsonObject, changes);
    QFETCH(QString, message);
    QFETCH(bool, hasTraceback);
    if (!code.isNull())
        writeFile(u"train.py"_s, code);
    QJsonObject t = task(u"train.py"_s, u"train"_s);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        t[it.key()] = it.value();
    const RunOutput out = run(t);
    QCOMPARE(out.endState(), u"error"_s);
    QCOMPARE(out.exitCode, 1);
    const QList<QJsonObject> errors = out.eventsOf(u"error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(out.errorMessage(), message);
    const QJsonArray traceback = errors[0].value("traceback"_L1).toArray();
    QCOMPARE(!traceback.isEmpty(), hasTraceback);
    QVERIFY(traceback.size() <= 10);
    // The traceback shows the user's code, not the wrapper, and is also in the log.
    for (const QJsonValue &line : traceback) {
        QVERIFY2(!line.toString().contains("runbench_run.py"_L1), qPrintable(line.toString()));
        QVERIFY(out.log.contains(line.toString().toUtf8()));
    }
}

void TestRunWrapper::badTaskFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << u"task.json cannot be read: No such file"_s;
    QTest::newRow("not JSON") << "{nope"_ba << u"task.json is not valid JSON"_s;
    QTest::newRow("not an object") << "[1]"_ba << u"task.json does not hold a JSON object."_s;
    QTest::newRow("no code_path") << R"({"artifact_path": "/tmp"})"_ba
                                  << u"task.json has no 'code_path'."_s;
    QTest::newRow("bad type")
        << R"({"code_path": "/x.py", "artifact_path": "/a", "timeout": "5"})"_ba
        << u"task.json has a bad 'timeout': '5'."_s;
    QTest::newRow("bad mode")
        << R"({"code_path": "/x.py", "artifact_path": "/a", "mode": "job", "handler": "h"})"_ba
        << u"The task mode 'job' is neither 'handler' nor 'script'."_s;
}

void TestRunWrapper::badTaskFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    if (!content.isNull())
        writeFile(u"task.json"_s, content);
    const RunOutput out = runTaskFile(path(u"task.json"_s));
    QCOMPARE(out.endState(), u"error"_s);
    QCOMPARE(out.exitCode, 1);
    QVERIFY2(out.errorMessage().contains(message), qPrintable(out.errorMessage()));
    QVERIFY(!out.errorMessage().contains("Traceback"_L1));
}

void TestRunWrapper::sigtermAborts()
{
    writeFile(u"slow.py"_s, R"(import time
def handler(context):
    context.log_result("step", 1)
    print("ready")
    try:
        time.sleep(60)
    except Exception:
        print("swallowed")
)");
    QProcess process;
    startProcess(process, writeTask(task(u"slow.py"_s)));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAll()).contains("ready\n"), 30000);
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    const RunOutput out = parseOutput(output + process.readAll(), process.exitCode());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(out.exitCode, 143);
    QCOMPARE(
        out.events.last(),
        (QJsonObject{{u"event"_s, u"end"_s}, {u"state"_s, u"aborted"_s}, {u"exit_code"_s, 143}}));
    QVERIFY(out.lines.last().startsWith(kMarker));
    QVERIFY(!out.log.contains("swallowed"));
    QCOMPARE(out.results(), (QJsonObject{{u"step"_s, 1}}));
}

void TestRunWrapper::userOutputIsUnchangedAndInOrder()
{
    writeFile(u"chatty.py"_s, R"(import sys
print("module line")
def handler(context):
    print("  indented\tline  ")
    context.log_result("a", 1)
    sys.stderr.write("to stderr\n")
    print("unicode: \u00e9\u4e2d")
    sys.stdout.write("progress 50%\r")
    sys.stdout.write("progress 100%")
    context.log_result("b", 2)
    print("@@runbench@@ looks like a marker but is text")
    print("last")
)");
    const RunOutput out = run(task(u"chatty.py"_s));
    QCOMPARE(out.endState(), u"completed"_s);
    const QList<QByteArray> expected = {"module line",
                                        "  indented\tline  ",
                                        "to stderr",
                                        "unicode: \xc3\xa9\xe4\xb8\xad",
                                        "progress 50%\rprogress 100%",
                                        "@@runbench@@ looks like a marker but is text",
                                        "last"};
    QCOMPARE(out.log, expected);
    // Events sit between the user's lines where they happened.
    const QList<QByteArray> order = {kMarker + R"({"event":"started")",
                                     "module line",
                                     "  indented\tline  ",
                                     kMarker + R"({"event":"result","key":"a")",
                                     "to stderr",
                                     "unicode",
                                     "progress 50%",
                                     kMarker + R"({"event":"result","key":"b")",
                                     "@@runbench@@ looks like",
                                     "last",
                                     kMarker + R"({"event":"end")"};
    QCOMPARE(out.lines.size(), order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        QVERIFY2(out.lines[i].startsWith(order[i]), out.lines[i].constData());
}

QTEST_GUILESS_MAIN(TestRunWrapper)
#include "tst_runwrapper.moc"

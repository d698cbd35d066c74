// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "run/runtask.h"
#include "testjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Runbench::Models::DocumentFormat;
using Runbench::Models::DocumentReader;
using Runbench::Models::DocumentWriter;
using Runbench::Models::Node;
using Runbench::Models::RunTask;

namespace {

RunTask sweepTask()
{
    RunTask task;
    task.project = u"myproj"_s;
    task.name = u"trainer-train"_s;
    task.handler = u"train"_s;
    task.parameters = TestJson::parse(R"({"lr": 0.1, "epochs": 3})");
    task.inputs.insert(u"dataset"_s, u"store://datasets/myproj/prep"_s);
    task.hyperparams = TestJson::parse(R"({"n_estimators": [100, 500], "depth": [2, 4]})");
    task.options.strategy = u"random"_s;
    task.options.selector = u"max.accuracy"_s;
    task.options.stopCondition = u"accuracy >= 0.9"_s;
    task.options.parallelRuns = 2;
    task.options.maxIterations = 5;
    task.options.maxErrors = 1;
    task.labels.insert(u"owner"_s, u"alice"_s);
    task.outputPath = u"s3://bucket/artifacts"_s;
    task.timeoutSeconds = 90;
    return task;
}

} // namespace

// Checks run task validation, MLRun's task layout and command-line values.
class TestRunTask : public QObject
{
    Q_OBJECT

private slots:
    void isSweep();
    void validates_data();
    void validates();
    void reportsEveryProblem();
    void writesMlrunLayout();
    void omitsEmptyValues();
    void roundTrips();
    void readsLegacyFields();
    void rejectsBadNodes();
    void parseValue_data();
    void parseValue();
};

void TestRunTask::isSweep()
{
    RunTask task;
    QVERIFY(!task.isSweep());
    task.parameters = TestJson::parse(R"({"a": 1})");
    QVERIFY(!task.isSweep());
    task.hyperparams = TestJson::parse(R"({"a": [1, 2]})");
    QVERIFY(task.isSweep());
    task.hyperparams = Node::mapping();
    task.options.paramFile = u"params.csv"_s;
    QVERIFY(task.isSweep());
}

void TestRunTask::validates_data()
{
    QTest::addColumn<QString>("taskJson");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("plain") << uR"({"spec": {"parameters": {"a": 1}}})"_s << QString();
    QTest::newRow("grid") << uR"({"spec": {"hyperparams": {"a": [1, 2], "b": [3]}}})"_s
                          << QString();
    QTest::newRow("random with max")
        << uR"({"spec": {"hyperparams": {"a": [1]}, "hyper_param_options": {"strategy": "random", "max_iterations": 4}}})"_s
        << QString();
    QTest::newRow("csv list")
        << uR"({"spec": {"hyper_param_options": {"param_file": "p.csv", "strategy": "list"}}})"_s
        << QString();
    QTest::newRow("bad strategy")
        << uR"({"spec": {"hyper_param_options": {"strategy": "bayes"}}})"_s
        << u"illegal hyper param strategy bayes, use grid, list or random."_s;
    QTest::newRow("max without random")
        << uR"({"spec": {"hyperparams": {"a": [1]}, "hyper_param_options": {"max_iterations": 4}}})"_s
        << u"max_iterations is only valid in random strategy."_s;
    QTest::newRow("hyperparams and file")
        << uR"({"spec": {"hyperparams": {"a": [1]}, "hyper_param_options": {"param_file": "p.json"}}})"_s
        << u"hyperparams and param_file cannot be used together."_s;
    QTest::newRow("csv with grid")
        << uR"({"spec": {"hyper_param_options": {"param_file": "p.csv", "strategy": "grid"}}})"_s
        << u"CSV param file cannot be used with grid or random strategy, use a JSON file for parameters or leave empty."_s;
    QTest::newRow("bad selector")
        << uR"({"spec": {"hyper_param_options": {"selector": "best.accuracy"}}})"_s
        << u"illegal iteration selector best.accuracy, selector format [min|max.]<result-name> e.g. max.accuracy."_s;
    QTest::newRow("parallel 0") << uR"({"spec": {"hyper_param_options": {"parallel_runs": 0}}})"_s
                                << u"parallel_runs must be at least 1."_s;
    QTest::newRow("hyperparam scalar") << uR"({"spec": {"hyperparams": {"a": 1}}})"_s
                                       << u"hyperparameter a must be a non-empty list."_s;
    QTest::newRow("hyperparam empty") << uR"({"spec": {"hyperparams": {"a": []}}})"_s
                                      << u"hyperparameter a must be a non-empty list."_s;
    QTest::newRow("list lengths")
        << uR"({"spec": {"hyperparams": {"a": [1, 2], "b": [1]}, "hyper_param_options": {"strategy": "list"}}})"_s
        << u"the list strategy needs the same number of values for every hyperparameter."_s;
    QTest::newRow("empty parameter name")
        << uR"({"spec": {"parameters": {"": 1}}})"_s << u"a parameter has an empty name."_s;
    QTest::newRow("empty input name")
        << uR"({"spec": {"inputs": {"": "x.csv"}}})"_s << u"an input has an empty name."_s;
}

void TestRunTask::validates()
{
    QFETCH(QString, taskJson);
    QFETCH(QString, message);
    const auto task = RunTask::fromNode(TestJson::parse(taskJson.toStdString()));
    QVERIFY2(task, qPrintable(task ? QString() : task.error().message));
    const auto status = task->validate();
    QCOMPARE(status.ok(), message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(status.error().message, message);
}

void TestRunTask::reportsEveryProblem()
{
    RunTask task;
    task.options.strategy = u"grid"_s;
    task.options.maxIterations = 3;
    task.options.parallelRuns = 0;
    task.options.selector = u"min."_s;
    task.hyperparams = TestJson::parse(R"({"a": "x"})");
    const auto status = task.validate();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message,
             u"max_iterations is only valid in random strategy; illegal iteration selector min., "
             "selector format [min|max.]<result-name> e.g. max.accuracy; parallel_runs must be at "
             "least 1; hyperparameter a must be a non-empty list."_s);
}

void TestRunTask::writesMlrunLayout()
{
    const QString expected =
        uR"({"metadata": {"name": "trainer-train", "project": "myproj", "labels": {"owner": "alice"}}, )"
        uR"("spec": {"handler": "train", "parameters": {"lr": 0.1, "epochs": 3}, )"
        uR"("inputs": {"dataset": "store://datasets/myproj/prep"}, )"
        uR"("hyperparams": {"n_estimators": [100, 500], "depth": [2, 4]}, )"
        uR"("hyper_param_options": {"strategy": "random", "selector": "max.accuracy", )"
        uR"("stop_condition": "accuracy >= 0.9", "parallel_runs": 2, "max_iterations": 5, )"
        uR"("max_errors": 1}, "output_path": "s3://bucket/artifacts", )"
        uR"("state_thresholds": {"executing": "90s"}}})"_s;
    QCOMPARE(TestJson::text(sweepTask().toNode()), expected);
}

void TestRunTask::omitsEmptyValues()
{
    QCOMPARE(TestJson::text(RunTask().toNode()), u"{}"_s);
    RunTask task;
    task.handler = u"main"_s;
    QCOMPARE(TestJson::text(task.toNode()), uR"({"spec": {"handler": "main"}})"_s);
}

void TestRunTask::roundTrips()
{
    const RunTask task = sweepTask();
    const Node node = task.toNode();
    const auto back = RunTask::fromNode(node);
    QVERIFY(back);
    QCOMPARE(back->project, task.project);
    QCOMPARE(back->name, task.name);
    QCOMPARE(back->handler, task.handler);
    QVERIFY(back->parameters == task.parameters);
    QCOMPARE(back->inputs, task.inputs);
    QVERIFY(back->hyperparams == task.hyperparams);
    QCOMPARE(back->options.strategy, task.options.strategy);
    QCOMPARE(back->options.selector, task.options.selector);
    QCOMPARE(back->options.stopCondition, task.options.stopCondition);
    QCOMPARE(back->options.parallelRuns, task.options.parallelRuns);
    QCOMPARE(back->options.maxIterations, task.options.maxIterations);
    QCOMPARE(back->options.maxErrors, task.options.maxErrors);
    QCOMPARE(back->options.paramFile, task.options.paramFile);
    QCOMPARE(back->labels, task.labels);
    QCOMPARE(back->outputPath, task.outputPath);
    QCOMPARE(back->timeoutSeconds, task.timeoutSeconds);
    QCOMPARE(TestJson::text(back->toNode()), TestJson::text(node));
    // Ints and floats keep their type through the round trip.
    QCOMPARE(back->parameters.get("lr")->type(), Node::Type::Float);
    QCOMPARE(back->parameters.get("epochs")->type(), Node::Type::Int);

    RunTask file;
    file.options.paramFile = u"params.json"_s;
    QCOMPARE(RunTask::fromNode(file.toNode())->options.paramFile, file.options.paramFile);
}

void TestRunTask::readsLegacyFields()
{
    const auto task = RunTask::fromNode(TestJson::parse(
        R"({"spec": {"strategy": "list", "selector": "min.loss", "param_file": "p.csv", "state_thresholds": {"executing": "2h"}}})"));
    QVERIFY(task);
    QCOMPARE(task->options.strategy, u"list"_s);
    QCOMPARE(task->options.selector, u"min.loss"_s);
    QCOMPARE(task->options.paramFile, u"p.csv"_s);
    QCOMPARE(task->timeoutSeconds, std::optional<int>(7200));
    QCOMPARE(task->options.parallelRuns, 1);

    const auto yaml = DocumentReader::read(
        "spec:\n  hyper_param_options: {max_iterations: 0x10, strategy: random}\n",
        DocumentFormat::Yaml, QString());
    QVERIFY(yaml);
    QCOMPARE(RunTask::fromNode(*yaml)->options.maxIterations, std::optional<int>(16));

    // MLRun's "-1" (no limit) and values beyond an int mean no timeout.
    for (const char *executing : {"-1", "99999999999d", "24x"}) {
        Node node = TestJson::parse(R"({"spec": {}})");
        node.ensure("spec.state_thresholds.executing") = Node::string(executing);
        QCOMPARE(RunTask::fromNode(node)->timeoutSeconds, std::nullopt);
    }
}

void TestRunTask::rejectsBadNodes()
{
    QVERIFY(!RunTask::fromNode(TestJson::parse("[1]")));
    QVERIFY(!RunTask::fromNode(TestJson::parse(R"({"spec": []})")));
    QVERIFY(!RunTask::fromNode(TestJson::parse(R"({"spec": {"parameters": [1]}})")));
    QVERIFY(!RunTask::fromNode(TestJson::parse(R"({"spec": {"hyperparams": "a"}})")));
    QVERIFY(!RunTask::fromNode(TestJson::parse(R"({"metadata": {"labels": {"a": [1]}}})")));
    const auto error = RunTask::fromNode(TestJson::parse(R"({"spec": {"inputs": 3}})"));
    QVERIFY(!error);
    QCOMPARE(error.error().message, u"spec.inputs must be a mapping."_s);
}

void TestRunTask::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expectedJson");
    const auto row = [](const char *name, const QString &text, Node::Type type,
                        const QString &expected) {
        QTest::newRow(name) << text << int(type) << expected;
    };
    row("int", u"42"_s, Node::Type::Int, u"42"_s);
    row("negative int", u"-7"_s, Node::Type::Int, u"-7"_s);
    row("float", u"0.5"_s, Node::Type::Float, u"0.5"_s);
    row("float with zero fraction", u"1.0"_s, Node::Type::Float, u"1.0"_s);
    row("exponent", u"1e3"_s, Node::Type::Float, u"1000.0"_s);
    row("true", u"true"_s, Node::Type::Bool, u"true"_s);
    row("false", u"false"_s, Node::Type::Bool, u"false"_s);
    row("null", u"null"_s, Node::Type::Null, u"null"_s);
    row("list", u"[1, 2.5, \"a\"]"_s, Node::Type::Sequence, u"[1, 2.5, \"a\"]"_s);
    row("object", u"{\"b\": 1, \"a\": [true]}"_s, Node::Type::Mapping,
        u"{\"b\": 1, \"a\": [true]}"_s);
    row("quoted string", u"\"hello\""_s, Node::Type::String, u"\"hello\""_s);
    row("quoted number", u"\"12\""_s, Node::Type::String, u"\"12\""_s);
    row("padded", u" 3 "_s, Node::Type::Int, u"3"_s);
    row("word", u"abc"_s, Node::Type::String, u"\"abc\""_s);
    row("version", u"1.2.3"_s, Node::Type::String, u"\"1.2.3\""_s);
    row("sentence", u"hello world"_s, Node::Type::String, u"\"hello world\""_s);
    row("python True", u"True"_s, Node::Type::String, u"\"True\""_s);
    row("two values", u"1, 2"_s, Node::Type::String, u"\"1, 2\""_s);
    row("broken list", u"[1, 2"_s, Node::Type::String, u"\"[1, 2\""_s);
    row("nan", u"NaN"_s, Node::Type::Float, u"NaN"_s);
    row("infinity", u"-Infinity"_s, Node::Type::Float, u"-Infinity"_s);
    row("nan in text", u"NaN or not"_s, Node::Type::String, u"\"NaN or not\""_s);
    row("bracket text with nan", u"NaN], [1"_s, Node::Type::String, u"\"NaN], [1\""_s);
    row("yaml flow", u"{a: 1}"_s, Node::Type::String, u"\"{a: 1}\""_s);
    row("empty", QString(), Node::Type::String, u"\"\""_s);
    row("path", u"/data/x.csv"_s, Node::Type::String, u"\"/data/x.csv\""_s);
}

void TestRunTask::parseValue()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, expectedJson);
    const Node value = RunTask::parseValue(text);
    QCOMPARE(int(value.type()), type);
    QCOMPARE(TestJson::text(value), expectedJson);
}

QTEST_GUILESS_MAIN(TestRunTask)
#include "tst_runtask.moc"

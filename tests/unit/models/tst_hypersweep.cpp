// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "run/hypersweep.h"
#include "testjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Runbench::Models::DocumentFormat;
using Runbench::Models::DocumentReader;
using Runbench::Models::DocumentWriter;
using Runbench::Models::HyperSweep;
using Runbench::Models::Node;
using Runbench::Models::RunTask;

namespace {

// The children's parameters as one JSON list, to compare at a glance.
QString childrenJson(const std::vector<Node> &children)
{
    Node list = Node::sequence();
    list.items() = children;
    return TestJson::text(list);
}

HyperSweep::Child child(int iteration, std::string_view parameters, std::string_view results,
                        const QString &state = u"completed"_s)
{
    return {iteration, TestJson::parse(parameters), TestJson::parse(results), state};
}

} // namespace

// Checks sweep expansion (grid, list, random, param files), best-child selection and the
// iterations table against MLRun's generators.
class TestHyperSweep : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void selector_data();
    void selector();
    void gridVariesFirstParameterFastest();
    void overlaysTaskParameters();
    void list();
    void random();
    void notASweep();
    void invalidTaskIsAnError();
    void jsonParamFile_data();
    void jsonParamFile();
    void csvParamFile();
    void paramFileErrors_data();
    void paramFileErrors();
    void best_data();
    void best();
    void iterationTable();
    void iterationTableOfNothing();

private:
    void write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::mt19937 m_random{7};
};

void TestHyperSweep::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHyperSweep::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestHyperSweep::selector_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("maximize");
    QTest::addColumn<QString>("key");
    QTest::newRow("no prefix") << u"accuracy"_s << true << true << u"accuracy"_s;
    QTest::newRow("max") << u"max.accuracy"_s << true << true << u"accuracy"_s;
    QTest::newRow("min") << u"min.loss"_s << true << false << u"loss"_s;
    QTest::newRow("dotted key") << u"min.loss.val"_s << true << false << u"loss.val"_s;
    QTest::newRow("bad op") << u"best.accuracy"_s << false << false << QString();
    QTest::newRow("no key") << u"max."_s << false << false << QString();
    QTest::newRow("empty") << QString() << false << false << QString();
}

void TestHyperSweep::selector()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, maximize);
    QFETCH(QString, key);
    const auto selector = HyperSweep::Selector::parse(text);
    QCOMPARE(selector.ok(), valid);
    if (!valid) {
        QCOMPARE(selector.error().message,
                 u"illegal iteration selector %1, selector format [min|max.]<result-name> e.g. "
                 "max.accuracy"_s.arg(text));
        return;
    }
    QCOMPARE(selector->maximize, maximize);
    QCOMPARE(selector->key, key);
}

void TestHyperSweep::gridVariesFirstParameterFastest()
{
    RunTask task;
    task.hyperparams = TestJson::parse(R"({"p1": [2, 4, 1], "p2": [10, 20]})");
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(children);
    QCOMPARE(childrenJson(*children),
             uR"([{"p1": 2, "p2": 10}, {"p1": 4, "p2": 10}, {"p1": 1, "p2": 10}, )"
             uR"({"p1": 2, "p2": 20}, {"p1": 4, "p2": 20}, {"p1": 1, "p2": 20}])"_s);
    task.options.strategy = u"grid"_s;
    QCOMPARE(childrenJson(*HyperSweep::expand(task, m_dir->path(), m_random)),
             childrenJson(*children));
}

void TestHyperSweep::overlaysTaskParameters()
{
    RunTask task;
    task.parameters = TestJson::parse(R"({"lr": 0.1, "p2": 0, "name": "x"})");
    task.hyperparams = TestJson::parse(R"({"p1": [1], "p2": [5.0, "a"]})");
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(children);
    QCOMPARE(childrenJson(*children), uR"([{"lr": 0.1, "p2": 5.0, "name": "x", "p1": 1}, )"
                                      uR"({"lr": 0.1, "p2": "a", "name": "x", "p1": 1}])"_s);
}

void TestHyperSweep::list()
{
    RunTask task;
    task.options.strategy = u"list"_s;
    task.hyperparams = TestJson::parse(R"({"p1": [2, 4, 1], "p2": [10, 20, 30]})");
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(children);
    QCOMPARE(childrenJson(*children),
             uR"([{"p1": 2, "p2": 10}, {"p1": 4, "p2": 20}, {"p1": 1, "p2": 30}])"_s);
}

void TestHyperSweep::random()
{
    RunTask task;
    task.options.strategy = u"random"_s;
    task.hyperparams = TestJson::parse(R"({"p1": [2, 4, 1], "p2": ["a", "b"]})");
    std::mt19937 first(42);
    const auto children = HyperSweep::expand(task, m_dir->path(), first);
    QVERIFY(children);
    QCOMPARE(children->size(), std::size_t(10));
    const Node p1 = *task.hyperparams.get("p1");
    const Node p2 = *task.hyperparams.get("p2");
    for (const Node &child : *children) {
        QCOMPARE(child.size(), std::size_t(2));
        QVERIFY(std::ranges::count(p1.items(), *child.get("p1")) == 1);
        QVERIFY(std::ranges::count(p2.items(), *child.get("p2")) == 1);
    }
    std::mt19937 again(42);
    QCOMPARE(childrenJson(*HyperSweep::expand(task, m_dir->path(), again)),
             childrenJson(*children));

    task.options.maxIterations = 25;
    const auto more = HyperSweep::expand(task, m_dir->path(), first);
    QVERIFY(more);
    QCOMPARE(more->size(), std::size_t(25));
}

void TestHyperSweep::notASweep()
{
    RunTask task;
    task.parameters = TestJson::parse(R"({"a": 1})");
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(children);
    QVERIFY(children->empty());
}

void TestHyperSweep::invalidTaskIsAnError()
{
    RunTask task;
    task.options.strategy = u"list"_s;
    task.hyperparams = TestJson::parse(R"({"p1": [1, 2], "p2": [1]})");
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(!children);
    QCOMPARE(children.error().message,
             u"the list strategy needs the same number of values for every hyperparameter."_s);
}

void TestHyperSweep::jsonParamFile_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default grid") << QString()
                                  << uR"([{"a": 1, "b": "x"}, {"a": 2.5, "b": "x"}])"_s;
    QTest::newRow("list") << u"list"_s << uR"([{"a": 1, "b": "x"}])"_s;
}

void TestHyperSweep::jsonParamFile()
{
    QFETCH(QString, strategy);
    QFETCH(QString, expected);
    write(u"params.json"_s, R"({"a": [1, 2.5], "b": ["x"]})");
    RunTask task;
    task.options.paramFile = u"params.json"_s;
    task.options.strategy = strategy;
    if (strategy == "list"_L1) {
        const auto error = HyperSweep::expand(task, m_dir->path(), m_random);
        QVERIFY(!error);
        QCOMPARE(error.error().message,
                 u"The list strategy needs the same number of values for every parameter."_s);
        write(u"params.json"_s, R"({"a": [1], "b": ["x"]})");
    }
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY2(children, qPrintable(children ? QString() : children.error().toString()));
    QCOMPARE(childrenJson(*children), expected);
}

void TestHyperSweep::csvParamFile()
{
    write(u"params.csv"_s, "lr,name,layers,note\r\n"
                           "0.1,alpha,2,\"one, two\"\r\n"
                           "\n"
                           "1,\"be\"\"ta\",\"[1, 2]\",\r\n"
                           "2e-3,1.2.3,true,\"multi\nline\"\r\n");
    RunTask task;
    task.parameters = TestJson::parse(R"({"epochs": 3})");
    task.options.paramFile = u"params.csv"_s;
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY2(children, qPrintable(children ? QString() : children.error().toString()));
    QCOMPARE(
        childrenJson(*children),
        uR"([{"epochs": 3, "lr": 0.1, "name": "alpha", "layers": 2, "note": "one, two"}, )"
        uR"({"epochs": 3, "lr": 1, "name": "be\"ta", "layers": [1, 2], "note": null}, )"
        uR"({"epochs": 3, "lr": 0.002, "name": "1.2.3", "layers": true, "note": "multi\nline"}])"_s);
    QCOMPARE(children->at(1).get("lr")->type(), Node::Type::Int);

    // An absolute path ignores the base folder; the list strategy is what CSV implies.
    task.options.paramFile = m_dir->filePath(u"params.csv"_s);
    task.options.strategy = u"list"_s;
    const auto absolute = HyperSweep::expand(task, u"/nonexistent"_s, m_random);
    QVERIFY(absolute);
    QCOMPARE(absolute->size(), std::size_t(3));
}

void TestHyperSweep::paramFileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed json")
        << u"p.json"_s << QByteArray(R"({"a": [1, )") << u"Malformed JSON"_s;
    QTest::newRow("json not object")
        << u"p.json"_s << QByteArray("[1, 2]")
        << u"The parameter file must hold a JSON object of {name: [values]}."_s;
    QTest::newRow("json value not list")
        << u"p.json"_s << QByteArray(R"({"a": 3})")
        << u"The parameter a must have a non-empty list of values."_s;
    QTest::newRow("json empty list") << u"p.json"_s << QByteArray(R"({"a": []})")
                                     << u"The parameter a must have a non-empty list of values."_s;
    QTest::newRow("csv header only")
        << u"p.csv"_s << QByteArray("a,b\n")
        << u"The CSV parameter file needs a header row and at least one row of values."_s;
    QTest::newRow("csv short row")
        << u"p.csv"_s << QByteArray("a,b\n1,2\n3\n")
        << u"Row 3 of the CSV parameter file has 1 values but the header names 2 parameters."_s;
    QTest::newRow("csv open quote") << u"p.csv"_s << QByteArray("a\n\"1\n2\n")
                                    << u"A quoted value in the CSV file is not closed."_s;
    QTest::newRow("csv empty name") << u"p.csv"_s << QByteArray("a,\n1,2\n")
                                    << u"Every column of the CSV parameter file needs a name."_s;
}

void TestHyperSweep::paramFileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    write(name, content);
    RunTask task;
    task.options.paramFile = name;
    const auto children = HyperSweep::expand(task, m_dir->path(), m_random);
    QVERIFY(!children);
    const QString path = m_dir->filePath(name);
    QVERIFY2(children.error().message.startsWith(message), qPrintable(children.error().message));
    QCOMPARE(children.error().source, path);
    if (name.endsWith(".csv"_L1) && message.startsWith("A quoted"_L1))
        QCOMPARE(children.error().line, 2);
}

void TestHyperSweep::best_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<std::vector<HyperSweep::Child>>("children");
    QTest::addColumn<int>("best"); // 0: none

    const std::vector<HyperSweep::Child> scores{child(1, "{}", R"({"acc": 0.5, "loss": 3})"),
                                                child(2, "{}", R"({"acc": 0.9, "loss": 1})"),
                                                child(3, "{}", R"({"acc": 0.7, "loss": 2})")};
    QTest::newRow("max") << u"max.acc"_s << scores << 2;
    QTest::newRow("no prefix is max") << u"acc"_s << scores << 2;
    QTest::newRow("min") << u"min.loss"_s << scores << 2;
    QTest::newRow("missing key") << u"max.f1"_s << scores << 0;
    QTest::newRow("ties keep the first")
        << u"max.acc"_s
        << std::vector{child(1, "{}", R"({"acc": 0.5})"), child(2, "{}", R"({"acc": 0.9})"),
                       child(3, "{}", R"({"acc": 0.9})")}
        << 2;
    QTest::newRow("min ties keep the first")
        << u"min.loss"_s
        << std::vector{child(1, "{}", R"({"loss": 1})"), child(2, "{}", R"({"loss": 1.0})")} << 1;
    QTest::newRow("errors skipped") << u"max.acc"_s
                                    << std::vector{child(1, "{}", R"({"acc": 0.5})"),
                                                   child(2, "{}", R"({"acc": 0.9})", u"error"_s),
                                                   child(3, "{}", R"({"acc": 0.6})", u"aborted"_s)}
                                    << 3;
    QTest::newRow("max never picks zero or less")
        << u"max.score"_s
        << std::vector{child(1, "{}", R"({"score": 0})"), child(2, "{}", R"({"score": -1.5})"),
                       child(3, "{}", R"({"score": 0.0})")}
        << 0;
    QTest::newRow("max picks the only positive")
        << u"max.score"_s
        << std::vector{child(1, "{}", R"({"score": -3})"), child(2, "{}", R"({"score": 1e-300})")}
        << 2;
    QTest::newRow("min takes negatives")
        << u"min.score"_s
        << std::vector{child(1, "{}", R"({"score": 0})"), child(2, "{}", R"({"score": -2})")} << 2;
    QTest::newRow("strings are converted")
        << u"max.acc"_s
        << std::vector{child(1, "{}", R"({"acc": "0.8"})"), child(2, "{}", R"({"acc": " 0.85 "})"),
                       child(3, "{}", R"({"acc": "high"})"), child(4, "{}", R"({"acc": "1_0"})")}
        << 4;
    QTest::newRow("unconvertible strings skipped")
        << u"min.loss"_s
        << std::vector{child(1, "{}", R"({"loss": "n/a"})"), child(2, "{}", R"({"loss": "2"})"),
                       child(3, "{}", R"({"loss": null})"), child(4, "{}", R"({"loss": [0]})")}
        << 2;
    QTest::newRow("beyond double range")
        << u"max.acc"_s
        << std::vector{child(1, "{}", R"({"acc": "0.5"})"), child(2, "{}", R"({"acc": "1e-400"})"),
                       child(3, "{}", R"({"acc": "0.1e400"})"),
                       child(4, "{}", R"({"acc": "1e400"})")}
        << 3;
    QTest::newRow("huge int") << u"min.loss"_s
                              << std::vector{child(1, "{}", R"({"loss": 5})"),
                                             child(2, "{}",
                                                   R"({"loss": -100000000000000000000000000000})")}
                              << 2;
    QTest::newRow("nan never wins")
        << u"max.acc"_s
        << std::vector{child(1, "{}", R"({"acc": "nan"})"), child(2, "{}", R"({"acc": NaN})")} << 0;
    QTest::newRow("execution order, not iteration order")
        << u"max.acc"_s
        << std::vector{child(5, "{}", R"({"acc": 0.9})"), child(2, "{}", R"({"acc": 0.9})")} << 5;
}

void TestHyperSweep::best()
{
    QFETCH(QString, selector);
    QFETCH(std::vector<HyperSweep::Child>, children);
    QFETCH(int, best);
    const auto parsed = HyperSweep::Selector::parse(selector);
    QVERIFY(parsed);
    const auto chosen = HyperSweep::best(children, *parsed);
    QCOMPARE(chosen.value_or(0), best);
}

void TestHyperSweep::iterationTable()
{
    // Children in execution order (not sorted); the second lacks the f1 output.
    const std::vector<HyperSweep::Child> children{
        child(2, R"({"p1": 4, "p2": 10})", R"({"acc": 0.9, "f1": 0.8})"),
        child(1, R"({"p1": 2, "p2": 10})", R"({"acc": 0.5})", u"error"_s),
        child(3, R"({"p1": 1, "p2": 10, "p3": "x"})",
              R"({"acc": 0.7, "f1": 0.6, "cm": {"tp": 3, "fp": {}}})")};
    const QString expected =
        uR"([["param.p1", "param.p2", "param.p3", "output.acc", "output.f1", "output.cm.tp", "state", "iter"], )"
        uR"([2, 10, null, 0.5, null, null, "error", 1], )"
        uR"([4, 10, null, 0.9, 0.8, null, "completed", 2], )"
        uR"([1, 10, "x", 0.7, 0.6, 3, "completed", 3]])"_s;
    QCOMPARE(TestJson::text(HyperSweep::iterationTable(children)), expected);
}

void TestHyperSweep::iterationTableOfNothing()
{
    QCOMPARE(TestJson::text(HyperSweep::iterationTable({})), u"[]"_s);
}

QTEST_GUILESS_MAIN(TestHyperSweep)
#include "tst_hypersweep.moc"

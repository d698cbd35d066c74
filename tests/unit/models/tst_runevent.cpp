// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "run/runevent.h"
#include "testjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Runbench::Models::DocumentFormat;
using Runbench::Models::DocumentReader;
using Runbench::Models::Node;
using Runbench::Models::RunEvent;

Q_DECLARE_METATYPE(std::string)

// Checks the marker-line protocol between the run wrapper and Runbench.
class TestRunEvent : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void notEvents_data();
    void notEvents();
    void readsFields();
    void keepsResultTypeAndOrder();
    void toleratesCarriageReturn();
    void writesPythonStyleJson();
};

void TestRunEvent::roundTrip_data()
{
    QTest::addColumn<std::string>("line");
    QTest::newRow("started") << std::string(R"(@@runbench@@ {"event": "started", "pid": 4242})");
    QTest::newRow("result int") << std::string(
        R"(@@runbench@@ {"event": "result", "key": "n", "value": 3})");
    QTest::newRow("result float") << std::string(
        R"(@@runbench@@ {"event": "result", "key": "acc", "value": 1.0})");
    QTest::newRow("result nested") << std::string(
        R"(@@runbench@@ {"event": "result", "key": "m", "value": {"b": [1, 2.5, null], "a": true}})");
    QTest::newRow("result nan") << std::string(
        R"(@@runbench@@ {"event": "result", "key": "loss", "value": NaN})");
    QTest::newRow("result infinity")
        << std::string(R"(@@runbench@@ {"event": "result", "key": "loss", "value": -Infinity})");
    QTest::newRow("artifact") << std::string(
        R"(@@runbench@@ {"event": "artifact", "key": "model", "path": "/tmp/out/model.pkl", "kind": "model", "size": 1024, "hash": "da39a3ee5e6b4b0d3255bfef95601890afd80709"})");
    QTest::newRow("label") << std::string(
        R"(@@runbench@@ {"event": "label", "key": "team", "value": "ml"})");
    QTest::newRow("stop_condition")
        << std::string(R"(@@runbench@@ {"event": "stop_condition", "met": true})");
    QTest::newRow("error") << std::string(
        R"(@@runbench@@ {"event": "error", "message": "division by zero", "traceback": ["Traceback (most recent call last):", "ZeroDivisionError: division by zero"]})");
    QTest::newRow("end") << std::string(
        R"(@@runbench@@ {"event": "end", "state": "completed", "exit_code": 0})");
    QTest::newRow("end without code")
        << std::string(R"(@@runbench@@ {"event": "end", "state": "aborted", "exit_code": null})");
}

void TestRunEvent::roundTrip()
{
    QFETCH(std::string, line);
    const auto event = RunEvent::parse(line);
    QVERIFY(event);
    QCOMPARE(event->toLine(), line);
    const auto again = RunEvent::parse(event->toLine());
    QVERIFY(again);
    QCOMPARE(again->toLine(), line);
}

void TestRunEvent::notEvents_data()
{
    QTest::addColumn<std::string>("line");
    QTest::newRow("empty") << std::string();
    QTest::newRow("plain log") << std::string("epoch 1 loss 0.25");
    QTest::newRow("marker later") << std::string(
        R"(print: @@runbench@@ {"event": "started", "pid": 1})");
    QTest::newRow("marker after space")
        << std::string(R"( @@runbench@@ {"event": "started", "pid": 1})");
    QTest::newRow("marker without space")
        << std::string(R"(@@runbench@@{"event": "started", "pid": 1})");
    QTest::newRow("marker only") << std::string("@@runbench@@ ");
    QTest::newRow("malformed json") << std::string(R"(@@runbench@@ {"event": "started", "pid": 1)");
    QTest::newRow("trailing garbage")
        << std::string(R"(@@runbench@@ {"event": "started", "pid": 1} x)");
    QTest::newRow("two objects") << std::string(
        R"(@@runbench@@ {"event": "started", "pid": 1} {"a": 1})");
    QTest::newRow("array") << std::string(R"(@@runbench@@ [{"event": "started", "pid": 1}])");
    QTest::newRow("text") << std::string("@@runbench@@ hello");
    QTest::newRow("no event key") << std::string(R"(@@runbench@@ {"pid": 1})");
    QTest::newRow("unknown event") << std::string(R"(@@runbench@@ {"event": "progress"})");
    QTest::newRow("event not a string") << std::string(R"(@@runbench@@ {"event": 1})");
    QTest::newRow("started without pid") << std::string(R"(@@runbench@@ {"event": "started"})");
    QTest::newRow("pid as text") << std::string(
        R"(@@runbench@@ {"event": "started", "pid": "12"})");
    QTest::newRow("result without value")
        << std::string(R"(@@runbench@@ {"event": "result", "key": "a"})");
    QTest::newRow("stop without met") << std::string(R"(@@runbench@@ {"event": "stop_condition"})");
    QTest::newRow("traceback not lines")
        << std::string(R"(@@runbench@@ {"event": "error", "message": "x", "traceback": [1]})");
    QTest::newRow("invalid utf-8") << std::string("@@runbench@@ {\"event\": \"label\", "
                                                  "\"key\": \"a\", \"value\": \"\xff\"}");
}

void TestRunEvent::notEvents()
{
    QFETCH(std::string, line);
    QVERIFY(!RunEvent::parse(line));
}

void TestRunEvent::readsFields()
{
    const auto artifact = RunEvent::parse(
        R"(@@runbench@@ {"event": "artifact", "key": "data", "path": "/d.csv", "kind": "dataset", "size": 12, "hash": "ab"})");
    QVERIFY(artifact);
    QCOMPARE(artifact->type, RunEvent::Type::Artifact);
    QCOMPARE(artifact->key, u"data"_s);
    QCOMPARE(artifact->path, u"/d.csv"_s);
    QCOMPARE(artifact->kind, u"dataset"_s);
    QCOMPARE(artifact->size, 12);
    QCOMPARE(artifact->hash, u"ab"_s);

    const auto error = RunEvent::parse(
        R"(@@runbench@@ {"event": "error", "message": "boom", "traceback": ["a", "b"]})");
    QVERIFY(error);
    QCOMPARE(error->type, RunEvent::Type::Error);
    QCOMPARE(error->message, u"boom"_s);
    QCOMPARE(error->traceback, QStringList({u"a"_s, u"b"_s}));

    const auto end =
        RunEvent::parse(R"(@@runbench@@ {"event": "end", "state": "error", "exit_code": 2})");
    QVERIFY(end);
    QCOMPARE(end->state, u"error"_s);
    QCOMPARE(end->exitCode, std::optional<int>(2));

    const auto started = RunEvent::parse(R"(@@runbench@@ {"pid": 77, "event": "started"})");
    QVERIFY(started);
    QCOMPARE(started->type, RunEvent::Type::Started);
    QCOMPARE(started->pid, 77);

    const auto stop = RunEvent::parse(R"(@@runbench@@ {"event": "stop_condition", "met": false})");
    QVERIFY(stop);
    QCOMPARE(stop->met, false);

    const auto label =
        RunEvent::parse(R"(@@runbench@@ {"event": "label", "key": "team", "value": "vision"})");
    QVERIFY(label);
    QCOMPARE(label->key, u"team"_s);
    QCOMPARE(label->value.text(), std::string("vision"));
}

void TestRunEvent::keepsResultTypeAndOrder()
{
    const auto event = RunEvent::parse(
        R"(@@runbench@@ {"event": "result", "key": "r", "value": {"z": 1, "a": 1.0, "m": "1"}})");
    QVERIFY(event);
    QCOMPARE(event->type, RunEvent::Type::Result);
    QCOMPARE(event->key, u"r"_s);
    const auto &members = event->value.members();
    QCOMPARE(members.size(), std::size_t(3));
    QCOMPARE(members[0].key.text(), std::string("z"));
    QCOMPARE(members[0].value.type(), Node::Type::Int);
    QCOMPARE(members[1].key.text(), std::string("a"));
    QCOMPARE(members[1].value.type(), Node::Type::Float);
    QCOMPARE(members[2].value.type(), Node::Type::String);
}

void TestRunEvent::toleratesCarriageReturn()
{
    const auto event = RunEvent::parse("@@runbench@@ {\"event\": \"started\", \"pid\": 9}\r");
    QVERIFY(event);
    QCOMPARE(event->pid, 9);
    QCOMPARE(event->toLine(), std::string(R"(@@runbench@@ {"event": "started", "pid": 9})"));
}

void TestRunEvent::writesPythonStyleJson()
{
    RunEvent event;
    event.type = RunEvent::Type::Result;
    event.key = u"caf\u00e9"_s;
    event.value = TestJson::parse(R"([1, 2.0, "x"])");
    QCOMPARE(
        event.toLine(),
        std::string(
            R"(@@runbench@@ {"event": "result", "key": "caf\u00e9", "value": [1, 2.0, "x"]})"));
    const auto back = RunEvent::parse(event.toLine());
    QVERIFY(back);
    QCOMPARE(back->key, event.key);
    QVERIFY(back->value == event.value);
}

QTEST_GUILESS_MAIN(TestRunEvent)
#include "tst_runevent.moc"

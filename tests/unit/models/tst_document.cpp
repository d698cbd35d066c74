// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/pythonscalars.h"
#include "document/storedjson.h"
#include "spec/functionhash.h"
#include "testdata.h"

#include <QtTest>

using namespace Runbench::Models;

// Reading, writing and round-tripping documents, and every kind of bad input the reader meets.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void floatRepr_data();
    void floatRepr();
    void plainResolution_data();
    void plainResolution();
    void hubSampleRoundTrips();
    void keyOrderIsKept();
    void jsonOutputIsPythonStyle();
    void badInput_data();
    void badInput();
    void sizeLimit();
    void storedJsonKeepsEveryTree();
};

void TestDocument::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("repr");
    QTest::newRow("one") << 1.0 << "1.0";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("small") << 0.0001 << "0.0001";
    QTest::newRow("smaller") << 0.00001 << "1e-05";
    QTest::newRow("1e15") << 1e15 << "1000000000000000.0";
    QTest::newRow("1e16") << 1e16 << "1e+16";
    QTest::newRow("mantissa") << 1.5e300 << "1.5e+300";
    QTest::newRow("negzero") << -0.0 << "-0.0";
    QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
    QTest::newRow("denormal") << 5e-324 << "5e-324";
}

void TestDocument::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QString, repr);
    QCOMPARE(QString::fromStdString(PythonScalars::floatRepr(value)), repr);
}

void TestDocument::plainResolution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    using T = PythonScalars::PlainType;
    const QList<QPair<const char *, T>> rows = {
        {"yes", T::Bool},
        {"Off", T::Bool},
        {"y", T::String},
        {"~", T::Null},
        {"", T::Null},
        {"NULL", T::Null},
        {"1e3", T::String},
        {"1.0e3", T::String},
        {"1.0e+3", T::Float},
        {".5", T::Float},
        {"._5", T::String},
        {"1_0", T::Int},
        {"0x_1F", T::Int},
        {"08", T::String},
        {"07", T::Int},
        {"1:60", T::String},
        {"1:59", T::Int},
        {"-.inf", T::Float},
        {"-.nan", T::String},
        {"2024-01-01", T::Timestamp},
        {"2024-1-01", T::String},
        {"<<", T::Merge},
        {"=", T::Value},
        {"500m", T::String},
    };
    for (const auto &[text, type] : rows)
        QTest::newRow(text[0] ? text : "empty") << QString::fromUtf8(text) << int(type);
}

void TestDocument::plainResolution()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QCOMPARE(int(PythonScalars::resolvePlain(text.toStdString())), type);
}

void TestDocument::hubSampleRoundTrips()
{
    const QStringList files = TestData::hubSampleFunctionFiles();
    QVERIFY(files.size() >= 50);
    for (const QString &file : files) {
        const auto original = DocumentReader::readFile(file);
        QVERIFY2(original.ok(), qPrintable(file));
        const QString hash = *FunctionHash::compute(*original);

        const std::string yaml = DocumentWriter::toYaml(*original);
        const auto fromYaml = DocumentReader::read(yaml, DocumentFormat::Yaml, file);
        QVERIFY2(fromYaml.ok(), qPrintable(fromYaml.ok() ? file : fromYaml.error().toString()));
        QVERIFY2(*fromYaml == *original, qPrintable(file));
        QCOMPARE(*FunctionHash::compute(*fromYaml), hash);

        const auto json = DocumentWriter::toJson(*original, JsonStyle{false, 2, true});
        QVERIFY(json.ok());
        const auto fromJson = DocumentReader::read(*json, DocumentFormat::Json, file);
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.ok() ? file : fromJson.error().toString()));
        QCOMPARE(*FunctionHash::compute(*fromJson), hash);
    }
}

void TestDocument::keyOrderIsKept()
{
    const auto node =
        DocumentReader::read("zeta: 1\nalpha: {y: 2, b: 3}\nmid: [c, a]\nfuture_field: keep me\n",
                             DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(node.ok());
    const std::string yaml = DocumentWriter::toYaml(*node);
    QCOMPARE(QString::fromStdString(yaml),
             QStringLiteral(
                 "zeta: 1\nalpha:\n  y: 2\n  b: 3\nmid:\n  - c\n  - a\nfuture_field: keep me\n"));
}

void TestDocument::jsonOutputIsPythonStyle()
{
    const auto node = DocumentReader::read("b: [1, 2.50, 'é', null, true]\na: {}\nc: 'yes'\n",
                                           DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(node.ok());
    QCOMPARE(QString::fromStdString(*DocumentWriter::toJson(*node)),
             QStringLiteral(R"({"b": [1, 2.5, "\u00e9", null, true], "a": {}, "c": "yes"})"));
    QCOMPARE(QString::fromStdString(*DocumentWriter::toJson(*node, JsonStyle{true, -1, true})),
             QStringLiteral(R"({"a": {}, "b": [1, 2.5, "\u00e9", null, true], "c": "yes"})"));
    // Quoted strings that look like other types stay strings through YAML.
    QCOMPARE(
        QString::fromStdString(DocumentWriter::toYaml(*node)).contains(QStringLiteral("c: 'yes'")),
        true);
}

void TestDocument::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    const int yaml = int(DocumentFormat::Yaml), json = int(DocumentFormat::Json);
    QTest::newRow("unclosed flow")
        << QByteArray("kind: job\nspec: {a: 1\n") << yaml << 3 << "Malformed YAML";
    QTest::newRow("bad indent") << QByteArray("kind: job\n  spec: x\n bad: y\n") << yaml << 2
                                << "Malformed YAML";
    QTest::newRow("invalid utf8") << QByteArray("kind: job\nname: \xff\xfe\n") << yaml << 2
                                  << "UTF-8";
    QTest::newRow("control char") << QByteArray("kind: job\nname: a\x01z\n") << yaml << 2
                                  << "U+0001";
    QTest::newRow("two documents")
        << QByteArray("kind: job\n---\nkind: local\n") << yaml << 2 << "more than one";
    QTest::newRow("unhashable key") << QByteArray("? [a, b]\n: value\n") << yaml << 1 << "key";
    QTest::newRow("bad date") << QByteArray("when: 2024-02-30\n") << yaml << 1 << "date";
    QTest::newRow("unknown tag") << QByteArray("x: !!python/object foo\n") << yaml << 1 << "tag";
    QTest::newRow("json trailing comma")
        << QByteArray("{\"a\": 1,,}") << json << 1 << "Malformed JSON";
    QTest::newRow("json bare word")
        << QByteArray("{\"a\": hello}") << json << 1 << "Malformed JSON";
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'h'; ++c)
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, c - 1) + ", *" +
                QByteArray(1, c - 1) + ", *" + QByteArray(1, c - 1) + ", *" + QByteArray(1, c - 1) +
                ", *" + QByteArray(1, c - 1) + ", *" + QByteArray(1, c - 1) + ", *" +
                QByteArray(1, c - 1) + ", *" + QByteArray(1, c - 1) + ", *" + QByteArray(1, c - 1) +
                "]\n";
    QTest::newRow("alias bomb") << bomb << yaml << 0 << "aliases";
    QTest::newRow("deep nesting") << QByteArray(300, '[') + QByteArray(300, ']') << yaml << 0
                                  << "levels";
}

void TestDocument::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QFETCH(int, line);
    QFETCH(QString, words);
    const auto result = DocumentReader::read(std::string_view(content.constData(), content.size()),
                                             DocumentFormat(format), QStringLiteral("bad.file"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(words, Qt::CaseInsensitive),
             qPrintable(result.error().message));
    QCOMPARE(result.error().source, QStringLiteral("bad.file"));
    if (line > 0)
        QCOMPARE(result.error().line, line);
}

void TestDocument::sizeLimit()
{
    std::string big = "kind: job\nspec:\n  build:\n    functionSourceCode: ";
    big.append(50 * 1024 * 1024, 'A');
    const auto result = DocumentReader::read(big, DocumentFormat::Yaml, QStringLiteral("big.yaml"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("50.0 MB")),
             qPrintable(result.error().message));
}

void TestDocument::storedJsonKeepsEveryTree()
{
    const auto node = DocumentReader::read("b: 1\n2024-01-02: dated key\na: [x, 2.5]\n",
                                           DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(node.ok());
    QVERIFY(!DocumentWriter::toJson(*node).ok()); // plain JSON cannot hold a date key
    const QByteArray stored = StoredJson::write(*node);
    QCOMPARE(stored, QByteArray(R"({"b":1,"2024-01-02":"dated key","a":["x",2.5]})")
                         .replace(":", ": ")
                         .replace(",", ", "));
    const Node back = StoredJson::read(stored);
    QCOMPARE(QString::fromStdString(back.get("2024-01-02")->text()), QStringLiteral("dated key"));
    QVERIFY(StoredJson::read(QByteArray()).isMapping());
    QVERIFY(StoredJson::read("{broken").isMapping());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

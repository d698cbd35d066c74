// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "spec/functionhash.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Runbench::Models;

namespace {

// Shows where two long strings part, with some context from each.
QString firstDifference(const QString &actual, const QString &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    const qsizetype from = qMax<qsizetype>(0, i - 40);
    return QStringLiteral("differs at %1:\n  actual:   ...%2\n  expected: ...%3")
        .arg(i)
        .arg(actual.mid(from, 100), expected.mid(from, 100));
}

} // namespace

// Checks FunctionHash against MLRun's published vector and against PyYAML + json.dumps run
// on the same files (the oracle in tests/support/mlrun_hash_oracle.py).
class TestFunctionHash : public QObject
{
    Q_OBJECT

private slots:
    void referenceVector();
    void matchesPythonOracle();

private:
    QStringList trickyFiles(const QString &dir);
};

void TestFunctionHash::referenceVector()
{
    // reference/mlrun.md §2.1: the server canonical string and its hash for this function.
    const std::string yaml = R"(kind: job
metadata: {name: demo, tag: v1, project: default}
spec:
  command: ''
  image: mlrun/mlrun
  description: ''
  default_handler: train
  disable_auto_mount: false
  node_selector: {}
  affinity: null
  tolerations: null
  priority_class_name: ''
  preemption_mode: prevent
  state_thresholds: {pending_scheduled: 1h, pending_not_scheduled: '-1', image_pull_backoff: 1h, executing: 24h}
verbose: false
)";
    const auto node = DocumentReader::read(yaml, DocumentFormat::Yaml, QStringLiteral("demo"));
    QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().toString()));
    const auto canonical = FunctionHash::canonicalJson(*node);
    QVERIFY(canonical.ok());
    QCOMPARE(
        QString::fromStdString(*canonical),
        QStringLiteral(
            R"({"kind": "job", "metadata": {"hash": "", "name": "demo", "project": "default", "tag": "", "updated": null}, "spec": {"affinity": null, "command": "", "default_handler": "train", "description": "", "disable_auto_mount": false, "image": "mlrun/mlrun", "node_selector": {}, "preemption_mode": "prevent", "priority_class_name": "", "state_thresholds": {"executing": "24h", "image_pull_backoff": "1h", "pending_not_scheduled": "-1", "pending_scheduled": "1h"}, "tolerations": null}, "status": null, "verbose": false})"));
    QCOMPARE(*FunctionHash::compute(*node),
             QStringLiteral("bf359f511cdd02754b3a20f480a6374f16de9f4b"));
}

QStringList TestFunctionHash::trickyFiles(const QString &dir)
{
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("scalars.yaml"), R"(kind: job
metadata:
  name: scalars
  tag: v1
  hash: abc
  created: 2024-01-01
  labels: {a: yes, b: "no", c: on, d: Off, e: y, f: NULL}
spec:
  ints: [1_000, 0x1F, -017, 0b101, 190:20:30, 0, -0, +12, 08, 0o17, 12345678901234567890123456789]
  floats: [1.5, 1., .5, 1.0e+3, 1e3, -.inf, .NaN, 1:30.5, 0.1, 1.0e-7, 1.0e+16, 123456789.123456789, -0.0, 1_0.2_5, 3.0e+400]
  times: [2001-12-14, 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10, 2002-12-14T01:02:03Z, 2002-1-4 1:02:03 +5:30]
  nulls: [~, null, '', ]
  text: ["é ü 日本 😀", "tab\there", "del\x7f", 'it''s', "quote \" and \\ back", "\u2028", ==, a=b]
  int_keys: {10: ten, 2: two, 1: one}
  float_keys: {1.5: a, 0.5: b}
  base: &base {cpu: 1, memory: 1Gi}
  merged: {<<: *base, cpu: 2, extra: x}
  multi: [*base, *base]
  folded: >
    folded text
    continues
  literal: |
    line one
      line two
status: {state: ready}
verbose: false
)"},
        {QStringLiteral("numbers.json"),
         R"({"kind": "job", "metadata": {"name": "nums", "tag": "x", "updated": "2024-05-05"},
 "spec": {"f": [1e5, 1E-7, 0.1, -0.0, 2.5e300, 100.0], "i": [0, -1, 123456789012345678901234567890],
          "s": ["\ud83d\ude00", "\u00e9", "\/"], "b": [true, false, null], "n": {}}})"},
    };
    QStringList paths;
    for (const auto &[name, content] : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        paths << f.fileName();
    }
    return paths;
}

void TestFunctionHash::matchesPythonOracle()
{
    const QString python = TestData::pythonWithYaml();
    if (python.isEmpty())
        QSKIP("python3 with PyYAML is not installed (apt-get install python3-yaml); the oracle "
              "cannot run.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files = TestData::hubSampleFunctionFiles();
    QVERIFY2(files.size() >= 50, "the hub sample (../shared/hub-sample) was not found");
    files << trickyFiles(dir.path());

    QProcess oracle;
    oracle.start(python, QStringList{TestData::sourceDir() +
                                     QStringLiteral("/tests/support/mlrun_hash_oracle.py")} +
                             files);
    QVERIFY(oracle.waitForFinished(120000));
    QCOMPARE(oracle.exitCode(), 0);
    const QList<QByteArray> lines = oracle.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), files.size());
    for (const QByteArray &line : lines) {
        const QJsonObject expected = QJsonDocument::fromJson(line).object();
        const QString file = expected.value(QStringLiteral("file")).toString();
        QVERIFY2(!expected.contains(QStringLiteral("error")),
                 qPrintable(file + QStringLiteral(": ") +
                            expected.value(QStringLiteral("error")).toString()));
        const auto node = DocumentReader::readFile(file);
        QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().toString()));
        const auto canonical = FunctionHash::canonicalJson(*node);
        QVERIFY2(canonical.ok(), qPrintable(file));
        const QString actual = QString::fromStdString(*canonical);
        const QString wanted = expected.value(QStringLiteral("canonical")).toString();
        QVERIFY2(actual == wanted,
                 qPrintable(file + QStringLiteral(": ") + firstDifference(actual, wanted)));
        QCOMPARE(*FunctionHash::compute(*node), expected.value(QStringLiteral("hash")).toString());
    }
}

QTEST_GUILESS_MAIN(TestFunctionHash)
#include "tst_functionhash.moc"

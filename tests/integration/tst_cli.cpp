// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "spec/functionspec.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Runbench::Models;

// Drives the real runbench binary end to end on a temporary store.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndUsageErrors();
    void projectLifecycle();
    void importIsVersionedByHash();
    void hashOfFileMatchesModel();
    void exportRoundTrip();
    void showAndValidate();
    void credentialsNeverReachStoreOrExport();
    void badInputFailsCleanly();
    void projectYamlRoundTrip();
    void corruptStoreIsReported();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &content);
    QJsonArray listJson(const QStringList &extra = {});
    QString sample(const QString &item, const QString &version = QStringLiteral("latest"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store/runbench.db"));
    QVERIFY2(QFileInfo(TestData::runbenchBinary()).isExecutable(),
             "RUNBENCH_BINARY is not set by CTest");
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(TestData::runbenchBinary(), QStringList{QStringLiteral("--db"), m_db} + args);
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

QJsonArray TestCli::listJson(const QStringList &extra)
{
    const Run r = cli(QStringList{QStringLiteral("function"), QStringLiteral("list"),
                                  QStringLiteral("-o"), QStringLiteral("json")} +
                      extra);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QString TestCli::sample(const QString &item, const QString &version)
{
    return TestData::sharedDir() +
           QStringLiteral("/hub-sample/functions/master/%1/%2/src/function.yaml")
               .arg(item, version);
}

void TestCli::helpAndUsageErrors()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("function import")));
    QVERIFY(r.out.contains(QStringLiteral("project export")));
    for (const QString &verb :
         {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("show"),
          QStringLiteral("list"), QStringLiteral("validate"), QStringLiteral("hash"),
          QStringLiteral("tag")}) {
        r = cli({QStringLiteral("function"), verb, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("runbench function ") + verb), qPrintable(r.out));
    }
    r = cli({QStringLiteral("function"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    r = cli({QStringLiteral("function"), QStringLiteral("hash")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("function"), QStringLiteral("list"), QStringLiteral("-o"),
             QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("xml")));
}

void TestCli::projectLifecycle()
{
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("demo"),
                  QStringLiteral("--description"), QStringLiteral("Demo project")})
                 .exitCode,
             0);
    Run r = cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    r = cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("Bad_Name")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Bad_Name")));
    r = cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("-o"),
             QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects[0][QStringLiteral("name")].toString(), QStringLiteral("demo"));
    QCOMPARE(projects[0][QStringLiteral("description")].toString(), QStringLiteral("Demo project"));
    r = cli({QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Demo project")));
    QCOMPARE(
        cli({QStringLiteral("project"), QStringLiteral("delete"), QStringLiteral("demo")}).exitCode,
        0);
    QCOMPARE(
        cli({QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("demo")}).exitCode,
        1);
    QCOMPARE(
        cli({QStringLiteral("project"), QStringLiteral("delete"), QStringLiteral("demo")}).exitCode,
        1);
}

void TestCli::importIsVersionedByHash()
{
    QCOMPARE(
        cli({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("demo")}).exitCode,
        0);
    Run r = cli({QStringLiteral("function"), QStringLiteral("import"),
                 sample(QStringLiteral("aggregate")), QStringLiteral("--project"),
                 QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("imported demo/aggregate@")), qPrintable(r.out));
    r = cli({QStringLiteral("function"), QStringLiteral("import"),
             sample(QStringLiteral("aggregate")), QStringLiteral("--project"),
             QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("unchanged")), qPrintable(r.out));
    QCOMPARE(listJson({QStringLiteral("--all")}).size(), 1);

    // A changed function is a new version and "latest" moves to it.
    const auto original = FunctionSpec::load(sample(QStringLiteral("aggregate")));
    QVERIFY(original.ok());
    FunctionSpec changed = *original;
    changed.setDescription(QStringLiteral("changed by the test"));
    const QString changedFile =
        writeFile(QStringLiteral("changed.yaml"), QByteArray::fromStdString(changed.toYaml()));
    QCOMPARE(cli({QStringLiteral("function"), QStringLiteral("import"), changedFile,
                  QStringLiteral("--project"), QStringLiteral("demo")})
                 .exitCode,
             0);
    const QJsonArray all = listJson({QStringLiteral("--all")});
    QCOMPARE(all.size(), 2);
    const QJsonArray current = listJson();
    QCOMPARE(current.size(), 1);
    QVERIFY(current[0][QStringLiteral("tags")].toString().contains(QStringLiteral("latest")));
    const QString newHash = current[0][QStringLiteral("hash")].toString();
    QString oldHash;
    for (const auto &v : all) {
        if (v[QStringLiteral("hash")].toString() != newHash)
            oldHash = v[QStringLiteral("hash")].toString();
    }
    QVERIFY(!oldHash.isEmpty());

    // Tags point at versions.
    QCOMPARE(cli({QStringLiteral("function"), QStringLiteral("tag"),
                  QStringLiteral("demo/aggregate@") + oldHash.left(10), QStringLiteral("stable")})
                 .exitCode,
             0);
    r = cli({QStringLiteral("function"), QStringLiteral("hash"),
             QStringLiteral("demo/aggregate:stable")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), oldHash);
    r = cli({QStringLiteral("function"), QStringLiteral("hash"), QStringLiteral("aggregate")});
    QCOMPARE(r.out.trimmed(), newHash);
    QCOMPARE(cli({QStringLiteral("function"), QStringLiteral("hash"),
                  QStringLiteral("demo/aggregate:nope")})
                 .exitCode,
             1);
}

void TestCli::hashOfFileMatchesModel()
{
    const QString file = sample(QStringLiteral("validate_great_expectations"));
    const Run r = cli({QStringLiteral("function"), QStringLiteral("hash"), file});
    QCOMPARE(r.exitCode, 0);
    const auto spec = FunctionSpec::load(file);
    QVERIFY(spec.ok());
    QCOMPARE(r.out.trimmed(), *spec->hash());
    const Run json = cli({QStringLiteral("function"), QStringLiteral("hash"), file,
                          QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("hash")].toString(),
             *spec->hash());
}

void TestCli::exportRoundTrip()
{
    for (const QString &format : {QStringLiteral("yaml"), QStringLiteral("json")}) {
        const QString file = sample(QStringLiteral("transcribe"));
        const QString out = m_dir->filePath(QStringLiteral("export.") + format);
        const Run r = cli({QStringLiteral("function"), QStringLiteral("export"), file,
                           QStringLiteral("-o"), format, QStringLiteral("--output-file"), out});
        QCOMPARE(r.exitCode, 0);
        const auto original = DocumentReader::readFile(file);
        const auto again = DocumentReader::readFile(out);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(*original == *again);
    }
}

void TestCli::showAndValidate()
{
    Run r = cli(
        {QStringLiteral("function"), QStringLiteral("show"), sample(QStringLiteral("aggregate"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("kind")));
    QVERIFY(r.out.contains(QStringLiteral("job")));
    r = cli({QStringLiteral("function"), QStringLiteral("show"),
             sample(QStringLiteral("aggregate")), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("kind")].toString(),
             QStringLiteral("job"));

    const QString bad = writeFile(QStringLiteral("bad.yaml"),
                                  "kind: job\nmetadata: {name: bad}\nspec:\n  resources:\n"
                                  "    limits: {cpu: 2x}\n  preemption_mode: sometimes\n");
    r = cli({QStringLiteral("function"), QStringLiteral("validate"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("spec.resources.limits.cpu")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("spec.preemption_mode")), qPrintable(r.out));
    r = cli({QStringLiteral("function"), QStringLiteral("validate"), bad, QStringLiteral("-o"),
             QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
}

void TestCli::credentialsNeverReachStoreOrExport()
{
    const QByteArray secret = "AKIA-very-secret-key-123";
    const QString file = writeFile(QStringLiteral("creds.yaml"),
                                   "kind: job\nmetadata:\n  name: creds\n  credentials:\n"
                                   "    access_key: " +
                                       secret + "\nspec: {image: mlrun/mlrun}\n");
    Run r = cli({QStringLiteral("function"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("credentials")));
    QVERIFY(!r.err.contains(QString::fromLatin1(secret)));
    r = cli(
        {QStringLiteral("function"), QStringLiteral("export"), QStringLiteral("default/creds")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QString::fromLatin1(secret)));
    r = cli({QStringLiteral("function"), QStringLiteral("export"), file});
    QVERIFY(!r.out.contains(QString::fromLatin1(secret)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile db(m_db + suffix);
        if (db.open(QIODevice::ReadOnly))
            QVERIFY(!db.readAll().contains(secret));
    }
}

void TestCli::badInputFailsCleanly()
{
    const QString malformed =
        writeFile(QStringLiteral("malformed.yaml"), "kind: job\nmetadata: {name: x\nspec: 1\n");
    Run r = cli({QStringLiteral("function"), QStringLiteral("import"), malformed});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("malformed.yaml:")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);

    const QString unknownKind =
        writeFile(QStringLiteral("kind.yaml"), "kind: lambda\nmetadata: {name: x}\n");
    r = cli({QStringLiteral("function"), QStringLiteral("import"), unknownKind});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("lambda")));

    const QString wrongType =
        writeFile(QStringLiteral("type.yaml"), "kind: job\nmetadata: [a, b]\n");
    QCOMPARE(cli({QStringLiteral("function"), QStringLiteral("import"), wrongType}).exitCode, 1);

    QByteArray huge = "kind: job\nmetadata: {name: big}\nspec:\n  build:\n    functionSourceCode: ";
    huge.append(QByteArray(50 * 1024 * 1024, 'A'));
    const QString big = writeFile(QStringLiteral("big.yaml"), huge);
    r = cli({QStringLiteral("function"), QStringLiteral("import"), big});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("MB")));

    // Nothing half-written reached the store.
    QCOMPARE(listJson({QStringLiteral("--all")}).size(), 0);
}

void TestCli::projectYamlRoundTrip()
{
    const auto function = FunctionSpec::load(sample(QStringLiteral("aggregate")));
    QVERIFY(function.ok());
    const QByteArray local = QByteArray::fromStdString(function->toYaml());
    writeFile(QStringLiteral("local-fn.yaml"), local);
    const QString projectFile = writeFile(QStringLiteral("project.yaml"), R"(kind: project
metadata:
  name: pipe
spec:
  description: round trip
  params: {label_column: label}
  functions:
  - {url: 'hub://describe', name: describe}
  - {url: local-fn.yaml, name: agg-local}
  - name: trainer
    spec:
      kind: job
      metadata: {name: trainer, tag: ''}
      spec: {image: mlrun/mlrun, default_handler: train, description: trains}
      verbose: false
  source: ./
  conda: ''
  desired_state: online
)");
    Run r = cli({QStringLiteral("project"), QStringLiteral("import"), projectFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2 function(s)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("hub://describe")));
    const QJsonArray before = listJson({QStringLiteral("--project"), QStringLiteral("pipe")});
    QCOMPARE(before.size(), 2);

    const QString exported = m_dir->filePath(QStringLiteral("exported.yaml"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("export"), QStringLiteral("pipe"),
                  QStringLiteral("--output-file"), exported})
                 .exitCode,
             0);
    const auto doc = DocumentReader::readFile(exported);
    QVERIFY(doc.ok());
    QCOMPARE(QString::fromStdString(doc->at("spec.params.label_column")->text()),
             QStringLiteral("label"));
    QCOMPARE(doc->at("spec.functions")->items().size(), std::size_t(3));

    // Importing the export into a fresh store yields the same versions.
    QCOMPARE(
        cli({QStringLiteral("project"), QStringLiteral("delete"), QStringLiteral("pipe")}).exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("import"), exported}).exitCode, 0);
    const QJsonArray after = listJson({QStringLiteral("--project"), QStringLiteral("pipe")});
    QCOMPARE(after.size(), 2);
    for (qsizetype i = 0; i < after.size(); ++i)
        QCOMPARE(after[i][QStringLiteral("hash")].toString(),
                 before[i][QStringLiteral("hash")].toString());
}

void TestCli::corruptStoreIsReported()
{
    QDir().mkpath(QFileInfo(m_db).path());
    QFile db(m_db);
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(8192, 'x'));
    db.close();
    const Run r = cli({QStringLiteral("function"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.contains(QStringLiteral("runbench.db")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// SPDX-License-Identifier: Apache-2.0
#include "project/projectdocument.h"
#include "spec/functionref.h"
#include "spec/functionspec.h"
#include "spec/functionvalidator.h"
#include "testdata.h"

#include <QtTest>

using namespace Runbench::Models;

// FunctionSpec's typed access over the document tree, code embedding, kinds and references.
class TestFunctionSpec : public QObject
{
    Q_OBJECT

private slots:
    void everyHubSampleLoadsAndValidates();
    void typedAccessReadsHubFields();
    void editsKeepUnknownFieldsAndOrder();
    void embeddedCodeRoundTrips();
    void credentialsAreDropped();
    void everyMlrunKindLoads();
    void unknownKindIsRejected();
    void functionRefs_data();
    void functionRefs();
    void projectEntries();
};

void TestFunctionSpec::everyHubSampleLoadsAndValidates()
{
    const QStringList files = TestData::hubSampleFunctionFiles();
    QVERIFY(files.size() >= 50);
    int withProblems = 0;
    for (const QString &file : files) {
        const auto spec = FunctionSpec::load(file);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? file : spec.error().toString()));
        QVERIFY(!spec->name().isEmpty());
        const auto problems = FunctionValidator::validate(spec->root());
        for (const auto &p : problems) {
            QVERIFY2(!p.path.isEmpty() && p.message.endsWith(QLatin1Char('.')),
                     qPrintable(file + QStringLiteral(": ") + p.message));
            qInfo("%s: %s: %s", qPrintable(file.section(QLatin1Char('/'), -4, -3)),
                  qPrintable(p.path), qPrintable(p.message));
        }
        withProblems += problems.empty() ? 0 : 1;
    }
    qInfo("%d of %lld hub sample functions report problems", withProblems, (long long)files.size());
}

void TestFunctionSpec::typedAccessReadsHubFields()
{
    const auto spec = FunctionSpec::load(
        TestData::sharedDir() +
        QStringLiteral(
            "/hub-sample/functions/master/validate_great_expectations/latest/src/function.yaml"));
    QVERIFY(spec.ok());
    QCOMPARE(spec->kind(), QStringLiteral("job"));
    QCOMPARE(spec->name(), QStringLiteral("validate-great-expectations"));
    QCOMPARE(spec->map(FunctionSpec::MapField::Labels).value(QStringLiteral("author")),
             QStringLiteral("nicks"));
    QVERIFY(spec->list(FunctionSpec::ListField::Categories)
                .contains(QStringLiteral("data-validation")));
    QCOMPARE(spec->text(FunctionSpec::TextField::BaseImage), QStringLiteral("mlrun/mlrun"));
    QVERIFY(spec->handlers().contains(QStringLiteral("validate_expectations")));
    QVERIFY(spec->hasEmbeddedCode());
    QVERIFY(spec->sourceCode()->contains(QStringLiteral("import mlrun")));
    QVERIFY(!spec->text(FunctionSpec::TextField::PreemptionMode).isEmpty());
}

void TestFunctionSpec::editsKeepUnknownFieldsAndOrder()
{
    auto spec = FunctionSpec::parse(
        "kind: job\nmetadata: {name: a, future: {x: 1}}\nspec:\n  image: img\n  zzz: keep\n",
        DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(spec.ok());
    spec->setText(FunctionSpec::TextField::Image, QStringLiteral("python:3.11"));
    spec->setResourceLimit(QStringLiteral("cpu"), QStringLiteral("2"));
    spec->setResourceRequest(QStringLiteral("memory"), QStringLiteral("1Gi"));
    spec->setEnv({{QStringLiteral("MODE"), QStringLiteral("fast"), {}, {}},
                  {QStringLiteral("TOKEN"), {}, QStringLiteral("creds"), QStringLiteral("token")}});
    spec->setMap(FunctionSpec::MapField::NodeSelector,
                 {{QStringLiteral("disk"), QStringLiteral("ssd")}});
    spec->setReplicas(3);
    QCOMPARE(
        QString::fromStdString(spec->toYaml()),
        QStringLiteral(
            "kind: job\nmetadata:\n  name: a\n  future:\n    x: 1\nspec:\n  image: python:3.11\n  "
            "zzz: keep\n"
            "  resources:\n    limits:\n      cpu: '2'\n    requests:\n      memory: 1Gi\n"
            "  env:\n    - name: MODE\n      value: fast\n    - name: TOKEN\n      valueFrom:\n"
            "        secretKeyRef:\n          name: creds\n          key: token\n"
            "  node_selector:\n    disk: ssd\n  replicas: 3\n"));
    QCOMPARE(spec->resourceLimit(QStringLiteral("cpu")), QStringLiteral("2"));
    QCOMPARE(spec->env().at(1).secretName, QStringLiteral("creds"));
    QCOMPARE(*spec->replicas(), 3);
}

void TestFunctionSpec::embeddedCodeRoundTrips()
{
    FunctionSpec spec = FunctionSpec::create(QStringLiteral("coder"), QStringLiteral("job"));
    const QString code =
        QStringLiteral("def handler(context, x: int = 1):\n    print('héllo ✓')\n");
    spec.setSourceCode(code);
    QCOMPARE(*spec.sourceCode(), code);
    const std::string stored = spec.root().at("spec.build.functionSourceCode")->text();
    QCOMPARE(QByteArray::fromStdString(stored), code.toUtf8().toBase64());
    const auto again =
        FunctionSpec::parse(spec.toYaml(), DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(again.ok());
    QCOMPARE(*again->sourceCode(), code);
    QCOMPARE(*again->hash(), *spec.hash());
}

void TestFunctionSpec::credentialsAreDropped()
{
    const auto spec = FunctionSpec::parse(
        "kind: job\nmetadata:\n  name: c\n  credentials: {access_key: SECRET}\n",
        DocumentFormat::Yaml, QStringLiteral("t"));
    QVERIFY(spec.ok());
    QVERIFY(spec->droppedCredentials());
    QVERIFY(!spec->root().at("metadata.credentials"));
    QVERIFY(!QString::fromStdString(spec->toYaml()).contains(QStringLiteral("SECRET")));
}

void TestFunctionSpec::everyMlrunKindLoads()
{
    for (const QString &kind :
         FunctionSpec::kinds() + QStringList{QStringLiteral("nuclio:serving")}) {
        const std::string yaml =
            "kind: " + kind.toStdString() + "\nmetadata: {name: k}\nspec: {}\n";
        const auto spec = FunctionSpec::parse(yaml, DocumentFormat::Yaml, QStringLiteral("t"));
        QVERIFY2(spec.ok(), qPrintable(kind));
        QCOMPARE(spec->kind(), kind);
    }
    const auto noKind =
        FunctionSpec::parse("metadata: {name: k}\n", DocumentFormat::Yaml, QStringLiteral("t"));
    QCOMPARE(noKind->kind(), QStringLiteral("job"));
}

void TestFunctionSpec::unknownKindIsRejected()
{
    const auto spec = FunctionSpec::parse("kind: lambda\nmetadata: {name: k}\n",
                                          DocumentFormat::Yaml, QStringLiteral("f.yaml"));
    QVERIFY(!spec.ok());
    QVERIFY(spec.error().message.contains(QStringLiteral("lambda")));
    QCOMPARE(spec.error().source, QStringLiteral("f.yaml"));
}

void TestFunctionSpec::functionRefs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::newRow("name") << "describe"
                          << ""
                          << "describe"
                          << "latest";
    QTest::newRow("tag") << "demo/describe:v2"
                         << "demo"
                         << "describe"
                         << "v2";
    QTest::newRow("hash") << "demo/describe@1a2b3c4"
                          << "demo"
                          << "describe"
                          << "1a2b3c4";
    QTest::newRow("db uri") << "db://demo/describe"
                            << "demo"
                            << "describe"
                            << "latest";
    QTest::newRow("both") << "a/b:t@h"
                          << ""
                          << ""
                          << "";
    QTest::newRow("empty name") << "demo/"
                                << ""
                                << ""
                                << "";
}

void TestFunctionSpec::functionRefs()
{
    QFETCH(QString, text);
    QFETCH(QString, project);
    QFETCH(QString, name);
    QFETCH(QString, version);
    const auto ref = FunctionRef::parse(text);
    if (name.isEmpty()) {
        QVERIFY(!ref);
        return;
    }
    QVERIFY(ref);
    QCOMPARE(ref->project, project);
    QCOMPARE(ref->name, name);
    QCOMPARE(ref->version(), version);
}

void TestFunctionSpec::projectEntries()
{
    auto root = DocumentReader::read("kind: project\nmetadata: {name: p}\nspec:\n  functions:\n"
                                     "  - {url: 'hub://describe', name: describe}\n"
                                     "  - name: t:v1\n    spec: {kind: job, metadata: {name: t}}\n",
                                     DocumentFormat::Yaml, QStringLiteral("p.yaml"));
    QVERIFY(root.ok());
    auto doc = ProjectDocument::fromNode(*root, QStringLiteral("p.yaml"));
    QVERIFY(doc.ok());
    const auto entries = doc->functions();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), std::size_t(2));
    QCOMPARE(entries->at(0).url, QStringLiteral("hub://describe"));
    QVERIFY(!entries->at(0).function);
    QCOMPARE(entries->at(1).name, QStringLiteral("t"));
    QCOMPARE(entries->at(1).tag, QStringLiteral("v1"));
    QVERIFY(entries->at(1).function);
    QCOMPARE(doc->withoutStoredFunctions().at("spec.functions")->items().size(), std::size_t(1));

    auto bad = DocumentReader::read("kind: project\nmetadata: {name: p}\nspec:\n  functions:\n"
                                    "  - name: t\n    spec: {kind: warp}\n",
                                    DocumentFormat::Yaml, QStringLiteral("p.yaml"));
    const auto badEntries = ProjectDocument::fromNode(*bad, QStringLiteral("p.yaml"))->functions();
    QVERIFY(!badEntries.ok());
    QVERIFY(badEntries.error().message.contains(QStringLiteral("spec.functions[0]")));
}

QTEST_GUILESS_MAIN(TestFunctionSpec)
#include "tst_functionspec.moc"

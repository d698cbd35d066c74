// SPDX-License-Identifier: Apache-2.0
#include "hub/hubcatalog.h"
#include "hub/hubsource.h"
#include "hub/huburi.h"
#include "spec/functionspec.h"
#include "spec/functionvalidator.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Runbench::Models;

namespace {

QString hubSample()
{
    return TestData::sharedDir() + QStringLiteral("/hub-sample");
}

QString bundledHub()
{
    return TestData::sourceDir() + QStringLiteral("/resources/hub");
}

HubCatalog parseOk(const QByteArray &bytes)
{
    Result<HubCatalog> catalog =
        HubCatalog::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                          QStringLiteral("test.json"));
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().toString()));
    return *catalog;
}

Result<HubCatalog> parse(const QByteArray &bytes)
{
    return HubCatalog::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                             QStringLiteral("test.json"));
}

HubCatalog sampleCatalog()
{
    Result<HubCatalog> catalog =
        HubSource(QStringLiteral("sample"), HubSource::Kind::Folder, hubSample()).readCatalog();
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().toString()));
    return *catalog;
}

QStringList names(const QList<const HubItem *> &items)
{
    QSet<QString> set;
    for (const HubItem *item : items)
        set.insert(item->name);
    QStringList sorted(set.begin(), set.end());
    sorted.sort();
    return sorted;
}

} // namespace

// Checks the hub model against the real hub sample and the bundled hub.
class TestHubCatalog : public QObject
{
    Q_OBJECT

private slots:
    void parsesSampleCatalog();
    void parsesOlderSnapshot();
    void normalisesRequirements();
    void searchFilters();
    void versionsNewestFirst();
    void skipsHiddenAndBadItems();
    void rejectsMalformedCatalogs();
    void readsEveryFunctionOfTheSample();
    void reportsMissingAssets();
    void refusesPathsOutsideTheHub();
    void computesHttpUrls();
    void parsesHubUris();
    void resolvesHubUris();
    void bundledHubIsConsistent();
    void largeCatalogIsFast();
};

void TestHubCatalog::parsesSampleCatalog()
{
    const HubCatalog catalog = sampleCatalog();
    QVERIFY(catalog.warnings().isEmpty());
    QCOMPARE(catalog.names(),
             QStringList({QStringLiteral("aggregate"), QStringLiteral("azureml-utils"),
                          QStringLiteral("model-server"), QStringLiteral("pii-recognizer"),
                          QStringLiteral("question-answering"), QStringLiteral("transcribe"),
                          QStringLiteral("v2-model-server"),
                          QStringLiteral("validate-great-expectations")}));
    QVERIFY(!catalog.find(QStringLiteral("sklearn-classifier")));
    int latest = 0;
    for (const HubItem &item : catalog.items())
        latest += item.tag == HubItem::kLatest;
    QCOMPARE(latest, 8);
    QCOMPARE(int(catalog.items().size()), 8 + 37);

    const HubItem *server = catalog.find(QStringLiteral("model_server"));
    QVERIFY(server);
    QCOMPARE(server->dir, QStringLiteral("model_server"));
    QCOMPARE(server->kind, QStringLiteral("nuclio:serving"));
    QCOMPARE(server->functionKind, QStringLiteral("remote"));
    QCOMPARE(server->version, QStringLiteral("1.1.0"));
    QCOMPARE(server->spec.handler, QStringLiteral("handler"));
    QCOMPARE(server->labels.value(QStringLiteral("framework")), QStringLiteral("sklearn"));
    QCOMPARE(server->assets.value(QStringLiteral("function")), QStringLiteral("src/function.yaml"));

    const HubItem *v2 = catalog.find(QStringLiteral("v2-model-server"));
    QVERIFY(v2);
    QCOMPARE(v2->functionKind, QStringLiteral("serving"));
    QVERIFY(catalog.kinds().contains(QStringLiteral("job")));
}

void TestHubCatalog::parsesOlderSnapshot()
{
    Result<HubCatalog> catalog = HubSource(QStringLiteral("old"), HubSource::Kind::GitCheckout,
                                           hubSample() + QStringLiteral("/older-snapshot-2024-09"))
                                     .readCatalog();
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().toString()));
    QCOMPARE(catalog->names(),
             QStringList({QStringLiteral("load-dask"), QStringLiteral("stream-to-parquet")}));
    const HubItem *stream = catalog->find(QStringLiteral("stream-to-parquet"));
    QVERIFY(stream);
    QCOMPARE(stream->kind, QStringLiteral("nuclio"));
    QCOMPARE(stream->functionKind, QStringLiteral("remote"));
    QCOMPARE(catalog->find(QStringLiteral("load_dask"))->functionKind, QStringLiteral("dask"));
}

void TestHubCatalog::normalisesRequirements()
{
    const HubCatalog catalog = sampleCatalog();
    const HubItem *old =
        catalog.find(QStringLiteral("question-answering"), QStringLiteral("0.1.0"));
    QVERIFY(old);
    QCOMPARE(old->spec.requirements,
             QStringList({QStringLiteral("transformers"), QStringLiteral("torch"),
                          QStringLiteral("tqdm")}));
    const HubCatalog synthetic = parseOk(
        R"({"a": {"1.0.0": {"name": "a", "version": "1.0.0", "spec": {"requirements": null}}},
            "b": {"1.0.0": {"name": "b", "version": "1.0.0", "spec": {"requirements": "x==1, y  z"}}},
            "c": {"1.0.0": {"name": "c", "version": "1.0.0", "spec": {"requirements": ["p", "q>=2"]}}}})");
    QVERIFY(
        synthetic.find(QStringLiteral("a"), QStringLiteral("1.0.0"))->spec.requirements.isEmpty());
    QCOMPARE(synthetic.find(QStringLiteral("b"), QStringLiteral("1.0.0"))->spec.requirements,
             QStringList({QStringLiteral("x==1"), QStringLiteral("y"), QStringLiteral("z")}));
    QCOMPARE(synthetic.find(QStringLiteral("c"), QStringLiteral("1.0.0"))->spec.requirements,
             QStringList({QStringLiteral("p"), QStringLiteral("q>=2")}));
}

void TestHubCatalog::searchFilters()
{
    const HubCatalog catalog = sampleCatalog();
    QCOMPARE(names(catalog.search(QStringLiteral("SERVER"))),
             QStringList({QStringLiteral("model-server"), QStringLiteral("v2-model-server")}));
    QCOMPARE(names(catalog.search(QStringLiteral("great expectations"))),
             QStringList({QStringLiteral("validate-great-expectations")}));
    const QList<const HubItem *> preparation =
        catalog.search({}, QStringLiteral("Data-Preparation"));
    QVERIFY(names(preparation).contains(QStringLiteral("aggregate")));
    for (const HubItem *item : preparation)
        QVERIFY(item->categories.contains(QStringLiteral("data-preparation")));
    QCOMPARE(names(catalog.search({}, {}, QStringLiteral("remote"))),
             QStringList({QStringLiteral("model-server")}));
    QCOMPARE(names(catalog.search({}, {}, QStringLiteral("nuclio:serving"))),
             QStringList({QStringLiteral("model-server")}));
    const QList<const HubItem *> serving =
        catalog.search(QStringLiteral("model-serving"), {}, QStringLiteral("serving"));
    QVERIFY(names(serving).contains(QStringLiteral("v2-model-server")));
    for (const HubItem *item : serving)
        QCOMPARE(item->functionKind, QStringLiteral("serving"));
    QVERIFY(catalog.search(QStringLiteral("no such thing")).isEmpty());
    QCOMPARE(catalog.search({}).size(), qsizetype(catalog.items().size()));
}

void TestHubCatalog::versionsNewestFirst()
{
    const HubCatalog catalog = sampleCatalog();
    QCOMPARE(catalog.versions(QStringLiteral("aggregate")),
             QStringList({QStringLiteral("latest"), QStringLiteral("1.3.0"),
                          QStringLiteral("1.2.0"), QStringLiteral("1.1.0"), QStringLiteral("0.9.0"),
                          QStringLiteral("0.8.0"), QStringLiteral("0.0.1")}));
    QCOMPARE(catalog.versions(QStringLiteral("no-such")), QStringList());
    QVERIFY(HubItem::versionGreater(QStringLiteral("1.10.0"), QStringLiteral("1.9.0")));
    QVERIFY(HubItem::versionGreater(QStringLiteral("1.5.0"), QStringLiteral("1.5.0-rc13")));
    QVERIFY(HubItem::versionGreater(QStringLiteral("1.5.0-rc13"), QStringLiteral("1.5.0-rc2")));
}

void TestHubCatalog::skipsHiddenAndBadItems()
{
    const HubCatalog catalog = parseOk(
        R"({"hid": {"latest": {"name": "hid", "version": "1.0.0", "hidden": true}},
            "ok_one": {"latest": {"name": "ok_one", "version": "2.0.0", "extra": {"x": 1}},
                       "2.0.0": {"name": "ok_one", "version": "2.0.0"},
                       "1.0.0": {"name": "ok_one", "version": "1.0.0", "hidden": true},
                       "0.5.0": {"name": "ok_one", "spec": "oops"}},
            "bad": [1, 2],
            "bad_cat": {"latest": {"name": "bad_cat", "categories": "x"}}})");
    QCOMPARE(catalog.names(), QStringList({QStringLiteral("ok-one")}));
    QCOMPARE(catalog.versions(QStringLiteral("ok_one")),
             QStringList({QStringLiteral("latest"), QStringLiteral("2.0.0")}));
    QCOMPARE(catalog.warnings().size(), 3);
    for (const QString &warning : catalog.warnings())
        QVERIFY2(warning.contains(QStringLiteral("test.json")), qPrintable(warning));
    // Items come in folder name order: bad, bad_cat, ok_one.
    QVERIFY(catalog.warnings().at(0).contains(QStringLiteral("item bad ")));
    QVERIFY(catalog.warnings().at(1).contains(QStringLiteral("bad_cat")));
    QVERIFY(catalog.warnings().at(2).contains(QStringLiteral("0.5.0")));
}

void TestHubCatalog::rejectsMalformedCatalogs()
{
    QFile file(hubSample() + QStringLiteral("/functions/master/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &bad :
         {bytes.left(bytes.size() / 2), QByteArray("{\"a\": "), QByteArray("<<<<<<< HEAD"),
          QByteArray("[1, 2]"), QByteArray("")}) {
        Result<HubCatalog> catalog = parse(bad);
        QVERIFY(!catalog);
        QVERIFY2(catalog.error().toString().contains(QStringLiteral("test.json")),
                 qPrintable(catalog.error().toString()));
    }
}

void TestHubCatalog::readsEveryFunctionOfTheSample()
{
    for (const QString &root :
         {hubSample(), hubSample() + QStringLiteral("/older-snapshot-2024-09")}) {
        const HubSource source(QStringLiteral("sample"), HubSource::Kind::Folder, root);
        Result<HubCatalog> catalog = source.readCatalog();
        QVERIFY(catalog);
        for (const HubItem &item : catalog->items()) {
            Result<QByteArray> bytes = source.readAsset(item, QStringLiteral("function"));
            QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
            QCOMPARE(*bytes, *source.readFunctionYaml(item));
            Result<FunctionSpec> function = FunctionSpec::parse(
                std::string_view(bytes->constData(), std::size_t(bytes->size())),
                DocumentFormat::Yaml, item.dir);
            QVERIFY2(function, qPrintable(function ? QString() : function.error().toString()));
            QCOMPARE(function->kind(), item.functionKind);
            QCOMPARE(HubItem::dirName(function->name()), item.dir);
            QVERIFY(source.readItemFile(item.dir, item.tag, QStringLiteral("item.yaml")));
        }
    }
}

void TestHubCatalog::reportsMissingAssets()
{
    const HubSource source(QStringLiteral("sample"), HubSource::Kind::Folder, hubSample());
    const HubCatalog catalog = sampleCatalog();
    const HubItem *item = catalog.find(QStringLiteral("aggregate"));
    QVERIFY(item);
    for (const QString &asset : {QStringLiteral("example"), QStringLiteral("docs")}) {
        Result<QByteArray> missing = source.readAsset(*item, asset);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("aggregate")) &&
                     missing.error().message.contains(QStringLiteral("sample")),
                 qPrintable(missing.error().message));
    }
    QVERIFY(!source.readAsset(*item, QStringLiteral("no-such-asset")));
    QVERIFY(!HubSource::defaultSource().readCatalog());
}

void TestHubCatalog::refusesPathsOutsideTheHub()
{
    const HubSource source(QStringLiteral("sample"), HubSource::Kind::Folder,
                           hubSample() + QStringLiteral("/older-snapshot-2024-09"));
    HubItem item = *source.readCatalog()->find(QStringLiteral("load-dask"));
    for (const QString &path :
         {QStringLiteral("../../../../catalog.json"), QStringLiteral("src/../../../tags.json"),
          QStringLiteral("/etc/passwd"), QStringLiteral("..\\..\\x"), QStringLiteral("C:/x")}) {
        item.assets[QStringLiteral("evil")] = path;
        Result<QByteArray> read = source.readAsset(item, QStringLiteral("evil"));
        QVERIFY2(!read, qPrintable(path));
        QVERIFY2(read.error().message.contains(QStringLiteral("refuses")),
                 qPrintable(read.error().message));
        QVERIFY(!source.readItemFile(item.dir, item.tag, path));
    }
    QVERIFY(!source.readItemFile(QStringLiteral(".."), QStringLiteral("latest"),
                                 QStringLiteral("catalog.json")));
    QVERIFY(!source.readItemFile(item.dir, QStringLiteral("../.."), QStringLiteral("tags.json")));
}

void TestHubCatalog::computesHttpUrls()
{
    const HubSource hub = HubSource::defaultSource();
    QCOMPARE(hub.name(), QStringLiteral("default"));
    QCOMPARE(hub.catalogUrl(),
             QStringLiteral("https://mlrun.github.io/marketplace/functions/master/catalog.json"));
    QCOMPARE(hub.itemFileUrl(QStringLiteral("describe"), QStringLiteral("1.2.0"),
                             QStringLiteral("function.yaml")),
             QStringLiteral("https://mlrun.github.io/marketplace/functions/master/describe/1.2.0/"
                            "src/function.yaml"));
    const HubSource dev(QStringLiteral("dev"), HubSource::Kind::Http,
                        QStringLiteral("https://example.org/hub/"), QStringLiteral("development"));
    QCOMPARE(dev.catalogUrl(),
             QStringLiteral("https://example.org/hub/functions/development/catalog.json"));
}

void TestHubCatalog::parsesHubUris()
{
    Result<HubUri> plain = HubUri::parse(QStringLiteral("hub://Describe_Data"));
    QVERIFY(plain);
    QCOMPARE(plain->name(), QStringLiteral("describe-data"));
    QCOMPARE(plain->dirName(), QStringLiteral("describe_data"));
    QCOMPARE(plain->tag(), QStringLiteral("latest"));
    QVERIFY(plain->source().isEmpty());

    Result<HubUri> full = HubUri::parse(QStringLiteral("hub://mine/aggregate:1.2.0"));
    QVERIFY(full);
    QCOMPARE(full->source(), QStringLiteral("mine"));
    QCOMPARE(full->name(), QStringLiteral("aggregate"));
    QCOMPARE(full->tag(), QStringLiteral("1.2.0"));
    QCOMPARE(full->toString(), QStringLiteral("hub://mine/aggregate:1.2.0"));

    for (const QString &bad :
         {QStringLiteral("describe"), QStringLiteral("hub://"), QStringLiteral("hub://a/b/c"),
          QStringLiteral("hub://a:1:2"), QStringLiteral("hub://a:")}) {
        Result<HubUri> uri = HubUri::parse(bad);
        QVERIFY2(!uri, qPrintable(bad));
        QVERIFY(uri.error().message.contains(bad));
    }
}

void TestHubCatalog::resolvesHubUris()
{
    const HubSource bundled(QStringLiteral("bundled"), HubSource::Kind::Folder, bundledHub());
    const HubSource sample(QStringLiteral("sample"), HubSource::Kind::Folder, hubSample());
    const std::vector<LoadedHubSource> sources{{bundled, *bundled.readCatalog()},
                                               {sample, *sample.readCatalog()}};

    Result<HubResolution> hello =
        HubUri::parse(QStringLiteral("hub://hello_world"))->resolve(sources);
    QVERIFY(hello);
    QCOMPARE(hello->source.name(), QStringLiteral("bundled"));
    QCOMPARE(hello->functionUrl,
             bundledHub() +
                 QStringLiteral("/functions/master/hello_world/latest/src/function.yaml"));
    QVERIFY(FunctionSpec::load(hello->functionUrl));

    Result<HubResolution> aggregate =
        HubUri::parse(QStringLiteral("hub://aggregate:1.2.0"))->resolve(sources);
    QVERIFY(aggregate);
    QCOMPARE(aggregate->source.name(), QStringLiteral("sample"));
    QCOMPARE(aggregate->item.version, QStringLiteral("1.2.0"));

    Result<HubResolution> named =
        HubUri::parse(QStringLiteral("hub://sample/pii-recognizer"))->resolve(sources);
    QVERIFY(named);
    QCOMPARE(named->item.dir, QStringLiteral("pii_recognizer"));

    for (const QString &missing :
         {QStringLiteral("hub://aggregate:9.9.9"), QStringLiteral("hub://bundled/aggregate"),
          QStringLiteral("hub://nowhere/aggregate")}) {
        Result<HubResolution> failed = HubUri::parse(missing)->resolve(sources);
        QVERIFY2(!failed, qPrintable(missing));
        QVERIFY(failed.error().message.contains(QStringLiteral("aggregate")));
    }
}

void TestHubCatalog::bundledHubIsConsistent()
{
    const HubSource source(QStringLiteral("bundled"), HubSource::Kind::Folder, bundledHub());
    Result<HubCatalog> catalog = source.readCatalog();
    QVERIFY(catalog);
    QVERIFY(catalog->warnings().isEmpty());
    QVERIFY(catalog->names().size() >= 6);

    QFile tagsFile(bundledHub() + QStringLiteral("/functions/master/tags.json"));
    QVERIFY(tagsFile.open(QIODevice::ReadOnly));
    const QByteArray tagsBytes = tagsFile.readAll();
    Result<Node> tags =
        DocumentReader::read(std::string_view(tagsBytes.constData(), std::size_t(tagsBytes.size())),
                             DocumentFormat::Json, tagsFile.fileName());
    QVERIFY(tags);
    QStringList tagCategories;
    for (const Node &category : tags->get("categories")->items())
        tagCategories << QString::fromStdString(category.text());
    tagCategories.sort();
    QCOMPARE(tagCategories, catalog->categories());
    QStringList tagKinds;
    for (const Node &kind : tags->get("kind")->items())
        tagKinds << QString::fromStdString(kind.text());
    tagKinds.sort();
    QCOMPARE(tagKinds, catalog->kinds());
    QVERIFY(tagKinds.contains(QStringLiteral("job")) && tagKinds.contains(QStringLiteral("local")));

    bool hasShell = false;
    for (const HubItem &item : catalog->items()) {
        const QString where = item.dir + QLatin1Char('/') + item.tag;
        // catalog <-> item.yaml
        Result<QByteArray> itemYaml =
            source.readItemFile(item.dir, item.tag, QStringLiteral("item.yaml"));
        QVERIFY2(itemYaml, qPrintable(where));
        Result<Node> itemNode = DocumentReader::read(
            std::string_view(itemYaml->constData(), std::size_t(itemYaml->size())),
            DocumentFormat::Yaml, where);
        QVERIFY(itemNode);
        Result<HubItem> fromYaml = HubItem::fromEntry(*itemNode, item.dir, item.tag, where);
        QVERIFY(fromYaml);
        QCOMPARE(fromYaml->name, item.name);
        QCOMPARE(fromYaml->version, item.version);
        QCOMPARE(fromYaml->description, item.description);
        QCOMPARE(fromYaml->categories, item.categories);
        QCOMPARE(fromYaml->kind, item.kind);
        QCOMPARE(fromYaml->spec.filename, item.spec.filename);
        QCOMPARE(fromYaml->spec.handler, item.spec.handler);
        if (item.tag != HubItem::kLatest)
            QCOMPARE(item.version, item.tag);
        QVERIFY(source.readItemFile(item.dir, item.tag, QStringLiteral("README.md")));

        // catalog <-> function.yaml
        Result<QByteArray> yaml = source.readAsset(item, QStringLiteral("function"));
        QVERIFY2(yaml, qPrintable(where));
        Result<FunctionSpec> function =
            FunctionSpec::parse(std::string_view(yaml->constData(), std::size_t(yaml->size())),
                                DocumentFormat::Yaml, where);
        QVERIFY2(function, qPrintable(function ? QString() : function.error().toString()));
        const std::vector<ValidationProblem> problems =
            FunctionValidator::validate(function->root());
        QVERIFY2(problems.empty(),
                 qPrintable(problems.empty() ? QString() : where + problems.front().message));
        QVERIFY(function->hash());
        QCOMPARE(function->kind(), item.functionKind);
        QCOMPARE(function->name(), item.name);
        QCOMPARE(function->description(), item.description);
        QCOMPARE(function->list(FunctionSpec::ListField::Categories), item.categories);
        QCOMPARE(function->text(FunctionSpec::TextField::DefaultHandler), item.spec.handler);
        QCOMPARE(function->text(FunctionSpec::TextField::Image), item.spec.image);
        QVERIFY(function->root().get("verbose"));

        // embedded code <-> the source file
        Result<QByteArray> code = source.readAsset(item, QStringLiteral("source"));
        QVERIFY2(code, qPrintable(where));
        if (function->hasEmbeddedCode()) {
            QCOMPARE(*function->sourceCode(), QString::fromUtf8(*code));
            QVERIFY(function->handlers().contains(item.spec.handler));
            QVERIFY(code->contains("def " + item.spec.handler.toUtf8() + "(context"));
        } else {
            hasShell = true;
            QCOMPARE(item.kind, QStringLiteral("local"));
            QCOMPARE(function->text(FunctionSpec::TextField::Command),
                     QString::fromUtf8(code->trimmed()));
        }
        // latest is a copy of the newest version
        if (item.tag == HubItem::kLatest) {
            const QString newest = catalog->versions(item.name).value(1);
            QCOMPARE(newest, item.version);
            QCOMPARE(*yaml, *source.readFunctionYaml(*catalog->find(item.name, newest)));
        }
    }
    QVERIFY(hasShell);
    QVERIFY(
        !catalog->search(QStringLiteral("regression"), QStringLiteral("model-training")).isEmpty());
}

void TestHubCatalog::largeCatalogIsFast()
{
    QByteArray json("{");
    for (int item = 0; item < 100; ++item) {
        for (int version = 0; version < 10; ++version) {
            json += version == 0 ? QByteArray(item == 0 ? "" : ",") + "\"item_" +
                                       QByteArray::number(item) + "\": {"
                                 : QByteArray(",");
            json += "\"1." + QByteArray::number(version) + ".0\": {\"name\": \"item-" +
                    QByteArray::number(item) + "\", \"version\": \"1." +
                    QByteArray::number(version) + ".0\", \"description\": \"Function number " +
                    QByteArray::number(item) + " does something useful\", \"categories\": [\"cat-" +
                    QByteArray::number(item % 7) +
                    "\"], \"spec\": {\"kind\": \"job\", \"requirements\": []}}";
        }
        json += "}";
    }
    json += "}";

    QElapsedTimer timer;
    timer.start();
    const HubCatalog catalog = parseOk(json);
    qInfo("parsed %d versions in %lld ms", int(catalog.items().size()), timer.elapsed());
    QCOMPARE(int(catalog.items().size()), 1000);

    timer.restart();
    const QList<const HubItem *> found =
        catalog.search(QStringLiteral("NUMBER 4"), QStringLiteral("cat-4"), QStringLiteral("job"));
    qInfo("searched %d versions in %lld us", int(catalog.items().size()),
          timer.nsecsElapsed() / 1000);
    QVERIFY(!found.isEmpty());
    QCOMPARE(catalog.versions(QStringLiteral("item-3")).first(), QStringLiteral("1.9.0"));
}

QTEST_GUILESS_MAIN(TestHubCatalog)
#include "tst_hubcatalog.moc"

// SPDX-License-Identifier: Apache-2.0
#include "httptestserver.h"
#include "hub/hublibrary.h"
#include "store/store.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every file below dir, relative to it, sorted.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(dir.size() + 1);
    files.sort();
    return files;
}

const LoadedHubSource *findLoaded(const HubLibrary::Catalogs &catalogs, const QString &name)
{
    for (const LoadedHubSource &loaded : catalogs.sources) {
        if (loaded.source.name() == name)
            return &loaded;
    }
    return nullptr;
}

// A hub with one good item whose catalog entry lists assets that climb out of its folder and
// whose item.yaml is a list instead of a mapping.
bool writeHostileHub(const QString &root)
{
    const QString base = root + QStringLiteral("/functions/master/");
    const QByteArray catalog =
        R"({"evil": {"latest": {"name": "evil", "version": "1.0.0", "description": "Hostile",)"
        R"( "categories": ["utils"], "spec": {"kind": "job", "handler": "run"}, "assets":)"
        R"( {"function": "src/function.yaml", "source": "../../../../escaped.py",)"
        R"( "docs": "/etc/hostname", "example": "src/missing.ipynb"}}}})";
    const QByteArray function = "kind: job\nmetadata:\n  name: evil\nspec:\n  command: ''\n"
                                "  default_handler: run\n  image: mlrun/mlrun";
    return writeFile(base + QStringLiteral("catalog.json"), catalog) &&
           writeFile(base + QStringLiteral("evil/latest/src/function.yaml"), function) &&
           writeFile(base + QStringLiteral("evil/latest/src/item.yaml"), "- just\n- a list\n") &&
           writeFile(root + QStringLiteral("/escaped.py"), "print('outside')\n");
}

} // namespace

// Hub sources on the web (served from 127.0.0.1), in a folder and in a git checkout, the
// offline cache in the store, and every fault a hub server can throw at Runbench.
class TestHubRemote : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesTheSampleOverHttp();
    void refreshOfAnUnchangedCatalogIs304();
    void worksOfflineFromTheCache();
    void servesTheBundledHubOverTls();
    void faultsKeepTheLastGoodCatalog_data();
    void faultsKeepTheLastGoodCatalog();
    void damagedCatalogsAreRefused_data();
    void damagedCatalogsAreRefused();
    void neverFetchedSourceIsAWarning();
    void itemFilesAndMissingAssets();
    void refusesAssetPathsOutsideTheItem_data();
    void refusesAssetPathsOutsideTheItem();
    void readsFolderAndGitCheckout();
    void channelsAreSelectable();
    void cancelStopsDownloads();
    void cancelByCallback();
    void newCatalogDropsStaleLatestFiles();
    void sourcesKeepNoSecretsAndLeaveNoCache();

private:
    HubLibrary library() const;
    // Adds "web" for the server and refreshes it; the test fails when that does not work.
    void addWeb(HubLibrary &hub, const HttpTestServer &server, const QString &channel = {});
    // hub-sample served over HTTP from a copy the test may change.
    std::unique_ptr<HttpTestServer> serveCopy(const QString &tree);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home; // the store and the cache live here, nothing else may write here
    QString m_served;
    std::unique_ptr<Store> m_store;
};

void TestHubRemote::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(QStringLiteral("home"));
    m_served = m_dir->filePath(QStringLiteral("served"));
    QVERIFY(QDir().mkpath(m_home));
    auto store = Store::open(m_home + QStringLiteral("/r.db"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
}

void TestHubRemote::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

HubLibrary TestHubRemote::library() const
{
    HubLibrary hub(*m_store, m_home + QStringLiteral("/cache"));
    HttpRequest defaults = hub.httpDefaults();
    defaults.connectTimeoutMs = 2000;
    defaults.stallTimeoutMs = 1000;
    hub.setHttpDefaults(defaults);
    return hub;
}

void TestHubRemote::addWeb(HubLibrary &hub, const HttpTestServer &server, const QString &channel)
{
    const Status added = hub.addSource(QStringLiteral("web"), server.url(QString()), channel);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    const auto refreshed = hub.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->size(), std::size_t(1));
    QVERIFY2(refreshed->front().outcome == HubRefreshResult::Outcome::Updated,
             qPrintable(refreshed->front().message));
}

std::unique_ptr<HttpTestServer> TestHubRemote::serveCopy(const QString &tree)
{
    if (!copyTree(tree, m_served))
        return nullptr;
    auto server = std::make_unique<HttpTestServer>(m_served);
    if (!server->start())
        return nullptr;
    return server;
}

void TestHubRemote::servesTheSampleOverHttp()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(hub.userSources()->front().kind(), HubSource::Kind::Http);

    const auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    QVERIFY2(catalogs->warnings.isEmpty(), qPrintable(catalogs->warnings.join(u'\n')));
    const LoadedHubSource *web = findLoaded(*catalogs, QStringLiteral("web"));
    QVERIFY(web);
    QVERIFY(catalogs->cachedAt.value(QStringLiteral("web")).isValid());
    const auto local =
        HubSource(QStringLiteral("local"), HubSource::Kind::Folder, hubSample()).readCatalog();
    QVERIFY(local);
    QCOMPARE(web->catalog.items().size(), local->items().size());
    QCOMPARE(web->catalog.names(), local->names());
    QCOMPARE(hub.tags(web->source)->kinds.size(), 3);

    // The older snapshot (dask and nuclio kinds) is a second hub root on the same server.
    QVERIFY(hub.addSource(QStringLiteral("older"),
                          server.url(QStringLiteral("/older-snapshot-2024-09"))));
    const auto older = hub.refresh(QStringLiteral("older"));
    QVERIFY(older);
    QCOMPARE(older->front().outcome, HubRefreshResult::Outcome::Updated);

    // Every version of every sample function imports; importing again changes nothing.
    const auto ensure = [this](const QString &project) -> Status {
        if (auto existing = m_store->project(project); existing && *existing)
            return {};
        ProjectRecord record;
        record.name = project;
        const auto created = m_store->createProject(record);
        return created ? Status() : Status(created.error());
    };
    const auto all = hub.catalogs();
    QVERIFY(all);
    int versions = 0;
    for (int round = 0; round < 2; ++round) {
        for (const LoadedHubSource &loaded : all->sources) {
            if (loaded.source.name() == QLatin1String("bundled"))
                continue;
            for (const HubItem &item : loaded.catalog.items()) {
                const QString ref =
                    QStringLiteral("hub://%1/%2:%3").arg(loaded.source.name(), item.name, item.tag);
                const auto resolved = hub.resolve(ref);
                QVERIFY2(resolved, qPrintable(ref));
                const auto imported = hub.import(*resolved, QStringLiteral("hubtest"), ensure);
                QVERIFY2(imported, qPrintable(ref + u' ' +
                                              (imported ? QString() : imported.error().message)));
                if (round == 1)
                    QVERIFY2(!imported->saved.created, qPrintable(ref));
                // Versions with identical content are one stored version, from the first import.
                QVERIFY(imported->saved.version.origin.startsWith(
                    QStringLiteral("hub://%1/%2:").arg(loaded.source.name(), item.name)));
                versions += round == 0;
            }
        }
    }
    QVERIFY2(versions > int(web->catalog.items().size()), qPrintable(QString::number(versions)));
    FunctionQuery query;
    query.project = QStringLiteral("hubtest");
    query.allVersions = true;
    const auto stored = m_store->functions(query);
    QVERIFY(stored);
    QVERIFY(stored->size() > 10);
    QVERIFY(int(stored->size()) < versions); // latest and its version share one stored version
}

void TestHubRemote::refreshOfAnUnchangedCatalogIs304()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    const qint64 firstBytes = server.bytesSent();
    QVERIFY(firstBytes > 10000);
    server.resetBytesSent();
    const auto again = hub.refresh(QStringLiteral("web"));
    QVERIFY(again);
    QCOMPARE(again->front().outcome, HubRefreshResult::Outcome::Unchanged);
    QCOMPARE(again->front().bytesReceived, 0);
    QVERIFY2(server.bytesSent() < firstBytes / 10, qPrintable(QString::number(server.bytesSent())));
    QVERIFY(again->front().cachedAt.isValid());
}

void TestHubRemote::worksOfflineFromTheCache()
{
    auto server = std::make_unique<HttpTestServer>(hubSample());
    QVERIFY(server->start());
    HubLibrary hub = library();
    addWeb(hub, *server);
    if (QTest::currentTestFailed())
        return;
    const auto resolved = hub.resolve(QStringLiteral("hub://web/aggregate:1.1.0"));
    QVERIFY(resolved);
    const auto files = hub.fetchItemFiles(resolved->source, resolved->item);
    QVERIFY(files);
    server.reset(); // offline from here on

    const auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    QVERIFY(findLoaded(*catalogs, QStringLiteral("web")));
    const auto offline = hub.resolve(QStringLiteral("hub://web/aggregate:1.1.0"));
    QVERIFY(offline);
    QVERIFY(hub.function(*offline));
    const auto readme =
        hub.itemFile(offline->source, offline->item, QStringLiteral("src/README.md"));
    QVERIFY(readme);
    QCOMPARE(*readme, files->files.value(QStringLiteral("src/README.md")));

    const auto refreshed = hub.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->front().outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(refreshed->front().message.contains(
                 QStringLiteral("Offline — showing the catalog cached at ")),
             qPrintable(refreshed->front().message));
    QVERIFY(refreshed->front().message.contains(QStringLiteral("web")));
    QVERIFY(refreshed->front().message.contains(QStringLiteral("refused the connection")));

    // A file never downloaded cannot be had offline: the message names source and item.
    const auto other = hub.resolve(QStringLiteral("hub://web/transcribe"));
    QVERIFY(other);
    const auto missing = hub.function(*other);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("transcribe")));
    QVERIFY(missing.error().message.contains(QStringLiteral("hub source web")));
}

void TestHubRemote::servesTheBundledHubOverTls()
{
    const QString certificates = m_dir->filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(certificates));
    const TestCertificates tls = TestCertificates::create(certificates);
    if (!tls.ok())
        QSKIP(qPrintable(QStringLiteral("No test certificates, TLS case skipped: ") + tls.error));
    HttpTestServer server(bundledHub(), tls.serverCertificate, tls.serverKey);
    if (!server.start())
        QSKIP("This Qt cannot serve TLS, TLS case skipped.");
    QVERIFY(server.url(QString()).startsWith(QLatin1String("https://")));

    HubLibrary trusting = library();
    HttpRequest defaults = trusting.httpDefaults();
    defaults.caBundle = tls.caCertificate;
    trusting.setHttpDefaults(defaults);
    addWeb(trusting, server);
    if (QTest::currentTestFailed())
        return;
    const auto resolved = trusting.resolve(QStringLiteral("hub://web/linear-regression"));
    QVERIFY(resolved);
    QVERIFY(trusting.function(*resolved));
    // Every function of the bundled hub reads over HTTPS, with its files.
    const auto catalog = trusting.catalog(resolved->source);
    QVERIFY(catalog);
    QVERIFY(catalog->items().size() >= 12);
    for (const HubItem &item : catalog->items()) {
        const auto files = trusting.fetchItemFiles(resolved->source, item);
        QVERIFY2(files, qPrintable(item.dir));
        QVERIFY2(files->warnings.isEmpty(), qPrintable(files->warnings.join(u'\n')));
        QVERIFY(files->files.contains(item.assets.value(QStringLiteral("source"))));
    }

    // Without the test CA the certificate is refused; the cached catalog stays in use.
    HubLibrary untrusting = library();
    const auto refreshed = untrusting.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    const HubRefreshResult &result = refreshed->front();
    QCOMPARE(result.outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("TLS certificate")),
             qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("Offline — showing the catalog cached at")));
    QVERIFY(findLoaded(*untrusting.catalogs(), QStringLiteral("web")));
}

void TestHubRemote::faultsKeepTheLastGoodCatalog_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << QByteArray("500") << QStringLiteral("500 Internal Server Error");
    QTest::newRow("404") << QByteArray("404") << QStringLiteral("404 Not Found");
    QTest::newRow("stall") << QByteArray("stall") << QStringLiteral("stopped sending data");
    QTest::newRow("drop") << QByteArray("drop") << QStringLiteral("was dropped");
    QTest::newRow("redirect loop")
        << QByteArray("redirect-loop") << QStringLiteral("redirected more than");
    QTest::newRow("100 MB") << QByteArray("big") << QStringLiteral("the limit is 16 MB");
}

void TestHubRemote::faultsKeepTheLastGoodCatalog()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, expected);
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    const std::size_t items =
        findLoaded(*hub.catalogs(), QStringLiteral("web"))->catalog.items().size();
    const QStringList before = filesBelow(m_home);

    server.setFault(fault);
    const auto refreshed = hub.refresh();
    QVERIFY(refreshed);
    const HubRefreshResult &web = refreshed->front();
    QCOMPARE(web.source, QStringLiteral("web"));
    QCOMPARE(web.outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(web.message.contains(expected), qPrintable(web.message));
    QVERIFY(web.message.startsWith(QStringLiteral("Could not refresh the hub source web: ")));
    QVERIFY(web.message.contains(QStringLiteral("Offline — showing the catalog cached at")));
    QCOMPARE(refreshed->back().outcome, HubRefreshResult::Outcome::Local); // the bundled hub

    const auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    QCOMPARE(findLoaded(*catalogs, QStringLiteral("web"))->catalog.items().size(), items);
    QCOMPARE(filesBelow(m_home), before);

    // The same faults on an item file: a clear Error naming source and item.
    const auto resolved = hub.resolve(QStringLiteral("hub://web/aggregate"));
    QVERIFY(resolved);
    const auto function = hub.function(*resolved);
    QVERIFY(!function);
    QVERIFY2(function.error().message.contains(
                 QStringLiteral("of item aggregate version latest from the hub source web")),
             qPrintable(function.error().message));
    QVERIFY(function.error().message.contains(expected));
}

void TestHubRemote::damagedCatalogsAreRefused_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray(R"({"aggregate": {"latest": {"name": "aggr)")
                               << QStringLiteral("web");
    QTest::newRow("not JSON") << QByteArray("<html>Service moved</html>") << QStringLiteral("web");
    QTest::newRow("a list") << QByteArray("[1, 2, 3]")
                            << QStringLiteral("is not a JSON object of functions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("web");
}

void TestHubRemote::damagedCatalogsAreRefused()
{
    QFETCH(QByteArray, catalog);
    QFETCH(QString, expected);
    auto server = serveCopy(hubSample());
    QVERIFY(server);
    HubLibrary hub = library();
    addWeb(hub, *server);
    if (QTest::currentTestFailed())
        return;
    const std::size_t items =
        findLoaded(*hub.catalogs(), QStringLiteral("web"))->catalog.items().size();

    QVERIFY(writeFile(m_served + QStringLiteral("/functions/master/catalog.json"), catalog));
    const auto refreshed = hub.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    const HubRefreshResult &web = refreshed->front();
    QCOMPARE(web.outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(web.message.contains(expected), qPrintable(web.message));
    QVERIFY2(web.message.contains(QStringLiteral("catalog.json")), qPrintable(web.message));
    QVERIFY(web.message.contains(QStringLiteral("Offline — showing the catalog cached at")));
    QCOMPARE(findLoaded(*hub.catalogs(), QStringLiteral("web"))->catalog.items().size(), items);
}

void TestHubRemote::neverFetchedSourceIsAWarning()
{
    QVERIFY(writeFile(m_served + QStringLiteral("/functions/master/catalog.json"), "{\"x\": "));
    HttpTestServer server(m_served);
    QVERIFY(server.start());
    HubLibrary hub = library();
    QVERIFY(hub.addSource(QStringLiteral("web"), server.url(QString())));
    auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    QVERIFY(!findLoaded(*catalogs, QStringLiteral("web")));
    QVERIFY(findLoaded(*catalogs, QStringLiteral("bundled")));
    QCOMPARE(catalogs->warnings.size(), 1);
    QVERIFY2(catalogs->warnings.first().contains(
                 QStringLiteral("The hub source web has not been downloaded yet")),
             qPrintable(catalogs->warnings.first()));
    QCOMPARE(server.bytesSent(), 0); // reading catalogs never touches the network

    const auto refreshed = hub.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->front().outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(
        refreshed->front().message.contains(QStringLiteral("No copy of its catalog is cached")),
        qPrintable(refreshed->front().message));
    QVERIFY(!hub.refresh(QStringLiteral("nosuch")));
}

void TestHubRemote::itemFilesAndMissingAssets()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    const auto resolved = hub.resolve(QStringLiteral("hub://web/aggregate"));
    QVERIFY(resolved);
    QList<HubProgress> steps;
    const auto files = hub.fetchItemFiles(resolved->source, resolved->item, nullptr,
                                          [&steps](const HubProgress &p) { steps << p; });
    QVERIFY2(files, qPrintable(files ? QString() : files.error().message));
    QVERIFY(files->files.contains(QStringLiteral("src/function.yaml")));
    QVERIFY(files->files.contains(QStringLiteral("src/item.yaml")));
    // The sample leaves out the sources, notebooks and HTML the catalog lists.
    QVERIFY(!files->warnings.isEmpty());
    for (const QString &warning : files->warnings) {
        QVERIFY2(warning.contains(QStringLiteral("of item aggregate version latest from the hub "
                                                 "source web")),
                 qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("404")));
    }
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().source, QStringLiteral("web"));
    QVERIFY(steps.last().steps >= 4);
    QVERIFY(!hub.fetchAsset(resolved->source, resolved->item, QStringLiteral("nosuch")));
}

void TestHubRemote::refusesAssetPathsOutsideTheItem_data()
{
    QTest::addColumn<bool>("web");
    QTest::newRow("http") << true;
    QTest::newRow("folder") << false;
}

void TestHubRemote::refusesAssetPathsOutsideTheItem()
{
    QFETCH(bool, web);
    QVERIFY(writeHostileHub(m_served));
    HttpTestServer server(m_served);
    QVERIFY(server.start());
    HubLibrary hub = library();
    if (web) {
        addWeb(hub, server);
        if (QTest::currentTestFailed())
            return;
    } else {
        QVERIFY(hub.addSource(QStringLiteral("web"), m_served));
    }
    const auto resolved = hub.resolve(QStringLiteral("hub://web/evil"));
    QVERIFY(resolved);
    const QStringList before = filesBelow(m_home);

    for (const QString &asset : {QStringLiteral("source"), QStringLiteral("docs")}) {
        server.resetBytesSent();
        const auto bytes = hub.fetchAsset(resolved->source, resolved->item, asset);
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message.contains(QStringLiteral("The hub source web refuses")),
                 qPrintable(bytes.error().message));
        QVERIFY(bytes.error().message.contains(QStringLiteral("of item evil version latest")));
        QCOMPARE(server.bytesSent(), 0);
    }
    const auto files = hub.fetchItemFiles(resolved->source, resolved->item);
    QVERIFY(files);
    QCOMPARE(files->files.keys(),
             QStringList({QStringLiteral("src/function.yaml"), QStringLiteral("src/item.yaml")}));
    const QString warnings = files->warnings.join(u'\n');
    QCOMPARE(files->warnings.size(), 4);
    QVERIFY2(warnings.contains(QStringLiteral("../../../../escaped.py")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("/etc/hostname")));
    QVERIFY(warnings.contains(QStringLiteral("src/missing.ipynb")));
    QVERIFY(warnings.contains(QStringLiteral("The item.yaml of item evil version latest of the "
                                             "hub source web is not a YAML mapping")));
    QVERIFY(hub.function(*resolved));
    QCOMPARE(filesBelow(m_home), before);
}

void TestHubRemote::readsFolderAndGitCheckout()
{
    HubLibrary hub = library();
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QVERIFY(copyTree(hubSample(), folder));
    QVERIFY(hub.addSource(QStringLiteral("folder"), folder));
    QCOMPARE(hub.userSources()->back().kind(), HubSource::Kind::Folder);

    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed: the git checkout case is skipped.");
    const QString checkout = m_dir->filePath(QStringLiteral("checkout"));
    QVERIFY(copyTree(hubSample(), checkout));
    const auto run = [&](const QStringList &args) {
        QProcess process;
        process.setWorkingDirectory(checkout);
        process.start(git, QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                       QStringLiteral("-c"),
                                       QStringLiteral("user.email=test@example.invalid")} +
                               args);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(run({QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("hub")}));
    QVERIFY(hub.addSource(QStringLiteral("git"), checkout));
    QCOMPARE(hub.userSources()->back().kind(), HubSource::Kind::GitCheckout);

    const auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    const LoadedHubSource *fromFolder = findLoaded(*catalogs, QStringLiteral("folder"));
    const LoadedHubSource *fromGit = findLoaded(*catalogs, QStringLiteral("git"));
    QVERIFY(fromFolder && fromGit);
    QCOMPARE(fromGit->catalog.items().size(), fromFolder->catalog.items().size());
    const auto resolved = hub.resolve(QStringLiteral("hub://git/model-server"));
    QVERIFY(resolved);
    QCOMPARE(resolved->item.functionKind, QStringLiteral("remote"));
    QVERIFY(hub.function(*resolved));
    const auto refreshed = hub.refresh(QStringLiteral("git"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->front().outcome, HubRefreshResult::Outcome::Local);
}

void TestHubRemote::channelsAreSelectable()
{
    // development carries only linear_regression of the bundled hub.
    QVERIFY(copyTree(bundledHub() + QStringLiteral("/functions/master"),
                     m_served + QStringLiteral("/functions/development")));
    QFile master(bundledHub() + QStringLiteral("/functions/master/catalog.json"));
    QVERIFY(master.open(QIODevice::ReadOnly));
    const QByteArray all = master.readAll();
    const auto parsed =
        HubCatalog::parse(std::string_view(all.constData(), all.size()), QStringLiteral("bundled"));
    QVERIFY(parsed);
    QVERIFY(writeFile(m_served + QStringLiteral("/functions/development/catalog.json"),
                      R"({"linear_regression": {"latest": {"name": "linear-regression", )"
                      R"("version": "1.0.0", "spec": {"kind": "job"}}}})"));
    HttpTestServer server(m_served);
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server, QStringLiteral("development"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(hub.userSources()->front().channel(), QStringLiteral("development"));
    const auto catalogs = hub.catalogs();
    QVERIFY(catalogs);
    const LoadedHubSource *web = findLoaded(*catalogs, QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->catalog.names(), QStringList{QStringLiteral("linear-regression")});
    QVERIFY(parsed->names().size() > 1);
    QVERIFY(!hub.addSource(QStringLiteral("x"), server.url(QString()), QStringLiteral("../up")));
}

void TestHubRemote::cancelStopsDownloads()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;

    std::atomic_bool cancel = true;
    server.resetBytesSent();
    const auto none = hub.refresh({}, &cancel);
    QVERIFY(none);
    QVERIFY(none->empty());
    QCOMPARE(server.bytesSent(), 0);

    cancel = false;
    server.setFault("big");
    const auto stopped =
        hub.refresh(QStringLiteral("web"), &cancel, [&cancel](const HubProgress &p) {
            if (p.bytes > 0)
                cancel = true;
        });
    QVERIFY(stopped);
    QCOMPARE(stopped->front().outcome, HubRefreshResult::Outcome::Failed);
    QVERIFY2(stopped->front().message.contains(QStringLiteral("cancelled")),
             qPrintable(stopped->front().message));
    QVERIFY(stopped->front().message.contains(QStringLiteral("Offline — showing the catalog")));
}

void TestHubRemote::cancelByCallback()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    const auto resolved = hub.resolve(QStringLiteral("hub://web/transcribe"));
    QVERIFY(resolved);
    server.setFault("big");
    qint64 seen = 0;
    const auto stopped = hub.fetchItemFiles(
        resolved->source, resolved->item, [&seen] { return seen > 0; },
        [&seen](const HubProgress &p) { seen = std::max(seen, p.bytes); });
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(stopped.error().message));
    QVERIFY(stopped.error().message.contains(QStringLiteral("item transcribe version latest")));
    QVERIFY(seen < HttpTestServer::BigSize / 2);
}

void TestHubRemote::newCatalogDropsStaleLatestFiles()
{
    auto server = serveCopy(hubSample());
    QVERIFY(server);
    HubLibrary hub = library();
    addWeb(hub, *server);
    if (QTest::currentTestFailed())
        return;
    const auto latest = hub.resolve(QStringLiteral("hub://web/aggregate"));
    const auto pinned = hub.resolve(QStringLiteral("hub://web/aggregate:1.1.0"));
    QVERIFY(latest && pinned);
    const QString readme = QStringLiteral("src/README.md");
    QVERIFY(hub.itemFile(latest->source, latest->item, readme));
    QVERIFY(hub.itemFile(pinned->source, pinned->item, readme));

    // The hub publishes again: a new catalog and new files under latest/.
    const QString channel = m_served + QStringLiteral("/functions/master/");
    QFile catalog(channel + QStringLiteral("catalog.json"));
    QVERIFY(catalog.open(QIODevice::Append));
    catalog.write(" ");
    catalog.close();
    QVERIFY(writeFile(channel + QStringLiteral("aggregate/latest/src/README.md"), "# New\n"));
    const auto refreshed = hub.refresh(QStringLiteral("web"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->front().outcome, HubRefreshResult::Outcome::Updated);

    server->resetBytesSent();
    QVERIFY(hub.itemFile(pinned->source, pinned->item, readme));
    QCOMPARE(server->bytesSent(), 0); // numbered versions never change: still cached
    const auto fresh = hub.itemFile(latest->source, latest->item, readme);
    QVERIFY(fresh);
    QCOMPARE(*fresh, QByteArray("# New\n"));
}

void TestHubRemote::sourcesKeepNoSecretsAndLeaveNoCache()
{
    HttpTestServer server(hubSample());
    QVERIFY(server.start());
    HubLibrary hub = library();
    const Status secret = hub.addSource(
        QStringLiteral("secret"),
        server.url(QString()).replace(QStringLiteral("://"), QStringLiteral("://me:token@")));
    QVERIFY(!secret);
    QVERIFY2(secret.error().message.contains(QStringLiteral("user name or password")),
             qPrintable(secret.error().message));
    QVERIFY(!secret.error().message.contains(QStringLiteral("token")));
    QVERIFY(!hub.addSource(QStringLiteral("bad"), QStringLiteral("https://")));

    addWeb(hub, server);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(*m_store->hubCacheSize(QStringLiteral("web")) > 0);
    QVERIFY(hub.removeSource(QStringLiteral("web")));
    QCOMPARE(*m_store->hubCacheSize(QStringLiteral("web")), 0);
    QVERIFY(!hub.removeSource(QStringLiteral("web")));
}

QTEST_GUILESS_MAIN(TestHubRemote)
#include "tst_remote.moc"

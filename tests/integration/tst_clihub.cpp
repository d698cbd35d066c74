// SPDX-License-Identifier: Apache-2.0
#include "httptestserver.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The hub commands of the real runbench binary over the bundled hub, the hub sample as a
// local folder source and as a web source served from 127.0.0.1.
class TestCliHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bundledHubWorksOffline();
    void folderSourceImportsEverySampleFunction();
    void badSourcesAndReferences();
    void webSourceThroughTheCache();
    void gitCheckoutSource();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QJsonArray json(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliHub::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCliHub::Run TestCliHub::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    p.setProcessEnvironment(env);
    p.start(TestData::runbenchBinary(),
            QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("r.db"))} + args);
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QJsonArray TestCliHub::json(const QStringList &args)
{
    return QJsonDocument::fromJson(
               cli(args + QStringList{QStringLiteral("-o"), QStringLiteral("json")}).out.toUtf8())
        .array();
}

void TestCliHub::bundledHubWorksOffline()
{
    const QJsonArray items = json({QStringLiteral("hub"), QStringLiteral("list")});
    QVERIFY2(items.size() >= 6, "the bundled hub ships at least six functions");
    QStringList kinds;
    for (const auto &item : items)
        kinds << item[QStringLiteral("kind")].toString();
    QVERIFY(kinds.contains(QStringLiteral("job")));
    QVERIFY(kinds.contains(QStringLiteral("local")));
    QCOMPARE(json({QStringLiteral("hub"), QStringLiteral("search"), QStringLiteral("regression")})
                 .size(),
             1);
    QCOMPARE(json({QStringLiteral("hub"), QStringLiteral("list"), QStringLiteral("--kind"),
                   QStringLiteral("local")})
                 .size(),
             2);
    Run r = cli(
        {QStringLiteral("hub"), QStringLiteral("show"), QStringLiteral("hub://linear-regression")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("train")));
    r = cli({QStringLiteral("hub"), QStringLiteral("import"),
             QStringLiteral("hub://bundled/linear-regression:latest")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("imported default/linear-regression@")),
             qPrintable(r.out));
    r = cli({QStringLiteral("hub"), QStringLiteral("import"), QStringLiteral("linear-regression")});
    QVERIFY2(r.out.startsWith(QStringLiteral("unchanged")), qPrintable(r.out));
    const QJsonArray stored =
        json({QStringLiteral("function"), QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(stored.size(), 1);
}

void TestCliHub::folderSourceImportsEverySampleFunction()
{
    QCOMPARE(cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
                  QStringLiteral("sample"), TestData::sharedDir() + QStringLiteral("/hub-sample")})
                 .exitCode,
             0);
    QCOMPARE(json({QStringLiteral("hub"), QStringLiteral("sources")}).size(), 2);
    const QJsonArray sample = json({QStringLiteral("hub"), QStringLiteral("list")});
    int imported = 0;
    for (const auto &item : sample) {
        if (item[QStringLiteral("source")].toString() != QLatin1String("sample"))
            continue;
        const QString ref = QStringLiteral("hub://sample/%1:%2")
                                .arg(item[QStringLiteral("name")].toString(),
                                     item[QStringLiteral("version")].toString());
        const Run r = cli({QStringLiteral("hub"), QStringLiteral("import"), ref,
                           QStringLiteral("--project"), QStringLiteral("default")});
        QVERIFY2(r.exitCode == 0, qPrintable(ref + QStringLiteral(": ") + r.err));
        ++imported;
    }
    QCOMPARE(imported,
             8); // the sample's visible functions; hidden sklearn_classifier is not listed
    QCOMPARE(cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("remove"),
                  QStringLiteral("sample")})
                 .exitCode,
             0);
    QCOMPARE(json({QStringLiteral("hub"), QStringLiteral("sources")}).size(), 1);
}

void TestCliHub::badSourcesAndReferences()
{
    Run r = cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
                 QStringLiteral("x"), m_dir->filePath(QStringLiteral("missing"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("missing")));
    r = cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
             QStringLiteral("bundled"), m_dir->path()});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("frob")}).exitCode,
        2);
    r = cli({QStringLiteral("hub"), QStringLiteral("import"),
             QStringLiteral("hub://no-such-function")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no-such-function")));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCliHub::webSourceThroughTheCache()
{
    auto server =
        std::make_unique<HttpTestServer>(TestData::sharedDir() + QStringLiteral("/hub-sample"));
    QVERIFY(server->start());
    Run r = cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
                 QStringLiteral("web"), server->url(QString())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonArray sources = json({QStringLiteral("hub"), QStringLiteral("sources")});
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0][QStringLiteral("kind")].toString(), QStringLiteral("http"));
    QCOMPARE(sources[0][QStringLiteral("channel")].toString(), QStringLiteral("master"));
    QVERIFY(!sources[0][QStringLiteral("cached")].toString().isEmpty());

    QJsonArray items = json({QStringLiteral("hub"), QStringLiteral("list")});
    const auto fromWeb = [](const QJsonArray &rows) {
        int count = 0;
        for (const auto &row : rows)
            count += row[QStringLiteral("source")].toString() == QLatin1String("web");
        return count;
    };
    QCOMPARE(fromWeb(items), 8);
    QCOMPARE(fromWeb(json({QStringLiteral("hub"), QStringLiteral("search"),
                           QStringLiteral("great expectations")})),
             1);
    r = cli({QStringLiteral("hub"), QStringLiteral("show"), QStringLiteral("hub://web/aggregate")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("1.3.0, 1.2.0")));
    const QStringList import = {QStringLiteral("hub"), QStringLiteral("import"),
                                QStringLiteral("hub://web/aggregate:1.2.0"),
                                QStringLiteral("--project"), QStringLiteral("default")};
    r = cli(import);
    QVERIFY2(r.out.startsWith(QStringLiteral("imported default/aggregate@")), qPrintable(r.err));

    // An unchanged catalog costs a 304 with no body.
    server->resetBytesSent();
    const QJsonArray refreshed =
        json({QStringLiteral("hub"), QStringLiteral("refresh"), QStringLiteral("web")});
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed[0][QStringLiteral("result")].toString(), QStringLiteral("unchanged"));
    QCOMPARE(refreshed[0][QStringLiteral("bytes")].toString(), QStringLiteral("0"));
    QVERIFY(server->bytesSent() < 1000);

    // Offline: refresh fails and says which copy is shown; list, show and re-import still work.
    server.reset();
    r = cli({QStringLiteral("hub"), QStringLiteral("refresh")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Offline — showing the catalog cached at")),
             qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("bundled")));
    QCOMPARE(fromWeb(json({QStringLiteral("hub"), QStringLiteral("list")})), 8);
    r = cli(import);
    QVERIFY2(r.out.startsWith(QStringLiteral("unchanged default/aggregate@")), qPrintable(r.err));
    QCOMPARE(
        json({QStringLiteral("function"), QStringLiteral("list"), QStringLiteral("--all")}).size(),
        1);
    r = cli(
        {QStringLiteral("hub"), QStringLiteral("import"), QStringLiteral("hub://web/transcribe")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("transcribe")) &&
                 r.err.contains(QStringLiteral("hub source web")),
             qPrintable(r.err));

    // A channel the hub does not have: added, but its download fails with a clear warning.
    r = cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
             QStringLiteral("dev"), QStringLiteral("http://127.0.0.1:9/hub"),
             QStringLiteral("--channel"), QStringLiteral("development")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("No copy of its catalog is cached yet")),
             qPrintable(r.err));
    QCOMPARE(json({QStringLiteral("hub"), QStringLiteral("sources")})[1][QStringLiteral("channel")]
                 .toString(),
             QStringLiteral("development"));
    QCOMPARE(
        cli({QStringLiteral("hub"), QStringLiteral("refresh"), QStringLiteral("nosuch")}).exitCode,
        1);
}

void TestCliHub::gitCheckoutSource()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed: the git checkout case is skipped.");
    const QString checkout = m_dir->filePath(QStringLiteral("checkout"));
    QVERIFY(QDir().mkpath(checkout));
    QProcess init;
    init.start(git, {QStringLiteral("init"), QStringLiteral("-q"), checkout});
    QVERIFY(init.waitForFinished(60000) && init.exitCode() == 0);
    // The bundled hub's tree, written into the checkout's working tree.
    const QString hub = TestData::sourceDir() + QStringLiteral("/resources/hub");
    QDirIterator it(hub, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = checkout + path.mid(hub.size());
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(path, target));
    }
    Run r = cli({QStringLiteral("hub"), QStringLiteral("sources"), QStringLiteral("add"),
                 QStringLiteral("checkout"), checkout});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray sources = json({QStringLiteral("hub"), QStringLiteral("sources")});
    QCOMPARE(sources[0][QStringLiteral("kind")].toString(), QStringLiteral("git"));
    r = cli({QStringLiteral("hub"), QStringLiteral("refresh"), QStringLiteral("checkout")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("local")));
    r = cli({QStringLiteral("hub"), QStringLiteral("show"),
             QStringLiteral("hub://checkout/linear-regression")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliHub)
#include "tst_clihub.moc"

// SPDX-License-Identifier: Apache-2.0
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;

// The hub cache table of the store: what refresh and the item downloads keep for offline use.
class TestHubCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepsEntriesPerSourceAndUrl();
    void migratesAVersion1Store();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("r.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHubCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHubCache::keepsEntriesPerSourceAndUrl()
{
    auto store = Store::open(dbPath());
    QVERIFY(store);
    QVERIFY(Store::latestSchemaVersion() >= 2);
    const QString url = QStringLiteral("https://hub.example/functions/master/catalog.json");
    QVERIFY(!*(*store)->hubCacheEntry(QStringLiteral("web"), url));

    const QDateTime fetched =
        QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
    HubCacheEntry entry{QStringLiteral("web"),
                        url,
                        QByteArray("{\"a\":\0 1}", 9),
                        "\"etag-1\"",
                        QStringLiteral("Fri, 02 Jan 2026 03:04:05 GMT"),
                        fetched,
                        fetched};
    QVERIFY((*store)->saveHubCacheEntry(entry));
    HubCacheEntry other = entry;
    other.source = QStringLiteral("other");
    other.body = "other";
    QVERIFY((*store)->saveHubCacheEntry(other));

    auto read = (*store)->hubCacheEntry(QStringLiteral("web"), url);
    QVERIFY(read && *read);
    QCOMPARE((*read)->body, entry.body);
    QCOMPARE((*read)->etag, entry.etag);
    QCOMPARE((*read)->lastModified, entry.lastModified);
    QCOMPARE((*read)->fetched, fetched);
    QCOMPARE((*read)->checked, fetched);
    QCOMPARE(*(*store)->hubCacheSize(QStringLiteral("web")), qint64(9));

    const QDateTime later = fetched.addSecs(3600);
    QVERIFY((*store)->markHubCacheChecked(QStringLiteral("web"), url, later));
    read = (*store)->hubCacheEntry(QStringLiteral("web"), url);
    QCOMPARE((*read)->checked, later);
    QCOMPARE((*read)->fetched, fetched);
    QCOMPARE((*read)->body, entry.body);

    entry.body = "new body";
    entry.etag = "\"etag-2\"";
    QVERIFY((*store)->saveHubCacheEntry(entry));
    QCOMPARE((*(*store)->hubCacheEntry(QStringLiteral("web"), url))->etag, entry.etag);

    HubCacheEntry second = entry;
    second.url = QStringLiteral("https://hub.example/functions/master/x/latest/src/README.md");
    QVERIFY((*store)->saveHubCacheEntry(second));
    const auto latestOnly = [](const QString &u) { return u.contains(QLatin1String("/latest/")); };
    QCOMPARE(*(*store)->removeHubCache(QStringLiteral("web"), latestOnly), 1);
    QVERIFY(!*(*store)->hubCacheEntry(QStringLiteral("web"), second.url));
    QCOMPARE(*(*store)->removeHubCache(QStringLiteral("web")), 1);
    QVERIFY(!*(*store)->hubCacheEntry(QStringLiteral("web"), url));
    QCOMPARE(*(*store)->hubCacheSize(QStringLiteral("web")), qint64(0));
    QVERIFY(*(*store)->hubCacheEntry(QStringLiteral("other"), url));
    QVERIFY(!(*store)->saveHubCacheEntry(HubCacheEntry{}));
}

void TestHubCache::migratesAVersion1Store()
{
    {
        auto store = Store::open(dbPath());
        QVERIFY(store);
        ProjectRecord project;
        project.name = QStringLiteral("kept");
        QVERIFY((*store)->createProject(project));
    }
    // user_version is the big-endian 32-bit integer at offset 60 of the database header.
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(60));
    QCOMPARE(file.write(QByteArray::fromHex("00000001")), qint64(4));
    file.close();

    auto store = Store::open(dbPath());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(*(*store)->project(QStringLiteral("kept")));
    QVERIFY((*store)->saveHubCacheEntry(
        {QStringLiteral("web"), QStringLiteral("http://x/c.json"), "{}", {}, {}, {}, {}}));
    QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestHubCache)
#include "tst_cache.moc"

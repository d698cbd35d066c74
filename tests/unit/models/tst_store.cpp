// SPDX-License-Identifier: Apache-2.0
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;

namespace {

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

FunctionVersion version(const QString &project, const QString &name, const QString &hash,
                        const QDateTime &created = {})
{
    FunctionVersion v;
    v.project = project;
    v.name = name;
    v.hash = hash;
    v.kind = QStringLiteral("job");
    v.document = QByteArrayLiteral("{\"kind\": \"job\", \"metadata\": {\"name\": \"") +
                 name.toUtf8() + QByteArrayLiteral("\"}}");
    v.origin = QStringLiteral("hub://") + name;
    v.created = created;
    return v;
}

ProjectRecord project(const QString &name, const QString &description = {})
{
    ProjectRecord p;
    p.name = name;
    p.description = description;
    p.document = QByteArrayLiteral("{\"kind\": \"project\"}");
    return p;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, minute), Qt::UTC);
}

} // namespace

// Store: schema migrations, every API call and its errors, read-only and damaged files.
class TestStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> openStore(const QString &path)
    {
        auto store = Store::open(path);
        if (!store.ok())
            qWarning().noquote() << store.error().message;
        return store.ok() ? std::move(*store) : nullptr;
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("store/runbench.db")); }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath() + suffix);
    }

    void defaultPathFollowsEnvironment()
    {
        qputenv("RUNBENCH_DB", "/tmp/elsewhere/custom.db");
        QCOMPARE(Store::defaultPath(), QStringLiteral("/tmp/elsewhere/custom.db"));
        qunsetenv("RUNBENCH_DB");
        QCOMPARE(Store::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                     QStringLiteral("/runbench/runbench.db"));
    }

    void migratesNewFileAndReopensUnchanged()
    {
        QVERIFY(!QFile::exists(dbPath()));
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
            QVERIFY(Store::latestSchemaVersion() >= 1);
            QVERIFY(!store->isReadOnly());
            QCOMPARE(store->path(), dbPath());
            QVERIFY(store->createProject(project(QStringLiteral("demo"))).ok());
        }
        auto again = openStore(dbPath());
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), Store::latestSchemaVersion());
        auto projects = again->projects();
        QVERIFY(projects.ok());
        QCOMPARE(projects->size(), size_t(1));
        QCOMPARE(*again->integrityCheck(), QStringLiteral("ok"));
    }

    void migratesEmptyExistingFile()
    {
        QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto store = openStore(dbPath());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(store->setSetting(QStringLiteral("theme"), QStringLiteral("dark")).ok());
    }

    void refusesNewerSchema()
    {
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
        }
        // user_version is the big-endian 32-bit integer at offset 60 of the database header.
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(60));
        QCOMPARE(file.write(QByteArray::fromHex("00000063")), qint64(4));
        file.close();
        auto store = Store::open(dbPath());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().message,
                 QStringLiteral("The store %1 was written by a newer Runbench (schema version 99, "
                                "this one knows up to %2).")
                     .arg(dbPath())
                     .arg(Store::latestSchemaVersion()));
    }

    void projects()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        auto created = store->createProject(project(QStringLiteral("zeta"), QStringLiteral("Z")));
        QVERIFY(created.ok());
        QVERIFY(created->created.isValid());
        QCOMPARE(created->created.timeSpec(), Qt::UTC);
        QVERIFY(store->createProject(project(QStringLiteral("alpha"))).ok());

        auto duplicate = store->createProject(project(QStringLiteral("zeta")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().message, QStringLiteral("Project 'zeta' already exists."));

        QVERIFY(!store->createProject(project(QString())).ok());

        auto list = store->projects();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        QCOMPARE(list->at(0).name, QStringLiteral("alpha"));
        QCOMPARE(list->at(1).name, QStringLiteral("zeta"));
        QCOMPARE(list->at(1).description, QStringLiteral("Z"));
        QCOMPARE(list->at(1).document, QByteArrayLiteral("{\"kind\": \"project\"}"));
        QCOMPARE(list->at(1).created, created->created);

        ProjectRecord changed = project(QStringLiteral("zeta"), QStringLiteral("changed"));
        changed.updated = at(30);
        QVERIFY(store->saveProject(changed).ok());
        auto zeta = store->project(QStringLiteral("zeta"));
        QVERIFY(zeta.ok() && zeta->has_value());
        QCOMPARE((*zeta)->description, QStringLiteral("changed"));
        QCOMPARE((*zeta)->created, created->created);
        QCOMPARE((*zeta)->updated, at(30));

        QVERIFY(store->saveProject(project(QStringLiteral("imported"))).ok());
        QVERIFY(store->project(QStringLiteral("imported"))->has_value());

        auto missing = store->project(QStringLiteral("nope"));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());

        const Status deleteMissing = store->deleteProject(QStringLiteral("nope"));
        QVERIFY(!deleteMissing.ok());
        QCOMPARE(deleteMissing.error().message, QStringLiteral("Project 'nope' does not exist."));
        QVERIFY(store->deleteProject(QStringLiteral("alpha")).ok());
        QCOMPARE(store->projects()->size(), size_t(2));
    }

    void functionVersionsAndTags()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const QString p = QStringLiteral("demo");
        const QString f = QStringLiteral("trainer");

        auto orphan = store->saveFunctionVersion(version(p, f, hashOf(QStringLiteral("1"))), {});
        QVERIFY(!orphan.ok());
        QVERIFY2(orphan.error().message.contains(QLatin1String("'demo' does not exist")),
                 qPrintable(orphan.error().message));

        QVERIFY(store->createProject(project(p)).ok());
        const QString h1 = hashOf(QStringLiteral("1"));
        const QString h2 = hashOf(QStringLiteral("2"));
        auto first = store->saveFunctionVersion(version(p, f, h1, at(1)), QStringLiteral("latest"));
        QVERIFY(first.ok());
        QVERIFY(first->created);
        QVERIFY(first->version.id > 0);
        QCOMPARE(first->version.tags, QStringList{QStringLiteral("latest")});
        QCOMPARE(first->version.created, at(1));
        QCOMPARE(first->version.origin, QStringLiteral("hub://trainer"));

        auto unchanged = store->saveFunctionVersion(version(p, f, h1, at(5)), {});
        QVERIFY(unchanged.ok());
        QVERIFY(!unchanged->created);
        QCOMPARE(unchanged->version.id, first->version.id);
        QCOMPARE(unchanged->version.created, at(1));

        auto second =
            store->saveFunctionVersion(version(p, f, h2, at(2)), QStringLiteral("latest"));
        QVERIFY(second.ok());
        QVERIFY(second->created);
        QCOMPARE(second->version.tags, QStringList{QStringLiteral("latest")});

        // The tag moved: the first version no longer carries it.
        auto oldOne = store->function(p, f, h1);
        QVERIFY(oldOne.ok() && oldOne->has_value());
        QVERIFY((*oldOne)->tags.isEmpty());
        QVERIFY(!(*oldOne)->document.isEmpty());

        QVERIFY(store->tagFunction(p, f, h1, QStringLiteral("stable")).ok());
        QVERIFY(store->tagFunction(p, f, h1, QStringLiteral("v1")).ok());
        auto tagged = store->function(p, f, QStringLiteral("stable"));
        QVERIFY(tagged.ok() && tagged->has_value());
        QCOMPARE((*tagged)->hash, h1);
        QCOMPARE((*tagged)->tags, (QStringList{QStringLiteral("stable"), QStringLiteral("v1")}));

        const Status noVersion =
            store->tagFunction(p, f, hashOf(QStringLiteral("none")), QStringLiteral("x"));
        QVERIFY(!noVersion.ok());
        QVERIFY(noVersion.error().message.startsWith(
            QLatin1String("Function 'demo/trainer' has no version with hash")));
        QVERIFY(!store->tagFunction(p, f, h1, QString()).ok());

        auto badHash = store->saveFunctionVersion(version(p, f, QStringLiteral("xyz")), {});
        QVERIFY(!badHash.ok());
        QVERIFY(badHash.error().message.contains(QLatin1String("40 hexadecimal")));

        QCOMPARE((*store->function(p, f, QString()))->hash, h2);
        QCOMPARE((*store->function(p, f, QStringLiteral("latest")))->hash, h2);
        QVERIFY(!store->function(p, f, QStringLiteral("nosuchtag"))->has_value());
        QVERIFY(!store->function(p, QStringLiteral("other"), QString())->has_value());

        auto projects = store->projects();
        QCOMPARE(projects->front().functionCount, 1);
    }

    void hashLookup()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const QString p = QStringLiteral("demo");
        const QString f = QStringLiteral("f");
        QVERIFY(store->createProject(project(p)).ok());
        const QString a = QStringLiteral("abcdef1") + QString(33, u'1');
        const QString b = QStringLiteral("abcdef1") + QString(33, u'2');
        const QString c = QStringLiteral("0123456") + QString(33, u'3');
        for (const QString &hash : {a, b, c})
            QVERIFY(store->saveFunctionVersion(version(p, f, hash), {}).ok());

        QCOMPARE((*store->function(p, f, a))->hash, a);
        QCOMPARE((*store->function(p, f, a.toUpper()))->hash, a);
        QCOMPARE((*store->function(p, f, QStringLiteral("0123456")))->hash, c);
        QCOMPARE((*store->function(p, f, QStringLiteral("abcdef12")))->hash, b);
        QVERIFY(!store->function(p, f, QStringLiteral("012345"))->has_value());
        QVERIFY(!store->function(p, f, QStringLiteral("fffffff"))->has_value());

        auto ambiguous = store->function(p, f, QStringLiteral("abcdef1"));
        QVERIFY(!ambiguous.ok());
        QVERIFY(ambiguous.error().message.contains(QLatin1String("more than one version")));

        // A tag wins over a hash prefix that looks the same.
        QVERIFY(store->tagFunction(p, f, c, QStringLiteral("abcdef1")).ok());
        QCOMPARE((*store->function(p, f, QStringLiteral("abcdef1")))->hash, c);
    }

    void listingFunctions()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        for (const QString &p : {QStringLiteral("b"), QStringLiteral("a")})
            QVERIFY(store->createProject(project(p)).ok());
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        // x: three versions, the oldest tagged latest. y: two versions, no latest tag.
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(a, QStringLiteral("x"), hashOf(QStringLiteral("x1")), at(1)),
                        QStringLiteral("latest"))
                    .ok());
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(a, QStringLiteral("x"), hashOf(QStringLiteral("x2")), at(2)), {})
                    .ok());
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(a, QStringLiteral("x"), hashOf(QStringLiteral("x3")), at(3)), {})
                    .ok());
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(a, QStringLiteral("y"), hashOf(QStringLiteral("y2")), at(9)), {})
                    .ok());
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(a, QStringLiteral("y"), hashOf(QStringLiteral("y1")), at(4)), {})
                    .ok());
        QVERIFY(store
                    ->saveFunctionVersion(
                        version(b, QStringLiteral("z"), hashOf(QStringLiteral("z1")), at(1)),
                        QStringLiteral("latest"))
                    .ok());

        auto current = store->functions({});
        QVERIFY(current.ok());
        QCOMPARE(current->size(), size_t(3));
        QCOMPARE(current->at(0).name, QStringLiteral("x"));
        QCOMPARE(current->at(0).hash, hashOf(QStringLiteral("x1")));
        QCOMPARE(current->at(0).tags, QStringList{QStringLiteral("latest")});
        QVERIFY(current->at(0).document.isEmpty());
        QCOMPARE(current->at(1).name, QStringLiteral("y"));
        QCOMPARE(current->at(1).hash, hashOf(QStringLiteral("y2")));
        QCOMPARE(current->at(2).project, QStringLiteral("b"));

        FunctionQuery all;
        all.allVersions = true;
        all.project = a;
        auto versions = store->functions(all);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), size_t(5));
        QCOMPARE(versions->at(3).hash, hashOf(QStringLiteral("y1")));
        QCOMPARE(versions->at(4).hash, hashOf(QStringLiteral("y2")));

        FunctionQuery one;
        one.project = a;
        one.name = QStringLiteral("x");
        one.allVersions = true;
        one.withDocuments = true;
        auto x = store->functions(one);
        QVERIFY(x.ok());
        QCOMPARE(x->size(), size_t(3));
        QVERIFY(x->at(2).document.contains("\"x\""));
        QCOMPARE(x->at(2).created, at(3));

        FunctionQuery byName;
        byName.name = QStringLiteral("z");
        QCOMPARE(store->functions(byName)->size(), size_t(1));

        auto projects = store->projects();
        QCOMPARE(projects->at(0).functionCount, 2);
        QCOMPARE(projects->at(1).functionCount, 1);
    }

    void runsAndSettings()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QVERIFY(store->createProject(project(QStringLiteral("demo"))).ok());
        RunRecordRow run;
        run.uid = QStringLiteral("4f2c");
        run.iteration = 2;
        run.project = QStringLiteral("demo");
        run.name = QStringLiteral("train");
        run.function = QStringLiteral("demo/trainer@") + hashOf(QStringLiteral("1"));
        run.state = QStringLiteral("running");
        run.labels = QByteArrayLiteral("{\"owner\": \"me\"}");
        run.parameters = QByteArrayLiteral("{\"p\": 1}");
        run.started = at(1);
        QVERIFY(store->saveRun(run).ok());

        auto read = store->run(run.uid, 2);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->function, run.function);
        QCOMPARE((*read)->state, QStringLiteral("running"));
        QCOMPARE((*read)->labels, run.labels);
        QCOMPARE((*read)->parameters, run.parameters);
        QCOMPARE((*read)->started, at(1));
        QVERIFY(!(*read)->ended.isValid());
        QVERIFY(!(*read)->exitCode.has_value());

        run.state = QStringLiteral("error");
        run.error = QStringLiteral("boom");
        run.exitCode = 3;
        run.ended = at(2);
        run.results = QByteArrayLiteral("{\"accuracy\": 0.5}");
        QVERIFY(store->saveRun(run).ok());
        read = store->run(run.uid, 2);
        QCOMPARE((*read)->state, QStringLiteral("error"));
        QCOMPARE((*read)->error, QStringLiteral("boom"));
        QCOMPARE((*read)->exitCode, std::optional<int>(3));
        QCOMPARE((*read)->ended, at(2));
        QCOMPARE((*read)->results, run.results);
        QVERIFY(!store->run(run.uid, 0)->has_value());

        run.state = QStringLiteral("finished");
        QVERIFY(!store->saveRun(run).ok());
        run.state = QStringLiteral("completed");
        run.project = QStringLiteral("nope");
        const Status orphan = store->saveRun(run);
        QVERIFY(!orphan.ok());
        QVERIFY(orphan.error().message.contains(QLatin1String("'nope' does not exist")));

        QVERIFY(!store->setting(QStringLiteral("theme"))->has_value());
        QVERIFY(store->setSetting(QStringLiteral("theme"), QStringLiteral("dark")).ok());
        QVERIFY(store->setSetting(QStringLiteral("theme"), QStringLiteral("light")).ok());
        QCOMPARE(store->setting(QStringLiteral("theme"))->value(), QStringLiteral("light"));
        QVERIFY(!store->setSetting(QString(), QStringLiteral("x")).ok());
    }

    void savingManyRunsIsAllOrNone()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QVERIFY(store->createProject(project(QStringLiteral("demo"))).ok());
        std::vector<RunRecordRow> runs(3);
        for (int i = 0; i < 3; ++i) {
            runs[std::size_t(i)].uid = QStringLiteral("many%1").arg(i);
            runs[std::size_t(i)].project = QStringLiteral("demo");
            runs[std::size_t(i)].state = QStringLiteral("completed");
            runs[std::size_t(i)].started = at(i);
        }
        QVERIFY(store->saveRuns(runs).ok());
        QCOMPARE(store->runs(RunQuery{})->size(), std::size_t(3));

        runs[0].state = QStringLiteral("running");
        runs[2].project = QStringLiteral("nope");
        const Status orphan = store->saveRuns(runs);
        QVERIFY(orphan.error().message.contains(QLatin1String("'nope' does not exist")));
        QCOMPARE((*store->run(QStringLiteral("many0"), 0))->state, QStringLiteral("completed"));
    }

    void deletingProjectCascades()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const QString p = QStringLiteral("demo");
        QVERIFY(store->createProject(project(p)).ok());
        QVERIFY(
            store
                ->saveFunctionVersion(version(p, QStringLiteral("f"), hashOf(QStringLiteral("1"))),
                                      QStringLiteral("latest"))
                .ok());
        RunRecordRow run;
        run.uid = QStringLiteral("r1");
        run.project = p;
        run.state = QStringLiteral("completed");
        QVERIFY(store->saveRun(run).ok());

        QVERIFY(store->deleteProject(p).ok());
        QVERIFY(store->functions({})->empty());
        QVERIFY(!store->run(QStringLiteral("r1"), 0)->has_value());

        QVERIFY(store->createProject(project(p)).ok());
        QCOMPARE(store->project(p)->value().functionCount, 0);
        QVERIFY(!store->function(p, QStringLiteral("f"), QString())->has_value());
        QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));
    }

    void readOnlyStore_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyStore()
    {
        QFETCH(bool, folder);
        const QString folderPath = QFileInfo(dbPath()).absolutePath();
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QVERIFY(store->createProject(project(QStringLiteral("demo"))).ok());
            QVERIFY(store
                        ->saveFunctionVersion(version(QStringLiteral("demo"), QStringLiteral("f"),
                                                      hashOf(QStringLiteral("1"))),
                                              QStringLiteral("latest"))
                        .ok());
            QVERIFY(store->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        }
        const QString target = folder ? folderPath : dbPath();
        const auto original = QFile::permissions(target);
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup |
                                                  QFile::ReadOther | QFile::ExeOwner));
        auto restore = qScopeGuard([&] { QFile::setPermissions(target, original); });

        auto store = openStore(dbPath());
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->projects()->size(), size_t(1));
        QCOMPARE(store->functions({})->size(), size_t(1));
        QVERIFY(
            store->function(QStringLiteral("demo"), QStringLiteral("f"), QString())->has_value());
        QCOMPARE(store->setting(QStringLiteral("k"))->value(), QStringLiteral("v"));

        const QString expected =
            QStringLiteral("The store %1 is read-only, so nothing can be saved.").arg(dbPath());
        QCOMPARE(store->createProject(project(QStringLiteral("x"))).error().message, expected);
        QCOMPARE(store->saveProject(project(QStringLiteral("x"))).error().message, expected);
        QCOMPARE(store->deleteProject(QStringLiteral("demo")).error().message, expected);
        QCOMPARE(store
                     ->saveFunctionVersion(version(QStringLiteral("demo"), QStringLiteral("f"),
                                                   hashOf(QStringLiteral("2"))),
                                           {})
                     .error()
                     .message,
                 expected);
        QCOMPARE(store
                     ->tagFunction(QStringLiteral("demo"), QStringLiteral("f"),
                                   hashOf(QStringLiteral("1")), QStringLiteral("t"))
                     .error()
                     .message,
                 expected);
        RunRecordRow run;
        run.uid = QStringLiteral("r");
        run.project = QStringLiteral("demo");
        run.state = QStringLiteral("created");
        QCOMPARE(store->saveRun(run).error().message, expected);
        QCOMPARE(store->setSetting(QStringLiteral("k"), QStringLiteral("w")).error().message,
                 expected);
    }

    void readOnlyStoreNeedingMigration()
    {
        QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadGroup));
        auto store = Store::open(dbPath());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().message,
                 QStringLiteral("The store %1 is read-only but needs an upgrade to schema version "
                                "%2, so it cannot be used.")
                     .arg(dbPath())
                     .arg(Store::latestSchemaVersion()));
    }

    void damagedFile()
    {
        QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(8192, '\0');
        QRandomGenerator generator(42);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        file.write(noise);
        file.close();
        auto store = Store::open(dbPath());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().message,
                 QStringLiteral("The file %1 is not a Runbench store: it is damaged or is not an "
                                "SQLite database.")
                     .arg(dbPath()));
    }

    void folderInsteadOfFile()
    {
        auto store = Store::open(m_dir.path());
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QLatin1String("is a folder")));
        QVERIFY(!Store::open(QString()).ok());
    }

    void secondInstanceSeesWrites()
    {
        auto writer = openStore(dbPath());
        auto reader = openStore(dbPath());
        QVERIFY(writer && reader);
        QVERIFY(writer->createProject(project(QStringLiteral("demo"))).ok());
        QVERIFY(reader->project(QStringLiteral("demo"))->has_value());
        QVERIFY(reader->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(writer->setting(QStringLiteral("k"))->value(), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

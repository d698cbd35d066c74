// SPDX-License-Identifier: Apache-2.0
#include "store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;

namespace {

FunctionVersion numberedVersion(int function, int number)
{
    FunctionVersion version;
    version.project = QStringLiteral("perf");
    version.name = QStringLiteral("function-%1").arg(function);
    version.hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(function) + '/' + QByteArray::number(number),
                                 QCryptographicHash::Sha1)
            .toHex());
    version.kind = QStringLiteral("job");
    // A realistic function object: a few kilobytes that listings must not read.
    version.document = QByteArray(4096, 'x');
    return version;
}

} // namespace

// Store: the time budgets for importing functions and listing versions.
class TestStorePerf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Store> openWithProject(const QString &path)
    {
        auto store = Store::open(path);
        if (!store.ok())
            return nullptr;
        ProjectRecord project;
        project.name = QStringLiteral("perf");
        if (!(*store)->saveProject(project).ok())
            return nullptr;
        return std::move(*store);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void thousandSavesTakeUnderASecond()
    {
        auto store = openWithProject(m_dir.filePath(QStringLiteral("import.db")));
        QVERIFY(store);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            auto saved =
                store->saveFunctionVersion(numberedVersion(i % 50, i), QStringLiteral("latest"));
            QVERIFY(saved.ok() && saved->created);
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("1,000 saves took %lld ms", elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void listingTenThousandVersionsIsFast()
    {
        const QString path = m_dir.filePath(QStringLiteral("list.db"));
        {
            auto store = openWithProject(path);
            QVERIFY(store);
            for (int i = 0; i < 10000; ++i)
                QVERIFY(store
                            ->saveFunctionVersion(numberedVersion(i % 100, i),
                                                  i % 7 == 0 ? QStringLiteral("latest") : QString())
                            .ok());
        }

        auto store = Store::open(path);
        QVERIFY(store.ok());
        FunctionQuery everything;
        everything.allVersions = true;
        QElapsedTimer timer;
        timer.start();
        auto all = (*store)->functions(everything);
        const qint64 listAll = timer.restart();
        auto current = (*store)->functions({});
        const qint64 listCurrent = timer.elapsed();
        QVERIFY(all.ok() && current.ok());
        QCOMPARE(all->size(), size_t(10000));
        QCOMPARE(current->size(), size_t(100));
        QVERIFY(all->front().document.isEmpty());
        qInfo("listing 10,000 versions took %lld ms, the 100 current ones %lld ms", listAll,
              listCurrent);
        QVERIFY2(listAll < 100, qPrintable(QStringLiteral("%1 ms").arg(listAll)));
        QVERIFY2(listCurrent < 100, qPrintable(QStringLiteral("%1 ms").arg(listCurrent)));

        // The same listing from a fresh process, start-up included.
        QProcess lister;
        timer.restart();
        lister.start(qEnvironmentVariable("RUNBENCH_STORE_WRITER"),
                     {path, QStringLiteral("count")});
        QVERIFY(lister.waitForFinished());
        const qint64 withStart = timer.elapsed();
        QCOMPARE(lister.exitCode(), 0);
        QCOMPARE(lister.readAllStandardOutput().trimmed(), QByteArrayLiteral("10000"));
        qInfo("listing 10,000 versions in a new process took %lld ms", withStart);
        QVERIFY2(withStart < 100, qPrintable(QStringLiteral("%1 ms").arg(withStart)));
    }
};

QTEST_GUILESS_MAIN(TestStorePerf)
#include "tst_storeperf.moc"

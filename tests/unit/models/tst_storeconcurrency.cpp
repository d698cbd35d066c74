// SPDX-License-Identifier: Apache-2.0
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;

// Store: several processes writing one database at once, and a writer killed mid-stream.
class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private:
    QString writerBinary() const { return qEnvironmentVariable("RUNBENCH_STORE_WRITER"); }

    void startWriter(QProcess &process, const QString &mode, int count, const QString &prefix)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(writerBinary(), {m_path, mode, QString::number(count), prefix});
    }

    static void verifyFinished(QProcess &process)
    {
        QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    static qsizetype versionCount(Store &store, const QString &name)
    {
        FunctionQuery query;
        query.project = QStringLiteral("shared");
        query.name = name;
        query.allVersions = true;
        auto versions = store.functions(query);
        return versions.ok() ? qsizetype(versions->size()) : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(writerBinary()).isExecutable(),
                 "RUNBENCH_STORE_WRITER must name the store-writer helper (CTest sets it).");
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    }

    void twoProcessesWriteFunctionsAtOnce()
    {
        constexpr int count = 1000;
        QProcess first;
        QProcess second;
        startWriter(first, QStringLiteral("functions"), count, QStringLiteral("a"));
        startWriter(second, QStringLiteral("functions"), count, QStringLiteral("b"));
        verifyFinished(first);
        verifyFinished(second);

        auto store = Store::open(m_path);
        QVERIFY(store.ok());
        QCOMPARE(versionCount(**store, QStringLiteral("a")), count);
        QCOMPARE(versionCount(**store, QStringLiteral("b")), count);
        auto latest = (*store)->function(QStringLiteral("shared"), QStringLiteral("a"), {});
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->tags, QStringList{QStringLiteral("latest")});
        QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
    }

    void functionsAndRunsWrittenAtOnce()
    {
        constexpr int count = 1000;
        QProcess functions;
        QProcess runs;
        startWriter(functions, QStringLiteral("functions"), count, QStringLiteral("f"));
        startWriter(runs, QStringLiteral("runs"), count, QStringLiteral("r"));
        verifyFinished(functions);
        verifyFinished(runs);

        auto store = Store::open(m_path);
        QVERIFY(store.ok());
        QCOMPARE(versionCount(**store, QStringLiteral("f")), count);
        for (int i = 0; i < count; ++i) {
            auto run = (*store)->run(QStringLiteral("r-%1").arg(i), 0);
            QVERIFY(run.ok());
            QVERIFY2(run->has_value(), qPrintable(QStringLiteral("run r-%1 is missing").arg(i)));
        }
    }

    void killedWriterLeavesSoundStore()
    {
        QProcess writer;
        startWriter(writer, QStringLiteral("functions"), 1000000, QStringLiteral("k"));
        QVERIFY(writer.waitForStarted());
        // The writer creates the file; poll it through a second connection until rows arrive.
        std::unique_ptr<Store> observer;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!observer) {
                    auto opened = Store::open(m_path);
                    if (!opened.ok())
                        return false;
                    observer = std::move(*opened);
                }
                return versionCount(*observer, QStringLiteral("k")) >= 200;
            }(),
            30000);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        observer.reset();

        auto store = Store::open(m_path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(versionCount(**store, QStringLiteral("k")) >= 200);
        QVERIFY((*store)->setSetting(QStringLiteral("after"), QStringLiteral("kill")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"

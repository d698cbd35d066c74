// SPDX-License-Identifier: Apache-2.0
#include "store/store.h"
#include "views/projectsnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;

// ProjectSnapshot: what the projects tree loads from a store, run counts included.
class TestProjectSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void loadsProjectsFunctionsAndRunCounts();
    void reportsAnUnusableStore();
};

void TestProjectSnapshot::loadsProjectsFunctionsAndRunCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("runbench.db"));
    {
        auto store = Store::open(path);
        QVERIFY(store);
        for (const char *name : {"busy", "quiet"}) {
            ProjectRecord project;
            project.name = QLatin1String(name);
            QVERIFY((*store)->createProject(project));
        }
        FunctionVersion function;
        function.project = QStringLiteral("busy");
        function.name = QStringLiteral("trainer");
        function.hash = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        function.kind = QStringLiteral("job");
        function.document = QByteArrayLiteral("{}");
        QVERIFY((*store)->saveFunctionVersion(function, QStringLiteral("latest")));
        std::vector<RunRecordRow> runs(3);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            runs[i].uid = QStringLiteral("r%1").arg(i);
            runs[i].project = QStringLiteral("busy");
            runs[i].state = i == 0 ? QStringLiteral("pending") : QStringLiteral("completed");
        }
        QVERIFY((*store)->saveRuns(runs));
    }

    const auto snapshot = ProjectSnapshot::load(path);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->size(), std::size_t(2));
    const ProjectSummary &busy = snapshot->at(0);
    QCOMPARE(busy.name, QStringLiteral("busy"));
    QCOMPARE(busy.functions.size(), std::size_t(1));
    QCOMPARE(busy.functions.front().name, QStringLiteral("trainer"));
    QCOMPARE(busy.runs.total, 3);
    QCOMPARE(busy.runs.active, 1);
    const ProjectSummary &quiet = snapshot->at(1);
    QCOMPARE(quiet.name, QStringLiteral("quiet"));
    QCOMPARE(quiet.runs.total, 0);
    QCOMPARE(quiet.runs.active, 0);
}

void TestProjectSnapshot::reportsAnUnusableStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto snapshot = ProjectSnapshot::load(dir.path());
    QVERIFY(!snapshot);
    QVERIFY(snapshot.error().message.contains(dir.path()));
}

QTEST_GUILESS_MAIN(TestProjectSnapshot)
#include "tst_projectsnapshot.moc"

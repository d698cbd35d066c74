// SPDX-License-Identifier: Apache-2.0
#include "run/runtask.h"
#include "runfollower.h"
#include "runservice.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Runbench::Models;
using namespace Runbench::Runtimes;

// The window's background follower picks up a run another Runbench started and finishes it.
class TestRunFollower : public QObject
{
    Q_OBJECT

private slots:
    void finishesARunStartedElsewhere();
    void reportsAStoreItCannotOpen();
};

void TestRunFollower::finishesARunStartedElsewhere()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed; runs cannot be tested (apt-get install python3).");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("runbench.db"));
    auto store = Store::open(db);
    QVERIFY(store.ok());
    ProjectRecord project;
    project.name = QStringLiteral("default");
    QVERIFY((*store)->createProject(project).ok());
    FunctionSpec fn = FunctionSpec::create(QStringLiteral("later"), QStringLiteral("job"));
    fn.setSourceCode(
        QStringLiteral("import os, time\ndef main(context, marker):\n"
                       "    while not os.path.exists(marker):\n        time.sleep(0.02)\n"
                       "    context.log_result('seen', 1)\n"));
    fn.setText(FunctionSpec::TextField::DefaultHandler, QStringLiteral("main"));
    RunTask task;
    const QString marker = dir.filePath(QStringLiteral("go"));
    task.parameters.insert("marker") = Node::string(marker.toStdString());
    QString uid;
    {
        RunService starter(**store, RunSettings());
        const auto started = starter.submit(fn, QStringLiteral("default/later@0"), task);
        QVERIFY(started.ok());
        uid = *started;
    } // the starter is gone; the run is not

    RunFollower follower(db, RunSettings(), 100);
    QSignalSpy updated(&follower, &RunFollower::runUpdated);
    QFile go(marker);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QTRY_COMPARE_WITH_TIMEOUT((*(*store)->run(uid, 0))->state, QStringLiteral("completed"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10000); // the signal is queued from the worker thread
    QVERIFY((*(*store)->run(uid, 0))->results.contains("seen"));
}

void TestRunFollower::reportsAStoreItCannotOpen()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.db")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, 'x'));
    bad.close();
    RunFollower follower(bad.fileName());
    QSignalSpy failed(&follower, &RunFollower::failed);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("bad.db")));
}

QTEST_GUILESS_MAIN(TestRunFollower)
#include "tst_runfollower.moc"

// SPDX-License-Identifier: Apache-2.0
#include "document/storedjson.h"
#include "namedwidgets.h"
#include "runs/artifactspanel.h"
#include "runs/iterationspanel.h"
#include "runs/rundetails.h"
#include "runs/runsmonitor.h"
#include "views/iterationstablemodel.h"
#include "views/runstablemodel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts>

using namespace Runbench::Models;
using Runbench::Ui::ArtifactsPanel;
using Runbench::Ui::RunDetails;
using Runbench::Ui::RunsMonitor;

// The runs monitor and run details over a temporary store seeded through Store::saveRun.
class TestRunsMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersNarrowTheTable();
    void liveUpdatesChangeOneRow();
    void detailsShowEveryTab();
    void interactiveWidgetsAreNamed();

private:
    static RunRecordRow runRow(const QString &uid, const QString &project, const QString &name,
                               const QString &state, qint64 secondsAgo, const QByteArray &labels);
    template<typename T> static T *child(const QWidget &parent, const QString &objectName);
    void waitLoaded(RunsMonitor &monitor);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_db;
};

RunRecordRow TestRunsMonitor::runRow(const QString &uid, const QString &project,
                                     const QString &name, const QString &state, qint64 secondsAgo,
                                     const QByteArray &labels)
{
    RunRecordRow row;
    row.uid = uid;
    row.project = project;
    row.name = name;
    row.function = project + QStringLiteral("/") + name + QStringLiteral("@0123456789");
    row.state = state;
    row.started = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    row.updated = row.started;
    if (state == QLatin1String("completed") || state == QLatin1String("error"))
        row.ended = row.started.addSecs(5);
    row.labels = labels;
    return row;
}

template<typename T> T *TestRunsMonitor::child(const QWidget &parent, const QString &objectName)
{
    T *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

void TestRunsMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("runbench.db"));
    auto store = Store::open(m_db);
    QVERIFY(store.ok());
    m_store = std::move(*store);
    for (const char *name : {"alpha", "beta"}) {
        ProjectRecord project;
        project.name = QString::fromLatin1(name);
        QVERIFY(m_store->createProject(project).ok());
    }
    const QByteArray gpu = R"({"device": "gpu", "team": "a"})";
    const QByteArray cpu = R"({"device": "cpu"})";
    const QList<RunRecordRow> rows = {
        runRow(QStringLiteral("u9"), QStringLiteral("alpha"), QStringLiteral("train-model"),
               QStringLiteral("completed"), 60, gpu),
        runRow(QStringLiteral("u2"), QStringLiteral("alpha"), QStringLiteral("train-model"),
               QStringLiteral("error"), 120, cpu),
        runRow(QStringLiteral("u3"), QStringLiteral("alpha"), QStringLiteral("prepare-data"),
               QStringLiteral("running"), 180, gpu),
        runRow(QStringLiteral("u4"), QStringLiteral("beta"), QStringLiteral("Train-Again"),
               QStringLiteral("completed"), 3 * 86400, cpu),
        runRow(QStringLiteral("u5"), QStringLiteral("beta"), QStringLiteral("evaluate"),
               QStringLiteral("aborted"), 40 * 86400, {}),
    };
    for (const RunRecordRow &row : rows)
        QVERIFY(m_store->saveRun(row).ok());
}

void TestRunsMonitor::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRunsMonitor::waitLoaded(RunsMonitor &monitor)
{
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->isLoaded(), 10000);
}

void TestRunsMonitor::filtersNarrowTheTable()
{
    RunsMonitor monitor(m_db);
    waitLoaded(monitor);
    RunsTableModel *model = monitor.model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->uidAt(0), QStringLiteral("u9")); // newest first

    auto *state = child<QComboBox>(monitor, QStringLiteral("runsStateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("completed")));
    QCOMPARE(model->rowCount(), 2);
    state->setCurrentIndex(0);

    auto *project = child<QComboBox>(monitor, QStringLiteral("runsProjectFilter"));
    QCOMPARE(project->count(), 3); // all, alpha, beta
    project->setCurrentIndex(project->findData(QStringLiteral("beta")));
    QCOMPARE(model->rowCount(), 2);
    project->setCurrentIndex(0);
    monitor.showProject(QStringLiteral("beta"));
    QCOMPARE(project->currentData().toString(), QStringLiteral("beta"));
    QCOMPARE(model->rowCount(), 2);
    monitor.showProject(QStringLiteral("gamma")); // no runs yet: an empty table, not an error
    QCOMPARE(model->rowCount(), 0);
    project->setCurrentIndex(0);

    auto *function = child<QComboBox>(monitor, QStringLiteral("runsFunctionFilter"));
    function->setCurrentIndex(function->findData(QStringLiteral("alpha/train-model")));
    QCOMPARE(model->rowCount(), 2);
    function->setCurrentIndex(0);

    auto *name = child<QLineEdit>(monitor, QStringLiteral("runsNameFilter"));
    QTest::keyClicks(name, QStringLiteral("train"));
    QCOMPARE(model->rowCount(), 3); // any case: train-model twice, Train-Again
    name->clear();

    auto *label = child<QLineEdit>(monitor, QStringLiteral("runsLabelFilter"));
    label->setText(QStringLiteral("device=gpu"));
    QCOMPARE(model->rowCount(), 2);
    label->setText(QStringLiteral("device=gpu, team=b"));
    QCOMPARE(model->rowCount(), 0);
    label->setText(QStringLiteral("device"));
    QVERIFY(!child<QLabel>(monitor, QStringLiteral("runsLabelFilterError"))->isHidden());
    label->clear();

    auto *time = child<QComboBox>(monitor, QStringLiteral("runsTimeFilter"));
    time->setCurrentIndex(2); // last 24 hours
    QCOMPARE(model->rowCount(), 3);
    time->setCurrentIndex(3); // last 7 days
    QCOMPARE(model->rowCount(), 4);
    time->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(child<QLabel>(monitor, QStringLiteral("runsCount"))->text(),
             QStringLiteral("5 of 5 runs"));

    monitor.table()->sortByColumn(RunsTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(0, RunsTableModel::NameColumn).data().toString(),
             QStringLiteral("evaluate"));
}

void TestRunsMonitor::liveUpdatesChangeOneRow()
{
    RunsMonitor monitor(m_db);
    waitLoaded(monitor);
    auto *state = child<QComboBox>(monitor, QStringLiteral("runsStateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("running")));
    QCOMPARE(monitor.model()->rowCount(), 1);
    monitor.selectRun(QStringLiteral("u3"));
    QCOMPARE(monitor.currentUid(), QStringLiteral("u3"));

    QSignalSpy refreshed(monitor.model(), &RunsTableModel::runRefreshed);
    QVERIFY(m_store
                ->updateRun(QStringLiteral("u3"), 0,
                            [](RunRecordRow &row) {
                                row.state = QStringLiteral("completed");
                                return true;
                            })
                .ok());
    monitor.refreshRun(QStringLiteral("u3"), 0);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(monitor.model()->rowCount(), 0); // no longer running

    state->setCurrentIndex(0);
    const int row = monitor.model()->rowOf(QStringLiteral("u3"));
    QVERIFY(row >= 0);
    QCOMPARE(monitor.model()->index(row, RunsTableModel::StateColumn).data().toString(),
             QStringLiteral("completed"));

    // A run started elsewhere appears at the top.
    QVERIFY(m_store
                ->saveRun(runRow(QStringLiteral("u6"), QStringLiteral("beta"),
                                 QStringLiteral("fresh"), QStringLiteral("pending"), 0, {}))
                .ok());
    monitor.refreshRun(QStringLiteral("u6"), 0);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(monitor.model()->rowCount(), 6);
    QCOMPARE(monitor.model()->uidAt(0), QStringLiteral("u6"));
}

void TestRunsMonitor::detailsShowEveryTab()
{
    RunRecordRow sweep = runRow(QStringLiteral("s1"), QStringLiteral("alpha"),
                                QStringLiteral("sweep"), QStringLiteral("completed"), 10, {});
    sweep.parameters = R"({"epochs": 3})";
    sweep.results = R"({"best_iteration": 2, "score": 20})";
    sweep.iterations = R"([["param.x", "output.score", "state", "iter"],)"
                       R"([1, 10, "completed", 1], [2, 20, "completed", 2],)"
                       R"([3, 5, "completed", 3]])";
    sweep.runDir = m_dir->filePath(QStringLiteral("runs/s1"));
    QVERIFY(QDir().mkpath(sweep.runDir));
    QVERIFY(m_store->saveRun(sweep).ok());

    QFile text(sweep.runDir + QStringLiteral("/notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello artifact\n");
    text.close();
    QFile csv(sweep.runDir + QStringLiteral("/table.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a,b\n1,\"x, y\"\n2,z\n");
    csv.close();
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(sweep.runDir + QStringLiteral("/plot.png")));
    int index = 0;
    for (const char *file : {"notes.txt", "table.csv", "plot.png"}) {
        ArtifactRow artifact;
        artifact.uid = sweep.uid;
        artifact.key = QStringLiteral("artifact%1").arg(index++);
        artifact.path = sweep.runDir + QLatin1Char('/') + QLatin1String(file);
        artifact.size = QFileInfo(artifact.path).size();
        QVERIFY(m_store->saveArtifact(artifact).ok());
    }

    RunDetails details(m_db);
    QSignalSpy shown(&details, &RunDetails::runShown);
    details.showRun(QStringLiteral("s1"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(child<QLineEdit>(details, QStringLiteral("runOverview_state"))->text(),
             QStringLiteral("completed"));
    auto *parameters = child<QTableWidget>(details, QStringLiteral("runParametersTable"));
    QCOMPARE(parameters->rowCount(), 1);
    QCOMPARE(parameters->item(0, 1)->text(), QStringLiteral("3"));
    auto *results = child<QTableWidget>(details, QStringLiteral("runResultsTable"));
    QCOMPARE(results->rowCount(), 2);
    QVERIFY(details.tabs()->isTabEnabled(RunDetails::IterationsTab));

    IterationsTableModel *iterations = details.iterations()->model();
    QCOMPARE(iterations->rowCount(), 3);
    QCOMPARE(iterations->iterationAt(iterations->bestRow()), 2);
    details.iterations()->table()->sortByColumn(
        iterations->columnOf(QStringLiteral("output.score")), Qt::DescendingOrder);
    QCOMPARE(iterations->iterationAt(0), 2);
    QCOMPARE(iterations->index(0, IterationsTableModel::BestColumn).data().toString(),
             QStringLiteral("★"));
    QCOMPARE(iterations->iterationAt(2), 3);
    int points = 0;
    for (QAbstractSeries *series : details.iterations()->chartView()->chart()->series())
        points += int(static_cast<QXYSeries *>(series)->count());
    QCOMPARE(points, 3);

    QCOMPARE(details.logPath(), sweep.runDir + QStringLiteral("/output.log"));
    QCOMPARE(child<QLineEdit>(details, QStringLiteral("runLogPath"))->text(), details.logPath());
    auto *log = new QLabel(QStringLiteral("log view"));
    details.setLogWidget(log);
    QCOMPARE(log->parentWidget(), child<QWidget>(details, QStringLiteral("runLogsTab")));

    ArtifactsPanel *artifacts = details.artifacts();
    QCOMPARE(artifacts->list()->count(), 3);
    QSignalSpy previewed(artifacts, &ArtifactsPanel::previewShown);
    const ArtifactsPanel::PreviewKind kinds[] = {ArtifactsPanel::PreviewKind::Text,
                                                 ArtifactsPanel::PreviewKind::Table,
                                                 ArtifactsPanel::PreviewKind::Image};
    for (int row = 0; row < 3; ++row) {
        artifacts->list()->setCurrentRow(row);
        QVERIFY(previewed.wait(10000));
        QCOMPARE(artifacts->previewKind(), kinds[row]);
    }
    auto *table = child<QTableWidget>(details, QStringLiteral("artifactTablePreview"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("x, y"));
}

void TestRunsMonitor::interactiveWidgetsAreNamed()
{
    RunsMonitor monitor(m_db);
    RunDetails details(m_db);
    for (const QWidget *root : {static_cast<QWidget *>(&monitor), static_cast<QWidget *>(&details)})
        NamedWidgets::check(*root);
}

QTEST_MAIN(TestRunsMonitor)
#include "tst_runsmonitor.moc"

// SPDX-License-Identifier: Apache-2.0
#include "rundetails.h"

#include "artifactspanel.h"
#include "document/storedjson.h"
#include "iterationspanel.h"
#include "local/capturereader.h"
#include "runfollower.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Runbench::Ui {

using namespace Models;

namespace {

const QStringList kActiveStates = {QStringLiteral("created"), QStringLiteral("pending"),
                                   QStringLiteral("running")};

// Overview fields: object name and label.
struct Field
{
    const char *name;
    const char *label;
};

const Field kFields[] = {
    {"uid", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "UID")},
    {"name", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Name")},
    {"project", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Project")},
    {"function", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Function")},
    {"kind", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Kind")},
    {"handler", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Handler")},
    {"state", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "State")},
    {"labels", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Labels")},
    {"started", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Started")},
    {"updated", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Last update")},
    {"ended", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Ended")},
    {"exitCode", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Exit code")},
    {"error", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Error")},
    {"runDir", QT_TRANSLATE_NOOP("Runbench::Ui::RunDetails", "Run folder")},
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                          : QString();
}

QString cellText(const Node &value)
{
    return QString::fromStdString(value.displayText());
}

QTableWidget *nameValueTable(QWidget *parent, const QString &objectName,
                             const QString &accessibleName)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels({RunDetails::tr("Name"), RunDetails::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void fillTable(QTableWidget *table, const Node &mapping)
{
    table->setRowCount(0);
    if (!mapping.isMapping())
        return;
    table->setRowCount(int(mapping.members().size()));
    int row = 0;
    for (const Node::Member &member : mapping.members()) {
        table->setItem(row, 0, new QTableWidgetItem(cellText(member.key)));
        table->setItem(row, 1, new QTableWidgetItem(cellText(member.value)));
        ++row;
    }
}

} // namespace

// What a background read of a run produced.
struct RunDetails::Loaded
{
    QString uid;
    int generation = 0;
    std::optional<RunRecordRow> run;
    std::vector<ArtifactRow> artifacts;
    std::optional<RunRecordRow> parent; // iteration 0, for a child's re-run task
    QString error;
};

RunDetails::RunDetails(QString storePath, QWidget *parent)
    : QWidget(parent)
    , m_storePath(std::move(storePath))
{
    setObjectName(QStringLiteral("runDetails"));
    setAccessibleName(tr("Run details"));

    m_title = new QLabel(tr("No run selected"), this);
    m_title->setObjectName(QStringLiteral("runDetailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runDetailsStatus"));
    m_status->setWordWrap(true);
    m_abort = new QPushButton(tr("&Abort"), this);
    m_abort->setObjectName(QStringLiteral("abortRunButton"));
    m_abort->setAccessibleName(tr("Abort run"));
    m_abort->setEnabled(false);
    m_rerun = new QPushButton(tr("&Re-run..."), this);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_rerun->setAccessibleName(tr("Re-run"));
    m_rerun->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_abort);
    header->addWidget(m_rerun);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runDetailsTabs"));
    m_tabs->setAccessibleName(tr("Run details tabs"));
    createOverview();
    m_parameters = nameValueTable(this, QStringLiteral("runParametersTable"), tr("Parameters"));
    m_results = nameValueTable(this, QStringLiteral("runResultsTable"), tr("Results"));
    m_iterations = new IterationsPanel(this);
    m_artifacts = new ArtifactsPanel(this);
    m_logs = new QWidget(this);
    m_logs->setObjectName(QStringLiteral("runLogsTab"));
    m_logsLayout = new QVBoxLayout(m_logs);
    m_logPath = new QLineEdit(m_logs);
    m_logPath->setObjectName(QStringLiteral("runLogPath"));
    m_logPath->setAccessibleName(tr("Log file"));
    m_logPath->setReadOnly(true);
    m_logPlaceholder = new QLabel(tr("The log view appears here."), m_logs);
    m_logPlaceholder->setObjectName(QStringLiteral("runLogPlaceholder"));
    m_logsLayout->addWidget(m_logPath);
    m_logsLayout->addWidget(m_logPlaceholder, 1);

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_parameters, tr("&Parameters"));
    m_tabs->addTab(m_results, tr("Re&sults"));
    m_tabs->addTab(m_iterations, tr("&Iterations"));
    m_tabs->addTab(m_artifacts, tr("Ar&tifacts"));
    m_tabs->addTab(m_logs, tr("&Logs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, [this] { showRun(m_uid, m_iteration); });
    connect(m_abort, &QPushButton::clicked, this, &RunDetails::abort);
    connect(m_rerun, &QPushButton::clicked, this, &RunDetails::rerun);
}

RunDetails::~RunDetails() = default;

void RunDetails::createOverview()
{
    m_overview = new QWidget(this);
    m_overview->setObjectName(QStringLiteral("runOverview"));
    m_overviewForm = new QFormLayout(m_overview);
    for (const Field &field : kFields) {
        auto *edit = new QLineEdit(m_overview);
        edit->setObjectName(QStringLiteral("runOverview_") + QLatin1String(field.name));
        edit->setAccessibleName(tr(field.label));
        edit->setReadOnly(true);
        m_overviewForm->addRow(tr(field.label), edit);
    }
}

void RunDetails::setRunFollower(Runtimes::RunFollower *follower)
{
    m_follower = follower;
}

void RunDetails::setLogWidget(QWidget *widget)
{
    if (m_logPlaceholder) {
        m_logsLayout->removeWidget(m_logPlaceholder);
        m_logPlaceholder->deleteLater();
    }
    m_logPlaceholder = widget;
    m_logsLayout->addWidget(widget, 1);
}

QString RunDetails::logPath() const
{
    return m_run && !m_run->runDir.isEmpty() ? Runtimes::CaptureReader::logPath(m_run->runDir)
                                             : QString();
}

void RunDetails::showRun(const QString &uid, int iteration)
{
    const bool other = uid != m_uid || iteration != m_iteration;
    m_uid = uid;
    m_iteration = iteration;
    const int generation = ++m_generation;
    if (other) {
        m_title->setText(uid.isEmpty() ? tr("No run selected") : tr("Run %1").arg(uid));
        m_status->clear();
    }
    if (uid.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (loaded.generation == m_generation)
            apply(loaded);
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath, uid, iteration, generation] {
        Loaded loaded;
        loaded.uid = uid;
        loaded.generation = generation;
        auto store = Store::open(path);
        if (!store) {
            loaded.error = store.error().toString();
            return loaded;
        }
        auto run = (*store)->run(uid, iteration);
        auto artifacts = (*store)->artifacts(uid, iteration);
        if (!run || !artifacts) {
            loaded.error = !run ? run.error().toString() : artifacts.error().toString();
            return loaded;
        }
        loaded.run = *run;
        loaded.artifacts = std::move(*artifacts);
        if (iteration != 0) {
            if (auto parent = (*store)->run(uid, 0); parent)
                loaded.parent = *parent;
        }
        return loaded;
    }));
}

void RunDetails::refreshRun(const QString &uid, int iteration)
{
    if (uid == m_uid && (iteration == m_iteration || m_iteration == 0) && !m_refresh.isActive())
        m_refresh.start();
}

void RunDetails::apply(const Loaded &loaded)
{
    if (!loaded.error.isEmpty() || !loaded.run) {
        m_run.reset();
        m_status->setText(loaded.error.isEmpty() ? tr("Run %1 is not in the store.").arg(loaded.uid)
                                                 : loaded.error);
        m_abort->setEnabled(false);
        m_rerun->setEnabled(false);
        return;
    }
    const QString oldLog = logPath();
    m_run = loaded.run;
    const RunRecordRow &run = *m_run;
    if (loaded.parent)
        m_run->task = loaded.parent->task;
    m_title->setText(
        run.iteration
            ? tr("Run %1 (iteration %2): %3").arg(run.name).arg(run.iteration).arg(run.state)
            : tr("Run %1: %2").arg(run.name, run.state));
    m_status->setText(run.error);
    const QString values[] = {
        run.uid,
        run.name,
        run.project,
        run.function,
        run.kind,
        run.handler,
        run.state,
        QString::fromUtf8(run.labels),
        timeText(run.started),
        timeText(run.updated),
        timeText(run.ended),
        run.exitCode ? QString::number(*run.exitCode) : QString(),
        run.error,
        run.runDir,
    };
    for (std::size_t i = 0; i < std::size(kFields); ++i) {
        auto *edit = m_overview->findChild<QLineEdit *>(QStringLiteral("runOverview_") +
                                                        QLatin1String(kFields[i].name));
        edit->setText(values[i]);
        edit->setCursorPosition(0);
    }
    fillTable(m_parameters, StoredJson::read(run.parameters));
    const Node results = StoredJson::read(run.results);
    fillTable(m_results, results);
    std::optional<int> best;
    if (const Node *bestIteration = results.get("best_iteration");
        bestIteration && bestIteration->type() == Node::Type::Int)
        best = QString::fromStdString(bestIteration->text()).toInt();
    const Node table = StoredJson::read(run.iterations);
    m_iterations->setTable(table.isSequence() ? table : Node::sequence(), best);
    m_tabs->setTabEnabled(IterationsTab, table.isSequence() && table.size() > 1);
    m_artifacts->setArtifacts(loaded.artifacts);
    m_logPath->setText(logPath());
    m_abort->setEnabled(kActiveStates.contains(run.state));
    m_rerun->setEnabled(!run.function.isEmpty() && !run.task.isEmpty());
    if (logPath() != oldLog)
        emit logPathChanged(logPath());
    emit runShown(run.uid);
}

void RunDetails::abort()
{
    if (m_uid.isEmpty())
        return;
    emit abortRequested(m_uid);
    if (!m_follower)
        return;
    m_abort->setEnabled(false);
    const QString uid = m_uid;
    m_follower->abort(uid, this, [this, uid](Status status) {
        if (!status && uid == m_uid)
            m_status->setText(status.error().toString());
        refreshRun(uid, 0);
    });
}

void RunDetails::rerun()
{
    if (!m_run)
        return;
    auto task = RunTask::fromNode(StoredJson::read(m_run->task));
    if (!task) {
        m_status->setText(task.error().toString());
        return;
    }
    if (task->project.isEmpty())
        task->project = m_run->project;
    emit rerunRequested(m_run->function, *task);
}

} // namespace Runbench::Ui

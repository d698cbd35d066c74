// SPDX-License-Identifier: Apache-2.0
#include "runsmonitor.h"

#include "views/runstablemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Runbench::Ui {

using Models::RunsFilter;
using Models::RunsTableModel;

namespace {

const QStringList kStates = {QStringLiteral("created"), QStringLiteral("pending"),
                             QStringLiteral("running"), QStringLiteral("completed"),
                             QStringLiteral("error"),   QStringLiteral("aborted")};

// Time-range choices: how far back from now, in seconds; 0 = any time.
const qint64 kRanges[] = {0, 3600, 86400, 7 * 86400, 30 * 86400};

QComboBox *picker(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// A picker's items: "All" (no filter, empty data) followed by the values.
void setChoices(QComboBox *combo, const QString &all, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

RunsMonitor::RunsMonitor(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_model(new RunsTableModel(storePath, this))
{
    setObjectName(QStringLiteral("runsMonitor"));
    setAccessibleName(tr("Runs"));
    m_model->setObjectName(QStringLiteral("runsModel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createFilterBar();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setAccessibleName(tr("Runs table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // No sort column until the user picks one: the runs stay newest first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRunChanged(m_model->uidAt(current.row()));
            });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit runActivated(m_model->uidAt(index.row())); });
    connect(m_model, &RunsTableModel::loaded, this, [this] {
        fillPickers();
        updateCount();
    });
    connect(m_model, &RunsTableModel::loadFailed, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsMonitor::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        fillPickers(); // a new run may bring a new project or function
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunsMonitor::updateCount);
    m_model->reload();
}

RunsMonitor::~RunsMonitor() = default;

void RunsMonitor::createFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_state = picker(this, QStringLiteral("runsStateFilter"), tr("State filter"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &state : kStates)
        m_state->addItem(state, state);
    m_project = picker(this, QStringLiteral("runsProjectFilter"), tr("Project filter"));
    setChoices(m_project, tr("All projects"), {});
    m_function = picker(this, QStringLiteral("runsFunctionFilter"), tr("Function filter"));
    setChoices(m_function, tr("All functions"), {});
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("runsLabelFilter"));
    m_label->setAccessibleName(tr("Label filter"));
    m_label->setPlaceholderText(tr("label=value, ..."));
    m_label->setClearButtonEnabled(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("runsNameFilter"));
    m_name->setAccessibleName(tr("Name search"));
    m_name->setPlaceholderText(tr("Search names"));
    m_name->setClearButtonEnabled(true);
    m_time = picker(this, QStringLiteral("runsTimeFilter"), tr("Time range filter"));
    m_time->addItem(tr("Any time"), kRanges[0]);
    m_time->addItem(tr("Last hour"), kRanges[1]);
    m_time->addItem(tr("Last 24 hours"), kRanges[2]);
    m_time->addItem(tr("Last 7 days"), kRanges[3]);
    m_time->addItem(tr("Last 30 days"), kRanges[4]);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("runsCount"));
    m_labelError = new QLabel(this);
    m_labelError->setObjectName(QStringLiteral("runsLabelFilterError"));
    m_labelError->hide();

    for (QWidget *w : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_project),
                       static_cast<QWidget *>(m_function)})
        bar->addWidget(w);
    bar->addWidget(m_label, 1);
    bar->addWidget(m_name, 1);
    bar->addWidget(m_time);
    bar->addWidget(m_count);
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->addLayout(bar);
    column->addWidget(m_labelError);

    for (QComboBox *combo : {m_state, m_project, m_function, m_time})
        connect(combo, &QComboBox::currentIndexChanged, this, &RunsMonitor::applyFilter);
    for (QLineEdit *edit : {m_label, m_name})
        connect(edit, &QLineEdit::textChanged, this, &RunsMonitor::applyFilter);
}

RunsFilter RunsMonitor::filterFromBar() const
{
    RunsFilter filter;
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        filter.states = {state};
    filter.project = m_project->currentData().toString();
    filter.function = m_function->currentData().toString();
    filter.nameContains = m_name->text().trimmed();
    for (const QString &part : m_label->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            filter.labels.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    if (const qint64 seconds = m_time->currentData().toLongLong(); seconds > 0)
        filter.startedFrom = QDateTime::currentMSecsSinceEpoch() - seconds * 1000;
    return filter;
}

void RunsMonitor::applyFilter()
{
    bool labelsOk = true;
    for (const QString &part : m_label->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        labelsOk = labelsOk && (part.trimmed().isEmpty() || part.indexOf(QLatin1Char('=')) > 0);
    m_labelError->setText(labelsOk ? QString()
                                   : tr("Write label filters as key=value, separated by commas."));
    m_labelError->setVisible(!labelsOk);
    const QString selected = currentUid();
    m_model->setFilter(filterFromBar());
    if (!selected.isEmpty())
        selectRun(selected);
}

void RunsMonitor::fillPickers()
{
    setChoices(m_project, tr("All projects"), m_model->projects());
    setChoices(m_function, tr("All functions"), m_model->functions());
}

void RunsMonitor::updateCount()
{
    m_count->setText(tr("%1 of %2 runs").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

QString RunsMonitor::currentUid() const
{
    return m_model->uidAt(m_table->currentIndex().row());
}

void RunsMonitor::showProject(const QString &project)
{
    if (m_project->findData(project) < 0)
        m_project->addItem(project, project);
    m_project->setCurrentIndex(m_project->findData(project));
}

void RunsMonitor::selectRun(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void RunsMonitor::reload()
{
    m_model->reload();
}

void RunsMonitor::refreshRun(const QString &uid, int iteration)
{
    m_model->refreshRun(uid, iteration);
}

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#include "runstablemodel.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <memory>

namespace Runbench::Models {

namespace {

// Lives in the model's worker thread and keeps that thread's Store connection.
class RunsReader final : public QObject
{
public:
    explicit RunsReader(QString storePath)
        : m_storePath(std::move(storePath))
    {}

    Result<Store *> store()
    {
        if (!m_store) {
            auto opened = Store::open(m_storePath);
            if (!opened)
                return opened.error();
            m_store = std::move(*opened);
        }
        return m_store.get();
    }

private:
    QString m_storePath;
    std::unique_ptr<Store> m_store;
};

QString timeText(qint64 msecs)
{
    if (msecs == 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 durationMs(const RunSummary &run)
{
    if (run.started == 0)
        return -1;
    const qint64 end = run.ended ? run.ended : QDateTime::currentMSecsSinceEpoch();
    return std::max<qint64>(0, end - run.started);
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000, 0, 'f', 1);
    if (ms < 3600000)
        return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
    return QStringLiteral("%1 h %2 min").arg(ms / 3600000).arg((ms / 60000) % 60);
}

QStringList sortedDistinct(const std::vector<RunSummary> &runs,
                           const std::function<QString(const RunSummary &)> &field)
{
    QSet<QString> values;
    for (const RunSummary &run : runs)
        values.insert(field(run));
    values.remove(QString());
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list;
}

} // namespace

RunsTableModel::RunsTableModel(QString storePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storePath(std::move(storePath))
{
    m_thread.setObjectName(QStringLiteral("RunsTableReader"));
    m_worker = new RunsReader(m_storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RunsTableModel::~RunsTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

void RunsTableModel::reload()
{
    auto *reader = static_cast<RunsReader *>(m_worker);
    QMetaObject::invokeMethod(reader, [this, reader] {
        auto store = reader->store();
        if (!store) {
            const QString message = store.error().toString();
            QMetaObject::invokeMethod(this, [this, message] { emit loadFailed(message); });
            return;
        }
        auto rows = (*store)->runs(RunQuery{});
        if (!rows) {
            const QString message = rows.error().toString();
            QMetaObject::invokeMethod(this, [this, message] { emit loadFailed(message); });
            return;
        }
        auto runs = std::make_shared<std::vector<RunSummary>>();
        runs->reserve(rows->size());
        // Equal projects and functions share one string, which keeps the rows small.
        QHash<QString, QString> interned;
        const auto intern = [&interned](const QString &text) {
            auto it = interned.constFind(text);
            return it != interned.cend() ? *it : *interned.insert(text, text);
        };
        for (const RunRecordRow &row : *rows) {
            RunSummary run = RunSummary::fromRow(row);
            run.project = intern(run.project);
            run.function = intern(run.function);
            run.functionRef = intern(run.functionRef);
            run.state = intern(run.state);
            runs->push_back(std::move(run));
        }
        rows->clear();
        QMetaObject::invokeMethod(this, [this, runs] { applyLoad(std::move(*runs)); });
    });
}

void RunsTableModel::refreshRun(const QString &uid, int iteration)
{
    Q_UNUSED(iteration) // a sweep's iterations change what its parent row shows
    auto *reader = static_cast<RunsReader *>(m_worker);
    QMetaObject::invokeMethod(reader, [this, reader, uid] {
        auto store = reader->store();
        if (!store)
            return;
        const auto row = (*store)->run(uid, 0);
        if (!row || !*row)
            return;
        const RunSummary run = RunSummary::fromRow(**row);
        QMetaObject::invokeMethod(this, [this, run] { applyRun(run); });
    });
}

void RunsTableModel::applyLoad(std::vector<RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_indexOfUid.clear();
    m_indexOfUid.reserve(qsizetype(m_runs.size()));
    m_order.resize(m_runs.size());
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        m_indexOfUid.insert(m_runs[i].uid, int(i));
        m_order[i] = int(i);
    }
    if (m_sortColumn >= 0) {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int a, int b) { return lessThan(m_sortColumn, a, b); });
    }
    rankOrder();
    m_visible.clear();
    for (const int index : m_order) {
        if (m_filter.accepts(m_runs[std::size_t(index)]))
            m_visible.push_back(index);
    }
    m_loaded = true;
    endResetModel();
    emit loaded(int(m_runs.size()));
}

void RunsTableModel::applyRun(const RunSummary &run)
{
    const auto known = m_indexOfUid.constFind(run.uid);
    if (known == m_indexOfUid.cend()) {
        const int index = int(m_runs.size());
        m_runs.push_back(run);
        m_indexOfUid.insert(run.uid, index);
        m_order.insert(m_order.begin(), index); // newest first until sorted again
        rankOrder();
        if (m_filter.accepts(run)) {
            beginInsertRows({}, 0, 0);
            m_visible.insert(m_visible.begin(), index);
            endInsertRows();
        }
        emit runRefreshed(run.uid);
        return;
    }
    const int index = *known;
    m_runs[std::size_t(index)] = run;
    const int row = rowOf(run.uid);
    const bool accepted = m_filter.accepts(run);
    if (row >= 0) {
        if (accepted) {
            emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        } else {
            beginRemoveRows({}, row, row);
            m_visible.erase(m_visible.begin() + row);
            endRemoveRows();
        }
    } else if (accepted) {
        const auto before =
            std::lower_bound(m_visible.begin(), m_visible.end(), index, [this](int a, int b) {
                return m_rank[std::size_t(a)] < m_rank[std::size_t(b)];
            });
        const int position = int(before - m_visible.begin());
        beginInsertRows({}, position, position);
        m_visible.insert(before, index);
        endInsertRows();
    }
    emit runRefreshed(run.uid);
}

void RunsTableModel::setFilter(const RunsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void RunsTableModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (const int index : m_order) {
        if (m_filter.accepts(m_runs[std::size_t(index)]))
            m_visible.push_back(index);
    }
    endResetModel();
}

void RunsTableModel::rankOrder()
{
    m_rank.resize(m_order.size());
    for (std::size_t position = 0; position < m_order.size(); ++position)
        m_rank[std::size_t(m_order[position])] = int(position);
}

bool RunsTableModel::lessThan(int column, int a, int b) const
{
    const RunSummary &x = m_runs[std::size_t(a)];
    const RunSummary &y = m_runs[std::size_t(b)];
    switch (column) {
    case UidColumn:
        return x.uid < y.uid;
    case NameColumn:
        return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
    case ProjectColumn:
        return x.project < y.project;
    case FunctionColumn:
        return x.function < y.function;
    case StateColumn:
        return x.state < y.state;
    case StartedColumn:
        return x.started < y.started;
    case EndedColumn:
        return x.ended < y.ended;
    case DurationColumn:
        return durationMs(x) < durationMs(y);
    case LabelsColumn:
        return x.labelsText < y.labelsText;
    default:
        return false;
    }
}

void RunsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> uids;
    for (const QModelIndex &index : before)
        uids.push_back(uidAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    std::stable_sort(m_order.begin(), m_order.end(), [this, column, order](int a, int b) {
        return order == Qt::AscendingOrder ? lessThan(column, a, b) : lessThan(column, b, a);
    });
    rankOrder();
    m_visible.clear();
    for (const int index : m_order) {
        if (m_filter.accepts(m_runs[std::size_t(index)]))
            m_visible.push_back(index);
    }
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(uids[std::size_t(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString RunsTableModel::uidAt(int row) const
{
    const RunSummary *run = runAt(row);
    return run ? run->uid : QString();
}

const RunSummary *RunsTableModel::runAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_runs[std::size_t(m_visible[std::size_t(row)])];
}

int RunsTableModel::rowOf(const QString &uid) const
{
    const auto known = m_indexOfUid.constFind(uid);
    if (known == m_indexOfUid.cend())
        return -1;
    const int index = *known;
    const auto shown =
        std::lower_bound(m_visible.cbegin(), m_visible.cend(), index, [this](int a, int b) {
            return m_rank[std::size_t(a)] < m_rank[std::size_t(b)];
        });
    return shown != m_visible.cend() && *shown == index ? int(shown - m_visible.cbegin()) : -1;
}

QStringList RunsTableModel::projects() const
{
    return sortedDistinct(m_runs, [](const RunSummary &run) { return run.project; });
}

QStringList RunsTableModel::functions() const
{
    return sortedDistinct(m_runs, [](const RunSummary &run) { return run.function; });
}

int RunsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const
{
    const RunSummary *run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    if (role == UidRole)
        return run->uid;
    if (role == StateRole)
        return run->state;
    if (role == Qt::ToolTipRole && index.column() == FunctionColumn)
        return run->functionRef;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UidColumn:
        return run->uid;
    case NameColumn:
        return run->name;
    case ProjectColumn:
        return run->project;
    case FunctionColumn:
        return run->function;
    case StateColumn:
        return run->state;
    case StartedColumn:
        return timeText(run->started);
    case EndedColumn:
        return timeText(run->ended);
    case DurationColumn:
        return durationText(durationMs(*run));
    case LabelsColumn:
        return run->labelsText;
    default:
        return {};
    }
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UidColumn:
        return tr("UID");
    case NameColumn:
        return tr("Name");
    case ProjectColumn:
        return tr("Project");
    case FunctionColumn:
        return tr("Function");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case LabelsColumn:
        return tr("Labels");
    default:
        return {};
    }
}

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#include "iterationstablemodel.h"

#include <algorithm>

namespace Runbench::Models {

namespace {

std::optional<double> numberOf(const Node &value)
{
    switch (value.type()) {
    case Node::Type::Bool:
        return value.boolValue() ? 1.0 : 0.0;
    case Node::Type::Float:
        return value.realValue();
    case Node::Type::Int:
    case Node::Type::String: {
        bool ok = false;
        const double number = QString::fromStdString(value.text()).trimmed().toDouble(&ok);
        return ok ? std::optional(number) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QStringList namesWithPrefix(const QStringList &header, const QString &prefix)
{
    QStringList names;
    for (const QString &name : header) {
        if (name.startsWith(prefix))
            names << name;
    }
    return names;
}

} // namespace

IterationsTableModel::IterationsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

IterationsTableModel::~IterationsTableModel() = default;

void IterationsTableModel::setTable(const Node &table, std::optional<int> bestIteration)
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_best = bestIteration;
    if (table.isSequence() && table.size() > 0 && table.items().front().isSequence()) {
        for (const Node &name : table.items().front().items())
            m_header << QString::fromStdString(name.displayText());
        const qsizetype iterColumn = m_header.indexOf(QStringLiteral("iter"));
        for (std::size_t i = 1; i < table.size(); ++i) {
            const Node &row = table.items()[i];
            if (!row.isSequence())
                continue;
            Row entry{row.items(), int(i)};
            if (iterColumn >= 0 && std::size_t(iterColumn) < entry.cells.size()) {
                if (const auto n = numberOf(entry.cells[std::size_t(iterColumn)]))
                    entry.iteration = int(*n);
            }
            m_rows.push_back(std::move(entry));
        }
    }
    endResetModel();
}

QStringList IterationsTableModel::parameterNames() const
{
    return namesWithPrefix(m_header, QStringLiteral("param."));
}

QStringList IterationsTableModel::resultNames() const
{
    return namesWithPrefix(m_header, QStringLiteral("output."));
}

int IterationsTableModel::columnOf(const QString &name) const
{
    const qsizetype index = m_header.indexOf(name);
    return index < 0 ? -1 : int(index) + 1;
}

int IterationsTableModel::bestRow() const
{
    if (!m_best)
        return -1;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].iteration == *m_best)
            return int(row);
    }
    return -1;
}

int IterationsTableModel::iterationAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].iteration : -1;
}

const Node *IterationsTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= int(m_rows.size()) || column < 1)
        return nullptr;
    const auto &cells = m_rows[std::size_t(row)].cells;
    return std::size_t(column - 1) < cells.size() ? &cells[std::size_t(column - 1)] : nullptr;
}

std::optional<double> IterationsTableModel::number(int row, int column) const
{
    const Node *value = cell(row, column);
    return value ? numberOf(*value) : std::nullopt;
}

int IterationsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IterationsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_header.isEmpty() ? 0 : int(m_header.size()) + 1;
}

QVariant IterationsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const bool best = m_best && m_rows[std::size_t(index.row())].iteration == *m_best;
    if (role == BestRole)
        return best;
    if (index.column() == BestColumn) {
        if (role == Qt::DisplayRole)
            return best ? QStringLiteral("★") : QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return best ? tr("Best iteration") : QString();
        return {};
    }
    const Node *value = cell(index.row(), index.column());
    if (!value)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return value->isNull() ? QString() : QString::fromStdString(value->displayText());
    return {};
}

QVariant IterationsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == BestColumn)
        return tr("Best");
    return section - 1 < m_header.size() ? QVariant(m_header.at(section - 1)) : QVariant();
}

void IterationsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Numbers before text, numbers by value, text by its characters.
    const auto key = [this, column](const Row &row) -> std::pair<int, std::pair<double, QString>> {
        if (column == BestColumn)
            return {0, {m_best && row.iteration == *m_best ? 1.0 : 0.0, {}}};
        const auto &cells = row.cells;
        if (std::size_t(column - 1) >= cells.size() || cells[std::size_t(column - 1)].isNull())
            return {2, {0, {}}};
        const Node &value = cells[std::size_t(column - 1)];
        if (const auto n = numberOf(value))
            return {0, {*n, {}}};
        return {1, {0, QString::fromStdString(value.displayText())}};
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
    });
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Runbench::Models

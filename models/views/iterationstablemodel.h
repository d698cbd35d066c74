// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace Runbench::Models {

// A sweep's iterations table (the parent run's [[header...], [row]...] JSON) as a sortable
// table: a first "best" column marks the best iteration, then one column per header cell.
class IterationsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IterationsTableModel)

public:
    enum Role { BestRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    static constexpr int BestColumn = 0;

    explicit IterationsTableModel(QObject *parent = nullptr);
    ~IterationsTableModel() override;

    // table: the stored iterations table; best: the parent's best_iteration result, if any.
    void setTable(const Node &table, std::optional<int> bestIteration);
    // The header names ("param.x", "output.y", "state", "iter"); model column = index + 1.
    QStringList header() const { return m_header; }
    QStringList parameterNames() const;      // header names starting with "param."
    QStringList resultNames() const;         // header names starting with "output."
    int columnOf(const QString &name) const; // -1 when absent
    std::optional<int> bestIteration() const { return m_best; }
    int bestRow() const; // -1 when none
    int iterationAt(int row) const;
    // The cell as a number, when it is one (ints, floats, bools, numeric strings).
    std::optional<double> number(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // One table row: its cells as the table holds them and the iteration number.
    struct Row
    {
        std::vector<Node> cells;
        int iteration = 0;
    };
    const Node *cell(int row, int column) const;

    QStringList m_header;
    std::vector<Row> m_rows;
    std::optional<int> m_best;
};

} // namespace Runbench::Models

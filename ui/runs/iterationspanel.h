// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QTableView;

class QChartView;

namespace Runbench::Models {
class IterationsTableModel;
}

namespace Runbench::Ui {

// A sweep's iterations: a sortable table with the best iteration marked, and a chart of a
// chosen result against a chosen parameter.
class IterationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IterationsPanel)

public:
    explicit IterationsPanel(QWidget *parent = nullptr);
    ~IterationsPanel() override;

    // table: the parent run's iterations table; best: its best_iteration result.
    void setTable(const Models::Node &table, std::optional<int> bestIteration);
    Models::IterationsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    // Plots this result (a header name like "output.loss") against this parameter.
    void plot(const QString &resultName, const QString &parameterName);

private:
    void redraw();

    Models::IterationsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_parameter = nullptr;
    QChartView *m_chartView = nullptr;
};

} // namespace Runbench::Ui

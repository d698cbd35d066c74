// SPDX-License-Identifier: Apache-2.0
#include "iterationspanel.h"

#include "views/iterationstablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts>

namespace Runbench::Ui {

using Models::IterationsTableModel;

namespace {

QComboBox *axisPicker(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// A header name without its "param." or "output." prefix.
QString shortName(const QString &name)
{
    return name.section(QLatin1Char('.'), 1);
}

} // namespace

IterationsPanel::IterationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new IterationsTableModel(this))
{
    setObjectName(QStringLiteral("iterationsPanel"));
    m_model->setObjectName(QStringLiteral("iterationsModel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("iterationsTable"));
    m_table->setAccessibleName(tr("Iterations table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_result = axisPicker(this, QStringLiteral("chartResultPicker"), tr("Result to chart"));
    m_parameter =
        axisPicker(this, QStringLiteral("chartParameterPicker"), tr("Parameter to chart against"));
    auto *chart = new QChart;
    chart->legend()->hide();
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("iterationsChart"));
    m_chartView->setAccessibleName(tr("Chart of a result against a parameter"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    auto *pickers = new QHBoxLayout;
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_result);
    auto *parameterLabel = new QLabel(tr("&against parameter:"), this);
    parameterLabel->setBuddy(m_parameter);
    pickers->addWidget(resultLabel);
    pickers->addWidget(m_result);
    pickers->addWidget(parameterLabel);
    pickers->addWidget(m_parameter);
    pickers->addStretch();

    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(pickers);
    chartLayout->addWidget(m_chartView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("iterationsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(chartSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (QComboBox *combo : {m_result, m_parameter})
        connect(combo, &QComboBox::currentIndexChanged, this, &IterationsPanel::redraw);
}

IterationsPanel::~IterationsPanel() = default;

void IterationsPanel::setTable(const Models::Node &table, std::optional<int> bestIteration)
{
    m_model->setTable(table, bestIteration);
    const QString result = m_result->currentData().toString();
    const QString parameter = m_parameter->currentData().toString();
    {
        const QSignalBlocker blockResult(m_result);
        const QSignalBlocker blockParameter(m_parameter);
        m_result->clear();
        m_parameter->clear();
        for (const QString &name : m_model->resultNames())
            m_result->addItem(shortName(name), name);
        for (const QString &name : m_model->parameterNames())
            m_parameter->addItem(shortName(name), name);
        m_result->setCurrentIndex(std::max(0, m_result->findData(result)));
        m_parameter->setCurrentIndex(std::max(0, m_parameter->findData(parameter)));
    }
    redraw();
}

void IterationsPanel::plot(const QString &resultName, const QString &parameterName)
{
    const QSignalBlocker blockResult(m_result);
    const QSignalBlocker blockParameter(m_parameter);
    m_result->setCurrentIndex(m_result->findData(resultName));
    m_parameter->setCurrentIndex(m_parameter->findData(parameterName));
    redraw();
}

void IterationsPanel::redraw()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const int y = m_model->columnOf(m_result->currentData().toString());
    const int x = m_model->columnOf(m_parameter->currentData().toString());
    if (x < 0 || y < 0) {
        chart->setTitle(m_model->rowCount() ? tr("Pick a result and a parameter to chart.")
                                            : QString());
        return;
    }
    auto *points = new QScatterSeries;
    points->setObjectName(QStringLiteral("iterationPoints"));
    points->setName(tr("Iterations"));
    points->setMarkerSize(9);
    auto *best = new QScatterSeries;
    best->setObjectName(QStringLiteral("bestIterationPoint"));
    best->setName(tr("Best iteration"));
    best->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    best->setMarkerSize(14);
    const int bestRow = m_model->bestRow();
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool any = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto px = m_model->number(row, x);
        const auto py = m_model->number(row, y);
        if (!px || !py)
            continue;
        (row == bestRow ? best : points)->append(*px, *py);
        minX = any ? std::min(minX, *px) : *px;
        maxX = any ? std::max(maxX, *px) : *px;
        minY = any ? std::min(minY, *py) : *py;
        maxY = any ? std::max(maxY, *py) : *py;
        any = true;
    }
    chart->addSeries(points);
    chart->addSeries(best);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(m_parameter->currentText());
    auto *axisY = new QValueAxis;
    axisY->setTitleText(m_result->currentText());
    // A margin keeps the outermost points off the frame, and single values visible.
    const double padX = maxX > minX ? (maxX - minX) * 0.05 : 1;
    const double padY = maxY > minY ? (maxY - minY) * 0.05 : 1;
    axisX->setRange(minX - padX, maxX + padX);
    axisY->setRange(minY - padY, maxY + padY);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(points), static_cast<QXYSeries *>(best)}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->setTitle(
        any ? tr("%1 against %2").arg(m_result->currentText(), m_parameter->currentText())
            : tr("No iteration has numbers for both."));
}

} // namespace Runbench::Ui

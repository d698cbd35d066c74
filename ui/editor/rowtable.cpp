// SPDX-License-Identifier: Apache-2.0
#include "rowtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Runbench::Ui {

RowTable::RowTable(const QString &objectName, const QString &accessibleName,
                   const QList<Column> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, int(columns.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(objectName + QStringLiteral("Editor"));
    m_table->setObjectName(objectName);
    m_table->setAccessibleName(accessibleName);
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setAccessibleName(tr("Remove the current row from %1").arg(accessibleName));
    QStringList headers;
    for (const Column &column : columns)
        headers << column.title;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setObjectName(objectName + QStringLiteral("Header"));
    m_table->horizontalHeader()->setAccessibleName(tr("Columns of %1").arg(accessibleName));
    m_table->verticalHeader()->setObjectName(objectName + QStringLiteral("RowHeader"));
    m_table->verticalHeader()->setAccessibleName(tr("Rows of %1").arg(accessibleName));
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(110);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    connect(m_remove, &QPushButton::clicked, this, &RowTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { cellEdited(item->row(), item->column()); });
}

QList<QStringList> RowTable::rows() const
{
    QList<QStringList> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < m_columns.size(); ++column) {
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
                values << combo->currentData().toString();
            else
                values << (m_table->item(row, column) ? m_table->item(row, column)->text()
                                                      : QString());
        }
        out << values;
    }
    return out;
}

void RowTable::setRows(const QList<QStringList> &rows)
{
    if (rows == this->rows())
        return;
    m_loading = true;
    m_table->setRowCount(0);
    for (const QStringList &values : rows) {
        m_table->insertRow(m_table->rowCount());
        setRow(m_table->rowCount() - 1, values);
    }
    m_loading = false;
}

void RowTable::addRow(const QStringList &values)
{
    m_loading = true;
    m_table->insertRow(m_table->rowCount());
    setRow(m_table->rowCount() - 1, values);
    m_loading = false;
    notify(QStringLiteral("add%1").arg(++m_structureEdits));
}

void RowTable::setRow(int row, const QStringList &values)
{
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString value = values.value(column);
        const Column &spec = m_columns[column];
        if (spec.choices.isEmpty()) {
            m_table->setItem(row, column, new QTableWidgetItem(value));
            continue;
        }
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(m_table->objectName() + QStringLiteral("Choice%1").arg(column));
        combo->setAccessibleName(spec.title);
        for (const auto &[data, label] : spec.choices)
            combo->addItem(label, data);
        const int index = combo->findData(value);
        if (index < 0 && !value.isEmpty())
            combo->addItem(value, value); // keep a value the list does not know
        combo->setCurrentIndex(index < 0 && !value.isEmpty() ? combo->count() - 1 : qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                if (m_table->cellWidget(r, column) == combo)
                    cellEdited(r, column);
            }
        });
        m_table->setCellWidget(row, column, combo);
    }
}

void RowTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    notify(QStringLiteral("remove%1").arg(++m_structureEdits));
}

void RowTable::cellEdited(int row, int column)
{
    notify(QStringLiteral("%1,%2").arg(row).arg(column));
}

void RowTable::notify(const QString &detail)
{
    if (!m_loading)
        emit edited(m_table->objectName() + u'#' + detail);
}

} // namespace Runbench::Ui

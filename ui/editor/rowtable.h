// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace Runbench::Ui {

// An editable table of text rows with add and remove buttons; columns are free text or a
// choice from a list (shown as a combo box). Values are read and written as whole rows.
class RowTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTable)

public:
    // A column: its header and, for a choice column, (value, label) pairs.
    struct Column
    {
        QString title;
        QList<QPair<QString, QString>> choices;
    };

    RowTable(const QString &objectName, const QString &accessibleName, const QList<Column> &columns,
             QWidget *parent = nullptr);

    // Rows of values, one string per column (the value, not the label, of choice columns).
    QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);
    QTableWidget *table() const { return m_table; }
    void addRow(const QStringList &values = {});

signals:
    // The user changed a cell, added or removed a row. step names the edit for undo: edits
    // of one cell share it (objectName#row,column), each added or removed row has its own.
    void edited(const QString &step);

private:
    void setRow(int row, const QStringList &values);
    void removeCurrentRow();
    void notify(const QString &detail);
    void cellEdited(int row, int column);

    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_loading = false;
    int m_structureEdits = 0;
};

} // namespace Runbench::Ui

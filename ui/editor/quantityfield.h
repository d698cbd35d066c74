// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Runbench::Ui {

// A Kubernetes quantity typed as a number and a unit picked from a list (m, Mi, Gi, ...).
class QuantityField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantityField)

public:
    // units: (suffix, label) pairs offered; the first is the default.
    QuantityField(const QString &objectName, const QString &accessibleName,
                  const QList<QPair<QString, QString>> &units, QWidget *parent = nullptr);

    // The quantity as written: number and unit; empty when the number is empty.
    QString quantity() const;
    // Splits a quantity into number and a known unit; unknown suffixes stay in the number.
    void setQuantity(const QString &quantity);
    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *unitCombo() const { return m_unit; }

signals:
    void edited();

private:
    QLineEdit *m_number = nullptr;
    QComboBox *m_unit = nullptr;
    bool m_loading = false;
};

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#include "quantityfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace Runbench::Ui {

QuantityField::QuantityField(const QString &objectName, const QString &accessibleName,
                             const QList<QPair<QString, QString>> &units, QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit(this))
    , m_unit(new QComboBox(this))
{
    setObjectName(objectName);
    m_number->setObjectName(objectName + QStringLiteral("Value"));
    m_number->setAccessibleName(accessibleName);
    m_number->setPlaceholderText(tr("Not set"));
    m_unit->setObjectName(objectName + QStringLiteral("Unit"));
    m_unit->setAccessibleName(tr("%1 unit").arg(accessibleName));
    for (const auto &[unit, label] : units)
        m_unit->addItem(label, unit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_number);
    auto notify = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_number, &QLineEdit::textChanged, this, notify);
    connect(m_unit, &QComboBox::currentIndexChanged, this, notify);
}

QString QuantityField::quantity() const
{
    const QString number = m_number->text().trimmed();
    return number.isEmpty() ? QString() : number + m_unit->currentData().toString();
}

void QuantityField::setQuantity(const QString &quantity)
{
    if (quantity == this->quantity())
        return;
    m_loading = true;
    static const QRegularExpression split(QStringLiteral("^([+-]?[0-9.]*)(.*)$"));
    const auto match = split.match(quantity);
    const int unit = m_unit->findData(match.captured(2));
    if (!quantity.isEmpty() && !match.captured(1).isEmpty() && unit >= 0) {
        m_number->setText(match.captured(1));
        m_unit->setCurrentIndex(unit);
    } else {
        m_number->setText(quantity);
        m_unit->setCurrentIndex(quantity.isEmpty() ? 0 : qMax(0, m_unit->findData(QString())));
    }
    m_loading = false;
}

} // namespace Runbench::Ui

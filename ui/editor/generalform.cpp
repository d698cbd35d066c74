// SPDX-License-Identifier: Apache-2.0
#include "generalform.h"

#include "rowtable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Runbench::Ui {

using Models::FunctionSpec;
using F = FunctionSpec::TextField;

GeneralForm::GeneralForm(QWidget *parent)
    : SpecForm(parent)
{
    setObjectName(QStringLiteral("generalForm"));
    auto *layout = new QFormLayout(this);
    textField(layout, tr("&Name:"), QStringLiteral("nameEdit"), F::Name,
              QStringLiteral("metadata.name"), false);
    textField(layout, tr("&Tag:"), QStringLiteral("tagEdit"), F::Tag,
              QStringLiteral("metadata.tag"), false);

    m_kind = comboBox(QStringLiteral("kindCombo"), tr("Kind"));
    m_kind->addItems(FunctionSpec::kinds());
    addRow(layout, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    connect(m_kind, &QComboBox::currentTextChanged, this, [this](const QString &kind) {
        emitEdit(QStringLiteral("kindCombo"), [kind](FunctionSpec &spec) {
            if (spec.kind() != kind || !spec.root().get("kind"))
                spec.setKind(kind);
        });
    });

    textField(layout, tr("&Description:"), QStringLiteral("descriptionEdit"), F::Description,
              QStringLiteral("spec.description"), false);

    m_labels = new RowTable(QStringLiteral("labelsTable"), tr("Labels"),
                            {{tr("Key"), {}}, {tr("Value"), {}}}, this);
    addRow(layout, tr("&Labels:"), m_labels->table(), QStringLiteral("metadata.labels"), m_labels);
    connect(m_labels, &RowTable::edited, this, [this](const QString &step) {
        QMap<QString, QString> labels;
        for (const QStringList &row : m_labels->rows())
            labels.insert(row.value(0), row.value(1));
        emitEdit(step, [labels](FunctionSpec &spec) {
            if (spec.map(FunctionSpec::MapField::Labels) != labels)
                spec.setMap(FunctionSpec::MapField::Labels, labels);
        });
    });

    m_handler = comboBox(QStringLiteral("defaultHandlerCombo"), tr("Default handler"));
    m_handler->setEditable(true);
    m_handler->lineEdit()->setObjectName(QStringLiteral("defaultHandlerEdit"));
    m_handler->lineEdit()->setAccessibleName(tr("Default handler"));
    addRow(layout, tr("Default &handler:"), m_handler, QStringLiteral("spec.default_handler"));
    connect(m_handler, &QComboBox::currentTextChanged, this, [this](const QString &handler) {
        emitEdit(QStringLiteral("defaultHandlerCombo"), [handler](FunctionSpec &spec) {
            if (spec.text(F::DefaultHandler) == handler)
                return;
            if (handler.isEmpty())
                spec.clearText(F::DefaultHandler);
            else
                spec.setText(F::DefaultHandler, handler);
        });
    });

    textField(layout, tr("&Image:"), QStringLiteral("imageEdit"), F::Image,
              QStringLiteral("spec.image"), false);
    textField(layout, tr("&Command:"), QStringLiteral("commandEdit"), F::Command,
              QStringLiteral("spec.command"), false);
    listField(layout, tr("&Arguments (one per line):"), QStringLiteral("argsEdit"),
              FunctionSpec::ListField::Args, QStringLiteral("spec.args"));
}

void GeneralForm::setHandlers(const QStringList &handlers)
{
    const QString current = m_handler->currentText();
    QStringList items;
    for (int i = 0; i < m_handler->count(); ++i)
        items << m_handler->itemText(i);
    if (items == handlers)
        return;
    const QSignalBlocker blocker(m_handler);
    m_handler->clear();
    m_handler->addItems(handlers);
    m_handler->setCurrentText(current);
}

void GeneralForm::loadFields(const FunctionSpec &spec)
{
    if (m_kind->findText(spec.kind()) < 0)
        m_kind->addItem(spec.kind());
    m_kind->setCurrentText(spec.kind());
    if (m_handler->currentText() != spec.text(F::DefaultHandler))
        m_handler->setCurrentText(spec.text(F::DefaultHandler));
    QList<QStringList> rows;
    const auto labels = spec.map(FunctionSpec::MapField::Labels);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        rows << QStringList{it.key(), it.value()};
    m_labels->setRows(rows);
}

} // namespace Runbench::Ui

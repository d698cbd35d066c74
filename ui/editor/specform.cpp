// SPDX-License-Identifier: Apache-2.0
#include "specform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Runbench::Ui {

using Models::FunctionSpec;

SpecForm::SpecForm(QWidget *parent)
    : QWidget(parent)
{}

void SpecForm::load(const FunctionSpec &spec)
{
    m_loading = true;
    for (const TextBinding &binding : std::as_const(m_texts))
        setTextIfDifferent(binding.edit, spec.text(binding.field));
    for (const ListBinding &binding : std::as_const(m_lists))
        setLinesIfDifferent(binding.edit, spec.list(binding.field));
    for (const ChoiceBinding &binding : std::as_const(m_choices))
        selectData(binding.combo, spec.text(binding.field));
    loadFields(spec);
    m_loading = false;
}

void SpecForm::addRow(QFormLayout *layout, const QString &label, QWidget *field,
                      const QString &path, QWidget *display)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(display ? display : field);
    auto *message = new QLabel(box);
    message->setObjectName(field->objectName() + QStringLiteral("Problem"));
    message->setAccessibleName(tr("Problems with %1").arg(plainLabel(label)));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setStyleSheet(QStringLiteral("color: #c62828;"));
    message->hide();
    column->addWidget(message);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    layout->addRow(caption, box);
    m_bindings.append({path, field, message});
}

void SpecForm::emitEdit(const QString &field, const Change &change)
{
    if (!m_loading)
        emit edited(field, change);
}

QLineEdit *SpecForm::lineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QPlainTextEdit *SpecForm::linesEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(110);
    return edit;
}

QComboBox *SpecForm::comboBox(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

QLineEdit *SpecForm::textField(QFormLayout *layout, const QString &label, const QString &objectName,
                               FunctionSpec::TextField field, const QString &path, bool optional)
{
    const QString accessible = plainLabel(label);
    QLineEdit *edit = lineEdit(objectName, accessible);
    addRow(layout, label, edit, path);
    m_texts.append({edit, field});
    connect(edit, &QLineEdit::textChanged, this,
            [this, objectName, field, optional](const QString &text) {
                emitEdit(objectName, [field, optional, text](FunctionSpec &spec) {
                    if (spec.text(field) == text)
                        return;
                    if (optional && text.isEmpty())
                        spec.clearText(field);
                    else
                        spec.setText(field, text);
                });
            });
    return edit;
}

QPlainTextEdit *SpecForm::listField(QFormLayout *layout, const QString &label,
                                    const QString &objectName, FunctionSpec::ListField field,
                                    const QString &path)
{
    const QString accessible = plainLabel(label);
    QPlainTextEdit *edit = linesEdit(objectName, accessible);
    addRow(layout, label, edit, path);
    m_lists.append({edit, field});
    connect(edit, &QPlainTextEdit::textChanged, this, [this, objectName, field, edit] {
        const QStringList values = lines(edit);
        emitEdit(objectName, [field, values](FunctionSpec &spec) {
            if (spec.list(field) != values)
                spec.setList(field, values);
        });
    });
    return edit;
}

QComboBox *SpecForm::choiceField(QFormLayout *layout, const QString &label,
                                 const QString &objectName, FunctionSpec::TextField field,
                                 const QString &path, const QList<QPair<QString, QString>> &choices)
{
    const QString accessible = plainLabel(label);
    QComboBox *combo = comboBox(objectName, accessible);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    addRow(layout, label, combo, path);
    m_choices.append({combo, field});
    connect(combo, &QComboBox::currentIndexChanged, this, [this, objectName, field, combo] {
        const QString value = combo->currentData().toString();
        emitEdit(objectName, [field, value](FunctionSpec &spec) {
            if (spec.text(field) == value)
                return;
            if (value.isEmpty())
                spec.clearText(field);
            else
                spec.setText(field, value);
        });
    });
    return combo;
}

QString SpecForm::plainLabel(const QString &label)
{
    QString plain = label;
    plain.remove(u'&');
    if (plain.endsWith(u':'))
        plain.chop(1);
    return plain;
}

void SpecForm::setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void SpecForm::setLinesIfDifferent(QPlainTextEdit *edit, const QStringList &values)
{
    if (lines(edit) != values)
        edit->setPlainText(values.join(u'\n'));
}

void SpecForm::selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value); // a value from the file that the list does not offer
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QStringList SpecForm::lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace Runbench::Ui

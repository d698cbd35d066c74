// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "spec/functionspec.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Runbench::Ui {

// One page of the function's spec forms. It shows the spec given to load() and reports each
// user edit as a named change to apply to the spec, so the editor can record it for undo.
class SpecForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecForm)

public:
    using Change = std::function<void(Models::FunctionSpec &)>;
    // Problems at path (or below it) are shown in message, under field.
    struct Binding
    {
        QString path;
        QWidget *field = nullptr;
        QLabel *message = nullptr;
    };

    explicit SpecForm(QWidget *parent = nullptr);
    // Shows the spec's values without reporting edits.
    void load(const Models::FunctionSpec &spec);
    const QList<Binding> &bindings() const { return m_bindings; }

signals:
    // field names the edited control (its objectName, then optionally '#' and a detail such
    // as a table cell) so consecutive edits of one field can be merged.
    void edited(const QString &field, const Runbench::Ui::SpecForm::Change &change);

protected:
    virtual void loadFields(const Models::FunctionSpec &spec) = 0;
    // Adds a labelled row showing field (or display, a widget holding it) and, under it, the
    // problems found at path.
    void addRow(QFormLayout *layout, const QString &label, QWidget *field, const QString &path,
                QWidget *display = nullptr);
    void emitEdit(const QString &field, const Change &change);
    bool isLoading() const { return m_loading; }

    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName);
    QPlainTextEdit *linesEdit(const QString &objectName, const QString &accessibleName);
    QComboBox *comboBox(const QString &objectName, const QString &accessibleName);
    // A line edit bound to a text field; optional fields leave the document when cleared.
    QLineEdit *textField(QFormLayout *layout, const QString &label, const QString &objectName,
                         Models::FunctionSpec::TextField field, const QString &path, bool optional);
    // A one-item-per-line editor bound to a list field.
    QPlainTextEdit *listField(QFormLayout *layout, const QString &label, const QString &objectName,
                              Models::FunctionSpec::ListField field, const QString &path);
    // A combo box of (value, label) pairs bound to a text field; an empty value clears it.
    QComboBox *choiceField(QFormLayout *layout, const QString &label, const QString &objectName,
                           Models::FunctionSpec::TextField field, const QString &path,
                           const QList<QPair<QString, QString>> &choices);

    static void setTextIfDifferent(QLineEdit *edit, const QString &text);
    static void setLinesIfDifferent(QPlainTextEdit *edit, const QStringList &lines);
    static void selectData(QComboBox *combo, const QString &value);
    static QStringList lines(const QPlainTextEdit *edit);
    // A form label without its mnemonic and colon, as an accessible name.
    static QString plainLabel(const QString &label);

private:
    struct TextBinding
    {
        QLineEdit *edit;
        Models::FunctionSpec::TextField field;
    };
    struct ListBinding
    {
        QPlainTextEdit *edit;
        Models::FunctionSpec::ListField field;
    };
    struct ChoiceBinding
    {
        QComboBox *combo;
        Models::FunctionSpec::TextField field;
    };

    QList<Binding> m_bindings;
    QList<TextBinding> m_texts;
    QList<ListBinding> m_lists;
    QList<ChoiceBinding> m_choices;
    bool m_loading = false;
};

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#include "codeeditor.h"

#include "codelexer.h"
#include "findbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>
#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>

namespace Runbench::Ui {

CodeEditor::CodeEditor(QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_stack(stack)
    , m_editor(new QsciScintilla(this))
    , m_language(new QComboBox(this))
    , m_findBar(nullptr)
{
    setObjectName(QStringLiteral("codeEditor"));
    m_editor->setObjectName(QStringLiteral("codeEdit"));
    m_editor->setAccessibleName(tr("Function code"));
    m_editor->setUtf8(true);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->setAutoIndent(true);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setTabWidth(4);
    m_editor->setIndentationGuides(true);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setCaretLineVisible(true);
    // Undo and redo belong to the shared stack, so the editor's own keys for them go.
    for (QsciCommand *command : m_editor->standardCommands()->commands()) {
        if (command->command() == QsciCommand::Undo || command->command() == QsciCommand::Redo) {
            command->setKey(0);
            command->setAlternateKey(0);
        }
    }

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Code language"));
    m_language->addItem(tr("Python"), int(Language::Python));
    m_language->addItem(tr("YAML"), int(Language::Yaml));
    m_language->addItem(tr("Shell"), int(Language::Shell));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { setLanguage(Language(m_language->currentData().toInt())); });

    m_findBar = new FindBar(this);
    m_findBar->hide();

    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("&Language:"), this);
    caption->setBuddy(m_language);
    top->addWidget(caption);
    top->addWidget(m_language);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_editor, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *text, int length, int, int, int, int, int,
                   int) { onModified(position, type, text, length); });
    connect(m_editor, &QsciScintillaBase::SCN_CHARADDED, this, &CodeEditor::indentAfterColon);
    setLanguage(Language::Python);
}

void CodeEditor::indentAfterColon(int character)
{
    if (character != '\n' || m_current != Language::Python || m_replaying)
        return;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (line == 0)
        return;
    QString above = m_editor->text(line - 1);
    while (above.endsWith(u'\n') || above.endsWith(u'\r'))
        above.chop(1);
    const qsizetype comment = above.indexOf(u'#');
    const QString code = (comment >= 0 ? above.left(comment) : above).trimmed();
    if (!code.endsWith(u':'))
        return;
    const int indent = m_editor->indentation(line - 1) + m_editor->tabWidth();
    if (m_editor->indentation(line) >= indent)
        return;
    m_editor->setIndentation(line, indent);
    m_editor->setCursorPosition(line, indent);
}

QString CodeEditor::code() const
{
    return m_editor->text();
}

void CodeEditor::setCode(const QString &code)
{
    m_replaying = true;
    m_editor->setText(code);
    m_replaying = false;
    emit codeChanged();
}

void CodeEditor::setLanguage(Language language)
{
    QsciLexer *lexer = nullptr;
    switch (language) {
    case Language::Python:
        lexer = new QsciLexerPython(m_editor);
        break;
    case Language::Yaml:
        lexer = new QsciLexerYAML(m_editor);
        break;
    case Language::Shell:
        lexer = new QsciLexerBash(m_editor);
        break;
    }
    CodeLexer::styled(lexer, palette());
    QsciLexer *old = m_editor->lexer();
    m_editor->setLexer(lexer);
    delete old;
    m_current = language;
    const int index = m_language->findData(int(language));
    if (m_language->currentIndex() != index)
        m_language->setCurrentIndex(index);
}

QStringList CodeEditor::findHandlers(const QString &code)
{
    static const QRegularExpression def(
        QStringLiteral("^(?:async\\s+)?def\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\("),
        QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = def.globalMatch(code); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

void CodeEditor::onModified(int position, int type, const char *text, int length)
{
    if (m_replaying)
        return;
    const bool inserted = type & QsciScintillaBase::SC_MOD_INSERTTEXT;
    const bool deleting = type & QsciScintillaBase::SC_MOD_BEFOREDELETE;
    if (inserted && text) {
        push({CodeOp{true, position, QByteArray(text, length)}}, true);
        emit codeChanged();
    } else if (deleting) {
        // The removed bytes are read now: after the deletion they are gone.
        const QByteArray removed = m_editor->bytes(position, position + length).left(length);
        push({CodeOp{false, position, removed}}, true);
    } else if (type & QsciScintillaBase::SC_MOD_DELETETEXT) {
        emit codeChanged();
    }
}

void CodeEditor::push(QList<CodeOp> ops, bool mergeable)
{
    if (m_group) {
        m_group->append(ops);
        return;
    }
    m_stack->push(new CodeEditCommand(this, std::move(ops), mergeable));
}

void CodeEditor::recordAsOneStep(const std::function<void()> &edits)
{
    QList<CodeOp> group;
    m_group = &group;
    edits();
    m_group = nullptr;
    if (!group.isEmpty())
        push(std::move(group), false);
}

void CodeEditor::applyOps(const QList<CodeOp> &ops, bool undo)
{
    m_replaying = true;
    auto apply = [this](const CodeOp &op, bool reverse) {
        const bool insert = op.insert != reverse;
        if (insert) {
            m_editor->SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, uintptr_t(op.position),
                                    op.text.constData());
            m_editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                                    long(op.position + op.text.size()));
        } else {
            m_editor->SendScintilla(QsciScintillaBase::SCI_DELETERANGE,
                                    (unsigned long)(op.position), long(op.text.size()));
            m_editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, long(op.position));
        }
    };
    if (undo) {
        for (auto it = ops.crbegin(); it != ops.crend(); ++it)
            apply(*it, true);
    } else {
        for (const CodeOp &op : ops)
            apply(op, false);
    }
    m_replaying = false;
    emit codeChanged();
}

void CodeEditor::showFind()
{
    m_findBar->show();
    m_findBar->activate(m_editor->selectedText());
}

} // namespace Runbench::Ui

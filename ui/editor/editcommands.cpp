// SPDX-License-Identifier: Apache-2.0
#include "editcommands.h"

#include "codeeditor.h"
#include "functioneditor.h"

#include <QCoreApplication>

namespace Runbench::Ui {

SpecEditCommand::SpecEditCommand(FunctionEditor *editor, const QString &field, const QString &what,
                                 Models::Node before, Models::Node after)
    : QUndoCommand(QCoreApplication::translate("Runbench::Ui::FunctionEditor", "Edit %1").arg(what))
    , m_editor(editor)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool SpecEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SpecEditCommand *>(other);
    if (edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SpecEditCommand::undo()
{
    m_editor->setDocument(m_before, m_field);
}

void SpecEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_editor->setDocument(m_after, m_field);
}

CodeEditCommand::CodeEditCommand(CodeEditor *editor, QList<CodeOp> ops, bool mergeable)
    : QUndoCommand(QCoreApplication::translate("Runbench::Ui::FunctionEditor", "Edit code"))
    , m_editor(editor)
    , m_ops(std::move(ops))
    , m_mergeable(mergeable)
{}

bool CodeEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const CodeEditCommand *>(other);
    if (!m_mergeable || !edit->m_mergeable || m_ops.isEmpty() || edit->m_ops.isEmpty())
        return false;
    const CodeOp &last = m_ops.constLast();
    const CodeOp &next = edit->m_ops.constFirst();
    // Typing continues where the last insert ended; deleting continues backwards or in place.
    const int lastEnd = last.insert ? last.position + int(last.text.size()) : last.position;
    const bool typing = next.insert && next.position == lastEnd && !next.text.contains('\n');
    const bool erasing =
        !next.insert && !last.insert &&
        (next.position + next.text.size() == last.position || next.position == last.position);
    const bool replacing = next.insert && !last.insert && next.position == last.position;
    if (!typing && !erasing && !replacing)
        return false;
    m_ops.append(edit->m_ops);
    return true;
}

void CodeEditCommand::undo()
{
    m_editor->applyOps(m_ops, true);
}

void CodeEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_editor->applyOps(m_ops, false);
}

ReplaceFunctionCommand::ReplaceFunctionCommand(FunctionEditor *editor, const QString &text,
                                               Models::Node beforeRoot, QString beforeCode,
                                               Models::Node afterRoot, QString afterCode)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_beforeRoot(std::move(beforeRoot))
    , m_beforeCode(std::move(beforeCode))
    , m_afterRoot(std::move(afterRoot))
    , m_afterCode(std::move(afterCode))
{}

void ReplaceFunctionCommand::undo()
{
    m_editor->setDocumentAndCode(m_beforeRoot, m_beforeCode);
}

void ReplaceFunctionCommand::redo()
{
    m_editor->setDocumentAndCode(m_afterRoot, m_afterCode);
}

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUndoCommand>

namespace Runbench::Ui {

class CodeEditor;
class FunctionEditor;

// One primitive change of the code: bytes inserted or removed at a byte position.
struct CodeOp
{
    bool insert = true;
    int position = 0;
    QByteArray text;
};

// A form edit: the spec document before and after. Consecutive edits of one field merge.
class SpecEditCommand final : public QUndoCommand
{
public:
    // what: the edited field as the user knows it, for the undo action's text.
    SpecEditCommand(FunctionEditor *editor, const QString &field, const QString &what,
                    Models::Node before, Models::Node after);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    FunctionEditor *m_editor;
    QString m_field;
    Models::Node m_before;
    Models::Node m_after;
    bool m_applied = true; // pushed after the edit was made
};

// A code edit recorded from the editor's change notifications; typing on one line merges.
class CodeEditCommand final : public QUndoCommand
{
public:
    CodeEditCommand(CodeEditor *editor, QList<CodeOp> ops, bool mergeable);
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    CodeEditor *m_editor;
    QList<CodeOp> m_ops;
    bool m_mergeable;
    bool m_applied = true;
};

// Puts a whole function (document and code) in the editor, e.g. a restored version.
class ReplaceFunctionCommand final : public QUndoCommand
{
public:
    ReplaceFunctionCommand(FunctionEditor *editor, const QString &text, Models::Node beforeRoot,
                           QString beforeCode, Models::Node afterRoot, QString afterCode);
    void undo() override;
    void redo() override;

private:
    FunctionEditor *m_editor;
    Models::Node m_beforeRoot;
    QString m_beforeCode;
    Models::Node m_afterRoot;
    QString m_afterCode;
};

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editcommands.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QUndoStack;
class QsciScintilla;

namespace Runbench::Ui {

class FindBar;

// The function's code: a QScintilla editor with Python, YAML and shell highlighting, line
// numbers, folding, auto-indent and a find/replace bar. Its edits go onto the shared undo
// stack (QScintilla's own undo history is off), so undo follows the order the user edited
// code and forms in.
class CodeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    enum class Language { Python, Yaml, Shell };

    CodeEditor(QUndoStack *stack, QWidget *parent = nullptr);

    QString code() const;
    // Replaces the code without recording an undo step (a newly opened function).
    void setCode(const QString &code);
    void setLanguage(Language language);
    QsciScintilla *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    // The top-level functions of the code (def name( at the start of a line), in order.
    static QStringList findHandlers(const QString &code);
    // Re-applies (undo = false) or reverts (undo = true) recorded changes.
    void applyOps(const QList<CodeOp> &ops, bool undo);
    // Runs edits (e.g. replace all) and records everything they change as one undo step.
    void recordAsOneStep(const std::function<void()> &edits);

public slots:
    void showFind();

signals:
    // The code changed (typing, undo, redo or setCode).
    void codeChanged();

private:
    void onModified(int position, int type, const char *text, int length);
    void push(QList<CodeOp> ops, bool mergeable);
    // After Enter in Python code, indents one more level when the line above ends with ':'.
    void indentAfterColon(int character);

    QUndoStack *m_stack;
    QsciScintilla *m_editor;
    QComboBox *m_language;
    Language m_current = Language::Python;
    FindBar *m_findBar;
    bool m_replaying = false;
    QList<CodeOp> *m_group = nullptr;
};

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QUndoStack;

namespace Runbench::Ui {

// A page of the window's documents area: the window's Save, Undo, Redo and Find act on the
// page in front, through these hooks.
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The page's undo history, or nullptr when it has none.
    virtual QUndoStack *undoStack() const { return nullptr; }
    // True when the page has changes Save would keep.
    virtual bool isModified() const { return false; }
    // Starts saving; the page reports the outcome itself.
    virtual void save() {}
    // Shows the page's find bar, if it has one.
    virtual void find() {}

signals:
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);
};

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Runbench::Ui {

class CodeEditor;

// Find and replace in the code: text or regular expression, case, next/previous, replace one
// or all (all as one undo step).
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(CodeEditor *editor);
    // Shows the bar with the text to find (if any) selected in the find box.
    void activate(const QString &text);

public slots:
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    int replaceAll();

private:
    bool find(bool forward);
    void report(const QString &message);

    CodeEditor *m_code;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_regex;
    QLabel *m_status;
};

} // namespace Runbench::Ui

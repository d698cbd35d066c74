// SPDX-License-Identifier: Apache-2.0
#include "findbar.h"

#include "codeeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace Runbench::Ui {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName,
                    const QString &accessibleName)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

FindBar::FindBar(CodeEditor *editor)
    : QWidget(editor)
    , m_code(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case->setObjectName(QStringLiteral("findCaseCheck"));
    m_case->setAccessibleName(tr("Match case"));
    m_regex->setObjectName(QStringLiteral("findRegexCheck"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_status->setObjectName(QStringLiteral("findStatus"));

    auto *next = button(this, tr("&Next"), QStringLiteral("findNextButton"), tr("Find next"));
    auto *previous =
        button(this, tr("&Previous"), QStringLiteral("findPreviousButton"), tr("Find previous"));
    auto *replace =
        button(this, tr("&Replace"), QStringLiteral("replaceButton"), tr("Replace this match"));
    auto *all = button(this, tr("Replace &all"), QStringLiteral("replaceAllButton"),
                       tr("Replace all matches"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setAccessibleName(tr("Close find bar"));
    close->setText(tr("Close"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(next, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_regex, 0, 4);
    layout->addWidget(close, 0, 5);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replace, 1, 1);
    layout->addWidget(all, 1, 2);
    layout->addWidget(m_status, 1, 3, 1, 3);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_code->editor()->setFocus();
    });
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, close, &QToolButton::click);
    addAction(escape);
}

void FindBar::activate(const QString &text)
{
    if (!text.isEmpty() && !text.contains(u'\n'))
        m_find->setText(text);
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::find(bool forward)
{
    QsciScintilla *editor = m_code->editor();
    if (m_find->text().isEmpty())
        return false;
    int line = 0;
    int index = 0;
    editor->getCursorPosition(&line, &index);
    if (!forward && editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                         false, true, forward, line, index);
    report(found ? QString() : tr("'%1' was not found.").arg(m_find->text()));
    return found;
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

void FindBar::replaceCurrent()
{
    QsciScintilla *editor = m_code->editor();
    if (!editor->hasSelectedText() && !findNext())
        return;
    m_code->recordAsOneStep([&] { editor->replace(m_replace->text()); });
    findNext();
}

int FindBar::replaceAll()
{
    QsciScintilla *editor = m_code->editor();
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_code->recordAsOneStep([&] {
        bool found = editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                       false, false, true, 0, 0);
        while (found && !editor->selectedText().isEmpty()) {
            editor->replace(m_replace->text());
            ++count;
            found = editor->findNext();
        }
    });
    report(tr("Replaced %n match(es).", nullptr, count));
    return count;
}

void FindBar::report(const QString &message)
{
    m_status->setText(message);
}

} // namespace Runbench::Ui

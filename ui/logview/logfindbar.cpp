// SPDX-License-Identifier: Apache-2.0
#include "logfindbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace Runbench::Ui {

namespace {
constexpr int kTypingPauseMs = 250;
}

LogFindBar::LogFindBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("logFindBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    m_text->setObjectName(QStringLiteral("logFindText"));
    m_text->setAccessibleName(tr("Find in log"));
    m_text->setPlaceholderText(tr("Find in log"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 1);

    m_caseSensitive = addButton(QStringLiteral("logFindCase"), tr("Aa"), tr("Match case"));
    m_regex = addButton(QStringLiteral("logFindRegex"), tr(".*"), tr("Regular expression"));
    m_caseSensitive->setCheckable(true);
    m_regex->setCheckable(true);
    QToolButton *previous = addButton(QStringLiteral("logFindPrevious"), tr("Previous"),
                                      tr("Previous match (Shift+F3)"));
    QToolButton *next = addButton(QStringLiteral("logFindNext"), tr("Next"), tr("Next match (F3)"));
    m_status->setObjectName(QStringLiteral("logFindStatus"));
    layout->addWidget(m_status);
    QToolButton *close = addButton(QStringLiteral("logFindClose"), tr("Close"), tr("Close (Esc)"));

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &LogFindBar::queryChanged);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QToolButton *toggle : {m_caseSensitive, m_regex})
        connect(toggle, &QToolButton::toggled, this, &LogFindBar::queryChanged);
    connect(previous, &QToolButton::clicked, this, &LogFindBar::previousRequested);
    connect(next, &QToolButton::clicked, this, &LogFindBar::nextRequested);
    connect(close, &QToolButton::clicked, this, &LogFindBar::closeRequested);
}

QToolButton *LogFindBar::addButton(const QString &objectName, const QString &text,
                                   const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    layout()->addWidget(button);
    return button;
}

Models::LogSearchQuery LogFindBar::query() const
{
    return Models::LogSearchQuery{m_text->text(), m_caseSensitive->isChecked(),
                                  m_regex->isChecked()};
}

void LogFindBar::setQuery(const Models::LogSearchQuery &query)
{
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker caseBlocker(m_caseSensitive);
    const QSignalBlocker regexBlocker(m_regex);
    m_text->setText(query.text);
    m_caseSensitive->setChecked(query.caseSensitive);
    m_regex->setChecked(query.regex);
    m_typing->stop();
    emit queryChanged();
}

void LogFindBar::activate()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void LogFindBar::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #d00000") : QString());
}

void LogFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        emit closeRequested();
    else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
             (event->modifiers() & Qt::ShiftModifier))
        emit previousRequested();
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        emit nextRequested();
    else
        QWidget::keyPressEvent(event);
}

} // namespace Runbench::Ui

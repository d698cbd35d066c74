// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/logsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Runbench::Ui {

// The find row under a log: text, case and regular expression switches, previous and next,
// and the match count. It says what to search for; the log view does the searching.
class LogFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFindBar)

public:
    explicit LogFindBar(QWidget *parent = nullptr);

    Models::LogSearchQuery query() const;
    void setQuery(const Models::LogSearchQuery &query);
    // Shows the bar and puts the cursor in the text field with its text selected.
    void activate();
    void setStatus(const QString &text, bool isError = false);

signals:
    // The query changed (text changes are gathered for a moment first).
    void queryChanged();
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QToolButton *addButton(const QString &objectName, const QString &text, const QString &toolTip);

    QLineEdit *m_text = nullptr;
    QToolButton *m_caseSensitive = nullptr;
    QToolButton *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace Runbench::Ui

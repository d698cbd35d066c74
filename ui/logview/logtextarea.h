// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/ansitext.h"
#include "views/logsearch.h"

#include <QAbstractScrollArea>
#include <QCache>

#include <vector>

class QTextLayout;

namespace Runbench::Models {
class LogLineIndex;
class LogTimes;
} // namespace Runbench::Models

namespace Runbench::Ui {

// Paints the lines of a log that are on screen, read from the line index as they are needed:
// scrolling moves over line numbers, so a log of any length costs the same. Selection and
// copy work on whole lines.
class LogTextArea final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTextArea)

public:
    static constexpr qint64 kMaxCopyLines = 100000;

    explicit LogTextArea(QWidget *parent = nullptr);
    ~LogTextArea() override;

    void setIndex(Models::LogLineIndex *index);
    void setTimes(const Models::LogTimes *times);
    void setShowTimestamps(bool show);
    void setWrap(bool wrap);
    // While following, new lines keep the view at the end if it was there.
    void setFollow(bool follow);
    void setMatcher(const Models::LogMatcher &matcher);
    // Marks the `occurrence`th match on `line` as the current one; line -1 for none.
    void setCurrentMatch(qint64 line, int occurrence);

    qint64 topLine() const;
    bool isAtEnd() const;
    void scrollToLine(qint64 line);
    void scrollToEnd();
    // The text of the lines wholly on screen, top to bottom.
    QStringList visibleLines() const;

    void selectLines(qint64 first, qint64 last);
    // First and last selected line, or -1 and -1.
    std::pair<qint64, qint64> selection() const;
    // The selected lines without escape sequences, at most kMaxCopyLines of them.
    QString selectedText() const;
    void copy() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // A log line ready to lay out, kept in the cache.
    struct Line
    {
        Models::AnsiText text;
        qint64 offset = 0;
        bool truncated = false;
    };
    // Where a line sits on screen.
    struct Row
    {
        qint64 line = 0;
        int y = 0;
        int height = 0;
    };

    const Line *line(qint64 number) const;
    void readLines(qint64 first, qint64 count) const;
    void layoutLine(QTextLayout &layout, const Line &line, qint64 number) const;
    std::vector<Row> rows() const;
    qint64 lastTopLine() const;
    qint64 lineAt(int y) const;
    int gutterWidth() const;
    int textWidth() const;
    int pageLines() const;
    void updateScrollBars();
    void onLinesAppended();
    void onHeadIndexed(qint64 headLines);
    void onOpened();

    Models::LogLineIndex *m_index = nullptr;
    const Models::LogTimes *m_times = nullptr;
    Models::LogMatcher m_matcher;
    mutable QCache<qint64, Line> m_cache;
    bool m_showTimestamps = false;
    bool m_wrap = false;
    bool m_follow = true;
    bool m_atEnd = true;
    qint64 m_currentMatchLine = -1;
    int m_currentOccurrence = 0;
    qint64 m_anchor = -1;
    qint64 m_selectionEnd = -1;
    mutable int m_widestLine = 0;
    qint64 m_knownLines = 0; // line count when lines were last appended
};

} // namespace Runbench::Ui

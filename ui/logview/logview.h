// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/logsearch.h"
#include "views/logtimes.h"

#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QToolButton;

namespace Runbench::Models {
class LogLineIndex;
} // namespace Runbench::Models

namespace Runbench::Ui {

class LogFindBar;
class LogTextArea;

// A run's log for reading and searching, built for logs of any size: it opens at the tail,
// follows the file as it grows, searches the whole file in the background and saves a copy.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    static constexpr int kPollMs = 250;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Shows `path` from its end; `timesPath` is its arrival-times file, if it has one.
    void openFile(const QString &path, const QString &timesPath = {});
    QString filePath() const { return m_path; }

    void setFollow(bool follow);
    bool isFollowing() const;
    void setShowTimestamps(bool show);
    void setWrap(bool wrap);

    // Searches the whole log for `query`, as if typed into the find bar.
    void find(const Models::LogSearchQuery &query);
    void findNext();
    void findPrevious();
    bool isSearching() const { return m_searching; }
    qint64 matchCount() const { return m_found.matchCount; }
    // Index of the current match among all matches, or -1.
    qint64 currentMatch() const { return m_current; }
    // The line of the current match, or -1.
    qint64 currentMatchLine() const;

    // Copies the log to `target` on a worker thread; saveFinished() tells how it went.
    void saveAs(const QString &target);

    LogTextArea *textArea() const { return m_area; }
    Models::LogLineIndex *lineIndex() const { return m_index; }

signals:
    void searchFinished();
    void saveFinished(bool ok, const QString &message);

private:
    QToolButton *addToggle(const QString &objectName, const QString &text, const QString &toolTip);
    QAction *addShortcut(const QString &objectName, const QString &text, const QKeySequence &key);
    void chooseSaveTarget();
    void startSearch();
    void searchAppended();
    void onSearchFinished(const Models::LogSearchResult &result);
    void step(int direction);
    void closeFindBar();
    void poll();
    void updateFindStatus();
    void updateLineStatus();

    Models::LogLineIndex *m_index = nullptr;
    Models::LogTimes m_times;
    Models::LogSearcher *m_searcher = nullptr;
    Models::LogMatcher m_matcher;
    Models::LogSearchResult m_found;
    LogTextArea *m_area = nullptr;
    LogFindBar *m_findBar = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_timestampsButton = nullptr;
    QToolButton *m_wrapButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_poll = nullptr;
    QString m_path;
    QString m_timesPath;
    qint64 m_current = -1;
    qint64 m_incrementFromLine = -1; // line the running search continues from, or -1
    bool m_searching = false;
    bool m_searchAgain = false;
    int m_pendingStep = 0;
};

} // namespace Runbench::Ui

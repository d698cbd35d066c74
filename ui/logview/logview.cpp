// SPDX-License-Identifier: Apache-2.0
#include "logview.h"

#include "logfindbar.h"
#include "logtextarea.h"
#include "views/loglineindex.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Runbench::Ui {

using Models::LogLineIndex;
using Models::LogMatcher;
using Models::LogSearchResult;

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_index(new LogLineIndex(this))
    , m_searcher(new Models::LogSearcher(this))
    , m_area(new LogTextArea(this))
    , m_findBar(new LogFindBar(this))
    , m_status(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    setAccessibleName(tr("Log"));
    m_area->setObjectName(QStringLiteral("logText"));
    m_area->setIndex(m_index);
    m_area->setTimes(&m_times);
    m_status->setObjectName(QStringLiteral("logStatus"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(2, 2, 2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(m_area, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    m_followButton =
        addToggle(QStringLiteral("logFollow"), tr("Follow"), tr("Follow the log as it grows"));
    m_timestampsButton = addToggle(QStringLiteral("logTimestamps"), tr("Timestamps"),
                                   tr("Show when each line arrived"));
    m_wrapButton = addToggle(QStringLiteral("logWrap"), tr("Wrap"), tr("Wrap long lines"));
    for (QToolButton *button : {m_followButton, m_timestampsButton, m_wrapButton})
        tools->addWidget(button);
    m_followButton->setChecked(true);
    m_timestampsButton->setEnabled(false);
    auto *findButton = new QToolButton(this);
    findButton->setObjectName(QStringLiteral("logFind"));
    findButton->setText(tr("Find"));
    findButton->setAccessibleName(tr("Find in log"));
    auto *saveButton = new QToolButton(this);
    saveButton->setObjectName(QStringLiteral("logSaveAs"));
    saveButton->setText(tr("Save As…"));
    saveButton->setAccessibleName(tr("Save the log as a file"));
    tools->addWidget(findButton);
    tools->addWidget(saveButton);
    tools->addStretch(1);
    tools->addWidget(m_status);

    connect(m_followButton, &QToolButton::toggled, this, &LogView::setFollow);
    connect(m_timestampsButton, &QToolButton::toggled, m_area, &LogTextArea::setShowTimestamps);
    connect(m_wrapButton, &QToolButton::toggled, m_area, &LogTextArea::setWrap);
    connect(findButton, &QToolButton::clicked, m_findBar, &LogFindBar::activate);
    connect(saveButton, &QToolButton::clicked, this, &LogView::chooseSaveTarget);

    connect(addShortcut(QStringLiteral("logFindAction"), tr("&Find…"), QKeySequence::Find),
            &QAction::triggered, m_findBar, &LogFindBar::activate);
    connect(addShortcut(QStringLiteral("logFindNextAction"), tr("Find &Next"),
                        QKeySequence(Qt::Key_F3)),
            &QAction::triggered, this, &LogView::findNext);
    connect(addShortcut(QStringLiteral("logFindPreviousAction"), tr("Find &Previous"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F3)),
            &QAction::triggered, this, &LogView::findPrevious);
    connect(addShortcut(QStringLiteral("logCloseFindAction"), tr("Close Find"),
                        QKeySequence(Qt::Key_Escape)),
            &QAction::triggered, this, &LogView::closeFindBar);

    connect(m_findBar, &LogFindBar::queryChanged, this, &LogView::startSearch);
    connect(m_findBar, &LogFindBar::nextRequested, this, &LogView::findNext);
    connect(m_findBar, &LogFindBar::previousRequested, this, &LogView::findPrevious);
    connect(m_findBar, &LogFindBar::closeRequested, this, &LogView::closeFindBar);
    connect(m_searcher, &Models::LogSearcher::finished, this, &LogView::onSearchFinished);
    connect(m_searcher, &Models::LogSearcher::progress, this, [this](qint64 done, qint64 total) {
        if (m_searching && m_incrementFromLine < 0)
            m_findBar->setStatus(tr("Searching… %1%").arg(done * 100 / std::max<qint64>(total, 1)));
    });

    // A log that shrank is read again from scratch, and so is searched again.
    connect(m_index, &LogLineIndex::opened, this, [this] {
        updateLineStatus();
        startSearch();
    });
    connect(m_index, &LogLineIndex::linesAppended, this, [this] {
        updateLineStatus();
        searchAppended();
    });
    connect(m_index, &LogLineIndex::headIndexed, this, [this] {
        updateLineStatus();
        if (const int pending = std::exchange(m_pendingStep, 0))
            step(pending);
    });
    connect(m_index, &LogLineIndex::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LogView::poll);
}

LogView::~LogView() = default;

QToolButton *LogView::addToggle(const QString &objectName, const QString &text,
                                const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setCheckable(true);
    return button;
}

QAction *LogView::addShortcut(const QString &objectName, const QString &text,
                              const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void LogView::openFile(const QString &path, const QString &timesPath)
{
    m_searcher->cancel();
    m_searching = m_searchAgain = false;
    m_path = path;
    m_timesPath = timesPath;
    m_times.close();
    if (!timesPath.isEmpty())
        m_times.open(timesPath);
    m_timestampsButton->setEnabled(!timesPath.isEmpty());
    m_index->open(path);
    m_area->setFollow(isFollowing());
    if (isFollowing())
        m_poll->start();
}

void LogView::setFollow(bool follow)
{
    m_followButton->setChecked(follow);
    m_area->setFollow(follow);
    if (follow && !m_path.isEmpty()) {
        poll();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

bool LogView::isFollowing() const
{
    return m_followButton->isChecked();
}

void LogView::setShowTimestamps(bool show)
{
    m_timestampsButton->setChecked(show);
}

void LogView::setWrap(bool wrap)
{
    m_wrapButton->setChecked(wrap);
}

void LogView::poll()
{
    m_index->refresh();
    if (!m_timesPath.isEmpty())
        m_times.refresh();
}

void LogView::find(const Models::LogSearchQuery &query)
{
    m_findBar->show();
    m_findBar->setQuery(query);
}

void LogView::startSearch()
{
    m_searcher->cancel();
    m_searching = m_searchAgain = false;
    m_found = LogSearchResult();
    m_current = -1;
    m_pendingStep = 0;
    m_matcher = LogMatcher(m_findBar->query());
    m_area->setMatcher(m_matcher);
    if (!m_matcher.isEmpty() && m_matcher.error().isEmpty() && !m_path.isEmpty()) {
        m_searching = true;
        m_incrementFromLine = -1;
        m_searcher->start(m_path, m_matcher);
    }
    updateFindStatus();
}

// Searches what was appended since the last search, so matches keep up with a followed log.
void LogView::searchAppended()
{
    if (m_matcher.isEmpty() || !m_matcher.error().isEmpty())
        return;
    if (m_searching) {
        m_searchAgain = true;
        return;
    }
    if (m_index->size() <= m_found.endOffset)
        return;
    m_searching = true;
    m_incrementFromLine = m_found.endLine;
    m_searcher->start(m_path, m_matcher, m_found.endOffset, m_found.endLine);
}

void LogView::onSearchFinished(const LogSearchResult &result)
{
    m_searching = false;
    if (!result.error.isEmpty()) {
        m_findBar->setStatus(result.error, true);
        emit searchFinished();
        return;
    }
    if (m_incrementFromLine < 0) {
        m_found = result;
    } else {
        // The line the last search ended in may have grown: its matches came again.
        std::vector<qint64> &lines = m_found.matchLines;
        const auto again = std::lower_bound(lines.begin(), lines.end(), m_incrementFromLine);
        m_found.matchCount -= lines.end() - again;
        lines.erase(again, lines.end());
        // Stored matches stay a prefix of all matches, so once full nothing more is stored.
        const std::size_t room =
            m_found.truncated ? 0 : LogSearchResult::kMaxStoredMatches - lines.size();
        lines.insert(lines.end(), result.matchLines.begin(),
                     result.matchLines.begin() +
                         qsizetype(std::min(room, result.matchLines.size())));
        m_found.matchCount += result.matchCount;
        m_found.truncated =
            m_found.truncated || result.truncated || room < result.matchLines.size();
        m_found.endOffset = result.endOffset;
        m_found.endLine = result.endLine;
        m_current = std::min<qint64>(m_current, qint64(lines.size()) - 1);
    }
    updateFindStatus();
    if (const int pending = std::exchange(m_pendingStep, 0))
        step(pending);
    emit searchFinished();
    if (std::exchange(m_searchAgain, false))
        searchAppended();
}

void LogView::findNext()
{
    step(1);
}

void LogView::findPrevious()
{
    step(-1);
}

qint64 LogView::currentMatchLine() const
{
    return m_current >= 0 ? m_found.matchLines[std::size_t(m_current)] : -1;
}

// Moves to the next (1) or previous (-1) match; the first move starts from the top line shown.
void LogView::step(int direction)
{
    const std::vector<qint64> &lines = m_found.matchLines;
    if (lines.empty() || !m_index->isComplete()) {
        if (m_searching || !m_index->isComplete())
            m_pendingStep = direction;
        return;
    }
    const auto count = qint64(lines.size());
    if (m_current < 0) {
        const qint64 from =
            std::lower_bound(lines.begin(), lines.end(), m_area->topLine()) - lines.begin();
        m_current = direction > 0 ? from % count : (from + count - 1) % count;
    } else {
        m_current = (m_current + direction + count) % count;
    }
    const qint64 line = lines[std::size_t(m_current)];
    const auto first = std::lower_bound(lines.begin(), lines.end(), line) - lines.begin();
    m_area->setCurrentMatch(line, int(m_current - first));
    m_area->scrollToLine(line);
    updateFindStatus();
}

void LogView::closeFindBar()
{
    if (!m_findBar->isVisible())
        return;
    m_findBar->hide();
    m_area->setFocus(Qt::ShortcutFocusReason);
}

void LogView::updateFindStatus()
{
    if (!m_matcher.error().isEmpty()) {
        m_findBar->setStatus(m_matcher.error(), true);
    } else if (m_matcher.isEmpty()) {
        m_findBar->setStatus(QString());
    } else if (m_searching && m_incrementFromLine < 0) {
        m_findBar->setStatus(tr("Searching…"));
    } else if (m_found.matchCount == 0) {
        m_findBar->setStatus(tr("No matches"));
    } else if (m_current >= 0) {
        m_findBar->setStatus(tr("%1 of %n match(es)", nullptr, int(m_found.matchCount))
                                 .arg(QLocale().toString(m_current + 1)));
    } else {
        m_findBar->setStatus(tr("%n match(es)", nullptr, int(m_found.matchCount)));
    }
}

void LogView::updateLineStatus()
{
    if (m_path.isEmpty())
        m_status->clear();
    else if (!m_index->isComplete() && m_index->isBusy())
        m_status->setText(tr("Indexing…"));
    else
        m_status->setText(tr("%n line(s)", nullptr, int(m_index->lineCount())));
}

void LogView::chooseSaveTarget()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save Log As"), QFileInfo(m_path).fileName(), tr("Log files (*.log *.txt)"));
    if (!target.isEmpty())
        saveAs(target);
}

void LogView::saveAs(const QString &target)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        const QString message = error.isEmpty() ? tr("Saved the log to %1.").arg(target) : error;
        m_status->setText(message);
        emit saveFinished(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([source = m_path, target]() -> QString {
        if (QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath())
            return tr("The log is already saved as %1.").arg(target);
        if (QFile::exists(target) && !QFile::remove(target))
            return tr("Cannot replace %1.").arg(target);
        QFile file(source);
        if (!file.copy(target))
            return tr("Cannot save the log to %1: %2").arg(target, file.errorString());
        return QString();
    }));
}

} // namespace Runbench::Ui

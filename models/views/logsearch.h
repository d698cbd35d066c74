// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

namespace Runbench::Models {

// What to look for in a log.
struct LogSearchQuery
{
    QString text;
    bool caseSensitive = false;
    bool regex = false;

    bool operator==(const LogSearchQuery &) const = default;
};

// A query ready to run: over the raw bytes of a log file, or over the text of one shown line.
// Plain text is searched as bytes (ASCII case folding); a regular expression, or plain text
// with non-ASCII letters searched without case, goes through QRegularExpression.
class LogMatcher
{
    Q_DECLARE_TR_FUNCTIONS(LogMatcher)

public:
    LogMatcher() = default;
    explicit LogMatcher(LogSearchQuery query);

    const LogSearchQuery &query() const { return m_query; }
    bool isEmpty() const { return m_query.text.isEmpty(); }
    // Why the query cannot run (a bad regular expression), or empty.
    const QString &error() const { return m_error; }
    bool searchesBytes() const { return m_bytes; }
    // The UTF-8 needle for byte search, lower case when case does not matter.
    const QByteArray &needle() const { return m_needle; }
    const QRegularExpression &expression() const { return m_expression; }
    // Start and length of every match in `text`.
    std::vector<std::pair<int, int>> matches(const QString &text) const;

private:
    LogSearchQuery m_query;
    QRegularExpression m_expression;
    QByteArray m_needle;
    QString m_error;
    bool m_bytes = false;
};

// Every match of a search in a stretch of a log: the line of each (file order, one entry per
// match, at most kMaxStoredMatches), their count, and where the search ended.
struct LogSearchResult
{
    static constexpr std::size_t kMaxStoredMatches = 4'000'000;

    std::vector<qint64> matchLines;
    qint64 matchCount = 0;
    bool truncated = false; // more matches than stored
    // Offset after the last newline searched and that line's number: a later search of
    // appended text starts there (after dropping the matches on line endLine).
    qint64 endOffset = 0;
    qint64 endLine = 0;
    bool cancelled = false;
    QString error;
};

// Searches a log file for a query on a worker thread, block by block, so memory stays small
// whatever the file's size. Starting a new search cancels the one running.
class LogSearcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSearcher)

public:
    explicit LogSearcher(QObject *parent = nullptr);
    ~LogSearcher() override;

    // Searches `path` from `from` (the start of line `fromLine`) to its current end.
    void start(const QString &path, const LogMatcher &matcher, qint64 from = 0,
               qint64 fromLine = 0);
    void cancel();
    bool isRunning() const { return m_worker.joinable(); }

    static constexpr qint64 kSegmentBytes = 64 * 1024 * 1024;

    // The search itself, from the calling thread: a large file is cut into stretches of at
    // least `segmentBytes` searched side by side. `progress` gets the offset reached so far.
    static LogSearchResult search(const QString &path, const LogMatcher &matcher, qint64 from,
                                  qint64 fromLine, const std::atomic_bool &cancel,
                                  const std::function<void(qint64, qint64)> &progress = {},
                                  qint64 segmentBytes = kSegmentBytes);

signals:
    void progress(qint64 searched, qint64 total);
    void finished(const Runbench::Models::LogSearchResult &result);

private:
    std::thread m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace Runbench::Models

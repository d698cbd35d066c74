// SPDX-License-Identifier: Apache-2.0
#include "logsearch.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace Runbench::Models {

namespace {

constexpr qint64 kSearchBlock = 4 * 1024 * 1024;
constexpr qint64 kProgressEvery = 64 * 1024 * 1024;

qint64 countNewlines(const char *from, const char *to)
{
    qint64 count = 0;
    while (from < to) {
        const auto *newline =
            static_cast<const char *>(std::memchr(from, '\n', std::size_t(to - from)));
        if (!newline)
            break;
        ++count;
        from = newline + 1;
    }
    return count;
}

void lowerAscii(const char *from, qint64 size, char *to)
{
    for (qint64 i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(from[i]);
        to[i] = char(unsigned(c - 'A') < 26u ? c + 32 : c);
    }
}

void record(LogSearchResult &result, qint64 line)
{
    ++result.matchCount;
    if (result.matchLines.size() < LogSearchResult::kMaxStoredMatches)
        result.matchLines.push_back(line);
    else
        result.truncated = true;
}

// Counts the matches in one block of whole lines that starts on line `line`; returns the
// number of lines it ended (newlines).
qint64 searchBytes(const LogMatcher &matcher, const char *data, qint64 size, qint64 line,
                   LogSearchResult &result)
{
    const QByteArray &needle = matcher.needle();
    const char *end = data + size;
    const char *counted = data;
    const char *p = data;
    while (const auto *hit = static_cast<const char *>(
               memmem(p, std::size_t(end - p), needle.constData(), std::size_t(needle.size())))) {
        line += countNewlines(counted, hit);
        counted = hit;
        record(result, line);
        p = hit + needle.size();
    }
    return line + countNewlines(counted, end);
}

qint64 searchText(const LogMatcher &matcher, const char *data, qint64 size, qint64 line,
                  LogSearchResult &result)
{
    const QString text = QString::fromUtf8(data, size);
    qsizetype counted = 0;
    auto it = matcher.expression().globalMatch(text);
    while (it.hasNext()) {
        const qsizetype start = it.next().capturedStart();
        line += QStringView(text).sliced(counted, start - counted).count(u'\n');
        counted = start;
        record(result, line);
    }
    return line + QStringView(text).sliced(counted).count(u'\n');
}

} // namespace

LogMatcher::LogMatcher(LogSearchQuery query)
    : m_query(std::move(query))
{
    if (m_query.text.isEmpty())
        return;
    const bool ascii = std::all_of(m_query.text.cbegin(), m_query.text.cend(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    m_bytes = !m_query.regex && (m_query.caseSensitive || ascii);
    if (m_bytes) {
        m_needle = m_query.text.toUtf8();
        if (!m_query.caseSensitive)
            lowerAscii(m_needle.constData(), m_needle.size(), m_needle.data());
    }
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!m_query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_expression.setPattern(m_query.regex ? m_query.text
                                          : QRegularExpression::escape(m_query.text));
    m_expression.setPatternOptions(options);
    if (!m_expression.isValid())
        m_error = tr("The regular expression is not valid: %1.").arg(m_expression.errorString());
    else
        m_expression.optimize();
}

std::vector<std::pair<int, int>> LogMatcher::matches(const QString &text) const
{
    std::vector<std::pair<int, int>> out;
    if (isEmpty() || !m_error.isEmpty())
        return out;
    if (!m_query.regex) {
        const Qt::CaseSensitivity cs =
            m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = text.indexOf(m_query.text, 0, cs); at >= 0;
             at = text.indexOf(m_query.text, at + m_query.text.size(), cs))
            out.emplace_back(int(at), int(m_query.text.size()));
        return out;
    }
    auto it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out.emplace_back(int(match.capturedStart()), int(match.capturedLength()));
    }
    return out;
}

LogSearchResult LogSearcher::search(const QString &path, const LogMatcher &matcher, qint64 from,
                                    qint64 fromLine, const std::atomic_bool &cancel,
                                    const std::function<void(qint64, qint64)> &progress)
{
    LogSearchResult result;
    result.endOffset = from;
    result.endLine = fromLine;
    if (!matcher.error().isEmpty() || matcher.isEmpty()) {
        result.error = matcher.error();
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the log file %1: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    QByteArray buffer(kSearchBlock, Qt::Uninitialized);
    QByteArray lowered(matcher.searchesBytes() && !matcher.query().caseSensitive ? kSearchBlock : 0,
                       Qt::Uninitialized);
    qint64 pos = from;
    qint64 line = fromLine;
    qint64 reported = pos;
    while (pos < size) {
        if (cancel.load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        if (!file.seek(pos))
            break;
        const qint64 got = file.read(buffer.data(), std::min(kSearchBlock, size - pos));
        if (got <= 0)
            break;
        qint64 usable = got;
        if (pos + got < size) {
            const void *last = memrchr(buffer.constData(), '\n', std::size_t(got));
            if (last)
                usable = static_cast<const char *>(last) - buffer.constData() + 1;
        }
        const char *data = buffer.constData();
        if (!lowered.isEmpty()) {
            lowerAscii(data, usable, lowered.data());
            data = lowered.constData();
        }
        line = matcher.searchesBytes() ? searchBytes(matcher, data, usable, line, result)
                                       : searchText(matcher, data, usable, line, result);
        if (const void *last = memrchr(data, '\n', std::size_t(usable))) {
            result.endOffset = pos + (static_cast<const char *>(last) - data) + 1;
            result.endLine = line;
        }
        pos += usable;
        if (progress && pos - reported >= kProgressEvery) {
            reported = pos;
            progress(pos, size);
        }
    }
    return result;
}

LogSearcher::LogSearcher(QObject *parent)
    : QObject(parent)
{}

LogSearcher::~LogSearcher()
{
    cancel();
}

void LogSearcher::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker.joinable())
        m_worker.join();
    m_cancel.reset();
}

void LogSearcher::start(const QString &path, const LogMatcher &matcher, qint64 from,
                        qint64 fromLine)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = std::thread(
        [this, path, matcher, from, fromLine, cancel = m_cancel, generation = m_generation] {
            const auto deliver = [this, generation](std::function<void()> apply) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, apply = std::move(apply)] {
                        if (generation == m_generation)
                            apply();
                    },
                    Qt::QueuedConnection);
            };
            auto result = std::make_shared<LogSearchResult>(
                search(path, matcher, from, fromLine, *cancel, [&](qint64 searched, qint64 total) {
                    deliver([this, searched, total] { emit progress(searched, total); });
                }));
            if (result->cancelled)
                return;
            deliver([this, result] {
                if (m_worker.joinable())
                    m_worker.join();
                m_cancel.reset();
                emit finished(*result);
            });
        });
}

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#include "logsearch.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstring>

namespace Runbench::Models {

namespace {

constexpr qint64 kSearchBlock = 4 * 1024 * 1024;
constexpr qint64 kProgressEvery = 64 * 1024 * 1024;
constexpr int kMaxSegments = 4;

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

// Newlines in UTF-16 text, found with memchr over its bytes: a 0x0A byte is a newline when it
// is the low byte of a unit whose high byte is zero.
qint64 countNewlines(const char16_t *from, const char16_t *to)
{
    const auto *bytes = reinterpret_cast<const char *>(from);
    const auto *end = reinterpret_cast<const char *>(to);
    qint64 count = 0;
    while (bytes < end) {
        const auto *hit =
            static_cast<const char *>(std::memchr(bytes, '\n', std::size_t(end - bytes)));
        if (!hit)
            break;
        const std::size_t at = std::size_t(hit - reinterpret_cast<const char *>(from));
        if (at % 2 == 0 && from[at / 2] == u'\n')
            ++count;
        bytes = hit + 1;
    }
    return count;
}

// ASCII lower case, eight bytes at a time: a byte gets 0x20 added when it is in 'A'..'Z'.
void lowerAscii(const char *from, qint64 size, char *to)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, from + i, 8);
        const quint64 low7 = word & ~highBits;
        const quint64 atLeastA = low7 + (0x80 - 'A') * ones;
        const quint64 aboveZ = low7 + (0x80 - 'Z' - 1) * ones;
        const quint64 upper = atLeastA & ~aboveZ & ~word & highBits;
        word |= upper >> 2;
        std::memcpy(to + i, &word, 8);
    }
    for (; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(from[i]);
        to[i] = char(unsigned(c - 'A') < 26u ? c + 32 : c);
    }
}

// The matches of one stretch of the file, numbered from the stretch's first line.
struct Segment
{
    qint64 begin = 0;
    qint64 end = 0;
    std::vector<qint64> lines;
    qint64 count = 0;
    qint64 newlines = 0;
    qint64 lastLineStart = -1; // offset after the stretch's last newline
    std::size_t room = 0;
    bool truncated = false;
    bool cancelled = false;
    QString error;

    void record(qint64 line)
    {
        ++count;
        if (lines.size() < room)
            lines.push_back(line);
        else
            truncated = true;
    }
};

// Counts the matches in one block of whole lines that starts on line `line`; returns the
// number of the line after the block.
qint64 searchBytes(const LogMatcher &matcher, const char *data, qint64 size, qint64 line,
                   Segment &segment)
{
    const QByteArray &needle = matcher.needle();
    const char *end = data + size;
    const char *counted = data;
    const char *p = data;
    while (const auto *hit = static_cast<const char *>(
               memmem(p, std::size_t(end - p), needle.constData(), std::size_t(needle.size())))) {
        line += countNewlines(counted, hit);
        counted = hit;
        segment.record(line);
        p = hit + needle.size();
    }
    return line + countNewlines(counted, end);
}

qint64 searchText(const LogMatcher &matcher, const char *data, qint64 size, qint64 line,
                  Segment &segment)
{
    const QString text = QString::fromUtf8(data, size);
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype counted = 0;
    auto it = matcher.expression().globalMatch(text);
    while (it.hasNext()) {
        const qsizetype start = it.next().capturedStart();
        line += countNewlines(units + counted, units + start);
        counted = start;
        segment.record(line);
    }
    return line + countNewlines(units + counted, units + text.size());
}

// Searches [segment.begin, segment.end), a run of whole lines (the last may lack its newline).
void searchSegment(const QString &path, const LogMatcher &matcher, Segment &segment,
                   const std::atomic_bool &cancel, std::atomic<qint64> &searched,
                   const std::function<void(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        segment.error =
            LogSearcher::tr("Cannot read the log file %1: %2").arg(path, file.errorString());
        return;
    }
    QByteArray buffer(kSearchBlock, Qt::Uninitialized);
    QByteArray lowered(matcher.searchesBytes() && !matcher.query().caseSensitive ? kSearchBlock : 0,
                       Qt::Uninitialized);
    qint64 pos = segment.begin;
    qint64 reported = pos;
    while (pos < segment.end) {
        if (cancel.load(std::memory_order_relaxed)) {
            segment.cancelled = true;
            return;
        }
        if (!file.seek(pos))
            break;
        const qint64 got = file.read(buffer.data(), std::min(kSearchBlock, segment.end - pos));
        if (got <= 0)
            break;
        qint64 usable = got;
        if (pos + got < segment.end) {
            if (const void *last = memrchr(buffer.constData(), '\n', std::size_t(got)))
                usable = static_cast<const char *>(last) - buffer.constData() + 1;
        }
        const char *data = buffer.constData();
        if (!lowered.isEmpty()) {
            lowerAscii(data, usable, lowered.data());
            data = lowered.constData();
        }
        segment.newlines = matcher.searchesBytes()
                               ? searchBytes(matcher, data, usable, segment.newlines, segment)
                               : searchText(matcher, data, usable, segment.newlines, segment);
        if (const void *last = memrchr(data, '\n', std::size_t(usable)))
            segment.lastLineStart = pos + (static_cast<const char *>(last) - data) + 1;
        pos += usable;
        const qint64 total = searched.fetch_add(usable) + usable;
        if (progress && pos - reported >= kProgressEvery) {
            reported = pos;
            progress(total);
        }
    }
}

// Cuts [from, size) into up to kMaxSegments stretches of at least `segmentBytes` that start at
// line starts, one per thread.
std::vector<Segment> segments(QFile &file, qint64 from, qint64 size, qint64 segmentBytes)
{
    const int wanted = int(std::clamp<qint64>((size - from) / std::max<qint64>(segmentBytes, 1), 1,
                                              std::min(kMaxSegments, QThread::idealThreadCount())));
    std::vector<Segment> out;
    qint64 begin = from;
    for (int i = 1; i <= wanted && begin < size; ++i) {
        qint64 end = i == wanted ? size : from + (size - from) / wanted * i;
        while (end < size && end > begin) {
            const QByteArray probe = (file.seek(end - 1), file.read(64 * 1024));
            const qsizetype newline = probe.indexOf('\n');
            if (newline >= 0) {
                end += newline;
                break;
            }
            end += probe.size();
            if (probe.isEmpty())
                end = size;
        }
        Segment segment;
        segment.begin = begin;
        segment.end = std::clamp(end, begin, size);
        begin = segment.end;
        out.push_back(std::move(segment));
    }
    for (Segment &segment : out)
        segment.room = LogSearchResult::kMaxStoredMatches / out.size();
    return out;
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
                                    const std::function<void(qint64, qint64)> &progress,
                                    qint64 segmentBytes)
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
    std::vector<Segment> parts = segments(file, from, size, segmentBytes);
    std::atomic<qint64> searched{0};
    std::vector<std::thread> helpers;
    for (std::size_t i = 1; i < parts.size(); ++i)
        helpers.emplace_back(
            [&, i] { searchSegment(path, matcher, parts[i], cancel, searched, {}); });
    if (!parts.empty())
        searchSegment(path, matcher, parts[0], cancel, searched, [&](qint64 total) {
            if (progress)
                progress(from + total, size);
        });
    for (std::thread &helper : helpers)
        helper.join();
    // Stored matches stay a prefix of all matches: after a full stretch, later ones are counted.
    bool full = false;
    for (const Segment &part : parts) {
        result.cancelled = result.cancelled || part.cancelled;
        if (result.error.isEmpty())
            result.error = part.error;
        result.matchCount += part.count;
        if (!full) {
            for (const qint64 line : part.lines)
                result.matchLines.push_back(result.endLine + line);
        }
        full = full || part.truncated;
        result.truncated = result.truncated || full;
        if (part.lastLineStart >= 0)
            result.endOffset = part.lastLineStart;
        result.endLine += part.newlines;
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

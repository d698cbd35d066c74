// SPDX-License-Identifier: Apache-2.0
#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Runbench::Models {

namespace {

// The edit path between the middle parts a[aStart, aStart + n) and b[bStart, bStart + m) of
// two texts whose lines were replaced by numbers (equal lines, equal numbers), found with
// Myers' greedy algorithm: for each number of edits d, the furthest x reached on every
// diagonal k = x - y. The frontier before each d (diagonals -d..d only) is kept so the path
// can be walked back. Beyond LineDiff::kMaxEdits the middle becomes one block of deletions
// and insertions, which bounds time and memory for unrelated texts.
QList<DiffLine> myers(const std::vector<int> &a, int aStart, int n, const std::vector<int> &b,
                      int bStart, int m, const QStringList &oldLines, const QStringList &newLines)
{
    const int max = qMin(n + m, LineDiff::kMaxEdits);
    const int offset = max + 1;
    std::vector<int> v(std::size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int endD = -1;
    for (int d = 0; d <= max && endD < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[aStart + x] == b[bStart + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                endD = d;
                break;
            }
        }
    }
    QList<DiffLine> out;
    if (endD < 0) {
        for (int i = 0; i < n; ++i)
            out.append({DiffLine::Op::Delete, oldLines[aStart + i], 0, 0});
        for (int j = 0; j < m; ++j)
            out.append({DiffLine::Op::Insert, newLines[bStart + j], 0, 0});
        return out;
    }
    int x = n;
    int y = m;
    for (int d = endD; d > 0; --d) {
        const std::vector<int> &before = trace[std::size_t(d)]; // before[i] is diagonal i - d
        auto at = [&before, d](int k) { return before[std::size_t(k + d)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            out.append({DiffLine::Op::Equal, oldLines[aStart + x], 0, 0});
        }
        if (down) {
            --y;
            out.append({DiffLine::Op::Insert, newLines[bStart + y], 0, 0});
        } else {
            --x;
            out.append({DiffLine::Op::Delete, oldLines[aStart + x], 0, 0});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        out.append({DiffLine::Op::Equal, oldLines[aStart + x], 0, 0});
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

QString DiffHunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
        .arg(oldStart)
        .arg(oldCount)
        .arg(newStart)
        .arg(newCount);
}

QList<DiffLine> LineDiff::compare(const QStringList &oldLines, const QStringList &newLines)
{
    // The common head and tail need no search; Myers runs on what lies between.
    int head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines[head] == newLines[head])
        ++head;
    int tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines[oldLines.size() - 1 - tail] == newLines[newLines.size() - 1 - tail])
        ++tail;
    QList<DiffLine> out;
    for (int i = 0; i < head; ++i)
        out.append({DiffLine::Op::Equal, oldLines[i], 0, 0});
    // Lines become numbers so the search compares integers.
    QHash<QString, int> numbers;
    auto number = [&numbers](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(std::size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = numbers.constFind(line);
            if (it == numbers.constEnd())
                it = numbers.insert(line, int(numbers.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = number(oldLines);
    const std::vector<int> b = number(newLines);
    out.append(myers(a, head, int(oldLines.size()) - head - tail, b, head,
                     int(newLines.size()) - head - tail, oldLines, newLines));
    for (int i = int(oldLines.size()) - tail; i < oldLines.size(); ++i)
        out.append({DiffLine::Op::Equal, oldLines[i], 0, 0});
    int oldLine = 0;
    int newLine = 0;
    for (DiffLine &line : out) {
        if (line.op != DiffLine::Op::Insert)
            line.oldLine = ++oldLine;
        if (line.op != DiffLine::Op::Delete)
            line.newLine = ++newLine;
    }
    return out;
}

QList<DiffHunk> LineDiff::hunks(const QList<DiffLine> &lines, int context)
{
    QList<DiffHunk> out;
    const int count = int(lines.size());
    int i = 0;
    while (i < count) {
        if (lines[i].op == DiffLine::Op::Equal) {
            ++i;
            continue;
        }
        // Extend the hunk while the next change is within 2 * context equal lines.
        const int start = qMax(0, i - context);
        int end = i;
        while (end < count) {
            if (lines[end].op != DiffLine::Op::Equal) {
                ++end;
                continue;
            }
            int next = end;
            while (next < count && lines[next].op == DiffLine::Op::Equal)
                ++next;
            if (next < count && next - end <= 2 * context)
                end = next;
            else
                break;
        }
        const int stop = qMin(count, end + context);
        DiffHunk hunk;
        for (int j = start; j < stop; ++j) {
            const DiffLine &line = lines[j];
            hunk.lines.append(line);
            if (line.op != DiffLine::Op::Insert) {
                if (hunk.oldCount++ == 0)
                    hunk.oldStart = line.oldLine;
            }
            if (line.op != DiffLine::Op::Delete) {
                if (hunk.newCount++ == 0)
                    hunk.newStart = line.newLine;
            }
        }
        // An empty side starts at the line before, as in unified diffs.
        if (hunk.oldCount == 0)
            hunk.oldStart = start < count && start > 0 ? lines[start - 1].oldLine : 0;
        if (hunk.newCount == 0)
            hunk.newStart = start < count && start > 0 ? lines[start - 1].newLine : 0;
        out.append(hunk);
        i = stop;
    }
    return out;
}

QString LineDiff::unified(const QStringList &oldLines, const QStringList &newLines, int context)
{
    QString out;
    for (const DiffHunk &hunk : hunks(compare(oldLines, newLines), context)) {
        out += hunk.header() + u'\n';
        for (const DiffLine &line : hunk.lines) {
            const QChar mark = line.op == DiffLine::Op::Equal    ? u' '
                               : line.op == DiffLine::Op::Delete ? u'-'
                                                                 : u'+';
            out += mark + line.text + u'\n';
        }
    }
    return out;
}

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace Runbench::Models

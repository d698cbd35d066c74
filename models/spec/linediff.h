// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Runbench::Models {

// One line of a diff: kept, removed from the old text or added in the new one. Line numbers
// count from 1; 0 where the line does not exist on that side.
struct DiffLine
{
    enum class Op { Equal, Delete, Insert };
    Op op = Op::Equal;
    QString text;
    int oldLine = 0;
    int newLine = 0;
    bool operator==(const DiffLine &) const = default;
};

// A run of changed lines with context, as one "@@ -a,b +c,d @@" block of a unified diff.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
    QString header() const;
};

// A shortest line diff (Myers' O(ND) algorithm) and its unified form.
class LineDiff
{
public:
    // Texts further apart than this many line edits get a plain "all removed, all added"
    // middle instead of a shortest diff.
    static constexpr int kMaxEdits = 2000;

    static QList<DiffLine> compare(const QStringList &oldLines, const QStringList &newLines);
    static QList<DiffHunk> hunks(const QList<DiffLine> &lines, int context = 3);
    // The hunks as unified diff text (without file headers); empty when nothing changed.
    static QString unified(const QStringList &oldLines, const QStringList &newLines,
                           int context = 3);
    static QStringList splitLines(const QString &text);
};

} // namespace Runbench::Models

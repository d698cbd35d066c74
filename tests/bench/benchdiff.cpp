// SPDX-License-Identifier: Apache-2.0
// Line diff benchmarks for the function editor's history: two 20,000-line versions with 100
// scattered edits, and two unrelated 10,000-line versions (the capped worst case).
#include "spec/linediff.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using Runbench::Models::LineDiff;

namespace {

double medianMs(const QStringList &a, const QStringList &b, qsizetype *hunks)
{
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        *hunks = LineDiff::hunks(LineDiff::compare(a, b)).size();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main()
{
    QStringList base;
    for (int i = 0; i < 20000; ++i)
        base << QStringLiteral("    key_%1: value %2").arg(i).arg(i % 97);
    QStringList edited = base;
    for (int i = 0; i < 100; ++i)
        edited[i * 199] = QStringLiteral("    changed_%1: true").arg(i);
    qsizetype hunks = 0;
    const double near = medianMs(base, edited, &hunks);
    std::printf("diff 20000 lines, 100 edits: median %.1f ms (%lld hunks)\n", near,
                static_cast<long long>(hunks));

    QStringList left;
    QStringList right;
    for (int i = 0; i < 10000; ++i) {
        left << QStringLiteral("left %1").arg(i);
        right << QStringLiteral("right %1").arg(i);
    }
    const double far = medianMs(left, right, &hunks);
    std::printf("diff 10000 vs 10000 unrelated lines (capped at %d edits): median %.1f ms\n",
                LineDiff::kMaxEdits, far);
    return 0;
}

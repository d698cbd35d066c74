// SPDX-License-Identifier: Apache-2.0
#include "spec/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using Runbench::Models::DiffLine;
using Runbench::Models::LineDiff;
using Op = DiffLine::Op;

// Checks the Myers line diff: minimal edits, line numbers, hunks and unified text.
class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsHaveNoChanges();
    void emptySides();
    void changedLineIsDeleteThenInsert();
    void editCountIsMinimal_data();
    void editCountIsMinimal();
    void randomEditsRebuildBothSides();
    void unrelatedTextsFallBackToBlocks();
    void hunksKeepContextAndMerge();
    void unifiedText();
    void splitLines();

private:
    static QStringList applyNew(const QList<DiffLine> &lines);
    static QStringList applyOld(const QList<DiffLine> &lines);
    static int edits(const QList<DiffLine> &lines);
};

QStringList TestLineDiff::applyNew(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines) {
        if (line.op != Op::Delete)
            out << line.text;
    }
    return out;
}

QStringList TestLineDiff::applyOld(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines) {
        if (line.op != Op::Insert)
            out << line.text;
    }
    return out;
}

int TestLineDiff::edits(const QList<DiffLine> &lines)
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [](const DiffLine &l) { return l.op != Op::Equal; }));
}

void TestLineDiff::identicalTextsHaveNoChanges()
{
    const QStringList text{QStringLiteral("a"), QStringLiteral("b")};
    const auto lines = LineDiff::compare(text, text);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(edits(lines), 0);
    QCOMPARE(lines[1].oldLine, 2);
    QCOMPARE(lines[1].newLine, 2);
    QVERIFY(LineDiff::hunks(lines).isEmpty());
    QCOMPARE(LineDiff::unified(text, text), QString());
}

void TestLineDiff::emptySides()
{
    const QStringList text{QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(LineDiff::compare({}, {}).size(), 0);
    const auto added = LineDiff::compare({}, text);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added[0], (DiffLine{Op::Insert, QStringLiteral("a"), 0, 1}));
    const auto removed = LineDiff::compare(text, {});
    QCOMPARE(removed[1], (DiffLine{Op::Delete, QStringLiteral("b"), 2, 0}));
    QCOMPARE(LineDiff::unified({}, text), QStringLiteral("@@ -0,0 +1,2 @@\n+a\n+b\n"));
}

void TestLineDiff::changedLineIsDeleteThenInsert()
{
    const auto lines =
        LineDiff::compare({QStringLiteral("x"), QStringLiteral("cpu: 1"), QStringLiteral("y")},
                          {QStringLiteral("x"), QStringLiteral("cpu: 2"), QStringLiteral("y")});
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], (DiffLine{Op::Equal, QStringLiteral("x"), 1, 1}));
    QCOMPARE(lines[1], (DiffLine{Op::Delete, QStringLiteral("cpu: 1"), 2, 0}));
    QCOMPARE(lines[2], (DiffLine{Op::Insert, QStringLiteral("cpu: 2"), 0, 2}));
    QCOMPARE(lines[3], (DiffLine{Op::Equal, QStringLiteral("y"), 3, 3}));
}

void TestLineDiff::editCountIsMinimal_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("edits");
    // The classic example from Myers' paper: ABCABBA -> CBABAC needs 5 edits.
    QTest::newRow("myers") << "ABCABBA"
                           << "CBABAC" << 5;
    QTest::newRow("insert middle") << "ABCD"
                                   << "ABXCD" << 1;
    QTest::newRow("delete ends") << "XABCY"
                                 << "ABC" << 2;
    QTest::newRow("swap") << "AB"
                          << "BA" << 2;
    QTest::newRow("disjoint") << "ABC"
                              << "XYZ" << 6;
}

void TestLineDiff::editCountIsMinimal()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, edits);
    auto split = [](const QString &s) {
        QStringList out;
        for (QChar c : s)
            out << QString(c);
        return out;
    };
    const auto lines = LineDiff::compare(split(before), split(after));
    QCOMPARE(TestLineDiff::edits(lines), edits);
    QCOMPARE(applyOld(lines), split(before));
    QCOMPARE(applyNew(lines), split(after));
}

void TestLineDiff::randomEditsRebuildBothSides()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QStringList a;
        QStringList b;
        const int n = int(random.bounded(30));
        for (int i = 0; i < n; ++i)
            a << QString::number(random.bounded(5));
        b = a;
        const int changes = int(random.bounded(6));
        for (int i = 0; i < changes; ++i) {
            const int at = b.isEmpty() ? 0 : int(random.bounded(int(b.size())));
            if (random.bounded(2) && !b.isEmpty())
                b.removeAt(at);
            else
                b.insert(at, QString::number(random.bounded(5)));
        }
        const auto lines = LineDiff::compare(a, b);
        QCOMPARE(applyOld(lines), a);
        QCOMPARE(applyNew(lines), b);
        QVERIFY(edits(lines) <= changes);
        int oldLine = 0;
        int newLine = 0;
        for (const DiffLine &line : lines) {
            if (line.op != Op::Insert)
                QCOMPARE(line.oldLine, ++oldLine);
            if (line.op != Op::Delete)
                QCOMPARE(line.newLine, ++newLine);
        }
    }
}

void TestLineDiff::unrelatedTextsFallBackToBlocks()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < LineDiff::kMaxEdits * 2; ++i) {
        a << QStringLiteral("old %1").arg(i);
        b << QStringLiteral("new %1").arg(i);
    }
    a.prepend(QStringLiteral("same"));
    b.prepend(QStringLiteral("same"));
    const auto lines = LineDiff::compare(a, b);
    QCOMPARE(applyOld(lines), a);
    QCOMPARE(applyNew(lines), b);
    QCOMPARE(lines[0].op, Op::Equal);
    QCOMPARE(lines[1].op, Op::Delete);
    QCOMPARE(lines[int(a.size())].op, Op::Insert);
}

void TestLineDiff::hunksKeepContextAndMerge()
{
    QStringList a;
    for (int i = 1; i <= 20; ++i)
        a << QString::number(i);
    QStringList b = a;
    b[1] = QStringLiteral("two");      // line 2
    b[5] = QStringLiteral("six");      // line 6: within 2 * 3 lines of line 2, same hunk
    b[16] = QStringLiteral("sixteen"); // line 17: its own hunk
    const auto hunks = LineDiff::hunks(LineDiff::compare(a, b), 3);
    QCOMPARE(hunks.size(), 2);
    QCOMPARE(hunks[0].header(), QStringLiteral("@@ -1,9 +1,9 @@"));
    QCOMPARE(hunks[1].header(), QStringLiteral("@@ -14,7 +14,7 @@"));
    QCOMPARE(hunks[1].lines.first().text, QStringLiteral("14"));
    QCOMPARE(hunks[1].lines.last().text, QStringLiteral("20"));
}

void TestLineDiff::unifiedText()
{
    const QString diff = LineDiff::unified(
        {QStringLiteral("kind: job"), QStringLiteral("cpu: 1"), QStringLiteral("end")},
        {QStringLiteral("kind: job"), QStringLiteral("cpu: 2"), QStringLiteral("end"),
         QStringLiteral("new")},
        1);
    QCOMPARE(diff, QStringLiteral("@@ -1,3 +1,4 @@\n kind: job\n-cpu: 1\n+cpu: 2\n end\n+new\n"));
}

void TestLineDiff::splitLines()
{
    QCOMPARE(LineDiff::splitLines(QStringLiteral("a\nb\n")),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(LineDiff::splitLines(QStringLiteral("a\n\nb")),
             QStringList({QStringLiteral("a"), QString(), QStringLiteral("b")}));
    QCOMPARE(LineDiff::splitLines(QString()), QStringList());
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"

// SPDX-License-Identifier: Apache-2.0
#include "views/logsearch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Runbench::Models::LogMatcher;
using Runbench::Models::LogSearcher;
using Runbench::Models::LogSearchQuery;
using Runbench::Models::LogSearchResult;

// Checks log search: plain and regular expression, case, line numbers, blocks, appends, cancel.
class TestLogSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsMatches_data();
    void findsMatches();
    void badExpressionIsAnError();
    void acrossBlocks();
    void continuesOnAppendedText();
    void cancelStops();
    void searcherRunsInBackground();
    void matchesInShownText();

private:
    QString write(const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly);
    static LogSearchResult run(const QString &path, const LogSearchQuery &query, qint64 from = 0,
                               qint64 line = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestLogSearch::write(const QByteArray &content, QIODevice::OpenMode mode)
{
    const QString path = m_dir->filePath(QStringLiteral("output.log"));
    QFile file(path);
    if (!file.open(mode))
        return {};
    file.write(content);
    return path;
}

LogSearchResult TestLogSearch::run(const QString &path, const LogSearchQuery &query, qint64 from,
                                   qint64 line)
{
    const std::atomic_bool cancel{false};
    return LogSearcher::search(path, LogMatcher(query), from, line, cancel);
}

void TestLogSearch::findsMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("plain, any case")
        << QStringLiteral("error") << false << false << QList<qint64>{1, 3, 3, 4};
    QTest::newRow("plain, exact case")
        << QStringLiteral("Error") << true << false << QList<qint64>{3};
    QTest::newRow("regex anchored")
        << QStringLiteral("^error") << true << true << QList<qint64>{1, 4};
    QTest::newRow("regex any case")
        << QStringLiteral("e[r]+or\\b") << false << true << QList<qint64>{1, 3, 3, 4};
    QTest::newRow("umlaut, any case")
        << QStringLiteral("ÄPFEL") << false << false << QList<qint64>{5};
    QTest::newRow("no match") << QStringLiteral("absent") << false << false << QList<qint64>{};
}

void TestLogSearch::findsMatches()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, regex);
    QFETCH(QList<qint64>, lines);
    const QString path = write("start\nerror: one\nfine\r\nError and error\nerror\näpfel");
    const LogSearchResult result = run(path, LogSearchQuery{text, caseSensitive, regex});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(QList<qint64>(result.matchLines.begin(), result.matchLines.end()), lines);
    QCOMPARE(result.matchCount, lines.size());
    QVERIFY(!result.truncated);
    QCOMPARE(result.endLine, 5);
    QCOMPARE(result.endOffset, 45);
}

void TestLogSearch::badExpressionIsAnError()
{
    const LogMatcher matcher(LogSearchQuery{QStringLiteral("(open"), false, true});
    QVERIFY(!matcher.error().isEmpty());
    const LogSearchResult result = run(write("(open\n"), matcher.query());
    QCOMPARE(result.error, matcher.error());
    QCOMPARE(result.matchCount, 0);
}

void TestLogSearch::acrossBlocks()
{
    // 12 MB: three search blocks, a match every 1000th line.
    QByteArray content;
    const int total = 1000000;
    content.reserve(total * 12);
    for (int i = 0; i < total; ++i)
        content += (i % 1000 == 7 ? "needle " : "hay    ") +
                   QByteArray::number(i % 10000).rightJustified(4, '0') + '\n';
    const QString path = write(content);
    for (const bool regex : {false, true}) {
        const LogSearchResult result =
            run(path, LogSearchQuery{QStringLiteral("NEEDLE"), false, regex});
        QCOMPARE(result.matchCount, total / 1000);
        QCOMPARE(result.matchLines.front(), 7);
        QCOMPARE(result.matchLines[500], 500007);
        QCOMPARE(result.matchLines.back(), total - 993);
        QCOMPARE(result.endLine, total);
        // Searched as several stretches side by side, the answer is the same.
        const std::atomic_bool cancel{false};
        const LogSearchResult split = LogSearcher::search(
            path, LogMatcher(LogSearchQuery{QStringLiteral("NEEDLE"), false, regex}), 0, 0, cancel,
            {}, 1024 * 1024);
        QCOMPARE(split.matchLines, result.matchLines);
        QCOMPARE(split.endLine, result.endLine);
        QCOMPARE(split.endOffset, result.endOffset);
        QCOMPARE(split.endOffset, content.size());
    }
}

void TestLogSearch::continuesOnAppendedText()
{
    const QString path = write("match one\nnothing\nmatch partial");
    const LogSearchQuery query{QStringLiteral("match"), true, false};
    const LogSearchResult first = run(path, query);
    QCOMPARE(first.matchCount, 2);
    QCOMPARE(first.endLine, 2);
    QCOMPARE(first.endOffset, 18);
    write(" match\nlast match\n", QIODevice::Append);
    const LogSearchResult more = run(path, query, first.endOffset, first.endLine);
    QCOMPARE(QList<qint64>(more.matchLines.begin(), more.matchLines.end()),
             (QList<qint64>{2, 2, 3}));
    QCOMPARE(more.endLine, 4);
}

void TestLogSearch::cancelStops()
{
    const std::atomic_bool cancel{true};
    const LogSearchResult result = LogSearcher::search(
        write("x\n"), LogMatcher(LogSearchQuery{QStringLiteral("x")}), 0, 0, cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.matchCount, 0);
}

void TestLogSearch::searcherRunsInBackground()
{
    const QString path = write("a\nb target\nc\ntarget\n");
    LogSearcher searcher;
    QSignalSpy finished(&searcher, &LogSearcher::finished);
    searcher.start(path, LogMatcher(LogSearchQuery{QStringLiteral("TARGET")}));
    searcher.start(path, LogMatcher(LogSearchQuery{QStringLiteral("target"), true}));
    QVERIFY(finished.wait());
    QTRY_VERIFY(!searcher.isRunning());
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<LogSearchResult>();
    QCOMPARE(QList<qint64>(result.matchLines.begin(), result.matchLines.end()),
             (QList<qint64>{1, 3}));
}

void TestLogSearch::matchesInShownText()
{
    using Matches = std::vector<std::pair<int, int>>;
    const QString text = QStringLiteral("Fehler: fehler FEHLER");
    QCOMPARE(LogMatcher(LogSearchQuery{QStringLiteral("fehler")}).matches(text),
             (Matches{{0, 6}, {8, 6}, {15, 6}}));
    QCOMPARE(LogMatcher(LogSearchQuery{QStringLiteral("fehler"), true}).matches(text),
             (Matches{{8, 6}}));
    QCOMPARE(LogMatcher(LogSearchQuery{QStringLiteral("F\\w+R"), true, true}).matches(text),
             (Matches{{15, 6}}));
    QVERIFY(LogMatcher().matches(text).empty());
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"

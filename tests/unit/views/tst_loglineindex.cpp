// SPDX-License-Identifier: Apache-2.0
#include "views/loglineindex.h"
#include "views/logtimes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using Runbench::Models::LogLine;
using Runbench::Models::LogLineIndex;
using Runbench::Models::LogTimes;

// Checks that the line index finds every line of small, odd, growing and large log files.
class TestLogLineIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyFile();
    void lineEnds_data();
    void lineEnds();
    void growingFile();
    void hugeLineIsCut();
    void largeFileTailFirst();
    void shrunkFileIsReindexed();
    void missingFileAppearsLater();
    void timesLookup();

private:
    QString write(const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly);
    static void openAndWait(LogLineIndex &index, const QString &path);
    static QList<QByteArray> texts(const std::vector<LogLine> &lines);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogLineIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestLogLineIndex::write(const QByteArray &content, QIODevice::OpenMode mode)
{
    const QString path = m_dir->filePath(QStringLiteral("output.log"));
    QFile file(path);
    if (!file.open(mode))
        return {};
    file.write(content);
    return path;
}

void TestLogLineIndex::openAndWait(LogLineIndex &index, const QString &path)
{
    QSignalSpy complete(&index, &LogLineIndex::headIndexed);
    index.open(path);
    QVERIFY(complete.wait(10000));
    QTRY_VERIFY(!index.isBusy());
}

QList<QByteArray> TestLogLineIndex::texts(const std::vector<LogLine> &lines)
{
    QList<QByteArray> out;
    for (const LogLine &line : lines)
        out.append(line.bytes);
    return out;
}

void TestLogLineIndex::emptyFile()
{
    LogLineIndex index;
    openAndWait(index, write({}));
    QVERIFY(index.isComplete());
    QCOMPARE(index.lineCount(), 0);
    QVERIFY(index.lines(0, 10).empty());
    QCOMPARE(index.lineOffset(0), -1);
}

void TestLogLineIndex::lineEnds_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::newRow("newline at end")
        << QByteArray("a\nbb\nccc\n") << QList<QByteArray>{"a", "bb", "ccc"};
    QTest::newRow("no final newline") << QByteArray("a\nbb") << QList<QByteArray>{"a", "bb"};
    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n") << QList<QByteArray>{"one", "two"};
    QTest::newRow("empty lines") << QByteArray("\n\nx\n") << QList<QByteArray>{"", "", "x"};
    QTest::newRow("single line") << QByteArray("only") << QList<QByteArray>{"only"};
}

void TestLogLineIndex::lineEnds()
{
    QFETCH(QByteArray, content);
    QFETCH(QList<QByteArray>, lines);
    LogLineIndex index;
    openAndWait(index, write(content));
    QCOMPARE(index.lineCount(), lines.size());
    QCOMPARE(texts(index.lines(0, 100)), lines);
    QCOMPARE(texts(index.lines(1, 1)), lines.mid(1, 1));
    QCOMPARE(index.lineOffset(0), 0);
}

void TestLogLineIndex::growingFile()
{
    LogLineIndex index;
    const QString path = write("first\nsecond\npart");
    openAndWait(index, path);
    QCOMPARE(index.lineCount(), 3);

    QSignalSpy appended(&index, &LogLineIndex::linesAppended);
    write("ial\nfourth\n", QIODevice::Append);
    index.refresh();
    QVERIFY(appended.wait());
    QCOMPARE(index.lineCount(), 4);
    QCOMPARE(texts(index.lines(0, 10)),
             (QList<QByteArray>{"first", "second", "partial", "fourth"}));

    QByteArray many;
    for (int i = 0; i < 5000; ++i)
        many += "appended " + QByteArray::number(i) + '\n';
    write(many, QIODevice::Append);
    index.refresh();
    index.refresh(); // a second look while the first is running is queued, not lost
    QTRY_COMPARE(index.lineCount(), 5004);
    QCOMPARE(texts(index.lines(5003, 5)), QList<QByteArray>{"appended 4999"});
    QCOMPARE(texts(index.lines(1000, 1)), QList<QByteArray>{"appended 996"});
}

void TestLogLineIndex::hugeLineIsCut()
{
    const QByteArray huge(300 * 1024, 'x');
    LogLineIndex index;
    openAndWait(index, write("before\n" + huge + "\nafter\n" + huge));
    QCOMPARE(index.lineCount(), 4);
    const std::vector<LogLine> lines = index.lines(0, 4);
    QCOMPARE(lines.size(), 4u);
    QCOMPARE(lines[0].bytes, QByteArray("before"));
    QVERIFY(lines[1].truncated);
    QCOMPARE(lines[1].bytes.size(), LogLineIndex::kMaxLineBytes);
    QCOMPARE(lines[2].bytes, QByteArray("after"));
    QCOMPARE(lines[2].offset, 7 + huge.size() + 1);
    QVERIFY(lines[3].truncated);
    QCOMPARE(texts(index.lines(2, 1)), QList<QByteArray>{"after"});
}

void TestLogLineIndex::largeFileTailFirst()
{
    QByteArray content;
    const qint64 total = 300000;
    for (int i = 0; i < total; ++i)
        content += "line " + QByteArray::number(i).rightJustified(6, '0') + '\n';
    QVERIFY(content.size() > 2 * LogLineIndex::kTailBytes);
    const QString path = write(content);

    LogLineIndex index;
    QSignalSpy appended(&index, &LogLineIndex::linesAppended);
    QSignalSpy head(&index, &LogLineIndex::headIndexed);
    index.open(path);
    QVERIFY(appended.wait(10000));
    // The tail arrives first, numbered from its own first line.
    const qint64 tailStart = (content.size() - LogLineIndex::kTailBytes + 11) / 12 * 12;
    const qint64 tailLines = (content.size() - tailStart) / 12;
    QCOMPARE(index.lineCount(), index.isComplete() ? total : tailLines);
    if (!index.isComplete()) {
        QCOMPARE(index.lineCount(), tailLines);
        QCOMPARE(texts(index.lines(tailLines - 1, 1)), QList<QByteArray>{"line 299999"});
    }
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), 10000);
    QCOMPARE(head.size(), 1);
    QCOMPARE(head.constFirst().constFirst().toLongLong(), total - tailLines);
    QCOMPARE(index.lineCount(), total);
    for (const qint64 line :
         std::initializer_list<qint64>{0, 1, 255, 256, 257, 12345, 200000, total - tailLines - 1,
                                       total - tailLines, total - 1}) {
        QCOMPARE(index.lineOffset(line), qint64(line) * 12);
        QCOMPARE(texts(index.lines(line, 1)),
                 QList<QByteArray>{"line " + QByteArray::number(line).rightJustified(6, '0')});
    }
    QCOMPARE(index.lines(total - 100, 1000).size(), 100u);
    QVERIFY(index.memoryBytes() < 64 * 1024);
}

void TestLogLineIndex::shrunkFileIsReindexed()
{
    LogLineIndex index;
    const QString path = write("a\nb\nc\n");
    openAndWait(index, path);
    QCOMPARE(index.lineCount(), 3);
    write("zz");
    // Before the index looks again, reading stops where the file now ends.
    QCOMPARE(texts(index.lines(0, 10)), QList<QByteArray>{"zz"});
    write("z\n");
    QSignalSpy head(&index, &LogLineIndex::headIndexed);
    index.refresh();
    QVERIFY(head.wait());
    QCOMPARE(texts(index.lines(0, 10)), QList<QByteArray>{"z"});
}

void TestLogLineIndex::missingFileAppearsLater()
{
    LogLineIndex index;
    const QString path = m_dir->filePath(QStringLiteral("output.log"));
    index.open(path);
    QCOMPARE(index.lineCount(), 0);
    QVERIFY(!index.isBusy());
    write("hello\n");
    QSignalSpy head(&index, &LogLineIndex::headIndexed);
    index.refresh();
    QVERIFY(head.wait());
    QCOMPARE(texts(index.lines(0, 1)), QList<QByteArray>{"hello"});
}

void TestLogLineIndex::timesLookup()
{
    const QString path = m_dir->filePath(QStringLiteral("output.log.times"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const auto writePair = [&](qint64 offset, qint64 time) {
        uchar bytes[16];
        qToLittleEndian(offset, bytes);
        qToLittleEndian(time, bytes + 8);
        file.write(reinterpret_cast<const char *>(bytes), 16);
        file.flush();
    };
    writePair(0, 1000);
    writePair(100, 2000);
    LogTimes times;
    QVERIFY(times.open(path));
    QCOMPARE(times.timeAt(0), 1000);
    QCOMPARE(times.timeAt(99), 1000);
    QCOMPARE(times.timeAt(100), 2000);
    QCOMPARE(times.timeAt(5000), 2000);
    writePair(5000, 3000);
    QVERIFY(times.refresh());
    QCOMPARE(times.timeAt(5000), 3000);
    QCOMPARE(times.timeAt(-1), -1);
    LogTimes none;
    QVERIFY(!none.open(m_dir->filePath(QStringLiteral("missing.times"))));
    QVERIFY(none.isEmpty());
    QCOMPARE(none.timeAt(0), -1);
}

QTEST_GUILESS_MAIN(TestLogLineIndex)
#include "tst_loglineindex.moc"

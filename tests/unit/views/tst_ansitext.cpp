// SPDX-License-Identifier: Apache-2.0
#include "views/ansitext.h"

#include <QTest>

using Runbench::Models::AnsiParser;
using Runbench::Models::AnsiStyle;
using Runbench::Models::AnsiText;

// Checks that terminal escape sequences become text and styled spans.
class TestAnsiText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextStaysAsIs();
    void basicColours();
    void extendedColoursAndAttributes();
    void otherSequencesAreDropped();
    void carriageReturnStartsOver();
    void spansCountUtf16();
};

void TestAnsiText::plainTextStaysAsIs()
{
    const AnsiText out = AnsiParser::parse("just text\twith tab");
    QCOMPARE(out.text, QStringLiteral("just text\twith tab"));
    QVERIFY(out.spans.empty());
}

void TestAnsiText::basicColours()
{
    const AnsiText out = AnsiParser::parse("\x1b[31mred\x1b[0m plain \x1b[1;92;44mbold\x1b[m");
    QCOMPARE(out.text, QStringLiteral("red plain bold"));
    QCOMPARE(out.spans.size(), 2u);
    QCOMPARE(out.spans[0].start, 0);
    QCOMPARE(out.spans[0].length, 3);
    QCOMPARE(out.spans[0].style.foreground, 1);
    QCOMPARE(out.spans[1].start, 10);
    QCOMPARE(out.spans[1].length, 4);
    QVERIFY(out.spans[1].style.bold);
    QCOMPARE(out.spans[1].style.foreground, 10);
    QCOMPARE(out.spans[1].style.background, 4);
}

void TestAnsiText::extendedColoursAndAttributes()
{
    const AnsiText out =
        AnsiParser::parse("\x1b[38;5;208;3ma\x1b[23;48;2;1;2;3mb\x1b[4;39mc\x1b[24;7md");
    QCOMPARE(out.text, QStringLiteral("abcd"));
    QCOMPARE(out.spans.size(), 4u);
    QCOMPARE(out.spans[0].style.foreground, 208);
    QVERIFY(out.spans[0].style.italic);
    QCOMPARE(out.spans[1].style.background, AnsiStyle::kRgbFlag | 0x010203);
    QVERIFY(!out.spans[1].style.italic);
    QCOMPARE(out.spans[2].style.foreground, -1);
    QVERIFY(out.spans[2].style.underline);
    QVERIFY(out.spans[3].style.inverse);
    QVERIFY(!out.spans[3].style.underline);
}

void TestAnsiText::otherSequencesAreDropped()
{
    const AnsiText out = AnsiParser::parse("\x1b]0;title\x07"
                                           "a\x1b[2Kb\x1b[10;5Hc\x1b]8;;link\x1b\\d\x1b(Be\x07");
    QCOMPARE(out.text, QStringLiteral("abcde"));
    QVERIFY(out.spans.empty());
    QCOMPARE(AnsiParser::parse("cut \x1b[3").text, QStringLiteral("cut "));
}

void TestAnsiText::carriageReturnStartsOver()
{
    const AnsiText out = AnsiParser::parse("\x1b[32m10%\r50%\r100% done");
    QCOMPARE(out.text, QStringLiteral("100% done"));
    QCOMPARE(out.spans.size(), 1u);
    QCOMPARE(out.spans[0].length, 9);
    QCOMPARE(AnsiParser::parse("ends with cr\r").text, QStringLiteral("ends with cr"));
}

void TestAnsiText::spansCountUtf16()
{
    const AnsiText out = AnsiParser::parse("größe \x1b[35m😀x\x1b[0m");
    QCOMPARE(out.text, QStringLiteral("größe 😀x"));
    QCOMPARE(out.spans.size(), 1u);
    QCOMPARE(out.spans[0].start, 6);
    QCOMPARE(out.spans[0].length, 3);
}

QTEST_GUILESS_MAIN(TestAnsiText)
#include "tst_ansitext.moc"

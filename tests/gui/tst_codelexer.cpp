// SPDX-License-Identifier: Apache-2.0
#include "codelexer.h"

#include <QPalette>
#include <QTest>
#include <Qsci/qscilexerpython.h>

using Runbench::Ui::CodeLexer;

// Code views follow the window's palette: its paper, and readable colours on dark paper.
class TestCodeLexer : public QObject
{
    Q_OBJECT

private slots:
    void lightPaletteKeepsTheLexerColours();
    void darkPaletteLightensDarkColours();
};

void TestCodeLexer::lightPaletteKeepsTheLexerColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QsciLexerPython reference;
    QsciLexerPython lexer;
    CodeLexer::styled(&lexer, light);
    QCOMPARE(lexer.paper(QsciLexerPython::Keyword), QColor(Qt::white));
    QCOMPARE(lexer.color(QsciLexerPython::Keyword), reference.color(QsciLexerPython::Keyword));
}

void TestCodeLexer::darkPaletteLightensDarkColours()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QsciLexerPython lexer;
    QVERIFY(lexer.color(QsciLexerPython::Keyword).lightness() < 150);
    CodeLexer::styled(&lexer, dark);
    QCOMPARE(lexer.paper(QsciLexerPython::Comment), QColor(30, 30, 30));
    for (int style : {int(QsciLexerPython::Keyword), int(QsciLexerPython::Comment),
                      int(QsciLexerPython::DoubleQuotedString), int(QsciLexerPython::Number)})
        QVERIFY2(lexer.color(style).lightness() >= 150, qPrintable(lexer.description(style)));
}

QTEST_MAIN(TestCodeLexer)
#include "tst_codelexer.moc"

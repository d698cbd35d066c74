// SPDX-License-Identifier: Apache-2.0
#include "codelexer.h"

#include <QFontDatabase>
#include <QPalette>
#include <Qsci/qscilexer.h>

namespace Runbench::Ui {

namespace {

constexpr int kMaxStyle = 128;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QsciLexer *CodeLexer::styled(QsciLexer *lexer, const QPalette &palette)
{
    lexer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    lexer->setDefaultPaper(palette.color(QPalette::Base));
    lexer->setPaper(palette.color(QPalette::Base));
    lexer->setDefaultColor(palette.color(QPalette::Text));
    if (!isDark(palette))
        return lexer;
    // Lexer colours are chosen for white paper: on dark paper, keep each hue but lighten it.
    for (int style = 0; style < kMaxStyle; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        QColor colour = lexer->color(style);
        if (colour.lightness() < 150)
            colour = QColor::fromHsl(colour.hslHue(), colour.hslSaturation(),
                                     255 - colour.lightness() / 2);
        lexer->setColor(colour, style);
    }
    return lexer;
}

} // namespace Runbench::Ui

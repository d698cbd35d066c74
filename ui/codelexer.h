// SPDX-License-Identifier: Apache-2.0
#pragma once

class QPalette;
class QsciLexer;

namespace Runbench::Ui {

// Makes a QScintilla lexer fit the window: the system's fixed-width font, and the palette's
// background with style colours kept readable when the palette is dark.
class CodeLexer
{
public:
    // Returns lexer, restyled.
    static QsciLexer *styled(QsciLexer *lexer, const QPalette &palette);
};

} // namespace Runbench::Ui

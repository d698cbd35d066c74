// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Runbench::Models {

// How a run of log text looks after ANSI SGR sequences. A colour is -1 for the default, 0-255
// for an xterm palette index, or kRgbFlag | 0xRRGGBB for a 24-bit colour.
struct AnsiStyle
{
    static constexpr int kRgbFlag = 0x1000000;

    int foreground = -1;
    int background = -1;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;

    bool isPlain() const { return *this == AnsiStyle(); }
    bool operator==(const AnsiStyle &) const = default;
};

// A styled stretch of AnsiText::text, in UTF-16 units.
struct AnsiSpan
{
    int start = 0;
    int length = 0;
    AnsiStyle style;
};

// A log line as shown: the text without escape sequences and the spans that are not plain.
struct AnsiText
{
    QString text;
    std::vector<AnsiSpan> spans;
};

// Turns a log line written for a terminal into text and styles: SGR sequences become spans,
// every other escape sequence and control character is dropped, and a carriage return starts
// the line over as a terminal would (progress bars).
class AnsiParser
{
public:
    static AnsiText parse(QByteArrayView line);

private:
    static void applySgr(QByteArrayView parameters, AnsiStyle &style);
};

} // namespace Runbench::Models

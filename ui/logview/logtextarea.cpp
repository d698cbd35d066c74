// SPDX-License-Identifier: Apache-2.0
#include "logtextarea.h"

#include "views/loglineindex.h"
#include "views/logtimes.h"

#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <algorithm>
#include <climits>

namespace Runbench::Ui {

using Models::AnsiParser;
using Models::AnsiStyle;
using Models::LogLineIndex;

namespace {

constexpr int kMargin = 4;
constexpr int kCacheLines = 4000;
constexpr qreal kUnwrappedWidth = 1e7;
const QColor kMatchColour(255, 215, 0);
const QColor kCurrentMatchColour(255, 140, 0);

// The xterm colour of a palette index or 24-bit value.
QColor terminalColour(int colour)
{
    static const QRgb basic[16] = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
                                   0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
                                   0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    if (colour & AnsiStyle::kRgbFlag)
        return QColor::fromRgb(QRgb(colour & 0xffffff));
    if (colour < 16)
        return QColor::fromRgb(basic[colour]);
    if (colour < 232) {
        const auto level = [](int step) { return step == 0 ? 0 : 55 + step * 40; };
        const int cube = colour - 16;
        return QColor(level(cube / 36), level(cube / 6 % 6), level(cube % 6));
    }
    const int grey = 8 + (colour - 232) * 10;
    return QColor(grey, grey, grey);
}

QTextCharFormat styleFormat(const AnsiStyle &style, const QPalette &palette)
{
    QColor foreground = style.foreground >= 0 ? terminalColour(style.foreground) : QColor();
    QColor background = style.background >= 0 ? terminalColour(style.background) : QColor();
    if (style.inverse) {
        const QColor swapped = background.isValid() ? background : palette.base().color();
        background = foreground.isValid() ? foreground : palette.text().color();
        foreground = swapped;
    }
    QTextCharFormat format;
    if (foreground.isValid())
        format.setForeground(foreground);
    if (background.isValid())
        format.setBackground(background);
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(style.italic);
    format.setFontUnderline(style.underline);
    return format;
}

} // namespace

LogTextArea::LogTextArea(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_cache(kCacheLines)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Log text"));
    viewport()->setCursor(Qt::IBeamCursor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { m_atEnd = isAtEnd(); });
}

LogTextArea::~LogTextArea() = default;

void LogTextArea::setIndex(LogLineIndex *index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (m_index) {
        connect(m_index, &LogLineIndex::opened, this, &LogTextArea::onOpened);
        connect(m_index, &LogLineIndex::linesAppended, this, &LogTextArea::onLinesAppended);
        connect(m_index, &LogLineIndex::headIndexed, this, &LogTextArea::onHeadIndexed);
    }
    onOpened();
}

void LogTextArea::setTimes(const Models::LogTimes *times)
{
    m_times = times;
    viewport()->update();
}

void LogTextArea::setShowTimestamps(bool show)
{
    m_showTimestamps = show;
    updateScrollBars();
    viewport()->update();
}

void LogTextArea::setWrap(bool wrap)
{
    const bool atEnd = isAtEnd();
    m_wrap = wrap;
    updateScrollBars();
    if (atEnd)
        scrollToEnd();
    viewport()->update();
}

void LogTextArea::setFollow(bool follow)
{
    m_follow = follow;
    if (follow)
        scrollToEnd();
}

void LogTextArea::setMatcher(const Models::LogMatcher &matcher)
{
    m_matcher = matcher;
    m_currentMatchLine = -1;
    viewport()->update();
}

void LogTextArea::setCurrentMatch(qint64 line, int occurrence)
{
    m_currentMatchLine = line;
    m_currentOccurrence = occurrence;
    viewport()->update();
}

qint64 LogTextArea::topLine() const
{
    return verticalScrollBar()->value();
}

bool LogTextArea::isAtEnd() const
{
    return topLine() >= lastTopLine();
}

void LogTextArea::scrollToLine(qint64 line)
{
    const qint64 top = topLine();
    if (line < top || line >= top + pageLines() - 1)
        verticalScrollBar()->setValue(int(std::max<qint64>(0, line - pageLines() / 3)));
}

void LogTextArea::scrollToEnd()
{
    updateScrollBars();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_atEnd = true;
}

QStringList LogTextArea::visibleLines() const
{
    QStringList out;
    for (const Row &row : rows()) {
        if (row.y + row.height > viewport()->height() && !out.isEmpty())
            break;
        if (const Line *shown = line(row.line))
            out.append(shown->text.text);
    }
    return out;
}

void LogTextArea::selectLines(qint64 first, qint64 last)
{
    m_anchor = first;
    m_selectionEnd = last;
    viewport()->update();
}

std::pair<qint64, qint64> LogTextArea::selection() const
{
    if (m_anchor < 0 || m_selectionEnd < 0)
        return {-1, -1};
    return std::minmax(m_anchor, m_selectionEnd);
}

QString LogTextArea::selectedText() const
{
    const auto [first, last] = selection();
    if (!m_index || first < 0)
        return {};
    QStringList texts;
    for (const Models::LogLine &read :
         m_index->lines(first, std::min(last - first + 1, kMaxCopyLines)))
        texts.append(AnsiParser::parse(read.bytes).text);
    return texts.join(u'\n');
}

void LogTextArea::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void LogTextArea::readLines(qint64 first, qint64 count) const
{
    if (!m_index)
        return;
    qint64 number = std::max<qint64>(first, 0);
    for (Models::LogLine &read : m_index->lines(number, count)) {
        auto *shown = new Line{AnsiParser::parse(read.bytes), read.offset, read.truncated};
        if (read.truncated)
            shown->text.text += QChar(0x2026);
        m_cache.insert(number++, shown);
    }
}

const LogTextArea::Line *LogTextArea::line(qint64 number) const
{
    if (const Line *cached = m_cache.object(number))
        return cached;
    readLines(number, pageLines() + 1);
    return m_cache.object(number);
}

void LogTextArea::layoutLine(QTextLayout &layout, const Line &shown, qint64 number) const
{
    const QString &text = shown.text.text;
    layout.setText(text);
    layout.setFont(font());
    QList<QTextLayout::FormatRange> formats;
    for (const Models::AnsiSpan &span : shown.text.spans)
        formats.append({span.start, span.length, styleFormat(span.style, palette())});
    const auto matches = m_matcher.matches(text);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        QTextCharFormat format;
        const bool current = number == m_currentMatchLine && int(i) == m_currentOccurrence;
        format.setBackground(current ? kCurrentMatchColour : kMatchColour);
        format.setForeground(QColor(Qt::black));
        formats.append({matches[i].first, matches[i].second, format});
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 8);
    layout.setTextOption(option);
    const int lineHeight = fontMetrics().lineSpacing();
    layout.beginLayout();
    for (int y = 0;; y += lineHeight) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(m_wrap ? textWidth() : kUnwrappedWidth);
        textLine.setPosition(QPointF(0, y));
    }
    layout.endLayout();
}

std::vector<LogTextArea::Row> LogTextArea::rows() const
{
    std::vector<Row> out;
    if (!m_index)
        return out;
    const int lineHeight = fontMetrics().lineSpacing();
    const qint64 total = m_index->lineCount();
    qint64 number = topLine();
    for (int y = 0; y < viewport()->height() && number < total; ++number) {
        int height = lineHeight;
        if (m_wrap) {
            if (const Line *shown = line(number)) {
                QTextLayout layout;
                layoutLine(layout, *shown, number);
                height *= std::max(1, layout.lineCount());
            }
        }
        out.push_back(Row{number, y, height});
        y += height;
    }
    return out;
}

qint64 LogTextArea::lastTopLine() const
{
    if (!m_index)
        return 0;
    const qint64 total = m_index->lineCount();
    if (!m_wrap)
        return std::max<qint64>(0, total - pageLines());
    const int lineHeight = fontMetrics().lineSpacing();
    int used = 0;
    qint64 number = total - 1;
    for (; number >= 0; --number) {
        const Line *shown = line(number);
        if (!shown)
            break;
        QTextLayout layout;
        layoutLine(layout, *shown, number);
        used += lineHeight * std::max(1, layout.lineCount());
        if (used > viewport()->height())
            break;
    }
    return std::clamp<qint64>(number + 1, 0, std::max<qint64>(0, total - 1));
}

qint64 LogTextArea::lineAt(int y) const
{
    const std::vector<Row> shown = rows();
    if (shown.empty())
        return -1;
    for (const Row &row : shown) {
        if (y < row.y + row.height)
            return row.line;
    }
    return shown.back().line;
}

int LogTextArea::gutterWidth() const
{
    const qint64 total = m_index ? m_index->lineCount() : 0;
    const int digits = int(QString::number(std::max<qint64>(total, 1)).size());
    int width = fontMetrics().horizontalAdvance(u'9') * digits + 2 * kMargin;
    if (m_showTimestamps && m_times && !m_times->isEmpty())
        width += fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 2 * kMargin;
    return width;
}

int LogTextArea::textWidth() const
{
    return std::max(1, viewport()->width() - gutterWidth() - 2 * kMargin);
}

int LogTextArea::pageLines() const
{
    return std::max(1, viewport()->height() / fontMetrics().lineSpacing());
}

void LogTextArea::updateScrollBars()
{
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::min<qint64>(lastTopLine(), INT_MAX)));
    vertical->setPageStep(pageLines());
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, m_wrap ? 0 : std::max(0, m_widestLine - textWidth()));
    horizontal->setPageStep(textWidth());
    horizontal->setSingleStep(fontMetrics().horizontalAdvance(u'x') * 4);
}

void LogTextArea::onOpened()
{
    m_cache.clear();
    m_knownLines = 0;
    m_anchor = m_selectionEnd = -1;
    m_currentMatchLine = -1;
    m_widestLine = 0;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    m_atEnd = true;
    viewport()->update();
}

void LogTextArea::onLinesAppended()
{
    const bool stick = m_atEnd;
    // The line that was last may have been a part line: read it again.
    for (const qint64 key : m_cache.keys()) {
        if (key >= m_knownLines - 1)
            m_cache.remove(key);
    }
    m_knownLines = m_index->lineCount();
    updateScrollBars();
    if (m_follow && stick)
        scrollToEnd();
    m_atEnd = isAtEnd();
    viewport()->update();
}

void LogTextArea::onHeadIndexed(qint64 headLines)
{
    m_cache.clear();
    m_knownLines = m_index->lineCount();
    const bool stick = m_atEnd;
    const qint64 top = topLine();
    updateScrollBars();
    if (stick)
        scrollToEnd();
    else
        verticalScrollBar()->setValue(int(std::min<qint64>(top + headLines, INT_MAX)));
    if (m_anchor >= 0)
        m_anchor += headLines, m_selectionEnd += headLines;
    viewport()->update();
}

void LogTextArea::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogTextArea::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &colours = palette();
    painter.fillRect(viewport()->rect(), colours.base());
    if (!m_index)
        return;
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), colours.alternateBase());
    const int textX = gutter + kMargin - (m_wrap ? 0 : horizontalScrollBar()->value());
    const bool numbered = m_index->isComplete();
    const bool timed = m_showTimestamps && m_times && !m_times->isEmpty();
    const int numbersWidth =
        gutter -
        (timed ? fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 2 * kMargin : 0);
    const auto [selectedFirst, selectedLast] = selection();
    const int widestBefore = m_widestLine;
    for (const Row &row : rows()) {
        const Line *shown = line(row.line);
        if (!shown)
            continue;
        const bool selected = row.line >= selectedFirst && row.line <= selectedLast;
        const QRect textRect(gutter, row.y, viewport()->width() - gutter, row.height);
        if (selected)
            painter.fillRect(textRect, colours.highlight());
        painter.setPen(colours.color(QPalette::PlaceholderText));
        if (numbered)
            painter.drawText(QRect(kMargin, row.y, numbersWidth - 2 * kMargin, row.height),
                             Qt::AlignRight | Qt::AlignTop, QString::number(row.line + 1));
        if (timed) {
            const qint64 time = m_times->timeAt(shown->offset);
            if (time >= 0)
                painter.drawText(
                    QRect(numbersWidth + kMargin, row.y, gutter, row.height),
                    Qt::AlignLeft | Qt::AlignTop,
                    QDateTime::fromMSecsSinceEpoch(time).toString(QStringLiteral("HH:mm:ss.zzz")));
        }
        QTextLayout layout;
        layoutLine(layout, *shown, row.line);
        if (!m_wrap && layout.lineCount() > 0)
            m_widestLine = std::max(m_widestLine, int(layout.lineAt(0).naturalTextWidth()));
        painter.setPen(selected ? colours.highlightedText().color() : colours.text().color());
        painter.setClipRect(textRect);
        layout.draw(&painter, QPointF(textX, row.y));
        painter.setClipping(false);
    }
    if (m_widestLine != widestBefore)
        updateScrollBars();
}

void LogTextArea::resizeEvent(QResizeEvent *event)
{
    const bool stick = m_atEnd;
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (stick)
        scrollToEnd();
}

void LogTextArea::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        viewport()->update();
    }
}

void LogTextArea::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *vertical = verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        if (m_index && m_index->lineCount() > 0)
            selectLines(0, m_index->lineCount() - 1);
    } else if (event->key() == Qt::Key_Home) {
        vertical->setValue(0);
    } else if (event->key() == Qt::Key_End) {
        scrollToEnd();
    } else if (event->key() == Qt::Key_Up) {
        vertical->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Down) {
        vertical->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (event->key() == Qt::Key_PageUp) {
        vertical->triggerAction(QAbstractSlider::SliderPageStepSub);
    } else if (event->key() == Qt::Key_PageDown) {
        vertical->triggerAction(QAbstractSlider::SliderPageStepAdd);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LogTextArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 clicked = lineAt(event->position().toPoint().y());
    if (clicked < 0)
        return;
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = clicked;
    m_selectionEnd = clicked;
    viewport()->update();
}

void LogTextArea::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const int y = event->position().toPoint().y();
    if (y < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (y >= viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    const qint64 over = lineAt(std::clamp(y, 0, viewport()->height() - 1));
    if (over >= 0)
        m_selectionEnd = over;
    viewport()->update();
}

} // namespace Runbench::Ui

// SPDX-License-Identifier: Apache-2.0
#include "logview/logtextarea.h"
#include "logview/logview.h"
#include "translator.h"
#include "views/loglineindex.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtEndian>

using Runbench::Models::LogSearchQuery;
using Runbench::Ui::LogTextArea;
using Runbench::Ui::LogView;

// Drives the log view offscreen: tail, follow, find, toggles, copy, save and keys.
class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensAtTheTail();
    void followsAGrowingLog();
    void scrolledUpStaysPut();
    void shrunkLogIsReadAgain();
    void findsMatches();
    void findBarFromKeyboard();
    void badExpressionIsShown();
    void coloursAreNotShownAsEscapes();
    void wrapAndTimestampToggles();
    void copiesSelectedLines();
    void savesACopy();
    void keyboardScrolls();
    void interactiveWidgetsAreNamed();

private:
    QString writeLog(int lines, const QByteArray &prefix = "line ");
    void append(const QByteArray &text);
    void showView(LogView &view, const QString &timesPath = {});
    template<typename T> static T *child(const QWidget &parent, const char *objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLogView::initTestCase()
{
    QVERIFY(Runbench::Ui::installTranslators(*qApp, QLocale(QLocale::English)));
}

void TestLogView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("output.log"));
}

QString TestLogView::writeLog(int lines, const QByteArray &prefix)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < lines; ++i)
        file.write(prefix + QByteArray::number(i) + '\n');
    return m_path;
}

void TestLogView::append(const QByteArray &text)
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(text);
}

void TestLogView::showView(LogView &view, const QString &timesPath)
{
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(m_path, timesPath);
    QTRY_VERIFY(view.lineIndex()->isComplete());
}

template<typename T> T *TestLogView::child(const QWidget &parent, const char *objectName)
{
    return parent.findChild<T *>(QString::fromLatin1(objectName));
}

void TestLogView::opensAtTheTail()
{
    writeLog(5000);
    LogView view;
    showView(view);
    LogTextArea *area = view.textArea();
    QTRY_COMPARE(area->visibleLines().constLast(), QStringLiteral("line 4999"));
    QVERIFY(area->isAtEnd());
    QVERIFY(area->topLine() > 4900);
    QCOMPARE(view.lineIndex()->lineCount(), 5000);
    QTRY_COMPARE(child<QLabel>(view, "logStatus")->text(), QStringLiteral("5000 lines"));
}

void TestLogView::followsAGrowingLog()
{
    writeLog(100);
    LogView view;
    showView(view);
    QVERIFY(view.isFollowing());
    append("appended 1\nappended 2\nthe new last line\n");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("the new last line"));
    append("partial");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("partial"));
    append(" line completed\n");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(),
                 QStringLiteral("partial line completed"));
    append("half");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("half"));
    append(" done\nx\ny\nz\n");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("z"));
    QVERIFY(view.textArea()->visibleLines().contains(QStringLiteral("half done")));

    view.setFollow(false);
    QVERIFY(!child<QToolButton>(view, "logFollow")->isChecked());
    append("unseen\n");
    view.lineIndex()->refresh();
    QTRY_COMPARE(view.lineIndex()->lineCount(), 109);
    QCOMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("z"));
    child<QToolButton>(view, "logFollow")->click();
    QVERIFY(view.isFollowing());
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("unseen"));
}

void TestLogView::scrolledUpStaysPut()
{
    writeLog(1000);
    LogView view;
    showView(view);
    QTest::keyClick(view.textArea(), Qt::Key_Home);
    QCOMPARE(view.textArea()->topLine(), 0);
    append("more\n");
    QTRY_COMPARE(view.lineIndex()->lineCount(), 1001);
    QCOMPARE(view.textArea()->topLine(), 0);
    QTest::keyClick(view.textArea(), Qt::Key_End);
    append("and more\n");
    QTRY_COMPARE(view.textArea()->visibleLines().constLast(), QStringLiteral("and more"));
}

void TestLogView::shrunkLogIsReadAgain()
{
    writeLog(100, "error ");
    LogView view;
    showView(view);
    QSignalSpy finished(&view, &LogView::searchFinished);
    view.find(LogSearchQuery{QStringLiteral("error 5"), false, false});
    QVERIFY(finished.wait());
    QCOMPARE(view.matchCount(), 11);
    writeLog(2, "error 5");
    QTRY_COMPARE(view.textArea()->visibleLines(),
                 (QStringList{QStringLiteral("error 50"), QStringLiteral("error 51")}));
    QTRY_COMPARE(view.matchCount(), 2);
}

void TestLogView::findsMatches()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3000; ++i)
        file.write(i % 1000 == 10 ? "ERROR failed " + QByteArray::number(i) + " error\n"
                                  : "ok " + QByteArray::number(i) + '\n');
    file.close();
    LogView view;
    showView(view);
    QSignalSpy finished(&view, &LogView::searchFinished);
    view.find(LogSearchQuery{QStringLiteral("error"), false, false});
    QVERIFY(finished.wait());
    QCOMPARE(view.matchCount(), 6);
    QCOMPARE(child<QLabel>(view, "logFindStatus")->text(), QStringLiteral("6 matches"));

    QTest::keyClick(view.textArea(), Qt::Key_Home);
    view.findNext();
    QCOMPARE(view.currentMatchLine(), 10);
    QCOMPARE(view.textArea()->topLine() <= 10, true);
    QVERIFY(view.textArea()->visibleLines().contains(QStringLiteral("ERROR failed 10 error")));
    QCOMPARE(child<QLabel>(view, "logFindStatus")->text(), QStringLiteral("1 of 6 matches"));
    view.findNext();
    QCOMPARE(view.currentMatch(), 1);
    QCOMPARE(view.currentMatchLine(), 10);
    view.findNext();
    QCOMPARE(view.currentMatchLine(), 1010);
    QVERIFY(view.textArea()->visibleLines().contains(QStringLiteral("ERROR failed 1010 error")));
    view.findPrevious();
    view.findPrevious();
    view.findPrevious();
    QCOMPARE(view.currentMatch(), 5);
    QCOMPARE(view.currentMatchLine(), 2010);

    view.find(LogSearchQuery{QStringLiteral("^ERROR failed \\d+0 "), true, true});
    QVERIFY(finished.wait());
    QCOMPARE(view.matchCount(), 3);
    view.find(LogSearchQuery{QStringLiteral("Error"), true, false});
    QVERIFY(finished.wait());
    QCOMPARE(view.matchCount(), 0);
    QCOMPARE(child<QLabel>(view, "logFindStatus")->text(), QStringLiteral("No matches"));

    // Matches in lines appended while following are found as they arrive.
    view.find(LogSearchQuery{QStringLiteral("error"), false, false});
    QVERIFY(finished.wait());
    append("late error\n");
    QTRY_COMPARE(view.matchCount(), 7);
}

void TestLogView::findBarFromKeyboard()
{
    writeLog(200, "entry ");
    LogView view;
    showView(view);
    auto *bar = child<QWidget>(view, "logFindBar");
    auto *text = child<QLineEdit>(view, "logFindText");
    QVERIFY(!bar->isVisible());
    view.textArea()->setFocus();
    QTest::keyClick(view.textArea(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("entry 19"));
    QTRY_COMPARE(view.matchCount(), 11);
    QVERIFY(!view.isSearching());
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(view.currentMatch() >= 0);
    const qint64 first = view.currentMatch();
    QTest::keyClick(view.textArea(), Qt::Key_F3);
    QCOMPARE(view.currentMatch(), (first + 1) % 11);
    QTest::keyClick(view.textArea(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view.currentMatch(), first);
    child<QToolButton>(view, "logFindCase")->click();
    QTRY_COMPARE(view.matchCount(), 11);
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestLogView::badExpressionIsShown()
{
    writeLog(10);
    LogView view;
    showView(view);
    view.find(LogSearchQuery{QStringLiteral("(unclosed"), false, true});
    QVERIFY(child<QLabel>(view, "logFindStatus")
                ->text()
                .startsWith(QStringLiteral("The regular expression is not valid")));
    QCOMPARE(view.matchCount(), 0);
}

void TestLogView::coloursAreNotShownAsEscapes()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x1b[1;31mred alert\x1b[0m and plain\r\n");
    file.close();
    LogView view;
    showView(view);
    QTRY_COMPARE(view.textArea()->visibleLines(),
                 QStringList{QStringLiteral("red alert and plain")});
}

void TestLogView::wrapAndTimestampToggles()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("short\n" + QByteArray(2000, 'w') + "\nlast\n");
    file.close();
    const QString timesPath = m_path + QStringLiteral(".times");
    QFile times(timesPath);
    QVERIFY(times.open(QIODevice::WriteOnly));
    uchar pair[16];
    qToLittleEndian<qint64>(0, pair);
    qToLittleEndian<qint64>(1700000000000, pair + 8);
    times.write(reinterpret_cast<const char *>(pair), 16);
    times.close();

    LogView view;
    showView(view, timesPath);
    LogTextArea *area = view.textArea();
    QTRY_COMPARE(area->visibleLines().size(), 3);
    QTRY_VERIFY(area->horizontalScrollBar()->maximum() > 0);
    const QImage plain = area->viewport()->grab().toImage();

    auto *timestamps = child<QToolButton>(view, "logTimestamps");
    QVERIFY(timestamps->isEnabled());
    timestamps->click();
    QVERIFY(area->viewport()->grab().toImage() != plain);
    timestamps->click();
    QCOMPARE(area->viewport()->grab().toImage(), plain);

    child<QToolButton>(view, "logWrap")->click();
    QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
    QVERIFY(area->viewport()->grab().toImage() != plain);
    QCOMPARE(area->visibleLines().constLast(), QStringLiteral("last"));
    view.setWrap(false);
    QTRY_VERIFY(area->horizontalScrollBar()->maximum() > 0);
}

void TestLogView::copiesSelectedLines()
{
    writeLog(50);
    LogView view;
    showView(view);
    LogTextArea *area = view.textArea();
    area->selectLines(12, 10);
    QCOMPARE(area->selection(), (std::pair<qint64, qint64>(10, 12)));
    QTest::keyClick(area, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line 10\nline 11\nline 12"));
    QTest::keyClick(area, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(area->selection(), (std::pair<qint64, qint64>(0, 49)));
}

void TestLogView::savesACopy()
{
    writeLog(1000);
    LogView view;
    showView(view);
    QSignalSpy saved(&view, &LogView::saveFinished);
    const QString target = m_dir->filePath(QStringLiteral("copy.log"));
    view.saveAs(target);
    QVERIFY(saved.wait());
    QVERIFY(saved.constFirst().constFirst().toBool());
    QFile original(m_path);
    QFile copy(target);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    view.saveAs(m_dir->filePath(QStringLiteral("missing/dir/copy.log")));
    QVERIFY(saved.wait());
    QVERIFY(!saved.constLast().constFirst().toBool());
}

void TestLogView::keyboardScrolls()
{
    writeLog(1000);
    LogView view;
    showView(view);
    LogTextArea *area = view.textArea();
    QTest::keyClick(area, Qt::Key_Home);
    QCOMPARE(area->topLine(), 0);
    QCOMPARE(area->visibleLines().constFirst(), QStringLiteral("line 0"));
    QTest::keyClick(area, Qt::Key_PageDown);
    const qint64 page = area->topLine();
    QVERIFY(page > 5);
    QTest::keyClick(area, Qt::Key_Down);
    QCOMPARE(area->topLine(), page + 1);
    QTest::keyClick(area, Qt::Key_PageUp);
    QCOMPARE(area->topLine(), 1);
    QTest::keyClick(area, Qt::Key_End);
    QVERIFY(area->isAtEnd());
    QCOMPARE(area->visibleLines().constLast(), QStringLiteral("line 999"));
}

void TestLogView::interactiveWidgetsAreNamed()
{
    LogView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int interactive = 0;
    for (const QWidget *widget : view.findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 10);
    for (const QAction *action : view.actions()) {
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
        QVERIFY(!action->shortcut().isEmpty());
    }
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"

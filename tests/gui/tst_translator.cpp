// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "testdata.h"
#include "translator.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using Runbench::Ui::installTranslators;
using Runbench::Ui::MainWindow;

// Checks that the embedded translations load, fall back to English and are complete.
class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void germanWindow();
    void unknownLocaleFallsBackToEnglish();
    void germanIsComplete();
};

void TestTranslator::cleanup()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslator::germanWindow()
{
    QVERIFY(installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Bereit"));
    window.setProjects({Runbench::Models::ProjectSummary{QStringLiteral("p"), {}, {}, {}}});
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("1 Projekt geladen"));
    window.setProjects({{}, {}});
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("2 Projekte geladen"));
}

void TestTranslator::unknownLocaleFallsBackToEnglish()
{
    QVERIFY(installTranslators(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    window.setProjects({Runbench::Models::ProjectSummary{QStringLiteral("p"), {}, {}, {}}});
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loaded 1 project"));
}

void TestTranslator::germanIsComplete()
{
    QFile file(TestData::sourceDir() + QStringLiteral("/translations/runbench_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    QStringList untranslated;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || text.isEmpty()) {
                untranslated.append(source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
}

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationName(QStringLiteral("runbench-tst-translator"));
    TestTranslator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translator.moc"

// SPDX-License-Identifier: Apache-2.0
#include "workbench.h"

#include "appidentity.h"
#include "firstpaintexit.h"
#include "mainwindow.h"
#include "store/store.h"
#include "translator.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTimer>

namespace Runbench::App {

namespace {

QString storePathFromArguments(const QStringList &args)
{
    const qsizetype db = args.indexOf(QStringLiteral("--db"));
    if (db >= 0 && db + 1 < args.size())
        return args[db + 1];
    return Models::Store::defaultPath();
}

} // namespace

int Workbench::run(int argc, char *argv[])
{
    bool selfTest = false;
    bool exitAfterFirstPaint = false;
    for (int i = 1; i < argc; ++i) {
        selfTest = selfTest || qstrcmp(argv[i], "--self-test") == 0;
        exitAfterFirstPaint =
            exitAfterFirstPaint || qstrcmp(argv[i], "--exit-after-first-paint") == 0;
    }
    if (selfTest)
        QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.runbench.Runbench"));
    Ui::installTranslators(app);
    const QString storePath = storePathFromArguments(QCoreApplication::arguments());

    Ui::MainWindow window(storePath);
    Ui::FirstPaintExit firstPaintExit;
    if (exitAfterFirstPaint)
        window.installEventFilter(&firstPaintExit);
    window.show();

    if (selfTest) {
        QObject::connect(&window, &Ui::MainWindow::projectsLoaded, &window, [&window](bool ok) {
            QCoreApplication::exit(ok && window.isVisible() ? 0 : 1);
        });
        QTimer::singleShot(std::chrono::seconds(30), &window, [] {
            qCritical("self-test: the store did not finish loading in 30 s");
            QCoreApplication::exit(2);
        });
    }
    window.reloadProjects();
    return app.exec();
}

} // namespace Runbench::App

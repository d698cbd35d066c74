// SPDX-License-Identifier: Apache-2.0
#include "workbench.h"

#include "appidentity.h"
#include "firstpaintexit.h"
#include "mainwindow.h"
#include "store/store.h"
#include "translator.h"
#include "views/projectsnapshot.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace Runbench::App {

using Snapshot = Models::Result<std::vector<Models::ProjectSummary>>;

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

    auto *watcher = new QFutureWatcher<Snapshot>(&window);
    QObject::connect(watcher, &QFutureWatcher<Snapshot>::finished, &window,
                     [&window, watcher, selfTest] {
                         Snapshot snapshot = watcher->result();
                         const bool ok = snapshot.ok();
                         if (ok)
                             window.setProjects(std::move(snapshot.value()));
                         else
                             window.showLoadError(snapshot.error().toString());
                         if (selfTest)
                             QCoreApplication::exit(ok && window.isVisible() ? 0 : 1);
                     });
    watcher->setFuture(
        QtConcurrent::run([storePath] { return Models::ProjectSnapshot::load(storePath); }));
    if (selfTest) {
        QTimer::singleShot(std::chrono::seconds(30), &window, [] {
            qCritical("self-test: the store did not finish loading in 30 s");
            QCoreApplication::exit(2);
        });
    }
    return app.exec();
}

} // namespace Runbench::App

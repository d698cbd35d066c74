// SPDX-License-Identifier: Apache-2.0
#include "editor/functioneditor.h"
#include "hub/hubpage.h"
#include "mainwindow.h"
#include "runs/rundetails.h"
#include "spec/functionimporter.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Runbench::Models;
using namespace Runbench::Ui;

// Opens the main screens of the real window over a small store and writes each as a PNG into
// the build folder (tests/screenshots), so reviewers see what users see.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainScreens();

private:
    void seedStore();
    void shoot(QWidget &window, const QString &name);

    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_hash;
    QString m_runUid = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString m_outDir;
};

void TestScreenshots::initTestCase()
{
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("runbench.db"));
    m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
    seedStore();
}

void TestScreenshots::seedStore()
{
    auto store = Store::open(m_storePath);
    QVERIFY(store.ok());
    ProjectRecord project;
    project.name = QStringLiteral("demo");
    project.description = QStringLiteral("Screenshots");
    QVERIFY((*store)->createProject(project).ok());
    FunctionSpec fn = FunctionSpec::create(QStringLiteral("trainer"), QStringLiteral("job"));
    fn.setSourceCode(QStringLiteral("def train(context, lr: float = 0.1):\n"
                                    "    context.log_result('accuracy', 0.9)\n"));
    fn.setText(FunctionSpec::TextField::DefaultHandler, QStringLiteral("train"));
    FunctionImporter::Request request;
    request.project = project.name;
    const auto imported =
        FunctionImporter(**store).import(fn, request, [](const QString &) { return Status(); });
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    m_hash = imported->saved.version.hash;

    const QString runDir = m_dir.filePath(QStringLiteral("runs/") + m_runUid);
    QVERIFY(QDir().mkpath(runDir));
    QFile log(runDir + QStringLiteral("/output.log"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("epoch 1 loss 0.52\nepoch 2 loss 0.31\n\x1b[32mdone\x1b[0m accuracy 0.9\n");
    log.close();
    RunRecordRow run;
    run.uid = m_runUid;
    run.project = project.name;
    run.name = QStringLiteral("trainer-train");
    run.function = QStringLiteral("demo/trainer@") + m_hash;
    run.kind = QStringLiteral("job");
    run.handler = QStringLiteral("train");
    run.state = QStringLiteral("completed");
    run.parameters = R"({"lr": 0.1})";
    run.results = R"({"accuracy": 0.9})";
    run.labels = R"({"owner": "screenshots"})";
    run.started = QDateTime::currentDateTimeUtc().addSecs(-60);
    run.updated = run.ended = run.started.addSecs(12);
    run.exitCode = 0;
    run.runDir = runDir;
    QVERIFY((*store)->saveRun(run).ok());
}

void TestScreenshots::shoot(QWidget &window, const QString &name)
{
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    // A real screen has more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(name));
    const QString path = m_outDir + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestScreenshots::mainScreens()
{
    MainWindow window(m_storePath);
    window.resize(1280, 800);
    QSignalSpy projects(&window, &MainWindow::projectsLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.reloadProjects();
    QVERIFY(projects.wait(10000));
    shoot(window, QStringLiteral("main-window"));

    auto *documents = window.findChild<QTabWidget *>(QStringLiteral("documents"));
    window.showHub();
    auto *hub = qobject_cast<HubPage *>(documents->currentWidget());
    QVERIFY(hub);
    QSignalSpy catalogs(hub, &HubPage::catalogsLoaded);
    QVERIFY(catalogs.count() || catalogs.wait(10000));
    shoot(window, QStringLiteral("hub"));

    window.openFunction(QStringLiteral("demo"), QStringLiteral("trainer"), m_hash);
    auto *editor = qobject_cast<FunctionEditor *>(documents->currentWidget());
    QVERIFY(editor);
    QSignalSpy loaded(editor, &FunctionEditor::loaded);
    QVERIFY(loaded.count() || loaded.wait(10000));
    shoot(window, QStringLiteral("function-editor"));

    window.showLauncher();
    shoot(window, QStringLiteral("run-launcher"));

    window.showRun(m_runUid);
    auto *details = window.findChild<RunDetails *>();
    QVERIFY(details);
    documents->setCurrentWidget(details);
    QTRY_COMPARE(details->uid(), m_runUid);
    QTRY_VERIFY(details->run().has_value());
    shoot(window, QStringLiteral("run-details"));

    for (const QString &name :
         {QStringLiteral("main-window"), QStringLiteral("hub"), QStringLiteral("function-editor"),
          QStringLiteral("run-launcher"), QStringLiteral("run-details")})
        QVERIFY(QFile::exists(m_outDir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"

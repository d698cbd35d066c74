// SPDX-License-Identifier: Apache-2.0
#include "httptestserver.h"
#include "hub/hublibrary.h"
#include "hub/hubpage.h"
#include "hub/katehighlighter.h"
#include "store/store.h"
#include "testdata.h"
#include "translator.h"
#include "views/hubcatalogmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <memory>

using Runbench::Models::FunctionQuery;
using Runbench::Models::HubCatalogModel;
using Runbench::Models::HubLibrary;
using Runbench::Models::Store;
using Runbench::Ui::HubPage;
using Runbench::Ui::KateHighlighter;

// Drives the hub page through its real widgets over a temporary store, the bundled hub and,
// when ../shared is there, the real hub sample as a folder source.
class TestHubPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheBundledHub();
    void searchesAsYouType();
    void filtersByCategoryAndKind();
    void previewShowsReadmeSourceAndFunction();
    void versionPickerSwitchesTheEntry();
    void refreshKeepsTheChosenVersion();
    void importsOnceIntoTheChosenProject();
    void enterOnACardImports();
    void reloadsProjects();
    void runNowNamesTheChosenVersion();
    void otherLanguagesUseKateSyntaxHighlighter();
    void unknownSyntaxFallsBackToPlainText();
    void brokenSourceIsAWarning();
    void cancelKeepsTheShownCatalog();
    void keyboardFocusesAndClearsSearch();
    void readsTheRealHubSample();
    void webSourceRefreshesPreviewsAndKeepsItsCacheOffline();
    void interactiveWidgetsAreNamed();

private:
    std::unique_ptr<HubPage> openPage();
    void addSource(const QString &name, const QString &location);
    static QStringList visibleNames(const HubPage &page);
    void select(HubPage &page, const QString &name);
    std::vector<Runbench::Models::FunctionVersion> storedVersions(const QString &name) const;
    template<typename T> static T *child(const HubPage &page, const QString &objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storePath;
    QString m_cacheDir;
};

template<typename T> T *TestHubPage::child(const HubPage &page, const QString &objectName)
{
    auto *found = page.findChild<T *>(objectName);
    if (!found)
        qWarning("no child named %s", qPrintable(objectName));
    return found;
}

void TestHubPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("store.db"));
    m_cacheDir = m_dir->filePath(QStringLiteral("cache"));
    QVERIFY(Store::open(m_storePath));
}

void TestHubPage::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<HubPage> TestHubPage::openPage()
{
    auto page = std::make_unique<HubPage>(m_storePath, m_cacheDir);
    QSignalSpy loaded(page.get(), &HubPage::catalogsLoaded);
    page->resize(1200, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !loaded.wait(30000))
        return nullptr;
    return page;
}

void TestHubPage::addSource(const QString &name, const QString &location)
{
    auto store = Store::open(m_storePath);
    QVERIFY(store);
    const auto added = HubLibrary(**store, m_cacheDir).addSource(name, location);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
}

QStringList TestHubPage::visibleNames(const HubPage &page)
{
    const QAbstractItemModel *model =
        page.findChild<QListView *>(QStringLiteral("hubList"))->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(HubCatalogModel::NameRole).toString();
    return names;
}

void TestHubPage::select(HubPage &page, const QString &name)
{
    auto *list = child<QListView>(page, QStringLiteral("hubList"));
    QVERIFY(list);
    const int row = int(visibleNames(page).indexOf(name));
    QVERIFY2(row >= 0, qPrintable(name));
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QSignalSpy previewed(&page, &HubPage::previewLoaded);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(list->currentIndex(), index);
    QVERIFY(previewed.wait(30000));
}

std::vector<Runbench::Models::FunctionVersion>
TestHubPage::storedVersions(const QString &name) const
{
    auto store = Store::open(m_storePath);
    if (!store)
        return {};
    FunctionQuery query;
    query.name = name;
    query.allVersions = true;
    auto versions = (*store)->functions(query);
    return versions ? *versions : std::vector<Runbench::Models::FunctionVersion>{};
}

void TestHubPage::showsTheBundledHub()
{
    const auto page = openPage();
    QVERIFY(page);
    const QStringList names = visibleNames(*page);
    for (const char *name : {"hello-world", "word-count", "describe-csv", "linear-regression",
                             "generate-data", "system-info"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(names.size(), 6);
    QVERIFY(!child<QWidget>(*page, QStringLiteral("hubProgress"))->isVisible());
    QVERIFY(!child<QFrame>(*page, QStringLiteral("hubMessageBar"))->isVisible());
    QCOMPARE(child<QLabel>(*page, QStringLiteral("hubCount"))->text(),
             QStringLiteral("6 of 6 items"));

    auto *categories = child<QComboBox>(*page, QStringLiteral("hubCategoryFilter"));
    QVERIFY(categories->findText(QStringLiteral("utils")) > 0);
    QVERIFY(categories->findText(QStringLiteral("NLP")) > 0);
    auto *kinds = child<QComboBox>(*page, QStringLiteral("hubKindFilter"));
    QVERIFY(kinds->findText(QStringLiteral("job")) > 0);
    QVERIFY(kinds->findText(QStringLiteral("local")) > 0);
    QCOMPARE(child<QComboBox>(*page, QStringLiteral("hubProjectCombo"))->currentText(),
             QStringLiteral("default"));

    const QModelIndex first =
        child<QListView>(*page, QStringLiteral("hubList"))->model()->index(0, 0);
    QVERIFY(!first.data(HubCatalogModel::DescriptionRole).toString().isEmpty());
    QCOMPARE(first.data(HubCatalogModel::SourceRole).toString(), QStringLiteral("bundled"));
}

void TestHubPage::searchesAsYouType()
{
    const auto page = openPage();
    QVERIFY(page);
    auto *search = child<QLineEdit>(*page, QStringLiteral("hubSearch"));
    QTest::keyClicks(search, QStringLiteral("REGRESS"));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("linear-regression")});
    QCOMPARE(child<QLabel>(*page, QStringLiteral("hubCount"))->text(),
             QStringLiteral("1 of 6 items"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("csv"));
    QStringList csv = visibleNames(*page);
    csv.sort();
    QCOMPARE(csv, (QStringList{QStringLiteral("describe-csv"), QStringLiteral("generate-data")}));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("nlp"));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("word-count")});

    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such function"));
    QVERIFY(visibleNames(*page).isEmpty());
    search->clear();
    QCOMPARE(visibleNames(*page).size(), 6);
}

void TestHubPage::filtersByCategoryAndKind()
{
    const auto page = openPage();
    QVERIFY(page);
    auto *categories = child<QComboBox>(*page, QStringLiteral("hubCategoryFilter"));
    auto *kinds = child<QComboBox>(*page, QStringLiteral("hubKindFilter"));
    categories->setCurrentIndex(categories->findText(QStringLiteral("utils")));
    QStringList utils = visibleNames(*page);
    utils.sort();
    QCOMPARE(utils, (QStringList{QStringLiteral("hello-world"), QStringLiteral("system-info")}));

    kinds->setCurrentIndex(kinds->findText(QStringLiteral("local")));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("system-info")});

    categories->setCurrentIndex(0);
    QStringList local = visibleNames(*page);
    local.sort();
    QCOMPARE(local, (QStringList{QStringLiteral("system-info"), QStringLiteral("word-count")}));

    QTest::keyClicks(child<QLineEdit>(*page, QStringLiteral("hubSearch")), QStringLiteral("word"));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("word-count")});
    kinds->setCurrentIndex(0);
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("word-count")});
}

void TestHubPage::previewShowsReadmeSourceAndFunction()
{
    const auto page = openPage();
    QVERIFY(page);
    QVERIFY(!page->currentResolution());
    select(*page, QStringLiteral("hello-world"));

    QCOMPARE(child<QLabel>(*page, QStringLiteral("hubPreviewTitle"))->text(),
             QStringLiteral("hello-world"));
    auto *readme = child<QTextBrowser>(*page, QStringLiteral("hubReadme"));
    QVERIFY2(readme->toPlainText().contains(QStringLiteral("Say hello and log the greeting")),
             qPrintable(readme->toPlainText()));
    // Markdown is rendered: the heading is no longer "# hello-world".
    QVERIFY(!readme->toPlainText().contains(QStringLiteral("# hello-world")));

    auto *source = child<QsciScintilla>(*page, QStringLiteral("hubSourceEditor"));
    QVERIFY(source->text().contains(QStringLiteral("def hello(context")));
    QVERIFY(source->isReadOnly());
    QVERIFY(source->lexer());
    QCOMPARE(QString::fromLatin1(source->lexer()->language()), QStringLiteral("Python"));
    QCOMPARE(child<QStackedWidget>(*page, QStringLiteral("hubSourceStack"))->currentWidget(),
             source);

    auto *function = child<QsciScintilla>(*page, QStringLiteral("hubFunctionEditor"));
    QVERIFY(function->text().contains(QStringLiteral("kind: job")));
    QCOMPARE(QString::fromLatin1(function->lexer()->language()), QStringLiteral("YAML"));
    QVERIFY(function->isReadOnly());
    QCOMPARE(page->currentReference(), QStringLiteral("hub://bundled/hello-world:latest"));
}

void TestHubPage::versionPickerSwitchesTheEntry()
{
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("hello-world"));
    auto *versions = child<QComboBox>(*page, QStringLiteral("hubVersionCombo"));
    QCOMPARE(versions->count(), 3);
    QCOMPARE(versions->itemText(0), QStringLiteral("latest"));
    QCOMPARE(versions->itemText(1), QStringLiteral("1.0.0"));
    QCOMPARE(versions->itemText(2), QStringLiteral("0.9.0"));

    QSignalSpy previewed(page.get(), &HubPage::previewLoaded);
    versions->setCurrentIndex(2);
    QVERIFY(previewed.wait(30000));
    QCOMPARE(page->currentResolution()->item.version, QStringLiteral("0.9.0"));
    QCOMPARE(page->currentReference(), QStringLiteral("hub://bundled/hello-world:0.9.0"));
    QVERIFY(child<QLabel>(*page, QStringLiteral("hubPreviewDetails"))
                ->text()
                .contains(QStringLiteral("0.9.0")));
    QVERIFY(child<QsciScintilla>(*page, QStringLiteral("hubFunctionEditor"))
                ->text()
                .contains(QStringLiteral("hello")));
}

void TestHubPage::refreshKeepsTheChosenVersion()
{
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("hello-world"));
    auto *versions = child<QComboBox>(*page, QStringLiteral("hubVersionCombo"));
    QSignalSpy previewed(page.get(), &HubPage::previewLoaded);
    versions->setCurrentIndex(versions->findText(QStringLiteral("0.9.0")));
    QVERIFY(previewed.wait(30000));

    QSignalSpy loaded(page.get(), &HubPage::catalogsLoaded);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubRefreshButton")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(page->currentReference(), QStringLiteral("hub://bundled/hello-world:0.9.0"));
    QCOMPARE(versions->currentText(), QStringLiteral("0.9.0"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(*page, QStringLiteral("hubReadme"))
                                 ->toPlainText()
                                 .contains(QStringLiteral("Say hello")),
                             30000);
}

void TestHubPage::importsOnceIntoTheChosenProject()
{
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("hello-world"));
    auto *versions = child<QComboBox>(*page, QStringLiteral("hubVersionCombo"));
    QSignalSpy previewed(page.get(), &HubPage::previewLoaded);
    versions->setCurrentIndex(versions->findText(QStringLiteral("1.0.0")));
    QVERIFY(previewed.wait(30000));

    QSignalSpy imported(page.get(), &HubPage::functionImported);
    auto *importButton = child<QPushButton>(*page, QStringLiteral("hubImportButton"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("default"));
    QCOMPARE(imported.at(0).at(1).toString(), QStringLiteral("hello-world"));
    auto stored = storedVersions(QStringLiteral("hello-world"));
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored[0].project, QStringLiteral("default"));
    QCOMPARE(stored[0].origin, QStringLiteral("hub://bundled/hello-world:1.0.0"));
    QCOMPARE(stored[0].hash, imported.at(0).at(2).toString());
    auto *message = child<QLabel>(*page, QStringLiteral("hubMessageText"));
    QVERIFY(message->text().contains(QStringLiteral("Imported hello-world")));
    QVERIFY(child<QFrame>(*page, QStringLiteral("hubMessageBar"))->isVisible());

    QTRY_VERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.at(1).at(2), imported.at(0).at(2));
    QCOMPARE(storedVersions(QStringLiteral("hello-world")).size(), std::size_t(1));
    QVERIFY2(message->text().contains(QStringLiteral("already in project default")),
             qPrintable(message->text()));
}

void TestHubPage::enterOnACardImports()
{
    {
        auto store = Store::open(m_storePath);
        QVERIFY(store);
        Runbench::Models::ProjectRecord project;
        project.name = QStringLiteral("fraud");
        QVERIFY((*store)->createProject(project));
    }
    const auto page = openPage();
    QVERIFY(page);
    auto *projects = child<QComboBox>(*page, QStringLiteral("hubProjectCombo"));
    QVERIFY(projects->findText(QStringLiteral("fraud")) >= 0);
    QVERIFY(projects->findText(QStringLiteral("default")) >= 0);
    select(*page, QStringLiteral("word-count"));
    projects->setCurrentIndex(projects->findText(QStringLiteral("fraud")));

    QSignalSpy imported(page.get(), &HubPage::functionImported);
    auto *list = child<QListView>(*page, QStringLiteral("hubList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(imported.wait(30000));
    const auto stored = storedVersions(QStringLiteral("word-count"));
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored[0].project, QStringLiteral("fraud"));
    QCOMPARE(stored[0].origin, QStringLiteral("hub://bundled/word-count:latest"));
}

void TestHubPage::reloadsProjects()
{
    const auto page = openPage();
    QVERIFY(page);
    auto *projects = child<QComboBox>(*page, QStringLiteral("hubProjectCombo"));
    QCOMPARE(projects->count(), 1);
    {
        auto store = Store::open(m_storePath);
        QVERIFY(store);
        Runbench::Models::ProjectRecord project;
        project.name = QStringLiteral("churn");
        QVERIFY((*store)->createProject(project));
    }
    page->reloadProjects();
    QTRY_VERIFY(projects->findText(QStringLiteral("churn")) >= 0);
    QCOMPARE(projects->currentText(), QStringLiteral("default"));
}

void TestHubPage::runNowNamesTheChosenVersion()
{
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("linear-regression"));
    QSignalSpy run(page.get(), &HubPage::runRequested);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubRunButton")), Qt::LeftButton);
    QCOMPARE(run.size(), 1);
    QCOMPARE(run.at(0).at(0).toString(), QStringLiteral("hub://bundled/linear-regression:latest"));
    QCOMPARE(page->currentResolution()->item.name, QStringLiteral("linear-regression"));
    QVERIFY(storedVersions(QStringLiteral("linear-regression")).empty());
}

void TestHubPage::otherLanguagesUseKateSyntaxHighlighter()
{
    if (KateHighlighter::program().isEmpty())
        QSKIP("kate-syntax-highlighter is not installed (Debian: libkf5syntaxhighlighting-tools)");
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("system-info"));
    auto *stack = child<QStackedWidget>(*page, QStringLiteral("hubSourceStack"));
    auto *html = child<QTextBrowser>(*page, QStringLiteral("hubSourceHtml"));
    auto *note = child<QLabel>(*page, QStringLiteral("hubSourceNote"));
    QCOMPARE(stack->currentWidget(), html);
    QTRY_VERIFY_WITH_TIMEOUT(note->isHidden(), 30000);
    QVERIFY(html->toPlainText().contains(QStringLiteral("uname")));
    // Highlighted: the shell keywords carry colours that plain text would not.
    QVERIFY(html->toHtml().contains(QStringLiteral("color:#")));
}

void TestHubPage::unknownSyntaxFallsBackToPlainText()
{
    KateHighlighter highlighter;
    QSignalSpy failed(&highlighter, &KateHighlighter::failed);
    QSignalSpy highlighted(&highlighter, &KateHighlighter::highlighted);
    highlighter.highlight(QStringLiteral("notes.no-such-language"), "text", false);
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait(30000));
    QCOMPARE(highlighted.size(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

void TestHubPage::brokenSourceIsAWarning()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty-hub"));
    QVERIFY(QDir().mkpath(empty));
    addSource(QStringLiteral("broken"), empty);
    const auto page = openPage();
    QVERIFY(page);
    QCOMPARE(visibleNames(*page).size(), 6);
    QVERIFY(child<QFrame>(*page, QStringLiteral("hubMessageBar"))->isVisible());
    const QString message = child<QLabel>(*page, QStringLiteral("hubMessageText"))->text();
    QVERIFY2(message.contains(QStringLiteral("broken")), qPrintable(message));
    QTest::mouseClick(child<QWidget>(*page, QStringLiteral("hubMessageClose")), Qt::LeftButton);
    QVERIFY(!child<QFrame>(*page, QStringLiteral("hubMessageBar"))->isVisible());
}

void TestHubPage::cancelKeepsTheShownCatalog()
{
    const auto page = openPage();
    QVERIFY(page);
    auto *refresh = child<QPushButton>(*page, QStringLiteral("hubRefreshButton"));
    auto *progress = child<QWidget>(*page, QStringLiteral("hubProgress"));
    QSignalSpy loaded(page.get(), &HubPage::catalogsLoaded);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(page->isLoading());
    QVERIFY(progress->isVisible());
    QVERIFY(!refresh->isEnabled());
    QVERIFY(child<QProgressBar>(*page, QStringLiteral("hubProgressBar"))->isVisible());
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubCancelButton")), Qt::LeftButton);
    QVERIFY(!page->isLoading());
    QVERIFY(!progress->isVisible());
    QVERIFY(refresh->isEnabled());
    QVERIFY(child<QLabel>(*page, QStringLiteral("hubMessageText"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QCOMPARE(visibleNames(*page).size(), 6);

    // The cancelled load never reports; the next one does, once.
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(visibleNames(*page).size(), 6);
}

void TestHubPage::keyboardFocusesAndClearsSearch()
{
    const auto page = openPage();
    QVERIFY(page);
    QApplication::setActiveWindow(page.get());
    auto *search = child<QLineEdit>(*page, QStringLiteral("hubSearch"));
    auto *list = child<QListView>(*page, QStringLiteral("hubList"));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keySequence(list, QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hello"));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("hello-world")});
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(visibleNames(*page).size(), 6);

    QTest::keyClicks(search, QStringLiteral("word"));
    QSignalSpy previewed(page.get(), &HubPage::previewLoaded);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    QVERIFY(previewed.wait(30000));
    QCOMPARE(page->currentResolution()->item.name, QStringLiteral("word-count"));
}

void TestHubPage::readsTheRealHubSample()
{
    const QString sample = TestData::sharedDir() + QStringLiteral("/hub-sample");
    if (TestData::sharedDir().isEmpty() || !QFileInfo(sample).isDir())
        QSKIP("../shared/hub-sample is not beside the source tree");
    addSource(QStringLiteral("sample"), sample);
    const auto page = openPage();
    QVERIFY(page);
    const QStringList names = visibleNames(*page);
    QVERIFY(names.contains(QStringLiteral("aggregate")));
    QVERIFY(names.contains(QStringLiteral("v2-model-server")));
    QVERIFY(names.size() > 6);
    auto *kinds = child<QComboBox>(*page, QStringLiteral("hubKindFilter"));
    QVERIFY(kinds->findText(QStringLiteral("nuclio:serving")) > 0);
    kinds->setCurrentIndex(kinds->findText(QStringLiteral("remote")));
    QCOMPARE(visibleNames(*page), QStringList{QStringLiteral("model-server")});
    kinds->setCurrentIndex(0);

    select(*page, QStringLiteral("aggregate"));
    QVERIFY(!child<QTextBrowser>(*page, QStringLiteral("hubReadme"))->toPlainText().isEmpty());
    // The sample has no .py files: the source comes from function.yaml's embedded code.
    auto *source = child<QsciScintilla>(*page, QStringLiteral("hubSourceEditor"));
    QVERIFY(source->text().contains(QStringLiteral("def aggregate")));
    auto *versions = child<QComboBox>(*page, QStringLiteral("hubVersionCombo"));
    QCOMPARE(versions->itemText(0), QStringLiteral("latest"));
    QVERIFY(versions->count() > 3);

    QSignalSpy imported(page.get(), &HubPage::functionImported);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    const auto stored = storedVersions(QStringLiteral("aggregate"));
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored[0].origin, QStringLiteral("hub://sample/aggregate:latest"));
}

void TestHubPage::webSourceRefreshesPreviewsAndKeepsItsCacheOffline()
{
    auto server =
        std::make_unique<HttpTestServer>(TestData::sourceDir() + QStringLiteral("/resources/hub"));
    QVERIFY(server->start());
    addSource(QStringLiteral("web"), server->url(QString()));
    const auto page = openPage();
    QVERIFY(page);
    const int bundledOnly = int(visibleNames(*page).size());

    QSignalSpy loaded(page.get(), &HubPage::catalogsLoaded);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubRefreshButton")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(int(visibleNames(*page).size()), 2 * bundledOnly);
    select(*page, QStringLiteral("hello-world"));
    QVERIFY(page->currentReference().startsWith(QStringLiteral("hub://web/")));
    QVERIFY(!child<QTextBrowser>(*page, QStringLiteral("hubReadme"))->toPlainText().isEmpty());
    QVERIFY(server->bytesSent() > 0);

    server.reset();
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("hubRefreshButton")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(int(visibleNames(*page).size()), 2 * bundledOnly);
    const QString message = child<QLabel>(*page, QStringLiteral("hubMessageText"))->text();
    QVERIFY2(message.contains(QStringLiteral("offline"), Qt::CaseInsensitive), qPrintable(message));
}

void TestHubPage::interactiveWidgetsAreNamed()
{
    const auto page = openPage();
    QVERIFY(page);
    select(*page, QStringLiteral("hello-world"));
    int interactive = 0;
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 10);
}

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Runbench"));
    QCoreApplication::setApplicationName(QStringLiteral("runbench-tst-hubpage"));
    if (!Runbench::Ui::installTranslators(app, QLocale(QLocale::English)))
        qFatal("the embedded English translation is missing");
    TestHubPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hubpage.moc"

// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "editor/codeeditor.h"
#include "editor/functioneditor.h"
#include "editor/historypane.h"
#include "mainwindow.h"
#include "spec/functionhash.h"
#include "spec/functionimporter.h"
#include "spec/functionvalidator.h"
#include "store/store.h"
#include "testdata.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <Qsci/qsciscintilla.h>

using namespace Runbench;
using Ui::FunctionEditor;
using ProjectCheck = Models::FunctionImporter::ProjectCheck;

// Drives the real function editor widgets against a temporary store.
class TestFunctionEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void authorSaveEditAndDiff();
    void openStoredVersionAndSaveUnchanged();
    void hubFunctionsOpenUnchanged();
    void undoRedoSpansFormsAndCode();
    void windowActionsReachTheEditor();
    void badValueShowsValidatorSentence();
    void findReplaceAllIsOneUndoStep();
    void interactiveWidgetsAreNamed();

private:
    template<typename T> static T *child(const QWidget &root, const QString &objectName);
    static void typeInto(QWidget *widget, const QString &text);
    static void setCell(QTableWidget *table, int row, int column, const QString &text);
    static void chooseCell(QTableWidget *table, int row, int column, const QString &value);
    static void choose(QComboBox *combo, const QString &value);
    static std::vector<Models::FunctionVersion> versions(const QString &storePath);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

template<typename T> T *TestFunctionEditor::child(const QWidget &root, const QString &objectName)
{
    T *found = root.findChild<T *>(objectName);
    if (!found)
        qFatal("no child %s", qPrintable(objectName));
    return found;
}

void TestFunctionEditor::typeInto(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
}

void TestFunctionEditor::setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

void TestFunctionEditor::chooseCell(QTableWidget *table, int row, int column, const QString &value)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    QVERIFY(combo);
    choose(combo, value);
}

void TestFunctionEditor::choose(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findText(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

std::vector<Models::FunctionVersion> TestFunctionEditor::versions(const QString &storePath)
{
    auto store = Models::Store::open(storePath);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    Models::FunctionQuery query;
    query.project = QStringLiteral("fraud");
    query.name = QStringLiteral("trainer");
    query.allVersions = true;
    query.withDocuments = true;
    auto list = (*store)->functions(query);
    if (!list)
        qFatal("%s", qPrintable(list.error().message));
    return std::move(*list);
}

void TestFunctionEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("runbench.db"));
}

void TestFunctionEditor::authorSaveEditAndDiff()
{
    FunctionEditor editor(m_store);
    editor.resize(1400, 900);
    editor.show();
    editor.newFunction(QStringLiteral("fraud"));
    QVERIFY(!editor.isDirty());

    QSignalSpy renamed(&editor, &FunctionEditor::functionNameChanged);
    typeInto(child<QLineEdit>(editor, QStringLiteral("nameEdit")), QStringLiteral("trainer"));
    QCOMPARE(renamed.size(), 7);
    QCOMPARE(renamed.constLast().at(0).toString(), QStringLiteral("trainer"));
    choose(child<QComboBox>(editor, QStringLiteral("kindCombo")), QStringLiteral("job"));
    auto *code = child<QsciScintilla>(editor, QStringLiteral("codeEdit"));
    typeInto(code, QStringLiteral("def train(context, rate=0.1):"));
    QTest::keyClick(code, Qt::Key_Return);
    typeInto(code, QStringLiteral("context.log_result('rate', rate)"));
    // Enter after a colon indents the body one level.
    QCOMPARE(code->text(), QStringLiteral("def train(context, rate=0.1):\n"
                                          "    context.log_result('rate', rate)"));
    auto *handler = child<QComboBox>(editor, QStringLiteral("defaultHandlerCombo"));
    QTRY_VERIFY(handler->findText(QStringLiteral("train")) >= 0);
    handler->setCurrentIndex(handler->findText(QStringLiteral("train")));

    typeInto(child<QLineEdit>(editor, QStringLiteral("cpuRequestValue")), QStringLiteral("500"));
    choose(child<QComboBox>(editor, QStringLiteral("cpuRequestUnit")), QStringLiteral("m"));
    typeInto(child<QLineEdit>(editor, QStringLiteral("cpuLimitValue")), QStringLiteral("1"));
    typeInto(child<QLineEdit>(editor, QStringLiteral("memoryRequestValue")), QStringLiteral("256"));
    choose(child<QComboBox>(editor, QStringLiteral("memoryRequestUnit")), QStringLiteral("Mi"));
    typeInto(child<QLineEdit>(editor, QStringLiteral("memoryLimitValue")), QStringLiteral("1"));
    choose(child<QComboBox>(editor, QStringLiteral("memoryLimitUnit")), QStringLiteral("Gi"));

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("requiredAffinityTableAdd")),
                      Qt::LeftButton);
    auto *required = child<QTableWidget>(editor, QStringLiteral("requiredAffinityTable"));
    setCell(required, 0, 0, QStringLiteral("1"));
    setCell(required, 0, 1, QStringLiteral("kubernetes.io/arch"));
    chooseCell(required, 0, 2, QStringLiteral("In"));
    setCell(required, 0, 3, QStringLiteral("amd64, arm64"));

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("tolerationsTableAdd")),
                      Qt::LeftButton);
    auto *tolerations = child<QTableWidget>(editor, QStringLiteral("tolerationsTable"));
    setCell(tolerations, 0, 0, QStringLiteral("dedicated"));
    chooseCell(tolerations, 0, 1, QStringLiteral("Equal"));
    setCell(tolerations, 0, 2, QStringLiteral("ml"));
    chooseCell(tolerations, 0, 3, QStringLiteral("NoSchedule"));

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("envTableAdd")), Qt::LeftButton);
    auto *env = child<QTableWidget>(editor, QStringLiteral("envTable"));
    setCell(env, 0, 0, QStringLiteral("API_TOKEN"));
    chooseCell(env, 0, 1, QStringLiteral("secret"));
    setCell(env, 0, 3, QStringLiteral("fraud-api"));
    setCell(env, 0, 4, QStringLiteral("token"));

    QVERIFY(editor.isDirty());
    QVERIFY2(editor.problems().empty(),
             qPrintable(editor.problems().empty() ? QString() : editor.problems().front().message));
    auto *yaml = child<QsciScintilla>(editor, QStringLiteral("yamlView"));
    QVERIFY(yaml->text().isEmpty()); // kept current only while it is shown
    editor.tabs()->setCurrentWidget(yaml);
    QTRY_VERIFY(yaml->text().contains(QStringLiteral("secretKeyRef")));
    typeInto(child<QLineEdit>(editor, QStringLiteral("descriptionEdit")),
             QStringLiteral("Scores card payments"));
    QTRY_VERIFY(yaml->text().contains(QStringLiteral("Scores card payments")));
    QVERIFY(
        yaml->text().contains(QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")));

    QSignalSpy saved(&editor, &FunctionEditor::saved);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait());
    const QString hash = saved.constFirst().at(2).toString();
    QCOMPARE(saved.constFirst().at(0).toString(), QStringLiteral("fraud"));
    QCOMPARE(saved.constFirst().at(1).toString(), QStringLiteral("trainer"));
    QCOMPARE(child<QLabel>(editor, QStringLiteral("hashLabel"))->text(), hash);
    QVERIFY(!editor.isDirty());

    auto stored = versions(m_store);
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().hash, hash);
    const QByteArray &document = stored.front().document;
    auto root = Models::DocumentReader::read(
        std::string_view(document.constData(), std::size_t(document.size())),
        Models::DocumentFormat::Json, QStringLiteral("stored"));
    QVERIFY(root);
    QCOMPARE(*Models::FunctionHash::compute(*root), hash);
    QCOMPARE(QString::fromStdString(root->at("spec.resources.requests.cpu")->text()),
             QStringLiteral("500m"));
    QCOMPARE(QString::fromStdString(root->at("spec.resources.limits.memory")->text()),
             QStringLiteral("1Gi"));
    QCOMPARE(QString::fromStdString(root->at("spec.default_handler")->text()),
             QStringLiteral("train"));
    const auto *term = root->at("spec.affinity.nodeAffinity."
                                "requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms");
    QVERIFY(term && term->isSequence() && term->items().size() == 1);
    const auto *expression = term->items()[0].get("matchExpressions");
    QVERIFY(expression && expression->items().size() == 1);
    QCOMPARE(expression->items()[0].get("values")->items().size(), std::size_t(2));
    const auto *toleration = root->at("spec.tolerations");
    QCOMPARE(toleration->items()[0].get("effect")->text(), std::string("NoSchedule"));
    const auto *secret = root->at("spec.env")->items()[0].at("valueFrom.secretKeyRef");
    QVERIFY(secret);
    QCOMPARE(secret->get("name")->text(), std::string("fraud-api"));
    QCOMPARE(secret->get("key")->text(), std::string("token"));

    // Saving again without a change adds nothing.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(saved.constLast().at(2).toString(), hash);
    QCOMPARE(versions(m_store).size(), std::size_t(1));

    // Edit the CPU limit: a second version and a diff that shows the change.
    auto *cpuLimit = child<QLineEdit>(editor, QStringLiteral("cpuLimitValue"));
    cpuLimit->selectAll();
    typeInto(cpuLimit, QStringLiteral("2"));
    QVERIFY(editor.isDirty());
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait());
    const QString second = saved.constLast().at(2).toString();
    QVERIFY(second != hash);
    QCOMPARE(child<QLabel>(editor, QStringLiteral("hashLabel"))->text(), second);
    QCOMPARE(versions(m_store).size(), std::size_t(2));

    auto *history = child<QTreeWidget>(editor, QStringLiteral("historyList"));
    QTRY_COMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->toolTip(0), second);
    QVERIFY(history->topLevelItem(0)->text(1).contains(QStringLiteral("latest")));
    QTRY_VERIFY(editor.history()->diffText().contains(QStringLiteral("@@")));
    const QStringList diff = editor.history()->diffText().split(u'\n');
    QVERIFY2(diff.contains(QStringLiteral("-      cpu: '1'")), qPrintable(diff.join(u'\n')));
    QVERIFY2(diff.contains(QStringLiteral("+      cpu: '2'")), qPrintable(diff.join(u'\n')));
    // Besides the CPU limit only the stored hash changed.
    const QStringList changed = diff.filter(QRegularExpression(QStringLiteral("^[-+][^-+]")));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.filter(QStringLiteral("hash: ")).size(), 2);

    // Restore the first version: the form shows its value, and undo brings the edit back.
    history->setCurrentItem(history->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("restoreButton")), Qt::LeftButton);
    QCOMPARE(cpuLimit->text(), QStringLiteral("1"));
    QCOMPARE(*editor.function().hash(), hash);
    editor.undoStack()->undo();
    QCOMPARE(cpuLimit->text(), QStringLiteral("2"));
    // Undoing a form edit shows the tab of its field.
    editor.tabs()->setCurrentIndex(0);
    editor.undoStack()->undo();
    QCOMPARE(cpuLimit->text(), QStringLiteral("1"));
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->currentIndex()), QStringLiteral("Resources"));
}

void TestFunctionEditor::openStoredVersionAndSaveUnchanged()
{
    auto spec = Models::FunctionSpec::parse(R"(kind: job
metadata: {name: trainer, project: fraud, labels: {team: risk}}
spec:
  command: ''
  image: mlrun/mlrun
  default_handler: train
  resources: {requests: {cpu: 250m, memory: 1Gi}}
  build: {functionSourceCode: ZGVmIHRyYWluKGNvbnRleHQpOgogICAgcGFzcwo=, origin_filename: t.py}
  unknown_field: {kept: true}
)",
                                            Models::DocumentFormat::Yaml, QStringLiteral("test"));
    QVERIFY(spec);
    QString hash;
    {
        auto store = Models::Store::open(m_store);
        QVERIFY(store);
        ProjectCheck ensure = [&](const QString &name) -> Models::Status {
            Models::ProjectRecord record;
            record.name = name;
            const auto created = (*store)->createProject(record);
            return created ? Models::Status() : Models::Status(created.error());
        };
        Models::FunctionImporter importer(**store);
        const auto imported = importer.import(*spec, {}, ensure);
        QVERIFY(imported);
        hash = imported->saved.version.hash;
    }

    FunctionEditor editor(m_store);
    QSignalSpy loaded(&editor, &FunctionEditor::loaded);
    editor.openVersion(QStringLiteral("fraud"), QStringLiteral("trainer"), hash.left(10));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.constFirst().at(2).toString(), hash);
    QCOMPARE(child<QLineEdit>(editor, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("trainer"));
    QCOMPARE(child<QLineEdit>(editor, QStringLiteral("cpuRequestValue"))->text(),
             QStringLiteral("250"));
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("cpuRequestUnit"))->currentData(),
             QVariant(QStringLiteral("m")));
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("memoryRequestUnit"))->currentData(),
             QVariant(QStringLiteral("Gi")));
    QCOMPARE(child<QsciScintilla>(editor, QStringLiteral("codeEdit"))->text(),
             QStringLiteral("def train(context):\n    pass\n"));
    QCOMPARE(child<QTableWidget>(editor, QStringLiteral("labelsTable"))->rowCount(), 1);
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("languageCombo"))->currentText(),
             QStringLiteral("Python"));
    QCOMPARE(child<QLabel>(editor, QStringLiteral("hashLabel"))->text(), hash);
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(!editor.isDirty());
    QCOMPARE(*editor.function().hash(), hash);
    QVERIFY(editor.function().root().at("spec.unknown_field.kept"));
    QTRY_COMPARE(child<QTreeWidget>(editor, QStringLiteral("historyList"))->topLevelItemCount(), 1);

    QSignalSpy saved(&editor, &FunctionEditor::saved);
    editor.save();
    QVERIFY(saved.wait());
    QCOMPARE(saved.constFirst().at(2).toString(), hash);
    QCOMPARE(versions(m_store).size(), std::size_t(1));

    QSignalSpy failed(&editor, &FunctionEditor::failed);
    editor.openVersion(QStringLiteral("fraud"), QStringLiteral("missing"), QString());
    QVERIFY(failed.wait());
    QVERIFY(failed.constFirst().at(0).toString().contains(QStringLiteral("missing")));
}

void TestFunctionEditor::hubFunctionsOpenUnchanged()
{
    const QStringList files = TestData::hubSampleFunctionFiles();
    if (files.isEmpty())
        QSKIP("The hub sample (../shared/hub-sample) is not beside the source tree.");
    QList<QPair<QString, QString>> stored; // name, hash
    {
        auto store = Models::Store::open(m_store);
        QVERIFY(store);
        Models::FunctionImporter importer(**store);
        for (const QString &file : files) {
            auto spec = Models::FunctionSpec::load(file);
            QVERIFY2(spec, qPrintable(file));
            Models::FunctionImporter::Request request;
            request.project = QStringLiteral("hub");
            request.name = QStringLiteral("f%1").arg(stored.size());
            const auto imported = importer.import(*spec, request, [&](const QString &name) {
                if (const auto existing = (*store)->project(name); existing && *existing)
                    return Models::Status();
                Models::ProjectRecord record;
                record.name = name;
                const auto created = (*store)->createProject(record);
                return created ? Models::Status() : Models::Status(created.error());
            });
            QVERIFY2(imported, qPrintable(file));
            stored.append({request.name, imported->saved.version.hash});
        }
    }
    // Opening shows every field without changing the document: the hash stays.
    FunctionEditor editor(m_store);
    for (const auto &[name, hash] : stored) {
        QSignalSpy loaded(&editor, &FunctionEditor::loaded);
        editor.openVersion(QStringLiteral("hub"), name, hash);
        QVERIFY(loaded.wait());
        QCOMPARE(editor.undoStack()->count(), 0);
        QCOMPARE(*editor.function().hash(), hash);
    }
}

void TestFunctionEditor::undoRedoSpansFormsAndCode()
{
    FunctionEditor editor(m_store);
    editor.setLocalShortcutsEnabled(true); // standalone: no window actions
    editor.show();
    auto *name = child<QLineEdit>(editor, QStringLiteral("nameEdit"));
    auto *code = child<QsciScintilla>(editor, QStringLiteral("codeEdit"));
    QUndoStack *stack = editor.undoStack();

    typeInto(name, QStringLiteral("alpha"));
    typeInto(code, QStringLiteral("x = 1"));
    typeInto(name, QStringLiteral("-b"));
    QCOMPARE(stack->count(), 3); // keystrokes of one field merge into one step
    QCOMPARE(stack->text(0), QStringLiteral("Edit Name"));
    QCOMPARE(stack->text(1), QStringLiteral("Edit code"));

    stack->undo();
    QCOMPARE(name->text(), QStringLiteral("alpha"));
    QCOMPARE(code->text(), QStringLiteral("x = 1"));
    stack->undo();
    QCOMPARE(code->text(), QString());
    QCOMPARE(name->text(), QStringLiteral("alpha"));
    stack->undo();
    QCOMPARE(name->text(), QString());
    QCOMPARE(editor.functionName(), QString());
    QVERIFY(!editor.isDirty());

    stack->redo();
    QCOMPARE(name->text(), QStringLiteral("alpha"));
    QCOMPARE(editor.functionName(), QStringLiteral("alpha"));
    child<QAction>(editor, QStringLiteral("editorRedoAction"))->trigger();
    QCOMPARE(code->text(), QStringLiteral("x = 1"));
    QVERIFY(editor.isModified());
    QVERIFY(editor.function().sourceCode().has_value());
    QCOMPARE(*editor.function().sourceCode(), QStringLiteral("x = 1"));
    stack->redo();
    QCOMPARE(name->text(), QStringLiteral("alpha-b"));

    // Deleting code is undone as a code step, too.
    QTest::keyClick(code, Qt::Key_Backspace);
    QCOMPARE(code->text(), QStringLiteral("x = "));
    child<QAction>(editor, QStringLiteral("editorUndoAction"))->trigger();
    QCOMPARE(code->text(), QStringLiteral("x = 1"));

    // Table edits: adding a row and editing each cell are separate steps.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("envTableAdd")), Qt::LeftButton);
    auto *env = child<QTableWidget>(editor, QStringLiteral("envTable"));
    setCell(env, 0, 0, QStringLiteral("MODE"));
    setCell(env, 0, 2, QStringLiteral("fast"));
    QCOMPARE(editor.function().env().constFirst().value, QStringLiteral("fast"));
    stack->undo();
    QCOMPARE(env->item(0, 2)->text(), QString());
    QCOMPARE(env->item(0, 0)->text(), QStringLiteral("MODE"));
    stack->undo();
    QCOMPARE(env->item(0, 0)->text(), QString());
    stack->undo();
    QCOMPARE(env->rowCount(), 0);
    QVERIFY(editor.function().env().isEmpty());

    // The undo key reaches the shared stack from a form field and from the code.
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("alpha"));
    QCOMPARE(code->text(), QStringLiteral("x = 1"));
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(code->text(), QString());
    QTest::keyClick(code, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(code->text(), QStringLiteral("x = 1"));
}

void TestFunctionEditor::windowActionsReachTheEditor()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Ui::MainWindow window(m_store);
    auto *editor = new FunctionEditor(m_store);
    window.addDocument(editor, QStringLiteral("New function"));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *documents = child<QTabWidget>(window, QStringLiteral("documents"));
    auto *name = child<QLineEdit>(*editor, QStringLiteral("nameEdit"));
    name->setFocus();
    typeInto(name, QStringLiteral("scorer"));
    QCOMPARE(documents->tabText(documents->indexOf(editor)), QStringLiteral("scorer"));
    QVERIFY(editor->isModified());

    // The window's Undo (Ctrl+Z) and Redo act on the editor's stack, from a form field.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), QString());
    QVERIFY(!editor->isModified());
    QTest::keySequence(name, QKeySequence(QKeySequence::Redo));
    QCOMPARE(name->text(), QStringLiteral("scorer"));

    // Save (Ctrl+S) from the code editor stores a version.
    auto *code = child<QsciScintilla>(*editor, QStringLiteral("codeEdit"));
    code->setFocus();
    QSignalSpy saved(editor, &FunctionEditor::saved);
    QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait());
    QCOMPARE(saved.constFirst().at(1).toString(), QStringLiteral("scorer"));
    QTRY_VERIFY(!editor->isModified());
}

void TestFunctionEditor::badValueShowsValidatorSentence()
{
    FunctionEditor editor(m_store);
    editor.show();
    typeInto(child<QLineEdit>(editor, QStringLiteral("nameEdit")), QStringLiteral("trainer"));
    auto *problem = child<QLabel>(editor, QStringLiteral("cpuRequestProblem"));
    QVERIFY(problem->isHidden());
    typeInto(child<QLineEdit>(editor, QStringLiteral("cpuRequestValue")), QStringLiteral("abc"));

    QString expected;
    for (const auto &p : Models::FunctionValidator::validate(editor.function().root())) {
        if (p.path == u"spec.resources.requests.cpu")
            expected = p.message;
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.contains(QStringLiteral("abc")));
    QCOMPARE(problem->text(), expected);
    QVERIFY(!problem->isHidden());
    QVERIFY(child<QLabel>(editor, QStringLiteral("nameEditProblem"))->isHidden());

    // A missing name is reported at the name field; fixing the value clears the message.
    child<QLineEdit>(editor, QStringLiteral("nameEdit"))->clear();
    QVERIFY(child<QLabel>(editor, QStringLiteral("nameEditProblem"))
                ->text()
                .contains(QStringLiteral("metadata.name")));
    child<QLineEdit>(editor, QStringLiteral("cpuRequestValue"))->setText(QStringLiteral("2"));
    QVERIFY(problem->isHidden());
}

void TestFunctionEditor::findReplaceAllIsOneUndoStep()
{
    FunctionEditor editor(m_store);
    editor.show();
    auto *code = child<QsciScintilla>(editor, QStringLiteral("codeEdit"));
    editor.codeEditor()->setCode(QStringLiteral("a = 1\nb = a + a\n"));
    editor.showFind();
    child<QLineEdit>(editor, QStringLiteral("findEdit"))->setText(QStringLiteral("a"));
    child<QLineEdit>(editor, QStringLiteral("replaceEdit"))->setText(QStringLiteral("value"));
    const int before = editor.undoStack()->count();
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("replaceAllButton")),
                      Qt::LeftButton);
    QCOMPARE(code->text(), QStringLiteral("value = 1\nb = value + value\n"));
    QCOMPARE(editor.undoStack()->count(), before + 1);
    editor.undoStack()->undo();
    QCOMPARE(code->text(), QStringLiteral("a = 1\nb = a + a\n"));
    QCOMPARE(Ui::CodeEditor::findHandlers(
                 QStringLiteral("def a(x):\n    def inner():\n        pass\nasync def b():\n")),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestFunctionEditor::interactiveWidgetsAreNamed()
{
    FunctionEditor editor(m_store);
    QStringList unnamed;
    const QList<QWidget *> widgets = editor.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive =
            widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar") &&
            !widget->inherits("QAbstractScrollArea") && !widget->inherits("QTabBar") &&
            widget->parentWidget() && !widget->parentWidget()->inherits("QComboBox") &&
            !widget->parentWidget()->inherits("QAbstractSpinBox");
        const bool editorView = widget->inherits("QAbstractScrollArea") &&
                                !widget->inherits("QScrollArea") &&
                                !widget->inherits("QComboBoxListView");
        if ((interactive || editorView) &&
            (widget->objectName().isEmpty() || widget->accessibleName().isEmpty()))
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestFunctionEditor)
#include "tst_functioneditor.moc"

// SPDX-License-Identifier: Apache-2.0
#include "functioneditor.h"

#include "advancedform.h"
#include "buildform.h"
#include "codeeditor.h"
#include "codelexer.h"
#include "editcommands.h"
#include "editorstoretasks.h"
#include "environmentform.h"
#include "generalform.h"
#include "historypane.h"
#include "placementform.h"
#include "resourcesform.h"
#include "storageform.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>
#include <QtConcurrent>

namespace Runbench::Ui {

using Models::FunctionSpec;
using Models::Node;

FunctionEditor::FunctionEditor(const QString &storePath, QWidget *parent)
    : DocumentPage(parent)
    , m_storePath(storePath)
    , m_stack(new QUndoStack(this))
    , m_yamlTimer(new QTimer(this))
    , m_handlersTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("functionEditor"));
    setAccessibleName(tr("Function editor"));
    m_stack->setObjectName(QStringLiteral("functionUndoStack"));
    m_yamlTimer->setSingleShot(true);
    m_yamlTimer->setInterval(200);
    m_handlersTimer->setSingleShot(true);
    m_handlersTimer->setInterval(200);
    buildLayout();
    connect(m_yamlTimer, &QTimer::timeout, this, &FunctionEditor::refreshYaml);
    connect(m_handlersTimer, &QTimer::timeout, this,
            [this] { m_general->setHandlers(CodeEditor::findHandlers(m_code->code())); });
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit dirtyChanged(!clean);
        emit modifiedChanged(!clean);
    });
    newFunction(QStringLiteral("default"));
}

FunctionEditor::~FunctionEditor() = default;

void FunctionEditor::buildLayout()
{
    m_save = new QPushButton(tr("&Save version"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save a new version"));
    m_hash = new QLabel(this);
    m_hash->setObjectName(QStringLiteral("hashLabel"));
    m_hash->setAccessibleName(tr("Hash of the saved version"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_otherProblems = new QLabel(this);
    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_otherProblems->hide();
    connect(m_save, &QPushButton::clicked, this, &FunctionEditor::save);

    auto *header = new QHBoxLayout;
    header->addWidget(m_save);
    header->addWidget(new QLabel(tr("Hash:"), this));
    header->addWidget(m_hash);
    header->addWidget(m_status, 1);

    m_code = new CodeEditor(m_stack, this);
    connect(m_code, &CodeEditor::codeChanged, this, [this] {
        m_handlersTimer->start();
        m_yamlTimer->start();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("functionTabs"));
    m_tabs->setAccessibleName(tr("Function settings"));
    m_general = new GeneralForm(this);
    addForm(m_general, tr("General"));
    addForm(new BuildForm(this), tr("Build"));
    addForm(new ResourcesForm(this), tr("Resources"));
    addForm(new EnvironmentForm(this), tr("Environment"));
    addForm(new StorageForm(this), tr("Storage"));
    addForm(new PlacementForm(this), tr("Node placement"));
    addForm(new AdvancedForm(this), tr("Advanced"));

    m_yaml = new QsciScintilla(this);
    m_yaml->setObjectName(QStringLiteral("yamlView"));
    m_yaml->setAccessibleName(tr("Function object as YAML"));
    m_yaml->setUtf8(true);
    m_yaml->setLexer(CodeLexer::styled(new QsciLexerYAML(m_yaml), palette()));
    m_yaml->setReadOnly(true);
    m_yaml->setMarginLineNumbers(0, true);
    m_yaml->setMarginWidth(0, QStringLiteral("00000"));
    m_yaml->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_tabs->addTab(m_yaml, tr("YAML"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_yamlStale && m_tabs->currentWidget() == m_yaml)
            refreshYaml();
    });

    m_history = new HistoryPane(m_storePath, this);
    m_tabs->addTab(m_history, tr("History"));
    connect(m_history, &HistoryPane::restoreRequested, this,
            [this](const QByteArray &document) { restoreVersion(document); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_otherProblems);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(m_code);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    auto local = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_localActions << action;
    };
    local(QStringLiteral("editorUndoAction"), QKeySequence::keyBindings(QKeySequence::Undo),
          [this] { m_stack->undo(); });
    local(QStringLiteral("editorRedoAction"), QKeySequence::keyBindings(QKeySequence::Redo),
          [this] { m_stack->redo(); });
    local(QStringLiteral("editorSaveAction"), QKeySequence::keyBindings(QKeySequence::Save),
          [this] { save(); });
    local(QStringLiteral("editorFindAction"), QKeySequence::keyBindings(QKeySequence::Find),
          [this] { showFind(); });
}

void FunctionEditor::addForm(SpecForm *form, const QString &title)
{
    m_forms << form;
    connect(form, &SpecForm::edited, this, &FunctionEditor::applyEdit);
    // Undo and redo keys go to the shared stack (through the window's or the editor's
    // actions), not to a field's own undo.
    for (QWidget *child : form->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QPlainTextEdit *>(child))
            child->installEventFilter(this);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(form->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    m_tabs->addTab(scroll, title);
}

bool FunctionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FunctionEditor::setLocalShortcutsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_localActions))
        action->setEnabled(enabled);
}

bool FunctionEditor::isDirty() const
{
    return !m_stack->isClean();
}

QString FunctionEditor::functionName() const
{
    return m_spec.name();
}

void FunctionEditor::newFunction(const QString &project)
{
    ++m_openGeneration;
    m_project = project.isEmpty() ? QStringLiteral("default") : project;
    FunctionSpec spec = FunctionSpec::create(QString(), QStringLiteral("job"));
    spec.setProject(m_project);
    m_savedHash.clear();
    setFunction(std::move(spec));
    showStatus(tr("New function in project %1.").arg(m_project));
}

void FunctionEditor::openVersion(const QString &project, const QString &name, const QString &hash)
{
    showStatus(tr("Opening %1/%2…").arg(project, name));
    const int generation = ++m_openGeneration;
    auto *watcher = new QFutureWatcher<EditorStoreTasks::Loaded>(this);
    connect(watcher, &QFutureWatcher<EditorStoreTasks::Loaded>::finished, this,
            [this, watcher, project, name, generation] {
                watcher->deleteLater();
                if (generation != m_openGeneration)
                    return; // a later open or new function replaced this one
                EditorStoreTasks::Loaded result = watcher->result();
                if (!result.error.isEmpty() || !result.spec) {
                    showStatus(result.error);
                    emit failed(result.error);
                    return;
                }
                m_project = project;
                m_savedHash = result.hash;
                m_hash->setText(result.hash);
                setFunction(std::move(*result.spec));
                showStatus(tr("Opened %1/%2.").arg(project, name));
                emit loaded(project, name, result.hash);
            });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run(
        [path, project, name, hash] { return EditorStoreTasks::load(path, project, name, hash); }));
}

void FunctionEditor::stripCode(FunctionSpec &spec)
{
    // The code is edited in the code editor; the document keeps the key in its place.
    if (Node *spec_ = spec.root().get("spec"); spec_ && spec_->isMapping()) {
        if (Node *build = spec_->get("build"); build && build->isMapping()) {
            if (Node *code = build->get("functionSourceCode"))
                *code = Node::string({});
        }
    }
}

void FunctionEditor::setFunction(FunctionSpec spec)
{
    const QString code = spec.sourceCode().value_or(QString());
    stripCode(spec);
    m_spec = std::move(spec);
    const QString origin = m_spec.text(FunctionSpec::TextField::OriginFilename).toLower();
    m_code->setLanguage(origin.endsWith(QLatin1String(".sh")) ? CodeEditor::Language::Shell
                        : origin.endsWith(QLatin1String(".yaml")) ||
                                origin.endsWith(QLatin1String(".yml"))
                            ? CodeEditor::Language::Yaml
                            : CodeEditor::Language::Python);
    m_code->setCode(code);
    m_stack->clear();
    loadForms();
    afterChange();
    refreshYaml();
    m_general->setHandlers(CodeEditor::findHandlers(code));
    if (m_savedHash.isEmpty()) {
        m_hash->setText(tr("not saved"));
        m_history->clear();
    } else {
        m_history->load(m_project, m_spec.name());
    }
}

void FunctionEditor::applyEdit(const QString &field,
                               const std::function<void(FunctionSpec &)> &edit)
{
    Node before = m_spec.root();
    edit(m_spec);
    if (m_spec.root() == before)
        return;
    const auto *widget = m_tabs->findChild<QWidget *>(field.section(u'#', 0, 0));
    const QString what =
        widget && !widget->accessibleName().isEmpty() ? widget->accessibleName() : field;
    m_stack->push(new SpecEditCommand(this, field, what, std::move(before), m_spec.root()));
    afterChange();
}

void FunctionEditor::setDocument(const Node &root, const QString &field)
{
    m_spec.root() = root;
    loadForms();
    afterChange();
    revealField(field);
}

void FunctionEditor::revealField(const QString &field)
{
    const QString name = field.section(u'#', 0, 0);
    auto *widget = name.isEmpty() ? nullptr : m_tabs->findChild<QWidget *>(name);
    if (!widget)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i));
        if (scroll && scroll->widget()->isAncestorOf(widget)) {
            m_tabs->setCurrentIndex(i);
            scroll->ensureWidgetVisible(widget);
            return;
        }
    }
}

void FunctionEditor::setDocumentAndCode(const Node &root, const QString &code)
{
    m_spec.root() = root;
    m_code->setCode(code);
    loadForms();
    afterChange();
}

void FunctionEditor::restoreVersion(const QByteArray &document)
{
    auto spec =
        FunctionSpec::parse(std::string_view(document.constData(), std::size_t(document.size())),
                            Models::DocumentFormat::Json, tr("stored version"));
    if (!spec) {
        showStatus(spec.error().message);
        emit failed(spec.error().message);
        return;
    }
    const QString code = spec->sourceCode().value_or(QString());
    stripCode(*spec);
    m_stack->push(new ReplaceFunctionCommand(this, tr("Restore version"), m_spec.root(),
                                             m_code->code(), spec->root(), code));
    showStatus(tr("Restored the version into the editor; save to make it the newest."));
}

void FunctionEditor::loadForms()
{
    for (SpecForm *form : std::as_const(m_forms))
        form->load(m_spec);
}

void FunctionEditor::afterChange()
{
    validate();
    m_yamlTimer->start();
    if (m_spec.name() != m_shownName) {
        m_shownName = m_spec.name();
        emit functionNameChanged(m_shownName);
        emit titleChanged(m_shownName.isEmpty() ? tr("New function") : m_shownName);
    }
}

void FunctionEditor::validate()
{
    m_problems = Models::FunctionValidator::validate(m_spec.root());
    struct Shown
    {
        SpecForm::Binding binding;
        QStringList messages;
    };
    QList<Shown> shown;
    for (SpecForm *form : std::as_const(m_forms)) {
        for (const SpecForm::Binding &binding : form->bindings())
            shown.append({binding, {}});
    }
    QStringList other;
    for (const Models::ValidationProblem &problem : m_problems) {
        // The field whose path is the longest prefix of the problem's path shows it.
        qsizetype best = -1;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString &path = shown[i].binding.path;
            const bool matches =
                problem.path == path ||
                (problem.path.startsWith(path) &&
                 (problem.path[path.size()] == u'.' || problem.path[path.size()] == u'['));
            if (matches && (best < 0 || path.size() > shown[best].binding.path.size()))
                best = i;
        }
        if (best >= 0)
            shown[best].messages << problem.message;
        else
            other << problem.message;
    }
    for (const Shown &entry : std::as_const(shown)) {
        const QString text = entry.messages.join(u'\n');
        entry.binding.message->setText(text);
        entry.binding.message->setVisible(!text.isEmpty());
        entry.binding.field->setToolTip(text);
        entry.binding.field->setAccessibleDescription(text);
    }
    m_otherProblems->setText(other.join(u'\n'));
    m_otherProblems->setVisible(!other.isEmpty());
    emit validated(int(m_problems.size()));
}

FunctionSpec FunctionEditor::function() const
{
    return withCode(m_spec, m_code->code());
}

FunctionSpec FunctionEditor::withCode(FunctionSpec spec, const QString &code)
{
    if (!code.isEmpty()) {
        spec.setSourceCode(code);
    } else if (Node *s = spec.root().get("spec"); s && s->isMapping()) {
        if (Node *build = s->get("build"); build && build->isMapping())
            build->remove("functionSourceCode");
    }
    return spec;
}

void FunctionEditor::refreshYaml()
{
    m_yamlTimer->stop();
    // Only a visible YAML view is kept current; composing embeds (base64) the whole code.
    if (m_tabs->currentWidget() != m_yaml) {
        m_yamlStale = true;
        return;
    }
    m_yamlStale = false;
    const int generation = ++m_yamlGeneration;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_yamlGeneration)
            return;
        const QString yaml = watcher->result();
        if (m_yaml->text() != yaml) {
            const int first = m_yaml->firstVisibleLine();
            m_yaml->setText(yaml);
            m_yaml->setFirstVisibleLine(first);
        }
        emit yamlRefreshed();
    });
    FunctionSpec spec = m_spec;
    const QString code = m_code->code();
    watcher->setFuture(QtConcurrent::run([spec, code]() mutable {
        return QString::fromStdString(withCode(std::move(spec), code).toYaml());
    }));
}

void FunctionEditor::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    showStatus(tr("Saving…"));
    const int savedIndex = m_stack->index();
    auto *watcher = new QFutureWatcher<EditorStoreTasks::Saved>(this);
    connect(watcher, &QFutureWatcher<EditorStoreTasks::Saved>::finished, this,
            [this, watcher, savedIndex] {
                watcher->deleteLater();
                m_saving = false;
                m_save->setEnabled(true);
                const EditorStoreTasks::Saved result = watcher->result();
                if (!result.error.isEmpty()) {
                    showStatus(tr("Not saved: %1").arg(result.error));
                    emit failed(result.error);
                    return;
                }
                m_project = result.project;
                m_savedHash = result.hash;
                m_hash->setText(result.hash);
                // Edits made while saving keep the editor dirty.
                if (m_stack->index() == savedIndex)
                    m_stack->setClean();
                QString message =
                    result.created
                        ? tr("Saved version %1 as %2.").arg(result.hash.left(12), result.tag)
                        : tr("Unchanged: version %1 is already stored.").arg(result.hash.left(12));
                if (result.problems > 0)
                    message += u' ' + tr("It has %n problem(s) to fix before it can run.", nullptr,
                                         result.problems);
                showStatus(message);
                m_history->load(result.project, result.name);
                emit saved(result.project, result.name, result.hash);
            });
    const QString path = m_storePath;
    const QString project = m_project;
    FunctionSpec spec = function();
    watcher->setFuture(QtConcurrent::run(
        [path, spec, project] { return EditorStoreTasks::save(path, spec, project); }));
}

void FunctionEditor::showFind()
{
    m_code->showFind();
}

void FunctionEditor::showStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace Runbench::Ui

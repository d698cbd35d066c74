// SPDX-License-Identifier: Apache-2.0
#include "runlauncher.h"

#include "launchervalues.h"
#include "runcommandline.h"
#include "runfollower.h"
#include "spec/functionref.h"
#include "spec/functionspec.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Runbench::Ui {

using namespace Models;

namespace {

using Functions = Result<std::vector<FunctionVersion>>;

enum HyperColumn { HyperName, HyperMode, HyperValues, HyperStart, HyperStop, HyperStep };

QString refOf(const FunctionVersion &version)
{
    return version.project + QLatin1Char('/') + version.name + QLatin1Char('@') + version.hash;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // A red that reads on light and dark palettes alike.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(220, 50, 47));
    label->setPalette(palette);
    label->hide();
    return label;
}

// Which field a sentence of RunTask::validate() is about.
QString fieldOf(const QString &problem)
{
    static const std::pair<const char *, const char *> keys[] = {
        {"hyperparam", "hyper"},       {"list strategy", "hyper"},
        {"param_file", "hyper"},       {"max_iterations", "maxIterations"},
        {"max_errors", "maxErrors"},   {"selector", "selector"},
        {"parallel_runs", "parallel"}, {"timeout", "timeout"},
        {"strategy", "strategy"},      {"input", "inputs"},
        {"parameter", "parameters"},
    };
    for (const auto &[word, field] : keys) {
        if (problem.contains(QLatin1String(word), Qt::CaseInsensitive))
            return QLatin1String(field);
    }
    return QStringLiteral("general");
}

} // namespace

RunLauncher::RunLauncher(QString storePath, QWidget *parent)
    : QWidget(parent)
    , m_storePath(std::move(storePath))
    , m_seed(std::random_device()())
{
    setObjectName(QStringLiteral("runLauncher"));
    setAccessibleName(tr("Run launcher"));
    createForm();

    auto *watcher = new QFutureWatcher<Functions>(this);
    connect(watcher, &QFutureWatcher<Functions>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Functions functions = watcher->result();
        if (!functions) {
            m_status->setText(functions.error().toString());
            return;
        }
        for (const FunctionVersion &version : *functions)
            addFunction(version);
        emit functionsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath]() -> Functions {
        auto store = Store::open(path);
        if (!store)
            return store.error();
        FunctionQuery query;
        query.withDocuments = true;
        return (*store)->functions(query);
    }));
    updateState();
}

RunLauncher::~RunLauncher() = default;

void RunLauncher::createForm()
{
    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("launcherFunction"));
    m_function->setAccessibleName(tr("Function"));
    m_handler = new QComboBox(this);
    m_handler->setObjectName(QStringLiteral("launcherHandler"));
    m_handler->setAccessibleName(tr("Handler"));
    m_handler->setEditable(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("launcherRunName"));
    m_name->setAccessibleName(tr("Run name"));
    m_name->setPlaceholderText(tr("function-handler"));
    m_project = new QLineEdit(this);
    m_project->setObjectName(QStringLiteral("launcherProject"));
    m_project->setAccessibleName(tr("Project"));
    m_project->setPlaceholderText(tr("the function's project"));
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("launcherRuntime"));
    m_runtime->setAccessibleName(tr("Target runtime"));
    m_runtime->addItem(tr("Local (this machine)"), QStringLiteral("local"));
    m_runtime->addItem(tr("Kubernetes (not available yet)"), QStringLiteral("kubernetes"));
    if (auto *items = qobject_cast<QStandardItemModel *>(m_runtime->model()))
        items->item(1)->setEnabled(false);

    auto *top = new QFormLayout;
    top->addRow(tr("&Function:"), m_function);
    m_errors.insert(QStringLiteral("function"),
                    errorLabel(this, QStringLiteral("launcherFunctionError")));
    top->addRow(QString(), m_errors.value(QStringLiteral("function")));
    top->addRow(tr("&Handler:"), m_handler);
    top->addRow(tr("Run &name:"), m_name);
    top->addRow(tr("Pro&ject:"), m_project);
    top->addRow(tr("&Target runtime:"), m_runtime);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("launcherTabs"));
    tabs->setAccessibleName(tr("Launcher sections"));
    tabs->addTab(createTablesPage(), tr("&Parameters and inputs"));
    tabs->addTab(createOptionsPage(), tr("&Hyperparameters"));

    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("launcherCliCommand"));
    m_command->setAccessibleName(tr("Equivalent command line"));
    m_command->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy as CLI command"), this);
    m_copy->setObjectName(QStringLiteral("copyCliCommandButton"));
    m_copy->setAccessibleName(tr("Copy as CLI command"));
    m_launch = new QPushButton(tr("&Launch"), this);
    m_launch->setObjectName(QStringLiteral("launchRunButton"));
    m_launch->setAccessibleName(tr("Launch run"));
    m_launch->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("launcherStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors.insert(QStringLiteral("general"),
                    errorLabel(this, QStringLiteral("launcherGeneralError")));

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_launch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_errors.value(QStringLiteral("general")));
    layout->addLayout(commandRow);
    layout->addLayout(buttons);

    connect(m_function, &QComboBox::currentIndexChanged, this, &RunLauncher::functionChosen);
    connect(m_handler, &QComboBox::currentTextChanged, this, &RunLauncher::updateState);
    for (QLineEdit *edit : {m_name, m_project})
        connect(edit, &QLineEdit::textChanged, this, &RunLauncher::updateState);
    connect(m_copy, &QPushButton::clicked, this, &RunLauncher::copyCliCommand);
    connect(m_launch, &QPushButton::clicked, this, &RunLauncher::launch);
}

QWidget *RunLauncher::createTablesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("launcherTablesPage"));
    auto *layout = new QVBoxLayout(page);
    m_parameters = makeTable(page, QStringLiteral("launcherParameters"), tr("Parameters"),
                             {tr("Name"), tr("Type"), tr("Value")});
    m_inputs = makeTable(page, QStringLiteral("launcherInputs"), tr("Inputs"),
                         {tr("Key"), tr("Path or URL")});
    m_labels =
        makeTable(page, QStringLiteral("launcherLabels"), tr("Labels"), {tr("Key"), tr("Value")});
    const std::tuple<QTableWidget *, QString, QString, QString> tables[] = {
        {m_parameters, tr("Parameters"), QStringLiteral("parameters"), QStringLiteral("Parameter")},
        {m_inputs, tr("Inputs"), QStringLiteral("inputs"), QStringLiteral("Input")},
        {m_labels, tr("Labels"), QStringLiteral("labels"), QStringLiteral("Label")},
    };
    for (const auto &[table, title, key, object] : tables) {
        auto *add = new QPushButton(tr("Add"), page);
        add->setObjectName(QStringLiteral("add%1Button").arg(object));
        add->setAccessibleName(tr("Add to %1").arg(title));
        auto *remove = new QPushButton(tr("Remove"), page);
        remove->setObjectName(QStringLiteral("remove%1Button").arg(object));
        remove->setAccessibleName(tr("Remove from %1").arg(title));
        auto *header = new QHBoxLayout;
        header->addWidget(new QLabel(title, page), 1);
        header->addWidget(add);
        header->addWidget(remove);
        layout->addLayout(header);
        layout->addWidget(table, 1);
        auto *error = errorLabel(page, QStringLiteral("launcher%1Error").arg(object));
        m_errors.insert(key, error);
        layout->addWidget(error);
        QTableWidget *target = table;
        connect(add, &QPushButton::clicked, this, [this, target] {
            if (target == m_parameters) {
                addParameterRow();
            } else {
                target->insertRow(target->rowCount());
            }
            target->setCurrentCell(target->rowCount() - 1, 0);
            updateState();
        });
        connect(remove, &QPushButton::clicked, this, [this, target] {
            if (target->currentRow() >= 0)
                target->removeRow(target->currentRow());
            updateState();
        });
        connect(table, &QTableWidget::itemChanged, this, &RunLauncher::updateState);
    }
    return page;
}

QWidget *RunLauncher::createOptionsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("launcherHyperPage"));
    m_hyper = makeTable(
        page, QStringLiteral("launcherHyperparameters"), tr("Hyperparameters"),
        {tr("Name"), tr("Kind"), tr("Values"), tr("Start"), tr("Stop"), tr("Step or count")});
    m_hyper->setToolTip(
        tr("A list takes comma-separated values; a range goes from start to stop (inclusive) by "
           "step; random draws and log scales take a count of values between start and stop."));
    auto *add = new QPushButton(tr("Add"), page);
    add->setObjectName(QStringLiteral("addHyperparameterButton"));
    add->setAccessibleName(tr("Add hyperparameter"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeHyperparameterButton"));
    remove->setAccessibleName(tr("Remove hyperparameter"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Each hyperparameter takes a list of values."), page), 1);
    header->addWidget(add);
    header->addWidget(remove);

    m_strategy = new QComboBox(page);
    m_strategy->setObjectName(QStringLiteral("launcherStrategy"));
    m_strategy->setAccessibleName(tr("Strategy"));
    m_strategy->addItem(tr("grid (every combination)"), QStringLiteral("grid"));
    m_strategy->addItem(tr("list (row by row)"), QStringLiteral("list"));
    m_strategy->addItem(tr("random (draws)"), QStringLiteral("random"));
    const auto spin = [page](const QString &name, const QString &accessible, int min, int max,
                             const QString &special) {
        auto *box = new QSpinBox(page);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setRange(min, max);
        box->setSpecialValueText(special);
        return box;
    };
    m_parallel = spin(QStringLiteral("launcherParallelRuns"), tr("Parallel runs"), 1, 256, {});
    m_maxIterations = spin(QStringLiteral("launcherMaxIterations"), tr("Max iterations"), 0,
                           1000000, tr("default (10)"));
    m_maxErrors =
        spin(QStringLiteral("launcherMaxErrors"), tr("Max errors"), -1, 1000000, tr("default (3)"));
    m_maxErrors->setValue(-1);
    m_timeout = spin(QStringLiteral("launcherTimeout"), tr("Timeout in seconds"), 0, 86400 * 30,
                     tr("none"));
    m_stopCondition = new QLineEdit(page);
    m_stopCondition->setObjectName(QStringLiteral("launcherStopCondition"));
    m_stopCondition->setAccessibleName(tr("Stop condition"));
    m_stopCondition->setPlaceholderText(tr("e.g. accuracy >= 0.9"));
    m_selector = new QLineEdit(page);
    m_selector->setObjectName(QStringLiteral("launcherSelector"));
    m_selector->setAccessibleName(tr("Selector"));
    m_selector->setPlaceholderText(tr("max.accuracy or min.loss"));

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, field);
        auto *error = errorLabel(page, QStringLiteral("launcher_%1_error").arg(key));
        m_errors.insert(key, error);
        form->addRow(QString(), error);
    };
    addField(tr("&Strategy:"), m_strategy, QStringLiteral("strategy"));
    addField(tr("&Parallel runs:"), m_parallel, QStringLiteral("parallel"));
    addField(tr("&Max iterations:"), m_maxIterations, QStringLiteral("maxIterations"));
    addField(tr("Max &errors:"), m_maxErrors, QStringLiteral("maxErrors"));
    addField(tr("Stop &condition:"), m_stopCondition, QStringLiteral("stopCondition"));
    addField(tr("Se&lector:"), m_selector, QStringLiteral("selector"));
    addField(tr("T&imeout:"), m_timeout, QStringLiteral("timeout"));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addWidget(m_hyper, 1);
    auto *hyperError = errorLabel(page, QStringLiteral("launcherHyperparameterError"));
    m_errors.insert(QStringLiteral("hyper"), hyperError);
    layout->addWidget(hyperError);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, [this] {
        addHyperRow();
        m_hyper->setCurrentCell(m_hyper->rowCount() - 1, HyperName);
        updateState();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_hyper->currentRow() >= 0)
            m_hyper->removeRow(m_hyper->currentRow());
        updateState();
    });
    connect(m_hyper, &QTableWidget::itemChanged, this, &RunLauncher::updateState);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &RunLauncher::updateState);
    for (QSpinBox *box : {m_parallel, m_maxIterations, m_maxErrors, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &RunLauncher::updateState);
    for (QLineEdit *edit : {m_stopCondition, m_selector})
        connect(edit, &QLineEdit::textChanged, this, &RunLauncher::updateState);
    return page;
}

void RunLauncher::addParameterRow(const QString &name, const QString &type, const QString &value)
{
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    m_parameters->setItem(row, 0, new QTableWidgetItem(name));
    m_parameters->setItem(row, 2, new QTableWidgetItem(value));
    auto *types = new QComboBox(m_parameters);
    types->setObjectName(QStringLiteral("parameterType"));
    types->setAccessibleName(tr("Parameter type"));
    types->addItems(LauncherValues::types());
    types->setCurrentText(type.isEmpty() ? QStringLiteral("str") : type);
    m_parameters->setCellWidget(row, 1, types);
    connect(types, &QComboBox::currentIndexChanged, this, &RunLauncher::updateState);
}

void RunLauncher::addHyperRow(const QString &name, int mode, const QString &values,
                              const QString &start, const QString &stop, const QString &step)
{
    const int row = m_hyper->rowCount();
    m_hyper->insertRow(row);
    const QString texts[] = {name, QString(), values, start, stop, step};
    for (int column = 0; column < 6; ++column) {
        if (column != HyperMode)
            m_hyper->setItem(row, column, new QTableWidgetItem(texts[column]));
    }
    auto *modes = new QComboBox(m_hyper);
    modes->setObjectName(QStringLiteral("hyperparameterKind"));
    modes->setAccessibleName(tr("Hyperparameter kind"));
    modes->addItems({tr("list"), tr("range"), tr("random"), tr("log scale")});
    modes->setCurrentIndex(mode);
    m_hyper->setCellWidget(row, HyperMode, modes);
    connect(modes, &QComboBox::currentIndexChanged, this, &RunLauncher::updateState);
}

void RunLauncher::setRunFollower(Runtimes::RunFollower *follower)
{
    m_follower = follower;
    updateState();
}

int RunLauncher::addFunction(const FunctionVersion &version)
{
    const QString ref = refOf(version);
    const int known = m_function->findData(ref);
    if (known >= 0)
        return known;
    m_functions.push_back(version);
    QString text = version.project + QLatin1Char('/') + version.name;
    if (!version.tags.isEmpty())
        text += QLatin1Char(':') + version.tags.join(QLatin1Char(','));
    text += QLatin1Char(' ') + version.hash.left(7);
    m_function->addItem(text, ref); // the first item becomes the current one
    return m_function->count() - 1;
}

void RunLauncher::setFunction(const FunctionVersion &version)
{
    m_pendingRef.clear();
    const int index = addFunction(version);
    if (index == m_function->currentIndex())
        functionChosen();
    else
        m_function->setCurrentIndex(index);
}

void RunLauncher::selectFunction(const QString &ref)
{
    if (const int index = m_function->findData(ref); index >= 0) {
        m_pendingRef.clear();
        m_function->setCurrentIndex(index);
        return;
    }
    const auto parsed = FunctionRef::parse(ref);
    if (!parsed) {
        m_status->setText(tr("'%1' is not a function reference like project/name@hash.").arg(ref));
        return;
    }
    // Any stored version, not only the listed ones: a re-run names the exact version it ran.
    m_pendingRef = ref;
    auto *watcher = new QFutureWatcher<Result<std::optional<FunctionVersion>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ref] {
        watcher->deleteLater();
        const auto found = watcher->result();
        if (m_pendingRef != ref)
            return;
        if (found && *found) {
            setFunction(**found);
            return;
        }
        m_status->setText(found ? tr("The function %1 is not in the store.").arg(ref)
                                : found.error().toString());
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath, function = *parsed] {
        using Found = Result<std::optional<FunctionVersion>>;
        auto store = Store::open(path);
        if (!store)
            return Found(store.error());
        const QString project =
            function.project.isEmpty() ? QStringLiteral("default") : function.project;
        return (*store)->function(project, function.name, function.version());
    }));
}

void RunLauncher::setTask(const RunTask &task)
{
    m_filling = true;
    m_name->setText(task.name);
    m_project->setText(task.project);
    m_handler->setCurrentText(task.handler);
    m_parameters->setRowCount(0);
    for (const Node::Member &member : task.parameters.members())
        addParameterRow(QString::fromStdString(member.key.displayText()),
                        LauncherValues::typeOf(member.value), LauncherValues::textOf(member.value));
    for (const auto &[table, values] :
         {std::pair{m_inputs, &task.inputs}, {m_labels, &task.labels}}) {
        table->setRowCount(0);
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(it.key()));
            table->setItem(row, 1, new QTableWidgetItem(it.value()));
        }
    }
    m_hyper->setRowCount(0);
    for (const Node::Member &member : task.hyperparams.members()) {
        const HyperRow row =
            LauncherValues::listRow(QString::fromStdString(member.key.displayText()), member.value);
        addHyperRow(row.name, 0, row.values);
    }
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(task.options.strategy)));
    m_parallel->setValue(task.options.parallelRuns);
    m_maxIterations->setValue(task.options.maxIterations.value_or(0));
    m_maxErrors->setValue(task.options.maxErrors.value_or(-1));
    m_timeout->setValue(task.timeoutSeconds.value_or(0));
    m_stopCondition->setText(task.options.stopCondition);
    m_selector->setText(task.options.selector);
    m_filling = false;
    updateState();
}

void RunLauncher::setRun(const QString &functionRef, const RunTask &task)
{
    selectFunction(functionRef);
    setTask(task);
}

QString RunLauncher::functionRef() const
{
    return m_function->currentData().toString();
}

void RunLauncher::functionChosen()
{
    const QString handler = m_handler->currentText();
    const QSignalBlocker blocker(m_handler);
    m_handler->clear();
    const QString ref = functionRef();
    const auto version = std::find_if(m_functions.cbegin(), m_functions.cend(),
                                      [&ref](const auto &v) { return refOf(v) == ref; });
    if (version != m_functions.cend()) {
        const QByteArray &doc = version->document;
        const auto spec = FunctionSpec::parse(
            std::string_view(doc.constData(), std::size_t(doc.size())), DocumentFormat::Json, ref);
        if (spec) {
            QStringList handlers = spec->handlers();
            const QString fallback = spec->text(FunctionSpec::TextField::DefaultHandler);
            if (!fallback.isEmpty() && !handlers.contains(fallback))
                handlers.prepend(fallback);
            m_handler->addItem(QString());
            m_handler->addItems(handlers);
            m_handler->setItemText(0, QString());
        }
    }
    m_handler->setCurrentText(handler);
    updateState();
}

RunTask RunLauncher::readForm(Problems &problems)
{
    RunTask task;
    task.name = m_name->text().trimmed();
    task.project = m_project->text().trimmed();
    task.handler = m_handler->currentText().trimmed();
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QString name = cell(m_parameters, row, 0).trimmed();
        const auto *type = qobject_cast<QComboBox *>(m_parameters->cellWidget(row, 1));
        const QString text = cell(m_parameters, row, 2);
        if (name.isEmpty() && text.isEmpty())
            continue;
        if (name.isEmpty()) {
            problems.push_back({QStringLiteral("parameters"),
                                tr("The parameter in row %1 needs a name.").arg(row + 1)});
            continue;
        }
        const auto value =
            LauncherValues::typed(name, type ? type->currentText() : QString(), text);
        if (!value)
            problems.push_back({QStringLiteral("parameters"), value.error().message});
        else
            task.parameters.insert(name.toStdString()) = *value;
    }
    const std::tuple<QTableWidget *, QMap<QString, QString> *, QString, QString> pairs[] = {
        {m_inputs, &task.inputs, QStringLiteral("inputs"), tr("The input in row %1 needs a key.")},
        {m_labels, &task.labels, QStringLiteral("labels"), tr("The label in row %1 needs a key.")},
    };
    for (const auto &[table, target, key, message] : pairs) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString name = cell(table, row, 0).trimmed();
            const QString value = cell(table, row, 1).trimmed();
            if (name.isEmpty() && value.isEmpty())
                continue;
            if (name.isEmpty())
                problems.push_back({key, message.arg(row + 1)});
            else
                target->insert(name, value);
        }
    }
    std::mt19937 random(m_seed);
    for (int row = 0; row < m_hyper->rowCount(); ++row) {
        HyperRow hyper;
        hyper.name = cell(m_hyper, row, HyperName).trimmed();
        const auto *mode = qobject_cast<QComboBox *>(m_hyper->cellWidget(row, HyperMode));
        hyper.mode = HyperRow::Mode(mode ? mode->currentIndex() : 0);
        hyper.values = cell(m_hyper, row, HyperValues);
        hyper.start = cell(m_hyper, row, HyperStart);
        hyper.stop = cell(m_hyper, row, HyperStop);
        hyper.step = cell(m_hyper, row, HyperStep);
        if (hyper.name.isEmpty()) {
            if (!hyper.values.trimmed().isEmpty() || !hyper.start.trimmed().isEmpty())
                problems.push_back({QStringLiteral("hyper"),
                                    tr("The hyperparameter in row %1 needs a name.").arg(row + 1)});
            continue;
        }
        const auto values = LauncherValues::values(hyper, random);
        if (!values)
            problems.push_back({QStringLiteral("hyper"), values.error().message});
        else
            task.hyperparams.insert(hyper.name.toStdString()) = *values;
    }
    task.options.strategy =
        m_strategy->currentIndex() == 0 ? QString() : m_strategy->currentData().toString();
    task.options.parallelRuns = m_parallel->value();
    if (m_maxIterations->value() > 0)
        task.options.maxIterations = m_maxIterations->value();
    if (m_maxErrors->value() >= 0)
        task.options.maxErrors = m_maxErrors->value();
    if (m_timeout->value() > 0)
        task.timeoutSeconds = m_timeout->value();
    task.options.stopCondition = m_stopCondition->text().trimmed();
    task.options.selector = m_selector->text().trimmed();
    if (const Status valid = task.validate(); !valid) {
        QString message = valid.error().message;
        if (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        for (const QString &problem : message.split(QStringLiteral("; ")))
            problems.push_back({fieldOf(problem), problem + QLatin1Char('.')});
    }
    return task;
}

Result<RunTask> RunLauncher::task()
{
    Problems problems;
    RunTask result = readForm(problems);
    if (!problems.empty())
        return Error{problems.front().second};
    return result;
}

QString RunLauncher::cliCommand()
{
    const auto current = task();
    if (!current || functionRef().isEmpty())
        return QString();
    return RunCommandLine::command(functionRef(), *current);
}

void RunLauncher::updateState()
{
    if (m_filling)
        return;
    Problems problems;
    const RunTask current = readForm(problems);
    if (functionRef().isEmpty())
        problems.push_back({QStringLiteral("function"), tr("Choose a function to run.")});
    showProblems(problems);
    m_command->setText(problems.empty() ? RunCommandLine::command(functionRef(), current)
                                        : QString());
    m_command->setCursorPosition(0);
    m_copy->setEnabled(problems.empty());
    m_launch->setEnabled(problems.empty() && m_follower);
    m_launch->setToolTip(m_follower ? QString() : tr("Runs cannot start from here yet."));
}

void RunLauncher::showProblems(const Problems &problems)
{
    QMap<QString, QStringList> byField;
    for (const auto &[field, message] : problems)
        byField[m_errors.contains(field) ? field : QStringLiteral("general")] << message;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

void RunLauncher::copyCliCommand()
{
    const QString command = cliCommand();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    m_status->setText(tr("The command line is on the clipboard."));
}

void RunLauncher::launch()
{
    const auto current = task();
    const QString ref = functionRef();
    const auto version = std::find_if(m_functions.cbegin(), m_functions.cend(),
                                      [&ref](const auto &v) { return refOf(v) == ref; });
    if (!current || version == m_functions.cend() || !m_follower) {
        updateState();
        return;
    }
    const QByteArray &doc = version->document;
    const auto spec = FunctionSpec::parse(
        std::string_view(doc.constData(), std::size_t(doc.size())), DocumentFormat::Json, ref);
    if (!spec) {
        m_status->setText(spec.error().toString());
        emit launchFailed(spec.error().toString());
        return;
    }
    m_launch->setEnabled(false);
    m_status->setText(tr("Starting the run..."));
    m_follower->submit(*spec, ref, *current, this, [this](Result<QString> uid) {
        updateState();
        if (!uid) {
            m_status->setText(uid.error().toString());
            emit launchFailed(uid.error().toString());
            return;
        }
        m_status->setText(tr("Started run %1.").arg(*uid));
        emit launched(*uid);
    });
}

} // namespace Runbench::Ui

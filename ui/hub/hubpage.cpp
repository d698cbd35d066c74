// SPDX-License-Identifier: Apache-2.0
#include "hubpage.h"

#include "hubcarddelegate.h"
#include "hubpreviewpane.h"
#include "hubwidgets.h"
#include "views/hubcatalogfiltermodel.h"
#include "views/hubcatalogmodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Runbench::Ui {

using Models::HubCatalogFilterModel;
using Models::HubCatalogModel;
using Models::HubItem;
using Models::HubResolution;

namespace {

QColor tinted(const QPalette &palette, const QColor &tint)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal share = base.lightness() < 128 ? 0.35 : 0.25;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

} // namespace

HubPage::HubPage(QString storePath, QString cacheDir, QWidget *parent)
    : QWidget(parent)
    , m_tasks(std::move(storePath),
              cacheDir.isEmpty() ? Models::HubLibrary::defaultCacheDir() : std::move(cacheDir))
    , m_catalog(new HubCatalogModel(this))
    , m_filter(new HubCatalogFilterModel(m_catalog, this))
{
    setObjectName(QStringLiteral("hubPage"));
    setAccessibleName(tr("Function hub"));
    m_catalog->setObjectName(QStringLiteral("hubCatalogModel"));
    m_filter->setObjectName(QStringLiteral("hubFilterModel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(createMessageBar());
    layout->addWidget(createProgressRow());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("hubSplitter"));
    auto *left = new QWidget(splitter);
    left->setObjectName(QStringLiteral("hubListPane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins({});
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("hubList"));
    m_list->setAccessibleName(tr("Hub items"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new HubCardDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumWidth(360);
    leftLayout->addWidget(m_list);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("hubCount"));
    leftLayout->addWidget(m_count);
    m_preview = new HubPreviewPane(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HubPage::showCurrent);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &HubPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HubPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HubPage::updateCount);
    connect(m_preview, &HubPreviewPane::versionChosen, this, &HubPage::showVersion);
    connect(m_preview, &HubPreviewPane::importRequested, this, &HubPage::importCurrent);
    connect(m_preview, &HubPreviewPane::runRequested, this, &HubPage::runCurrent);
    createShortcuts();
    m_preview->setProjects({HubTasks::kDefaultProject});
    updateCount();
    startLoad(false);
}

HubPage::~HubPage()
{
    if (m_loadWatcher)
        m_loadWatcher->cancel();
}

QWidget *HubPage::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("hubToolbar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins({});

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("hubSearch"));
    m_search->setAccessibleName(tr("Search the hub"));
    m_search->setPlaceholderText(tr("Search names, descriptions and categories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);

    m_categories =
        createNamedComboBox(bar, QStringLiteral("hubCategoryFilter"), tr("Category filter"));
    m_categories->addItem(tr("All categories"), QString());
    layout->addWidget(m_categories);

    m_kinds = createNamedComboBox(bar, QStringLiteral("hubKindFilter"), tr("Kind filter"));
    m_kinds->addItem(tr("All kinds"), QString());
    layout->addWidget(m_kinds);

    m_refresh = new QPushButton(tr("&Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("hubRefreshButton"));
    m_refresh->setAccessibleName(tr("Refresh hub sources"));
    m_refresh->setToolTip(tr("Read every hub source again"));
    layout->addWidget(m_refresh);

    connect(m_search, &QLineEdit::textChanged, m_filter, &HubCatalogFilterModel::setSearchText);
    connect(m_categories, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_categories->currentData().toString()); });
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kinds->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &HubPage::refresh);
    return bar;
}

QWidget *HubPage::createMessageBar()
{
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("hubMessageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_messageBar);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setObjectName(QStringLiteral("hubMessageText"));
    m_messageText->setAccessibleName(tr("Hub message"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageText, 1);
    m_messageClose = new QToolButton(m_messageBar);
    m_messageClose->setObjectName(QStringLiteral("hubMessageClose"));
    m_messageClose->setAccessibleName(tr("Close message"));
    m_messageClose->setText(tr("Close"));
    m_messageClose->setToolTip(tr("Close message"));
    m_messageClose->setAutoRaise(true);
    layout->addWidget(m_messageClose, 0, Qt::AlignTop);
    connect(m_messageClose, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    m_messageBar->hide();
    return m_messageBar;
}

QWidget *HubPage::createProgressRow()
{
    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("hubProgress"));
    auto *layout = new QHBoxLayout(m_progress);
    layout->setContentsMargins({});
    m_progressText = new QLabel(m_progress);
    m_progressText->setObjectName(QStringLiteral("hubProgressText"));
    layout->addWidget(m_progressText);
    m_progressBar = new QProgressBar(m_progress);
    m_progressBar->setObjectName(QStringLiteral("hubProgressBar"));
    m_progressBar->setAccessibleName(tr("Hub loading progress"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    layout->addWidget(m_progressBar, 1);
    m_cancel = new QPushButton(tr("&Cancel"), m_progress);
    m_cancel->setObjectName(QStringLiteral("hubCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &HubPage::cancelLoading);
    m_progress->hide();
    return m_progress;
}

void HubPage::createShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this, this, &HubPage::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *clearSearch =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_search, m_search, &QLineEdit::clear);
    clearSearch->setContext(Qt::WidgetShortcut);
    auto *toList = new QShortcut(QKeySequence(Qt::Key_Down), m_search, this, [this] {
        m_list->setFocus(Qt::ShortcutFocusReason);
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    toList->setContext(Qt::WidgetShortcut);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *import = new QShortcut(QKeySequence(key), m_list, this, &HubPage::importCurrent);
        import->setContext(Qt::WidgetShortcut);
    }
}

std::optional<HubResolution> HubPage::currentResolution() const
{
    return m_current;
}

QString HubPage::currentReference() const
{
    if (!m_current)
        return {};
    return QStringLiteral("%1%2/%3:%4")
        .arg(Models::HubUri::kScheme, m_current->source.name(), m_current->item.name,
             m_current->item.tag);
}

bool HubPage::isLoading() const
{
    return !m_loadWatcher.isNull();
}

void HubPage::refresh()
{
    startLoad(true);
}

void HubPage::startLoad(bool refresh)
{
    if (m_loadWatcher)
        m_loadWatcher->cancel();
    const quint64 generation = ++m_loadGeneration;
    setLoading(true, refresh ? tr("Refreshing the hub sources…") : tr("Loading the hub…"));
    auto *watcher = new QFutureWatcher<HubLoad>(this);
    m_loadWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || watcher->isCanceled() ||
            watcher->future().resultCount() == 0)
            return;
        m_loadWatcher = nullptr;
        finishLoad(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([tasks = m_tasks, refresh](QPromise<HubLoad> &promise) {
        HubLoad loaded = tasks.load(refresh, [&promise] { return promise.isCanceled(); });
        if (!promise.isCanceled())
            promise.addResult(std::move(loaded));
    }));
}

void HubPage::cancelLoading()
{
    if (!m_loadWatcher)
        return;
    ++m_loadGeneration;
    m_loadWatcher->cancel();
    m_loadWatcher = nullptr;
    setLoading(false);
    showMessage(tr("Loading was cancelled; the hub shows what it showed before."),
                Level::Information);
}

void HubPage::setLoading(bool loading, const QString &text)
{
    m_progressText->setText(text);
    m_progress->setVisible(loading);
    m_refresh->setEnabled(!loading);
}

void HubPage::finishLoad(HubLoad loaded)
{
    setLoading(false);
    if (!loaded.error.isEmpty()) {
        showMessage(loaded.error, Level::Error);
        emit catalogsLoaded(m_catalog->rowCount());
        return;
    }
    QString source;
    QString name;
    QString tag;
    if (m_current) {
        source = m_current->source.name();
        name = m_current->item.name;
        tag = m_current->item.tag;
    }
    // A model reset moves no current index signal, so the old preview is dropped here.
    ++m_previewGeneration;
    m_current.reset();
    m_preview->clear();
    m_catalog->setSources(std::move(loaded.sources));
    refillFilter(m_categories, m_catalog->categories());
    refillFilter(m_kinds, m_catalog->kinds());
    m_preview->setProjects(loaded.projects);
    if (loaded.warnings.isEmpty())
        m_messageBar->hide();
    else
        showMessage(loaded.warnings.join(QLatin1Char('\n')), Level::Warning);
    if (const int row = m_catalog->rowOf(source, name); row >= 0) {
        m_list->setCurrentIndex(m_filter->mapFromSource(m_catalog->index(row)));
        if (m_current && tag != m_current->item.tag && m_catalog->entry(row, tag))
            m_preview->setVersion(tag);
    }
    emit catalogsLoaded(m_catalog->rowCount());
}

void HubPage::refillFilter(QComboBox *combo, const QStringList &values)
{
    const QString chosen = combo->currentData().toString();
    {
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    if (combo == m_categories)
        m_filter->setCategory(combo->currentData().toString());
    else
        m_filter->setKind(combo->currentData().toString());
}

int HubPage::currentRow() const
{
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void HubPage::showCurrent(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (!index.isValid()) {
        ++m_previewGeneration;
        m_current.reset();
        m_preview->clear();
        return;
    }
    const HubItem &item = m_catalog->item(index.row());
    const Models::HubSource &source = m_catalog->source(index.row()).source;
    m_current = HubResolution{
        source, item, source.itemFileUrl(item.dir, item.tag, QStringLiteral("function.yaml"))};
    m_preview->showItem(item, source.name(), m_catalog->versions(index.row()));
    loadPreview();
}

void HubPage::showVersion(const QString &tag)
{
    const int row = currentRow();
    const HubItem *entry = row >= 0 ? m_catalog->entry(row, tag) : nullptr;
    if (!entry)
        return;
    const Models::HubSource &source = m_catalog->source(row).source;
    m_current =
        HubResolution{source, *entry,
                      source.itemFileUrl(entry->dir, entry->tag, QStringLiteral("function.yaml"))};
    m_preview->showVersion(*entry, source.name());
    loadPreview();
}

void HubPage::loadPreview()
{
    const quint64 generation = ++m_previewGeneration;
    auto *watcher = new QFutureWatcher<HubPreview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return;
        const HubPreview preview = watcher->result();
        m_preview->showPreview(preview);
        if (!preview.problems.isEmpty())
            showMessage(preview.problems.join(QLatin1Char('\n')), Level::Warning);
        emit previewLoaded();
    });
    watcher->setFuture(
        QtConcurrent::run([tasks = m_tasks, source = m_current->source, item = m_current->item] {
            return tasks.preview(source, item);
        }));
}

void HubPage::importCurrent()
{
    if (!m_current || m_importing)
        return;
    m_importing = true;
    m_preview->setImporting(true);
    const QString project = m_preview->project();
    showMessage(tr("Importing %1 %2 into project %3…")
                    .arg(m_current->item.name, m_current->item.tag, project),
                Level::Information);
    auto *watcher = new QFutureWatcher<HubImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishImport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([tasks = m_tasks, resolution = *m_current, project] {
        return tasks.importItem(resolution, project);
    }));
}

void HubPage::finishImport(const HubImportOutcome &outcome)
{
    m_importing = false;
    m_preview->setImporting(false);
    if (!outcome.error.isEmpty()) {
        showMessage(outcome.error, Level::Error);
        emit importFailed(outcome.error);
        return;
    }
    m_preview->setProjects(outcome.projects);
    const QString version = outcome.hash.left(12);
    showMessage(outcome.created ? tr("Imported %1 into project %2 as version %3 (from %4).")
                                      .arg(outcome.name, outcome.project, version, outcome.origin)
                                : tr("%1 version %3 is already in project %2; nothing was added.")
                                      .arg(outcome.name, outcome.project, version),
                Level::Information);
    emit functionImported(outcome.project, outcome.name, outcome.hash);
}

void HubPage::runCurrent()
{
    if (m_current)
        emit runRequested(currentReference());
}

void HubPage::reloadProjects()
{
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_preview->setProjects(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([tasks = m_tasks] { return tasks.projects(); }));
}

void HubPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HubPage::updateCount()
{
    m_count->setText(
        tr("%1 of %n item(s)", nullptr, m_catalog->rowCount()).arg(m_filter->rowCount()));
}

void HubPage::showMessage(const QString &text, Level level)
{
    QPalette palette = m_messageBar->palette();
    const QColor tint = level == Level::Error     ? QColor(0xda, 0x44, 0x53)
                        : level == Level::Warning ? QColor(0xf6, 0x74, 0x00)
                                                  : QColor(0x3d, 0xae, 0xe9);
    palette.setColor(QPalette::Window, tinted(this->palette(), tint));
    m_messageBar->setPalette(palette);
    m_messageBar->setProperty("level", int(level));
    m_messageText->setText(text);
    m_messageBar->show();
}

} // namespace Runbench::Ui

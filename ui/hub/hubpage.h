// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "hub/huburi.h"
#include "hubtasks.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Runbench::Models {
class HubCatalogFilterModel;
class HubCatalogModel;
} // namespace Runbench::Models

namespace Runbench::Ui {

class HubPreviewPane;

// The function hub page: cards of every hub item with search and filters, a preview of the
// chosen version, and Import / Run. All disk and network work runs on worker threads.
class HubPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubPage)

public:
    // storePath: the store to read sources and projects from and import into; cacheDir: the
    // hub cache (empty: HubLibrary::defaultCacheDir()). Loading starts at once.
    explicit HubPage(QString storePath, QString cacheDir = {}, QWidget *parent = nullptr);
    ~HubPage() override;

    // The version the preview shows, or nullopt when no item is chosen.
    std::optional<Models::HubResolution> currentResolution() const;
    // hub://SOURCE/NAME:TAG of currentResolution(), or empty.
    QString currentReference() const;
    bool isLoading() const;

public slots:
    // Re-reads every source on a worker thread, keeping the shown catalogs until it is done.
    void refresh();
    // Stops waiting for a load; the catalogs shown before stay.
    void cancelLoading();
    // Re-reads the projects Import offers (after projects were added elsewhere).
    void reloadProjects();
    void focusSearch();
    // Imports the chosen version into the chosen project, on a worker thread.
    void importCurrent();
    // Emits runRequested() for the chosen version.
    void runCurrent();

signals:
    // A load finished (items: the number of items shown before filtering).
    void catalogsLoaded(int items);
    // An import stored (or found already stored) the function version project/name@hash.
    void functionImported(const QString &project, const QString &name, const QString &hash);
    void importFailed(const QString &message);
    // The user asked to run hub://SOURCE/NAME:TAG; the reference resolves with HubLibrary.
    void runRequested(const QString &reference);
    // The preview shows every file of the chosen version.
    void previewLoaded();

private:
    enum class Level { Information, Warning, Error };

    QWidget *createToolbar();
    QWidget *createMessageBar();
    QWidget *createProgressRow();
    void createShortcuts();
    void startLoad(bool refresh);
    void finishLoad(HubLoad loaded);
    void setLoading(bool loading, const QString &text = {});
    void refillFilter(QComboBox *combo, const QStringList &values);
    void showCurrent(const QModelIndex &proxyIndex);
    void showVersion(const QString &tag);
    void loadPreview();
    void finishImport(const HubImportOutcome &outcome);
    void showMessage(const QString &text, Level level);
    int currentRow() const;
    void updateCount();

    HubTasks m_tasks;
    Models::HubCatalogModel *m_catalog = nullptr;
    Models::HubCatalogFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_categories = nullptr;
    QComboBox *m_kinds = nullptr;
    QPushButton *m_refresh = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_messageText = nullptr;
    QToolButton *m_messageClose = nullptr;
    QWidget *m_progress = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_count = nullptr;
    HubPreviewPane *m_preview = nullptr;
    std::optional<Models::HubResolution> m_current;
    quint64 m_loadGeneration = 0;
    quint64 m_previewGeneration = 0;
    QPointer<QFutureWatcher<HubLoad>> m_loadWatcher;
    bool m_importing = false;
};

} // namespace Runbench::Ui

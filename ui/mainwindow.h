// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "views/projecttreemodel.h"

#include <QMainWindow>

#include <vector>

class QDockWidget;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;
class QWidget;

namespace Runbench::Ui {

// The workbench's main window: projects tree on the left, documents in the centre.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

public slots:
    // Replaces the projects the tree shows and clears any earlier load error.
    void setProjects(std::vector<Runbench::Models::ProjectSummary> projects);
    // Tells the user that loading projects failed, in the status bar and on the welcome page.
    void showLoadError(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createProjectsDock();
    void createDetailsDock();
    void createWelcomePage();
    void updateWelcomeCounts();
    void showDetails(const QModelIndex &index);
    void showAbout();
    void restoreWindowSettings();
    void saveWindowSettings() const;

    Models::ProjectTreeModel *m_projectsModel = nullptr;
    QTreeView *m_projectsTree = nullptr;
    QDockWidget *m_projectsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QTabWidget *m_documents = nullptr;
    QLabel *m_welcomeCounts = nullptr;
    QLabel *m_welcomeError = nullptr;
    QLabel *m_detailsHint = nullptr;
    QWidget *m_detailsForm = nullptr;
    QLineEdit *m_detailsName = nullptr;
    QLineEdit *m_detailsKind = nullptr;
    QLineEdit *m_detailsTags = nullptr;
    QLineEdit *m_detailsHash = nullptr;
    QLineEdit *m_detailsCreated = nullptr;
};

} // namespace Runbench::Ui

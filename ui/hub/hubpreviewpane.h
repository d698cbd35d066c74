// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "hub/hubitem.h"
#include "hubtasks.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QsciLexer;
class QsciScintilla;

namespace Runbench::Ui {

class KateHighlighter;

// The right side of the hub page: the chosen item's header, version and project pickers,
// Import and Run buttons, and tabs with its README, source and function.yaml.
class HubPreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubPreviewPane)

public:
    explicit HubPreviewPane(QWidget *parent = nullptr);
    ~HubPreviewPane() override;

    // Shows an entry's header and offers its versions (tag selected); the files follow with
    // showPreview().
    void showItem(const Models::HubItem &item, const QString &sourceName,
                  const QStringList &versions);
    // Shows the header of another version of the same item.
    void showVersion(const Models::HubItem &item, const QString &sourceName);
    void showPreview(const HubPreview &preview);
    // Shows the "choose an item" hint instead of an item.
    void clear();

    // The projects Import may write to; keeps the chosen one when it is still listed.
    void setProjects(const QStringList &projects);
    QString project() const;
    QString version() const;
    // Picks a listed version as if the user chose it.
    void setVersion(const QString &tag);
    // Disables Import and Run while an import runs.
    void setImporting(bool importing);

signals:
    void versionChosen(const QString &tag);
    void importRequested();
    void runRequested();

private:
    QWidget *createHeader();
    QsciScintilla *createEditor(const QString &objectName, const QString &accessibleName);
    void showSource(const QString &fileName, const QString &text);
    void showSourceHtml(const QString &html);
    void showSourcePlain(const QString &text, const QString &note);
    void showHeader(const Models::HubItem &item, const QString &sourceName);

    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_versions = nullptr;
    QComboBox *m_projects = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_run = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_readme = nullptr;
    QStackedWidget *m_sourceStack = nullptr;
    QsciScintilla *m_sourceEditor = nullptr;
    QTextBrowser *m_sourceHtml = nullptr;
    QLabel *m_sourceNote = nullptr;
    QsciScintilla *m_functionEditor = nullptr;
    QsciLexer *m_pythonLexer = nullptr;
    QsciLexer *m_sourceYamlLexer = nullptr;
    QsciLexer *m_functionLexer = nullptr;
    KateHighlighter *m_highlighter = nullptr;
    QString m_pendingSource; // shown as plain text when highlighting fails
};

} // namespace Runbench::Ui

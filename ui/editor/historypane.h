// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Runbench::Ui {

// The stored versions of one function with their tags and dates, a coloured line diff of the
// YAML of any two, and a way to restore one into the editor.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    HistoryPane(const QString &storePath, QWidget *parent = nullptr);

    // Lists the versions of project/name (read on a worker thread).
    void load(const QString &project, const QString &name);
    // Shows no versions (a function that was never saved).
    void clear();
    int versionCount() const { return int(m_versions.size()); }
    QString diffText() const;
    // The text the diff compares for one stored function document: its YAML without the
    // embedded code, then the decoded code.
    static QString comparableText(const QByteArray &document);

signals:
    void loaded();
    void diffShown();
    void restoreRequested(const QByteArray &document, const QString &hash);

private:
    void showVersions(std::vector<Models::FunctionVersion> versions, const QString &error);
    void showDiff();
    void restoreSelected();

    QString m_storePath;
    QString m_project;
    QString m_name;
    int m_generation = 0;
    std::vector<Models::FunctionVersion> m_versions;
    QTreeWidget *m_list;
    QComboBox *m_from;
    QComboBox *m_to;
    QPlainTextEdit *m_diff;
    QPushButton *m_restore;
    QPushButton *m_refresh;
    QLabel *m_status;
};

} // namespace Runbench::Ui

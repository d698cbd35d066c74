// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/node.h"
#include "documentpage.h"
#include "spec/functionspec.h"
#include "spec/functionvalidator.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoStack;
class QsciScintilla;

namespace Runbench::Ui {

class CodeEditor;
class GeneralForm;
class HistoryPane;
class SpecForm;

// Authoring one MLRun function: code beside spec forms, a live YAML view, validation at every
// field, one undo history for forms and code, saving as a hashed version and the history of
// stored versions with diffs. All store work runs on worker threads. As a DocumentPage, the
// window's Save, Undo, Redo and Find act on it.
class FunctionEditor final : public DocumentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionEditor)

public:
    explicit FunctionEditor(const QString &storePath, QWidget *parent = nullptr);
    ~FunctionEditor() override;

    // Starts a new, unsaved job function in project.
    void newFunction(const QString &project);
    // Loads a stored version (hash, hash prefix or tag) on a worker; loaded() follows.
    void openVersion(const QString &project, const QString &name, const QString &hash);

    QUndoStack *undoStack() const override { return m_stack; }
    bool isModified() const override { return isDirty(); }
    void save() override;
    void find() override { showFind(); }
    bool isDirty() const;
    bool isSaving() const { return m_saving; }
    QString project() const { return m_project; }
    QString functionName() const;
    // The hash of the version last saved or opened; empty for a new function.
    QString savedHash() const { return m_savedHash; }
    // The whole function object as it would be saved (code embedded).
    Models::FunctionSpec function() const;
    const std::vector<Models::ValidationProblem> &problems() const { return m_problems; }
    CodeEditor *codeEditor() const { return m_code; }
    QTabWidget *tabs() const { return m_tabs; }
    HistoryPane *history() const { return m_history; }
    // The editor's own Undo, Redo, Save and Find keys, off by default because the window's
    // actions (same keys) reach the editor through DocumentPage; turn on for a standalone
    // editor.
    void setLocalShortcutsEnabled(bool enabled);

    // Used by undo commands: show this document (code unchanged) and the tab of the field
    // that changed, or this document and code.
    void setDocument(const Models::Node &root, const QString &field);
    void setDocumentAndCode(const Models::Node &root, const QString &code);

public slots:
    void showFind();
    // Puts a stored function document into the editor as one undoable step.
    void restoreVersion(const QByteArray &document);

signals:
    void saved(const QString &project, const QString &name, const QString &hash);
    void loaded(const QString &project, const QString &name, const QString &hash);
    void dirtyChanged(bool dirty);
    // A save or load failed; message is one sentence for the user.
    void failed(const QString &message);
    // metadata.name changed (typing, undo, opening); for the tab title.
    void functionNameChanged(const QString &name);
    // The YAML view shows the current function.
    void yamlRefreshed();
    // Validation ran; count problems were found.
    void validated(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void addForm(SpecForm *form, const QString &title);
    void setFunction(Models::FunctionSpec spec);
    void applyEdit(const QString &field, const std::function<void(Models::FunctionSpec &)> &edit);
    void loadForms();
    void afterChange();
    void validate();
    void refreshYaml();
    void showStatus(const QString &message);
    void revealField(const QString &field);
    static void stripCode(Models::FunctionSpec &spec);
    static Models::FunctionSpec withCode(Models::FunctionSpec spec, const QString &code);

    QString m_storePath;
    QString m_project;
    QString m_savedHash;
    Models::FunctionSpec m_spec; // the code lives in m_code; here only its placeholder
    std::vector<Models::ValidationProblem> m_problems;
    QUndoStack *m_stack;
    CodeEditor *m_code = nullptr;
    GeneralForm *m_general = nullptr;
    QList<SpecForm *> m_forms;
    QTabWidget *m_tabs = nullptr;
    QsciScintilla *m_yaml = nullptr;
    HistoryPane *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_hash = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_otherProblems = nullptr;
    QTimer *m_yamlTimer = nullptr;
    QTimer *m_handlersTimer = nullptr;
    QList<QAction *> m_localActions;
    bool m_saving = false;
    bool m_yamlStale = true;
    int m_yamlGeneration = 0;
    int m_openGeneration = 0;
    QString m_shownName;
};

} // namespace Runbench::Ui

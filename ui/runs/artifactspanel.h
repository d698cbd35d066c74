// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace Runbench::Ui {

// A run's artifacts: the list, and a preview of the selected one as text, image or CSV table,
// read in the background.
class ArtifactsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsPanel)

public:
    explicit ArtifactsPanel(QWidget *parent = nullptr);
    ~ArtifactsPanel() override;

    void setArtifacts(std::vector<Models::ArtifactRow> artifacts);
    QListWidget *list() const { return m_list; }

    // What the preview shows.
    enum class PreviewKind { None, Text, Image, Table, Message };
    PreviewKind previewKind() const;

signals:
    // The preview of the current artifact is on screen.
    void previewShown();

private:
    void preview(int row);

    std::vector<Models::ArtifactRow> m_artifacts;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_image = nullptr;
    QTableWidget *m_csv = nullptr;
    int m_generation = 0;
};

} // namespace Runbench::Ui

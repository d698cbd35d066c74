// SPDX-License-Identifier: Apache-2.0
#include "artifactspanel.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QtConcurrent>

namespace Runbench::Ui {

namespace {

constexpr qint64 kTextPreviewBytes = 256 * 1024;
constexpr int kCsvPreviewRows = 1000;
constexpr int kImagePreviewSide = 2048;

// What a background read of an artifact produced.
struct Preview
{
    ArtifactsPanel::PreviewKind kind = ArtifactsPanel::PreviewKind::Message;
    QString text; // Text, or Message
    QImage image;
    std::vector<QStringList> rows; // Table: header first
    bool truncated = false;
};

// CSV records (quoted fields with commas, doubled quotes and line breaks), at most maxRows.
std::vector<QStringList> csvRows(const QString &text, int maxRows, bool *truncated)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            if (int(rows.size()) > maxRows) {
                *truncated = true;
                return rows;
            }
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

Preview readPreview(const QString &path)
{
    Preview preview;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        preview.text = QCoreApplication::translate("Runbench::Ui::ArtifactsPanel",
                                                   "The file %1 cannot be read.")
                           .arg(QDir::toNativeSeparators(path));
        return preview;
    }
    QImageReader reader(&file);
    if (reader.canRead()) {
        const QSize size = reader.size();
        if (size.isValid() && std::max(size.width(), size.height()) > kImagePreviewSide)
            reader.setScaledSize(
                size.scaled(kImagePreviewSide, kImagePreviewSide, Qt::KeepAspectRatio));
        preview.image = reader.read();
        if (!preview.image.isNull()) {
            preview.kind = ArtifactsPanel::PreviewKind::Image;
            return preview;
        }
    }
    file.seek(0);
    const QByteArray bytes = file.read(kTextPreviewBytes);
    preview.truncated = file.size() > kTextPreviewBytes;
    if (bytes.contains('\0')) {
        preview.text =
            QCoreApplication::translate("Runbench::Ui::ArtifactsPanel",
                                        "%1 is a binary file of %2; no preview.")
                .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()));
        return preview;
    }
    preview.text = QString::fromUtf8(bytes);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        preview.rows = csvRows(preview.text, kCsvPreviewRows, &preview.truncated);
        preview.kind = ArtifactsPanel::PreviewKind::Table;
        return preview;
    }
    preview.kind = ArtifactsPanel::PreviewKind::Text;
    return preview;
}

} // namespace

ArtifactsPanel::ArtifactsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("artifactsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("artifactsList"));
    m_list->setAccessibleName(tr("Artifacts"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("artifactPreview"));
    m_message = new QLabel(tr("Select an artifact to preview it."), m_stack);
    m_message->setObjectName(QStringLiteral("artifactPreviewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("artifactTextPreview"));
    m_text->setAccessibleName(tr("Artifact text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_image = new QLabel(m_stack);
    m_image->setObjectName(QStringLiteral("artifactImagePreview"));
    m_image->setAccessibleName(tr("Artifact image"));
    m_image->setAlignment(Qt::AlignCenter);
    auto *imageScroll = new QScrollArea(m_stack);
    imageScroll->setObjectName(QStringLiteral("artifactImageScroll"));
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    m_csv = new QTableWidget(m_stack);
    m_csv->setObjectName(QStringLiteral("artifactTablePreview"));
    m_csv->setAccessibleName(tr("Artifact table"));
    m_csv->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(imageScroll);
    m_stack->addWidget(m_csv);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("artifactsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ArtifactsPanel::preview);
}

ArtifactsPanel::~ArtifactsPanel() = default;

void ArtifactsPanel::setArtifacts(std::vector<Models::ArtifactRow> artifacts)
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_artifacts = std::move(artifacts);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int keep = -1;
    for (const Models::ArtifactRow &artifact : m_artifacts) {
        const QString size =
            artifact.size >= 0 ? QLocale().formattedDataSize(artifact.size) : QString();
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3)")
                .arg(artifact.key, artifact.kind.isEmpty() ? tr("file") : artifact.kind, size),
            m_list);
        item->setData(Qt::UserRole, artifact.key);
        item->setToolTip(artifact.path);
        if (artifact.key == current)
            keep = m_list->count() - 1;
    }
    if (keep >= 0) {
        m_list->setCurrentRow(keep);
        return;
    }
    m_message->setText(m_artifacts.empty() ? tr("This run logged no artifacts.")
                                           : tr("Select an artifact to preview it."));
    m_stack->setCurrentWidget(m_message);
}

ArtifactsPanel::PreviewKind ArtifactsPanel::previewKind() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_text)
        return PreviewKind::Text;
    if (shown == m_csv)
        return PreviewKind::Table;
    if (shown == m_message)
        return m_list->currentRow() >= 0 ? PreviewKind::Message : PreviewKind::None;
    return PreviewKind::Image;
}

void ArtifactsPanel::preview(int row)
{
    const int generation = ++m_generation;
    if (row < 0 || row >= int(m_artifacts.size())) {
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_message->setText(tr("Reading %1...").arg(m_artifacts[std::size_t(row)].key));
    m_stack->setCurrentWidget(m_message);
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Preview preview = watcher->result();
        switch (preview.kind) {
        case PreviewKind::Image:
            m_image->setPixmap(QPixmap::fromImage(preview.image));
            m_stack->setCurrentIndex(2);
            break;
        case PreviewKind::Table: {
            const QStringList header = preview.rows.empty() ? QStringList() : preview.rows.front();
            m_csv->clear();
            m_csv->setColumnCount(int(header.size()));
            m_csv->setHorizontalHeaderLabels(header);
            m_csv->setRowCount(preview.rows.empty() ? 0 : int(preview.rows.size()) - 1);
            for (std::size_t r = 1; r < preview.rows.size(); ++r) {
                const QStringList &cells = preview.rows[r];
                for (qsizetype c = 0; c < cells.size() && c < header.size(); ++c)
                    m_csv->setItem(int(r) - 1, int(c), new QTableWidgetItem(cells[c]));
            }
            m_stack->setCurrentWidget(m_csv);
            break;
        }
        case PreviewKind::Text:
            m_text->setPlainText(preview.truncated
                                     ? preview.text + QLatin1Char('\n') + tr("[preview cut here]")
                                     : preview.text);
            m_stack->setCurrentWidget(m_text);
            break;
        default:
            m_message->setText(preview.text);
            m_stack->setCurrentWidget(m_message);
        }
        emit previewShown();
    });
    watcher->setFuture(QtConcurrent::run(readPreview, m_artifacts[std::size_t(row)].path));
}

} // namespace Runbench::Ui

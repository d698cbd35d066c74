// SPDX-License-Identifier: Apache-2.0
#include "historypane.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "editorstoretasks.h"
#include "spec/linediff.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Runbench::Ui {

using Models::DiffHunk;
using Models::DiffLine;
using Models::FunctionVersion;
using Models::LineDiff;

HistoryPane::HistoryPane(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_storePath(storePath)
    , m_list(new QTreeWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QPlainTextEdit(this))
    , m_restore(new QPushButton(tr("&Restore into editor"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPane"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Stored versions"));
    m_list->setHeaderLabels({tr("Hash"), tr("Tags"), tr("Saved"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setObjectName(QStringLiteral("historyListHeader"));
    m_list->header()->setAccessibleName(tr("Columns of the stored versions"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_from->setObjectName(QStringLiteral("diffFromCombo"));
    m_from->setAccessibleName(tr("Compare from version"));
    m_to->setObjectName(QStringLiteral("diffToCombo"));
    m_to->setAccessibleName(tr("Compare to version"));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Differences between the versions"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the selected version into the editor"));
    m_restore->setEnabled(false);
    m_refresh->setObjectName(QStringLiteral("historyRefreshButton"));
    m_refresh->setAccessibleName(tr("Reload the versions"));
    m_status->setObjectName(QStringLiteral("historyStatus"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_restore);
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget(this);
    auto *compare = new QGridLayout(bottom);
    compare->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("Compare &from:"), bottom);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), bottom);
    toLabel->setBuddy(m_to);
    compare->addWidget(fromLabel, 0, 0);
    compare->addWidget(m_from, 0, 1);
    compare->addWidget(toLabel, 0, 2);
    compare->addWidget(m_to, 0, 3);
    compare->setColumnStretch(1, 1);
    compare->setColumnStretch(3, 1);
    compare->addWidget(m_diff, 1, 0, 1, 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty())
            load(m_project, m_name);
    });
    connect(m_restore, &QPushButton::clicked, this, &HistoryPane::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryPane::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryPane::showDiff);
}

void HistoryPane::load(const QString &project, const QString &name)
{
    m_project = project;
    m_name = name;
    const int generation = ++m_generation;
    m_status->setText(tr("Loading versions…"));
    auto *watcher = new QFutureWatcher<EditorStoreTasks::History>(this);
    connect(watcher, &QFutureWatcher<EditorStoreTasks::History>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer load replaced this one
                EditorStoreTasks::History history = watcher->result();
                showVersions(std::move(history.versions), history.error);
            });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run(
        [path, project, name] { return EditorStoreTasks::history(path, project, name); }));
}

void HistoryPane::clear()
{
    m_project.clear();
    m_name.clear();
    ++m_generation;
    showVersions({}, QString());
    m_status->setText(tr("Not saved yet."));
}

void HistoryPane::showVersions(std::vector<FunctionVersion> versions, const QString &error)
{
    m_versions = std::move(versions);
    m_list->clear();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->clear();
        m_to->clear();
        for (const FunctionVersion &version : m_versions) {
            const QString created =
                QLocale().toString(version.created.toLocalTime(), QLocale::ShortFormat);
            auto *item = new QTreeWidgetItem(m_list, {version.hash.left(12),
                                                      version.tags.join(QStringLiteral(", ")),
                                                      created, version.kind});
            item->setToolTip(0, version.hash);
            const QString label =
                version.tags.isEmpty()
                    ? tr("%1 (%2)").arg(version.hash.left(12), created)
                    : tr("%1 [%2] (%3)")
                          .arg(version.hash.left(12), version.tags.join(u", "), created);
            m_from->addItem(label, version.hash);
            m_to->addItem(label, version.hash);
        }
        // By default: what the newest version changed.
        m_to->setCurrentIndex(m_versions.empty() ? -1 : 0);
        m_from->setCurrentIndex(m_versions.size() > 1 ? 1 : (m_versions.empty() ? -1 : 0));
    }
    m_status->setText(!error.isEmpty() ? error
                                       : tr("%n version(s)", nullptr, int(m_versions.size())));
    showDiff();
    emit loaded();
}

QString HistoryPane::comparableText(const QByteArray &document)
{
    auto root = Models::DocumentReader::read(
        std::string_view(document.constData(), std::size_t(document.size())),
        Models::DocumentFormat::Json, QString());
    if (!root)
        return QString::fromUtf8(document);
    QString code;
    Models::Node *spec = root->isMapping() ? root->get("spec") : nullptr;
    Models::Node *build = spec && spec->isMapping() ? spec->get("build") : nullptr;
    if (build && build->isMapping()) {
        if (const Models::Node *encoded = build->get("functionSourceCode");
            encoded && encoded->isString()) {
            code = QString::fromUtf8(
                QByteArray::fromBase64(QByteArray::fromStdString(encoded->text())));
            build->remove("functionSourceCode");
        }
    }
    QString text = QString::fromStdString(Models::DocumentWriter::toYaml(*root));
    if (!code.isEmpty()) {
        text += tr("# code (spec.build.functionSourceCode, decoded)") + u'\n' + code;
        if (!code.endsWith(u'\n'))
            text += u'\n';
    }
    return text;
}

void HistoryPane::showDiff()
{
    const int from = m_from->currentIndex();
    const int to = m_to->currentIndex();
    if (from < 0 || to < 0 || from >= int(m_versions.size()) || to >= int(m_versions.size())) {
        m_diff->clear();
        return;
    }
    const QByteArray before = m_versions[std::size_t(from)].document;
    const QByteArray after = m_versions[std::size_t(to)].document;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<DiffHunk>>(this);
    connect(watcher, &QFutureWatcher<QList<DiffHunk>>::finished, this,
            [this, watcher, generation, from, to] {
                watcher->deleteLater();
                if (generation != m_generation || from != m_from->currentIndex() ||
                    to != m_to->currentIndex())
                    return;
                const QList<DiffHunk> hunks = watcher->result();
                m_diff->clear();
                QTextCursor cursor(m_diff->document());
                QTextCharFormat plain;
                QTextCharFormat header;
                header.setForeground(QColor(0x6a, 0x1b, 0x9a));
                QTextCharFormat removed;
                removed.setForeground(QColor(0xb7, 0x1c, 0x1c));
                removed.setBackground(QColor(0xff, 0xeb, 0xee));
                QTextCharFormat added;
                added.setForeground(QColor(0x1b, 0x5e, 0x20));
                added.setBackground(QColor(0xe8, 0xf5, 0xe9));
                if (hunks.isEmpty())
                    cursor.insertText(tr("The two versions are the same."), plain);
                bool first = true;
                for (const DiffHunk &hunk : hunks) {
                    if (!first)
                        cursor.insertBlock();
                    first = false;
                    cursor.insertText(hunk.header(), header);
                    for (const DiffLine &line : hunk.lines) {
                        cursor.insertBlock();
                        if (line.op == DiffLine::Op::Delete)
                            cursor.insertText(u'-' + line.text, removed);
                        else if (line.op == DiffLine::Op::Insert)
                            cursor.insertText(u'+' + line.text, added);
                        else
                            cursor.insertText(u' ' + line.text, plain);
                    }
                }
                m_diff->moveCursor(QTextCursor::Start);
                emit diffShown();
            });
    watcher->setFuture(QtConcurrent::run([before, after] {
        return LineDiff::hunks(LineDiff::compare(LineDiff::splitLines(comparableText(before)),
                                                 LineDiff::splitLines(comparableText(after))));
    }));
}

QString HistoryPane::diffText() const
{
    return m_diff->toPlainText();
}

void HistoryPane::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = m_list->indexOfTopLevelItem(selected.constFirst());
    if (row < 0 || row >= int(m_versions.size()))
        return;
    emit restoreRequested(m_versions[std::size_t(row)].document, m_versions[std::size_t(row)].hash);
}

} // namespace Runbench::Ui

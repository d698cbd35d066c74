// SPDX-License-Identifier: Apache-2.0
#include "hubpreviewpane.h"

#include "codelexer.h"
#include "hubwidgets.h"
#include "katehighlighter.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>

namespace Runbench::Ui {

namespace {

enum Page { HintPage, ItemPage };

QTextBrowser *createBrowser(QWidget *parent, const QString &objectName,
                            const QString &accessibleName)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(objectName);
    browser->setAccessibleName(accessibleName);
    browser->setOpenExternalLinks(true);
    return browser;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

HubPreviewPane::HubPreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_highlighter(new KateHighlighter(this))
{
    setObjectName(QStringLiteral("hubPreviewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("hubPreviewPages"));
    layout->addWidget(m_pages);

    auto *hint = new QLabel(tr("Choose a hub item to see its README and source."), m_pages);
    hint->setObjectName(QStringLiteral("hubPreviewHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_pages->addWidget(hint);

    auto *item = new QWidget(m_pages);
    item->setObjectName(QStringLiteral("hubPreviewItem"));
    auto *itemLayout = new QVBoxLayout(item);
    itemLayout->setContentsMargins({});
    itemLayout->addWidget(createHeader());

    m_tabs = new QTabWidget(item);
    m_tabs->setObjectName(QStringLiteral("hubPreviewTabs"));
    m_tabs->setAccessibleName(tr("Hub item files"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("hubPreviewTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Hub item files"));
    m_readme = createBrowser(m_tabs, QStringLiteral("hubReadme"), tr("README"));
    m_tabs->addTab(m_readme, tr("&README"));

    auto *source = new QWidget(m_tabs);
    source->setObjectName(QStringLiteral("hubSourcePage"));
    auto *sourceLayout = new QVBoxLayout(source);
    sourceLayout->setContentsMargins({});
    m_sourceNote = new QLabel(source);
    m_sourceNote->setObjectName(QStringLiteral("hubSourceNote"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->hide();
    sourceLayout->addWidget(m_sourceNote);
    m_sourceStack = new QStackedWidget(source);
    m_sourceStack->setObjectName(QStringLiteral("hubSourceStack"));
    m_sourceEditor = createEditor(QStringLiteral("hubSourceEditor"), tr("Source code"));
    m_sourceHtml = createBrowser(m_sourceStack, QStringLiteral("hubSourceHtml"), tr("Source code"));
    m_sourceHtml->setLineWrapMode(QTextEdit::NoWrap);
    m_sourceStack->addWidget(m_sourceEditor);
    m_sourceStack->addWidget(m_sourceHtml);
    sourceLayout->addWidget(m_sourceStack);
    m_tabs->addTab(source, tr("&Source"));

    m_functionEditor = createEditor(QStringLiteral("hubFunctionEditor"), tr("Function definition"));
    m_tabs->addTab(m_functionEditor, tr("&function.yaml"));
    itemLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(item);

    m_pythonLexer = CodeLexer::styled(new QsciLexerPython(m_sourceEditor), palette());
    m_sourceYamlLexer = CodeLexer::styled(new QsciLexerYAML(m_sourceEditor), palette());
    m_functionLexer = CodeLexer::styled(new QsciLexerYAML(m_functionEditor), palette());
    m_functionEditor->setLexer(m_functionLexer);

    connect(m_highlighter, &KateHighlighter::highlighted, this, &HubPreviewPane::showSourceHtml);
    connect(m_highlighter, &KateHighlighter::failed, this,
            [this](const QString &reason) { showSourcePlain(m_pendingSource, reason); });
    clear();
}

HubPreviewPane::~HubPreviewPane() = default;

QWidget *HubPreviewPane::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("hubPreviewHeader"));
    auto *layout = new QVBoxLayout(header);

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("hubPreviewTitle"));
    m_title->setAccessibleName(tr("Hub item name"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_details = new QLabel(header);
    m_details->setObjectName(QStringLiteral("hubPreviewDetails"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    m_description = new QLabel(header);
    m_description->setObjectName(QStringLiteral("hubPreviewDescription"));
    m_description->setAccessibleName(tr("Hub item description"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_description);

    auto *actions = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), header);
    m_versions = createNamedComboBox(header, QStringLiteral("hubVersionCombo"), tr("Version"));
    versionLabel->setBuddy(m_versions);
    auto *projectLabel = new QLabel(tr("&Project:"), header);
    m_projects = createNamedComboBox(header, QStringLiteral("hubProjectCombo"),
                                     tr("Project to import into"));
    projectLabel->setBuddy(m_projects);
    m_import = new QPushButton(tr("&Import to Project"), header);
    m_import->setObjectName(QStringLiteral("hubImportButton"));
    m_import->setAccessibleName(tr("Import to project"));
    m_import->setToolTip(tr("Store this version as a function of the chosen project (Enter)"));
    m_run = new QPushButton(tr("R&un Now"), header);
    m_run->setObjectName(QStringLiteral("hubRunButton"));
    m_run->setAccessibleName(tr("Run now"));
    m_run->setToolTip(tr("Open the run launcher for this version"));
    actions->addWidget(versionLabel);
    actions->addWidget(m_versions);
    actions->addSpacing(12);
    actions->addWidget(projectLabel);
    actions->addWidget(m_projects);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_run);
    layout->addLayout(actions);

    connect(m_versions, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            emit versionChosen(m_versions->itemData(index).toString());
    });
    connect(m_import, &QPushButton::clicked, this, &HubPreviewPane::importRequested);
    connect(m_run, &QPushButton::clicked, this, &HubPreviewPane::runRequested);
    return header;
}

QsciScintilla *HubPreviewPane::createEditor(const QString &objectName,
                                            const QString &accessibleName)
{
    auto *editor = new QsciScintilla(this);
    editor->setObjectName(objectName);
    editor->setAccessibleName(accessibleName);
    editor->setReadOnly(true);
    editor->setUtf8(true);
    editor->setMarginType(0, QsciScintilla::NumberMargin);
    editor->setMarginWidth(0, QStringLiteral("00000"));
    editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    return editor;
}

void HubPreviewPane::showHeader(const Models::HubItem &item, const QString &sourceName)
{
    m_title->setText(item.name);
    QStringList details{tr("Version %1").arg(item.version), tr("Kind %1").arg(item.kind),
                        tr("Source %1").arg(sourceName)};
    if (!item.categories.isEmpty())
        details << tr("Categories: %1").arg(item.categories.join(QStringLiteral(", ")));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_description->setText(item.description);
}

void HubPreviewPane::showItem(const Models::HubItem &item, const QString &sourceName,
                              const QStringList &versions)
{
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->clear();
        for (const QString &tag : versions)
            m_versions->addItem(tag, tag);
        m_versions->setCurrentIndex(std::max(0, int(versions.indexOf(item.tag))));
    }
    showVersion(item, sourceName);
}

void HubPreviewPane::showVersion(const Models::HubItem &item, const QString &sourceName)
{
    m_highlighter->cancel();
    showHeader(item, sourceName);
    const QString loading = tr("Loading…");
    m_readme->setPlainText(loading);
    m_sourceEditor->clear();
    showSourcePlain(QString(), loading);
    m_functionEditor->setText(loading);
    m_pages->setCurrentIndex(ItemPage);
}

void HubPreviewPane::showPreview(const HubPreview &preview)
{
    if (preview.readme.isEmpty())
        m_readme->setMarkdown(
            tr("*This item has no README.*\n\n%1").arg(m_description->text().toHtmlEscaped()));
    else if (preview.readmeIsHtml)
        m_readme->setHtml(preview.readme);
    else
        m_readme->setMarkdown(preview.readme);
    m_functionEditor->setText(preview.functionYaml.isEmpty()
                                  ? tr("# function.yaml is not available")
                                  : preview.functionYaml);
    showSource(preview.sourceName, preview.sourceText);
}

void HubPreviewPane::showSource(const QString &fileName, const QString &text)
{
    m_highlighter->cancel();
    if (text.isEmpty()) {
        showSourcePlain(QString(), tr("The source of this item is not available."));
        return;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QsciLexer *lexer = nullptr;
    if (suffix == QLatin1String("py"))
        lexer = m_pythonLexer;
    else if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        lexer = m_sourceYamlLexer;
    if (lexer) {
        m_sourceEditor->setLexer(lexer);
        m_sourceEditor->setText(text);
        m_sourceNote->hide();
        m_sourceStack->setCurrentWidget(m_sourceEditor);
        return;
    }
    m_pendingSource = text;
    showSourcePlain(text, tr("Highlighting %1…").arg(fileName));
    m_highlighter->highlight(fileName, text.toUtf8(), isDark(palette()));
}

void HubPreviewPane::showSourceHtml(const QString &html)
{
    m_sourceHtml->setHtml(html);
    m_sourceNote->hide();
    m_sourceStack->setCurrentWidget(m_sourceHtml);
}

void HubPreviewPane::showSourcePlain(const QString &text, const QString &note)
{
    m_sourceHtml->setPlainText(text);
    m_sourceNote->setText(note);
    m_sourceNote->setVisible(!note.isEmpty());
    m_sourceStack->setCurrentWidget(m_sourceHtml);
}

void HubPreviewPane::clear()
{
    m_highlighter->cancel();
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->clear();
    }
    m_readme->clear();
    m_sourceEditor->clear();
    m_sourceHtml->clear();
    m_functionEditor->clear();
    m_pages->setCurrentIndex(HintPage);
}

void HubPreviewPane::setProjects(const QStringList &projects)
{
    const QString chosen = project();
    m_projects->clear();
    m_projects->addItems(projects);
    const int keep = int(projects.indexOf(chosen.isEmpty() ? HubTasks::kDefaultProject : chosen));
    m_projects->setCurrentIndex(std::max(0, keep));
}

QString HubPreviewPane::project() const
{
    return m_projects->currentText();
}

QString HubPreviewPane::version() const
{
    return m_versions->currentData().toString();
}

void HubPreviewPane::setVersion(const QString &tag)
{
    const int index = m_versions->findData(tag);
    if (index >= 0)
        m_versions->setCurrentIndex(index);
}

void HubPreviewPane::setImporting(bool importing)
{
    m_import->setEnabled(!importing);
    m_run->setEnabled(!importing);
}

} // namespace Runbench::Ui

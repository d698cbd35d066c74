// SPDX-License-Identifier: Apache-2.0
#include "hubtasks.h"

#include "document/documentreader.h"
#include "spec/functionspec.h"
#include "store/store.h"

#include <QFileInfo>

namespace Runbench::Ui {

using namespace Models;

namespace {

const QString kFunctionAsset = QStringLiteral("function");
const QString kSourceAsset = QStringLiteral("source");
const QString kDocsAsset = QStringLiteral("docs");
const QString kReadme = QStringLiteral("src/README.md");
const QString kFunctionYaml = QStringLiteral("src/function.yaml");

QString shown(const QByteArray &bytes)
{
    if (bytes.size() <= HubTasks::kMaxShownBytes)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(HubTasks::kMaxShownBytes)) + QLatin1Char('\n') +
           HubTasks::tr("… (cut after %1 KiB)").arg(HubTasks::kMaxShownBytes / 1024);
}

// The code function.yaml embeds as base64 (jobs keep it in spec.build, nuclio functions in
// spec.base_spec.spec.build).
QByteArray embeddedCode(const FunctionSpec &spec)
{
    for (const char *path :
         {"spec.build.functionSourceCode", "spec.base_spec.spec.build.functionSourceCode"}) {
        const Node *code = spec.root().at(path);
        if (code && code->isString() && !code->text().empty())
            return QByteArray::fromBase64(QByteArray::fromStdString(code->text()));
    }
    return {};
}

} // namespace

HubTasks::HubTasks(QString storePath, QString cacheDir)
    : m_storePath(std::move(storePath))
    , m_cacheDir(std::move(cacheDir))
{}

Result<HubLibrary::Catalogs> HubTasks::refreshCatalogs(HubLibrary &library,
                                                       const std::function<bool()> &canceled)
{
    const auto refreshed = library.refresh({}, HubCancel(canceled));
    if (!refreshed)
        return refreshed.error();
    auto catalogs = library.catalogs();
    if (!catalogs)
        return catalogs;
    for (const HubRefreshResult &source : *refreshed) {
        if (source.outcome == HubRefreshResult::Outcome::Failed)
            catalogs->warnings.prepend(source.message);
    }
    return catalogs;
}

HubLoad HubTasks::load(bool refresh, const std::function<bool()> &canceled) const
{
    HubLoad result;
    auto store = Store::open(m_storePath);
    if (!store) {
        result.error = store.error().message;
        return result;
    }
    HubLibrary library(**store, m_cacheDir);
    auto catalogs = refresh ? refreshCatalogs(library, canceled) : library.catalogs();
    if (!catalogs) {
        result.error = catalogs.error().message;
        return result;
    }
    result.sources = std::move(catalogs->sources);
    result.warnings = std::move(catalogs->warnings);
    for (const LoadedHubSource &loaded : result.sources)
        result.warnings << loaded.catalog.warnings();
    if (canceled())
        return result;
    result.projects = projectNames(**store);
    return result;
}

HubPreview HubTasks::preview(const HubSource &source, const HubItem &item) const
{
    HubPreview result;
    auto store = Store::open(m_storePath);
    if (!store) {
        result.problems << store.error().message;
        return result;
    }
    HubLibrary library(**store, m_cacheDir);

    auto yaml = item.assets.contains(kFunctionAsset)
                    ? library.fetchAsset(source, item, kFunctionAsset)
                    : library.itemFile(source, item, kFunctionYaml);
    std::optional<FunctionSpec> spec;
    if (yaml) {
        auto parsed =
            FunctionSpec::parse(std::string_view(yaml->constData(), std::size_t(yaml->size())),
                                DocumentFormat::Yaml, item.dir);
        if (parsed)
            spec = std::move(*parsed);
        else
            result.problems << parsed.error().message;
        // Published credentials are never shown: the cleaned document replaces the file.
        result.functionYaml = spec && spec->droppedCredentials()
                                  ? QString::fromStdString(spec->toYaml())
                                  : shown(*yaml);
    } else {
        result.problems << yaml.error().message;
    }

    const QString sourcePath = item.assets.value(kSourceAsset);
    auto code = sourcePath.isEmpty()
                    ? Result<QByteArray>(Error(
                          tr("Item %1 version %2 lists no source file.").arg(item.dir, item.tag)))
                    : library.fetchAsset(source, item, kSourceAsset);
    if (code) {
        result.sourceName = QFileInfo(sourcePath).fileName();
        result.sourceText = shown(*code);
    } else if (const QByteArray embedded = spec ? embeddedCode(*spec) : QByteArray();
               !embedded.isEmpty()) {
        result.sourceName = item.spec.filename.isEmpty() ? item.dir + QStringLiteral(".py")
                                                         : QFileInfo(item.spec.filename).fileName();
        result.sourceText = shown(embedded);
    } else {
        result.problems << code.error().message;
    }

    const QString docsPath = item.assets.value(kDocsAsset);
    const bool docsIsMarkdown = docsPath.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    auto readme = docsIsMarkdown ? library.fetchAsset(source, item, kDocsAsset)
                                 : library.itemFile(source, item, kReadme);
    if (!readme && !docsPath.isEmpty() && !docsIsMarkdown) {
        readme = library.fetchAsset(source, item, kDocsAsset);
        result.readmeIsHtml = bool(readme);
    }
    if (readme)
        result.readme = shown(*readme);
    return result;
}

QStringList HubTasks::projects() const
{
    auto store = Store::open(m_storePath);
    return store ? projectNames(**store) : QStringList{kDefaultProject};
}

HubImportOutcome HubTasks::importItem(const HubResolution &resolution, const QString &project) const
{
    HubImportOutcome result;
    auto store = Store::open(m_storePath);
    if (!store) {
        result.error = store.error().message;
        return result;
    }
    HubLibrary library(**store, m_cacheDir);
    const auto imported = library.import(
        resolution, project, [&](const QString &name) { return ensureProject(**store, name); });
    if (!imported) {
        result.error = imported.error().message;
    } else {
        const FunctionVersion &version = imported->saved.version;
        result.project = version.project;
        result.name = version.name;
        result.hash = version.hash;
        result.origin = version.origin;
        result.created = imported->saved.created;
    }
    result.projects = projectNames(**store);
    return result;
}

QStringList HubTasks::projectNames(const Store &store)
{
    QStringList names;
    if (const auto projects = store.projects()) {
        for (const ProjectRecord &project : *projects)
            names << project.name;
    }
    if (!names.contains(kDefaultProject))
        names.prepend(kDefaultProject);
    return names;
}

Status HubTasks::ensureProject(Store &store, const QString &project)
{
    const auto existing = store.project(project);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    if (project != kDefaultProject)
        return Error(tr("There is no project named %1 to import into.").arg(project));
    ProjectRecord record;
    record.name = project;
    const auto created = store.createProject(record);
    return created ? Status() : Status(created.error());
}

} // namespace Runbench::Ui

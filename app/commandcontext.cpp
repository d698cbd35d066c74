// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"

#include "document/documentreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace Runbench::App {

using namespace Models;

namespace {} // namespace

CommandContext::CommandContext(const QCommandLineParser &parser, OutputFormat format,
                               QString dbPath)
    : m_parser(parser)
    , m_out(format)
    , m_dbPath(std::move(dbPath))
{}

Result<Store *> CommandContext::store()
{
    if (!m_store) {
        auto opened = Store::open(m_dbPath.isEmpty() ? Store::defaultPath() : m_dbPath);
        if (!opened)
            return opened.error();
        m_store = std::move(*opened);
    }
    return m_store.get();
}

Result<FunctionVersion> CommandContext::findStored(const FunctionRef &ref)
{
    auto s = store();
    if (!s)
        return s.error();
    QString project = ref.project;
    if (project.isEmpty()) {
        FunctionQuery query;
        query.name = ref.name;
        const auto found = (*s)->functions(query);
        if (!found)
            return found.error();
        QSet<QString> projects;
        for (const FunctionVersion &v : *found)
            projects.insert(v.project);
        if (projects.isEmpty())
            return Error{
                QStringLiteral("No function named '%1' is stored (and no such file exists).")
                    .arg(ref.name)};
        if (projects.size() > 1) {
            QStringList names = projects.values();
            names.sort();
            return Error{QStringLiteral("'%1' exists in several projects (%2); write PROJECT/%1.")
                             .arg(ref.name, names.join(QLatin1String(", ")))};
        }
        project = *projects.begin();
    }
    const auto version = (*s)->function(project, ref.name, ref.version());
    if (!version)
        return version.error();
    if (!*version) {
        FunctionRef full = ref;
        full.project = project;
        return Error{QStringLiteral("Function %1 not found.").arg(full.toString())};
    }
    return **version;
}

Result<CommandContext::LoadedFunction> CommandContext::loadFunction(const QString &fileOrRef)
{
    if (QFileInfo(fileOrRef).isFile()) {
        auto spec = FunctionSpec::load(fileOrRef);
        if (!spec)
            return spec.error();
        if (spec->droppedCredentials())
            Output::warning(
                QStringLiteral(
                    "%1: metadata.credentials was dropped; Runbench never keeps credentials.")
                    .arg(fileOrRef));
        return LoadedFunction{std::move(*spec), std::nullopt};
    }
    const auto ref = FunctionRef::parse(fileOrRef);
    if (!ref)
        return Error{
            QStringLiteral("'%1' is neither a file nor a function reference like project/name:tag.")
                .arg(fileOrRef)};
    auto version = findStored(*ref);
    if (!version)
        return version.error();
    const QByteArray &doc = version->document;
    auto spec = FunctionSpec::parse(std::string_view(doc.constData(), std::size_t(doc.size())),
                                    DocumentFormat::Json, ref->toString());
    if (!spec)
        return spec.error();
    spec->setTag(ref->hash.isEmpty() ? ref->version() : QString());
    return LoadedFunction{std::move(*spec), std::move(*version)};
}

Status CommandContext::ensureProject(const QString &name)
{
    auto s = store();
    if (!s)
        return s.error();
    const auto existing = (*s)->project(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    if (name != QLatin1String("default"))
        return Error{QStringLiteral(
                         "Project '%1' does not exist; create it with: runbench project create %1")
                         .arg(name)};
    ProjectRecord record;
    record.name = name;
    const auto created = (*s)->createProject(record);
    return created ? Status() : Status(created.error());
}

const QCommandLineOption &CommandContext::outputFileOption()
{
    static const QCommandLineOption option(QStringLiteral("output-file"),
                                           QStringLiteral("Write to this file instead of stdout."),
                                           QStringLiteral("PATH"));
    return option;
}

int CommandContext::writeDocument(const std::string &text) const
{
    const QString path = m_parser.value(outputFileOption());
    if (path.isEmpty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return fail(QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
    return 0;
}

int CommandContext::fail(const Error &error)
{
    Output::error(error.toString());
    return 1;
}

int CommandContext::fail(const QString &message)
{
    Output::error(message);
    return 1;
}

} // namespace Runbench::App

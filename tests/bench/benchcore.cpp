// SPDX-License-Identifier: Apache-2.0
// Foundation benchmarks: parse + validate + hash of a hub function, importing 1,000 versions,
// and `runbench function list` over a store of 10,000 versions.
#include "spec/functionhash.h"
#include "spec/functionimporter.h"
#include "spec/functionspec.h"
#include "spec/functionvalidator.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Runbench::Models;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The hub sample function.yaml of median size: "typical".
QString typicalHubFunction(const QString &shared)
{
    std::vector<std::pair<qint64, QString>> files;
    QDirIterator it(shared + QStringLiteral("/hub-sample"), {QStringLiteral("function.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.emplace_back(QFileInfo(path).size(), path);
    }
    std::sort(files.begin(), files.end());
    return files.empty() ? QString() : files[files.size() / 2].second;
}

bool benchParse(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    std::vector<double> times;
    std::size_t problems = 0;
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer t;
        t.start();
        auto spec =
            FunctionSpec::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                DocumentFormat::Yaml, file);
        if (!spec)
            return false;
        problems = FunctionValidator::validate(spec->root()).size();
        const auto hash = spec->hash();
        if (!hash)
            return false;
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("parse+validate+hash %s (%lld bytes, %zu problems): median %.3f ms, min %.3f ms "
                "over %zu runs "
                "(target < 1 ms)\n",
                qPrintable(QFileInfo(file).dir().path().section(QLatin1Char('/'), -3)),
                (long long)bytes.size(), problems, median(times),
                *std::min_element(times.begin(), times.end()), times.size());
    return true;
}

// Stores `count` versions of a hub function, each with its own description.
bool fillStore(Store &store, const FunctionSpec &base, int names, int versionsPerName,
               double *elapsedMs)
{
    FunctionImporter importer(store);
    auto ensure = [&](const QString &project) -> Status {
        const auto existing = store.project(project);
        if (existing && *existing)
            return {};
        ProjectRecord record;
        record.name = project;
        const auto created = store.createProject(record);
        return created ? Status() : Status(created.error());
    };
    QElapsedTimer t;
    t.start();
    for (int n = 0; n < names; ++n) {
        for (int v = 0; v < versionsPerName; ++v) {
            FunctionSpec spec = base;
            spec.setName(QStringLiteral("fn-%1").arg(n));
            spec.setDescription(QStringLiteral("version %1").arg(v));
            FunctionImporter::Request request;
            request.project = QStringLiteral("bench");
            const auto imported = importer.import(std::move(spec), request, ensure);
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
                return false;
            }
        }
    }
    *elapsedMs = t.nsecsElapsed() / 1e6;
    return true;
}

bool benchImport(const FunctionSpec &base, const QString &dir)
{
    auto store = Store::open(dir + QStringLiteral("/import.db"));
    if (!store)
        return false;
    double ms = 0;
    if (!fillStore(**store, base, 1000, 1, &ms))
        return false;
    std::printf("import 1,000 function versions (parse-free: hash + validate + store): %.0f ms "
                "total, %.2f ms each "
                "(target < 1000 ms)\n",
                ms, ms / 1000);
    return true;
}

bool benchList(const FunctionSpec &base, const QString &dir, const QString &runbench)
{
    const QString db = dir + QStringLiteral("/list.db");
    {
        auto store = Store::open(db);
        if (!store)
            return false;
        double ms = 0;
        if (!fillStore(**store, base, 2000, 5, &ms))
            return false;
    }
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--all")}}) {
        std::vector<double> times;
        qsizetype lines = 0;
        for (int i = 0; i < 7; ++i) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(runbench, QStringList{QStringLiteral("--db"), db, QStringLiteral("function"),
                                          QStringLiteral("list")} +
                                  extra);
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return false;
            times.push_back(t.nsecsElapsed() / 1e6);
            lines = p.readAllStandardOutput().count('\n');
        }
        std::printf("runbench function list %s on 10,000 versions (%lld rows): median %.1f ms wall "
                    "over %zu runs "
                    "(target < 100 ms)\n",
                    qPrintable(extra.join(QLatin1Char(' '))), (long long)lines - 1, median(times),
                    times.size());
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: runbench-bench RUNBENCH_BINARY SHARED_DIR\n");
        return 2;
    }
    const QString runbench = QString::fromLocal8Bit(argv[1]);
    const QString file = typicalHubFunction(QString::fromLocal8Bit(argv[2]));
    const auto base = FunctionSpec::load(file);
    QTemporaryDir dir;
    if (!base || !dir.isValid()) {
        std::fprintf(stderr, "no hub sample found under %s\n", argv[2]);
        return 1;
    }
    const bool ok = benchParse(file) && benchImport(*base, dir.path()) &&
                    benchList(*base, dir.path(), runbench);
    return ok ? 0 : 1;
}

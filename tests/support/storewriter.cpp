// SPDX-License-Identifier: Apache-2.0
// store-writer DB functions|runs N PREFIX: saves N function versions (or runs) named after PREFIX
// into project "shared" of the store DB, one transaction each, to test concurrent writers.
// store-writer DB count: lists every function version and prints how many there are.
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>

using namespace Runbench::Models;

namespace {

int fail(const Error &error)
{
    QTextStream(stderr) << error.toString() << Qt::endl;
    return 1;
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: store-writer DB functions|runs|count [N PREFIX]" << Qt::endl;
        return 2;
    }
    auto store = Store::open(args.at(1));
    if (!store.ok())
        return fail(store.error());
    const QString mode = args.at(2);
    if (mode == QLatin1String("count")) {
        FunctionQuery everything;
        everything.allVersions = true;
        auto listed = (*store)->functions(everything);
        if (!listed.ok())
            return fail(listed.error());
        QTextStream(stdout) << listed->size() << Qt::endl;
        return 0;
    }
    if (args.size() < 5)
        return 2;
    const int count = args.at(3).toInt();
    const QString prefix = args.at(4);
    const QString project = QStringLiteral("shared");
    ProjectRecord shared;
    shared.name = project;
    if (Status status = (*store)->saveProject(shared); !status.ok())
        return fail(status.error());
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        if (mode == QLatin1String("runs")) {
            RunRecordRow run;
            run.uid = name;
            run.project = project;
            run.state = QStringLiteral("completed");
            if (Status status = (*store)->saveRun(run); !status.ok())
                return fail(status.error());
            continue;
        }
        FunctionVersion version;
        version.project = project;
        version.name = prefix;
        version.hash = hashOf(name);
        version.kind = QStringLiteral("job");
        version.document = QByteArrayLiteral("{\"kind\": \"job\"}");
        auto saved = (*store)->saveFunctionVersion(version, QStringLiteral("latest"));
        if (!saved.ok())
            return fail(saved.error());
    }
    return 0;
}

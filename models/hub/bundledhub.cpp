// SPDX-License-Identifier: Apache-2.0
#include "bundledhub.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Runbench::Models {

Result<HubSource> BundledHub::source(const QString &cacheDir)
{
    const QString root = QStringLiteral(":/hub");
    QFile catalog(root + QStringLiteral("/functions/master/catalog.json"));
    if (!catalog.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate(
            "BundledHub", "The bundled hub is missing from this build of Runbench.")};
    const QString version = QString::fromLatin1(
        QCryptographicHash::hash(catalog.readAll(), QCryptographicHash::Sha1).toHex().left(12));
    const QString target = cacheDir + QStringLiteral("/bundled-") + version;
    const QString name = QString::fromLatin1(kSourceName);
    if (QFile::exists(target + QStringLiteral("/functions/master/catalog.json")))
        return HubSource(name, HubSource::Kind::Folder, target);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString out = target + path.mid(root.size());
        QFile in(path);
        QSaveFile file(out);
        if (!QDir().mkpath(QFileInfo(out).absolutePath()) || !in.open(QIODevice::ReadOnly) ||
            !file.open(QIODevice::WriteOnly) || file.write(in.readAll()) < 0 || !file.commit()) {
            return Error{QCoreApplication::translate("BundledHub",
                                                     "Cannot unpack the bundled hub into %1: %2.")
                             .arg(target, file.errorString())};
        }
    }
    return HubSource(name, HubSource::Kind::Folder, target);
}

} // namespace Runbench::Models

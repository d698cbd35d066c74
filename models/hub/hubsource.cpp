// SPDX-License-Identifier: Apache-2.0
#include "hubsource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Runbench::Models {

namespace {

// True for absolute paths (POSIX, UNC or drive letter) and paths with a ".." segment.
bool escapesRoot(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return true;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return true;
    const QStringList segments =
        path.split(QRegularExpression(QStringLiteral("[/\\\\]")), Qt::SkipEmptyParts);
    return segments.contains(QStringLiteral("..")) || segments.isEmpty();
}

} // namespace

HubSource::HubSource(QString name, Kind kind, QString location, QString channel)
    : m_name(std::move(name))
    , m_kind(kind)
    , m_location(std::move(location))
    , m_channel(channel.isEmpty() ? kDefaultChannel : std::move(channel))
{
    while (m_location.size() > 1 && m_location.endsWith(QLatin1Char('/')))
        m_location.chop(1);
}

HubSource HubSource::defaultSource()
{
    return HubSource(QStringLiteral("default"), Kind::Http, kDefaultUrl);
}

bool HubSource::isWebLocation(const QString &location)
{
    return location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

HubSource::Kind HubSource::detectKind(const QString &location)
{
    if (isWebLocation(location))
        return Kind::Http;
    // .git is a folder in a clone and a file in a worktree or submodule.
    if (QFileInfo::exists(location + QStringLiteral("/.git")))
        return Kind::GitCheckout;
    return Kind::Folder;
}

QString HubSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::GitCheckout:
        return QStringLiteral("git");
    case Kind::Folder:
        break;
    }
    return QStringLiteral("folder");
}

HubSource::Kind HubSource::kindFromName(const QString &name)
{
    if (name == QLatin1String("http"))
        return Kind::Http;
    if (name == QLatin1String("git"))
        return Kind::GitCheckout;
    return Kind::Folder;
}

QString HubSource::channelBase() const
{
    return m_location + QLatin1Char('/') + kObjectType + QLatin1Char('/') + m_channel;
}

QString HubSource::catalogUrl() const
{
    return channelBase() + QLatin1Char('/') + kCatalogFile;
}

QString HubSource::itemFileUrl(const QString &dir, const QString &version,
                               const QString &file) const
{
    return channelBase() + QLatin1Char('/') + dir + QLatin1Char('/') + version +
           QStringLiteral("/src/") + file;
}

QString HubSource::tagsUrl() const
{
    return channelBase() + QLatin1Char('/') + kTagsFile;
}

Result<QString> HubSource::versionFileUrl(const QString &dir, const QString &version,
                                          const QString &relative) const
{
    for (const QString &part : {dir, version}) {
        if (escapesRoot(part) || part.contains(QLatin1Char('/')) ||
            part.contains(QLatin1Char('\\')))
            return Error(tr("The hub source %1 refuses item %2 version %3: names must not be "
                            "paths.")
                             .arg(m_name, dir, version));
    }
    if (escapesRoot(relative))
        return Error(tr("The hub source %1 refuses the path %2 of item %3 version %4: the path "
                        "must stay inside the item's folder.")
                         .arg(m_name, relative, dir, version));
    return channelBase() + QLatin1Char('/') + dir + QLatin1Char('/') + version + QLatin1Char('/') +
           relative;
}

Status HubSource::requireLocal() const
{
    if (isLocal())
        return {};
    return Error(tr("The hub source %1 is on the web (%2); only local hub sources are read here.")
                     .arg(m_name, m_location));
}

Result<QByteArray> HubSource::readChannelFile(const QString &path, const QString &what) const
{
    if (Status local = requireLocal(); !local)
        return local.error();
    QFile file(path);
    if (!file.exists())
        return Error(tr("The hub source %1 has no %2 at %3.").arg(m_name, what, path), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Could not read the %1 of the hub source %2: %3.")
                         .arg(what, m_name, file.errorString()),
                     path);
    return file.readAll();
}

Result<QByteArray> HubSource::readCatalogBytes() const
{
    return readChannelFile(catalogUrl(), kCatalogFile);
}

Result<QByteArray> HubSource::readTagsBytes() const
{
    return readChannelFile(tagsUrl(), kTagsFile);
}

Result<HubCatalog> HubSource::readCatalog() const
{
    Result<QByteArray> bytes = readCatalogBytes();
    if (!bytes)
        return bytes.error();
    return HubCatalog::parse(std::string_view(bytes->constData(), std::size_t(bytes->size())),
                             catalogUrl());
}

Result<QByteArray> HubSource::readItemFile(const QString &dir, const QString &version,
                                           const QString &file) const
{
    if (escapesRoot(file))
        return Error(tr("The hub source %1 refuses the file %2 of item %3 version %4: the path "
                        "must stay inside the item's folder.")
                         .arg(m_name, file, dir, version));
    return readVersionFile(dir, version, QStringLiteral("src/") + file);
}

Result<QByteArray> HubSource::readAsset(const HubItem &item, const QString &asset) const
{
    const auto path = item.assets.constFind(asset);
    if (path == item.assets.cend())
        return Error(tr("Item %1 version %2 of the hub source %3 lists no asset %4.")
                         .arg(item.dir, item.tag, m_name, asset));
    return readVersionFile(item.dir, item.tag, *path);
}

Result<QByteArray> HubSource::readFunctionYaml(const HubItem &item) const
{
    return readItemFile(item.dir, item.tag, QStringLiteral("function.yaml"));
}

Result<QByteArray> HubSource::readVersionFile(const QString &dir, const QString &version,
                                              const QString &relative) const
{
    if (Status local = requireLocal(); !local)
        return local.error();
    const Result<QString> checked = versionFileUrl(dir, version, relative);
    if (!checked)
        return checked.error();
    const QString &path = *checked;
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(tr("The hub source %1 has no file %2 for item %3 version %4.")
                         .arg(m_name, relative, dir, version),
                     path);
    // A symbolic link must not lead out of the hub root either.
    const QString root = QFileInfo(m_location).canonicalFilePath();
    if (root.isEmpty() || !info.canonicalFilePath().startsWith(root + QLatin1Char('/')))
        return Error(tr("The hub source %1 refuses the file %2 of item %3 version %4: it lies "
                        "outside the hub folder.")
                         .arg(m_name, relative, dir, version),
                     path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Could not read %1 of item %2 version %3 from the hub source %4: %5.")
                         .arg(relative, dir, version, m_name, file.errorString()),
                     path);
    return file.readAll();
}

} // namespace Runbench::Models

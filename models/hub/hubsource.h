// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "hubcatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Runbench::Models {

// Where a hub lives (web site, local folder or git checkout) and how its files are addressed.
class HubSource
{
    Q_DECLARE_TR_FUNCTIONS(HubSource)

public:
    enum class Kind { Http, Folder, GitCheckout };

    static inline const QString kDefaultUrl = QStringLiteral("https://mlrun.github.io/marketplace");
    static inline const QString kDefaultChannel = QStringLiteral("master");
    static inline const QString kObjectType = QStringLiteral("functions");
    static inline const QString kCatalogFile = QStringLiteral("catalog.json");
    static inline const QString kTagsFile = QStringLiteral("tags.json");

    // location is a URL for Http and a folder (the hub root) for Folder and GitCheckout.
    HubSource(QString name, Kind kind, QString location, QString channel = kDefaultChannel);
    // MLRun's default source: "default", https://mlrun.github.io/marketplace, channel master.
    static HubSource defaultSource();
    // Http for http(s) URLs, GitCheckout for a folder with a .git entry, else Folder.
    static Kind detectKind(const QString &location);
    static bool isWebLocation(const QString &location);
    // "http", "folder", "git" and back (unknown names are Folder).
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    const QString &name() const { return m_name; }
    Kind kind() const { return m_kind; }
    const QString &location() const { return m_location; }
    const QString &channel() const { return m_channel; }
    const QString &objectType() const { return kObjectType; }
    bool isLocal() const { return m_kind != Kind::Http; }

    // {location}/functions/{channel}/catalog.json (a URL, or a path for local sources).
    QString catalogUrl() const;
    // {location}/functions/{channel}/{dir}/{version}/src/{file}.
    QString itemFileUrl(const QString &dir, const QString &version, const QString &file) const;
    // {location}/functions/{channel}/tags.json.
    QString tagsUrl() const;
    // {location}/functions/{channel}/{dir}/{version}/{relative}, after checking that the names
    // are no paths and that relative stays inside the version folder (no "..", not absolute);
    // the Error names the source and the item.
    Result<QString> versionFileUrl(const QString &dir, const QString &version,
                                   const QString &relative) const;

    // Local sources only: read and parse the catalog.
    Result<QByteArray> readCatalogBytes() const;
    Result<HubCatalog> readCatalog() const;
    // Local sources only: a file of an item's src folder. Relative paths that climb out ("..")
    // and absolute paths are refused; nothing outside the hub root is read.
    Result<QByteArray> readItemFile(const QString &dir, const QString &version,
                                    const QString &file) const;
    // Local sources only: an asset of a catalog entry, e.g. "function" -> src/function.yaml.
    Result<QByteArray> readAsset(const HubItem &item, const QString &asset) const;
    // Local sources only: the src/function.yaml of an entry.
    Result<QByteArray> readFunctionYaml(const HubItem &item) const;
    // Local sources only: tags.json of the channel.
    Result<QByteArray> readTagsBytes() const;
    // Local sources only: checks a path below an item's version folder and reads it.
    Result<QByteArray> readVersionFile(const QString &dir, const QString &version,
                                       const QString &relative) const;

private:
    QString channelBase() const;
    Status requireLocal() const;
    Result<QByteArray> readChannelFile(const QString &path, const QString &what) const;

    QString m_name;
    Kind m_kind;
    QString m_location;
    QString m_channel;
};

} // namespace Runbench::Models

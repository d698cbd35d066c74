// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"
#include "document/node.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Runbench::Models {

// The part of a hub entry that says how to build the function.
struct HubItemSpec
{
    QString filename;
    QString handler;
    QString image;
    QStringList requirements; // always a list, whatever shape the catalog used
};

// One version (or the "latest" tag) of one function as a hub channel catalog lists it.
class HubItem
{
    Q_DECLARE_TR_FUNCTIONS(HubItem)

public:
    static inline const QString kLatest = QStringLiteral("latest");

    // Builds the item from a catalog entry; an entry of the wrong shape is an Error naming the
    // source, the folder and the version key.
    static Result<HubItem> fromEntry(const Node &entry, const QString &dir, const QString &tag,
                                     const QString &source);

    // MLRun's normalize_name: "_" becomes "-", lower case.
    static QString normalizeName(const QString &name);
    // The folder of a hub item: the normalized name with "-" back to "_".
    static QString dirName(const QString &name);
    // The kind the exported function.yaml carries for a catalog kind ("nuclio:serving" is
    // "remote").
    static QString functionKindFor(const QString &catalogKind);
    // Requirements as a list from a list, null or a string of names separated by whitespace or
    // commas; nullopt when the node is of another shape.
    static std::optional<QStringList> requirementsFrom(const Node &node);
    // Orders versions newest first: numeric parts, then a release before its pre-releases.
    static bool versionGreater(const QString &a, const QString &b);

    QString dir;         // folder name, always underscores
    QString name;        // normalized name
    QString catalogName; // the name as the entry spells it
    QString tag;         // the catalog key: "latest" or the version
    QString version;     // the entry's version field
    QString description;
    QStringList categories;
    QString kind;         // as the catalog says, e.g. "nuclio:serving"
    QString functionKind; // as function.yaml says, e.g. "remote"
    QMap<QString, QString> labels;
    QString icon;
    bool hidden = false;
    QString mlrunVersion;
    HubItemSpec spec;
    QMap<QString, QString> assets; // asset key -> path relative to the version folder
};

} // namespace Runbench::Models

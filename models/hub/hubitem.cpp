// SPDX-License-Identifier: Apache-2.0
#include "hubitem.h"

#include <QRegularExpression>
#include <QVersionNumber>

namespace Runbench::Models {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// Error for an entry field of the wrong shape.
Error shapeError(const QString &source, const QString &dir, const QString &tag,
                 const QString &field, const QString &expected)
{
    return Error(QCoreApplication::translate(
                     "HubItem", "The hub catalog %1 has item %2 version %3 whose %4 is not %5.")
                     .arg(source, dir, tag, field, expected),
                 source);
}

// Compares text with runs of digits taken as numbers, so "rc13" comes after "rc2".
int naturalCompare(const QString &a, const QString &b)
{
    static const QRegularExpression chunks(QStringLiteral("\\d+|\\D+"));
    auto itA = chunks.globalMatch(a);
    auto itB = chunks.globalMatch(b);
    while (itA.hasNext() && itB.hasNext()) {
        const QString chunkA = itA.next().captured();
        const QString chunkB = itB.next().captured();
        bool numberA = false;
        bool numberB = false;
        const qulonglong valueA = chunkA.toULongLong(&numberA);
        const qulonglong valueB = chunkB.toULongLong(&numberB);
        if (numberA && numberB) {
            if (valueA != valueB)
                return valueA < valueB ? -1 : 1;
        } else if (const int order = chunkA.compare(chunkB); order != 0) {
            return order;
        }
    }
    return int(itA.hasNext()) - int(itB.hasNext());
}

} // namespace

QString HubItem::normalizeName(const QString &name)
{
    QString normalized = name.trimmed().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    return normalized;
}

QString HubItem::dirName(const QString &name)
{
    QString dir = normalizeName(name);
    dir.replace(QLatin1Char('-'), QLatin1Char('_'));
    return dir;
}

QString HubItem::functionKindFor(const QString &catalogKind)
{
    if (catalogKind == QLatin1String("nuclio") || catalogKind.startsWith(QLatin1String("nuclio:")))
        return QStringLiteral("remote");
    return catalogKind.isEmpty() ? QStringLiteral("job") : catalogKind;
}

std::optional<QStringList> HubItem::requirementsFrom(const Node &node)
{
    if (node.isNull())
        return QStringList();
    if (node.isString()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        return qs(node.text()).split(separators, Qt::SkipEmptyParts);
    }
    if (!node.isSequence())
        return std::nullopt;
    QStringList requirements;
    for (const Node &item : node.items()) {
        if (!item.isScalar() || item.isNull())
            return std::nullopt;
        const QString text = qs(item.displayText()).trimmed();
        if (!text.isEmpty())
            requirements << text;
    }
    return requirements;
}

bool HubItem::versionGreater(const QString &a, const QString &b)
{
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const QVersionNumber numberA = QVersionNumber::fromString(a, &suffixA);
    const QVersionNumber numberB = QVersionNumber::fromString(b, &suffixB);
    if (const int order = QVersionNumber::compare(numberA, numberB); order != 0)
        return order > 0;
    const QString restA = a.mid(suffixA);
    const QString restB = b.mid(suffixB);
    if (restA.isEmpty() != restB.isEmpty())
        return restA.isEmpty(); // 1.5.0 is newer than 1.5.0-rc13
    return naturalCompare(restA, restB) > 0;
}

Result<HubItem> HubItem::fromEntry(const Node &entry, const QString &dir, const QString &tag,
                                   const QString &source)
{
    if (!entry.isMapping())
        return shapeError(source, dir, tag, QStringLiteral("entry"), QStringLiteral("an object"));

    HubItem item;
    item.dir = dir;
    item.tag = tag;

    // Optional text fields: absent or null is empty, numbers keep their spelling.
    auto text = [&](const Node *parent, std::string_view key, QString &out) -> Status {
        const Node *node = parent ? parent->get(key) : nullptr;
        if (!node || node->isNull())
            return {};
        if (!node->isScalar())
            return shapeError(source, dir, tag, QString::fromUtf8(key.data(), key.size()),
                              QStringLiteral("text"));
        out = qs(node->displayText());
        return {};
    };
    auto map = [&](std::string_view key, QMap<QString, QString> &out) -> Status {
        const Node *node = entry.get(key);
        if (!node || node->isNull())
            return {};
        if (!node->isMapping())
            return shapeError(source, dir, tag, QString::fromUtf8(key.data(), key.size()),
                              QStringLiteral("an object"));
        for (const Node::Member &member : node->members()) {
            if (!member.value.isScalar())
                return shapeError(source, dir, tag, QString::fromUtf8(key.data(), key.size()),
                                  QStringLiteral("an object of text values"));
            out.insert(qs(member.key.displayText()), qs(member.value.displayText()));
        }
        return {};
    };

    const Node *spec = entry.get("spec");
    if (spec && !spec->isNull() && !spec->isMapping())
        return shapeError(source, dir, tag, QStringLiteral("spec"), QStringLiteral("an object"));
    if (spec && spec->isNull())
        spec = nullptr;

    for (const Status &status :
         {text(&entry, "name", item.catalogName), text(&entry, "version", item.version),
          text(&entry, "description", item.description), text(&entry, "icon", item.icon),
          text(&entry, "mlrunVersion", item.mlrunVersion), text(spec, "kind", item.kind),
          text(spec, "filename", item.spec.filename), text(spec, "handler", item.spec.handler),
          text(spec, "image", item.spec.image), map("labels", item.labels),
          map("assets", item.assets)}) {
        if (!status)
            return status.error();
    }

    if (const Node *categories = entry.get("categories"); categories && !categories->isNull()) {
        if (!categories->isSequence())
            return shapeError(source, dir, tag, QStringLiteral("categories"),
                              QStringLiteral("a list"));
        for (const Node &category : categories->items()) {
            if (!category.isScalar() || category.isNull())
                return shapeError(source, dir, tag, QStringLiteral("categories"),
                                  QStringLiteral("a list of text"));
            item.categories << qs(category.displayText());
        }
    }
    if (const Node *hidden = entry.get("hidden"); hidden && !hidden->isNull()) {
        if (hidden->type() != Node::Type::Bool)
            return shapeError(source, dir, tag, QStringLiteral("hidden"),
                              QStringLiteral("true or false"));
        item.hidden = hidden->boolValue();
    }
    if (const Node *requirements = spec ? spec->get("requirements") : nullptr) {
        std::optional<QStringList> list = requirementsFrom(*requirements);
        if (!list)
            return shapeError(source, dir, tag, QStringLiteral("spec.requirements"),
                              QStringLiteral("a list, text or empty"));
        item.spec.requirements = *list;
    }

    item.name = normalizeName(item.catalogName.isEmpty() ? dir : item.catalogName);
    if (item.version.isEmpty() && tag != kLatest)
        item.version = tag;
    item.functionKind = functionKindFor(item.kind);
    return item;
}

} // namespace Runbench::Models

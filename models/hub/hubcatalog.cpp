// SPDX-License-Identifier: Apache-2.0
#include "hubcatalog.h"

#include "document/documentreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Runbench::Models {

namespace {

Node toNode(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Node::boolean(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return Node::integer(std::int64_t(number));
        return Node::real(number);
    }
    case QJsonValue::String:
        return Node::string(value.toString().toStdString());
    case QJsonValue::Array: {
        Node list = Node::sequence();
        const QJsonArray array = value.toArray();
        list.items().reserve(std::size_t(array.size()));
        for (const QJsonValue &item : array)
            list.items().push_back(toNode(item));
        return list;
    }
    case QJsonValue::Object: {
        Node map = Node::mapping();
        const QJsonObject object = value.toObject();
        map.members().reserve(std::size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            map.members().push_back({Node::string(it.key().toStdString()), toNode(it.value())});
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Node::null();
}

// The catalog as a Node tree. Qt's JSON parser is many times faster than the general reader on
// catalogs of thousands of versions; it orders keys by name, which the catalog never relies on.
// Only when it refuses the bytes does the general reader run, for its exact error position.
Result<Node> readCatalog(std::string_view bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return toNode(document.object());
    return DocumentReader::read(bytes, DocumentFormat::Json, source);
}

} // namespace

Result<HubCatalog> HubCatalog::parse(std::string_view bytes, const QString &source)
{
    Result<Node> root = readCatalog(bytes, source);
    if (!root)
        return root.error();
    if (!root->isMapping())
        return Error(tr("The hub catalog %1 is not a JSON object of functions.").arg(source),
                     source);

    HubCatalog catalog;
    catalog.m_source = source;
    for (const Node::Member &function : root->members()) {
        const QString dir = QString::fromStdString(function.key.displayText());
        if (!function.value.isMapping()) {
            catalog.m_warnings << tr("Skipped item %1 of the hub catalog %2: it is not an object "
                                     "of versions.")
                                      .arg(dir, source);
            continue;
        }
        std::vector<HubItem> versions;
        bool hiddenLatest = false;
        for (const Node::Member &version : function.value.members()) {
            const QString tag = QString::fromStdString(version.key.displayText());
            Result<HubItem> item = HubItem::fromEntry(version.value, dir, tag, source);
            if (!item) {
                catalog.m_warnings << item.error().message;
                continue;
            }
            if (tag == HubItem::kLatest && item->hidden)
                hiddenLatest = true;
            if (!item->hidden)
                versions.push_back(std::move(*item));
        }
        if (hiddenLatest)
            continue;
        for (HubItem &item : versions)
            catalog.m_items.push_back(std::move(item));
    }

    catalog.m_haystacks.reserve(catalog.m_items.size());
    for (const HubItem &item : catalog.m_items) {
        catalog.m_haystacks.push_back(QStringList{item.name, item.dir, item.description,
                                                  item.categories.join(QLatin1Char('\n'))}
                                          .join(QLatin1Char('\n'))
                                          .toLower());
    }
    return catalog;
}

QStringList HubCatalog::names() const
{
    QSet<QString> names;
    for (const HubItem &item : m_items)
        names.insert(item.name);
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

QStringList HubCatalog::categories() const
{
    QSet<QString> categories;
    for (const HubItem &item : m_items) {
        for (const QString &category : item.categories)
            categories.insert(category);
    }
    QStringList sorted(categories.begin(), categories.end());
    sorted.sort();
    return sorted;
}

QStringList HubCatalog::kinds() const
{
    QSet<QString> kinds;
    for (const HubItem &item : m_items)
        kinds.insert(item.kind);
    QStringList sorted(kinds.begin(), kinds.end());
    sorted.sort();
    return sorted;
}

QList<const HubItem *> HubCatalog::search(const QString &text, const QString &category,
                                          const QString &kind) const
{
    const QString needle = text.trimmed().toLower();
    QList<const HubItem *> found;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const HubItem &item = m_items[i];
        if (!kind.isEmpty() && item.kind.compare(kind, Qt::CaseInsensitive) != 0 &&
            item.functionKind.compare(kind, Qt::CaseInsensitive) != 0)
            continue;
        if (!category.isEmpty() && !item.categories.contains(category, Qt::CaseInsensitive))
            continue;
        if (!needle.isEmpty() && !m_haystacks[i].contains(needle))
            continue;
        found << &item;
    }
    return found;
}

bool HubCatalog::matchesName(const HubItem &item, const QString &name)
{
    return item.name == HubItem::normalizeName(name) || item.dir == HubItem::dirName(name);
}

QStringList HubCatalog::versions(const QString &name) const
{
    QStringList tags;
    bool hasLatest = false;
    for (const HubItem &item : m_items) {
        if (!matchesName(item, name))
            continue;
        if (item.tag == HubItem::kLatest)
            hasLatest = true;
        else
            tags << item.tag;
    }
    std::sort(tags.begin(), tags.end(), &HubItem::versionGreater);
    if (hasLatest)
        tags.prepend(HubItem::kLatest);
    return tags;
}

const HubItem *HubCatalog::find(const QString &name, const QString &tag) const
{
    for (const HubItem &item : m_items) {
        if (item.tag == tag && matchesName(item, name))
            return &item;
    }
    return nullptr;
}

} // namespace Runbench::Models

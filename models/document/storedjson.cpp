// SPDX-License-Identifier: Apache-2.0
#include "storedjson.h"

#include "documentreader.h"
#include "documentwriter.h"

namespace Runbench::Models {

namespace {

// The same tree with every date key turned into a string key of the same text.
Node withTextKeys(const Node &node)
{
    Node copy = node;
    if (copy.isMapping()) {
        for (auto &member : copy.members()) {
            if (member.key.type() == Node::Type::Timestamp)
                member.key = Node::string(member.key.text());
            member.value = withTextKeys(member.value);
        }
    } else if (copy.isSequence()) {
        for (auto &item : copy.items())
            item = withTextKeys(item);
    }
    return copy;
}

} // namespace

QByteArray StoredJson::write(const Node &node)
{
    const JsonStyle compact{false, -1, false};
    if (const auto json = DocumentWriter::toJson(node, compact))
        return QByteArray::fromStdString(*json);
    return QByteArray::fromStdString(DocumentWriter::toJson(withTextKeys(node), compact).value());
}

Node StoredJson::read(const QByteArray &json)
{
    if (json.isEmpty())
        return Node::mapping();
    auto node = DocumentReader::read(std::string_view(json.constData(), std::size_t(json.size())),
                                     DocumentFormat::Json, QString());
    return node ? *node : Node::mapping();
}

} // namespace Runbench::Models

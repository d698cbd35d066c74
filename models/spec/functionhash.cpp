// SPDX-License-Identifier: Apache-2.0
#include "functionhash.h"

#include "document/documentwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Runbench::Models {

Result<std::string> FunctionHash::canonicalJson(const Node &function)
{
    if (!function.isMapping())
        return Error{QCoreApplication::translate("FunctionHash",
                                                 "A function must be a mapping to be hashed.")};
    Node copy = function;
    Node &metadata = copy.insert("metadata");
    if (!metadata.isMapping()) {
        if (!metadata.isNull())
            return Error{
                QCoreApplication::translate("FunctionHash", "metadata must be a mapping.")};
        metadata = Node::mapping();
    }
    metadata.insert("tag") = Node::string({});
    metadata.insert("hash") = Node::string({});
    metadata.insert("updated") = Node::null();
    metadata.remove("created");
    copy.insert("status") = Node::null();
    return DocumentWriter::toJson(copy, JsonStyle{true, -1, true});
}

Result<QString> FunctionHash::compute(const Node &function)
{
    const auto json = canonicalJson(function);
    if (!json)
        return json.error();
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(json->data(), qsizetype(json->size())), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex());
}

} // namespace Runbench::Models

// SPDX-License-Identifier: Apache-2.0
#include "testjson.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

namespace TestJson {

using namespace Runbench::Models;

Node parse(std::string_view text)
{
    return DocumentReader::read(text, DocumentFormat::Json, QString()).value();
}

Node parseBytes(const QByteArray &text)
{
    return parse(std::string_view(text.constData(), std::size_t(text.size())));
}

QString text(const Node &node)
{
    return QString::fromStdString(DocumentWriter::toJson(node).value());
}

} // namespace TestJson

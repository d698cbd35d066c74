// SPDX-License-Identifier: Apache-2.0
#include "documentreader.h"

#include "longscalarshortcut.h"
#include "textcheck.h"
#include "treebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <optional>
#include <sstream>

namespace Runbench::Models {

namespace {

// JSON writes characters above U+FFFF as surrogate-pair escapes ("\ud83d\ude00"), which YAML's
// parser rejects; rewrite each pair as YAML's single 8-digit escape.
std::string joinSurrogateEscapes(std::string_view json)
{
    std::string out;
    out.reserve(json.size());
    auto hexAt = [&](std::size_t pos) -> std::optional<unsigned> {
        if (pos + 6 > json.size() || json[pos] != '\\' || json[pos + 1] != 'u')
            return std::nullopt;
        unsigned v = 0;
        for (std::size_t k = pos + 2; k < pos + 6; ++k) {
            const char c = json[k];
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return std::nullopt;
            v = v * 16 + unsigned(std::isdigit(static_cast<unsigned char>(c))
                                      ? c - '0'
                                      : (c | 0x20) - 'a' + 10);
        }
        return v;
    };
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] != '\\') {
            out += json[i];
            continue;
        }
        const auto high = hexAt(i);
        const auto low = high ? hexAt(i + 6) : std::nullopt;
        if (high && *high >= 0xD800 && *high <= 0xDBFF && low && *low >= 0xDC00 && *low <= 0xDFFF) {
            const unsigned cp = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
            char buf[11];
            std::snprintf(buf, sizeof buf, "\\U%08X", cp);
            out += buf;
            i += 11;
        } else if (i + 1 < json.size()) {
            out += json[i];
            out += json[++i];
        } else {
            out += json[i];
        }
    }
    return out;
}

// YAML's parser is more lenient than JSON (trailing commas, comments, bare words), so JSON is
// checked by Qt's strict parser first. Python's NaN/Infinity extensions are not standard JSON;
// text that mentions them is left to the lenient path, which understands them.
std::optional<Error> strictJsonError(std::string_view bytes, const QString &source)
{
    if (bytes.find("NaN") != std::string_view::npos ||
        bytes.find("Infinity") != std::string_view::npos)
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())),
                            &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return std::nullopt;
    int line = 1, column = 1;
    for (qsizetype i = 0; i < parseError.offset && i < qsizetype(bytes.size()); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Error{DocumentReader::tr("Malformed JSON: %1.").arg(parseError.errorString()), source,
                 line, column};
}

} // namespace

Result<Node> DocumentReader::read(std::string_view bytes, DocumentFormat format,
                                  const QString &source, const ReadLimits &limits)
{
    if (qint64(bytes.size()) > limits.maxBytes) {
        return Error{
            DocumentReader::tr("The file is %1 MB; documents larger than %2 MB are not read.")
                .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(limits.maxBytes / (1024 * 1024)),
            source};
    }
    if (const auto bad = TextCheck::findUnreadable(bytes)) {
        return Error{bad->message, source, bad->line, bad->column};
    }
    if (format == DocumentFormat::Json) {
        if (auto error = strictJsonError(bytes, source))
            return *error;
    }
    std::vector<std::string> longScalars;
    const std::string text = format == DocumentFormat::Json
                                 ? joinSurrogateEscapes(bytes)
                                 : LongScalarShortcut::apply(bytes, longScalars);
    std::istringstream stream(text);
    TreeBuilder builder(format, source, limits, longScalars);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const TreeBuilder::Stop &) {
        return *builder.error();
    } catch (const YAML::Exception &e) {
        const QString kind = format == DocumentFormat::Json ? DocumentReader::tr("Malformed JSON")
                                                            : DocumentReader::tr("Malformed YAML");
        return Error{kind + QStringLiteral(": ") + QString::fromStdString(e.msg) + QLatin1Char('.'),
                     source, e.mark.line + 1, e.mark.column + 1};
    }
    Node root = builder.takeRoot();
    return root;
}

DocumentFormat DocumentReader::guessFormat(const QString &path, std::string_view bytes)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return DocumentFormat::Json;
    if (path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
        return DocumentFormat::Yaml;
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{' ? DocumentFormat::Json
                                                                  : DocumentFormat::Yaml;
}

Result<Node> DocumentReader::readFile(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    const QString &name = path;
    if (!file.open(QIODevice::ReadOnly))
        return Error{DocumentReader::tr("Cannot open the file: %1.").arg(file.errorString()), name};
    if (file.size() > limits.maxBytes) {
        return Error{
            DocumentReader::tr("The file is %1 MB; documents larger than %2 MB are not read.")
                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(limits.maxBytes / (1024 * 1024)),
            name};
    }
    const QByteArray data = file.readAll();
    const std::string_view bytes(data.constData(), std::size_t(data.size()));
    return read(bytes, guessFormat(path, bytes), name, limits);
}

} // namespace Runbench::Models

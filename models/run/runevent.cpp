// SPDX-License-Identifier: Apache-2.0
#include "runevent.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <array>
#include <charconv>
#include <utility>

namespace Runbench::Models {

namespace {

constexpr std::array<std::pair<RunEvent::Type, std::string_view>, 7> eventNames{{
    {RunEvent::Type::Started, "started"},
    {RunEvent::Type::Result, "result"},
    {RunEvent::Type::Artifact, "artifact"},
    {RunEvent::Type::Label, "label"},
    {RunEvent::Type::StopCondition, "stop_condition"},
    {RunEvent::Type::Error, "error"},
    {RunEvent::Type::End, "end"},
}};

std::optional<RunEvent::Type> typeFromName(std::string_view name)
{
    for (const auto &[type, text] : eventNames) {
        if (text == name)
            return type;
    }
    return std::nullopt;
}

std::string_view nameOf(RunEvent::Type type)
{
    for (const auto &[candidate, text] : eventNames) {
        if (candidate == type)
            return text;
    }
    return {};
}

std::optional<QString> stringField(const Node &object, std::string_view key)
{
    const Node *value = object.get(key);
    if (!value || !value->isString())
        return std::nullopt;
    return QString::fromStdString(value->text());
}

std::optional<qint64> integerField(const Node &object, std::string_view key)
{
    const Node *value = object.get(key);
    if (!value || value->type() != Node::Type::Int)
        return std::nullopt;
    const std::string &text = value->text();
    qint64 number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

Node stringNode(const QString &text)
{
    return Node::string(text.toStdString());
}

// Fills the fields of one event type; false when a required field is missing or mistyped.
bool readFields(const Node &object, RunEvent &event)
{
    switch (event.type) {
    case RunEvent::Type::Started: {
        const auto pid = integerField(object, "pid");
        if (!pid)
            return false;
        event.pid = *pid;
        return true;
    }
    case RunEvent::Type::Result: {
        const auto key = stringField(object, "key");
        const Node *value = object.get("value");
        if (!key || !value)
            return false;
        event.key = *key;
        event.value = *value;
        return true;
    }
    case RunEvent::Type::Artifact: {
        const auto key = stringField(object, "key");
        const auto path = stringField(object, "path");
        if (!key || !path)
            return false;
        event.key = *key;
        event.path = *path;
        event.kind = stringField(object, "kind").value_or(QString());
        event.size = integerField(object, "size").value_or(-1);
        event.hash = stringField(object, "hash").value_or(QString());
        return true;
    }
    case RunEvent::Type::Label: {
        const auto key = stringField(object, "key");
        const Node *value = object.get("value");
        if (!key || !value || !value->isString())
            return false;
        event.key = *key;
        event.value = *value;
        return true;
    }
    case RunEvent::Type::StopCondition: {
        const Node *met = object.get("met");
        if (!met || met->type() != Node::Type::Bool)
            return false;
        event.met = met->boolValue();
        return true;
    }
    case RunEvent::Type::Error: {
        const auto message = stringField(object, "message");
        if (!message)
            return false;
        event.message = *message;
        if (const Node *traceback = object.get("traceback"); traceback && !traceback->isNull()) {
            if (!traceback->isSequence())
                return false;
            for (const Node &line : traceback->items()) {
                if (!line.isString())
                    return false;
                event.traceback.append(QString::fromStdString(line.text()));
            }
        }
        return true;
    }
    case RunEvent::Type::End: {
        const auto state = stringField(object, "state");
        if (!state)
            return false;
        event.state = *state;
        event.message = stringField(object, "message").value_or(QString());
        if (const auto code = integerField(object, "exit_code"))
            event.exitCode = int(*code);
        return true;
    }
    }
    return false;
}

} // namespace

std::optional<RunEvent> RunEvent::parse(std::string_view line)
{
    // Most lines are the user's log: compare the first bytes and leave.
    if (!line.starts_with(kMarker))
        return std::nullopt;
    line.remove_prefix(kMarker.size());
    if (line.ends_with('\r'))
        line.remove_suffix(1);
    // Only an object can be an event; this also keeps the JSON reader off stray text.
    if (!line.starts_with('{'))
        return std::nullopt;
    const auto document = DocumentReader::read(line, DocumentFormat::Json, QString());
    if (!document || !document->isMapping())
        return std::nullopt;
    const Node *name = document->get("event");
    if (!name || !name->isString())
        return std::nullopt;
    const auto type = typeFromName(name->text());
    if (!type)
        return std::nullopt;
    RunEvent event;
    event.type = *type;
    if (!readFields(*document, event))
        return std::nullopt;
    return event;
}

std::string RunEvent::toLine() const
{
    Node object = Node::mapping();
    object.insert("event") = Node::string(std::string(nameOf(type)));
    switch (type) {
    case Type::Started:
        object.insert("pid") = Node::integer(pid);
        break;
    case Type::Result:
        object.insert("key") = stringNode(key);
        object.insert("value") = value;
        break;
    case Type::Artifact:
        object.insert("key") = stringNode(key);
        object.insert("path") = stringNode(path);
        object.insert("kind") = stringNode(kind);
        if (size >= 0)
            object.insert("size") = Node::integer(size);
        object.insert("hash") = stringNode(hash);
        break;
    case Type::Label:
        object.insert("key") = stringNode(key);
        object.insert("value") = value.isString() ? value : Node::string(value.displayText());
        break;
    case Type::StopCondition:
        object.insert("met") = Node::boolean(met);
        break;
    case Type::Error: {
        object.insert("message") = stringNode(message);
        Node &lines = object.insert("traceback");
        lines = Node::sequence();
        for (const QString &text : traceback)
            lines.items().push_back(stringNode(text));
        break;
    }
    case Type::End:
        object.insert("state") = stringNode(state);
        object.insert("exit_code") = exitCode ? Node::integer(*exitCode) : Node::null();
        if (!message.isEmpty())
            object.insert("message") = stringNode(message);
        break;
    }
    // Without sorted keys the writer cannot fail.
    const auto json = DocumentWriter::toJson(object);
    return json ? std::string(kMarker) + *json : std::string();
}

} // namespace Runbench::Models

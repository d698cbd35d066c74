// SPDX-License-Identifier: Apache-2.0
#include "functionspec.h"

#include "document/documentwriter.h"
#include "functionhash.h"

#include <QCoreApplication>

namespace Runbench::Models {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

} // namespace

const QStringList &FunctionSpec::kinds()
{
    static const QStringList all = {
        QStringLiteral("job"),          QStringLiteral("local"),       QStringLiteral("handler"),
        QStringLiteral("dask"),         QStringLiteral("mpijob"),      QStringLiteral("spark"),
        QStringLiteral("remote-spark"), QStringLiteral("nuclio"),      QStringLiteral("remote"),
        QStringLiteral("serving"),      QStringLiteral("application"), QStringLiteral("databricks"),
    };
    return all;
}

Result<FunctionSpec> FunctionSpec::fromNode(Node root, const QString &source)
{
    if (root.isNull())
        return Error{FunctionSpec::tr("The file is empty; expected an MLRun function object."),
                     source};
    if (!root.isMapping())
        return Error{
            FunctionSpec::tr("An MLRun function must be a mapping with kind, metadata and spec."),
            source};
    for (const char *section : {"metadata", "spec", "status"}) {
        const Node *node = root.get(section);
        if (node && !node->isMapping() && !node->isNull())
            return Error{FunctionSpec::tr("'%1' must be a mapping.").arg(QLatin1String(section)),
                         source};
    }
    if (const Node *kind = root.get("kind"); kind && !kind->isString())
        return Error{FunctionSpec::tr("'kind' must be text such as job or local."), source};
    FunctionSpec spec;
    spec.m_root = std::move(root);
    if (Node *metadata = spec.m_root.get("metadata"))
        spec.m_droppedCredentials = metadata->remove("credentials");
    const QString kind = spec.kind();
    if (!kinds().contains(kind) && !kind.startsWith(QLatin1String("nuclio:")))
        return Error{FunctionSpec::tr("Unknown function kind '%1'; MLRun kinds are %2.")
                         .arg(kind, kinds().join(QLatin1String(", "))),
                     source};
    if (const Node *code = spec.m_root.at("spec.build.functionSourceCode")) {
        if (!code->isString() && !code->isNull())
            return Error{FunctionSpec::tr("spec.build.functionSourceCode must be base64 text."),
                         source};
        if (qint64(code->text().size()) * 3 / 4 > kMaxEmbeddedCodeBytes) {
            return Error{
                FunctionSpec::tr(
                    "The embedded code is %1 MB; Runbench edits embedded code up to %2 MB.")
                    .arg(double(code->text().size()) * 3 / 4 / (1024 * 1024), 0, 'f', 1)
                    .arg(kMaxEmbeddedCodeBytes / (1024 * 1024)),
                source};
        }
    }
    return spec;
}

Result<FunctionSpec> FunctionSpec::parse(std::string_view bytes, DocumentFormat format,
                                         const QString &source)
{
    auto root = DocumentReader::read(bytes, format, source);
    if (!root)
        return root.error();
    return fromNode(std::move(*root), source);
}

Result<FunctionSpec> FunctionSpec::load(const QString &path)
{
    auto root = DocumentReader::readFile(path);
    if (!root)
        return root.error();
    return fromNode(std::move(*root), path);
}

FunctionSpec FunctionSpec::create(const QString &name, const QString &kind)
{
    FunctionSpec spec;
    spec.m_root = Node::mapping();
    spec.m_root.insert("kind") = Node::string(ss(kind));
    Node &metadata = spec.m_root.insert("metadata");
    metadata.insert("name") = Node::string(ss(name));
    metadata.insert("tag") = Node::string({});
    Node &s = spec.m_root.insert("spec");
    s.insert("command") = Node::string({});
    s.insert("image") = Node::string({});
    s.insert("description") = Node::string({});
    s.insert("disable_auto_mount") = Node::boolean(false);
    spec.m_root.insert("verbose") = Node::boolean(false);
    return spec;
}

QString FunctionSpec::stringAt(std::string_view path) const
{
    const Node *node = m_root.at(path);
    return node ? qs(node->displayText()) : QString();
}

void FunctionSpec::setStringAt(std::string_view path, const QString &value)
{
    m_root.ensure(path) = Node::string(ss(value));
}

QStringList FunctionSpec::listAt(std::string_view path) const
{
    QStringList out;
    const Node *node = m_root.at(path);
    if (node && node->isSequence()) {
        for (const Node &item : node->items())
            out << qs(item.displayText());
    } else if (node && node->isString() && !node->text().empty()) {
        out << qs(node->text()); // MLRun accepts a single string where a list is expected
    }
    return out;
}

void FunctionSpec::setListAt(std::string_view path, const QStringList &values)
{
    Node list = Node::sequence();
    for (const QString &v : values)
        list.items().push_back(Node::string(ss(v)));
    m_root.ensure(path) = std::move(list);
}

QMap<QString, QString> FunctionSpec::mapAt(std::string_view path) const
{
    QMap<QString, QString> out;
    const Node *node = m_root.at(path);
    if (node && node->isMapping()) {
        for (const auto &m : node->members())
            out.insert(qs(m.key.displayText()), qs(m.value.displayText()));
    }
    return out;
}

void FunctionSpec::setMapAt(std::string_view path, const QMap<QString, QString> &values)
{
    Node &target = m_root.ensure(path);
    Node updated = Node::mapping();
    // Keep the existing order for keys that stay, append new ones in sorted order.
    if (target.isMapping()) {
        for (const auto &m : target.members()) {
            const QString key = qs(m.key.displayText());
            if (values.contains(key))
                updated.members().push_back({m.key, Node::string(ss(values.value(key)))});
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!updated.get(ss(it.key())))
            updated.insert(ss(it.key())) = Node::string(ss(it.value()));
    }
    target = std::move(updated);
}

namespace {

const char *textPath(FunctionSpec::TextField field)
{
    using F = FunctionSpec::TextField;
    switch (field) {
    case F::Name:
        return "metadata.name";
    case F::Tag:
        return "metadata.tag";
    case F::Project:
        return "metadata.project";
    case F::Description:
        return "spec.description";
    case F::Command:
        return "spec.command";
    case F::Image:
        return "spec.image";
    case F::DefaultHandler:
        return "spec.default_handler";
    case F::BaseImage:
        return "spec.build.base_image";
    case F::OriginFilename:
        return "spec.build.origin_filename";
    case F::NodeName:
        return "spec.node_name";
    case F::PriorityClassName:
        return "spec.priority_class_name";
    case F::PreemptionMode:
        return "spec.preemption_mode";
    case F::ImagePullPolicy:
        return "spec.image_pull_policy";
    case F::ImagePullSecret:
        return "spec.image_pull_secret";
    case F::ServiceAccount:
        return "spec.service_account";
    }
    return "";
}

const char *listPath(FunctionSpec::ListField field)
{
    using F = FunctionSpec::ListField;
    switch (field) {
    case F::Args:
        return "spec.args";
    case F::Categories:
        return "metadata.categories";
    case F::Requirements:
        return "spec.build.requirements";
    case F::BuildCommands:
        return "spec.build.commands";
    }
    return "";
}

const char *mapPath(FunctionSpec::MapField field)
{
    return field == FunctionSpec::MapField::Labels ? "metadata.labels" : "spec.node_selector";
}

} // namespace

QString FunctionSpec::text(TextField field) const
{
    return stringAt(textPath(field));
}

void FunctionSpec::setText(TextField field, const QString &value)
{
    setStringAt(textPath(field), value);
}

void FunctionSpec::clearText(TextField field)
{
    const std::string_view path = textPath(field);
    const auto dot = path.rfind('.');
    Node *parent = dot == std::string_view::npos ? &m_root : nullptr;
    if (!parent) {
        const Node *found = m_root.at(path.substr(0, dot));
        parent = found && found->isMapping() ? &m_root.ensure(path.substr(0, dot)) : nullptr;
    }
    if (parent)
        parent->remove(dot == std::string_view::npos ? path : path.substr(dot + 1));
}

QStringList FunctionSpec::list(ListField field) const
{
    return listAt(listPath(field));
}

void FunctionSpec::setList(ListField field, const QStringList &values)
{
    setListAt(listPath(field), values);
}

QMap<QString, QString> FunctionSpec::map(MapField field) const
{
    return mapAt(mapPath(field));
}

void FunctionSpec::setMap(MapField field, const QMap<QString, QString> &values)
{
    setMapAt(mapPath(field), values);
}

QString FunctionSpec::kind() const
{
    const QString k = stringAt("kind");
    return k.isEmpty() ? QStringLiteral("job") : k;
}

void FunctionSpec::setKind(const QString &kind)
{
    setStringAt("kind", kind);
}

QStringList FunctionSpec::handlers() const
{
    QStringList out;
    if (const Node *entries = m_root.at("spec.entry_points"); entries && entries->isMapping()) {
        for (const auto &m : entries->members())
            out << qs(m.key.displayText());
    }
    return out;
}

bool FunctionSpec::hasEmbeddedCode() const
{
    const Node *code = m_root.at("spec.build.functionSourceCode");
    return code && code->isString() && !code->text().empty();
}

std::optional<QString> FunctionSpec::sourceCode() const
{
    if (!hasEmbeddedCode())
        return std::nullopt;
    const std::string &text = m_root.at("spec.build.functionSourceCode")->text();
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), qsizetype(text.size())),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

void FunctionSpec::setSourceCode(const QString &code)
{
    m_root.ensure("spec.build.functionSourceCode") =
        Node::string(code.toUtf8().toBase64().toStdString());
}

QString FunctionSpec::resourceLimit(const QString &resource) const
{
    return stringAt("spec.resources.limits." + ss(resource));
}

QString FunctionSpec::resourceRequest(const QString &resource) const
{
    return stringAt("spec.resources.requests." + ss(resource));
}

void FunctionSpec::setResourceLimit(const QString &resource, const QString &quantity)
{
    setResource("spec.resources.limits", resource, quantity);
}

void FunctionSpec::setResourceRequest(const QString &resource, const QString &quantity)
{
    setResource("spec.resources.requests", resource, quantity);
}

void FunctionSpec::setResource(std::string_view section, const QString &resource,
                               const QString &quantity)
{
    Node &values = m_root.ensure(section);
    if (quantity.isEmpty())
        values.remove(ss(resource));
    else
        values.insert(ss(resource)) = Node::string(ss(quantity));
}

QList<EnvVar> FunctionSpec::env() const
{
    QList<EnvVar> out;
    const Node *list = m_root.at("spec.env");
    if (!list || !list->isSequence())
        return out;
    for (const Node &item : list->items()) {
        if (!item.isMapping())
            continue;
        EnvVar var;
        var.name = qs(item.get("name") ? item.get("name")->displayText() : std::string());
        if (const Node *value = item.get("value"))
            var.value = qs(value->displayText());
        if (const Node *ref = item.at("valueFrom.secretKeyRef")) {
            var.secretName = qs(ref->get("name") ? ref->get("name")->displayText() : std::string());
            var.secretKey = qs(ref->get("key") ? ref->get("key")->displayText() : std::string());
        }
        out << var;
    }
    return out;
}

void FunctionSpec::setEnv(const QList<EnvVar> &env)
{
    Node list = Node::sequence();
    for (const EnvVar &var : env) {
        Node item = Node::mapping();
        item.insert("name") = Node::string(ss(var.name));
        if (!var.secretName.isEmpty()) {
            Node &ref = item.ensure("valueFrom.secretKeyRef");
            ref.insert("name") = Node::string(ss(var.secretName));
            ref.insert("key") =
                Node::string(ss(var.secretKey.isEmpty() ? var.name : var.secretKey));
        } else {
            item.insert("value") = Node::string(ss(var.value));
        }
        list.items().push_back(std::move(item));
    }
    m_root.ensure("spec.env") = std::move(list);
}

std::optional<qint64> FunctionSpec::replicas() const
{
    const Node *node = m_root.at("spec.replicas");
    if (!node || node->type() != Node::Type::Int)
        return std::nullopt;
    bool ok = false;
    const qint64 value = qs(node->text()).toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

void FunctionSpec::setReplicas(std::optional<qint64> replicas)
{
    if (replicas)
        m_root.ensure("spec.replicas") = Node::integer(*replicas);
    else if (Node *spec = m_root.get("spec"))
        spec->remove("replicas");
}

Result<QString> FunctionSpec::hash() const
{
    return FunctionHash::compute(m_root);
}

std::string FunctionSpec::toYaml() const
{
    return DocumentWriter::toYaml(m_root);
}

Result<std::string> FunctionSpec::toJson() const
{
    return DocumentWriter::toJson(m_root, JsonStyle{false, 2, true});
}

} // namespace Runbench::Models

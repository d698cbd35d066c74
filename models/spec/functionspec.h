// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/documentreader.h"
#include "document/error.h"
#include "document/node.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Runbench::Models {

// One environment variable of a function: a plain value or a reference to a secret key.
struct EnvVar
{
    QString name;
    QString value;
    QString secretName; // set for valueFrom.secretKeyRef
    QString secretKey;
};

// An MLRun function object. The document tree stays the source of truth, so fields Runbench
// does not know survive load and save in their order; typed accessors read and edit the
// fields the forms show. Credentials found in a file are dropped on load and never kept.
class FunctionSpec
{
    Q_DECLARE_TR_FUNCTIONS(FunctionSpec)

public:
    static constexpr qint64 kMaxEmbeddedCodeBytes = 10 * 1024 * 1024;

    // Every kind MLRun has, in the order a kind picker shows them.
    static const QStringList &kinds();

    static Result<FunctionSpec> fromNode(Node root, const QString &source);
    static Result<FunctionSpec> parse(std::string_view bytes, DocumentFormat format,
                                      const QString &source);
    static Result<FunctionSpec> load(const QString &path);
    // A new function of the given kind and name, shaped like MLRun's new_function().
    static FunctionSpec create(const QString &name, const QString &kind);

    const Node &root() const { return m_root; }
    Node &root() { return m_root; }
    // True when the loaded document carried metadata.credentials (now removed).
    bool droppedCredentials() const { return m_droppedCredentials; }

    // The text fields the forms edit, each at its place in the document.
    enum class TextField {
        Name,
        Tag,
        Project,
        Description,
        Command,
        Image,
        DefaultHandler,
        BaseImage,
        OriginFilename,
        NodeName,
        PriorityClassName,
        PreemptionMode,
        ImagePullPolicy,
        ImagePullSecret,
        ServiceAccount,
    };
    enum class ListField { Args, Categories, Requirements, BuildCommands };
    enum class MapField { Labels, NodeSelector };

    QString text(TextField field) const;
    void setText(TextField field, const QString &value);
    // Removes the field from the document (a form cleared an optional field).
    void clearText(TextField field);
    QStringList list(ListField field) const;
    void setList(ListField field, const QStringList &values);
    QMap<QString, QString> map(MapField field) const;
    void setMap(MapField field, const QMap<QString, QString> &values);

    QString kind() const; // "job" when the document has none, as MLRun assumes
    void setKind(const QString &kind);
    QString name() const { return text(TextField::Name); }
    void setName(const QString &name) { setText(TextField::Name, name); }
    QString tag() const { return text(TextField::Tag); }
    void setTag(const QString &tag) { setText(TextField::Tag, tag); }
    QString project() const { return text(TextField::Project); }
    void setProject(const QString &project) { setText(TextField::Project, project); }
    QString description() const { return text(TextField::Description); }
    void setDescription(const QString &text) { setText(TextField::Description, text); }

    QStringList handlers() const; // keys of spec.entry_points

    bool hasEmbeddedCode() const;
    // The decoded spec.build.functionSourceCode; nullopt when there is none or it is not base64.
    std::optional<QString> sourceCode() const;
    void setSourceCode(const QString &code);

    QString resourceLimit(const QString &resource) const;
    QString resourceRequest(const QString &resource) const;
    void setResourceLimit(const QString &resource, const QString &quantity);
    void setResourceRequest(const QString &resource, const QString &quantity);

    QList<EnvVar> env() const;
    void setEnv(const QList<EnvVar> &env);

    std::optional<qint64> replicas() const;
    void setReplicas(std::optional<qint64> replicas);

    Result<QString> hash() const;
    std::string toYaml() const;
    Result<std::string> toJson() const; // pretty, key order kept

private:
    QString stringAt(std::string_view path) const;
    void setStringAt(std::string_view path, const QString &value);
    QStringList listAt(std::string_view path) const;
    void setListAt(std::string_view path, const QStringList &values);
    QMap<QString, QString> mapAt(std::string_view path) const;
    void setMapAt(std::string_view path, const QMap<QString, QString> &values);
    void setResource(std::string_view section, const QString &resource, const QString &quantity);

    Node m_root;
    bool m_droppedCredentials = false;
};

} // namespace Runbench::Models

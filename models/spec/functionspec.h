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

    QString kind() const; // "job" when the document has none, as MLRun assumes
    void setKind(const QString &kind);
    QString name() const;
    void setName(const QString &name);
    QString tag() const;
    void setTag(const QString &tag);
    QString project() const;
    void setProject(const QString &project);
    QString description() const;
    void setDescription(const QString &description);
    QMap<QString, QString> labels() const;
    void setLabels(const QMap<QString, QString> &labels);
    QStringList categories() const;

    QString command() const;
    void setCommand(const QString &command);
    QStringList args() const;
    QString image() const;
    void setImage(const QString &image);
    QString defaultHandler() const;
    void setDefaultHandler(const QString &handler);
    QStringList handlers() const; // keys of spec.entry_points

    QString baseImage() const;
    void setBaseImage(const QString &image);
    QStringList requirements() const;
    void setRequirements(const QStringList &requirements);
    QStringList buildCommands() const;
    void setBuildCommands(const QStringList &commands);
    QString originFilename() const;
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

    QString nodeName() const;
    void setNodeName(const QString &nodeName);
    QMap<QString, QString> nodeSelector() const;
    void setNodeSelector(const QMap<QString, QString> &selector);
    QString priorityClassName() const;
    void setPriorityClassName(const QString &name);
    QString preemptionMode() const;
    void setPreemptionMode(const QString &mode);
    QString imagePullPolicy() const;
    void setImagePullPolicy(const QString &policy);
    QString imagePullSecret() const;
    void setImagePullSecret(const QString &secret);
    QString serviceAccount() const;
    void setServiceAccount(const QString &account);
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

    Node m_root;
    bool m_droppedCredentials = false;
};

} // namespace Runbench::Models

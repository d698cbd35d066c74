// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Runbench::Runtimes {

class KubeCredentials;
using Models::Error;
using Models::Result;

// One kubeconfig cluster stanza; file paths are already resolved against its file's folder.
struct KubeCluster
{
    QString server;
    QByteArray certificateAuthorityData; // PEM, decoded from base64
    QString certificateAuthority;        // PEM file
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString file; // the kubeconfig file that defined it
};

// An exec credential plugin stanza (client.authentication.k8s.io/v1 or v1beta1).
struct KubeExecPlugin
{
    QString apiVersion;
    QString command; // a resolved path when it contained a path separator
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString interactiveMode;
    bool provideClusterInfo = false;
    QString installHint;
};

// One kubeconfig user stanza: how to authenticate. Holds secrets: never log or store it.
struct KubeUser
{
    QString token;
    QString tokenFile;
    QByteArray clientCertificateData; // PEM, decoded from base64
    QByteArray clientKeyData;
    QString clientCertificate; // PEM files
    QString clientKey;
    QString username;
    QString password;
    std::optional<KubeExecPlugin> exec;
    QString authProvider; // only the name; oidc's id-token is kept in token
    QString file;
};

// One kubeconfig context: a cluster, a user and a namespace.
struct KubeContext
{
    QString cluster;
    QString user;
    QString nameSpace;
    QString file;
};

// Everything a KubeClient needs for one context: server, trust, namespace and credentials.
struct KubeEndpoint
{
    QString contextName;
    QString server; // without a trailing slash, path prefix kept
    QString nameSpace;
    QByteArray caPem; // empty: the system CAs
    bool insecureSkipTlsVerify = false;
    QString tlsServerName; // the name the server certificate is checked against, if not the host
    QString proxyUrl;      // empty: the environment's proxy
    std::shared_ptr<KubeCredentials> credentials; // shared by every client of the endpoint
};

// Reads kubeconfig files with kubectl's lookup and merge rules, or the in-cluster
// service-account configuration, and resolves a context into a KubeEndpoint.
class KubeConfig
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfig)

public:
    // Only this file, no merge; a missing file is an error (kubectl --kubeconfig).
    static Result<KubeConfig> loadFile(const QString &path);
    // KUBECONFIG rules: files merged in order, the first definition of a name wins, missing
    // files skipped; an error only when none exists or one cannot be read.
    static Result<KubeConfig> loadMerged(const QStringList &paths);
    // KUBECONFIG (':'-separated), else $HOME/.kube/config, else the in-cluster configuration.
    static Result<KubeConfig>
    load(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QString &serviceAccountDir = defaultServiceAccountDir());
    // KUBERNETES_SERVICE_HOST/PORT plus the service account's token, ca.crt and namespace.
    static Result<KubeConfig>
    inCluster(const QProcessEnvironment &environment,
              const QString &serviceAccountDir = defaultServiceAccountDir());
    static QString defaultServiceAccountDir();
    // The files KUBECONFIG names: split, empty entries dropped, duplicates removed.
    static QStringList kubeconfigPaths(const QString &value);

    QStringList files() const { return m_files; }
    bool isInCluster() const { return m_inCluster; }
    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const { return m_contexts.keys(); }
    QStringList clusterNames() const { return m_clusters.keys(); }
    QStringList userNames() const { return m_users.keys(); }
    std::optional<KubeContext> context(const QString &name) const;
    std::optional<KubeCluster> cluster(const QString &name) const;
    std::optional<KubeUser> user(const QString &name) const;

    // Validates the context (the current one when empty) and reads its CA and credentials;
    // nameSpace overrides the context's namespace. environment is what exec plugins get.
    Result<KubeEndpoint> endpoint(
        const QString &contextName = {}, const QString &nameSpace = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;

private:
    Models::Status merge(const QString &path);

    QStringList m_files;
    QString m_currentContext;
    QMap<QString, KubeCluster> m_clusters;
    QMap<QString, KubeUser> m_users;
    QMap<QString, KubeContext> m_contexts;
    bool m_inCluster = false;
};

} // namespace Runbench::Runtimes

// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/kubeconfig.h"

#include "document/documentreader.h"
#include "kubernetes/kubecredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Runbench::Runtimes {

using Models::DocumentReader;
using Models::Node;

namespace {

QString text(const Node &mapping, std::string_view key)
{
    const Node *value = mapping.get(key);
    return value ? QString::fromStdString(value->displayText()) : QString();
}

bool flag(const Node &mapping, std::string_view key)
{
    const Node *value = mapping.get(key);
    return value && value->type() == Node::Type::Bool && value->boolValue();
}

// client-go resolves relative paths against the folder of the file that set them.
QString resolved(const QString &path, const QString &file)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(path));
}

Result<QByteArray> decoded(const Node &mapping, std::string_view key, const QString &what,
                           const QString &file)
{
    const QString value = text(mapping, key);
    const auto result =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return Error(KubeConfig::tr("The %1 of %2 in %3 is not valid base64.")
                         .arg(QString::fromLatin1(key.data(), qsizetype(key.size())), what, file),
                     file);
    return *result;
}

Result<KubeCluster> parseCluster(const Node &node, const QString &name, const QString &file)
{
    KubeCluster cluster;
    cluster.file = file;
    cluster.server = text(node, "server");
    cluster.certificateAuthority = resolved(text(node, "certificate-authority"), file);
    const auto data = decoded(node, "certificate-authority-data",
                              KubeConfig::tr("cluster \"%1\"").arg(name), file);
    if (!data)
        return data.error();
    cluster.certificateAuthorityData = *data;
    cluster.insecureSkipTlsVerify = flag(node, "insecure-skip-tls-verify");
    cluster.tlsServerName = text(node, "tls-server-name");
    cluster.proxyUrl = text(node, "proxy-url");
    return cluster;
}

KubeExecPlugin parseExec(const Node &node, const QString &file)
{
    KubeExecPlugin exec;
    exec.apiVersion = text(node, "apiVersion");
    exec.command = text(node, "command");
    if (exec.command.contains(QLatin1Char('/')))
        exec.command = resolved(exec.command, file);
    if (const Node *args = node.get("args"))
        for (const Node &arg : args->items())
            exec.args.append(QString::fromStdString(arg.displayText()));
    if (const Node *env = node.get("env"))
        for (const Node &entry : env->items())
            exec.env.append({text(entry, "name"), text(entry, "value")});
    exec.interactiveMode = text(node, "interactiveMode");
    exec.provideClusterInfo = flag(node, "provideClusterInfo");
    exec.installHint = text(node, "installHint");
    return exec;
}

Result<KubeUser> parseUser(const Node &node, const QString &name, const QString &file)
{
    KubeUser user;
    user.file = file;
    const QString what = KubeConfig::tr("user \"%1\"").arg(name);
    user.token = text(node, "token");
    user.tokenFile = resolved(text(node, "tokenFile"), file);
    const auto certificate = decoded(node, "client-certificate-data", what, file);
    if (!certificate)
        return certificate.error();
    const auto key = decoded(node, "client-key-data", what, file);
    if (!key)
        return key.error();
    user.clientCertificateData = *certificate;
    user.clientKeyData = *key;
    user.clientCertificate = resolved(text(node, "client-certificate"), file);
    user.clientKey = resolved(text(node, "client-key"), file);
    user.username = text(node, "username");
    user.password = text(node, "password");
    if (const Node *exec = node.get("exec"); exec && exec->isMapping())
        user.exec = parseExec(*exec, file);
    if (const Node *provider = node.get("auth-provider"); provider && provider->isMapping()) {
        user.authProvider = text(*provider, "name");
        if (const Node *config = provider->get("config"); config && user.token.isEmpty())
            user.token = text(*config, "id-token");
    }
    return user;
}

// The named entries of one list ("clusters", "users", "contexts") with their inner mapping.
Result<QList<QPair<QString, const Node *>>>
namedEntries(const Node &root, std::string_view list, std::string_view inner, const QString &file)
{
    QList<QPair<QString, const Node *>> entries;
    const Node *items = root.get(list);
    if (!items || items->isNull())
        return entries;
    const QString listName = QString::fromLatin1(list.data(), qsizetype(list.size()));
    if (!items->isSequence())
        return Error(
            KubeConfig::tr("The %1 of kubeconfig file %2 are not a list.").arg(listName, file),
            file);
    for (const Node &item : items->items()) {
        const QString name = item.isMapping() ? text(item, "name") : QString();
        if (name.isEmpty())
            return Error(KubeConfig::tr("Kubeconfig file %1 has an entry in %2 without a name.")
                             .arg(file, listName),
                         file);
        static const Node empty = Node::mapping();
        const Node *value = item.get(inner);
        entries.append({name, value && value->isMapping() ? value : &empty});
    }
    return entries;
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(KubeConfig::tr("The %1 file %2 could not be read (%3).")
                         .arg(what, path, file.errorString()),
                     path);
    return file.readAll();
}

} // namespace

Models::Status KubeConfig::merge(const QString &path)
{
    const auto document = DocumentReader::readFile(path);
    if (!document)
        return Error(
            tr("The kubeconfig file %1 could not be read: %2").arg(path, document.error().message),
            path, document.error().line, document.error().column);
    const Node &root = *document;
    if (root.isNull()) {
        m_files.append(path);
        return {};
    }
    if (!root.isMapping())
        return Error(tr("The kubeconfig file %1 does not hold a mapping.").arg(path), path);
    const auto clusters = namedEntries(root, "clusters", "cluster", path);
    if (!clusters)
        return clusters.error();
    const auto users = namedEntries(root, "users", "user", path);
    if (!users)
        return users.error();
    const auto contexts = namedEntries(root, "contexts", "context", path);
    if (!contexts)
        return contexts.error();
    for (const auto &[name, node] : *clusters) {
        if (m_clusters.contains(name))
            continue;
        auto cluster = parseCluster(*node, name, path);
        if (!cluster)
            return cluster.error();
        m_clusters.insert(name, *cluster);
    }
    for (const auto &[name, node] : *users) {
        if (m_users.contains(name))
            continue;
        auto user = parseUser(*node, name, path);
        if (!user)
            return user.error();
        m_users.insert(name, *user);
    }
    for (const auto &[name, node] : *contexts)
        if (!m_contexts.contains(name))
            m_contexts.insert(name, {text(*node, "cluster"), text(*node, "user"),
                                     text(*node, "namespace"), path});
    if (m_currentContext.isEmpty())
        m_currentContext = text(root, "current-context");
    m_files.append(path);
    return {};
}

Result<KubeConfig> KubeConfig::loadFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error(tr("The kubeconfig file %1 does not exist.").arg(path), path);
    KubeConfig config;
    if (const auto merged = config.merge(path); !merged)
        return merged.error();
    return config;
}

Result<KubeConfig> KubeConfig::loadMerged(const QStringList &paths)
{
    KubeConfig config;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        if (const auto merged = config.merge(path); !merged)
            return merged.error();
    }
    if (config.m_files.isEmpty())
        return Error(
            tr("None of the kubeconfig files %1 exists.").arg(paths.join(QStringLiteral(", "))));
    return config;
}

QStringList KubeConfig::kubeconfigPaths(const QString &value)
{
    QStringList paths;
    for (const QString &path : value.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        if (!paths.contains(path))
            paths.append(path);
    return paths;
}

Result<KubeConfig> KubeConfig::load(const QProcessEnvironment &environment,
                                    const QString &serviceAccountDir)
{
    const QStringList paths = kubeconfigPaths(environment.value(QStringLiteral("KUBECONFIG")));
    if (!paths.isEmpty()) {
        // Only when none of the listed files exists may the in-cluster configuration step in.
        const bool anyExists = std::any_of(paths.begin(), paths.end(), [](const QString &path) {
            return QFileInfo::exists(path);
        });
        if (anyExists)
            return loadMerged(paths);
    } else {
        const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
        const QString path = QDir(home).filePath(QStringLiteral(".kube/config"));
        if (QFileInfo::exists(path))
            return loadFile(path);
    }
    auto cluster = inCluster(environment, serviceAccountDir);
    if (cluster)
        return cluster;
    return Error(tr("No kubeconfig was found (KUBECONFIG and ~/.kube/config) and Runbench does "
                    "not run inside a Kubernetes pod."));
}

QString KubeConfig::defaultServiceAccountDir()
{
    return QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount");
}

Result<KubeConfig> KubeConfig::inCluster(const QProcessEnvironment &environment,
                                         const QString &serviceAccountDir)
{
    const QString host = environment.value(QStringLiteral("KUBERNETES_SERVICE_HOST"));
    const QString port = environment.value(QStringLiteral("KUBERNETES_SERVICE_PORT"));
    const QDir folder(serviceAccountDir);
    const QString tokenFile = folder.filePath(QStringLiteral("token"));
    if (host.isEmpty() || port.isEmpty() || !QFileInfo(tokenFile).isFile())
        return Error(tr("Runbench does not run inside a Kubernetes pod (KUBERNETES_SERVICE_HOST, "
                        "KUBERNETES_SERVICE_PORT or the service account token %1 is missing).")
                         .arg(tokenFile));
    const QString name = QStringLiteral("in-cluster");
    KubeCluster cluster;
    cluster.server =
        QStringLiteral("https://%1:%2")
            .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                 : host,
                 port);
    cluster.certificateAuthority = folder.filePath(QStringLiteral("ca.crt"));
    KubeUser user;
    user.tokenFile = tokenFile;
    QString nameSpace = environment.value(QStringLiteral("POD_NAMESPACE"));
    if (nameSpace.isEmpty()) {
        QFile file(folder.filePath(QStringLiteral("namespace")));
        if (file.open(QIODevice::ReadOnly))
            nameSpace = QString::fromUtf8(file.readAll()).trimmed();
    }
    KubeConfig config;
    config.m_inCluster = true;
    config.m_currentContext = name;
    config.m_clusters.insert(name, cluster);
    config.m_users.insert(name, user);
    config.m_contexts.insert(
        name, {name, name, nameSpace.isEmpty() ? QStringLiteral("default") : nameSpace, {}});
    return config;
}

std::optional<KubeContext> KubeConfig::context(const QString &name) const
{
    const auto found = m_contexts.constFind(name);
    return found == m_contexts.cend() ? std::nullopt : std::optional(*found);
}

std::optional<KubeCluster> KubeConfig::cluster(const QString &name) const
{
    const auto found = m_clusters.constFind(name);
    return found == m_clusters.cend() ? std::nullopt : std::optional(*found);
}

std::optional<KubeUser> KubeConfig::user(const QString &name) const
{
    const auto found = m_users.constFind(name);
    return found == m_users.cend() ? std::nullopt : std::optional(*found);
}

namespace {

// client-go's validation of the user stanza, in the order it reports problems.
Models::Status validateUser(const KubeUser &user, const QString &name)
{
    const QString where = user.file.isEmpty() ? QString() : user.file;
    const bool basic = !user.username.isEmpty() || !user.password.isEmpty();
    const bool token = !user.token.isEmpty() || !user.tokenFile.isEmpty();
    if (basic && token)
        return Error(KubeConfig::tr("User \"%1\" in %2 has more than one authentication method "
                                    "(a token and a username/password).")
                         .arg(name, where),
                     where);
    const bool hasCertificate =
        !user.clientCertificateData.isEmpty() || !user.clientCertificate.isEmpty();
    const bool hasKey = !user.clientKeyData.isEmpty() || !user.clientKey.isEmpty();
    if (hasCertificate != hasKey)
        return Error(KubeConfig::tr("User \"%1\" in %2 has a client certificate without its key "
                                    "or a key without its certificate.")
                         .arg(name, where),
                     where);
    if (user.exec) {
        if (user.exec->command.isEmpty() || user.exec->apiVersion.isEmpty())
            return Error(KubeConfig::tr("The exec plugin of user \"%1\" in %2 lacks a command "
                                        "or an apiVersion.")
                             .arg(name, where),
                         where);
        const QString v1 = QStringLiteral("client.authentication.k8s.io/v1");
        const QString v1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
        if (user.exec->apiVersion != v1 && user.exec->apiVersion != v1beta1)
            return Error(KubeConfig::tr("The exec plugin of user \"%1\" in %2 uses %3; Runbench "
                                        "supports %4 and %5.")
                             .arg(name, where, user.exec->apiVersion, v1, v1beta1),
                         where);
        if (user.exec->apiVersion == v1 && user.exec->interactiveMode.isEmpty())
            return Error(KubeConfig::tr("The exec plugin of user \"%1\" in %2 must set "
                                        "interactiveMode.")
                             .arg(name, where),
                         where);
        if (!user.authProvider.isEmpty())
            return Error(KubeConfig::tr("User \"%1\" in %2 sets both exec and auth-provider.")
                             .arg(name, where),
                         where);
    }
    if (!user.authProvider.isEmpty() && user.authProvider != QLatin1String("oidc"))
        return Error(KubeConfig::tr("User \"%1\" in %2 uses the removed auth-provider \"%3\"; "
                                    "switch to its exec credential plugin.")
                         .arg(name, where, user.authProvider),
                     where);
    return {};
}

} // namespace

Result<KubeEndpoint> KubeConfig::endpoint(const QString &contextName, const QString &nameSpace,
                                          const QProcessEnvironment &environment) const
{
    const QString chosen = contextName.isEmpty() ? m_currentContext : contextName;
    const QString sources = m_files.join(QStringLiteral(", "));
    if (chosen.isEmpty())
        return Error(
            tr("The kubeconfig %1 sets no current-context; choose a context.").arg(sources));
    const auto context = this->context(chosen);
    if (!context)
        return Error(tr("The kubeconfig %1 has no context named \"%2\".").arg(sources, chosen));
    const auto cluster = this->cluster(context->cluster);
    if (!cluster)
        return Error(tr("Context \"%1\" refers to cluster \"%2\", which the kubeconfig %3 does not "
                        "define.")
                         .arg(chosen, context->cluster, sources),
                     context->file);
    if (cluster->server.isEmpty())
        return Error(tr("Cluster \"%1\" in %2 has no server.").arg(context->cluster, cluster->file),
                     cluster->file);
    const QUrl server(cluster->server);
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http")) ||
        server.host().isEmpty())
        return Error(tr("The server %1 of cluster \"%2\" is not an http or https address.")
                         .arg(cluster->server, context->cluster),
                     cluster->file);
    const bool hasCa =
        !cluster->certificateAuthorityData.isEmpty() || !cluster->certificateAuthority.isEmpty();
    if (cluster->insecureSkipTlsVerify && hasCa)
        return Error(tr("Cluster \"%1\" in %2 sets insecure-skip-tls-verify together with a "
                        "certificate authority.")
                         .arg(context->cluster, cluster->file),
                     cluster->file);
    std::optional<KubeUser> user;
    if (!context->user.isEmpty()) {
        user = this->user(context->user);
        if (!user)
            return Error(tr("Context \"%1\" refers to user \"%2\", which the kubeconfig %3 does "
                            "not define.")
                             .arg(chosen, context->user, sources),
                         context->file);
        if (const auto valid = validateUser(*user, context->user); !valid)
            return valid.error();
    }
    KubeEndpoint endpoint;
    endpoint.contextName = chosen;
    endpoint.server = cluster->server;
    while (endpoint.server.endsWith(QLatin1Char('/')))
        endpoint.server.chop(1);
    endpoint.nameSpace = !nameSpace.isEmpty()            ? nameSpace
                         : !context->nameSpace.isEmpty() ? context->nameSpace
                                                         : QStringLiteral("default");
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!label.match(endpoint.nameSpace).hasMatch())
        return Error(tr("The namespace \"%1\" of context \"%2\" is not a valid Kubernetes name.")
                         .arg(endpoint.nameSpace, chosen));
    endpoint.insecureSkipTlsVerify = cluster->insecureSkipTlsVerify;
    endpoint.tlsServerName = cluster->tlsServerName;
    endpoint.proxyUrl = cluster->proxyUrl;
    endpoint.caPem = cluster->certificateAuthorityData;
    if (endpoint.caPem.isEmpty() && !cluster->certificateAuthority.isEmpty()) {
        const auto pem =
            readFile(cluster->certificateAuthority,
                     tr("certificate authority of cluster \"%1\"").arg(context->cluster));
        if (!pem)
            return pem.error();
        endpoint.caPem = *pem;
    }
    auto credentials =
        KubeCredentials::create(user.value_or(KubeUser()), context->user, *cluster, environment);
    if (!credentials)
        return credentials.error();
    endpoint.credentials = *credentials;
    return endpoint;
}

} // namespace Runbench::Runtimes

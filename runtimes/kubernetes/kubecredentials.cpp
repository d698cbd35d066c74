// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/kubecredentials.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace Runbench::Runtimes {

using Models::DocumentReader;
using Models::DocumentWriter;
using Models::Node;

namespace {

constexpr int PluginTimeoutMs = 60000;
constexpr qint64 TokenFileMaxAgeSeconds = 60;

Result<QByteArray> readSecretFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(KubeCredentials::tr("The %1 file %2 could not be read (%3).")
                         .arg(what, path, file.errorString()),
                     path);
    return file.readAll();
}

QString nodeText(const Node *node)
{
    return node ? QString::fromStdString(node->displayText()) : QString();
}

// KUBERNETES_EXEC_INFO: what client-go hands the plugin.
QByteArray execInfo(const KubeExecPlugin &exec, const KubeCluster &cluster)
{
    Node root = Node::mapping();
    root.insert("kind") = Node::string("ExecCredential");
    root.insert("apiVersion") = Node::string(exec.apiVersion.toStdString());
    Node &spec = root.insert("spec");
    spec = Node::mapping();
    if (exec.provideClusterInfo) {
        Node &info = spec.insert("cluster");
        info = Node::mapping();
        info.insert("server") = Node::string(cluster.server.toStdString());
        if (!cluster.tlsServerName.isEmpty())
            info.insert("tls-server-name") = Node::string(cluster.tlsServerName.toStdString());
        if (!cluster.certificateAuthorityData.isEmpty())
            info.insert("certificate-authority-data") =
                Node::string(cluster.certificateAuthorityData.toBase64().toStdString());
        if (cluster.insecureSkipTlsVerify)
            info.insert("insecure-skip-tls-verify") = Node::boolean(true);
        info.insert("config") = Node::null();
    }
    spec.insert("interactive") = Node::boolean(false);
    return QByteArray::fromStdString(DocumentWriter::toJson(root).valueOr({}));
}

} // namespace

Result<std::shared_ptr<KubeCredentials>>
KubeCredentials::create(const KubeUser &user, const QString &userName, const KubeCluster &cluster,
                        const QProcessEnvironment &environment)
{
    std::shared_ptr<KubeCredentials> credentials(new KubeCredentials);
    credentials->m_user = user;
    credentials->m_userName = userName;
    credentials->m_cluster = cluster;
    credentials->m_environment = environment;
    credentials->m_certificate = user.clientCertificateData;
    credentials->m_key = user.clientKeyData;
    if (credentials->m_certificate.isEmpty() && !user.clientCertificate.isEmpty()) {
        const auto pem = readSecretFile(user.clientCertificate,
                                        tr("client certificate of user \"%1\"").arg(userName));
        if (!pem)
            return pem.error();
        credentials->m_certificate = *pem;
    }
    if (credentials->m_key.isEmpty() && !user.clientKey.isEmpty()) {
        const auto pem =
            readSecretFile(user.clientKey, tr("client key of user \"%1\"").arg(userName));
        if (!pem)
            return pem.error();
        credentials->m_key = *pem;
    }
    return credentials;
}

Models::Status KubeCredentials::readTokenFile()
{
    const auto token = readSecretFile(m_user.tokenFile, tr("token of user \"%1\"").arg(m_userName));
    if (!token)
        return token.error();
    m_token = token->trimmed();
    m_tokenRead = QDateTime::currentDateTimeUtc();
    return {};
}

Models::Status KubeCredentials::runPlugin(const std::atomic_bool *cancel)
{
    const KubeExecPlugin &exec = *m_user.exec;
    const QString what =
        tr("The credential plugin %1 of user \"%2\"").arg(exec.command, m_userName);
    if (exec.interactiveMode == QLatin1String("Always"))
        return Error(tr("%1 needs an interactive terminal (interactiveMode Always); run kubectl "
                        "once in a terminal or change the plugin.")
                         .arg(what));
    const QString program = exec.command.contains(QLatin1Char('/'))
                                ? exec.command
                                : QStandardPaths::findExecutable(exec.command);
    if (program.isEmpty())
        return Error(exec.installHint.isEmpty()
                         ? tr("%1 is not installed (not found on PATH).").arg(what)
                         : tr("%1 is not installed (not found on PATH): %2")
                               .arg(what, exec.installHint.trimmed()));
    QProcessEnvironment environment = m_environment;
    for (const auto &[name, value] : exec.env)
        environment.insert(name, value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(execInfo(exec, m_cluster)));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, exec.args);
    process.closeWriteChannel();
    m_execRuns++;
    int waited = 0;
    while (!process.waitForFinished(100)) {
        waited += 100;
        if (process.state() == QProcess::NotRunning)
            break;
        if ((cancel && cancel->load()) || waited >= PluginTimeoutMs) {
            process.kill();
            process.waitForFinished();
            return Error(
                cancel && cancel->load()
                    ? tr("%1 was cancelled.").arg(what)
                    : tr("%1 did not finish within %2 s.").arg(what).arg(PluginTimeoutMs / 1000));
        }
    }
    if (process.error() == QProcess::FailedToStart)
        return Error(tr("%1 could not be started (%2).").arg(what, process.errorString()));
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(tr("%1 failed with exit code %2: %3")
                         .arg(what)
                         .arg(process.exitCode())
                         .arg(stderrText.isEmpty() ? tr("(no message)") : stderrText));
    const QByteArray output = process.readAllStandardOutput();
    const auto document =
        DocumentReader::read(output.toStdString(), Models::DocumentFormat::Json, exec.command);
    if (!document || !document->isMapping())
        return Error(
            tr("%1 printed something that is not an ExecCredential JSON object.").arg(what));
    if (nodeText(document->get("apiVersion")) != exec.apiVersion)
        return Error(tr("%1 answered with apiVersion \"%2\" instead of \"%3\".")
                         .arg(what, nodeText(document->get("apiVersion")), exec.apiVersion));
    const Node *status = document->get("status");
    if (!status || !status->isMapping())
        return Error(tr("%1 answered without a status.").arg(what));
    const QByteArray token = nodeText(status->get("token")).toUtf8();
    const QByteArray certificate = nodeText(status->get("clientCertificateData")).toUtf8();
    const QByteArray key = nodeText(status->get("clientKeyData")).toUtf8();
    if (certificate.isEmpty() != key.isEmpty())
        return Error(tr("%1 answered a client certificate without its key or a key without its "
                        "certificate.")
                         .arg(what));
    if (token.isEmpty() && certificate.isEmpty())
        return Error(tr("%1 answered neither a token nor a client certificate.").arg(what));
    const QString expiry = nodeText(status->get("expirationTimestamp"));
    m_expiry = expiry.isEmpty() ? QDateTime() : QDateTime::fromString(expiry, Qt::ISODateWithMs);
    if (!expiry.isEmpty() && !m_expiry.isValid())
        return Error(
            tr("%1 answered the expirationTimestamp \"%2\", which is not an RFC 3339 time.")
                .arg(what, expiry));
    m_token = token;
    m_execCertificate = certificate;
    m_execKey = key;
    m_haveExecCredential = true;
    return {};
}

Models::Status KubeCredentials::apply(Models::HttpRequest &request, const std::atomic_bool *cancel)
{
    // client-go reads credentials only for TLS transports; tokens never travel in clear text.
    if (QUrl(request.url).scheme() != QLatin1String("https"))
        return {};
    std::lock_guard lock(m_mutex);
    request.clientCertificate = m_certificate;
    request.clientKey = m_key;
    QByteArray authorization;
    if (!m_user.token.isEmpty()) {
        authorization = "Bearer " + m_user.token.toUtf8();
    } else if (!m_user.tokenFile.isEmpty()) {
        if (!m_tokenRead.isValid() ||
            m_tokenRead.secsTo(QDateTime::currentDateTimeUtc()) >= TokenFileMaxAgeSeconds)
            if (const auto read = readTokenFile(); !read)
                return read;
        authorization = "Bearer " + m_token;
    } else if (!m_user.username.isEmpty() || !m_user.password.isEmpty()) {
        authorization =
            "Basic " + (m_user.username + QLatin1Char(':') + m_user.password).toUtf8().toBase64();
    } else if (m_user.exec) {
        const bool expired =
            m_expiry.isValid() && m_expiry <= QDateTime::currentDateTimeUtc().addSecs(10);
        if (!m_haveExecCredential || expired)
            if (const auto ran = runPlugin(cancel); !ran)
                return ran;
        if (!m_token.isEmpty())
            authorization = "Bearer " + m_token;
        if (request.clientCertificate.isEmpty()) {
            request.clientCertificate = m_execCertificate;
            request.clientKey = m_execKey;
        }
    }
    if (!authorization.isEmpty())
        request.headers.append(qMakePair(QByteArray("Authorization"), authorization));
    return {};
}

bool KubeCredentials::invalidate(const Models::HttpRequest &refused)
{
    std::lock_guard lock(m_mutex);
    QByteArray sent;
    for (const auto &[name, value] : refused.headers)
        if (name == "Authorization")
            sent = value;
    if (!sent.isEmpty() && !m_token.isEmpty() && sent != "Bearer " + m_token)
        return true;
    if (m_user.token.isEmpty() && !m_user.tokenFile.isEmpty()) {
        m_tokenRead = QDateTime();
        return true;
    }
    if (m_user.token.isEmpty() && m_user.username.isEmpty() && m_user.exec) {
        m_haveExecCredential = false;
        return true;
    }
    return false;
}

} // namespace Runbench::Runtimes

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/kubeconfig.h"
#include "net/httpclient.h"

#include <QDateTime>

#include <atomic>
#include <mutex>

namespace Runbench::Runtimes {

// Authenticates requests as one kubeconfig user: tokens, token files (re-read every minute),
// client certificates, basic auth and exec plugins (cached until they expire, re-run after a
// 401). Thread-safe; plugin runs are serialized. Holds secrets: never log it.
class KubeCredentials
{
    Q_DECLARE_TR_FUNCTIONS(KubeCredentials)

public:
    // Reads the client certificate and key files now, so a missing file is reported early.
    static Result<std::shared_ptr<KubeCredentials>> create(const KubeUser &user,
                                                           const QString &userName,
                                                           const KubeCluster &cluster,
                                                           const QProcessEnvironment &environment);

    // Adds the client certificate or the Authorization header, running the exec plugin when
    // its credential is missing or expired. Nothing is added to plain-http requests.
    Models::Status apply(Models::HttpRequest &request, const std::atomic_bool *cancel = nullptr);
    // After a 401 to refused: forgets the plugin's or token file's credential unless another
    // thread already replaced it. True when the next apply() may send something different, so
    // one retry is worth it.
    bool invalidate(const Models::HttpRequest &refused = {});
    // How often the exec plugin ran (tests and diagnostics).
    int execRuns() const { return m_execRuns.load(); }

private:
    KubeCredentials() = default;
    Models::Status runPlugin(const std::atomic_bool *cancel);
    Models::Status readTokenFile();

    KubeUser m_user;
    QString m_userName;
    KubeCluster m_cluster;
    QProcessEnvironment m_environment;
    QByteArray m_certificate;
    QByteArray m_key;
    std::mutex m_mutex;
    QByteArray m_token; // from the token file or the exec plugin
    QDateTime m_tokenRead;
    QDateTime m_expiry; // of the exec credential, invalid = until a 401
    bool m_haveExecCredential = false;
    QByteArray m_execCertificate;
    QByteArray m_execKey;
    std::atomic_int m_execRuns = 0;
};

} // namespace Runbench::Runtimes

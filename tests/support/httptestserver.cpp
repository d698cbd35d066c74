// SPDX-License-Identifier: Apache-2.0
#include "httptestserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>

namespace {

constexpr qint64 ChunkSize = 256 << 10;
constexpr qint64 MaxQueued = 1 << 20;

const char *const OpensslConfig = R"(
[req]
distinguished_name = dn
prompt = no
[dn]
CN = Runbench Test
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
[wronghost]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:elsewhere.example
)";

QString httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

// The server itself; lives on the HttpTestServer's thread.
class HttpTestServerCore : public QTcpServer
{
public:
    HttpTestServerCore(QString folder, QSslConfiguration tls, bool useTls,
                       std::atomic<qint64> &bytesSent, const HttpTestServer &owner)
        : m_folder(std::move(folder))
        , m_tlsConfiguration(std::move(tls))
        , m_useTls(useTls)
        , m_bytesSent(bytesSent)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_useTls) {
            auto *tlsSocket = new QSslSocket(this);
            tlsSocket->setSslConfiguration(m_tlsConfiguration);
            tlsSocket->setSocketDescriptor(descriptor);
            tlsSocket->startServerEncryption();
            socket = tlsSocket;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { forget(socket); });
    }

private:
    void forget(QTcpSocket *socket)
    {
        m_requests.remove(socket);
        m_bigRemaining.remove(socket);
        socket->deleteLater();
    }

    void send(QTcpSocket *socket, const QByteArray &data)
    {
        m_bytesSent += std::max<qint64>(0, socket->write(data));
    }

    void answer(QTcpSocket *socket, int status, const QByteArray &reason,
                const QByteArray &headers = {}, const QByteArray &body = {})
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        if (status != 304)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        send(socket, head + headers + "Connection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void readRequest(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QList<QByteArray> lines = request.left(end).split('\n');
        const QList<QByteArray> first = lines.takeFirst().trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        request.clear();
        route(socket, first.value(1).split('?').value(0), headers);
    }

    // The fault a request gets: the server-wide one, else the one its path names.
    QByteArray faultFor(const QByteArray &path) const
    {
        const QByteArray global = m_owner.fault();
        if (!global.isEmpty())
            return "/fault/" + global;
        for (const char *fault : {"/fault/500", "/fault/404", "/fault/stall", "/fault/drop",
                                  "/fault/redirect-loop", "/fault/big"}) {
            if (path.startsWith(QByteArray(fault) + '/'))
                return fault;
        }
        return path;
    }

    void route(QTcpSocket *socket, const QByteArray &requested,
               const QHash<QByteArray, QByteArray> &headers)
    {
        const QByteArray path = faultFor(requested);
        if (path == "/fault/500") {
            answer(socket, 500, "Internal Server Error", {}, "boom");
        } else if (path == "/fault/404") {
            answer(socket, 404, "Not Found", {}, "nothing here");
        } else if (path == "/fault/stall") {
            send(socket, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        } else if (path == "/fault/drop") {
            send(socket,
                 "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'x'));
            socket->disconnectFromHost();
        } else if (path == "/fault/redirect-loop") {
            answer(socket, 302, "Found", "Location: /fault/redirect-loop\r\n");
        } else if (path.startsWith("/redirect/")) {
            answer(socket, 302, "Found", "Location: /" + path.mid(10) + "\r\n");
        } else if (path == "/fault/big") {
            send(socket,
                 "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            m_bigRemaining.insert(socket, HttpTestServer::BigSize);
            pump(socket);
        } else {
            serveFile(socket, QString::fromUtf8(QByteArray::fromPercentEncoding(path)), headers);
        }
    }

    // Keeps about MaxQueued bytes of the big body queued, so bytesSent follows the client.
    void pump(QTcpSocket *socket)
    {
        if (!m_bigRemaining.contains(socket))
            return;
        if (socket->state() != QAbstractSocket::ConnectedState) {
            m_bigRemaining.remove(socket);
            return;
        }
        qint64 &remaining = m_bigRemaining[socket];
        while (remaining > 0 && socket->bytesToWrite() < MaxQueued) {
            const qint64 size = std::min(ChunkSize, remaining);
            send(socket, QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'b') + "\r\n");
            remaining -= size;
        }
        if (remaining == 0) {
            m_bigRemaining.remove(socket);
            send(socket, "0\r\n\r\n");
            socket->disconnectFromHost();
        }
    }

    void serveFile(QTcpSocket *socket, const QString &path,
                   const QHash<QByteArray, QByteArray> &headers)
    {
        const QFileInfo info(QDir(m_folder).filePath(path.mid(1)));
        QFile file(info.filePath());
        if (path.contains(QLatin1String("..")) || !info.isFile() ||
            !file.open(QIODevice::ReadOnly)) {
            answer(socket, 404, "Not Found", {}, "no such file");
            return;
        }
        const QByteArray body = file.readAll();
        const QByteArray etag =
            '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex() + '"';
        const QDateTime modified = info.lastModified().toUTC();
        const QByteArray validators =
            "ETag: " + etag + "\r\nLast-Modified: " + httpDate(modified).toLatin1() + "\r\n";
        const bool etagMatches = headers.value("if-none-match") == etag;
        const bool unchangedSince =
            !headers.contains("if-none-match") && headers.contains("if-modified-since") &&
            parseHttpDate(headers.value("if-modified-since")).toSecsSinceEpoch() >=
                modified.toSecsSinceEpoch();
        if (etagMatches || unchangedSince)
            answer(socket, 304, "Not Modified", validators);
        else
            answer(socket, 200, "OK", validators, body);
    }

    QString m_folder;
    QSslConfiguration m_tlsConfiguration;
    bool m_useTls = false;
    std::atomic<qint64> &m_bytesSent;
    const HttpTestServer &m_owner;
    QHash<QTcpSocket *, QByteArray> m_requests;
    QHash<QTcpSocket *, qint64> m_bigRemaining;
};

TestCertificates TestCertificates::create(const QString &dir)
{
    TestCertificates result;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        result.error = QStringLiteral("The openssl command is not installed.");
        return result;
    }
    const QDir folder(dir);
    QFile config(folder.filePath(QStringLiteral("openssl.cnf")));
    if (!config.open(QIODevice::WriteOnly) || config.write(OpensslConfig) < 0) {
        result.error = QStringLiteral("Could not write %1.").arg(config.fileName());
        return result;
    }
    config.close();
    const QStringList newKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            result.error = QStringLiteral("openssl %1 failed: %2")
                               .arg(arguments.join(QLatin1Char(' ')),
                                    QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    };
    result.caCertificate = folder.filePath(QStringLiteral("ca.pem"));
    result.caKey = folder.filePath(QStringLiteral("ca.key"));
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                         config.fileName(), QStringLiteral("-extensions"), QStringLiteral("ca"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Runbench Test CA"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                         result.caKey, QStringLiteral("-out"), result.caCertificate} +
             newKey))
        return result;
    for (const QString &name : {QStringLiteral("server"), QStringLiteral("wronghost")}) {
        const QString key = folder.filePath(name + QStringLiteral(".key"));
        const QString request = folder.filePath(name + QStringLiteral(".csr"));
        const QString certificate = folder.filePath(name + QStringLiteral(".pem"));
        if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-new"),
                             QStringLiteral("-config"), config.fileName(), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Runbench ") + name, QStringLiteral("-keyout"), key,
                             QStringLiteral("-out"), request} +
                 newKey) ||
            !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                  QStringLiteral("-CA"), result.caCertificate, QStringLiteral("-CAkey"),
                  result.caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-extfile"), config.fileName(),
                  QStringLiteral("-extensions"), name, QStringLiteral("-out"), certificate}))
            return result;
        if (name == QLatin1String("server")) {
            result.serverCertificate = certificate;
            result.serverKey = key;
        } else {
            result.wrongHostCertificate = certificate;
            result.wrongHostKey = key;
        }
    }
    return result;
}

HttpTestServer::HttpTestServer(const QString &folder, const QString &certificate,
                               const QString &key)
    : m_tls(!certificate.isEmpty())
{
    QSslConfiguration configuration;
    if (m_tls) {
        QFile keyFile(key);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificate);
        if (keyFile.open(QIODevice::ReadOnly) && !certificates.isEmpty()) {
            configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(certificates.first());
            configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        m_tlsReady = QSslSocket::supportsSsl() && !configuration.localCertificate().isNull() &&
                     !configuration.privateKey().isNull();
    }
    m_core = new HttpTestServerCore(folder, configuration, m_tls, m_bytesSent, *this);
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

HttpTestServer::~HttpTestServer()
{
    QMetaObject::invokeMethod(
        m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool HttpTestServer::start()
{
    if (m_tls && !m_tlsReady)
        return false;
    QMetaObject::invokeMethod(
        m_core,
        [this] {
            if (m_core->listen(QHostAddress::LocalHost, 0))
                m_port = m_core->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString HttpTestServer::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(path);
}

void HttpTestServer::setFault(const QByteArray &fault)
{
    const QMutexLocker lock(&m_faultMutex);
    m_fault = fault;
}

QByteArray HttpTestServer::fault() const
{
    const QMutexLocker lock(&m_faultMutex);
    return m_fault;
}

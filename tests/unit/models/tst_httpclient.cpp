// SPDX-License-Identifier: Apache-2.0
#include "httptestserver.h"
#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace Runbench::Models;

namespace {

// The error sentence of a failed result, empty for a success (for QVERIFY2 messages).
QString failure(const Result<HttpResponse> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// HttpClient against a local server: files, conditional GETs, every fault and TLS trust.
class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getFile();
    void conditionalGetByEtag();
    void conditionalGetByDate();
    void redirectIsFollowed();
    void notFound();
    void serverError();
    void stall();
    void drop();
    void redirectLoop();
    void redirectedError();
    void sizeLimit();
    void sizeLimitFromContentLength();
    void streamed();
    void streamReceiverStops();
    void cancelFromAnotherThread();
    void progressIsReported();
    void connectionRefused();
    void parallelRequests();
    void tlsTrusted();
    void tlsUntrusted();
    void tlsSelfSigned();
    void tlsWrongHost();

private:
    HttpRequest request(const QString &path) const;
    // An HTTPS server with the given certificate, or nullptr after QSKIP-worthy trouble.
    std::unique_ptr<HttpTestServer> tlsServer(const QString &certificate, const QString &key);

    QTemporaryDir m_dir;
    QByteArray m_hello = "hello, runbench\n";
    QByteArray m_megabyte;
    std::unique_ptr<HttpTestServer> m_server;
    TestCertificates m_certificates;
};

void TestHttpClient::initTestCase()
{
    // Requests to the test servers never go through a proxy set in the environment.
    qputenv("no_proxy", "127.0.0.1");
    QVERIFY(m_dir.isValid());
    QFile hello(m_dir.filePath(QStringLiteral("hello.txt")));
    QVERIFY(hello.open(QIODevice::WriteOnly));
    hello.write(m_hello);
    hello.close();
    m_megabyte = QByteArray(1 << 20, 'm');
    QFile megabyte(m_dir.filePath(QStringLiteral("megabyte.bin")));
    QVERIFY(megabyte.open(QIODevice::WriteOnly));
    megabyte.write(m_megabyte);
    megabyte.close();
    m_server = std::make_unique<HttpTestServer>(m_dir.path());
    QVERIFY(m_server->start());
    const QString certificates = m_dir.filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(certificates));
    m_certificates = TestCertificates::create(certificates);
}

HttpRequest TestHttpClient::request(const QString &path) const
{
    HttpRequest request;
    request.url = m_server->url(path);
    return request;
}

std::unique_ptr<HttpTestServer> TestHttpClient::tlsServer(const QString &certificate,
                                                          const QString &key)
{
    auto server = std::make_unique<HttpTestServer>(m_dir.path(), certificate, key);
    if (!server->start())
        return nullptr;
    return server;
}

void TestHttpClient::getFile()
{
    const auto response = HttpClient::get(request(QStringLiteral("/hello.txt")));
    QVERIFY2(response.ok(), qPrintable(failure(response)));
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, m_hello);
    QCOMPARE(response->etag,
             '"' + QCryptographicHash::hash(m_hello, QCryptographicHash::Sha1).toHex() + '"');
    QVERIFY(!response->lastModified.isEmpty());
    QCOMPARE(response->finalUrl, m_server->url(QStringLiteral("/hello.txt")));
    QCOMPARE(response->bytesReceived, m_hello.size());
    QVERIFY(!response->notModified());
}

void TestHttpClient::conditionalGetByEtag()
{
    const auto first = HttpClient::get(request(QStringLiteral("/megabyte.bin")));
    QVERIFY2(first.ok(), qPrintable(failure(first)));
    HttpRequest again = request(QStringLiteral("/megabyte.bin"));
    again.etag = first->etag;
    m_server->resetBytesSent();
    const auto second = HttpClient::get(again);
    QVERIFY2(second.ok(), qPrintable(failure(second)));
    QVERIFY(second->notModified());
    QVERIFY(second->body.isEmpty());
    QCOMPARE(second->bytesReceived, 0);
    QCOMPARE(second->etag, first->etag);
    QVERIFY2(m_server->bytesSent() < 512, qPrintable(QString::number(m_server->bytesSent())));
}

void TestHttpClient::conditionalGetByDate()
{
    const auto first = HttpClient::get(request(QStringLiteral("/hello.txt")));
    QVERIFY2(first.ok(), qPrintable(failure(first)));
    HttpRequest again = request(QStringLiteral("/hello.txt"));
    again.lastModified = first->lastModified;
    const auto second = HttpClient::get(again);
    QVERIFY2(second.ok(), qPrintable(failure(second)));
    QCOMPARE(second->status, 304);
    QCOMPARE(second->bytesReceived, 0);
}

void TestHttpClient::redirectIsFollowed()
{
    const auto response = HttpClient::get(request(QStringLiteral("/redirect/hello.txt")));
    QVERIFY2(response.ok(), qPrintable(failure(response)));
    QCOMPARE(response->body, m_hello);
    QCOMPARE(response->finalUrl, m_server->url(QStringLiteral("/hello.txt")));
}

void TestHttpClient::notFound()
{
    const auto response = HttpClient::get(request(QStringLiteral("/fault/404")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/fault/404")) +
                                           QStringLiteral(" answered 404 Not Found."));
}

void TestHttpClient::serverError()
{
    const auto response = HttpClient::get(request(QStringLiteral("/fault/500")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/fault/500")) +
                                           QStringLiteral(" answered 500 Internal Server Error."));
}

void TestHttpClient::stall()
{
    HttpRequest stalled = request(QStringLiteral("/fault/stall"));
    stalled.stallTimeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    const auto response = HttpClient::get(stalled);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/fault/stall")) +
                                           QStringLiteral(" stopped sending data for 1 s after "
                                                          "0 bytes."));
    QVERIFY(timer.elapsed() < 10000);
}

void TestHttpClient::drop()
{
    const auto response = HttpClient::get(request(QStringLiteral("/fault/drop")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message,
             QStringLiteral("The connection to %1 was dropped after 1000 bytes of the answer.")
                 .arg(m_server->url(QStringLiteral("/fault/drop"))));
}

void TestHttpClient::redirectLoop()
{
    const auto response = HttpClient::get(request(QStringLiteral("/fault/redirect-loop")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/fault/redirect-loop")) +
                                           QStringLiteral(" redirected more than 5 times."));
}

void TestHttpClient::redirectedError()
{
    const auto response = HttpClient::get(request(QStringLiteral("/redirect/fault/404")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message,
             QStringLiteral("%1 (redirected from %2) answered 404 Not Found.")
                 .arg(m_server->url(QStringLiteral("/fault/404")),
                      m_server->url(QStringLiteral("/redirect/fault/404"))));
}

void TestHttpClient::sizeLimitFromContentLength()
{
    HttpRequest sized = request(QStringLiteral("/megabyte.bin"));
    sized.maxBytes = 512 << 10;
    const auto response = HttpClient::get(sized);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/megabyte.bin")) +
                                           QStringLiteral(" sent more than 512 KB; the limit "
                                                          "is 512 KB."));
}

void TestHttpClient::sizeLimit()
{
    HttpRequest big = request(QStringLiteral("/fault/big"));
    big.maxBytes = 10 << 20;
    m_server->resetBytesSent();
    qint64 mostReceived = 0;
    const auto response = HttpClient::get(big, nullptr, [&](qint64 received, qint64) {
        mostReceived = std::max(mostReceived, received);
    });
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, m_server->url(QStringLiteral("/fault/big")) +
                                           QStringLiteral(" sent more than 10 MB; the limit "
                                                          "is 10 MB."));
    // The transfer stopped near the limit instead of taking (and holding) all 100 MB.
    QVERIFY2(mostReceived <= (11 << 20), qPrintable(QString::number(mostReceived)));
    QVERIFY2(m_server->bytesSent() < (40 << 20),
             qPrintable(QString::number(m_server->bytesSent())));
}

void TestHttpClient::streamed()
{
    HttpRequest big = request(QStringLiteral("/fault/big"));
    big.maxBytes = HttpTestServer::BigSize;
    qint64 total = 0;
    const auto response = HttpClient::getStreamed(big, [&](QByteArrayView chunk) {
        total += chunk.size();
        return true;
    });
    QVERIFY2(response.ok(), qPrintable(failure(response)));
    QCOMPARE(total, HttpTestServer::BigSize);
    QCOMPARE(response->bytesReceived, HttpTestServer::BigSize);
    QVERIFY(response->body.isEmpty());
}

void TestHttpClient::streamReceiverStops()
{
    const auto response = HttpClient::getStreamed(request(QStringLiteral("/fault/big")),
                                                  [](QByteArrayView) { return false; });
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, QStringLiteral("Download of %1 was stopped by its receiver.")
                                           .arg(m_server->url(QStringLiteral("/fault/big"))));
}

void TestHttpClient::cancelFromAnotherThread()
{
    HttpRequest big = request(QStringLiteral("/fault/big"));
    big.maxBytes = HttpTestServer::BigSize;
    std::atomic_bool cancel = false;
    QSemaphore started;
    std::atomic_bool signalled = false;
    std::optional<Result<HttpResponse>> result;
    std::thread worker([&] {
        result = HttpClient::get(big, &cancel, [&](qint64 received, qint64) {
            if (received >= (1 << 20) && !signalled.exchange(true))
                started.release();
        });
    });
    const bool transferring = started.tryAcquire(1, 60000);
    cancel = true;
    worker.join();
    QVERIFY(transferring);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().message, QStringLiteral("Download of %1 was cancelled.")
                                          .arg(m_server->url(QStringLiteral("/fault/big"))));
}

void TestHttpClient::progressIsReported()
{
    QList<QPair<qint64, qint64>> reports;
    const auto response = HttpClient::get(request(QStringLiteral("/megabyte.bin")), nullptr,
                                          [&](qint64 received, qint64 total) {
                                              reports.append({received, total});
                                          });
    QVERIFY2(response.ok(), qPrintable(failure(response)));
    QCOMPARE(response->body, m_megabyte);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), qMakePair(qint64(m_megabyte.size()), qint64(m_megabyte.size())));
}

void TestHttpClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/hello.txt").arg(probe.serverPort());
    probe.close();
    HttpRequest refused;
    refused.url = url;
    const auto response = HttpClient::get(refused);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().message, url + QStringLiteral(" refused the connection."));
}

void TestHttpClient::parallelRequests()
{
    constexpr int Workers = 4;
    std::vector<std::optional<Result<HttpResponse>>> results(Workers);
    std::vector<std::thread> workers;
    for (int i = 0; i < Workers; ++i)
        workers.emplace_back(
            [&, i] { results[i] = HttpClient::get(request(QStringLiteral("/megabyte.bin"))); });
    for (std::thread &worker : workers)
        worker.join();
    for (const auto &result : results) {
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(failure(*result)));
        QCOMPARE(result.value()->body, m_megabyte);
    }
}

void TestHttpClient::tlsTrusted()
{
    if (!m_certificates.ok())
        QSKIP(qPrintable(QStringLiteral("No test certificates, TLS cases skipped: ") +
                         m_certificates.error));
    const auto server = tlsServer(m_certificates.serverCertificate, m_certificates.serverKey);
    QVERIFY2(server, "The HTTPS test server did not start (is Qt's TLS backend installed?).");
    HttpRequest trusted;
    trusted.url = server->url(QStringLiteral("/hello.txt"));
    trusted.caBundle = m_certificates.caCertificate;
    const auto response = HttpClient::get(trusted);
    QVERIFY2(response.ok(), qPrintable(failure(response)));
    QCOMPARE(response->body, m_hello);
}

void TestHttpClient::tlsUntrusted()
{
    if (!m_certificates.ok())
        QSKIP(qPrintable(QStringLiteral("No test certificates, TLS cases skipped: ") +
                         m_certificates.error));
    const auto server = tlsServer(m_certificates.serverCertificate, m_certificates.serverKey);
    QVERIFY(server);
    HttpRequest untrusted;
    untrusted.url = server->url(QStringLiteral("/hello.txt"));
    const auto response = HttpClient::get(untrusted);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().message.startsWith(
                 QStringLiteral("The TLS certificate of %1 is not signed by a trusted certificate "
                                "authority (")
                     .arg(untrusted.url)),
             qPrintable(response.error().message));
}

void TestHttpClient::tlsSelfSigned()
{
    if (!m_certificates.ok())
        QSKIP(qPrintable(QStringLiteral("No test certificates, TLS cases skipped: ") +
                         m_certificates.error));
    const auto server = tlsServer(m_certificates.caCertificate, m_certificates.caKey);
    QVERIFY(server);
    HttpRequest selfSigned;
    selfSigned.url = server->url(QStringLiteral("/hello.txt"));
    const auto response = HttpClient::get(selfSigned);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().message.startsWith(
                 QStringLiteral("The TLS certificate of %1 is self-signed and not trusted (")
                     .arg(selfSigned.url)),
             qPrintable(response.error().message));
}

void TestHttpClient::tlsWrongHost()
{
    if (!m_certificates.ok())
        QSKIP(qPrintable(QStringLiteral("No test certificates, TLS cases skipped: ") +
                         m_certificates.error));
    const auto server = tlsServer(m_certificates.wrongHostCertificate, m_certificates.wrongHostKey);
    QVERIFY(server);
    HttpRequest wrongHost;
    wrongHost.url = server->url(QStringLiteral("/hello.txt"));
    wrongHost.caBundle = m_certificates.caCertificate;
    const auto response = HttpClient::get(wrongHost);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().message.startsWith(
                 QStringLiteral("The TLS certificate of %1 was not issued for host 127.0.0.1 (")
                     .arg(wrongHost.url)),
             qPrintable(response.error().message));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

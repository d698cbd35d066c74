// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>

class HttpTestServerCore;

// Paths of a throwaway CA and certificates signed by it, made with the openssl CLI.
struct TestCertificates
{
    QString caCertificate; // the CA; also usable as a self-signed server certificate
    QString caKey;
    QString serverCertificate; // for IP 127.0.0.1
    QString serverKey;
    QString wrongHostCertificate; // for elsewhere.example only
    QString wrongHostKey;
    QString error; // why they could not be made, empty on success

    bool ok() const { return error.isEmpty(); }
    // Makes the CA and the certificates in dir; error says why not (e.g. no openssl).
    static TestCertificates create(const QString &dir);
};

// A small HTTP/1.1 server on 127.0.0.1 (random port) for client tests. It runs on its own
// thread so tests can make synchronous requests. It serves the files of a folder (ETag = sha1
// of the content, Last-Modified, 304 for a matching If-None-Match / If-Modified-Since),
// /redirect/<path> (302 to /<path>) and scripted faults: /fault/500, /fault/404,
// /fault/stall (headers, then silence), /fault/drop (closes mid-body),
// /fault/redirect-loop and /fault/big (100 MB, chunked); paths below a fault
// (/fault/500/any/file) answer with that fault too, and setFault() makes every path fail.
// It counts every byte it sends.
class HttpTestServer
{
public:
    // With certificate and key (PEM, EC keys) the server speaks HTTPS.
    explicit HttpTestServer(const QString &folder, const QString &certificate = {},
                            const QString &key = {});
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    // Listens; false when the port or the TLS files could not be set up.
    bool start();
    quint16 port() const { return m_port; }
    // "http(s)://127.0.0.1:<port>" followed by path.
    QString url(const QString &path) const;
    qint64 bytesSent() const { return m_bytesSent.load(); }
    void resetBytesSent() { m_bytesSent = 0; }
    // Every request answers with fault ("500", "404", "stall", "drop", "redirect-loop", "big")
    // until setFault({}) serves files again.
    void setFault(const QByteArray &fault);
    QByteArray fault() const;

    static constexpr qint64 BigSize = qint64(100) << 20;

private:
    QThread m_thread;
    HttpTestServerCore *m_core = nullptr;
    std::atomic<qint64> m_bytesSent = 0;
    mutable QMutex m_faultMutex;
    QByteArray m_fault;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_tlsReady = false;
};

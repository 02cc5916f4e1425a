#pragma once

#include "coapendpoint.h"
#include "coapsecurity.h"
#include "coapuri.h"

#include <functional>

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QPointer>

#include <memory>

class CoapClient;
class CoapDtlsTransport;
class CoapReply;
class CoapTransport;
class QTcpSocket;

// One request the gateway answered, for its log (one line each, HttpCoapGateway::logLine).
struct HttpCoapGatewayLogEntry
{
    QDateTime time;         // when the HTTP request arrived (UTC)
    QHostAddress client;    // the HTTP client
    QByteArray httpMethod;  // as the client sent it
    QString target;         // the CoAP URI, or the raw request-target when it was not one
    int httpStatus = 0;
    QString coapCode;       // "2.05", or empty when no CoAP response came
    QString detail;         // "Content", "timeout", "event stream", …
    qint64 bodyBytes = 0;   // bytes of the HTTP response body (for a stream: of its first event)
    double elapsedMs = 0;
};

// An HTTP-to-CoAP gateway (RFC 8075) on Qt HTTP Server: http://ADDR:PORT/coap://host:port/path?q
// becomes the CoAP request, its answer the HTTP response (HttpCoapMapping has the tables; docs/
// gateway.md describes the behaviour). A GET with "Accept: text/event-stream" becomes an
// observation (RFC 7641) streamed as Server-Sent Events until the HTTP client goes away, when the
// observation is deregistered.
//
// Every request on one connection is answered in order; each connection holds at most one CoAP
// exchange at a time. Bounds: request bodies kMaxBodyBytes by default (413 above), request
// headers kMaxHeaderBytes (431), kMaxConnections connections at once (further ones are closed).
class HttpCoapGateway : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxConnections = 256;
    // How long a client that went away waits for the device to confirm the deregistration before
    // the observation is dropped locally.
    static constexpr int kDeregisterWaitMs = 5000;
    // How long the rest of a refused request (413, 431) is read and dropped before the connection
    // is closed, so that the client reads the answer rather than a reset.
    static constexpr int kLingerMs = 2000;

    explicit HttpCoapGateway(QObject *parent = nullptr);
    ~HttpCoapGateway() override;

    // Options; set them before start().
    // CoAP response timeout per request; 0 = the engine's (RFC 7252 transmission limits).
    void setCoapTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    qint64 coapTimeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    // Credentials for coaps:// targets; without them a coaps:// target is answered 502.
    void setSecurityConfig(const CoapSecurityConfig &config);
    // Instead of one set of credentials, a client per coaps:// target (the window's, with each
    // device's own credentials): it returns the client to send to endpoint with, or nullptr and
    // *problem in words (answered 502). The provider's DTLS reports a failed handshake through
    // secureExchangeFailed().
    using SecureClientProvider = std::function<CoapClient *(const CoapUri &target, const CoapEndpoint &endpoint,
                                                            QString *problem)>;
    void setSecureClientProvider(SecureClientProvider provider) { m_secureProvider = std::move(provider); }
    // A handshake with peer failed: the coaps exchanges with it end at once (502, or the end of
    // an event stream), not after their retransmissions.
    void secureExchangeFailed(const CoapEndpoint &peer, const QString &detail);

    // Opens the CoAP socket and listens for HTTP on address:port (port 0: a free one). On failure
    // returns false with the system's reason in *problem.
    bool start(const QHostAddress &address, quint16 port, QString *problem);
    void stop();
    bool isRunning() const { return m_port != 0; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:8080" (IPv6 in brackets).
    QString baseUrl() const;
    // The URL that reaches coapUri through this gateway.
    QString urlFor(const QString &coapUri) const;

    // Observations streamed as Server-Sent Events right now.
    int activeStreams() const { return m_streams; }
    int openConnections() const { return int(m_connections.size()); }
    // The CoAP client behind the gateway (plain coap://), e.g. to show its datagrams.
    CoapClient *client() const { return m_client.get(); }

    static QString logLine(const HttpCoapGatewayLogEntry &entry);
    static bool isLoopback(const QHostAddress &address);

Q_SIGNALS:
    void requestServed(const HttpCoapGatewayLogEntry &entry);
    void activeStreamsChanged(int count);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending;
    struct Connection;
    class TcpServer;
    friend class TcpServer;

    void adopt(QTcpSocket *socket);
    void onReadyReadFirst(Connection *c);
    void onDisconnected(Connection *c);
    void forget(QTcpSocket *socket);
    void processNext(Connection *c);
    void process(Connection *c, const Pending &p);
    void finishReply(Connection *c);
    void writeResponse(Connection *c, int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body, const QString &coapCode, const QString &detail);
    void writePlain(Connection *c, int status, const QString &text, const QString &detail = {});
    void refuseAndClose(Connection *c, int status, const QString &text, qint64 requestSize = -1);
    void startStream(Connection *c);
    void endExchange(Connection *c);
    void log(Connection *c, int status, const QString &coapCode, const QString &detail, qint64 bytes);
    CoapClient *secureClient(QString *problem);

    std::unique_ptr<CoapTransport> m_transport;
    std::unique_ptr<CoapClient> m_client;
    std::unique_ptr<CoapDtlsTransport> m_dtls;
    std::unique_ptr<CoapClient> m_secureClient;
    bool m_haveSecurity = false;
    CoapSecurityConfig m_security;
    SecureClientProvider m_secureProvider;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_timeoutMs = 0;
    qint64 m_maxBody = kMaxBodyBytes;
    int m_streams = 0;
};

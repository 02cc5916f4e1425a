#include "httpcoapgateway.h"

#include "coapclient.h"
#include "coapdtlstransport.h"
#include "coaptransport.h"
#include "httpcoapmapping.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGateway, "coap.gateway")

using namespace HttpCoapMapping;

struct HttpCoapGateway::Pending
{
    QByteArray method;
    QByteArray target; // the request-target as sent: "/coap://host/path?query"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false; // "Connection: close"
    QDateTime time;
    QElapsedTimer timer;

    QByteArray header(const char *name) const
    {
        // Repeated fields are one comma-separated list (RFC 9110 §5.3).
        QByteArray value;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                if (!value.isEmpty())
                    value += ", ";
                value += h.second.trimmed();
            }
        }
        return value;
    }
    bool hasHeader(const char *name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

struct HttpCoapGateway::Connection
{
    QPointer<QTcpSocket> socket;
    QHostAddress peer;
    // Read ahead of Qt's parser at the start of each request: QHttpServerRequest knows only the
    // HTTP methods of its enum (no FETCH, no iPATCH) and gives the target already parsed by QUrl.
    QByteArray requestMethod;
    QByteArray requestTarget;
    QByteArray requestVersion; // "HTTP/1.1"
    qint64 requestBytes = 0; // received since the current request started (the body bound)
    QList<Pending> queue;
    bool busy = false;
    Pending current;
    QPointer<CoapReply> reply;
    QString target;
    bool conditional = false;
    bool head = false;
    bool eventStream = false;
    bool streaming = false;
    bool secure = false; // sent over DTLS (a coaps:// target)
    bool gone = false;
    int events = 0;
    // After an early refusal (413, 431): the rest of the request is read and dropped, so that
    // closing does not reset the connection before the client has read the answer.
    bool discarding = false;
    qint64 discardLeft = -1; // -1: unknown, until the linger timer ends it
};

// Hands every accepted socket to the gateway before Qt HTTP Server connects its own reader, so
// that the gateway reads the request line and counts bytes first (see onReadyReadFirst).
class HttpCoapGateway::TcpServer : public QTcpServer
{
public:
    TcpServer(HttpCoapGateway *gateway) : QTcpServer(gateway), m_gateway(gateway) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_gateway->m_connections.size() >= HttpCoapGateway::kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_gateway->adopt(socket);
        addPendingConnection(socket);
    }

private:
    HttpCoapGateway *m_gateway;
};

HttpCoapGateway::HttpCoapGateway(QObject *parent) : QAbstractHttpServer(parent) {}

HttpCoapGateway::~HttpCoapGateway()
{
    stop();
}

void HttpCoapGateway::setSecurityConfig(const CoapSecurityConfig &config)
{
    m_security = config;
    m_haveSecurity = true;
}

bool HttpCoapGateway::start(const QHostAddress &address, quint16 port, QString *problem)
{
    if (isRunning())
        return true;
    auto transport = std::make_unique<CoapUdpTransport>();
    // Dual-stack first (reaches IPv4 and IPv6 devices); IPv4 alone where IPv6 is switched off.
    if (!transport->bind(QHostAddress::Any, 0) && !transport->bind(QHostAddress::AnyIPv4, 0)) {
        *problem = transport->lastErrorDetail();
        return false;
    }
    auto *server = new TcpServer(this);
    if (!server->listen(address, port)) {
        *problem = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_transport = std::move(transport);
    m_client = std::make_unique<CoapClient>(m_transport.get());
    m_address = address;
    m_port = server->serverPort();
    return true;
}

void HttpCoapGateway::stop()
{
    const auto connections = m_connections;
    for (Connection *c : connections) {
        if (c->reply) {
            c->reply->disconnect(this);
            c->reply->abort();
        }
        if (c->socket)
            c->socket->abort();
    }
    for (QTcpServer *server : servers())
        delete server; // its sockets are its children
    qDeleteAll(m_connections);
    m_connections.clear();
    m_secureClient.reset();
    m_dtls.reset();
    m_client.reset();
    m_transport.reset();
    m_port = 0;
    if (m_streams != 0) {
        m_streams = 0;
        emit activeStreamsChanged(0);
    }
}

QString HttpCoapGateway::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']') : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QString HttpCoapGateway::urlFor(const QString &coapUri) const
{
    return baseUrl() + QLatin1Char('/') + coapUri;
}

bool HttpCoapGateway::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

QString HttpCoapGateway::logLine(const HttpCoapGatewayLogEntry &e)
{
    QString line = QStringLiteral("%1 %2 %3 %4 -> %5")
                           .arg(e.time.toString(Qt::ISODateWithMs), e.client.toString(),
                                QString::fromLatin1(e.httpMethod), e.target)
                           .arg(e.httpStatus);
    if (!e.coapCode.isEmpty())
        line += QStringLiteral(" (%1)").arg(e.coapCode);
    if (!e.detail.isEmpty())
        line += QLatin1Char(' ') + e.detail;
    line += QStringLiteral(", %1 B, %2 ms").arg(e.bodyBytes).arg(e.elapsedMs, 0, 'f', 1);
    return line;
}

void HttpCoapGateway::adopt(QTcpSocket *socket)
{
    auto *c = new Connection;
    c->socket = socket;
    c->peer = socket->peerAddress();
    m_connections.insert(socket, c);
    // Context: the socket, not this, so that refuseAndClose can cut Qt's reader (whose context is
    // this) without cutting ours.
    connect(socket, &QTcpSocket::readyRead, socket, [this, c] { onReadyReadFirst(c); });
    connect(socket, &QTcpSocket::disconnected, this, [this, c] { onDisconnected(c); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
}

void HttpCoapGateway::onReadyReadFirst(Connection *c)
{
    QTcpSocket *socket = c->socket;
    if (!socket)
        return;
    if (c->discarding) {
        const qint64 n = socket->readAll().size();
        if (c->discardLeft >= 0 && (c->discardLeft -= n) <= 0)
            socket->disconnectFromHost();
        return;
    }
    // Qt's parser starts a transaction at the first byte of a request and commits it when the
    // request is complete, so "no transaction" means the buffer starts with a new request.
    if (!socket->isTransactionStarted()) {
        c->requestBytes = 0;
        c->requestMethod.clear();
        c->requestTarget.clear();
        c->requestVersion.clear();
        const QByteArray head = socket->peek(kMaxHeaderBytes);
        qsizetype start = 0;
        while (start < head.size() && QByteArrayView(" \t\r\n").contains(head.at(start)))
            ++start;
        const qsizetype lineEnd = head.indexOf('\n', start);
        if (lineEnd > 0) {
            const QList<QByteArray> parts = head.mid(start, lineEnd - start).trimmed().split(' ');
            if (parts.size() >= 2) {
                c->requestMethod = parts.at(0);
                c->requestTarget = parts.at(1);
                c->requestVersion = parts.value(2);
            }
        }
        // An early 413 from Content-Length, before the body is read at all.
        qsizetype headerEnd = head.indexOf("\r\n\r\n", start);
        if (headerEnd < 0)
            headerEnd = head.indexOf("\n\n", start);
        if (headerEnd > 0) {
            for (const QByteArray &line : head.left(headerEnd).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
                    bool ok = false;
                    const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                    if (ok && length > m_maxBody) {
                        const qsizetype requestSize = headerEnd + (head.at(headerEnd) == '\r' ? 4 : 2) + length;
                        refuseAndClose(c, 413, QStringLiteral("The request body (%1 bytes) is larger than this gateway "
                                                              "accepts (%2 bytes).").arg(length).arg(m_maxBody),
                                       requestSize);
                        return;
                    }
                }
            }
        } else if (head.size() >= kMaxHeaderBytes) {
            refuseAndClose(c, 431, QStringLiteral("The request headers are larger than %1 bytes.").arg(kMaxHeaderBytes));
            return;
        }
    }
    // Qt's reader takes everything that is buffered each time, so what is buffered now is new.
    c->requestBytes += socket->bytesAvailable();
    if (c->requestBytes > m_maxBody + kMaxHeaderBytes) // a chunked body, or a lying Content-Length
        refuseAndClose(c, 413, QStringLiteral("The request body is larger than this gateway accepts (%1 bytes).").arg(m_maxBody));
}

void HttpCoapGateway::refuseAndClose(Connection *c, int status, const QString &text, qint64 requestSize)
{
    QTcpSocket *socket = c->socket;
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr); // Qt's reader: no more parsing
    const QByteArray body = text.toUtf8() + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            + "Content-Type: text/plain;charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    const qint64 dropped = socket->readAll().size();
    c->discarding = true;
    c->discardLeft = requestSize >= 0 ? qMax<qint64>(0, requestSize - dropped) : -1;
    HttpCoapGatewayLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.client = c->peer;
    e.httpMethod = c->requestMethod;
    e.target = QString::fromUtf8(c->requestTarget);
    e.httpStatus = status;
    e.detail = text;
    e.bodyBytes = body.size();
    emit requestServed(e);
    if (c->reply) {
        c->reply->disconnect(this);
        c->reply->abort();
    }
    if (c->discardLeft == 0) {
        socket->disconnectFromHost();
        return;
    }
    // Bounded: a client that keeps sending is cut off after kLingerMs.
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

void HttpCoapGateway::onDisconnected(Connection *c)
{
    c->gone = true;
    c->queue.clear();
    // The HTTP client went away: end what it started. An observation is deregistered (RFC 7641
    // §3.6) so that the device stops sending; if the device does not confirm, it is dropped.
    if (CoapReply *reply = c->reply) {
        reply->disconnect(this);
        if (reply->isObserving()) {
            reply->cancelObservation(CoapReply::CancelMode::Deregister);
            QTimer::singleShot(kDeregisterWaitMs, reply, [reply] { reply->abort(); });
            connect(reply, &CoapReply::finished, reply, &QObject::deleteLater);
        } else {
            reply->abort();
            reply->deleteLater();
        }
        c->reply = nullptr;
    }
    if (c->streaming) {
        c->streaming = false;
        emit activeStreamsChanged(--m_streams);
    }
}

void HttpCoapGateway::forget(QTcpSocket *socket)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    onDisconnected(c);
    delete c;
}

bool HttpCoapGateway::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return true;
    Pending p;
    p.method = c->requestMethod;
    if (p.method.isEmpty()) {
        switch (request.method()) {
        case QHttpServerRequest::Method::Get: p.method = "GET"; break;
        case QHttpServerRequest::Method::Put: p.method = "PUT"; break;
        case QHttpServerRequest::Method::Delete: p.method = "DELETE"; break;
        case QHttpServerRequest::Method::Post: p.method = "POST"; break;
        case QHttpServerRequest::Method::Head: p.method = "HEAD"; break;
        case QHttpServerRequest::Method::Patch: p.method = "PATCH"; break;
        default: p.method = "?"; break;
        }
    }
    p.target = c->requestTarget;
    if (p.target.isEmpty())
        p.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    p.headers = request.headers();
    p.body = request.body();
    // HTTP/1.0 closes after each response unless asked to keep the connection (RFC 9112 §9.3).
    const QByteArray connection = p.header("connection").toLower();
    p.close = connection.contains("close") || (c->requestVersion == "HTTP/1.0" && !connection.contains("keep-alive"));
    p.time = QDateTime::currentDateTimeUtc();
    p.timer.start();
    c->requestMethod.clear();
    c->requestTarget.clear();
    c->requestVersion.clear();
    c->queue.append(p);
    if (!c->busy)
        processNext(c);
    return true;
}

void HttpCoapGateway::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never called: handleRequest takes every request.
}

void HttpCoapGateway::processNext(Connection *c)
{
    while (!c->busy && !c->queue.isEmpty() && c->socket && !c->gone) {
        const Pending p = c->queue.takeFirst();
        process(c, p);
    }
}

void HttpCoapGateway::process(Connection *c, const Pending &p)
{
    c->busy = true;
    c->current = p;
    c->target = QString::fromUtf8(p.target);
    c->conditional = false;
    c->eventStream = false;
    c->streaming = false;
    c->events = 0;
    c->head = p.method == "HEAD";

    const std::optional<quint8> method = coapMethod(p.method);
    if (!method) {
        writePlain(c, 501, QStringLiteral("The method %1 has no CoAP counterpart. Use GET, POST, PUT, DELETE, FETCH, "
                                          "PATCH or iPATCH.").arg(QString::fromLatin1(p.method)));
        return;
    }
    const Target target = targetUri(p.target);
    if (!target.uri.isValid()) {
        writePlain(c, 400, target.problem);
        return;
    }
    c->target = target.uri.toString();
    if (p.body.size() > m_maxBody) {
        writePlain(c, 413, QStringLiteral("The request body (%1 bytes) is larger than this gateway accepts (%2 bytes).")
                                   .arg(p.body.size()).arg(m_maxBody));
        return;
    }
    if (p.hasHeader("transfer-encoding") && !p.header("transfer-encoding").toLower().contains("chunked")) {
        writePlain(c, 501, QStringLiteral("Only the chunked transfer coding is understood."));
        return;
    }

    CoapRequest request;
    request.message = CoapMessage(CoapType::Confirmable, *method);
    for (const CoapOption &o : target.uri.toOptions())
        request.message.addOption(o);
    if (target.uri.isIpLiteral()) {
        request.endpoint = target.uri.endpoint();
    } else {
        request.hostName = target.uri.host();
        request.port = target.uri.port();
    }
    request.timeoutMs = m_timeoutMs;
    request.maxBodySize = 64 * 1024 * 1024; // the engine's bound for a response body

    // RFC 8075 §6.2: Content-Type to Content-Format; a type CoAP has no number for cannot go on.
    const QByteArray contentType = p.header("content-type");
    if (!contentType.isEmpty()) {
        const int cf = contentFormatForMediaType(contentType);
        if (cf < 0) {
            writePlain(c, 415, QStringLiteral("The media type %1 has no CoAP Content-Format.").arg(QString::fromLatin1(contentType)));
            return;
        }
        request.message.setUintOption(CoapOptionNumber::ContentFormat, quint64(cf));
    }
    const QByteArray accept = p.header("accept");
    if (const std::optional<int> cf = acceptContentFormat(accept))
        request.message.setUintOption(CoapOptionNumber::Accept, quint64(*cf));

    bool any = false;
    bool malformed = false;
    if (p.hasHeader("if-match")) {
        const QList<QByteArray> tags = parseEntityTags(p.header("if-match"), &any, &malformed);
        if (any) // RFC 7252 §5.10.8.1: an empty If-Match means "exists"
            request.message.addOption(CoapOptionNumber::IfMatch, QByteArray());
        for (const QByteArray &tag : tags)
            request.message.addOption(CoapOptionNumber::IfMatch, tag);
    }
    if (!malformed && p.hasHeader("if-none-match")) {
        const QList<QByteArray> tags = parseEntityTags(p.header("if-none-match"), &any, &malformed);
        if (any) {
            request.message.addOption(CoapOptionNumber::IfNoneMatch, QByteArray());
        } else if (!tags.isEmpty() && *method == CoapCode::Get) {
            // A conditional GET: the tags become ETag options (a validation request, RFC 7252
            // §5.10.6.2), and 2.03 Valid becomes 304 (RFC 8075 §7 Note 3).
            for (const QByteArray &tag : tags)
                request.message.addOption(CoapOptionNumber::ETag, tag);
            c->conditional = true;
        } else if (!tags.isEmpty()) {
            // CoAP has no "unless the tag matches" for a change: refused rather than dropped, so
            // that a precondition never silently goes missing.
            writePlain(c, 400, QStringLiteral("If-None-Match with entity tags is understood on GET only; for a change use "
                                              "If-Match, or If-None-Match: *."));
            return;
        }
    }
    if (malformed) {
        writePlain(c, 400, QStringLiteral("An entity tag is not a CoAP ETag: write it as 1 to 8 bytes of hex in quotes, "
                                          "e.g. \"a1b2c3\"."));
        return;
    }
    request.message.setPayload(p.body);

    c->eventStream = *method == CoapCode::Get && !c->head && wantsEventStream(accept);
    request.observe = c->eventStream;
    if (c->eventStream)
        request.timeoutMs = 0; // a timeout would end the observation; the first answer is bounded below

    CoapClient *client = m_client.get();
    if (target.uri.secure()) {
        QString problem;
        client = m_secureProvider ? m_secureProvider(target.uri, request.endpoint, &problem) : secureClient(&problem);
        if (!client) {
            writePlain(c, 502, problem);
            return;
        }
        if (auto *dtls = m_dtls.get(); dtls && !m_secureProvider && !request.endpoint.isNull())
            dtls->setPeerName(request.endpoint, target.uri.host());
    }
    CoapReply *reply = client->send(request);
    c->reply = reply;
    c->secure = target.uri.secure();
    connect(reply, &CoapReply::finished, this, [this, c, reply] {
        if (c->reply == reply)
            finishReply(c);
    });
    if (c->eventStream) {
        connect(reply, &CoapReply::notificationReceived, this, [this, c, reply](const CoapMessage &n, quint64 sequence) {
            if (c->reply != reply || !c->socket)
                return;
            if (!CoapCode::isSuccess(n.code()))
                return; // an error ends the observation; finishReply reports it
            if (!c->streaming)
                startStream(c);
            c->socket->write(serverSentEvent(n.payload(), n.contentFormat(), sequence));
            ++c->events;
        });
        if (m_timeoutMs > 0) {
            QTimer::singleShot(m_timeoutMs, reply, [reply] {
                if (!reply->hasResponse() && !reply->isFinished())
                    reply->abort(); // finishReply answers 504
            });
        }
    }
}

CoapClient *HttpCoapGateway::secureClient(QString *problem)
{
    if (!m_haveSecurity) {
        *problem = QStringLiteral("This gateway has no credentials for coaps:// targets (start it with --psk-identity "
                                  "and a key, or --ca).");
        return nullptr;
    }
    if (!m_secureClient) {
        auto dtls = std::make_unique<CoapDtlsTransport>();
        dtls->setSecurityConfig(m_security);
        if (!dtls->bind(QHostAddress::Any, 0) && !dtls->bind(QHostAddress::AnyIPv4, 0)) {
            *problem = QStringLiteral("Cannot open a UDP socket for coaps: %1").arg(dtls->lastErrorDetail());
            return nullptr;
        }
        m_dtls = std::move(dtls);
        m_secureClient = std::make_unique<CoapClient>(m_dtls.get());
        // A failed handshake ends the exchanges with that peer at once (502) rather than after
        // the retransmissions.
        connect(m_dtls.get(), &CoapDtlsTransport::securityFailed, this,
                [this](const CoapEndpoint &peer, CoapSecurityError, const QString &detail) {
            secureExchangeFailed(peer, detail);
        });
    }
    return m_secureClient.get();
}

void HttpCoapGateway::secureExchangeFailed(const CoapEndpoint &peer, const QString &detail)
{
    for (Connection *c : std::as_const(m_connections)) {
        const CoapUri target = CoapUri::parse(c->target).uri;
        if (target.isIpLiteral() && !(target.endpoint() == peer))
            continue; // another device's handshake
        if (c->reply && c->secure && !c->reply->isFinished()) {
            CoapReply *reply = c->reply;
            c->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            if (c->streaming) {
                endExchange(c);
            } else {
                writePlain(c, 502, QStringLiteral("DTLS with %1 failed: %2").arg(peer.toString(), detail),
                           QStringLiteral("dtls"));
            }
        }
    }
}

void HttpCoapGateway::startStream(Connection *c)
{
    c->streaming = true;
    // No Content-Length and no chunking: the stream ends when the connection closes (RFC 9112
    // §6.3 item 8), which is how an event stream ends anyway.
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                      "Connection: close\r\nX-Accel-Buffering: no\r\n\r\n";
    c->socket->write(head);
    emit activeStreamsChanged(++m_streams);
    log(c, 200, CoapCode::toString(c->reply ? c->reply->response().code() : quint8(CoapCode::Content)),
        QStringLiteral("event stream (observing)"), 0);
}

static QString errorText(const CoapReply *reply, const QString &peer, qint64 timeoutMs, int *status, QString *detail)
{
    *status = 502;
    *detail = QString::fromLatin1(coapErrorKey(reply->error()));
    switch (reply->error()) {
    case CoapError::Timeout:
    case CoapError::RetransmissionsExceeded:
        *status = 504;
        if (reply->error() == CoapError::RetransmissionsExceeded)
            return QStringLiteral("No answer from %1 after %2 retransmissions.").arg(peer).arg(reply->retransmissions());
        return timeoutMs > 0 ? QStringLiteral("No answer from %1 within %2 s.").arg(peer).arg(double(timeoutMs) / 1000.0)
                             : QStringLiteral("No answer from %1.").arg(peer);
    case CoapError::Cancelled:
        // Only the first-answer bound of an event stream cancels a reply the client still waits for.
        *status = 504;
        *detail = QStringLiteral("timeout");
        return QStringLiteral("No answer from %1 within %2 s.").arg(peer).arg(double(timeoutMs) / 1000.0);
    case CoapError::PortUnreachable:
        return QStringLiteral("Nothing listens on %1: its system answered ICMP port unreachable.").arg(peer);
    case CoapError::HostNotFound:
        return QStringLiteral("The host name of %1 could not be resolved.").arg(peer);
    case CoapError::NetworkError:
        return QStringLiteral("Could not send to %1: the network is unreachable from the gateway.").arg(peer);
    case CoapError::Reset:
        return QStringLiteral("%1 refused the request with a reset (RST).").arg(peer);
    case CoapError::EncodeError:
        *status = 400;
        return QStringLiteral("The request cannot be encoded as CoAP: an option value is too long.");
    case CoapError::BadResponse:
    case CoapError::BlockTransferFailed:
    case CoapError::EtagChanged:
    case CoapError::ProtocolError:
        *detail += QLatin1Char('/') + QString::fromLatin1(coapViolationKey(reply->violation()));
        return QStringLiteral("%1 broke the protocol (%2).").arg(peer, *detail);
    case CoapError::None:
        break;
    }
    return QStringLiteral("The exchange with %1 failed.").arg(peer);
}

void HttpCoapGateway::finishReply(Connection *c)
{
    CoapReply *reply = c->reply;
    c->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (!c->socket || c->gone)
        return;
    const CoapUri uri = CoapUri::parse(c->target).uri;
    const QString peer = uri.isValid() ? uri.authority() : c->target;

    if (reply->error() != CoapError::None) {
        if (c->streaming) {
            c->socket->write("event: error\ndata: " + QByteArray(coapErrorKey(reply->error())) + "\n\n");
            endExchange(c);
            return;
        }
        int status = 502;
        QString detail;
        const QString text = errorText(reply, peer, m_timeoutMs, &status, &detail);
        writePlain(c, status, text, detail);
        return;
    }
    const CoapMessage &response = reply->response();
    const QString code = CoapCode::toString(response.code());
    if (c->streaming) {
        // The device ended the observation: say how, then end the stream.
        if (!CoapCode::isSuccess(response.code()))
            c->socket->write("event: error\ndata: " + code.toLatin1() + ' ' + CoapCode::name(response.code()).toLatin1() + "\n\n");
        else if (reply->notificationCount() == 0 || !response.hasOption(CoapOptionNumber::Observe))
            c->socket->write(serverSentEvent(response.payload(), response.contentFormat(), 0));
        c->socket->write("event: end\ndata: the device ended the observation\n\n");
        endExchange(c);
        return;
    }
    if (c->eventStream && CoapCode::isSuccess(response.code())) {
        // Not observable: the one answer as one event, then the stream ends.
        startStream(c);
        c->socket->write(serverSentEvent(response.payload(), response.contentFormat(), 0));
        c->socket->write("event: end\ndata: the resource is not observable\n\n");
        endExchange(c);
        return;
    }

    const QByteArray &payload = response.payload();
    const int status = httpStatus(response.code(), !payload.isEmpty(), c->conditional);
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body = payload;
    if (CoapCode::isSuccess(response.code())) {
        if (!payload.isEmpty())
            headers.emplaceBack(QByteArray("Content-Type"), mediaTypeForContentFormat(response.contentFormat()));
        if (const auto etag = response.option(CoapOptionNumber::ETag))
            headers.emplaceBack(QByteArray("ETag"), formatEntityTag(etag->value()));
        // RFC 8075 §6.1.1 / RFC 7252 §5.10.5: Max-Age (default 60 s) as the freshness lifetime.
        if (response.code() == CoapCode::Content || response.code() == CoapCode::Valid)
            headers.emplaceBack(QByteArray("Cache-Control"), cacheControlForMaxAge(response.uintOption(CoapOptionNumber::MaxAge)));
        const CoapUri location = uri.resolveLocation(response);
        if (location.isValid())
            headers.emplaceBack(QByteArray("Location"), urlFor(location.toString()).toUtf8());
        if (status == 204 || status == 304)
            body.clear();
    } else if (payload.isEmpty()) {
        body = QStringLiteral("%1 %2 from %3\n").arg(code, CoapCode::name(response.code()), peer).toUtf8();
        headers.emplaceBack(QByteArray("Content-Type"), "text/plain;charset=utf-8");
    } else {
        // A diagnostic payload is text (RFC 7252 §5.5.2) unless the device said otherwise.
        headers.emplaceBack(QByteArray("Content-Type"), response.contentFormat() ? mediaTypeForContentFormat(response.contentFormat())
                                                                 : QByteArray("text/plain;charset=utf-8"));
    }
    writeResponse(c, status, headers, body, code, CoapCode::name(response.code()));
}

void HttpCoapGateway::endExchange(Connection *c)
{
    // An event stream ends with the connection.
    if (c->streaming) {
        c->streaming = false;
        emit activeStreamsChanged(--m_streams);
    }
    c->busy = false;
    c->queue.clear();
    if (c->socket)
        c->socket->disconnectFromHost();
}

void HttpCoapGateway::writeResponse(Connection *c, int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body, const QString &coapCode, const QString &detail)
{
    QTcpSocket *socket = c->socket;
    if (!socket) {
        c->busy = false;
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (c->current.close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!c->head)
        out += body;
    socket->write(out);
    log(c, status, coapCode, detail, c->head ? 0 : body.size());
    c->busy = false;
    if (c->current.close) {
        c->queue.clear();
        socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(0, this, [this, socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            if (Connection *next = m_connections.value(socket))
                processNext(next);
    });
}

void HttpCoapGateway::writePlain(Connection *c, int status, const QString &text, const QString &detail)
{
    writeResponse(c, status, {{"Content-Type", "text/plain;charset=utf-8"}}, text.toUtf8() + '\n', {},
                  detail.isEmpty() ? text : detail);
}

void HttpCoapGateway::log(Connection *c, int status, const QString &coapCode, const QString &detail, qint64 bytes)
{
    HttpCoapGatewayLogEntry e;
    e.time = c->current.time;
    e.client = c->peer;
    e.httpMethod = c->current.method;
    e.target = c->target;
    e.httpStatus = status;
    e.coapCode = coapCode;
    e.detail = detail;
    e.bodyBytes = bytes;
    e.elapsedMs = c->current.timer.isValid() ? double(c->current.timer.nsecsElapsed()) / 1e6 : 0;
    qCDebug(lcGateway).noquote() << logLine(e);
    emit requestServed(e);
}

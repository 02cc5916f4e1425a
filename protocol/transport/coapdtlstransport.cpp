#include "coapdtlstransport.h"

#include <QDtls>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslPreSharedKeyAuthenticator>
#include <QTimer>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcCoapDtls, "coap.dtls")

struct CoapDtlsTransport::Session
{
    CoapEndpoint peer;
    std::unique_ptr<QDtls> dtls;
    QList<QByteArray> queue;           // plain datagrams waiting for the handshake
    QTimer *deadline = nullptr;        // the whole handshake's bound
    bool serverHelloSeen = false;
    bool established = false;          // the handshake completed (stays set after close_notify)
    bool reestablished = false;        // set up again after the peer forgot it; only once
    qint64 firstUnansweredSendMs = -1; // client: first send since we last heard from the peer
    qint64 lastActivityMs = 0;
    bool certificateAccepted = false;
    QSslCertificate peerCertificate;

    ~Session()
    {
        // Later: the session may end inside its own timer's timeout().
        if (deadline)
            deadline->deleteLater();
    }
};

namespace {
// DTLS record header (RFC 6347 §4.1): type(1) version(2) epoch(2) seq(6) length(2), then for a
// handshake record the handshake header: msg_type(1) …
constexpr int RecordHeader = 13;
bool isHandshakeMessage(const QByteArray &d, quint8 type)
{
    return d.size() > RecordHeader && quint8(d[0]) == 22 && d[3] == 0 && d[4] == 0
            && quint8(d[RecordHeader]) == type;
}
constexpr quint8 ClientHello = 1;
constexpr quint8 ServerHello = 2;

struct AlertName
{
    const char *text;
    int number;
};
// RFC 5246 §7.2 / RFC 4279 §6 alert descriptions as OpenSSL words them.
constexpr AlertName alertNames[] = {
    {"close notify", 0},        {"unexpected message", 10},  {"bad record mac", 20},
    {"decryption failed", 21},  {"record overflow", 22},     {"handshake failure", 40},
    {"bad certificate", 42},    {"unsupported certificate", 43}, {"certificate revoked", 44},
    {"certificate expired", 45}, {"certificate unknown", 46}, {"illegal parameter", 47},
    {"unknown ca", 48},         {"access denied", 49},       {"decode error", 50},
    {"decrypt error", 51},      {"protocol version", 70},    {"insufficient security", 71},
    {"internal error", 80},     {"user canceled", 90},       {"no renegotiation", 100},
    {"unsupported extension", 110}, {"unknown psk identity", 115},
};

// Turns the TLS library's fatal error into our enum, from the alert it names.
CoapSecurityError classifyFatal(const QString &text, bool psk, QString *detail)
{
    const QString lower = text.toLower();
    *detail = text;
    for (const AlertName &alert : alertNames) {
        if (!lower.contains(QLatin1String("alert ") + QLatin1String(alert.text)))
            continue;
        *detail = QStringLiteral("alert %1 (%2)").arg(alert.number).arg(QLatin1String(alert.text));
        switch (alert.number) {
        case 115: return CoapSecurityError::UnknownIdentity;
        case 20: case 21: case 51: return psk ? CoapSecurityError::WrongKey : CoapSecurityError::PeerAlert;
        case 48: return CoapSecurityError::UntrustedCertificate;
        case 45: return CoapSecurityError::ExpiredCertificate;
        default: return CoapSecurityError::PeerAlert;
        }
    }
    if (psk && (lower.contains(QLatin1String("decrypt")) || lower.contains(QLatin1String("bad record mac"))))
        return CoapSecurityError::WrongKey;
    return CoapSecurityError::Other;
}

CoapSecurityError classifyVerification(const QList<QSslError> &errors, QString *detail)
{
    bool expired = false, name = false, untrusted = false;
    QStringList words;
    for (const QSslError &e : errors) {
        words << e.errorString();
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            name = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    *detail = words.join(QLatin1String("; "));
    // An unknown issuer first: then nothing else the certificate says can be believed.
    if (untrusted)
        return CoapSecurityError::UntrustedCertificate;
    if (expired)
        return CoapSecurityError::ExpiredCertificate;
    if (name)
        return CoapSecurityError::NameMismatch;
    return CoapSecurityError::Other;
}
} // namespace

CoapDtlsTransport::CoapDtlsTransport(QObject *parent) : CoapTransport(parent)
{
    m_monotonic.start();
}

CoapDtlsTransport::~CoapDtlsTransport()
{
    close();
}

QString CoapDtlsTransport::cipherString(bool psk, bool certificates)
{
    // RFC 7252 §9.1.3.1/§9.1.3.3: TLS_PSK_WITH_AES_128_CCM_8 and TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8
    // are mandatory and often the only suites a constrained device has. Qt's own list lacks CCM,
    // so the list goes to OpenSSL directly. Only the kinds we hold credentials for are offered: a
    // server with a certificate would otherwise pick a PSK suite we have no key for.
    QStringList suites;
    if (psk) {
        suites << QStringLiteral("PSK-AES128-CCM8:PSK-AES128-CCM:PSK-AES128-GCM-SHA256:PSK-AES256-GCM-SHA384:"
                                 "PSK-AES128-CBC-SHA256:ECDHE-PSK-AES128-CBC-SHA256");
    }
    if (certificates) {
        suites << QStringLiteral("ECDHE-ECDSA-AES128-CCM8:ECDHE-ECDSA-AES128-CCM:ECDHE-ECDSA-AES128-GCM-SHA256:"
                                 "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                                 "ECDHE-RSA-AES256-GCM-SHA384");
    }
    return suites.join(QLatin1Char(':'));
}

void CoapDtlsTransport::setPeerSecurityConfig(const CoapEndpoint &peer, const CoapSecurityConfig &config)
{
    m_peerConfigs.insert(peer, config);
    m_failedUntil.remove(peer); // new credentials deserve a new try at once
}

void CoapDtlsTransport::setPeerName(const CoapEndpoint &peer, const QString &hostName)
{
    m_peerNames.insert(peer, hostName);
}

const CoapSecurityConfig &CoapDtlsTransport::configFor(const CoapEndpoint &peer) const
{
    const auto it = m_peerConfigs.constFind(peer);
    return it != m_peerConfigs.cend() ? *it : m_config;
}

bool CoapDtlsTransport::bind(const QHostAddress &address, quint16 port)
{
    close();
    m_socket = new QUdpSocket(this);
    // CoAP goes straight to the device: no SOCKS proxy for UDP. Without this Qt asks the system's
    // proxy configuration (libproxy, a thread of its own) at the first bind, some milliseconds of
    // every CLI run.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    if (!m_socket->bind(address, port)) {
        setLastError(CoapNetworkError::AddressInUse, m_socket->errorString());
        if (m_socket->error() != QAbstractSocket::AddressInUseError)
            setLastError(CoapNetworkError::Other, m_socket->errorString());
        qCWarning(lcCoapDtls) << "bind" << address << port << "failed:" << m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    // As over plain UDP: a handshake with a port where nothing listens ends at once with "port
    // unreachable" instead of after its whole bound (see readIcmpErrors()).
    enableIcmpErrors(m_socket->socketDescriptor());
    connect(m_socket, &QUdpSocket::readyRead, this, &CoapDtlsTransport::readPending);
    if (m_server) {
        m_verifier = new QDtlsClientVerifier(this);
    }
    setLastError(CoapNetworkError::None);
    return true;
}

void CoapDtlsTransport::close()
{
    const auto peers = m_sessions.keys();
    for (const CoapEndpoint &peer : peers)
        dropSession(peer, true);
    m_failedUntil.clear();
    delete m_verifier;
    m_verifier = nullptr;
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool CoapDtlsTransport::isBound() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

CoapEndpoint CoapDtlsTransport::localEndpoint() const
{
    return m_socket ? CoapEndpoint(m_socket->localAddress(), m_socket->localPort()) : CoapEndpoint();
}

bool CoapDtlsTransport::hasSession(const CoapEndpoint &peer) const
{
    const auto it = m_sessions.constFind(peer);
    return it != m_sessions.cend() && (*it)->dtls->isConnectionEncrypted();
}

CoapDtlsSessionInfo CoapDtlsTransport::sessionInfo(const CoapEndpoint &peer) const
{
    CoapDtlsSessionInfo info;
    const auto it = m_sessions.constFind(peer);
    if (it == m_sessions.cend() || !(*it)->dtls->isConnectionEncrypted())
        return info;
    const Session &s = **it;
    info.encrypted = true;
    switch (s.dtls->sessionProtocol()) {
    case QSsl::DtlsV1_2: info.protocol = QStringLiteral("DTLS 1.2"); break;
    default: info.protocol = QStringLiteral("DTLS"); break;
    }
    info.cipher = s.dtls->sessionCipher().name();
    info.peerCertificate = s.peerCertificate;
    info.certificateAccepted = s.certificateAccepted;
    return info;
}

bool CoapDtlsTransport::send(const QByteArray &datagram, const CoapEndpoint &to)
{
    if (!m_socket && !bind()) {
        emit sendFailed(to, lastError());
        return false;
    }
    const qint64 now = m_monotonic.elapsed();
    auto failed = m_failedUntil.constFind(to);
    if (failed != m_failedUntil.cend()) {
        if (*failed > now) {
            // The last handshake failed moments ago: fail at once rather than try again per
            // retransmission (habit 13).
            setLastError(CoapNetworkError::Other, QStringLiteral("DTLS handshake failed"));
            emit sendFailed(to, CoapNetworkError::Other);
            return false;
        }
        m_failedUntil.remove(to);
    }
    auto it = m_sessions.find(to);
    if (it == m_sessions.end()) {
        if (m_server || to.isMulticast()) {
            // A server answers only over a session its client set up; DTLS has no multicast.
            setLastError(CoapNetworkError::Other, QStringLiteral("no DTLS session with this peer"));
            emit sendFailed(to, CoapNetworkError::Other);
            return false;
        }
        if (noRouteTo(to)) {
            // The system has no route there (an IPv6 address on a network without IPv6, say). It
            // would refuse the handshake's first flight, and QDtls would keep that to itself and
            // retransmit until the handshake's bound: refused now, as a plain send is.
            setLastError(CoapNetworkError::NetworkUnreachable, QStringLiteral("no route to %1").arg(to.toString()));
            qCInfo(lcCoapDtls) << "no route to" << to.toString();
            emit sendFailed(to, CoapNetworkError::NetworkUnreachable);
            return false;
        }
        Session *s = startClientSession(to);
        if (!s)
            return false;
        s->queue.append(datagram);
        return true;
    }
    Session *s = it->get();
    if (!s->dtls->isConnectionEncrypted()) {
        if (s->queue.size() >= MaxQueuedPerPeer)
            s->queue.removeFirst();
        s->queue.append(datagram);
        return true;
    }
    if (!m_server && !s->reestablished && s->firstUnansweredSendMs >= 0
        && now - s->firstUnansweredSendMs > SilentSessionMs) {
        // We kept sending and the peer kept silent: it most likely restarted and forgot the session
        // (a DTLS server drops records of sessions it does not know). Set it up again, once.
        qCInfo(lcCoapDtls) << "session with" << to.toString() << "silent; setting it up again";
        dropSession(to, false);
        Session *fresh = startClientSession(to);
        if (!fresh)
            return false;
        fresh->reestablished = true;
        fresh->queue.append(datagram);
        return true;
    }
    return writeEncrypted(s, datagram);
}

bool CoapDtlsTransport::writeEncrypted(Session *s, const QByteArray &datagram)
{
    qint64 written = s->dtls->writeDatagramEncrypted(m_socket, datagram);
    if (written < 0 && s->dtls->dtlsError() == QDtlsError::UnderlyingSocketError) {
        // The system refused the datagram. Most likely the kernel handed this write an ICMP error
        // about an earlier datagram, maybe to another peer (see CoapTransport::enableIcmpErrors;
        // Qt reports it as a plain network error), and the record did not go out: write it once
        // more. The error queue, which names the peer, is read when the socket reports it. (A
        // handshake flight refused this way goes out again with QDtls's retransmission.)
        written = s->dtls->writeDatagramEncrypted(m_socket, datagram);
    }
    const qint64 now = m_monotonic.elapsed();
    s->lastActivityMs = now;
    if (written < 0) {
        setLastError(CoapNetworkError::Other, s->dtls->dtlsErrorString());
        qCInfo(lcCoapDtls) << "send to" << s->peer.toString() << "failed:" << s->dtls->dtlsErrorString();
        emit sendFailed(s->peer, CoapNetworkError::Other);
        return false;
    }
    if (s->firstUnansweredSendMs < 0)
        s->firstUnansweredSendMs = now;
    return true;
}

QSslConfiguration CoapDtlsTransport::dtlsConfiguration(const CoapEndpoint &peer, bool server) const
{
    return configurationFor(configFor(peer), server);
}

QSslConfiguration CoapDtlsTransport::configurationFor(const CoapSecurityConfig &c, bool server)
{
    QSslConfiguration conf = QSslConfiguration::defaultDtlsConfiguration();
    conf.setProtocol(QSsl::DtlsV1_2OrLater);
    const bool certificates = server ? c.hasCertificate() : (!c.hasPsk() || !c.caCertificates.isEmpty() || c.hasCertificate());
    conf.setBackendConfigurationOption(QByteArrayLiteral("CipherString"), cipherString(c.hasPsk(), certificates));
    if (c.hasCertificate()) {
        conf.setLocalCertificate(*c.certificate);
        conf.setPrivateKey(*c.privateKey);
    }
    if (server) {
        // We do not ask clients for certificates; PSK clients are checked by their key.
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!c.pskHint.isEmpty())
            conf.setPreSharedKeyIdentityHint(c.pskHint);
    } else {
        // A PSK authenticates the peer by itself (RFC 7252 §9.1.3.1); certificates are checked
        // unless the user turned that off.
        const bool verify = c.verifyPeer && !(c.hasPsk() && c.caCertificates.isEmpty());
        conf.setPeerVerifyMode(verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        // The system's CA store only when a certificate is checked against it: reading it parses
        // every certificate in it, some 200 ms of a coaps command with a pre-shared key (93 % of
        // its instructions) for nothing. Set explicitly either way, so that Qt does not load it on
        // demand either.
        QList<QSslCertificate> cas = verify && c.useSystemCaStore ? QSslConfiguration::systemCaCertificates()
                                                                  : QList<QSslCertificate>();
        cas += c.caCertificates;
        conf.setCaCertificates(cas);
    }
    return conf;
}

CoapDtlsTransport::Session *CoapDtlsTransport::startClientSession(const CoapEndpoint &peer)
{
    evictIfFull();
    auto session = std::make_shared<Session>();
    session->peer = peer;
    session->dtls = std::make_unique<QDtls>(QSslSocket::SslClientMode);
    const QString name = m_peerNames.value(peer, m_defaultPeerName.isEmpty() ? peer.address().toString() : m_defaultPeerName);
    session->dtls->setPeer(peer.address(), peer.port(), name);
    session->dtls->setDtlsConfiguration(dtlsConfiguration(peer, false));
    session->lastActivityMs = m_monotonic.elapsed();
    Session *s = session.get();
    const CoapSecurityConfig config = configFor(peer);
    connect(s->dtls.get(), &QDtls::pskRequired, this, [config](QSslPreSharedKeyAuthenticator *auth) {
        auth->setIdentity(config.pskIdentity);
        auth->setPreSharedKey(config.psk);
    });
    connect(s->dtls.get(), &QDtls::handshakeTimeout, this, [this, peer] {
        const auto it = m_sessions.constFind(peer);
        if (it == m_sessions.cend() || !m_socket)
            return;
        if (noRouteTo(peer)) {
            // The route went away during the handshake (an interface went down, the network was
            // left): the system would refuse the flight, and QDtls would keep that to itself until
            // the handshake's bound. Ended now, as send() refuses a peer without a route; nothing
            // is wrong with the keys, so the layers above hear of it as over UDP.
            qCInfo(lcCoapDtls) << "no route to" << peer.toString() << "any more; handshake ended";
            dropSession(peer, false);
            setLastError(CoapNetworkError::NetworkUnreachable, QStringLiteral("no route to %1").arg(peer.toString()));
            emit destinationUnreachable(peer, CoapNetworkError::NetworkUnreachable);
            return;
        }
        (*it)->dtls->handleTimeout(m_socket); // RFC 6347 §4.2.4 retransmission
    });
    s->deadline = new QTimer;
    s->deadline->setSingleShot(true);
    connect(s->deadline, &QTimer::timeout, this, [this, peer] {
        const auto it = m_sessions.constFind(peer);
        const bool psk = configFor(peer).hasPsk();
        if (it != m_sessions.cend() && (*it)->serverHelloSeen && psk)
            failSession(peer, CoapSecurityError::WrongKey, QStringLiteral("the peer never accepted our Finished"));
        else
            failSession(peer, CoapSecurityError::HandshakeTimeout,
                        it != m_sessions.cend() && (*it)->serverHelloSeen ? QStringLiteral("handshake incomplete")
                                                                          : QStringLiteral("no answer"));
    });
    s->deadline->start(qMax(100, config.handshakeTimeoutMs));
    m_sessions.insert(peer, session);
    qCDebug(lcCoapDtls) << "handshake with" << peer.toString();
    if (!s->dtls->doHandshake(m_socket)) {
        const QString detail = s->dtls->dtlsErrorString();
        QMetaObject::invokeMethod(this, [this, peer, detail] {
            failSession(peer, CoapSecurityError::Other, detail);
        }, Qt::QueuedConnection);
    }
    return s;
}

void CoapDtlsTransport::evictIfFull()
{
    if (m_sessions.size() < MaxSessions)
        return;
    CoapEndpoint oldest;
    qint64 oldestMs = std::numeric_limits<qint64>::max();
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if ((*it)->lastActivityMs < oldestMs) {
            oldestMs = (*it)->lastActivityMs;
            oldest = it.key();
        }
    }
    dropSession(oldest, true);
}

void CoapDtlsTransport::readPending()
{
    QPointer<QUdpSocket> socket = m_socket;
    const auto handle = [this](const QNetworkDatagram &datagram) {
        handleDatagram(datagram.data(), CoapEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())));
    };
    bool received = false;
    // Twice at most: the kernel hands a queued ICMP error to the first read, in front of any
    // datagram, so the datagrams behind it are read after the error queue.
    for (int round = 0; round < 2; ++round) {
        while (socket && socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = socket->receiveDatagram();
            if (!datagram.isValid())
                break;
            received = true;
            handle(datagram);
        }
        if (!socket || socket != m_socket || !readIcmpErrors())
            break;
    }
    // Qt switches its read notification off at each one and on again only by a read. When only
    // an ICMP error woke us, nothing was read: read once anyway, or the socket goes deaf. With
    // an explicit size the read does not wait, and fails at once when nothing is there.
    if (!received && socket && socket == m_socket) {
        const QNetworkDatagram datagram = socket->receiveDatagram(CoapUdpTransport::kMaxDatagram);
        if (datagram.isValid())
            handle(datagram);
    }
}

// ICMP says a datagram to this peer was refused: "port unreachable" (nothing listens there, e.g.
// a device without a coaps service) or "host unreachable". A handshake with that peer cannot
// finish, so it ends now rather than after its whole bound; an established session ends too, as
// the peer's service went away and forgot it (the next send starts a new handshake). No
// securityFailed(): nothing is wrong with the keys. The layers above hear of it as over plain
// UDP, by destinationUnreachable(), and end what waits for that peer. Returns whether there was
// an error to read.
bool CoapDtlsTransport::readIcmpErrors()
{
    if (!m_socket)
        return false;
    const QList<IcmpError> errors = takeIcmpErrors(m_socket->socketDescriptor());
    const QPointer<CoapDtlsTransport> self(this); // a listener may delete us
    for (const IcmpError &e : errors) {
        if (!self)
            return false;
        qCInfo(lcCoapDtls) << "ICMP" << (e.error == CoapNetworkError::PortUnreachable ? "port" : "host")
                           << "unreachable from" << e.peer.toString();
        dropSession(e.peer, false);
        emit destinationUnreachable(e.peer, e.error);
    }
    return self && !errors.isEmpty();
}

void CoapDtlsTransport::handleDatagram(const QByteArray &datagram, const CoapEndpoint &from)
{
    if (datagram.isEmpty())
        return;
    auto it = m_sessions.find(from);
    if (m_server && it != m_sessions.end() && (*it)->dtls->isConnectionEncrypted()
        && isHandshakeMessage(datagram, ClientHello)) {
        // The client starts afresh (it restarted, or lost the session): forget the old one.
        dropSession(from, false);
        it = m_sessions.end();
    }
    if (it == m_sessions.end()) {
        if (!m_server)
            return; // nothing of ours: stray or late
        if (!isHandshakeMessage(datagram, ClientHello))
            return;
        // RFC 6347 §4.2.1: a stateless cookie round trip first, so spoofed addresses cost nothing.
        if (!m_verifier->verifyClient(m_socket, datagram, from.address(), from.port()))
            return;
        evictIfFull();
        auto session = std::make_shared<Session>();
        session->peer = from;
        session->dtls = std::make_unique<QDtls>(QSslSocket::SslServerMode);
        session->dtls->setPeer(from.address(), from.port());
        session->dtls->setDtlsConfiguration(dtlsConfiguration(from, true));
        session->lastActivityMs = m_monotonic.elapsed();
        const CoapSecurityConfig config = configFor(from);
        connect(session->dtls.get(), &QDtls::pskRequired, this, [config](QSslPreSharedKeyAuthenticator *auth) {
            // An unknown identity gets no key, and OpenSSL answers unknown_psk_identity (RFC 4279 §2).
            if (config.pskIdentity.isEmpty() || auth->identity() == config.pskIdentity)
                auth->setPreSharedKey(config.psk);
        });
        connect(session->dtls.get(), &QDtls::handshakeTimeout, this, [this, from] {
            const auto s = m_sessions.constFind(from);
            if (s != m_sessions.cend() && m_socket)
                (*s)->dtls->handleTimeout(m_socket);
        });
        session->deadline = new QTimer;
        session->deadline->setSingleShot(true);
        connect(session->deadline, &QTimer::timeout, this, [this, from] { dropSession(from, false); });
        session->deadline->start(qMax(100, config.handshakeTimeoutMs));
        it = m_sessions.insert(from, session);
    }
    Session *s = it->get();
    s->lastActivityMs = m_monotonic.elapsed();
    if (!s->dtls->isConnectionEncrypted()) {
        if (!m_server && !s->serverHelloSeen && isHandshakeMessage(datagram, ServerHello)) {
            s->serverHelloSeen = true;
            // With a PSK, a peer that cannot decrypt our Finished drops it silently (RFC 6347
            // §4.1.2.7) and the handshake stalls. Our Finished is retransmitted after 1 s and 3 s;
            // no answer after those means the key, so say so in seconds, not at the bound.
            if (configFor(from).hasPsk() && s->deadline && s->deadline->remainingTime() > FinalFlightMs)
                s->deadline->start(FinalFlightMs);
        }
        continueHandshake(s, datagram);
        return;
    }
    const QByteArray plain = s->dtls->decryptDatagram(m_socket, datagram);
    if (plain.isEmpty()) {
        if (s->dtls->dtlsError() == QDtlsError::RemoteClosedConnectionError) {
            // close_notify: the next send sets up a new session.
            qCDebug(lcCoapDtls) << from.toString() << "closed the session";
            dropSession(from, true);
        }
        return;
    }
    s->firstUnansweredSendMs = -1;
    s->reestablished = false;
    deliverDatagram(plain, from);
}

void CoapDtlsTransport::continueHandshake(Session *s, const QByteArray &datagram)
{
    const CoapEndpoint peer = s->peer;
    const bool ok = s->dtls->doHandshake(m_socket, datagram);
    // A failed certificate check pauses the handshake (and doHandshake() says false) so that we
    // can decide; anything else that says false is fatal.
    if (!ok && s->dtls->handshakeState() != QDtls::PeerVerificationFailed) {
        if (m_server) {
            qCInfo(lcCoapDtls) << "handshake with client" << peer.toString() << "failed:" << s->dtls->dtlsErrorString();
            dropSession(peer, false);
            return;
        }
        QString detail;
        const bool psk = configFor(peer).hasPsk();
        CoapSecurityError error = classifyFatal(s->dtls->dtlsErrorString(), psk, &detail);
        if (error == CoapSecurityError::Other && psk && s->serverHelloSeen) {
            // GnuTLS peers answer a Finished they cannot decrypt with a bare fatal alert that
            // OpenSSL reports without a reason; after the key exchange that means the key.
            error = CoapSecurityError::WrongKey;
        }
        failSession(peer, error, detail);
        return;
    }
    if (s->dtls->handshakeState() == QDtls::PeerVerificationFailed) {
        const QList<QSslError> errors = s->dtls->peerVerificationErrors();
        QSslCertificate certificate = s->dtls->dtlsConfiguration().peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        s->peerCertificate = certificate;
        const CoapSecurityConfig &config = configFor(peer);
        if (!certificate.isNull() && config.acceptedFingerprints.contains(coapCertificateFingerprint(certificate))) {
            // The user saw this very certificate and accepted it for this device.
            s->certificateAccepted = true;
            s->dtls->ignoreVerificationErrors(errors);
            if (!s->dtls->resumeHandshake(m_socket)) {
                failSession(peer, CoapSecurityError::Other, s->dtls->dtlsErrorString());
                return;
            }
        } else {
            QString detail;
            const CoapSecurityError error = classifyVerification(errors, &detail);
            if (m_failedCertificates.size() >= MaxSessions)
                m_failedCertificates.clear();
            m_failedCertificates.insert(peer, certificate);
            s->dtls->abortHandshake(m_socket);
            failSession(peer, error, detail);
            return;
        }
    }
    if (s->dtls->isConnectionEncrypted())
        onEncrypted(s);
}

void CoapDtlsTransport::onEncrypted(Session *s)
{
    s->established = true;
    m_failedCertificates.remove(s->peer);
    if (s->deadline)
        s->deadline->stop();
    if (s->peerCertificate.isNull())
        s->peerCertificate = s->dtls->dtlsConfiguration().peerCertificate();
    qCDebug(lcCoapDtls) << "session with" << s->peer.toString() << "cipher" << s->dtls->sessionCipher().name();
    const CoapEndpoint peer = s->peer;
    emit sessionEstablished(peer);
    // Flush what waited for the handshake; the slot above may have closed us, so look again.
    const auto it = m_sessions.constFind(peer);
    if (it == m_sessions.cend() || !m_socket)
        return;
    const std::shared_ptr<Session> keep = *it;
    const QList<QByteArray> queued = std::exchange(keep->queue, {});
    for (const QByteArray &d : queued)
        writeEncrypted(keep.get(), d);
}

void CoapDtlsTransport::failSession(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail)
{
    qCInfo(lcCoapDtls) << "DTLS with" << peer.toString() << "failed:" << coapSecurityErrorKey(error) << detail;
    dropSession(peer, false);
    // Refuse sends to this peer for one handshake bound (habit 13), then try again.
    m_failedUntil.insert(peer, m_monotonic.elapsed() + qMax(1000, configFor(peer).handshakeTimeoutMs));
    setLastError(CoapNetworkError::Other, detail);
    emit securityFailed(peer, error, detail);
    emit sendFailed(peer, CoapNetworkError::Other);
}

void CoapDtlsTransport::dropSession(const CoapEndpoint &peer, bool notify)
{
    const auto it = m_sessions.find(peer);
    if (it == m_sessions.end())
        return;
    const std::shared_ptr<Session> s = *it;
    m_sessions.erase(it);
    if (s->deadline)
        s->deadline->stop();
    s->dtls->disconnect(this);
    if (s->dtls->isConnectionEncrypted() && m_socket && notify)
        s->dtls->shutdown(m_socket); // close_notify (RFC 5246 §7.2.1)
    if (s->established)
        emit sessionClosed(peer);
}

void CoapDtlsTransport::closeSession(const CoapEndpoint &peer)
{
    dropSession(peer, true);
}

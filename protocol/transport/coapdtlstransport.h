#pragma once

#include "coapsecurity.h"
#include "coaptransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslCipher>
#include <QSslConfiguration>
#include <memory>

class QDtls;
class QDtlsClientVerifier;
class QTimer;

// What a finished handshake agreed on, for the window's response header.
struct CoapDtlsSessionInfo
{
    bool encrypted = false;
    QString protocol;                 // "DTLS 1.2"
    QString cipher;                   // OpenSSL's name, e.g. "PSK-AES128-CCM8"
    QSslCertificate peerCertificate;  // null for PSK
    bool certificateAccepted = false; // taken by the user's acceptance, not by verification
};

// CoAP over DTLS 1.2 (RFC 7252 §9) behind the plain datagram interface: the layers above send and
// receive CoAP datagrams as over UDP, and this transport keeps one DTLS session per peer.
//
// Client side: the first send() to a peer starts a handshake and queues datagrams until it is done;
// the handshake retransmits by itself (RFC 6347 §4.2.4) and gives up after
// CoapSecurityConfig::handshakeTimeoutMs. A failure emits securityFailed() and sendFailed(Other),
// drops what was queued, and refuses sends to that peer (returning false) for one handshake bound, so
// retransmissions above fail quickly instead of hammering the peer. An ICMP "port unreachable" or
// "host unreachable" for a peer (Linux) ends its handshake or session at once, without
// securityFailed(), and is reported as over UDP by destinationUnreachable(); a peer the system has
// no route to is refused by send() (sendFailed(NetworkUnreachable)) before a handshake starts, and
// a handshake whose peer the system has lost its route to ends at its next retransmission, reported
// by destinationUnreachable(NetworkUnreachable).
// A session the peer closed (close_notify) or forgot (silence after we sent, see below) is set up
// again once, transparently.
//
// Server side (setServerMode): a new client passes a stateless cookie exchange (RFC 6347 §4.2.1)
// before it gets a session; datagrams go back only over an established session.
class CoapDtlsTransport final : public CoapTransport
{
    Q_OBJECT
public:
    explicit CoapDtlsTransport(QObject *parent = nullptr);
    ~CoapDtlsTransport() override; // sends close_notify to every peer

    // Credentials for every peer without one of its own, and per peer (the window's per-device
    // credentials). Changing them does not touch established sessions.
    void setSecurityConfig(const CoapSecurityConfig &config) { m_config = config; }
    const CoapSecurityConfig &securityConfig() const { return m_config; }
    void setPeerSecurityConfig(const CoapEndpoint &peer, const CoapSecurityConfig &config);
    // The host name the peer's certificate must name (the URI's host); default its address.
    void setPeerName(const CoapEndpoint &peer, const QString &hostName);
    // The name for peers without one of their own (a one-host client: the URI's host).
    void setDefaultPeerName(const QString &hostName) { m_defaultPeerName = hostName; }

    void setServerMode(bool server) { m_server = server; }
    bool isServerMode() const { return m_server; }

    bool bind(const QHostAddress &address = QHostAddress::Any, quint16 port = 0) override;
    void close() override;
    bool isBound() const override;
    CoapEndpoint localEndpoint() const override;
    bool send(const QByteArray &datagram, const CoapEndpoint &to) override;

    // Ends the session with this peer (close_notify, RFC 5246 §7.2.1), e.g. when an exchange group
    // ends; the next send starts a new one.
    void closeSession(const CoapEndpoint &peer);
    bool hasSession(const CoapEndpoint &peer) const;
    CoapDtlsSessionInfo sessionInfo(const CoapEndpoint &peer) const;
    int sessionCount() const { return int(m_sessions.size()); }
    // The certificate a peer presented in its last handshake that failed verification (for the
    // user to inspect and perhaps accept); null otherwise.
    QSslCertificate failedCertificate(const CoapEndpoint &peer) const { return m_failedCertificates.value(peer); }

    // The OpenSSL cipher string we offer for PSK and/or certificates: the RFC 7252 §9.1.3
    // mandatory CCM8 suites first.
    static QString cipherString(bool psk, bool certificates);
    // The DTLS configuration of a session with these credentials, as a client or as a server.
    static QSslConfiguration configurationFor(const CoapSecurityConfig &config, bool server);

    // Bounds (habit 14): sessions kept at once, datagrams queued per peer during a handshake.
    static constexpr int MaxSessions = 512;
    static constexpr int MaxQueuedPerPeer = 32;
    // A session over which we sent for this long without hearing anything back is taken as
    // forgotten by the peer (it restarted) and set up again, once.
    static constexpr int SilentSessionMs = 6000;
    // PSK: how long our final handshake flight may go unanswered before the key is blamed.
    static constexpr int FinalFlightMs = 4500;

Q_SIGNALS:
    void securityFailed(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail);
    void sessionEstablished(const CoapEndpoint &peer);
    void sessionClosed(const CoapEndpoint &peer);

private:
    struct Session;
    void readPending();
    bool readIcmpErrors();
    void handleDatagram(const QByteArray &datagram, const CoapEndpoint &from);
    Session *startClientSession(const CoapEndpoint &peer);
    void continueHandshake(Session *session, const QByteArray &datagram);
    void onEncrypted(Session *session);
    void failSession(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail);
    void dropSession(const CoapEndpoint &peer, bool notify);
    bool writeEncrypted(Session *session, const QByteArray &datagram);
    QSslConfiguration dtlsConfiguration(const CoapEndpoint &peer, bool server) const;
    const CoapSecurityConfig &configFor(const CoapEndpoint &peer) const;
    void evictIfFull();

    CoapSecurityConfig m_config;
    QHash<CoapEndpoint, CoapSecurityConfig> m_peerConfigs;
    QHash<CoapEndpoint, QString> m_peerNames;
    QString m_defaultPeerName;
    QHash<CoapEndpoint, std::shared_ptr<Session>> m_sessions;
    QHash<CoapEndpoint, QSslCertificate> m_failedCertificates;
    QHash<CoapEndpoint, qint64> m_failedUntil; // peer -> monotonic ms until sends are refused
    QElapsedTimer m_monotonic;
    QUdpSocket *m_socket = nullptr;
    QDtlsClientVerifier *m_verifier = nullptr;
    bool m_server = false;
};

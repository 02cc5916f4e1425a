#pragma once

#include "coapendpoint.h"

#include <QByteArray>
#include <QNetworkInterface>
#include <QObject>

class QSocketNotifier;
class QUdpSocket;

// How a send or a bind failed, without words: ui/ turns these into sentences.
enum class CoapNetworkError : quint8 {
    None,
    AddressInUse,
    AddressNotAvailable,
    PermissionDenied,
    NetworkUnreachable,
    HostUnreachable,
    PortUnreachable, // ICMP "port unreachable": nothing listens on the peer's port
    DatagramTooLarge,
    Other,
};

// The one small interface every transport implements (CONVENTIONS.md habit 4). A transport moves
// whole datagrams; it knows nothing of CoAP.
class CoapTransport : public QObject
{
    Q_OBJECT
public:
    explicit CoapTransport(QObject *parent = nullptr) : QObject(parent) {}
    ~CoapTransport() override = default;

    // Binds the local end. Port 0 picks a free port. On failure returns false and lastError()
    // says why (lastErrorDetail() carries the system's own text for logs).
    virtual bool bind(const QHostAddress &address = QHostAddress::Any, quint16 port = 0) = 0;
    virtual void close() = 0;
    virtual bool isBound() const = 0;
    virtual CoapEndpoint localEndpoint() const = 0;

    // Sends one datagram. Returns false (and emits sendFailed) when the system refuses it.
    virtual bool send(const QByteArray &datagram, const CoapEndpoint &to) = 0;

    // Multicast membership (server side of discovery). Default: unsupported.
    virtual bool joinMulticastGroup(const QHostAddress &, const QNetworkInterface & = {}) { return false; }
    // Outgoing multicast interface (IPv4: by interface, IPv6: the scope id of the group address).
    virtual void setMulticastInterface(const QNetworkInterface &) {}

    CoapNetworkError lastError() const { return m_lastError; }
    QString lastErrorDetail() const { return m_lastErrorDetail; }

    // The one receiver that a transport calls directly for every datagram, before the listeners
    // of datagramReceived: the message layer. A signal costs a few hundred instructions per
    // datagram (the argument array, the connection list, the slot object); on a request's round
    // trip that is paid on both sides.
    class DatagramSink
    {
    public:
        virtual void takeDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination) = 0;

    protected:
        ~DatagramSink() = default;
    };
    // Sets the sink; false when another one is set (a second message layer on one transport then
    // listens to datagramReceived). clearDatagramSink() takes it away again if it is `sink`.
    bool setDatagramSink(DatagramSink *sink);
    void clearDatagramSink(DatagramSink *sink);

Q_SIGNALS:
    // destination: the address the datagram was sent to (a multicast group, when it came through
    // one), when the system tells it; null otherwise.
    void datagramReceived(const QByteArray &datagram, const CoapEndpoint &from,
                          const QHostAddress &destination = QHostAddress());
    void sendFailed(const CoapEndpoint &to, CoapNetworkError error);
    // The system reported that a datagram sent to peer was refused: ICMP "port unreachable"
    // (nothing listens on that port) or "host unreachable". Only transports that can tell
    // (CoapUdpTransport and CoapDtlsTransport on Linux) emit it; it is a hint, a peer may come up
    // a second later.
    void destinationUnreachable(const CoapEndpoint &peer, CoapNetworkError error);

protected:
    void setLastError(CoapNetworkError error, const QString &detail = {})
    { m_lastError = error; m_lastErrorDetail = detail; }
    // Every transport hands each datagram it receives to this, never straight to the signal: the
    // sink first, then the listeners of datagramReceived (unless the sink deleted the transport).
    void deliverDatagram(const QByteArray &datagram, const CoapEndpoint &from,
                         const QHostAddress &destination = CoapEndpoint::nullAddress());

    // Notes a listener of datagramReceived (see deliverDatagram()). Subclasses that override it
    // call this one.
    void connectNotify(const QMetaMethod &signal) override;

    // ICMP errors on an unconnected UDP socket (Linux, ip(7) IP_RECVERR; elsewhere nothing).
    // enableIcmpErrors() asks the kernel to queue them for the socket, so that a datagram to a
    // port where nothing listens fails at once instead of after every retransmission. The
    // kernel then also hands the error, once, to the next send or read on the socket, whichever
    // peer it is for: a send refused with "connection refused" is to be tried again once.
    // takeIcmpErrors() reads the queue (an unread error keeps the socket "readable"); each
    // "port unreachable" or "host unreachable" names the peer the refused datagram was for.
    struct IcmpError
    {
        CoapEndpoint peer;
        CoapNetworkError error; // PortUnreachable or HostUnreachable
    };
    static void enableIcmpErrors(qintptr socket);
    static QList<IcmpError> takeIcmpErrors(qintptr socket);
    // Whether the system has no route to peer (ENETUNREACH, EHOSTUNREACH or EADDRNOTAVAIL from
    // connect(2) on a throwaway UDP socket: a route look-up, nothing is sent). False when it has
    // one, or cannot tell (elsewhere than on Linux).
    static bool noRouteTo(const CoapEndpoint &peer);

private:
    CoapNetworkError m_lastError = CoapNetworkError::None;
    QString m_lastErrorDetail;
    DatagramSink *m_sink = nullptr;
    // Set by the first connection to datagramReceived and never cleared: while it is false the
    // sink alone is called, without asking Qt for listeners per datagram; once it is set,
    // deliverDatagram() emits the signal as well (harmless when the listener has gone since).
    bool m_datagramListeners = false;
};

// UDP over QUdpSocket, IPv4 and IPv6. Binding to QHostAddress::Any gives a dual-stack socket.
class CoapUdpTransport final : public CoapTransport
{
    Q_OBJECT
public:
    explicit CoapUdpTransport(QObject *parent = nullptr);
    ~CoapUdpTransport() override;

    bool bind(const QHostAddress &address = QHostAddress::Any, quint16 port = 0) override;
    void close() override;
    bool isBound() const override;
    CoapEndpoint localEndpoint() const override;
    bool send(const QByteArray &datagram, const CoapEndpoint &to) override;
    bool joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface = {}) override;
    void setMulticastInterface(const QNetworkInterface &iface) override;

    // Receive buffer size in bytes (SO_RCVBUF); large when many devices answer at once.
    void setReceiveBufferSize(int bytes);

    // Datagrams read in one go before the event loop gets its turn again (and at most about 4 ms
    // of handling them: see takenLongEnough() in the .cpp).
    static constexpr int kReadBatch = 64;
    static constexpr qint64 kMaxDatagram = 65536; // larger than any UDP payload

private:
    void readPending(int limit);
    void readErrorQueue();
    void scheduleRead();
    bool m_readScheduled = false;
    QUdpSocket *m_socket = nullptr;
    QSocketNotifier *m_notifier = nullptr; // Linux: drives the reads (see bind())
    int m_receiveBufferSize = 0;
#ifdef Q_OS_LINUX
    // Sends go straight to sendto(2) (see send()); the destination's socket address is kept for
    // the next datagram to the same endpoint.
    bool sendDirect(const QByteArray &datagram, const CoapEndpoint &to);
    int m_family = 0; // the socket's address family, AF_INET or AF_INET6
    int m_readFd = -1; // a duplicate of the socket's descriptor, for the read notifier (see bind())
    CoapEndpoint m_lastTo;
    alignas(8) char m_lastAddress[28] = {}; // sockaddr_in or sockaddr_in6
    unsigned m_lastAddressLength = 0;
#endif
};

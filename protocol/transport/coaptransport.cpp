#include "coaptransport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QPointer>
#include <QSocketNotifier>
#include <QUdpSocket>
#include <QVariant>

#include <cstring>
#include <optional>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <linux/errqueue.h>
#include <memory>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <netinet/ip_icmp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCoapTransport, "coap.transport")

namespace {
CoapNetworkError fromSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: return CoapNetworkError::AddressInUse;
    case QAbstractSocket::SocketAddressNotAvailableError: return CoapNetworkError::AddressNotAvailable;
    case QAbstractSocket::SocketAccessError: return CoapNetworkError::PermissionDenied;
    case QAbstractSocket::NetworkError: return CoapNetworkError::NetworkUnreachable;
    case QAbstractSocket::HostNotFoundError: return CoapNetworkError::HostUnreachable;
    case QAbstractSocket::ConnectionRefusedError: return CoapNetworkError::PortUnreachable;
    case QAbstractSocket::DatagramTooLargeError: return CoapNetworkError::DatagramTooLarge;
    default: return CoapNetworkError::Other;
    }
}
} // namespace

bool CoapTransport::setDatagramSink(DatagramSink *sink)
{
    if (m_sink && m_sink != sink)
        return false;
    m_sink = sink;
    return true;
}

void CoapTransport::clearDatagramSink(DatagramSink *sink)
{
    if (m_sink == sink)
        m_sink = nullptr;
}

void CoapTransport::deliverDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination)
{
    if (!m_sink) {
        emit datagramReceived(datagram, from, destination);
        return;
    }
    if (!m_datagramListeners) {
        m_sink->takeDatagram(datagram, from, destination); // nothing touches this transport after it
        return;
    }
    const QPointer<CoapTransport> self(this);
    m_sink->takeDatagram(datagram, from, destination);
    if (self)
        emit datagramReceived(datagram, from, destination);
}

void CoapTransport::connectNotify(const QMetaMethod &signal)
{
    static const QMetaMethod received = QMetaMethod::fromSignal(&CoapTransport::datagramReceived);
    if (signal == received)
        m_datagramListeners = true;
    QObject::connectNotify(signal);
}

CoapUdpTransport::CoapUdpTransport(QObject *parent) : CoapTransport(parent) {}

CoapUdpTransport::~CoapUdpTransport()
{
    close(); // the read descriptor's duplicate is ours to close
}

bool CoapUdpTransport::bind(const QHostAddress &address, quint16 port)
{
    close();
    m_socket = new QUdpSocket(this);
    // CoAP goes straight to the device: no SOCKS proxy for UDP. Without this Qt asks the system's
    // proxy configuration (libproxy, a thread of its own) at the first bind, some milliseconds of
    // every CLI run.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    // ShareAddress lets several servers join one multicast group on one port (RFC 7252 §8).
    const auto mode = address.isEqual(QHostAddress::Any) || address.isEqual(QHostAddress::AnyIPv4)
                              || address.isEqual(QHostAddress::AnyIPv6)
                          ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
                          : QAbstractSocket::DefaultForPlatform;
    if (!m_socket->bind(address, port, port == 0 ? QAbstractSocket::DefaultForPlatform : mode)) {
        setLastError(fromSocketError(m_socket->error()), m_socket->errorString());
        qCWarning(lcCoapTransport) << "bind" << address << port << "failed:" << m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    if (m_receiveBufferSize > 0)
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(m_receiveBufferSize));
#ifdef Q_OS_LINUX
    // A request to a port where nothing listens fails at once with "port unreachable" instead of
    // after MAX_TRANSMIT_WAIT (93 s).
    const int fd = int(m_socket->socketDescriptor());
    enableIcmpErrors(fd);
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    m_family = ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0 ? local.ss_family : 0;
    m_lastTo = CoapEndpoint();
    m_lastAddressLength = 0;
#endif
#ifdef Q_OS_LINUX
    // Reads go straight to recvmsg(2), one system call per datagram, instead of QUdpSocket's three
    // (hasPendingDatagrams, pendingDatagramSize, then the read; each peeks at the queue). They are
    // driven by a notifier of our own: QUdpSocket's readyRead stays unconnected, and its notifier
    // switches itself off after its first notification that no Qt read followed. While a batch is
    // queued, a notification reads one datagram only: at most kReadBatch + 1 per event-loop pass.
    // The notifier watches a duplicate of the descriptor (the same socket): Qt's own event
    // dispatcher (QT_NO_GLIB=1, or a build without GLib) keeps one read notifier per descriptor
    // and warns, and would drop ours, when QUdpSocket registers its own on the same number.
    m_readFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    m_notifier = new QSocketNotifier(m_readFd >= 0 ? m_readFd : fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readPending(m_readScheduled ? 1 : kReadBatch); });
#else
    // While a batch is queued, a readyRead reads one datagram only (Qt re-arms its notifier after
    // a read) and leaves the rest to that batch: at most kReadBatch + 1 per event-loop pass.
    connect(m_socket, &QUdpSocket::readyRead, this, [this] { readPending(m_readScheduled ? 1 : kReadBatch); });
#endif
    setLastError(CoapNetworkError::None);
    return true;
}

#ifdef Q_OS_LINUX
namespace {

// An address from an IPv6 socket: an IPv4-mapped one (a dual-stack socket's IPv4 peer) as IPv4.
QHostAddress ipv6Address(const in6_addr &address)
{
    if (!IN6_IS_ADDR_V4MAPPED(&address))
        return QHostAddress(address.s6_addr);
    quint32 v4;
    memcpy(&v4, address.s6_addr + 12, sizeof v4);
    return QHostAddress(ntohl(v4));
}

// The peer's address as CoapEndpoint keeps it: an IPv4-mapped address as IPv4, a link-local IPv6
// address with the interface it came through as its zone (as QUdpSocket names it).
QHostAddress peerAddress(const sockaddr_storage &from)
{
    if (from.ss_family == AF_INET)
        return QHostAddress(ntohl(reinterpret_cast<const sockaddr_in *>(&from)->sin_addr.s_addr));
    if (from.ss_family != AF_INET6)
        return {};
    const auto *a6 = reinterpret_cast<const sockaddr_in6 *>(&from);
    QHostAddress address = ipv6Address(a6->sin6_addr);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && a6->sin6_scope_id != 0) {
        // One lookup per interface, not per datagram.
        static thread_local quint32 lastIndex = 0;
        static thread_local QString lastName;
        if (a6->sin6_scope_id != lastIndex) {
            lastName = QNetworkInterface::interfaceNameFromIndex(int(a6->sin6_scope_id));
            lastIndex = a6->sin6_scope_id;
        }
        address.setScopeId(lastName.isEmpty() ? QString::number(a6->sin6_scope_id) : lastName);
    }
    return address;
}

quint16 peerPort(const sockaddr_storage &from)
{
    if (from.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&from)->sin_port);
    if (from.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&from)->sin6_port);
    return 0;
}

// The socket address of `to` for a socket of `family` (AF_INET, or AF_INET6: an IPv4 address then
// IPv4-mapped, for a dual-stack socket), into `out` (room for a sockaddr_in6); its length, or 0 when
// it has none there (an IPv6 address for an IPv4 socket, a zone that names no interface).
socklen_t socketAddress(const CoapEndpoint &to, int family, void *out)
{
    const QHostAddress &address = to.address();
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (!v4 && address.protocol() != QAbstractSocket::IPv6Protocol)
        return 0;
    if (family == AF_INET) {
        if (!v4)
            return 0;
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(to.port());
        a.sin_addr.s_addr = htonl(address.toIPv4Address());
        memcpy(out, &a, sizeof a);
        return sizeof a;
    }
    sockaddr_in6 a{};
    a.sin6_family = AF_INET6;
    a.sin6_port = htons(to.port());
    const Q_IPV6ADDR bytes = address.toIPv6Address(); // IPv4 as IPv4-mapped (dual stack)
    memcpy(a.sin6_addr.s6_addr, bytes.c, 16);
    const QString zone = address.scopeId();
    if (!zone.isEmpty()) {
        bool numeric = false;
        const uint index = zone.toUInt(&numeric);
        a.sin6_scope_id = numeric ? index : uint(QNetworkInterface::interfaceIndexFromName(zone));
        if (a.sin6_scope_id == 0)
            return 0;
    }
    memcpy(out, &a, sizeof a);
    return sizeof a;
}

// A header for recvmsg(2): the sender's address, one buffer, room for control messages.
msghdr receiveHeader(sockaddr_storage *address, iovec *buffer, char *control, size_t controlSize)
{
    msghdr msg{};
    msg.msg_name = address;
    msg.msg_namelen = sizeof *address;
    msg.msg_iov = buffer;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = controlSize;
    return msg;
}

// The address (or endpoint) made from the last raw address seen, by its bytes.
template <typename Raw, typename Value = QHostAddress>
struct AddressCache
{
    Raw raw{};
    Value address;
    bool valid = false;
    template <typename Make>
    const Value &get(const Raw &next, Make make)
    {
        if (!valid || memcmp(&raw, &next, sizeof raw) != 0) {
            address = make();
            raw = next;
            valid = true;
        }
        return address;
    }
};

// Datagrams asked for in one recvmmsg(2). More than one lets a read tell "that was all" without
// another system call: fewer than asked means the queue was empty (the usual answer to a request),
// so the event loop's poll(2) comes next, not a read that finds nothing (about a microsecond per
// system call on a virtual machine, per exchange on each side).
constexpr int kDatagramsPerRead = 4;

// One datagram as read: a copy of its bytes (the read buffer is reused at once), its sender, and
// the address it was sent to. Held in a std::optional: a default QHostAddress is a heap block.
struct ReceivedDatagram
{
    QByteArray data;
    CoapEndpoint from;
    QHostAddress destination;
};

// The address a datagram was sent to (a multicast group, or our own unicast address), from its
// IP_PKTINFO or IPV6_PKTINFO control message: Qt switches both on for every UDP socket it creates.
QHostAddress destinationOf(msghdr *msg)
{
    static thread_local AddressCache<in_addr> lastDestination4;
    static thread_local AddressCache<in6_addr> lastDestination6;
    for (cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
            in_pktinfo info;
            memcpy(&info, CMSG_DATA(c), sizeof info);
            return lastDestination4.get(info.ipi_addr, [&] { return QHostAddress(ntohl(info.ipi_addr.s_addr)); });
        }
        if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO) {
            in6_pktinfo info;
            memcpy(&info, CMSG_DATA(c), sizeof info);
            return lastDestination6.get(info.ipi6_addr, [&] { return ipv6Address(info.ipi6_addr); });
        }
    }
    return CoapEndpoint::nullAddress();
}

// Reads up to `want` (at most kDatagramsPerRead) datagrams in one system call, copied out into
// `out` before anything is handled (a handler may read another socket on this thread). Returns
// how many; 0 when the queue is empty; -1 when an error (an ICMP error reported on the socket)
// took the first one's place. An error after some datagrams is kept by the kernel for the next
// read, and keeps the socket readable until then.
int receiveSome(int fd, std::optional<ReceivedDatagram> *out, int want)
{
    // One buffer per thread, each part as large as any UDP payload; the kernel copies only the
    // datagram.
    static thread_local std::unique_ptr<char[]> buffer(new char[kDatagramsPerRead * CoapUdpTransport::kMaxDatagram]);
    sockaddr_storage sources[kDatagramsPerRead] = {};
    alignas(cmsghdr) char control[kDatagramsPerRead][256];
    iovec iov[kDatagramsPerRead];
    mmsghdr messages[kDatagramsPerRead];
    want = qBound(1, want, kDatagramsPerRead);
    for (int i = 0; i < want; ++i) {
        iov[i] = iovec{buffer.get() + i * CoapUdpTransport::kMaxDatagram, size_t(CoapUdpTransport::kMaxDatagram)};
        messages[i].msg_hdr = receiveHeader(&sources[i], &iov[i], control[i], sizeof control[i]);
        messages[i].msg_len = 0;
    }
    int got;
    do {
        got = ::recvmmsg(fd, messages, unsigned(want), MSG_DONTWAIT, nullptr);
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    // A QHostAddress is built on the heap: the last sender's endpoint and the last destination's
    // address are kept and shared while the next datagram comes from and to the same addresses
    // (the usual case).
    static thread_local AddressCache<sockaddr_storage, CoapEndpoint> lastSource;
    for (int i = 0; i < got; ++i) {
        const sockaddr_storage &source = sources[i];
        out[i].emplace(ReceivedDatagram{
                QByteArray(static_cast<const char *>(iov[i].iov_base), qsizetype(messages[i].msg_len)),
                lastSource.get(source, [&] { return CoapEndpoint(peerAddress(source), peerPort(source)); }),
                destinationOf(&messages[i].msg_hdr)});
    }
    return got;
}

} // namespace
#endif

void CoapTransport::enableIcmpErrors(qintptr socket)
{
#ifdef Q_OS_LINUX
    // Both levels: the socket may be dual-stack.
    const int on = 1;
    ::setsockopt(int(socket), IPPROTO_IP, IP_RECVERR, &on, sizeof on);
    ::setsockopt(int(socket), IPPROTO_IPV6, IPV6_RECVERR, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

QList<CoapTransport::IcmpError> CoapTransport::takeIcmpErrors(qintptr socket)
{
    QList<IcmpError> errors;
#ifdef Q_OS_LINUX
    // Every queued ICMP error, each naming the destination of the datagram it refers to; at most
    // a batch per call, so that a flood of them cannot hold the event loop.
    for (int n = 0; n < CoapUdpTransport::kReadBatch; ++n) {
        sockaddr_storage destination{};
        char data[64];
        alignas(cmsghdr) char control[512];
        iovec iov{data, sizeof data};
        msghdr msg = receiveHeader(&destination, &iov, control, sizeof control);
        if (::recvmsg(int(socket), &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break; // empty (EAGAIN)
        for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            const bool v4 = c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR;
            const bool v6 = c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR;
            if (!v4 && !v6)
                continue;
            sock_extended_err err;
            memcpy(&err, CMSG_DATA(c), sizeof err);
            CoapNetworkError kind = CoapNetworkError::None;
            if (err.ee_origin == SO_EE_ORIGIN_ICMP && err.ee_type == ICMP_DEST_UNREACH)
                kind = err.ee_code == ICMP_PORT_UNREACH ? CoapNetworkError::PortUnreachable : CoapNetworkError::HostUnreachable;
            else if (err.ee_origin == SO_EE_ORIGIN_ICMP6 && err.ee_type == ICMP6_DST_UNREACH)
                kind = err.ee_code == ICMP6_DST_UNREACH_NOPORT ? CoapNetworkError::PortUnreachable : CoapNetworkError::HostUnreachable;
            if (kind == CoapNetworkError::None)
                continue;
            const QHostAddress address = peerAddress(destination);
            const quint16 port = peerPort(destination);
            if (address.isNull() || port == 0)
                continue;
            errors.append(IcmpError{CoapEndpoint(address, port), kind});
        }
    }
#else
    Q_UNUSED(socket);
#endif
    return errors;
}

bool CoapTransport::noRouteTo(const CoapEndpoint &peer)
{
#ifdef Q_OS_LINUX
    sockaddr_storage storage{};
    const int family = peer.address().protocol() == QAbstractSocket::IPv4Protocol ? AF_INET : AF_INET6;
    const socklen_t length = socketAddress(peer, family, &storage);
    if (length == 0)
        return false;
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int result = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
    const int error = errno;
    ::close(fd);
    // EADDRNOTAVAIL: no source address of ours can reach it (an IPv6 address where this machine
    // has none but link-local ones, in some network stacks); a send would fail the same way.
    return result != 0 && (error == ENETUNREACH || error == EHOSTUNREACH || error == EADDRNOTAVAIL);
#else
    Q_UNUSED(peer);
    return false;
#endif
}

void CoapUdpTransport::readErrorQueue()
{
    // Runs when a read reports an error or a read notification finds no datagram.
    if (!m_socket)
        return;
    const QList<IcmpError> errors = takeIcmpErrors(m_socket->socketDescriptor());
    const QPointer<CoapUdpTransport> self(this); // a listener may delete us
    for (const IcmpError &e : errors) {
        if (!self)
            return;
        qCInfo(lcCoapTransport) << "ICMP" << (e.error == CoapNetworkError::PortUnreachable ? "port" : "host")
                                << "unreachable from" << e.peer.address() << e.peer.port();
        emit destinationUnreachable(e.peer, e.error);
    }
}

void CoapUdpTransport::close()
{
    if (m_notifier) {
        // Off before the descriptor closes; deleted later, as close() may run inside its signal.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
#ifdef Q_OS_LINUX
    if (m_readFd >= 0) {
        ::close(m_readFd);
        m_readFd = -1;
    }
#endif
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool CoapUdpTransport::isBound() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

CoapEndpoint CoapUdpTransport::localEndpoint() const
{
    return m_socket ? CoapEndpoint(m_socket->localAddress(), m_socket->localPort()) : CoapEndpoint();
}

bool CoapUdpTransport::send(const QByteArray &datagram, const CoapEndpoint &to)
{
    if (!m_socket && !bind()) {
        emit sendFailed(to, lastError());
        return false;
    }
#ifdef Q_OS_LINUX
    if (sendDirect(datagram, to))
        return true;
#endif
    qint64 written = m_socket->writeDatagram(datagram, to.address(), to.port());
    if (written != datagram.size() && m_socket->error() == QAbstractSocket::ConnectionRefusedError) {
        // With IP_RECVERR the kernel hands a queued ICMP error (about an earlier datagram, maybe
        // to another peer) to the next call on the socket, and this datagram did not go out.
        // The error is consumed now: send again, and let the error queue be read from the event
        // loop (it names the peer it belongs to).
        written = m_socket->writeDatagram(datagram, to.address(), to.port());
        scheduleRead();
    }
    if (written != datagram.size()) {
        const CoapNetworkError error = fromSocketError(m_socket->error());
        setLastError(error, m_socket->errorString());
        qCInfo(lcCoapTransport) << "send to" << to.toString() << "failed:" << m_socket->errorString();
        emit sendFailed(to, error);
        return false;
    }
    return true;
}

#ifdef Q_OS_LINUX
// One sendto(2) per datagram, with the destination's socket address built once per endpoint.
// QUdpSocket::writeDatagram builds it anew for every datagram (QHostAddress copies, a look-up of
// the zone's interface) and emits bytesWritten. Anything unusual (a failed send, a destination in
// the other address family) returns false, and send() takes QUdpSocket's path, which reports the
// error as before.
bool CoapUdpTransport::sendDirect(const QByteArray &datagram, const CoapEndpoint &to)
{
    if (m_family != AF_INET && m_family != AF_INET6)
        return false;
    // QHostAddress's equality leaves the zone out: a link-local address must match it too.
    if (m_lastAddressLength == 0 || !(to == m_lastTo) || to.address().scopeId() != m_lastTo.address().scopeId()) {
        m_lastAddressLength = unsigned(socketAddress(to, m_family, m_lastAddress));
        if (m_lastAddressLength == 0)
            return false;
        m_lastTo = to;
    }
    const int fd = int(m_socket->socketDescriptor());
    ssize_t sent;
    do {
        sent = ::sendto(fd, datagram.constData(), size_t(datagram.size()), 0,
                        reinterpret_cast<const sockaddr *>(m_lastAddress), socklen_t(m_lastAddressLength));
    } while (sent < 0 && errno == EINTR);
    if (sent == datagram.size())
        return true;
    const int sendError = errno;
    // Built anew next time: a zone's interface may have gone and come back with another index.
    m_lastAddressLength = 0;
    if (sent < 0 && sendError == ECONNREFUSED) {
        // With IP_RECVERR the kernel hands a queued ICMP error (about an earlier datagram, maybe
        // to another peer) to the next call on the socket, and this datagram did not go out. The
        // error queue is read from the event loop (it names the peer it belongs to); send()
        // sends the datagram again.
        scheduleRead();
    }
    return false;
}
#endif

bool CoapUdpTransport::joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface)
{
    if (!m_socket)
        return false;
    const bool ok = iface.isValid() ? m_socket->joinMulticastGroup(group, iface)
                                    : m_socket->joinMulticastGroup(group);
    if (!ok)
        setLastError(fromSocketError(m_socket->error()), m_socket->errorString());
    return ok;
}

void CoapUdpTransport::setMulticastInterface(const QNetworkInterface &iface)
{
    if (m_socket)
        m_socket->setMulticastInterface(iface);
}

void CoapUdpTransport::setReceiveBufferSize(int bytes)
{
    m_receiveBufferSize = bytes;
    if (m_socket)
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(bytes));
}

// The batch's other bound, in time: where each datagram costs much (a slow build, a loaded
// machine, a chart that takes every notification), kReadBatch datagrams in one go could keep the
// event loop for a tenth of a second. The clock starts at the second datagram, so a batch of one
// (a request's answer) reads none. n: the index of the datagram just handled.
static bool takenLongEnough(int n, QElapsedTimer *busy)
{
    constexpr qint64 kReadBudgetMs = 4;
    if (n == 0)
        return false;
    if (n == 1) {
        busy->start();
        return false;
    }
    return busy->elapsed() >= kReadBudgetMs;
}

#ifdef Q_OS_LINUX
void CoapUdpTransport::readPending(int limit)
{
    // Bounded batches (kReadBatch datagrams), then back to the event loop: a flood of datagrams
    // must not starve the window or the timers. What is left is read on the next round.
    QPointer<QUdpSocket> socket = m_socket; // a slot may close the socket
    if (!socket)
        return;
    const int fd = int(socket->socketDescriptor());
    std::optional<ReceivedDatagram> received[kDatagramsPerRead];
    QElapsedTimer busy;
    bool longEnough = false;
    for (int n = 0; n < limit && !longEnough;) {
        if (!socket || socket->socketDescriptor() != fd)
            return;
        const int want = qMin(kDatagramsPerRead, limit - n);
        const int got = receiveSome(fd, received, want);
        if (got == 0) {
            // Readable and nothing to read: what woke us is an ICMP error in the error queue
            // (with IP_RECVERR it keeps the socket "readable" until it is read).
            if (n == 0)
                readErrorQueue();
            return;
        }
        if (got < 0) {
            readErrorQueue(); // an ICMP error took this read's place; the next may be a datagram
            ++n;
            continue;
        }
        // Every datagram read is handled, even past the time budget: none is dropped.
        for (int i = 0; i < got; ++i, ++n) {
            if (!socket || socket->socketDescriptor() != fd)
                return; // closed by a handler: the rest goes with the socket
            deliverDatagram(received[i]->data, received[i]->from, received[i]->destination);
            longEnough = takenLongEnough(n, &busy) || longEnough;
        }
        if (got < want)
            return; // fewer than asked: the queue was empty, and poll(2) says when it is not
    }
    // The batch is full: the rest waits for the next round of the event loop.
    if (socket)
        scheduleRead();
}
#else
void CoapUdpTransport::readPending(int limit)
{
    // Bounded batches (kReadBatch datagrams), then back to the event loop: a flood of datagrams
    // must not starve the window or the timers. What is left is read on the next round.
    QPointer<QUdpSocket> socket = m_socket; // a slot may close the socket
    QElapsedTimer busy;
    for (int n = 0; n < limit; ++n) {
        if (!socket)
            return;
        // Qt re-arms its read notifier only after a read. A readyRead can come for datagrams
        // that the queued batch below already took; then nothing is pending, and returning
        // without a read would leave the socket deaf for good. So read once anyway:
        // non-blocking, with an explicit size, it fails at once when nothing is there.
        const bool pending = socket->hasPendingDatagrams();
        if (!pending && n > 0)
            return;
        const QNetworkDatagram datagram = socket->receiveDatagram(pending ? -1 : kMaxDatagram);
        if (!datagram.isValid()) {
            if (!pending)
                return;
            continue; // an error in place of this datagram; the next may be fine
        }
        deliverDatagram(datagram.data(), CoapEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())),
                              datagram.destinationAddress());
        if (takenLongEnough(n, &busy))
            break;
    }
    if (socket && socket->hasPendingDatagrams())
        scheduleRead();
}
#endif

void CoapUdpTransport::scheduleRead()
{
    // One queued batch at a time; a readyRead meanwhile reads one datagram only (see bind()).
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_readScheduled = false;
        readPending(kReadBatch);
    }, Qt::QueuedConnection);
}

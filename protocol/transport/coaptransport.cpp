#include "coaptransport.h"

#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QPointer>
#include <QUdpSocket>
#include <QVariant>

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
    case QAbstractSocket::DatagramTooLargeError: return CoapNetworkError::DatagramTooLarge;
    default: return CoapNetworkError::Other;
    }
}
} // namespace

CoapUdpTransport::CoapUdpTransport(QObject *parent) : CoapTransport(parent) {}

CoapUdpTransport::~CoapUdpTransport() = default;

bool CoapUdpTransport::bind(const QHostAddress &address, quint16 port)
{
    close();
    m_socket = new QUdpSocket(this);
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
    // While a batch is queued, a readyRead reads one datagram only (Qt re-arms its notifier after
    // a read) and leaves the rest to that batch: at most kReadBatch + 1 per event-loop pass.
    connect(m_socket, &QUdpSocket::readyRead, this, [this] { readPending(m_readScheduled ? 1 : kReadBatch); });
    setLastError(CoapNetworkError::None);
    return true;
}

void CoapUdpTransport::close()
{
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
    const qint64 written = m_socket->writeDatagram(datagram, to.address(), to.port());
    if (written != datagram.size()) {
        const CoapNetworkError error = fromSocketError(m_socket->error());
        setLastError(error, m_socket->errorString());
        qCInfo(lcCoapTransport) << "send to" << to.toString() << "failed:" << m_socket->errorString();
        emit sendFailed(to, error);
        return false;
    }
    return true;
}

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

void CoapUdpTransport::readPending(int limit)
{
    // Bounded batches (kReadBatch datagrams), then back to the event loop: a flood of datagrams
    // must not starve the window or the timers. What is left is read on the next round.
    QPointer<QUdpSocket> socket = m_socket; // a slot may close the socket
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
        emit datagramReceived(datagram.data(), CoapEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())),
                              datagram.destinationAddress());
    }
    if (socket && socket->hasPendingDatagrams() && !m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, [this] {
            m_readScheduled = false;
            readPending(kReadBatch);
        }, Qt::QueuedConnection);
    }
}

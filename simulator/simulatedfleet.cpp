#include "simulatedfleet.h"

#include "coapserver.h"
#include "lossytransport.h"

#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcSimulator, "coap.simulator")

namespace {
constexpr int kMaxDevices = 1000;

bool isAnyAddress(const QHostAddress &address)
{
    return address.isEqual(QHostAddress::Any) || address.isEqual(QHostAddress::AnyIPv4)
            || address.isEqual(QHostAddress::AnyIPv6);
}

FleetError fromNetworkError(CoapNetworkError error)
{
    switch (error) {
    case CoapNetworkError::AddressInUse: return FleetError::AddressInUse;
    case CoapNetworkError::AddressNotAvailable: return FleetError::AddressNotAvailable;
    case CoapNetworkError::PermissionDenied: return FleetError::PermissionDenied;
    default: return FleetError::NetworkError;
    }
}

CoapNetworkError fromSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: return CoapNetworkError::AddressInUse;
    case QAbstractSocket::SocketAddressNotAvailableError: return CoapNetworkError::AddressNotAvailable;
    case QAbstractSocket::SocketAccessError: return CoapNetworkError::PermissionDenied;
    default: return CoapNetworkError::Other;
    }
}

// The endpoint by which a device bound to a wildcard address is reached from this host.
CoapEndpoint reachable(const CoapEndpoint &bound)
{
    // Strict: the default (tolerant) comparison takes 0.0.0.0 for :: as well, and an IPv4 socket
    // is not reached at ::1.
    if (bound.address().isEqual(QHostAddress::AnyIPv6, QHostAddress::StrictConversion))
        return CoapEndpoint(QHostAddress(QHostAddress::LocalHostIPv6), bound.port());
    if (isAnyAddress(bound.address()))
        return CoapEndpoint(QHostAddress(QHostAddress::LocalHost), bound.port());
    return bound;
}
} // namespace

// A socket bound to a group address and a device's port: it sees only what is sent to the group,
// and hands it to the device, which answers from its own unicast socket (RFC 7252 §8.2). Needed
// because a socket bound to a unicast address never receives multicast datagrams on Linux.
struct SimulatedFleet::GroupSocket
{
    std::unique_ptr<QUdpSocket> socket;
};

SimulatedFleet::SimulatedFleet(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<FleetRequestEvent>();
}

SimulatedFleet::~SimulatedFleet()
{
    stop();
}

SimulatedDeviceKind SimulatedFleet::kindForIndex(int index)
{
    static const SimulatedDeviceKind cycle[] = {SimulatedDeviceKind::ContactSensor, SimulatedDeviceKind::TemperatureSensor,
                                                SimulatedDeviceKind::HumiditySensor, SimulatedDeviceKind::Wearable,
                                                SimulatedDeviceKind::Actuator};
    if (index <= 0)
        return SimulatedDeviceKind::Gateway;
    return cycle[(index - 1) % 5];
}

bool SimulatedFleet::fail(FleetError error, int device, const CoapEndpoint &endpoint, CoapNetworkError network,
                          const QString &detail, const QHostAddress &group)
{
    stop();
    m_error = FleetStartError{error, device, endpoint, group, network, detail};
    qCInfo(lcSimulator) << "fleet did not start:" << int(error) << device << endpoint.toString() << detail;
    return false;
}

bool SimulatedFleet::start(const FleetOptions &options)
{
    stop();
    m_error = {};
    m_options = options;
    const int count = options.kinds.isEmpty() ? options.deviceCount : int(options.kinds.size());
    const bool sameAddressFamily = options.bindAddress.protocol() == QAbstractSocket::IPv4Protocol;

    // Options first, so that nothing is half started for a typo.
    if (count < 1 || count > kMaxDevices)
        return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None, QStringLiteral("device count"));
    if (options.bindAddress.isNull() || options.bindAddress.isMulticast())
        return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None, QStringLiteral("bind address"));
    if (options.lossPercent < 0 || options.lossPercent > 100)
        return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None, QStringLiteral("loss"));
    if (options.layout == FleetOptions::Layout::ConsecutivePorts && options.basePort != 0
        && int(options.basePort) + count - 1 > 65535)
        return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None, QStringLiteral("ports beyond 65535"));
    if (options.layout == FleetOptions::Layout::ConsecutiveAddresses
        && (!sameAddressFamily || isAnyAddress(options.bindAddress)
            || quint64(options.bindAddress.toIPv4Address()) + quint64(count - 1) > 0xffffffffULL))
        return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None,
                    QStringLiteral("consecutive addresses need one IPv4 unicast address"));
    for (const QHostAddress &group : options.groups) {
        if (!group.isMulticast())
            return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None,
                        QStringLiteral("%1 is not a multicast address").arg(group.toString()), group);
        // Each device has one socket, of the bind address's family: an IPv4 socket (0.0.0.0)
        // cannot join an IPv6 group, and Qt refuses IPv4 groups on an IPv6 socket (::, also
        // dual-stack). A fleet serves the groups of one family; a second fleet the other.
        const bool ipv4Socket = sameAddressFamily;
        if ((group.protocol() == QAbstractSocket::IPv4Protocol) != ipv4Socket)
            return fail(FleetError::InvalidOptions, -1, {}, CoapNetworkError::None,
                        QStringLiteral("group %1 is of another address family than the bind address %2; one fleet "
                                       "serves one family (bind to 0.0.0.0 for IPv4 groups, to :: for IPv6 groups, "
                                       "and run one of each for both)")
                                .arg(group.toString(), options.bindAddress.toString()),
                        group);
    }
    QNetworkInterface iface;
    if (!options.interfaceName.isEmpty()) {
        iface = QNetworkInterface::interfaceFromName(options.interfaceName);
        if (!iface.isValid())
            return fail(FleetError::InterfaceNotFound, -1, {}, CoapNetworkError::None, options.interfaceName);
    }

    for (int i = 0; i < count; ++i) {
        const SimulatedDeviceKind kind = options.kinds.isEmpty() ? kindForIndex(i) : options.kinds[i];
        int ordinal = 0;
        for (const auto &earlier : m_devices)
            ordinal += earlier->kind() == kind ? 1 : 0;
        const quint32 seed = options.seed ? options.seed * 7919u + quint32(i) * 104729u + 1u : 0;
        auto device = std::make_unique<SimulatedDevice>(kind, ordinal, seed);

        QHostAddress address = options.bindAddress;
        quint16 port = options.basePort;
        if (options.layout == FleetOptions::Layout::ConsecutiveAddresses)
            address = QHostAddress(options.bindAddress.toIPv4Address() + quint32(i));
        else if (port != 0)
            port = quint16(options.basePort + i);

        CoapTransmissionParameters parameters = device->server()->messageLayer()->parameters();
        parameters.defaultLeisureMs = qMax<qint64>(1, options.groupLeisureMs);
        device->server()->messageLayer()->setParameters(parameters);
        device->transport()->setLossPercent(options.lossPercent);

        if (!device->start(address, port)) {
            const LossyTransport *t = device->transport();
            return fail(fromNetworkError(t->lastError()), i, CoapEndpoint(address, port), t->lastError(), t->lastErrorDetail());
        }
        SimulatedDevice *raw = device.get();
        connect(raw->server(), &CoapServer::requestHandled, this,
                [this, i, raw](const CoapEndpoint &from, quint8 method, const QString &path, quint8 code, bool multicast) {
                    emit requestHandled(FleetRequestEvent{QDateTime::currentDateTime(), i, raw->name(), from, method,
                                                          path, code, multicast});
                });
        if (options.secure && (options.secureDevices.isEmpty() || options.secureDevices.contains(i))) {
            const quint16 securePort = options.secureBasePort == 0 || options.layout == FleetOptions::Layout::ConsecutiveAddresses
                    ? options.secureBasePort : quint16(options.secureBasePort + i);
            const QHostAddress secureAddress = options.layout == FleetOptions::Layout::ConsecutiveAddresses
                    ? address : options.bindAddress;
            if (!device->startSecure(secureAddress, securePort, options.security)) {
                const LossyTransport *t = device->transport();
                return fail(fromNetworkError(t->inner()->lastError()), i, CoapEndpoint(secureAddress, securePort),
                            t->inner()->lastError(), t->inner()->lastErrorDetail());
            }
        }
        m_devices.push_back(std::move(device));
        if (!joinGroups(i, iface))
            return false;
    }

    if (options.groupEndpoint) {
        m_groupEndpoint = new QUdpSocket(this);
        if (!m_groupEndpoint->bind(options.bindAddress, options.groupEndpointPort)) {
            const CoapNetworkError network = fromSocketError(m_groupEndpoint->error());
            return fail(fromNetworkError(network), -1, CoapEndpoint(options.bindAddress, options.groupEndpointPort),
                        network, m_groupEndpoint->errorString());
        }
        connect(m_groupEndpoint, &QUdpSocket::readyRead, this, [this] {
            QPointer<QUdpSocket> socket = m_groupEndpoint;
            while (socket && socket->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = socket->receiveDatagram();
                if (!datagram.isValid())
                    break;
                deliverToAll(datagram.data(), CoapEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())));
            }
        });
    }
    qCDebug(lcSimulator) << "fleet of" << count << "devices started";
    return true;
}

bool SimulatedFleet::joinGroups(int index, const QNetworkInterface &iface)
{
    SimulatedDevice *device = m_devices[size_t(index)].get();
    const CoapEndpoint local = device->endpoint();
    for (QHostAddress group : m_options.groups) {
        if (isAnyAddress(m_options.bindAddress)) {
            // A wildcard socket receives group datagrams itself once it has joined; the transport
            // reports their destination, and the server answers as a group member.
            if (!device->transport()->joinMulticastGroup(group, iface))
                return fail(FleetError::MulticastJoinFailed, index, local, device->transport()->lastError(),
                            device->transport()->lastErrorDetail(), group);
            continue;
        }
        if (group.protocol() == QAbstractSocket::IPv6Protocol && iface.isValid())
            group.setScopeId(iface.name());
        auto member = std::make_unique<GroupSocket>();
        member->socket = std::make_unique<QUdpSocket>();
        // Several devices may listen to one group on one port (the consecutive-addresses layout):
        // that takes SO_REUSEADDR on every one of them.
        if (!member->socket->bind(group, local.port(), QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
            const CoapNetworkError network = fromSocketError(member->socket->error());
            return fail(FleetError::MulticastJoinFailed, index, CoapEndpoint(group, local.port()), network,
                        member->socket->errorString(), group);
        }
        const bool joined = iface.isValid() ? member->socket->joinMulticastGroup(group, iface)
                                            : member->socket->joinMulticastGroup(group);
        if (!joined)
            return fail(FleetError::MulticastJoinFailed, index, CoapEndpoint(group, local.port()),
                        fromSocketError(member->socket->error()), member->socket->errorString(), group);
        QUdpSocket *socket = member->socket.get();
        connect(socket, &QUdpSocket::readyRead, this, [this, socket, device] {
            while (socket->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = socket->receiveDatagram();
                if (!datagram.isValid())
                    break;
                deliverTo(device, datagram.data(), CoapEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())));
            }
        });
        m_groupSockets.push_back(std::move(member));
    }
    return true;
}

void SimulatedFleet::deliverToAll(const QByteArray &datagram, const CoapEndpoint &from)
{
    for (const auto &device : m_devices)
        deliverTo(device.get(), datagram, from);
}

void SimulatedFleet::deliverTo(SimulatedDevice *device, const QByteArray &datagram, const CoapEndpoint &from)
{
    // The lossy link is the device's: a group datagram may be lost on the way to one member only.
    if (device->transport()->loseIncoming())
        return;
    device->server()->receiveGroupDatagram(datagram, from);
}

void SimulatedFleet::stop()
{
    m_groupSockets.clear();
    if (m_groupEndpoint) {
        m_groupEndpoint->close();
        delete m_groupEndpoint;
        m_groupEndpoint = nullptr;
    }
    m_devices.clear();
}

SimulatedDevice *SimulatedFleet::device(int index) const
{
    return index >= 0 && index < int(m_devices.size()) ? m_devices[size_t(index)].get() : nullptr;
}

QList<CoapEndpoint> SimulatedFleet::deviceEndpoints() const
{
    QList<CoapEndpoint> endpoints;
    for (const auto &device : m_devices)
        endpoints.append(reachable(device->endpoint()));
    return endpoints;
}

QList<CoapEndpoint> SimulatedFleet::secureEndpoints() const
{
    QList<CoapEndpoint> endpoints;
    for (const auto &device : m_devices) {
        const CoapEndpoint e = device->secureEndpoint();
        endpoints.append(e.isNull() ? e : reachable(e));
    }
    return endpoints;
}

CoapEndpoint SimulatedFleet::groupEndpoint() const
{
    if (!m_groupEndpoint)
        return {};
    return reachable(CoapEndpoint(m_groupEndpoint->localAddress(), m_groupEndpoint->localPort()));
}

quint64 SimulatedFleet::lostDatagrams() const
{
    quint64 lost = 0;
    for (const auto &device : m_devices)
        lost += device->transport()->lostIncoming() + device->transport()->lostOutgoing();
    return lost;
}

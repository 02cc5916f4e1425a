#pragma once

#include "coapendpoint.h"
#include "coapsecurity.h"
#include "coaptransport.h"
#include "simulateddevice.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <vector>

class QUdpSocket;

// How to start a fleet (the simulate command's options; the app's demo mode uses the defaults
// with basePort 0 and groupEndpoint on).
struct FleetOptions
{
    // Where the devices live.
    enum class Layout : quint8 {
        // Device i on bindAddress, port basePort + i (or a free port each when basePort is 0).
        ConsecutivePorts,
        // Device i on bindAddress + i (127.0.0.1, 127.0.0.2, …), all on basePort: then a multicast
        // request to the group on that one port reaches every device (IPv4 only; docs/simulator.md).
        ConsecutiveAddresses,
    };

    int deviceCount = 5;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 basePort = 5683;
    Layout layout = Layout::ConsecutivePorts;
    // Multicast groups every device joins (e.g. 224.0.1.187, All-CoAP-Nodes, RFC 7252 §12.8), on
    // the interface named here (empty: the system's choice).
    QList<QHostAddress> groups;
    QString interfaceName;
    // Share of datagrams lost in each direction, 0..100 (a LossyTransport in front of each device).
    double lossPercent = 0;
    // One more UDP socket on bindAddress that hands every datagram to all devices, which answer
    // from their own sockets as members of a multicast group would: discovery of the whole fleet
    // without host multicast. Port 0: a free one.
    bool groupEndpoint = false;
    quint16 groupEndpointPort = 0;
    // How long devices may wait before answering a group request (RFC 7252 §8.2: the Leisure;
    // a fleet of a few devices on one host needs far less than the default 5 s).
    qint64 groupLeisureMs = 1000;
    // Repeatable dynamics and losses (0: random).
    quint32 seed = 0;
    // The kinds of the devices in order; empty: the gateway, then the cycle of kindForIndex().
    QList<SimulatedDeviceKind> kinds;
    // coaps (RFC 7252 §9) besides coap: the devices listed (empty: every device) also serve over
    // DTLS with these credentials, device i on secureBasePort + i (0: free ports), on bindAddress.
    bool secure = false;
    CoapSecurityConfig security;
    quint16 secureBasePort = 0;
    QList<int> secureDevices;
};

// Why a fleet did not start. The CLI and the UI turn these into sentences.
enum class FleetError : quint8 {
    None,
    InvalidOptions,      // count out of range, ports beyond 65535, a group that is not multicast, …
    AddressInUse,        // a device's (or the group endpoint's) port is taken
    AddressNotAvailable, // the bind address is not one of this host's
    PermissionDenied,    // e.g. a port below 1024 without the right
    InterfaceNotFound,   // interfaceName names no interface
    MulticastJoinFailed, // the system refused to join a group
    NetworkError,        // anything else the system said
};

struct FleetStartError
{
    FleetError error = FleetError::None;
    int device = -1;          // index of the device that failed, -1 for the group endpoint or none
    CoapEndpoint endpoint;    // the address and port that could not be bound
    QHostAddress group;       // for MulticastJoinFailed
    CoapNetworkError network = CoapNetworkError::None;
    QString detail;           // the system's own words, for logs
};

// One request a device answered (the CLI prints one line per event).
struct FleetRequestEvent
{
    QDateTime time;
    int device = -1;
    QString deviceName;
    CoapEndpoint from;
    quint8 method = 0;
    QString path;
    quint8 code = 0;
    bool multicast = false; // came through a group or the group endpoint
};
Q_DECLARE_METATYPE(FleetRequestEvent)

// A fleet of simulated devices, each a CoapServer on its own socket. Lives on the thread that
// starts it; nothing blocks.
class SimulatedFleet : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedFleet(QObject *parent = nullptr);
    ~SimulatedFleet() override;

    // Gateway first, then contact, temperature, humidity, wearable, actuator, contact, …
    static SimulatedDeviceKind kindForIndex(int index);

    // Starts the devices (and the group endpoint). On failure nothing stays bound, lastError()
    // says why, and false is returned. A running fleet is stopped first.
    bool start(const FleetOptions &options);
    void stop();
    bool isRunning() const { return !m_devices.empty(); }
    FleetStartError lastError() const { return m_error; }
    FleetOptions options() const { return m_options; }

    int deviceCount() const { return int(m_devices.size()); }
    // Owned by the fleet; valid until stop().
    SimulatedDevice *device(int index) const;
    QList<CoapEndpoint> deviceEndpoints() const;
    // Each device's coaps endpoint, null for a device that has none.
    QList<CoapEndpoint> secureEndpoints() const;
    // The demo group endpoint; null when not asked for.
    CoapEndpoint groupEndpoint() const;
    // Datagrams the lossy transports dropped so far, both directions, all devices.
    quint64 lostDatagrams() const;

Q_SIGNALS:
    void requestHandled(const FleetRequestEvent &event);

private:
    struct GroupSocket;
    bool fail(FleetError error, int device, const CoapEndpoint &endpoint, CoapNetworkError network, const QString &detail,
              const QHostAddress &group = {});
    bool joinGroups(int index, const QNetworkInterface &iface);
    void deliverToAll(const QByteArray &datagram, const CoapEndpoint &from);
    void deliverTo(SimulatedDevice *device, const QByteArray &datagram, const CoapEndpoint &from);

    FleetOptions m_options;
    FleetStartError m_error;
    std::vector<std::unique_ptr<SimulatedDevice>> m_devices;
    std::vector<std::unique_ptr<GroupSocket>> m_groupSockets;
    QUdpSocket *m_groupEndpoint = nullptr;
};

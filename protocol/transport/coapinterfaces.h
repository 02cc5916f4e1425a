#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>

#include <optional>

// A network interface that multicast discovery (RFC 7252 §8) can send through, with the addresses
// that decide which groups it can reach: IPv4 groups need an IPv4 address (the socket is bound to
// it), IPv6 groups an IPv6 address (link-local preferred, with its scope id).
struct CoapMulticastInterface
{
    QString name;          // system name, "eth0"; what QHostAddress::setScopeId() takes
    QString humanName;     // the system's display name (same as name on Linux)
    int index = 0;         // kernel interface index
    bool loopback = false;
    QList<QHostAddress> ipv4;
    QList<QHostAddress> ipv6; // link-local ones carry the interface as scope id

    bool hasIpv4() const { return !ipv4.isEmpty(); }
    bool hasIpv6() const { return !ipv6.isEmpty(); }
    // First fe80::/10 address (with scope id), or a null address.
    QHostAddress ipv6LinkLocal() const;

    friend bool operator==(const CoapMulticastInterface &, const CoapMulticastInterface &) = default;
};

namespace CoapInterfaces {

// Whether discovery may use the interface: up, running and multicast-capable. A loopback
// interface counts only when it has the MULTICAST flag (`ip link set lo multicast on`), which
// Linux does not set by default.
bool isUsable(const QNetworkInterface &iface);

// The interface with its addresses; std::nullopt when it is not usable.
std::optional<CoapMulticastInterface> fromNetworkInterface(const QNetworkInterface &iface);

// Every usable interface of the system, in the system's order.
QList<CoapMulticastInterface> usable();

} // namespace CoapInterfaces

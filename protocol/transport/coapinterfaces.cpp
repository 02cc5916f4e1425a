#include "coapinterfaces.h"

QHostAddress CoapMulticastInterface::ipv6LinkLocal() const
{
    for (const QHostAddress &address : ipv6)
        if (address.isLinkLocal())
            return address;
    return {};
}

namespace CoapInterfaces {

bool isUsable(const QNetworkInterface &iface)
{
    const auto flags = iface.flags();
    // IsRunning is the kernel's IFF_RUNNING (carrier up): an interface that is "up" without a
    // link would swallow the request. CanMulticast is IFF_MULTICAST, for loopback too.
    return iface.isValid() && flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning)
            && flags.testFlag(QNetworkInterface::CanMulticast);
}

std::optional<CoapMulticastInterface> fromNetworkInterface(const QNetworkInterface &iface)
{
    if (!isUsable(iface))
        return std::nullopt;
    CoapMulticastInterface result;
    result.name = iface.name();
    result.humanName = iface.humanReadableName();
    result.index = iface.index();
    result.loopback = iface.flags().testFlag(QNetworkInterface::IsLoopBack);
    for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
        QHostAddress ip = entry.ip();
        if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
            result.ipv4.append(ip);
        } else if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
            // RFC 4007 §6: a link-local address means nothing without its zone.
            if (ip.isLinkLocal() && ip.scopeId().isEmpty())
                ip.setScopeId(result.name);
            result.ipv6.append(ip);
        }
    }
    return result;
}

QList<CoapMulticastInterface> usable()
{
    QList<CoapMulticastInterface> result;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces())
        if (const auto usableIface = fromNetworkInterface(iface))
            result.append(*usableIface);
    return result;
}

} // namespace CoapInterfaces

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <cstring>

// Where a datagram comes from or goes to. IPv4-mapped IPv6 addresses are normalised to IPv4 so that
// one peer is always one key, whichever socket saw it.
class CoapEndpoint
{
public:
    // Shares one null address: QHostAddress's own default constructor allocates, and endpoints
    // are default-constructed on the hot paths (a reply's responder, an exchange's peer).
    CoapEndpoint() : m_address(nullAddress()) {}
    CoapEndpoint(const QHostAddress &address, quint16 port);

    const QHostAddress &address() const { return m_address; }
    quint16 port() const { return m_port; }
    bool isNull() const { return m_address.isNull(); }
    bool isMulticast() const { return m_address.isMulticast(); }

    // "127.0.0.1:5683", "[fe80::1%eth0]:5683"
    QString toString() const;
    // Host part as it goes in a URI: "127.0.0.1", "[fe80::1%25eth0]"
    QString uriHost() const;

    friend bool operator==(const CoapEndpoint &a, const CoapEndpoint &b)
    { return a.m_port == b.m_port && a.m_address == b.m_address; }
    friend bool operator!=(const CoapEndpoint &a, const CoapEndpoint &b) { return !(a == b); }
    // The address's 16 bytes (IPv4 as IPv4-mapped) as two integers: Qt's hash of a QHostAddress
    // hashes them as a byte string, which showed in profiles at several lookups per datagram.
    // Equal endpoints have equal bytes, so equal hashes.
    friend size_t qHash(const CoapEndpoint &e, size_t seed = 0)
    {
        const Q_IPV6ADDR a = e.m_address.toIPv6Address();
        quint64 high, low;
        memcpy(&high, a.c, 8);
        memcpy(&low, a.c + 8, 8);
        return qHashMulti(seed, high, low ^ e.m_port);
    }

    // A null address to copy from: QHostAddress's default constructor allocates, a copy shares.
    static const QHostAddress &nullAddress()
    {
        static const QHostAddress none;
        return none;
    }

private:
    QHostAddress m_address;
    quint16 m_port = 0;
};

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
    bool isNull() const { return m_kind == Kind::Null; }
    bool isMulticast() const { return m_multicast; }

    // "127.0.0.1:5683", "[fe80::1%eth0]:5683"
    QString toString() const;
    // Host part as it goes in a URI: "127.0.0.1", "[fe80::1%25eth0]"
    QString uriHost() const;

    // As QHostAddress's own equality (the protocol and the address, not the zone) and the port,
    // on the address's 16 bytes (IPv4 as IPv4-mapped) kept as two integers when the endpoint is
    // made: the endpoint is a key of several tables, looked up a few times per datagram, and
    // QHostAddress compares and hashes out of line, through conversions.
    friend bool operator==(const CoapEndpoint &a, const CoapEndpoint &b)
    { return a.m_low == b.m_low && a.m_high == b.m_high && a.m_port == b.m_port && a.m_kind == b.m_kind; }
    friend bool operator!=(const CoapEndpoint &a, const CoapEndpoint &b) { return !(a == b); }
    // Equal endpoints have equal bytes, so equal hashes.
    friend size_t qHash(const CoapEndpoint &e, size_t seed = 0)
    {
        return qHashMulti(seed, e.m_high, e.m_low ^ e.m_port);
    }

    // A null address to copy from: QHostAddress's default constructor allocates, a copy shares.
    static const QHostAddress &nullAddress()
    {
        static const QHostAddress none;
        return none;
    }

private:
    enum class Kind : quint8 { Null, Any, IPv4, IPv6 }; // QHostAddress's protocol
    QHostAddress m_address;
    quint64 m_high = 0; // the address's bytes 0..7 and 8..15, as IPv6 (IPv4 as IPv4-mapped)
    quint64 m_low = 0;
    quint16 m_port = 0;
    Kind m_kind = Kind::Null;
    bool m_multicast = false;
};
// Its members are all relocatable (QHostAddress is implicitly shared): tables keyed by endpoint
// grow and move their entries by memcpy.
Q_DECLARE_TYPEINFO(CoapEndpoint, Q_RELOCATABLE_TYPE);

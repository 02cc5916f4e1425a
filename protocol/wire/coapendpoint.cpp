#include "coapendpoint.h"

#include <QUrl>

namespace {

// ::ffff:a.b.c.d (RFC 4291 §2.5.5.2) becomes a.b.c.d, so that a dual-stack socket and an IPv4
// socket see one peer as one key. Checked by hand: QHostAddress::toIPv4Address() would also turn
// "::" into 0.0.0.0.
QHostAddress normalised(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return address;
    }
    if (a[10] != 0xff || a[11] != 0xff)
        return address;
    return QHostAddress((quint32(a[12]) << 24) | (quint32(a[13]) << 16) | (quint32(a[14]) << 8) | a[15]);
}

} // namespace

CoapEndpoint::CoapEndpoint(const QHostAddress &address, quint16 port)
    : m_address(normalised(address)), m_port(port)
{
    switch (m_address.protocol()) {
    case QAbstractSocket::IPv4Protocol: m_kind = Kind::IPv4; break;
    case QAbstractSocket::IPv6Protocol: m_kind = Kind::IPv6; break;
    case QAbstractSocket::AnyIPProtocol: m_kind = Kind::Any; return; // QHostAddress::Any: no bytes
    default: m_kind = Kind::Null; return;
    }
    const Q_IPV6ADDR a = m_address.toIPv6Address();
    memcpy(&m_high, a.c, 8);
    memcpy(&m_low, a.c + 8, 8);
    m_multicast = m_address.isMulticast();
}

QString CoapEndpoint::toString() const
{
    // One arg() call: a chained .arg() would treat the "%2" of a zone "fe80::1%2" as a marker.
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(m_address.toString(), QString::number(m_port));
    return QStringLiteral("%1:%2").arg(m_address.toString(), QString::number(m_port));
}

QString CoapEndpoint::uriHost() const
{
    if (m_address.protocol() != QAbstractSocket::IPv6Protocol)
        return m_address.toString();
    // RFC 6874 §2: in a URI the zone separator '%' is itself percent-encoded as "%25".
    QHostAddress bare = m_address;
    bare.setScopeId(QString());
    QString host = u'[' + bare.toString();
    if (!m_address.scopeId().isEmpty())
        host += QStringLiteral("%25") + QString::fromUtf8(QUrl::toPercentEncoding(m_address.scopeId()));
    return host + u']';
}

#include "plainandsecuretransport.h"

PlainAndSecureTransport::PlainAndSecureTransport(CoapTransport *plain, QObject *parent)
    : CoapTransport(parent), m_plain(plain)
{
    connect(plain, &CoapTransport::datagramReceived, this,
            [this](const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination) {
                deliverDatagram(datagram, from, destination);
            });
    connect(plain, &CoapTransport::sendFailed, this, &CoapTransport::sendFailed);
}

PlainAndSecureTransport::~PlainAndSecureTransport() = default;

bool PlainAndSecureTransport::startSecure(const QHostAddress &address, quint16 port, const CoapSecurityConfig &config)
{
    if (!m_secure) {
        m_secure = new CoapDtlsTransport(this);
        m_secure->setServerMode(true);
        connect(m_secure, &CoapTransport::datagramReceived, this,
                [this](const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination) {
                    deliverDatagram(datagram, from, destination);
                });
        connect(m_secure, &CoapTransport::sendFailed, this, &CoapTransport::sendFailed);
    }
    m_secure->setSecurityConfig(config);
    if (!m_secure->bind(address, port)) {
        setLastError(m_secure->lastError(), m_secure->lastErrorDetail());
        return false;
    }
    return true;
}

CoapEndpoint PlainAndSecureTransport::secureEndpoint() const
{
    return m_secure && m_secure->isBound() ? m_secure->localEndpoint() : CoapEndpoint();
}

bool PlainAndSecureTransport::bind(const QHostAddress &address, quint16 port)
{
    const bool ok = m_plain && m_plain->bind(address, port);
    if (!ok && m_plain)
        setLastError(m_plain->lastError(), m_plain->lastErrorDetail());
    return ok;
}

void PlainAndSecureTransport::close()
{
    if (m_secure)
        m_secure->close(); // close_notify to every client
    if (m_plain)
        m_plain->close();
}

bool PlainAndSecureTransport::isBound() const
{
    return m_plain && m_plain->isBound();
}

CoapEndpoint PlainAndSecureTransport::localEndpoint() const
{
    return m_plain ? m_plain->localEndpoint() : CoapEndpoint();
}

bool PlainAndSecureTransport::send(const QByteArray &datagram, const CoapEndpoint &to)
{
    // A client that came over DTLS has a session; every other peer is plain.
    if (m_secure && m_secure->hasSession(to))
        return m_secure->send(datagram, to);
    if (!m_plain)
        return false;
    const bool ok = m_plain->send(datagram, to);
    if (!ok)
        setLastError(m_plain->lastError(), m_plain->lastErrorDetail());
    return ok;
}

bool PlainAndSecureTransport::joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface)
{
    const bool ok = m_plain && m_plain->joinMulticastGroup(group, iface);
    if (!ok && m_plain)
        setLastError(m_plain->lastError(), m_plain->lastErrorDetail());
    return ok;
}

void PlainAndSecureTransport::setMulticastInterface(const QNetworkInterface &iface)
{
    if (m_plain)
        m_plain->setMulticastInterface(iface);
}

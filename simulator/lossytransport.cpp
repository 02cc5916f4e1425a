#include "lossytransport.h"

LossyTransport::LossyTransport(CoapTransport *inner, QObject *parent)
    : CoapTransport(parent), m_inner(inner), m_random(QRandomGenerator::global()->generate())
{
    connect(inner, &CoapTransport::datagramReceived, this,
            [this](const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination) {
                if (lose()) {
                    ++m_lostIn;
                    return;
                }
                deliverDatagram(datagram, from, destination);
            });
    connect(inner, &CoapTransport::sendFailed, this, &CoapTransport::sendFailed);
}

bool LossyTransport::lose()
{
    return m_lossPercent > 0 && m_random.generateDouble() * 100.0 < m_lossPercent;
}

bool LossyTransport::loseIncoming()
{
    if (!lose())
        return false;
    ++m_lostIn;
    return true;
}

bool LossyTransport::bind(const QHostAddress &address, quint16 port)
{
    const bool ok = m_inner && m_inner->bind(address, port);
    if (m_inner)
        setLastError(m_inner->lastError(), m_inner->lastErrorDetail());
    return ok;
}

void LossyTransport::close()
{
    if (m_inner)
        m_inner->close();
}

bool LossyTransport::isBound() const
{
    return m_inner && m_inner->isBound();
}

CoapEndpoint LossyTransport::localEndpoint() const
{
    return m_inner ? m_inner->localEndpoint() : CoapEndpoint();
}

bool LossyTransport::send(const QByteArray &datagram, const CoapEndpoint &to)
{
    if (!m_inner)
        return false;
    if (lose()) {
        ++m_lostOut;
        return true; // gone on the way: the sender does not learn of it
    }
    const bool ok = m_inner->send(datagram, to);
    if (!ok)
        setLastError(m_inner->lastError(), m_inner->lastErrorDetail());
    return ok;
}

bool LossyTransport::joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface)
{
    if (!m_inner)
        return false;
    const bool ok = m_inner->joinMulticastGroup(group, iface);
    if (!ok)
        setLastError(m_inner->lastError(), m_inner->lastErrorDetail());
    return ok;
}

void LossyTransport::setMulticastInterface(const QNetworkInterface &iface)
{
    if (m_inner)
        m_inner->setMulticastInterface(iface);
}

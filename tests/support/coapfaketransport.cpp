#include "coapfaketransport.h"

#include "coapclock.h"

bool CoapFakeTransport::send(const QByteArray &datagram, const CoapEndpoint &to)
{
    if (m_failure != CoapNetworkError::None) {
        setLastError(m_failure);
        emit sendFailed(to, m_failure);
        return false;
    }
    sent.append({datagram, to, m_clock ? m_clock->nowMs() : 0});
    emit datagramSent(datagram, to);
    return true;
}

#pragma once

#include "coaptransport.h"

#include <QPointer>
#include <QRandomGenerator>

// A transport decorator that loses a share of the datagrams in both directions, as a lossy radio
// link would (the simulator's --loss). A lost outgoing datagram still counts as sent: the sender
// cannot tell, which is the point (RFC 7252 §4.2 retransmission is what recovers from it).
// Multicast membership and binding are passed through to the inner transport.
class LossyTransport final : public CoapTransport
{
    Q_OBJECT
public:
    // inner is not owned; it must outlive this object (the simulated device owns both).
    explicit LossyTransport(CoapTransport *inner, QObject *parent = nullptr);

    // 0 passes everything, 100 loses everything. Values outside are clamped.
    void setLossPercent(double percent) { m_lossPercent = qBound(0.0, percent, 100.0); }
    double lossPercent() const { return m_lossPercent; }
    // A fixed seed makes the losses repeatable (tests); by default the seed is random.
    void setSeed(quint32 seed) { m_random.seed(seed); }

    // Rolls the dice for one incoming datagram that reached the device another way (the fleet's
    // group endpoint hands datagrams in directly). Counts it when it is lost.
    bool loseIncoming();

    quint64 lostIncoming() const { return m_lostIn; }
    quint64 lostOutgoing() const { return m_lostOut; }
    CoapTransport *inner() const { return m_inner; }

    bool bind(const QHostAddress &address = QHostAddress::Any, quint16 port = 0) override;
    void close() override;
    bool isBound() const override;
    CoapEndpoint localEndpoint() const override;
    bool send(const QByteArray &datagram, const CoapEndpoint &to) override;
    bool joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface = {}) override;
    void setMulticastInterface(const QNetworkInterface &iface) override;

private:
    bool lose();

    QPointer<CoapTransport> m_inner;
    QRandomGenerator m_random;
    double m_lossPercent = 0;
    quint64 m_lostIn = 0;
    quint64 m_lostOut = 0;
};

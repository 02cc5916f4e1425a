#pragma once

#include "coaptransport.h"

#include <QList>

// A transport that sends nowhere: what the engine sends is recorded, and the test injects what
// the peer says. Used with CoapVirtualClock for timing rules (CONVENTIONS.md habit 4).
class CoapFakeTransport final : public CoapTransport
{
    Q_OBJECT
public:
    struct Sent { QByteArray datagram; CoapEndpoint to; qint64 atMs; };

    explicit CoapFakeTransport(const CoapEndpoint &local = CoapEndpoint(QHostAddress::LocalHost, 40000),
                               QObject *parent = nullptr)
        : CoapTransport(parent), m_local(local) {}

    bool bind(const QHostAddress &, quint16) override { m_bound = true; return true; }
    void close() override { m_bound = false; }
    bool isBound() const override { return m_bound; }
    CoapEndpoint localEndpoint() const override { return m_local; }
    bool send(const QByteArray &datagram, const CoapEndpoint &to) override;

    // What the peer says: delivered synchronously, as the real socket's readyRead would.
    void inject(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination = {})
    { deliverDatagram(datagram, from, destination); }

    // Makes send() fail with this error (None to send normally again).
    void setFailure(CoapNetworkError error) { m_failure = error; }
    void setClock(const class CoapClock *clock) { m_clock = clock; }

    QList<Sent> sent;
    QList<Sent> takeSent() { QList<Sent> s = sent; sent.clear(); return s; }

Q_SIGNALS:
    void datagramSent(const QByteArray &datagram, const CoapEndpoint &to);

private:
    CoapEndpoint m_local;
    bool m_bound = true;
    CoapNetworkError m_failure = CoapNetworkError::None;
    const CoapClock *m_clock = nullptr;
};

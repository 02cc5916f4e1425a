#pragma once

#include "coapdtlstransport.h"
#include "coaptransport.h"

#include <QPointer>

// A simulated device's two doors behind one transport: coap on the plain socket and, once
// startSecure() is called, coaps on a second (RFC 7252 §9: a different port). The device's one
// CoapServer sees datagrams from both; an answer goes back the way its peer came, which the DTLS
// side knows by its sessions. Binding and multicast concern the plain socket.
class PlainAndSecureTransport final : public CoapTransport
{
    Q_OBJECT
public:
    // plain is not owned and must outlive this object (the simulated device owns both).
    explicit PlainAndSecureTransport(CoapTransport *plain, QObject *parent = nullptr);
    ~PlainAndSecureTransport() override;

    // Opens the coaps side on address:port (0: a free one) with these credentials (a PSK and/or
    // a certificate). On failure returns false; secure()->lastError() says why.
    bool startSecure(const QHostAddress &address, quint16 port, const CoapSecurityConfig &config);
    CoapDtlsTransport *secure() const { return m_secure; } // owned; null until startSecure()
    CoapEndpoint secureEndpoint() const;

    bool bind(const QHostAddress &address = QHostAddress::Any, quint16 port = 0) override;
    void close() override;
    bool isBound() const override;
    CoapEndpoint localEndpoint() const override;
    bool send(const QByteArray &datagram, const CoapEndpoint &to) override;
    bool joinMulticastGroup(const QHostAddress &group, const QNetworkInterface &iface = {}) override;
    void setMulticastInterface(const QNetworkInterface &iface) override;

private:
    QPointer<CoapTransport> m_plain;
    CoapDtlsTransport *m_secure = nullptr;
};

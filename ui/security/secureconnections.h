#pragma once

#include "coapclient.h"
#include "coapdtlstransport.h"
#include "coapuri.h"

#include <QObject>

class CredentialStore;

// The window's coaps side: one DTLS transport and one client beside the plain ones, configured
// from the credential store for each device before a request goes out.
class SecureConnections : public QObject
{
    Q_OBJECT
public:
    // store is not owned and must outlive this object.
    explicit SecureConnections(CredentialStore *store, QObject *parent = nullptr);
    ~SecureConnections() override;

    CoapClient *client() const { return m_client; }
    CoapDtlsTransport *transport() const { return m_transport; }
    // Takes the credentials for the URI's device from the store; call before client()->send().
    void prepare(const CoapUri &uri, const CoapEndpoint &endpoint);
    // "DTLS 1.2 · PSK-AES128-CCM8" for an established session, empty otherwise.
    QString sessionSummary(const CoapEndpoint &peer) const;

Q_SIGNALS:
    void securityFailed(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail);

private:
    CredentialStore *m_store;
    CoapDtlsTransport *m_transport;
    CoapClient *m_client;
};

#pragma once

#include "coapclient.h"
#include "coapdtlstransport.h"
#include "coapuri.h"

#include <QHash>
#include <QObject>

class QTimer;

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

    // When the last request or observation with a device has ended and nothing new started for
    // this long, its session ends with close_notify (RFC 5246 §7.2.1): a device keeps no state
    // for a technician who has moved on, and the next request sets up a new session. Requests
    // sent in a row within the linger share one session.
    static constexpr int DefaultLingerMs = 30000;
    void setLingerMs(int ms) { m_lingerMs = ms; }
    int lingerMs() const { return m_lingerMs; }

Q_SIGNALS:
    void securityFailed(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail);

private:
    void peerIdle(const CoapEndpoint &peer);

    CredentialStore *m_store;
    QHash<CoapEndpoint, QTimer *> m_lingers;
    int m_lingerMs = DefaultLingerMs;
    CoapDtlsTransport *m_transport;
    CoapClient *m_client;
};

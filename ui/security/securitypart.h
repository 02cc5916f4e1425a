#pragma once

#include "coapsecurity.h"
#include "coapuri.h"

#include <QHash>
#include <QObject>

class CoapClient;
class CredentialStore;
class QAction;
class QSettings;
class QWidget;
class SecureConnections;

// The window's coaps part, kept apart from the shell: the credential store, the DTLS client, the
// Devices menu's "Security credentials…" and "Peer certificate…", failure sentences, and the
// accept-this-certificate flow. MainWindow asks it for the client of a coaps request.
class SecurityPart : public QObject
{
    Q_OBJECT
public:
    // settings is not owned; window is the parent of the dialogs.
    SecurityPart(QSettings *settings, QWidget *window, QObject *parent = nullptr);
    ~SecurityPart() override;

    CredentialStore *store() const { return m_store; }
    SecureConnections *connections() const { return m_connections; }
    QList<QAction *> actions() const { return {m_credentialsAction, m_certificateAction}; }

    // The client for a coaps request, prepared with the device's credentials.
    CoapClient *clientFor(const CoapUri &uri, const CoapEndpoint &endpoint);
    // "DTLS 1.2 · PSK-AES128-CCM8" for the response header; remembers the peer for "Peer certificate…".
    QString sessionSummary(const CoapEndpoint &peer);

    void showCredentialsDialog(const QString &pattern = {});
    void showPeerCertificate();

Q_SIGNALS:
    // A coaps exchange with peer cannot go on; sentence says why in plain words.
    void failed(const CoapEndpoint &peer, const QString &sentence);
    // The user accepted the device's certificate: the request can go again.
    void retryRequested();

private:
    void onSecurityFailed(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail);

    QWidget *m_window;
    CredentialStore *m_store;
    SecureConnections *m_connections;
    QAction *m_credentialsAction;
    QAction *m_certificateAction;
    QHash<CoapEndpoint, CoapUri> m_uris; // the URI each peer was last asked by (bounded below)
    CoapEndpoint m_lastPeer;
};

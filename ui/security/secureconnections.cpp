#include "secureconnections.h"

#include "credentialstore.h"

#include <QTimer>

SecureConnections::SecureConnections(CredentialStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_transport(new CoapDtlsTransport(this)), m_client(new CoapClient(m_transport, nullptr, this))
{
    m_transport->bind(QHostAddress::Any, 0) || m_transport->bind(QHostAddress::AnyIPv4, 0);
    connect(m_transport, &CoapDtlsTransport::securityFailed, this, &SecureConnections::securityFailed);
    connect(m_client, &CoapClient::peerIdle, this, &SecureConnections::peerIdle);
    // Changed credentials apply to the next request: sessions made with the old ones end.
    connect(m_store, &CredentialStore::changed, this, [this] {
        m_transport->close();
        m_transport->bind(QHostAddress::Any, 0) || m_transport->bind(QHostAddress::AnyIPv4, 0);
    });
}

SecureConnections::~SecureConnections()
{
    m_transport->close(); // close_notify to every device when the window goes (issue 12)
}

void SecureConnections::prepare(const CoapUri &uri, const CoapEndpoint &endpoint)
{
    const CoapSecurityConfig config = m_store->configFor(uri.host(), uri.port());
    m_transport->setSecurityConfig(config);
    m_transport->setDefaultPeerName(uri.host());
    if (!endpoint.isNull()) {
        m_transport->setPeerSecurityConfig(endpoint, config);
        m_transport->setPeerName(endpoint, uri.host());
    }
}

void SecureConnections::peerIdle(const CoapEndpoint &peer)
{
    QTimer *&timer = m_lingers[peer];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, peer] {
            // Still idle (a request started meanwhile keeps the session; its end starts a new wait).
            if (m_client->activeExchanges(peer) == 0 && m_transport->hasSession(peer))
                m_transport->closeSession(peer);
            if (QTimer *t = m_lingers.take(peer))
                t->deleteLater();
        });
    }
    timer->start(m_lingerMs);
}

QString SecureConnections::sessionSummary(const CoapEndpoint &peer) const
{
    const CoapDtlsSessionInfo info = m_transport->sessionInfo(peer);
    if (!info.encrypted)
        return {};
    return QStringLiteral("%1 \u00b7 %2").arg(info.protocol, info.cipher);
}

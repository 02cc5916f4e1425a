#include "securitypart.h"

#include "certificatedialog.h"
#include "credentialsdialog.h"
#include "credentialstore.h"
#include "secureconnections.h"
#include "securitytext.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

SecurityPart::SecurityPart(QSettings *settings, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(new CredentialStore(settings, qEnvironmentVariableIsSet("COAP_EXPLORER_NO_KEYCHAIN")
                                                    ? CredentialStore::Backend::SessionOnly
                                                    : CredentialStore::Backend::SystemKeychain, this))
    , m_connections(new SecureConnections(m_store, this))
{
    m_credentialsAction = new QAction(tr("Security &credentials…"), this);
    m_credentialsAction->setObjectName(QStringLiteral("securityCredentialsAction"));
    connect(m_credentialsAction, &QAction::triggered, this, [this] { showCredentialsDialog(); });
    m_certificateAction = new QAction(tr("&Peer certificate…"), this);
    m_certificateAction->setObjectName(QStringLiteral("peerCertificateAction"));
    connect(m_certificateAction, &QAction::triggered, this, &SecurityPart::showPeerCertificate);
    connect(m_connections, &SecureConnections::securityFailed, this, &SecurityPart::onSecurityFailed);
}

SecurityPart::~SecurityPart() = default;

CoapClient *SecurityPart::clientFor(const CoapUri &uri, const CoapEndpoint &endpoint)
{
    m_connections->prepare(uri, endpoint);
    if (!endpoint.isNull()) {
        if (m_uris.size() > 1024)
            m_uris.clear();
        m_uris.insert(endpoint, uri);
        m_lastPeer = endpoint;
    }
    return m_connections->client();
}

QString SecurityPart::sessionSummary(const CoapEndpoint &peer)
{
    const QString summary = m_connections->sessionSummary(peer);
    if (!summary.isEmpty())
        m_lastPeer = peer;
    return summary.isEmpty() ? QString() : tr("secured: %1").arg(summary);
}

void SecurityPart::showCredentialsDialog(const QString &pattern)
{
    CredentialsDialog dialog(m_store, pattern, m_window);
    dialog.exec();
}

void SecurityPart::showPeerCertificate()
{
    const CoapDtlsSessionInfo info = m_connections->transport()->sessionInfo(m_lastPeer);
    if (info.peerCertificate.isNull()) {
        QMessageBox::information(m_window, tr("Peer certificate"),
                                 info.encrypted ? tr("The secure connection to %1 uses a pre-shared key: the device "
                                                     "showed no certificate.").arg(m_lastPeer.toString())
                                                : tr("There is no secure connection to show a certificate for."));
        return;
    }
    CertificateDialog dialog(info.peerCertificate, m_lastPeer.toString(), false, m_window);
    dialog.exec();
}

void SecurityPart::onSecurityFailed(const CoapEndpoint &peer, CoapSecurityError error, const QString &detail)
{
    const CoapUri uri = m_uris.value(peer);
    const QString host = uri.host().isEmpty() ? peer.address().toString() : uri.host();
    const CoapSecurityConfig config = m_connections->transport()->securityConfig();
    emit failed(peer, SecurityText::failure(error, peer.toString(), QString::fromUtf8(config.pskIdentity), host, detail));
    const QSslCertificate certificate = m_connections->transport()->failedCertificate(peer);
    if (certificate.isNull()
        || (error != CoapSecurityError::UntrustedCertificate && error != CoapSecurityError::NameMismatch))
        return;
    // Shown before anything is trusted (issue 12): subject, issuer, validity and fingerprint.
    auto *dialog = new CertificateDialog(certificate, peer.toString(), true, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint16 port = uri.port() ? uri.port() : peer.port();
    connect(dialog, &QDialog::accepted, this, [this, host, port, certificate] {
        m_store->acceptCertificate(host, port, coapCertificateFingerprint(certificate));
        emit retryRequested();
    });
    dialog->open();
}

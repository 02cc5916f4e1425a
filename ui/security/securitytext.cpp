#include "securitytext.h"

#include <QLocale>

QString SecurityText::failure(CoapSecurityError error, const QString &peer, const QString &identity, const QString &host,
                              const QString &detail)
{
    switch (error) {
    case CoapSecurityError::WrongKey:
        return tr("The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. "
                  "Check the key in Devices ▸ Security credentials.").arg(peer, identity);
    case CoapSecurityError::UnknownIdentity:
        return tr("The secure connection to %1 failed: the device does not know the identity “%2”.").arg(peer, identity);
    case CoapSecurityError::UntrustedCertificate:
        return tr("The secure connection to %1 failed: its certificate is not signed by a trusted authority. "
                  "You can view the certificate and accept it for this device.").arg(peer);
    case CoapSecurityError::ExpiredCertificate:
        return tr("The secure connection to %1 failed: its certificate has expired or is not valid yet.").arg(peer);
    case CoapSecurityError::NameMismatch:
        return tr("The secure connection to %1 failed: its certificate is not issued for “%2”.").arg(peer, host);
    case CoapSecurityError::HandshakeTimeout:
        return tr("No secure connection to %1: the device did not complete the DTLS handshake in time. "
                  "Is it listening for coaps on that port?").arg(peer);
    case CoapSecurityError::PeerAlert:
        return tr("The device at %1 ended the secure connection (%2).").arg(peer, detail);
    case CoapSecurityError::NoCredentials:
        return tr("No credentials for %1. Add them in Devices ▸ Security credentials.").arg(peer);
    case CoapSecurityError::None:
    case CoapSecurityError::Other:
        break;
    }
    return tr("The secure connection to %1 failed: %2").arg(peer, detail);
}

QString SecurityText::fingerprintText(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString SecurityText::certificateSummary(const QSslCertificate &c)
{
    const auto names = [](const QStringList &parts) { return parts.join(QStringLiteral(", ")).toHtmlEscaped(); };
    const QLocale locale;
    return tr("<b>Subject:</b> %1<br><b>Issuer:</b> %2<br><b>Valid:</b> %3 to %4<br><b>SHA-256:</b> <tt>%5</tt>")
            .arg(names(c.subjectInfo(QSslCertificate::CommonName) + c.subjectInfo(QSslCertificate::Organization)),
                 names(c.issuerInfo(QSslCertificate::CommonName) + c.issuerInfo(QSslCertificate::Organization)),
                 locale.toString(c.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(c.expiryDate().toLocalTime(), QLocale::ShortFormat), fingerprintText(c));
}

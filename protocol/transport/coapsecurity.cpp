#include "coapsecurity.h"

#include <QCryptographicHash>
#include <QRegularExpression>

const char *coapSecurityErrorKey(CoapSecurityError error)
{
    switch (error) {
    case CoapSecurityError::None: return "none";
    case CoapSecurityError::WrongKey: return "wrong-key";
    case CoapSecurityError::UnknownIdentity: return "unknown-identity";
    case CoapSecurityError::UntrustedCertificate: return "untrusted-certificate";
    case CoapSecurityError::ExpiredCertificate: return "expired-certificate";
    case CoapSecurityError::NameMismatch: return "name-mismatch";
    case CoapSecurityError::HandshakeTimeout: return "handshake-timeout";
    case CoapSecurityError::PeerAlert: return "peer-alert";
    case CoapSecurityError::NoCredentials: return "no-credentials";
    case CoapSecurityError::Other: return "other";
    }
    return "other";
}

bool CoapSecurityConfig::parseKey(const QString &text, QByteArray *key)
{
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const QString hex = text.mid(2);
        static const QRegularExpression hexDigits(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        if (!hexDigits.match(hex).hasMatch())
            return false;
        *key = QByteArray::fromHex(hex.toLatin1());
        return true;
    }
    if (text.isEmpty())
        return false;
    *key = text.toUtf8();
    return true;
}

QString coapCertificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

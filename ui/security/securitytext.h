#pragma once

#include "coapsecurity.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

// Plain sentences for coaps problems and certificates (protocol/ only has the enum).
class SecurityText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityText)
public:
    // "The device at 127.0.0.1:5684 rejected the pre-shared key …"
    static QString failure(CoapSecurityError error, const QString &peer, const QString &identity, const QString &host,
                           const QString &detail);
    // Subject, issuer, validity and SHA-256 fingerprint, one per line, as rich text.
    static QString certificateSummary(const QSslCertificate &certificate);
    static QString fingerprintText(const QSslCertificate &certificate); // "AB:CD:…"
};

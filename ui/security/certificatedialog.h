#pragma once

#include <QDialog>
#include <QSslCertificate>

// Shows a device's certificate (subject, issuer, validity, SHA-256 fingerprint). With
// offerAcceptance, an untrusted certificate can be accepted for this one device.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QSslCertificate &certificate, const QString &device, bool offerAcceptance,
                      QWidget *parent = nullptr);
    QSslCertificate certificate() const { return m_certificate; }

private:
    QSslCertificate m_certificate;
};

#include "certificatedialog.h"

#include "securitytext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CertificateDialog::CertificateDialog(const QSslCertificate &certificate, const QString &device, bool offerAcceptance,
                                     QWidget *parent)
    : QDialog(parent), m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate of %1").arg(device));
    auto *layout = new QVBoxLayout(this);
    if (offerAcceptance) {
        auto *warning = new QLabel(tr("This certificate is not signed by an authority you trust. Accept it only if "
                                      "the fingerprint matches the one the device's owner gave you. It is then "
                                      "trusted for %1 only.").arg(device), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    auto *summary = new QLabel(SecurityText::certificateSummary(certificate), this);
    summary->setObjectName(QStringLiteral("certificateSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *pem = new QPlainTextEdit(QString::fromLatin1(certificate.toPem()), this);
    pem->setReadOnly(true);
    layout->addWidget(pem);
    auto *buttons = new QDialogButtonBox(this);
    if (offerAcceptance) {
        QPushButton *accept = buttons->addButton(tr("&Accept for this device"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptCertificateButton"));
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

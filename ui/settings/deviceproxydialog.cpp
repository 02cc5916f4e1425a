#include "deviceproxydialog.h"

#include "errortext.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

DeviceProxyDialog::DeviceProxyDialog(Settings *settings, const QString &deviceUri, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_global(new QRadioButton(this))
    , m_direct(new QRadioButton(tr("&Directly, without a proxy"), this))
    , m_own(new QRadioButton(tr("Through &this proxy:"), this))
    , m_proxy(new QLineEdit(this))
    , m_banner(new InlineBanner(this))
{
    setObjectName(QStringLiteral("deviceProxyDialog"));
    const CoapUri uri = CoapUri::parse(deviceUri).uri;
    m_authority = uri.authority();
    setWindowTitle(tr("Forward proxy for %1").arg(m_authority));
    const QString global = settings->proxyUri();
    m_global->setText(global.isEmpty() ? tr("As all requests: &directly (no proxy in Settings)")
                                       : tr("As all requests: through %1 (&Settings)").arg(global));
    if (global.isEmpty())
        m_direct->setText(tr("Directly, &without a proxy"));
    m_proxy->setPlaceholderText(tr("coap://host:port"));
    m_proxy->setObjectName(QStringLiteral("deviceProxyUri"));

    auto *intro = new QLabel(tr("Requests to %1 go:").arg(m_authority), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_global);
    layout->addWidget(m_direct);
    layout->addWidget(m_own);
    auto *indent = new QHBoxLayout;
    indent->addSpacing(24);
    indent->addWidget(m_proxy, 1);
    layout->addLayout(indent);
    auto *note = new QLabel(tr("The proxy receives each request and passes it on to the device (RFC 7252 §5.7). "
                               "Discovery still asks the device directly."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_banner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceProxyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeviceProxyDialog::reject);
    layout->addWidget(buttons);

    const QString own = settings->deviceProxy(m_authority);
    if (own.isEmpty()) {
        m_global->setChecked(true);
    } else if (own == Settings::directProxyValue()) {
        m_direct->setChecked(true);
    } else {
        m_own->setChecked(true);
        m_proxy->setText(own);
    }
    m_proxy->setEnabled(m_own->isChecked());
    connect(m_own, &QRadioButton::toggled, m_proxy, &QLineEdit::setEnabled);
    connect(m_proxy, &QLineEdit::textEdited, m_banner, &InlineBanner::clearMessage);
    setMinimumWidth(460);
}

void DeviceProxyDialog::accept()
{
    QString value;
    if (m_direct->isChecked()) {
        value = Settings::directProxyValue();
    } else if (m_own->isChecked()) {
        value = m_proxy->text().trimmed();
        CoapProxyError error = CoapProxyError::None;
        CoapUriParseResult problem;
        CoapProxy::parse(value, CoapProxyMode::ProxyUri, &error, &problem);
        if (error != CoapProxyError::None) {
            m_banner->showMessage(ErrorText::proxyError(error, problem, value));
            m_proxy->setFocus();
            return;
        }
    }
    m_settings->setDeviceProxy(m_authority, value);
    QDialog::accept();
}

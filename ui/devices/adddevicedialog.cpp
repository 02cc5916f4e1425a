#include "adddevicedialog.h"

#include "coapuri.h"
#include "errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

bool looksLikeIpv4(QStringView text)
{
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    return digitsAndDots.match(text).hasMatch();
}

// RFC 1123 §2.1 host names: labels of letters, digits and hyphens, not starting or ending with a
// hyphen, up to 63 characters each, 253 in all.
bool isHostName(QStringView text)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (text.isEmpty() || text.size() > 253)
        return false;
    QStringView rest = text;
    if (rest.endsWith(QLatin1Char('.')))
        rest.chop(1); // a fully qualified name may end with a dot
    for (QStringView part : rest.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}
} // namespace

AddDeviceDialog::Parsed AddDeviceDialog::parseAddress(const QString &input)
{
    Parsed result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Type the device's IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].");
        return result;
    }

    QString host;
    QString portText;
    bool hasPort = false;
    if (text.contains(QStringLiteral("://"))) {
        // A whole URI pasted from a label or a log: its authority is what counts.
        const CoapUriParseResult parsed = CoapUri::parse(text);
        if (!parsed.ok()) {
            result.error = ErrorText::uriError(parsed.error, parsed.errorPosition, text);
            return result;
        }
        if (parsed.uri.secure()) {
            // Asked over DTLS with the credentials of its address or host name (a name is looked
            // up when the device is asked).
            if (!parsed.uri.isIpLiteral() && !isHostName(parsed.uri.host())) {
                result.error = tr("\u201c%1\u201d is neither an IP address nor a host name: a host name has only letters, "
                                  "digits, hyphens and dots.").arg(parsed.uri.host());
                return result;
            }
            result.secure = true;
        }
        result.host = parsed.uri.zoneId().isEmpty() ? parsed.uri.host()
                                                    : QStringLiteral("%1%%2").arg(parsed.uri.host(), parsed.uri.zoneId());
        result.port = parsed.uri.port();
        return result;
    }
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            result.error = tr("The \u201c[\u201d of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.");
            return result;
        }
        host = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                result.error = tr("Only \u201c:port\u201d may follow the \u201c]\u201d, e.g. [fe80::1%eth0]:5683.");
                return result;
            }
            portText = after.mid(1);
            hasPort = true;
        }
        if (!host.contains(QLatin1Char(':'))) {
            result.error = tr("\u201c%1\u201d in brackets is not an IPv6 address.").arg(host);
            return result;
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        portText = text.mid(colon + 1);
        hasPort = true;
    } else {
        host = text; // a name, IPv4, or IPv6 without brackets (no port can follow those)
    }

    if (hasPort) {
        result.port = parsePort(portText);
        if (!result.port) {
            result.error = tr("The port \u201c%1\u201d must be a number from 1 to 65535.").arg(portText);
            return result;
        }
    }

    if (host.contains(QLatin1Char(':'))) {
        // "%25" is how RFC 6874 writes the zone inside URIs; people type "%eth0".
        host.replace(QStringLiteral("%25"), QStringLiteral("%"));
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            result.error = tr("\u201c%1\u201d is not a valid IPv6 address.").arg(host);
            return result;
        }
        // RFC 4007 §11: a link-local address means nothing without the link it is on.
        if (address.isLinkLocal() && address.scopeId().isEmpty()) {
            result.error = tr("%1 is a link-local address: add the interface it is on, e.g. %1%eth0.").arg(host);
            return result;
        }
        result.host = host;
        return result;
    }
    if (looksLikeIpv4(host)) {
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv4Protocol
            || host.count(QLatin1Char('.')) != 3) {
            result.error = tr("\u201c%1\u201d is not a valid IPv4 address: it has four numbers from 0 to 255 "
                              "separated by dots, e.g. 192.168.1.20.").arg(host);
            return result;
        }
        if (address.isMulticast() || address == QHostAddress(QHostAddress::Broadcast)) {
            result.error = tr("%1 is a group address; Discover asks groups. Type the address of one device.").arg(host);
            return result;
        }
        result.host = host;
        return result;
    }
    if (!isHostName(host)) {
        result.error = tr("\u201c%1\u201d is neither an IP address nor a host name: a host name has only letters, "
                          "digits, hyphens and dots.").arg(host);
        return result;
    }
    result.host = host;
    return result;
}

AddDeviceDialog::AddDeviceDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_portSpin(new QSpinBox(this))
    , m_error(new InlineBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add device"));
    setObjectName(QStringLiteral("addDeviceDialog"));

    auto *intro = new QLabel(tr("Ask one device for its resources (GET /.well-known/core). Use this when "
                                "Discover does not reach it: another subnet, a VPN, or multicast blocked. "
                                "A device secured with DTLS: coaps:// and its address or host name."), this);
    intro->setWordWrap(true);

    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("192.168.1.20, [fe80::1%eth0], boiler.local"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_portSpin->setObjectName(QStringLiteral("port"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(CoapUri::DefaultPort);
    m_portSpin->setToolTip(tr("UDP port of the device; CoAP uses 5683 unless the device says otherwise"));

    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portSpin);
    form->addRow(addressLabel, m_address);
    form->addRow(portLabel, m_portSpin);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDeviceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddDeviceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Errors appear once the field is left or Add is pressed, then follow the typing, so that a
    // half-typed address is not scolded.
    connect(m_address, &QLineEdit::textChanged, this, [this] { validate(m_error->isVisible()); });
    connect(m_address, &QLineEdit::editingFinished, this, [this] { validate(!m_address->text().trimmed().isEmpty()); });
    m_address->setFocus();
}

void AddDeviceDialog::setEditing(bool editing)
{
    setWindowTitle(editing ? tr("Edit device") : tr("Add device"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Add"));
}

void AddDeviceDialog::setAddress(const QString &text)
{
    m_address->setText(text);
    validate(false);
}

void AddDeviceDialog::validate(bool showErrors)
{
    const Parsed parsed = parseAddress(m_address->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_address->text().trimmed().isEmpty());
    // A port in the address wins; the spin box shows it and steps aside.
    m_portSpin->setEnabled(!parsed.port);
    if (parsed.port)
        m_portSpin->setValue(*parsed.port);
    if (!parsed.error.isEmpty() && showErrors)
        m_error->showMessage(parsed.error, InlineBanner::Kind::Error);
    else if (parsed.error.isEmpty())
        m_error->clearMessage();
}

void AddDeviceDialog::accept()
{
    const Parsed parsed = parseAddress(m_address->text());
    if (!parsed.error.isEmpty()) {
        m_error->showMessage(parsed.error, InlineBanner::Kind::Error);
        m_address->setFocus();
        return; // nothing the user typed is cleared (UX.md)
    }
    m_host = parsed.host;
    m_port = parsed.port.value_or(quint16(m_portSpin->value()));
    m_secure = parsed.secure;
    QDialog::accept();
}

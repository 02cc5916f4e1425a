#include "gatewaypart.h"

#include "httpcoapgateway.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "securitypart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// One argument for a POSIX shell: in single quotes, a quote inside as '\''.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

GatewayPart::GatewayPart(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    m_serveAction = new QAction(tr("Ser&ve devices over HTTP"), this);
    m_serveAction->setCheckable(true);
    m_serveAction->setToolTip(tr("Let curl, a browser or a script on this computer reach the devices: "
                                 "http://127.0.0.1:8080/coap://device/path (RFC 8075)"));
    connect(m_serveAction, &QAction::toggled, this, [this](bool on) {
        if (on == isServing())
            return;
        QString problem;
        if (!setServing(on, &problem)) {
            QMessageBox::warning(m_window, tr("Serve devices over HTTP"), problem);
            return;
        }
        if (on)
            showDialog();
    });
    m_addressAction = new QAction(tr("HTTP Gateway Add&ress…"), this);
    m_addressAction->setEnabled(false);
    connect(m_addressAction, &QAction::triggered, this, &GatewayPart::showDialog);

    QMenu *devices = m_window->devicesMenu();
    devices->addSeparator();
    devices->addAction(m_serveAction);
    devices->addAction(m_addressAction);

    m_statusButton = new QToolButton;
    m_statusButton->setAutoRaise(true);
    m_statusButton->setVisible(false);
    m_statusButton->setToolTip(tr("The devices are served over HTTP here; click for examples"));
    connect(m_statusButton, &QToolButton::clicked, this, &GatewayPart::showDialog);
    m_window->statusBar()->addPermanentWidget(m_statusButton);
}

GatewayPart::~GatewayPart()
{
    delete m_gateway; // ends its event streams (their observations deregistered) and connections
}

bool GatewayPart::isServing() const
{
    return m_gateway && m_gateway->isRunning();
}

bool GatewayPart::setServing(bool on, QString *problem)
{
    if (!on) {
        if (m_gateway) {
            delete m_gateway;
            m_gateway = nullptr;
            emit stopped();
        }
        if (m_dialog)
            m_dialog->close();
        updateStatus();
        return true;
    }
    if (isServing())
        return true;
    // Loopback only: the window never exposes the devices to the network (the CLI can, when asked).
    auto *gateway = new HttpCoapGateway(this);
    // coaps:// targets go over the window's DTLS client, with each device's own credentials
    // (Devices ▸ Security credentials…), as the window's requests do.
    gateway->setSecureClientProvider([this](const CoapUri &target, const CoapEndpoint &endpoint, QString *) {
        return m_window->security()->clientFor(target, endpoint);
    });
    connect(m_window->security(), &SecurityPart::failed, gateway, &HttpCoapGateway::secureExchangeFailed);
    QString reason;
    bool ok = gateway->start(QHostAddress::LocalHost, m_preferredPort, &reason);
    if (!ok && m_preferredPort != 0)
        ok = gateway->start(QHostAddress::LocalHost, 0, &reason); // 8080 taken: any free port
    if (!ok) {
        delete gateway;
        if (problem)
            *problem = tr("The HTTP gateway could not start: %1").arg(reason);
        m_serveAction->setChecked(false);
        updateStatus();
        return false;
    }
    m_gateway = gateway;
    connect(m_gateway, &HttpCoapGateway::activeStreamsChanged, this, &GatewayPart::updateStatus);
    updateStatus();
    emit started(m_gateway);
    return true;
}

QString GatewayPart::baseUrl() const
{
    return isServing() ? m_gateway->baseUrl() : QString();
}

quint16 GatewayPart::port() const
{
    return isServing() ? m_gateway->port() : 0;
}

QString GatewayPart::currentUri() const
{
    if (const std::optional<CoapUri> uri = m_window->composer()->currentUri())
        return uri->toString();
    return QStringLiteral("coap://127.0.0.1:5683/.well-known/core");
}

QString GatewayPart::exampleCommand(const QString &coapUri, bool events) const
{
    if (!isServing())
        return {};
    const QString url = shellQuote(m_gateway->urlFor(coapUri));
    if (events)
        return QStringLiteral("curl -N -H 'Accept: text/event-stream' ") + url;
    return QStringLiteral("curl -i ") + url;
}

QString GatewayPart::statusText() const
{
    return m_statusButton->isVisible() || isServing() ? m_statusButton->text() : QString();
}

void GatewayPart::updateStatus()
{
    const bool serving = isServing();
    m_serveAction->setChecked(serving);
    m_addressAction->setEnabled(serving);
    m_statusButton->setVisible(serving);
    if (serving) {
        QString text = tr("HTTP: %1").arg(m_gateway->baseUrl());
        if (m_gateway->activeStreams() > 0)
            text += QLatin1String(" · ") + tr("event streams: %1").arg(m_gateway->activeStreams());
        m_statusButton->setText(text);
    }
    if (auto *dialog = qobject_cast<GatewayDialog *>(m_dialog.data()))
        dialog->refresh();
}

void GatewayPart::showDialog()
{
    if (!isServing())
        return;
    if (!m_dialog) {
        m_dialog = new GatewayDialog(this, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    static_cast<GatewayDialog *>(m_dialog.data())->refresh();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

GatewayDialog::GatewayDialog(GatewayPart *part, QWidget *parent) : QDialog(parent), m_part(part)
{
    setWindowTitle(tr("Serve devices over HTTP"));
    auto *layout = new QVBoxLayout(this);
    m_address = new QLabel;
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_address);

    auto *form = new QFormLayout;
    const auto commandRow = [&](QLineEdit **edit, const QString &label) {
        *edit = new QLineEdit;
        (*edit)->setReadOnly(true);
        (*edit)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        (*edit)->setMinimumWidth(560);
        auto *copy = new QPushButton(tr("Copy"));
        QLineEdit *target = *edit;
        connect(copy, &QPushButton::clicked, this, [target] { QApplication::clipboard()->setText(target->text()); });
        auto *row = new QHBoxLayout;
        row->addWidget(*edit, 1);
        row->addWidget(copy);
        form->addRow(label, row);
    };
    commandRow(&m_command, tr("Read:"));
    commandRow(&m_eventsCommand, tr("Watch:"));
    layout->addLayout(form);

    auto *note = new QLabel(tr("Methods, Content-Type, Accept and ETags are passed on; a device that does not answer "
                               "gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET "
                               "observes the resource and sends each notification as an event."));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *stop = buttons->addButton(tr("&Stop serving"), QDialogButtonBox::DestructiveRole);
    connect(stop, &QPushButton::clicked, this, [this] { m_part->setServing(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    refresh();
}

QString GatewayDialog::commandText() const
{
    return m_command->text();
}

QString GatewayDialog::eventsCommandText() const
{
    return m_eventsCommand->text();
}

void GatewayDialog::refresh()
{
    if (!m_part->isServing())
        return;
    m_address->setText(tr("The devices this window reaches are served at <b>%1</b>/coap://<i>device</i>/<i>path</i>. "
                          "Only programs on this computer can connect (loopback).")
                               .arg(m_part->baseUrl().toHtmlEscaped()));
    const QString uri = m_part->currentUri();
    m_command->setText(m_part->exampleCommand(uri));
    m_command->setCursorPosition(0);
    m_eventsCommand->setText(m_part->exampleCommand(uri, true));
    m_eventsCommand->setCursorPosition(0);
}

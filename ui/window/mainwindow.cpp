#include "mainwindow.h"

#include "aboutdialog.h"
#include "copyascommand.h"
#include "coaptransport.h"
#include "secureconnections.h"
#include "securitypart.h"
#include "errortext.h"
#include "observationhub.h"
#include "requestcomposer.h"
#include "responseview.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? settings : new Settings(this))
    , m_transport(new CoapUdpTransport(this))
    , m_client(new CoapClient(m_transport, nullptr, this))
    , m_composer(new RequestComposer(this))
    , m_responseView(new ResponseView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_observationHub(new ObservationHub(m_client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CoAP Explorer"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    m_splitter->setObjectName(QStringLiteral("requestResponseSplitter"));
    m_splitter->addWidget(m_composer);
    m_splitter->addWidget(m_responseView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    m_centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createSecurity();
    createToolBar();
    createDocks();
    createStatusBar();

    connect(m_composer, &RequestComposer::sendRequested, this, &MainWindow::sendCurrentRequest);
    connect(m_composer->methodCombo(), &QComboBox::currentIndexChanged, this, [this] {
        const int code = m_composer->methodCombo()->currentData().toInt();
        for (QAction *action : m_methodGroup->actions()) {
            if (action->data().toInt() == code)
                action->setChecked(true);
        }
    });
    connect(m_responseView, &ResponseView::openUriRequested, this, [this](const QString &uri) {
        openUri(uri, CoapCode::Get);
        focusUriField();
    });
    connect(m_responseView, &ResponseView::payloadAvailable, m_savePayloadAction, &QAction::setEnabled);
    connect(m_responseView, &ResponseView::cancelRequested, this, &MainWindow::cancelRequest);
    // The Observe button follows the resource in the form: "Stop observing" when it is observed.
    connect(m_composer, &RequestComposer::changed, this, &MainWindow::updateObserveAction);
    connect(m_composer->uriEdit(), &QLineEdit::textChanged, this, &MainWindow::updateObserveAction);
    // The form says when its request will go through a forward proxy.
    connect(m_composer->uriEdit(), &QLineEdit::textChanged, this, &MainWindow::updateProxyNote);
    connect(m_settings, &Settings::proxySettingsChanged, this, &MainWindow::updateProxyNote);
    connect(m_observationHub, &ObservationHub::countChanged, this, &MainWindow::updateObserveAction);
    connect(m_client, &CoapClient::exchangeStarted, this, &MainWindow::trackExchange);
    connect(m_client->messageLayer(), &CoapMessageLayer::retransmitted, this, [this] {
        ++m_retransmissionCount;
        updateStatus();
    });
    connect(m_settings, &Settings::transmissionSettingsChanged, this, &MainWindow::applySettings);
    connect(m_settings, &Settings::recentUrisChanged, this, [this] {
        m_composer->setHistory(m_settings->recentUris());
    });

    letViewsShrink(this);
    applySettings();
    m_composer->setBlockSzx(m_settings->blockSzx());
    m_composer->setHistory(m_settings->recentUris());
    const QStringList recent = m_settings->recentUris();
    if (!recent.isEmpty())
        m_composer->setUriText(recent.constFirst());

    // The client's own socket: any address, a port the system chooses (RFC 7252 §4.1 lets a
    // client use any source port).
    if (!m_transport->bind(QHostAddress::Any, 0)) {
        m_responseView->showFailure(ErrorText::networkError(m_transport->lastError()), ResponseClass::NetworkProblem);
        m_interfaceLabel->setText(tr("no socket"));
    } else {
        m_interfaceLabel->setText(tr("UDP port %1").arg(m_transport->localEndpoint().port()));
    }

    const QStringList observations = m_settings->openObservations();
    if (!observations.isEmpty()) {
        m_observationUri = observations.constFirst();
        m_resumeAction->setText(tr("Resume o&bservation of %1").arg(m_observationUri));
        m_resumeAction->setVisible(true);
    }
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Replies are owned by the client; make sure none calls back into a half-destroyed window
    // (directly, through the observation list, or through the message layer).
    disconnect(m_observationHub, nullptr, this, nullptr);
    for (CoapClient *client : {m_client, m_security->connections()->client()}) {
        disconnect(client->messageLayer(), nullptr, this, nullptr);
        for (CoapReply *reply : client->replies())
            disconnect(reply, nullptr, this, nullptr);
    }
    // The client goes before its transport (an earlier child): ending its exchanges may still
    // send what waited in its queue (NSTART, RFC 7252 §4.7), e.g. a deregistration.
    delete m_client;
    m_client = nullptr;
}

void MainWindow::createSecurity()
{
    m_security = new SecurityPart(m_settings->storage(), this, this);
    m_devicesMenu->addSeparator();
    m_devicesMenu->addActions(m_security->actions());
    CoapClient *secureClient = m_security->connections()->client();
    connect(secureClient, &CoapClient::exchangeStarted, this, &MainWindow::trackExchange);
    connect(secureClient->messageLayer(), &CoapMessageLayer::retransmitted, this, [this] {
        ++m_retransmissionCount;
        updateStatus();
    });
    // A failed handshake ends the exchange at once, with the cause in place of the answer.
    connect(m_security, &SecurityPart::failed, this, [this](const CoapEndpoint &, const QString &sentence) {
        if (!m_activeReply || !m_lastUri.secure())
            return;
        CoapReply *reply = m_activeReply;
        m_activeReply = nullptr;
        m_responseView->showFailure(sentence, ResponseClass::NetworkProblem);
        if (!reply->isFinished())
            reply->abort();
        updateActions();
    });
    connect(m_security, &SecurityPart::retryRequested, this, [this] { sendCurrentRequest(); });
}

void MainWindow::createActions()
{
    m_savePayloadAction = new QAction(themedIcon("document-save", QStyle::SP_DialogSaveButton, this),
                                      tr("&Save payload…"), this);
    m_savePayloadAction->setShortcut(QKeySequence::Save);
    m_savePayloadAction->setEnabled(false);
    connect(m_savePayloadAction, &QAction::triggered, m_responseView, &ResponseView::savePayload);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_focusUriAction = new QAction(tr("Go to the &URI field"), this);
    m_focusUriAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusUriAction, &QAction::triggered, this, &MainWindow::focusUriField);

    m_addOptionAction = new QAction(tr("Add &option"), this);
    m_addOptionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_addOptionAction, &QAction::triggered, m_composer, &RequestComposer::addOptionRow);

    m_clearHistoryAction = new QAction(tr("Clear URI &history"), this);
    connect(m_clearHistoryAction, &QAction::triggered, this, [this] { m_settings->setRecentUris({}); });

    m_settingsAction = new QAction(themedIcon("preferences-system", QStyle::SP_FileDialogDetailedView, this),
                                   tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Settings: transmission parameters, block size, discovery, language"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);

    m_sendAction = new QAction(themedIcon("mail-send", QStyle::SP_ArrowRight, this), tr("&Send"), this);
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the request (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::sendCurrentRequest);

    m_repeatAction = new QAction(themedIcon("view-refresh", QStyle::SP_BrowserReload, this), tr("&Repeat request"), this);
    m_repeatAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_repeatAction, &QAction::triggered, this, &MainWindow::repeatLastRequest);

    m_cancelAction = new QAction(themedIcon("process-stop", QStyle::SP_BrowserStop, this), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Cancel the running exchange or observation (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRequest);

    m_observeAction = new QAction(themedIcon("view-visible", QStyle::SP_FileDialogContentsView, this), tr("&Observe"), this);
    m_observeAction->setCheckable(true);
    m_observeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_observeAction->setToolTip(tr("Observe the resource: the device sends every change (Ctrl+O)"));
    connect(m_observeAction, &QAction::toggled, this, [this](bool on) {
        if (m_updatingObserve)
            return;
        if (on) {
            if (!startObservation())
                setObserveChecked(false);
        } else {
            stopObservation();
        }
    });

    m_resumeAction = new QAction(tr("Resume o&bservation"), this);
    m_resumeAction->setVisible(false);
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (!m_observationUri.isEmpty())
            startObservation(m_observationUri);
        m_resumeAction->setVisible(false);
    });

    m_discoverAction = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView, this), tr("&Discover"), this);
    m_discoverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_discoverAction->setToolTip(tr("Ask the local network which CoAP devices are there (Ctrl+D)"));
    m_addDeviceAction = new QAction(themedIcon("list-add", QStyle::SP_FileDialogNewFolder, this), tr("&Add device…"), this);
    m_addDeviceAction->setToolTip(tr("Add a device by its address"));

    m_aboutAction = new QAction(tr("&About CoAP Explorer"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (QAction *action : {m_savePayloadAction, m_quitAction, m_focusUriAction, m_addOptionAction, m_settingsAction,
                            m_sendAction, m_repeatAction, m_cancelAction, m_observeAction, m_discoverAction})
        addAction(action); // shortcuts work even when the tool bar is hidden
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_savePayloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_focusUriAction);
    m_editMenu->addAction(m_addOptionAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_clearHistoryAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_dockSeparator = m_viewMenu->addSeparator();

    m_requestMenu = menuBar()->addMenu(tr("&Request"));
    m_requestMenu->addAction(m_sendAction);
    m_requestMenu->addAction(m_repeatAction);
    m_requestMenu->addAction(m_cancelAction);
    m_copyAsMenu = m_requestMenu->addMenu(tr("Cop&y as"));
    m_copyAsMenu->setToolTip(tr("Copy the request in the form as a command line for another tool"));
    CopyAsCommand::fillMenu(m_copyAsMenu, [this]() -> std::optional<CoapCommandRequest> {
        // The same request Send would build; a bad URI or option is explained in place.
        CoapUri uri;
        const std::optional<CoapRequest> request = m_composer->buildRequest(m_observeAction->isChecked(), &uri);
        if (!request)
            return std::nullopt;
        CoapCommandRequest command;
        command.uri = uri;
        command.message = request->message;
        command.message.setType(request->confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
        if (request->observe)
            command.message.setUintOption(CoapOptionNumber::Observe, 0);
        command.blockSzx = request->blockSzx;
        // The settings this window sends with, where they are not the defaults.
        const CoapTransmissionParameters p = m_settings->transmissionParameters();
        const CoapTransmissionParameters defaults;
        if (p.ackTimeoutMs != defaults.ackTimeoutMs)
            command.ackTimeoutMs = int(p.ackTimeoutMs);
        if (p.maxRetransmit != defaults.maxRetransmit)
            command.maxRetransmit = p.maxRetransmit;
        if (m_settings->blockRetries() != CoapClient::kDefaultBlockRetries)
            command.blockRetries = m_settings->blockRetries();
        return command;
    }, [this] { return m_gatewayBaseUrl; });
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_observeAction);
    m_requestMenu->addAction(m_resumeAction);
    m_requestMenu->addSeparator();
    m_methodMenu = m_requestMenu->addMenu(tr("&Method"));
    m_methodGroup = new QActionGroup(this);
    const struct { const char *label; quint8 code; } methods[] = {
        {QT_TR_NOOP("&GET"), CoapCode::Get}, {QT_TR_NOOP("&POST"), CoapCode::Post},
        {QT_TR_NOOP("P&UT"), CoapCode::Put}, {QT_TR_NOOP("&DELETE"), CoapCode::Delete},
        {QT_TR_NOOP("&FETCH"), CoapCode::Fetch}, {QT_TR_NOOP("P&ATCH"), CoapCode::Patch},
        {QT_TR_NOOP("&iPATCH"), CoapCode::IPatch},
    };
    for (const auto &m : methods) {
        QAction *action = m_methodMenu->addAction(tr(m.label));
        action->setCheckable(true);
        action->setData(int(m.code));
        action->setChecked(m.code == CoapCode::Get);
        m_methodGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = m.code] { m_composer->setMethod(code); });
    }

    m_devicesMenu = menuBar()->addMenu(tr("&Devices"));
    m_devicesMenu->addAction(m_discoverAction);
    m_devicesMenu->addAction(m_addDeviceAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The URI field lives here; hiding the bar would hide it, so the bar is not offered for hiding.
    m_toolBar->toggleViewAction()->setVisible(false);

    m_discoverMenu = new QMenu(tr("Discover"), this);
    m_discoverMenu->addAction(m_discoverAction);
    QAction *discoverySettings = m_discoverMenu->addAction(tr("Discovery &settings…"));
    connect(discoverySettings, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    m_discoverButton = new QToolButton(m_toolBar);
    m_discoverButton->setDefaultAction(m_discoverAction);
    m_discoverButton->setMenu(m_discoverMenu);
    m_discoverButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_discoverButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(m_discoverButton);
    m_toolBar->addAction(m_addDeviceAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_composer->methodCombo());
    m_toolBar->addWidget(m_composer->uriCombo());
    m_toolBar->addAction(m_sendAction);
    if (auto *sendButton = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_sendAction))) {
        // "Copy as" right beside Send, as its drop-down.
        sendButton->setMenu(m_copyAsMenu);
        sendButton->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_toolBar->addAction(m_observeAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settingsAction);
    // Icons only for the two that are also in the menus: at 1024 px the longer languages
    // (German, French) need that room for the URI, Send, Observe and Cancel (UX.md: usable at
    // 1024×700). Their names stay in the tooltips and the menus.
    m_addDeviceAction->setPriority(QAction::LowPriority);
    m_settingsAction->setPriority(QAction::LowPriority);
}

void MainWindow::createDocks()
{
    m_deviceDock = new QDockWidget(tr("Devices"), this);
    m_deviceDock->setObjectName(QStringLiteral("devicesDock"));
    auto *placeholder = new QLabel(tr("No devices yet.\n\nPress Discover (Ctrl+D) to ask the local network, or "
                                      "Add device… to enter an address."), m_deviceDock);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    placeholder->setMargin(8);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setMinimumWidth(120);
    m_deviceDock->setWidget(placeholder);
    addDockWidget(Qt::LeftDockWidgetArea, m_deviceDock);
    m_deviceDock->toggleViewAction()->setText(tr("&Devices"));
    m_deviceDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_D));
    m_viewMenu->insertAction(m_dockSeparator, m_deviceDock->toggleViewAction());
    resizeDocks({m_deviceDock}, {260}, Qt::Horizontal);
}

void MainWindow::setDeviceDock(QWidget *widget)
{
    QWidget *old = m_deviceDock->widget();
    m_deviceDock->setWidget(widget);
    if (old && old != widget)
        old->deleteLater();
}

void MainWindow::addBottomDock(QDockWidget *dock)
{
    if (!dock || m_bottomDocks.contains(dock))
        return;
    if (dock->objectName().isEmpty())
        dock->setObjectName(QStringLiteral("bottomDock%1").arg(m_bottomDocks.size()));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_bottomDocks.isEmpty())
        tabifyDockWidget(m_bottomDocks.constFirst(), dock);
    m_bottomDocks.append(dock);
    m_viewMenu->insertAction(m_dockSeparator, dock->toggleViewAction());
    if (m_bottomDocks.size() == 1)
        resizeDocks({dock}, {220}, Qt::Vertical);
    m_bottomDocks.constFirst()->raise();
}

void MainWindow::createStatusBar()
{
    m_devicesLabel = new QLabel(this);
    m_exchangesLabel = new QLabel(this);
    m_retransmissionsLabel = new QLabel(this);
    m_observationsLabel = new QLabel(this);
    m_interfaceLabel = new QLabel(this);
    for (QLabel *label : {m_devicesLabel, m_exchangesLabel, m_retransmissionsLabel, m_observationsLabel, m_interfaceLabel})
        statusBar()->addPermanentWidget(label);
}

void MainWindow::updateStatus()
{
    // Both English forms in the source: without a translation loaded "%n …(s)" would show as is.
    const int observations = int(m_observations.size());
    m_devicesLabel->setText(m_deviceCount == 1 ? tr("%n device", nullptr, m_deviceCount)
                                               : tr("%n devices", nullptr, m_deviceCount));
    m_exchangesLabel->setText(m_exchangeCount == 1 ? tr("%n exchange", nullptr, m_exchangeCount)
                                                   : tr("%n exchanges", nullptr, m_exchangeCount));
    m_retransmissionsLabel->setText(m_retransmissionCount == 1
                                        ? tr("%n retransmission", nullptr, m_retransmissionCount)
                                        : tr("%n retransmissions", nullptr, m_retransmissionCount));
    m_observationsLabel->setText(observations == 1 ? tr("%n observation", nullptr, observations)
                                                   : tr("%n observations", nullptr, observations));
}

QString MainWindow::statusText() const
{
    return QStringList{m_devicesLabel->text(), m_exchangesLabel->text(), m_retransmissionsLabel->text(),
                       m_observationsLabel->text(), m_interfaceLabel->text()}
        .join(QStringLiteral(" \u00b7 "));
}

void MainWindow::setDeviceCount(int devices)
{
    m_deviceCount = devices;
    updateStatus();
}

void MainWindow::setInterfaceText(const QString &text)
{
    m_interfaceLabel->setText(text);
}

void MainWindow::trackExchange(CoapReply *reply)
{
    ++m_exchangeCount;
    if (reply->isObservation()) {
        m_observations.insert(reply);
        auto forget = [this, reply] {
            m_observations.remove(reply);
            updateStatus();
        };
        connect(reply, &CoapReply::finished, this, forget);
        connect(reply, &QObject::destroyed, this, forget);
    }
    updateStatus();
}

void MainWindow::applySettings()
{
    // Both clients: plain coap:// and DTLS (coaps://) requests follow the same settings.
    const CoapTransmissionParameters parameters = m_settings->transmissionParameters();
    for (CoapClient *client : {m_client, m_security->connections()->client()}) {
        client->setTransmissionParameters(parameters);
        client->setTokenLength(m_settings->tokenLength());
        client->setDefaultBlockSzx(m_settings->blockSzx());
        client->setBlockRetries(m_settings->blockRetries());
    }
}

void MainWindow::updateActions()
{
    const bool running = (m_activeReply && !m_activeReply->isFinished() && !m_activeReply->isObservation())
        || observationReply();
    m_cancelAction->setEnabled(running);
    m_repeatAction->setEnabled(m_lastRequest.has_value());
}

void MainWindow::setObserveChecked(bool checked)
{
    m_updatingObserve = true;
    m_observeAction->setChecked(checked);
    m_updatingObserve = false;
}

void MainWindow::openUri(const QString &uri, quint8 method)
{
    m_composer->setMethod(method);
    m_composer->setUriText(uri);
}

CoapReply *MainWindow::sendUri(const QString &uri, quint8 method)
{
    openUri(uri, method);
    return sendCurrentRequest();
}

CoapReply *MainWindow::sendCurrentRequest()
{
    CoapUri uri;
    const std::optional<CoapRequest> request = m_composer->buildRequest(false, &uri);
    if (!request)
        return nullptr;
    return startRequest(*request, uri, false);
}

CoapReply *MainWindow::startObservation(const QString &uriText)
{
    if (!uriText.isEmpty())
        m_composer->setUriText(uriText);
    if (m_composer->method() != CoapCode::Get && m_composer->method() != CoapCode::Fetch) {
        // RFC 7641 §2: only GET (and FETCH, RFC 8132) can be observed.
        m_composer->setMethod(CoapCode::Get);
        statusBar()->showMessage(tr("Observing uses GET."), 5000);
    }
    CoapUri uri;
    const std::optional<CoapRequest> request = m_composer->buildRequest(true, &uri);
    if (!request)
        return nullptr;
    return startRequest(*request, uri, true);
}

CoapReply *MainWindow::observationReply() const
{
    const std::optional<CoapUri> uri = m_composer->currentUri();
    if (!uri)
        return nullptr;
    const QString text = uri->toString();
    for (CoapReply *reply : m_observationHub->replies())
        if (m_observationHub->uriOf(reply) == text && !reply->isFinished())
            return reply;
    return nullptr;
}

void MainWindow::updateObserveAction()
{
    const bool observed = observationReply() != nullptr;
    setObserveChecked(observed);
    m_observeAction->setText(observed ? tr("Stop &observing") : tr("&Observe"));
    m_observeAction->setToolTip(observed ? tr("End the observation of this resource; the device is told (Ctrl+O)")
                                         : tr("Observe the resource: the device sends every change (Ctrl+O)"));
    updateActions();
}

void MainWindow::stopObservation()
{
    if (CoapReply *reply = observationReply())
        m_observationHub->stop(reply);
    else if (m_observation)
        m_observationHub->stop(m_observation);
    updateObserveAction();
}

void MainWindow::repeatLastRequest()
{
    // F5 sends what the form shows now (a changed block size or option counts), as the last
    // request was made: an observation again, or a plain request.
    if (!m_lastRequest)
        return;
    if (m_lastRequest->observe)
        startObservation();
    else
        sendCurrentRequest();
}

void MainWindow::cancelRequest()
{
    if (m_activeReply && !m_activeReply->isFinished() && !m_activeReply->isObservation())
        m_activeReply->abort();
    else
        stopObservation();
    updateActions();
}

void MainWindow::focusUriField()
{
    m_composer->uriEdit()->setFocus(Qt::ShortcutFocusReason);
    m_composer->uriEdit()->selectAll();
}

CoapReply *MainWindow::startRequest(const CoapRequest &requestIn, const CoapUri &uri, bool observe)
{
    // One request at a time in the view: a new one replaces the running one. Observations are
    // not ended by it: they run until stopped (Observations list, Stop observing, Esc).
    if (m_activeReply && !m_activeReply->isObservation() && !m_activeReply->isFinished()) {
        CoapReply *old = m_activeReply;
        m_activeReply = nullptr;
        old->abort();
    }

    // Directly, or through the forward proxy of the settings (RFC 7252 §5.7.2).
    CoapRequest request = requestIn;
    CoapProxy proxy;
    QString problem;
    CoapClient *client = routeRequest(&request, uri, &proxy, &problem);
    if (!client) {
        m_responseView->showFailure(problem, ResponseClass::Other);
        return nullptr;
    }

    Exchange info;
    info.uri = uri.toString();
    info.path = uri.path();
    info.method = request.message.code();
    info.confirmable = request.confirmable;
    if (proxy.isSet())
        info.proxy = proxy.uri.authority();
    if (!request.endpoint.isNull()) {
        info.peer = request.endpoint.toString();
    } else {
        info.hostName = request.hostName;
        info.peer = QStringLiteral("%1:%2").arg(request.hostName).arg(request.port);
    }
    info.timer.start();
    const QString linkBase = QStringLiteral("%1://%2/").arg(uri.scheme(), uri.authority());

    m_lastRequest = requestIn; // as composed: the proxy is applied again when it is sent again
    m_lastUri = uri;
    const QString typed = m_composer->uriText().trimmed();
    m_settings->addRecentUri(typed.isEmpty() ? info.uri : typed);

    CoapReply *reply = nullptr;
    bool started = true;
    if (observe)
        reply = m_observationHub->observe(request, info.uri, ObservationHub::ComposerUser, &started, client);
    else
        reply = client->send(request);
    m_activeReply = reply;
    if (observe) {
        m_observation = reply;
        m_observationUri = info.uri;
    }
    if (started) {
        const QString methodName = CoapCode::name(info.method);
        m_responseView->showPending(observe ? tr("Observing %1 — waiting for the first notification…").arg(info.uri)
                                            : tr("%1 %2 — waiting for an answer…").arg(methodName, info.uri));
    }
    showReply(reply, info, linkBase);
    if (!started)
        showLatest(reply, info, linkBase);
    updateObserveAction();
    if (started)
        emit requestStarted(reply, info.uri);
    return reply;
}

CoapClient *MainWindow::routeRequest(CoapRequest *request, const CoapUri &uri, CoapProxy *proxyOut, QString *problem) const
{
    const CoapProxy proxy = m_settings->proxyFor(uri);
    const CoapProxyError error = coapAddressRequest(request, uri, proxy);
    if (error != CoapProxyError::None) {
        if (problem)
            *problem = ErrorText::proxyError(error);
        return nullptr;
    }
    if (proxyOut)
        *proxyOut = proxy;
    // coaps (RFC 7252 §9) goes through the DTLS client with the credentials of the device, or of
    // the proxy: DTLS secures the hop to the proxy, which then reaches the device.
    const CoapUri &hop = proxy.isSet() ? proxy.uri : uri;
    return hop.secure() ? m_security->clientFor(hop, request->endpoint) : m_client;
}

void MainWindow::updateProxyNote()
{
    const std::optional<CoapUri> uri = m_composer->currentUri();
    m_composer->setProxyNote(uri ? ErrorText::viaProxy(m_settings->proxyFor(*uri)) : QString());
}

void MainWindow::showLatest(CoapReply *reply, const Exchange &info, const QString &linkBase)
{
    // A running observation that is shown again: its last notification at once.
    if (!reply->hasResponse()) {
        m_responseView->showPending(tr("Observing %1 — waiting for the first notification…").arg(info.uri));
        return;
    }
    ResponseContext context;
    context.uri = info.uri;
    context.path = info.path;
    context.linkBase = linkBase;
    context.method = info.method;
    context.from = reply->responder();
    context.rttMs = reply->rttMs();
    context.retransmissions = reply->retransmissions();
    context.notifications = reply->notificationCount();
    m_responseView->showResponse(reply->response(), context);
    if (reply->isObserving())
        m_responseView->setObservationState(tr("observing, notification %1").arg(reply->notificationCount()));
}

void MainWindow::showRetransmission(CoapReply *reply, const Exchange &info, int attempt)
{
    // RFC 7252 §4.2: the n-th retransmission goes out after T·(2^n − 1), T the random initial
    // timeout; the exchange is given up after T·(2^(MAX_RETRANSMIT+1) − 1). T follows from the
    // time waited so far, so the countdown needs nothing from the engine but the attempt number.
    if (reply != m_activeReply || reply->hasResponse())
        return;
    const CoapTransmissionParameters p = m_client->messageLayer()->parameters();
    const qint64 elapsed = info.timer.elapsed();
    const double initial = double(elapsed) / double((1 << attempt) - 1);
    const qint64 giveUp = qint64(initial * double((1 << (p.maxRetransmit + 1)) - 1));
    const qint64 left = qMax<qint64>(0, giveUp - elapsed);
    //: %1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as "70 s"
    m_responseView->showPending(tr("%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. "
                                   "Esc cancels.")
                                    .arg(CoapCode::name(info.method), info.uri)
                                    .arg(attempt)
                                    .arg(p.maxRetransmit)
                                    .arg(ErrorText::duration(left)));
}

void MainWindow::showReply(CoapReply *reply, const Exchange &info, const QString &linkBase)
{
    if (m_shown.contains(reply))
        return;
    m_shown.insert(reply);
    connect(reply, &QObject::destroyed, this, [this, reply] { m_shown.remove(reply); });

    connect(reply, &CoapReply::responseReceived, this, [this, reply, info, linkBase](const CoapMessage &response,
                                                                                   const CoapEndpoint &from) {
        if (reply != m_activeReply)
            return;
        ResponseContext context;
        context.uri = info.uri;
        context.path = info.path;
        context.linkBase = linkBase;
        context.method = info.method;
        context.from = from;
        context.rttMs = reply->rttMs();
        context.retransmissions = reply->retransmissions();
        context.notifications = reply->isObservation() ? reply->notificationCount() : 0;
        if (info.uri.startsWith(QLatin1String("coaps:"), Qt::CaseInsensitive))
            context.security = m_security->sessionSummary(from);
        context.proxy = info.proxy;
        m_responseView->showResponse(response, context);
        if (reply->isObservation() && reply->isObserving())
            m_responseView->setObservationState(tr("observing, notification %1").arg(reply->notificationCount()));
    });
    connect(reply, &CoapReply::progress, this, [this, reply](qint64 done, qint64 total) {
        if (reply == m_activeReply)
            m_responseView->setProgress(done, total);
    });
    // Retransmissions of this exchange's request (same token, same peer), counted live.
    const QByteArray token = reply->request().token();
    const auto retransmissions = connect(m_client->messageLayer(), &CoapMessageLayer::datagramEvent, this,
            [this, reply = QPointer<CoapReply>(reply), info, token](const CoapDatagramEvent &event) {
                if (!reply || event.direction != CoapDatagramEvent::Direction::Sent || event.retransmission <= 0
                    || token.isEmpty() || event.message.token() != token)
                    return;
                showRetransmission(reply, info, event.retransmission);
            });
    connect(reply, &QObject::destroyed, this, [retransmissions] { QObject::disconnect(retransmissions); });
    connect(reply, &CoapReply::errorOccurred, this, [this, reply, info](CoapError error) {
        if (reply != m_activeReply)
            return;
        if (error == CoapError::Cancelled) {
            if (m_responseView->hasResponse())
                m_responseView->setObservationState(reply->isObservation() ? tr("observation cancelled") : tr("cancelled"));
            else
                m_responseView->showFailure(tr("Cancelled before an answer arrived."), ResponseClass::Other);
            return;
        }
        ExchangeErrorContext context;
        //: %1 the address of the forward proxy the request went to
        context.peer = info.proxy.isEmpty() ? info.peer : tr("the proxy %1").arg(info.peer);
        context.path = info.path;
        context.hostName = info.hostName;
        context.retransmissions = reply->retransmissions();
        context.elapsedMs = info.timer.elapsed();
        context.confirmable = info.confirmable;
        context.violation = reply->violation();
        const ResponseClass cls = (error == CoapError::BadResponse || error == CoapError::EncodeError)
                                      ? ResponseClass::Other : ResponseClass::NetworkProblem;
        m_responseView->showFailure(ErrorText::exchangeError(error, context), cls);
    });
    connect(reply, &CoapReply::observationEnded, this, [this, reply] {
        if (reply == m_activeReply && m_responseView->hasResponse())
            m_responseView->setObservationState(reply->notificationCount() == 1
                                                    ? tr("observation ended after %n notification", nullptr, 1)
                                                    : tr("observation ended after %n notifications", nullptr,
                                                         reply->notificationCount()));
    });
    connect(reply, &CoapReply::finished, this, [this, reply] {
        if (reply == m_observation)
            m_observation = nullptr;
        if (reply == m_activeReply && !m_responseView->hasResponse() && reply->error() == CoapError::None)
            m_responseView->showFailure(tr("The exchange ended without an answer."), ResponseClass::Other);
        reply->deleteLater();
        updateObserveAction();
    });
}

void MainWindow::showSettingsDialog()
{
    SettingsDialog dialog(m_settings, this);
    const int blockSzx = m_settings->blockSzx();
    // The form keeps a block size chosen for this request unless the default itself changed.
    if (dialog.exec() == QDialog::Accepted && m_settings->blockSzx() != blockSzx)
        m_composer->setBlockSzx(m_settings->blockSzx());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    m_layoutRestored = true;
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // Comfortable at 1280×800 (UX.md), never larger than the screen.
        QSize size(1280, 800);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableSize() * 0.95);
        resize(size);
    }
    const QByteArray state = m_settings->windowState();
    if (state.isEmpty() || !restoreState(state)) {
        // Wide enough for "127.0.0.1:5683 — Boiler room" and the observable mark.
        resizeDocks({m_deviceDock}, {qMax(300, width() / 4)}, Qt::Horizontal);
        if (!m_bottomDocks.isEmpty())
            resizeDocks({m_bottomDocks.constFirst()}, {qMax(180, height() / 4)}, Qt::Vertical);
    }
    const QByteArray split = m_settings->layoutState(QStringLiteral("requestResponse"));
    if (split.isEmpty() || !m_splitter->restoreState(split)) {
        const int h = qMax(400, m_splitter->height());
        m_splitter->setSizes({h / 3, h * 2 / 3});
    }
    m_composer->restoreState(m_settings->layoutState(QStringLiteral("composer")));
    m_responseView->restoreState(m_settings->layoutState(QStringLiteral("response")));
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setLayoutState(QStringLiteral("requestResponse"), m_splitter->saveState());
    m_settings->setLayoutState(QStringLiteral("composer"), m_composer->saveState());
    m_settings->setLayoutState(QStringLiteral("response"), m_responseView->saveState());
    m_settings->setOpenObservations(m_observationHub->uris(ObservationHub::ComposerUser));
    m_settings->sync();
}

void MainWindow::setVisible(bool visible)
{
    if (visible && !m_shownOnce) {
        if (!m_layoutRestored)
            restoreLayout();
        // Before the first layout pass may enlarge it (or the size a language switch carries over).
        m_sizeBeforeShow = m_sizeToKeep.isValid() ? m_sizeToKeep : size();
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored)
        restoreLayout();
    const QSize wanted = m_sizeBeforeShow.isValid() ? m_sizeBeforeShow : size();
    QMainWindow::showEvent(event);
    // The first layout pass runs before the style has polished every widget and can ask for a
    // few pixels more than the window needs once shown; the window keeps the size it was given
    // (it never resizes itself) as soon as its real minimum allows.
    if (!m_shownOnce) {
        m_shownOnce = true;
        // Where a language needs more room than the size the user had, the window grows only there.
        QTimer::singleShot(0, this, [this, wanted] {
            const QSize target = wanted.expandedTo(minimumSizeHint());
            if (size() != target) {
                setMinimumSize(0, 0);
                resize(target);
            }
        });
    }
}

void MainWindow::letViewsShrink(QWidget *root)
{
    // Two lines of text and a scroll bar stay readable; the user drags a splitter for more.
    const int lines = root->fontMetrics().lineSpacing() * 2 + 8;
    for (QAbstractScrollArea *view : root->findChildren<QAbstractScrollArea *>()) {
        if (view->minimumHeight() == 0)
            view->setMinimumHeight(qMin(lines, view->minimumSizeHint().height()));
    }
}

void MainWindow::addNoticeBar(QWidget *bar)
{
    m_centralLayout->insertWidget(m_centralLayout->count() - 1, bar);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit aboutToClose();
    saveLayout();
    // Leave nothing registered on the devices (RFC 7641 §3.6).
    m_observationHub->stopAll();
    QMainWindow::closeEvent(event);
}

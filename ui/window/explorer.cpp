#include "explorer.h"

#include "adddevicedialog.h"
#include "capturewindow.h"
#include "chartpanel.h"
#include "coapclient.h"
#include "coapuri.h"
#include "devicepanel.h"
#include "deviceproxydialog.h"
#include "devicetreemodel.h"
#include "gatewaypart.h"
#include "httpcoapgateway.h"
#include "mainwindow.h"
#include "payloadeditor.h"
#include "requestcomposer.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "observationhub.h"
#include "observationspanel.h"
#include "samplestore.h"
#include "settings.h"
#include "simulatedfleet.h"
#include "credentialstore.h"
#include "secureconnections.h"
#include "securitypart.h"

#include <QUuid>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

Explorer::Explorer(Settings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_window = new MainWindow(settings);
    m_devices = new DevicePanel;
    m_log = new MessageLogView;
    m_samples = new SampleStore(this);
    m_charts = new ChartPanel(m_samples);

    m_logDock = new QDockWidget(tr("Message log"));
    m_logDock->setObjectName(QStringLiteral("messageLogDock"));
    m_logDock->setWidget(m_log);
    m_chartDock = new QDockWidget(tr("Charts"));
    m_chartDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartDock->setWidget(m_charts);

    m_observationsPanel = new ObservationsPanel(m_window->observations());
    m_observationsDock = new QDockWidget(tr("Observations"));
    m_observationsDock->setObjectName(QStringLiteral("observationsDock"));
    m_observationsDock->setWidget(m_observationsPanel);

    m_chartAction = new QAction(tr("C&hart this resource"), this);
    m_chartAction->setToolTip(tr("Plot the values of the resource in the form in the Charts panel; it is observed "
                                 "if it is not yet"));
    m_chartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_chartAction->setEnabled(false);

    m_monitorAction = new QAction(tr("&Monitor view"), this);
    m_monitorAction->setCheckable(true);
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_monitorAction->setToolTip(tr("Give the charts the whole window for watching, and back (Ctrl+Shift+M)"));
    connect(m_monitorAction, &QAction::toggled, this, &Explorer::setMonitorView);
    wire();
}

Explorer::~Explorer()
{
    // The charted resources are offered again next time; a demo's change ports every run.
    if (!m_closing)
        m_chartedUris = m_window->observations()->uris(ObservationHub::ChartUser);
    if (!m_fleet)
        m_settings->setChartedObservations(m_chartedUris);
    // Leave no observation behind on the devices (RFC 7641 §3.6), while the client still exists
    // (it is the window's).
    m_closing = true;
    m_window->observations()->stopAll();
    delete m_window;
    // A demo's observation points at a port that is gone next time: nothing to resume.
    if (m_fleet)
        m_settings->setOpenObservations({});
}

CaptureWindow *Explorer::openCapture(const QString &fileName)
{
    QString name = fileName;
    if (name.isEmpty()) {
        name = QFileDialog::getOpenFileName(m_window, tr("Open capture"), QString(),
                                            tr("Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
        if (name.isEmpty())
            return nullptr;
    }
    auto *window = new CaptureWindow(m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!window->openFile(name, &error)) {
        delete window;
        if (fileName.isEmpty())
            QMessageBox::warning(m_window, tr("Open capture"), error);
        else
            m_window->statusBar()->showMessage(error, 10000);
        return nullptr;
    }
    connect(window->log(), &MessageLogView::chartRequested, this, &Explorer::chartRecorded);
    window->show();
    return window;
}

void Explorer::chartRecorded(const QString &peerText, const QString &path,
                             const QList<std::pair<qint64, CoapMessage>> &notifications)
{
    const QString name = m_log->model()->deviceName(peerText);
    const int charted = m_charts->addRecordedNotifications(peerText, name.isEmpty() ? peerText : name, path, notifications);
    m_chartDock->show();
    m_chartDock->raise();
    if (charted == 0)
        m_window->statusBar()->showMessage(tr("No chartable value in the %n notification(s) of %1", nullptr,
                                              int(notifications.size())).arg(path), 10000);
}

void Explorer::wire()
{
    // File ▸ Open capture…: a pcap/pcapng file into a log window of its own (issue 15).
    m_openCaptureAction = new QAction(tr("Open &capture…"), this);
    m_openCaptureAction->setToolTip(tr("Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams"));
    connect(m_openCaptureAction, &QAction::triggered, this, [this] { openCapture(); });
    m_window->fileMenu()->insertAction(m_window->fileMenu()->actions().value(0), m_openCaptureAction);
    connect(m_log, &MessageLogView::chartRequested, this, &Explorer::chartRecorded);

    m_window->setDeviceDock(m_devices);
    m_window->addBottomDock(m_logDock);
    m_window->addBottomDock(m_chartDock);
    m_window->addBottomDock(m_observationsDock);
    MainWindow::letViewsShrink(m_window);
    m_window->restoreLayout();
    m_window->viewMenu()->addSeparator();
    m_window->viewMenu()->addAction(m_monitorAction);
    m_charts->toolBar()->insertAction(m_charts->toolBar()->actions().value(0), m_monitorAction);
    m_charts->toolBar()->insertSeparator(m_charts->toolBar()->actions().value(1));
    m_chartDock->installEventFilter(this);
    connect(m_window, &MainWindow::aboutToClose, this, [this] {
        m_chartedUris = m_window->observations()->uris(ObservationHub::ChartUser);
        m_closing = true;
    });
    m_window->observations()->setDeviceLabeler([this](const QString &uri) { return deviceLabel(uri); });
    // A series removed from the charts ends its observation unless the composer still shows it.
    connect(m_charts, &ChartPanel::observationUnused, this, [this](CoapReply *reply) {
        m_window->observations()->release(reply, ObservationHub::ChartUser);
    });
    connect(m_devices, &DevicePanel::requestChart, this, [this](const QString &uri) { chartUri(uri); });
    connect(m_devices, &DevicePanel::deviceProxyRequested, this, [this](const QString &uri) {
        DeviceProxyDialog dialog(m_window->settings(), uri, m_window);
        dialog.exec();
    });
    // Refresh resources and Add device… reach a coaps device over DTLS with its credentials, and a
    // device behind its forward proxy, as the composer's requests do (RFC 7252 §9, §5.7.2).
    DevicePanel::ResourceRouting routing;
    routing.needed = [this](const CoapUri &origin) { return m_window->settings()->proxyFor(origin).isSet(); };
    routing.send = [this](const CoapUri &wellKnownCore, const CoapEndpoint &resolved, QString *problem) -> CoapReply * {
        CoapRequest request;
        CoapProxy proxy;
        CoapClient *client = m_window->routeRequest(&request, wellKnownCore, &proxy, problem);
        if (!client)
            return nullptr;
        if (!resolved.isNull() && !proxy.isSet()) {
            // A coaps device by host name, looked up by the panel: the session is with that
            // address, with the name's credentials and certificate name (Uri-Host stays the name).
            request.endpoint = resolved;
            request.hostName.clear();
            if (wellKnownCore.secure())
                client = m_window->security()->clientFor(wellKnownCore, resolved);
        }
        CoapReply *reply = client->send(request);
        // A failed handshake ends the ask at once, with its cause where the user looks.
        connect(m_window->security(), &SecurityPart::failed, reply,
                [this, reply, hop = request.endpoint](const CoapEndpoint &peer, const QString &sentence) {
                    if (peer != hop || reply->isFinished())
                        return;
                    m_devices->showDeviceProblem(sentence);
                    reply->abort();
                });
        return reply;
    };
    m_devices->setResourceRouting(std::move(routing));
    m_logDock->raise();

    // Every datagram of the client and of the discovery sockets goes to the message log.
    m_log->attach(m_window->client()->messageLayer());
    m_log->attach(m_window->security()->connections()->client()->messageLayer()); // coaps, decrypted
    connect(m_devices, &DevicePanel::datagramEvent, m_log->model(),
            [this](const CoapDatagramEvent &event, const QString &) { m_log->model()->append(event); });

    // Devices ▸ Serve devices over HTTP: what the gateway sends and receives is in the log too.
    m_gateway = new GatewayPart(m_window, this);
    connect(m_gateway, &GatewayPart::started, this, [this](HttpCoapGateway *gateway) {
        m_log->attach(gateway->client()->messageLayer());
        // "Copy as ▸ curl" goes through this gateway while it serves (its port may not be 8080).
        m_window->setGatewayBaseUrl(m_gateway->baseUrl());
        m_log->setGatewayBaseUrl(m_gateway->baseUrl());
    });
    connect(m_gateway, &GatewayPart::stopped, this, [this] {
        m_window->setGatewayBaseUrl(QString());
        m_log->setGatewayBaseUrl(QString());
    });

    connect(m_window->discoverAction(), &QAction::triggered, m_devices, &DevicePanel::toggleDiscovery);
    connect(m_window->addDeviceAction(), &QAction::triggered, m_devices, [this] { m_devices->showAddDeviceDialog(); });
    connect(m_devices, &DevicePanel::requestGet, m_window, [this](const QString &uri) { m_window->sendUri(uri); });
    connect(m_devices, &DevicePanel::requestObserve, m_window, [this](const QString &uri) { m_window->startObservation(uri); });
    connect(m_devices, &DevicePanel::resourceSelected, m_window, [this](const QString &uri, const CoreLink &link) {
        m_window->openUri(uri);
        // The payload editor starts from the content format the resource declares (UX.md task 3).
        const QList<int> formats = link.contentFormats();
        if (!formats.isEmpty())
            m_window->composer()->payloadEditor()->setContentFormat(formats.first());
    });
    connect(m_devices, &DevicePanel::discoveryFinished, m_window, [this](const CoapDiscoverySummary &summary) {
        m_window->setInterfaceText(summary.interfaces.isEmpty() ? QString() : summary.interfaces.join(QStringLiteral(", ")));
    });
    connect(m_devices, &DevicePanel::deviceCountChanged, m_window, &MainWindow::setDeviceCount);
    // The log's Device column: the names the tree knows, refreshed when the tree changes
    // (coalesced: a discovery changes many rows at once).
    auto *nameTimer = new QTimer(this);
    nameTimer->setSingleShot(true);
    nameTimer->setInterval(100);
    connect(nameTimer, &QTimer::timeout, this, [this] {
        for (const CoapDevice &device : m_devices->discovery()->devices()) {
            const QModelIndex index = m_devices->model()->deviceIndex(device.endpoint);
            const QString name = index.data(DeviceTreeModel::DeviceNameRole).toString();
            if (!name.isEmpty())
                m_log->model()->setDeviceName(device.endpoint, name);
        }
    });
    connect(m_devices, &DevicePanel::deviceCountChanged, nameTimer, qOverload<>(&QTimer::start));
    connect(m_devices->model(), &QAbstractItemModel::dataChanged, nameTimer, qOverload<>(&QTimer::start));
    connect(m_devices->model(), &QAbstractItemModel::rowsInserted, nameTimer, qOverload<>(&QTimer::start));
    if (QMenu *edit = m_window->editMenu())
        edit->addAction(m_devices->filterAction());
    if (QMenu *devices = m_window->devicesMenu()) {
        devices->addSeparator();
        devices->addAction(m_devices->expandAllAction());
        devices->addAction(m_devices->collapseAllAction());
        devices->addMenu(m_devices->sortMenu());
        devices->addAction(m_devices->devicesAddedByHandAction());
    }

    // Discovery settings: applied at start, saved back when the user changes them in the panel.
    applyDiscoverySettings();
    connect(m_devices, &DevicePanel::discoveryOptionsChanged, m_settings, [this] {
        if (m_fleet)
            return; // the demo's options (the fleet only, no groups) are not the user's settings
        const CoapDiscoveryOptions options = m_devices->discoveryOptions();
        QStringList groups;
        for (const QHostAddress &group : options.groups)
            groups.append(group.toString());
        m_settings->setDiscoveryGroups(groups);
        m_settings->setDiscoveryInterfaces(options.interfaces);
        m_settings->setDiscoveryWaitMs(options.waitMs);
    });
    // The observations and charts of the last run come back when the user says so (Settings:
    // ask, always, never); every observation costs a battery device radio time. Not in demo mode:
    // startDemo() runs before the event loop, so m_fleet is known by then.
    QTimer::singleShot(0, this, [this] {
        if (!m_fleet)
            offerResume();
    });
    if (m_settings->discoverOnStart())
        QTimer::singleShot(0, this, [this] {
            if (!m_fleet) // the demo starts its own discovery of the fleet
                m_devices->startDiscovery();
        });

    // Devices added by hand are remembered across restarts and asked again at start (a GET of
    // /.well-known/core each, RFC 6690 §4; nothing is observed). "Devices added by hand…" edits
    // the list; every change is saved at once.
    connect(m_devices, &DevicePanel::devicesAddedByHandChanged, m_settings, [this] {
        if (!m_fleet)
            m_settings->setDevicesAddedByHand(m_devices->devicesAddedByHand());
    });
    QTimer::singleShot(0, this, [this] {
        if (m_fleet)
            return;
        for (const QString &entry : m_settings->devicesAddedByHand()) {
            // "host:port", or "coaps://address:port" for a coaps device: Add device…'s own rules.
            const AddDeviceDialog::Parsed parsed = AddDeviceDialog::parseAddress(entry);
            if (parsed.error.isEmpty() && parsed.port)
                m_devices->addDevice(parsed.host, *parsed.port, parsed.secure);
        }
    });
    // The sort order of the tree is the user's choice, kept across restarts (also in demo mode:
    // it is about the view, not the devices).
    m_devices->setSortOrder(m_settings->deviceSortOrder());
    connect(m_devices, &DevicePanel::sortOrderChanged, m_settings, &Settings::setDeviceSortOrder);

    // Bookmarks live in the settings; the panel shows and edits them.
    QStringList uris;
    for (const Bookmark &b : m_settings->bookmarks())
        uris.append(b.uri);
    m_devices->setBookmarks(uris);
    connect(m_devices, &DevicePanel::bookmarksChanged, m_settings, [this] {
        QList<Bookmark> bookmarks;
        for (const QString &uri : m_devices->bookmarks())
            if (uri != m_demoSecureUri) // the demo's coaps device lives as long as the demo
                bookmarks.append(Bookmark{QString(), uri, CoapCode::Get});
        m_settings->setBookmarks(bookmarks);
    });

    // "Chart this resource": the form's resource on the chart, sharing its running observation
    // with the composer (UX.md, task 4).
    if (QMenu *request = m_window->requestMenu())
        request->addAction(m_chartAction);
    connect(m_chartAction, &QAction::triggered, this, [this] {
        if (const std::optional<CoapUri> uri = m_window->composer()->currentUri())
            chartUri(uri->toString());
    });
    connect(m_window->composer()->uriEdit(), &QLineEdit::textChanged, this, &Explorer::updateChartAction);
    updateChartAction();
}

void Explorer::applyDiscoverySettings()
{
    CoapDiscoveryOptions options = m_devices->discoveryOptions();
    options.groups.clear();
    for (const QString &group : m_settings->discoveryGroups()) {
        const QHostAddress address(group);
        if (address.isMulticast())
            options.groups.append(address);
    }
    options.interfaces = m_settings->discoveryInterfaces();
    options.waitMs = m_settings->discoveryWaitMs();
    m_devices->setDiscoveryOptions(options);
}

void Explorer::updateChartAction()
{
    m_chartAction->setEnabled(m_window->composer()->currentUri().has_value());
}

void Explorer::offerResume()
{
    if (m_resumed)
        return; // already resumed (a language switch rebuilt the window)
    QStringList all = m_settings->chartedObservations();
    for (const QString &uri : m_settings->openObservations())
        if (!all.contains(uri))
            all << uri;
    if (all.isEmpty())
        return;
    switch (m_settings->resumeObservations()) {
    case Settings::ResumeObservations::Never:
        return;
    case Settings::ResumeObservations::Always:
        resumeLastObservations();
        return;
    case Settings::ResumeObservations::Ask:
        break;
    }
    auto *bar = new QFrame;
    bar->setObjectName(QStringLiteral("resumeObservationsBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto *label = new QLabel(tr("%n observation(s) were running when CoAP Explorer closed. Observe them again?",
                                nullptr, int(all.size())), bar);
    label->setWordWrap(true);
    label->setToolTip(all.join(QLatin1Char('\n')));
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *resume = new QPushButton(tr("&Resume"), bar);
    resume->setObjectName(QStringLiteral("resumeButton"));
    auto *dismiss = new QPushButton(tr("&Not now"), bar);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label, 1);
    layout->addWidget(resume);
    layout->addWidget(dismiss);
    connect(resume, &QPushButton::clicked, this, &Explorer::resumeLastObservations);
    connect(dismiss, &QPushButton::clicked, bar, &QObject::deleteLater);
    m_resumeBar = bar;
    m_window->addNoticeBar(bar);
}

void Explorer::resumeLastObservations()
{
    m_resumed = true;
    if (m_resumeBar)
        m_resumeBar->deleteLater();
    for (const QString &uri : m_settings->chartedObservations())
        chartUri(uri);
    // The composer's observations too; the last one is in the form.
    for (const QString &uri : m_settings->openObservations())
        m_window->startObservation(uri);
}

bool Explorer::askStopChartObservations()
{
    // Closing the Charts panel: its observations keep costing the devices unless they end.
    int charted = 0;
    for (CoapReply *reply : m_charts->observations())
        if (m_window->observations()->users(reply) & ObservationHub::ChartUser)
            ++charted;
    if (charted == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Close the charts"),
                    tr("The charts observe %n resource(s). Stop these observations?", nullptr, charted),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("closeChartsQuestion"));
    box.setInformativeText(tr("Observations the request form shows keep running."));
    QPushButton *stop = box.addButton(tr("&Stop observing"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopButton"));
    QPushButton *keep = box.addButton(tr("&Keep observing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() == stop) {
        for (CoapReply *reply : m_charts->observations()) {
            m_charts->removeObservation(reply);
            m_window->observations()->release(reply, ObservationHub::ChartUser);
        }
        return true;
    }
    return box.clickedButton() == keep;
}

bool Explorer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartDock && event->type() == QEvent::Close && !m_closing) {
        if (!askStopChartObservations()) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void Explorer::setMonitorView(bool on)
{
    if (m_monitorAction->isChecked() != on) {
        m_monitorAction->setChecked(on); // comes back here through toggled()
        return;
    }
    QWidget *central = m_window->centralWidget();
    if (on) {
        m_beforeMonitor = m_window->saveState();
        m_window->deviceDock()->hide();
        for (QDockWidget *dock : m_window->bottomDocks())
            if (dock != m_chartDock)
                dock->hide();
        central->hide();
        m_chartDock->show();
        m_chartDock->raise();
    } else {
        central->show();
        if (!m_beforeMonitor.isEmpty())
            m_window->restoreState(m_beforeMonitor);
        m_beforeMonitor.clear();
    }
}

QString Explorer::deviceLabel(const QString &uriText) const
{
    // The device's name when the tree knows it ("Boiler room temperature"), else its address.
    const CoapUriParseResult parsed = CoapUri::parse(uriText);
    if (!parsed.ok())
        return uriText;
    if (parsed.uri.isIpLiteral()) {
        const QModelIndex device = m_devices->model()->deviceIndex(parsed.uri.endpoint());
        const QString name = device.data(DeviceTreeModel::DeviceNameRole).toString();
        if (!name.isEmpty())
            return name;
    }
    return parsed.uri.authority();
}

CoapReply *Explorer::chartUri(const QString &uriText)
{
    const CoapUriParseResult parsed = CoapUri::parse(RequestComposer::withDefaultScheme(uriText));
    if (!parsed.ok())
        return nullptr;
    CoapRequest request;
    request.observe = true;
    // Directly or through the device's forward proxy, as the composer sends (RFC 7252 §5.7.2).
    CoapClient *client = m_window->routeRequest(&request, parsed.uri);
    if (!client)
        return nullptr;
    // One observation per resource (RFC 7641 §3): the composer's or the tree's is reused.
    CoapReply *reply = m_window->observations()->observe(request, parsed.uri.toString(), ObservationHub::ChartUser,
                                                         nullptr, client);
    if (!m_charts->observations().contains(reply))
        m_charts->addObservation(reply, deviceLabel(parsed.uri.toString()), parsed.uri.path());
    m_chartDock->show();
    m_chartDock->raise();
    // Stacked charts need room: the bottom docks grow once if the user has not made them larger
    // (the window itself keeps its size; the charts scroll when there are more).
    const int wanted = qMax(300, m_window->height() * 2 / 5);
    if (!m_chartDock->isFloating() && m_chartDock->height() < wanted)
        m_window->resizeDocks({m_chartDock}, {wanted}, Qt::Vertical);
    return reply;
}

bool Explorer::startDemo(int devices, QString *problem, bool secureDevice)
{
    if (!m_fleet)
        m_fleet = new SimulatedFleet(this);
    FleetOptions options;
    options.deviceCount = devices;
    options.basePort = 0;          // free ports: never in the way of a real device on 5683
    options.groupEndpoint = true;  // the loopback stand-in for the multicast group
    // One device also speaks coaps (issue 12), with a pre-shared key the demo makes up and fills in.
    options.secure = secureDevice;
    options.secureDevices = {0};
    options.security.pskIdentity = QByteArrayLiteral("demo");
    options.security.psk = QUuid::createUuid().toRfc4122();
    if (!m_fleet->start(options)) {
        if (problem)
            *problem = tr("The simulated devices could not start: %1").arg(m_fleet->lastError().detail);
        return false;
    }
    const CoapEndpoint secure = m_fleet->secureEndpoints().value(0);
    if (!secure.isNull()) {
        DeviceCredentials credentials;
        credentials.pattern = QStringLiteral("%1:%2").arg(secure.address().toString()).arg(secure.port());
        credentials.pskIdentity = QStringLiteral("demo");
        m_window->security()->store()->setEntry(credentials, options.security.psk, CredentialStore::KeyLifetime::Session);
        // A bookmark puts the coaps device in the tree (with its padlock) before anything is asked.
        const QString uri = QStringLiteral("coaps://%1:%2/sensors/temperature").arg(secure.uriHost()).arg(secure.port());
        m_demoSecureUri = uri; // first: the bookmarks are saved on change, without this one
        QStringList bookmarks = m_devices->model()->bookmarks();
        if (!bookmarks.contains(uri))
            m_devices->model()->setBookmarks(bookmarks << uri);
        // Its resources listed as well, over DTLS (what Refresh resources does).
        m_devices->refreshResources(m_devices->model()->indexForUri(uri));
    }
    // Only the fleet is asked: the demo does not send multicast into the machine's networks.
    CoapDiscoveryOptions discovery = m_devices->discoveryOptions();
    discovery.groups.clear();
    discovery.groupEndpoints = {m_fleet->groupEndpoint()};
    discovery.waitMs = int(options.groupLeisureMs) + 1000;
    m_devices->setDiscoveryOptions(discovery);
    m_devices->setGroupEndpoints(discovery.groupEndpoints);
    m_window->statusBar()->showMessage(tr("Demo: %n simulated device(s) on this computer", nullptr, devices), 10000);
    QTimer::singleShot(0, m_devices, &DevicePanel::startDiscovery);
    return true;
}

// The URI of the first resource the discovery found with this rt; with an empty rt, of the first
// resource at all.
QString Explorer::firstResourceUri(const QString &resourceType) const
{
    for (const CoapDevice &device : m_devices->discovery()->devices()) {
        const QString base = QStringLiteral("coap://%1:%2").arg(device.endpoint.uriHost()).arg(device.endpoint.port());
        for (const CoreLink &link : device.links) {
            if (!resourceType.isEmpty() && !link.resourceTypes().contains(resourceType))
                continue;
            if (const auto path = link.path(QUrl(base + QLatin1Char('/'))))
                return base + *path;
        }
    }
    return {};
}

void Explorer::readFirstResource(const std::function<void()> &then)
{
    // The first temperature the discovery found, else any resource.
    QString uri = firstResourceUri(QStringLiteral("temperature"));
    if (uri.isEmpty())
        uri = firstResourceUri(QString());
    CoapReply *reply = uri.isEmpty() ? nullptr : m_window->sendUri(uri);
    if (!reply) {
        then();
        return;
    }
    connect(reply, &CoapReply::finished, this, then, Qt::SingleShotConnection);
}

void Explorer::screenshotWhenReady(const QString &fileName, double afterSeconds, bool showCharts)
{
    auto shoot = [this, fileName, showCharts] {
        if (showCharts) {
            m_window->resizeDocks({m_chartDock, m_observationsDock},
                                  {m_window->width() * 5 / 8, m_window->width() * 3 / 8}, Qt::Horizontal);
            QCoreApplication::processEvents();
        }
        const bool ok = m_window->grab().save(fileName);
        emit screenshotDone(ok, fileName);
    };
    auto afterRead = [this, afterSeconds, showCharts, shoot] {
        if (showCharts) {
            // Three sensors on the chart: the values need a moment to move.
            for (const QString &rt : {QStringLiteral("temperature"), QStringLiteral("contact"), QStringLiteral("heart-rate")}) {
                const QString uri = firstResourceUri(rt);
                if (!uri.isEmpty())
                    chartUri(uri);
            }
            // The Observations list beside the charts: what runs, and its Stop buttons.
            // (A tabified dock cannot be split: the bottom docks are laid out anew.)
            for (QDockWidget *dock : {m_chartDock, m_observationsDock, m_logDock})
                m_window->removeDockWidget(dock);
            m_window->addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
            m_window->splitDockWidget(m_chartDock, m_observationsDock, Qt::Horizontal);
            m_window->tabifyDockWidget(m_chartDock, m_logDock);
            for (QDockWidget *dock : {m_chartDock, m_observationsDock, m_logDock})
                dock->show();
            m_chartDock->raise();
            // Sized once the new layout is in place.
            QTimer::singleShot(0, this, [this] {
                m_window->resizeDocks({m_chartDock, m_observationsDock},
                                      {m_window->width() * 5 / 8, m_window->width() * 3 / 8}, Qt::Horizontal);
                m_window->resizeDocks({m_chartDock}, {m_window->height() / 2}, Qt::Vertical);
            });
        } else {
            m_logDock->raise();
        }
        m_devices->treeView()->expandToDepth(0);
        QTimer::singleShot(int(afterSeconds * 1000), this, shoot);
    };
    auto whenDiscovered = [this, afterRead] { readFirstResource(afterRead); };
    // Not the tree's count: the demo's coaps device is in the tree before anything answered.
    if (m_devices->isDiscovering() || m_devices->discovery()->devices().isEmpty())
        connect(m_devices, &DevicePanel::discoveryFinished, this, whenDiscovered, Qt::SingleShotConnection);
    else
        whenDiscovered();
}

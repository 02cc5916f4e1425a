#include "explorer.h"

#include "chartpanel.h"
#include "coapclient.h"
#include "coapuri.h"
#include "devicepanel.h"
#include "devicetreemodel.h"
#include "mainwindow.h"
#include "payloadeditor.h"
#include "requestcomposer.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "samplestore.h"
#include "settings.h"
#include "simulatedfleet.h"
#include "credentialstore.h"
#include "secureconnections.h"
#include "securitypart.h"

#include <QUuid>

#include <QDockWidget>
#include <QMenu>
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

    m_chartAction = new QAction(tr("C&hart This Observation"), this);
    m_chartAction->setToolTip(tr("Plot the values of the running observation in the Charts panel"));
    m_chartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_chartAction->setEnabled(false);
    wire();
}

Explorer::~Explorer()
{
    // The charted resources are observed again next time; a demo's change ports every run.
    if (!m_fleet)
        m_settings->setChartedObservations(m_chartedUris);
    // Leave no observation behind on the devices: end the chart's own observations first, while
    // the client still exists (it is the window's).
    m_closing = true;
    for (const QPointer<CoapReply> &reply : std::as_const(m_chartObservations))
        if (reply)
            reply->abort();
    delete m_window;
    // A demo's observation points at a port that is gone next time: nothing to resume.
    if (m_fleet)
        m_settings->setOpenObservations({});
}

void Explorer::wire()
{
    m_window->setDeviceDock(m_devices);
    m_window->addBottomDock(m_logDock);
    m_window->addBottomDock(m_chartDock);
    m_window->restoreLayout();
    m_logDock->raise();

    // Every datagram of the client and of the discovery sockets goes to the message log.
    m_log->attach(m_window->client()->messageLayer());
    m_log->attach(m_window->security()->connections()->client()->messageLayer()); // coaps, decrypted
    connect(m_devices, &DevicePanel::datagramEvent, m_log->model(),
            [this](const CoapDatagramEvent &event, const QString &) { m_log->model()->append(event); });

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
    if (QMenu *edit = m_window->editMenu())
        edit->addAction(m_devices->filterAction());

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
    // The observations and charts the user had open last time come back (not in demo mode: startDemo() runs
    // before the event loop, so m_fleet is known by then).
    QTimer::singleShot(0, this, [this] {
        if (m_fleet)
            return;
        for (const QString &uri : m_settings->chartedObservations())
            chartUri(uri);
        // The composer's observation too: what was open when the window closed is open again.
        const QString resume = m_window->observationToResume();
        if (!resume.isEmpty())
            m_window->startObservation(resume);
    });
    if (m_settings->discoverOnStart())
        QTimer::singleShot(0, this, [this] {
            if (!m_fleet) // the demo starts its own discovery of the fleet
                m_devices->startDiscovery();
        });

    // Bookmarks live in the settings; the panel shows and edits them.
    QStringList uris;
    for (const Bookmark &b : m_settings->bookmarks())
        uris.append(b.uri);
    m_devices->setBookmarks(uris);
    connect(m_devices, &DevicePanel::bookmarksChanged, m_settings, [this] {
        QList<Bookmark> bookmarks;
        for (const QString &uri : m_devices->bookmarks())
            bookmarks.append(Bookmark{QString(), uri, CoapCode::Get});
        m_settings->setBookmarks(bookmarks);
    });

    // "Chart this": the running observation's resource gets an observation of its own for the
    // chart, so the composer can go on with other requests (UX.md, task 4).
    if (QMenu *request = m_window->requestMenu())
        request->addAction(m_chartAction);
    m_window->mainToolBar()->addAction(m_chartAction);
    connect(m_chartAction, &QAction::triggered, this, [this] {
        CoapReply *observation = m_window->observationReply();
        if (!observation)
            return;
        const CoapUri uri = CoapUri::fromOptions(observation->request(), observation->responder(), false);
        chartUri(uri.toString());
    });
    connect(m_window, &MainWindow::requestStarted, this, [this](CoapReply *reply) {
        if (reply && reply->isObservation()) {
            connect(reply, &CoapReply::notificationReceived, this, &Explorer::updateChartAction);
            connect(reply, &CoapReply::finished, this, &Explorer::updateChartAction);
        }
        updateChartAction();
    });
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
    CoapReply *observation = m_window->observationReply();
    m_chartAction->setEnabled(observation && observation->isObserving());
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
    const CoapUriParseResult parsed = CoapUri::parse(uriText);
    if (!parsed.ok())
        return nullptr;
    CoapRequest request;
    request.observe = true;
    for (const CoapOption &option : parsed.uri.toOptions())
        request.message.addOption(option);
    if (parsed.uri.isIpLiteral()) {
        request.endpoint = parsed.uri.endpoint();
    } else {
        request.hostName = parsed.uri.host();
        request.port = parsed.uri.port();
    }
    CoapClient *client = parsed.uri.secure() ? m_window->security()->clientFor(parsed.uri, request.endpoint)
                                             : m_window->client();
    CoapReply *reply = client->send(request);
    connect(reply, &CoapReply::finished, reply, &QObject::deleteLater);
    if (!m_chartedUris.contains(parsed.uri.toString()))
        m_chartedUris.append(parsed.uri.toString());
    connect(reply, &QObject::destroyed, this, [this, uri = parsed.uri.toString()] {
        // An observation that ended (removed from the chart, or the device ended it) is not resumed.
        if (!m_closing)
            m_chartedUris.removeAll(uri);
    });
    m_charts->addObservation(reply, deviceLabel(uriText), parsed.uri.path());
    m_chartObservations.removeAll(nullptr);
    m_chartObservations.append(reply);
    m_chartDock->show();
    m_chartDock->raise();
    // Stacked charts need room: grow the bottom docks once if the user has not made them larger.
    const int wanted = qMax(340, m_window->height() * 9 / 20);
    if (!m_chartDock->isFloating() && m_chartDock->height() < wanted)
        m_window->resizeDocks({m_chartDock}, {wanted}, Qt::Vertical);
    return reply;
}

bool Explorer::startDemo(int devices, QString *problem)
{
    if (!m_fleet)
        m_fleet = new SimulatedFleet(this);
    FleetOptions options;
    options.deviceCount = devices;
    options.basePort = 0;          // free ports: never in the way of a real device on 5683
    options.groupEndpoint = true;  // the loopback stand-in for the multicast group
    // One device also speaks coaps (issue 12), with a pre-shared key the demo makes up and fills in.
    options.secure = true;
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
        QStringList bookmarks = m_devices->model()->bookmarks();
        if (!bookmarks.contains(uri))
            m_devices->model()->setBookmarks(bookmarks << uri);
        m_demoSecureUri = uri;
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
    auto shoot = [this, fileName] {
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
        } else {
            m_logDock->raise();
        }
        m_devices->treeView()->expandToDepth(0);
        QTimer::singleShot(int(afterSeconds * 1000), this, shoot);
    };
    auto whenDiscovered = [this, afterRead] { readFirstResource(afterRead); };
    if (m_devices->isDiscovering() || m_devices->deviceCount() == 0)
        connect(m_devices, &DevicePanel::discoveryFinished, this, whenDiscovered, Qt::SingleShotConnection);
    else
        whenDiscovered();
}

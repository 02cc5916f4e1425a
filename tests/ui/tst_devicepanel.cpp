// The device panel against real devices: in-process CoapServers on loopback, asked as group
// endpoints (each answers from its own socket, as members of a multicast group would), found by
// clicking Discover, read by double-clicking a resource. Plus the empty and error states, the
// filter, the context actions and the Add Device dialog's address rules.
#include "adddevicedialog.h"
#include "coapserver.h"
#include "devicepanel.h"
#include "devicetreemodel.h"
#include "errortext.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUdpSocket>

#include <deque>
#include <memory>

namespace {
using Model = DeviceTreeModel;

// One device: a CoapServer on its own loopback port with a few resources.
struct TestDevice
{
    CoapUdpTransport transport;
    CoapServer server{&transport};

    TestDevice(const QString &name, bool actuator)
    {
        transport.bind(QHostAddress::LocalHost, 0);
        const auto value = [](const CoapServerRequest &, const CoapResponder &r) { r.respond(CoapCode::Content, "21.5", 0); };
        server.addResource(QStringLiteral("/device")).setTitle(name).setResourceType(QStringLiteral("device")).on(CoapCode::Get, value);
        server.addResource(QStringLiteral("/sensors/temp")).setTitle(QStringLiteral("Temperature"))
                .setResourceType(QStringLiteral("temperature")).setContentFormats({0}).setObservable(true).on(CoapCode::Get, value);
        server.addResource(QStringLiteral("/sensors/hum")).setResourceType(QStringLiteral("humidity"))
                .setContentFormats({0, 50}).on(CoapCode::Get, value);
        if (actuator)
            server.addResource(QStringLiteral("/actuators/led")).setInterface(QStringLiteral("core.a")).on(CoapCode::Put, value);
    }
    CoapEndpoint endpoint() const { return transport.localEndpoint(); }
    QString uri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(endpoint().port()).arg(path);
    }
};

// Multicast off: only the given endpoints are asked.
void configure(DevicePanel &panel, const QList<CoapEndpoint> &endpoints, int waitSeconds)
{
    CoapDiscoveryOptions options;
    options.groups.clear();
    options.waitMs = waitSeconds * 1000;
    panel.setDiscoveryOptions(options);
    panel.setGroupEndpoints(endpoints);
}

QModelIndex proxyIndexForUri(DevicePanel &panel, const QString &uri)
{
    return panel.proxyModel()->mapFromSource(panel.model()->indexForUri(uri));
}

// What a window system delivers for a double-click: press, release, double-click, release.
// (QTest::mouseDClick alone sends only the double-click event, which item views ignore without the
// press before it.)
void doubleClick(QWidget *widget, const QPoint &pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

int visibleDevicesWithChild(const QAbstractItemModel &proxy, const QString &path)
{
    int count = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex device = proxy.index(row, 0);
        for (int child = 0; child < proxy.rowCount(device); ++child) {
            if (proxy.index(child, 0, device).data(Model::PathRole).toString() == path)
                ++count;
        }
    }
    return count;
}
} // namespace

class TestDevicePanel : public QObject
{
    Q_OBJECT
private slots:
    void discoversDevicesAndDoubleClickReads();
    void filterAndKeyboard();
    void emptyStateWhenNothingAnswers();
    void noMulticastInterface();
    void nothingChecked();
    void addDeviceByAddress();
    void bookmarks();
    void coapClientCommand_data();
    void coapClientCommand();
    void parseAddress_data();
    void parseAddress();
    void dialogExplainsBadAddressInPlace();

private:
    std::deque<std::unique_ptr<TestDevice>> m_devices;
    std::unique_ptr<DevicePanel> m_panel; // shared by the first two tests: one discovery
};

void TestDevicePanel::discoversDevicesAndDoubleClickReads()
{
    m_devices.push_back(std::make_unique<TestDevice>(QStringLiteral("Boiler"), true));
    m_devices.push_back(std::make_unique<TestDevice>(QStringLiteral("Hall"), false));
    m_devices.push_back(std::make_unique<TestDevice>(QStringLiteral("Attic"), false));
    QList<CoapEndpoint> endpoints;
    for (const auto &device : m_devices)
        endpoints.append(device->endpoint());

    m_panel = std::make_unique<DevicePanel>();
    DevicePanel &panel = *m_panel;
    panel.resize(460, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    configure(panel, endpoints, 20); // long window: the test stops it once everyone answered
    QVERIFY(panel.messageText().contains(QLatin1String("No devices yet")));

    QSignalSpy datagrams(&panel, &DevicePanel::datagramEvent);
    QSignalSpy finished(&panel, &DevicePanel::discoveryFinished);
    QSignalSpy counts(&panel, &DevicePanel::deviceCountChanged);
    QTest::mouseClick(panel.discoverButton(), Qt::LeftButton);
    QVERIFY(panel.isDiscovering());
    QVERIFY2(panel.discoverButton()->text().startsWith(QLatin1String("Stop (")), qPrintable(panel.discoverButton()->text()));
    QVERIFY(panel.statusText().contains(QLatin1String("s left")));

    QTRY_COMPARE_WITH_TIMEOUT(panel.deviceCount(), 3, 10000);
    for (const auto &device : m_devices) {
        QTRY_VERIFY_WITH_TIMEOUT(proxyIndexForUri(panel, device->uri(QStringLiteral("/sensors/temp"))).isValid(), 5000);
        const QModelIndex deviceIndex = proxyIndexForUri(panel, device->uri(QStringLiteral("/")));
        QVERIFY(deviceIndex.isValid());
        QVERIFY(panel.treeView()->isExpanded(deviceIndex)); // resources show as they answer
        // The name first, the address beside it.
        QVERIFY(deviceIndex.data().toString().endsWith(QStringLiteral(" \u2014 127.0.0.1:%1").arg(device->endpoint().port())));
    }
    QCOMPARE(counts.count(), 3); // one by one
    QVERIFY(panel.isDiscovering()); // still listening: the window is 20 s
    QTRY_VERIFY(panel.discoverButton()->text() != QLatin1String("Stop (20 s)")); // the countdown moves

    // Stop: the same button.
    QTest::mouseClick(panel.discoverButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!panel.isDiscovering());
    QCOMPARE(panel.discoverButton()->text(), QStringLiteral("Discover"));
    QVERIFY2(panel.statusText().contains(QLatin1String("3 devices answered")), qPrintable(panel.statusText()));
    QVERIFY(datagrams.count() >= 6); // three requests out, three answers in

    // Double-click a resource: read at once (UX.md).
    const TestDevice &hall = *m_devices[1];
    const QModelIndex temp = proxyIndexForUri(panel, hall.uri(QStringLiteral("/sensors/temp")));
    QVERIFY(temp.isValid());
    panel.treeView()->scrollTo(temp);
    const QRect rect = panel.treeView()->visualRect(temp);
    QVERIFY(!rect.isEmpty());
    QSignalSpy gets(&panel, &DevicePanel::requestGet);
    QSignalSpy selected(&panel, &DevicePanel::resourceSelected);
    doubleClick(panel.treeView()->viewport(), rect.center());
    QCOMPARE(gets.count(), 1);
    QCOMPARE(gets.at(0).at(0).toString(), hall.uri(QStringLiteral("/sensors/temp")));
    QVERIFY(selected.count() >= 1);
    QCOMPARE(selected.last().at(0).toString(), hall.uri(QStringLiteral("/sensors/temp")));
    QCOMPARE(selected.last().at(1).value<CoreLink>().contentFormats(), QList<int>{0});

    // Double-clicking a folder reads nothing.
    const QModelIndex folder = temp.parent();
    doubleClick(panel.treeView()->viewport(), panel.treeView()->visualRect(folder).center());
    QCOMPARE(gets.count(), 1);
}

void TestDevicePanel::filterAndKeyboard()
{
    QVERIFY(m_panel);
    DevicePanel &panel = *m_panel;
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QTreeView *tree = panel.treeView();
    tree->setFocus();

    // Ctrl+F focuses the filter; a matching resource keeps its device and folder visible.
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel.filterEdit()->hasFocus());
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("humid"));
    QCOMPARE(panel.proxyModel()->rowCount(), 3);
    QCOMPARE(visibleDevicesWithChild(*panel.proxyModel(), QStringLiteral("/sensors")), 3);
    const QModelIndex sensors = panel.proxyModel()->index(0, 0, panel.proxyModel()->index(0, 0));
    QCOMPARE(panel.proxyModel()->rowCount(sensors), 1);
    QCOMPARE(panel.proxyModel()->index(0, 0, sensors).data().toString(), QStringLiteral("hum"));
    // A device name shows the device with all it has.
    panel.filterEdit()->setText(QStringLiteral("attic"));
    QCOMPARE(panel.proxyModel()->rowCount(), 1);
    QCOMPARE(panel.proxyModel()->rowCount(panel.proxyModel()->index(0, 0)), 2); // device, sensors
    panel.filterEdit()->setText(QStringLiteral("nothing-like-this"));
    QVERIFY(panel.messageText().contains(QLatin1String("Nothing matches")));
    // Esc clears the filter.
    QTest::keyClick(panel.filterEdit(), Qt::Key_Escape);
    QVERIFY(panel.filterEdit()->text().isEmpty());
    QCOMPARE(panel.proxyModel()->rowCount(), 3);
    QVERIFY(panel.messageText().isEmpty());

    // Enter on a resource reads it; Ctrl+C copies its URI.
    const TestDevice &boiler = *m_devices[0];
    const QModelIndex led = proxyIndexForUri(panel, boiler.uri(QStringLiteral("/actuators/led")));
    QVERIFY(led.isValid());
    tree->setFocus();
    tree->setCurrentIndex(led);
    QSignalSpy gets(&panel, &DevicePanel::requestGet);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(gets.count(), 1);
    QCOMPARE(gets.at(0).at(0).toString(), boiler.uri(QStringLiteral("/actuators/led")));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), boiler.uri(QStringLiteral("/actuators/led")));

    // Ctrl+B bookmarks, Delete removes the row (and the empty folder above it).
    QSignalSpy bookmarks(&panel, &DevicePanel::bookmarksChanged);
    QTest::keyClick(tree, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(panel.bookmarks(), QStringList{boiler.uri(QStringLiteral("/actuators/led"))});
    QCOMPARE(bookmarks.count(), 1);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!proxyIndexForUri(panel, boiler.uri(QStringLiteral("/actuators/led"))).isValid());
    QVERIFY(!proxyIndexForUri(panel, boiler.uri(QStringLiteral("/actuators"))).isValid());
    QVERIFY(panel.bookmarks().isEmpty());
    m_panel.reset();
    m_devices.clear();
}

void TestDevicePanel::emptyStateWhenNothingAnswers()
{
    // A port nobody listens on.
    quint16 port = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    DevicePanel panel;
    panel.resize(400, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    configure(panel, {CoapEndpoint(QHostAddress::LocalHost, port)}, 1);
    QSignalSpy finished(&panel, &DevicePanel::discoveryFinished);
    QTest::mouseClick(panel.discoverButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(panel.deviceCount(), 0);
    const QString text = panel.messageText();
    QVERIFY2(text.startsWith(QStringLiteral("No devices answered: asked 127.0.0.1:%1 for 1 s.").arg(port)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Add device")));
}

void TestDevicePanel::noMulticastInterface()
{
    DevicePanel panel;
    panel.discovery()->setAvailableInterfaces({}); // a laptop with no usable interface
    CoapDiscoveryOptions options; // the default groups
    options.waitMs = 1000;
    panel.setDiscoveryOptions(options);
    QSignalSpy finished(&panel, &DevicePanel::discoveryFinished);
    panel.startDiscovery();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const QString text = panel.messageText();
    QVERIFY2(text.startsWith(QLatin1String("No multicast-capable interface:")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Add device")));
    QVERIFY(!panel.isDiscovering());
}

void TestDevicePanel::nothingChecked()
{
    DevicePanel panel;
    configure(panel, {}, 1);
    QSignalSpy started(&panel, &DevicePanel::discoveryStarted);
    panel.startDiscovery();
    QCOMPARE(started.count(), 0);
    QVERIFY(panel.messageText().contains(QLatin1String("No group is checked")));
}

void TestDevicePanel::addDeviceByAddress()
{
    TestDevice device(QStringLiteral("Cellar"), true);
    DevicePanel panel;
    QSignalSpy datagrams(&panel, &DevicePanel::datagramEvent);
    panel.addDevice(QStringLiteral("127.0.0.1"), device.endpoint().port());
    // Listed at once, filled in when it answers.
    QCOMPARE(panel.deviceCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.model()->indexForUri(device.uri(QStringLiteral("/actuators/led"))).isValid(), 5000);
    const QModelIndex root = panel.model()->index(0, 0);
    QCOMPARE(root.data(Model::DeviceNameRole).toString(), QStringLiteral("Cellar"));
    QVERIFY(datagrams.count() >= 2);
    QTRY_VERIFY(panel.statusText().contains(QLatin1String("listed its resources")));
}

void TestDevicePanel::bookmarks()
{
    DevicePanel panel;
    QSignalSpy changed(&panel, &DevicePanel::bookmarksChanged);
    panel.setBookmarks({QStringLiteral("coap://192.0.2.1/sensors/temp"), QStringLiteral("coap://[fe80::1%25lo]:5684/x")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.deviceCount(), 2);
    QCOMPARE(panel.bookmarks().size(), 2);
    QVERIFY(panel.model()->indexForUri(QStringLiteral("coap://192.0.2.1/sensors/temp")).data(Model::BookmarkedRole).toBool());
}

void TestDevicePanel::coapClientCommand_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("observe");
    QTest::addColumn<QString>("command");
    QTest::newRow("get") << "coap://10.0.0.5/sensors/temp" << false << "coap-client -m get coap://10.0.0.5/sensors/temp";
    QTest::newRow("observe") << "coap://10.0.0.5/sensors/temp" << true
                             << "coap-client -m get -s 60 coap://10.0.0.5/sensors/temp";
    QTest::newRow("port") << "coap://10.0.0.5:61616/a" << false << "coap-client -m get coap://10.0.0.5:61616/a";
    QTest::newRow("IPv6 brackets quoted for the shell") << "coap://[fe80::1%25eth0]/a" << false
                                                        << "coap-client -m get 'coap://[fe80::1%25eth0]/a'";
    QTest::newRow("query quoted") << "coap://10.0.0.5/a?x=1&y=2" << false << "coap-client -m get 'coap://10.0.0.5/a?x=1&y=2'";
    QTest::newRow("quote in the URI") << "coap://10.0.0.5/it's" << false
                                      << "coap-client -m get 'coap://10.0.0.5/it'\\''s'";
}

void TestDevicePanel::coapClientCommand()
{
    QFETCH(QString, uri);
    QFETCH(bool, observe);
    QFETCH(QString, command);
    QCOMPARE(DevicePanel::coapClientCommand(uri, observe), command);
}

void TestDevicePanel::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");      // -1: none given
    QTest::addColumn<QString>("error"); // a word the sentence must contain; empty: no error

    QTest::newRow("IPv4") << "10.0.0.5" << "10.0.0.5" << -1 << "";
    QTest::newRow("IPv4 with port, spaces") << " 10.0.0.5:5684 " << "10.0.0.5" << 5684 << "";
    QTest::newRow("IPv6 in brackets with zone and port") << "[fe80::1%eth0]:5683" << "fe80::1%eth0" << 5683 << "";
    QTest::newRow("IPv6 zone as in URIs") << "fe80::1%25eth0" << "fe80::1%eth0" << -1 << "";
    QTest::newRow("IPv6 global") << "2001:db8::1" << "2001:db8::1" << -1 << "";
    QTest::newRow("host name") << "boiler.local" << "boiler.local" << -1 << "";
    QTest::newRow("host name with port") << "boiler.local:61616" << "boiler.local" << 61616 << "";
    QTest::newRow("URI") << "coap://10.0.0.5:5690/sensors" << "10.0.0.5" << 5690 << "";
    QTest::newRow("URI with zone") << "coap://[fe80::2%25eth1]/" << "fe80::2%eth1" << 5683 << "";
    QTest::newRow("empty") << "  " << "" << -1 << "IP address or host name";
    QTest::newRow("IPv4 number too large") << "10.0.0.300" << "" << -1 << "not a valid IPv4";
    QTest::newRow("IPv4 too short") << "10.0.0" << "" << -1 << "not a valid IPv4";
    QTest::newRow("link-local without zone") << "fe80::1" << "" << -1 << "link-local";
    QTest::newRow("port 0") << "10.0.0.5:0" << "" << -1 << "1 to 65535";
    QTest::newRow("port not a number") << "10.0.0.5:http" << "" << -1 << "1 to 65535";
    QTest::newRow("bad host name") << "boiler room" << "" << -1 << "neither an IP address nor a host name";
    QTest::newRow("unclosed bracket") << "[fe80::1%eth0" << "" << -1 << "not closed";
    QTest::newRow("IPv4 in brackets") << "[10.0.0.5]" << "" << -1 << "not an IPv6";
    QTest::newRow("coaps") << "coaps://10.0.0.5" << "10.0.0.5" << 5684 << "";
    QTest::newRow("coaps with zone and port") << "coaps://[fe80::1%25eth0]:5690/x" << "fe80::1%eth0" << 5690 << "";
    QTest::newRow("coaps host name") << "coaps://boiler.local" << "boiler.local" << 5684 << "";
    QTest::newRow("coaps host name with port") << "coaps://Boiler.local:5690/" << "boiler.local" << 5690 << "";
    QTest::newRow("coaps bad host name") << "coaps://boiler_room" << "" << -1 << "neither an IP address nor a host name";
    QTest::newRow("group address") << "224.0.1.187" << "" << -1 << "group address";
    QTest::newRow("bad URI") << "coap://10.0.0.5:99999/" << "" << -1 << "port";
}

void TestDevicePanel::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    const AddDeviceDialog::Parsed parsed = AddDeviceDialog::parseAddress(text);
    if (error.isEmpty()) {
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.host, host);
        QCOMPARE(parsed.port ? int(*parsed.port) : -1, port);
        QCOMPARE(parsed.secure, text.startsWith(QLatin1String("coaps://"))); // asked over DTLS
    } else {
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
}

void TestDevicePanel::dialogExplainsBadAddressInPlace()
{
    AddDeviceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("10.0.0.300"));
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("10.0.0.300")); // nothing typed is cleared
    const auto *banner = dialog.findChild<InlineBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("not a valid IPv4")));
    // Fixing it clears the error as you type; the port in the text wins over the spin box.
    dialog.addressEdit()->setText(QStringLiteral("10.0.0.30:5690"));
    QVERIFY(!banner->isVisible());
    QVERIFY(!dialog.portSpin()->isEnabled());
    dialog.accept();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.host(), QStringLiteral("10.0.0.30"));
    QCOMPARE(dialog.port(), quint16(5690));
}

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"

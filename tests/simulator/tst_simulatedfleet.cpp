// The fleet: kinds and endpoints, typed start errors, the demo group endpoint, the request
// signal, losses on the devices' side, and hostile datagrams.
#include "coapcodec.h"
#include "corelinkformat.h"
#include "externalpeer.h"
#include "firmwareimage.h"
#include "lossytransport.h"
#include "simulatedfleet.h"
#include "simulatortesthelpers.h"
#include "switchactuator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUdpSocket>

Q_DECLARE_METATYPE(FleetError)

using SimTest::waitFinished;

namespace {

// A port p on 127.0.0.1 such that p .. p+count-1 were free a moment ago.
quint16 freeConsecutivePorts(int count)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 base = ExternalPeer::freeUdpPort();
        if (base == 0 || int(base) + count > 65535)
            continue;
        bool allFree = true;
        for (int i = 1; i < count && allFree; ++i) {
            QUdpSocket probe;
            allFree = probe.bind(QHostAddress::LocalHost, quint16(base + i));
        }
        if (allFree)
            return base;
    }
    return 0;
}

FleetOptions freePorts(int count)
{
    FleetOptions o;
    o.deviceCount = count;
    o.basePort = 0;
    o.seed = 77;
    return o;
}

QString deviceName(SimTest::Client &c, const CoapEndpoint &to)
{
    CoapReply *reply = c.request(to, CoapCode::Get, QStringLiteral("/device"));
    if (!waitFinished(reply))
        return QStringLiteral("(no answer)");
    return QJsonDocument::fromJson(reply->response().payload()).object().value(QLatin1String("name")).toString();
}

} // namespace

class TestSimulatedFleet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false")); }
    void kindsCycleAfterTheGateway();
    void consecutivePorts();
    void consecutiveAddressesOnOnePort();
    void portInUseIsATypedError();
    void invalidOptions_data();
    void invalidOptions();
    void groupEndpointReachesEveryDevice();
    void groupEndpointFilterQuery();
    void requestHandledSignal();
    void lossyDevicesStillServe();
    void hostileDatagrams_data();
    void hostileDatagrams();
};

void TestSimulatedFleet::kindsCycleAfterTheGateway()
{
    SimulatedFleet fleet;
    QVERIFY(fleet.start(freePorts(7)));
    QCOMPARE(fleet.deviceCount(), 7);
    const QList<SimulatedDeviceKind> expected = {
            SimulatedDeviceKind::Gateway, SimulatedDeviceKind::ContactSensor, SimulatedDeviceKind::TemperatureSensor,
            SimulatedDeviceKind::HumiditySensor, SimulatedDeviceKind::Wearable, SimulatedDeviceKind::Actuator,
            SimulatedDeviceKind::ContactSensor};
    const QList<CoapEndpoint> endpoints = fleet.deviceEndpoints();
    QCOMPARE(endpoints.size(), 7);
    QCOMPARE(QSet<CoapEndpoint>(endpoints.begin(), endpoints.end()).size(), 7);
    SimTest::Client c;
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(fleet.device(i)->kind(), expected[i]);
        QCOMPARE(endpoints[i].address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(deviceName(c, endpoints[i]), fleet.device(i)->name());
    }
    QCOMPARE(fleet.device(6)->name(), QStringLiteral("Kitchen window contact")); // the second contact
    QVERIFY(fleet.groupEndpoint().isNull());
    fleet.stop();
    QCOMPARE(fleet.deviceCount(), 0);
}

void TestSimulatedFleet::consecutivePorts()
{
    const quint16 base = freeConsecutivePorts(4);
    QVERIFY(base != 0);
    FleetOptions o = freePorts(4);
    o.basePort = base;
    SimulatedFleet fleet;
    QVERIFY2(fleet.start(o), qPrintable(fleet.lastError().detail));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(fleet.deviceEndpoints()[i], CoapEndpoint(QHostAddress::LocalHost, quint16(base + i)));
}

void TestSimulatedFleet::consecutiveAddressesOnOnePort()
{
    // 127.0.0.1, 127.0.0.2, … all on one port (Linux routes all of 127/8 to lo).
    const quint16 port = ExternalPeer::freeUdpPort();
    FleetOptions o = freePorts(4);
    o.layout = FleetOptions::Layout::ConsecutiveAddresses;
    o.basePort = port;
    SimulatedFleet fleet;
    QVERIFY2(fleet.start(o), qPrintable(fleet.lastError().detail));
    SimTest::Client c;
    for (int i = 0; i < 4; ++i) {
        const CoapEndpoint expected(QHostAddress(QStringLiteral("127.0.0.%1").arg(i + 1)), port);
        QCOMPARE(fleet.deviceEndpoints()[i], expected);
        QCOMPARE(deviceName(c, expected), fleet.device(i)->name());
    }
}

void TestSimulatedFleet::portInUseIsATypedError()
{
    const quint16 base = freeConsecutivePorts(2);
    QVERIFY(base != 0);
    QUdpSocket holder; // someone else has the second port
    QVERIFY(holder.bind(QHostAddress::LocalHost, quint16(base + 1)));
    FleetOptions o = freePorts(3);
    o.basePort = base;
    SimulatedFleet fleet;
    QVERIFY(!fleet.start(o));
    QCOMPARE(fleet.lastError().error, FleetError::AddressInUse);
    QCOMPARE(fleet.lastError().device, 1);
    QCOMPARE(fleet.lastError().endpoint.port(), quint16(base + 1));
    QCOMPARE(fleet.lastError().network, CoapNetworkError::AddressInUse);
    QVERIFY(!fleet.isRunning());
    QUdpSocket again; // device 0 let go of its port
    QVERIFY(again.bind(QHostAddress::LocalHost, base));

    // The group endpoint's port taken: device -1.
    FleetOptions g = freePorts(1);
    g.groupEndpoint = true;
    g.groupEndpointPort = holder.localPort();
    QVERIFY(!fleet.start(g));
    QCOMPARE(fleet.lastError().error, FleetError::AddressInUse);
    QCOMPARE(fleet.lastError().device, -1);
}

void TestSimulatedFleet::invalidOptions_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("loss");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("iface");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<int>("basePort");
    QTest::addColumn<bool>("sameport");
    QTest::addColumn<FleetError>("expected");
    const QString lo = QStringLiteral("127.0.0.1");
    QTest::newRow("no devices") << 0 << 0.0 << QString() << QString() << lo << 0 << false << FleetError::InvalidOptions;
    QTest::newRow("too many") << 1001 << 0.0 << QString() << QString() << lo << 0 << false << FleetError::InvalidOptions;
    QTest::newRow("loss above 100") << 2 << 101.0 << QString() << QString() << lo << 0 << false << FleetError::InvalidOptions;
    QTest::newRow("negative loss") << 2 << -1.0 << QString() << QString() << lo << 0 << false << FleetError::InvalidOptions;
    QTest::newRow("group not multicast") << 2 << 0.0 << QStringLiteral("10.1.2.3") << QString() << lo << 0 << false
                                         << FleetError::InvalidOptions;
    QTest::newRow("no such interface") << 2 << 0.0 << QStringLiteral("224.0.1.187") << QStringLiteral("nosuchif0") << lo << 0
                                       << false << FleetError::InterfaceNotFound;
    QTest::newRow("ports beyond 65535") << 3 << 0.0 << QString() << QString() << lo << 65534 << false << FleetError::InvalidOptions;
    QTest::newRow("same port on a wildcard") << 2 << 0.0 << QString() << QString() << QStringLiteral("0.0.0.0") << 0 << true
                                             << FleetError::InvalidOptions;
    QTest::newRow("same port on IPv6") << 2 << 0.0 << QString() << QString() << QStringLiteral("::1") << 0 << true
                                       << FleetError::InvalidOptions;
    QTest::newRow("bind to a multicast address") << 1 << 0.0 << QString() << QString() << QStringLiteral("224.0.1.187") << 0
                                                 << false << FleetError::InvalidOptions;
    // One socket per device, of the bind address's family: the groups must be of that family.
    QTest::newRow("IPv6 group on 0.0.0.0") << 1 << 0.0 << QStringLiteral("ff02::fd") << QString() << QStringLiteral("0.0.0.0") << 0
                                           << false << FleetError::InvalidOptions;
    QTest::newRow("IPv4 group on ::") << 1 << 0.0 << QStringLiteral("224.0.1.187") << QString() << QStringLiteral("::") << 0
                                      << false << FleetError::InvalidOptions;
    QTest::newRow("address not on this host") << 1 << 0.0 << QString() << QString() << QStringLiteral("192.0.2.77") << 0
                                              << false << FleetError::AddressNotAvailable;
}

void TestSimulatedFleet::invalidOptions()
{
    QFETCH(int, count);
    QFETCH(double, loss);
    QFETCH(QString, group);
    QFETCH(QString, iface);
    QFETCH(QString, bind);
    QFETCH(int, basePort);
    QFETCH(bool, sameport);
    QFETCH(FleetError, expected);
    FleetOptions o = freePorts(count);
    o.lossPercent = loss;
    if (!group.isEmpty())
        o.groups.append(QHostAddress(group));
    o.interfaceName = iface;
    o.bindAddress = QHostAddress(bind);
    o.basePort = quint16(basePort);
    if (sameport)
        o.layout = FleetOptions::Layout::ConsecutiveAddresses;
    SimulatedFleet fleet;
    QVERIFY(!fleet.start(o));
    QCOMPARE(fleet.lastError().error, expected);
    QVERIFY(!fleet.isRunning());
}

void TestSimulatedFleet::groupEndpointReachesEveryDevice()
{
    FleetOptions o = freePorts(6);
    o.groupEndpoint = true;
    o.groupLeisureMs = 300;
    SimulatedFleet fleet;
    QVERIFY(fleet.start(o));
    QVERIFY(!fleet.groupEndpoint().isNull());
    QSignalSpy handled(&fleet, &SimulatedFleet::requestHandled);

    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(fleet.groupEndpoint(), CoapCode::Get, QStringLiteral("/.well-known/core"));
    r.groupRequest = true;
    r.multicastWindowMs = 1500;
    CoapReply *reply = c.send(r);
    QSignalSpy answers(reply, &CoapReply::responseReceived);
    QVERIFY(waitFinished(reply, 10000));

    QSet<CoapEndpoint> responders;
    for (const auto &a : answers) {
        const CoapMessage m = a[0].value<CoapMessage>();
        QCOMPARE(m.type(), CoapType::NonConfirmable); // RFC 7252 §8.2: answers to a group are NON
        QCOMPARE(m.contentFormat().value_or(-1), 40);
        responders.insert(a[1].value<CoapEndpoint>());
    }
    const QList<CoapEndpoint> endpoints = fleet.deviceEndpoints();
    QCOMPARE(responders, QSet<CoapEndpoint>(endpoints.begin(), endpoints.end())); // each from its own socket
    QCOMPARE(handled.count(), 6);
    for (const auto &h : handled)
        QVERIFY(h[0].value<FleetRequestEvent>().multicast);
}

void TestSimulatedFleet::groupEndpointFilterQuery()
{
    // RFC 6690 §4.1: devices whose links do not match a multicast query stay silent.
    FleetOptions o = freePorts(6);
    o.groupEndpoint = true;
    o.groupLeisureMs = 200;
    SimulatedFleet fleet;
    QVERIFY(fleet.start(o));
    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(fleet.groupEndpoint(), CoapCode::Get, QStringLiteral("/.well-known/core"));
    r.message.addOption(CoapOptionNumber::UriQuery, "rt=temperature");
    r.groupRequest = true;
    r.multicastWindowMs = 1200;
    CoapReply *reply = c.send(r);
    QSignalSpy answers(reply, &CoapReply::responseReceived);
    QVERIFY(waitFinished(reply, 10000));
    QSet<CoapEndpoint> responders;
    for (const auto &a : answers)
        responders.insert(a[1].value<CoapEndpoint>());
    // The gateway (device 0) and the temperature sensor (device 2).
    QCOMPARE(responders, (QSet<CoapEndpoint>{fleet.deviceEndpoints()[0], fleet.deviceEndpoints()[2]}));
}

void TestSimulatedFleet::requestHandledSignal()
{
    SimulatedFleet fleet;
    QVERIFY(fleet.start(freePorts(3)));
    QSignalSpy handled(&fleet, &SimulatedFleet::requestHandled);
    SimTest::Client c;
    CoapReply *reply = c.request(fleet.deviceEndpoints()[2], CoapCode::Get, QStringLiteral("/sensors/temperature"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(handled.count(), 1);
    const auto e = handled[0][0].value<FleetRequestEvent>();
    QCOMPARE(e.device, 2);
    QCOMPARE(e.deviceName, QStringLiteral("Boiler room temperature"));
    QCOMPARE(e.from, c.transport.localEndpoint());
    QCOMPARE(e.method, quint8(CoapCode::Get));
    QCOMPARE(e.path, QStringLiteral("/sensors/temperature"));
    QCOMPARE(e.code, quint8(CoapCode::Content));
    QVERIFY(!e.multicast);
    QVERIFY(qAbs(e.time.msecsTo(QDateTime::currentDateTime())) < 5000);
}

void TestSimulatedFleet::lossyDevicesStillServe()
{
    // --loss 30: three datagrams in ten are lost on the way in and three on the way out. CON
    // retransmission (RFC 7252 §4.2) and the server's duplicate detection (§4.5) get every
    // exchange through; the client's timers are shortened so that the test stays quick.
    FleetOptions o = freePorts(2);
    o.lossPercent = 30;
    o.seed = 1234;
    SimulatedFleet fleet;
    QVERIFY(fleet.start(o));
    SimTest::Client c;
    CoapTransmissionParameters p;
    p.ackTimeoutMs = 60;
    p.ackRandomFactor = 1.2;
    p.maxRetransmit = 10;
    c.client.setTransmissionParameters(p);

    const CoapEndpoint gateway = fleet.deviceEndpoints()[0];
    for (int i = 0; i < 8; ++i) {
        CoapReply *get = c.request(fleet.deviceEndpoints()[1], CoapCode::Get, QStringLiteral("/door"));
        QVERIFY(waitFinished(get, 60000));
        QCOMPARE(get->error(), CoapError::None);
        QVERIFY(get->response().payload() == "open" || get->response().payload() == "closed");
    }
    for (int i = 0; i < 3; ++i) {
        // POST toggle is not idempotent: deduplication must keep a retransmitted request from
        // toggling twice (RFC 7252 §4.5).
        const bool before = fleet.device(0)->feature<SwitchActuator>()->isOn();
        CoapReply *toggle = c.request(gateway, CoapCode::Post, QStringLiteral("/led"), "toggle");
        QVERIFY(waitFinished(toggle, 60000));
        QCOMPARE(toggle->error(), CoapError::None);
        QCOMPARE(fleet.device(0)->feature<SwitchActuator>()->isOn(), !before);
    }
    CoapRequest links = SimTest::Client::make(gateway, CoapCode::Get, QStringLiteral("/.well-known/core"));
    links.blockSzx = 2; // about fifteen 64-byte blocks, each an exchange of its own
    CoapReply *wellKnown = c.send(links);
    QVERIFY(waitFinished(wellKnown, 120000));
    QCOMPARE(wellKnown->error(), CoapError::None);
    QVERIFY(wellKnown->response().payload() == fleet.device(0)->server()->wellKnownCore());
    QVERIFY(fleet.lostDatagrams() > 0);
    QVERIFY(fleet.device(0)->transport()->lostOutgoing() + fleet.device(1)->transport()->lostOutgoing() > 0);
    QVERIFY(fleet.device(0)->transport()->lostIncoming() + fleet.device(1)->transport()->lostIncoming() > 0);
}

void TestSimulatedFleet::hostileDatagrams_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("expectedType"); // -1: no answer
    QTest::addColumn<QString>("expectedCode");

    auto request = [](quint8 code, const QList<QByteArray> &path, quint16 mid) {
        CoapMessage m(CoapType::Confirmable, code, mid, "hx");
        for (const QByteArray &segment : path)
            m.addOption(CoapOptionNumber::UriPath, segment);
        return m;
    };
    CoapMessage critical = request(CoapCode::Get, {"config"}, 1);
    critical.addOption(2049, "x"); // odd: critical, and nobody knows it (RFC 7252 §5.4.1)
    CoapMessage oversized = request(CoapCode::Put, {"config"}, 2);
    oversized.setUintOption(CoapOptionNumber::ContentFormat, 50);
    oversized.setPayload(QByteArray(60000, '{'));
    CoapMessage longPath = request(CoapCode::Get, {QByteArray(5000, 'p')}, 3);
    CoapMessage badBlock1 = request(CoapCode::Put, {"fw", "image"}, 4);
    badBlock1.setUintOption(CoapOptionNumber::Block1, 0x0f); // szx 7 is reserved
    badBlock1.setPayload("x");
    CoapMessage farBlock2 = request(CoapCode::Get, {"fw", "image"}, 5);
    farBlock2.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{100000, false, 6}.encode());
    CoapMessage postWellKnown = request(CoapCode::Post, {".well-known", "core"}, 6);
    CoapMessage deleteSensor = request(CoapCode::Delete, {"sensors", "temperature"}, 7);
    CoapMessage response = request(CoapCode::Content, {"config"}, 8);
    CoapMessage badUtf8 = request(CoapCode::Get, {QByteArray("\xff\xfe\xfd")}, 9);
    CoapMessage manyOptions = request(CoapCode::Get, {}, 10);
    for (int i = 0; i < 2000; ++i)
        manyOptions.addOption(CoapOptionNumber::UriPath, "a");

    const int ack = int(CoapType::Acknowledgement), rst = int(CoapType::Reset);
    QTest::newRow("unknown critical option") << CoapCodec::encode(critical) << ack << QStringLiteral("4.02");
    QTest::newRow("unknown method 0.31") << QByteArray::fromHex("401f0002") << ack << QStringLiteral("4.05");
    QTest::newRow("unknown method 0.08") << QByteArray::fromHex("40080002") << ack << QStringLiteral("4.05");
    QTest::newRow("oversized body without Block1") << CoapCodec::encode(oversized) << ack << QStringLiteral("4.13");
    // Uri-Path is 0-255 bytes (RFC 7252 §5.10); a critical option of a wrong length is treated as
    // unrecognised (§5.4.3), so the request is unprocessable: 4.02, before any resource lookup.
    QTest::newRow("5000-byte path segment") << CoapCodec::encode(longPath) << ack << QStringLiteral("4.02");
    QTest::newRow("Block1 with reserved szx") << CoapCodec::encode(badBlock1) << ack << QStringLiteral("4.02");
    QTest::newRow("Block2 beyond the end") << CoapCodec::encode(farBlock2) << ack << QStringLiteral("4.02");
    QTest::newRow("POST to /.well-known/core") << CoapCodec::encode(postWellKnown) << ack << QStringLiteral("4.05");
    QTest::newRow("DELETE a sensor") << CoapCodec::encode(deleteSensor) << ack << QStringLiteral("4.05");
    QTest::newRow("not UTF-8 path") << CoapCodec::encode(badUtf8) << ack << QStringLiteral("4.04");
    QTest::newRow("2000 options") << CoapCodec::encode(manyOptions) << ack << QStringLiteral("4.04");
    QTest::newRow("a response sent as request") << CoapCodec::encode(response) << rst << QString();
    QTest::newRow("reserved token length") << QByteArray::fromHex("4f010003") << rst << QString();
    QTest::newRow("option runs past the end") << QByteArray::fromHex("40010005bEffff") << rst << QString();
    QTest::newRow("payload marker, no payload") << QByteArray::fromHex("40010006ff") << rst << QString();
    QTest::newRow("empty message with a token") << QByteArray::fromHex("41000007aa") << rst << QString();
    QTest::newRow("truncated header") << QByteArray::fromHex("4001") << -1 << QString();
    QTest::newRow("version 2") << QByteArray::fromHex("80010008") << -1 << QString();
    QTest::newRow("malformed NON") << QByteArray::fromHex("5f010009") << -1 << QString();
    QTest::newRow("garbage") << QByteArray(64, char(0xff)) << -1 << QString();
    QTest::newRow("zeros") << QByteArray(512, '\0') << -1 << QString();
}

void TestSimulatedFleet::hostileDatagrams()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, expectedType);
    QFETCH(QString, expectedCode);
    SimulatedFleet fleet;
    QVERIFY(fleet.start(freePorts(1))); // the gateway: every kind of resource
    const CoapEndpoint device = fleet.deviceEndpoints()[0];
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(raw.writeDatagram(datagram, device.address(), device.port()), qint64(datagram.size()));
    if (expectedType >= 0) {
        QTRY_VERIFY_WITH_TIMEOUT(raw.hasPendingDatagrams(), 5000);
        QByteArray answer(int(raw.pendingDatagramSize()), 0);
        raw.readDatagram(answer.data(), answer.size());
        const CoapDecodeResult decoded = CoapCodec::decode(answer);
        QVERIFY(decoded.ok());
        QCOMPARE(int(decoded.message.type()), expectedType);
        if (!expectedCode.isEmpty())
            QCOMPARE(CoapCode::toString(decoded.message.code()), expectedCode);
    }
    // Whatever came in, the device still serves (and said nothing to a datagram it could not read).
    SimTest::Client c;
    QCOMPARE(deviceName(c, device), fleet.device(0)->name());
    if (expectedType < 0)
        QVERIFY(!raw.hasPendingDatagrams());
}

QTEST_GUILESS_MAIN(TestSimulatedFleet)
#include "tst_simulatedfleet.moc"

// Discovery against in-process responders on loopback. No multicast leaves the process: the
// responders sit behind a "hub" (one unicast endpoint handing every datagram to each member, as the
// demo fleet does), and the multicast paths run over CoapFakeTransport.
#include "coapcodec.h"
#include "coapdiscovery.h"
#include "coapfaketransport.h"
#include "coapserver.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <memory>

namespace {

// One of our servers, answering group requests after a random delay within leisureMs (RFC 7252 §8.2).
struct Responder
{
    CoapUdpTransport transport;
    CoapServer server{&transport};
    explicit Responder(qint64 leisureMs)
    {
        CoapTransmissionParameters p;
        p.defaultLeisureMs = leisureMs;
        server.messageLayer()->setParameters(p);
        transport.bind(QHostAddress::LocalHost, 0);
    }
    CoapEndpoint endpoint() const { return transport.localEndpoint(); }
};

// A device that answers a group request with whatever it is told (broken link format, a first
// block with M=1, an error code), and unicast requests only when allowed.
struct RawResponder
{
    CoapUdpTransport transport;
    QByteArray payload;
    quint8 code = CoapCode::Content;
    std::optional<CoapBlockValue> block2; // sent with the group answer
    bool answerUnicast = false;
    int unicastRequests = 0;

    RawResponder()
    {
        transport.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&transport, &CoapTransport::datagramReceived, &transport,
                         [this](const QByteArray &datagram, const CoapEndpoint &from) {
                             ++unicastRequests;
                             if (answerUnicast)
                                 answer(datagram, from, false);
                         });
    }
    CoapEndpoint endpoint() const { return transport.localEndpoint(); }

    void answer(const QByteArray &datagram, const CoapEndpoint &from, bool group)
    {
        const CoapDecodeResult request = CoapCodec::decode(datagram);
        if (!request.ok() || !request.message.isRequest())
            return;
        CoapMessage response(group ? CoapType::NonConfirmable : CoapType::Acknowledgement, code,
                             request.message.messageId(), request.message.token());
        response.setUintOption(CoapOptionNumber::ContentFormat, CoapContentFormat::LinkFormat);
        QByteArray body = payload;
        if (group && block2) {
            response.setUintOption(CoapOptionNumber::Block2, block2->encode());
            body = payload.left(block2->size());
        }
        response.setPayload(body);
        transport.send(CoapCodec::encode(response), from);
    }
};

// One unicast endpoint that hands each datagram to every member, which answers from its own
// socket: a group without multicast (the demo fleet's loopback endpoint).
struct Hub
{
    CoapUdpTransport transport;
    std::deque<std::unique_ptr<Responder>> responders;
    std::deque<std::unique_ptr<RawResponder>> raw;

    Hub()
    {
        transport.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&transport, &CoapTransport::datagramReceived, &transport,
                         [this](const QByteArray &datagram, const CoapEndpoint &from) {
                             for (auto &r : responders)
                                 r->server.receiveGroupDatagram(datagram, from);
                             for (auto &r : raw)
                                 r->answer(datagram, from, true);
                         });
    }
    CoapEndpoint endpoint() const { return transport.localEndpoint(); }
    Responder &addResponder(qint64 leisureMs = 200)
    {
        responders.push_back(std::make_unique<Responder>(leisureMs));
        return *responders.back();
    }
    RawResponder &addRaw(const QByteArray &payload)
    {
        raw.push_back(std::make_unique<RawResponder>());
        raw.back()->payload = payload;
        return *raw.back();
    }
};

void addSensor(CoapServer &server, const QString &path, const QString &rt)
{
    server.addResource(path).setResourceType(rt).setContentFormats({0}).setObservable(true)
            .on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) { r.respond(CoapCode::Content, "21.5", 0); });
}

// Collects what a discovery reports, by value.
struct Recorder
{
    QList<CoapDevice> found;
    QList<CoapDevice> updated;
    QList<CoapDiscoveryProblem> problems;
    std::optional<CoapDiscoverySummary> summary;
    explicit Recorder(CoapDiscovery &d)
    {
        QObject::connect(&d, &CoapDiscovery::deviceFound, &d, [this](const CoapDevice &x) { found.append(x); });
        QObject::connect(&d, &CoapDiscovery::deviceUpdated, &d, [this](const CoapDevice &x) { updated.append(x); });
        QObject::connect(&d, &CoapDiscovery::errorOccurred, &d, [this](const CoapDiscoveryProblem &p) { problems.append(p); });
        QObject::connect(&d, &CoapDiscovery::finished, &d, [this](const CoapDiscoverySummary &s) { summary = s; });
    }
    bool waitFinished(int ms)
    {
        return QTest::qWaitFor([this] { return summary.has_value(); }, ms);
    }
};

CoapDiscoveryOptions hubOptions(const Hub &hub, int waitMs, const QString &query = {})
{
    CoapDiscoveryOptions options;
    options.groups.clear(); // no multicast in these tests
    options.groupEndpoints = {hub.endpoint()};
    options.waitMs = waitMs;
    options.query = query;
    return options;
}

CoapMulticastInterface fakeInterface(const QString &name, bool ipv4 = true, bool ipv6 = true)
{
    CoapMulticastInterface iface;
    iface.name = iface.humanName = name;
    iface.index = 9999;
    if (ipv4)
        iface.ipv4 = {QHostAddress(QStringLiteral("10.99.0.1"))};
    if (ipv6) {
        QHostAddress ll(QStringLiteral("fe80::99"));
        ll.setScopeId(name);
        iface.ipv6 = {ll};
    }
    return iface;
}

QStringList hrefs(const CoapDevice &device)
{
    QStringList result;
    for (const CoreLink &link : device.links)
        result.append(link.href());
    return result;
}

CoapDevice makeDevice(const QString &address, const QStringList &hrefList, bool filtered = false, bool complete = true,
                      qint64 secondsAgo = 0)
{
    CoapDevice device;
    device.endpoint = CoapEndpoint(QHostAddress(address), 5683);
    for (const QString &href : hrefList)
        device.links.append(CoreLink(href));
    device.filtered = filtered;
    device.complete = complete;
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    return device;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void collectsManyResponders_data();
    void collectsManyResponders();
    void brokenLinkFormatDoesNotHideOthers_data();
    void brokenLinkFormatDoesNotHideOthers();
    void filterQuery_data();
    void filterQuery();
    void block2Completion_data();
    void block2Completion();
    void block2CompletionFailure();
    void requestsOnTheWire();
    void interfaceErrors_data();
    void interfaceErrors();
    void bindFailure();
    void unreachableRoute_data();
    void unreachableRoute();
    void discoverHost();
    void discoverHostNoAnswer();
    void stopEndsEarly();
    void deviceMerge_data();
    void deviceMerge();
    void registry();
};

void TestDiscovery::collectsManyResponders_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("leisureMs");
    // Leisure 1 ms: all 200 answers hit the socket in one burst before the event loop reads it.
    QTest::newRow("200 in one burst") << 200 << qint64(1);
    QTest::newRow("200 spread over 500 ms") << 200 << qint64(500);
}

void TestDiscovery::collectsManyResponders()
{
    QFETCH(int, count);
    QFETCH(qint64, leisureMs);
    Hub hub;
    for (int i = 0; i < count; ++i) {
        Responder &r = hub.addResponder(leisureMs);
        addSensor(r.server, QStringLiteral("/sensors/temp"), QStringLiteral("temperature"));
        r.server.addResource(QStringLiteral("/device")).setTitle(QStringLiteral("Device %1").arg(i));
    }
    CoapDiscovery discovery;
    discovery.setOptions(hubOptions(hub, 1500));
    QCOMPARE(discovery.options().receiveBufferBytes, 4 * 1024 * 1024);
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(discovery.isRunning());
    QVERIFY(discovery.remainingMs() > 0 && discovery.remainingMs() <= 1500);
    QVERIFY(rec.waitFinished(10000));
    QCOMPARE(discovery.remainingMs(), 0);
    QCOMPARE(rec.found.size(), count);
    QCOMPARE(rec.summary->devices, count);
    QVERIFY(rec.problems.isEmpty());
    QCOMPARE(rec.summary->endpoints, QList<CoapEndpoint>{hub.endpoint()});
    QVERIFY(rec.summary->waitedMs >= 1400);
    QSet<CoapEndpoint> expected;
    for (const auto &r : hub.responders)
        expected.insert(r->endpoint());
    QSet<CoapEndpoint> seen;
    for (const CoapDevice &device : std::as_const(rec.found)) {
        seen.insert(device.endpoint);
        QCOMPARE(hrefs(device), (QStringList{QStringLiteral("/device"), QStringLiteral("/sensors/temp")}));
        QCOMPARE(device.links.at(1).resourceTypes(), QStringList{QStringLiteral("temperature")});
        QVERIFY(device.links.at(1).isObservable());
        QVERIFY(device.complete);
        QCOMPARE(device.via, QList<CoapEndpoint>{hub.endpoint()});
        QCOMPARE(device.contentFormat, int(CoapContentFormat::LinkFormat));
        QVERIFY(device.lastSeen.isValid());
    }
    QCOMPARE(seen, expected);
    QCOMPARE(discovery.devices().size(), count);
}

void TestDiscovery::brokenLinkFormatDoesNotHideOthers_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<quint8>("code");
    QTest::addColumn<QStringList>("expectedHrefs"); // empty + listed=false: the device is not listed
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("skipped");

    QTest::newRow("one broken link among good ones")
            << QByteArray("</good>;rt=\"a\",<broken;rt=b,</also-good>;ct=0") << quint8(CoapCode::Content)
            << QStringList{QStringLiteral("/good"), QStringLiteral("/also-good")} << true << 1;
    QTest::newRow("unterminated quoted string at the end")
            << QByteArray("</ok>,</bad>;title=\"no end") << quint8(CoapCode::Content)
            << QStringList{QStringLiteral("/ok")} << true << 1;
    QTest::newRow("not link format at all")
            << QByteArray("\xff\xfe garbage \x01\x02") << quint8(CoapCode::Content)
            << QStringList{} << true << 1;
    QTest::newRow("empty body") << QByteArray() << quint8(CoapCode::Content) << QStringList{} << true << 0;
    QTest::newRow("error response to the group")
            << QByteArray("nope") << quint8(CoapCode::NotFound) << QStringList{} << false << 0;
}

void TestDiscovery::brokenLinkFormatDoesNotHideOthers()
{
    QFETCH(QByteArray, payload);
    QFETCH(quint8, code);
    QFETCH(QStringList, expectedHrefs);
    QFETCH(bool, listed);
    QFETCH(int, skipped);
    Hub hub;
    for (int i = 0; i < 3; ++i)
        addSensor(hub.addResponder(100).server, QStringLiteral("/temp"), QStringLiteral("temperature"));
    RawResponder &broken = hub.addRaw(payload);
    broken.code = code;

    CoapDiscovery discovery;
    discovery.setOptions(hubOptions(hub, 800));
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.found.size(), listed ? 4 : 3);
    int good = 0;
    for (const CoapDevice &device : std::as_const(rec.found)) {
        if (device.endpoint == broken.endpoint()) {
            QCOMPARE(hrefs(device), expectedHrefs);
            QCOMPARE(device.skippedLinks, skipped);
            QCOMPARE(device.linkError != CoreLinkError::None, skipped > 0);
            continue;
        }
        QCOMPARE(hrefs(device), QStringList{QStringLiteral("/temp")});
        QCOMPARE(device.skippedLinks, 0);
        ++good;
    }
    QCOMPARE(good, 3);
    QVERIFY(rec.problems.isEmpty()); // a bad device is a device's problem, not a discovery error
}

void TestDiscovery::filterQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedDevices");
    QTest::addColumn<QStringList>("expectedHrefs"); // of every listed device

    QTest::newRow("rt=temperature") << QStringLiteral("rt=temperature") << 3 << QStringList{QStringLiteral("/temp")};
    QTest::newRow("rt prefix") << QStringLiteral("rt=hum*") << 2 << QStringList{QStringLiteral("/hum")};
    QTest::newRow("href=/hum") << QStringLiteral("href=/hum") << 2 << QStringList{QStringLiteral("/hum")};
    QTest::newRow("nothing matches") << QStringLiteral("rt=pressure") << 0 << QStringList{};
    QTest::newRow("no filter") << QString() << 3 << QStringList{};
}

void TestDiscovery::filterQuery()
{
    QFETCH(QString, query);
    QFETCH(int, expectedDevices);
    QFETCH(QStringList, expectedHrefs);
    Hub hub;
    // Our server filters (RFC 6690 §4.1) and stays silent when nothing matches.
    Responder &both = hub.addResponder(100);
    addSensor(both.server, QStringLiteral("/temp"), QStringLiteral("temperature"));
    addSensor(both.server, QStringLiteral("/hum"), QStringLiteral("humidity"));
    addSensor(hub.addResponder(100).server, QStringLiteral("/temp"), QStringLiteral("temperature"));
    // A device that ignores the filter: discovery filters its answer itself.
    hub.addRaw("</temp>;rt=\"temperature\",</hum>;rt=\"humidity\"");

    CoapDiscovery discovery;
    discovery.setOptions(hubOptions(hub, 700, query));
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.found.size(), expectedDevices);
    for (const CoapDevice &device : std::as_const(rec.found)) {
        QCOMPARE(device.filtered, !query.isEmpty());
        if (!expectedHrefs.isEmpty())
            QCOMPARE(hrefs(device), expectedHrefs);
    }
}

void TestDiscovery::block2Completion_data()
{
    QTest::addColumn<int>("szx");
    QTest::addColumn<int>("resources");
    QTest::newRow("16-byte blocks") << 0 << 12;
    QTest::newRow("64-byte blocks") << 2 << 40;
    QTest::newRow("1024-byte blocks") << 6 << 80;
}

void TestDiscovery::block2Completion()
{
    QFETCH(int, szx);
    QFETCH(int, resources);
    Hub hub;
    Responder &big = hub.addResponder(50);
    big.server.setMaxBlockSzx(szx);
    for (int i = 0; i < resources; ++i)
        big.server.addResource(QStringLiteral("/r/%1").arg(i, 3, 10, QLatin1Char('0')))
                .setTitle(QStringLiteral("Resource, number %1").arg(i)).setResourceType(QStringLiteral("thing"));
    addSensor(hub.addResponder(50).server, QStringLiteral("/small"), QStringLiteral("x"));
    QVERIFY(big.server.wellKnownCore().size() > (16 << szx));

    CoapDiscovery discovery;
    discovery.setOptions(hubOptions(hub, 600));
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(15000));
    QCOMPARE(rec.found.size(), 2);
    QVERIFY(rec.problems.isEmpty());
    const auto firstBig = std::find_if(rec.found.begin(), rec.found.end(),
                                       [&](const CoapDevice &d) { return d.endpoint == big.endpoint(); });
    QVERIFY(firstBig != rec.found.end());
    // Reported at once, with only the whole link-values of the first block.
    QVERIFY(!firstBig->complete);
    QVERIFY(firstBig->links.size() < resources);
    QCOMPARE(firstBig->skippedLinks, 0);
    QVERIFY(!rec.updated.isEmpty());
    const CoapDevice done = rec.updated.constLast();
    QCOMPARE(done.endpoint, big.endpoint());
    QVERIFY(done.complete);
    QCOMPARE(done.links.size(), resources);
    QCOMPARE(done.skippedLinks, 0);
    QCOMPARE(done.links.constLast().title(), QStringLiteral("Resource, number %1").arg(resources - 1));
    QCOMPARE(discovery.devices().size(), 2);
}

void TestDiscovery::block2CompletionFailure()
{
    Hub hub;
    QByteArray body;
    for (int i = 0; i < 20; ++i)
        body += "</res/" + QByteArray::number(i) + ">;rt=\"thing\",";
    body.chop(1);
    RawResponder &silent = hub.addRaw(body);
    silent.block2 = CoapBlockValue{0, true, 2};
    silent.answerUnicast = false; // the follow-up blocks get no answer

    CoapDiscoveryOptions options = hubOptions(hub, 300);
    options.unicastTimeoutMs = 300;
    CoapDiscovery discovery;
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.found.size(), 1);
    QVERIFY(silent.unicastRequests >= 1);
    QCOMPARE(rec.problems.size(), 1);
    QCOMPARE(rec.problems.at(0).error, CoapDiscoveryError::IncompleteAnswer);
    QCOMPARE(rec.problems.at(0).endpoint, silent.endpoint());
    QCOMPARE(rec.problems.at(0).coapError, CoapError::Timeout);
    const CoapDevice device = discovery.devices().constFirst();
    QVERIFY(!device.complete);
    QCOMPARE(device.completionError, CoapError::Timeout);
    QVERIFY(!device.links.isEmpty()); // what the first block held is kept
}

void TestDiscovery::requestsOnTheWire()
{
    QList<CoapFakeTransport *> fakes;
    CoapDiscovery discovery;
    discovery.setAvailableInterfaces({fakeInterface(QStringLiteral("fake0"))});
    discovery.setTransportFactory([&fakes](const QString &) {
        auto *fake = new CoapFakeTransport;
        fakes.append(fake);
        return fake;
    });
    CoapDiscoveryOptions options;
    options.waitMs = 5000;
    options.port = 5699;
    options.query = QStringLiteral("rt=temperature");
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QCOMPARE(fakes.size(), 2); // one IPv4 and one IPv6 socket on the interface
    QTRY_COMPARE(fakes.at(0)->sent.size() + fakes.at(1)->sent.size(), 3);

    QHostAddress linkLocalGroup(QStringLiteral("ff02::fd"));
    linkLocalGroup.setScopeId(QStringLiteral("fake0"));
    QList<CoapEndpoint> destinations;
    QByteArray v4Token;
    for (CoapFakeTransport *fake : std::as_const(fakes)) {
        for (const auto &sent : std::as_const(fake->sent)) {
            destinations.append(sent.to);
            const CoapDecodeResult decoded = CoapCodec::decode(sent.datagram);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.message.type(), CoapType::NonConfirmable); // RFC 7252 §8.1
            QCOMPARE(decoded.message.code(), quint8(CoapCode::Get));
            QCOMPARE(decoded.message.uriPath(), QStringLiteral("/.well-known/core"));
            QCOMPARE(decoded.message.options(CoapOptionNumber::UriQuery).size(), 1);
            QCOMPARE(decoded.message.options(CoapOptionNumber::UriQuery).at(0).value(), QByteArray("rt=temperature"));
            if (sent.to.address().protocol() == QAbstractSocket::IPv4Protocol)
                v4Token = decoded.message.token();
        }
    }
    QVERIFY(destinations.contains(CoapEndpoint(QHostAddress(QStringLiteral("224.0.1.187")), 5699)));
    QVERIFY(destinations.contains(CoapEndpoint(linkLocalGroup, 5699)));
    QVERIFY(destinations.contains(CoapEndpoint(QHostAddress(QStringLiteral("ff05::fd")), 5699)));
    QVERIFY(destinations.at(1).address().scopeId() == QStringLiteral("fake0")
            || destinations.at(2).address().scopeId() == QStringLiteral("fake0"));

    // An answer arrives on the IPv4 socket: reported at once, with interface and group.
    CoapMessage answer(CoapType::NonConfirmable, CoapCode::Content, 77, v4Token);
    answer.setUintOption(CoapOptionNumber::ContentFormat, CoapContentFormat::LinkFormat);
    answer.setPayload("</t>;rt=\"temperature\";obs,</h>;rt=\"humidity\"");
    const CoapEndpoint device(QHostAddress(QStringLiteral("10.99.0.5")), 5699);
    CoapFakeTransport *v4 = fakes.at(0)->sent.constFirst().to.address().protocol() == QAbstractSocket::IPv4Protocol
            ? fakes.at(0) : fakes.at(1);
    v4->inject(CoapCodec::encode(answer), device);
    QCOMPARE(rec.found.size(), 1);
    QCOMPARE(rec.found.at(0).endpoint, device);
    QCOMPARE(rec.found.at(0).interfaceName, QStringLiteral("fake0"));
    QCOMPARE(rec.found.at(0).via, QList<CoapEndpoint>{CoapEndpoint(QHostAddress(QStringLiteral("224.0.1.187")), 5699)});
    QCOMPARE(hrefs(rec.found.at(0)), QStringList{QStringLiteral("/t")}); // filtered locally too
    // The same answer again (as to another group) updates, it does not add.
    answer.setMessageId(78);
    v4->inject(CoapCodec::encode(answer), device);
    QCOMPARE(rec.found.size(), 1);
    QCOMPARE(rec.updated.size(), 1);

    QVERIFY(discovery.remainingMs() > 0);
    discovery.stop();
    QVERIFY(rec.summary.has_value());
    QVERIFY(rec.summary->stopped);
    QCOMPARE(rec.summary->devices, 1);
    QCOMPARE(rec.summary->interfaces, QStringList{QStringLiteral("fake0")});
    QCOMPARE(rec.summary->groups.size(), 3);
    QVERIFY(rec.summary->groups.contains(linkLocalGroup));
}

void TestDiscovery::interfaceErrors_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ipv4Only");  // the one available interface has only an IPv4 address
    QTest::addColumn<QList<int>>("expected"); // CoapDiscoveryError values, in order
    QTest::addColumn<bool>("started");
    const auto e = [](CoapDiscoveryError x) { return int(x); };

    QTest::newRow("no usable interface at all") << QStringList{} << false
            << QList<int>{e(CoapDiscoveryError::NoUsableInterface)} << false;
    QTest::newRow("named interface does not exist") << QStringList{QStringLiteral("nosuchif0")} << false
            << QList<int>{e(CoapDiscoveryError::InterfaceNotFound), e(CoapDiscoveryError::NoUsableInterface)} << false;
    // lo exists on every Linux machine; it is not in the (empty) list of usable ones here.
    QTest::newRow("named interface not usable") << QStringList{QStringLiteral("lo")} << false
            << QList<int>{e(CoapDiscoveryError::InterfaceNotUsable), e(CoapDiscoveryError::NoUsableInterface)} << false;
    QTest::newRow("named interface without IPv6") << QStringList{QStringLiteral("fake4")} << true
            << QList<int>{e(CoapDiscoveryError::NoAddressForGroup), e(CoapDiscoveryError::NoAddressForGroup)} << true;
}

void TestDiscovery::interfaceErrors()
{
    QFETCH(QStringList, names);
    QFETCH(bool, ipv4Only);
    QFETCH(QList<int>, expected);
    QFETCH(bool, started);
    CoapDiscovery discovery;
    if (ipv4Only)
        discovery.setAvailableInterfaces({fakeInterface(QStringLiteral("fake4"), true, false)});
    else
        discovery.setAvailableInterfaces({});
    int transports = 0;
    discovery.setTransportFactory([&transports](const QString &) { ++transports; return new CoapFakeTransport; });
    CoapDiscoveryOptions options;
    options.interfaces = names;
    options.waitMs = 200;
    discovery.setOptions(options);
    Recorder rec(discovery);
    QCOMPARE(discovery.start(), started);
    QVERIFY(rec.waitFinished(3000));
    QList<int> got;
    for (const CoapDiscoveryProblem &p : std::as_const(rec.problems))
        got.append(int(p.error));
    QCOMPARE(got, expected);
    QCOMPARE(rec.summary->problems.size(), expected.size());
    if (!names.isEmpty())
        QCOMPARE(rec.problems.at(0).interfaceName, names.at(0));
    QCOMPARE(transports, started ? 1 : 0);
    if (ipv4Only) {
        QCOMPARE(rec.problems.at(0).group, QHostAddress(QStringLiteral("ff02::fd")));
        QCOMPARE(rec.problems.at(1).group, QHostAddress(QStringLiteral("ff05::fd")));
    }
}

void TestDiscovery::bindFailure()
{
    // An interface whose address is not on this machine (TEST-NET-1): the real bind fails.
    CoapMulticastInterface iface = fakeInterface(QStringLiteral("ghost0"), true, false);
    iface.ipv4 = {QHostAddress(QStringLiteral("192.0.2.77"))};
    CoapDiscovery discovery;
    discovery.setAvailableInterfaces({iface});
    CoapDiscoveryOptions options;
    options.groups = {QHostAddress(QStringLiteral("224.0.1.187"))};
    options.waitMs = 200;
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(!discovery.start());
    QVERIFY(rec.waitFinished(3000));
    QCOMPARE(rec.problems.size(), 1);
    QCOMPARE(rec.problems.at(0).error, CoapDiscoveryError::BindFailed);
    QCOMPARE(rec.problems.at(0).interfaceName, QStringLiteral("ghost0"));
    QCOMPARE(rec.problems.at(0).networkError, CoapNetworkError::AddressNotAvailable);
}

void TestDiscovery::unreachableRoute_data()
{
    QTest::addColumn<CoapNetworkError>("failure");
    QTest::addColumn<CoapDiscoveryError>("expected");
    QTest::newRow("ENETUNREACH") << CoapNetworkError::NetworkUnreachable << CoapDiscoveryError::NoRoute;
    QTest::newRow("EHOSTUNREACH") << CoapNetworkError::HostUnreachable << CoapDiscoveryError::NoRoute;
    QTest::newRow("other") << CoapNetworkError::Other << CoapDiscoveryError::SendFailed;
}

void TestDiscovery::unreachableRoute()
{
    QFETCH(CoapNetworkError, failure);
    QFETCH(CoapDiscoveryError, expected);
    CoapDiscovery discovery;
    discovery.setAvailableInterfaces({fakeInterface(QStringLiteral("fake0"), true, false)});
    discovery.setTransportFactory([failure](const QString &) {
        auto *fake = new CoapFakeTransport;
        fake->setFailure(failure);
        return fake;
    });
    CoapDiscoveryOptions options;
    options.groups = {QHostAddress(QStringLiteral("224.0.1.187"))};
    options.waitMs = 30000; // nothing is left to wait for once every send failed
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(5000));
    QVERIFY(rec.summary->waitedMs < 5000);
    QCOMPARE(rec.problems.size(), 1);
    QCOMPARE(rec.problems.at(0).error, expected);
    QCOMPARE(rec.problems.at(0).interfaceName, QStringLiteral("fake0"));
    QCOMPARE(rec.problems.at(0).group, QHostAddress(QStringLiteral("224.0.1.187")));
    QCOMPARE(rec.problems.at(0).networkError, failure);
    QCOMPARE(rec.summary->devices, 0);
}

void TestDiscovery::discoverHost()
{
    Responder device(100);
    for (int i = 0; i < 60; ++i) // larger than one block: the client fetches it block-wise
        device.server.addResource(QStringLiteral("/things/%1").arg(i)).setTitle(QStringLiteral("Thing %1").arg(i));
    QVERIFY(device.server.wellKnownCore().size() > 1024);
    CoapDiscovery discovery;
    CoapDiscoveryOptions options;
    options.waitMs = 5000;
    options.query = QStringLiteral("href=/things/1*");
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(discovery.discoverHost(QStringLiteral("127.0.0.1"), device.endpoint().port()));
    QVERIFY(rec.waitFinished(10000));
    QVERIFY(rec.problems.isEmpty());
    QCOMPARE(rec.found.size(), 1);
    QCOMPARE(rec.found.at(0).endpoint, device.endpoint());
    QCOMPARE(rec.found.at(0).links.size(), 11); // /things/1, /things/10 … /things/19
    QVERIFY(rec.summary->waitedMs < 4000);

    // Without a filter, the whole block-wise body.
    options.query.clear();
    discovery.setOptions(options);
    rec.summary.reset();
    rec.found.clear();
    QVERIFY(discovery.discoverHost(device.endpoint()));
    QVERIFY(rec.waitFinished(10000));
    QCOMPARE(rec.found.size(), 1);
    QCOMPARE(rec.found.at(0).links.size(), 60);
}

void TestDiscovery::discoverHostNoAnswer()
{
    RawResponder mute; // bound, never answers
    CoapDiscovery discovery;
    CoapDiscoveryOptions options;
    options.waitMs = 400;
    discovery.setOptions(options);
    Recorder rec(discovery);
    QVERIFY(discovery.discoverHost(mute.endpoint()));
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.problems.size(), 1);
    QCOMPARE(rec.problems.at(0).error, CoapDiscoveryError::NoResponse);
    QCOMPARE(rec.problems.at(0).endpoint, mute.endpoint());
    QCOMPARE(rec.problems.at(0).coapError, CoapError::Timeout);
    QCOMPARE(rec.summary->devices, 0);
}

void TestDiscovery::stopEndsEarly()
{
    Hub hub;
    addSensor(hub.addResponder(50).server, QStringLiteral("/t"), QStringLiteral("t"));
    CoapDiscovery discovery;
    discovery.setOptions(hubOptions(hub, 60000));
    Recorder rec(discovery);
    QVERIFY(discovery.start());
    QTRY_COMPARE_WITH_TIMEOUT(rec.found.size(), 1, 5000);
    discovery.stop();
    QVERIFY(rec.summary.has_value()); // emitted before stop() returned
    QVERIFY(rec.summary->stopped);
    QCOMPARE(rec.summary->devices, 1);
    QVERIFY(!discovery.isRunning());
    QCOMPARE(discovery.remainingMs(), 0);
    discovery.stop(); // harmless
    // A second run starts clean.
    rec.summary.reset();
    rec.found.clear();
    discovery.setOptions(hubOptions(hub, 300));
    QVERIFY(discovery.start());
    QVERIFY(rec.waitFinished(5000));
    QCOMPARE(rec.found.size(), 1);
    QVERIFY(!rec.summary->stopped);
}

void TestDiscovery::deviceMerge_data()
{
    QTest::addColumn<CoapDevice>("known");
    QTest::addColumn<CoapDevice>("fresh");
    QTest::addColumn<QStringList>("expectedHrefs");
    QTest::addColumn<bool>("expectedComplete");
    const QString a = QStringLiteral("10.0.0.1");
    QTest::newRow("complete replaces complete") << makeDevice(a, {"/a", "/b"}) << makeDevice(a, {"/b", "/c"})
                                                << QStringList{"/b", "/c"} << true;
    QTest::newRow("filtered updates by href") << makeDevice(a, {"/a", "/b"}) << makeDevice(a, {"/b", "/c"}, true)
                                              << QStringList{"/a", "/b", "/c"} << true;
    QTest::newRow("incomplete never hides complete") << makeDevice(a, {"/a", "/b"})
                                                     << makeDevice(a, {"/x"}, false, false)
                                                     << QStringList{"/a", "/b"} << true;
    QTest::newRow("complete replaces incomplete") << makeDevice(a, {"/x"}, false, false) << makeDevice(a, {"/a"}, true)
                                                  << QStringList{"/a"} << true;
    QTest::newRow("newer incomplete replaces incomplete") << makeDevice(a, {"/x"}, false, false)
                                                          << makeDevice(a, {"/y"}, false, false)
                                                          << QStringList{"/y"} << false;
}

void TestDiscovery::deviceMerge()
{
    QFETCH(CoapDevice, known);
    QFETCH(CoapDevice, fresh);
    QFETCH(QStringList, expectedHrefs);
    QFETCH(bool, expectedComplete);
    known.firstSeen = known.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-60);
    known.via = {CoapEndpoint(QHostAddress(QStringLiteral("224.0.1.187")), 5683)};
    known.interfaceName = QStringLiteral("eth0");
    fresh.via = {CoapEndpoint(QHostAddress(QStringLiteral("ff05::fd")), 5683)};
    const CoapDevice merged = CoapDevice::merged(known, fresh);
    QCOMPARE(hrefs(merged), expectedHrefs);
    QCOMPARE(merged.complete, expectedComplete);
    QCOMPARE(merged.firstSeen, known.firstSeen);
    QCOMPARE(merged.lastSeen, fresh.lastSeen);
    QCOMPARE(merged.via.size(), 2);
    QCOMPARE(merged.interfaceName, QStringLiteral("eth0"));
}

void TestDiscovery::registry()
{
    CoapDeviceRegistry registry;
    QList<CoapDevice> added, updated;
    QList<CoapEndpoint> removed;
    connect(&registry, &CoapDeviceRegistry::deviceAdded, this, [&](const CoapDevice &d) { added.append(d); });
    connect(&registry, &CoapDeviceRegistry::deviceUpdated, this, [&](const CoapDevice &d) { updated.append(d); });
    connect(&registry, &CoapDeviceRegistry::deviceRemoved, this, [&](const CoapEndpoint &e) { removed.append(e); });

    QVERIFY(registry.insert(makeDevice(QStringLiteral("10.0.0.1"), {"/a"}, false, true, 120)));
    QVERIFY(registry.insert(makeDevice(QStringLiteral("10.0.0.2"), {"/b"})));
    QVERIFY(!registry.insert(makeDevice(QStringLiteral("10.0.0.1"), {"/c"}, true, true, 100)));
    QCOMPARE(added.size(), 2);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(registry.count(), 2);
    const CoapEndpoint first(QHostAddress(QStringLiteral("10.0.0.1")), 5683);
    QCOMPARE(hrefs(*registry.device(first)), (QStringList{"/a", "/c"}));
    QCOMPARE(hrefs(updated.at(0)), (QStringList{"/a", "/c"}));
    QCOMPARE(registry.devices().at(0).endpoint, first); // first-added order

    // Devices not seen for a minute go.
    QCOMPARE(registry.removeSeenBefore(QDateTime::currentDateTimeUtc().addSecs(-60)), 1);
    QCOMPARE(removed, QList<CoapEndpoint>{first});
    QVERIFY(!registry.contains(first));
    QVERIFY(!registry.device(first));
    QVERIFY(!registry.remove(first));
    registry.clear();
    QCOMPARE(registry.count(), 0);
    QCOMPARE(removed.size(), 2);

    // Tracking a discovery: repeated answers (the same device through two group endpoints) merge.
    Hub hub;
    Responder &r = hub.addResponder(50);
    addSensor(r.server, QStringLiteral("/t"), QStringLiteral("t"));
    Hub second;
    second.transport.disconnect();
    QObject::connect(&second.transport, &CoapTransport::datagramReceived, &second.transport,
                     [&r](const QByteArray &datagram, const CoapEndpoint &from) { r.server.receiveGroupDatagram(datagram, from); });
    CoapDiscovery discovery;
    CoapDiscoveryOptions options = hubOptions(hub, 500);
    options.groupEndpoints.append(second.endpoint());
    discovery.setOptions(options);
    registry.track(&discovery);
    added.clear();
    updated.clear();
    QSignalSpy finished(&discovery, &CoapDiscovery::finished);
    QVERIFY(discovery.start());
    QVERIFY(finished.wait(5000));
    QCOMPARE(added.size(), 1);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(registry.count(), 1);
    QCOMPARE(registry.devices().at(0).endpoint, r.endpoint());
    QCOMPARE(registry.devices().at(0).via.size(), 2);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"

// The server side of the engine over real UDP on loopback: our client against our server, and
// libcoap's coap-client-notls against our server.
#include "coapclient.h"
#include "coapserver.h"
#include "externalpeer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

namespace {
struct Served
{
    CoapUdpTransport serverTransport;
    CoapServer server{&serverTransport};
    CoapUdpTransport clientTransport;
    CoapClient client{&clientTransport};
    QByteArray stored = "initial";
    QByteArray big;
    int temperature = 20;
    int posts = 0;
    int slowRuns = 0;
    quint16 port = 0;

    Served()
    {
        for (int i = 0; i < 70000; ++i)
            big.append(char('A' + (i * 7) % 26));
        server.addResource(QStringLiteral("/hello"))
                .setTitle(QStringLiteral("Greeting")).setContentFormats({0})
                .on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, "world", 0);
                });
        server.addResource(QStringLiteral("/store"))
                .setResourceType(QStringLiteral("store"))
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, stored, 42);
                })
                .on(CoapCode::Put, [this](const CoapServerRequest &req, const CoapResponder &r) {
                    stored = req.message.payload();
                    r.respond(CoapCode::Changed);
                });
        server.addResource(QStringLiteral("/big"))
                .setResourceType(QStringLiteral("firmware")).setSize(quint64(big.size()))
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, big, 42);
                });
        server.addResource(QStringLiteral("/temp"))
                .setResourceType(QStringLiteral("temperature")).setObservable(true)
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, QByteArray::number(temperature), 0);
                });
        // A POST whose answer is larger than a block, with a side effect (RFC 7959 §2.4: Block2 in
        // answer to a POST): counted, and visible in the body.
        server.addResource(QStringLiteral("/report")).setHidden(true)
                .on(CoapCode::Post, [this](const CoapServerRequest &req, const CoapResponder &r) {
                    ++posts;
                    r.respond(CoapCode::Changed, "run " + QByteArray::number(posts) + " of " + req.message.payload()
                                                         + ": " + big.left(900), 0);
                });
        server.addResource(QStringLiteral("/slow"))
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    ++slowRuns;
                    QTimer::singleShot(800, [r] { r.respond(CoapCode::Content, "finally", 0); });
                });
        CoapTransmissionParameters p;
        p.defaultLeisureMs = 200;
        server.messageLayer()->setParameters(p);
        serverTransport.bind(QHostAddress::LocalHost, 0);
        port = serverTransport.localEndpoint().port();
        clientTransport.bind(QHostAddress::LocalHost, 0);
    }

    CoapReply *request(quint8 method, const QString &path, const QByteArray &payload = {}, bool observe = false,
                       int szx = -1)
    {
        CoapRequest r;
        r.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
        r.message.setCode(method);
        for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            r.message.addOption(CoapOptionNumber::UriPath, segment.toUtf8());
        r.message.setPayload(payload);
        r.observe = observe;
        r.blockSzx = szx;
        return client.send(r);
    }
};

bool waitFinished(CoapReply *reply, int ms = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &CoapReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT
private slots:
    void piggybackedGet();
    void notFoundAndMethodNotAllowed();
    void separateResponse();
    void putThenGet();
    void block2Download_data();
    void block2Download();
    void block1Upload();
    void uploadTooLarge();
    void observeAndDeregister();
    void observerRemovedOnReset();
    void wellKnownCoreWithFilter();
    void hostileRequests_data();
    void hostileRequests();
    void duplicatedRequests();
    void groupRequestsAnsweredAsMember();
    void libcoapClientAgainstServer();
    void transportKeepsReadingAfterBursts();
    void portUnreachableFailsAtOnce_data();
    void portUnreachableFailsAtOnce();
    void libcoapPostWithBlock2Answer();
    void udpSendPaths();
};

void TestServer::piggybackedGet()
{
    Served s;
    QSignalSpy handled(&s.server, &CoapServer::requestHandled);
    CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/hello"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().type(), CoapType::Acknowledgement);
    QCOMPARE(reply->response().payload(), QByteArray("world"));
    QCOMPARE(handled.count(), 1);
}

void TestServer::notFoundAndMethodNotAllowed()
{
    Served s;
    CoapReply *missing = s.request(CoapCode::Get, QStringLiteral("/nothing"));
    CoapReply *wrong = s.request(CoapCode::Delete, QStringLiteral("/hello"));
    QVERIFY(waitFinished(missing));
    QVERIFY(waitFinished(wrong));
    QCOMPARE(missing->response().code(), quint8(CoapCode::NotFound));
    QCOMPARE(wrong->response().code(), quint8(CoapCode::MethodNotAllowed));
}

void TestServer::separateResponse()
{
    Served s;
    QSignalSpy events(s.client.messageLayer(), &CoapMessageLayer::datagramEvent);
    CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/slow"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->response().payload(), QByteArray("finally"));
    QCOMPARE(reply->response().type(), CoapType::Confirmable); // separate (RFC 7252 §5.2.2)
    // request, empty ACK, CON response, our ACK
    bool sawEmptyAck = false;
    for (const auto &e : events)
        if (e[0].value<CoapDatagramEvent>().message.type() == CoapType::Acknowledgement
            && e[0].value<CoapDatagramEvent>().message.isEmptyMessage())
            sawEmptyAck = true;
    QVERIFY(sawEmptyAck);
    QCOMPARE(reply->retransmissions(), 0);
}

void TestServer::putThenGet()
{
    Served s;
    CoapReply *put = s.request(CoapCode::Put, QStringLiteral("/store"), "changed");
    QVERIFY(waitFinished(put));
    QCOMPARE(put->response().code(), quint8(CoapCode::Changed));
    CoapReply *get = s.request(CoapCode::Get, QStringLiteral("/store"));
    QVERIFY(waitFinished(get));
    QCOMPARE(get->response().payload(), QByteArray("changed"));
}

void TestServer::block2Download_data()
{
    QTest::addColumn<int>("szx");
    QTest::newRow("server's choice") << -1;
    QTest::newRow("256") << 4;
}

void TestServer::block2Download()
{
    QFETCH(int, szx);
    Served s;
    CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/big"), {}, false, szx);
    QVERIFY(waitFinished(reply, 60000));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().payload().size(), s.big.size());
    QCOMPARE(reply->response().payload(), s.big);
}

void TestServer::block1Upload()
{
    Served s;
    QByteArray body;
    for (int i = 0; i < 100 * 1024; ++i)
        body.append(char(i * 31));
    CoapReply *put = s.request(CoapCode::Put, QStringLiteral("/store"), body);
    QVERIFY(waitFinished(put, 60000));
    QCOMPARE(put->response().code(), quint8(CoapCode::Changed));
    QCOMPARE(s.stored, body);
}

void TestServer::uploadTooLarge()
{
    Served s;
    s.server.setMaxBodySize(2000);
    CoapReply *put = s.request(CoapCode::Put, QStringLiteral("/store"), QByteArray(5000, 'x'));
    QVERIFY(waitFinished(put));
    QCOMPARE(put->response().code(), quint8(CoapCode::RequestEntityTooLarge));
    QCOMPARE(s.stored, QByteArray("initial"));
}

void TestServer::observeAndDeregister()
{
    Served s;
    CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/temp"), {}, true);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 5000);
    QCOMPARE(s.server.observerCount(QStringLiteral("/temp")), 1);
    for (int t = 21; t <= 23; ++t) {
        s.temperature = t;
        s.server.notifyObservers(QStringLiteral("/temp"));
        QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), t - 19, 5000);
        QCOMPARE(notifications.last()[0].value<CoapMessage>().payload(), QByteArray::number(t));
    }
    // Rising sequence numbers.
    QVERIFY(notifications[3][1].toULongLong() > notifications[1][1].toULongLong());
    reply->cancelObservation(CoapReply::CancelMode::Deregister);
    QVERIFY(waitFinished(reply));
    QCOMPARE(s.server.observerCount(QStringLiteral("/temp")), 0);
}

void TestServer::observerRemovedOnReset()
{
    Served s;
    CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/temp"), {}, true);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 5000);
    QSignalSpy removed(&s.server, &CoapServer::observerRemoved);
    reply->cancelObservation(CoapReply::CancelMode::Reset);
    s.server.notifyObservers(QStringLiteral("/temp")); // answered with RST by the client
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    QCOMPARE(s.server.observerCount(), 0);
}

void TestServer::wellKnownCoreWithFilter()
{
    Served s;
    const CoreLinkParseResult all = CoreLinkFormat::parse(s.server.wellKnownCore(), CoreLinkFormat::Mode::Strict);
    QVERIFY(all.ok());
    QCOMPARE(all.links.size(), 5);
    const CoreLinkParseResult temps = CoreLinkFormat::parse(s.server.wellKnownCore(QStringLiteral("rt=temperature")),
                                                            CoreLinkFormat::Mode::Strict);
    QCOMPARE(temps.links.size(), 1);
    QCOMPARE(temps.links[0].href(), QStringLiteral("/temp"));
    QVERIFY(temps.links[0].isObservable());

    CoapRequest r;
    r.endpoint = CoapEndpoint(QHostAddress::LocalHost, s.port);
    r.message.addOption(CoapOptionNumber::UriPath, ".well-known");
    r.message.addOption(CoapOptionNumber::UriPath, "core");
    r.message.addOption(CoapOptionNumber::UriQuery, "rt=firm*");
    CoapReply *reply = s.client.send(r);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->response().contentFormat().value_or(-1), 40);
    const CoreLinkParseResult firmware = CoreLinkFormat::parse(reply->response().payload(), CoreLinkFormat::Mode::Strict);
    QCOMPARE(firmware.links.size(), 1);
    QCOMPARE(firmware.links[0].size().value_or(0), quint64(70000));
}

void TestServer::hostileRequests_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("expectedType");   // -1: no answer
    QTest::addColumn<int>("expectedCode");
    // CON GET /hello with an unknown critical option 2049 (odd) → 4.02
    QTest::newRow("unknown critical option") << QByteArray::fromHex(QByteArray("4101 0001 aa b5 68656c6c6f d1 01 78").replace(' ', "")) << 2 << int(CoapCode::BadOption);
    QTest::newRow("unknown method 0.31") << QByteArray::fromHex("401f0002") << 2 << int(CoapCode::MethodNotAllowed);
    QTest::newRow("malformed CON") << QByteArray::fromHex("4f010003") << 3 << 0;
    QTest::newRow("malformed NON") << QByteArray::fromHex("5f010004") << -1 << 0;
    QTest::newRow("garbage") << QByteArray::fromHex("ffffffffffffffff") << -1 << 0;
    // NON GET /hello with the unknown critical option 2049 → RST, never 4.02 (RFC 7252 §5.4.1)
    QTest::newRow("unknown critical option in NON") << QByteArray::fromHex(QByteArray("5101 0006 aa b5 68656c6c6f d1 01 78").replace(' ', "")) << 3 << 0;
    // CON GET /hello with Proxy-Uri "coap://x/" → 5.05 (RFC 7252 §5.7.2)
    QTest::newRow("Proxy-Uri") << QByteArray::fromHex(QByteArray("4101 0007 aa b5 68656c6c6f d9 0b 636f61703a2f2f782f").replace(' ', "")) << 2 << int(CoapCode::ProxyingNotSupported);
    QTest::newRow("huge option length") << QByteArray::fromHex("40010005bEffff") << 3 << 0;
}

void TestServer::hostileRequests()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, expectedType);
    QFETCH(int, expectedCode);
    Served s;
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    raw.writeDatagram(datagram, QHostAddress::LocalHost, s.port);
    if (expectedType < 0) {
        // Nothing comes back; the server still serves the next request.
        CoapReply *reply = s.request(CoapCode::Get, QStringLiteral("/hello"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->response().payload(), QByteArray("world"));
        QVERIFY(!raw.hasPendingDatagrams());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(raw.hasPendingDatagrams(), 5000);
    QByteArray answer(int(raw.pendingDatagramSize()), 0);
    raw.readDatagram(answer.data(), answer.size());
    const CoapDecodeResult decoded = CoapCodec::decode(answer);
    QVERIFY(decoded.ok());
    QCOMPARE(int(decoded.message.type()), expectedType);
    QCOMPARE(int(decoded.message.code()), expectedCode);
}

// A network that delivers every request twice, seen by a peer on a plain socket (RFC 7252 §4.5):
// a copy of a POST is answered with the same datagram and not handed to its handler again; a copy
// of a GET answered at once is handled anew (deduplication relaxed for safe requests, so that
// the server keeps no state for them); a copy of a GET whose answer is pending gets the same empty
// ACK and does not start it twice.
void TestServer::duplicatedRequests()
{
    Served s;
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    const auto twice = [&](const CoapMessage &m) {
        const QByteArray datagram = CoapCodec::encode(m);
        raw.writeDatagram(datagram, QHostAddress::LocalHost, s.port);
        raw.writeDatagram(datagram, QHostAddress::LocalHost, s.port);
    };
    const auto next = [&](CoapMessage *message, QByteArray *datagram = nullptr) {
        // The server runs in this thread: wait in the event loop, not in the socket.
        if (!QTest::qWaitFor([&] { return raw.hasPendingDatagrams(); }, 5000))
            return false;
        QByteArray bytes(int(raw.pendingDatagramSize()), 0);
        raw.readDatagram(bytes.data(), bytes.size());
        const CoapDecodeResult decoded = CoapCodec::decode(bytes);
        *message = decoded.message;
        if (datagram)
            *datagram = bytes;
        return decoded.ok();
    };
    const auto request = [](quint8 code, const char *path, quint16 mid, const QByteArray &token) {
        CoapMessage m(CoapType::Confirmable, code, mid, token);
        m.addOption(CoapOptionNumber::UriPath, path);
        return m;
    };

    CoapMessage post = request(CoapCode::Post, "report", 0x100, "p1");
    post.setPayload("x");
    twice(post);
    CoapMessage a, b;
    QByteArray first, second;
    QVERIFY(next(&a, &first));
    QVERIFY(next(&b, &second));
    QCOMPARE(a.type(), CoapType::Acknowledgement);
    QCOMPARE(a.messageId(), quint16(0x100));
    QCOMPARE(second, first); // the same answer again
    QCOMPARE(s.posts, 1);    // and the handler ran once

    const CoapMessage get = request(CoapCode::Get, "temp", 0x101, "g1");
    raw.writeDatagram(CoapCodec::encode(get), QHostAddress::LocalHost, s.port);
    QVERIFY(next(&a));
    QCOMPARE(a.payload(), QByteArray("20"));
    s.temperature = 21; // what a second run of the handler shows
    raw.writeDatagram(CoapCodec::encode(get), QHostAddress::LocalHost, s.port);
    QVERIFY(next(&b));
    QCOMPARE(b.type(), CoapType::Acknowledgement);
    QCOMPARE(b.messageId(), quint16(0x101));
    QCOMPARE(b.token(), QByteArray("g1"));
    QCOMPARE(b.payload(), QByteArray("21")); // handled anew
    QCOMPARE(s.server.messageLayer()->deduplicationEntries(), 1); // the POST only

    // /slow answers after 800 ms: an empty ACK comes first, after the piggyback window.
    const CoapMessage slow = request(CoapCode::Get, "slow", 0x102, "s1");
    raw.writeDatagram(CoapCodec::encode(slow), QHostAddress::LocalHost, s.port);
    QVERIFY(next(&a, &first));
    QCOMPARE(a.type(), CoapType::Acknowledgement);
    QVERIFY(a.isEmptyMessage());
    raw.writeDatagram(CoapCodec::encode(slow), QHostAddress::LocalHost, s.port); // the ACK was lost
    QVERIFY(next(&b, &second));
    QCOMPARE(second, first); // the same empty ACK, not a second run
    QVERIFY(next(&a));
    QCOMPARE(a.type(), CoapType::Confirmable);
    QCOMPARE(a.token(), QByteArray("s1"));
    QCOMPARE(a.payload(), QByteArray("finally"));
    QCOMPARE(s.slowRuns, 1); // a second run would have started when the copy came
}

void TestServer::groupRequestsAnsweredAsMember()
{
    Served s;
    // Requests that come through a group: NON answers after a delay, and no error responses.
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    const CoapEndpoint from(QHostAddress::LocalHost, raw.localPort());
    CoapMessage discover(CoapType::NonConfirmable, CoapCode::Get, 0x10, "tk");
    discover.addOption(CoapOptionNumber::UriPath, ".well-known");
    discover.addOption(CoapOptionNumber::UriPath, "core");
    CoapMessage missing(CoapType::NonConfirmable, CoapCode::Get, 0x11, "tm");
    missing.addOption(CoapOptionNumber::UriPath, "nothing");
    CoapMessage noMatch = discover;
    noMatch.setMessageId(0x12);
    noMatch.setToken("tn");
    noMatch.addOption(CoapOptionNumber::UriQuery, "rt=nothing-like-this");
    s.server.receiveGroupDatagram(CoapCodec::encode(missing), from);
    s.server.receiveGroupDatagram(CoapCodec::encode(noMatch), from);
    s.server.receiveGroupDatagram(CoapCodec::encode(discover), from);
    QTRY_VERIFY_WITH_TIMEOUT(raw.hasPendingDatagrams(), 5000);
    QByteArray answer(int(raw.pendingDatagramSize()), 0);
    raw.readDatagram(answer.data(), answer.size());
    const CoapMessage response = CoapCodec::decode(answer).message;
    QCOMPARE(response.type(), CoapType::NonConfirmable);
    QCOMPARE(response.token(), QByteArray("tk"));
    QCOMPARE(response.code(), quint8(CoapCode::Content));
    // Nothing else arrives within twice the Leisure.
    QVERIFY(!raw.waitForReadyRead(500));
}

void TestServer::libcoapClientAgainstServer()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-client-notls")))
        QSKIP("libcoap's coap-client-notls is not installed (package libcoap3-bin)");
    Served s;
    const QString base = QStringLiteral("coap://127.0.0.1:%1").arg(s.port);
    // The client runs in another process: our event loop must keep serving while it waits.
    auto run = [&](const QStringList &args) -> QByteArray {
        QProcess p;
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral("coap-client-notls"), args);
        if (!done.wait(30000)) {
            p.kill();
            p.waitForFinished();
            return "(coap-client-notls did not finish)";
        }
        return p.readAllStandardOutput();
    };
    QCOMPARE(run({QStringLiteral("-m"), QStringLiteral("get"), base + QStringLiteral("/hello")}).trimmed(), QByteArray("world"));
    run({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-e"), QStringLiteral("from-libcoap"), base + QStringLiteral("/store")});
    QCOMPARE(s.stored, QByteArray("from-libcoap"));
    const QByteArray big = run({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-b"), QStringLiteral("64"),
                                base + QStringLiteral("/big")});
    QCOMPARE(big, s.big + '\n'); // coap-client ends its output with a newline of its own
    const QByteArray links = run({QStringLiteral("-m"), QStringLiteral("get"), base + QStringLiteral("/.well-known/core")});
    QVERIFY(links.contains("</temp>"));
}

void TestServer::libcoapPostWithBlock2Answer()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-client-notls")))
        QSKIP("libcoap's coap-client-notls is not installed (package libcoap3-bin)");
    Served s;
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    // 64-byte blocks: the ~920-byte answer takes 15 blocks, each asked with another POST.
    p.start(QStringLiteral("coap-client-notls"),
            {QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-e"), QStringLiteral("data"),
             QStringLiteral("-b"), QStringLiteral("64"), QStringLiteral("coap://127.0.0.1:%1/report").arg(s.port)});
    if (!done.wait(30000)) {
        p.kill();
        p.waitForFinished();
        QFAIL("coap-client-notls did not finish");
    }
    const QByteArray expected = "run 1 of data: " + s.big.left(900);
    QCOMPARE(p.readAllStandardOutput(), expected + '\n');
    QCOMPARE(s.posts, 1); // produced once: later blocks came from the cache, not from a new POST
}

// The UDP transport sends with sendto(2) and keeps the last destination's socket address: to IPv4
// and IPv6 peers in turn from one dual-stack socket, each datagram must reach the peer it was
// meant for; an oversized datagram and a destination of the wrong family fail with an error
// (through QUdpSocket's path) and the socket goes on working.
void TestServer::udpSendPaths()
{
    CoapUdpTransport receiver;
    QVERIFY(receiver.bind(QHostAddress::Any, 0));
    const quint16 port = receiver.localEndpoint().port();
    QList<QPair<QByteArray, CoapEndpoint>> got;
    connect(&receiver, &CoapTransport::datagramReceived, this,
            [&](const QByteArray &d, const CoapEndpoint &from) { got.append({d, from}); });

    CoapUdpTransport sender;
    QVERIFY(sender.bind(QHostAddress::Any, 0));
    const quint16 senderPort = sender.localEndpoint().port();
    const CoapEndpoint v4(QHostAddress(QHostAddress::LocalHost), port);
    const CoapEndpoint v6(QHostAddress(QHostAddress::LocalHostIPv6), port);
    const QList<CoapEndpoint> order{v4, v4, v6, v4, v6, v6, v4};
    for (int i = 0; i < order.size(); ++i)
        QVERIFY(sender.send(QByteArray::number(i), order.at(i)));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), order.size(), 5000);
    for (int i = 0; i < order.size(); ++i) {
        QCOMPARE(got.at(i).first, QByteArray::number(i));
        QCOMPARE(got.at(i).second, CoapEndpoint(order.at(i).address(), senderPort));
    }

    QSignalSpy failed(&sender, &CoapTransport::sendFailed);
    QVERIFY(!sender.send(QByteArray(70000, 'x'), v4));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<CoapNetworkError>(), CoapNetworkError::DatagramTooLarge);
    QVERIFY(sender.send("after", v4));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), order.size() + 1, 5000);
    QCOMPARE(got.last().first, QByteArray("after"));

    CoapUdpTransport ipv4Only;
    QVERIFY(ipv4Only.bind(QHostAddress::AnyIPv4, 0));
    QSignalSpy ipv4Failed(&ipv4Only, &CoapTransport::sendFailed);
    QVERIFY(!ipv4Only.send("wrong family", v6));
    QCOMPARE(ipv4Failed.count(), 1);
    QVERIFY(ipv4Only.send("right family", v4));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), order.size() + 2, 5000);
    QCOMPARE(got.last().first, QByteArray("right family"));
}

QTEST_GUILESS_MAIN(TestServer)
void TestServer::transportKeepsReadingAfterBursts()
{
    // The transport reads in bounded batches and queues the rest. Qt may then still deliver a
    // readyRead for datagrams the queued batch already took; a transport that did not read on
    // that call went deaf for good (seen as a simulator that stopped answering mid-transfer).
    CoapUdpTransport transport;
    QVERIFY(transport.bind(QHostAddress::LocalHost, 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    const quint16 port = transport.localEndpoint().port();
    QSignalSpy received(&transport, &CoapTransport::datagramReceived);
    qint64 expected = 0;
    for (int round = 0; round < 40; ++round) {
        const int burst = 1 + (round * 37) % 150; // around and past the batch size
        for (int i = 0; i < burst; ++i)
            peer.writeDatagram(QByteArray("\x50\x01\x00\x02", 4), QHostAddress::LocalHost, port);
        expected += burst;
        QTRY_VERIFY2_WITH_TIMEOUT(received.count() == expected,
                                  qPrintable(QStringLiteral("round %1: %2 of %3 datagrams read")
                                                 .arg(round).arg(received.count()).arg(expected)), 3000);
    }
}

void TestServer::portUnreachableFailsAtOnce_data()
{
    QTest::addColumn<bool>("confirmable");
    QTest::newRow("CON") << true;
    QTest::newRow("NON") << false;
}

void TestServer::portUnreachableFailsAtOnce()
{
    // Issue 11: a request to a port where nothing listens waited MAX_TRANSMIT_WAIT (93 s) while
    // the system had already said "port unreachable". Real loopback, a port just freed.
#ifndef Q_OS_LINUX
    QSKIP("ICMP errors are read with IP_RECVERR, Linux only");
#endif
    QFETCH(bool, confirmable);
    quint16 deadPort = 0;
    {
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress::LocalHost, 0));
        deadPort = s.localPort();
    }
    CoapUdpTransport transport;
    QVERIFY(transport.bind(QHostAddress::LocalHost, 0));
    CoapClient client(&transport);
    // A device that does listen, on the same socket's other exchanges: it must be unaffected.
    CoapUdpTransport serverTransport;
    QVERIFY(serverTransport.bind(QHostAddress::LocalHost, 0));
    CoapServer server(&serverTransport);
    server.addResource(QStringLiteral("/alive")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
        r.respond(CoapCode::Content, "yes", 0);
    });

    CoapRequest dead;
    dead.endpoint = CoapEndpoint(QHostAddress::LocalHost, deadPort);
    dead.confirmable = confirmable;
    dead.message.addOption(CoapOptionNumber::UriPath, "x");
    CoapReply *reply = client.send(dead);
    QSignalSpy finished(reply, &CoapReply::finished);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(finished.wait(3000));
    QCOMPARE(reply->error(), CoapError::PortUnreachable);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(reply->retransmissions(), 0);

    CoapRequest alive;
    alive.endpoint = serverTransport.localEndpoint();
    alive.message.addOption(CoapOptionNumber::UriPath, "alive");
    CoapReply *ok = client.send(alive);
    QSignalSpy okFinished(ok, &CoapReply::finished);
    QVERIFY(okFinished.wait(3000));
    QCOMPARE(ok->error(), CoapError::None);
    QCOMPARE(ok->response().payload(), QByteArray("yes"));
}

#include "tst_server.moc"

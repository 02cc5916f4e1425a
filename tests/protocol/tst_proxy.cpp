// Forward proxies (RFC 7252 §5.7.2, §5.10.2): how a request is addressed through a proxy, and that
// every message of an exchange (Block2 follow-ups, Block1 blocks, observe registration,
// re-registration and deregistration) repeats the proxy options and goes to the proxy's endpoint.
// A scripted proxy on the fake transport; the real one (libcoap's -P) is in tst_proxy_libcoap.
#include "coapblockwise.h"
#include "coapproxy.h"
#include "coapfaketransport.h"
#include "coapserver.h"
#include "coaptransport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

namespace {
const CoapEndpoint kProxy(QHostAddress(QStringLiteral("192.0.2.50")), 5683);

CoapMessage decoded(const QByteArray &d) { return CoapCodec::decode(d).message; }
QByteArray encoded(const CoapMessage &m) { return CoapCodec::encode(m); }

CoapUri uri(const char *text)
{
    const CoapUriParseResult r = CoapUri::parse(QString::fromUtf8(text));
    return r.uri;
}

CoapProxy proxy(CoapProxyMode mode)
{
    CoapProxyError error = CoapProxyError::None;
    return CoapProxy::parse(u"coap://192.0.2.50", mode, &error);
}

// The addressing options of a message, in order, as "Name:value" (for exact comparisons).
QStringList addressing(const CoapMessage &m)
{
    QStringList out;
    for (const CoapOption &o : m.options()) {
        switch (o.number()) {
        case CoapOptionNumber::UriHost: out << QStringLiteral("Uri-Host:") + o.stringValue(); break;
        case CoapOptionNumber::UriPort: out << QStringLiteral("Uri-Port:%1").arg(o.uintValue()); break;
        case CoapOptionNumber::UriPath: out << QStringLiteral("Uri-Path:") + o.stringValue(); break;
        case CoapOptionNumber::UriQuery: out << QStringLiteral("Uri-Query:") + o.stringValue(); break;
        case CoapOptionNumber::ProxyUri: out << QStringLiteral("Proxy-Uri:") + o.stringValue(); break;
        case CoapOptionNumber::ProxyScheme: out << QStringLiteral("Proxy-Scheme:") + o.stringValue(); break;
        default: break;
        }
    }
    return out;
}

struct Rig
{
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    CoapClient client{&transport, &clock};
    Rig()
    {
        transport.setClock(&clock);
        client.messageLayer()->setRandomSource([] { return 0.0; });
    }
    void pump() { QCoreApplication::processEvents(); }
    CoapMessage lastSent() const { return decoded(transport.sent.last().datagram); }
    // Answers the last request piggybacked in the ACK, from the proxy.
    void piggyback(quint8 code, const QByteArray &payload = {}, QList<CoapOption> options = {})
    {
        const CoapMessage request = lastSent();
        CoapMessage ack(CoapType::Acknowledgement, code, request.messageId(), request.token());
        for (const CoapOption &o : options)
            ack.addOption(o);
        ack.setPayload(payload);
        transport.inject(encoded(ack), kProxy);
    }
};
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void addressing_data();
    void addressing();
    void directRequestUnchanged();
    void badProxyOrTarget();
    void targetRoundTrip();
    void block2FollowUpsRepeatProxyOptions_data();
    void block2FollowUpsRepeatProxyOptions();
    void block1BlocksRepeatProxyOptions();
    void observeThroughProxy();
    void serverAnswersProxyRequestsWith505();
};

void TestProxy::addressing_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("expected");
    const int pu = int(CoapProxyMode::ProxyUri);
    const int ps = int(CoapProxyMode::ProxyScheme);
    QTest::newRow("uri, ip literal") << "coap://10.0.0.5/sensors/temp" << pu
                                     << QStringList{"Proxy-Uri:coap://10.0.0.5/sensors/temp"};
    QTest::newRow("uri, name, port, query") << "coap://Boiler.example:61616/a/b?x=1&y" << pu
                                            << QStringList{"Proxy-Uri:coap://boiler.example:61616/a/b?x=1&y"};
    QTest::newRow("uri, coaps ipv6") << "coaps://[2001:db8::1]/t" << pu << QStringList{"Proxy-Uri:coaps://[2001:db8::1]/t"};
    QTest::newRow("scheme, ip literal") << "coap://10.0.0.5/sensors/temp" << ps
                                        << QStringList{"Uri-Host:10.0.0.5", "Uri-Path:sensors", "Uri-Path:temp",
                                                       "Proxy-Scheme:coap"};
    QTest::newRow("scheme, name, port, query") << "coap://boiler.example:61616/a?x=1&y" << ps
                                               << QStringList{"Uri-Host:boiler.example", "Uri-Port:61616", "Uri-Path:a",
                                                              "Uri-Query:x=1", "Uri-Query:y", "Proxy-Scheme:coap"};
    QTest::newRow("scheme, coaps ipv6 default port") << "coaps://[2001:db8::1]:5684/" << ps
                                                     << QStringList{"Uri-Host:[2001:db8::1]", "Proxy-Scheme:coaps"};
}

void TestProxy::addressing()
{
    QFETCH(QString, target);
    QFETCH(int, mode);
    QFETCH(QStringList, expected);
    CoapRequest request;
    request.message.addOption(CoapOptionNumber::UriPath, "stale"); // replaced, never kept
    request.message.setUintOption(CoapOptionNumber::Accept, 50);   // other options stay
    const CoapUri t = CoapUri::parse(target).uri;
    QVERIFY(t.isValid());
    QCOMPARE(coapAddressRequest(&request, t, proxy(CoapProxyMode(mode))), CoapProxyError::None);
    QCOMPARE(::addressing(request.message), expected);
    QCOMPARE(request.endpoint, kProxy);
    QVERIFY(request.hostName.isEmpty());
    QCOMPARE(request.message.uintOption(CoapOptionNumber::Accept).value_or(0), quint64(50));
    // The proxy sees the same URI in both modes (RFC 7252 §6.5).
    QCOMPARE(coapProxyTarget(request.message), t);
}

void TestProxy::directRequestUnchanged()
{
    CoapRequest request;
    request.message.addOption(CoapOptionNumber::ProxyUri, "coap://old/");
    QCOMPARE(coapAddressRequest(&request, uri("coap://boiler.example:61616/a?x"), CoapProxy()), CoapProxyError::None);
    QCOMPARE(::addressing(request.message), (QStringList{"Uri-Host:boiler.example", "Uri-Path:a", "Uri-Query:x"}));
    QVERIFY(request.endpoint.isNull());
    QCOMPARE(request.hostName, QStringLiteral("boiler.example"));
    QCOMPARE(request.port, quint16(61616));
    QVERIFY(coapProxyTarget(request.message).isValid() == false);

    // A proxy given by name is resolved like a target would be.
    CoapProxyError error = CoapProxyError::InvalidProxyUri;
    const CoapProxy named = CoapProxy::parse(u"coap://proxy.example:5700/", CoapProxyMode::ProxyUri, &error);
    QCOMPARE(error, CoapProxyError::None);
    QCOMPARE(coapAddressRequest(&request, uri("coap://10.0.0.5/x"), named), CoapProxyError::None);
    QVERIFY(request.endpoint.isNull());
    QCOMPARE(request.hostName, QStringLiteral("proxy.example"));
    QCOMPARE(request.port, quint16(5700));
}

void TestProxy::badProxyOrTarget()
{
    CoapProxyError error = CoapProxyError::None;
    CoapUriParseResult problem;
    QVERIFY(!CoapProxy::parse(u"proxy.example", CoapProxyMode::ProxyUri, &error, &problem).isSet());
    QCOMPARE(error, CoapProxyError::InvalidProxyUri);
    QCOMPARE(problem.error, CoapUriError::MissingScheme);
    QVERIFY(!CoapProxy::parse(u"http://proxy.example", CoapProxyMode::ProxyUri, &error).isSet());
    QCOMPARE(error, CoapProxyError::InvalidProxyUri);
    QVERIFY(!CoapProxy::parse(u"coap://proxy.example/forward", CoapProxyMode::ProxyUri, &error).isSet());
    QCOMPARE(error, CoapProxyError::ProxyHasPath);
    QVERIFY(!CoapProxy::parse(u"coap://proxy.example/?x", CoapProxyMode::ProxyUri, &error).isSet());
    QCOMPARE(error, CoapProxyError::ProxyHasPath);
    QVERIFY(CoapProxy::parse(u"coaps://[::1]:5800/", CoapProxyMode::ProxyUri, &error).isSet());
    QCOMPARE(error, CoapProxyError::None);

    CoapRequest request;
    QCOMPARE(coapAddressRequest(&request, uri("coap://[fe80::1%25eth0]/x"), proxy(CoapProxyMode::ProxyUri)),
             CoapProxyError::TargetHasZone);
    const CoapUri longTarget = uri("coap://10.0.0.5/").withPath(QString(1100, QLatin1Char('a')));
    QVERIFY(longTarget.isValid());
    QCOMPARE(coapAddressRequest(&request, longTarget, proxy(CoapProxyMode::ProxyUri)), CoapProxyError::TargetTooLong);
    // Proxy-Scheme has no such limit: each Uri-Path segment is its own option.
    QCOMPARE(coapAddressRequest(&request, longTarget.withPathSegments({QString(200, QLatin1Char('a')),
                                                                        QString(200, QLatin1Char('b'))}),
                                proxy(CoapProxyMode::ProxyScheme)),
             CoapProxyError::None);
}

void TestProxy::targetRoundTrip()
{
    CoapMessage m;
    QVERIFY(!coapProxyTarget(m).isValid());
    m.addOption(CoapOption::fromString(CoapOptionNumber::ProxyScheme, QStringLiteral("coap")));
    QVERIFY(!coapProxyTarget(m).isValid()); // Proxy-Scheme without Uri-Host names no target
    m.addOption(CoapOption::fromString(CoapOptionNumber::UriHost, QStringLiteral("dev.example")));
    QCOMPARE(coapProxyTarget(m).toString(), QStringLiteral("coap://dev.example/"));
}

void TestProxy::block2FollowUpsRepeatProxyOptions_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("Proxy-Uri") << int(CoapProxyMode::ProxyUri);
    QTest::newRow("Proxy-Scheme") << int(CoapProxyMode::ProxyScheme);
}

void TestProxy::block2FollowUpsRepeatProxyOptions()
{
    QFETCH(int, mode);
    Rig rig;
    CoapRequest request;
    request.blockSzx = 2; // 64-byte blocks
    const CoapUri target = uri("coap://device.example/firmware?v=2");
    QCOMPARE(coapAddressRequest(&request, target, proxy(CoapProxyMode(mode))), CoapProxyError::None);
    const QStringList expected = ::addressing(request.message);
    QVERIFY(!expected.isEmpty());
    CoapReply *reply = rig.client.send(request);
    QSignalSpy finished(reply, &CoapReply::finished);
    rig.pump();
    QByteArray body;
    for (int i = 0; i < 200; ++i)
        body.append(char('a' + i % 26));
    const int blocks = (int(body.size()) + 63) / 64;
    for (int num = 0; num < blocks; ++num) {
        QCOMPARE(rig.transport.sent.size(), num + 1);
        QCOMPARE(rig.transport.sent.last().to, kProxy);
        const CoapMessage sent = rig.lastSent();
        QCOMPARE(::addressing(sent), expected);
        QCOMPARE(CoapBlockValue::decode(sent.uintOption(CoapOptionNumber::Block2).value_or(0xffff)).num, quint32(num));
        const bool more = (num + 1) * 64 < body.size();
        rig.piggyback(CoapCode::Content, body.mid(num * 64, 64),
                      {CoapOption::fromUint(CoapOptionNumber::Block2, CoapBlockValue{quint32(num), more, 2}.encode())});
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().payload(), body);
    QCOMPARE(reply->responder(), kProxy);
}

void TestProxy::block1BlocksRepeatProxyOptions()
{
    Rig rig;
    CoapRequest request;
    request.message.setCode(CoapCode::Put);
    request.blockSzx = 1; // 32-byte blocks
    request.message.setPayload(QByteArray(100, 'x'));
    QCOMPARE(coapAddressRequest(&request, uri("coap://10.0.0.7:61616/config"), proxy(CoapProxyMode::ProxyScheme)),
             CoapProxyError::None);
    const QStringList expected{"Uri-Host:10.0.0.7", "Uri-Port:61616", "Uri-Path:config", "Proxy-Scheme:coap"};
    CoapReply *reply = rig.client.send(request);
    QSignalSpy finished(reply, &CoapReply::finished);
    rig.pump();
    for (int num = 0; num < 4; ++num) {
        QCOMPARE(rig.transport.sent.size(), num + 1);
        QCOMPARE(rig.transport.sent.last().to, kProxy);
        const CoapMessage sent = rig.lastSent();
        QCOMPARE(::addressing(sent), expected);
        const CoapBlockValue block = CoapBlockValue::decode(sent.uintOption(CoapOptionNumber::Block1).value_or(0xffff));
        QCOMPARE(block.num, quint32(num));
        QCOMPARE(block.more, num < 3);
        rig.piggyback(num < 3 ? CoapCode::Continue : CoapCode::Changed, {},
                      {CoapOption::fromUint(CoapOptionNumber::Block1, CoapBlockValue{quint32(num), num < 3, 1}.encode())});
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().code(), CoapCode::Changed);
}

void TestProxy::observeThroughProxy()
{
    Rig rig;
    rig.client.setObserveGraceMs(1000);
    CoapRequest request;
    request.observe = true;
    QCOMPARE(coapAddressRequest(&request, uri("coap://10.0.0.5/sensors/temp"), proxy(CoapProxyMode::ProxyUri)),
             CoapProxyError::None);
    const QStringList expected{"Proxy-Uri:coap://10.0.0.5/sensors/temp"};
    CoapReply *reply = rig.client.send(request);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QSignalSpy finished(reply, &CoapReply::finished);
    rig.pump();
    // Registration (RFC 7641 §3.1).
    const CoapMessage registration = rig.lastSent();
    QCOMPARE(rig.transport.sent.last().to, kProxy);
    QCOMPARE(::addressing(registration), expected);
    QCOMPARE(registration.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(0));
    rig.piggyback(CoapCode::Content, "20.5", {CoapOption::fromUint(CoapOptionNumber::Observe, 7),
                                              CoapOption::fromUint(CoapOptionNumber::MaxAge, 5)});
    // A notification from the proxy, as its own CON.
    CoapMessage n(CoapType::Confirmable, CoapCode::Content, 0x900, registration.token());
    n.addUintOption(CoapOptionNumber::Observe, 8);
    n.addUintOption(CoapOptionNumber::MaxAge, 5);
    n.setPayload("20.6");
    rig.transport.inject(encoded(n), kProxy);
    QCOMPARE(notifications.count(), 2);
    QVERIFY(reply->isObserving());
    // Max-Age runs out: re-registration through the proxy too (RFC 7641 §3.3.1).
    const int before = int(rig.transport.sent.size());
    rig.clock.advance(6001);
    QCOMPARE(rig.transport.sent.size(), before + 1);
    const CoapMessage again = rig.lastSent();
    QCOMPARE(rig.transport.sent.last().to, kProxy);
    QCOMPARE(::addressing(again), expected);
    QCOMPARE(again.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(0));
    QCOMPARE(again.token(), registration.token());
    rig.piggyback(CoapCode::Content, "20.7", {CoapOption::fromUint(CoapOptionNumber::Observe, 9),
                                              CoapOption::fromUint(CoapOptionNumber::MaxAge, 60)});
    // Deregistration (RFC 7641 §3.6): GET with Observe=1 and the proxy options.
    reply->cancelObservation();
    const CoapMessage deregistration = rig.lastSent();
    QCOMPARE(rig.transport.sent.last().to, kProxy);
    QCOMPARE(::addressing(deregistration), expected);
    QCOMPARE(deregistration.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(1));
    QCOMPARE(deregistration.token(), registration.token());
    rig.piggyback(CoapCode::Content, "20.7");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), CoapError::None);
}

void TestProxy::serverAnswersProxyRequestsWith505()
{
    // Our own server (the simulator's engine) is no proxy (RFC 7252 §5.7.2): a request that
    // names a target by Proxy-Uri or Proxy-Scheme gets 5.05, even for a path it serves. Over
    // real UDP on loopback, in both modes.
    CoapUdpTransport serverTransport;
    QVERIFY(serverTransport.bind(QHostAddress::LocalHost, 0));
    CoapServer server(&serverTransport);
    server.addResource(QStringLiteral("/x")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
        r.respond(CoapCode::Content, "direct");
    });
    CoapUdpTransport clientTransport;
    QVERIFY(clientTransport.bind(QHostAddress::LocalHost, 0));
    CoapClient client(&clientTransport);
    const quint16 port = serverTransport.localEndpoint().port();
    CoapProxyError error = CoapProxyError::None;
    for (CoapProxyMode mode : {CoapProxyMode::ProxyUri, CoapProxyMode::ProxyScheme}) {
        const CoapProxy viaServer = CoapProxy::parse(QStringLiteral("coap://127.0.0.1:%1").arg(port), mode, &error);
        QVERIFY(viaServer.isSet());
        CoapRequest request;
        request.timeoutMs = 5000;
        QCOMPARE(coapAddressRequest(&request, uri("coap://127.0.0.1/x").withPort(port), viaServer), CoapProxyError::None);
        CoapReply *reply = client.send(request);
        QSignalSpy finished(reply, &CoapReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), CoapError::None);
        QCOMPARE(reply->response().code(), CoapCode::ProxyingNotSupported);
    }
    // The same resource directly: served.
    CoapRequest direct;
    direct.timeoutMs = 5000;
    QCOMPARE(coapAddressRequest(&direct, uri("coap://127.0.0.1/x").withPort(port)), CoapProxyError::None);
    CoapReply *reply = client.send(direct);
    QSignalSpy finished(reply, &CoapReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->response().code(), CoapCode::Content);
    QCOMPARE(reply->response().payload(), QByteArray("direct"));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

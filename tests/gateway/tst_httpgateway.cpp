// coap-explorer-cli http-gateway (RFC 8075) driven by curl, reaching libcoap's coap-server-notls
// and a simulated device, all started here on free loopback ports and stopped by PID: GET, PUT
// with JSON, ETags and preconditions, 4.04 → 404, a silent port → 504, a closed port → 502, bad
// targets, the body bound, and observations streamed as Server-Sent Events that are deregistered
// on the device when curl goes away.
#include "coapserver.h"
#include "externalpeer.h"
#include "simulateddevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

namespace {
struct HttpResult
{
    bool finished = false;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray raw;
};
} // namespace

class TestHttpGateway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void libcoapGet();
    void libcoapNotFound();
    void libcoapPutJson();
    void fetchAndLog();
    void simulatorGet();
    void simulatorPutJsonWithEtags();
    void timeoutIs504();
    void unreachableIs502();
    void badTargetIs400();
    void unmappedMethodIs501();
    void bodyTooLargeIs413();
    void eventStreamFromLibcoap();
    void eventStreamDeregistersWhenCurlGoesAway();
    void loopbackOnlyUnlessAsked();
    void coapsWithPsk();

private:
    HttpResult curl(const QStringList &arguments, int boundMs = 20000);
    QString url(const QString &coapUri) const { return m_base + QLatin1Char('/') + coapUri; }
    QString libcoap(const QString &path) const { return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_libcoapPort).arg(path); }
    QString simulator(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_device->endpoint().port()).arg(path);
    }
    QByteArray gatewayOutput() { m_output += m_gateway.process().readAll(); return m_output; }

    ExternalPeer m_libcoapServer;
    ExternalPeer m_gateway;
    quint16 m_libcoapPort = 0;
    SimulatedDevice *m_device = nullptr;
    QString m_base;
    QByteArray m_output;
};

void TestHttpGateway::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    if (!ExternalPeer::haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed (Debian package curl)");
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("libcoap's coap-server-notls is not installed (package libcoap3-bin)");
    // -d 5: PUT creates resources (RFC 7252 §5.8.3).
    QVERIFY2(m_libcoapServer.startLibcoapServer(&m_libcoapPort, {QStringLiteral("-d"), QStringLiteral("5")}),
             qPrintable(m_libcoapServer.errorString()));
    m_device = new SimulatedDevice(SimulatedDeviceKind::Gateway, 0, 7, this);
    m_device->setReportIntervalMs(200); // notifications at 5 Hz: three events within a second
    QVERIFY(m_device->start(QHostAddress::LocalHost, 0));

    // Port 0: the gateway picks a free one and names it on standard error.
    QVERIFY2(m_gateway.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
                             {QStringLiteral("http-gateway"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--timeout"), QStringLiteral("1.5")}),
             qPrintable(m_gateway.errorString()));
    static const QRegularExpression banner(QStringLiteral("gateway on (http://127\\.0\\.0\\.1:\\d+);"));
    QTRY_VERIFY_WITH_TIMEOUT(banner.match(QString::fromUtf8(gatewayOutput())).hasMatch(), 10000);
    m_base = banner.match(QString::fromUtf8(gatewayOutput())).captured(1);
    // Loopback only: no warning.
    QVERIFY(!gatewayOutput().contains("warning"));
}

void TestHttpGateway::cleanupTestCase()
{
    m_gateway.stop();
    m_libcoapServer.stop();
}

HttpResult TestHttpGateway::curl(const QStringList &arguments, int boundMs)
{
    HttpResult r;
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("-i"), QStringLiteral("--max-time"),
                                                QString::number(boundMs / 1000)} + arguments);
    if (!p.waitForStarted(5000))
        return r;
    // Wait on the signal (the event loop runs, so the in-process simulated device answers).
    r.finished = finished.wait(boundMs + 2000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(3000);
        return r;
    }
    r.raw = p.readAllStandardOutput();
    const qsizetype split = r.raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = r.raw.left(split).split('\n');
    if (!lines.isEmpty()) {
        const QList<QByteArray> statusLine = lines.first().split(' ');
        if (statusLine.size() >= 2)
            r.status = statusLine.at(1).toInt();
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    r.body = split < 0 ? QByteArray() : r.raw.mid(split + 4);
    return r;
}

void TestHttpGateway::libcoapGet()
{
    const HttpResult r = curl({url(libcoap(QStringLiteral("/")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("libcoap"), r.raw.constData());
    QVERIFY(r.headers.value("cache-control").startsWith("max-age="));
    QCOMPARE(r.headers.value("content-length").toInt(), r.body.size());
}

void TestHttpGateway::libcoapNotFound()
{
    const HttpResult r = curl({url(libcoap(QStringLiteral("/no/such/resource")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 404);
    QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    QVERIFY(!r.body.isEmpty()); // the device's diagnostic payload, or our own words
    QVERIFY(gatewayOutput().contains("/no/such/resource -> 404 (4.04)"));
}

void TestHttpGateway::libcoapPutJson()
{
    const QByteArray json = R"({"setpoint":21.5})";
    HttpResult r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
                         QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
                         QString::fromUtf8(json), url(libcoap(QStringLiteral("/gateway-test")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 201); // 2.01 Created: the dynamic resource was made
    // Reading it back: libcoap keeps the Content-Format it was given, so the JSON media type has
    // gone HTTP → CoAP → HTTP.
    r = curl({url(libcoap(QStringLiteral("/gateway-test")))});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, json);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    // And once more, changed: 2.04 without payload is 204.
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("--data-binary"), QStringLiteral("{\"setpoint\":22}"), url(libcoap(QStringLiteral("/gateway-test")))});
    QCOMPARE(r.status, 204);
    r = curl({QStringLiteral("-X"), QStringLiteral("DELETE"), url(libcoap(QStringLiteral("/gateway-test")))});
    QCOMPARE(r.status, 204); // 2.02 Deleted without payload
    r = curl({url(libcoap(QStringLiteral("/gateway-test")))});
    QCOMPARE(r.status, 404);
}

void TestHttpGateway::fetchAndLog()
{
    // FETCH is not an HTTP method Qt knows; the gateway reads it from the request line. libcoap's
    // "/" has no FETCH handler: 4.05, which RFC 8075 §7 maps to 400 (a 405 would need Allow).
    const HttpResult r = curl({QStringLiteral("-X"), QStringLiteral("FETCH"), url(libcoap(QStringLiteral("/")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(gatewayOutput().contains(QStringLiteral("FETCH %1 -> 400 (4.05)").arg(libcoap(QStringLiteral("/"))).toUtf8()), 5000);
    // One line per request on standard output, each with method, target and status.
    static const QRegularExpression line(QStringLiteral("^\\S+Z 127\\.0\\.0\\.1 [A-Za-z]+ \\S+ -> \\d{3}"));
    int lines = 0;
    for (const QByteArray &l : gatewayOutput().split('\n'))
        if (line.match(QString::fromUtf8(l)).hasMatch())
            ++lines;
    QVERIFY2(lines >= 1, gatewayOutput().constData());
}

void TestHttpGateway::simulatorGet()
{
    const HttpResult r = curl({QStringLiteral("-H"), QStringLiteral("Accept: application/json"),
                               url(simulator(QStringLiteral("/device")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject device = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(device.value(QStringLiteral("name")).toString(), m_device->name());
    // Accept: text/plain instead gives text (the Accept header became the Accept option).
    const HttpResult text = curl({QStringLiteral("-H"), QStringLiteral("Accept: text/plain"),
                                  url(simulator(QStringLiteral("/device")))});
    QCOMPARE(text.status, 200);
    QVERIFY(text.headers.value("content-type").startsWith("text/plain"));
    QVERIFY(text.body.contains(m_device->name().toUtf8()));
}

void TestHttpGateway::simulatorPutJsonWithEtags()
{
    HttpResult r = curl({url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 200);
    const QByteArray etag = r.headers.value("etag");
    QVERIFY2(etag.startsWith('"') && etag.size() > 2, r.raw.constData());
    QJsonObject config = QJsonDocument::fromJson(r.body).object();
    QVERIFY(config.contains(QStringLiteral("name")));

    // A conditional GET with the current tag: 2.03 Valid, 304 Not Modified (RFC 8075 §7 Note 3).
    r = curl({QStringLiteral("-H"), QStringLiteral("If-None-Match: %1").arg(QString::fromLatin1(etag)),
              url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());

    // PUT with a stale If-Match: 4.12 → 412, nothing changed.
    config.insert(QStringLiteral("location"), QStringLiteral("Plant room 2"));
    const QString body = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("-H"), QStringLiteral("If-Match: \"0001\""), QStringLiteral("--data-binary"), body,
              url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 412);
    QVERIFY(m_device->location() != QLatin1String("Plant room 2"));

    // The same with a media type the device does not take: 4.15 → 415.
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/xml"),
              QStringLiteral("--data-binary"), QStringLiteral("<config/>"), url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 415);
    // A media type with no Content-Format at all is refused by the gateway itself.
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: text/html"),
              QStringLiteral("--data-binary"), QStringLiteral("<p>"), url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 415);
    QVERIFY(r.body.contains("text/html"));

    // PUT JSON with the current tag: 2.04 Changed with the new ETag; the device has it.
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("-H"), QStringLiteral("If-Match: %1").arg(QString::fromLatin1(etag)), QStringLiteral("--data-binary"),
              body, url(simulator(QStringLiteral("/config")))});
    QVERIFY2(r.status == 204 || r.status == 200, r.raw.constData());
    QCOMPARE(m_device->location(), QStringLiteral("Plant room 2"));
    QVERIFY(!r.headers.value("etag").isEmpty());
    QVERIFY(r.headers.value("etag") != etag);

    // A malformed tag is the HTTP client's mistake: 400 before anything is sent.
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("-H"), QStringLiteral("If-Match: not-a-tag"),
              QStringLiteral("--data-binary"), body, url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 400);
    // "Unless the tag matches" has no CoAP counterpart for a change: refused, never dropped.
    const QString location = m_device->location();
    config.insert(QStringLiteral("location"), QStringLiteral("Nowhere"));
    r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("-H"), QStringLiteral("If-None-Match: \"0001\""), QStringLiteral("--data-binary"),
              QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), url(simulator(QStringLiteral("/config")))});
    QCOMPARE(r.status, 400);
    QCOMPARE(m_device->location(), location);
}

void TestHttpGateway::timeoutIs504()
{
    // A UDP port that takes every datagram and never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = curl({url(QStringLiteral("coap://127.0.0.1:%1/anything").arg(silent.localPort()))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 504);
    QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    QVERIFY2(r.body.contains("No answer from 127.0.0.1:"), r.body.constData());
    QVERIFY(silent.hasPendingDatagrams()); // the request did reach it
    QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()).constData()); // --timeout 1.5
}

void TestHttpGateway::unreachableIs502()
{
    const quint16 closed = ExternalPeer::freeUdpPort(); // nothing listens: ICMP port unreachable
    const HttpResult r = curl({url(QStringLiteral("coap://127.0.0.1:%1/x").arg(closed))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 502);
    QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    QVERIFY2(r.body.contains("port unreachable"), r.body.constData());
}

void TestHttpGateway::badTargetIs400()
{
    for (const QString &target : {QStringLiteral("sensors/temp"), QStringLiteral("http://example.com/"),
                                  QStringLiteral("coap://127.0.0.1:99999/x")}) {
        const HttpResult r = curl({m_base + QLatin1Char('/') + target});
        QVERIFY(r.finished);
        QCOMPARE(r.status, 400);
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(!r.body.isEmpty());
    }
    // Percent-encoded once (RFC 8075 §5.3) is a good target.
    const HttpResult r = curl({m_base + QStringLiteral("/coap%3A%2F%2F127.0.0.1%3A") + QString::number(m_libcoapPort) + QStringLiteral("%2F")});
    QCOMPARE(r.status, 200);
}

void TestHttpGateway::unmappedMethodIs501()
{
    const HttpResult r = curl({QStringLiteral("-X"), QStringLiteral("OPTIONS"), url(libcoap(QStringLiteral("/")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 501);
    QVERIFY(r.body.contains("OPTIONS"));
}

void TestHttpGateway::bodyTooLargeIs413()
{
    QTemporaryFile big;
    QVERIFY(big.open());
    big.write(QByteArray(1024 * 1024 + 1, 'x')); // the default bound is 1 MiB
    big.flush();
    HttpResult r = curl({QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"), QStringLiteral("Expect:"),
                         QStringLiteral("--data-binary"), QLatin1Char('@') + big.fileName(),
                         url(libcoap(QStringLiteral("/big")))});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 413);
    QVERIFY(r.body.contains("1048576"));
    // The gateway still serves the next client.
    r = curl({url(libcoap(QStringLiteral("/")))});
    QCOMPARE(r.status, 200);
}

void TestHttpGateway::eventStreamFromLibcoap()
{
    // libcoap's /time notifies once a second.
    QProcess stream;
    stream.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-N"), QStringLiteral("--max-time"), QStringLiteral("30"),
                                          QStringLiteral("-H"), QStringLiteral("Accept: text/event-stream"),
                                          url(libcoap(QStringLiteral("/time")))});
    QVERIFY(stream.waitForStarted(5000));
    QByteArray events;
    QTRY_VERIFY_WITH_TIMEOUT((events += stream.readAllStandardOutput()).count("\n\n") >= 3, 15000);
    QVERIFY2(events.count("data: ") >= 3, events.constData());
    QCOMPARE(events.count("\n\n"), events.count("id: ")); // each event has an id and ends with a blank line
    stream.kill(); // by our own PID
    QVERIFY(stream.waitForFinished(5000));
}

void TestHttpGateway::eventStreamDeregistersWhenCurlGoesAway()
{
    const QString path = QStringLiteral("/sensors/temperature");
    CoapServer *server = m_device->server();
    QTRY_COMPARE_WITH_TIMEOUT(server->observerCount(path), 0, 5000);
    QProcess stream;
    stream.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-N"), QStringLiteral("-i"), QStringLiteral("--max-time"),
                                          QStringLiteral("30"), QStringLiteral("-H"), QStringLiteral("Accept: text/event-stream"),
                                          url(simulator(path))});
    QVERIFY(stream.waitForStarted(5000));
    QByteArray events;
    QTRY_VERIFY_WITH_TIMEOUT((events += stream.readAllStandardOutput()).count("id: ") >= 3, 10000);
    QVERIFY2(events.startsWith("HTTP/1.1 200"), events.constData());
    QVERIFY(events.contains("Content-Type: text/event-stream"));
    QVERIFY(events.contains("data: Temperature:") || events.contains("data: "));
    QCOMPARE(server->observerCount(path), 1);
    // curl goes away: the gateway sees the connection close and deregisters the observation, so
    // the device has no observer left (not only after its next notification bounced).
    QSignalSpy requests(server, &CoapServer::requestHandled);
    stream.kill();
    QVERIFY(stream.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(server->observerCount(path), 0, 5000);
    // Deregistered by a GET with Observe=1 (RFC 7641 §3.6), not merely forgotten and RST later.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(requests.cbegin(), requests.cend(), [&](const QList<QVariant> &r) {
        return r.at(1).toInt() == CoapCode::Get && r.at(2).toString() == path;
    }), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(gatewayOutput().contains(QStringLiteral("GET %1 -> 200 (2.05) event stream").arg(simulator(path)).toUtf8()), 5000);
}

void TestHttpGateway::loopbackOnlyUnlessAsked()
{
    // A non-loopback address warns on stderr that it exposes the devices (0.0.0.0 is all of this
    // host's addresses; the test connects to none of them, and the gateway ends at once).
    ExternalPeer open;
    QVERIFY(open.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
                       {QStringLiteral("http-gateway"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += open.process().readAll()).contains("gateway on"), 10000);
    QVERIFY2(output.contains("warning") && output.contains("not on loopback"), output.constData());
    open.stop();
    // Bad --listen values are usage errors (exit 2).
    QProcess bad;
    bad.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
              {QStringLiteral("http-gateway"), QStringLiteral("--listen"), QStringLiteral("nowhere:80")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    // An address that is not this host's (TEST-NET-1, RFC 5737; nothing is sent): exit 3.
    QProcess foreign;
    foreign.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
                  {QStringLiteral("http-gateway"), QStringLiteral("--listen"), QStringLiteral("192.0.2.1:0")});
    QVERIFY(foreign.waitForFinished(10000));
    QCOMPARE(foreign.exitCode(), 3);
    QVERIFY(foreign.readAllStandardError().contains("cannot listen on 192.0.2.1:0"));
}

void TestHttpGateway::coapsWithPsk()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-openssl")))
        QSKIP("libcoap's coap-server-openssl is not installed (package libcoap3-bin)");
    // Without credentials the gateway cannot speak coaps: 502 with a sentence saying so.
    HttpResult r = curl({url(QStringLiteral("coaps://127.0.0.1:5684/"))});
    QCOMPARE(r.status, 502);
    QVERIFY(r.body.contains("credentials"));

    const quint16 port = ExternalPeer::freeUdpPort(true); // coaps on port + 1
    ExternalPeer server;
    QVERIFY2(server.startCoapServer(QStringLiteral("coap-server-openssl"),
                                    {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                                     QStringLiteral("-k"), QStringLiteral("gateway-secret"), QStringLiteral("-h"), QStringLiteral("hint")},
                                    port),
             qPrintable(server.errorString()));
    const auto startGateway = [](ExternalPeer &gateway, const QString &key, QString *base) {
        if (!gateway.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
                           {QStringLiteral("http-gateway"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--psk-identity"),
                            QStringLiteral("tech"), QStringLiteral("--psk"), key}))
            return false;
        static const QRegularExpression banner(QStringLiteral("gateway on (http://127\\.0\\.0\\.1:\\d+);"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!banner.match(QString::fromUtf8(output)).hasMatch() && timer.elapsed() < 10000) {
            gateway.process().waitForReadyRead(500);
            output += gateway.process().readAll();
        }
        *base = banner.match(QString::fromUtf8(output)).captured(1);
        return !base->isEmpty();
    };
    const QString target = QStringLiteral("/coaps://127.0.0.1:%1/").arg(port + 1);
    ExternalPeer good;
    QString base;
    QVERIFY(startGateway(good, QStringLiteral("gateway-secret"), &base));
    r = curl({base + target});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("libcoap"));
    good.stop();

    ExternalPeer wrong;
    QVERIFY(startGateway(wrong, QStringLiteral("not-the-secret"), &base));
    r = curl({base + target});
    QCOMPARE(r.status, 502); // the handshake failed: a plain sentence, at once
    QVERIFY2(r.body.contains("DTLS"), r.body.constData());
}

QTEST_GUILESS_MAIN(TestHttpGateway)
#include "tst_httpgateway.moc"

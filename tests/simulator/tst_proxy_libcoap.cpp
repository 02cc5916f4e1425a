// Forward proxies (RFC 7252 §5.7.2) for real: libcoap's coap-server-notls with -P acting as a
// forward proxy in front of (a) a second coap-server-notls and (b) our simulated fleet (in this
// process), reached by our engine and by coap-explorer-cli --proxy. GET, PUT, Block2 downloads,
// Block1 uploads and observe (registration, notifications, deregistration), in both naming modes.
//
// How libcoap 4.3.1's -P behaves (checked by hand before writing this test):
// - "-P ,NAME" makes a proxy with a direct onward connection; NAME is a name the proxy itself is
//   known by (a Uri-Host equal to it is served locally, not forwarded).
// - Proxy-Uri and Proxy-Scheme + Uri-Host/Uri-Port/Uri-Path both work; the onward request carries
//   Uri-Port/Uri-Path/Uri-Query and Hop-Limit (RFC 8768) 15.
// - Block2: the proxy fetches the whole body upstream (in 1024-byte blocks), then serves it in
//   1024-byte blocks whatever size we asked for early (it ignores a smaller Block2 SZX in the first
//   request); it honours the smaller size of our follow-ups, so a transfer at 256 goes 0/1024,
//   then 4/256, 5/256, … Our engine follows that (RFC 7959 §2.4 lets the server choose).
// - Block1: each block is answered 2.31 by the proxy; the body goes upstream once complete.
// - Observe: the registration is forwarded; notifications come as CON from the proxy with the
//   proxy's own Observe numbers; our deregistration (GET Observe=1) is answered and forwarded
//   upstream, but with a token of the proxy's own, not the registration's: a server that matches a
//   deregistration by token as RFC 7641 §3.6 has it (our simulator) keeps the proxy as an
//   observer (libcoap's server matches it anyway). So upstream deregistration is not asserted for
//   the simulator; it is libcoap's behaviour, not ours.
// - A target with a scheme it cannot reach (http://) gets 5.05; a target port where nothing
//   listens gets 5.02 only after the proxy's own retransmissions (~90 s), too slow for a test, so
//   5.02/5.04 are checked with a scripted proxy below.
// - The proxy keeps one onward session per client session (address and port): after a client's
//   first request went to one server, its later requests go to that server whatever they name
//   (a 4.04 from the wrong server). So each test row here uses a client socket of its own (and
//   each backend a proxy process of its own); the CLI runs are separate processes anyway.
// - libcoap's own coap-client does not finish a Block2 download through this proxy (it stops
//   after block 0), so only our client is used for block-wise transfers here.
#include "coapproxy.h"
#include "externalpeer.h"
#include "scriptedpeer.h"
#include "firmwareimage.h"
#include "simulatedfleet.h"
#include "simulatortesthelpers.h"
#include "switchactuator.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QUdpSocket>

using SimTest::waitFinished;

namespace {
const QString kServer = QStringLiteral("coap-server-notls");

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("finished=%1 exit=%2\nstdout: %3\nstderr: %4")
                .arg(finished).arg(exitCode).arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(4000)));
    }
};

// Runs coap-explorer-cli with the event loop running (the fleet lives in this process).
CliRun runCli(const QStringList &args, int boundMs = 30000)
{
    CliRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")), args);
    if (!p.waitForStarted(5000))
        return r;
    p.closeWriteChannel();
    r.finished = done.wait(boundMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(3000);
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestProxyLibcoap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_client = std::make_unique<SimTest::Client>(); }
    void get_data();
    void get();
    void put_data();
    void put();
    void block2_data();
    void block2();
    void block1_data();
    void block1();
    void observe_data();
    void observe();
    void cliProxy_data();
    void cliProxy();
    void cliBadProxyIsUsageError_data();
    void cliBadProxyIsUsageError();
    void cliProxyAnswers_data();
    void cliProxyAnswers();
    void cliSecureProxy();

private:
    CoapProxy proxy(int backend, CoapProxyMode mode) const
    {
        CoapProxyError error = CoapProxyError::None;
        return CoapProxy::parse(proxyUri(backend), mode, &error);
    }
    QString proxyUri(int backend) const { return QStringLiteral("coap://127.0.0.1:%1").arg(m_proxyPort[backend]); }
    // Backend 0: the second libcoap server; 1: simulated device `device` of the fleet.
    CoapUri target(int backend, const QString &path, int device = 0) const
    {
        const quint16 port = backend == 0 ? m_backendPort : m_fleet.deviceEndpoints().at(device).port();
        return CoapUri::parse(QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path)).uri;
    }
    CoapReply *send(int backend, const CoapUri &target, quint8 method, CoapProxyMode mode, bool viaProxy = true,
                    const QByteArray &payload = {}, int szx = -1, bool observe = false)
    {
        CoapRequest request;
        request.message.setCode(method);
        request.message.setPayload(payload);
        request.blockSzx = szx;
        request.observe = observe;
        if (coapAddressRequest(&request, target, viaProxy ? proxy(backend, mode) : CoapProxy()) != CoapProxyError::None)
            return nullptr;
        return m_client->send(request);
    }

    ExternalPeer m_backend;
    ExternalPeer m_proxy[2]; // one per backend (see the note at the top)
    quint16 m_backendPort = 0;
    quint16 m_proxyPort[2] = {0, 0};
    SimulatedFleet m_fleet;
    std::unique_ptr<SimTest::Client> m_client; // a new one (a new session at the proxy) per test row
};

void TestProxyLibcoap::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false\ncoap.*.info=false"));
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed (package libcoap3-bin)");
    QVERIFY2(m_backend.startLibcoapServer(&m_backendPort, {QStringLiteral("-d"), QStringLiteral("20")}),
             qPrintable(m_backend.errorString()));
    for (int i : {0, 1}) {
        QVERIFY2(m_proxy[i].startLibcoapServer(&m_proxyPort[i], {QStringLiteral("-P"), QStringLiteral(",proxy.test")}),
                 qPrintable(m_proxy[i].errorString()));
    }
    FleetOptions o;
    o.deviceCount = 6; // one of each kind
    o.basePort = 0;
    o.seed = 7;
    QVERIFY(m_fleet.start(o));
}

static void addModes(const char *what, const std::function<void(QTestData &)> &more = {})
{
    for (int backend : {0, 1}) {
        for (CoapProxyMode mode : {CoapProxyMode::ProxyUri, CoapProxyMode::ProxyScheme}) {
            QTestData &row = QTest::addRow("%s %s via %s", backend == 0 ? "libcoap" : "simulator", what,
                                           coapProxyModeKey(mode))
                             << backend << int(mode);
            if (more)
                more(row);
        }
    }
}

void TestProxyLibcoap::get_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("mode");
    addModes("GET");
}

void TestProxyLibcoap::get()
{
    QFETCH(int, backend);
    QFETCH(int, mode);
    // libcoap's "/" text, and a simulated device's firmware checksum: both stable.
    const CoapUri t = backend == 0 ? target(0, QStringLiteral("/")) : target(1, QStringLiteral("/fw/checksum"), 1);
    CoapReply *direct = send(backend, t, CoapCode::Get, CoapProxyMode(mode), false);
    CoapReply *proxied = send(backend, t, CoapCode::Get, CoapProxyMode(mode));
    QVERIFY(direct && proxied);
    QVERIFY(waitFinished(direct) && waitFinished(proxied));
    QCOMPARE(proxied->error(), CoapError::None);
    QCOMPARE(proxied->response().code(), CoapCode::Content);
    QCOMPARE(proxied->responder().port(), m_proxyPort[backend]);
    QVERIFY(!direct->response().payload().isEmpty());
    QCOMPARE(proxied->response().payload(), direct->response().payload());
    // What went out named the target, not the proxy.
    QCOMPARE(coapProxyTarget(proxied->request()), t);
}

void TestProxyLibcoap::put_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("mode");
    addModes("PUT");
}

void TestProxyLibcoap::put()
{
    QFETCH(int, backend);
    QFETCH(int, mode);
    if (backend == 0) {
        // libcoap's -d: a PUT creates the resource; read it back directly.
        const CoapUri t = target(0, QStringLiteral("/put-%1").arg(mode));
        const QByteArray value = "hello through " + QByteArray(coapProxyModeKey(CoapProxyMode(mode)));
        CoapReply *reply = send(backend, t, CoapCode::Put, CoapProxyMode(mode), true, value);
        QVERIFY(reply && waitFinished(reply));
        QCOMPARE(reply->error(), CoapError::None);
        QVERIFY2(CoapCode::isSuccess(reply->response().code()), qPrintable(CoapCode::toString(reply->response().code())));
        CoapReply *check = send(backend, t, CoapCode::Get, CoapProxyMode(mode), false);
        QVERIFY(check && waitFinished(check));
        QCOMPARE(check->response().payload(), value);
    } else {
        auto *led = m_fleet.device(5)->feature<SwitchActuator>();
        led->setOn(false);
        CoapReply *reply = send(backend, target(1, QStringLiteral("/led"), 5), CoapCode::Put, CoapProxyMode(mode), true, "on");
        QVERIFY(reply && waitFinished(reply));
        QCOMPARE(reply->error(), CoapError::None);
        QCOMPARE(reply->response().code(), CoapCode::Changed);
        QVERIFY(led->isOn());
    }
}

void TestProxyLibcoap::block2_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("szx");
    addModes("Block2 1024", [](QTestData &row) { row << 6; });
    addModes("Block2 256", [](QTestData &row) { row << 4; });
}

void TestProxyLibcoap::block2()
{
    QFETCH(int, backend);
    QFETCH(int, mode);
    QFETCH(int, szx);
    QByteArray expected;
    CoapUri t;
    if (backend == 0) {
        t = target(0, QStringLiteral("/example_data"));
        CoapReply *direct = send(backend, t, CoapCode::Get, CoapProxyMode(mode), false);
        QVERIFY(direct && waitFinished(direct));
        expected = direct->response().payload();
        QCOMPARE(expected.size(), 1500);
    } else {
        t = target(1, QStringLiteral("/fw/image"), 1);
        expected = m_fleet.device(1)->feature<FirmwareImage>()->image();
        QVERIFY(expected.size() >= 64 * 1024);
    }
    int requests = 0;
    auto counter = connect(m_client->client.messageLayer(), &CoapMessageLayer::datagramEvent, this,
                           [&](const CoapDatagramEvent &e) {
        if (e.direction != CoapDatagramEvent::Direction::Sent || !e.message.isRequest())
            return;
        ++requests;
        // RFC 7252 §5.10.2 with RFC 7959: every block request names the target again.
        if (coapProxyTarget(e.message) != t || e.peer.port() != m_proxyPort[backend])
            requests = -1000;
    });
    CoapReply *reply = send(backend, t, CoapCode::Get, CoapProxyMode(mode), true, {}, szx);
    QVERIFY(reply && waitFinished(reply, 60000));
    disconnect(counter);
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().code(), CoapCode::Content);
    QCOMPARE(reply->response().payload().size(), expected.size());
    QVERIFY(reply->response().payload() == expected);
    QVERIFY2(requests > 1, qPrintable(QString::number(requests))); // block-wise, and all through the proxy
}

void TestProxyLibcoap::block1_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("mode");
    addModes("Block1");
}

void TestProxyLibcoap::block1()
{
    QFETCH(int, backend);
    QFETCH(int, mode);
    QByteArray body(backend == 0 ? 3000 : 4096 + 5, Qt::Uninitialized);
    QRandomGenerator generator(quint32(17 + mode));
    for (char &byte : body)
        byte = char(backend == 0 ? 'a' + generator.bounded(26) : generator.bounded(256));
    const CoapUri t = backend == 0 ? target(0, QStringLiteral("/upload-%1").arg(mode)) : target(1, QStringLiteral("/fw/image"), 3);
    CoapRequest request;
    request.message.setCode(CoapCode::Put);
    request.message.setPayload(body);
    if (backend == 1)
        request.message.setUintOption(CoapOptionNumber::ContentFormat, 42);
    request.blockSzx = 4; // 256-byte blocks
    QCOMPARE(coapAddressRequest(&request, t, proxy(backend, CoapProxyMode(mode))), CoapProxyError::None);
    int blocks = 0;
    auto counter = connect(m_client->client.messageLayer(), &CoapMessageLayer::datagramEvent, this,
                           [&](const CoapDatagramEvent &e) {
        if (e.direction == CoapDatagramEvent::Direction::Sent && e.message.hasOption(CoapOptionNumber::Block1)
            && coapProxyTarget(e.message) == t)
            ++blocks;
    });
    CoapReply *reply = m_client->send(request);
    QVERIFY(waitFinished(reply, 60000));
    disconnect(counter);
    QCOMPARE(reply->error(), CoapError::None);
    QVERIFY2(CoapCode::isSuccess(reply->response().code()), qPrintable(CoapCode::toString(reply->response().code())));
    QCOMPARE(blocks, int((body.size() + 255) / 256));
    if (backend == 0) {
        CoapReply *check = send(backend, t, CoapCode::Get, CoapProxyMode(mode), false);
        QVERIFY(check && waitFinished(check));
        QVERIFY(check->response().payload() == body);
    } else {
        QVERIFY(m_fleet.device(3)->feature<FirmwareImage>()->image() == body);
    }
}

void TestProxyLibcoap::observe_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("mode");
    addModes("observe");
}

void TestProxyLibcoap::observe()
{
    QFETCH(int, backend);
    QFETCH(int, mode);
    // libcoap's /time notifies every second; the simulated thermometer at 2 Hz.
    const CoapUri t = backend == 0 ? target(0, QStringLiteral("/time")) : target(1, QStringLiteral("/sensors/temperature"), 2);
    CoapReply *reply = send(backend, t, CoapCode::Get, CoapProxyMode(mode), true, {}, -1, true);
    QVERIFY(reply);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() >= 3, 10000);
    QVERIFY(reply->isObserving());
    QCOMPARE(reply->responder().port(), m_proxyPort[backend]);
    for (const QList<QVariant> &n : std::as_const(notifications))
        QVERIFY(!n.at(0).value<CoapMessage>().payload().isEmpty());
    if (backend == 1)
        QVERIFY(m_fleet.device(2)->server()->observerCount() >= 1); // the proxy, registered upstream
    // Deregistration goes to the proxy (RFC 7641 §3.6), which answers it without Observe.
    int deregistrations = 0;
    QObject scope; // the connection ends with this function
    connect(m_client->client.messageLayer(), &CoapMessageLayer::datagramEvent, &scope, [&](const CoapDatagramEvent &e) {
        if (e.direction == CoapDatagramEvent::Direction::Sent && e.message.isRequest()
            && e.message.uintOption(CoapOptionNumber::Observe) == 1u && coapProxyTarget(e.message) == t
            && e.peer.port() == m_proxyPort[backend])
            ++deregistrations;
    });
    reply->cancelObservation();
    QVERIFY(waitFinished(reply, 10000));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(deregistrations, 1);
    QVERIFY(!reply->response().hasOption(CoapOptionNumber::Observe));
}

void TestProxyLibcoap::cliProxy_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("Proxy-Uri") << QStringList{};
    QTest::newRow("Proxy-Scheme") << QStringList{QStringLiteral("--proxy-scheme-options")};
}

void TestProxyLibcoap::cliProxy()
{
    QFETCH(QStringList, extra);
    const QString backend = target(0, QStringLiteral("/")).toString();
    const CliRun direct = runCli({QStringLiteral("get"), backend});
    const CliRun proxied = runCli(QStringList{QStringLiteral("get"), QStringLiteral("--proxy"), proxyUri(0)} + extra
                                  + QStringList{backend});
    QVERIFY2(direct.finished && direct.exitCode == 0, qPrintable(direct.describe()));
    QVERIFY2(proxied.finished && proxied.exitCode == 0, qPrintable(proxied.describe()));
    QVERIFY(proxied.out.startsWith("This is a test server made with libcoap"));
    QCOMPARE(proxied.out, direct.out);
    QVERIFY2(proxied.err.isEmpty(), qPrintable(proxied.describe()));

    // Block2 from the simulator, through the proxy, byte for byte.
    const CliRun image = runCli(QStringList{QStringLiteral("get"), QStringLiteral("--proxy"), proxyUri(1)} + extra
                                + QStringList{target(1, QStringLiteral("/fw/image"), 1).toString()}, 60000);
    QVERIFY2(image.finished && image.exitCode == 0, qPrintable(image.describe()));
    QVERIFY(image.out == m_fleet.device(1)->feature<FirmwareImage>()->image());

    // Observe: three notifications, then the CLI deregisters and ends.
    const CliRun observed = runCli(QStringList{QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("3"),
                                               QStringLiteral("--json"), QStringLiteral("--proxy"), proxyUri(0)} + extra
                                   + QStringList{target(0, QStringLiteral("/time")).toString()}, 20000);
    QVERIFY2(observed.finished && observed.exitCode == 0, qPrintable(observed.describe()));
    QCOMPARE(observed.out.count('\n'), 3);
    QVERIFY(observed.out.contains(QStringLiteral("\"source\":\"127.0.0.1:%1\"").arg(m_proxyPort[0]).toUtf8()));
}

void TestProxyLibcoap::cliBadProxyIsUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString ok = QStringLiteral("coap://127.0.0.1:5683/x");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("get"), QStringLiteral("--proxy"), QStringLiteral("127.0.0.1:5683"), ok}
                               << QStringLiteral("bad proxy URI");
    QTest::newRow("http") << QStringList{QStringLiteral("get"), QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1"), ok}
                          << QStringLiteral("coap://");
    QTest::newRow("path") << QStringList{QStringLiteral("put"), QStringLiteral("--proxy"), QStringLiteral("coap://127.0.0.1/fwd"), ok}
                          << QStringLiteral("only a host and a port");
    QTest::newRow("scheme options alone") << QStringList{QStringLiteral("observe"), QStringLiteral("--proxy-scheme-options"), ok}
                                          << QStringLiteral("--proxy");
    QTest::newRow("ping") << QStringList{QStringLiteral("ping"), QStringLiteral("--proxy"), QStringLiteral("coap://127.0.0.1:5700"), ok}
                          << QStringLiteral("ping coap://127.0.0.1:5700");
    QTest::newRow("zone") << QStringList{QStringLiteral("get"), QStringLiteral("--proxy"), QStringLiteral("coap://127.0.0.1"),
                                         QStringLiteral("coap://[fe80::1%25lo]/x")}
                          << QStringLiteral("zone");
}

void TestProxyLibcoap::cliBadProxyIsUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun r = runCli(args, 10000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.err).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("coap-explorer-cli: ")) && lines.first().contains(mentions),
             qPrintable(r.describe()));
}

void TestProxyLibcoap::cliProxyAnswers_data()
{
    QTest::addColumn<int>("kind"); // 0: our simulator as the "proxy"; 1: a scripted 5.02; 2: 5.04
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("5.05 from the simulator") << 0 << QByteArray("5.05") << QStringLiteral("does not forward this request");
    QTest::newRow("5.02 Bad Gateway") << 1 << QByteArray("5.02") << QStringLiteral("could not get a valid answer from");
    QTest::newRow("5.04 Gateway Timeout") << 2 << QByteArray("5.04") << QStringLiteral("got no answer from");
}

void TestProxyLibcoap::cliProxyAnswers()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, code);
    QFETCH(QString, sentence);
    std::unique_ptr<ScriptedPeer> scripted;
    quint16 port = 0;
    if (kind == 0) {
        port = m_fleet.deviceEndpoints().at(0).port(); // a device, not a proxy: RFC 7252 §5.7.2 says 5.05
    } else {
        scripted.reset(ScriptedPeer::answeringWith(kind == 1 ? CoapCode::BadGateway : CoapCode::GatewayTimeout));
        port = scripted->port();
    }
    const QString proxy = QStringLiteral("coap://127.0.0.1:%1").arg(port);
    const QString device = QStringLiteral("coap://192.0.2.77/sensors/temperature");
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--proxy"),
                             proxy, device});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1); // a response: exit statuses unchanged
    QVERIFY2(r.err.contains(code), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(sentence), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.describe()));
    if (scripted) {
        QCOMPARE(scripted->requests.size(), 1);
        QCOMPARE(scripted->requests.first().option(CoapOptionNumber::ProxyUri)->stringValue(), device);
    }
}

void TestProxyLibcoap::cliSecureProxy()
{
    // coaps:// to the proxy (RFC 7252 §9): DTLS with PSK secures the hop to the proxy; the
    // device behind it is plain coap. libcoap's coap-server-openssl listens for DTLS on P+1.
    const QString secureServer = QStringLiteral("coap-server-openssl");
    if (!ExternalPeer::haveProgram(secureServer))
        QSKIP("libcoap's coap-server-openssl is not installed (package libcoap3-bin)");
    const quint16 port = ExternalPeer::freeUdpPort(true);
    QVERIFY(port);
    ExternalPeer proxy;
    QVERIFY2(proxy.startCoapServer(secureServer, {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                  QString::number(port), QStringLiteral("-k"), QStringLiteral("proxy-secret"),
                                                  QStringLiteral("-P"), QStringLiteral(",proxy.test")},
                                   port),
             qPrintable(proxy.errorString()));
    const QString secureProxy = QStringLiteral("coaps://127.0.0.1:%1").arg(port + 1);
    const QString device = target(0, QStringLiteral("/")).toString();
    const CliRun ok = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--proxy"),
                              secureProxy, QStringLiteral("--psk-identity"), QStringLiteral("tech"), QStringLiteral("--psk"),
                              QStringLiteral("proxy-secret"), device});
    QVERIFY2(ok.finished && ok.exitCode == 0, qPrintable(ok.describe()));
    QVERIFY(ok.out.startsWith("This is a test server made with libcoap"));
    // A wrong key for the proxy is a security failure (exit 4) that names the proxy.
    const CliRun wrong = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--proxy"),
                                 secureProxy, QStringLiteral("--psk-identity"), QStringLiteral("tech"), QStringLiteral("--psk"),
                                 QStringLiteral("not-the-secret"), device});
    QVERIFY2(wrong.finished && wrong.exitCode == 4, qPrintable(wrong.describe()));
    QVERIFY2(wrong.err.contains(QStringLiteral("127.0.0.1:%1").arg(port + 1).toUtf8()), qPrintable(wrong.describe()));
    // A coaps proxy without credentials: exit 4 before anything is sent.
    const CliRun none = runCli({QStringLiteral("get"), QStringLiteral("--proxy"), secureProxy, device}, 10000);
    QVERIFY2(none.finished && none.exitCode == 4, qPrintable(none.describe()));
}

QTEST_GUILESS_MAIN(TestProxyLibcoap)
#include "tst_proxy_libcoap.moc"

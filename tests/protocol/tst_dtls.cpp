// Our engine over CoapDtlsTransport (RFC 7252 §9) against independent DTLS peers on loopback:
// libcoap's coap-server-openssl and coap-server-gnutls with a PSK (GET, PUT, block-wise, observe),
// a wrong key and an unknown identity, openssl s_server offering only PSK-AES128-CCM8, and X.509
// verification (success, unknown CA, expired, wrong name, accepted fingerprint) with a test CA made
// by the openssl command. Each test starts its peers on free ports and ends them by PID.
#include "coapclient.h"
#include "coapcodec.h"
#include "coapdtlstransport.h"
#include "coapserver.h"
#include "coapuri.h"
#include "externalpeer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#include <poll.h>

namespace {
const QByteArray kIdentity = QByteArrayLiteral("explorer");
const QByteArray kKey = QByteArrayLiteral("secretPSK");

struct SecureClient
{
    CoapDtlsTransport transport;
    std::unique_ptr<CoapClient> client;
    CoapEndpoint server;

    SecureClient(quint16 coapsPort, const CoapSecurityConfig &config)
        : server(QHostAddress(QHostAddress::LocalHost), coapsPort)
    {
        transport.setSecurityConfig(config);
        transport.bind(QHostAddress(QHostAddress::LocalHost), 0);
        client = std::make_unique<CoapClient>(&transport);
        CoapTransmissionParameters p;
        p.ackTimeoutMs = 1000;
        client->setTransmissionParameters(p);
    }

    CoapRequest request(quint8 method, const QString &path) const
    {
        CoapRequest r;
        r.endpoint = server;
        r.message = CoapMessage(CoapType::Confirmable, method);
        const CoapUriParseResult parsed = CoapUri::parse(QStringLiteral("coaps://127.0.0.1:%1%2").arg(server.port()).arg(path));
        for (const CoapOption &o : parsed.uri.toOptions())
            r.message.addOption(o);
        return r;
    }

    CoapReply *run(const CoapRequest &r, int timeoutMs = 20000)
    {
        CoapReply *reply = client->send(r);
        QSignalSpy finished(reply, &CoapReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs))
            return nullptr;
        return reply;
    }
};

CoapSecurityConfig pskConfig(const QByteArray &identity = kIdentity, const QByteArray &key = kKey)
{
    CoapSecurityConfig c;
    c.pskIdentity = identity;
    c.psk = key;
    c.handshakeTimeoutMs = 8000;
    return c;
}

// Our own DTLS server end on a free loopback port, answering GET /hello with `answer`.
struct HelloServer
{
    CoapDtlsTransport transport;
    std::unique_ptr<CoapServer> server;

    explicit HelloServer(const CoapSecurityConfig &config, const QByteArray &answer = QByteArrayLiteral("hi"))
    {
        transport.setServerMode(true);
        transport.setSecurityConfig(config);
        if (!transport.bind(QHostAddress(QHostAddress::LocalHost), 0))
            return;
        server = std::make_unique<CoapServer>(&transport);
        server->addResource(QStringLiteral("/hello")).on(CoapCode::Get, [answer](const CoapServerRequest &, const CoapResponder &r) {
            r.respond(CoapCode::Content, answer);
        });
    }
    bool isListening() const { return server != nullptr; }
    CoapEndpoint endpoint() const { return transport.localEndpoint(); }
    quint16 port() const { return transport.localEndpoint().port(); }
};

// libcoap's DTLS server: plain CoAP on port, coaps on port + 1 (TESTBED.md).
bool startLibcoap(ExternalPeer &peer, const QString &program, quint16 *coapsPort, const QStringList &extra = {})
{
    const quint16 port = ExternalPeer::freeUdpPort(true);
    if (port == 0)
        return false;
    *coapsPort = port + 1;
    QStringList args{QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                     QStringLiteral("-k"), QString::fromLatin1(kKey), QStringLiteral("-h"), QStringLiteral("hint")};
    args += extra;
    return peer.startCoapServer(program, args, port);
}

bool runOpenssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(3000);
        return false;
    }
    if (p.exitCode() != 0)
        qWarning() << "openssl" << args << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A test CA, a good server certificate for 127.0.0.1/localhost, an expired one, one for another
// name, and a second CA nobody trusts, all ECDSA P-256 (RFC 7252 §9.1.3.3).
struct TestPki
{
    QTemporaryDir dir;
    bool ok = false;

    QString path(const QString &name) const { return dir.filePath(name); }

    bool makeCa(const QString &name)
    {
        return runOpenssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-keyout", name + ".key", "-out", name + ".pem", "-days", "30",
                           "-subj", "/CN=" + name},
                          dir.path());
    }
    bool makeLeaf(const QString &name, const QString &ca, const QString &cn, const QString &san,
                  const QString &start = {}, const QString &end = {})
    {
        const QString d = dir.path();
        if (!runOpenssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                         name + ".key", "-out", name + ".csr", "-subj", "/CN=" + cn},
                        d))
            return false;
        QFile ext(dir.filePath(name + ".ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + san.toLatin1() + "\n");
        ext.close();
        if (start.isEmpty()) {
            return runOpenssl({"x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                               "-CAcreateserial", "-out", name + ".pem", "-days", "30", "-extfile", name + ".ext"},
                              d);
        }
        // `openssl ca` is the one that takes explicit validity dates (for the expired certificate).
        QDir().mkpath(dir.filePath(QStringLiteral("db")));
        QFile(dir.filePath(QStringLiteral("db/index.txt"))).open(QIODevice::WriteOnly);
        QFile serial(dir.filePath(QStringLiteral("db/serial")));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
        serial.close();
        QFile conf(dir.filePath(QStringLiteral("ca.cnf")));
        conf.open(QIODevice::WriteOnly);
        conf.write("[ca]\ndefault_ca=test\n[test]\ndir=" + d.toLatin1()
                   + "/db\ndatabase=$dir/index.txt\nserial=$dir/serial\nnew_certs_dir=$dir\n"
                     "default_md=sha256\npolicy=any\ncopy_extensions=copy\n[any]\ncommonName=supplied\n");
        conf.close();
        return runOpenssl({"ca", "-batch", "-config", "ca.cnf", "-cert", ca + ".pem", "-keyfile", ca + ".key",
                           "-in", name + ".csr", "-out", name + ".pem", "-startdate", start, "-enddate", end,
                           "-extfile", name + ".ext", "-notext"},
                          d);
    }
    bool make()
    {
        ok = dir.isValid() && makeCa(QStringLiteral("ca")) && makeCa(QStringLiteral("otherca"))
                && makeLeaf(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("localhost"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost"))
                && makeLeaf(QStringLiteral("wrongname"), QStringLiteral("ca"), QStringLiteral("other.example"),
                            QStringLiteral("DNS:other.example"))
                && makeLeaf(QStringLiteral("untrusted"), QStringLiteral("otherca"), QStringLiteral("localhost"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost"))
                && makeLeaf(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("localhost"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost"), QStringLiteral("20200101000000Z"),
                            QStringLiteral("20210101000000Z"));
        return ok;
    }
    QSslCertificate certificate(const QString &name) const
    {
        const auto list = QSslCertificate::fromPath(path(name + ".pem"));
        return list.isEmpty() ? QSslCertificate() : list.first();
    }
    QSslKey key(const QString &name) const
    {
        QFile f(path(name + ".key"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QSslKey(f.readAll(), QSsl::Ec);
    }
};
} // namespace

class TestDtls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void libcoapPsk_data();
    void libcoapPsk();
    void libcoapObserve_data();
    void libcoapObserve();
    void wrongKeyFailsFast_data();
    void wrongKeyFailsFast();
    void sessionReusedAndClosed();
    void ccm8OnlyPeer_data();
    void ccm8OnlyPeer();
    void ourServerPsk();
    void ourServerUnknownIdentity();
    void certificates_data();
    void certificates();
    void acceptedFingerprint();
    void keyParsing();
    void systemCaStoreOnlyWhenCertificatesAreChecked();
    void handshakeTimeout();
    void closedPortEndsHandshakeAtOnce();
    void icmpErrorForOnePeerSparesAnother();
    void cliAgainstLibcoap();

private:
    TestPki m_pki;
};

void TestDtls::initTestCase()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-openssl")))
        QFAIL("coap-server-openssl (libcoap3-bin) is needed");
    QVERIFY2(m_pki.make(), "openssl could not make the test certificates");
}

void TestDtls::libcoapPsk_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("openssl") << QStringLiteral("coap-server-openssl");
    QTest::newRow("gnutls") << QStringLiteral("coap-server-gnutls");
}

void TestDtls::libcoapPsk()
{
    QFETCH(QString, program);
    ExternalPeer peer;
    quint16 port = 0;
    QVERIFY2(startLibcoap(peer, program, &port, {QStringLiteral("-d"), QStringLiteral("5")}), qPrintable(peer.errorString()));
    SecureClient c(port, pskConfig());
    QSignalSpy established(&c.transport, &CoapDtlsTransport::sessionEstablished);

    // GET
    CoapReply *get = c.run(c.request(CoapCode::Get, QStringLiteral("/")));
    QVERIFY(get);
    QCOMPARE(get->error(), CoapError::None);
    QCOMPARE(get->response().code(), CoapCode::Content);
    QVERIFY(get->response().payload().contains("libcoap"));
    QCOMPARE(established.size(), 1);
    const CoapDtlsSessionInfo info = c.transport.sessionInfo(c.server);
    QVERIFY(info.encrypted);
    QCOMPARE(info.protocol, QStringLiteral("DTLS 1.2"));
    QVERIFY2(info.cipher.startsWith(QLatin1String("PSK") ) || info.cipher.contains(QLatin1String("PSK")), qPrintable(info.cipher));

    // PUT creates a resource (-d), GET reads it back, over the same session.
    CoapRequest put = c.request(CoapCode::Put, QStringLiteral("/dtls-test"));
    put.message.setPayload("hello over DTLS");
    CoapReply *putReply = c.run(put);
    QVERIFY(putReply);
    QCOMPARE(putReply->error(), CoapError::None);
    QCOMPARE(putReply->response().code(), CoapCode::Created);
    CoapReply *back = c.run(c.request(CoapCode::Get, QStringLiteral("/dtls-test")));
    QVERIFY(back);
    QCOMPARE(back->response().payload(), QByteArray("hello over DTLS"));

    // Block-wise (RFC 7959): 1500 bytes in 64-byte blocks, each block a datagram of the session.
    CoapRequest blocks = c.request(CoapCode::Get, QStringLiteral("/example_data"));
    blocks.blockSzx = 2;
    CoapReply *big = c.run(blocks);
    QVERIFY(big);
    QCOMPARE(big->error(), CoapError::None);
    QCOMPARE(big->response().payload().size(), 1500);
    // Block1 upload.
    CoapRequest upload = c.request(CoapCode::Put, QStringLiteral("/example_data"));
    upload.blockSzx = 2;
    upload.message.setPayload(QByteArray(900, 'x'));
    CoapReply *up = c.run(upload);
    QVERIFY(up);
    QCOMPARE(up->error(), CoapError::None);
    QVERIFY(CoapCode::isSuccess(up->response().code()));
    QCOMPARE(established.size(), 1); // one session for all of it
}

void TestDtls::libcoapObserve_data()
{
    libcoapPsk_data();
}

void TestDtls::libcoapObserve()
{
    QFETCH(QString, program);
    ExternalPeer peer;
    quint16 port = 0;
    QVERIFY2(startLibcoap(peer, program, &port), qPrintable(peer.errorString()));
    SecureClient c(port, pskConfig());
    CoapRequest r = c.request(CoapCode::Get, QStringLiteral("/time"));
    r.observe = true;
    CoapReply *reply = c.client->send(r);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.size() >= 3, 15000);
    QVERIFY(reply->isObserving());
    QSignalSpy finished(reply, &CoapReply::finished);
    reply->cancelObservation();
    QVERIFY(finished.wait(10000) || reply->isFinished());
}

void TestDtls::wrongKeyFailsFast_data()
{
    libcoapPsk_data();
}

void TestDtls::wrongKeyFailsFast()
{
    QFETCH(QString, program);
    ExternalPeer peer;
    quint16 port = 0;
    QVERIFY2(startLibcoap(peer, program, &port), qPrintable(peer.errorString()));
    SecureClient c(port, pskConfig(kIdentity, QByteArrayLiteral("notTheKey")));
    QSignalSpy failed(&c.transport, &CoapDtlsTransport::securityFailed);
    QElapsedTimer t;
    t.start();
    CoapReply *reply = c.client->send(c.request(CoapCode::Get, QStringLiteral("/")));
    QVERIFY(failed.wait(7000));
    QVERIFY2(t.elapsed() < 7000, "a wrong key must fail within seconds, before the handshake bound");
    QCOMPARE(failed.first().at(0).value<CoapEndpoint>(), c.server);
    QCOMPARE(failed.first().at(1).value<CoapSecurityError>(), CoapSecurityError::WrongKey);
    // Further sends to the peer are refused at once for a while rather than retried per datagram.
    QVERIFY(!c.transport.send(QByteArray("\x40\x01\x00\x01", 4), c.server));
    QVERIFY(!c.transport.hasSession(c.server));
    reply->abort();
}

void TestDtls::sessionReusedAndClosed()
{
    // Our own server end counts handshakes and sees close_notify.
    HelloServer hello(pskConfig());
    QVERIFY(hello.isListening());
    CoapDtlsTransport &serverTransport = hello.transport;
    QSignalSpy serverSessions(&serverTransport, &CoapDtlsTransport::sessionEstablished);
    QSignalSpy serverClosed(&serverTransport, &CoapDtlsTransport::sessionClosed);

    auto c = std::make_unique<SecureClient>(serverTransport.localEndpoint().port(), pskConfig());
    for (int i = 0; i < 3; ++i) {
        CoapReply *reply = c->run(c->request(CoapCode::Get, QStringLiteral("/hello")));
        QVERIFY(reply);
        QCOMPARE(reply->response().payload(), QByteArray("hi"));
    }
    QCOMPARE(serverSessions.size(), 1);
    QVERIFY(c->transport.hasSession(c->server));

    // The server forgets the client (as after a restart): the client notices the silence and sets
    // the session up again once, transparently to the exchange.
    QSignalSpy clientSessions(&c->transport, &CoapDtlsTransport::sessionEstablished);
    serverTransport.close();
    QVERIFY(serverTransport.bind(QHostAddress(QHostAddress::LocalHost), c->server.port()));
    CoapReply *again = c->run(c->request(CoapCode::Get, QStringLiteral("/hello")), 40000);
    QVERIFY(again);
    QCOMPARE(again->error(), CoapError::None);
    QCOMPARE(again->response().payload(), QByteArray("hi"));
    QCOMPARE(clientSessions.size(), 1);

    // Closing the client says close_notify; the server drops the session.
    serverClosed.clear();
    c->transport.closeSession(c->server);
    QVERIFY(!c->transport.hasSession(c->server));
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, 5000);
    QCOMPARE(serverTransport.sessionCount(), 0);

    // Now the device ends the session (close_notify): the next request sets up a new one by
    // itself, and the exchange does not notice.
    CoapReply *fresh = c->run(c->request(CoapCode::Get, QStringLiteral("/hello")));
    QVERIFY(fresh);
    QCOMPARE(serverTransport.sessionCount(), 1);
    QSignalSpy clientClosed(&c->transport, &CoapDtlsTransport::sessionClosed);
    serverTransport.closeSession(CoapEndpoint(QHostAddress(QHostAddress::LocalHost), c->transport.localEndpoint().port()));
    QTRY_COMPARE_WITH_TIMEOUT(clientClosed.size(), 1, 5000);
    QVERIFY(!c->transport.hasSession(c->server));
    const qsizetype before = serverSessions.size();
    CoapReply *afterClose = c->run(c->request(CoapCode::Get, QStringLiteral("/hello")));
    QVERIFY(afterClose);
    QCOMPARE(afterClose->error(), CoapError::None);
    QCOMPARE(afterClose->response().payload(), QByteArray("hi"));
    QCOMPARE(serverSessions.size(), before + 1);
}

void TestDtls::ccm8OnlyPeer_data()
{
    // RFC 7252 §9.1.3.1 and §9.1.3.3: the two mandatory suites, each offered alone by the peer.
    QTest::addColumn<QString>("suite");
    QTest::newRow("TLS_PSK_WITH_AES_128_CCM_8") << QStringLiteral("PSK-AES128-CCM8");
    QTest::newRow("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8") << QStringLiteral("ECDHE-ECDSA-AES128-CCM8");
}

void TestDtls::ccm8OnlyPeer()
{
    QFETCH(QString, suite);
    if (!ExternalPeer::haveProgram(QStringLiteral("openssl")))
        QFAIL("openssl is needed");
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    const bool psk = suite.startsWith(QLatin1String("PSK"));
    QStringList args{"s_server", "-dtls1_2", "-accept", QStringLiteral("127.0.0.1:%1").arg(port), "-cipher", suite};
    if (psk)
        args << "-nocert" << "-psk" << QString::fromLatin1(kKey.toHex()) << "-psk_identity" << QString::fromLatin1(kIdentity);
    else
        args << "-cert" << m_pki.path("good.pem") << "-key" << m_pki.path("good.key");
    // s_server ends at the end of its standard input, which we keep open until the test ends.
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("openssl"), args);
    QVERIFY(server.waitForStarted(5000));
    // Until it listens, a handshake would end at once with ICMP "port unreachable".
    QTRY_VERIFY_WITH_TIMEOUT(ExternalPeer::udpPortBound(port), 10000);

    CoapDtlsTransport client;
    CoapSecurityConfig config = pskConfig();
    if (!psk) {
        config = CoapSecurityConfig();
        config.useSystemCaStore = false;
        config.caCertificates = {m_pki.certificate(QStringLiteral("ca"))};
    }
    client.setSecurityConfig(config);
    QVERIFY(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QSignalSpy established(&client, &CoapDtlsTransport::sessionEstablished);
    QSignalSpy failed(&client, &CoapDtlsTransport::securityFailed);
    const CoapEndpoint peer(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(client.send(QByteArray("\x40\x01\x12\x34", 4), peer));
    QVERIFY2(established.wait(10000), failed.isEmpty() ? "no handshake" : qPrintable(failed.first().at(2).toString()));
    QCOMPARE(client.sessionInfo(peer).cipher, suite);
    client.close();
    // Its output is buffered until it exits, at the end of its standard input.
    server.closeWriteChannel();
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(3000);
    }
    const QByteArray output = server.readAll();
    QVERIFY2(output.contains("CIPHER is " + suite.toLatin1()), output.constData());
}

void TestDtls::ourServerPsk()
{
    // Our server mode against libcoap's client: the simulator's path.
    HelloServer hello(pskConfig(), "secure hello");
    QVERIFY(hello.isListening());
    QProcess p;
    p.start(QStringLiteral("coap-client-openssl"),
            {"-k", QString::fromLatin1(kKey), "-u", QString::fromLatin1(kIdentity), "-m", "get",
             QStringLiteral("coaps://127.0.0.1:%1/hello").arg(hello.port())});
    QVERIFY(p.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("secure hello"));
}

void TestDtls::ourServerUnknownIdentity()
{
    HelloServer server(pskConfig());
    QVERIFY(server.isListening());
    SecureClient c(server.port(), pskConfig(QByteArrayLiteral("stranger")));
    QSignalSpy failed(&c.transport, &CoapDtlsTransport::securityFailed);
    c.client->send(c.request(CoapCode::Get, QStringLiteral("/")));
    QVERIFY(failed.wait(12000));
    QCOMPARE(failed.first().at(1).value<CoapSecurityError>(), CoapSecurityError::UnknownIdentity);
}

void TestDtls::certificates_data()
{
    QTest::addColumn<QString>("serverCert");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<CoapSecurityError>("expected");
    QTest::newRow("valid, by address") << "good" << "127.0.0.1" << CoapSecurityError::None;
    QTest::newRow("valid, by name") << "good" << "localhost" << CoapSecurityError::None;
    QTest::newRow("unknown CA") << "untrusted" << "localhost" << CoapSecurityError::UntrustedCertificate;
    QTest::newRow("expired") << "expired" << "localhost" << CoapSecurityError::ExpiredCertificate;
    QTest::newRow("wrong name") << "wrongname" << "localhost" << CoapSecurityError::NameMismatch;
}

void TestDtls::certificates()
{
    QFETCH(QString, serverCert);
    QFETCH(QString, peerName);
    QFETCH(CoapSecurityError, expected);
    CoapSecurityConfig serverConfig;
    serverConfig.certificate = m_pki.certificate(serverCert);
    serverConfig.privateKey = m_pki.key(serverCert);
    QVERIFY(serverConfig.hasCertificate());
    HelloServer hello(serverConfig, "certified");
    QVERIFY(hello.isListening());

    CoapSecurityConfig clientConfig;
    clientConfig.caCertificates = {m_pki.certificate(QStringLiteral("ca"))};
    clientConfig.useSystemCaStore = false;
    clientConfig.handshakeTimeoutMs = 8000;
    SecureClient c(hello.port(), clientConfig);
    c.transport.setPeerName(c.server, peerName);
    QSignalSpy failed(&c.transport, &CoapDtlsTransport::securityFailed);
    CoapReply *reply = c.client->send(c.request(CoapCode::Get, QStringLiteral("/hello")));
    if (expected == CoapSecurityError::None) {
        QSignalSpy finished(reply, &CoapReply::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        QCOMPARE(reply->response().payload(), QByteArray("certified"));
        const CoapDtlsSessionInfo info = c.transport.sessionInfo(c.server);
        QVERIFY2(info.cipher.startsWith(QLatin1String("ECDHE-ECDSA")), qPrintable(info.cipher));
        QCOMPARE(info.peerCertificate, m_pki.certificate(serverCert));
        QVERIFY(!info.certificateAccepted);
    } else {
        QVERIFY(failed.wait(12000));
        QCOMPARE(failed.first().at(1).value<CoapSecurityError>(), expected);
        QVERIFY(!c.transport.hasSession(c.server));
        // Kept for the user to inspect (subject, issuer, validity, fingerprint) before accepting it.
        QCOMPARE(c.transport.failedCertificate(c.server), m_pki.certificate(serverCert));
    }
}

void TestDtls::acceptedFingerprint()
{
    // A certificate from an unknown CA that the user accepted for this device after seeing it.
    CoapSecurityConfig serverConfig;
    serverConfig.certificate = m_pki.certificate(QStringLiteral("untrusted"));
    serverConfig.privateKey = m_pki.key(QStringLiteral("untrusted"));
    HelloServer hello(serverConfig, "accepted");
    QVERIFY(hello.isListening());
    CoapSecurityConfig clientConfig;
    clientConfig.useSystemCaStore = false;
    clientConfig.caCertificates = {m_pki.certificate(QStringLiteral("ca"))};
    clientConfig.acceptedFingerprints = {coapCertificateFingerprint(m_pki.certificate(QStringLiteral("untrusted")))};
    QCOMPARE(clientConfig.acceptedFingerprints.first().size(), 64);
    SecureClient c(hello.port(), clientConfig);
    CoapReply *reply = c.run(c.request(CoapCode::Get, QStringLiteral("/hello")));
    QVERIFY(reply);
    QCOMPARE(reply->response().payload(), QByteArray("accepted"));
    QVERIFY(c.transport.sessionInfo(c.server).certificateAccepted);
}

void TestDtls::systemCaStoreOnlyWhenCertificatesAreChecked()
{
    // A session with a pre-shared key checks no certificate: the system's CA store (every
    // certificate in it parsed, some 200 ms of a coaps command) is not read for it. One that checks
    // certificates has the store and the CAs given.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    const QSslConfiguration psk = CoapDtlsTransport::configurationFor(pskConfig(), false);
    QCOMPARE(psk.peerVerifyMode(), QSslSocket::VerifyNone);
    QVERIFY2(psk.caCertificates().isEmpty(), qPrintable(QString::number(psk.caCertificates().size())));

    CoapSecurityConfig withCa;
    withCa.caCertificates = {m_pki.certificate(QStringLiteral("ca"))};
    const QSslConfiguration checked = CoapDtlsTransport::configurationFor(withCa, false);
    QCOMPARE(checked.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(checked.caCertificates().size(), system.size() + 1);
    QVERIFY(checked.caCertificates().contains(m_pki.certificate(QStringLiteral("ca"))));

    // A pre-shared key and a CA: the device's certificate is checked as well, against the CA given
    // (the store is left out when the user says so).
    CoapSecurityConfig both = pskConfig();
    both.caCertificates = withCa.caCertificates;
    both.useSystemCaStore = false;
    const QSslConfiguration pskAndCa = CoapDtlsTransport::configurationFor(both, false);
    QCOMPARE(pskAndCa.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(pskAndCa.caCertificates(), withCa.caCertificates);
}

void TestDtls::keyParsing()
{
    QByteArray key;
    QVERIFY(CoapSecurityConfig::parseKey(QStringLiteral("0x00a1FF"), &key));
    QCOMPARE(key, QByteArray("\x00\xa1\xff", 3));
    QVERIFY(CoapSecurityConfig::parseKey(QStringLiteral("secret"), &key));
    QCOMPARE(key, QByteArray("secret"));
    QVERIFY(!CoapSecurityConfig::parseKey(QStringLiteral("0xabc"), &key));
    QVERIFY(!CoapSecurityConfig::parseKey(QStringLiteral("0xzz"), &key));
    QVERIFY(!CoapSecurityConfig::parseKey(QString(), &key));
}

void TestDtls::handshakeTimeout()
{
    // The peer takes the datagrams and never answers (a device that drops what it does not
    // understand): the handshake is retransmitted, then given up at its bound.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = silent.localPort();
    CoapSecurityConfig config = pskConfig();
    config.handshakeTimeoutMs = 1500;
    CoapDtlsTransport client;
    client.setSecurityConfig(config);
    QVERIFY(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QSignalSpy failed(&client, &CoapDtlsTransport::securityFailed);
    QSignalSpy sendFailed(&client, &CoapTransport::sendFailed);
    const CoapEndpoint peer(QHostAddress(QHostAddress::LocalHost), port);
    QElapsedTimer t;
    t.start();
    QVERIFY(client.send(QByteArray("\x40\x01\x00\x01", 4), peer)); // queued behind the handshake
    QVERIFY(failed.wait(5000));
    QVERIFY(t.elapsed() >= 1400);
    QCOMPARE(failed.first().at(1).value<CoapSecurityError>(), CoapSecurityError::HandshakeTimeout);
    QCOMPARE(sendFailed.size(), 1);
    QCOMPARE(client.sessionCount(), 0);
    QVERIFY(silent.hasPendingDatagrams()); // the handshake did reach it
}

void TestDtls::closedPortEndsHandshakeAtOnce()
{
    // Nothing listens on that port: the system answers ICMP "port unreachable". The handshake ends
    // at once rather than at its bound (8 s here), and the request with PortUnreachable, as over
    // UDP: nothing is wrong with the keys, so no securityFailed().
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    SecureClient c(port, pskConfig());
    QSignalSpy unreachable(&c.transport, &CoapTransport::destinationUnreachable);
    QSignalSpy securityFailed(&c.transport, &CoapDtlsTransport::securityFailed);
    QElapsedTimer t;
    t.start();
    CoapReply *reply = c.run(c.request(CoapCode::Get, QStringLiteral("/")), 7000);
    QVERIFY2(reply, "the request must end before the handshake's bound");
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(reply->error(), CoapError::PortUnreachable);
    QCOMPARE(unreachable.size(), 1);
    QCOMPARE(unreachable.first().at(0).value<CoapEndpoint>(), c.server);
    QCOMPARE(unreachable.first().at(1).value<CoapNetworkError>(), CoapNetworkError::PortUnreachable);
    QCOMPARE(securityFailed.size(), 0);
    QCOMPARE(c.transport.sessionCount(), 0);

    // The transport still hears: a request to a working server over it succeeds (Qt's read
    // notification, off after the error woke it, is on again).
    HelloServer working(pskConfig());
    QVERIFY(working.isListening());
    CoapRequest request = c.request(CoapCode::Get, QStringLiteral("/hello"));
    request.endpoint = working.endpoint();
    CoapReply *answer = c.run(request, 5000);
    QVERIFY(answer);
    QCOMPARE(answer->error(), CoapError::None);
    QCOMPARE(answer->response().payload(), QByteArray("hi"));

    // Not refused for a while, as after a failed handshake: the device may start its service.
    QVERIFY(c.transport.send(QByteArray("\x40\x01\x00\x02", 4), c.server));
}

void TestDtls::icmpErrorForOnePeerSparesAnother()
{
    // The kernel hands an ICMP error to the next call on the socket, whichever peer that call is
    // for. A record to a working peer that meets it is written again: that peer's session goes on,
    // and the error still reaches the peer it was about.
    HelloServer hello(pskConfig());
    QVERIFY(hello.isListening());
    SecureClient c(hello.port(), pskConfig());
    QVERIFY(c.run(c.request(CoapCode::Get, QStringLiteral("/hello")))); // the session is up
    QVERIFY(c.transport.hasSession(c.server));

    const CoapEndpoint closed(QHostAddress(QHostAddress::LocalHost), ExternalPeer::freeUdpPort());
    QVERIFY(closed.port());
    auto *socket = c.transport.findChild<QUdpSocket *>();
    QVERIFY(socket);
    QSignalSpy unreachable(&c.transport, &CoapTransport::destinationUnreachable);
    QSignalSpy received(&c.transport, &CoapTransport::datagramReceived);
    QSignalSpy sendFailed(&c.transport, &CoapTransport::sendFailed);
    QVERIFY(c.transport.send(QByteArray("\x40\x01\x00\x03", 4), closed)); // a handshake starts there
    // Without the event loop, so that nothing reads it: wait until the ICMP error is queued.
    pollfd p{int(socket->socketDescriptor()), 0, 0};
    QCOMPARE(::poll(&p, 1, 5000), 1);
    QVERIFY(p.revents & POLLERR);
    // A CON GET /hello to the working server now meets the queued error, and goes out all the same.
    QVERIFY(c.transport.send(QByteArray("\x40\x01\x12\x34\xb5hello", 10), c.server));
    QCOMPARE(sendFailed.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 3000);
    const CoapDecodeResult decoded = CoapCodec::decode(received.first().at(0).toByteArray());
    QVERIFY(decoded.ok());
    const CoapMessage &answer = decoded.message;
    QCOMPARE(answer.messageId(), quint16(0x1234));
    QCOMPARE(answer.payload(), QByteArray("hi"));
    QCOMPARE(received.first().at(1).value<CoapEndpoint>(), c.server);
    QTRY_COMPARE_WITH_TIMEOUT(unreachable.size(), 1, 3000);
    QCOMPARE(unreachable.first().at(0).value<CoapEndpoint>(), closed);
    QVERIFY(c.transport.hasSession(c.server));
}

void TestDtls::cliAgainstLibcoap()
{
    // The "done when": coap-explorer-cli get --psk-identity ID --psk KEY coaps://…/time.
    ExternalPeer peer;
    quint16 port = 0;
    QVERIFY2(startLibcoap(peer, QStringLiteral("coap-server-openssl"), &port), qPrintable(peer.errorString()));
    const QString uri = QStringLiteral("coaps://127.0.0.1:%1/time").arg(port);
    const auto runCli = [](const QStringList &args) {
        QProcess p;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        p.setProcessEnvironment(environment);
        p.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")), args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished(3000);
            return std::make_tuple(-1, QByteArray(), QByteArray());
        }
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    auto [code, out, err] = runCli({"get", "--psk-identity", QString::fromLatin1(kIdentity), "--psk", QString::fromLatin1(kKey), uri});
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d$")).match(QString::fromLatin1(out.trimmed())).hasMatch(),
             out.constData());
    QElapsedTimer t;
    t.start();
    std::tie(code, out, err) = runCli({"get", "--psk-identity", QString::fromLatin1(kIdentity), "--psk", "wrong", uri});
    QCOMPARE(code, 4);
    QVERIFY(t.elapsed() < 10000);
    QVERIFY2(err.startsWith("coap-explorer-cli: ") && err.count('\n') == 1 && err.contains("wrong pre-shared key"), err.constData());
}

QTEST_GUILESS_MAIN(TestDtls)
#include "tst_dtls.moc"

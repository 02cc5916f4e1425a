// A coaps handshake whose route goes away while it runs, in a network namespace that this test
// process makes for itself (unshare(2); needs root, skipped without it): a veth pair, our end
// 10.9.9.1, and a silent peer at 10.9.9.2 that reads the handshake's first flight and never
// answers. When the pair is deleted, the system has no route to the peer any more. The handshake
// must end at its next retransmission (QDtls starts at 1 s), reported as over UDP (no route, no
// security error), not after the handshake's bound (here 20 s). Nothing leaves the namespace.

#include "coapclient.h"
#include "coapdtlstransport.h"
#include "coapuri.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <sched.h>
#include <unistd.h>

namespace {
const QHostAddress kOurs(QStringLiteral("10.9.9.1"));
const QHostAddress kPeer(QStringLiteral("10.9.9.2"));

int ip(const QStringList &arguments)
{
    return QProcess::execute(QStringLiteral("ip"), arguments);
}
} // namespace

class TestDtlsNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void routeLostDuringHandshakeEndsItAtOnce();
};

void TestDtlsNetns::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root for a network namespace of its own");
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("no network namespaces here");
    // From here on this thread (the test's only one that makes sockets) and the processes it
    // starts see the new namespace only.
    QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}), 0);
    QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("v0"), QStringLiteral("type"),
                 QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("v1")}), 0);
    QCOMPARE(ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.9.9.1/24"), QStringLiteral("dev"), QStringLiteral("v0")}), 0);
    QCOMPARE(ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.9.9.2/24"), QStringLiteral("dev"), QStringLiteral("v1")}), 0);
    QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("v0"), QStringLiteral("up")}), 0);
    QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("v1"), QStringLiteral("up")}), 0);
}

void TestDtlsNetns::routeLostDuringHandshakeEndsItAtOnce()
{
    QUdpSocket silent; // the peer: takes the first flight, answers nothing
    QVERIFY(silent.bind(kPeer, 0));
    const CoapEndpoint peer(kPeer, silent.localPort());

    CoapDtlsTransport transport;
    CoapSecurityConfig config;
    config.pskIdentity = QByteArrayLiteral("explorer");
    config.psk = QByteArrayLiteral("secretPSK");
    config.handshakeTimeoutMs = 20000;
    transport.setSecurityConfig(config);
    QVERIFY(transport.bind(kOurs, 0));
    CoapClient client(&transport);
    QSignalSpy securityFailed(&transport, &CoapDtlsTransport::securityFailed);

    CoapRequest request;
    request.endpoint = peer;
    request.message = CoapMessage(CoapType::Confirmable, CoapCode::Get);
    request.message.addOption(CoapOptionNumber::UriPath, "hello");
    CoapReply *reply = client.send(request);
    QSignalSpy finished(reply, &CoapReply::finished);
    QVERIFY2(QTest::qWaitFor([&] { return silent.hasPendingDatagrams(); }, 5000), "no ClientHello reached the peer");
    QVERIFY(!reply->isFinished());

    QElapsedTimer sinceRouteLost;
    sinceRouteLost.start();
    QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("del"), QStringLiteral("v0")}), 0);
    QVERIFY2(reply->isFinished() || finished.wait(15000), "the handshake waited for its bound");
    // QDtls's first retransmission comes 1 s after the first flight: ended then, with slack for a
    // loaded machine, and far from the 20-s bound.
    QVERIFY2(sinceRouteLost.elapsed() < 5000, qPrintable(QStringLiteral("ended after %1 ms").arg(sinceRouteLost.elapsed())));
    QCOMPARE(reply->error(), CoapError::NetworkError);
    QCOMPARE(securityFailed.count(), 0); // nothing is wrong with the keys
    QCOMPARE(transport.lastError(), CoapNetworkError::NetworkUnreachable);
}

QTEST_MAIN(TestDtlsNetns)
#include "tst_dtls_netns.moc"

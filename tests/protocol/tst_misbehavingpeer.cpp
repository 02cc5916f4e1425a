// Issue 10 against a real process: our engine (CoapClient on a real CoapUdpTransport, and the CLI)
// on loopback against misbehaving-peer (tests/support/misbehavingpeer.cpp), a server that sends
// duplicate ACKs, short blocks, overtaking notifications and ACKs with a foreign token on purpose.
// Every test starts its own peer on a free port and ends it by PID (ExternalPeer::stop).
#include "coapclient.h"
#include "coaptransport.h"
#include "externalpeer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// The peer's bodies (the same functions as in misbehavingpeer.cpp).
QByteArray bigBody()
{
    QByteArray body(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < body.size(); ++i)
        body[i] = char((i * 31 + i / 251) & 0xff);
    return body;
}

QByteArray observedBody(int version)
{
    QByteArray body;
    const QByteArray unit = "version " + QByteArray::number(version) + ";";
    while (body.size() < 3000)
        body += unit;
    return body.left(3000);
}

// Starts misbehaving-peer in a mode on a free port (it binds port 0 and prints the port).
struct Peer
{
    ExternalPeer process;
    quint16 port = 0;
    QString error;

    bool start(const QString &mode)
    {
        QProcess &p = process.process();
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(ExternalPeer::ourBinary(QStringLiteral("misbehaving-peer")), {QStringLiteral("0"), mode});
        if (!p.waitForStarted(5000)) {
            error = QStringLiteral("misbehaving-peer did not start: %1").arg(p.errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!p.canReadLine() && timer.elapsed() < 5000)
            p.waitForReadyRead(100);
        const QByteArray line = p.readLine().trimmed();
        bool ok = false;
        port = quint16(line.toUInt(&ok));
        if (!ok || port == 0) {
            error = QStringLiteral("misbehaving-peer printed no port: '%1' %2")
                            .arg(QString::fromLocal8Bit(line), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        if (!ExternalPeer::waitForCoap(port, 5000)) {
            error = QStringLiteral("misbehaving-peer does not answer a ping");
            return false;
        }
        return true;
    }
    CoapEndpoint endpoint() const { return CoapEndpoint(QHostAddress(QHostAddress::LocalHost), port); }
    QString uri(const QString &path) const { return QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path); }
};

// Our client on a real UDP socket on loopback, with RFC-shaped but short timeouts.
struct Client
{
    CoapUdpTransport transport;
    std::unique_ptr<CoapClient> client;
    Client()
    {
        transport.bind(QHostAddress(QHostAddress::LocalHost), 0);
        client = std::make_unique<CoapClient>(&transport);
        CoapTransmissionParameters p;
        p.ackTimeoutMs = 500;
        client->setTransmissionParameters(p);
    }
    CoapRequest get(const CoapEndpoint &to, const QString &path) const
    {
        CoapRequest r;
        r.endpoint = to;
        r.message = CoapMessage(CoapType::Confirmable, CoapCode::Get);
        r.message.addOption(CoapOptionNumber::UriPath, path.toUtf8());
        return r;
    }
    // Waits for the reply to finish, at most boundMs.
    static bool wait(CoapReply *reply, int boundMs)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy finished(reply, &CoapReply::finished);
        return finished.wait(boundMs) || reply->isFinished();
    }
    // How many requests (other than for /stats) the peer has received.
    int peerRequests(const CoapEndpoint &to)
    {
        CoapReply *reply = client->send(get(to, QStringLiteral("stats")));
        if (!wait(reply, 10000) || !reply->isSuccessful())
            return -1;
        return reply->response().payload().toInt();
    }
};

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QString describe() const
    {
        return QStringLiteral("finished=%1 exit=%2 after %3 ms\nstdout: %4\nstderr: %5")
                .arg(finished).arg(exitCode).arg(elapsedMs)
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

CliRun runCli(const QStringList &args, int boundMs)
{
    CliRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // stderr must be the CLI's own words only
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")), args);
    if (!p.waitForStarted(5000))
        return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(boundMs);
    r.elapsedMs = timer.elapsed();
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

class TestMisbehavingPeer : public QObject
{
    Q_OBJECT
private slots:
    void duplicateAcksDoNotAbortBlock2();
    void shortBlockEndsWithProtocolError_data();
    void shortBlockEndsWithProtocolError();
    void cliNamesTheShortBlock_data();
    void cliNamesTheShortBlock();
    void overtakingNotificationsKeepTheObservation();
    void cliObservesThroughOvertaking();
    void foreignTokenAckWaitsForTheSeparateResponse();
    void cliTriesASilentBlockAgain();
};

// Every piggybacked block arrives twice, the copy while the next block is in flight. A 64 KiB body
// in 64 blocks of 1024 bytes: byte-exact, one request per block. Bound: 30 s.
void TestMisbehavingPeer::duplicateAcksDoNotAbortBlock2()
{
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--duplicate-acks")), qPrintable(peer.error));
    Client c;
    // What arrived on the wire: the peer must really have sent each block's ACK twice.
    QHash<quint16, int> acksByMid;
    QObject::connect(c.client->messageLayer(), &CoapMessageLayer::datagramEvent, c.client.get(),
                     [&acksByMid](const CoapDatagramEvent &e) {
        if (e.direction == CoapDatagramEvent::Direction::Received && e.message.type() == CoapType::Acknowledgement)
            ++acksByMid[e.message.messageId()];
    });
    CoapReply *reply = c.client->send(c.get(peer.endpoint(), QStringLiteral("big")));
    QVERIFY(Client::wait(reply, 30000));
    int duplicated = 0;
    for (int n : std::as_const(acksByMid))
        duplicated += n == 2 ? 1 : 0;
    QCOMPARE(duplicated, 63); // every block but the last (its copy waits for the next request)
    QCOMPARE(reply->error(), CoapError::None);
    QVERIFY(reply->isSuccessful());
    QCOMPARE(reply->response().payload().size(), 64 * 1024);
    QVERIFY(reply->response().payload() == bigBody());
    QCOMPARE(reply->retransmissions(), 0);
    QCOMPARE(c.peerRequests(peer.endpoint()), 64);
    QCOMPARE(c.client->liveTokens(), 0);
    peer.process.stop();
}

// An empty block with M=1, whatever is asked. The transfer ends with ProtocolError/ShortBlock after
// one request (no early negotiation) or two (with: one retry without it), counted by the peer.
void TestMisbehavingPeer::shortBlockEndsWithProtocolError_data()
{
    QTest::addColumn<int>("szx");
    QTest::addColumn<int>("requests");
    QTest::newRow("server's block size") << -1 << 1;
    QTest::newRow("early negotiation of 64") << 2 << 2;
}

void TestMisbehavingPeer::shortBlockEndsWithProtocolError()
{
    QFETCH(int, szx);
    QFETCH(int, requests);
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--short-block")), qPrintable(peer.error));
    Client c;
    CoapRequest r = c.get(peer.endpoint(), QStringLiteral("big"));
    r.blockSzx = szx;
    CoapReply *reply = c.client->send(r);
    QVERIFY(Client::wait(reply, 10000));
    QCOMPARE(reply->error(), CoapError::ProtocolError);
    QCOMPARE(reply->violation(), CoapProtocolViolation::ShortBlock);
    // Give a storm the chance to show: the peer counts what arrives in the next half second.
    QTest::qWait(500);
    QCOMPARE(c.peerRequests(peer.endpoint()), requests);
    peer.process.stop();
}

// The CLI on the same peer: exit status 3 and one line on stderr that names the cause. Bound: 20 s.
void TestMisbehavingPeer::cliNamesTheShortBlock_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("get") << QStringLiteral("get") << QStringList();
    QTest::newRow("get --block-size 64") << QStringLiteral("get") << QStringList{QStringLiteral("--block-size"), QStringLiteral("64")};
    QTest::newRow("observe") << QStringLiteral("observe") << QStringList{QStringLiteral("--count"), QStringLiteral("1")};
}

void TestMisbehavingPeer::cliNamesTheShortBlock()
{
    QFETCH(QString, command);
    QFETCH(QStringList, extra);
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--short-block")), qPrintable(peer.error));
    const CliRun run = runCli(QStringList{command} + extra + QStringList{peer.uri(QStringLiteral("/big"))}, 20000);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 3);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("block shorter than its block size"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1").arg(peer.port).toUtf8()), qPrintable(run.describe()));
    Client c;
    const int sent = c.peerRequests(peer.endpoint());
    QVERIFY2(sent >= 1 && sent <= 2, qPrintable(QStringLiteral("%1 requests").arg(sent)));
    peer.process.stop();
}

// /obs changes faster than the client fetches its three blocks: every odd version is overtaken by
// the next one while its block 1 is asked for. The observation must live on and deliver the even
// versions 2, 4, 6, 8 whole and in order. Bound: 30 s.
void TestMisbehavingPeer::overtakingNotificationsKeepTheObservation()
{
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--overtaking-notifications")), qPrintable(peer.error));
    Client c;
    CoapRequest r = c.get(peer.endpoint(), QStringLiteral("obs"));
    r.observe = true;
    CoapReply *reply = c.client->send(r);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QSignalSpy finished(reply, &CoapReply::finished);
    // Which versions reached us as notifications: the odd ones must have come (and been overtaken).
    QSet<quint64> arrived;
    QObject::connect(c.client->messageLayer(), &CoapMessageLayer::datagramEvent, c.client.get(),
                     [&arrived](const CoapDatagramEvent &e) {
        if (e.direction == CoapDatagramEvent::Direction::Received)
            if (const auto seq = e.message.uintOption(CoapOptionNumber::Observe))
                arrived.insert(*seq);
    });
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() >= 4 || reply->isFinished(), 30000);
    QCOMPARE(arrived, (QSet<quint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    QVERIFY2(!reply->isFinished(), coapErrorKey(reply->error()));
    QCOMPARE(notifications.count(), 4);
    for (int i = 0; i < 4; ++i) {
        const int version = 2 * (i + 1);
        const CoapMessage n = notifications[i][0].value<CoapMessage>();
        QCOMPARE(notifications[i][1].toULongLong(), quint64(version));
        QCOMPARE(n.payload(), observedBody(version));
        QCOMPARE(n.option(CoapOptionNumber::ETag)->value(), "v" + QByteArray::number(version));
        QCOMPARE(n.uintOption(CoapOptionNumber::Size2).value_or(0), quint64(3000));
    }
    QVERIFY(reply->isObserving());
    QVERIFY(c.client->liveTokens() <= 2);
    QCOMPARE(finished.count(), 0);
    reply->cancelObservation();
    QVERIFY(Client::wait(reply, 10000));
    peer.process.stop();
}

// The CLI's observe on the same peer: four whole notifications, versions 2, 4, 6, 8, one per line
// in order, exit status 0. Bound: 30 s.
void TestMisbehavingPeer::cliObservesThroughOvertaking()
{
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--overtaking-notifications")), qPrintable(peer.error));
    const CliRun run = runCli({QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("4"),
                               peer.uri(QStringLiteral("/obs"))}, 30000);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY2(lines.size() == 4, qPrintable(run.describe()));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(lines[i].trimmed(), observedBody(2 * (i + 1)));
    peer.process.stop();
}

// An ACK with the right MID and a foreign token is an empty ACK: the exchange waits (with its timer
// armed) and completes on the separate response 100 ms later. Bound: 10 s.
void TestMisbehavingPeer::foreignTokenAckWaitsForTheSeparateResponse()
{
    Peer peer;
    QVERIFY2(peer.start(QStringLiteral("--foreign-token-ack")), qPrintable(peer.error));
    Client c;
    CoapReply *reply = c.client->send(c.get(peer.endpoint(), QStringLiteral("anything")));
    QVERIFY(Client::wait(reply, 10000));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().payload(), QByteArray("separate"));
    QCOMPARE(reply->retransmissions(), 0); // the ACK stopped the retransmission
    peer.process.stop();
}

// The first exchange for block 1 of /big gets no answer at all (--silent-block). The CLI's
// --ack-timeout and --max-retransmit make that exchange give up within 450 ms (100 ms ×
// (2^2 − 1) × 1.5; at the default 2 s it would take at least 6 s); by default the block is then
// asked for again in a new exchange and the download completes; with --block-retries 0 the
// command ends there, exit 3, with one plain line. Bound: 20 s per run.
void TestMisbehavingPeer::cliTriesASilentBlockAgain()
{
    const QStringList fast{QStringLiteral("get"), QStringLiteral("--ack-timeout"), QStringLiteral("100"),
                           QStringLiteral("--max-retransmit"), QStringLiteral("1")};
    {
        Peer peer;
        QVERIFY2(peer.start(QStringLiteral("--silent-block")), qPrintable(peer.error));
        const CliRun run = runCli(fast + QStringList{peer.uri(QStringLiteral("/big"))}, 20000);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out == bigBody(), qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 5000, qPrintable(run.describe()));
        Client c;
        const int sent = c.peerRequests(peer.endpoint());
        // 64 blocks, and the silent exchange's 2 transmissions (more only if a block's ACK took
        // longer than 100 ms on a loaded machine).
        QVERIFY2(sent >= 66 && sent <= 72, qPrintable(QStringLiteral("%1 requests").arg(sent)));
        peer.process.stop();
    }
    {
        Peer peer;
        QVERIFY2(peer.start(QStringLiteral("--silent-block")), qPrintable(peer.error));
        const CliRun run = runCli(fast + QStringList{QStringLiteral("--block-retries"), QStringLiteral("0"),
                                                    peer.uri(QStringLiteral("/big"))}, 20000);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 5000, qPrintable(run.describe()));
        QVERIFY2(run.err.trimmed().split('\n').size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("no answer from 127.0.0.1:%1 after 1 retransmission;").arg(peer.port).toUtf8()),
                 qPrintable(run.describe()));
        Client c;
        const int sent = c.peerRequests(peer.endpoint());
        QVERIFY2(sent >= 3 && sent <= 5, qPrintable(QStringLiteral("%1 requests").arg(sent))); // block 0, block 1 twice
        peer.process.stop();
    }
}

QTEST_GUILESS_MAIN(TestMisbehavingPeer)
#include "tst_misbehavingpeer.moc"

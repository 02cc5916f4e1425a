// Our client and our server over a lossy link: two network namespaces joined by a veth pair, and
// nftables in each dropping 30 % of the UDP datagrams that arrive (so both ways; TESTBED.md
// "Packet loss": there is no netem here). The test process itself creates one socket inside each
// namespace (setns on its own thread; a socket stays in the namespace it was created in), so both
// engines run on one event loop and every claim is checked from the inside:
//  - 200 CON requests: each completes, or gives up after exactly MAX_RETRANSMIT retransmissions,
//    within the RFC 7252 §4.8.2 bounds; the server handles none twice (§4.5 deduplication) and the
//    client hands no response out twice;
//  - 100 KiB both ways, Block2 GET and Block1 PUT (RFC 7959), byte for byte;
//  - an observation (RFC 7641) delivers its notifications in order (§3.4), none twice.
// ACK_TIMEOUT is 100 ms (10 ms for the transfers, see there) instead of 2 s (RFC 7252 §4.8.1 lets it be changed; the veth round trip
// is well below a millisecond) so the test takes seconds, not minutes. Needs root, ip and nft;
// skipped otherwise. The namespaces are deleted whatever happens (cleanupTestCase, destructor).
#include "coapclient.h"
#include "coapserver.h"
#include "externalpeer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

// GCC says __SANITIZE_ADDRESS__, clang __has_feature (which GCC 12 cannot even parse).
#if defined(__SANITIZE_ADDRESS__)
#define COAP_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COAP_UNDER_ASAN 1
#endif
#endif
#ifndef COAP_UNDER_ASAN
#define COAP_UNDER_ASAN 0
#endif

namespace {

const QHostAddress kClientAddress(QStringLiteral("10.78.0.1"));
const QHostAddress kServerAddress(QStringLiteral("10.78.0.2"));
constexpr int kLossPercent = 30;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = process.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill(); // our own child, by its handle
        process.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// Moves the calling thread into a network namespace (by file descriptor of /run/netns/NAME or of
// /proc/self/ns/net). Sockets created afterwards belong to that namespace.
bool enterNamespace(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::setns(fd, CLONE_NEWNET) == 0;
    ::close(fd);
    return ok;
}

// What the client sent and received of a block-wise transfer, from its message layer's datagram
// events: the Block1 or Block2 value of the last request sent, blocks received, and how often a
// block went again in a new exchange (same number, new MID).
struct BlockWatch
{
    BlockWatch(CoapMessageLayer *layer, quint16 option) // option: CoapOptionNumber::Block1 or Block2
    {
        connection = QObject::connect(layer, &CoapMessageLayer::datagramEvent, layer, [this, option](const CoapDatagramEvent &e) {
            const auto value = e.message.uintOption(option);
            if (e.direction == CoapDatagramEvent::Direction::Received) {
                if (e.message.isResponse() && e.message.hasOption(CoapOptionNumber::Block2))
                    ++blocksReceived;
                return;
            }
            if (!e.message.isRequest() || !value)
                return;
            const CoapBlockValue block = CoapBlockValue::decode(*value);
            if (!mids.contains(e.message.messageId()) && lastSent && lastSent->num == block.num)
                ++newExchanges;
            mids.insert(e.message.messageId());
            lastSent = block;
        });
    }
    ~BlockWatch() { QObject::disconnect(connection); }
    std::optional<CoapBlockValue> lastSent;
    int blocksReceived = 0;
    int newExchanges = 0;
    QSet<quint16> mids;
    QMetaObject::Connection connection;
};

QByteArray blob(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        seed = seed * 1103515245u + 12345u;
        b[i] = char(seed >> 16);
    }
    return b;
}

} // namespace

class TestLossyNetwork : public QObject
{
    Q_OBJECT
public:
    ~TestLossyNetwork() override { teardown(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { teardown(); }
    void conRequestsCompleteOrTimeOutWithinBounds();
    void blockwise100KiBBothWays();
    void blockwiseDownloadAtDefaultMaxRetransmit();
    void blockwiseUploadAtDefaultMaxRetransmit();
    void observationKeepsItsOrder();

private:
    bool ip(const QStringList &arguments);
    void teardown();
    quint64 droppedIn(const QString &ns);
    CoapTransmissionParameters parameters(int maxRetransmit, qint64 ackTimeoutMs = 100) const;
    void downloadBlob(const CoapTransmissionParameters &p, int blockRetries, qint64 *ms, CoapError *error = nullptr);
    CoapRequest blobPut(const QByteArray &body) const;

    QString m_a; // the client's namespace
    QString m_b; // the server's namespace
    bool m_up = false;
    int m_originalNamespace = -1;
    std::unique_ptr<CoapUdpTransport> m_serverTransport;
    std::unique_ptr<CoapServer> m_server;
    std::unique_ptr<CoapUdpTransport> m_clientTransport;
    std::unique_ptr<CoapClient> m_client;
    CoapEndpoint m_serverEndpoint;
    QHash<int, int> m_handled; // request id -> times the server's handler ran
    QByteArray m_download;
    QByteArray m_uploaded;
    int m_sequence = 0;
    QTimer m_notifier;
};

bool TestLossyNetwork::ip(const QStringList &arguments)
{
    const Run r = run(QStringLiteral("ip"), arguments);
    if (r.exitCode != 0)
        qWarning("ip %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), r.err.constData());
    return r.exitCode == 0;
}

quint64 TestLossyNetwork::droppedIn(const QString &ns)
{
    const Run r = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns,
                                             QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("table"),
                                             QStringLiteral("inet"), QStringLiteral("lossy")});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("counter packets (\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toULongLong() : 0;
}

CoapTransmissionParameters TestLossyNetwork::parameters(int maxRetransmit, qint64 ackTimeoutMs) const
{
    CoapTransmissionParameters p;
    p.ackTimeoutMs = ackTimeoutMs;
    p.maxRetransmit = maxRetransmit;
    p.nstart = 8; // RFC 7252 §4.7 lets NSTART be raised; 8 requests are in flight at once
    p.piggybackWindowMs = 50;
    return p;
}

void TestLossyNetwork::initTestCase()
{
#if COAP_UNDER_ASAN
    // Its bounds are wall-clock times on a 10-100 ms ACK_TIMEOUT; a sanitizer build is several
    // times slower and turns them into noise. The normal build runs it (docs/robustness.md).
    QSKIP("timing-bound test: runs in the normal build, not under the sanitizers");
#endif
    // Every retransmission is logged at info level (CONVENTIONS.md): thousands here.
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.info=false"));
    if (::geteuid() != 0)
        QSKIP("needs root to build network namespaces (run the suite as root to include this test)");
    if (!ExternalPeer::haveProgram(QStringLiteral("ip")) || !ExternalPeer::haveProgram(QStringLiteral("nft")))
        QSKIP("needs ip (iproute2) and nft (nftables)");
    m_originalNamespace = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_originalNamespace < 0 || ::setns(m_originalNamespace, CLONE_NEWNET) != 0)
        QSKIP("setns() is not allowed here (no CAP_SYS_ADMIN in this container)");

    // Namespaces left by a run that was killed (its PID is gone) are deleted first.
    const Run list = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    static const QRegularExpression ours(QStringLiteral("^cxl(\\d+)[ab]\\b"));
    for (const QByteArray &line : list.out.split('\n')) {
        const QRegularExpressionMatch m = ours.match(QString::fromUtf8(line));
        if (m.hasMatch() && ::kill(pid_t(m.captured(1).toLongLong()), 0) != 0 && errno == ESRCH)
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m.captured(0)});
    }
    // Unique per run: tests of several builds may share the machine.
    const QString prefix = QStringLiteral("cxl%1").arg(QCoreApplication::applicationPid());
    m_a = prefix + QStringLiteral("a");
    m_b = prefix + QStringLiteral("b");
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), m_a}))
        QSKIP("ip netns add failed: network namespaces are not available here");
    m_up = true; // from here on, tear down whatever exists
    QVERIFY(ip({QStringLiteral("netns"), QStringLiteral("add"), m_b}));
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("va"), QStringLiteral("netns"), m_a,
                QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                QStringLiteral("vb"), QStringLiteral("netns"), m_b}));
    const struct { QString ns; QString dev; QString address; } hosts[] = {
        {m_a, QStringLiteral("va"), QStringLiteral("10.78.0.1/24")},
        {m_b, QStringLiteral("vb"), QStringLiteral("10.78.0.2/24")},
    };
    for (const auto &h : hosts) {
        QVERIFY(ip({QStringLiteral("-n"), h.ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}));
        QVERIFY(ip({QStringLiteral("-n"), h.ns, QStringLiteral("addr"), QStringLiteral("add"), h.address, QStringLiteral("dev"), h.dev}));
        QVERIFY(ip({QStringLiteral("-n"), h.ns, QStringLiteral("link"), QStringLiteral("set"), h.dev, QStringLiteral("up")}));
        // Drops 30 % of the UDP datagrams arriving in this namespace: with the rule in both, each
        // direction loses 30 %.
        const QByteArray rules = QStringLiteral(
                "table inet lossy {\n"
                "  chain in {\n"
                "    type filter hook input priority 0; policy accept;\n"
                "    meta l4proto udp numgen random mod 100 < %1 counter drop\n"
                "  }\n"
                "}\n").arg(kLossPercent).toUtf8();
        const Run nft = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), h.ns,
                                                   QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("-")}, rules);
        QVERIFY2(nft.exitCode == 0, nft.err.constData());
    }

    // The server's socket in b, the client's in a; then back to where the test started.
    QVERIFY(enterNamespace(QByteArrayLiteral("/run/netns/") + m_b.toUtf8()));
    m_serverTransport = std::make_unique<CoapUdpTransport>();
    const bool serverBound = m_serverTransport->bind(kServerAddress, 5683);
    QVERIFY(enterNamespace(QByteArrayLiteral("/run/netns/") + m_a.toUtf8()));
    m_clientTransport = std::make_unique<CoapUdpTransport>();
    const bool clientBound = m_clientTransport->bind(kClientAddress, 0);
    QVERIFY(::setns(m_originalNamespace, CLONE_NEWNET) == 0);
    QVERIFY(serverBound);
    QVERIFY(clientBound);
    m_serverEndpoint = CoapEndpoint(kServerAddress, 5683);

    m_server = std::make_unique<CoapServer>(m_serverTransport.get());
    m_client = std::make_unique<CoapClient>(m_clientTransport.get());
    m_server->addResource(QStringLiteral("/count")).on(CoapCode::Post, [this](const CoapServerRequest &req, const CoapResponder &r) {
        ++m_handled[req.message.payload().toInt()];
        r.respond(CoapCode::Changed, req.message.payload());
    });
    m_download = blob(100 * 1024, 7);
    m_server->addResource(QStringLiteral("/blob"))
            .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                r.respond(CoapCode::Content, m_download, 42);
            })
            .on(CoapCode::Put, [this](const CoapServerRequest &req, const CoapResponder &r) {
                m_uploaded = req.message.payload();
                r.respond(CoapCode::Changed);
            });
    m_server->addResource(QStringLiteral("/seq")).setObservable(true)
            .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                r.respond(CoapCode::Content, QByteArray::number(m_sequence), 0);
            });
    m_notifier.setInterval(20);
    connect(&m_notifier, &QTimer::timeout, this, [this] {
        ++m_sequence;
        m_server->notifyObservers(QStringLiteral("/seq"));
    });
}

void TestLossyNetwork::teardown()
{
    m_notifier.stop();
    m_client.reset();
    m_server.reset();
    m_clientTransport.reset();
    m_serverTransport.reset();
    if (m_originalNamespace >= 0) {
        ::close(m_originalNamespace);
        m_originalNamespace = -1;
    }
    if (!m_up)
        return;
    m_up = false;
    // Deleting a namespace deletes its end of the veth pair, and with it the other end.
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_a});
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_b});
}

void TestLossyNetwork::conRequestsCompleteOrTimeOutWithinBounds()
{
    const CoapTransmissionParameters p = parameters(4); // the RFC 7252 default MAX_RETRANSMIT
    m_client->setTransmissionParameters(p);
    m_server->messageLayer()->setParameters(p);
    const quint64 droppedBefore = droppedIn(m_a) + droppedIn(m_b);

    struct Exchange
    {
        QPointer<CoapReply> reply;
        QElapsedTimer started;
        qint64 elapsedMs = -1;
        int finished = 0;
        int responses = 0;
        CoapError error = CoapError::None;
        int retransmissions = 0;
        QByteArray payload;
    };
    constexpr int kRequests = 200;
    std::vector<Exchange> exchanges(kRequests);
    // If a check fails below, replies still in flight must not call back into this frame.
    const auto detach = qScopeGuard([&] {
        for (Exchange &e : exchanges) {
            if (e.reply) {
                e.reply->disconnect(this);
                e.reply->abort();
            }
        }
    });
    int next = 0;
    int done = 0;
    std::function<void()> startMore = [&] {
        while (next < kRequests && next - done < p.nstart) {
            Exchange &e = exchanges[size_t(next)];
            CoapRequest r;
            r.endpoint = m_serverEndpoint;
            r.message.setCode(CoapCode::Post);
            r.message.addOption(CoapOptionNumber::UriPath, "count");
            r.message.setPayload(QByteArray::number(next));
            e.started.start();
            e.reply = m_client->send(r);
            connect(e.reply, &CoapReply::responseReceived, this, [&e] { ++e.responses; });
            connect(e.reply, &CoapReply::finished, this, [this, &e, &done, &startMore] {
                e.elapsedMs = e.started.elapsed();
                ++e.finished;
                e.error = e.reply->error();
                e.retransmissions = e.reply->retransmissions();
                if (e.reply->hasResponse())
                    e.payload = e.reply->response().payload();
                e.reply->deleteLater();
                ++done;
                QTimer::singleShot(0, this, [&startMore] { startMore(); });
            });
            ++next;
        }
    };
    startMore();
    // 25 rounds of 8 requests, each at worst MAX_TRANSMIT_WAIT (4.65 s) long: far below 120 s.
    QTRY_VERIFY_WITH_TIMEOUT(done == kRequests, 120000);
    QTest::qWait(50); // nothing may arrive after finished(): a late duplicate would show here

    // RFC 7252 §4.8.2: a CON gives up after MAX_RETRANSMIT retransmissions, when the last timeout
    // ends: not before ACK_TIMEOUT × (2^(MAX_RETRANSMIT+1) − 1) and not after MAX_TRANSMIT_WAIT.
    const qint64 earliestGiveUp = p.ackTimeoutMs * ((1 << (p.maxRetransmit + 1)) - 1);
    const qint64 slackMs = 1000; // event-loop latency of a loaded 2-core machine (and ASan)
    int succeeded = 0;
    int timedOut = 0;
    int retransmitted = 0;
    for (int i = 0; i < kRequests; ++i) {
        const Exchange &e = exchanges[size_t(i)];
        const QByteArray id = QByteArray::number(i);
        QVERIFY2(e.finished == 1, id.constData());
        QVERIFY2(e.elapsedMs <= p.maxTransmitWaitMs() + slackMs, qPrintable(QStringLiteral("request %1 took %2 ms").arg(i).arg(e.elapsedMs)));
        QVERIFY2(m_handled.value(i) <= 1, qPrintable(QStringLiteral("request %1 was handled %2 times").arg(i).arg(m_handled.value(i))));
        retransmitted += e.retransmissions > 0;
        if (e.error == CoapError::None) {
            ++succeeded;
            QCOMPARE(e.responses, 1);
            QCOMPARE(e.payload, id);
            QCOMPARE(m_handled.value(i), 1);
            QVERIFY(e.retransmissions <= p.maxRetransmit);
        } else {
            ++timedOut;
            QCOMPARE(e.error, CoapError::RetransmissionsExceeded);
            QCOMPARE(e.responses, 0);
            QCOMPARE(e.retransmissions, p.maxRetransmit);
            QVERIFY2(e.elapsedMs >= earliestGiveUp - 5,
                     qPrintable(QStringLiteral("request %1 gave up after %2 ms").arg(i).arg(e.elapsedMs)));
        }
    }
    const quint64 dropped = droppedIn(m_a) + droppedIn(m_b) - droppedBefore;
    qInfo("200 CON requests at %d %% loss each way: %d completed, %d gave up, %d needed a retransmission; "
          "nftables dropped %llu datagrams", kLossPercent, succeeded, timedOut, retransmitted, dropped);
    // One try succeeds with p = 0.7 × 0.7; five tries all fail with p = 0.51^5 ≈ 3.5 %.
    QVERIFY2(succeeded >= 170, "far more exchanges failed than 30 % loss each way explains");
    QVERIFY2(dropped > 50 && retransmitted > 20, "the link did not lose datagrams: the test proves nothing");
}

void TestLossyNetwork::blockwise100KiBBothWays()
{
    // Each block is one CON exchange. With the default MAX_RETRANSMIT of 4, one of 100 blocks
    // fails with p ≈ 1 − (1 − 0.51^5)^100 ≈ 97 %: no client completes 100 KiB at 30 % loss that
    // way. RFC 7252 §4.8.1 lets MAX_RETRANSMIT be raised for such links.
    // At 30 % loss each way one try of a block fails with p = 0.51, almost exactly the 1/2 at
    // which doubling timeouts (RFC 7252 §4.2) make the expected wait per block diverge: the
    // transfer time is heavy-tailed. A block that fails k times in a row costs about
    // ACK_TIMEOUT × 2^k, and among the 200 blocks of both transfers the worst k reaches m with
    // p ≈ 200 × 0.51^m. So ACK_TIMEOUT is 1 ms (20 times the veth round trip of ~0.05 ms; a late
    // ACK only causes a harmless duplicate) and MAX_RETRANSMIT 20, the most our engine takes
    // (CoapTransmissionParameters::isValid()): a transfer fails with p ≈ 200 × 0.51^21 ≈ 10^-4,
    // and both together need more than this function's 300 s (k ≥ 18) with p ≈ 10^-3. At 10 ms
    // and 16, as before, that was p ≈ 1 % (k ≥ 15), and a one-minute run p ≈ 6 %.
    const CoapTransmissionParameters p = parameters(20, 1);
    qint64 downMs = 0;
    downloadBlob(p, CoapClient::kDefaultBlockRetries, &downMs);
    if (QTest::currentTestFailed())
        return;

    QElapsedTimer timer;
    const QByteArray upload = blob(100 * 1024, 11);
    const CoapRequest put = blobPut(upload);
    timer.start();
    CoapReply *up = m_client->send(put);
    QTRY_VERIFY_WITH_TIMEOUT(up->isFinished(), 300000);
    const qint64 upMs = timer.elapsed();
    QCOMPARE(up->error(), CoapError::None);
    QCOMPARE(up->response().code(), quint8(CoapCode::Changed));
    QCOMPARE(m_uploaded.size(), upload.size());
    QVERIFY(m_uploaded == upload);
    up->deleteLater();
    qInfo("100 KiB at %d %% loss each way: Block2 GET in %lld ms, Block1 PUT in %lld ms", kLossPercent, downMs, upMs);
}

// The same download at RFC 7252's default MAX_RETRANSMIT of 4: one exchange fails with
// p ≈ 0.51^5 ≈ 3.5 %, and the client asks for that block again in a new exchange
// (CoapRequest::blockRetries, here 4): a block after the first ends the transfer only if its five
// exchanges all fail, p ≈ 99 × 0.035^5 ≈ 5·10^-6. The first request is not asked again (a device
// that never answered fails after one MAX_TRANSMIT_WAIT): the transfer completes, or ends on its
// first request (p ≈ 3.5 %). Each failed exchange costs at most ACK_TIMEOUT × 31 × 1.5.
void TestLossyNetwork::blockwiseDownloadAtDefaultMaxRetransmit()
{
    const BlockWatch watch(m_client->messageLayer(), CoapOptionNumber::Block2);
    qint64 ms = 0;
    CoapError error = CoapError::None;
    downloadBlob(parameters(4, 10), 4, &ms, &error);
    if (error == CoapError::RetransmissionsExceeded && watch.blocksReceived == 0) {
        qInfo("100 KiB Block2 GET, MAX_RETRANSMIT 4: the first request got no answer (p ≈ 3.5 %%)");
        return;
    }
    QCOMPARE(error, CoapError::None);
    qInfo("100 KiB Block2 GET at %d %% loss each way, MAX_RETRANSMIT 4: %lld ms, %d blocks asked again in a new exchange",
          kLossPercent, ms, watch.newExchanges);
}

// A 100 KiB PUT at MAX_RETRANSMIT 4: a middle block whose exchange got no answer is sent again
// (blockRetries 4; our server answers a block it already has 2.31 again and keeps it once), so
// one of the 99 middle blocks ends the transfer only if all its five exchanges fail
// (p ≈ 99 × 0.035^5 ≈ 5·10^-6). The last block is never sent again: the PUT may have been
// carried out, nor is the first (a device that never answered fails after one
// MAX_TRANSMIT_WAIT). So the transfer either completes with the whole body stored once, or fails
// on its first or last block (p ≈ 2 × 3.5 %), never on a middle one.
void TestLossyNetwork::blockwiseUploadAtDefaultMaxRetransmit()
{
    const CoapTransmissionParameters p = parameters(4, 10);
    m_client->setTransmissionParameters(p);
    m_server->messageLayer()->setParameters(p);
    m_uploaded.clear();
    const QByteArray upload = blob(100 * 1024, 13);
    CoapRequest put = blobPut(upload);
    put.blockRetries = 4;
    const BlockWatch watch(m_client->messageLayer(), CoapOptionNumber::Block1);
    QElapsedTimer timer;
    timer.start();
    CoapReply *up = m_client->send(put);
    const auto later = qScopeGuard([up] { up->deleteLater(); });
    QTRY_VERIFY_WITH_TIMEOUT(up->isFinished(), 300000);
    QVERIFY(watch.lastSent);
    if (up->error() != CoapError::None) {
        QCOMPARE(up->error(), CoapError::RetransmissionsExceeded);
        QVERIFY2(watch.lastSent->num == 0 || !watch.lastSent->more,
                 qPrintable(QStringLiteral("failed on block %1, a middle one").arg(watch.lastSent->num)));
        qInfo("100 KiB Block1 PUT, MAX_RETRANSMIT 4: block %u, the first or the last, got no answer (p ≈ 7 %%)",
              watch.lastSent->num);
        return;
    }
    QCOMPARE(up->response().code(), quint8(CoapCode::Changed));
    QVERIFY(m_uploaded == upload);
    qInfo("100 KiB Block1 PUT at %d %% loss each way, MAX_RETRANSMIT 4: %lld ms, %d blocks sent again in a new exchange",
          kLossPercent, timer.elapsed(), watch.newExchanges);
}

// A PUT of `body` to /blob in 1024-byte blocks.
CoapRequest TestLossyNetwork::blobPut(const QByteArray &body) const
{
    CoapRequest put;
    put.endpoint = m_serverEndpoint;
    put.message.setCode(CoapCode::Put);
    put.message.addOption(CoapOptionNumber::UriPath, "blob");
    put.message.setPayload(body);
    put.blockSzx = 6;
    return put;
}

// Sets `p` on both sides and downloads /blob in 1024-byte blocks (100 of them), at most 300 s;
// *ms: how long it took. A check that fails ends the calling test (QTest::currentTestFailed()).
// With `error`, a transfer that fails is not a failed check: *error says how it ended.
void TestLossyNetwork::downloadBlob(const CoapTransmissionParameters &p, int blockRetries, qint64 *ms, CoapError *error)
{
    m_client->setTransmissionParameters(p);
    m_server->messageLayer()->setParameters(p);
    CoapRequest get;
    get.endpoint = m_serverEndpoint;
    get.message.addOption(CoapOptionNumber::UriPath, "blob");
    get.blockSzx = 6;
    get.blockRetries = blockRetries;
    QElapsedTimer timer;
    timer.start();
    CoapReply *down = m_client->send(get);
    const auto later = qScopeGuard([down] { down->deleteLater(); });
    QTRY_VERIFY_WITH_TIMEOUT(down->isFinished(), 300000);
    *ms = timer.elapsed();
    if (error) {
        *error = down->error();
        if (*error != CoapError::None)
            return; // the caller judges the failure
    }
    QCOMPARE(down->error(), CoapError::None);
    QCOMPARE(down->response().code(), quint8(CoapCode::Content));
    QCOMPARE(down->response().payload().size(), m_download.size());
    QVERIFY(down->response().payload() == m_download);
}

void TestLossyNetwork::observationKeepsItsOrder()
{
    // The registration and the deregistration are CON exchanges with the heavy tail explained in
    // blockwise100KiBBothWays: at ACK_TIMEOUT 100 ms and MAX_RETRANSMIT 16 one of them outlasted
    // its 30 s or 60 s bound with p ≈ 0.7 % (it happened once in about 40 runs); at 1 ms and 20,
    // p ≈ 10^-4. The notifications are NON and do not depend on it.
    const CoapTransmissionParameters p = parameters(20, 1);
    m_client->setTransmissionParameters(p);
    m_server->messageLayer()->setParameters(p);

    CoapRequest r;
    r.endpoint = m_serverEndpoint;
    r.message.addOption(CoapOptionNumber::UriPath, "seq");
    r.observe = true;
    CoapReply *reply = m_client->send(r);
    QList<int> values;
    QList<quint64> sequences;
    const QPointer<CoapReply> guarded(reply);
    const auto detach = qScopeGuard([&] {
        m_notifier.stop();
        if (guarded) {
            guarded->disconnect(this);
            guarded->abort();
        }
    });
    connect(reply, &CoapReply::notificationReceived, this, [&](const CoapMessage &n, quint64 sequence) {
        values.append(n.payload().toInt());
        sequences.append(sequence);
    });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isObserving(), 30000);
    m_notifier.start(); // a notification every 20 ms, NON (RFC 7641 §4.5), 30 % of them lost
    QTRY_VERIFY_WITH_TIMEOUT(values.size() >= 100, 30000);
    m_notifier.stop();
    const int sent = m_sequence;
    reply->cancelObservation();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);

    for (int i = 1; i < values.size(); ++i) {
        QVERIFY2(values.at(i) > values.at(i - 1),
                 qPrintable(QStringLiteral("notification %1 (%2) after %3").arg(i).arg(values.at(i)).arg(values.at(i - 1))));
        QVERIFY(sequences.at(i) > sequences.at(i - 1));
    }
    qInfo("observation at %d %% loss: %lld notifications received in order out of %d sent", kLossPercent,
          qlonglong(values.size()), sent);
    QVERIFY2(values.size() < sent + 1, "more notifications than the server sent");
    reply->deleteLater();
}

QTEST_MAIN(TestLossyNetwork)
#include "tst_lossynetwork.moc"

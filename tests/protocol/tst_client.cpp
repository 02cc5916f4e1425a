// The request layer: tokens, matching, separate and NON responses, timeouts, cancellation,
// block-wise (RFC 7959) and observe (RFC 7641), against a scripted peer on a fake transport.
#include "coapclient.h"
#include "coapfaketransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

namespace {
const CoapEndpoint kPeer(QHostAddress(QStringLiteral("192.0.2.1")), 5683);
const CoapEndpoint kStranger(QHostAddress(QStringLiteral("192.0.2.9")), 5683);

CoapMessage decoded(const QByteArray &d) { return CoapCodec::decode(d).message; }
QByteArray encoded(const CoapMessage &m) { return CoapCodec::encode(m); }

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
    // The send is started from the event loop so that callers can connect first.
    void pump() { QCoreApplication::processEvents(); }
    CoapMessage lastSent() const { return decoded(transport.sent.last().datagram); }
    CoapMessage sentAt(int i) const { return decoded(transport.sent.at(i).datagram); }
    CoapReply *get(const QString &path, bool confirmable = true)
    {
        CoapRequest r;
        r.endpoint = kPeer;
        r.confirmable = confirmable;
        r.message.addOption(CoapOptionNumber::UriPath, path.toUtf8());
        CoapReply *reply = client.send(r);
        pump();
        return reply;
    }
    // Answers the last request piggybacked in the ACK.
    void piggyback(quint8 code, const QByteArray &payload = {}, QList<CoapOption> options = {})
    {
        const CoapMessage request = lastSent();
        CoapMessage ack(CoapType::Acknowledgement, code, request.messageId(), request.token());
        for (const CoapOption &o : options)
            ack.addOption(o);
        ack.setPayload(payload);
        transport.inject(encoded(ack), kPeer);
    }
};
} // namespace

class TestClient : public QObject
{
    Q_OBJECT
private slots:
    void piggybackedResponse();
    void separateResponse();
    void nonRequestNonResponseMatchedByToken();
    void responseFromWrongPeerOrTokenIsRejected();
    void errorResponseIsNotAnError();
    void responseTimeoutForNon();
    void retransmissionsExceeded();
    void resetFailsExchange();
    void cancellation();
    void tokenLength_data();
    void tokenLength();
    void unrecognizedCriticalOptionRejected();
    void ping();
    void block2Reassembly_data();
    void block2Reassembly();
    void block2Size2Reserve_data();
    void block2Size2Reserve();
    void block2LyingSize2CostsLittleMemory();
    void block2FollowsSmallerServerSize();
    void block2EtagChangeRestartsThenFails();
    void singleBlockOnRequest();
    void block1Upload();
    void block1RenegotiatesOn413();
    void size1IsABodyLimitNotABlockSize();
    void observeNotificationsInOrder();
    void observeSequenceWrapAndAge();
    void observeReregistersAfterMaxAge();
    void observeEndsOnResponseWithoutObserve();
    void observeCancelDeregister();
    void observeCancelReset();
    void observeNotificationWithBlock2();
    void multicastCollectsAllAnswers();
    void exchangesCountedPerPeer();
    void replyDeletedInItsOwnHandlers();
    void repliesGoWithTheirClient();
    void clientSignalsEveryFinishedReply();
    void slotFreedHoweverTheExchangeEnds_data();
    void slotFreedHoweverTheExchangeEnds();
};

void TestClient::piggybackedResponse()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"));
    QSignalSpy finished(reply, &CoapReply::finished);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage request = rig.lastSent();
    QCOMPARE(request.type(), CoapType::Confirmable);
    QCOMPARE(request.code(), quint8(CoapCode::Get));
    QCOMPARE(request.token().size(), 4);
    QCOMPARE(request.uriPath(), QStringLiteral("/time"));
    rig.clock.advance(12);
    rig.piggyback(CoapCode::Content, "12:00");
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isSuccessful());
    QCOMPARE(reply->response().payload(), QByteArray("12:00"));
    QCOMPARE(reply->responder(), kPeer);
    QCOMPARE(reply->rttMs(), 12.0);
    QCOMPARE(rig.client.activeExchanges(), 0);
}

void TestClient::separateResponse()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("async"));
    QSignalSpy finished(reply, &CoapReply::finished);
    const CoapMessage request = rig.lastSent();
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, request.messageId())), kPeer);
    rig.clock.advance(60000); // far beyond the retransmission timeouts: the empty ACK stopped them
    QCOMPARE(rig.transport.sent.size(), 1);
    QCOMPARE(finished.count(), 0);
    CoapMessage separate(CoapType::Confirmable, CoapCode::Content, 0x5555, request.token());
    separate.setPayload("done");
    rig.transport.inject(encoded(separate), kPeer);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->response().payload(), QByteArray("done"));
    // RFC 7252 §5.2.2: the separate CON response is acknowledged.
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 0x5555));
}

void TestClient::nonRequestNonResponseMatchedByToken()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"), false);
    QSignalSpy finished(reply, &CoapReply::finished);
    const CoapMessage request = rig.lastSent();
    QCOMPARE(request.type(), CoapType::NonConfirmable);
    // libcoap reuses the request's MID for its NON response; any MID must do (match by token).
    CoapMessage response(CoapType::NonConfirmable, CoapCode::Content, quint16(request.messageId() + 100), request.token());
    response.setPayload("now");
    rig.transport.inject(encoded(response), kPeer);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->response().payload(), QByteArray("now"));
    QCOMPARE(rig.transport.sent.size(), 1); // nothing to acknowledge for a NON
}

void TestClient::responseFromWrongPeerOrTokenIsRejected()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"), false);
    QSignalSpy finished(reply, &CoapReply::finished);
    const CoapMessage request = rig.lastSent();
    CoapMessage response(CoapType::Confirmable, CoapCode::Content, 0x100, request.token());
    rig.transport.inject(encoded(response), kStranger); // right token, wrong peer
    QCOMPARE(finished.count(), 0);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x100));
    response.setToken("nope");
    response.setMessageId(0x101);
    rig.transport.inject(encoded(response), kPeer); // right peer, unknown token
    QCOMPARE(finished.count(), 0);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x101));
}

void TestClient::errorResponseIsNotAnError()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("missing"));
    QSignalSpy errors(reply, &CoapReply::errorOccurred);
    rig.piggyback(CoapCode::NotFound);
    QVERIFY(reply->isFinished());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(reply->error(), CoapError::None);
    QVERIFY(!reply->isSuccessful());
    QCOMPARE(reply->response().code(), quint8(CoapCode::NotFound));
}

void TestClient::responseTimeoutForNon()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"), false);
    QSignalSpy errors(reply, &CoapReply::errorOccurred);
    rig.clock.advance(rig.client.messageLayer()->parameters().maxTransmitWaitMs() - 1);
    QVERIFY(!reply->isFinished());
    rig.clock.advance(1);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::Timeout);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(rig.transport.sent.size(), 1); // NON is never retransmitted
}

void TestClient::retransmissionsExceeded()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"));
    rig.clock.advance(62000); // 2 s * 31
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::RetransmissionsExceeded);
    QCOMPARE(reply->retransmissions(), 4);
    QCOMPARE(rig.transport.sent.size(), 5);
}

void TestClient::resetFailsExchange()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"));
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, rig.lastSent().messageId())), kPeer);
    QCOMPARE(reply->error(), CoapError::Reset);
}

void TestClient::cancellation()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("time"));
    QSignalSpy finished(reply, &CoapReply::finished);
    QSignalSpy errors(reply, &CoapReply::errorOccurred);
    const CoapMessage request = rig.lastSent();
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(reply->error(), CoapError::Cancelled);
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 1); // no more retransmissions
    // A late CON response for it is refused with RST.
    rig.transport.inject(encoded(CoapMessage(CoapType::Confirmable, CoapCode::Content, 0x300, request.token())), kPeer);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x300));
    QCOMPARE(finished.count(), 1);
    // Deleting a running reply cancels it too.
    CoapReply *other = rig.get(QStringLiteral("x"));
    delete other;
    QCOMPARE(rig.client.activeExchanges(), 0);
}

void TestClient::tokenLength_data()
{
    QTest::addColumn<int>("length");
    for (int n : {0, 1, 4, 8})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestClient::tokenLength()
{
    QFETCH(int, length);
    Rig rig;
    rig.client.setTokenLength(length);
    CoapReply *reply = rig.get(QStringLiteral("t"));
    QCOMPARE(rig.lastSent().token().size(), length);
    rig.piggyback(CoapCode::Content, "ok");
    QVERIFY(reply->isSuccessful());
}

void TestClient::unrecognizedCriticalOptionRejected()
{
    Rig rig;
    CoapReply *reply = rig.get(QStringLiteral("t"), false);
    const CoapMessage request = rig.lastSent();
    CoapMessage response(CoapType::Confirmable, CoapCode::Content, 0x400, request.token());
    response.addOption(CoapOption(65001, "x")); // odd: critical, and not registered
    rig.transport.inject(encoded(response), kPeer);
    QCOMPARE(reply->error(), CoapError::BadResponse);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x400));
}

void TestClient::ping()
{
    Rig rig;
    CoapReply *reply = rig.client.ping(kPeer);
    rig.pump();
    const CoapMessage ping = rig.lastSent();
    QVERIFY(ping.isEmptyMessage());
    QCOMPARE(ping.type(), CoapType::Confirmable);
    rig.clock.advance(3);
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, ping.messageId())), kPeer);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->rttMs(), 3.0);
}

// A scripted server for block-wise: serves `body` in blocks of at most `serverSzx`.
// `size2` is what block 0's Size2 claims (default: the body's true size).
static void serveBlocks(Rig &rig, const QByteArray &body, int serverSzx, int maxRounds = 2000,
                        std::function<QByteArray(int)> etagFor = {}, qint64 size2 = -1)
{
    for (int round = 0; round < maxRounds && rig.client.activeExchanges() > 0; ++round) {
        const CoapMessage request = rig.lastSent();
        CoapBlockValue asked{0, false, quint8(serverSzx)};
        if (const auto b2 = request.uintOption(CoapOptionNumber::Block2))
            asked = CoapBlockValue::decode(*b2);
        const int szx = qMin<int>(asked.szx, serverSzx);
        const int size = 1 << (szx + 4);
        const qint64 offset = qint64(asked.offset());
        CoapBlockValue answer{quint32(offset / size), offset + size < body.size(), quint8(szx)};
        CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, request.messageId(), request.token());
        if (etagFor)
            ack.addOption(CoapOptionNumber::ETag, etagFor(round));
        ack.addUintOption(CoapOptionNumber::Block2, answer.encode());
        if (answer.num == 0)
            ack.addUintOption(CoapOptionNumber::Size2, quint64(size2 < 0 ? body.size() : size2));
        ack.setPayload(body.mid(offset, size));
        rig.transport.inject(encoded(ack), kPeer);
        rig.pump();
    }
}

void TestClient::block2Reassembly_data()
{
    QTest::addColumn<int>("szx");
    for (int szx = 0; szx <= 6; ++szx)
        QTest::newRow(qPrintable(QString::number(1 << (szx + 4)))) << szx;
}

void TestClient::block2Reassembly()
{
    QFETCH(int, szx);
    Rig rig;
    QByteArray body;
    for (int i = 0; i < 1500; ++i)
        body.append(char('a' + i % 26));
    CoapRequest r;
    r.endpoint = kPeer;
    r.blockSzx = szx;
    r.message.addOption(CoapOptionNumber::UriPath, "example_data");
    CoapReply *reply = rig.client.send(r);
    QSignalSpy progress(reply, &CoapReply::progress);
    rig.pump();
    serveBlocks(rig, body, 6);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().payload(), body);
    const int blocks = (1500 + (1 << (szx + 4)) - 1) / (1 << (szx + 4));
    QCOMPARE(rig.transport.sent.size(), blocks);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last()[0].toLongLong(), 1500);
}

// Size2 in block 0 makes the body's buffer reserved, and its pages made present, at once (up to
// 8 MiB on the device's word). Whatever Size2 claims, the body is exactly what the blocks carried.
void TestClient::block2Size2Reserve_data()
{
    QTest::addColumn<int>("bodySize");
    QTest::addColumn<qint64>("size2");
    QTest::newRow("honest, 300 KiB") << 300 * 1024 << qint64(300 * 1024);
    QTest::newRow("claims 8 MiB, sends 5000 B") << 5000 << qint64(8 * 1024 * 1024);
    QTest::newRow("claims more than 8 MiB") << 70000 << (qint64(1) << 40);
    QTest::newRow("claims less than it sends") << 70000 << qint64(3000);
}

void TestClient::block2Size2Reserve()
{
    QFETCH(int, bodySize);
    QFETCH(qint64, size2);
    Rig rig;
    QByteArray body(bodySize, Qt::Uninitialized);
    for (int i = 0; i < bodySize; ++i)
        body[i] = char(i * 7 + i / 1024);
    CoapReply *reply = rig.get(QStringLiteral("big"));
    serveBlocks(rig, body, 6, 2000, {}, size2);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().payload(), body);
}

// The memory that this process holds (resident pages), from /proc/self/statm; -1 elsewhere.
static qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// A device whose Size2 claims 8 MiB and then sends 5 blocks: the body's reserve is made present
// only a little ahead of what came, so the claim costs address space, not 8 MiB of memory.
void TestClient::block2LyingSize2CostsLittleMemory()
{
    if (residentBytes() < 0)
        QSKIP("needs /proc/self/statm");
    Rig rig;
    const QByteArray body(5 * 1024 - 100, 'b');
    constexpr qint64 kClaim = 8 * 1024 * 1024;
    CoapReply *reply = rig.get(QStringLiteral("big"));
    const qint64 before = residentBytes();
    serveBlocks(rig, body, 6, 4, {}, kClaim); // blocks 0-3: the body's buffer is held, 8 MiB reserved
    QCOMPARE(CoapBlockValue::decode(*rig.lastSent().uintOption(CoapOptionNumber::Block2)).num, quint32(4));
    const qint64 during = residentBytes();
    serveBlocks(rig, body, 6, 2000, {}, kClaim);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->response().payload(), body);
    QVERIFY2(during - before < 2 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 KiB more resident during the transfer").arg((during - before) / 1024)));
}

void TestClient::block2FollowsSmallerServerSize()
{
    Rig rig;
    QByteArray body(1000, 'x');
    CoapReply *reply = rig.get(QStringLiteral("big"));
    serveBlocks(rig, body, 2); // server insists on 64-byte blocks
    QCOMPARE(reply->response().payload(), body);
    QCOMPARE(rig.transport.sent.size(), 16);
    QCOMPARE(CoapBlockValue::decode(*rig.sentAt(3).uintOption(CoapOptionNumber::Block2)).szx, quint8(2));
}

void TestClient::block2EtagChangeRestartsThenFails()
{
    {
        Rig rig; // changes once after block 1: the transfer restarts and completes
        CoapReply *reply = rig.get(QStringLiteral("big"));
        serveBlocks(rig, QByteArray(300, 'y'), 4, 100, [](int round) { return round < 2 ? QByteArray("A") : QByteArray("B"); });
        QCOMPARE(reply->error(), CoapError::None);
        QCOMPARE(reply->response().payload(), QByteArray(300, 'y'));
    }
    {
        Rig rig; // changes all the time: a clear error
        CoapReply *reply = rig.get(QStringLiteral("big"));
        serveBlocks(rig, QByteArray(300, 'y'), 4, 100, [](int round) { return QByteArray::number(round); });
        QCOMPARE(reply->error(), CoapError::EtagChanged);
    }
}

void TestClient::singleBlockOnRequest()
{
    // RFC 7959 §2.4: a client may ask for one block of a representation; nothing more follows.
    Rig rig;
    CoapRequest r;
    r.endpoint = kPeer;
    r.singleBlock = true;
    r.message.addOption(CoapOptionNumber::UriPath, "big");
    r.message.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{2, false, 4}.encode()); // bytes 512..767
    CoapReply *reply = rig.client.send(r);
    rig.pump();
    QCOMPARE(rig.transport.sent.size(), 1);
    QCOMPARE(CoapBlockValue::decode(*rig.lastSent().uintOption(CoapOptionNumber::Block2)).num, quint32(2));
    const QByteArray body(1000, 'q');
    serveBlocks(rig, body, 6, 1);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(rig.transport.sent.size(), 1); // the M bit does not make it ask for block 3
    QCOMPARE(reply->response().payload(), body.mid(512, 256));
    const CoapBlockValue got = CoapBlockValue::decode(*reply->response().uintOption(CoapOptionNumber::Block2));
    QCOMPARE(got.num, quint32(2));
    QVERIFY(got.more);
}

void TestClient::block1Upload()
{
    Rig rig;
    QByteArray body;
    for (int i = 0; i < 1000; ++i)
        body.append(char(i));
    CoapRequest r;
    r.endpoint = kPeer;
    r.blockSzx = 4; // 256
    r.message.setCode(CoapCode::Put);
    r.message.addOption(CoapOptionNumber::UriPath, "file");
    r.message.setPayload(body);
    CoapReply *reply = rig.client.send(r);
    rig.pump();
    QByteArray received;
    for (int i = 0; i < 10 && !reply->isFinished(); ++i) {
        const CoapMessage request = rig.lastSent();
        const CoapBlockValue b = CoapBlockValue::decode(*request.uintOption(CoapOptionNumber::Block1));
        QCOMPARE(quint64(received.size()), b.offset());
        if (b.num == 0)
            QCOMPARE(request.uintOption(CoapOptionNumber::Size1).value_or(0), quint64(1000));
        received.append(request.payload());
        CoapMessage ack(CoapType::Acknowledgement, b.more ? quint8(CoapCode::Continue) : quint8(CoapCode::Changed),
                        request.messageId(), request.token());
        ack.addUintOption(CoapOptionNumber::Block1, b.encode());
        rig.transport.inject(encoded(ack), kPeer);
        rig.pump();
    }
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->response().code(), quint8(CoapCode::Changed));
    QCOMPARE(received, body);
    QCOMPARE(rig.transport.sent.size(), 4);
}

void TestClient::block1RenegotiatesOn413()
{
    Rig rig;
    const QByteArray body(600, 'z');
    CoapRequest r;
    r.endpoint = kPeer;
    r.blockSzx = 5; // 512
    r.message.setCode(CoapCode::Post);
    r.message.setPayload(body);
    CoapReply *reply = rig.client.send(r);
    rig.pump();
    // The server accepts at most 128-byte blocks and says so with a Block1 option (RFC 7959
    // §2.9.3); its Size1 is the largest body it takes (§4), larger than ours here.
    CoapMessage request = rig.lastSent();
    CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge, request.messageId(), request.token());
    tooLarge.addUintOption(CoapOptionNumber::Block1, CoapBlockValue{0, false, 3}.encode());
    tooLarge.addUintOption(CoapOptionNumber::Size1, 4096);
    rig.transport.inject(encoded(tooLarge), kPeer);
    rig.pump();
    QByteArray received;
    for (int i = 0; i < 10 && !reply->isFinished(); ++i) {
        request = rig.lastSent();
        const CoapBlockValue b = CoapBlockValue::decode(*request.uintOption(CoapOptionNumber::Block1));
        QCOMPARE(b.size(), 128);
        received.append(request.payload());
        CoapMessage ack(CoapType::Acknowledgement, b.more ? quint8(CoapCode::Continue) : quint8(CoapCode::Created),
                        request.messageId(), request.token());
        ack.addUintOption(CoapOptionNumber::Block1, b.encode());
        rig.transport.inject(encoded(ack), kPeer);
        rig.pump();
    }
    QCOMPARE(reply->response().code(), quint8(CoapCode::Created));
    QCOMPARE(received, body);
}

void TestClient::size1IsABodyLimitNotABlockSize()
{
    // A 4.13 whose Size1 is below our body: no block size helps, the 4.13 is the answer, and
    // the client does not try again in smaller blocks (RFC 7959 §4).
    Rig rig;
    CoapRequest r;
    r.endpoint = kPeer;
    r.blockSzx = 5;
    r.message.setCode(CoapCode::Put);
    r.message.setPayload(QByteArray(600, 'z'));
    CoapReply *reply = rig.client.send(r);
    rig.pump();
    const int sentBefore = rig.transport.sent.size();
    CoapMessage request = rig.lastSent();
    CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge, request.messageId(), request.token());
    tooLarge.addUintOption(CoapOptionNumber::Size1, 128);
    rig.transport.inject(encoded(tooLarge), kPeer);
    rig.pump();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->response().code(), quint8(CoapCode::RequestEntityTooLarge));
    QCOMPARE(*reply->response().uintOption(CoapOptionNumber::Size1), quint64(128));
    QCOMPARE(rig.transport.sent.size(), sentBefore);
}

// Observe helpers
static CoapReply *observe(Rig &rig, bool confirmable = true)
{
    CoapRequest r;
    r.endpoint = kPeer;
    r.observe = true;
    r.confirmable = confirmable;
    r.message.addOption(CoapOptionNumber::UriPath, "time");
    CoapReply *reply = rig.client.send(r);
    rig.pump();
    return reply;
}

static void notify(Rig &rig, const QByteArray &token, quint32 seq, const QByteArray &payload, quint16 mid,
                   CoapType type = CoapType::Confirmable, int maxAge = -1)
{
    CoapMessage n(type, CoapCode::Content, mid, token);
    n.addUintOption(CoapOptionNumber::Observe, seq);
    if (maxAge >= 0)
        n.addUintOption(CoapOptionNumber::MaxAge, quint64(maxAge));
    n.setPayload(payload);
    rig.transport.inject(encoded(n), kPeer);
}

void TestClient::observeNotificationsInOrder()
{
    Rig rig;
    CoapReply *reply = observe(rig);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    const CoapMessage registration = rig.lastSent();
    QCOMPARE(registration.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(0));
    const QByteArray token = registration.token();
    // First answer piggybacked, with Observe: the registration is in place.
    CoapMessage first(CoapType::Acknowledgement, CoapCode::Content, registration.messageId(), token);
    first.addUintOption(CoapOptionNumber::Observe, 10);
    first.setPayload("t10");
    rig.transport.inject(encoded(first), kPeer);
    QVERIFY(reply->isObserving());
    notify(rig, token, 12, "t12", 0x700);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 0x700)); // CON notifications are ACKed
    notify(rig, token, 11, "t11", 0x701);   // reordered: older than 12, dropped
    notify(rig, token, 12, "t12", 0x702);   // the same value with another MID: not fresh
    notify(rig, token, 12, "t12", 0x700);   // a duplicate MID: the message layer repeats its ACK
    notify(rig, token, 13, "t13", 0x703, CoapType::NonConfirmable);
    QCOMPARE(notifications.count(), 3);
    QCOMPARE(notifications[0][0].value<CoapMessage>().payload(), QByteArray("t10"));
    QCOMPARE(notifications[1][0].value<CoapMessage>().payload(), QByteArray("t12"));
    QCOMPARE(notifications[2][0].value<CoapMessage>().payload(), QByteArray("t13"));
    QCOMPARE(reply->notificationCount(), 3);
    QVERIFY(!reply->isFinished());
}

void TestClient::observeSequenceWrapAndAge()
{
    Rig rig;
    CoapReply *reply = observe(rig, false);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    const QByteArray token = rig.lastSent().token();
    notify(rig, token, 0xFFFFFE, "a", 1, CoapType::NonConfirmable);
    notify(rig, token, 0xFFFFFF, "b", 2, CoapType::NonConfirmable);
    notify(rig, token, 0, "c", 3, CoapType::NonConfirmable);        // wrapped: fresh (RFC 7641 §3.4)
    notify(rig, token, 0xFFFFF0, "stale", 4, CoapType::NonConfirmable); // far behind: not fresh
    QCOMPARE(notifications.count(), 3);
    // After 128 s any value is fresh again.
    rig.clock.advance(128001);
    notify(rig, token, 0xFFFFF0, "late", 5, CoapType::NonConfirmable);
    QCOMPARE(notifications.count(), 4);
    QCOMPARE(reply->lastObserveSequence(), quint64(0xFFFFF0));
}

void TestClient::observeReregistersAfterMaxAge()
{
    Rig rig;
    rig.client.setObserveGraceMs(2000);
    CoapReply *reply = observe(rig);
    const CoapMessage registration = rig.lastSent();
    CoapMessage first(CoapType::Acknowledgement, CoapCode::Content, registration.messageId(), registration.token());
    first.addUintOption(CoapOptionNumber::Observe, 1);
    first.addUintOption(CoapOptionNumber::MaxAge, 5);
    rig.transport.inject(encoded(first), kPeer);
    const int before = rig.transport.sent.size();
    rig.clock.advance(6999);
    QCOMPARE(rig.transport.sent.size(), before);
    rig.clock.advance(1);
    QCOMPARE(rig.transport.sent.size(), before + 1);
    const CoapMessage again = rig.lastSent();
    QCOMPARE(again.token(), registration.token());
    QCOMPARE(again.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(0));
    QCOMPARE(again.uriPath(), QStringLiteral("/time"));
    QVERIFY(!reply->isFinished());
}

void TestClient::observeEndsOnResponseWithoutObserve()
{
    Rig rig;
    CoapReply *reply = observe(rig);
    QSignalSpy ended(reply, &CoapReply::observationEnded);
    const QByteArray token = rig.lastSent().token();
    rig.piggyback(CoapCode::Content, "x", {CoapOption::fromUint(CoapOptionNumber::Observe, 1)});
    QVERIFY(reply->isObserving());
    CoapMessage last(CoapType::Confirmable, CoapCode::NotFound, 0x800, token); // resource went away
    rig.transport.inject(encoded(last), kPeer);
    QVERIFY(reply->isFinished());
    QCOMPARE(ended.count(), 1);
    QCOMPARE(reply->response().code(), quint8(CoapCode::NotFound));
}

void TestClient::observeCancelDeregister()
{
    Rig rig;
    CoapReply *reply = observe(rig);
    const CoapMessage registration = rig.lastSent();
    rig.piggyback(CoapCode::Content, "x", {CoapOption::fromUint(CoapOptionNumber::Observe, 1)});
    reply->cancelObservation(CoapReply::CancelMode::Deregister);
    const CoapMessage deregister = rig.lastSent();
    QCOMPARE(deregister.code(), quint8(CoapCode::Get));
    QCOMPARE(deregister.token(), registration.token());
    QCOMPARE(deregister.uintOption(CoapOptionNumber::Observe).value_or(99), quint64(1));
    QVERIFY(!reply->isFinished());
    rig.piggyback(CoapCode::Content, "final");
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(rig.client.activeExchanges(), 0);
}

void TestClient::observeCancelReset()
{
    Rig rig;
    CoapReply *reply = observe(rig);
    const QByteArray token = rig.lastSent().token();
    rig.piggyback(CoapCode::Content, "x", {CoapOption::fromUint(CoapOptionNumber::Observe, 1)});
    const int before = rig.transport.sent.size();
    reply->cancelObservation(CoapReply::CancelMode::Reset);
    QVERIFY(reply->isFinished());
    QCOMPARE(rig.transport.sent.size(), before); // nothing sent yet
    notify(rig, token, 2, "y", 0x900);
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x900)); // RFC 7641 §3.6
}

void TestClient::observeNotificationWithBlock2()
{
    Rig rig;
    CoapReply *reply = observe(rig);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    const QByteArray token = rig.lastSent().token();
    const QByteArray body(100, 'n');
    CoapMessage n(CoapType::Confirmable, CoapCode::Content, 0xA00, token);
    n.addUintOption(CoapOptionNumber::Observe, 5);
    n.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, true, 2}.encode());
    n.setPayload(body.left(64));
    rig.transport.inject(encoded(n), kPeer);
    rig.pump();
    // The notification is acknowledged, and the rest of its body is asked for.
    QCOMPARE(rig.lastSent(), CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 0xA00));
    const CoapMessage follow = rig.sentAt(rig.transport.sent.size() - 2);
    QCOMPARE(follow.code(), quint8(CoapCode::Get));
    QVERIFY(!follow.hasOption(CoapOptionNumber::Observe));
    QVERIFY(follow.token() != token);
    QCOMPARE(CoapBlockValue::decode(*follow.uintOption(CoapOptionNumber::Block2)).num, quint32(1));
    CoapMessage rest(CoapType::Acknowledgement, CoapCode::Content, follow.messageId(), follow.token());
    rest.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{1, false, 2}.encode());
    rest.setPayload(body.mid(64));
    rig.transport.inject(encoded(rest), kPeer);
    QCOMPARE(notifications.count(), 1);
    QCOMPARE(notifications[0][0].value<CoapMessage>().payload(), body);
    QCOMPARE(notifications[0][1].toULongLong(), quint64(5));
    notify(rig, token, 6, "small", 0xA01); // the registration's token still works
    QCOMPARE(notifications.count(), 2);
}

void TestClient::multicastCollectsAllAnswers()
{
    Rig rig;
    CoapRequest r;
    r.endpoint = CoapEndpoint(QHostAddress(QStringLiteral("224.0.1.187")), 5683);
    r.multicastWindowMs = 3000;
    r.message.addOption(CoapOptionNumber::UriPath, ".well-known");
    r.message.addOption(CoapOptionNumber::UriPath, "core");
    CoapReply *reply = rig.client.send(r);
    QSignalSpy responses(reply, &CoapReply::responseReceived);
    rig.pump();
    const CoapMessage request = rig.lastSent();
    QCOMPARE(request.type(), CoapType::NonConfirmable); // RFC 7252 §8.1
    for (int i = 1; i <= 3; ++i) {
        CoapMessage answer(CoapType::NonConfirmable, CoapCode::Content, quint16(i), request.token());
        answer.setPayload("</x>");
        rig.transport.inject(encoded(answer), CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.%1").arg(i)), 5683));
    }
    QCOMPARE(responses.count(), 3);
    QVERIFY(!reply->isFinished());
    rig.clock.advance(3000);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), CoapError::None);
}

// activeExchanges(peer) is counted as exchanges start and end (release() asks it for every
// exchange that ends, to emit peerIdle): two peers, and the signal only when a peer's last ends.
void TestClient::exchangesCountedPerPeer()
{
    Rig rig;
    QSignalSpy idle(&rig.client, &CoapClient::peerIdle);
    auto send = [&](const CoapEndpoint &to) {
        CoapRequest r;
        r.endpoint = to;
        return rig.client.send(r);
    };
    CoapReply *first = send(kPeer);
    CoapReply *second = send(kPeer); // waits for the first (NSTART 1, RFC 7252 §4.7)
    CoapReply *other = send(kStranger);
    rig.pump();
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(rig.client.activeExchanges(kPeer), 2);
    QCOMPARE(rig.client.activeExchanges(kStranger), 1);
    QCOMPARE(rig.client.activeExchanges(), 3);
    auto answer = [&](int i) {
        const CoapMessage request = rig.sentAt(i);
        const CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, request.messageId(), request.token());
        const CoapEndpoint to = rig.transport.sent.at(i).to; // a copy: inject() may send, and grow the list
        rig.transport.inject(encoded(ack), to);
    };
    answer(1);
    QVERIFY(other->isFinished());
    QCOMPARE(rig.client.activeExchanges(kStranger), 0);
    QCOMPARE(idle.count(), 1);
    QCOMPARE(idle.at(0).at(0).value<CoapEndpoint>(), kStranger);
    answer(0);
    QVERIFY(first->isFinished());
    QCOMPARE(rig.client.activeExchanges(kPeer), 1);
    QCOMPARE(idle.count(), 1);
    rig.pump();
    QCOMPARE(rig.transport.sent.size(), 3);
    QCOMPARE(rig.transport.sent.at(2).to, kPeer);
    second->abort();
    QCOMPARE(rig.client.activeExchanges(kPeer), 0);
    QCOMPARE(idle.count(), 2);
    QCOMPARE(idle.at(1).at(0).value<CoapEndpoint>(), kPeer);
    QCOMPARE(rig.client.activeExchanges(), 0);
}

// A reply may be deleted from a handler of its own signals (coapreply.h), not only with
// deleteLater(): after a response, after an error, and in the middle of an observation (that
// cancels it). Under ASan this is where a use after free would show.
// Replies are not QObject children (a child costs two events per request), yet they are owned
// as children were: listed by replies() while they live, deleted with their client, finished or
// not, and a reply the caller deleted is gone from the list.
void TestClient::repliesGoWithTheirClient()
{
    QList<QPointer<CoapReply>> replies;
    {
        Rig rig;
        replies << rig.get(QStringLiteral("a"));
        rig.piggyback(CoapCode::Content, "done");
        QVERIFY(replies[0]->isFinished());
        replies << rig.get(QStringLiteral("b")) << rig.get(QStringLiteral("c")) << rig.get(QStringLiteral("d"));
        QVERIFY(!replies[1]->isFinished());
        QCOMPARE(replies[0]->parent(), nullptr);
        delete replies[2].data();
        QVERIFY(!replies[2]);
        QCOMPARE(rig.client.replies(), (QList<CoapReply *>{replies[0], replies[1], replies[3]}));
        QCOMPARE(rig.client.activeExchanges(), 2);
    }
    for (const QPointer<CoapReply> &reply : std::as_const(replies))
        QVERIFY(!reply);
}

void TestClient::replyDeletedInItsOwnHandlers()
{
    {
        Rig rig;
        QPointer<CoapReply> reply = rig.get(QStringLiteral("time"));
        int sends = 0;
        QObject::connect(reply, &CoapReply::finished, reply, [&] {
            delete reply.data();
            rig.get(QStringLiteral("next")); // the next request from the same handler, as a script does
            ++sends;
        });
        rig.piggyback(CoapCode::Content, "12:00");
        QVERIFY(!reply);
        QCOMPARE(sends, 1);
        QCOMPARE(rig.client.activeExchanges(kPeer), 1);
        rig.piggyback(CoapCode::Content, "12:01");
        QCOMPARE(rig.client.activeExchanges(), 0);
    }
    {
        Rig rig;
        QPointer<CoapReply> reply = rig.get(QStringLiteral("time"));
        bool finished = false;
        QObject::connect(reply, &CoapReply::errorOccurred, reply, [&] { delete reply.data(); });
        QObject::connect(reply, &CoapReply::finished, reply, [&] { finished = true; });
        rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, rig.lastSent().messageId())), kPeer);
        QVERIFY(!reply);
        QVERIFY(!finished); // deleted before it could finish: no signal from a dead object
        QCOMPARE(rig.client.activeExchanges(), 0);
    }
    {
        Rig rig;
        QPointer<CoapReply> reply = observe(rig);
        const CoapMessage registration = rig.lastSent();
        QObject::connect(reply, &CoapReply::notificationReceived, reply, [&] { delete reply.data(); });
        CoapMessage first(CoapType::Acknowledgement, CoapCode::Content, registration.messageId(), registration.token());
        first.addUintOption(CoapOptionNumber::Observe, 10);
        rig.transport.inject(encoded(first), kPeer);
        QVERIFY(!reply);
        // Deleting the reply cancelled the observation (RFC 7641 §3.6): a deregistration went
        // out or the token was forgotten; either way a late notification is not delivered.
        notify(rig, registration.token(), 11, "late", 0x701, CoapType::NonConfirmable);
        rig.clock.advance(300000);
        QCOMPARE(rig.client.activeExchanges(), 0);
    }
}

// The request layer asks the message layer to drop its copy of a request only when the message
// layer still holds it (an acknowledged CON is gone from there already). However an exchange
// ends, its NSTART slot must be free afterwards, nothing must wait, and nothing must be sent again.
void TestClient::slotFreedHoweverTheExchangeEnds_data()
{
    QTest::addColumn<QString>("ending");
    for (const char *e : {"piggybacked", "empty-ack-then-separate", "separate-before-ack", "non-response",
                          "reset", "foreign-token-ack-then-separate", "abort"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestClient::slotFreedHoweverTheExchangeEnds()
{
    QFETCH(QString, ending);
    Rig rig;
    const bool non = ending == QLatin1String("non-response");
    CoapReply *first = rig.get(QStringLiteral("a"), !non);
    // A second request to the same peer waits for the first's slot (NSTART = 1).
    CoapReply *second = rig.get(QStringLiteral("b"), !non);
    QSignalSpy firstFinished(first, &CoapReply::finished);
    QSignalSpy secondFinished(second, &CoapReply::finished);
    QCOMPARE(rig.transport.sent.size(), 1);
    QCOMPARE(rig.client.messageLayer()->queuedCount(kPeer), 1);
    const CoapMessage request = rig.sentAt(0);
    const auto inject = [&](const CoapMessage &m) { rig.transport.inject(encoded(m), kPeer); };
    if (ending == QLatin1String("piggybacked")) {
        rig.piggyback(CoapCode::Content, "a");
    } else if (ending == QLatin1String("empty-ack-then-separate")) {
        inject(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, request.messageId()));
        inject(CoapMessage(CoapType::Confirmable, CoapCode::Content, 0x7001, request.token()));
    } else if (ending == QLatin1String("separate-before-ack")) {
        // RFC 7252 §5.2.2: the response overtook the ACK, which never comes.
        inject(CoapMessage(CoapType::NonConfirmable, CoapCode::Content, 0x7002, request.token()));
    } else if (ending == QLatin1String("non-response")) {
        inject(CoapMessage(CoapType::NonConfirmable, CoapCode::Content, 0x7003, request.token()));
    } else if (ending == QLatin1String("reset")) {
        inject(CoapMessage(CoapType::Reset, CoapCode::Empty, request.messageId()));
    } else if (ending == QLatin1String("foreign-token-ack-then-separate")) {
        CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, request.messageId(), QByteArray("zzzz"));
        inject(ack); // taken as an empty ACK: a separate response may still come
        inject(CoapMessage(CoapType::Confirmable, CoapCode::Content, 0x7004, request.token()));
    } else {
        first->abort();
    }
    QCOMPARE(firstFinished.count(), 1);
    // The first's slot went to the second at once.
    QCOMPARE(rig.client.messageLayer()->queuedCount(kPeer), 0);
    const int sentBeforeSecondAnswer = rig.transport.sent.size();
    CoapMessage secondRequest;
    for (int i = 0; i < rig.transport.sent.size(); ++i) {
        if (rig.sentAt(i).uriPath() == QLatin1String("/b"))
            secondRequest = rig.sentAt(i);
    }
    QCOMPARE(secondRequest.uriPath(), QStringLiteral("/b"));
    rig.transport.inject(encoded(CoapMessage(non ? CoapType::NonConfirmable : CoapType::Acknowledgement, CoapCode::Content,
                                             non ? quint16(0x7100) : secondRequest.messageId(), secondRequest.token())),
                         kPeer);
    QCOMPARE(secondFinished.count(), 1);
    QCOMPARE(rig.client.messageLayer()->outstandingCount(kPeer), 0);
    QCOMPARE(rig.client.activeExchanges(), 0);
    // Nothing is sent again, however long we wait: no retransmission of either request is left.
    rig.clock.advance(300000);
    QCOMPARE(rig.transport.sent.size(), sentBeforeSecondAnswer);
}

// CoapClient::replyFinished: one connection for every request (QNetworkAccessManager::finished).
// It comes after the reply's own finished(), for successes and failures alike, not for a reply
// deleted in a finished() handler; by then the exchange is over (no live exchange or token), and
// a handler may delete the reply and send the next request, as bench_protocol does.
void TestClient::clientSignalsEveryFinishedReply()
{
    Rig rig;
    QStringList order;
    QList<CoapReply *> finishedReplies;
    QObject::connect(&rig.client, &CoapClient::replyFinished, &rig.client, [&](CoapReply *reply) {
        order << QStringLiteral("client");
        finishedReplies << reply;
        QCOMPARE(rig.client.activeExchanges(), 0);
        QCOMPARE(rig.client.liveTokens(), 0);
    });

    CoapReply *first = rig.get(QStringLiteral("a"));
    QObject::connect(first, &CoapReply::finished, first, [&] { order << QStringLiteral("reply"); });
    rig.piggyback(CoapCode::Content, "a");
    QCOMPARE(order, QStringList({QStringLiteral("reply"), QStringLiteral("client")}));
    QCOMPARE(finishedReplies, QList<CoapReply *>{first});
    QVERIFY(first->isSuccessful());

    CoapReply *second = rig.get(QStringLiteral("b"));
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, rig.lastSent().messageId())), kPeer);
    QCOMPARE(finishedReplies.size(), 2);
    QCOMPARE(finishedReplies.last(), second);
    QCOMPARE(second->error(), CoapError::Reset);

    // Deleted in its own finished() handler: the client says nothing of it.
    QPointer<CoapReply> third = rig.get(QStringLiteral("c"));
    QObject::connect(third, &CoapReply::finished, third, [&] { delete third.data(); });
    rig.piggyback(CoapCode::Content, "c");
    QVERIFY(!third);
    QCOMPARE(finishedReplies.size(), 2);

    // Deleted, and the next request sent, from the client's signal.
    int sent = 0;
    QObject::connect(&rig.client, &CoapClient::replyFinished, &rig.client, [&](CoapReply *reply) {
        delete reply;
        if (++sent < 3)
            rig.client.send([] {
                CoapRequest r;
                r.endpoint = kPeer;
                r.message.addOption(CoapOptionNumber::UriPath, QByteArrayLiteral("next"));
                return r;
            }());
    });
    finishedReplies.clear();
    rig.get(QStringLiteral("d"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rig.client.activeExchanges(), 1);
        rig.piggyback(CoapCode::Content, QByteArray::number(i));
    }
    QCOMPARE(sent, 3);
    QCOMPARE(finishedReplies.size(), 3);
    QCOMPARE(rig.client.activeExchanges(), 0);
    QCOMPARE(rig.client.replies().size(), 2); // first and second; the rest were deleted
    QCOMPARE(rig.transport.sent.size(), 6);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"

// Message layer rules of RFC 7252 §4, checked on a virtual clock with a fake transport.
#include "coapfaketransport.h"
#include "coaplastfound.h"
#include "coapmessagelayer.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const CoapEndpoint kPeer(QHostAddress(QStringLiteral("192.0.2.1")), 5683);
const CoapEndpoint kOther(QHostAddress(QStringLiteral("192.0.2.2")), 5683);

CoapMessage decoded(const QByteArray &datagram)
{
    const CoapDecodeResult r = CoapCodec::decode(datagram);
    if (!r.ok())
        qWarning() << "test could not decode" << datagram.toHex();
    return r.message;
}

QByteArray encoded(const CoapMessage &m) { return CoapCodec::encode(m); }

// Records what arrives and answers as told.
class TestReceiver : public CoapMessageLayer::Receiver
{
public:
    CoapMessageLayer::Disposition receive(const CoapMessage &message, const CoapEndpoint &from) override
    {
        received.append({message, from});
        if (onReceive)
            onReceive(message, from);
        return disposition;
    }
    QList<QPair<CoapMessage, CoapEndpoint>> received;
    CoapMessageLayer::Disposition disposition = CoapMessageLayer::Disposition::Accept;
    std::function<void(const CoapMessage &, const CoapEndpoint &)> onReceive;
};

struct Rig
{
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    CoapMessageLayer layer{&transport, &clock};
    TestReceiver receiver;
    explicit Rig(double random = 0.0)
    {
        transport.setClock(&clock);
        layer.setReceiver(&receiver);
        layer.setRandomSource([random] { return random; });
    }
};

CoapMessage getRequest(CoapType type = CoapType::Confirmable)
{
    CoapMessage m(type, CoapCode::Get, 0, QByteArray("\x01\x02", 2));
    m.addOption(CoapOptionNumber::UriPath, "time");
    return m;
}

// A request that is not safe: always remembered, also when it is answered at once (a safe one
// answered at once is not, see safeRequestAnsweredAtOnceIsNotRemembered).
CoapMessage postRequest(CoapType type = CoapType::Confirmable)
{
    CoapMessage m = getRequest(type);
    m.setCode(quint8(CoapCode::Post));
    return m;
}
} // namespace

class TestMessageLayer : public QObject
{
    Q_OBJECT
private slots:
    void lastFoundRemembersAbsenceUntilTheTableChanges();
    void sameMessageAfterItsLifetimeIsNew();
    void answerGoesOutBeforeTheTableIsTidied();
    void conGoesOutBeforeItsRecordIsKept();
    void datagramsReachEveryLayerAndListener();
    void retransmissionSchedule_data();
    void retransmissionSchedule();
    void configuredParameters();
    void ackStopsRetransmission();
    void emptyAckSignalsSeparateResponse();
    void resetStopsRetransmission();
    void derivedTimes();
    void duplicateConGetsSameReply();
    void safeRequestAnsweredAtOnceIsNotRemembered_data();
    void safeRequestAnsweredAtOnceIsNotRemembered();
    void duplicateNonIsDropped();
    void reusedMidWithOtherContentIsNew();
    void deduplicationExpires();
    void deduplicationIsBounded();
    void malformedConIsReset_data();
    void malformedConIsReset();
    void malformedNonAckRstAreIgnored_data();
    void malformedNonAckRstAreIgnored();
    void pingIsAnsweredWithReset();
    void separateResponseAfterEmptyAck();
    void rejectSendsReset();
    void nstartQueues_data();
    void nstartQueues();
    void cancelStopsAndFreesSlot();
    void sendFailureIsReported();
    void unmatchedAckIsIgnored();
    void messageIdsAdvance();
    void replacingCarriesRetransmissionState();
    void datagramEventsForEveryDatagram();
    void retransmissionGoesWhereTheMessageWent();
};

void TestMessageLayer::retransmissionSchedule_data()
{
    QTest::addColumn<double>("random");
    QTest::newRow("lowest") << 0.0;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("highest") << 0.999;
}

void TestMessageLayer::retransmissionSchedule()
{
    QFETCH(double, random);
    Rig rig(random);
    QSignalSpy failed(&rig.layer, &CoapMessageLayer::transmissionFailed);
    const quint16 mid = rig.layer.send(getRequest(), kPeer);

    // RFC 7252 §4.2: initial timeout in [ACK_TIMEOUT, ACK_TIMEOUT * ACK_RANDOM_FACTOR], doubled
    // after each of MAX_RETRANSMIT (4) retransmissions, then give up after the last timeout.
    const qint64 initial = 2000 + qint64(1000 * random);
    QVERIFY(initial >= 2000 && initial <= 3000);
    QList<qint64> expected{0};
    qint64 t = 0, timeout = initial;
    for (int i = 0; i < 4; ++i) {
        t += timeout;
        expected.append(t);
        timeout *= 2;
    }
    const qint64 giveUp = t + timeout; // initial * 31
    QCOMPARE(giveUp, initial * 31);

    rig.clock.advance(giveUp - 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(rig.transport.sent.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rig.transport.sent[i].atMs, expected[i]);
        QCOMPARE(rig.transport.sent[i].datagram, rig.transport.sent[0].datagram); // same MID and bytes
        QCOMPARE(rig.transport.sent[i].to, kPeer);
    }
    rig.clock.advance(1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][1].value<quint16>(), mid);
    QCOMPARE(failed[0][2].value<CoapTransmissionFailure>(), CoapTransmissionFailure::Timeout);
    QCOMPARE(rig.layer.outstandingCount(kPeer), 0);
    QCOMPARE(rig.clock.pendingTimers(), 0);
    // The whole wait is within MAX_TRANSMIT_WAIT (93 s with the defaults).
    QVERIFY(giveUp <= rig.layer.parameters().maxTransmitWaitMs());
}

void TestMessageLayer::configuredParameters()
{
    Rig rig;
    CoapTransmissionParameters p;
    p.ackTimeoutMs = 100;
    p.ackRandomFactor = 1.0;
    p.maxRetransmit = 2;
    rig.layer.setParameters(p);
    QSignalSpy failed(&rig.layer, &CoapMessageLayer::transmissionFailed);
    rig.layer.send(getRequest(), kPeer);
    rig.clock.advance(10000);
    QCOMPARE(rig.transport.sent.size(), 3);
    QCOMPARE(rig.transport.sent[1].atMs, 100);
    QCOMPARE(rig.transport.sent[2].atMs, 300);
    QCOMPARE(failed.count(), 1);
}

void TestMessageLayer::ackStopsRetransmission()
{
    Rig rig;
    const quint16 mid = rig.layer.send(getRequest(), kPeer);
    rig.clock.advance(2500); // one retransmission
    QCOMPARE(rig.transport.sent.size(), 2);
    CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, mid, QByteArray("\x01\x02", 2));
    ack.setPayload("12:00");
    rig.transport.inject(encoded(ack), kPeer);
    QCOMPARE(rig.receiver.received.size(), 1); // piggybacked response goes up
    QCOMPARE(rig.receiver.received[0].first.payload(), QByteArray("12:00"));
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(rig.clock.pendingTimers(), 0);
    // The same ACK again is a duplicate of nothing outstanding: ignored quietly.
    rig.transport.inject(encoded(ack), kPeer);
    QCOMPARE(rig.transport.sent.size(), 2);
}

void TestMessageLayer::emptyAckSignalsSeparateResponse()
{
    Rig rig;
    QSignalSpy emptyAck(&rig.layer, &CoapMessageLayer::emptyAcknowledgementReceived);
    const quint16 mid = rig.layer.send(getRequest(), kPeer);
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, mid)), kPeer);
    QCOMPARE(emptyAck.count(), 1);
    QCOMPARE(rig.receiver.received.size(), 0);
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 1);
}

void TestMessageLayer::resetStopsRetransmission()
{
    Rig rig;
    QSignalSpy reset(&rig.layer, &CoapMessageLayer::resetReceived);
    const quint16 mid = rig.layer.send(getRequest(), kPeer);
    // An RST from another peer with the same MID does not match (RFC 7252 §4.4).
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, mid)), kOther);
    QCOMPARE(reset.count(), 0);
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, mid)), kPeer);
    QCOMPARE(reset.count(), 1);
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 1);
}

void TestMessageLayer::derivedTimes()
{
    // RFC 7252 §4.8.2 with the default parameters.
    const CoapTransmissionParameters p;
    QCOMPARE(p.maxTransmitSpanMs(), 45000);
    QCOMPARE(p.maxTransmitWaitMs(), 93000);
    QCOMPARE(p.maxRttMs(), 202000);
    QCOMPARE(p.exchangeLifetimeMs(), 247000);
    QCOMPARE(p.nonLifetimeMs(), 145000);
}

void TestMessageLayer::duplicateConGetsSameReply()
{
    Rig rig;
    rig.receiver.disposition = CoapMessageLayer::Disposition::Deferred;
    rig.receiver.onReceive = [&](const CoapMessage &request, const CoapEndpoint &from) {
        CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
        response.setPayload("hello");
        rig.layer.respond(request, from, response);
    };
    CoapMessage request = postRequest();
    request.setMessageId(0x1234);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage first = decoded(rig.transport.sent[0].datagram);
    QCOMPARE(first.type(), CoapType::Acknowledgement);
    QCOMPARE(first.messageId(), quint16(0x1234));
    QCOMPARE(first.token(), request.token());
    QCOMPARE(first.payload(), QByteArray("hello"));

    rig.clock.advance(3000);
    rig.transport.inject(encoded(request), kPeer); // the client did not hear our ACK
    QCOMPARE(rig.receiver.received.size(), 1);    // acted on once (RFC 7252 §4.5)
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(rig.transport.sent[1].datagram, rig.transport.sent[0].datagram);
    // The same MID from another peer is another message.
    rig.transport.inject(encoded(request), kOther);
    QCOMPARE(rig.receiver.received.size(), 2);
}

// RFC 7252 §4.5: deduplication "MAY be relaxed" for idempotent requests, so that the server "does
// not have to maintain state for Message IDs". A safe request (GET, FETCH) answered while it is
// handed on is not remembered: a copy is handed on again and answered anew. One answered later
// (separateResponseAfterEmptyAck) is remembered, and so is every request that is not safe
// (duplicateConGetsSameReply). With the relaxation off, a copy of a GET is a duplicate.
void TestMessageLayer::safeRequestAnsweredAtOnceIsNotRemembered_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("disposition");
    QTest::addColumn<bool>("relaxed");
    QTest::addColumn<bool>("handedOnAgain");
    const int con = int(CoapType::Confirmable), non = int(CoapType::NonConfirmable);
    const int get = int(CoapCode::Get), fetch = int(CoapCode::Fetch), put = int(CoapCode::Put);
    const int deferred = int(CoapMessageLayer::Disposition::Deferred);
    const int reject = int(CoapMessageLayer::Disposition::Reject);
    QTest::newRow("CON GET, piggybacked") << con << get << deferred << true << true;
    QTest::newRow("CON FETCH, piggybacked") << con << fetch << deferred << true << true;
    QTest::newRow("NON GET, answered") << non << get << deferred << true << true;
    QTest::newRow("CON GET, rejected") << con << get << reject << true << true;
    QTest::newRow("CON PUT, piggybacked") << con << put << deferred << true << false;
    QTest::newRow("CON GET, piggybacked, strict") << con << get << deferred << false << false;
    QTest::newRow("NON GET, answered, strict") << non << get << deferred << false << false;
}

void TestMessageLayer::safeRequestAnsweredAtOnceIsNotRemembered()
{
    QFETCH(int, type);
    QFETCH(int, code);
    QFETCH(int, disposition);
    QFETCH(bool, relaxed);
    QFETCH(bool, handedOnAgain);
    Rig rig;
    QCOMPARE(rig.layer.relaxedDeduplication(), true); // the default
    rig.layer.setRelaxedDeduplication(relaxed);
    const auto answerType = CoapType(type) == CoapType::Confirmable ? CoapType::Acknowledgement : CoapType::NonConfirmable;
    rig.receiver.disposition = CoapMessageLayer::Disposition(disposition);
    int answers = 0;
    if (rig.receiver.disposition == CoapMessageLayer::Disposition::Deferred) {
        rig.receiver.onReceive = [&](const CoapMessage &request, const CoapEndpoint &from) {
            CoapMessage response(answerType, CoapCode::Content);
            response.setPayload("answer " + QByteArray::number(++answers));
            rig.layer.respond(request, from, response);
        };
    }
    CoapMessage request = getRequest(CoapType(type));
    request.setCode(quint8(code));
    request.setMessageId(0x4242);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 1);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage first = decoded(rig.transport.sent[0].datagram);
    if (rig.receiver.disposition == CoapMessageLayer::Disposition::Reject) {
        QCOMPARE(first.type(), CoapType::Reset);
    } else {
        QCOMPARE(first.type(), answerType);
        QCOMPARE(first.token(), request.token());
        QCOMPARE(first.payload(), QByteArray("answer 1"));
    }
    if (first.type() != CoapType::NonConfirmable) // an ACK or RST: the request's MID
        QCOMPARE(first.messageId(), quint16(0x4242));
    QCOMPARE(rig.layer.deduplicationEntries(), handedOnAgain ? 0 : 1);

    rig.clock.advance(3000);
    rig.transport.inject(encoded(request), kPeer); // a copy: the network's, or a retransmission
    QCOMPARE(rig.receiver.received.size(), handedOnAgain ? 2 : 1);
    const bool answeredAgain = handedOnAgain || CoapType(type) == CoapType::Confirmable;
    QCOMPARE(rig.transport.sent.size(), answeredAgain ? 2 : 1);
    if (handedOnAgain && rig.receiver.disposition == CoapMessageLayer::Disposition::Deferred)
        QCOMPARE(decoded(rig.transport.sent[1].datagram).payload(), QByteArray("answer 2")); // anew
    else if (answeredAgain)
        QCOMPARE(rig.transport.sent[1].datagram, rig.transport.sent[0].datagram); // the same again
    QCOMPARE(rig.layer.deduplicationEntries(), handedOnAgain ? 0 : 1);
}

void TestMessageLayer::duplicateNonIsDropped()
{
    Rig rig;
    CoapMessage request = getRequest(CoapType::NonConfirmable);
    request.setMessageId(7);
    rig.transport.inject(encoded(request), kPeer);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 1);
    QCOMPARE(rig.transport.sent.size(), 0);
}

// A sender faster than about 265 messages a second to one peer reuses MIDs within their
// lifetime (RFC 7252 §4.4; our own server's notifications at 20 x 50 Hz wrap in 65 s). A copy is
// byte for byte the same; the same MID with another token is a new message, and taking it for a
// copy would silence that peer for good. Copies are still acted on once.
void TestMessageLayer::reusedMidWithOtherContentIsNew()
{
    Rig rig;
    rig.receiver.disposition = CoapMessageLayer::Disposition::Accept;
    CoapMessage first(CoapType::NonConfirmable, CoapCode::Content, 9, QByteArray("\x0a", 1));
    first.setPayload("21.5");
    CoapMessage second(CoapType::NonConfirmable, CoapCode::Content, 9, QByteArray("\x0b", 1));
    second.setPayload("21.6");
    rig.transport.inject(encoded(first), kPeer);
    rig.clock.advance(65000);
    rig.transport.inject(encoded(second), kPeer); // MID 9 again, within NON_LIFETIME
    rig.transport.inject(encoded(second), kPeer); // and a copy of it
    QCOMPARE(rig.receiver.received.size(), 2);
    QCOMPARE(rig.receiver.received.at(0).first.payload(), QByteArray("21.5"));
    QCOMPARE(rig.receiver.received.at(1).first.payload(), QByteArray("21.6"));

    // A CON under a reused MID is acknowledged as the new message it is; its copy gets that ACK again.
    CoapMessage con1(CoapType::Confirmable, CoapCode::Content, 77, QByteArray("\x01", 1));
    CoapMessage con2(CoapType::Confirmable, CoapCode::Content, 77, QByteArray("\x02", 1));
    rig.transport.inject(encoded(con1), kPeer);
    rig.transport.inject(encoded(con2), kPeer);
    rig.transport.inject(encoded(con2), kPeer);
    QCOMPARE(rig.receiver.received.size(), 4);
    QCOMPARE(rig.receiver.received.at(3).first.token(), QByteArray("\x02", 1));
    QCOMPARE(rig.transport.sent.size(), 3); // an empty ACK for each new CON, and one for the copy
    for (const auto &sent : std::as_const(rig.transport.sent)) {
        const CoapMessage ack = decoded(sent.datagram);
        QCOMPARE(ack.type(), CoapType::Acknowledgement);
        QCOMPARE(ack.messageId(), quint16(77));
    }
}

void TestMessageLayer::deduplicationExpires()
{
    Rig rig;
    CoapMessage con = getRequest();
    con.setMessageId(1);
    CoapMessage non = getRequest(CoapType::NonConfirmable);
    non.setMessageId(2);
    rig.transport.inject(encoded(con), kPeer);
    rig.transport.inject(encoded(non), kPeer);
    QCOMPARE(rig.receiver.received.size(), 2);
    const CoapTransmissionParameters p;
    // NON_LIFETIME passes: the NON's MID may be new again, the CON's not yet.
    rig.clock.advance(p.nonLifetimeMs());
    rig.transport.inject(encoded(non), kPeer);
    rig.transport.inject(encoded(con), kPeer);
    QCOMPARE(rig.receiver.received.size(), 3);
    rig.clock.advance(p.exchangeLifetimeMs() - p.nonLifetimeMs());
    rig.transport.inject(encoded(con), kPeer);
    QCOMPARE(rig.receiver.received.size(), 4);
}

void TestMessageLayer::deduplicationIsBounded()
{
    Rig rig;
    rig.layer.setMaxDeduplicationEntries(100);
    for (int i = 0; i < 1000; ++i) {
        CoapMessage m = getRequest(CoapType::NonConfirmable);
        m.setMessageId(quint16(i));
        rig.transport.inject(encoded(m), kPeer);
    }
    QCOMPARE(rig.receiver.received.size(), 1000);
    QVERIFY(rig.layer.deduplicationEntries() <= 100);
}

void TestMessageLayer::malformedConIsReset_data()
{
    QTest::addColumn<QByteArray>("datagram");
    // CON, MID 0x0102 in each.
    QTest::newRow("token length 9") << QByteArray::fromHex("49010102");
    QTest::newRow("option nibble 15") << QByteArray::fromHex("400101020f");
    QTest::newRow("truncated option") << QByteArray::fromHex("40010102b374");
    QTest::newRow("marker without payload") << QByteArray::fromHex("40010102ff");
    QTest::newRow("reserved class 1") << QByteArray::fromHex("40210102");
    QTest::newRow("empty with payload") << QByteArray::fromHex("40000102ff41");
}

void TestMessageLayer::malformedConIsReset()
{
    QFETCH(QByteArray, datagram);
    Rig rig;
    rig.transport.inject(datagram, kPeer);
    QCOMPARE(rig.receiver.received.size(), 0);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage rst = decoded(rig.transport.sent[0].datagram);
    QCOMPARE(rst.type(), CoapType::Reset);
    QCOMPARE(rst.messageId(), quint16(0x0102));
    QVERIFY(rst.isEmptyMessage());
}

void TestMessageLayer::malformedNonAckRstAreIgnored_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("NON token length 9") << QByteArray::fromHex("59010102");
    QTest::newRow("ACK truncated option") << QByteArray::fromHex("60450102b374");
    QTest::newRow("RST with payload marker") << QByteArray::fromHex("70000102ff");
    QTest::newRow("CON version 2") << QByteArray::fromHex("80010102");
    QTest::newRow("three bytes") << QByteArray::fromHex("400101");
    QTest::newRow("nothing") << QByteArray();
}

void TestMessageLayer::malformedNonAckRstAreIgnored()
{
    QFETCH(QByteArray, datagram);
    Rig rig;
    QSignalSpy events(&rig.layer, &CoapMessageLayer::datagramEvent);
    rig.transport.inject(datagram, kPeer);
    QCOMPARE(rig.receiver.received.size(), 0);
    QCOMPARE(rig.transport.sent.size(), 0);
    QCOMPARE(events.count(), 1); // still shown in the message log
    QVERIFY(events[0][0].value<CoapDatagramEvent>().decodeError != CoapDecodeError::None);
}

void TestMessageLayer::pingIsAnsweredWithReset()
{
    Rig rig;
    rig.transport.inject(encoded(CoapMessage(CoapType::Confirmable, CoapCode::Empty, 0x99)), kPeer);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage rst = decoded(rig.transport.sent[0].datagram);
    QCOMPARE(rst.type(), CoapType::Reset);
    QCOMPARE(rst.messageId(), quint16(0x99));
    QCOMPARE(rig.receiver.received.size(), 0);
    // Our own ping: the peer's RST resolves it.
    QSignalSpy reset(&rig.layer, &CoapMessageLayer::resetReceived);
    const quint16 mid = rig.layer.ping(kPeer);
    QCOMPARE(decoded(rig.transport.sent.last().datagram), CoapMessage(CoapType::Confirmable, CoapCode::Empty, mid));
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, mid)), kPeer);
    QCOMPARE(reset.count(), 1);
}

void TestMessageLayer::separateResponseAfterEmptyAck()
{
    Rig rig;
    rig.receiver.disposition = CoapMessageLayer::Disposition::Deferred;
    CoapMessage request = getRequest();
    request.setMessageId(0x2000);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.transport.sent.size(), 0);
    rig.clock.advance(rig.layer.parameters().piggybackWindowMs);
    QCOMPARE(rig.transport.sent.size(), 1);
    const CoapMessage ack = decoded(rig.transport.sent[0].datagram);
    QCOMPARE(ack.type(), CoapType::Acknowledgement);
    QVERIFY(ack.isEmptyMessage());
    QCOMPARE(ack.messageId(), quint16(0x2000));

    // A retransmitted request now gets the empty ACK again, not a second delivery.
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 1);
    QCOMPARE(rig.transport.sent.size(), 2);

    CoapMessage response(CoapType::Confirmable, CoapCode::Content);
    response.setPayload("late");
    rig.layer.respond(request, kPeer, response);
    QCOMPARE(rig.transport.sent.size(), 3);
    const CoapMessage separate = decoded(rig.transport.sent[2].datagram);
    QCOMPARE(separate.type(), CoapType::Confirmable); // RFC 7252 §5.2.2
    QVERIFY(separate.messageId() != quint16(0x2000));
    QCOMPARE(separate.token(), request.token());
    // Retransmitted like any CON until the client acknowledges it.
    rig.clock.advance(3000);
    QCOMPARE(rig.transport.sent.size(), 4);
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, separate.messageId())), kPeer);
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 4);
}

void TestMessageLayer::rejectSendsReset()
{
    Rig rig;
    rig.receiver.disposition = CoapMessageLayer::Disposition::Reject;
    CoapMessage response(CoapType::Confirmable, CoapCode::Content, 0x77, "zz");
    rig.transport.inject(encoded(response), kPeer);
    QCOMPARE(rig.transport.sent.size(), 1);
    QCOMPARE(decoded(rig.transport.sent[0].datagram), CoapMessage(CoapType::Reset, CoapCode::Empty, 0x77));
    // Accept: an empty ACK.
    rig.receiver.disposition = CoapMessageLayer::Disposition::Accept;
    response.setMessageId(0x78);
    rig.transport.inject(encoded(response), kPeer);
    QCOMPARE(decoded(rig.transport.sent[1].datagram), CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 0x78));
}

void TestMessageLayer::nstartQueues_data()
{
    QTest::addColumn<int>("nstart");
    QTest::newRow("1 (default)") << 1;
    QTest::newRow("2") << 2;
}

void TestMessageLayer::nstartQueues()
{
    QFETCH(int, nstart);
    Rig rig;
    CoapTransmissionParameters p;
    p.nstart = nstart;
    rig.layer.setParameters(p);
    QList<quint16> mids;
    for (int i = 0; i < 4; ++i)
        mids.append(rig.layer.send(getRequest(), kPeer));
    rig.layer.send(getRequest(), kOther); // another peer is not held up
    QCOMPARE(rig.transport.sent.size(), nstart + 1);
    QCOMPARE(rig.layer.outstandingCount(kPeer), nstart);
    QCOMPARE(rig.layer.queuedCount(kPeer), 4 - nstart);
    // Acknowledging the first lets the next one go, in order.
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, mids[0])), kPeer);
    QCOMPARE(rig.transport.sent.size(), nstart + 2);
    QCOMPARE(decoded(rig.transport.sent.last().datagram).messageId(), mids[nstart]);
    // A NON request is an outstanding interaction too (RFC 7252 §4.7): it waits for a slot.
    const quint16 non = rig.layer.send(getRequest(CoapType::NonConfirmable), kPeer);
    QCOMPARE(rig.transport.sent.size(), nstart + 2);
    QCOMPARE(rig.layer.queuedCount(kPeer), 4 - nstart);
    // A NON response does not: it goes at once.
    rig.layer.send(CoapMessage(CoapType::NonConfirmable, CoapCode::Content, 0), kPeer);
    QCOMPARE(rig.transport.sent.size(), nstart + 3);
    // Cancelling the queued CONs leaves the NON request next in line.
    for (int i = 1; i < 4; ++i)
        rig.layer.cancel(kPeer, mids[i]);
    QCOMPARE(decoded(rig.transport.sent.last().datagram).messageId(), non);
}

void TestMessageLayer::cancelStopsAndFreesSlot()
{
    Rig rig;
    const quint16 a = rig.layer.send(getRequest(), kPeer);
    const quint16 b = rig.layer.send(getRequest(), kPeer);
    QCOMPARE(rig.transport.sent.size(), 1);
    rig.layer.cancel(kPeer, a);
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(decoded(rig.transport.sent[1].datagram).messageId(), b);
    rig.layer.cancel(kPeer, b);
    rig.clock.advance(100000);
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(rig.clock.pendingTimers(), 0);
}

void TestMessageLayer::sendFailureIsReported()
{
    Rig rig;
    QSignalSpy failed(&rig.layer, &CoapMessageLayer::transmissionFailed);
    rig.transport.setFailure(CoapNetworkError::NetworkUnreachable);
    rig.layer.send(getRequest(), kPeer);
    QVERIFY(failed.wait(1000));
    // The system has no route to the peer: told apart, so that another address may be tried.
    QCOMPARE(failed[0][2].value<CoapTransmissionFailure>(), CoapTransmissionFailure::HostUnreachable);
    QCOMPARE(rig.layer.outstandingCount(kPeer), 0);
    // Any other refusal (a DTLS handshake that failed moments ago) is a plain network error.
    rig.transport.setFailure(CoapNetworkError::Other);
    rig.layer.send(getRequest(), kPeer);
    QVERIFY(failed.wait(1000));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed[1][2].value<CoapTransmissionFailure>(), CoapTransmissionFailure::NetworkError);
    QCOMPARE(rig.layer.outstandingCount(kPeer), 0);
}

void TestMessageLayer::unmatchedAckIsIgnored()
{
    Rig rig;
    QSignalSpy emptyAck(&rig.layer, &CoapMessageLayer::emptyAcknowledgementReceived);
    QSignalSpy reset(&rig.layer, &CoapMessageLayer::resetReceived);
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 5)), kPeer);
    rig.transport.inject(encoded(CoapMessage(CoapType::Reset, CoapCode::Empty, 6)), kPeer);
    QCOMPARE(emptyAck.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rig.transport.sent.size(), 0);
}

void TestMessageLayer::messageIdsAdvance()
{
    Rig rig;
    const quint16 a = rig.layer.send(getRequest(CoapType::NonConfirmable), kPeer);
    const quint16 b = rig.layer.send(getRequest(CoapType::NonConfirmable), kPeer);
    QCOMPARE(quint16(a + 1), b);
    // Each peer has a sequence of its own (RFC 7252 §4.4), starting at a random point.
    const quint16 c = rig.layer.send(getRequest(CoapType::NonConfirmable), kOther);
    const quint16 d = rig.layer.send(getRequest(CoapType::NonConfirmable), kOther);
    QCOMPARE(quint16(c + 1), d);
    QCOMPARE(quint16(rig.layer.send(getRequest(CoapType::NonConfirmable), kPeer)), quint16(b + 1));
}

void TestMessageLayer::replacingCarriesRetransmissionState()
{
    // RFC 7641 §4.5.2: a CON notification that replaces an unacknowledged one takes over its
    // retransmission count and timeout; notifications every second must not keep a silent
    // observer alive. With a random factor of 0 the whole schedule is 2+4+8+16+32 = 62 s.
    Rig rig;
    QSignalSpy failed(&rig.layer, &CoapMessageLayer::transmissionFailed);
    CoapMessage notification(CoapType::Confirmable, CoapCode::Content, 0, QByteArray("\x07", 1));
    quint16 mid = rig.layer.send(notification, kPeer);
    qint64 failedAt = -1;
    for (int second = 1; second <= 200 && failedAt < 0; ++second) {
        rig.clock.advance(1000);
        if (!failed.isEmpty()) {
            failedAt = rig.clock.nowMs();
            break;
        }
        mid = rig.layer.sendReplacing(notification, kPeer, mid);
        QCOMPARE(rig.layer.outstandingCount(kPeer), 1);
    }
    QVERIFY2(failedAt > 0, "a replaced notification never gave up");
    QVERIFY2(failedAt <= 62000, qPrintable(QString::number(failedAt)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][2].value<CoapTransmissionFailure>(), CoapTransmissionFailure::Timeout);
}

void TestMessageLayer::datagramEventsForEveryDatagram()
{
    Rig rig(0.0);
    QSignalSpy events(&rig.layer, &CoapMessageLayer::datagramEvent);
    const quint16 mid = rig.layer.send(getRequest(), kPeer);
    rig.clock.advance(2000);
    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Content, mid, "\x01\x02")), kPeer);
    QCOMPARE(events.count(), 3);
    const auto first = events[0][0].value<CoapDatagramEvent>();
    const auto retry = events[1][0].value<CoapDatagramEvent>();
    const auto answer = events[2][0].value<CoapDatagramEvent>();
    QCOMPARE(first.direction, CoapDatagramEvent::Direction::Sent);
    QCOMPARE(first.retransmission, 0);
    QCOMPARE(retry.retransmission, 1);
    QCOMPARE(retry.timeMs, 2000);
    QCOMPARE(answer.direction, CoapDatagramEvent::Direction::Received);
    QCOMPARE(answer.message.code(), quint8(CoapCode::Content));
}

// CoapLastFound answers a repeated look-up from memory, also "absent" (a new request's
// deduplication entry is looked up twice before it is inserted). Any insert() or erase() ends
// that memory, so a key inserted or removed since is never reported as it was.
void TestMessageLayer::lastFoundRemembersAbsenceUntilTheTableChanges()
{
    QHash<int, int> table;
    CoapLastFound<QHash<int, int>> found;
    QVERIFY(found.find(table, 1) == table.end());
    table.insert(1, 10); // behind its back, which the contract forbids: the memory still says absent
    QVERIFY(found.find(table, 1) == table.end());
    table.remove(1);

    QVERIFY(found.find(table, 2) == table.end());
    found.insert(table, 2, 20);
    auto it = found.find(table, 2);
    QVERIFY(it != table.end());
    QCOMPARE(it.value(), 20);
    QVERIFY(found.find(table, 3) == table.end());
    found.insert(table, 3, 30); // another key, while 2 was remembered as found
    QCOMPARE(found.find(table, 2).value(), 20);
    QVERIFY(found.find(table, 4) == table.end());
    found.erase(table, table.find(3)); // another key, while 4 was remembered as absent
    QVERIFY(found.find(table, 4) == table.end());
    QVERIFY(found.find(table, 3) == table.end());
    found.insert(table, 3, 31);
    QCOMPARE(found.find(table, 3).value(), 31);
    found.erase(table, found.find(table, 3));
    QVERIFY(found.find(table, 3) == table.end());
    QCOMPARE(table.size(), 1);
}

QTEST_GUILESS_MAIN(TestMessageLayer)
// A retransmission goes to the endpoint the message went to, zone included. Endpoints that differ
// only in their zone compare equal (one peer, one MID counter), and a retransmission timer names
// its peer by the peer's id: the peer's first endpoint (here with zone "a") must not stand in for
// the second message's (zone "b").
void TestMessageLayer::retransmissionGoesWhereTheMessageWent()
{
    Rig rig;
    QHostAddress a(QStringLiteral("fe80::1"));
    a.setScopeId(QStringLiteral("a"));
    QHostAddress b(QStringLiteral("fe80::1"));
    b.setScopeId(QStringLiteral("b"));
    const CoapEndpoint viaA(a, 5683), viaB(b, 5683);
    QCOMPARE(viaA, viaB);
    const quint16 first = rig.layer.send(CoapMessage(CoapType::Confirmable, CoapCode::Get, 0, "t1"), viaA);
    rig.transport.inject(CoapCodec::encode(CoapMessage(CoapType::Acknowledgement, CoapCode::Content, first, "t1")), viaA);
    QCOMPARE(rig.layer.outstandingCount(viaA), 0);
    rig.layer.send(CoapMessage(CoapType::Confirmable, CoapCode::Get, 0, "t2"), viaB);
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(rig.transport.sent.last().to.address().scopeId(), QStringLiteral("b"));
    rig.clock.advance(rig.layer.parameters().ackTimeoutMs + 1);
    QCOMPARE(rig.transport.sent.size(), 3); // the retransmission
    QCOMPARE(rig.transport.sent.last().datagram, rig.transport.sent.at(1).datagram);
    QCOMPARE(rig.transport.sent.last().to.address().scopeId(), QStringLiteral("b"));
}

// The first layer on a transport takes datagrams by a direct call (CoapTransport::DatagramSink),
// a second one and any other listener through datagramReceived; each gets every datagram, and a
// layer that is gone is called no more (under ASan a call into it would be a use after free).
void TestMessageLayer::datagramsReachEveryLayerAndListener()
{
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    transport.setClock(&clock);
    int heard = 0;
    QObject::connect(&transport, &CoapTransport::datagramReceived, &transport, [&heard] { ++heard; });
    TestReceiver firstReceiver, secondReceiver;
    auto first = std::make_unique<CoapMessageLayer>(&transport, &clock);
    first->setReceiver(&firstReceiver);
    {
        CoapMessageLayer second(&transport, &clock);
        second.setReceiver(&secondReceiver);
        const CoapEndpoint peer(QHostAddress::LocalHost, 5683);
        CoapMessage request = getRequest(CoapType::NonConfirmable);
        request.setMessageId(1);
        transport.inject(encoded(request), peer);
        QCOMPARE(firstReceiver.received.size(), 1);
        QCOMPARE(secondReceiver.received.size(), 1);
        QCOMPARE(heard, 1);
    }
    // The second layer is gone: the first and the listener still hear.
    CoapMessage request = getRequest(CoapType::NonConfirmable);
    request.setMessageId(2);
    transport.inject(encoded(request), CoapEndpoint(QHostAddress::LocalHost, 5683));
    QCOMPARE(firstReceiver.received.size(), 2);
    QCOMPARE(secondReceiver.received.size(), 1);
    QCOMPARE(heard, 2);
    // The first one gone too: the listener alone, and nothing calls into the deleted layer.
    first.reset();
    request.setMessageId(3);
    transport.inject(encoded(request), CoapEndpoint(QHostAddress::LocalHost, 5683));
    QCOMPARE(firstReceiver.received.size(), 2);
    QCOMPARE(heard, 3);
    // A new layer takes the place of the first.
    TestReceiver thirdReceiver;
    CoapMessageLayer third(&transport, &clock);
    third.setReceiver(&thirdReceiver);
    request.setMessageId(4);
    transport.inject(encoded(request), CoapEndpoint(QHostAddress::LocalHost, 5683));
    QCOMPARE(thirdReceiver.received.size(), 1);
    QCOMPARE(heard, 4);
}

// A deduplication entry that expires is gone for good: the same datagram after
// EXCHANGE_LIFETIME is a new message, acted on and answered anew. The entry is looked up by the
// expiry itself, so a look-up that remembered it past its removal would find a destroyed entry
// (its digest, its reply) and take the new message for a duplicate.
void TestMessageLayer::sameMessageAfterItsLifetimeIsNew()
{
    Rig rig;
    int answers = 0;
    rig.receiver.disposition = CoapMessageLayer::Disposition::Deferred;
    rig.receiver.onReceive = [&](const CoapMessage &request, const CoapEndpoint &from) {
        CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
        response.setPayload("answer " + QByteArray::number(++answers));
        rig.layer.respond(request, from, response);
    };
    CoapMessage request = postRequest();
    request.setMessageId(0x0707);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 1);
    QCOMPARE(rig.layer.deduplicationEntries(), 1);

    rig.clock.advance(rig.layer.parameters().exchangeLifetimeMs() + 1);
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 2); // new, not a duplicate of the expired one
    QCOMPARE(rig.transport.sent.size(), 2);
    QCOMPARE(decoded(rig.transport.sent[1].datagram).payload(), QByteArray("answer 2"));
    QCOMPARE(rig.layer.deduplicationEntries(), 1);
    // And within its new lifetime a copy is a duplicate again, answered with the new reply.
    rig.transport.inject(encoded(request), kPeer);
    QCOMPARE(rig.receiver.received.size(), 2);
    QCOMPARE(rig.transport.sent.size(), 3);
    QCOMPARE(rig.transport.sent[2].datagram, rig.transport.sent[1].datagram);
}

// The answer to a request goes out before the deduplication table is tidied: in a full table the
// oldest entries, and the expired ones, are cold memory, and dropping them first delayed every
// answer of a busy server. Once the request is handled the cap holds again and the expired entry
// is gone; until then an expired entry counts as absent, and the trimmed one is forgotten.
void TestMessageLayer::answerGoesOutBeforeTheTableIsTidied()
{
    Rig rig;
    rig.layer.setMaxDeduplicationEntries(3);
    rig.receiver.disposition = CoapMessageLayer::Disposition::Deferred;
    rig.receiver.onReceive = [&](const CoapMessage &request, const CoapEndpoint &from) {
        CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
        response.setPayload("answer to " + QByteArray::number(request.messageId()));
        rig.layer.respond(request, from, response);
    };
    int entriesWhenAnswered = -1;
    connect(&rig.transport, &CoapFakeTransport::datagramSent, this,
            [&] { entriesWhenAnswered = rig.layer.deduplicationEntries(); });
    CoapMessage request = postRequest();
    const auto send = [&](quint16 mid) {
        request.setMessageId(mid);
        rig.transport.inject(encoded(request), kPeer);
    };

    send(1);
    rig.clock.advance(rig.layer.parameters().exchangeLifetimeMs() + 1); // MID 1 expires
    send(2);
    QCOMPARE(entriesWhenAnswered, 2); // MID 2 answered with the expired MID 1 still there
    QCOMPARE(rig.layer.deduplicationEntries(), 1);
    send(3);
    send(4);
    send(5);
    QCOMPARE(entriesWhenAnswered, 4); // MID 5 answered with the oldest (MID 2) still there
    QCOMPARE(rig.layer.deduplicationEntries(), 3);
    QCOMPARE(rig.receiver.received.size(), 5);
    QCOMPARE(rig.transport.sent.size(), 5);

    send(5); // a copy of the newest: a duplicate, answered again from the table
    QCOMPARE(rig.receiver.received.size(), 5);
    QCOMPARE(rig.transport.sent.size(), 6);
    QCOMPARE(rig.transport.sent[5].datagram, rig.transport.sent[4].datagram);
    send(2); // a copy of the one trimmed: new
    QCOMPARE(rig.receiver.received.size(), 6);
    QCOMPARE(decoded(rig.transport.sent.last().datagram).payload(), QByteArray("answer to 2"));
    QCOMPARE(rig.layer.deduplicationEntries(), 3);
}

// A CON goes out before what waits for its ACK is set up (its record, its retransmission timer,
// its NSTART slot): nothing can answer it before the event loop runs, and the request's round
// trip does not wait for the bookkeeping. Once send() has returned it is all there: the CON is
// retransmitted, holds its slot, and its ACK ends it.
void TestMessageLayer::conGoesOutBeforeItsRecordIsKept()
{
    Rig rig;
    qint64 giveUpWhenWritten = 0;
    connect(&rig.transport, &CoapFakeTransport::datagramSent, this, [&](const QByteArray &datagram) {
        giveUpWhenWritten = rig.layer.giveUpInMs(kPeer, decoded(datagram).messageId());
    });
    const quint16 mid = rig.layer.send(getRequest(), kPeer);
    QCOMPARE(giveUpWhenWritten, -1); // not kept yet when the datagram was written
    QVERIFY(rig.layer.giveUpInMs(kPeer, mid) > 0);

    const quint16 second = rig.layer.send(getRequest(), kPeer); // NSTART 1: waits for the first
    QCOMPARE(rig.transport.sent.size(), 1);
    rig.clock.advance(rig.layer.parameters().ackTimeoutMs + 1);
    QCOMPARE(rig.transport.sent.size(), 2); // the first, retransmitted
    QCOMPARE(decoded(rig.transport.sent[1].datagram).messageId(), mid);

    rig.transport.inject(encoded(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, mid)), kPeer);
    QCOMPARE(rig.layer.giveUpInMs(kPeer, mid), -1);
    QCOMPARE(rig.transport.sent.size(), 3); // its slot went to the second
    QCOMPARE(decoded(rig.transport.sent[2].datagram).messageId(), second);
    QVERIFY(rig.layer.giveUpInMs(kPeer, second) > 0);
}

#include "tst_messagelayer.moc"

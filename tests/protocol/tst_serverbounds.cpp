// The server's caches and bounds (issue 10, failure 6 and the server half of 7), on the fake
// transport and the virtual clock: the Block2 cache for every method, the observer caps and index,
// CON notifications that carry the retransmission state over (RFC 7641 §4.5.2), notification MIDs
// that expire one by one, Uri-Path matched as segments, 5.05 for proxy requests, and RST (never
// 4.02) for a NON request with an unrecognised critical option (RFC 7252 §5.4.1).
#include "coapfaketransport.h"
#include "coapserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

const CoapEndpoint kPeer(QHostAddress::LocalHost, 50000);
const CoapEndpoint kOtherPeer(QHostAddress::LocalHost, 50001);

struct Rig
{
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    CoapServer server{&transport, &clock};
    QByteArray big;       // 3000 bytes: three blocks of 1024
    QHash<quint8, int> calls; // handler runs per method on /big
    QByteArray lastBody;      // the request body the handler saw last
    int obsCalls = 0;
    QByteArray obsBody = "small";
    quint16 mid = 0x100;

    Rig()
    {
        transport.setClock(&clock);
        server.messageLayer()->setRandomSource([] { return 0.0; }); // ACK_TIMEOUT exactly
        for (int i = 0; i < 3000; ++i)
            big.append(char('a' + i % 26));
        auto handler = [this](const CoapServerRequest &req, const CoapResponder &r) {
            ++calls[req.method()];
            lastBody = req.message.payload();
            // A side effect shows in the body: a second run would give another representation.
            QByteArray body = big;
            body.replace(0, 4, QByteArray::number(1000 + calls[req.method()]));
            r.respond(req.method() == CoapCode::Post ? CoapCode::Created : CoapCode::Content, body, 42);
        };
        CoapResource &res = server.addResource(QStringLiteral("/big"));
        for (quint8 m : { CoapCode::Get, CoapCode::Post, CoapCode::Put, CoapCode::Fetch })
            res.on(m, handler);
        server.addResource(QStringLiteral("/hello")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
            r.respond(CoapCode::Content, "world", 0);
        });
        server.addResource(QStringLiteral("/a/b")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
            r.respond(CoapCode::Content, "nested", 0);
        });
        server.addResource(QStringLiteral("/obs")).setObservable(true)
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    ++obsCalls;
                    r.respond(CoapCode::Content, obsBody, 0);
                });
        server.addResource(QStringLiteral("/con")).setObservable(true).setConfirmableNotifications(true)
                .on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, "c", 0);
                });
    }

    CoapMessage request(quint8 method, const QStringList &segments, const QByteArray &token,
                        CoapType type = CoapType::Confirmable)
    {
        CoapMessage m(type, method, ++mid, token);
        for (const QString &s : segments)
            m.addOption(CoapOptionNumber::UriPath, s.toUtf8());
        return m;
    }

    // Sends the request and returns what the server sent back to that peer (std::nullopt: nothing).
    std::optional<CoapMessage> exchange(const CoapMessage &request, const CoapEndpoint &from = kPeer)
    {
        transport.sent.clear();
        transport.inject(CoapCodec::encode(request), from);
        for (const auto &s : std::as_const(transport.sent))
            if (s.to == from)
                return CoapCodec::decode(s.datagram).message;
        return std::nullopt;
    }

    QList<CoapMessage> sentTo(const CoapEndpoint &to) const
    {
        QList<CoapMessage> out;
        for (const auto &s : transport.sent)
            if (s.to == to)
                out.append(CoapCodec::decode(s.datagram).message);
        return out;
    }

    std::optional<CoapMessage> registerObserver(const QString &path, const QByteArray &token,
                                                const CoapEndpoint &from = kPeer)
    {
        CoapMessage m = request(CoapCode::Get, { path }, token);
        m.setUintOption(CoapOptionNumber::Observe, 0);
        return exchange(m, from);
    }
};

CoapBlockValue block2Of(const CoapMessage &m)
{
    return CoapBlockValue::decode(m.uintOption(CoapOptionNumber::Block2).value_or(0));
}

} // namespace

class TestServerBounds : public QObject
{
    Q_OBJECT
private slots:
    void block2ServedFromCacheForEveryMethod_data();
    void block2ServedFromCacheForEveryMethod();
    void block2CacheExpiresAndUnsafeFollowUpIsNotRerun();
    void block2CacheIsCapped();
    void repeatedBlock1IsAnsweredAgainAndKeptOnce();
    void notificationBlocksComeFromTheCache();
    void conNotificationsCarryRetransmissionState();
    void acknowledgedConNotificationsKeepTheObserver();
    void observerCaps();
    void registrationFloodLeavesGetFast();
    void notificationMidsExpireOneByOne();
    void segmentWithSlashIsNotNested();
    void proxyRequestsAre505();
    void unrecognizedCriticalOptionByType();
    void badOptionsInRequests();
};

void TestServerBounds::block2ServedFromCacheForEveryMethod_data()
{
    QTest::addColumn<quint8>("method");
    QTest::addColumn<bool>("newTokens"); // a new token for every block, as many clients do
    for (bool newTokens : { false, true }) {
        const char *t = newTokens ? " new tokens" : " same token";
        QTest::newRow(QByteArray("GET").append(t).constData()) << quint8(CoapCode::Get) << newTokens;
        QTest::newRow(QByteArray("POST").append(t).constData()) << quint8(CoapCode::Post) << newTokens;
        QTest::newRow(QByteArray("PUT").append(t).constData()) << quint8(CoapCode::Put) << newTokens;
        QTest::newRow(QByteArray("FETCH").append(t).constData()) << quint8(CoapCode::Fetch) << newTokens;
    }
}

void TestServerBounds::block2ServedFromCacheForEveryMethod()
{
    QFETCH(quint8, method);
    QFETCH(bool, newTokens);
    Rig rig;
    QByteArray assembled;
    QByteArray etag;
    for (quint32 num = 0;; ++num) {
        const QByteArray token = newTokens ? QByteArray("t") + QByteArray::number(num) : QByteArray("t");
        CoapMessage m = rig.request(method, { QStringLiteral("big") }, token);
        m.setPayload("query body"); // FETCH repeats its body in every block (RFC 8132 §2)
        if (num > 0)
            m.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{num, false, 6}.encode());
        const auto response = rig.exchange(m);
        QVERIFY(response);
        QVERIFY2(CoapCode::isSuccess(response->code()), qPrintable(CoapCode::toString(response->code())));
        QCOMPARE(response->token(), token);
        const CoapBlockValue b = block2Of(*response);
        QCOMPARE(b.num, num);
        if (num == 0) {
            etag = response->option(CoapOptionNumber::ETag).value_or(CoapOption()).value();
            QVERIFY(!etag.isEmpty());
            QCOMPARE(response->uintOption(CoapOptionNumber::Size2).value_or(0), quint64(3000));
        } else {
            QCOMPARE(response->option(CoapOptionNumber::ETag).value_or(CoapOption()).value(), etag);
        }
        QCOMPARE(response->contentFormat().value_or(-1), 42);
        assembled += response->payload();
        if (!b.more)
            break;
        QVERIFY(num < 10);
    }
    // Produced once (RFC 7959 §2.4), so the side effect happened once and the blocks fit together.
    QCOMPARE(rig.calls.value(method), 1);
    QByteArray expected = rig.big;
    expected.replace(0, 4, "1001");
    QCOMPARE(assembled, expected);
    QCOMPARE(rig.server.blockCacheEntries(), 1);
}

void TestServerBounds::block2CacheExpiresAndUnsafeFollowUpIsNotRerun()
{
    Rig rig;
    QCOMPARE(rig.server.blockCacheLifetimeMs(), CoapServer::kDefaultBlockCacheLifetimeMs);
    for (quint8 method : { quint8(CoapCode::Post), quint8(CoapCode::Get) }) {
        QVERIFY(rig.exchange(rig.request(method, { QStringLiteral("big") }, method == CoapCode::Post ? "p" : "g")));
        QCOMPARE(rig.calls.value(method), 1);
    }
    QCOMPARE(rig.server.blockCacheEntries(), 2);
    QVERIFY(rig.server.blockCacheBytes() >= 6000);
    rig.clock.advance(CoapServer::kDefaultBlockCacheLifetimeMs + 1);

    // POST block 1 after the entry expired: running the handler again would repeat its side
    // effect, so the client is told to start again (4.08), and the handler does not run.
    CoapMessage post = rig.request(CoapCode::Post, { QStringLiteral("big") }, "b");
    post.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{1, false, 6}.encode());
    const auto refused = rig.exchange(post);
    QVERIFY(refused);
    QCOMPARE(refused->code(), quint8(CoapCode::RequestEntityIncomplete));
    QCOMPARE(rig.calls.value(CoapCode::Post), 1);
    QCOMPARE(rig.server.blockCacheEntries(), 0); // both expired
    QCOMPARE(rig.server.blockCacheBytes(), 0);

    // GET is safe: it runs again and serves block 1 of the fresh representation.
    CoapMessage get = rig.request(CoapCode::Get, { QStringLiteral("big") }, "c");
    get.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{1, false, 6}.encode());
    const auto served = rig.exchange(get);
    QVERIFY(served);
    QCOMPARE(served->code(), quint8(CoapCode::Content));
    QCOMPARE(block2Of(*served).num, 1u);
    QCOMPARE(rig.calls.value(CoapCode::Get), 2);
}

// A client whose 2.31 for a middle block was lost sends that block again in a new exchange
// (CoapClient::askBlockAgain): it is answered 2.31 again and kept once. The same block number with
// other bytes, and the last block again after the request was carried out, are out of order
// (4.08, RFC 7959 §2.9.2).
void TestServerBounds::repeatedBlock1IsAnsweredAgainAndKeptOnce()
{
    Rig rig;
    QByteArray body;
    for (int i = 0; i < 64 * 3 + 10; ++i)
        body.append(char('A' + i % 23));
    const auto put = [&](quint32 num, bool more, const QByteArray &bytes) -> quint8 {
        CoapMessage m = rig.request(CoapCode::Put, {QStringLiteral("big")}, "up");
        m.setUintOption(CoapOptionNumber::Block1, CoapBlockValue{num, more, 2}.encode());
        m.setPayload(bytes);
        const std::optional<CoapMessage> answer = rig.exchange(m);
        return answer ? answer->code() : 0;
    };
    QCOMPARE(put(0, true, body.mid(0, 64)), quint8(CoapCode::Continue));
    QCOMPARE(put(1, true, body.mid(64, 64)), quint8(CoapCode::Continue));
    QCOMPARE(put(1, true, body.mid(64, 64)), quint8(CoapCode::Continue)); // again, a new MID
    QCOMPARE(put(2, true, body.mid(128, 64)), quint8(CoapCode::Continue));
    QCOMPARE(put(3, false, body.mid(192)), quint8(CoapCode::Content));
    QCOMPARE(rig.calls.value(CoapCode::Put), 1);
    QCOMPARE(rig.lastBody, body);
    QCOMPARE(put(3, false, body.mid(192)), quint8(CoapCode::RequestEntityIncomplete));
    QCOMPARE(rig.calls.value(CoapCode::Put), 1);

    QCOMPARE(put(0, true, body.mid(0, 64)), quint8(CoapCode::Continue));
    QCOMPARE(put(1, true, body.mid(64, 64)), quint8(CoapCode::Continue));
    QByteArray other = body.mid(64, 64);
    other[0] = '#';
    QCOMPARE(put(1, true, other), quint8(CoapCode::RequestEntityIncomplete));
    QCOMPARE(put(2, true, body.mid(128, 64)), quint8(CoapCode::RequestEntityIncomplete)); // forgotten
    QCOMPARE(rig.calls.value(CoapCode::Put), 1);
}

void TestServerBounds::block2CacheIsCapped()
{
    Rig rig;
    rig.server.setBlockCacheLimits(4, 10000);
    for (int i = 0; i < 10; ++i) {
        const CoapEndpoint peer(QHostAddress::LocalHost, quint16(51000 + i));
        QVERIFY(rig.exchange(rig.request(CoapCode::Get, { QStringLiteral("big") }, "x"), peer));
        QVERIFY(rig.server.blockCacheEntries() <= 4);
        QVERIFY(rig.server.blockCacheBytes() <= 10000);
    }
    QCOMPARE(rig.server.blockCacheEntries(), 3); // 3 × 3000 B fit in 10000 B
    // The most recently used are kept: the last peer's block 1 comes from the cache.
    CoapMessage next = rig.request(CoapCode::Get, { QStringLiteral("big") }, "y");
    next.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{1, false, 6}.encode());
    const int before = rig.calls.value(CoapCode::Get);
    QVERIFY(rig.exchange(next, CoapEndpoint(QHostAddress::LocalHost, 51009)));
    QCOMPARE(rig.calls.value(CoapCode::Get), before);
    // A representation larger than the byte cap is not cached at all.
    rig.server.setBlockCacheLimits(4, 1000);
    QCOMPARE(rig.server.blockCacheEntries(), 0);
    QVERIFY(rig.exchange(rig.request(CoapCode::Get, { QStringLiteral("big") }, "z")));
    QCOMPARE(rig.server.blockCacheEntries(), 0);
}

void TestServerBounds::notificationBlocksComeFromTheCache()
{
    Rig rig;
    rig.obsBody = rig.big;
    const auto registered = rig.registerObserver(QStringLiteral("obs"), "ob");
    QVERIFY(registered && registered->hasOption(CoapOptionNumber::Observe));
    QCOMPARE(rig.obsCalls, 1);
    rig.obsBody = QByteArray(3000, 'n');
    rig.transport.sent.clear();
    rig.server.notifyObservers(QStringLiteral("/obs"));
    QCOMPARE(rig.obsCalls, 2);
    const QList<CoapMessage> sent = rig.sentTo(kPeer);
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent[0].hasOption(CoapOptionNumber::Observe));
    QCOMPARE(block2Of(sent[0]).num, 0u);
    // RFC 7959 §3.4: the client fetches the rest with plain GETs and tokens of its own.
    CoapMessage follow = rig.request(CoapCode::Get, { QStringLiteral("obs") }, "f1");
    follow.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{2, false, 6}.encode());
    rig.obsBody = "changed meanwhile";
    const auto last = rig.exchange(follow);
    QVERIFY(last);
    QCOMPARE(rig.obsCalls, 2);
    QVERIFY(!last->hasOption(CoapOptionNumber::Observe));
    QCOMPARE(last->payload(), QByteArray(3000 - 2048, 'n'));
    QCOMPARE(last->option(CoapOptionNumber::ETag)->value(), sent[0].option(CoapOptionNumber::ETag)->value());
}

void TestServerBounds::conNotificationsCarryRetransmissionState()
{
    Rig rig;
    QSignalSpy removed(&rig.server, &CoapServer::observerRemoved);
    QVERIFY(rig.registerObserver(QStringLiteral("con"), "co"));
    QCOMPARE(rig.server.observerCount(QStringLiteral("/con")), 1);
    rig.transport.sent.clear();
    // The observer has vanished and acknowledges nothing. A notification every second is sooner
    // than any retransmission timeout, so each one replaces the one before (RFC 7641 §4.5.2).
    // Restarting the count each time would keep the observer for ever; carried over, it goes after
    // MAX_RETRANSMIT retransmissions in all.
    const int maxRetransmit = rig.server.messageLayer()->parameters().maxRetransmit;
    for (int second = 1; second <= 300 && removed.isEmpty(); ++second) {
        rig.clock.advance(1000);
        rig.server.notifyObservers(QStringLiteral("/con"));
    }
    QCOMPARE(removed.count(), 1);
    QCOMPARE(rig.server.observerCount(), 0);
    // One first transmission and MAX_RETRANSMIT more (replacements and retransmissions together).
    const QList<CoapMessage> sent = rig.sentTo(kPeer);
    QCOMPARE(sent.size(), 1 + maxRetransmit);
    for (const CoapMessage &m : sent)
        QCOMPARE(m.type(), CoapType::Confirmable);
    // Nothing more goes to it afterwards.
    rig.transport.sent.clear();
    rig.clock.advance(600000);
    rig.server.notifyObservers(QStringLiteral("/con"));
    QVERIFY(rig.sentTo(kPeer).isEmpty());
}

void TestServerBounds::acknowledgedConNotificationsKeepTheObserver()
{
    Rig rig;
    QVERIFY(rig.registerObserver(QStringLiteral("con"), "co"));
    for (int second = 1; second <= 120; ++second) {
        rig.clock.advance(1000);
        rig.transport.sent.clear();
        rig.server.notifyObservers(QStringLiteral("/con"));
        const QList<CoapMessage> sent = rig.sentTo(kPeer);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].type(), CoapType::Confirmable);
        rig.transport.inject(CoapCodec::encode(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, sent[0].messageId())), kPeer);
    }
    QCOMPARE(rig.server.observerCount(QStringLiteral("/con")), 1);
}

void TestServerBounds::observerCaps()
{
    Rig rig;
    QCOMPARE(rig.server.maxObservers(), CoapServer::kDefaultMaxObservers);
    QCOMPARE(rig.server.maxObserversPerPeer(), CoapServer::kDefaultMaxObserversPerPeer);
    rig.server.setMaxObserversPerPeer(2);
    rig.server.setMaxObservers(3);
    QList<bool> observed;
    for (const QByteArray &token : { QByteArray("a1"), QByteArray("a2"), QByteArray("a3") }) {
        const auto r = rig.registerObserver(QStringLiteral("obs"), token, kPeer);
        QVERIFY(r && r->code() == CoapCode::Content);
        observed.append(r->hasOption(CoapOptionNumber::Observe));
    }
    for (const QByteArray &token : { QByteArray("b1"), QByteArray("b2") }) {
        const auto r = rig.registerObserver(QStringLiteral("obs"), token, kOtherPeer);
        QVERIFY(r && r->code() == CoapCode::Content);
        observed.append(r->hasOption(CoapOptionNumber::Observe));
    }
    // Per peer 2, in all 3; the others are served as plain responses without Observe (RFC 7641 §4.1).
    QCOMPARE(observed, (QList<bool>{ true, true, false, true, false }));
    QCOMPARE(rig.server.observerCount(), 3);
    // A re-registration of a known one is not a new observer and still gets Observe.
    const auto again = rig.registerObserver(QStringLiteral("obs"), "a1", kPeer);
    QVERIFY(again && again->hasOption(CoapOptionNumber::Observe));
    QCOMPARE(rig.server.observerCount(), 3);
    // Deregistering frees a place.
    CoapMessage off = rig.request(CoapCode::Get, { QStringLiteral("obs") }, "a1");
    off.setUintOption(CoapOptionNumber::Observe, 1);
    QVERIFY(rig.exchange(off));
    QCOMPARE(rig.server.observerCount(), 2);
    const auto b2 = rig.registerObserver(QStringLiteral("obs"), "b2", kOtherPeer);
    QVERIFY(b2 && b2->hasOption(CoapOptionNumber::Observe));
    // Notifications go to exactly the registered ones.
    rig.transport.sent.clear();
    rig.server.notifyObservers(QStringLiteral("/obs"));
    QCOMPARE(rig.sentTo(kPeer).size(), 1);
    QCOMPARE(rig.sentTo(kOtherPeer).size(), 2);
}

void TestServerBounds::registrationFloodLeavesGetFast()
{
    Rig rig;
    rig.server.messageLayer()->setMaxDeduplicationEntries(100000);
    // 20,000 registrations from one peer, each with its own token and MID.
    QElapsedTimer timer;
    timer.start();
    qint64 firstChunkNs = 0;
    qint64 lastChunkNs = 0;
    constexpr int kFlood = 20000;
    constexpr int kChunk = 2000;
    qint64 chunkStart = timer.nsecsElapsed();
    for (int i = 0; i < kFlood; ++i) {
        CoapMessage m(CoapType::NonConfirmable, CoapCode::Get, quint16(i), QByteArray::number(i));
        m.addOption(CoapOptionNumber::UriPath, "obs");
        m.setUintOption(CoapOptionNumber::Observe, 0);
        rig.transport.inject(CoapCodec::encode(m), kPeer);
        if (i % 500 == 0)
            rig.transport.sent.clear();
        if ((i + 1) % kChunk == 0) {
            const qint64 now = timer.nsecsElapsed();
            if (i + 1 == kChunk)
                firstChunkNs = now - chunkStart;
            if (i + 1 == kFlood)
                lastChunkNs = now - chunkStart;
            chunkStart = now;
        }
    }
    QCOMPARE(rig.server.observerCount(), CoapServer::kDefaultMaxObserversPerPeer);
    // An unrelated GET from elsewhere is answered at once.
    QElapsedTimer get;
    get.start();
    const auto answer = rig.exchange(rig.request(CoapCode::Get, { QStringLiteral("hello") }, "g"), kOtherPeer);
    const qint64 getMs = get.elapsed();
    QVERIFY(answer);
    QCOMPARE(answer->payload(), QByteArray("world"));
    qInfo("flood: first %d registrations %.1f ms, last %d %.1f ms; GET afterwards %lld ms",
          kChunk, firstChunkNs / 1e6, kChunk, lastChunkNs / 1e6, getMs);
    QVERIFY2(getMs < 50, "an unrelated GET took too long after the flood");
    // Cost per registration does not grow with the number of registrations (it did, linearly,
    // with a scanned list of observers): the last chunk costs about what the first did.
    QVERIFY2(lastChunkNs < 3 * firstChunkNs + 20'000'000, "registrations get slower as they pile up");
}

void TestServerBounds::notificationMidsExpireOneByOne()
{
    Rig rig;
    QSignalSpy removed(&rig.server, &CoapServer::observerRemoved);
    QVERIFY(rig.registerObserver(QStringLiteral("obs"), "o1"));
    rig.transport.sent.clear();
    rig.server.notifyObservers(QStringLiteral("/obs"));
    const quint16 firstMid = rig.sentTo(kPeer).value(0).messageId();
    QCOMPARE(rig.sentTo(kPeer).value(0).type(), CoapType::NonConfirmable);
    // More than the 4,096 after which the map used to be wiped at once.
    for (int i = 0; i < 5000; ++i) {
        rig.transport.sent.clear();
        rig.server.notifyObservers(QStringLiteral("/obs"));
    }
    QCOMPARE(rig.server.notificationMidEntries(), 5001);
    // The RST for the first notification still finds its observer (RFC 7641 §3.6).
    rig.transport.inject(CoapCodec::encode(CoapMessage(CoapType::Reset, CoapCode::Empty, firstMid)), kPeer);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(rig.server.observerCount(), 0);

    // Expiry one by one, in order of time: EXCHANGE_LIFETIME after each was sent.
    Rig timed;
    QVERIFY(timed.registerObserver(QStringLiteral("obs"), "o2"));
    const qint64 lifetime = timed.server.messageLayer()->parameters().exchangeLifetimeMs();
    timed.server.notifyObservers(QStringLiteral("/obs"));
    timed.clock.advance(lifetime / 2);
    timed.server.notifyObservers(QStringLiteral("/obs"));
    timed.clock.advance(lifetime / 2 + 1);
    timed.server.notifyObservers(QStringLiteral("/obs")); // the first has expired by now
    QCOMPARE(timed.server.notificationMidEntries(), 2);
    timed.clock.advance(lifetime);
    timed.server.notifyObservers(QStringLiteral("/obs"));
    QCOMPARE(timed.server.notificationMidEntries(), 1);
}

void TestServerBounds::segmentWithSlashIsNotNested()
{
    Rig rig;
    const auto nested = rig.exchange(rig.request(CoapCode::Get, { QStringLiteral("a"), QStringLiteral("b") }, "n"));
    QVERIFY(nested);
    QCOMPARE(nested->code(), quint8(CoapCode::Content));
    QCOMPARE(nested->payload(), QByteArray("nested"));
    // One segment "a/b" (on the wire, the URI coap://host/a%2Fb) is another resource.
    const auto aliased = rig.exchange(rig.request(CoapCode::Get, { QStringLiteral("a/b") }, "s"));
    QVERIFY(aliased);
    QCOMPARE(aliased->code(), quint8(CoapCode::NotFound));
    const auto wellKnown = rig.exchange(rig.request(CoapCode::Get, { QStringLiteral(".well-known/core") }, "w"));
    QVERIFY(wellKnown);
    QCOMPARE(wellKnown->code(), quint8(CoapCode::NotFound));
}

void TestServerBounds::proxyRequestsAre505()
{
    Rig rig;
    CoapMessage viaUri = rig.request(CoapCode::Get, { QStringLiteral("hello") }, "p1");
    viaUri.addOption(CoapOption::fromString(CoapOptionNumber::ProxyUri, QStringLiteral("coap://elsewhere/hello")));
    const auto a = rig.exchange(viaUri);
    QVERIFY(a);
    QCOMPARE(a->code(), quint8(CoapCode::ProxyingNotSupported));
    CoapMessage viaScheme = rig.request(CoapCode::Get, { QStringLiteral("hello") }, "p2");
    viaScheme.addOption(CoapOption::fromString(CoapOptionNumber::ProxyScheme, QStringLiteral("http")));
    const auto b = rig.exchange(viaScheme);
    QVERIFY(b);
    QCOMPARE(b->code(), quint8(CoapCode::ProxyingNotSupported));
}

void TestServerBounds::unrecognizedCriticalOptionByType()
{
    Rig rig;
    // NON with an unknown critical option: RST, never a 4.02 (RFC 7252 §5.4.1).
    CoapMessage non = rig.request(CoapCode::Get, { QStringLiteral("hello") }, "n1", CoapType::NonConfirmable);
    non.addOption(CoapOption(2049, "x"));
    const auto rst = rig.exchange(non);
    QVERIFY(rst);
    QCOMPARE(rst->type(), CoapType::Reset);
    QCOMPARE(rst->code(), quint8(CoapCode::Empty));
    QCOMPARE(rst->messageId(), non.messageId());
    // The same with a known but unimplemented critical option (OSCORE).
    CoapMessage oscore = rig.request(CoapCode::Get, { QStringLiteral("hello") }, "n2", CoapType::NonConfirmable);
    oscore.addOption(CoapOptionNumber::Oscore, QByteArray::fromHex("09"));
    const auto rst2 = rig.exchange(oscore);
    QVERIFY(rst2);
    QCOMPARE(rst2->type(), CoapType::Reset);
    // CON: 4.02 Bad Option piggybacked.
    CoapMessage con = rig.request(CoapCode::Get, { QStringLiteral("hello") }, "c1");
    con.addOption(CoapOption(2049, "x"));
    const auto bad = rig.exchange(con);
    QVERIFY(bad);
    QCOMPARE(bad->type(), CoapType::Acknowledgement);
    QCOMPARE(bad->code(), quint8(CoapCode::BadOption));
    // Through a group: nothing at all (RFC 7252 §8.2).
    rig.transport.sent.clear();
    CoapMessage group = non;
    group.setMessageId(0x7777);
    rig.server.receiveGroupDatagram(CoapCodec::encode(group), kPeer);
    rig.clock.advance(10000);
    QVERIFY(rig.sentTo(kPeer).isEmpty());
}

void TestServerBounds::badOptionsInRequests()
{
    Rig rig;
    // A second Block2 (critical, not repeatable): 4.02 (RFC 7252 §5.4.5).
    CoapMessage twice = rig.request(CoapCode::Get, { QStringLiteral("big") }, "b");
    twice.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, false, 6}.encode());
    twice.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{1, false, 6}.encode());
    const auto a = rig.exchange(twice);
    QVERIFY(a);
    QCOMPARE(a->code(), quint8(CoapCode::BadOption));
    QCOMPARE(rig.calls.value(CoapCode::Get), 0);
    // A 5-byte Observe (elective, RFC 7641 §2: 0-3 bytes) is ignored: a plain GET, no observer.
    CoapMessage observe = rig.request(CoapCode::Get, { QStringLiteral("obs") }, "o");
    observe.addOption(CoapOptionNumber::Observe, QByteArray(5, '\0'));
    const auto b = rig.exchange(observe);
    QVERIFY(b);
    QCOMPARE(b->code(), quint8(CoapCode::Content));
    QVERIFY(!b->hasOption(CoapOptionNumber::Observe));
    QCOMPARE(rig.server.observerCount(), 0);
}

QTEST_GUILESS_MAIN(TestServerBounds)
#include "tst_serverbounds.moc"

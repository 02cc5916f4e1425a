// libFuzzer target with state: our client and our server (the engine's request and message layers,
// RFC 7252 §4-5, block-wise RFC 7959, observe RFC 7641) talking through two fake transports on one
// virtual clock, with the fuzzer as the network between them. Matching and block-wise bugs live in
// the order and timing of datagrams, which a one-shot codec target never reaches.
//
// At the start the client opens: a Block2 GET of 2000 bytes in 64-byte blocks, an observation, a
// Block1 PUT of 700 bytes in 32-byte blocks and a NON GET. The input is then read as records:
//   [op] [delay] [len] [len bytes]     (len and the bytes only for ops that carry a datagram)
// delay: the clock moves delay² ms first (0 ms .. 65 s, so both quick answers and retransmission
// timeouts are reached). op & 7 picks what happens:
//   0  the fuzz bytes as a datagram from the server's endpoint to the client (op & 8: from a stranger)
//   1  the fuzz bytes as a datagram from the client's endpoint to the server (op & 8: from a stranger)
//   2  the oldest real datagram in flight client -> server is delivered (op & 8: dropped instead)
//   3  the oldest real datagram in flight server -> client is delivered (op & 8: dropped instead)
//   4  a forged answer to the newest datagram of the other side: the real header's MID and token
//      with the fuzz bytes as type/code and options/payload (op & 8: to the server, else the client)
//   5  everything in flight is delivered both ways until the network is quiet (bounded)
//   6  the application acts: (op >> 3) picks a new request, a notification, a cancel or an abort
//   7  one in-flight datagram is corrupted (a fuzz byte XORed at a fuzz position) and delivered
// Checked throughout: no crash or sanitizer report; finished() at most once per reply and never
// after an error without errorOccurred() first. Checked at the end, after an hour of silence
// (plus MAX_TRANSMIT_WAIT per request, as NSTART 1 queues them):
// every exchange that is not an observation has finished (CONVENTIONS.md habit 13), and the
// client sent a bounded number of datagrams in that time.
#include "coapclient.h"
#include "coapcodec.h"
#include "coapfaketransport.h"
#include "coapserver.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <vector>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_exchange: %s\n", what);
    std::abort();
}

// Known bug 1 of docs/robustness.md (an ACK with our CON's MID but no response for it left the
// exchange open forever) is fixed; its inputs are regress_* in the corpus and the target stops
// on any unfinished exchange again.

const CoapEndpoint kClient(QHostAddress(QStringLiteral("10.0.0.1")), 40000);
const CoapEndpoint kServer(QHostAddress(QStringLiteral("10.0.0.2")), 5683);
const CoapEndpoint kStranger(QHostAddress(QStringLiteral("10.0.0.3")), 5683);

struct Input
{
    const uint8_t *data;
    size_t size;
    size_t pos = 0;
    bool atEnd() const { return pos >= size; }
    uint8_t byte() { return pos < size ? data[pos++] : 0; }
    QByteArray bytes(size_t n)
    {
        n = std::min(n, size - pos);
        QByteArray b(reinterpret_cast<const char *>(data + pos), qsizetype(n));
        pos += n;
        return b;
    }
};

struct Watched
{
    QPointer<CoapReply> reply;
    bool observation = false;
    int finished = 0;
    int errors = 0;
};

struct Rig
{
    CoapVirtualClock clock;
    CoapFakeTransport clientTransport{kClient};
    CoapFakeTransport serverTransport{kServer};
    std::unique_ptr<CoapServer> server;
    std::unique_ptr<CoapClient> client;
    std::deque<QByteArray> toServer; // sent by the client, not yet delivered
    std::deque<QByteArray> toClient;
    QByteArray lastToServer, lastToClient;
    std::vector<std::unique_ptr<Watched>> replies;
    QByteArray stored;
    QByteArray big;
    int temperature = 20;
    quint8 nextToken = 1;
    int clientDatagrams = 0;

    Rig()
    {
        clientTransport.setClock(&clock);
        serverTransport.setClock(&clock);
        server = std::make_unique<CoapServer>(&serverTransport, &clock);
        client = std::make_unique<CoapClient>(&clientTransport, &clock);
        // Deterministic retransmission timeouts, so that a crash reproduces from its input.
        server->messageLayer()->setRandomSource([] { return 0.5; });
        client->messageLayer()->setRandomSource([] { return 0.5; });
        for (int i = 0; i < 2000; ++i)
            big.append(char('a' + i % 26));
        server->addResource(QStringLiteral("/small")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
            r.respond(CoapCode::Content, "21.5", 0);
        });
        server->addResource(QStringLiteral("/big")).on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
            r.respond(CoapCode::Content, big, 42);
        });
        server->addResource(QStringLiteral("/obs")).setObservable(true)
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, QByteArray::number(temperature), 0);
                });
        server->addResource(QStringLiteral("/store"))
                .on(CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, stored, 42);
                })
                .on(CoapCode::Put, [this](const CoapServerRequest &req, const CoapResponder &r) {
                    stored = req.message.payload();
                    r.respond(CoapCode::Changed);
                })
                .on(CoapCode::Post, [](const CoapServerRequest &req, const CoapResponder &r) {
                    r.respond(CoapCode::Created, req.message.payload().left(8));
                });
        server->setMaxBodySize(4096);
        if (qEnvironmentVariableIsSet("COAP_FUZZ_LOG")) {
            const auto trace = [this](const char *who, const QByteArray &d) {
                const CoapDecodeResult r = CoapCodec::decode(d);
                std::fprintf(stderr, "t=%lld %s <- %s\n", qlonglong(clock.nowMs()), who,
                             r.ok() ? qPrintable(r.message.summary()) : d.toHex().constData());
            };
            QObject::connect(&clientTransport, &CoapTransport::datagramReceived, &clientTransport,
                             [trace](const QByteArray &d) { trace("client", d); });
            QObject::connect(&serverTransport, &CoapTransport::datagramReceived, &serverTransport,
                             [trace](const QByteArray &d) { trace("server", d); });
        }
        QObject::connect(&clientTransport, &CoapFakeTransport::datagramSent, &clientTransport,
                         [this](const QByteArray &d, const CoapEndpoint &) {
                             toServer.push_back(d);
                             lastToServer = d;
                             ++clientDatagrams;
                         });
        QObject::connect(&serverTransport, &CoapFakeTransport::datagramSent, &serverTransport,
                         [this](const QByteArray &d, const CoapEndpoint &) { toClient.push_back(d); lastToClient = d; });
    }

    ~Rig()
    {
        // Replies are owned by the client; the client goes first, then the server. Transports
        // and clock outlive both (their documented ownership).
        client.reset();
        server.reset();
    }

    void bound()
    {
        // What the engine queued for the event loop (it starts exchanges and reports encode and
        // network failures that way), run now, as the loop would.
        QCoreApplication::sendPostedEvents();
        // The fake transports record every datagram too; keep memory flat on long inputs.
        clientTransport.sent.clear();
        serverTransport.sent.clear();
        while (toServer.size() > 256)
            toServer.pop_front();
        while (toClient.size() > 256)
            toClient.pop_front();
    }

    void request(int kind)
    {
        if (replies.size() >= 32)
            return;
        CoapRequest r;
        r.endpoint = kServer;
        r.token = QByteArray(1, char(nextToken++)) + "tk";
        QString path = QStringLiteral("small");
        switch (kind % 6) {
        case 0: path = QStringLiteral("big"); r.blockSzx = 2; break;
        case 1: path = QStringLiteral("obs"); r.observe = true; break;
        case 2:
            path = QStringLiteral("store");
            r.message.setCode(CoapCode::Put);
            r.message.setPayload(big.left(700));
            r.blockSzx = 1;
            break;
        case 3: r.confirmable = false; r.message.setType(CoapType::NonConfirmable); break;
        case 4:
            path = QStringLiteral("store");
            r.message.setCode(CoapCode::Post);
            r.message.setPayload(big.left(100));
            r.blockSzx = 0;
            break;
        case 5: path = QStringLiteral(".well-known/core"); r.blockSzx = 0; break;
        }
        for (const QString &segment : path.split(QLatin1Char('/')))
            r.message.addOption(CoapOptionNumber::UriPath, segment.toUtf8());
        watch(client->send(r), r.observe);
    }

    void watch(CoapReply *reply, bool observation)
    {
        if (!reply)
            return;
        auto w = std::make_unique<Watched>();
        w->reply = reply;
        w->observation = observation;
        Watched *p = w.get();
        QObject::connect(reply, &CoapReply::errorOccurred, reply, [p](CoapError) {
            if (p->finished)
                fail("errorOccurred() after finished()");
            ++p->errors;
        });
        QObject::connect(reply, &CoapReply::finished, reply, [p, reply] {
            if (++p->finished > 1)
                fail("finished() twice");
            if (p->errors && reply->error() == CoapError::None)
                fail("errorOccurred() but finished without an error");
        });
        if (reply->isFinished())
            p->finished = 1; // finished inside send() (e.g. an encode error), before we connected
        replies.push_back(std::move(w));
    }

    void act(int what)
    {
        switch (what % 8) {
        case 0: case 1: case 2:
            request(what / 8 + what);
            break;
        case 3:
            ++temperature;
            server->notifyObservers(QStringLiteral("/obs"));
            break;
        case 4: case 5:
            for (auto &w : replies) {
                if (w->reply && w->observation && !w->reply->isFinished()) {
                    w->reply->cancelObservation(what % 8 == 4 ? CoapReply::CancelMode::Deregister
                                                              : CoapReply::CancelMode::Reset);
                    break;
                }
            }
            break;
        case 6:
            for (auto &w : replies) {
                if (w->reply && !w->reply->isFinished()) {
                    w->reply->abort();
                    break;
                }
            }
            break;
        case 7:
            watch(client->ping(kServer), false);
            break;
        }
    }

    static QByteArray forge(const QByteArray &real, Input &in)
    {
        // Keep version, token length, MID and token of the real datagram; type, code and the rest
        // come from the input.
        if (real.size() < 4)
            return in.bytes(in.byte());
        const int tkl = qMin(real.at(0) & 0x0F, 8);
        const uint8_t typeCode = in.byte();
        QByteArray d;
        d.append(char(0x40 | ((typeCode & 0x03) << 4) | tkl));
        d.append(char(in.byte()));
        d.append(real.mid(2, 2 + tkl));
        d.append(in.bytes(in.byte()));
        return d;
    }

    void step(Input &in)
    {
        const uint8_t op = in.byte();
        const int delay = in.byte();
        clock.advance(qint64(delay) * delay);
        switch (op & 7) {
        case 0:
            clientTransport.inject(in.bytes(in.byte()), op & 8 ? kStranger : kServer);
            break;
        case 1:
            serverTransport.inject(in.bytes(in.byte()), op & 8 ? kStranger : kClient);
            break;
        case 2:
            if (!toServer.empty()) {
                const QByteArray d = toServer.front();
                toServer.pop_front();
                if (!(op & 8))
                    serverTransport.inject(d, kClient);
            }
            break;
        case 3:
            if (!toClient.empty()) {
                const QByteArray d = toClient.front();
                toClient.pop_front();
                if (!(op & 8))
                    clientTransport.inject(d, kServer);
            }
            break;
        case 4:
            if (op & 8)
                serverTransport.inject(forge(lastToClient, in), kClient);
            else
                clientTransport.inject(forge(lastToServer, in), kServer);
            break;
        case 5:
            for (int round = 0; round < 64 && (!toServer.empty() || !toClient.empty()); ++round) {
                while (!toServer.empty()) {
                    const QByteArray d = toServer.front();
                    toServer.pop_front();
                    serverTransport.inject(d, kClient);
                }
                while (!toClient.empty()) {
                    const QByteArray d = toClient.front();
                    toClient.pop_front();
                    clientTransport.inject(d, kServer);
                }
            }
            break;
        case 6:
            act(op >> 3);
            break;
        case 7: {
            std::deque<QByteArray> &queue = op & 8 ? toClient : toServer;
            const uint8_t at = in.byte();
            const uint8_t x = in.byte();
            if (!queue.empty()) {
                QByteArray d = queue.front();
                queue.pop_front();
                if (!d.isEmpty())
                    d[at % d.size()] = char(d.at(at % d.size()) ^ x);
                if (op & 8)
                    clientTransport.inject(d, kServer);
                else
                    serverTransport.inject(d, kClient);
            }
            break;
        }
        }
        bound();
    }

    void finish()
    {
        toServer.clear();
        toClient.clear();
        bound();
        // An hour of silence: every timer that falls due fires, in order.
        const int sentBefore = clientDatagrams;
        // NSTART 1 (RFC 7252 §4.7) queues the CONs to one peer: each may need its own bound after
        // the one before it, and then an hour more. A request's bound is MAX_TRANSMIT_WAIT, and
        // (blockRetries + 1) times that for a block-wise transfer that the device has answered
        // before (CoapRequest::blockRetries: a block with no answer is asked again).
        const qint64 perRequestMs = qint64(client->blockRetries() + 1) * client->messageLayer()->parameters().maxTransmitWaitMs();
        const qint64 silenceMs = qint64(replies.size()) * perRequestMs + 3600 * 1000;
        for (qint64 t = 0; t < silenceMs; t += 10000) {
            clock.advance(10000);
            bound();
        }
        for (const auto &w : replies) {
            if (w->reply && !w->observation && !w->reply->isFinished()) {
                std::fprintf(stderr, "unfinished: %s, %d active exchanges\n",
                             qPrintable(w->reply->request().summary()), client->activeExchanges());
                fail("an exchange did not end within its bound of silence");
            }
        }
        // Each unfinished observation re-registers after Max-Age (at least its 60 s default,
        // RFC 7252 §5.10.5, plus grace) with one CON of at most MAX_RETRANSMIT + 1 transmissions.
        const int bound = int(replies.size()) * 5 * int(silenceMs / 60000 + 1) + 64;
        const int clientSent = clientDatagrams - sentBefore;
        if (clientSent > bound) {
            std::fprintf(stderr, "client sent %d datagrams into silence (bound %d)\n", clientSent, bound);
            fail("the client floods a silent peer");
        }
        for (auto &w : replies) {
            if (w->reply && !w->reply->isFinished())
                w->reply->abort();
        }
        clock.advance(600000);
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // QObject machinery; the event loop is never run
    // The engine's log lines are built (that code runs too) but not printed: at thousands of
    // inputs a second, printing them would be all the fuzzer does.
    // COAP_FUZZ_LOG=1 prints them, to see what happened on one input.
    if (!qEnvironmentVariableIsSet("COAP_FUZZ_LOG"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input in{data, size};
    {
        Rig rig;
        rig.request(0);
        rig.request(1);
        rig.request(2);
        rig.request(3);
        rig.bound();
        for (int steps = 0; !in.atEnd() && steps < 2000; ++steps)
            rig.step(in);
        rig.finish();
    }
    // Replies deleted with deleteLater() by the engine go now, as the event loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}

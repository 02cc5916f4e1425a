// Protocol costs on 127.0.0.1, always measured side by side in one run and reported as ratios
// (machines differ; only the ratios mean something):
//
//   1. Sequential confirmable GETs, one at a time, with our CoapClient against
//        a. our CoapServer (in this process, on its own socket and thread),
//        b. libcoap's coap-server-notls (started here on a free port, ended by its PID),
//        c. a raw-UDP baseline: a QUdpSocket client and a QUdpSocket echo peer (own thread) that
//           answers a 4-byte CoAP header with a 4-byte ACK header — transport + event loop alone;
//        d. the same on plain sockets (recvfrom until EAGAIN, sendto, a QSocketNotifier each):
//           the system calls our own transport makes, so the strict baseline.
//   2. Block-wise download of /example_data (1500 B at block size 64) from libcoap and from our
//      server (serving the very bytes libcoap returned).
//   3. Codec: build+encode and decode of a typical message (4-byte token, four options, 64-byte
//      payload); when built with libcoap3-dev (pkg-config libcoap-3-notls) the same message is
//      built and parsed with libcoap's coap_pdu API for comparison.
//
// Every measurement runs for a fixed time (default 1.5 s), is repeated three times (rounds
// interleave the contenders) and the median is reported.
//
//   <build>/bin/bench_protocol [--seconds S] [--repeats N] [--no-libcoap]
#include "coapclient.h"
#include "benchworker.h"
#include "coapcodec.h"
#include "coapwireview.h"
#include "coapserver.h"
#include "coaptransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QSocketNotifier>
#include <QTimer>
#include <QUdpSocket>

#ifdef COAP_BENCH_HAVE_LIBCOAP
#include <coap3/coap.h>
#endif

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

double g_seconds = 1.5;
int g_repeatsNetwork = -1; // the network rounds: g_repeats, or 0 with --codec-only
int g_repeats = 3;

const QHostAddress kLoopback(QHostAddress::LocalHost);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Our server on its own thread: "/" and "/example_data" answer with fixed bytes.
class OurServer
{
public:
    OurServer(const QByteArray &root, const QByteArray &exampleData)
    {
        m_worker.run([&] {
            m_transport = new CoapUdpTransport;
            m_transport->bind(kLoopback, 0);
            m_server = new CoapServer(m_transport);
            m_server->addResource(QStringLiteral("/")).on(CoapCode::Get, [root](const CoapServerRequest &, const CoapResponder &r) {
                r.respond(CoapCode::Content, root, 0);
            });
            m_server->addResource(QStringLiteral("/example_data")).on(CoapCode::Get, [exampleData](const CoapServerRequest &, const CoapResponder &r) {
                r.respond(CoapCode::Content, exampleData, 0);
            });
            m_port = m_transport->localEndpoint().port();
        });
    }
    ~OurServer()
    {
        m_worker.run([&] {
            delete m_server;
            delete m_transport;
        });
    }
    quint16 port() const { return m_port; }

private:
    BenchWorker m_worker;
    CoapUdpTransport *m_transport = nullptr;
    CoapServer *m_server = nullptr;
    quint16 m_port = 0;
};

// The raw baseline's peer: answers every datagram with a 4-byte ACK header carrying its MID.
class EchoPeer
{
public:
    EchoPeer()
    {
        m_worker.run([&] {
            m_socket = new QUdpSocket;
            m_socket->bind(kLoopback, 0);
            QUdpSocket *s = m_socket;
            QObject::connect(s, &QUdpSocket::readyRead, s, [s] {
                while (s->hasPendingDatagrams()) {
                    const QNetworkDatagram d = s->receiveDatagram();
                    const QByteArray in = d.data();
                    char ack[4] = {char(0x60), char(0x45), in.size() >= 4 ? in[2] : char(0), in.size() >= 4 ? in[3] : char(0)};
                    s->writeDatagram(ack, 4, d.senderAddress(), quint16(d.senderPort()));
                }
            });
            m_port = m_socket->localPort();
        });
    }
    ~EchoPeer()
    {
        m_worker.run([&] { delete m_socket; });
    }
    quint16 port() const { return m_port; }

private:
    BenchWorker m_worker;
    QUdpSocket *m_socket = nullptr;
    quint16 m_port = 0;
};

// The lean raw baseline: plain sockets (socket(2), recvfrom(2) until EAGAIN, sendto(2)) driven by
// a QSocketNotifier, the system-call pattern of our own UDP transport on Linux, in the same Qt
// event loops. QUdpSocket's reads cost three calls per datagram (two peeks, then the read), so
// the QUdpSocket baseline above is slower than what our transport does: against it the engine
// looks cheaper than it is.
int leanSocket(quint16 *port)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &length) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return fd;
}

class LeanEchoPeer
{
public:
    LeanEchoPeer()
    {
        m_worker.run([&] {
            m_fd = leanSocket(&m_port);
            if (m_fd < 0)
                return;
            m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read);
            const int fd = m_fd;
            QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [fd] {
                char in[2048];
                sockaddr_in from{};
                socklen_t length = sizeof from;
                ssize_t n;
                while ((n = ::recvfrom(fd, in, sizeof in, MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&from), &length)) >= 0) {
                    const char ack[4] = {char(0x60), char(0x45), n >= 4 ? in[2] : char(0), n >= 4 ? in[3] : char(0)};
                    ::sendto(fd, ack, 4, 0, reinterpret_cast<sockaddr *>(&from), length);
                    length = sizeof from;
                }
            });
        });
    }
    ~LeanEchoPeer()
    {
        m_worker.run([&] {
            delete m_notifier;
            if (m_fd >= 0)
                ::close(m_fd);
        });
    }
    quint16 port() const { return m_port; }

private:
    BenchWorker m_worker;
    QSocketNotifier *m_notifier = nullptr;
    int m_fd = -1;
    quint16 m_port = 0;
};

// libcoap's example server as a child process, ended by its PID (QProcess::terminate/kill).
class LibcoapServer
{
public:
    bool start()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("coap-server-notls")).isEmpty()) {
            m_error = QStringLiteral("coap-server-notls not found (Debian package libcoap3-bin)");
            return false;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            {
                QUdpSocket probe;
                if (!probe.bind(kLoopback, 0))
                    continue;
                m_port = probe.localPort();
            }
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_process.setStandardOutputFile(QProcess::nullDevice());
            m_process.start(QStringLiteral("coap-server-notls"),
                            {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)});
            if (!m_process.waitForStarted(5000)) {
                m_error = m_process.errorString();
                return false;
            }
            if (waitForCoap(m_port, 10000))
                return true;
            stop();
        }
        m_error = QStringLiteral("coap-server-notls did not answer a CoAP ping");
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM to this child's PID
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    ~LibcoapServer() { stop(); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    static bool waitForCoap(quint16 port, int timeoutMs)
    {
        QUdpSocket s;
        s.bind(kLoopback, 0);
        QElapsedTimer t;
        t.start();
        quint16 mid = 0x4242;
        while (t.elapsed() < timeoutMs) {
            const char ping[4] = {char(0x40), 0, char(mid >> 8), char(mid & 0xff)};
            s.writeDatagram(ping, 4, kLoopback, port);
            if (s.waitForReadyRead(200)) {
                while (s.hasPendingDatagrams()) {
                    const QByteArray d = s.receiveDatagram().data();
                    if (d.size() >= 4 && (quint8(d[0]) >> 4 & 3) == 3) // RST
                        return true;
                }
            }
            ++mid;
        }
        return false;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

struct RunResult
{
    double perSecond = 0; // completed exchanges per second
    double bytesPerSecond = 0;
    qint64 count = 0;
    double cpuPerExchangeUs = 0; // the client thread's CPU time per completed exchange
    bool ok = false;
};

CoapRequest getRequest(quint16 port, const QByteArray &path, int blockSzx)
{
    CoapRequest r;
    r.endpoint = CoapEndpoint(kLoopback, port);
    r.message = CoapMessage(CoapType::Confirmable, CoapCode::Get);
    for (const QByteArray &segment : path.split('/'))
        if (!segment.isEmpty())
            r.message.addOption(CoapOptionNumber::UriPath, segment);
    r.blockSzx = blockSzx;
    return r;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Confirmable GETs for `seconds`, `outstanding` at a time (NSTART raised to match, RFC 7252
// §4.7): each finished one is followed at once by the next, from the finished() handler, as the
// raw baseline sends from its readyRead handler.
constexpr qint64 kMaxExchanges = 60000; // per measurement, below the 65,536 MIDs of one client

RunResult runGets(quint16 port, const QByteArray &path, int blockSzx, double seconds, QByteArray *body = nullptr,
                  int outstanding = 1)
{
    CoapUdpTransport transport;
    transport.bind(kLoopback, 0);
    CoapClient client(&transport);
    if (outstanding > 1) {
        CoapTransmissionParameters p = client.messageLayer()->parameters();
        p.nstart = outstanding;
        client.setTransmissionParameters(p);
    }
    QEventLoop loop;
    QElapsedTimer timer;
    RunResult result;
    qint64 bytes = 0;
    bool failed = false;
    int inFlight = 0;
    const qint64 limitMs = qint64(seconds * 1000);
    // Built once, as a caller that sends the same request again keeps it: the raw baselines do
    // not build their 4-byte datagram from a path either. send() copies it (shared data).
    const CoapRequest request = getRequest(port, path, blockSzx);
    std::function<void()> next;
    const auto done = [&](CoapReply *reply, bool direct) {
        --inFlight;
        if (!reply->isSuccessful()) {
            failed = true;
            std::fprintf(stderr, "GET %s on port %u failed: %s\n", path.constData(), port, coapErrorKey(reply->error()));
        } else {
            ++result.count;
            bytes += reply->response().payload().size();
            if (body)
                *body = reply->response().payload();
        }
        // Deleted here, in a handler of the client's replyFinished() (coapreply.h allows it):
        // deleteLater() would add a posted event, an eventfd write and read and an event-loop
        // pass per request, which the raw baselines do not pay either.
        delete reply;
        if (direct)
            next();
        else
            QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    };
    // One connection for every request (CoapClient::replyFinished), as a caller that sends many
    // requests makes it: a connection per reply would be made and torn down per request.
    QObject::connect(&client, &CoapClient::replyFinished, &loop, [&](CoapReply *reply) { done(reply, true); });
    next = [&] {
        // At most kMaxExchanges per client: more would reuse its MIDs within EXCHANGE_LIFETIME
        // (RFC 7252 §4.4), and libcoap's server would answer them from its duplicate cache.
        if (failed || (result.count > 0 && timer.elapsed() >= limitMs) || result.count + inFlight >= kMaxExchanges) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        CoapReply *reply = client.send(request);
        ++inFlight;
        if (reply->isFinished())
            done(reply, false); // finished inside send(): no recursion
    };
    QTimer::singleShot(int(limitMs) + 30000, &loop, [&] { failed = true; loop.quit(); }); // stuck
    timer.start();
    const double cpu0 = threadCpuSeconds();
    for (int i = 0; i < outstanding; ++i)
        QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    const double elapsed = timer.nsecsElapsed() / 1e9;
    result.cpuPerExchangeUs = result.count ? (threadCpuSeconds() - cpu0) / double(result.count) * 1e6 : 0;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    result.ok = !failed && result.count > 0;
    result.perSecond = result.count / elapsed;
    result.bytesPerSecond = bytes / elapsed;
    return result;
}

// The ping-pong both raw baselines run: a 4-byte CON GET header out, a 4-byte ACK header back,
// the next one sent from the handler that saw the answer (as runGets sends from its finished()
// handler), for `seconds`. readAnswers reads what is there and says how many answers it found.
template <typename Source, typename Signal>
RunResult pingPong(double seconds, const Source *source, Signal readable, const std::function<int()> &readAnswers,
                   const std::function<void(const char *, qsizetype)> &send)
{
    QEventLoop loop;
    QElapsedTimer timer;
    RunResult result;
    const qint64 limitMs = qint64(seconds * 1000);
    quint16 mid = 1;
    const std::function<void()> next = [&] {
        if (timer.elapsed() >= limitMs) {
            loop.quit();
            return;
        }
        ++mid;
        const char get[4] = {char(0x40), char(0x01), char(mid >> 8), char(mid & 0xff)};
        send(get, 4);
    };
    QObject::connect(source, readable, &loop, [&] {
        const int answers = readAnswers();
        result.count += answers;
        if (answers > 0)
            next();
    });
    QTimer::singleShot(int(limitMs) + 30000, &loop, [&] { loop.quit(); });
    timer.start();
    const double cpu0 = threadCpuSeconds();
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    result.cpuPerExchangeUs = result.count ? (threadCpuSeconds() - cpu0) / double(result.count) * 1e6 : 0;
    result.perSecond = result.count / (timer.nsecsElapsed() / 1e9);
    result.ok = result.count > 0;
    return result;
}

// The raw baseline on QUdpSocket.
RunResult runRaw(quint16 port, double seconds)
{
    QUdpSocket socket;
    socket.bind(kLoopback, 0);
    return pingPong(
            seconds, &socket, &QUdpSocket::readyRead,
            [&] {
                int answers = 0;
                while (socket.hasPendingDatagrams()) {
                    if (socket.receiveDatagram().data().size() == 4)
                        ++answers;
                }
                return answers;
            },
            [&](const char *get, qsizetype size) { socket.writeDatagram(get, size, kLoopback, port); });
}

// ---- codec -------------------------------------------------------------------------------

const QByteArray kToken = QByteArray::fromHex("a1b2c3d4");
const QByteArray kPayload(64, 'x');

CoapMessage typicalMessage(quint16 mid)
{
    CoapMessage m(CoapType::Confirmable, CoapCode::Put, mid, kToken);
    m.addOption(CoapOptionNumber::UriPath, QByteArrayLiteral("sensors"));
    m.addOption(CoapOptionNumber::UriPath, QByteArrayLiteral("temp"));
    m.addUintOption(CoapOptionNumber::ContentFormat, 50);
    m.addOption(CoapOptionNumber::UriQuery, QByteArrayLiteral("unit=c"));
    m.setPayload(kPayload);
    return m;
}

// Runs `batch` in a loop for `seconds`; returns operations per second.
double timeLoop(double seconds, const std::function<qint64()> &batch)
{
    QElapsedTimer t;
    t.start();
    qint64 ops = 0;
    const qint64 limit = qint64(seconds * 1e9);
    while (t.nsecsElapsed() < limit)
        ops += batch();
    return ops / (t.nsecsElapsed() / 1e9);
}

volatile qint64 g_sink = 0;
constexpr int kBatch = 1000;

double oursEncode(double s)
{
    return timeLoop(s, [] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i)
            sum += CoapCodec::encode(typicalMessage(quint16(i))).size();
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

double oursDecode(double s, const QByteArray &wire)
{
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i) {
            const CoapDecodeResult r = CoapCodec::decode(wire);
            sum += r.message.options().size() + r.message.payload().size();
        }
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

double oursRoundTrip(double s)
{
    return timeLoop(s, [] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i) {
            const CoapDecodeResult r = CoapCodec::decode(CoapCodec::encode(typicalMessage(quint16(i))));
            sum += r.message.options().size() + r.message.payload().size();
        }
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

// The fast path: written into one buffer that is reused, read where it lies (the same work as
// libcoap's build and parse+walk below).
qint64 viewWrite(char *buffer, qsizetype capacity, quint16 mid)
{
    CoapMessageWriter w(buffer, capacity);
    w.header(CoapType::Confirmable, CoapCode::Put, mid, kToken);
    w.option(CoapOptionNumber::UriPath, "sensors");
    w.option(CoapOptionNumber::UriPath, "temp");
    w.uintOption(CoapOptionNumber::ContentFormat, 50);
    w.option(CoapOptionNumber::UriQuery, "unit=c");
    w.payload(kPayload);
    return w.ok() ? w.size() : -1;
}

qint64 viewRead(QByteArrayView wire)
{
    const CoapMessageView v = CoapMessageView::parse(wire);
    if (!v.isValid())
        return -1;
    qint64 sum = 0;
    for (auto it = v.options(); it.next();)
        sum += 1;
    return sum + v.payload().size();
}

double viewEncode(double s)
{
    char buffer[256];
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i)
            sum += viewWrite(buffer, sizeof buffer, quint16(i));
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

double viewDecode(double s, const QByteArray &wire)
{
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i)
            sum += viewRead(wire);
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

double viewRoundTrip(double s)
{
    char buffer[256];
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i) {
            const qint64 n = viewWrite(buffer, sizeof buffer, quint16(i));
            sum += viewRead(QByteArrayView(buffer, n));
        }
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

#ifdef COAP_BENCH_HAVE_LIBCOAP
// libcoap builds the wire format in place (the 4-byte header is written when it sends), so
// "build" is its encode.
coap_pdu_t *libcoapBuild(quint16 mid)
{
    coap_pdu_t *pdu = coap_pdu_init(COAP_MESSAGE_CON, COAP_REQUEST_CODE_PUT, mid, 256);
    coap_add_token(pdu, size_t(kToken.size()), reinterpret_cast<const uint8_t *>(kToken.constData()));
    coap_add_option(pdu, COAP_OPTION_URI_PATH, 7, reinterpret_cast<const uint8_t *>("sensors"));
    coap_add_option(pdu, COAP_OPTION_URI_PATH, 4, reinterpret_cast<const uint8_t *>("temp"));
    const uint8_t cf = 50;
    coap_add_option(pdu, COAP_OPTION_CONTENT_FORMAT, 1, &cf);
    coap_add_option(pdu, COAP_OPTION_URI_QUERY, 6, reinterpret_cast<const uint8_t *>("unit=c"));
    coap_add_data(pdu, size_t(kPayload.size()), reinterpret_cast<const uint8_t *>(kPayload.constData()));
    return pdu;
}

// Parse, then walk the options and fetch the payload (what our decode hands back).
qint64 libcoapParse(const QByteArray &wire)
{
    coap_pdu_t *pdu = coap_pdu_init(coap_pdu_type_t(0), coap_pdu_code_t(0), 0, size_t(wire.size()));
    qint64 sum = -1;
    if (coap_pdu_parse(COAP_PROTO_UDP, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()), pdu)) {
        sum = 0;
        coap_opt_iterator_t it;
        coap_option_iterator_init(pdu, &it, COAP_OPT_ALL);
        while (coap_opt_t *o = coap_option_next(&it))
            sum += o ? 1 : 0;
        size_t len = 0;
        const uint8_t *data = nullptr;
        if (coap_get_data(pdu, &len, &data))
            sum += qint64(len);
    }
    coap_delete_pdu(pdu);
    return sum;
}

double libcoapEncode(double s)
{
    return timeLoop(s, [] {
        for (int i = 0; i < kBatch; ++i)
            coap_delete_pdu(libcoapBuild(quint16(i)));
        return qint64(kBatch);
    });
}

double libcoapDecode(double s, const QByteArray &wire)
{
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i)
            sum += libcoapParse(wire);
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}

// Build, then parse the same bytes (libcoap has no public "give me the datagram" call; the
// bytes of its PDU equal ours for this message, which main() checks via the parse result).
double libcoapRoundTrip(double s, const QByteArray &wire)
{
    return timeLoop(s, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kBatch; ++i) {
            coap_delete_pdu(libcoapBuild(quint16(i)));
            sum += libcoapParse(wire);
        }
        g_sink = g_sink + sum;
        return qint64(kBatch);
    });
}
#endif

// The lean raw baseline's client: as runRaw, on a plain socket read until EAGAIN.
RunResult runRawLean(quint16 port, double seconds)
{
    quint16 localPort = 0;
    const int fd = leanSocket(&localPort);
    if (fd < 0)
        return RunResult{};
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    peer.sin_port = htons(port);
    QSocketNotifier notifier(fd, QSocketNotifier::Read);
    return pingPong(
            seconds, &notifier, &QSocketNotifier::activated,
            [fd] {
                char in[2048];
                int answers = 0;
                ssize_t n;
                while ((n = ::recvfrom(fd, in, sizeof in, MSG_DONTWAIT, nullptr, nullptr)) >= 0) {
                    if (n == 4)
                        ++answers;
                }
                return answers;
            },
            [&](const char *get, qsizetype size) {
                ::sendto(fd, get, size_t(size), 0, reinterpret_cast<const sockaddr *>(&peer), sizeof peer);
            });
}

// ---- reporting ---------------------------------------------------------------------------

std::map<std::string, std::vector<double>> g_samples;

void record(const std::string &name, double value) { g_samples[name].push_back(value); }
double med(const std::string &name)
{
    const auto it = g_samples.find(name);
    return it == g_samples.end() ? 0 : median(it->second);
}
bool have(const std::string &name) { return med(name) > 0; }

void printRatio(const char *what, const std::string &a, const std::string &b)
{
    if (have(a) && have(b))
        std::printf("  %-58s %8.3f\n", what, med(a) / med(b));
    else
        std::printf("  %-58s %8s\n", what, "n/a");
}

// The network section's medians and ratios.
void printNetwork()
{
    std::printf("\nMedians (absolute numbers depend on the machine; compare the ratios):\n");
    std::printf("  raw UDP echo, QUdpSocket                %12.0f round trips/s\n", med("raw"));
    std::printf("  raw UDP echo, plain sockets (lean)      %12.0f round trips/s\n", med("raw.lean"));
    std::printf("  CON GET /, CoapClient -> our CoapServer %12.0f requests/s\n", med("get.ours"));
    std::printf("  CON GET /, CoapClient -> libcoap server %12.0f requests/s\n", med("get.libcoap"));
    std::printf("  32 outstanding GETs, our server         %12.0f requests/s\n", med("get32.ours"));
    std::printf("  32 outstanding GETs, libcoap server     %12.0f requests/s\n", med("get32.libcoap"));
    std::printf("  client CPU per exchange: raw UDP %.1f us (QUdpSocket), %.1f us (lean);\n"
                "                           GET ours %.1f us, libcoap server %.1f us;\n"
                "                           32 outstanding ours %.1f us, libcoap server %.1f us\n",
                med("cpu.raw"), med("cpu.raw.lean"), med("cpu.get.ours"), med("cpu.get.libcoap"), med("cpu.get32.ours"), med("cpu.get32.libcoap"));
    std::printf("  /example_data 64-B blocks, our server   %12.0f B/s\n", med("block.ours"));
    std::printf("  /example_data 64-B blocks, libcoap      %12.0f B/s\n", med("block.libcoap"));
    std::printf("  client CPU per 1500-B download: our server %.1f us, libcoap server %.1f us\n",
                med("cpu.block.ours"), med("cpu.block.libcoap"));
    std::printf("\nRatios (rate A / rate B; > 1 means A is faster):\n");
    printRatio("GET: our client+server / raw UDP (QUdpSocket)", "get.ours", "raw");
    printRatio("GET: our client+libcoap server / raw UDP (QUdpSocket)", "get.libcoap", "raw");
    printRatio("GET: our client+server / raw UDP (lean)", "get.ours", "raw.lean");
    printRatio("GET: our client+libcoap server / raw UDP (lean)", "get.libcoap", "raw.lean");
    const auto printPaired = [](const char *what, const std::string &key) {
        if (have(key))
            std::printf("  %-58s %8.3f\n", what, med(key));
    };
    printPaired("GET: our client+server / raw UDP (lean), paired per round", "paired.get.ours");
    printPaired("GET: our client+libcoap server / raw UDP (lean), paired", "paired.get.libcoap");
    printRatio("GET: libcoap server / our server", "get.libcoap", "get.ours");
    printRatio("32 outstanding GETs: libcoap server / our server", "get32.libcoap", "get32.ours");
    printRatio("block-wise 1500 B @64: libcoap server / our server", "block.libcoap", "block.ours");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    bool useLibcoap = true;
    bool codecOnly = false; // only the codec section (no sockets, no libcoap server)
    QStringList only;       // --only raw,get,get32,block,codec: these measurements and no others
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            g_seconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--repeats") && i + 1 < args.size())
            g_repeats = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-libcoap"))
            useLibcoap = false;
        else if (args[i] == QLatin1String("--codec-only"))
            codecOnly = true;
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(QLatin1Char(','));
        else {
            std::fprintf(stderr, "usage: %s [--seconds S] [--repeats N] [--no-libcoap] [--codec-only] "
                                 "[--only raw,get,get32,block,codec]\n", argv[0]);
            return 2;
        }
    }
    const int szx64 = 2; // 64-byte blocks
    const auto measure = [&only](const char *section) { return only.isEmpty() || only.contains(QLatin1String(section)); };

    std::printf("bench_protocol: %s, %d CPUs, Qt %s; %.2f s per measurement, median of %d\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(), g_seconds, g_repeats);

    // libcoap's server, and the bytes it serves (ours serves the same ones).
    LibcoapServer libcoap;
    bool haveLibcoapServer = false;
    QByteArray root = "This is a test server";
    QByteArray exampleData(1500, 'a');
    if (useLibcoap && !codecOnly) {
        haveLibcoapServer = libcoap.start();
        if (!haveLibcoapServer) {
            std::printf("libcoap server skipped: %s\n", qPrintable(libcoap.errorString()));
        } else {
            QByteArray body;
            if (runGets(libcoap.port(), "/", -1, 0, &body).ok)
                root = body;
            if (runGets(libcoap.port(), "/example_data", szx64, 0, &body).ok)
                exampleData = body;
        }
    }
    std::printf("payloads: / = %lld B, /example_data = %lld B\n", qint64(root.size()), qint64(exampleData.size()));

    OurServer ours(root, exampleData);
    EchoPeer echo;
    LeanEchoPeer leanEcho;

    g_repeatsNetwork = codecOnly ? 0 : g_repeats;
    // Warm-up (sockets, caches, libcoap's session for a fresh client is made per run anyway).
    if (!codecOnly) {
        runRaw(echo.port(), 0.2);
        runRawLean(leanEcho.port(), 0.2);
        runGets(ours.port(), "/", -1, 0.2);
    }
    if (haveLibcoapServer)
        runGets(libcoap.port(), "/", -1, 0.2);

    for (int round = 0; round < g_repeatsNetwork; ++round) {
        std::printf("round %d/%d …\n", round + 1, g_repeats);
        std::fflush(stdout);
        double leanThisRound = 0; // for the GET / lean ratio of this round alone
        if (measure("raw")) {
            const RunResult raw = runRaw(echo.port(), g_seconds);
            record("raw", raw.perSecond);
            record("cpu.raw", raw.cpuPerExchangeUs);
            const RunResult lean = runRawLean(leanEcho.port(), g_seconds);
            record("raw.lean", lean.perSecond);
            record("cpu.raw.lean", lean.cpuPerExchangeUs);
            leanThisRound = lean.ok ? lean.perSecond : 0;
        }
        // Our server, then libcoap's (when it runs), the same way: NAME.ours / NAME.libcoap.
        const auto both = [&](const std::string &name, const QByteArray &path, int szx, int outstanding, bool bytes) {
            for (const bool theirs : {false, true}) {
                if (theirs && !haveLibcoapServer)
                    continue;
                const std::string key = name + (theirs ? ".libcoap" : ".ours");
                const RunResult r = runGets(theirs ? libcoap.port() : ours.port(), path, szx, g_seconds, nullptr, outstanding);
                if (r.ok) {
                    record(key, bytes ? r.bytesPerSecond : r.perSecond);
                    record("cpu." + key, r.cpuPerExchangeUs);
                    // Measured seconds after the lean baseline of the same round: a ratio that a
                    // VM's speed changing between rounds does not skew.
                    if (name == "get" && leanThisRound > 0)
                        record("paired." + key, r.perSecond / leanThisRound);
                }
            }
        };
        if (measure("get"))
            both("get", "/", -1, 1, false);
        if (measure("get32"))
            both("get32", "/", -1, 32, false);
        if (measure("block"))
            both("block", "/example_data", szx64, 1, true);
    }

    if (!measure("codec")) {
        printNetwork();
        libcoap.stop();
        return 0;
    }
    // Codec.
    const QByteArray wire = CoapCodec::encode(typicalMessage(1));
    bool haveLibcoapCodec = false;
#ifdef COAP_BENCH_HAVE_LIBCOAP
    coap_startup();
    haveLibcoapCodec = useLibcoap && libcoapParse(wire) == 4 + kPayload.size();
    if (useLibcoap && !haveLibcoapCodec)
        std::printf("libcoap could not parse our encoding; libcoap codec comparison skipped\n");
#endif
    std::printf("codec message: %lld B on the wire\n", qint64(wire.size()));
    {
        char check[256];
        const qint64 n = viewWrite(check, sizeof check, 1);
        if (n < 0 || QByteArrayView(check, n) != wire || viewRead(wire) != 4 + kPayload.size()) {
            std::printf("the writer and the view disagree with CoapCodec; codec section skipped\n");
            return 1;
        }
    }
    for (int round = 0; round < g_repeats; ++round) {
        record("enc.ours", oursEncode(g_seconds));
        record("dec.ours", oursDecode(g_seconds, wire));
        record("rt.ours", oursRoundTrip(g_seconds));
        record("enc.view", viewEncode(g_seconds));
        record("dec.view", viewDecode(g_seconds, wire));
        record("rt.view", viewRoundTrip(g_seconds));
#ifdef COAP_BENCH_HAVE_LIBCOAP
        if (haveLibcoapCodec) {
            record("enc.libcoap", libcoapEncode(g_seconds));
            record("dec.libcoap", libcoapDecode(g_seconds, wire));
            record("rt.libcoap", libcoapRoundTrip(g_seconds, wire));
        }
#endif
    }

    printNetwork();
    std::printf("  codec build+encode, ours                %12.0f msg/s\n", med("enc.ours"));
    std::printf("  codec decode, ours                      %12.0f msg/s\n", med("dec.ours"));
    std::printf("  codec encode+decode, ours               %12.0f msg/s\n", med("rt.ours"));
    std::printf("  codec write (CoapMessageWriter), ours   %12.0f msg/s\n", med("enc.view"));
    std::printf("  codec parse+walk (CoapMessageView), ours %11.0f msg/s\n", med("dec.view"));
    std::printf("  codec write+parse (views), ours         %12.0f msg/s\n", med("rt.view"));
    if (haveLibcoapCodec) {
        std::printf("  codec build (coap_pdu_init+add_*), libcoap %9.0f msg/s\n", med("enc.libcoap"));
        std::printf("  codec parse (coap_pdu_parse+walk), libcoap %9.0f msg/s\n", med("dec.libcoap"));
        std::printf("  codec build+parse, libcoap              %12.0f msg/s\n", med("rt.libcoap"));
    } else {
        std::printf("  libcoap codec comparison: skipped (built without libcoap3-dev or --no-libcoap)\n");
    }

    std::printf("\nRatios, codec (rate A / rate B; > 1 means A is faster):\n");
    printRatio("codec build+encode: ours / libcoap", "enc.ours", "enc.libcoap");
    printRatio("codec decode: ours / libcoap", "dec.ours", "dec.libcoap");
    printRatio("codec encode+decode: ours / libcoap", "rt.ours", "rt.libcoap");
    printRatio("codec write: our writer / libcoap build", "enc.view", "enc.libcoap");
    printRatio("codec parse+walk: our view / libcoap", "dec.view", "dec.libcoap");
    printRatio("codec write+parse: our views / libcoap", "rt.view", "rt.libcoap");
    std::fflush(stdout);

    libcoap.stop();
    return 0;
}

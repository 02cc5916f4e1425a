// misbehaving-peer: a CoAP server that breaks the rules on purpose, the way real devices do, so
// that tests can run the engine against a real process over a real socket (issue 10).
//
//   misbehaving-peer PORT MODE      (PORT 0 = a free port; the bound port is the first stdout line)
//
// Modes:
//   --duplicate-acks            /big (64 KiB, Block2): every piggybacked response is sent twice,
//                               the second copy held back until the next request arrives, so it
//                               lands while the next block is in flight (a network duplicate).
//   --short-block               /big: an empty Block2 block with M=1, whatever was asked (node-coap
//                               answers a zero-length Block2 value so).
//   --overtaking-notifications  /obs: observable, 3000 bytes (3 blocks of 1024), a new version
//                               with a new ETag per notification; every odd version is replaced by
//                               the next one as soon as the client asks for its block 1, so the
//                               newer notification overtakes the older one's transfer.
//   --foreign-token-ack         every request: a piggybacked 2.05 in an ACK with the right MID and
//                               a foreign token, then 100 ms later the real answer as a separate
//                               CON response with the right token (payload "separate").
//   --silent-block              /big: of each client (source port), the first exchange that asks
//                               for block 1 is never answered, none of its transmissions (the same
//                               MID), as if every datagram of it were lost; a later exchange (a
//                               new MID) asking for block 1 is.
// In every mode: an empty CON is answered RST (a ping), and GET /stats answers the number of
// requests received so far for anything but /stats (plain text), so a test can count them.
// Built from Qt Core and Network and the project's codec only; it never sends anywhere but to
// the address a request came from, and the tests bind it to 127.0.0.1.
#include "coapcodec.h"
#include "coapmessage.h"
#include "coapoption.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>

namespace {

QByteArray bigBody()
{
    QByteArray body(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < body.size(); ++i)
        body[i] = char((i * 31 + i / 251) & 0xff);
    return body;
}

// The body of version N of /obs (tst_misbehavingpeer computes the same).
QByteArray observedBody(int version)
{
    QByteArray body;
    const QByteArray unit = "version " + QByteArray::number(version) + ";";
    while (body.size() < 3000)
        body += unit;
    return body.left(3000);
}

} // namespace

class MisbehavingPeer : public QObject
{
public:
    enum class Mode { DuplicateAcks, ShortBlock, Overtaking, ForeignTokenAck, SilentBlock };

    MisbehavingPeer(Mode mode) : m_mode(mode), m_big(bigBody())
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { read(); });
    }

    bool bind(quint16 port) { return m_socket.bind(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_socket.localPort(); }

private:
    struct Target { QHostAddress address; quint16 port = 0; };

    void send(const CoapMessage &m, const Target &to)
    {
        m_socket.writeDatagram(CoapCodec::encode(m), to.address, to.port);
    }

    void read()
    {
        while (m_socket.hasPendingDatagrams()) {
            QByteArray datagram(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
            Target from;
            const qint64 n = m_socket.readDatagram(datagram.data(), datagram.size(), &from.address, &from.port);
            if (n < 0)
                continue;
            datagram.truncate(int(n));
            handle(datagram, from);
        }
    }

    void handle(const QByteArray &datagram, const Target &from)
    {
        const CoapDecodeResult decoded = CoapCodec::decode(datagram);
        if (!decoded.ok())
            return;
        const CoapMessage &request = decoded.message;
        if (request.type() == CoapType::Acknowledgement || request.type() == CoapType::Reset)
            return; // ACKs for our CONs: nothing to retransmit here
        if (request.isEmptyMessage()) {
            send(CoapMessage(CoapType::Reset, CoapCode::Empty, request.messageId()), from);
            return;
        }
        if (!request.isRequest())
            return;
        if (m_mode == Mode::DuplicateAcks && !m_held.isEmpty()) {
            // The copy of the previous answer arrives now, while this request is in flight.
            m_socket.writeDatagram(m_held, m_heldTo.address, m_heldTo.port);
            m_held.clear();
        }
        const QString path = request.uriPath();
        if (path == QLatin1String("/stats")) {
            CoapMessage answer = reply(request, CoapCode::Content);
            answer.setPayload(QByteArray::number(m_requests));
            respond(answer, from);
            return;
        }
        ++m_requests;
        switch (m_mode) {
        case Mode::DuplicateAcks:
            if (path == QLatin1String("/big"))
                respond(block(request, m_big, {}), from);
            else
                respond(reply(request, CoapCode::NotFound), from);
            return;
        case Mode::ShortBlock: {
            if (path != QLatin1String("/big")) {
                respond(reply(request, CoapCode::NotFound), from);
                return;
            }
            CoapBlockValue asked{0, false, 6};
            if (const auto b2 = request.uintOption(CoapOptionNumber::Block2))
                asked = CoapBlockValue::decode(*b2);
            CoapMessage answer = reply(request, CoapCode::Content);
            answer.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{asked.num, true, asked.szx}.encode());
            respond(answer, from); // no payload, and M=1
            return;
        }
        case Mode::Overtaking:
            observe(request, from, path);
            return;
        case Mode::SilentBlock: {
            if (path != QLatin1String("/big")) {
                respond(reply(request, CoapCode::NotFound), from);
                return;
            }
            const auto b2 = request.uintOption(CoapOptionNumber::Block2);
            if (b2 && CoapBlockValue::decode(*b2).num == 1) {
                const auto silent = m_silentMids.constFind(from.port);
                if (silent == m_silentMids.cend()) {
                    m_silentMids.insert(from.port, request.messageId());
                    return; // lost
                }
                if (*silent == request.messageId())
                    return; // lost again
            }
            respond(block(request, m_big, {}), from);
            return;
        }
        case Mode::ForeignTokenAck: {
            CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, request.messageId(), QByteArray("\xde\xad\xbe\xef", 4));
            ack.setPayload("not yours");
            if (request.token() == ack.token())
                ack.setToken("\x01");
            if (request.type() == CoapType::Confirmable)
                send(ack, from);
            QTimer::singleShot(100, this, [this, request, from] {
                CoapMessage separate(request.type() == CoapType::Confirmable ? CoapType::Confirmable : CoapType::NonConfirmable,
                                     CoapCode::Content, m_nextMid++, request.token());
                separate.setPayload("separate");
                send(separate, from);
            });
            return;
        }
        }
    }

    CoapMessage reply(const CoapMessage &request, quint8 code)
    {
        if (request.type() == CoapType::Confirmable)
            return CoapMessage(CoapType::Acknowledgement, code, request.messageId(), request.token());
        return CoapMessage(CoapType::NonConfirmable, code, m_nextMid++, request.token());
    }

    void respond(const CoapMessage &answer, const Target &to)
    {
        const QByteArray datagram = CoapCodec::encode(answer);
        m_socket.writeDatagram(datagram, to.address, to.port);
        if (m_mode == Mode::DuplicateAcks && answer.type() == CoapType::Acknowledgement) {
            m_held = datagram;
            m_heldTo = to;
        }
    }

    // The block the request asks for (block 0 with the server's size when it asks for none).
    CoapMessage block(const CoapMessage &request, const QByteArray &body, const QByteArray &etag,
                      quint64 defaultSzx = 6)
    {
        CoapBlockValue asked{0, false, quint8(defaultSzx)};
        if (const auto b2 = request.uintOption(CoapOptionNumber::Block2))
            asked = CoapBlockValue::decode(*b2);
        const int szx = qMin<int>(asked.szx, 6);
        const int size = 1 << (szx + 4);
        const qint64 offset = qint64(asked.num) * size;
        CoapMessage answer = reply(request, offset < body.size() ? CoapCode::Content : CoapCode::BadOption);
        if (offset >= body.size())
            return answer;
        if (!etag.isEmpty())
            answer.addOption(CoapOptionNumber::ETag, etag);
        answer.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{asked.num, offset + size < body.size(), quint8(szx)}.encode());
        if (asked.num == 0)
            answer.addUintOption(CoapOptionNumber::Size2, quint64(body.size()));
        answer.setPayload(body.mid(offset, size));
        return answer;
    }

    // --overtaking-notifications: versions 1..kLastVersion; odd ones are overtaken.
    static constexpr int kLastVersion = 8;

    QByteArray etagOf(int version) const { return "v" + QByteArray::number(version); }

    void observe(const CoapMessage &request, const Target &from, const QString &path)
    {
        if (path != QLatin1String("/obs")) {
            respond(reply(request, CoapCode::NotFound), from);
            return;
        }
        const auto observeOption = request.uintOption(CoapOptionNumber::Observe);
        if (observeOption && *observeOption == 0) {
            m_observer = from;
            m_observeToken = request.token();
            m_observing = true;
            CoapMessage answer = block(request, observedBody(m_version), etagOf(m_version));
            answer.addUintOption(CoapOptionNumber::Observe, quint64(m_version));
            respond(answer, from);
            return;
        }
        if (observeOption && *observeOption == 1)
            m_observing = false;
        const quint32 num = request.uintOption(CoapOptionNumber::Block2)
                ? CoapBlockValue::decode(*request.uintOption(CoapOptionNumber::Block2)).num : 0;
        if (num == 1 && m_version % 2 == 1 && m_version < kLastVersion && m_observing) {
            // The value changes before the client has the older one: notify the newer now.
            ++m_version;
            notify();
        }
        CoapMessage answer = block(request, observedBody(m_version), etagOf(m_version));
        respond(answer, from);
        const bool last = !CoapBlockValue::decode(answer.uintOption(CoapOptionNumber::Block2).value_or(0)).more;
        if (last && num > 0 && m_version < kLastVersion && m_observing && !m_nextScheduled) {
            // The client has this version whole: the next change comes a little later.
            m_nextScheduled = true;
            QTimer::singleShot(50, this, [this] {
                m_nextScheduled = false;
                if (!m_observing)
                    return;
                ++m_version;
                notify();
            });
        }
    }

    void notify()
    {
        CoapMessage first(CoapType::NonConfirmable, CoapCode::Get, 0, m_observeToken);
        CoapMessage n = block(first, observedBody(m_version), etagOf(m_version));
        n.setType(CoapType::NonConfirmable);
        n.setMessageId(m_nextMid++);
        n.setToken(m_observeToken);
        n.addUintOption(CoapOptionNumber::Observe, quint64(m_version));
        send(n, m_observer);
    }

    Mode m_mode;
    QUdpSocket m_socket;
    QByteArray m_big;
    int m_requests = 0;
    quint16 m_nextMid = 0x1000;
    QHash<quint16, quint16> m_silentMids; // --silent-block: client port -> the MID never answered
    QByteArray m_held;
    Target m_heldTo;
    // --overtaking-notifications
    Target m_observer;
    QByteArray m_observeToken;
    bool m_observing = false;
    bool m_nextScheduled = false;
    int m_version = 1;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: misbehaving-peer PORT --duplicate-acks|--short-block|"
                             "--overtaking-notifications|--foreign-token-ack|--silent-block\n");
        return 2;
    }
    bool ok = false;
    const uint port = args.at(1).toUInt(&ok);
    MisbehavingPeer::Mode mode;
    const QString m = args.at(2);
    if (m == QLatin1String("--duplicate-acks"))
        mode = MisbehavingPeer::Mode::DuplicateAcks;
    else if (m == QLatin1String("--short-block"))
        mode = MisbehavingPeer::Mode::ShortBlock;
    else if (m == QLatin1String("--overtaking-notifications"))
        mode = MisbehavingPeer::Mode::Overtaking;
    else if (m == QLatin1String("--foreign-token-ack"))
        mode = MisbehavingPeer::Mode::ForeignTokenAck;
    else if (m == QLatin1String("--silent-block"))
        mode = MisbehavingPeer::Mode::SilentBlock;
    else
        ok = false;
    if (!ok || port > 65535) {
        std::fprintf(stderr, "misbehaving-peer: bad port or mode\n");
        return 2;
    }
    MisbehavingPeer peer(mode);
    if (!peer.bind(quint16(port))) {
        std::fprintf(stderr, "misbehaving-peer: cannot bind 127.0.0.1:%u\n", port);
        return 3;
    }
    std::printf("%u\n", unsigned(peer.port()));
    std::fflush(stdout);
    return app.exec();
}

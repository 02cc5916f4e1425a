#pragma once

#include "coapmessagelayer.h"
#include "coapreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

// A request as the user composed it. The message holds the method, the options (Uri-Path,
// Uri-Query, Content-Format, ETag, If-Match, …) and the payload; the engine adds the token,
// the message ID and the Block1/Block2/Observe options it needs.
struct CoapRequest
{
    CoapMessage message{CoapType::Confirmable, CoapCode::Get};
    CoapEndpoint endpoint;          // where to send it (a multicast group is allowed for NON)
    QString hostName;               // when set and endpoint is null, resolved first
    quint16 port = 5683;            // with hostName
    bool confirmable = true;
    bool observe = false;           // register (RFC 7641): Observe=0 on GET/FETCH
    std::optional<QByteArray> token; // a fixed token instead of a random one
    int blockSzx = -1;              // preferred block size exponent 0..6 (16..1024); -1 = client default
    bool singleBlock = false;       // fetch only the block in the message's Block2 option
    qint64 timeoutMs = 0;           // response timeout; 0 = derived from the transmission parameters
    qint64 multicastWindowMs = 0;   // for a multicast request: how long answers are collected
    // Treat a unicast endpoint as a group: sent NON, answers from any responder are collected for
    // the window (the demo fleet's loopback endpoint, which hands requests to every device).
    bool groupRequest = false;
    // A first block that already arrived elsewhere (a multicast answer, RFC 7959 §2.8): the
    // exchange fetches the rest from endpoint and finishes with the whole body.
    std::optional<CoapMessage> block2Head;
    // Largest response body accepted from blocks; 0 = CoapBlock2Download::kMaxBody (64 MiB).
    qint64 maxBodySize = 0;
    // A block whose exchange got no answer (MAX_RETRANSMIT exhausted) is sent again in a new
    // exchange, this many times in a row (counted afresh after each block that gets through), once
    // the device has answered a block: a block of a GET or FETCH download, or a block other than
    // the last of a PUT, FETCH or iPATCH upload (see CoapClient::askBlockAgain). So one lost
    // exchange does not end a transfer on a lossy link; a block waits at most
    // (blockRetries + 1) × MAX_TRANSMIT_WAIT. -1 = the client's default (CoapClient::blockRetries()).
    int blockRetries = -1;
};

// The request layer (CONVENTIONS.md habit 3): tokens, matching, block-wise (RFC 7959) and
// observe (RFC 7641) on top of the message layer. Lives on the thread of its transport.
class CoapClient : public QObject, private CoapMessageLayer::Receiver
{
    Q_OBJECT
public:
    // Neither the transport nor the clock is owned; both must outlive the client. With no clock a
    // system clock (owned) is used.
    explicit CoapClient(CoapTransport *transport, CoapClock *clock = nullptr, QObject *parent = nullptr);
    ~CoapClient() override;

    CoapMessageLayer *messageLayer() const { return m_messages; }
    void setTransmissionParameters(const CoapTransmissionParameters &p) { m_messages->setParameters(p); }
    void setTokenLength(int bytes) { m_tokenLength = qBound(0, bytes, 8); }
    int tokenLength() const { return m_tokenLength; }
    void setDefaultBlockSzx(int szx) { m_defaultSzx = qBound(0, szx, 6); }
    int defaultBlockSzx() const { return m_defaultSzx; }
    // New exchanges for a block whose exchange got no answer, for requests that leave
    // CoapRequest::blockRetries at -1 (0..kMaxBlockRetries; 2 unless set).
    static constexpr int kDefaultBlockRetries = 2;
    static constexpr int kMaxBlockRetries = 10;
    void setBlockRetries(int retries) { m_blockRetries = qBound(0, retries, kMaxBlockRetries); }
    int blockRetries() const { return m_blockRetries; }
    // Extra wait after Max-Age runs out before an observation is registered again (RFC 7641 §3.3.1).
    void setObserveGraceMs(qint64 ms) { m_observeGraceMs = ms; }
    void setObserveCancelMode(CoapReply::CancelMode mode) { m_cancelMode = mode; }
    CoapReply::CancelMode observeCancelMode() const { return m_cancelMode; }

    // Starts an exchange. The reply is owned by this client (see CoapReply for ownership). A
    // unicast request to an address goes out before send() returns; a name is resolved first, and
    // multicast requests and pings start from the event loop. Either way the reply emits nothing
    // before send() returns, so connecting to it afterwards misses nothing.
    CoapReply *send(const CoapRequest &request);
    // An empty CON; the reply finishes without error when the peer answers RST (RFC 7252 §4.3).
    CoapReply *ping(const CoapEndpoint &peer);

    int activeExchanges() const { return m_exchangeCount; }
    // Every reply of this client not deleted yet, finished or not, oldest first.
    QList<CoapReply *> replies() const;
    // Exchanges (requests, transfers, observations, pings) with this one peer.
    int activeExchanges(const CoapEndpoint &peer) const;
    // Tokens registered now (one per transfer, plus an observation's own): for tests of the
    // "one live token per transfer" rule.
    int liveTokens() const { return int(m_byToken.size()); }

    // No exchange sends more than this many requests in a row without progress (a new block, a
    // notification, a final response): a buggy peer must never turn us into a flood.
    static constexpr int kMaxRequestsWithoutProgress = 16;
    // A request to a host name tries at most this many of its addresses, the next only when the
    // one before failed at once (no route; ICMP port or host unreachable), never after a timeout.
    static constexpr int kMaxAddressesTried = 8;

Q_SIGNALS:
    void exchangeStarted(CoapReply *reply);
    // The last exchange with this peer ended (a group of requests and observations is over): a
    // DTLS session to it may be closed (issue 12). Not emitted while the client is destroyed.
    void peerIdle(const CoapEndpoint &peer);
    // A reply finished: emitted right after its own finished(), unless a handler of that deleted
    // it. One connection here serves every request, as QNetworkAccessManager::finished() does: a
    // caller that sends many requests spares a connection made and torn down per reply (about
    // 1,500 instructions with their allocations, more than the rest of finishing a request).
    void replyFinished(CoapReply *reply);

protected:
    // Notes listeners of exchangeStarted, peerIdle and replyFinished: while there are none, they
    // are not emitted (an emission without receivers still costs about a hundred instructions).
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class CoapReply;
    bool m_startListeners = false; // set by the first connection, never cleared
    bool m_idleListeners = false;
    bool m_finishListeners = false;
    // A token as a hash key: its bytes (at most 8, RFC 7252 §3) in one integer, hashed by one
    // integer mix instead of Qt's hash of a byte string (several lookups per datagram showed
    // that hash in profiles). A longer token (it cannot be sent or received) is folded in.
    struct TokenKey
    {
        quint64 bits = 0;
        qsizetype size = 0;
        TokenKey(const QByteArray &token) : size(token.size())
        {
            for (qsizetype i = 0; i < token.size(); ++i)
                bits ^= quint64(quint8(token[i])) << (8 * (i % 8));
        }
        friend bool operator==(const TokenKey &a, const TokenKey &b) { return a.bits == b.bits && a.size == b.size; }
        friend size_t qHash(const TokenKey &k, size_t seed = 0) { return qHash(k.bits ^ (quint64(k.size) << 59), seed); }
    };
    struct MidKey
    {
        CoapEndpoint peer;
        quint16 mid;
        friend bool operator==(const MidKey &a, const MidKey &b) { return a.mid == b.mid && a.peer == b.peer; }
        friend size_t qHash(const MidKey &k, size_t seed = 0) { return qHashMulti(seed, k.peer, k.mid); }
    };
    CoapMessageLayer::Disposition receive(const CoapMessage &message, const CoapEndpoint &from) override;

    QByteArray newToken();
    void start(CoapExchange *exchange);
    void sendCurrent(CoapExchange *exchange);
    bool askBlockAgain(CoapExchange *exchange);
    // The peer said something: its transfers may ask a silent block again (see askBlockAgain).
    void heardFrom(const CoapEndpoint &peer)
    {
        if (!m_silentPeers.isEmpty())
            m_silentPeers.remove(peer);
    }
    bool tryOtherAddress(CoapExchange *exchange);
    void setLiveToken(CoapExchange *exchange, const QByteArray &token);
    void forgetMid(CoapExchange *exchange);
    int forgetPeer(const CoapEndpoint &peer); // one exchange with peer less; returns how many are left
    // The exchange's peer becomes `to`, with the counts of both; returns how many are left with the old one.
    int movePeer(CoapExchange *exchange, const CoapEndpoint &to);
    int &exchangesWith(const CoapEndpoint &peer); // the peer's count in m_exchangesPerPeer, made at 0
    void armResponseTimer(CoapExchange *exchange, qint64 ms);
    void handleResponse(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from);
    void handleNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from);
    bool applyBlockStep(CoapExchange *exchange, const struct CoapBlockStep &step, const CoapEndpoint &from);
    void deliver(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from);
    void deliverNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from);
    void scheduleReregistration(CoapExchange *exchange, const CoapMessage &notification);
    CoapMessage observeRequest(const CoapExchange *exchange, quint64 observe, bool confirmable) const;
    void fail(CoapExchange *exchange, CoapError error, CoapProtocolViolation violation = CoapProtocolViolation::None);
    void complete(CoapExchange *exchange);
    void abort(CoapExchange *exchange, bool deregister);
    void cancelObservation(CoapExchange *exchange, CoapReply::CancelMode mode);
    // Unlists the exchange (it is found no more); the caller frees it, or lets the result go.
    [[nodiscard]] std::unique_ptr<CoapExchange> release(CoapExchange *exchange);
    void onTransmissionFailed(const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure failure);
    void onReset(const CoapEndpoint &from, quint16 mid);
    void onEmptyAck(const CoapEndpoint &from, quint16 mid);
    void onRetransmitted(const CoapEndpoint &to, quint16 mid, int attempt);

    CoapTransport *m_transport;
    CoapClock *m_clock;
    CoapMessageLayer *m_messages;
    QHash<TokenKey, CoapExchange *> m_byToken; // live tokens only
    QHash<MidKey, CoapExchange *> m_byMid;       // the message in flight of each exchange
    CoapExchange *m_firstExchange = nullptr; // the live exchanges, newest first
    int m_exchangeCount = 0;
    // activeExchanges(peer) without a walk over all. An exchange's peer is looked up when it
    // starts and when it ends, nearly always the peer of the one before: the entry found last is
    // remembered.
    QHash<CoapEndpoint, int> m_exchangesPerPeer;
    CoapLastFound<QHash<CoapEndpoint, int>> m_exchangesFound;
    static constexpr qsizetype kIdlePeerEntries = 64; // entries at 0 kept at most while the table is this small
    CoapReply *m_firstReply = nullptr; // the replies not deleted yet (see replies())
    CoapReply *m_lastReply = nullptr;
    bool m_destroying = false;
    int m_tokenLength = 4;
    CoapRandom m_tokenRandom; // RFC 7252 §5.3.1: tokens an off-path attacker cannot guess
    int m_defaultSzx = 6;
    int m_blockRetries = kDefaultBlockRetries;
    // Peers with a block that went unanswered and nothing heard from them since (askBlockAgain).
    // Bounded.
    QSet<CoapEndpoint> m_silentPeers;
    static constexpr qsizetype kMaxSilentPeers = 1024;
    qint64 m_observeGraceMs = 2000;
    CoapReply::CancelMode m_cancelMode = CoapReply::CancelMode::Deregister;
};

#pragma once

#include "coapclock.h"
#include "coapcodec.h"
#include "coapendpoint.h"
#include "coaplastfound.h"
#include "coapmessage.h"
#include "coaprandom.h"
#include "coaptransport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>

// RFC 7252 §4.8: transmission parameters. Every one can be changed; the derived times follow §4.8.2.
struct CoapTransmissionParameters
{
    qint64 ackTimeoutMs = 2000;
    double ackRandomFactor = 1.5;
    int maxRetransmit = 4;
    int nstart = 1;                  // outstanding CON per peer (§4.7)
    qint64 defaultLeisureMs = 5000;  // multicast answers are spread over this (§8.2)
    qint64 maxLatencyMs = 100000;
    // How long a received CON request may wait for the server's answer before the message layer
    // sends an empty ACK and the answer becomes a separate response (§5.2.2). Kept below
    // ackTimeoutMs so that the client need not retransmit.
    qint64 piggybackWindowMs = 500;
    // RFC 7252 §4.7: bytes per second, on average, that may be sent to a peer that does not
    // answer (NON requests; CONs are paced by their back-off).
    double probingRate = 1.0;

    qint64 maxTransmitSpanMs() const
    { return qint64(ackTimeoutMs * ((1 << maxRetransmit) - 1) * ackRandomFactor); }
    qint64 maxTransmitWaitMs() const
    { return qint64(ackTimeoutMs * ((1 << (maxRetransmit + 1)) - 1) * ackRandomFactor); }
    qint64 processingDelayMs() const { return ackTimeoutMs; }
    qint64 maxRttMs() const { return 2 * maxLatencyMs + processingDelayMs(); }
    qint64 exchangeLifetimeMs() const { return maxTransmitSpanMs() + 2 * maxLatencyMs + processingDelayMs(); }
    qint64 nonLifetimeMs() const { return maxTransmitSpanMs() + maxLatencyMs; }
    // What people may choose (the window's settings, the CLI's flags): ACK_TIMEOUT in ms, and the
    // most retransmissions the engine takes.
    static constexpr int kMinUserAckTimeoutMs = 100;
    static constexpr int kMaxUserAckTimeoutMs = 60000;
    static constexpr int kMaxMaxRetransmit = 20;
    bool isValid() const
    {
        return ackTimeoutMs > 0 && ackRandomFactor >= 1.0 && maxRetransmit >= 0 && maxRetransmit <= kMaxMaxRetransmit
                && nstart >= 1;
    }
};

// One datagram that crossed the transport, for the message log and the CLI's --verbose
// (CONVENTIONS.md habit 8).
struct CoapDatagramEvent
{
    enum class Direction : quint8 { Sent, Received };
    Direction direction = Direction::Sent;
    QByteArray datagram;
    CoapEndpoint peer;
    // Our end: the transport's local endpoint (its address may be unspecified, "0.0.0.0" or "::",
    // when bound to any), or for a received datagram the address it was sent to when known.
    CoapEndpoint local;
    qint64 timeMs = 0;                 // on the engine's clock
    CoapMessage message;               // decoded (valid when decodeError is None)
    CoapDecodeError decodeError = CoapDecodeError::None;
    int retransmission = 0;            // 0 = first transmission, n = n-th retransmission
    bool duplicate = false;            // received again within the lifetime, or a cached reply sent again
};

enum class CoapTransmissionFailure : quint8 {
    Timeout,       // no ACK or RST after MAX_RETRANSMIT retransmissions (§4.2)
    NetworkError,  // the transport refused the datagram (for another reason than a missing route)
    EncodeError,   // the message could not be encoded (token or option too long)
    PortUnreachable, // the peer's system answered ICMP "port unreachable": nothing listens there
    HostUnreachable, // ICMP "host unreachable" from a router on the way, or the system has no route for the first transmission
};

// The message layer (CONVENTIONS.md habit 3): message IDs, CON retransmission with exponential
// back-off, ACK/RST, deduplication, NSTART, and nothing else. Tokens, block-wise and observe are
// the request layer's business.
class CoapMessageLayer : public QObject, private CoapTransport::DatagramSink
{
    Q_OBJECT
public:
    enum class Disposition : quint8 {
        Accept,   // a CON is acknowledged with an empty ACK
        Reject,   // a CON (or NON) is answered with RST (§4.2, §4.3)
        Deferred, // a request: the receiver answers with respond() or acknowledge()
        Ignore,   // nothing is sent (a CON is then retransmitted by its sender)
    };

    // Who receives what the message layer accepted. Called synchronously for every new CON/NON
    // message and for every ACK that carries a response. The return value matters for CON and NON.
    class Receiver
    {
    public:
        virtual ~Receiver() = default;
        virtual Disposition receive(const CoapMessage &message, const CoapEndpoint &from) = 0;
    };

    // Neither transport nor clock is owned; both must outlive this object.
    CoapMessageLayer(CoapTransport *transport, CoapClock *clock, QObject *parent = nullptr);
    ~CoapMessageLayer() override;

    void setReceiver(Receiver *receiver) { m_receiver = receiver; } // not owned
    void setParameters(const CoapTransmissionParameters &parameters) { m_parameters = parameters; }
    const CoapTransmissionParameters &parameters() const { return m_parameters; }
    // Source of uniform numbers in [0, 1) for the initial timeout; tests make it deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }
    CoapTransport *transport() const { return m_transport; }
    CoapClock *clock() const { return m_clock; }

    // The next message ID for a peer. RFC 7252 §4.4: one sequence per peer (Californium's per-peer
    // provider), starting at random, so the MID space of one peer is not spent by traffic to others.
    quint16 nextMessageId(const CoapEndpoint &peer);

    // Sends a CON or NON message that starts here (a request, a separate response, a notification).
    // The message ID is assigned here and returned. A CON is retransmitted until an ACK or RST
    // arrives or MAX_RETRANSMIT is exhausted. RFC 7252 §4.7: at most NSTART interactions per peer
    // are outstanding, the others wait in order; a NON request holds its slot until cancel() (the
    // request layer calls it when the response came or the exchange ended) or, at the latest,
    // MAX_TRANSMIT_WAIT. NON requests to a peer that has not answered are paced to PROBING_RATE.
    // group: sent to a group (or a unicast endpoint that stands for one): no NSTART, no pacing.
    quint16 send(CoapMessage message, const CoapEndpoint &to, bool group = false);
    // Sends a CON that replaces an outstanding one to the same peer (RFC 7641 §4.5.2: a newer
    // notification while the older is still retransmitted). The older stops, and the newer carries
    // its retransmission counter and timeout over, so the pair gives up after MAX_RETRANSMIT
    // retransmissions in all, as one message would. With no such outstanding CON it is send().
    quint16 sendReplacing(CoapMessage message, const CoapEndpoint &to, quint16 replacedMid);
    // Stops retransmitting a CON (or takes it out of the queue). No signal follows.
    void cancel(const CoapEndpoint &to, quint16 messageId);
    // An empty CON: the peer answers RST (§4.3); the result arrives as resetReceived() or
    // transmissionFailed().
    quint16 ping(const CoapEndpoint &to);

    // Answers a request received earlier: piggybacked in the ACK while the CON has not been
    // acknowledged yet (§5.2.1), otherwise as a separate message (§5.2.2): CON for a CON request
    // unless the response is marked NON, NON for a NON request (§5.2.3).
    void respond(const CoapMessage &request, const CoapEndpoint &from, CoapMessage response);
    // Acknowledges a received CON at once with an empty ACK (the separate-response path).
    void acknowledge(const CoapMessage &request, const CoapEndpoint &from);
    // Answers a received message with RST.
    void reject(const CoapMessage &message, const CoapEndpoint &from);

    // Hands a datagram to the layer as if the transport had received it. destination tells where
    // it was addressed (a multicast group makes the server answer as a group member, RFC 7252 §8.2).
    void receiveDatagram(const QByteArray &datagram, const CoapEndpoint &from,
                         const QHostAddress &destination = QHostAddress())
    { onDatagram(datagram, from, destination); }
    // While a Receiver is called: whether the message came through a multicast group (or was
    // handed in as a group request).
    bool isReceivingMulticast() const { return m_receivingMulticast; }

    int outstandingCount(const CoapEndpoint &peer) const;
    // For an outstanding CON: milliseconds until the layer gives up if no ACK or RST comes (the
    // rest of the current timeout and every back-off still to come, RFC 7252 §4.2); -1 otherwise.
    qint64 giveUpInMs(const CoapEndpoint &peer, quint16 messageId) const;
    int queuedCount(const CoapEndpoint &peer) const;
    int peerCount() const { return int(m_peers.size()); } // peers with MID/NSTART state (≤ kMaxPeers when idle)
    int deduplicationEntries() const { return int(m_dedup.size()); }
    void setMaxDeduplicationEntries(int n) { m_maxDedupEntries = n; }
    // RFC 7252 §4.5 allows a server to relax deduplication for idempotent requests "so that it
    // does not have to maintain state for Message IDs". On (the default): a safe request (GET,
    // FETCH) that the receiver answers while it is handed the request (a piggybacked response, a
    // RST, or the answer to a NON) is not remembered, and a copy of it is handled anew, as a ping
    // is. A safe request answered later (an empty ACK now, the response separately) is remembered
    // like any other, so that a copy is not handled twice while the answer is pending. Requests
    // that are not safe are always remembered for EXCHANGE_LIFETIME (NON_LIFETIME for NON).
    void setRelaxedDeduplication(bool relaxed) { m_relaxedDeduplication = relaxed; }
    bool relaxedDeduplication() const { return m_relaxedDeduplication; }

Q_SIGNALS:
    void datagramEvent(const CoapDatagramEvent &event);
    // An ACK for an outstanding CON that carries no response for it: empty, or (RFC 7252 §5.3.2)
    // with a token that is not the request's, which counts as empty: a separate response follows.
    void emptyAcknowledgementReceived(const CoapEndpoint &from, quint16 messageId);
    // An RST for an outstanding CON or NON request, or for a NON message sent within
    // NON_LIFETIME (a notification, RFC 7641 §3.6). An RST that matches nothing goes no further.
    void resetReceived(const CoapEndpoint &from, quint16 messageId);
    // Kept for compatibility; RSTs for recent NON messages now come as resetReceived().
    void unmatchedResetReceived(const CoapEndpoint &from, quint16 messageId);
    void transmissionFailed(const CoapEndpoint &to, quint16 messageId, CoapTransmissionFailure failure);
    void retransmitted(const CoapEndpoint &to, quint16 messageId, int attempt);

private:
    template <typename> friend class QTypeInfo; // Q_DECLARE_TYPEINFO of the private entry types below
    struct Key
    {
        CoapEndpoint peer;
        quint16 mid;
        friend bool operator==(const Key &a, const Key &b) { return a.mid == b.mid && a.peer == b.peer; }
        // A peer numbers its messages one after another (RFC 7252 §4.4): 16 consecutive MIDs of one
        // peer hash to 16 neighbouring buckets, so the entries a busy peer adds and later drops lie
        // side by side instead of one cold cache line (and page) each in a table of up to 100,000.
        // The runs are short and start at a seeded hash of (peer, MID / 16): a peer cannot pile
        // its entries onto another peer's.
        static constexpr int kMidRunBits = 4;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return (qHashMulti(seed, k.peer, k.mid >> kMidRunBits) << kMidRunBits)
                    | (k.mid & ((1u << kMidRunBits) - 1));
        }
    };
    struct Outstanding
    {
        QByteArray datagram;
        QByteArray token;        // the message's: an ACK's piggybacked response must carry it
        bool ping = false;       // an empty CON (RFC 7252 §4.3)
        qint64 timeoutMs = 0;
        int retransmissions = 0;
        CoapClock::TimerId timer = 0;
        qint64 dueMs = 0;        // when the running timer fires
        bool confirmable = true; // false: a NON request holding its NSTART slot
    };
    // What the layer knows of one peer it sends to. Bounded by kMaxPeers.
    struct Peer
    {
        quint32 id = 0;                  // names the peer in timer callbacks (see m_peerEndpoints)
        quint16 nextMid = 0;
        qint64 lastUsedMs = 0;
        int outstanding = 0;             // NSTART slots in use
        std::deque<CoapMessage> queue;   // waiting for a slot or for the probing budget
        qint64 unansweredBytes = 0;      // NON bytes sent since the peer last said anything
        qint64 unansweredSinceMs = 0;
        CoapClock::TimerId probeTimer = 0;
    };
    struct Received
    {
        qint64 expiresMs = 0;
        CoapType type = CoapType::Confirmable;
        bool acknowledged = false; // an ACK or RST went out (or a NON answer)
        QByteArray reply;          // what to send again for a duplicate CON
        CoapClock::TimerId ackTimer = 0;
        size_t digest = 0;         // of the datagram: a copy is byte for byte the same
    };

    void onDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination);
    void takeDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination) override
    { onDatagram(datagram, from, destination); }
    void handleAckOrReset(const CoapMessage &message, const CoapEndpoint &from);
    void handleNew(const CoapMessage &message, const CoapEndpoint &from, size_t digest);
    // nowMs: the clock as the caller read it, or -1 (read here).
    bool transmit(const CoapMessage &message, const CoapEndpoint &to, bool group = false, qint64 nowMs = -1);
    Peer &peerState(const CoapEndpoint &peer);
    quint16 takeMessageId(Peer &peer, qint64 nowMs = -1); // the peer's next MID, and the peer counts as used now
    bool mayStart(const CoapEndpoint &to, Peer &peer, const CoapMessage &message);
    void removeOutstanding(const Key &key);
    bool dropOutstanding(QHash<Key, Outstanding>::iterator it); // true: the peer has messages waiting
    void rememberNon(const Key &key);
    void dropOldestDedup(); // down to m_maxDedupEntries, oldest first
    bool write(const QByteArray &datagram, const CoapMessage &message, const CoapEndpoint &to,
               int retransmission, bool duplicate = false);
    void onRetransmitTimer(const Key &key);
    void onDestinationUnreachable(const CoapEndpoint &peer, CoapNetworkError error);
    void finishOutstanding(const Key &key);
    CoapClock::Callback retransmitCallback(const Peer &peer, quint16 mid);
    CoapClock::Callback nonExpiryCallback(const Peer &peer, quint16 mid);
    QHash<CoapEndpoint, Peer>::iterator forgetPeerState(QHash<CoapEndpoint, Peer>::iterator it);
    QHash<CoapEndpoint, Peer>::iterator findPeer(const CoapEndpoint &peer);
    QHash<Key, Received>::iterator findDedup(const Key &key);
    Received *receivedEntry(const Key &key); // the request in hand, or its remembered entry, or null
    void rememberReceived(const Key &key, const Received &received);
    const CoapEndpoint *peerEndpoint(quint32 id) const; // the peer's endpoint by its id, or null
    void startQueued(const CoapEndpoint &peer);
    void sendReply(const Key &key, const CoapMessage &reply);
    void expireDedup();
    qint64 initialTimeout();
    bool observed() const; // someone listens to datagramEvent
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;
    CoapDatagramEvent datagramEventFor(CoapDatagramEvent::Direction direction, const QByteArray &datagram,
                                       const CoapEndpoint &peer, const CoapMessage &message) const;

    CoapTransport *m_transport;
    QPointer<CoapTransport> m_sinkOf; // the transport that calls takeDatagram(), while it lives
    CoapClock *m_clock;
    Receiver *m_receiver = nullptr;
    CoapTransmissionParameters m_parameters;
    std::function<double()> m_random;
    CoapRandom m_jitter;
    QHash<Key, Outstanding> m_outstanding;
    QHash<CoapEndpoint, Peer> m_peers;
    // A datagram's peer is looked up several times per exchange (its MID and slot when sending,
    // its probing state when it answers, its slot again when the ACK comes), nearly always the
    // same one: findPeer() remembers it. Insertions and removals go through m_peerFound.
    CoapLastFound<QHash<CoapEndpoint, Peer>> m_peerFound;
    // Each peer's endpoint by its id: a timer's callback names the peer by id, so that it fits
    // std::function's own storage (an endpoint in the capture cost an allocation per CON).
    QHash<quint32, CoapEndpoint> m_peerEndpoints;
    quint32 m_nextPeerId = 1;
    // NON messages sent recently, so that an RST to one can be matched (RFC 7641 §3.6); each
    // expires after NON_LIFETIME, one by one, and the table is capped.
    QHash<Key, qint64> m_recentNon;
    std::deque<std::pair<qint64, Key>> m_recentNonOrder;
    bool m_startingQueued = false;
    QHash<Key, Received> m_dedup;
    // A request's entry is looked up when it comes, when it is remembered, and when it is
    // answered: findDedup() remembers it, as findPeer() does.
    CoapLastFound<QHash<Key, Received>> m_dedupFound;
    // (expiry, key) in arrival order, one queue per lifetime so each is sorted by expiry.
    std::deque<std::pair<qint64, Key>> m_dedupOrderCon;
    std::deque<std::pair<qint64, Key>> m_dedupOrderNon;
    int m_maxDedupEntries = 100000;
    bool m_relaxedDeduplication = true;
    // A safe request while the receiver handles it (see setRelaxedDeduplication()): it goes into
    // m_dedup only if it was not answered by then.
    struct InHand
    {
        Key key;
        Received received;
        bool active = false;
    };
    InHand m_inHand;
public:
    // Caps on tables keyed by peers (CONVENTIONS.md habit 14).
    static constexpr int kMaxPeers = 65536;        // per-peer MID state; beyond it a MID is random
    static constexpr int kMaxRecentNon = 65536;     // NON messages remembered for RST matching
    static constexpr qint64 kPruneIntervalMs = 1000; // at the peer cap, idle peers are looked for at most this often
private:
    qint64 m_lastPruneMs = -1;
    bool m_receivingMulticast = false;
    // Whether datagramEvent may have listeners, kept by (dis)connectNotify: asking
    // isSignalConnected() twice per exchange showed in profiles. A disconnection marks it stale;
    // observed() asks once then.
    mutable std::atomic<bool> m_observed{false};
    mutable std::atomic<bool> m_observedStale{false};
};

// The tables' entries are made of relocatable members: a growing table moves them by memcpy instead
// of one move and one destruction each (a server's deduplication table holds up to 100,000).
Q_DECLARE_TYPEINFO(CoapMessageLayer::Key, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(CoapMessageLayer::Received, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(CoapMessageLayer::Outstanding, Q_RELOCATABLE_TYPE);

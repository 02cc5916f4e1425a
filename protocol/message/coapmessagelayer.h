#pragma once

#include "coapclock.h"
#include "coapcodec.h"
#include "coapendpoint.h"
#include "coapmessage.h"
#include "coaptransport.h"

#include <QHash>
#include <QObject>

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

    qint64 maxTransmitSpanMs() const
    { return qint64(ackTimeoutMs * ((1 << maxRetransmit) - 1) * ackRandomFactor); }
    qint64 maxTransmitWaitMs() const
    { return qint64(ackTimeoutMs * ((1 << (maxRetransmit + 1)) - 1) * ackRandomFactor); }
    qint64 processingDelayMs() const { return ackTimeoutMs; }
    qint64 maxRttMs() const { return 2 * maxLatencyMs + processingDelayMs(); }
    qint64 exchangeLifetimeMs() const { return maxTransmitSpanMs() + 2 * maxLatencyMs + processingDelayMs(); }
    qint64 nonLifetimeMs() const { return maxTransmitSpanMs() + maxLatencyMs; }
    bool isValid() const
    { return ackTimeoutMs > 0 && ackRandomFactor >= 1.0 && maxRetransmit >= 0 && maxRetransmit <= 20 && nstart >= 1; }
};

// One datagram that crossed the transport, for the message log and the CLI's --verbose
// (CONVENTIONS.md habit 8).
struct CoapDatagramEvent
{
    enum class Direction : quint8 { Sent, Received };
    Direction direction = Direction::Sent;
    QByteArray datagram;
    CoapEndpoint peer;
    qint64 timeMs = 0;                 // on the engine's clock
    CoapMessage message;               // decoded (valid when decodeError is None)
    CoapDecodeError decodeError = CoapDecodeError::None;
    int retransmission = 0;            // 0 = first transmission, n = n-th retransmission
    bool duplicate = false;            // received again within the lifetime, or a cached reply sent again
};

enum class CoapTransmissionFailure : quint8 {
    Timeout,       // no ACK or RST after MAX_RETRANSMIT retransmissions (§4.2)
    NetworkError,  // the transport refused the datagram
    EncodeError,   // the message could not be encoded (token or option too long)
};

// The message layer (CONVENTIONS.md habit 3): message IDs, CON retransmission with exponential
// back-off, ACK/RST, deduplication, NSTART, and nothing else. Tokens, block-wise and observe are
// the request layer's business.
class CoapMessageLayer : public QObject
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

    quint16 nextMessageId();

    // Sends a CON or NON message that starts here (a request, a separate response, a notification).
    // The message ID is assigned here and returned. A CON is retransmitted until an ACK or RST
    // arrives or MAX_RETRANSMIT is exhausted; at most NSTART CONs per peer are outstanding, the
    // others wait in order.
    quint16 send(CoapMessage message, const CoapEndpoint &to);
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
    int queuedCount(const CoapEndpoint &peer) const;
    int deduplicationEntries() const { return int(m_dedup.size()); }
    void setMaxDeduplicationEntries(int n) { m_maxDedupEntries = n; }

Q_SIGNALS:
    void datagramEvent(const CoapDatagramEvent &event);
    void emptyAcknowledgementReceived(const CoapEndpoint &from, quint16 messageId);
    void resetReceived(const CoapEndpoint &from, quint16 messageId);
    // An RST that matches no outstanding CON (e.g. the answer to a NON notification, RFC 7641 §3.6).
    void unmatchedResetReceived(const CoapEndpoint &from, quint16 messageId);
    void transmissionFailed(const CoapEndpoint &to, quint16 messageId, CoapTransmissionFailure failure);
    void retransmitted(const CoapEndpoint &to, quint16 messageId, int attempt);

private:
    struct Key
    {
        CoapEndpoint peer;
        quint16 mid;
        friend bool operator==(const Key &a, const Key &b) { return a.mid == b.mid && a.peer == b.peer; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.peer, k.mid); }
    };
    struct Outstanding
    {
        QByteArray datagram;
        CoapMessage message;
        qint64 timeoutMs = 0;
        int retransmissions = 0;
        CoapClock::TimerId timer = 0;
    };
    struct Received
    {
        qint64 expiresMs = 0;
        CoapType type = CoapType::Confirmable;
        bool acknowledged = false; // an ACK or RST went out (or a NON answer)
        QByteArray reply;          // what to send again for a duplicate CON
        CoapClock::TimerId ackTimer = 0;
    };
    struct Queued
    {
        CoapEndpoint peer;
        CoapMessage message;
    };

    void onDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination);
    void handleAckOrReset(const CoapMessage &message, const CoapEndpoint &from);
    void handleNew(const CoapMessage &message, const CoapEndpoint &from);
    void transmit(const CoapMessage &message, const CoapEndpoint &to);
    bool write(const QByteArray &datagram, const CoapMessage &message, const CoapEndpoint &to,
               int retransmission, bool duplicate = false);
    void onRetransmitTimer(const Key &key);
    void finishOutstanding(const Key &key);
    void startQueued(const CoapEndpoint &peer);
    void sendReply(const Key &key, const CoapMessage &reply);
    void expireDedup();
    qint64 initialTimeout();

    CoapTransport *m_transport;
    CoapClock *m_clock;
    Receiver *m_receiver = nullptr;
    CoapTransmissionParameters m_parameters;
    std::function<double()> m_random;
    quint16 m_nextMid;
    QHash<Key, Outstanding> m_outstanding;
    QHash<CoapEndpoint, int> m_outstandingPerPeer;
    std::deque<Queued> m_queue;
    QHash<Key, Received> m_dedup;
    // (expiry, key) in arrival order, one queue per lifetime so each is sorted by expiry.
    std::deque<std::pair<qint64, Key>> m_dedupOrderCon;
    std::deque<std::pair<qint64, Key>> m_dedupOrderNon;
    int m_maxDedupEntries = 100000;
    bool m_receivingMulticast = false;
};

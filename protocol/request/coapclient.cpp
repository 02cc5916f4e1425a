#include "coapclient.h"
#include "coapblockwise.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcCoapRequest, "coap.request")

// Everything the request layer remembers about one exchange. Owned by the client; the reply
// points at it while both live.
struct CoapExchange
{
    // Made from its request at once (not defaulted and then assigned: a default CoapRequest has
    // a message, an endpoint and strings of its own to build and throw away).
    explicit CoapExchange(const CoapRequest &request) : request(request), peer(request.endpoint) {}

    CoapReply *reply = nullptr;   // cleared when the reply goes (~CoapReply, CoapReply::finish)
    CoapExchange *previous = nullptr; // the client's list of live exchanges
    CoapExchange *next = nullptr;
    bool listed = false;
    CoapRequest request;
    CoapMessage current;          // the request now in flight (token, block options set)
    CoapEndpoint peer;
    // A host name's other addresses, in the resolver's order: the next is tried when the one in
    // use fails at once (see CoapClient::tryOtherAddress).
    QList<QHostAddress> otherAddresses;
    QByteArray liveToken;         // the token of the message in flight (one per transfer)
    bool hasLiveToken = false;
    QByteArray observeToken;      // the registration's token, live while the observation runs
    quint16 mid = 0;
    bool hasMid = false;          // (peer, mid) is registered for ACK/RST matching
    bool awaitingAck = false;
    bool sentCon = false;         // the message in flight is a unicast CON
    bool multicast = false;
    bool isPing = false;
    bool gotResponse = false;
    double sentAtMs = 0;
    int requestsWithoutProgress = 0;
    int blockRetriesLeft = 0;     // new exchanges left for the block in flight (askBlockAgain)
    CoapClock::TimerId responseTimer = 0;
    CoapClock::TimerId windowTimer = 0;
    CoapClock::TimerId reregisterTimer = 0;

    // The block-wise stage (RFC 7959)
    CoapBlock1Upload upload;
    CoapBlock2Download download;
    int szx = 6;
    bool notificationTransfer = false; // the download completes a notification (RFC 7959 §2.6)
    quint64 pendingSequence = 0;

    // The observe stage (RFC 7641)
    bool observing = false;
    bool cancelling = false;
    std::optional<quint64> lastSequence;
    qint64 lastNotificationMs = 0;
};

const char *coapErrorKey(CoapError error)
{
    switch (error) {
    case CoapError::None: return "none";
    case CoapError::HostNotFound: return "host-not-found";
    case CoapError::NetworkError: return "network-error";
    case CoapError::Timeout: return "timeout";
    case CoapError::RetransmissionsExceeded: return "retransmissions-exceeded";
    case CoapError::Reset: return "reset";
    case CoapError::BadResponse: return "bad-response";
    case CoapError::BlockTransferFailed: return "block-transfer-failed";
    case CoapError::EtagChanged: return "etag-changed";
    case CoapError::EncodeError: return "encode-error";
    case CoapError::Cancelled: return "cancelled";
    case CoapError::ProtocolError: return "protocol-error";
    case CoapError::PortUnreachable: return "port-unreachable";
    }
    return "unknown";
}

const char *coapViolationKey(CoapProtocolViolation violation)
{
    switch (violation) {
    case CoapProtocolViolation::None: return "none";
    case CoapProtocolViolation::ShortBlock: return "short-block";
    case CoapProtocolViolation::UnexpectedBlock: return "unexpected-block";
    case CoapProtocolViolation::BodyTooLarge: return "body-too-large";
    case CoapProtocolViolation::ResourceChanging: return "resource-changing";
    case CoapProtocolViolation::NoProgress: return "no-progress";
    case CoapProtocolViolation::UnsupportedCriticalOption: return "unsupported-critical-option";
    }
    return "unknown";
}

// ---------------------------------------------------------------------------------------------
// CoapReply

CoapReply::CoapReply(CoapClient *client) : m_client(client)
{
    m_previousOfClient = client->m_lastReply;
    if (m_previousOfClient)
        m_previousOfClient->m_nextOfClient = this;
    else
        client->m_firstReply = this;
    client->m_lastReply = this;
}

CoapReply::~CoapReply()
{
    for (Guard *guard = m_guards; guard; guard = guard->m_next)
        guard->m_reply = nullptr;
    (m_previousOfClient ? m_previousOfClient->m_nextOfClient : m_client->m_firstReply) = m_nextOfClient;
    (m_nextOfClient ? m_nextOfClient->m_previousOfClient : m_client->m_lastReply) = m_previousOfClient;
    if (m_exchange) {
        CoapExchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->reply = nullptr;
        m_client->abort(exchange, true);
    }
}

void CoapReply::connectNotify(const QMetaMethod &signal)
{
    static const QMetaMethod response = QMetaMethod::fromSignal(&CoapReply::responseReceived);
    if (signal == response)
        m_responseListeners = true;
    QObject::connectNotify(signal);
}

void CoapReply::abort()
{
    if (m_exchange)
        m_client->abort(m_exchange, true);
}

void CoapReply::cancelObservation(CancelMode mode)
{
    if (m_exchange)
        m_client->cancelObservation(m_exchange, mode);
}

void CoapReply::finish(CoapError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_exchange) {
        m_exchange->reply = nullptr;
        m_exchange = nullptr;
    }
    const Guard self(this);
    if (m_observing) {
        m_observing = false;
        emit observationEnded();
        if (!self)
            return;
    }
    if (error != CoapError::None) {
        emit errorOccurred(error);
        if (!self)
            return;
    }
    emit finished();
    if (self && m_client->m_finishListeners)
        emit m_client->replyFinished(this);
}

// ---------------------------------------------------------------------------------------------
// CoapClient

CoapClient::CoapClient(CoapTransport *transport, CoapClock *clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_clock(clock ? clock : new CoapSystemClock(this))
{
    m_messages = new CoapMessageLayer(m_transport, m_clock, this);
    m_messages->setReceiver(this);
    connect(m_messages, &CoapMessageLayer::transmissionFailed, this, &CoapClient::onTransmissionFailed);
    connect(m_messages, &CoapMessageLayer::resetReceived, this, &CoapClient::onReset);
    connect(m_messages, &CoapMessageLayer::emptyAcknowledgementReceived, this, &CoapClient::onEmptyAck);
    connect(m_messages, &CoapMessageLayer::retransmitted, this, &CoapClient::onRetransmitted);
}

void CoapClient::connectNotify(const QMetaMethod &signal)
{
    static const QMetaMethod started = QMetaMethod::fromSignal(&CoapClient::exchangeStarted);
    static const QMetaMethod idle = QMetaMethod::fromSignal(&CoapClient::peerIdle);
    static const QMetaMethod finished = QMetaMethod::fromSignal(&CoapClient::replyFinished);
    if (signal == started)
        m_startListeners = true;
    else if (signal == idle)
        m_idleListeners = true;
    else if (signal == finished)
        m_finishListeners = true;
    QObject::connectNotify(signal);
}

CoapClient::~CoapClient()
{
    m_destroying = true;
    m_messages->setReceiver(nullptr);
    std::vector<CoapExchange *> exchanges;
    for (CoapExchange *exchange = m_firstExchange; exchange; exchange = exchange->next)
        exchanges.push_back(exchange);
    for (CoapExchange *exchange : exchanges) {
        if (exchange->reply)
            exchange->reply->m_exchange = nullptr;
        release(exchange).reset(); // freed here
    }
    // The message layer cancels its timers on the clock, which may be our own child: it goes first.
    delete m_messages;
    // The replies go with their client, as children would.
    while (m_lastReply)
        delete m_lastReply;
}

QList<CoapReply *> CoapClient::replies() const
{
    QList<CoapReply *> all;
    for (CoapReply *reply = m_firstReply; reply; reply = reply->m_nextOfClient)
        all.append(reply);
    return all;
}

QByteArray CoapClient::newToken()
{
    // RFC 7252 §5.3.1: tokens should be random enough that an off-path attacker cannot guess them.
    // One draw of 64 bits per token, not one per byte.
    QByteArray token(m_tokenLength, Qt::Uninitialized);
    for (int attempt = 0; attempt < 16; ++attempt) {
        for (qsizetype i = 0; i < token.size(); i += 8) {
            const quint64 bits = m_tokenRandom.next64();
            memcpy(token.data() + i, &bits, size_t(qMin<qsizetype>(8, token.size() - i)));
        }
        if (!m_byToken.contains(token))
            break;
    }
    return token;
}

static bool methodHasBody(quint8 code)
{
    return code == CoapCode::Post || code == CoapCode::Put || code == CoapCode::Fetch
            || code == CoapCode::Patch || code == CoapCode::IPatch;
}

CoapReply *CoapClient::send(const CoapRequest &request)
{
    auto *reply = new CoapReply(this);
    auto *exchange = new CoapExchange(request);
    exchange->reply = reply;
    // Resolved once: -1 takes the client's default (setBlockRetries), a value below -1 counts as 0.
    exchange->request.blockRetries = request.blockRetries == -1 ? m_blockRetries : qMax(0, request.blockRetries);
    exchange->blockRetriesLeft = exchange->request.blockRetries;
    ++exchangesWith(exchange->peer);
    reply->m_exchange = exchange;
    reply->m_observe = request.observe;
    exchange->next = m_firstExchange;
    if (m_firstExchange)
        m_firstExchange->previous = exchange;
    m_firstExchange = exchange;
    exchange->listed = true;
    ++m_exchangeCount;

    CoapMessage message = request.message;
    exchange->multicast = request.endpoint.isMulticast() || request.groupRequest;
    // RFC 7252 §8.1: multicast requests are NON.
    message.setType(request.confirmable && !exchange->multicast ? CoapType::Confirmable : CoapType::NonConfirmable);
    exchange->request.message.setType(message.type());
    const QByteArray token = request.token ? *request.token : newToken();
    message.setToken(token);
    if (request.observe) {
        message.setUintOption(CoapOptionNumber::Observe, 0);
        exchange->observeToken = token;
    }

    const int szx = request.blockSzx >= 0 ? qBound(0, request.blockSzx, 6) : m_defaultSzx;
    exchange->szx = szx;
    if (methodHasBody(message.code()))
        message = exchange->upload.begin(message, szx);
    const bool early = !request.singleBlock && request.blockSzx >= 0 && request.blockSzx < 6
            && !message.hasOption(CoapOptionNumber::Block2) && !exchange->multicast;
    if (early) {
        // RFC 7959 §2.4: early negotiation of a smaller block size than the server might choose.
        message.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, false, quint8(szx)}.encode());
    }
    exchange->download.reset(exchange->request.message, szx, early);
    exchange->download.setMaxBody(request.maxBodySize);
    exchange->current = message;
    reply->m_request = message;

    if (m_startListeners)
        emit exchangeStarted(reply);
    if (exchange->peer.isNull() && !request.hostName.isEmpty()) {
        QPointer<CoapReply> guard(reply);
        QHostInfo::lookupHost(request.hostName, this, [this, guard, exchange](const QHostInfo &info) {
            if (!guard || guard->m_exchange != exchange)
                return;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                fail(exchange, CoapError::HostNotFound);
                return;
            }
            const QList<QHostAddress> addresses = info.addresses();
            movePeer(exchange, CoapEndpoint(addresses.constFirst(), exchange->request.port));
            exchange->otherAddresses = addresses.mid(1, kMaxAddressesTried - 1);
            start(exchange);
        });
    } else if (!exchange->multicast && !request.block2Head && !request.message.isEmptyMessage()) {
        // A plain unicast request goes out now: nothing in sendCurrent() finishes the reply or
        // emits its signals before the caller can connect to them (a failure to send is reported
        // from the event loop by the message layer), and the request does not wait a turn of the
        // event loop (a posted event and a wake-up of the loop per request).
        sendCurrent(exchange);
    } else {
        // Started from the event loop so that the caller can connect to the reply first.
        QPointer<CoapReply> guard(reply);
        QMetaObject::invokeMethod(this, [this, guard, exchange] {
            if (guard && guard->m_exchange == exchange)
                start(exchange);
        }, Qt::QueuedConnection);
    }
    return reply;
}

CoapReply *CoapClient::ping(const CoapEndpoint &peer)
{
    CoapRequest request;
    request.endpoint = peer;
    request.message = CoapMessage(CoapType::Confirmable, CoapCode::Empty);
    request.token = QByteArray();
    auto *reply = send(request);
    reply->m_exchange->isPing = true;
    return reply;
}

void CoapClient::start(CoapExchange *exchange)
{
    if (exchange->multicast) {
        const qint64 window = exchange->request.multicastWindowMs > 0
                ? exchange->request.multicastWindowMs
                : m_messages->parameters().defaultLeisureMs + 1000;
        exchange->windowTimer = m_clock->callAfter(window, this, [this, exchange] {
            exchange->windowTimer = 0;
            complete(exchange);
        });
    }
    if (exchange->request.block2Head && !exchange->multicast) {
        // The first block came with a multicast answer (RFC 7959 §2.8): continue from block 1.
        const CoapBlockStep step = exchange->download.startFrom(*exchange->request.block2Head);
        applyBlockStep(exchange, step, exchange->peer);
        return;
    }
    sendCurrent(exchange);
}

void CoapClient::setLiveToken(CoapExchange *exchange, const QByteArray &token)
{
    if (exchange->hasLiveToken && exchange->liveToken == token)
        return;
    if (exchange->hasLiveToken && !(exchange->request.observe && exchange->liveToken == exchange->observeToken)) {
        // One live token per transfer: the previous block's token goes when the next block goes
        // out, so a late or duplicated answer to it is an unknown token, never a wrong block.
        auto it = m_byToken.find(exchange->liveToken);
        if (it != m_byToken.end() && it.value() == exchange)
            m_byToken.erase(it);
    }
    exchange->liveToken = token;
    exchange->hasLiveToken = true;
    m_byToken.insert(token, exchange);
}

void CoapClient::forgetMid(CoapExchange *exchange)
{
    if (!exchange->hasMid)
        return;
    exchange->hasMid = false;
    auto it = m_byMid.find(MidKey{exchange->peer, exchange->mid});
    if (it != m_byMid.end() && it.value() == exchange)
        m_byMid.erase(it);
    // Stops a CON's retransmission (a response overtook its ACK, RFC 7252 §5.2.2) and frees the
    // NSTART slot of a NON request (§4.7). An acknowledged CON is gone from the message layer
    // already: it matched the ACK or RST.
    if (!exchange->sentCon || exchange->awaitingAck)
        m_messages->cancel(exchange->peer, exchange->mid);
    exchange->awaitingAck = false;
}

void CoapClient::sendCurrent(CoapExchange *exchange)
{
    if (++exchange->requestsWithoutProgress > kMaxRequestsWithoutProgress) {
        qCWarning(lcCoapRequest) << exchange->peer.toString() << "made no progress after"
                                 << kMaxRequestsWithoutProgress << "requests; stopping";
        fail(exchange, CoapError::ProtocolError, CoapProtocolViolation::NoProgress);
        return;
    }
    forgetMid(exchange);
    exchange->sentAtMs = m_clock->nowMsPrecise();
    exchange->awaitingAck = exchange->current.type() == CoapType::Confirmable && !exchange->multicast;
    exchange->sentCon = exchange->awaitingAck;
    if (exchange->isPing)
        exchange->mid = m_messages->ping(exchange->peer);
    else
        exchange->mid = m_messages->send(exchange->current, exchange->peer, exchange->request.groupRequest);
    exchange->hasMid = true;
    // Both keys after the datagram went out: no answer is read before the event loop runs.
    if (!exchange->isPing)
        setLiveToken(exchange, exchange->current.token());
    m_byMid.insert(MidKey{exchange->peer, exchange->mid}, exchange);
    exchange->current.setMessageId(exchange->mid); // for the log line and for the reply's request()
    qCDebug(lcCoapRequest) << "sent" << exchange->current.summary() << "to" << exchange->peer.toString();

    if (exchange->multicast)
        return; // the collection window ends it
    if (exchange->request.timeoutMs > 0)
        armResponseTimer(exchange, exchange->request.timeoutMs);
    else if (!exchange->awaitingAck)
        armResponseTimer(exchange, m_messages->parameters().maxTransmitWaitMs());
    else if (exchange->responseTimer) {
        m_clock->cancel(exchange->responseTimer);
        exchange->responseTimer = 0;
    }
}

void CoapClient::armResponseTimer(CoapExchange *exchange, qint64 ms)
{
    if (exchange->responseTimer)
        m_clock->cancel(exchange->responseTimer);
    exchange->responseTimer = m_clock->callAfter(ms, this, [this, exchange] {
        exchange->responseTimer = 0;
        qCInfo(lcCoapRequest) << "no response from" << exchange->peer.toString() << "for"
                              << exchange->current.summary();
        fail(exchange, CoapError::Timeout);
    });
}

void CoapClient::onTransmissionFailed(const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure failure)
{
    CoapExchange *exchange = m_byMid.value(MidKey{to, mid});
    if (!exchange)
        return;
    exchange->hasMid = false; // the message layer is done with it
    m_byMid.remove(MidKey{to, mid});
    switch (failure) {
    case CoapTransmissionFailure::Timeout:
        if (!askBlockAgain(exchange))
            fail(exchange, CoapError::RetransmissionsExceeded);
        break;
    case CoapTransmissionFailure::NetworkError: fail(exchange, CoapError::NetworkError); break;
    case CoapTransmissionFailure::EncodeError: fail(exchange, CoapError::EncodeError); break;
    case CoapTransmissionFailure::PortUnreachable:
        if (!tryOtherAddress(exchange))
            fail(exchange, CoapError::PortUnreachable);
        break;
    case CoapTransmissionFailure::HostUnreachable:
        if (!tryOtherAddress(exchange))
            fail(exchange, CoapError::NetworkError);
        break;
    }
}

// A request to a host name goes to the name's first address. When that address fails at once
// (the system has no route to it, or ICMP says "port unreachable" or "host unreachable": an IPv6
// address without a route, a name whose IPv4 and IPv6 addresses lead to different services), the
// same request goes to the next address, in the resolver's order, at most kMaxAddressesTried in
// all. Only before the device has answered anything, and not after a timeout or another refusal:
// a device that is merely slow or lossy is not asked twice. Over DTLS likewise: the transport
// ends a handshake that ICMP refuses and reports it as over UDP; a handshake that fails otherwise
// (keys, certificate, its time bound) ends the request.
bool CoapClient::tryOtherAddress(CoapExchange *exchange)
{
    if (exchange->otherAddresses.isEmpty() || exchange->gotResponse || exchange->multicast || !exchange->reply)
        return false;
    const CoapEndpoint next(exchange->otherAddresses.takeFirst(), exchange->request.port);
    qCInfo(lcCoapRequest) << exchange->request.hostName << "at" << exchange->peer.toString()
                          << "cannot be reached; trying its next address" << next.toString();
    const CoapEndpoint failed = exchange->peer;
    const bool idle = movePeer(exchange, next) == 0;
    --exchange->requestsWithoutProgress; // the same request again, to another address
    // From the event loop: whoever else hears of the failure (a log, --verbose) hears of it before
    // the request goes out again.
    QPointer<CoapReply> guard(exchange->reply);
    QMetaObject::invokeMethod(this, [this, guard, exchange] {
        if (guard && guard->m_exchange == exchange)
            sendCurrent(exchange);
    }, Qt::QueuedConnection);
    if (idle && m_idleListeners)
        emit peerIdle(failed);
    return true;
}

// A block that got no answer after MAX_RETRANSMIT retransmissions is asked for again in a new
// exchange (a new MID and token, its own backoff from ACK_TIMEOUT), up to request.blockRetries
// times in a row: at 30 % loss each way one exchange fails with p ≈ 3.5 %, so without this a
// 100-block transfer fails with p ≈ 97 % (with 2: ≈ 0.4 %). Only once the device has answered a
// block (a device that never answered still fails after one MAX_TRANSMIT_WAIT), and only what is
// safe to repeat:
// - a block of a GET or FETCH download (safe methods, RFC 7252 §5.1, RFC 8132 §2);
// - a block of a PUT, FETCH or iPATCH upload that is not the last one (M=1). The server acts on
//   the whole body when the last block arrives (RFC 7959 §2.3), and our server answers a middle
//   block it already has with 2.31 again. The last block is not repeated: the request may have
//   been carried out, and a new exchange is not a duplicate the server could recognise.
//
// A device that went silent with several transfers under way is asked again by one of them only:
// the first transfer whose block goes unanswered marks the device, and until the device says
// anything (heardFrom()), a silent block of another transfer ends that transfer at once instead of
// each waiting out its own new exchanges. A transfer that is asking a block again already keeps
// all of its retries.
bool CoapClient::askBlockAgain(CoapExchange *exchange)
{
    if (exchange->blockRetriesLeft <= 0 || exchange->multicast)
        return false;
    const quint8 code = exchange->current.code();
    const bool download = exchange->download.isActive() && (code == quint8(CoapCode::Get) || code == quint8(CoapCode::Fetch));
    bool upload = false;
    if (const auto block1 = exchange->current.uintOption(CoapOptionNumber::Block1);
        block1 && exchange->upload.isActive()
        && (code == quint8(CoapCode::Put) || code == quint8(CoapCode::Fetch) || code == quint8(CoapCode::IPatch))) {
        const CoapBlockValue block = CoapBlockValue::decode(*block1);
        upload = block.num > 0 && block.more;
    }
    if (!download && !upload)
        return false;
    // The transfer that marked the device is asking again already: its first new exchange came
    // with the mark, and an answer since (its progress) would have cleared the mark.
    const bool askingAlready = exchange->blockRetriesLeft < exchange->request.blockRetries;
    if (!askingAlready && m_silentPeers.contains(exchange->peer)) {
        qCInfo(lcCoapRequest) << "no answer from" << exchange->peer.toString() << "for" << exchange->current.summary()
                              << "after" << m_messages->parameters().maxRetransmit
                              << "retransmissions, nor for another transfer's block since; not asking again";
        return false;
    }
    if (m_silentPeers.size() >= kMaxSilentPeers && !m_silentPeers.contains(exchange->peer))
        m_silentPeers.clear(); // forgetting a mark only costs the time it saves
    m_silentPeers.insert(exchange->peer);
    --exchange->blockRetriesLeft;
    qCInfo(lcCoapRequest) << "no answer from" << exchange->peer.toString() << "for" << exchange->current.summary()
                          << "after" << m_messages->parameters().maxRetransmit << "retransmissions; asking again";
    exchange->current.setToken(newToken());
    sendCurrent(exchange);
    return true;
}

void CoapClient::onReset(const CoapEndpoint &from, quint16 mid)
{
    heardFrom(from);
    CoapExchange *exchange = m_byMid.value(MidKey{from, mid});
    if (!exchange)
        return;
    exchange->awaitingAck = false;
    if (exchange->isPing) {
        if (exchange->reply)
            exchange->reply->m_rttMs = m_clock->nowMsPrecise() - exchange->sentAtMs;
        complete(exchange);
        return;
    }
    if (exchange->cancelling) {
        complete(exchange); // RST to the deregistration: the server has forgotten us already
        return;
    }
    // RFC 7252 §4.2/§4.3: RST to a CON or a NON request: the peer will not answer it. At once.
    fail(exchange, CoapError::Reset);
}

void CoapClient::onEmptyAck(const CoapEndpoint &from, quint16 mid)
{
    heardFrom(from);
    CoapExchange *exchange = m_byMid.value(MidKey{from, mid});
    if (!exchange)
        return;
    exchange->awaitingAck = false;
    if (exchange->isPing) { // some peers ACK a ping instead of RST; it still proves they are there
        if (exchange->reply)
            exchange->reply->m_rttMs = m_clock->nowMsPrecise() - exchange->sentAtMs;
        complete(exchange);
        return;
    }
    // RFC 7252 §5.2.2: a separate response follows; wait for it.
    if (exchange->request.timeoutMs <= 0)
        armResponseTimer(exchange, m_messages->parameters().maxTransmitWaitMs());
}

void CoapClient::onRetransmitted(const CoapEndpoint &to, quint16 mid, int attempt)
{
    CoapExchange *exchange = m_byMid.value(MidKey{to, mid});
    if (!exchange || !exchange->reply)
        return;
    ++exchange->reply->m_retransmissions;
    emit exchange->reply->retransmitted(attempt, m_messages->giveUpInMs(to, mid));
}

CoapMessageLayer::Disposition CoapClient::receive(const CoapMessage &message, const CoapEndpoint &from)
{
    using D = CoapMessageLayer::Disposition;
    heardFrom(from);
    CoapExchange *exchange = nullptr;
    if (message.type() == CoapType::Acknowledgement) {
        // The message layer matched it to our CON by (peer, MID) and checked the token.
        const auto byMid = m_byMid.find(MidKey{from, message.messageId()});
        if (byMid == m_byMid.end())
            return D::Accept;
        exchange = byMid.value();
        exchange->awaitingAck = false; // the message layer is done with the CON
        if (exchange->isPing) { // an ACK that carries a code still answers the ping
            onEmptyAck(from, message.messageId());
            return D::Accept;
        }
        if (!message.isResponse()) {
            onEmptyAck(from, message.messageId());
            return D::Accept;
        }
        // A piggybacked response: the MID is done with (the message layer dropped the CON), so
        // its entry goes now rather than in forgetMid() with another look-up.
        m_byMid.erase(byMid);
        exchange->hasMid = false;
    } else {
        if (!message.isResponse())
            return D::Reject; // a client has no resources; RFC 7252 §4.2 allows RST
        exchange = m_byToken.value(message.token());
        if (!exchange) {
            // RFC 7641 §3.6: an unknown token (e.g. a notification after forgetting) is answered RST.
            return D::Reject;
        }
        // RFC 7252 §5.3.2: a response matches by token and by the endpoint the request went to
        // (any responder for a multicast request, §8.2).
        if (!exchange->multicast && from != exchange->peer)
            return D::Reject;
    }
    const QList<quint16> unknown = CoapCodec::unrecognizedCriticalOptions(message);
    if (!unknown.isEmpty()) {
        // RFC 7252 §5.4.1: a response with an unrecognised critical option is rejected.
        qCWarning(lcCoapRequest) << "response from" << from.toString() << "has unrecognised critical options" << unknown;
        if (!exchange->multicast)
            fail(exchange, CoapError::BadResponse, CoapProtocolViolation::UnsupportedCriticalOption);
        return D::Reject;
    }
    handleResponse(exchange, message, from);
    return D::Accept;
}

void CoapClient::handleResponse(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from)
{
    if (!exchange->gotResponse && exchange->reply) {
        exchange->gotResponse = true;
        exchange->reply->m_rttMs = m_clock->nowMsPrecise() - exchange->sentAtMs;
    }
    if (exchange->multicast) {
        deliver(exchange, response, from);
        return;
    }
    const bool onObserveToken = exchange->request.observe && response.token() == exchange->observeToken;
    if (onObserveToken && exchange->current.token() != exchange->observeToken) {
        // A notification while a block follow-up is in flight: the observe stage decides.
        if (response.hasOption(CoapOptionNumber::Observe) && CoapCode::isSuccess(response.code()))
            handleNotification(exchange, response, from);
        return;
    }
    if (exchange->responseTimer) {
        m_clock->cancel(exchange->responseTimer);
        exchange->responseTimer = 0;
    }
    forgetMid(exchange);

    if (exchange->cancelling) {
        // The answer to the deregistration (RFC 7641 §3.6) ends the observation.
        if (exchange->reply) {
            exchange->reply->m_response = response;
            exchange->reply->m_hasResponse = true;
            exchange->reply->m_responder = from;
        }
        complete(exchange);
        return;
    }
    // The block-wise stage: Block1 first (the request body), then Block2 (the response body).
    if (exchange->upload.isActive()) {
        if (applyBlockStep(exchange, exchange->upload.onResponse(response), from))
            return;
    } else if (response.code() == CoapCode::RequestEntityTooLarge && methodHasBody(exchange->current.code())) {
        if (applyBlockStep(exchange, exchange->upload.onTooLargeWhole(exchange->current, response), from))
            return;
    }
    if (onObserveToken && response.hasOption(CoapOptionNumber::Observe) && CoapCode::isSuccess(response.code())) {
        handleNotification(exchange, response, from);
        return;
    }
    if (!exchange->request.singleBlock) {
        if (applyBlockStep(exchange, exchange->download.onResponse(response), from))
            return;
    }
    deliver(exchange, response, from);
}

// RFC 7641 §3.4: V2 is fresher than V1 if it is larger within half the 24-bit space, or if more
// than 128 s passed since the last notification.
static bool isFresh(quint64 v1, quint64 v2, qint64 t1Ms, qint64 t2Ms)
{
    return (v1 < v2 && v2 - v1 < (1u << 23)) || (v1 > v2 && v1 - v2 > (1u << 23)) || t2Ms > t1Ms + 128000;
}

void CoapClient::handleNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from)
{
    const quint64 sequence = notification.uintOption(CoapOptionNumber::Observe).value_or(0);
    const qint64 now = m_clock->nowMs();
    if (exchange->lastSequence && !isFresh(*exchange->lastSequence, sequence, exchange->lastNotificationMs, now)) {
        qCDebug(lcCoapRequest) << "stale notification" << sequence << "after" << *exchange->lastSequence;
        return;
    }
    if (exchange->notificationTransfer) {
        if (!isFresh(exchange->pendingSequence, sequence, now, now)) {
            qCDebug(lcCoapRequest) << "notification" << sequence << "is not newer than the one being fetched";
            return;
        }
        // RFC 7959 §2.6 with RFC 7641: a newer notification makes the older one's remaining
        // blocks pointless. Abandon that transfer (its follow-up and token go) and take the newer.
        qCDebug(lcCoapRequest) << "notification" << sequence << "overtakes" << exchange->pendingSequence;
        exchange->download.abandon();
        exchange->notificationTransfer = false;
        if (exchange->responseTimer) {
            m_clock->cancel(exchange->responseTimer);
            exchange->responseTimer = 0;
        }
        forgetMid(exchange);
        setLiveToken(exchange, exchange->observeToken);
        exchange->current = observeRequest(exchange, 0, exchange->request.confirmable);
    }
    const auto option = notification.uintOption(CoapOptionNumber::Block2);
    if (option && !exchange->request.singleBlock) {
        const CoapBlockValue block = CoapBlockValue::decode(*option);
        if (block.isValid() && block.num == 0 && block.more) {
            exchange->notificationTransfer = true;
            exchange->pendingSequence = sequence;
            exchange->download.reset(exchange->request.message, exchange->szx, false);
            exchange->download.setMaxBody(exchange->request.maxBodySize);
            applyBlockStep(exchange, exchange->download.onResponse(notification), from);
            return;
        }
    }
    deliverNotification(exchange, notification, from);
}

bool CoapClient::applyBlockStep(CoapExchange *exchange, const CoapBlockStep &step, const CoapEndpoint &from)
{
    if (step.progressed) {
        exchange->requestsWithoutProgress = 0;
        exchange->blockRetriesLeft = exchange->request.blockRetries;
    }
    const CoapReply::Guard reply(exchange->reply);
    if (reply && (step.progressed || step.kind == CoapBlockStep::Kind::Send) && step.bytesDone >= 0
        && (step.bytesDone > 0 || step.bytesTotal > 0))
        emit reply->progress(step.bytesDone, step.bytesTotal);
    if (!reply)
        return true;
    switch (step.kind) {
    case CoapBlockStep::Kind::PassThrough:
        return false;
    case CoapBlockStep::Kind::Send: {
        CoapMessage next = step.message;
        next.setType(exchange->request.message.type());
        next.setToken(newToken());
        exchange->current = next;
        sendCurrent(exchange);
        return true;
    }
    case CoapBlockStep::Kind::Complete:
        if (exchange->notificationTransfer) {
            exchange->notificationTransfer = false;
            if (exchange->request.observe)
                setLiveToken(exchange, exchange->observeToken);
            exchange->current = observeRequest(exchange, 0, exchange->request.confirmable);
            deliverNotification(exchange, step.message, from);
            return true;
        }
        deliver(exchange, step.message, from);
        return true;
    case CoapBlockStep::Kind::Fail:
        qCInfo(lcCoapRequest) << "block-wise transfer with" << exchange->peer.toString() << "failed:"
                              << coapViolationKey(step.violation);
        fail(exchange, step.error, step.violation);
        return true;
    }
    return false;
}

void CoapClient::deliver(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from)
{
    const CoapReply::Guard reply(exchange->reply);
    if (!reply)
        return;
    exchange->requestsWithoutProgress = 0;
    if (exchange->request.observe && !exchange->multicast) {
        if (response.hasOption(CoapOptionNumber::Observe) && CoapCode::isSuccess(response.code())) {
            deliverNotification(exchange, response, from);
            return;
        }
        // RFC 7641 §3.2: a response without Observe (or an error) ends the observation.
    }
    reply->m_response = response;
    reply->m_responder = from;
    reply->m_hasResponse = true;
    if (reply->m_responseListeners)
        emit reply->responseReceived(response, from);
    if (!reply || exchange->multicast)
        return;
    complete(exchange);
}

void CoapClient::deliverNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from)
{
    const CoapReply::Guard reply(exchange->reply);
    if (!reply)
        return;
    const quint64 sequence = notification.uintOption(CoapOptionNumber::Observe).value_or(0);
    const qint64 now = m_clock->nowMs();
    if (exchange->lastSequence && !isFresh(*exchange->lastSequence, sequence, exchange->lastNotificationMs, now)) {
        qCDebug(lcCoapRequest) << "stale notification" << sequence << "after" << *exchange->lastSequence;
        return;
    }
    exchange->requestsWithoutProgress = 0;
    exchange->lastSequence = sequence;
    exchange->lastNotificationMs = now;
    exchange->observing = true;
    reply->m_observing = true;
    reply->m_lastSeq = sequence;
    ++reply->m_notifications;
    reply->m_response = notification;
    reply->m_responder = from;
    reply->m_hasResponse = true;
    scheduleReregistration(exchange, notification);
    if (reply->m_responseListeners)
        emit reply->responseReceived(notification, from);
    if (!reply)
        return;
    emit reply->notificationReceived(notification, sequence);
}

void CoapClient::scheduleReregistration(CoapExchange *exchange, const CoapMessage &notification)
{
    // RFC 7641 §3.3.1: when Max-Age runs out without a fresh notification, register again.
    if (exchange->reregisterTimer)
        m_clock->cancel(exchange->reregisterTimer);
    const qint64 maxAgeMs = qint64(qMin<quint64>(notification.uintOption(CoapOptionNumber::MaxAge).value_or(60),
                                                 0xFFFFFFFFu)) * 1000;
    exchange->reregisterTimer = m_clock->callAfter(maxAgeMs + m_observeGraceMs, this, [this, exchange] {
        exchange->reregisterTimer = 0;
        if (exchange->cancelling || !exchange->reply)
            return;
        qCInfo(lcCoapRequest) << "Max-Age ran out without a notification; registering again";
        if (exchange->notificationTransfer) {
            exchange->download.abandon();
            exchange->notificationTransfer = false;
        }
        exchange->current = observeRequest(exchange, 0, exchange->request.confirmable);
        sendCurrent(exchange);
    });
}

// The registration request again, with the registration's token: Observe=0 registers anew
// (RFC 7641 §3.3.1), Observe=1 deregisters (§3.6).
CoapMessage CoapClient::observeRequest(const CoapExchange *exchange, quint64 observe, bool confirmable) const
{
    CoapMessage message = exchange->request.message;
    message.setType(confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    message.setToken(exchange->observeToken);
    message.setUintOption(CoapOptionNumber::Observe, observe);
    return message;
}

void CoapClient::cancelObservation(CoapExchange *exchange, CoapReply::CancelMode mode)
{
    if (!exchange->observing || exchange->cancelling) {
        abort(exchange, false);
        return;
    }
    if (exchange->reregisterTimer) {
        m_clock->cancel(exchange->reregisterTimer);
        exchange->reregisterTimer = 0;
    }
    if (mode == CoapReply::CancelMode::Reset) {
        // RFC 7641 §3.6 (reactive): forget the token; the next notification is answered RST.
        complete(exchange);
        return;
    }
    // RFC 7641 §3.6 (proactive): a GET with Observe=1 and the registration's token.
    exchange->cancelling = true;
    if (exchange->notificationTransfer) {
        exchange->download.abandon();
        exchange->notificationTransfer = false;
    }
    exchange->current = observeRequest(exchange, 1, exchange->request.confirmable);
    sendCurrent(exchange);
}

void CoapClient::abort(CoapExchange *exchange, bool deregister)
{
    if (deregister && exchange->observing && !exchange->cancelling && m_cancelMode == CoapReply::CancelMode::Deregister) {
        // Leave nothing behind on the server: a fire-and-forget deregistration. Nobody waits for
        // its answer, so it holds no NSTART slot (sent as a group message is).
        m_messages->send(observeRequest(exchange, 1, false), exchange->peer, true);
    }
    const CoapReply::Guard reply(exchange->reply);
    const std::unique_ptr<CoapExchange> released = release(exchange);
    if (reply)
        reply->finish(CoapError::Cancelled);
}

void CoapClient::fail(CoapExchange *exchange, CoapError error, CoapProtocolViolation violation)
{
    const CoapReply::Guard reply(exchange->reply);
    const std::unique_ptr<CoapExchange> released = release(exchange);
    if (reply) {
        reply->m_violation = violation;
        reply->finish(error);
    }
}

void CoapClient::complete(CoapExchange *exchange)
{
    const CoapReply::Guard reply(exchange->reply);
    // Freed once the reply has finished: a caller that sends its next request from finished()
    // does not wait for the exchange's members to be torn down first. It is unreachable by then.
    const std::unique_ptr<CoapExchange> released = release(exchange);
    if (reply)
        reply->finish(CoapError::None);
}

std::unique_ptr<CoapExchange> CoapClient::release(CoapExchange *exchange)
{
    if (!exchange->listed)
        return nullptr;
    exchange->listed = false;
    (exchange->previous ? exchange->previous->next : m_firstExchange) = exchange->next;
    if (exchange->next)
        exchange->next->previous = exchange->previous;
    --m_exchangeCount;
    for (CoapClock::TimerId *timer : {&exchange->responseTimer, &exchange->windowTimer, &exchange->reregisterTimer}) {
        if (*timer)
            m_clock->cancel(*timer);
    }
    forgetMid(exchange);
    const auto forgetToken = [this, exchange](const QByteArray &token) {
        auto it = m_byToken.find(token);
        if (it != m_byToken.end() && it.value() == exchange)
            m_byToken.erase(it);
    };
    forgetToken(exchange->liveToken);
    if (exchange->request.observe) // the registration's token is set for observations only
        forgetToken(exchange->observeToken);
    if (exchange->reply)
        exchange->reply->m_exchange = nullptr;
    const CoapEndpoint peer = exchange->peer;
    const bool group = exchange->multicast;
    const int left = forgetPeer(peer);
    std::unique_ptr<CoapExchange> unlisted(exchange);
    if (!m_destroying && !group && left == 0 && m_idleListeners)
        emit peerIdle(peer);
    return unlisted;
}

int CoapClient::activeExchanges(const CoapEndpoint &peer) const
{
    // Counted as exchanges start and end, not by a walk over all exchanges.
    return m_exchangesPerPeer.value(peer, 0);
}

int &CoapClient::exchangesWith(const CoapEndpoint &peer)
{
    auto it = m_exchangesFound.find(m_exchangesPerPeer, peer);
    if (it == m_exchangesPerPeer.end())
        it = m_exchangesFound.insert(m_exchangesPerPeer, peer, 0);
    return it.value();
}

int CoapClient::movePeer(CoapExchange *exchange, const CoapEndpoint &to)
{
    const int left = forgetPeer(exchange->peer);
    exchange->peer = to;
    ++exchangesWith(to);
    return left;
}

int CoapClient::forgetPeer(const CoapEndpoint &peer)
{
    // A peer without exchanges keeps its entry (at 0) while the table is small: the next request
    // to it, usually soon, then finds the entry instead of inserting it again.
    const auto it = m_exchangesFound.find(m_exchangesPerPeer, peer);
    if (it == m_exchangesPerPeer.end())
        return 0;
    const int left = --it.value();
    if (left <= 0 && m_exchangesPerPeer.size() > kIdlePeerEntries) {
        m_exchangesFound.erase(m_exchangesPerPeer, it);
        return 0;
    }
    return left;
}

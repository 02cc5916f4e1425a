#include "coapclient.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcCoapRequest, "coap.request")

// Everything the request layer remembers about one exchange. Owned by the client; the reply
// points at it while both live.
struct CoapExchange
{
    QPointer<CoapReply> reply;
    CoapRequest request;
    CoapMessage current;          // the request now in flight (token, block options set)
    CoapEndpoint peer;
    QList<QByteArray> tokens;     // every token registered for this exchange
    QByteArray observeToken;      // the registration's token (kept across block follow-ups)
    quint16 mid = 0;
    bool awaitingAck = false;
    bool multicast = false;
    bool isPing = false;
    bool gotResponse = false;
    double sentAtMs = 0;
    CoapClock::TimerId responseTimer = 0;
    CoapClock::TimerId windowTimer = 0;
    CoapClock::TimerId reregisterTimer = 0;

    // Block1 (RFC 7959 §2.5)
    QByteArray body;
    bool block1 = false;
    int block1Szx = 6;
    qint64 block1Offset = 0;      // offset of the block in flight
    // Block2 (RFC 7959 §2.4)
    bool block2 = false;
    int block2Szx = 6;
    QByteArray block2Buffer;
    std::optional<QByteArray> block2ETag;
    CoapMessage block2Head;       // the first block's response (its options describe the body)
    int etagRestarts = 0;
    bool block2ForNotification = false;
    quint64 pendingSequence = 0;

    // Observe (RFC 7641)
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
    }
    return "unknown";
}

// ---------------------------------------------------------------------------------------------
// CoapReply

CoapReply::CoapReply(CoapClient *client) : QObject(client), m_client(client) {}

CoapReply::~CoapReply()
{
    if (m_exchange && m_client) {
        CoapExchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->reply = nullptr;
        m_client->abort(exchange, true);
    }
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
    m_exchange = nullptr;
    QPointer<CoapReply> self(this);
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

CoapClient::~CoapClient()
{
    m_messages->setReceiver(nullptr);
    const auto exchanges = m_exchanges;
    for (CoapExchange *exchange : exchanges) {
        if (exchange->reply)
            exchange->reply->m_exchange = nullptr;
        release(exchange);
    }
    // The message layer cancels its timers on the clock, which may be our own child: it goes first.
    delete m_messages;
}

QByteArray CoapClient::newToken()
{
    // RFC 7252 §5.3.1: tokens should be random enough that an off-path attacker cannot guess them.
    QByteArray token(m_tokenLength, Qt::Uninitialized);
    for (int attempt = 0; attempt < 16; ++attempt) {
        for (char &c : token)
            c = char(QRandomGenerator::global()->bounded(256));
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
    auto *exchange = new CoapExchange;
    exchange->reply = reply;
    exchange->request = request;
    exchange->peer = request.endpoint;
    reply->m_exchange = exchange;
    reply->m_observe = request.observe;
    m_exchanges.append(exchange);

    CoapMessage message = request.message;
    exchange->multicast = request.endpoint.isMulticast() || request.groupRequest;
    // RFC 7252 §8.1: multicast requests are NON.
    message.setType(request.confirmable && !exchange->multicast ? CoapType::Confirmable : CoapType::NonConfirmable);
    const QByteArray token = request.token ? *request.token : newToken();
    message.setToken(token);
    if (request.observe)
        message.setUintOption(CoapOptionNumber::Observe, 0);

    const int szx = request.blockSzx >= 0 ? qBound(0, request.blockSzx, 6) : m_defaultSzx;
    exchange->block1Szx = szx;
    exchange->block2Szx = szx;
    if (methodHasBody(message.code()) && message.payload().size() > (1 << (szx + 4))) {
        // RFC 7959 §2.5: a body larger than one block goes in Block1 blocks, Size1 announces it.
        exchange->block1 = true;
        exchange->body = message.payload();
        message.setPayload(exchange->body.left(1 << (szx + 4)));
        message.setUintOption(CoapOptionNumber::Block1, CoapBlockValue{0, true, quint8(szx)}.encode());
        message.setUintOption(CoapOptionNumber::Size1, quint64(exchange->body.size()));
    } else if (methodHasBody(message.code())) {
        exchange->body = message.payload();
    }
    if (!request.singleBlock && request.blockSzx >= 0 && request.blockSzx < 6
        && !message.hasOption(CoapOptionNumber::Block2) && !exchange->multicast) {
        // RFC 7959 §2.4: early negotiation of a smaller block size than the server might choose.
        message.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, false, quint8(szx)}.encode());
    }
    exchange->current = message;
    reply->m_request = message;

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
            exchange->peer = CoapEndpoint(info.addresses().constFirst(), exchange->request.port);
            start(exchange);
        });
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
    sendCurrent(exchange);
}

void CoapClient::sendCurrent(CoapExchange *exchange)
{
    const QByteArray token = exchange->current.token();
    if (!exchange->isPing && !exchange->tokens.contains(token)) {
        exchange->tokens.append(token);
        m_byToken.insert(token, exchange);
    }
    exchange->sentAtMs = m_clock->nowMsPrecise();
    exchange->awaitingAck = exchange->current.type() == CoapType::Confirmable;
    if (exchange->isPing)
        exchange->mid = m_messages->ping(exchange->peer);
    else
        exchange->mid = m_messages->send(exchange->current, exchange->peer);
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

CoapExchange *CoapClient::exchangeForMid(const CoapEndpoint &peer, quint16 mid) const
{
    for (CoapExchange *exchange : m_exchanges)
        if (exchange->mid == mid && exchange->peer == peer && exchange->awaitingAck)
            return exchange;
    return nullptr;
}

void CoapClient::onTransmissionFailed(const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure failure)
{
    for (CoapExchange *exchange : std::as_const(m_exchanges)) {
        if (exchange->mid == mid && exchange->peer == to) {
            switch (failure) {
            case CoapTransmissionFailure::Timeout: fail(exchange, CoapError::RetransmissionsExceeded); break;
            case CoapTransmissionFailure::NetworkError: fail(exchange, CoapError::NetworkError); break;
            case CoapTransmissionFailure::EncodeError: fail(exchange, CoapError::EncodeError); break;
            }
            return;
        }
    }
}

void CoapClient::onReset(const CoapEndpoint &from, quint16 mid)
{
    CoapExchange *exchange = exchangeForMid(from, mid);
    if (!exchange)
        return;
    exchange->awaitingAck = false;
    if (exchange->isPing) {
        if (exchange->reply)
            exchange->reply->m_rttMs = m_clock->nowMsPrecise() - exchange->sentAtMs;
        complete(exchange);
        return;
    }
    fail(exchange, CoapError::Reset);
}

void CoapClient::onEmptyAck(const CoapEndpoint &from, quint16 mid)
{
    CoapExchange *exchange = exchangeForMid(from, mid);
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

void CoapClient::onRetransmitted(const CoapEndpoint &to, quint16 mid, int)
{
    CoapExchange *exchange = exchangeForMid(to, mid);
    if (exchange && exchange->reply)
        ++exchange->reply->m_retransmissions;
}

CoapMessageLayer::Disposition CoapClient::receive(const CoapMessage &message, const CoapEndpoint &from)
{
    using D = CoapMessageLayer::Disposition;
    if (!message.isResponse())
        return D::Reject; // a client has no resources; RFC 7252 §4.2 allows RST
    CoapExchange *exchange = m_byToken.value(message.token());
    if (!exchange) {
        // RFC 7641 §3.6: an unknown token (e.g. a notification after forgetting) is answered RST.
        return D::Reject;
    }
    // RFC 7252 §5.3.2: a response matches by token and by the endpoint the request went to
    // (any responder for a multicast request, §8.2).
    if (!exchange->multicast && from != exchange->peer)
        return D::Reject;
    const QList<quint16> unknown = CoapCodec::unrecognizedCriticalOptions(message);
    if (!unknown.isEmpty()) {
        // RFC 7252 §5.4.1: a response with an unrecognised critical option is rejected.
        qCWarning(lcCoapRequest) << "response from" << from.toString() << "has unrecognised critical options" << unknown;
        if (!exchange->multicast)
            fail(exchange, CoapError::BadResponse);
        return D::Reject;
    }
    handleResponse(exchange, message, from);
    return D::Accept;
}

void CoapClient::handleResponse(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from)
{
    if (!exchange->multicast && exchange->responseTimer) {
        m_clock->cancel(exchange->responseTimer);
        exchange->responseTimer = 0;
    }
    if (exchange->awaitingAck && !exchange->multicast) {
        // RFC 7252 §5.2.2: a separate response that overtakes a lost ACK acknowledges the request
        // implicitly; stop retransmitting it (and free the NSTART slot).
        if (response.type() != CoapType::Acknowledgement)
            m_messages->cancel(exchange->peer, exchange->mid);
        exchange->awaitingAck = false;
    }
    if (!exchange->gotResponse && exchange->reply) {
        exchange->gotResponse = true;
        exchange->reply->m_rttMs = m_clock->nowMsPrecise() - exchange->sentAtMs;
    }

    if (exchange->multicast) {
        deliver(exchange, response, from);
        return;
    }
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
    if (exchange->block1 && handleBlock1(exchange, response))
        return;
    if (!exchange->request.singleBlock && handleBlock2(exchange, response, from))
        return;
    deliver(exchange, response, from);
}

bool CoapClient::handleBlock1(CoapExchange *exchange, const CoapMessage &response)
{
    const int oldSize = 1 << (exchange->block1Szx + 4);
    const auto serverBlock = response.uintOption(CoapOptionNumber::Block1);
    auto sendBlock = [this, exchange](qint64 offset, int szx) {
        const int size = 1 << (szx + 4);
        exchange->block1Szx = szx;
        exchange->block1Offset = offset;
        const bool more = offset + size < exchange->body.size();
        CoapMessage next = exchange->current;
        next.setToken(exchange->current.token());
        next.setPayload(exchange->body.mid(offset, size));
        next.setUintOption(CoapOptionNumber::Block1, CoapBlockValue{quint32(offset / size), more, quint8(szx)}.encode());
        if (offset == 0)
            next.setUintOption(CoapOptionNumber::Size1, quint64(exchange->body.size()));
        else
            next.removeOption(CoapOptionNumber::Size1);
        exchange->current = next;
        if (exchange->reply)
            emit exchange->reply->progress(offset, exchange->body.size());
        sendCurrent(exchange);
    };

    if (response.code() == CoapCode::Continue) {
        // RFC 7959 §2.3: the server may ask for smaller blocks; continue from the bytes sent so far.
        int szx = exchange->block1Szx;
        if (serverBlock) {
            const CoapBlockValue b = CoapBlockValue::decode(*serverBlock);
            if (b.szx < szx)
                szx = b.szx;
        }
        const qint64 next = exchange->block1Offset + oldSize;
        if (next >= exchange->body.size()) {
            fail(exchange, CoapError::BlockTransferFailed);
            return true;
        }
        sendBlock(next, szx);
        return true;
    }
    if (response.code() == CoapCode::RequestEntityTooLarge) {
        // RFC 7959 §2.9.3: retry from the start with a smaller block, as Block1 or Size1 suggest.
        // When our blocks already fit what the server says it takes, the body itself is too
        // large: the 4.13 is the answer and goes to the user.
        int szx = exchange->block1Szx - 1;
        if (serverBlock)
            szx = qMin(szx, int(CoapBlockValue::decode(*serverBlock).szx));
        if (const auto size1 = response.uintOption(CoapOptionNumber::Size1)) {
            if (oldSize <= qint64(*size1))
                return finishBlock1(exchange);
            while (szx > 0 && (1 << (szx + 4)) > qint64(*size1))
                --szx;
        }
        if (szx < 0)
            return finishBlock1(exchange);
        sendBlock(0, szx);
        return true;
    }
    if (exchange->reply && CoapCode::isSuccess(response.code()))
        emit exchange->reply->progress(exchange->body.size(), exchange->body.size());
    return finishBlock1(exchange);
}

bool CoapClient::finishBlock1(CoapExchange *exchange)
{
    exchange->block1 = false; // the final response (success or error) ends the Block1 phase
    return false;
}

bool CoapClient::handleBlock2(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from)
{
    // A request sent whole that the server found too large: switch to Block1 (RFC 7959 §2.9.3).
    if (response.code() == CoapCode::RequestEntityTooLarge && !exchange->block1 && methodHasBody(exchange->current.code())
        && exchange->body.size() > 16 && !exchange->current.hasOption(CoapOptionNumber::Block1)) {
        exchange->block1 = true;
        exchange->block1Szx = qMin(exchange->block1Szx, CoapBlockValue::szxForSize(1024));
        while (exchange->block1Szx > 0 && (1 << (exchange->block1Szx + 4)) >= exchange->body.size())
            --exchange->block1Szx;
        exchange->block1Szx += 1; // handleBlock1 steps one size down first
        return handleBlock1(exchange, response);
    }
    const auto option = response.uintOption(CoapOptionNumber::Block2);
    if (!option) {
        if (exchange->block2) {
            // The server stopped sending blocks in the middle of a transfer.
            if (!CoapCode::isSuccess(response.code())) {
                exchange->block2 = false;
                return false; // an error response ends it; the user sees that code
            }
            fail(exchange, CoapError::BlockTransferFailed);
            return true;
        }
        return false;
    }
    const CoapBlockValue block = CoapBlockValue::decode(*option);
    if (!CoapCode::isSuccess(response.code()) || !block.isValid()) {
        exchange->block2 = false;
        return false;
    }
    const std::optional<CoapOption> etag = response.option(CoapOptionNumber::ETag);
    const std::optional<QByteArray> etagValue = etag ? std::optional<QByteArray>(etag->value()) : std::nullopt;

    if (!exchange->block2) {
        if (block.num != 0 || !block.more)
            return false; // a whole body in one block, or a block asked for on purpose
        exchange->block2 = true;
        exchange->block2Buffer.clear();
        exchange->block2ETag = etagValue;
        exchange->block2Head = response;
        exchange->block2ForNotification = exchange->request.observe && response.hasOption(CoapOptionNumber::Observe);
        exchange->pendingSequence = response.uintOption(CoapOptionNumber::Observe).value_or(0);
    } else if (exchange->block2ETag != etagValue) {
        // RFC 7959 §2.4: the representation changed under us. Start again once, then give up.
        if (exchange->etagRestarts++ >= 1) {
            fail(exchange, CoapError::EtagChanged);
            return true;
        }
        qCInfo(lcCoapRequest) << "ETag changed during block-wise transfer; restarting";
        exchange->block2Buffer.clear();
        exchange->block2ETag = etagValue;
        if (block.num != 0) {
            // request block 0 again
            CoapMessage again = exchange->current;
            again.setToken(newToken());
            again.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, false, quint8(exchange->block2Szx)}.encode());
            exchange->current = again;
            sendCurrent(exchange);
            return true;
        }
        exchange->block2Head = response;
    }
    if (quint64(exchange->block2Buffer.size()) != block.offset()) {
        fail(exchange, CoapError::BlockTransferFailed);
        return true;
    }
    exchange->block2Buffer.append(response.payload());
    if (exchange->block2Buffer.size() > 64 * 1024 * 1024) {
        fail(exchange, CoapError::BlockTransferFailed); // a hostile peer must not exhaust memory
        return true;
    }
    const qint64 total = qint64(exchange->block2Head.uintOption(CoapOptionNumber::Size2).value_or(0));
    if (exchange->reply)
        emit exchange->reply->progress(exchange->block2Buffer.size(), block.more ? (total > 0 ? total : -1)
                                                                                 : exchange->block2Buffer.size());
    if (!exchange->reply)
        return true;
    if (block.more) {
        // Follow the server's block size when it is smaller (RFC 7959 §2.4); a new token each
        // time, and no Observe, so the follow-ups are plain requests (RFC 7959 §2.6).
        exchange->block2Szx = qMin<int>(exchange->block2Szx, block.szx);
        const int size = 1 << (exchange->block2Szx + 4);
        CoapMessage next = exchange->request.message;
        next.setType(exchange->current.type());
        next.setToken(newToken());
        next.removeOption(CoapOptionNumber::Observe);
        next.removeOption(CoapOptionNumber::Block1);
        next.removeOption(CoapOptionNumber::Size1);
        if (next.code() != CoapCode::Get && next.code() != CoapCode::Fetch)
            next.setPayload({}); // RFC 7959 §3.3: later blocks of a POST's response carry no body
        next.setUintOption(CoapOptionNumber::Block2,
                           CoapBlockValue{quint32(exchange->block2Buffer.size() / size), false,
                                          quint8(exchange->block2Szx)}.encode());
        exchange->current = next;
        sendCurrent(exchange);
        return true;
    }
    // Complete: the head's options (Content-Format, ETag, Observe) with the whole body.
    CoapMessage whole = exchange->block2Head;
    whole.setCode(response.code());
    whole.setPayload(exchange->block2Buffer);
    whole.setOption(CoapOption::fromUint(CoapOptionNumber::Block2, *option));
    exchange->block2 = false;
    exchange->block2Buffer.clear();
    exchange->etagRestarts = 0;
    if (exchange->block2ForNotification) {
        exchange->block2ForNotification = false;
        deliverNotification(exchange, whole, from);
        return true;
    }
    deliver(exchange, whole, from);
    return true;
}

void CoapClient::deliver(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from)
{
    QPointer<CoapReply> reply = exchange->reply;
    if (!reply)
        return;
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
    emit reply->responseReceived(response, from);
    if (!reply || exchange->multicast)
        return;
    complete(exchange);
}

// RFC 7641 §3.4: V2 is fresher than V1 if it is larger within half the 24-bit space, or if more
// than 128 s passed since the last notification.
static bool isFresh(quint64 v1, quint64 v2, qint64 t1Ms, qint64 t2Ms)
{
    return (v1 < v2 && v2 - v1 < (1u << 23)) || (v1 > v2 && v1 - v2 > (1u << 23)) || t2Ms > t1Ms + 128000;
}

void CoapClient::deliverNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from)
{
    QPointer<CoapReply> reply = exchange->reply;
    if (!reply)
        return;
    const quint64 sequence = notification.uintOption(CoapOptionNumber::Observe).value_or(0);
    const qint64 now = m_clock->nowMs();
    if (exchange->lastSequence && !isFresh(*exchange->lastSequence, sequence, exchange->lastNotificationMs, now)) {
        qCDebug(lcCoapRequest) << "stale notification" << sequence << "after" << *exchange->lastSequence;
        return;
    }
    exchange->lastSequence = sequence;
    exchange->lastNotificationMs = now;
    exchange->observing = true;
    if (exchange->observeToken.isEmpty())
        exchange->observeToken = notification.token();
    reply->m_observing = true;
    reply->m_lastSeq = sequence;
    ++reply->m_notifications;
    reply->m_response = notification;
    reply->m_responder = from;
    reply->m_hasResponse = true;
    scheduleReregistration(exchange, notification);
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
    const qint64 maxAgeMs = qint64(notification.uintOption(CoapOptionNumber::MaxAge).value_or(60)) * 1000;
    exchange->reregisterTimer = m_clock->callAfter(maxAgeMs + m_observeGraceMs, this, [this, exchange] {
        exchange->reregisterTimer = 0;
        if (exchange->cancelling || !exchange->reply)
            return;
        qCInfo(lcCoapRequest) << "Max-Age ran out without a notification; registering again";
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
    if (exchange->awaitingAck)
        m_messages->cancel(exchange->peer, exchange->mid);
    exchange->current = observeRequest(exchange, 1, exchange->request.confirmable);
    sendCurrent(exchange);
}

void CoapClient::abort(CoapExchange *exchange, bool deregister)
{
    if (deregister && exchange->observing && !exchange->cancelling && m_cancelMode == CoapReply::CancelMode::Deregister) {
        // Leave nothing behind on the server: a fire-and-forget deregistration.
        m_messages->send(observeRequest(exchange, 1, false), exchange->peer);
    }
    QPointer<CoapReply> reply = exchange->reply;
    release(exchange);
    if (reply)
        reply->finish(CoapError::Cancelled);
}

void CoapClient::fail(CoapExchange *exchange, CoapError error)
{
    QPointer<CoapReply> reply = exchange->reply;
    release(exchange);
    if (reply)
        reply->finish(error);
}

void CoapClient::complete(CoapExchange *exchange)
{
    QPointer<CoapReply> reply = exchange->reply;
    release(exchange);
    if (reply)
        reply->finish(CoapError::None);
}

void CoapClient::release(CoapExchange *exchange)
{
    if (!m_exchanges.removeOne(exchange))
        return;
    for (CoapClock::TimerId *timer : {&exchange->responseTimer, &exchange->windowTimer, &exchange->reregisterTimer}) {
        if (*timer)
            m_clock->cancel(*timer);
    }
    if (exchange->awaitingAck)
        m_messages->cancel(exchange->peer, exchange->mid);
    for (const QByteArray &token : std::as_const(exchange->tokens)) {
        auto it = m_byToken.find(token);
        if (it != m_byToken.end() && it.value() == exchange)
            m_byToken.erase(it);
    }
    if (exchange->reply)
        exchange->reply->m_exchange = nullptr;
    delete exchange;
}

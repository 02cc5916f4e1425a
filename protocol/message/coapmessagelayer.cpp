#include "coapmessagelayer.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcCoapMessage, "coap.message")

CoapMessageLayer::CoapMessageLayer(CoapTransport *transport, CoapClock *clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_clock(clock)
{
    Q_ASSERT(transport && clock);
    m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    // RFC 7252 §4.4: start at a random MID so that a restarted endpoint does not repeat recent ones.
    m_nextMid = quint16(QRandomGenerator::global()->bounded(65536));
    connect(m_transport, &CoapTransport::datagramReceived, this, &CoapMessageLayer::onDatagram);
}

CoapMessageLayer::~CoapMessageLayer()
{
    for (const Outstanding &o : std::as_const(m_outstanding))
        m_clock->cancel(o.timer);
    for (const Received &r : std::as_const(m_dedup))
        if (r.ackTimer)
            m_clock->cancel(r.ackTimer);
}

quint16 CoapMessageLayer::nextMessageId()
{
    return m_nextMid++;
}

qint64 CoapMessageLayer::initialTimeout()
{
    // RFC 7252 §4.2: a random duration between ACK_TIMEOUT and ACK_TIMEOUT * ACK_RANDOM_FACTOR.
    const double span = double(m_parameters.ackTimeoutMs) * (m_parameters.ackRandomFactor - 1.0);
    return m_parameters.ackTimeoutMs + qint64(span * m_random());
}

quint16 CoapMessageLayer::send(CoapMessage message, const CoapEndpoint &to)
{
    Q_ASSERT(message.type() == CoapType::Confirmable || message.type() == CoapType::NonConfirmable);
    message.setMessageId(nextMessageId());
    if (message.type() == CoapType::Confirmable && !to.isMulticast()) {
        // RFC 7252 §4.7: at most NSTART outstanding interactions per peer; the rest wait.
        if (m_outstandingPerPeer.value(to) >= m_parameters.nstart) {
            m_queue.push_back({to, message});
            qCDebug(lcCoapMessage) << "queued" << message.summary() << "for" << to.toString();
            return message.messageId();
        }
    }
    transmit(message, to);
    return message.messageId();
}

quint16 CoapMessageLayer::sendReplacing(CoapMessage message, const CoapEndpoint &to, quint16 replacedMid)
{
    const auto old = m_outstanding.constFind(Key{to, replacedMid});
    if (old == m_outstanding.cend() || message.type() != CoapType::Confirmable)
        return send(std::move(message), to);
    const int retransmissions = old->retransmissions;
    const qint64 timeoutMs = old->timeoutMs;
    finishOutstanding(Key{to, replacedMid}); // frees the NSTART slot the new one takes at once
    message.setMessageId(nextMessageId());
    transmit(message, to);
    auto it = m_outstanding.find(Key{to, message.messageId()});
    if (it != m_outstanding.end()) {
        // The first transmission of the newer counts as the next retransmission of the older.
        it->retransmissions = qMin(retransmissions + 1, m_parameters.maxRetransmit);
        it->timeoutMs = timeoutMs * 2;
        m_clock->cancel(it->timer);
        const Key key = it.key();
        it->timer = m_clock->callAfter(it->timeoutMs, this, [this, key] { onRetransmitTimer(key); });
    }
    return message.messageId();
}

void CoapMessageLayer::transmit(const CoapMessage &message, const CoapEndpoint &to)
{
    CoapEncodeError encodeError = CoapEncodeError::None;
    const QByteArray datagram = CoapCodec::encode(message, &encodeError);
    const quint16 mid = message.messageId();
    if (encodeError != CoapEncodeError::None) {
        qCWarning(lcCoapMessage) << "cannot encode" << message.summary();
        // Queued so the caller, which is still inside send(), sees the failure after it returns.
        QMetaObject::invokeMethod(this, [this, to, mid] {
            emit transmissionFailed(to, mid, CoapTransmissionFailure::EncodeError);
        }, Qt::QueuedConnection);
        if (message.type() == CoapType::Confirmable)
            startQueued(to);
        return;
    }
    const bool confirmable = message.type() == CoapType::Confirmable && !to.isMulticast();
    if (confirmable) {
        const Key key{to, mid};
        Outstanding o;
        o.datagram = datagram;
        o.message = message;
        o.timeoutMs = initialTimeout();
        o.timer = m_clock->callAfter(o.timeoutMs, this, [this, key] { onRetransmitTimer(key); });
        m_outstanding.insert(key, o);
        ++m_outstandingPerPeer[to];
    }
    if (!write(datagram, message, to, 0)) {
        if (confirmable) {
            finishOutstanding(Key{to, mid});
        }
        QMetaObject::invokeMethod(this, [this, to, mid] {
            emit transmissionFailed(to, mid, CoapTransmissionFailure::NetworkError);
        }, Qt::QueuedConnection);
    }
}

bool CoapMessageLayer::write(const QByteArray &datagram, const CoapMessage &message, const CoapEndpoint &to,
                             int retransmission, bool duplicate)
{
    CoapDatagramEvent event;
    event.direction = CoapDatagramEvent::Direction::Sent;
    event.datagram = datagram;
    event.peer = to;
    event.timeMs = m_clock->nowMs();
    event.message = message;
    event.retransmission = retransmission;
    event.duplicate = duplicate;
    emit datagramEvent(event);
    return m_transport->send(datagram, to);
}

void CoapMessageLayer::onRetransmitTimer(const Key &key)
{
    auto it = m_outstanding.find(key);
    if (it == m_outstanding.end())
        return;
    Outstanding &o = it.value();
    if (o.retransmissions >= m_parameters.maxRetransmit) {
        // RFC 7252 §4.2: give up after MAX_RETRANSMIT retransmissions and the last timeout.
        qCInfo(lcCoapMessage) << "no ACK from" << key.peer.toString() << "for mid" << key.mid << "after"
                              << o.retransmissions << "retransmissions";
        finishOutstanding(key);
        emit transmissionFailed(key.peer, key.mid, CoapTransmissionFailure::Timeout);
        return;
    }
    ++o.retransmissions;
    o.timeoutMs *= 2; // exponential back-off
    o.timer = m_clock->callAfter(o.timeoutMs, this, [this, key] { onRetransmitTimer(key); });
    qCInfo(lcCoapMessage) << "retransmission" << o.retransmissions << "of mid" << key.mid << "to"
                          << key.peer.toString();
    const QByteArray datagram = o.datagram;
    const CoapMessage message = o.message;
    const int attempt = o.retransmissions;
    emit retransmitted(key.peer, key.mid, attempt);
    write(datagram, message, key.peer, attempt);
}

void CoapMessageLayer::finishOutstanding(const Key &key)
{
    auto it = m_outstanding.find(key);
    if (it == m_outstanding.end())
        return;
    m_clock->cancel(it->timer);
    m_outstanding.erase(it);
    auto count = m_outstandingPerPeer.find(key.peer);
    if (count != m_outstandingPerPeer.end() && --count.value() <= 0)
        m_outstandingPerPeer.erase(count);
    startQueued(key.peer);
}

void CoapMessageLayer::startQueued(const CoapEndpoint &peer)
{
    if (m_outstandingPerPeer.value(peer) >= m_parameters.nstart)
        return;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->peer == peer) {
            const CoapMessage message = it->message;
            m_queue.erase(it);
            transmit(message, peer);
            return;
        }
    }
}

void CoapMessageLayer::cancel(const CoapEndpoint &to, quint16 messageId)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->peer == to && it->message.messageId() == messageId) {
            m_queue.erase(it);
            return;
        }
    }
    finishOutstanding(Key{to, messageId});
}

quint16 CoapMessageLayer::ping(const CoapEndpoint &to)
{
    return send(CoapMessage(CoapType::Confirmable, CoapCode::Empty), to);
}

int CoapMessageLayer::outstandingCount(const CoapEndpoint &peer) const
{
    return m_outstandingPerPeer.value(peer);
}

int CoapMessageLayer::queuedCount(const CoapEndpoint &peer) const
{
    return int(std::count_if(m_queue.begin(), m_queue.end(), [&](const Queued &q) { return q.peer == peer; }));
}

void CoapMessageLayer::onDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination)
{
    m_receivingMulticast = destination.isMulticast();
    const auto restore = qScopeGuard([this] { m_receivingMulticast = false; });
    const CoapDecodeResult decoded = CoapCodec::decode(datagram);

    CoapDatagramEvent event;
    event.direction = CoapDatagramEvent::Direction::Received;
    event.datagram = datagram;
    event.peer = from;
    event.timeMs = m_clock->nowMs();
    event.message = decoded.message;
    event.decodeError = decoded.error;

    expireDedup();
    const Key key{from, decoded.message.messageId()};
    const bool isNew = decoded.headerValid
            && (decoded.message.type() == CoapType::Confirmable || decoded.message.type() == CoapType::NonConfirmable);
    if (isNew && m_dedup.contains(key))
        event.duplicate = true;
    emit datagramEvent(event);

    if (!decoded.ok()) {
        // RFC 7252 §4.2: a CON that cannot be processed is rejected with RST; a malformed NON, ACK
        // or RST is silently ignored (§4.3, §4.2). A wrong version is always ignored (§3).
        qCWarning(lcCoapMessage) << "malformed datagram from" << from.toString() << ":"
                                 << CoapCodec::errorKey(decoded.error) << "at" << decoded.errorOffset;
        if (decoded.headerValid && decoded.message.type() == CoapType::Confirmable
            && decoded.error != CoapDecodeError::UnsupportedVersion) {
            CoapMessage rst(CoapType::Reset, CoapCode::Empty, decoded.message.messageId());
            write(CoapCodec::encode(rst), rst, from, 0);
        }
        return;
    }

    const CoapMessage &message = decoded.message;
    switch (message.type()) {
    case CoapType::Acknowledgement:
    case CoapType::Reset:
        handleAckOrReset(message, from);
        return;
    case CoapType::Confirmable:
    case CoapType::NonConfirmable:
        if (event.duplicate) {
            // RFC 7252 §4.5: act on a duplicate once only; a duplicate CON gets the same reply again.
            const Received &r = m_dedup[key];
            qCDebug(lcCoapMessage) << "duplicate mid" << key.mid << "from" << from.toString();
            if (message.type() == CoapType::Confirmable && !r.reply.isEmpty()) {
                const CoapDecodeResult reply = CoapCodec::decode(r.reply);
                write(r.reply, reply.message, from, 0, true);
            }
            return;
        }
        handleNew(message, from);
        return;
    }
}

void CoapMessageLayer::handleAckOrReset(const CoapMessage &message, const CoapEndpoint &from)
{
    const Key key{from, message.messageId()};
    if (!m_outstanding.contains(key)) {
        // A late ACK after the give-up, or one for an exchange that was cancelled: nothing to do.
        // A piggybacked response still goes up: the request layer may still be waiting for it.
        qCDebug(lcCoapMessage) << "unmatched" << message.summary() << "from" << from.toString();
        if (message.type() == CoapType::Acknowledgement && !message.isEmptyMessage() && m_receiver)
            m_receiver->receive(message, from);
        else if (message.type() == CoapType::Reset)
            emit unmatchedResetReceived(from, message.messageId());
        return;
    }
    finishOutstanding(key);
    if (message.type() == CoapType::Reset) {
        emit resetReceived(from, message.messageId());
        return;
    }
    if (message.isEmptyMessage()) {
        emit emptyAcknowledgementReceived(from, message.messageId());
        return;
    }
    if (m_receiver)
        m_receiver->receive(message, from); // piggybacked response
}

void CoapMessageLayer::handleNew(const CoapMessage &message, const CoapEndpoint &from)
{
    const Key key{from, message.messageId()};
    const bool confirmable = message.type() == CoapType::Confirmable;

    if (message.isEmptyMessage()) {
        // RFC 7252 §4.3: an empty CON is a ping, answered with RST. An empty NON is not a valid
        // message (§4.1) and is ignored. Neither is remembered: a ping is cheap to answer again.
        if (confirmable) {
            CoapMessage rst(CoapType::Reset, CoapCode::Empty, message.messageId());
            write(CoapCodec::encode(rst), rst, from, 0);
        }
        return;
    }

    // Remember it before handing it on, so that a receiver answering synchronously finds the entry.
    Received r;
    r.type = message.type();
    r.expiresMs = m_clock->nowMs()
            + (confirmable ? m_parameters.exchangeLifetimeMs() : m_parameters.nonLifetimeMs());
    m_dedup.insert(key, r);
    (confirmable ? m_dedupOrderCon : m_dedupOrderNon).emplace_back(r.expiresMs, key);
    while (int(m_dedup.size()) > m_maxDedupEntries) {
        // A flood of distinct MIDs must not grow memory without bound: forget the oldest first.
        auto &order = (!m_dedupOrderNon.empty()
                       && (m_dedupOrderCon.empty() || m_dedupOrderNon.front().first <= m_dedupOrderCon.front().first))
                ? m_dedupOrderNon : m_dedupOrderCon;
        const Key oldest = order.front().second;
        order.pop_front();
        auto old = m_dedup.find(oldest);
        if (old != m_dedup.end()) {
            if (old->ackTimer)
                m_clock->cancel(old->ackTimer);
            m_dedup.erase(old);
        }
    }

    const Disposition disposition = m_receiver ? m_receiver->receive(message, from) : Disposition::Reject;
    auto it = m_dedup.find(key);
    if (it == m_dedup.end() || it->acknowledged)
        return; // answered synchronously (piggybacked) or already forgotten
    switch (disposition) {
    case Disposition::Accept:
        if (confirmable)
            acknowledge(message, from);
        break;
    case Disposition::Reject:
        reject(message, from);
        break;
    case Disposition::Ignore:
        // Forget it, so that a retransmission is processed as new.
        m_dedup.erase(it);
        break;
    case Disposition::Deferred:
        if (confirmable) {
            // RFC 7252 §5.2.2: when the answer does not come quickly, acknowledge now and send the
            // response separately later, so the client stops retransmitting.
            it->ackTimer = m_clock->callAfter(m_parameters.piggybackWindowMs, this, [this, key, message, from] {
                auto entry = m_dedup.find(key);
                if (entry == m_dedup.end())
                    return;
                entry->ackTimer = 0;
                if (!entry->acknowledged)
                    acknowledge(message, from);
            });
        }
        break;
    }
}

void CoapMessageLayer::sendReply(const Key &key, const CoapMessage &reply)
{
    const QByteArray datagram = CoapCodec::encode(reply);
    auto it = m_dedup.find(key);
    if (it != m_dedup.end()) {
        it->acknowledged = true;
        it->reply = datagram;
        if (it->ackTimer) {
            m_clock->cancel(it->ackTimer);
            it->ackTimer = 0;
        }
    }
    write(datagram, reply, key.peer, 0);
}

void CoapMessageLayer::acknowledge(const CoapMessage &request, const CoapEndpoint &from)
{
    if (request.type() != CoapType::Confirmable)
        return;
    const Key key{from, request.messageId()};
    auto it = m_dedup.find(key);
    if (it != m_dedup.end() && it->acknowledged)
        return;
    sendReply(key, CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, request.messageId()));
}

void CoapMessageLayer::reject(const CoapMessage &message, const CoapEndpoint &from)
{
    const Key key{from, message.messageId()};
    auto it = m_dedup.find(key);
    if (it != m_dedup.end() && it->acknowledged)
        return;
    sendReply(key, CoapMessage(CoapType::Reset, CoapCode::Empty, message.messageId()));
}

void CoapMessageLayer::respond(const CoapMessage &request, const CoapEndpoint &from, CoapMessage response)
{
    response.setToken(request.token());
    const Key key{from, request.messageId()};
    auto it = m_dedup.find(key);
    const bool canPiggyback = request.type() == CoapType::Confirmable && it != m_dedup.end() && !it->acknowledged;
    if (canPiggyback) {
        response.setType(CoapType::Acknowledgement);
        response.setMessageId(request.messageId());
        sendReply(key, response);
        return;
    }
    if (it != m_dedup.end() && request.type() == CoapType::NonConfirmable)
        it->acknowledged = true;
    // Separate response (§5.2.2) or a response to a NON (§5.2.3).
    if (response.type() != CoapType::NonConfirmable)
        response.setType(request.type() == CoapType::Confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    send(response, from);
}

void CoapMessageLayer::expireDedup()
{
    const qint64 now = m_clock->nowMs();
    for (auto *order : {&m_dedupOrderCon, &m_dedupOrderNon}) {
        while (!order->empty() && order->front().first <= now) {
            const auto [expiry, key] = order->front();
            order->pop_front();
            auto it = m_dedup.find(key);
            // Only when the entry is the one this queue slot was made for (not a newer reuse).
            if (it != m_dedup.end() && it->expiresMs == expiry) {
                if (it->ackTimer)
                    m_clock->cancel(it->ackTimer);
                m_dedup.erase(it);
            }
        }
    }
}

#include "coapmessagelayer.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcCoapMessage, "coap.message")

CoapMessageLayer::CoapMessageLayer(CoapTransport *transport, CoapClock *clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_clock(clock)
{
    Q_ASSERT(transport && clock);
    // The ACK timeout's jitter, once per CON, from the layer's own generator (coaprandom.h).
    m_random = [this] { return m_jitter.nextDouble(); };
    // Datagrams come by a direct call (CoapTransport::DatagramSink); through the signal only when
    // another layer on this transport takes them that way already.
    if (m_transport->setDatagramSink(this))
        m_sinkOf = m_transport;
    else
        connect(m_transport, &CoapTransport::datagramReceived, this, &CoapMessageLayer::onDatagram);
    connect(m_transport, &CoapTransport::destinationUnreachable, this,
            &CoapMessageLayer::onDestinationUnreachable);
}

CoapMessageLayer::~CoapMessageLayer()
{
    if (m_sinkOf)
        m_sinkOf->clearDatagramSink(this);
    for (const Outstanding &o : std::as_const(m_outstanding))
        m_clock->cancel(o.timer);
    for (const Received &r : std::as_const(m_dedup))
        if (r.ackTimer)
            m_clock->cancel(r.ackTimer);
    for (const Peer &p : std::as_const(m_peers))
        if (p.probeTimer)
            m_clock->cancel(p.probeTimer);
}

QHash<CoapEndpoint, CoapMessageLayer::Peer>::iterator CoapMessageLayer::findPeer(const CoapEndpoint &peer)
{
    return m_peerFound.find(m_peers, peer);
}

QHash<CoapMessageLayer::Key, CoapMessageLayer::Received>::iterator CoapMessageLayer::findDedup(const Key &key)
{
    return m_dedupFound.find(m_dedup, key);
}

CoapMessageLayer::Received *CoapMessageLayer::receivedEntry(const Key &key)
{
    if (m_inHand.active && m_inHand.key == key)
        return &m_inHand.received;
    const auto it = findDedup(key);
    return it == m_dedup.end() ? nullptr : &it.value();
}

void CoapMessageLayer::rememberReceived(const Key &key, const Received &received)
{
    if (const auto earlier = findDedup(key); earlier != m_dedup.end() && earlier->ackTimer)
        m_clock->cancel(earlier->ackTimer); // an earlier message under this MID (see onDatagram)
    m_dedupFound.insert(m_dedup, key, received);
    (received.type == CoapType::Confirmable ? m_dedupOrderCon : m_dedupOrderNon).emplace_back(received.expiresMs, key);
}

CoapMessageLayer::Peer &CoapMessageLayer::peerState(const CoapEndpoint &peer)
{
    auto it = findPeer(peer);
    if (it != m_peers.end())
        return it.value();
    const qint64 now = m_clock->nowMs();
    if (m_peers.size() >= kMaxPeers && (m_lastPruneMs < 0 || now - m_lastPruneMs >= kPruneIntervalMs)) {
        // Forget peers that have nothing in flight and were not used for an EXCHANGE_LIFETIME: a
        // fresh random MID for them cannot collide with one they still remember. The scan runs at
        // most once per kPruneIntervalMs, not once per new peer: a flood of new sources at the cap
        // would otherwise cost a scan of the whole table per datagram.
        m_lastPruneMs = now;
        const qint64 horizon = now - m_parameters.exchangeLifetimeMs();
        for (auto p = m_peers.begin(); p != m_peers.end();) {
            if (p->outstanding == 0 && p->queue.empty() && !p->probeTimer && p->lastUsedMs < horizon)
                p = forgetPeerState(p);
            else
                ++p;
        }
    }
    Peer state;
    // RFC 7252 §4.4: start at a random MID so that a restarted endpoint does not repeat recent ones.
    state.nextMid = quint16(QRandomGenerator::global()->bounded(65536));
    state.id = m_nextPeerId++;
    if (m_nextPeerId == 0)
        m_nextPeerId = 1;
    m_peerEndpoints.insert(state.id, peer);
    return m_peerFound.insert(m_peers, peer, state).value();
}

QHash<CoapEndpoint, CoapMessageLayer::Peer>::iterator CoapMessageLayer::forgetPeerState(QHash<CoapEndpoint, Peer>::iterator it)
{
    m_peerEndpoints.remove(it->id);
    return m_peerFound.erase(m_peers, it);
}

const CoapEndpoint *CoapMessageLayer::peerEndpoint(quint32 id) const
{
    const auto endpoint = m_peerEndpoints.constFind(id);
    return endpoint == m_peerEndpoints.cend() ? nullptr : &endpoint.value();
}

CoapClock::Callback CoapMessageLayer::retransmitCallback(const Peer &peer, quint16 mid)
{
    return [this, id = peer.id, mid] {
        if (const CoapEndpoint *endpoint = peerEndpoint(id))
            onRetransmitTimer(Key{*endpoint, mid});
    };
}

CoapClock::Callback CoapMessageLayer::nonExpiryCallback(const Peer &peer, quint16 mid)
{
    // A NON request frees its slot when the request layer is done with it, and at the latest
    // after MAX_TRANSMIT_WAIT, so a forgotten one cannot block the peer.
    return [this, id = peer.id, mid] {
        const CoapEndpoint *endpoint = peerEndpoint(id);
        if (!endpoint)
            return;
        const Key key{*endpoint, mid};
        auto it = m_outstanding.find(key);
        if (it != m_outstanding.end()) {
            it->timer = 0;
            finishOutstanding(key);
        }
    };
}

quint16 CoapMessageLayer::nextMessageId(const CoapEndpoint &peer)
{
    auto it = findPeer(peer);
    if (it == m_peers.end()) {
        peerState(peer); // creates the peer, pruning idle ones when at the cap
        it = findPeer(peer);
        if (m_peers.size() > kMaxPeers) {
            forgetPeerState(it);
            it = m_peers.end();
        }
    }
    if (it == m_peers.end()) // over the cap: a random MID, as for a first contact
        return quint16(QRandomGenerator::global()->bounded(65536));
    return takeMessageId(it.value());
}

quint16 CoapMessageLayer::takeMessageId(Peer &peer, qint64 nowMs)
{
    peer.lastUsedMs = nowMs >= 0 ? nowMs : m_clock->nowMs();
    return peer.nextMid++;
}

static const QMetaMethod &datagramEventSignal()
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&CoapMessageLayer::datagramEvent);
    return signal;
}

bool CoapMessageLayer::observed() const
{
    // The log, --verbose and --pcap listen; a plain request does not, and then no event is built
    // for each datagram (a copy of the message, the local endpoint, a clock reading).
    if (m_observedStale.load(std::memory_order_relaxed)) {
        m_observedStale.store(false, std::memory_order_relaxed);
        m_observed.store(isSignalConnected(datagramEventSignal()), std::memory_order_relaxed);
    }
    return m_observed.load(std::memory_order_relaxed);
}

void CoapMessageLayer::connectNotify(const QMetaMethod &signal)
{
    if (signal == datagramEventSignal())
        m_observed.store(true, std::memory_order_relaxed);
}

void CoapMessageLayer::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid method: a disconnection from every signal at once.
    if (!signal.isValid() || signal == datagramEventSignal())
        m_observedStale.store(true, std::memory_order_relaxed);
}

qint64 CoapMessageLayer::initialTimeout()
{
    // RFC 7252 §4.2: a random duration between ACK_TIMEOUT and ACK_TIMEOUT * ACK_RANDOM_FACTOR.
    const double span = double(m_parameters.ackTimeoutMs) * (m_parameters.ackRandomFactor - 1.0);
    return m_parameters.ackTimeoutMs + qint64(span * m_random());
}

static bool holdsSlot(const CoapMessage &message)
{
    // CONs, and NON requests (RFC 7252 §4.7: an outstanding interaction is a CON not yet
    // acknowledged, or a request whose response has not come and is still expected).
    return message.type() == CoapType::Confirmable || message.isRequest();
}

bool CoapMessageLayer::mayStart(const CoapEndpoint &to, Peer &peer, const CoapMessage &message)
{
    if (holdsSlot(message) && peer.outstanding >= m_parameters.nstart)
        return false;
    if (message.type() == CoapType::NonConfirmable && message.isRequest() && peer.unansweredBytes > 0
        && m_parameters.probingRate > 0) {
        // RFC 7252 §4.7: towards a peer that has not answered, no more than PROBING_RATE bytes
        // per second on average.
        const qint64 readyAt = peer.unansweredSinceMs + qint64(1000.0 * double(peer.unansweredBytes) / m_parameters.probingRate);
        const qint64 now = m_clock->nowMs();
        if (now < readyAt) {
            if (!peer.probeTimer) {
                peer.probeTimer = m_clock->callAfter(readyAt - now, this, [this, to] {
                    auto it = findPeer(to);
                    if (it == m_peers.end())
                        return;
                    it->probeTimer = 0;
                    startQueued(to);
                });
            }
            return false;
        }
    }
    return true;
}

quint16 CoapMessageLayer::send(CoapMessage message, const CoapEndpoint &to, bool group)
{
    Q_ASSERT(message.type() == CoapType::Confirmable || message.type() == CoapType::NonConfirmable);
    // What holds no slot (a NON response) never waits behind requests, and needs no peer state
    // beyond its MID: creating it here would grow the table past kMaxPeers when a server answers
    // NON requests from many sources (nextMessageId() keeps to the cap).
    qint64 now = -1; // read once for the MID's peer and the retransmission deadline
    if (!group && !to.isMulticast() && holdsSlot(message)) {
        // One look-up of the peer for its MID, its slots and its queue.
        Peer &peer = peerState(to);
        now = m_clock->nowMs();
        message.setMessageId(takeMessageId(peer, now));
        if (!peer.queue.empty() || !mayStart(to, peer, message)) {
            peer.queue.push_back(message);
            qCDebug(lcCoapMessage) << "queued" << message.summary() << "for" << to.toString();
            return message.messageId();
        }
    } else {
        message.setMessageId(nextMessageId(to));
    }
    if (!transmit(message, to, group, now) && !group && !to.isMulticast())
        startQueued(to);
    return message.messageId();
}

quint16 CoapMessageLayer::sendReplacing(CoapMessage message, const CoapEndpoint &to, quint16 replacedMid)
{
    const auto old = m_outstanding.constFind(Key{to, replacedMid});
    if (old == m_outstanding.cend() || !old->confirmable || message.type() != CoapType::Confirmable)
        return send(std::move(message), to);
    const int retransmissions = old->retransmissions;
    const qint64 timeoutMs = old->timeoutMs;
    const qint64 dueMs = old->dueMs;
    removeOutstanding(Key{to, replacedMid}); // its slot goes to the newer at once
    message.setMessageId(nextMessageId(to));
    if (!transmit(message, to)) {
        startQueued(to);
        return message.messageId();
    }
    auto it = m_outstanding.find(Key{to, message.messageId()});
    if (it != m_outstanding.end()) {
        const Key key = it.key();
        m_clock->cancel(it->timer);
        if (retransmissions >= m_parameters.maxRetransmit) {
            // The older was in its last wait: the newer inherits that deadline, not a new one,
            // or a peer that vanished would be kept alive by every new notification.
            it->retransmissions = retransmissions;
            it->timeoutMs = timeoutMs;
            it->dueMs = dueMs;
        } else {
            // The first transmission of the newer counts as the next retransmission of the older.
            it->retransmissions = retransmissions + 1;
            it->timeoutMs = timeoutMs * 2;
            it->dueMs = m_clock->nowMs() + it->timeoutMs;
        }
        it->timer = m_clock->callAfter(qMax<qint64>(0, it->dueMs - m_clock->nowMs()), this,
                                       retransmitCallback(peerState(to), key.mid));
    }
    return message.messageId();
}

// Sends now. Returns false when the message could not go out (the failure is signalled from the
// event loop); the caller then starts what waits, iteratively (no recursion per queued message).
bool CoapMessageLayer::transmit(const CoapMessage &message, const CoapEndpoint &to, bool group, qint64 nowMs)
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
        return false;
    }
    const bool unicast = !to.isMulticast() && !group;
    const bool confirmable = message.type() == CoapType::Confirmable && unicast;
    const bool slot = unicast && holdsSlot(message);
    const Key key{to, mid};
    if (message.type() == CoapType::NonConfirmable && unicast) {
        rememberNon(key);
        if (message.isRequest()) {
            Peer &peer = peerState(to);
            if (peer.unansweredBytes == 0)
                peer.unansweredSinceMs = m_clock->nowMs();
            peer.unansweredBytes += datagram.size();
        }
    }
    // The datagram goes out first, and what waits for its ACK (the record, the retransmission
    // timer, the NSTART slot) is set up after: nothing can answer it before this returns to the
    // event loop, and the answer's round trip does not wait for the bookkeeping.
    if (!write(datagram, message, to, 0)) {
        // Why the transport refused it, read now: the system having no route to the peer is told
        // apart from other refusals (a DTLS handshake that failed), as the request layer may then
        // try another address of the same host.
        const CoapNetworkError why = m_transport->lastError();
        const CoapTransmissionFailure failure =
                why == CoapNetworkError::NetworkUnreachable || why == CoapNetworkError::HostUnreachable
                ? CoapTransmissionFailure::HostUnreachable
                : CoapTransmissionFailure::NetworkError;
        QMetaObject::invokeMethod(this, [this, to, mid, failure] {
            emit transmissionFailed(to, mid, failure);
        }, Qt::QueuedConnection);
        return false;
    }
    if (slot) {
        Peer &state = peerState(to); // the caller's look-up, remembered (unless write() changed the table)
        Outstanding o;
        o.datagram = datagram;
        o.token = message.token();
        o.ping = message.isEmptyMessage();
        o.confirmable = confirmable;
        if (confirmable) {
            o.timeoutMs = initialTimeout();
            o.dueMs = (nowMs >= 0 ? nowMs : m_clock->nowMs()) + o.timeoutMs;
            o.timer = m_clock->callAt(o.dueMs, this, retransmitCallback(state, mid));
        } else {
            o.timer = m_clock->callAfter(m_parameters.maxTransmitWaitMs(), this, nonExpiryCallback(state, mid));
        }
        m_outstanding.insert(key, std::move(o));
        ++state.outstanding;
    }
    return true;
}

void CoapMessageLayer::rememberNon(const Key &key)
{
    const qint64 now = m_clock->nowMs();
    while (!m_recentNonOrder.empty()
           && (m_recentNonOrder.front().first <= now || int(m_recentNonOrder.size()) >= kMaxRecentNon)) {
        const auto [expiry, old] = m_recentNonOrder.front();
        m_recentNonOrder.pop_front();
        auto it = m_recentNon.find(old);
        if (it != m_recentNon.end() && it.value() == expiry)
            m_recentNon.erase(it);
    }
    const qint64 expiry = now + m_parameters.nonLifetimeMs();
    m_recentNon.insert(key, expiry);
    m_recentNonOrder.emplace_back(expiry, key);
}

CoapDatagramEvent CoapMessageLayer::datagramEventFor(CoapDatagramEvent::Direction direction, const QByteArray &datagram,
                                                    const CoapEndpoint &peer, const CoapMessage &message) const
{
    CoapDatagramEvent event;
    event.direction = direction;
    event.datagram = datagram;
    event.peer = peer;
    event.local = m_transport->localEndpoint();
    event.timeMs = m_clock->nowMs();
    event.message = message;
    return event;
}

bool CoapMessageLayer::write(const QByteArray &datagram, const CoapMessage &message, const CoapEndpoint &to,
                             int retransmission, bool duplicate)
{
    if (observed()) {
        CoapDatagramEvent event = datagramEventFor(CoapDatagramEvent::Direction::Sent, datagram, to, message);
        event.retransmission = retransmission;
        event.duplicate = duplicate;
        emit datagramEvent(event);
    }
    return m_transport->send(datagram, to);
}

void CoapMessageLayer::onRetransmitTimer(const Key &lookup)
{
    auto it = m_outstanding.find(lookup);
    if (it == m_outstanding.end())
        return;
    // The key as the message went out: the callback names its peer by id, and an endpoint that
    // compares equal may differ in its zone (the interface of a link-local address).
    const Key key = it.key();
    Outstanding &o = it.value();
    o.timer = 0;
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
    o.dueMs = m_clock->nowMs() + o.timeoutMs;
    o.timer = m_clock->callAfter(o.timeoutMs, this, retransmitCallback(peerState(key.peer), key.mid));
    qCInfo(lcCoapMessage) << "retransmission" << o.retransmissions << "of mid" << key.mid << "to"
                          << key.peer.toString();
    const QByteArray datagram = o.datagram;
    // The message itself only for the datagram log (write() hands it to datagramEvent).
    const CoapMessage message = observed() ? CoapCodec::decode(datagram).message : CoapMessage();
    const int attempt = o.retransmissions;
    emit retransmitted(key.peer, key.mid, attempt);
    if (!write(datagram, message, key.peer, attempt) && m_outstanding.contains(key)) {
        // The system refused the retransmission (a DTLS session gone, an interface down): the
        // exchange fails now, as when the first transmission is refused.
        finishOutstanding(key);
        emit transmissionFailed(key.peer, key.mid, CoapTransmissionFailure::NetworkError);
    }
}

void CoapMessageLayer::onDestinationUnreachable(const CoapEndpoint &peer, CoapNetworkError error)
{
    const CoapTransmissionFailure failure = error == CoapNetworkError::PortUnreachable
                                                    ? CoapTransmissionFailure::PortUnreachable
                                                    : CoapTransmissionFailure::HostUnreachable;
    // ICMP says nothing listens there: what waits for that peer's ACK or response ends now
    // rather than after MAX_TRANSMIT_WAIT. Keys first: handlers may send and change the table.
    QList<Key> keys;
    for (auto it = m_outstanding.cbegin(); it != m_outstanding.cend(); ++it)
        if (it.key().peer == peer)
            keys.append(it.key());
    for (const Key &key : std::as_const(keys)) {
        if (!m_outstanding.contains(key))
            continue;
        finishOutstanding(key);
        emit transmissionFailed(key.peer, key.mid, failure);
    }
}

bool CoapMessageLayer::dropOutstanding(QHash<Key, Outstanding>::iterator it)
{
    if (it->timer)
        m_clock->cancel(it->timer);
    const auto peer = findPeer(it.key().peer);
    m_outstanding.erase(it);
    if (peer == m_peers.end())
        return false;
    if (peer->outstanding > 0)
        --peer->outstanding;
    return !peer->queue.empty();
}

void CoapMessageLayer::removeOutstanding(const Key &key)
{
    const auto it = m_outstanding.find(key);
    if (it != m_outstanding.end())
        dropOutstanding(it);
}

void CoapMessageLayer::finishOutstanding(const Key &key)
{
    const auto it = m_outstanding.find(key);
    if (it != m_outstanding.end() && dropOutstanding(it))
        startQueued(key.peer);
}

void CoapMessageLayer::startQueued(const CoapEndpoint &to)
{
    // Iterative, and not re-entered: a send that fails at once frees its slot for the next one in
    // this same loop instead of recursing once per queued message.
    if (m_startingQueued)
        return;
    m_startingQueued = true;
    const auto done = qScopeGuard([this] { m_startingQueued = false; });
    for (int guard = 0; guard < 100000; ++guard) {
        auto it = findPeer(to);
        if (it == m_peers.end() || it->queue.empty())
            return;
        if (!mayStart(to, it.value(), it->queue.front()))
            return;
        const CoapMessage message = it->queue.front();
        it->queue.pop_front();
        transmit(message, to);
    }
}

void CoapMessageLayer::cancel(const CoapEndpoint &to, quint16 messageId)
{
    auto peer = findPeer(to);
    if (peer != m_peers.end()) {
        for (auto it = peer->queue.begin(); it != peer->queue.end(); ++it) {
            if (it->messageId() == messageId) {
                peer->queue.erase(it);
                return;
            }
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
    const auto it = m_peers.constFind(peer);
    return it == m_peers.cend() ? 0 : it->outstanding;
}

qint64 CoapMessageLayer::giveUpInMs(const CoapEndpoint &peer, quint16 messageId) const
{
    const auto it = m_outstanding.constFind(Key{peer, messageId});
    if (it == m_outstanding.cend() || !it->confirmable)
        return -1;
    // The timeout now running, then one doubled timeout per retransmission still to come.
    const int left = m_parameters.maxRetransmit - it->retransmissions;
    return it->timeoutMs * ((qint64(1) << (left + 1)) - 1);
}

int CoapMessageLayer::queuedCount(const CoapEndpoint &peer) const
{
    const auto it = m_peers.constFind(peer);
    return it == m_peers.cend() ? 0 : int(it->queue.size());
}

void CoapMessageLayer::onDatagram(const QByteArray &datagram, const CoapEndpoint &from, const QHostAddress &destination)
{
    m_receivingMulticast = destination.isMulticast();
    const auto restore = qScopeGuard([this] { m_receivingMulticast = false; });
    const CoapDecodeResult decoded = CoapCodec::decode(datagram);
    bool answeredAfterSilence = false;
    if (auto peer = findPeer(from); peer != m_peers.end() && peer->unansweredBytes > 0 && decoded.headerValid) {
        // The peer said something: it is not unresponsive, so PROBING_RATE no longer applies.
        peer->unansweredBytes = 0;
        if (peer->probeTimer) {
            m_clock->cancel(peer->probeTimer);
            peer->probeTimer = 0;
        }
        answeredAfterSilence = !peer->queue.empty();
    }
    const auto startWaiting = qScopeGuard([this, from, answeredAfterSilence] {
        if (answeredAfterSilence)
            startQueued(from);
    });

    // Expired entries are dropped once this datagram has been handled, after any answer went out:
    // on a busy server they are cold memory, off the answer's path. Until then an expired entry
    // counts as absent.
    const auto expireAfter = qScopeGuard([this] { expireDedup(); });
    const Key key{from, decoded.message.messageId()};
    const bool isNew = decoded.headerValid
            && (decoded.message.type() == CoapType::Confirmable || decoded.message.type() == CoapType::NonConfirmable);
    // A copy of a message (a retransmission, or the network's duplicate) is byte for byte the
    // same. The same MID with other bytes is a new message from a sender that reuses MIDs within
    // EXCHANGE_LIFETIME (RFC 7252 §4.4 allows about 265 messages a second to one peer; faster
    // senders wrap around): taking it for a copy would drop every later message from that peer.
    const size_t digest = isNew ? qHash(datagram) : 0;
    bool duplicate = false;
    if (isNew) {
        if (const auto seen = findDedup(key); seen != m_dedup.end() && seen->expiresMs > m_clock->nowMs()) {
            duplicate = seen->digest == digest;
            if (!duplicate)
                qCInfo(lcCoapMessage) << "mid" << key.mid << "from" << from.toString()
                                      << "reused for another message within its lifetime; taken as new";
        }
    }
    if (observed()) {
        CoapDatagramEvent event = datagramEventFor(CoapDatagramEvent::Direction::Received, datagram, from, decoded.message);
        if (!destination.isNull() && !destination.isMulticast())
            event.local = CoapEndpoint(destination, event.local.port());
        event.decodeError = decoded.error;
        event.duplicate = duplicate;
        emit datagramEvent(event);
    }

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
        if (duplicate) {
            // RFC 7252 §4.5: act on a duplicate once only; a duplicate CON gets the same reply again.
            const Received &r = findDedup(key).value();
            qCDebug(lcCoapMessage) << "duplicate mid" << key.mid << "from" << from.toString();
            if (message.type() == CoapType::Confirmable && !r.reply.isEmpty()) {
                const CoapDecodeResult reply = CoapCodec::decode(r.reply);
                write(r.reply, reply.message, from, 0, true);
            }
            return;
        }
        handleNew(message, from, digest);
        return;
    }
}

void CoapMessageLayer::handleAckOrReset(const CoapMessage &message, const CoapEndpoint &from)
{
    const Key key{from, message.messageId()};
    if (message.type() == CoapType::Reset) {
        // RFC 7252 §4.1/§4.2: an RST is always empty; anything else is a format error, ignored.
        if (!message.isEmptyMessage() || !message.token().isEmpty() || !message.options().isEmpty()
            || !message.payload().isEmpty()) {
            qCWarning(lcCoapMessage) << "format error: non-empty RST from" << from.toString() << "ignored";
            return;
        }
        if (const auto it = m_outstanding.find(key); it != m_outstanding.end()) {
            if (dropOutstanding(it))
                startQueued(from);
            emit resetReceived(from, message.messageId());
            return;
        }
        if (m_recentNon.contains(key)) {
            m_recentNon.remove(key); // its queue slot expires by itself
            emit resetReceived(from, message.messageId());
            return;
        }
        qCInfo(lcCoapMessage) << "unmatched RST mid" << key.mid << "from" << from.toString() << "ignored";
        return;
    }
    // An ACK carries an empty message or a response (§4.2); a request code is a format error.
    if (message.isRequest()) {
        qCWarning(lcCoapMessage) << "format error: ACK with a request code from" << from.toString() << "ignored";
        return;
    }
    auto it = m_outstanding.find(key);
    if (it == m_outstanding.end() || !it->confirmable) {
        // A late ACK after the give-up, a duplicate, or one for an exchange that ended: exact
        // matching by (peer, MID) means it goes no further (Californium's matcher does the same).
        qCInfo(lcCoapMessage) << "unmatched" << message.summary() << "from" << from.toString() << "ignored";
        return;
    }
    const QByteArray requestToken = it->token;
    const bool isPing = it->ping;
    if (dropOutstanding(it))
        startQueued(from);
    if (message.isEmptyMessage()) {
        emit emptyAcknowledgementReceived(from, message.messageId());
        return;
    }
    if (!isPing && message.token() != requestToken) {
        // RFC 7252 §5.3.2: a piggybacked response must carry the request's token. One that does
        // not answers nothing; the ACK still acknowledges the CON, so a separate response may come.
        qCWarning(lcCoapMessage) << "ACK from" << from.toString() << "mid" << key.mid
                                 << "carries a foreign token; taken as an empty ACK";
        emit emptyAcknowledgementReceived(from, message.messageId());
        return;
    }
    if (m_receiver)
        m_receiver->receive(message, from); // piggybacked response, matched by MID and token
}

void CoapMessageLayer::handleNew(const CoapMessage &message, const CoapEndpoint &from, size_t digest)
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
    r.digest = digest;
    r.expiresMs = m_clock->nowMs()
            + (confirmable ? m_parameters.exchangeLifetimeMs() : m_parameters.nonLifetimeMs());
    Disposition disposition = Disposition::Reject;
    if (m_relaxedDeduplication && (message.code() == CoapCode::Get || message.code() == CoapCode::Fetch)) {
        // A safe request (RFC 7252 §4.5, see setRelaxedDeduplication()): held here, not in the
        // table, while the receiver handles it. Nested calls keep their own.
        InHand previous = std::exchange(m_inHand, InHand{key, r, true});
        disposition = m_receiver ? m_receiver->receive(message, from) : Disposition::Reject;
        if (disposition == Disposition::Reject && !m_inHand.received.acknowledged)
            reject(message, from);
        const InHand mine = std::exchange(m_inHand, std::move(previous));
        if (mine.received.acknowledged || disposition == Disposition::Ignore)
            return; // answered (or to be ignored): a copy is handled anew
        // Not answered yet: a copy must not start it again while its answer is pending.
        rememberReceived(key, mine.received);
    } else {
        rememberReceived(key, r);
        disposition = m_receiver ? m_receiver->receive(message, from) : Disposition::Reject;
    }
    // The cap is kept once the message has been handled, after its answer went out: the oldest
    // entries are cold memory in a full table, and touching them first delayed every answer.
    const auto keepCap = qScopeGuard([this] { dropOldestDedup(); });

    auto it = findDedup(key);
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
        m_dedupFound.erase(m_dedup, it);
        break;
    case Disposition::Deferred:
        if (confirmable) {
            // RFC 7252 §5.2.2: when the answer does not come quickly, acknowledge now and send the
            // response separately later, so the client stops retransmitting.
            it->ackTimer = m_clock->callAfter(m_parameters.piggybackWindowMs, this, [this, key, message, from] {
                auto entry = findDedup(key);
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
    write(datagram, reply, key.peer, 0); // first: the entry is not read before the event loop runs
    if (Received *r = receivedEntry(key)) {
        r->acknowledged = true;
        r->reply = datagram;
        if (r->ackTimer) {
            m_clock->cancel(r->ackTimer);
            r->ackTimer = 0;
        }
    }
}

void CoapMessageLayer::acknowledge(const CoapMessage &request, const CoapEndpoint &from)
{
    if (request.type() != CoapType::Confirmable)
        return;
    const Key key{from, request.messageId()};
    if (const Received *r = receivedEntry(key); r && r->acknowledged)
        return;
    sendReply(key, CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, request.messageId()));
}

void CoapMessageLayer::reject(const CoapMessage &message, const CoapEndpoint &from)
{
    const Key key{from, message.messageId()};
    if (const Received *r = receivedEntry(key); r && r->acknowledged)
        return;
    sendReply(key, CoapMessage(CoapType::Reset, CoapCode::Empty, message.messageId()));
}

void CoapMessageLayer::respond(const CoapMessage &request, const CoapEndpoint &from, CoapMessage response)
{
    response.setToken(request.token());
    const Key key{from, request.messageId()};
    Received *r = receivedEntry(key);
    const bool canPiggyback = request.type() == CoapType::Confirmable && r && !r->acknowledged;
    if (canPiggyback) {
        response.setType(CoapType::Acknowledgement);
        response.setMessageId(request.messageId());
        sendReply(key, response);
        return;
    }
    if (r && request.type() == CoapType::NonConfirmable)
        r->acknowledged = true;
    // Separate response (§5.2.2) or a response to a NON (§5.2.3).
    if (response.type() != CoapType::NonConfirmable)
        response.setType(request.type() == CoapType::Confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    send(response, from);
}

void CoapMessageLayer::dropOldestDedup()
{
    while (int(m_dedup.size()) > m_maxDedupEntries) {
        // A flood of distinct MIDs must not grow memory without bound: forget the oldest first.
        auto &order = (!m_dedupOrderNon.empty()
                       && (m_dedupOrderCon.empty() || m_dedupOrderNon.front().first <= m_dedupOrderCon.front().first))
                ? m_dedupOrderNon : m_dedupOrderCon;
        const Key oldest = order.front().second;
        order.pop_front();
        auto old = findDedup(oldest);
        if (old != m_dedup.end()) {
            if (old->ackTimer)
                m_clock->cancel(old->ackTimer);
            m_dedupFound.erase(m_dedup, old);
        }
    }
}

void CoapMessageLayer::expireDedup()
{
    const qint64 now = m_clock->nowMs();
    for (auto *order : {&m_dedupOrderCon, &m_dedupOrderNon}) {
        while (!order->empty() && order->front().first <= now) {
            const auto [expiry, key] = order->front();
            order->pop_front();
            auto it = findDedup(key);
            // Only when the entry is the one this queue slot was made for (not a newer reuse).
            if (it != m_dedup.end() && it->expiresMs == expiry) {
                if (it->ackTimer)
                    m_clock->cancel(it->ackTimer);
                m_dedupFound.erase(m_dedup, it);
            }
        }
    }
}

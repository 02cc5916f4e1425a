#include "coapserver.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCoapServer, "coap.server")

struct CoapResponderState
{
    QPointer<CoapServer> server;
    CoapServerRequest request;
    bool answered = false;
    bool registerObserver = false;          // a GET with Observe=0 on an observable resource
    std::optional<quint64> block1Echo;      // Block1 of the last block, echoed in the final response
};

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxUploads = 64;

bool isSafeMethod(quint8 method) { return method == CoapCode::Get || method == CoapCode::Fetch; } // RFC 7252 §5.1, RFC 8132 §2

QString decodedSegment(const QByteArray &raw) { return QString::fromUtf8(raw); }
} // namespace

// ---------------------------------------------------------------------------------------------

void CoapResponder::respond(CoapMessage response) const
{
    if (!m_state || m_state->answered || !m_state->server)
        return;
    m_state->server->answer(*m_state, std::move(response));
}

void CoapResponder::respond(quint8 code, const QByteArray &payload, int contentFormat) const
{
    CoapMessage response(CoapType::Acknowledgement, code);
    if (contentFormat >= 0) {
        response.reserveOptions(1); // one allocation of the right size, not the list's growth path
        response.addUintOption(CoapOptionNumber::ContentFormat, quint64(contentFormat)); // the only option yet
    }
    response.setPayload(payload);
    respond(std::move(response));
}

bool CoapResponder::isAnswered() const
{
    return !m_state || m_state->answered;
}

const CoapServerRequest &CoapResponder::request() const
{
    static const CoapServerRequest none;
    return m_state ? m_state->request : none;
}

CoapResource &CoapResource::setContentFormats(const QList<int> &formats)
{
    QStringList values;
    for (int f : formats)
        values.append(QString::number(f));
    m_link.setAttribute(QStringLiteral("ct"), values.join(QLatin1Char(' ')));
    return *this;
}

CoapResource &CoapResource::setObservable(bool observable)
{
    m_observable = observable;
    m_link.removeAttribute(u"obs");
    if (observable)
        m_link.addFlag(QStringLiteral("obs"));
    return *this;
}

// ---------------------------------------------------------------------------------------------

CoapServer::CoapServer(CoapTransport *transport, CoapClock *clock, QObject *parent)
    : QObject(parent), m_transport(transport), m_clock(clock ? clock : new CoapSystemClock(this))
{
    m_messages = new CoapMessageLayer(m_transport, m_clock, this);
    m_messages->setReceiver(this);
    connect(m_messages, &CoapMessageLayer::transmissionFailed, this,
            [this](const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure) { onTransmissionFailed(to, mid); });
    connect(m_messages, &CoapMessageLayer::resetReceived, this, &CoapServer::onReset);
    connect(m_messages, &CoapMessageLayer::unmatchedResetReceived, this, &CoapServer::onReset);
    connect(m_messages, &CoapMessageLayer::emptyAcknowledgementReceived, this, &CoapServer::onEmptyAck);
    connect(m_messages, &CoapMessageLayer::retransmitted, this,
            [this](const CoapEndpoint &to, quint16 mid, int) { onRetransmitted(to, mid); });
}

CoapServer::~CoapServer()
{
    // The message layer cancels its timers on the clock, which may be our own child: it goes first.
    delete m_messages;
}

CoapResource &CoapServer::addResource(const QString &path)
{
    auto &slot = m_resources[path];
    if (!slot)
        slot = std::make_unique<CoapResource>(path);
    return *slot;
}

CoapResource *CoapServer::resource(const QString &path) const
{
    const auto it = m_resources.find(path);
    return it == m_resources.end() ? nullptr : it->second.get();
}

void CoapServer::removeResource(const QString &path)
{
    const QList<PeerToken> keys = m_observersByPath.value(path);
    for (const PeerToken &key : keys) {
        // RFC 7641 §3.2: the observation ends with a response that has no Observe (4.04 here).
        CoapMessage gone(CoapType::NonConfirmable, CoapCode::NotFound, 0, key.token);
        m_messages->send(gone, key.endpoint);
        removeObserver(key.endpoint, key.token);
    }
    m_resources.erase(path);
}

QStringList CoapServer::resourcePaths() const
{
    QStringList paths;
    for (const auto &[path, resource] : m_resources)
        paths.append(path);
    return paths;
}

int CoapServer::observerCount(const QString &path) const
{
    if (path.isEmpty())
        return int(m_observers.size());
    const auto it = m_observersByPath.constFind(path);
    return it == m_observersByPath.cend() ? 0 : int(it->size());
}

void CoapServer::setBlockCacheLimits(int entries, qint64 bytes)
{
    m_maxBlockCacheEntries = qMax(0, entries);
    m_maxBlockCacheBytes = qMax<qint64>(0, bytes);
    trimBlockCache();
}

QByteArray CoapServer::wellKnownCore(const QString &query) const
{
    QList<CoreLink> links;
    for (const auto &[path, resource] : m_resources)
        if (!resource->isHidden())
            links.append(resource->link());
    if (!query.isEmpty())
        links = CoreLinkFormat::filter(links, query);
    return CoreLinkFormat::serialize(links);
}

void CoapServer::receiveGroupDatagram(const QByteArray &datagram, const CoapEndpoint &from)
{
    // 224.0.1.187 stands for "the All-CoAP-Nodes group" (RFC 7252 §12.8); only its being a group
    // address matters to the message layer.
    m_messages->receiveDatagram(datagram, from, QHostAddress(QStringLiteral("224.0.1.187")));
}

CoapMessageLayer::Disposition CoapServer::receive(const CoapMessage &message, const CoapEndpoint &from)
{
    using D = CoapMessageLayer::Disposition;
    if (!message.isRequest())
        return D::Reject; // a response to something we did not ask (RFC 7252 §4.2, §4.3)

    const bool multicast = m_messages->isReceivingMulticast();
    // RFC 7252 §5.4.1, §5.4.3, §5.4.5: options checked; ignored elective ones are left out of what
    // the handler sees.
    CoapOptionCheck check = CoapCodec::checkOptions(message, CoapMessageRole::Request);
    if (!check.ok() && message.type() != CoapType::Confirmable) {
        // §5.4.1: a NON with an unrecognised critical option is rejected (RST), never answered
        // 4.02; to a group request nothing at all (§8.2).
        qCDebug(lcCoapServer) << "NON request with unprocessable critical options" << check.unprocessable;
        return multicast ? D::Ignore : D::Reject;
    }

    CoapServerRequest request;
    request.message = std::move(check.message); // check.unprocessable is still read below
    request.from = from;
    request.multicast = multicast;
    for (const CoapOption &o : request.message.options()) {
        if (o.number() == CoapOptionNumber::UriPath)
            request.segments.append(decodedSegment(o.value()));
        else if (o.number() == CoapOptionNumber::UriQuery)
            request.query.append(decodedSegment(o.value()));
    }
    static const QString root = QStringLiteral("/"); // shared, not built for every request to "/"
    request.path = request.segments.isEmpty() ? root : QLatin1Char('/') + request.segments.join(QLatin1Char('/'));

    auto state = std::make_shared<CoapResponderState>();
    state->server = this;
    state->request = std::move(request);
    const CoapResponder responder(state);

    // RFC 7252 §5.4.1: an unrecognised critical option in a CON request is answered 4.02 Bad Option.
    if (!check.ok()) {
        CoapMessage bad(CoapType::Acknowledgement, CoapCode::BadOption);
        bad.setPayload(QByteArrayLiteral("Unrecognized critical option ") + QByteArray::number(check.unprocessable.first()));
        responder.respond(bad);
        return D::Deferred;
    }
    // RFC 7252 §5.7.2, §5.10.2: this server is no proxy, so a request for one is 5.05.
    if (message.hasOption(CoapOptionNumber::ProxyUri) || message.hasOption(CoapOptionNumber::ProxyScheme)) {
        responder.respond(CoapCode::ProxyingNotSupported);
        return D::Deferred;
    }
    // RFC 7252 §5.8: a method code we do not know is 4.05 Method Not Allowed.
    if (CoapCode::codeDetail(message.code()) > CoapCode::IPatch) {
        responder.respond(CoapCode::MethodNotAllowed);
        return D::Deferred;
    }
    dispatch(state);
    return D::Deferred;
}

void CoapServer::dispatch(const std::shared_ptr<CoapResponderState> &state)
{
    const CoapServerRequest &request = state->request; // no copy: a Block1 request is changed below, in its own copy
    const CoapResponder responder(state);

    // Resources are matched segment by segment: one segment "a/b" is not the nested resource /a/b
    // (RFC 7252 §6.4 would percent-encode that '/'); no resource path has such a segment.
    for (const QString &segment : std::as_const(request.segments)) {
        if (segment.contains(QLatin1Char('/'))) {
            responder.respond(CoapCode::NotFound);
            return;
        }
    }
    if (request.path == QLatin1String("/.well-known/core")) {
        if (request.method() != CoapCode::Get) {
            responder.respond(CoapCode::MethodNotAllowed);
            return;
        }
        const QByteArray links = wellKnownCore(request.query.value(0));
        if (links.isEmpty() && !request.query.isEmpty() && request.multicast) {
            // RFC 6690 §4.1: a multicast query that matches nothing gets no answer.
            state->answered = true;
            return;
        }
        responder.respond(CoapCode::Content, links, CoapContentFormat::LinkFormat);
        return;
    }
    CoapResource *target = resource(request.path);
    if (!target) {
        responder.respond(CoapCode::NotFound);
        return;
    }
    if (!target->handles(request.method())) {
        responder.respond(CoapCode::MethodNotAllowed);
        return;
    }
    if (const auto size1 = request.message.uintOption(CoapOptionNumber::Size1); size1 && *size1 > quint64(m_maxBodySize)) {
        CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge);
        tooLarge.setUintOption(CoapOptionNumber::Size1, quint64(m_maxBodySize));
        responder.respond(tooLarge);
        return;
    }
    if (request.message.hasOption(CoapOptionNumber::Block1)) {
        CoapServerRequest assembled = request;
        if (handleBlock1(assembled, responder))
            return;
        const CoapBlockValue last = CoapBlockValue::decode(*assembled.message.uintOption(CoapOptionNumber::Block1));
        state->block1Echo = last.encode();
        assembled.message.removeOption(CoapOptionNumber::Block1);
        state->request = std::move(assembled); // `request` refers to it from here on
    } else if (const auto block2 = request.message.uintOption(CoapOptionNumber::Block2);
               block2 && CoapBlockValue::decode(*block2).num > 0) {
        // RFC 7959 §2.4: a later block of a representation produced for an earlier request of this
        // transfer comes from the cache; the handler does not run again.
        if (serveCachedBlock(*state))
            return;
        if (!isSafeMethod(request.method())) {
            // Running a POST or PUT again for its block N would repeat its side effects (and may
            // give another body). The transfer has to start again from block 0.
            CoapMessage incomplete(CoapType::Acknowledgement, CoapCode::RequestEntityIncomplete);
            incomplete.setPayload(QByteArrayLiteral("Block-wise transfer state expired; start again from block 0"));
            responder.respond(incomplete);
            return;
        }
    }
    if (request.method() == CoapCode::Get || request.method() == CoapCode::Fetch) {
        if (const auto observe = request.message.uintOption(CoapOptionNumber::Observe)) {
            if (*observe == 0 && target->isObservable() && !request.multicast)
                state->registerObserver = true;
            else if (*observe == 1)
                removeObserver(request.from, request.message.token()); // RFC 7641 §3.6
        }
    }
    target->handler(request.method())(state->request, responder);
}

bool CoapServer::handleBlock1(CoapServerRequest &request, const CoapResponder &responder)
{
    const CoapBlockValue block = CoapBlockValue::decode(*request.message.uintOption(CoapOptionNumber::Block1));
    const QString key = request.from.toString() + QLatin1Char(' ') + QString::number(request.method())
            + QLatin1Char(' ') + request.path;
    if (!block.isValid()) {
        responder.respond(CoapCode::BadOption);
        return true;
    }
    const auto answerContinue = [&] {
        // RFC 7959 §2.3: 2.31 Continue, with the block size this server wants from now on.
        CoapMessage cont(CoapType::Acknowledgement, CoapCode::Continue);
        cont.setUintOption(CoapOptionNumber::Block1,
                           CoapBlockValue{block.num, true, quint8(qMin<int>(block.szx, m_maxSzx))}.encode());
        responder.respond(cont);
    };
    if (block.num == 0) {
        if (m_uploads.size() >= kMaxUploads && !m_uploads.contains(key)) {
            // Forget the upload that has waited longest; a crowd of half uploads must not pile up.
            auto oldest = std::min_element(m_uploads.begin(), m_uploads.end(),
                                           [](const Upload &a, const Upload &b) { return a.lastMs < b.lastMs; });
            m_uploads.erase(oldest);
        }
        m_uploads[key] = Upload{};
    }
    auto it = m_uploads.find(key);
    const QByteArray &payload = request.message.payload();
    if (it != m_uploads.end() && block.more && block.num > 0 && !payload.isEmpty()
        && block.offset() + quint64(payload.size()) == quint64(it->body.size())
        && QByteArrayView(it->body).last(payload.size()) == payload) {
        // The block we took last, again, in a new exchange: a client whose 2.31 was lost asked
        // again (CoapClient::askBlockAgain). Answered as before, and kept once.
        it->lastMs = m_clock->nowMs();
        answerContinue();
        return true;
    }
    if (it == m_uploads.end() || quint64(it->body.size()) != block.offset()) {
        // RFC 7959 §2.9.2: a block out of order, or one without its beginning.
        m_uploads.remove(key);
        responder.respond(CoapCode::RequestEntityIncomplete);
        return true;
    }
    it->body.append(payload);
    it->lastMs = m_clock->nowMs();
    if (it->body.size() > m_maxBodySize) {
        m_uploads.erase(it);
        CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge);
        tooLarge.setUintOption(CoapOptionNumber::Size1, quint64(m_maxBodySize));
        responder.respond(tooLarge);
        return true;
    }
    if (block.more) {
        answerContinue();
        return true;
    }
    request.message.setPayload(it->body);
    m_uploads.erase(it);
    return false;
}

// ---------------------------------------------------------------------------------------------
// Block2 cache (RFC 7959 §2.4)

CoapServer::BlockRequestKey CoapServer::blockRequestKey(const CoapServerRequest &request)
{
    BlockRequestKey key;
    key.method = request.method();
    key.accept = request.accept().value_or(-1);
    key.path = request.path;
    key.query = request.query;
    if (request.method() == CoapCode::Fetch)
        key.fetchBody = request.message.payload();
    return key;
}

void CoapServer::storeBody(const CoapServerRequest &request, const CoapMessage &response)
{
    const qint64 bytes = response.payload().size();
    if (m_maxBlockCacheEntries == 0 || bytes > m_maxBlockCacheBytes)
        return; // follow-ups then run a safe handler again, or get 4.08 (see dispatch)
    const PeerToken tokenKey{request.from, request.message.token()};
    if (const auto old = m_blockCacheByToken.find(tokenKey); old != m_blockCacheByToken.end())
        eraseBody(old.value()); // the same token asked afresh: a new transfer
    CachedBody body;
    body.peer = request.from;
    body.token = request.message.token();
    body.requestKey = blockRequestKey(request);
    body.response = response;
    body.response.removeOption(CoapOptionNumber::Observe); // follow-ups are plain responses (RFC 7959 §3.4)
    body.response.removeOption(CoapOptionNumber::Block1);
    body.etag = response.option(CoapOptionNumber::ETag).value_or(CoapOption()).value();
    body.expiresMs = m_clock->nowMs() + m_blockCacheLifetimeMs;
    m_blockCache.push_back(body);
    const CacheIt it = std::prev(m_blockCache.end());
    m_blockCacheByToken.insert(tokenKey, it);
    m_blockCacheByRequest.insert(PeerRequest{request.from, body.requestKey}, it);
    m_blockCacheBytes += bytes;
    trimBlockCache();
}

void CoapServer::touchBody(CacheIt it)
{
    it->expiresMs = m_clock->nowMs() + m_blockCacheLifetimeMs;
    m_blockCache.splice(m_blockCache.end(), m_blockCache, it); // iterators stay valid
}

void CoapServer::eraseBody(CacheIt it)
{
    const PeerToken tokenKey{it->peer, it->token};
    if (const auto t = m_blockCacheByToken.find(tokenKey); t != m_blockCacheByToken.end() && t.value() == it)
        m_blockCacheByToken.erase(t);
    const PeerRequest requestKey{it->peer, it->requestKey};
    if (const auto r = m_blockCacheByRequest.find(requestKey); r != m_blockCacheByRequest.end() && r.value() == it)
        m_blockCacheByRequest.erase(r);
    m_blockCacheBytes -= it->response.payload().size();
    m_blockCache.erase(it);
}

void CoapServer::trimBlockCache()
{
    // Least recently used first; every use moves an entry to the back with a fresh expiry, so the
    // front is also the first to expire.
    const qint64 now = m_clock->nowMs();
    while (!m_blockCache.empty()
           && (m_blockCache.front().expiresMs <= now || int(m_blockCache.size()) > m_maxBlockCacheEntries
               || m_blockCacheBytes > m_maxBlockCacheBytes))
        eraseBody(m_blockCache.begin());
}

bool CoapServer::serveCachedBlock(CoapResponderState &state)
{
    trimBlockCache();
    const CoapServerRequest &request = state.request;
    const BlockRequestKey key = blockRequestKey(request);
    std::optional<CacheIt> found;
    const PeerToken tokenKey{request.from, request.message.token()};
    if (const auto t = m_blockCacheByToken.constFind(tokenKey); t != m_blockCacheByToken.cend() && t.value()->requestKey == key)
        found = t.value();
    if (!found) {
        // A new token for the next block (RFC 7959 §2.4 lets the client choose).
        const auto r = m_blockCacheByRequest.constFind(PeerRequest{request.from, key});
        if (r != m_blockCacheByRequest.cend())
            found = r.value();
    }
    if (!found)
        return false;
    const CacheIt it = *found;
    // A client that names the ETag it is assembling wants that representation and no other.
    const QList<CoapOption> etags = request.message.options(CoapOptionNumber::ETag);
    if (!etags.isEmpty() && std::none_of(etags.begin(), etags.end(), [&](const CoapOption &o) { return o.value() == it->etag; }))
        return false;
    if (it->token != request.message.token()) {
        if (const auto t = m_blockCacheByToken.find(PeerToken{it->peer, it->token}); t != m_blockCacheByToken.end() && t.value() == it)
            m_blockCacheByToken.erase(t);
        if (const auto t = m_blockCacheByToken.find(tokenKey); t != m_blockCacheByToken.end())
            eraseBody(t.value()); // that token now names this transfer
        it->token = request.message.token();
        m_blockCacheByToken.insert(tokenKey, it);
    }
    touchBody(it);
    CoapMessage response = it->response;
    sliceBlock2(request, response, false);
    // answer() leaves a response that has Block2 as it is.
    answer(state, response);
    return true;
}

void CoapServer::sliceBlock2(const CoapServerRequest &request, CoapMessage &response, bool store)
{
    if (!CoapCode::isSuccess(response.code()) || response.hasOption(CoapOptionNumber::Block2))
        return;
    int szx = m_maxSzx;
    quint64 offset = 0;
    const auto asked = request.message.uintOption(CoapOptionNumber::Block2);
    if (asked) {
        const CoapBlockValue b = CoapBlockValue::decode(*asked);
        szx = qMin<int>(b.szx, m_maxSzx);
        offset = b.offset();
    }
    const int size = 1 << (szx + 4);
    const QByteArray body = response.payload();
    if (!asked && body.size() <= size)
        return; // fits in one datagram
    // Align to the (possibly smaller) block size this server uses (RFC 7959 §2.4).
    const quint32 num = quint32(offset / quint64(size));
    offset = quint64(num) * quint64(size);
    if (offset > quint64(body.size()) || (offset == quint64(body.size()) && offset > 0)) {
        response.setCode(CoapCode::BadOption); // RFC 7959 §2.2: a block beyond the end
        response.setPayload({});
        response.clearOptions();
        return;
    }
    if (!response.hasOption(CoapOptionNumber::ETag)) {
        // An ETag lets the client notice when the body changes between blocks (RFC 7959 §2.4).
        const size_t h = qHash(body);
        QByteArray etag(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            etag[i] = char((h >> (8 * i)) & 0xff);
        response.setOption(CoapOption(CoapOptionNumber::ETag, etag));
    }
    if (store && body.size() > size)
        storeBody(request, response); // produced once; the later blocks come from the cache
    const bool more = offset + quint64(size) < quint64(body.size());
    response.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{num, more, quint8(szx)}.encode());
    // RFC 7959 §4: Size2 with the first block, and whenever the client asks for it (Size2 0).
    if (num == 0 || request.message.hasOption(CoapOptionNumber::Size2))
        response.setUintOption(CoapOptionNumber::Size2, quint64(body.size()));
    else
        response.removeOption(CoapOptionNumber::Size2);
    response.setPayload(body.mid(qsizetype(offset), size));
}

// ---------------------------------------------------------------------------------------------

void CoapServer::answer(CoapResponderState &state, CoapMessage response)
{
    state.answered = true;
    const CoapServerRequest &request = state.request;
    response.setToken(request.message.token());
    response.removeOption(CoapOptionNumber::Observe);
    if (state.block1Echo)
        response.setUintOption(CoapOptionNumber::Block1, *state.block1Echo);

    if (request.notification) {
        // Produced for an observer by notifyObservers().
        const auto it = m_observers.find(PeerToken{request.from, request.message.token()});
        if (it == m_observers.end())
            return;
        if (!CoapCode::isSuccess(response.code())) {
            // RFC 7641 §3.2: an error ends the observation; it goes without Observe.
            const CoapEndpoint endpoint = it->endpoint;
            const QByteArray token = it->token;
            response.setType(CoapType::Confirmable);
            removeObserver(endpoint, token);
            m_messages->send(response, endpoint);
        } else {
            response.setUintOption(CoapOptionNumber::Observe, nextSequence());
            sliceBlock2(request, response);
            sendNotification(*it, response);
        }
        return;
    }

    if (state.registerObserver && CoapCode::isSuccess(response.code())) {
        const PeerToken key{request.from, request.message.token()};
        auto it = m_observers.find(key);
        if (it != m_observers.end() && it->path != request.path) {
            removeObserver(key.endpoint, key.token); // the token now observes something else
            it = m_observers.end();
        }
        if (it != m_observers.end()) {
            // A re-registration: the same entry, with the newer request (RFC 7641 §4.1).
            it->registration = request.message;
            it->registration.removeOption(CoapOptionNumber::Block2);
            response.setUintOption(CoapOptionNumber::Observe, nextSequence());
        } else if (int(m_observers.size()) < m_maxObservers
                   && m_observersPerPeer.value(request.from) < m_maxObserversPerPeer) {
            Observer o;
            o.endpoint = request.from;
            o.token = request.message.token();
            o.path = request.path;
            o.registration = request.message;
            o.registration.removeOption(CoapOptionNumber::Block2);
            o.lastConMs = m_clock->nowMs(); // the first response counts as the peer's last sign of life
            m_observers.insert(key, o);
            m_observersByPath[request.path].append(key);
            ++m_observersPerPeer[request.from];
            emit observerAdded(request.path, request.from);
            response.setUintOption(CoapOptionNumber::Observe, nextSequence());
        } else {
            // Over a cap: served, but not registered; without Observe the client knows (RFC 7641 §4.1).
            qCDebug(lcCoapServer) << "observer cap reached; not registering" << request.from.toString() << request.path;
        }
    }
    sliceBlock2(request, response);
    emit requestHandled(request.from, request.method(), request.path, response.code(), request.multicast);

    if (request.multicast) {
        // RFC 7252 §8.2: no error responses to a group, and a random delay within the Leisure so
        // that a thousand devices do not answer in the same millisecond. Always NON.
        if (!CoapCode::isSuccess(response.code()))
            return;
        response.setType(CoapType::NonConfirmable);
        const qint64 delay = QRandomGenerator::global()->bounded(qMax<qint64>(1, m_messages->parameters().defaultLeisureMs));
        const CoapMessage requestMessage = request.message;
        const CoapEndpoint from = request.from;
        m_clock->callAfter(delay, this, [this, requestMessage, from, response] {
            m_messages->respond(requestMessage, from, response);
        });
        return;
    }
    m_messages->respond(request.message, request.from, std::move(response));
}

void CoapServer::notifyObservers(const QString &path)
{
    CoapResource *target = resource(path);
    if (!target || !target->handles(CoapCode::Get))
        return;
    const QList<PeerToken> keys = m_observersByPath.value(path); // a handler may change the list
    for (const PeerToken &key : keys) {
        const auto it = m_observers.constFind(key);
        if (it == m_observers.cend())
            continue;
        auto state = std::make_shared<CoapResponderState>();
        state->server = this;
        state->request.message = it->registration;
        state->request.from = it->endpoint;
        state->request.path = path;
        state->request.notification = true;
        for (const CoapOption &o : it->registration.options(CoapOptionNumber::UriPath))
            state->request.segments.append(decodedSegment(o.value()));
        for (const CoapOption &o : it->registration.options(CoapOptionNumber::UriQuery))
            state->request.query.append(decodedSegment(o.value()));
        target->handler(CoapCode::Get)(state->request, CoapResponder(state));
    }
}

void CoapServer::sendNotification(Observer &observer, CoapMessage response)
{
    const qint64 now = m_clock->nowMs();
    CoapResource *target = resource(observer.path);
    // RFC 7641 §4.5: NON is fine, but at least one CON every 24 hours checks the client is there.
    // While a CON is still unacknowledged the next one is CON too, so that it carries the
    // retransmission state over (§4.5.2).
    const bool confirmable = (target && target->confirmableNotifications()) || now - observer.lastConMs >= kDayMs
            || observer.pendingCon;
    response.setType(confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    response.setToken(observer.token);
    quint16 mid = 0;
    if (observer.pendingCon) {
        // RFC 7641 §4.5.2: a newer notification replaces one still being retransmitted, and takes
        // over its retransmission counter and timeout, so a vanished observer is still given up
        // after MAX_RETRANSMIT retransmissions in all.
        if (observer.conRetries >= m_messages->parameters().maxRetransmit) {
            // The chain has used all its retransmissions: the last one's final timeout decides
            // (transmissionFailed removes the observer). The newest state waits for the ACK.
            observer.deferred = response;
            return;
        }
        mid = m_messages->sendReplacing(response, observer.endpoint, observer.pendingConMid);
        ++observer.conRetries;
    } else {
        mid = m_messages->send(response, observer.endpoint);
        observer.conRetries = 0;
    }
    if (confirmable) {
        observer.lastConMs = now;
        observer.pendingCon = true;
        observer.pendingConMid = mid;
    }
    rememberNotificationMid(observer.endpoint, mid, observer.token);
}

void CoapServer::rememberNotificationMid(const CoapEndpoint &peer, quint16 mid, const QByteArray &token)
{
    expireNotificationMids();
    // An RST (or the give-up) for a notification can come up to EXCHANGE_LIFETIME later (§4.8.2).
    const qint64 expires = m_clock->nowMs() + m_messages->parameters().exchangeLifetimeMs();
    while (int(m_notificationMids.size()) >= kMaxNotificationMids && !m_notificationMidOrder.empty()) {
        // A cap on memory, too: the oldest go first, one by one.
        const auto [when, key] = m_notificationMidOrder.front();
        m_notificationMidOrder.pop_front();
        if (const auto it = m_notificationMids.find(key); it != m_notificationMids.end() && it->expiresMs == when)
            m_notificationMids.erase(it);
    }
    const PeerMid key{peer, mid};
    m_notificationMids.insert(key, NotificationMid{token, expires});
    m_notificationMidOrder.emplace_back(expires, key);
}

void CoapServer::expireNotificationMids()
{
    const qint64 now = m_clock->nowMs();
    while (!m_notificationMidOrder.empty() && m_notificationMidOrder.front().first <= now) {
        const auto [when, key] = m_notificationMidOrder.front();
        m_notificationMidOrder.pop_front();
        // A MID used again later has a later entry in the queue; only the entry of this time goes.
        if (const auto it = m_notificationMids.find(key); it != m_notificationMids.end() && it->expiresMs == when)
            m_notificationMids.erase(it);
    }
}

CoapServer::Observer *CoapServer::observerForMid(const CoapEndpoint &peer, quint16 mid)
{
    expireNotificationMids();
    const auto m = m_notificationMids.constFind(PeerMid{peer, mid});
    if (m == m_notificationMids.cend())
        return nullptr;
    const auto it = m_observers.find(PeerToken{peer, m->token});
    return it == m_observers.end() ? nullptr : &it.value();
}

void CoapServer::removeObserver(const CoapEndpoint &endpoint, const QByteArray &token)
{
    const PeerToken key{endpoint, token};
    const auto it = m_observers.find(key);
    if (it == m_observers.end())
        return;
    const Observer o = it.value();
    m_observers.erase(it);
    if (o.pendingCon)
        m_messages->cancel(o.endpoint, o.pendingConMid);
    if (auto list = m_observersByPath.find(o.path); list != m_observersByPath.end()) {
        list->removeOne(key);
        if (list->isEmpty())
            m_observersByPath.erase(list);
    }
    if (auto count = m_observersPerPeer.find(o.endpoint); count != m_observersPerPeer.end() && --count.value() <= 0)
        m_observersPerPeer.erase(count);
    emit observerRemoved(o.path, o.endpoint);
}

void CoapServer::onTransmissionFailed(const CoapEndpoint &to, quint16 mid)
{
    // RFC 7641 §4.5: a CON notification that is never acknowledged ends the observation.
    if (Observer *o = observerForMid(to, mid)) {
        o->pendingCon = false;
        removeObserver(to, o->token);
    }
}

void CoapServer::onReset(const CoapEndpoint &from, quint16 mid)
{
    // RFC 7641 §3.6: an RST in answer to a notification removes the observer.
    if (Observer *o = observerForMid(from, mid)) {
        if (o->pendingConMid == mid)
            o->pendingCon = false;
        removeObserver(from, o->token);
    }
}

void CoapServer::onEmptyAck(const CoapEndpoint &from, quint16 mid)
{
    Observer *o = observerForMid(from, mid);
    if (!o || !o->pendingCon || o->pendingConMid != mid)
        return;
    o->pendingCon = false;
    o->conRetries = 0;
    if (o->deferred) {
        // The newest state that waited for this ACK (see sendNotification).
        CoapMessage next = *o->deferred;
        o->deferred.reset();
        sendNotification(*o, next);
    }
}

void CoapServer::onRetransmitted(const CoapEndpoint &to, quint16 mid)
{
    Observer *o = observerForMid(to, mid);
    if (o && o->pendingCon && o->pendingConMid == mid)
        ++o->conRetries;
}

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
constexpr int kMaxNotificationMids = 4096;

QString decodedSegment(const QByteArray &raw) { return QString::fromUtf8(raw); }
} // namespace

// ---------------------------------------------------------------------------------------------

void CoapResponder::respond(const CoapMessage &response) const
{
    if (!m_state || m_state->answered || !m_state->server)
        return;
    m_state->server->answer(*m_state, response);
}

void CoapResponder::respond(quint8 code, const QByteArray &payload, int contentFormat) const
{
    CoapMessage response(CoapType::Acknowledgement, code);
    if (contentFormat >= 0)
        response.setUintOption(CoapOptionNumber::ContentFormat, quint64(contentFormat));
    response.setPayload(payload);
    respond(response);
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
    for (int i = m_observers.size() - 1; i >= 0; --i) {
        if (m_observers[i].path == path) {
            // RFC 7641 §3.2: the observation ends with a response that has no Observe (4.04 here).
            const Observer observer = m_observers.takeAt(i);
            CoapMessage gone(CoapType::NonConfirmable, CoapCode::NotFound, 0, observer.token);
            m_messages->send(gone, observer.endpoint);
            emit observerRemoved(path, observer.endpoint);
        }
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
    return int(std::count_if(m_observers.begin(), m_observers.end(), [&](const Observer &o) { return o.path == path; }));
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

    CoapServerRequest request;
    request.message = message;
    request.from = from;
    request.multicast = m_messages->isReceivingMulticast();
    QStringList segments;
    for (const CoapOption &o : message.options(CoapOptionNumber::UriPath))
        segments.append(decodedSegment(o.value()));
    request.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    for (const CoapOption &o : message.options(CoapOptionNumber::UriQuery))
        request.query.append(decodedSegment(o.value()));

    auto state = std::make_shared<CoapResponderState>();
    state->server = this;
    state->request = request;
    const CoapResponder responder(state);

    // RFC 7252 §5.4.1: an unrecognised critical option in a request is answered 4.02 Bad Option.
    const QList<quint16> unknown = CoapCodec::unrecognizedCriticalOptions(message);
    if (!unknown.isEmpty()) {
        CoapMessage bad(CoapType::Acknowledgement, CoapCode::BadOption);
        bad.setPayload(QByteArrayLiteral("Unrecognized critical option ") + QByteArray::number(unknown.first()));
        responder.respond(bad);
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
    CoapServerRequest request = state->request;
    const CoapResponder responder(state);

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
        if (handleBlock1(request, responder))
            return;
        const CoapBlockValue last = CoapBlockValue::decode(*request.message.uintOption(CoapOptionNumber::Block1));
        state->block1Echo = last.encode();
        request.message.removeOption(CoapOptionNumber::Block1);
        state->request = request;
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
    if (it == m_uploads.end() || quint64(it->body.size()) != block.offset()) {
        // RFC 7959 §2.9.2: a block out of order, or one without its beginning.
        m_uploads.remove(key);
        responder.respond(CoapCode::RequestEntityIncomplete);
        return true;
    }
    it->body.append(request.message.payload());
    it->lastMs = m_clock->nowMs();
    if (it->body.size() > m_maxBodySize) {
        m_uploads.erase(it);
        CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge);
        tooLarge.setUintOption(CoapOptionNumber::Size1, quint64(m_maxBodySize));
        responder.respond(tooLarge);
        return true;
    }
    if (block.more) {
        // RFC 7959 §2.3: 2.31 Continue, with the block size this server wants from now on.
        CoapMessage cont(CoapType::Acknowledgement, CoapCode::Continue);
        cont.setUintOption(CoapOptionNumber::Block1,
                           CoapBlockValue{block.num, true, quint8(qMin<int>(block.szx, m_maxSzx))}.encode());
        responder.respond(cont);
        return true;
    }
    request.message.setPayload(it->body);
    m_uploads.erase(it);
    return false;
}

void CoapServer::sliceBlock2(const CoapServerRequest &request, CoapMessage &response) const
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
    const bool more = offset + quint64(size) < quint64(body.size());
    response.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{num, more, quint8(szx)}.encode());
    if (num == 0)
        response.setUintOption(CoapOptionNumber::Size2, quint64(body.size()));
    response.setPayload(body.mid(qsizetype(offset), size));
}

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
        for (Observer &observer : m_observers) {
            if (observer.endpoint == request.from && observer.token == request.message.token()) {
                if (!CoapCode::isSuccess(response.code())) {
                    // RFC 7641 §3.2: an error ends the observation; it goes without Observe.
                    const CoapEndpoint endpoint = observer.endpoint;
                    const QByteArray token = observer.token;
                    response.setType(CoapType::Confirmable);
                    m_messages->send(response, endpoint);
                    removeObserver(endpoint, token);
                } else {
                    response.setUintOption(CoapOptionNumber::Observe, nextSequence());
                    sliceBlock2(request, response);
                    sendNotification(observer, response);
                }
                return;
            }
        }
        return;
    }

    if (state.registerObserver && CoapCode::isSuccess(response.code())) {
        bool known = false;
        for (Observer &o : m_observers) {
            if (o.endpoint == request.from && o.token == request.message.token()) {
                known = true; // a re-registration: same entry (RFC 7641 §4.1)
                break;
            }
        }
        if (!known) {
            Observer o;
            o.endpoint = request.from;
            o.token = request.message.token();
            o.path = request.path;
            o.registration = request.message;
            o.registration.removeOption(CoapOptionNumber::Block2);
            o.lastConMs = m_clock->nowMs(); // the first response counts as the peer's last sign of life
            m_observers.append(o);
            emit observerAdded(request.path, request.from);
        }
        response.setUintOption(CoapOptionNumber::Observe, nextSequence());
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
        QPointer<CoapServer> self(this);
        const CoapMessage requestMessage = request.message;
        const CoapEndpoint from = request.from;
        m_clock->callAfter(delay, this, [this, requestMessage, from, response] {
            m_messages->respond(requestMessage, from, response);
        });
        return;
    }
    m_messages->respond(request.message, request.from, response);
}

void CoapServer::notifyObservers(const QString &path)
{
    CoapResource *target = resource(path);
    if (!target || !target->handles(CoapCode::Get))
        return;
    const QList<Observer> observers = m_observers; // a handler may change the list
    for (const Observer &observer : observers) {
        if (observer.path != path)
            continue;
        auto state = std::make_shared<CoapResponderState>();
        state->server = this;
        state->request.message = observer.registration;
        state->request.from = observer.endpoint;
        state->request.path = path;
        state->request.notification = true;
        for (const CoapOption &o : observer.registration.options(CoapOptionNumber::UriQuery))
            state->request.query.append(decodedSegment(o.value()));
        target->handler(CoapCode::Get)(state->request, CoapResponder(state));
    }
}

void CoapServer::sendNotification(Observer &observer, CoapMessage response)
{
    const qint64 now = m_clock->nowMs();
    CoapResource *target = resource(observer.path);
    // RFC 7641 §4.5: NON is fine, but at least one CON every 24 hours checks the client is there.
    const bool confirmable = (target && target->confirmableNotifications()) || now - observer.lastConMs >= kDayMs;
    if (observer.pendingCon) {
        // RFC 7641 §4.5.2: a newer notification replaces one still being retransmitted.
        m_messages->cancel(observer.endpoint, observer.pendingConMid);
        observer.pendingCon = false;
    }
    response.setType(confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    response.setToken(observer.token);
    const quint16 mid = m_messages->send(response, observer.endpoint);
    if (confirmable) {
        observer.lastConMs = now;
        observer.pendingCon = true;
        observer.pendingConMid = mid;
    }
    if (m_notificationMids.size() >= kMaxNotificationMids)
        m_notificationMids.clear(); // old MIDs only matter for an RST that will not come any more
    m_notificationMids.insert(mid, {observer.endpoint, observer.token});
}

void CoapServer::removeObserver(const CoapEndpoint &endpoint, const QByteArray &token)
{
    for (int i = 0; i < m_observers.size(); ++i) {
        if (m_observers[i].endpoint == endpoint && m_observers[i].token == token) {
            const Observer o = m_observers.takeAt(i);
            if (o.pendingCon)
                m_messages->cancel(o.endpoint, o.pendingConMid);
            emit observerRemoved(o.path, o.endpoint);
            return;
        }
    }
}

void CoapServer::onTransmissionFailed(const CoapEndpoint &to, quint16 mid)
{
    // RFC 7641 §4.5: a CON notification that is never acknowledged ends the observation.
    const auto it = m_notificationMids.constFind(mid);
    if (it != m_notificationMids.cend() && it->first == to) {
        for (Observer &o : m_observers)
            if (o.endpoint == to && o.token == it->second)
                o.pendingCon = false;
        removeObserver(to, it->second);
    }
}

void CoapServer::onReset(const CoapEndpoint &from, quint16 mid)
{
    // RFC 7641 §3.6: an RST in answer to a notification removes the observer.
    const auto it = m_notificationMids.constFind(mid);
    if (it != m_notificationMids.cend() && it->first == from) {
        const QByteArray token = it->second;
        for (Observer &o : m_observers)
            if (o.endpoint == from && o.token == token && o.pendingConMid == mid)
                o.pendingCon = false;
        removeObserver(from, token);
    }
}

#pragma once

#include "coapmessagelayer.h"
#include "corelinkformat.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <list>
#include <map>
#include <memory>

// A request as a resource handler sees it: Block1 bodies already reassembled.
struct CoapServerRequest
{
    CoapMessage message;
    CoapEndpoint from;
    QString path;        // "/sensors/temp" (decoded Uri-Path segments joined by '/')
    QStringList segments; // the decoded Uri-Path segments themselves (a segment may hold '/')
    QStringList query;   // decoded Uri-Query segments
    bool multicast = false; // came through a group (RFC 7252 §8.2)
    bool notification = false; // the handler is asked to produce a notification for an observer
    quint8 method() const { return message.code(); }
    std::optional<int> accept() const
    {
        if (const auto v = message.uintOption(CoapOptionNumber::Accept))
            return int(*v);
        return std::nullopt;
    }
};

class CoapServer;
struct CoapResponderState;

// Lets a handler answer now (inside the call: piggybacked) or later (a separate response). Cheap
// to copy; the first respond() counts, later ones and ones after the server is gone do nothing.
class CoapResponder
{
public:
    CoapResponder() = default;
    explicit CoapResponder(std::shared_ptr<CoapResponderState> state) : m_state(std::move(state)) {}
    // The response's code, options and payload count; type, MID and token are the server's job.
    void respond(CoapMessage response) const; // a temporary is moved down, not copied
    void respond(quint8 code, const QByteArray &payload = {}, int contentFormat = -1) const;
    bool isAnswered() const;
    const CoapServerRequest &request() const;

private:
    std::shared_ptr<CoapResponderState> m_state;
};

// One resource of the tree: its handlers per method and its link-format description.
class CoapResource
{
public:
    using Handler = std::function<void(const CoapServerRequest &, const CoapResponder &)>;

    explicit CoapResource(const QString &path) : m_path(path) { m_link.setHref(path); }
    const QString &path() const { return m_path; }

    CoapResource &on(quint8 method, Handler handler) { m_handlers.insert(method, std::move(handler)); return *this; }
    bool handles(quint8 method) const { return m_handlers.contains(method); }
    const Handler handler(quint8 method) const { return m_handlers.value(method); }

    // RFC 6690 attributes for /.well-known/core.
    CoapResource &setTitle(const QString &title) { m_link.setAttribute(QStringLiteral("title"), title); return *this; }
    CoapResource &setResourceType(const QString &rt) { m_link.setAttribute(QStringLiteral("rt"), rt); return *this; }
    CoapResource &setInterface(const QString &iface) { m_link.setAttribute(QStringLiteral("if"), iface); return *this; }
    CoapResource &setContentFormats(const QList<int> &formats);
    CoapResource &setSize(quint64 bytes) { m_link.setAttribute(QStringLiteral("sz"), QString::number(bytes)); return *this; }
    CoapResource &setObservable(bool observable);
    bool isObservable() const { return m_observable; }
    // Notifications are CON (true) or NON (false, default); one CON at least every 24 h anyway.
    CoapResource &setConfirmableNotifications(bool con) { m_conNotifications = con; return *this; }
    bool confirmableNotifications() const { return m_conNotifications; }
    // Hidden resources are served but not listed in /.well-known/core.
    CoapResource &setHidden(bool hidden) { m_hidden = hidden; return *this; }
    bool isHidden() const { return m_hidden; }
    const CoreLink &link() const { return m_link; }

private:
    QString m_path;
    QHash<quint8, Handler> m_handlers;
    CoreLink m_link;
    bool m_observable = false;
    bool m_conNotifications = false;
    bool m_hidden = false;
};

// The server side of the engine: a resource tree on a message layer of its own. It answers
// piggybacked when the handler answers at once and separately otherwise; reassembles Block1
// bodies and slices large responses into Block2 blocks (RFC 7959); keeps observers (RFC 7641);
// generates /.well-known/core (RFC 6690) with filter queries; and answers multicast requests as
// RFC 7252 §8.2 asks (NON only, after a random delay within the Leisure, no error responses).
//
// Bounds (docs/server.md):
// - Block2 cache: a representation larger than one block is produced once per request and its
//   later blocks are served from a cache (RFC 7959 §2.4), for every method. An entry is found by
//   (peer, token) or, since many clients use a new token per block, by (peer, method, path, query,
//   Accept, FETCH body) and the ETag the client names, if any. An entry lives
//   blockCacheLifetimeMs() after its last use (default 60 s); at most kDefaultBlockCacheEntries
//   (256) entries and kDefaultBlockCacheBytes (8 MiB) in all, the least recently used go first. A
//   follow-up block of an unsafe method (POST, PUT, …) whose entry is gone is answered 4.08 instead
//   of running the handler again (its side effects must not repeat); GET and FETCH run again.
// - Observers: indexed by (endpoint, token); at most kDefaultMaxObserversPerPeer (64) per peer and
//   kDefaultMaxObservers (1024) in all. A registration over a cap is answered as a plain response
//   without Observe (RFC 7641 §4.1 allows that).
// - Notification MIDs (to match an RST or a give-up to its observer) are kept EXCHANGE_LIFETIME
//   each and expire one by one; at most kMaxNotificationMids (65536), the oldest go first.
// - A CON notification that replaces an unacknowledged one takes over its retransmission state
//   (CoapMessageLayer::sendReplacing, RFC 7641 §4.5.2); after MAX_RETRANSMIT retransmissions of the
//   chain a newer one waits for the ACK, so a vanished observer is dropped at the chain's give-up.
class CoapServer : public QObject, private CoapMessageLayer::Receiver
{
    Q_OBJECT
public:
    // Neither transport nor clock is owned (with no clock a system clock is created and owned).
    explicit CoapServer(CoapTransport *transport, CoapClock *clock = nullptr, QObject *parent = nullptr);
    ~CoapServer() override;

    CoapMessageLayer *messageLayer() const { return m_messages; }
    CoapTransport *transport() const { return m_transport; }

    // Adds (or returns the existing) resource at path ("/a/b"). Owned by the server.
    CoapResource &addResource(const QString &path);
    CoapResource *resource(const QString &path) const;
    void removeResource(const QString &path);
    QStringList resourcePaths() const;

    // Runs the resource's GET handler once for each observer and sends the results as
    // notifications (RFC 7641 §4.2).
    void notifyObservers(const QString &path);
    int observerCount(const QString &path = {}) const;

    static constexpr int kDefaultMaxObservers = 1024;
    static constexpr int kDefaultMaxObserversPerPeer = 64;
    static constexpr int kDefaultBlockCacheEntries = 256;
    static constexpr qint64 kDefaultBlockCacheBytes = 8 * 1024 * 1024;
    static constexpr qint64 kDefaultBlockCacheLifetimeMs = 60 * 1000;
    static constexpr int kMaxNotificationMids = 65536;

    // Observer caps (RFC 7641 §4.1: over them a registration gets a response without Observe).
    void setMaxObservers(int total) { m_maxObservers = qMax(0, total); }
    void setMaxObserversPerPeer(int perPeer) { m_maxObserversPerPeer = qMax(0, perPeer); }
    int maxObservers() const { return m_maxObservers; }
    int maxObserversPerPeer() const { return m_maxObserversPerPeer; }
    // Block2 cache bounds: entries, bytes of representations, and idle lifetime.
    void setBlockCacheLimits(int entries, qint64 bytes);
    void setBlockCacheLifetime(qint64 ms) { m_blockCacheLifetimeMs = qMax<qint64>(0, ms); }
    qint64 blockCacheLifetimeMs() const { return m_blockCacheLifetimeMs; }
    int blockCacheEntries() const { return int(m_blockCache.size()); }
    qint64 blockCacheBytes() const { return m_blockCacheBytes; }
    int notificationMidEntries() const { return int(m_notificationMids.size()); }

    // Request bodies above this are refused with 4.13 and Size1 (RFC 7959 §2.9.3).
    void setMaxBodySize(int bytes) { m_maxBodySize = bytes; }
    // Largest block this server sends (szx 0..6).
    void setMaxBlockSzx(int szx) { m_maxSzx = qBound(0, szx, 6); }
    // A datagram that reached the group this server belongs to, handed in from elsewhere (the demo
    // fleet's shared loopback endpoint): answered from this server's own socket as a group member.
    void receiveGroupDatagram(const QByteArray &datagram, const CoapEndpoint &from);

    // /.well-known/core for the given filter query ("" for all); std::nullopt when the query
    // matches nothing.
    QByteArray wellKnownCore(const QString &query = {}) const;

Q_SIGNALS:
    // One per answered request (the simulator logs these, one line each).
    void requestHandled(const CoapEndpoint &from, quint8 method, const QString &path, quint8 code, bool multicast);
    void observerAdded(const QString &path, const CoapEndpoint &observer);
    void observerRemoved(const QString &path, const CoapEndpoint &observer);

private:
    friend class CoapResponder;
    friend struct CoapResponderState;
    struct PeerToken
    {
        CoapEndpoint endpoint;
        QByteArray token;
        friend bool operator==(const PeerToken &a, const PeerToken &b) { return a.token == b.token && a.endpoint == b.endpoint; }
        friend size_t qHash(const PeerToken &k, size_t seed = 0) { return qHashMulti(seed, k.endpoint, k.token); }
    };
    struct PeerMid
    {
        CoapEndpoint endpoint;
        quint16 mid = 0;
        friend bool operator==(const PeerMid &a, const PeerMid &b) { return a.mid == b.mid && a.endpoint == b.endpoint; }
        friend size_t qHash(const PeerMid &k, size_t seed = 0) { return qHashMulti(seed, k.endpoint, k.mid); }
    };
    struct Observer
    {
        CoapEndpoint endpoint;
        QByteArray token;
        QString path;
        CoapMessage registration; // the GET that registered, re-run for each notification
        qint64 lastConMs = 0;
        quint16 pendingConMid = 0;
        bool pendingCon = false;
        // Transmissions of the current chain of unacknowledged CON notifications after the first
        // (retransmissions plus replacements, RFC 7641 §4.5.2); past MAX_RETRANSMIT the observer goes.
        int conRetries = 0;
        std::optional<CoapMessage> deferred; // newest notification waiting for the chain's end
    };
    struct Upload
    {
        QByteArray body;
        qint64 lastMs = 0;
    };
    // What makes two requests ask for the same representation: method, target, Accept, and for
    // FETCH the body (RFC 8132 §2: it is part of the request's meaning). Block, Size, Observe,
    // the token and the MID are not. Built for every block, so only shared copies, no text.
    struct BlockRequestKey
    {
        quint8 method = 0;
        int accept = -1;
        QString path;
        QStringList query;
        QByteArray fetchBody;
        friend bool operator==(const BlockRequestKey &a, const BlockRequestKey &b)
        {
            return a.method == b.method && a.accept == b.accept && a.path == b.path && a.query == b.query
                    && a.fetchBody == b.fetchBody;
        }
        friend size_t qHash(const BlockRequestKey &k, size_t seed = 0)
        {
            // The query and FETCH body are rare and compared exactly by ==; their sizes suffice here.
            return qHashMulti(seed, k.method, k.accept, k.path, k.query.size(), k.fetchBody.size());
        }
    };
    // A representation served block by block (RFC 7959 §2.4).
    struct CachedBody
    {
        CoapEndpoint peer;
        QByteArray token;     // the latest token it was asked with
        BlockRequestKey requestKey;
        CoapMessage response; // the whole representation with its options
        QByteArray etag;
        qint64 expiresMs = 0;
    };
    using CacheIt = std::list<CachedBody>::iterator;
    struct NotificationMid
    {
        QByteArray token;
        qint64 expiresMs = 0;
    };

    CoapMessageLayer::Disposition receive(const CoapMessage &message, const CoapEndpoint &from) override;
    void dispatch(const std::shared_ptr<CoapResponderState> &state);
    void answer(CoapResponderState &state, CoapMessage response);
    void sendResponse(const CoapServerRequest &request, CoapMessage response);
    void sendNotification(Observer &observer, CoapMessage response);
    void removeObserver(const CoapEndpoint &endpoint, const QByteArray &token);
    void onTransmissionFailed(const CoapEndpoint &to, quint16 mid);
    void onReset(const CoapEndpoint &from, quint16 mid);
    void onEmptyAck(const CoapEndpoint &from, quint16 mid);
    void onRetransmitted(const CoapEndpoint &to, quint16 mid);
    Observer *observerForMid(const CoapEndpoint &peer, quint16 mid);
    void rememberNotificationMid(const CoapEndpoint &peer, quint16 mid, const QByteArray &token);
    void expireNotificationMids();
    bool handleBlock1(CoapServerRequest &request, const CoapResponder &responder);
    void sliceBlock2(const CoapServerRequest &request, CoapMessage &response, bool store = true);
    bool serveCachedBlock(CoapResponderState &state);
    static BlockRequestKey blockRequestKey(const CoapServerRequest &request);
    struct PeerRequest
    {
        CoapEndpoint endpoint;
        BlockRequestKey requestKey;
        friend bool operator==(const PeerRequest &a, const PeerRequest &b) { return a.requestKey == b.requestKey && a.endpoint == b.endpoint; }
        friend size_t qHash(const PeerRequest &k, size_t seed = 0) { return qHashMulti(seed, k.endpoint, k.requestKey); }
    };
    void storeBody(const CoapServerRequest &request, const CoapMessage &response);
    void touchBody(CacheIt it);
    void eraseBody(CacheIt it);
    void trimBlockCache();
    quint32 nextSequence() { m_sequence = (m_sequence + 1) & 0xFFFFFF; return m_sequence; }

    CoapTransport *m_transport;
    CoapClock *m_clock;
    CoapMessageLayer *m_messages;
    std::map<QString, std::unique_ptr<CoapResource>> m_resources;
    QHash<PeerToken, Observer> m_observers;
    QHash<QString, QList<PeerToken>> m_observersByPath; // registration order per path
    QHash<CoapEndpoint, int> m_observersPerPeer;
    int m_maxObservers = kDefaultMaxObservers;
    int m_maxObserversPerPeer = kDefaultMaxObserversPerPeer;
    QHash<QString, Upload> m_uploads; // key: peer + method + path (RFC 7959 §2.5)
    // Recent notification MIDs, each until it expires; the deque holds them in expiry order.
    QHash<PeerMid, NotificationMid> m_notificationMids;
    std::deque<std::pair<qint64, PeerMid>> m_notificationMidOrder;
    std::list<CachedBody> m_blockCache; // least recently used first (so also in expiry order)
    QHash<PeerToken, CacheIt> m_blockCacheByToken;
    QHash<PeerRequest, CacheIt> m_blockCacheByRequest; // the newest entry for that request
    qint64 m_blockCacheBytes = 0;
    int m_maxBlockCacheEntries = kDefaultBlockCacheEntries;
    qint64 m_maxBlockCacheBytes = kDefaultBlockCacheBytes;
    qint64 m_blockCacheLifetimeMs = kDefaultBlockCacheLifetimeMs;
    int m_maxBodySize = 1024 * 1024;
    int m_maxSzx = 6;
    quint32 m_sequence = 1;
};

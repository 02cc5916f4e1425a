#pragma once

#include "coapmessagelayer.h"
#include "coapreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>

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
    // Extra wait after Max-Age runs out before an observation is registered again (RFC 7641 §3.3.1).
    void setObserveGraceMs(qint64 ms) { m_observeGraceMs = ms; }
    void setObserveCancelMode(CoapReply::CancelMode mode) { m_cancelMode = mode; }
    CoapReply::CancelMode observeCancelMode() const { return m_cancelMode; }

    // Starts an exchange. The reply is a child of this client (see CoapReply for ownership).
    CoapReply *send(const CoapRequest &request);
    // An empty CON; the reply finishes without error when the peer answers RST (RFC 7252 §4.3).
    CoapReply *ping(const CoapEndpoint &peer);

    int activeExchanges() const { return int(m_exchanges.size()); }

Q_SIGNALS:
    void exchangeStarted(CoapReply *reply);

private:
    friend class CoapReply;
    CoapMessageLayer::Disposition receive(const CoapMessage &message, const CoapEndpoint &from) override;

    QByteArray newToken();
    void start(CoapExchange *exchange);
    void sendCurrent(CoapExchange *exchange);
    void armResponseTimer(CoapExchange *exchange, qint64 ms);
    void handleResponse(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from);
    bool handleBlock1(CoapExchange *exchange, const CoapMessage &response);
    bool finishBlock1(CoapExchange *exchange);
    bool handleBlock2(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from);
    void deliver(CoapExchange *exchange, const CoapMessage &response, const CoapEndpoint &from);
    void deliverNotification(CoapExchange *exchange, const CoapMessage &notification, const CoapEndpoint &from);
    void scheduleReregistration(CoapExchange *exchange, const CoapMessage &notification);
    CoapMessage observeRequest(const CoapExchange *exchange, quint64 observe, bool confirmable) const;
    void fail(CoapExchange *exchange, CoapError error);
    void complete(CoapExchange *exchange);
    void abort(CoapExchange *exchange, bool deregister);
    void cancelObservation(CoapExchange *exchange, CoapReply::CancelMode mode);
    void release(CoapExchange *exchange);
    void onTransmissionFailed(const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure failure);
    void onReset(const CoapEndpoint &from, quint16 mid);
    void onEmptyAck(const CoapEndpoint &from, quint16 mid);
    void onRetransmitted(const CoapEndpoint &to, quint16 mid, int attempt);
    CoapExchange *exchangeForMid(const CoapEndpoint &peer, quint16 mid) const;

    CoapTransport *m_transport;
    CoapClock *m_clock;
    CoapMessageLayer *m_messages;
    QHash<QByteArray, CoapExchange *> m_byToken;
    QList<CoapExchange *> m_exchanges;
    int m_tokenLength = 4;
    int m_defaultSzx = 6;
    qint64 m_observeGraceMs = 2000;
    CoapReply::CancelMode m_cancelMode = CoapReply::CancelMode::Deregister;
};

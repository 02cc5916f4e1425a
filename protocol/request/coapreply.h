#pragma once

#include "coapendpoint.h"
#include "coapmessage.h"

#include <QObject>

class CoapClient;
struct CoapExchange;

// What went wrong with an exchange, apart from CoAP response codes (which are answers, not errors).
// Kept small, after aiocoap's hierarchy: network → timeout → retransmissions exceeded.
enum class CoapError : quint8 {
    None,
    HostNotFound,           // the URI's host name did not resolve
    NetworkError,           // the system refused to send (unreachable network, no route)
    Timeout,                // no response within the response timeout (NON, or after an empty ACK)
    RetransmissionsExceeded, // no ACK or RST to a CON after MAX_RETRANSMIT retransmissions
    Reset,                  // the peer answered RST
    BadResponse,            // the response broke the protocol (an unrecognised critical option, …)
    BlockTransferFailed,    // a block-wise transfer could not be completed (wrong block, too large)
    EtagChanged,            // the resource changed in the middle of a block-wise transfer twice
    EncodeError,            // the request cannot be encoded (token or option too long)
    Cancelled,              // abort() was called
    ProtocolError,          // the peer broke the protocol in a way that retrying cannot fix
    PortUnreachable,        // ICMP "port unreachable": nothing listens on the peer's port
};
const char *coapErrorKey(CoapError error); // "timeout", "reset", … for logs and JSON

// What exactly the peer did wrong, beside the CoapError (BadResponse, BlockTransferFailed,
// EtagChanged, ProtocolError), so that the window and the CLI can say it in plain words.
enum class CoapProtocolViolation : quint8 {
    None,
    ShortBlock,          // a block with M=1 not exactly its size, or a last block too large (RFC 7959 §2.2)
    UnexpectedBlock,     // a block other than the one asked for, or larger than asked (§2.4)
    BodyTooLarge,        // more than the client accepts in one body
    ResourceChanging,    // the ETag changed again after a restart (§2.4)
    NoProgress,          // too many requests without any progress: stopped, so as never to flood
    UnsupportedCriticalOption, // a response with a critical option this engine does not implement (RFC 7252 §5.4.1)
};
const char *coapViolationKey(CoapProtocolViolation violation); // "short-block", … for logs and JSON

// One exchange: a request and its response(s). Fires finished() exactly once; errorOccurred()
// comes before it when the exchange failed. For an observation, notificationReceived() fires for
// every fresh notification until the observation ends, then finished().
//
// Ownership: a reply is owned by the CoapClient that made it and deleted with it (it is not a
// QObject child: a child costs a ChildAdded and a ChildRemoved event per request; see
// CoapClient::replies()). The caller may delete it at any time (that cancels the exchange), also
// from a handler of one of its own signals (a direct connection): the engine notices through a
// Guard (below) and emits nothing after finished().
// Deleting it in its finished() handler, or in a handler of CoapClient::replyFinished(), spares
// deleteLater()'s posted event and the extra pass of the event loop it costs per request
// (tst_client::replyDeletedInItsOwnHandlers, clientSignalsEveryFinishedReply).
class CoapReply : public QObject
{
    Q_OBJECT
public:
    ~CoapReply() override;

    bool isFinished() const { return m_finished; }
    CoapError error() const { return m_error; }
    bool isSuccessful() const { return m_error == CoapError::None && m_hasResponse && CoapCode::isSuccess(m_response.code()); }
    bool hasResponse() const { return m_hasResponse; }
    // The last response; for a block-wise transfer its payload is the whole body.
    const CoapMessage &response() const { return m_response; }
    const CoapEndpoint &responder() const { return m_responder; }
    const CoapMessage &request() const { return m_request; } // first request as sent
    // Round-trip time of the first request to its response, in milliseconds.
    double rttMs() const { return m_rttMs; }
    int retransmissions() const { return m_retransmissions; }
    // With BadResponse, BlockTransferFailed, EtagChanged and ProtocolError: what the peer did.
    CoapProtocolViolation violation() const { return m_violation; }
    bool isObservation() const { return m_observe; }
    bool isObserving() const { return m_observing; }
    int notificationCount() const { return m_notifications; }
    quint64 lastObserveSequence() const { return m_lastSeq; }

    // Cancels the exchange. An active observation is deregistered first (RFC 7641 §3.6) and the
    // reply finishes with Cancelled.
    void abort();
    // Ends an observation: by a GET with Observe=1 (proactive, default) or by answering the next
    // notification with RST (reactive). The reply finishes when the server confirms (or at once
    // for RST mode).
    enum class CancelMode : quint8 { Deregister, Reset };
    void cancelObservation(CancelMode mode = CancelMode::Deregister);

Q_SIGNALS:
    // Every response as it arrives, including each answer to a multicast request.
    void responseReceived(const CoapMessage &response, const CoapEndpoint &from);
    void notificationReceived(const CoapMessage &notification, quint64 sequence);
    void observationEnded();
    void progress(qint64 bytesDone, qint64 bytesTotal); // total -1 when unknown
    // A CON of this exchange went out again (attempt 1..MAX_RETRANSMIT); giveUpInMs: when the
    // message layer gives up if nothing comes (RFC 7252 §4.2), for "gives up in about 70 s".
    void retransmitted(int attempt, qint64 giveUpInMs);
    void errorOccurred(CoapError error);
    void finished();

private:
    friend class CoapClient;
    // What QPointer does for the engine, without a shared, atomically counted block per reply:
    // a marker on the stack that the reply's destructor clears, so that the code after an emit
    // sees that a handler deleted the reply. Guards of one reply nest (they live on the stack).
    class Guard
    {
    public:
        explicit Guard(CoapReply *reply) : m_reply(reply), m_next(reply ? reply->m_guards : nullptr)
        {
            if (reply)
                reply->m_guards = this;
        }
        ~Guard()
        {
            if (m_reply)
                m_reply->m_guards = m_next;
        }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
        CoapReply *operator->() const { return m_reply; }
        explicit operator bool() const { return m_reply != nullptr; }

    private:
        friend class CoapReply;
        CoapReply *m_reply;
        Guard *m_next;
    };
    explicit CoapReply(CoapClient *client);
    // Notes listeners of responseReceived, which is not emitted while it has none (see
    // CoapClient::connectNotify).
    void connectNotify(const QMetaMethod &signal) override;
    bool m_responseListeners = false; // set by the first connection, never cleared
    void setError(CoapError error) { m_error = error; }
    void finish(CoapError error);

    CoapClient *m_client;
    CoapExchange *m_exchange = nullptr; // owned by the client
    Guard *m_guards = nullptr;          // the innermost guard on the stack
    CoapReply *m_previousOfClient = nullptr; // the client's list of its replies (CoapClient::replies())
    CoapReply *m_nextOfClient = nullptr;
    CoapMessage m_request;
    CoapMessage m_response;
    CoapEndpoint m_responder;
    CoapError m_error = CoapError::None;
    bool m_hasResponse = false;
    bool m_finished = false;
    bool m_observe = false;
    bool m_observing = false;
    int m_notifications = 0;
    quint64 m_lastSeq = 0;
    double m_rttMs = -1;
    int m_retransmissions = 0;
    CoapProtocolViolation m_violation = CoapProtocolViolation::None;
};

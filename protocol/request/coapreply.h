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
};
const char *coapErrorKey(CoapError error); // "timeout", "reset", … for logs and JSON

// One exchange: a request and its response(s). Fires finished() exactly once; errorOccurred()
// comes before it when the exchange failed. For an observation, notificationReceived() fires for
// every fresh notification until the observation ends, then finished().
//
// Ownership: a reply is created by CoapClient as a child of the client. The caller may delete it
// at any time (that cancels the exchange) and should deleteLater() it after finished().
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
    void errorOccurred(CoapError error);
    void finished();

private:
    friend class CoapClient;
    explicit CoapReply(CoapClient *client);
    void setError(CoapError error) { m_error = error; }
    void finish(CoapError error);

    CoapClient *m_client;
    CoapExchange *m_exchange = nullptr; // owned by the client
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
};

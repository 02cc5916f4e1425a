#pragma once

#include "coapmessage.h"
#include "coapreply.h"

#include <optional>

// The block-wise stage of the request layer (RFC 7959), as Californium's BlockwiseLayer and
// aiocoap's blockwise pipeline separate it from matching: these classes decide what to send next
// and when a body is whole; the client only sends, matches and delivers. Both are pure state
// machines (no timers, no sockets), so every rule is tested with plain messages.

// What a stage wants the client to do after a response.
struct CoapBlockStep
{
    enum class Kind : quint8 {
        PassThrough, // not the stage's business (no block option, or the transfer is over): go on
        Send,        // send `message` (the next block's request, with a new token)
        Complete,    // `message` is the whole response (the head's options, the whole body)
        Fail,        // the transfer failed: `error` and `violation` say why
    };
    Kind kind = Kind::PassThrough;
    CoapMessage message;
    CoapError error = CoapError::None;
    CoapProtocolViolation violation = CoapProtocolViolation::None;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;  // -1 when unknown
    bool progressed = false; // the body grew (or was confirmed): resets the no-progress count

    static CoapBlockStep pass() { return {}; }
    static CoapBlockStep fail(CoapError e, CoapProtocolViolation v)
    { CoapBlockStep s; s.kind = Kind::Fail; s.error = e; s.violation = v; return s; }
};

// Block2: reassembles a response body from blocks (RFC 7959 §2.4). The first block comes in the
// answer to the request itself (or from elsewhere: a multicast answer, §2.8); each follow-up is
// the original request with Block2 NUM, a new token, no Observe (§2.6) and no body (§3.3).
class CoapBlock2Download
{
public:
    // Largest body accepted: a hostile peer must not exhaust memory.
    static constexpr qint64 kMaxBody = 64 * 1024 * 1024;

    // base: the request as composed (its options are repeated in every follow-up).
    // szx: the largest block size we want; earlyNegotiated: the first request asked for it.
    void reset(const CoapMessage &base, int szx, bool earlyNegotiated);
    void setMaxBody(qint64 bytes) { m_maxBody = bytes > 0 ? qMin(bytes, kMaxBody) : kMaxBody; }
    bool isActive() const { return m_active; }
    int szx() const { return m_szx; }

    // A response to the request or to a follow-up. Starts a transfer on a first block with M=1.
    CoapBlockStep onResponse(const CoapMessage &response);
    // Starts from a first block that arrived elsewhere (a multicast answer, RFC 7959 §2.8):
    // returns the request for block 1 (or Complete/Fail).
    CoapBlockStep startFrom(const CoapMessage &firstBlock);
    void abandon() { m_active = false; m_buffer.clear(); }

private:
    CoapBlockStep begin(const CoapMessage &first, const CoapBlockValue &block);
    CoapBlockStep next();
    CoapMessage request(quint32 num, int szx) const;
    void append(const QByteArray &payload);

    CoapMessage m_base;
    int m_szx = 6;
    bool m_early = false;
    bool m_active = false;
    bool m_retriedWithoutNegotiation = false;
    bool m_restarting = false;
    int m_etagRestarts = 0;
    CoapMessage m_head; // the first block's response: its options describe the body
    std::optional<QByteArray> m_etag;
    QByteArray m_buffer;
    // m_buffer's pages are present up to this offset, while its data are still at m_presentIn.
    qsizetype m_presentTo = 0;
    const char *m_presentIn = nullptr;
    qint64 m_maxBody = kMaxBody;
};

// Block1: sends a request body in blocks (RFC 7959 §2.5), follows the server's smaller block
// size in 2.31 and 4.13, and reads Size1 in a 4.13 as the largest body the server takes (§4).
class CoapBlock1Upload
{
public:
    // Retries from the start with a smaller block after 4.13 (RFC 7959 §2.9.3), at most this often.
    static constexpr int kMaxRenegotiations = 6;

    // Prepares the first request. Returns it with Block1 (and Size1) when the body is larger than
    // a block, or unchanged.
    CoapMessage begin(const CoapMessage &request, int szx);
    bool isActive() const { return m_active; }
    qint64 bodySize() const { return m_body.size(); }
    // The answer to a request sent whole was 4.13: switch to blocks when that can help.
    CoapBlockStep onTooLargeWhole(const CoapMessage &request, const CoapMessage &response);
    // A response to a block: Send the next, PassThrough the final response (the stage is then
    // over), or Fail.
    CoapBlockStep onResponse(const CoapMessage &response);

private:
    CoapMessage block(qint64 offset, int szx);

    CoapMessage m_base;
    QByteArray m_body;
    int m_szx = 6;
    qint64 m_offset = 0;
    bool m_active = false;
    int m_renegotiations = 0;
};

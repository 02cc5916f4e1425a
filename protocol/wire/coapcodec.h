#pragma once

#include "coapmessage.h"

#include <QByteArrayView>

// The pure codec (CONVENTIONS.md habit 2): bytes in, message or typed error out. No sockets, no
// timers, no exceptions; safe on any input, which the fuzz target checks.

enum class CoapDecodeError : quint8 {
    None,
    TruncatedHeader,          // fewer than 4 bytes
    UnsupportedVersion,       // version != 1 (RFC 7252 §3: silently ignore)
    ReservedTokenLength,      // TKL 9..15 (RFC 7252 §3: message format error)
    TruncatedToken,
    ReservedCodeClass,        // classes 1, 6, 7 (RFC 7252 §12.1)
    NonEmptyEmptyMessage,     // 0.00 with token, options or payload (RFC 7252 §4.1)
    ReservedOptionDelta,      // delta nibble 15 without a payload marker (RFC 7252 §3.1)
    ReservedOptionLength,     // length nibble 15
    TruncatedOption,          // option header or value runs past the end
    OptionNumberTooLarge,     // accumulated number above 65535
    PayloadMarkerWithoutPayload, // 0xFF followed by nothing (RFC 7252 §3)
};

struct CoapDecodeResult
{
    CoapMessage message;      // complete when error == None; header fields valid when headerValid
    CoapDecodeError error = CoapDecodeError::None;
    qsizetype errorOffset = 0; // byte where the problem was found
    bool headerValid = false;  // version, type, code and MID could be read (so a CON can be RST)
    bool ok() const { return error == CoapDecodeError::None; }
};

enum class CoapEncodeError : quint8 {
    None,
    TokenTooLong,       // more than 8 bytes
    OptionValueTooLong, // more than 65804 bytes (RFC 7252 §3.1)
    EmptyMessageNotEmpty,
};

// What is wrong with one option instance (RFC 7252 §5.4).
enum class CoapOptionProblem : quint8 {
    Unrecognized,   // not known, or known by name but not implemented for this role (§5.4.1)
    BadLength,      // value length outside the option's range (§5.4.3)
    Repeated,       // a later occurrence of a non-repeatable option (§5.4.5)
};

struct CoapOptionIssue
{
    quint16 number = 0;
    int position = 0;   // index in message.options()
    CoapOptionProblem problem = CoapOptionProblem::Unrecognized;
    bool critical = false;
};

// The result of checking a decoded message's options against RFC 7252 §5.4.1, §5.4.3 and §5.4.5.
struct CoapOptionCheck
{
    QList<CoapOptionIssue> issues;
    // Critical options treated as unrecognised (unknown, not implemented, wrong length, or a
    // repeated non-repeatable one), each number once, in order. Non-empty means the message
    // cannot be processed: a CON request is answered 4.02 Bad Option, a NON request gets RST or
    // silence, a response is rejected (§5.4.1).
    QList<quint16> unprocessable;
    // The message as it is to be processed: known elective options with a wrong length and the
    // later occurrences of non-repeatable elective options are removed ("ignored", §5.4.3, §5.4.5).
    // Unknown elective options stay (nobody acts on them, and the log shows them).
    CoapMessage message;
    bool ok() const { return unprocessable.isEmpty(); }
};

namespace CoapCodec {
CoapDecodeResult decode(QByteArrayView datagram);
// The same; the message's token, option values and payload share the datagram's buffer (see
// CoapMessageView::toMessage) instead of being copied out of it.
CoapDecodeResult decode(const QByteArray &datagram);
// Encodes a message; on an encoding error returns an empty array and sets *error.
QByteArray encode(const CoapMessage &message, CoapEncodeError *error = nullptr);

// Checks the options of a decoded message as the receiver in that role (see CoapOptionCheck).
CoapOptionCheck checkOptions(const CoapMessage &message, CoapMessageRole role);
// The role from the code: requests are checked as Request, everything else as Response.
CoapOptionCheck checkOptions(const CoapMessage &message);

// RFC 7252 §5.4.1: the critical options that make the message unprocessable for this engine
// (checkOptions(message, role).unprocessable): unknown ones, known-but-not-implemented ones
// (OSCORE, EDHOC, Q-Block1/2, and Proxy-Uri/Proxy-Scheme in responses), and critical ones with a
// wrong length or repeated (§5.4.3, §5.4.5).
QList<quint16> unprocessableCriticalOptions(const CoapMessage &message, CoapMessageRole role);
// The same with the role taken from the message's code. A response carrying one must be
// rejected; a CON request carrying one is answered 4.02 Bad Option.
QList<quint16> unrecognizedCriticalOptions(const CoapMessage &message);

// Max-Age in seconds (RFC 7252 §5.10.5), or std::nullopt when absent or ignored for a wrong
// length (§5.4.3; an 8-byte value is not read as a number). The caller applies the default 60.
std::optional<quint32> maxAge(const CoapMessage &message);

const char *optionProblemKey(CoapOptionProblem problem); // "unrecognized", "bad-length", "repeated"

// Stable English identifier of an error for logs and JSON ("reserved-token-length"); the UI
// translates the enum itself.
const char *errorKey(CoapDecodeError error);
} // namespace CoapCodec

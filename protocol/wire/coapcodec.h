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

namespace CoapCodec {
CoapDecodeResult decode(QByteArrayView datagram);
// Encodes a message; on an encoding error returns an empty array and sets *error.
QByteArray encode(const CoapMessage &message, CoapEncodeError *error = nullptr);

// RFC 7252 §5.4.1: critical options that this engine does not recognise. A response carrying one
// must be rejected; a CON request carrying one is answered 4.02 Bad Option.
QList<quint16> unrecognizedCriticalOptions(const CoapMessage &message);

// Stable English identifier of an error for logs and JSON ("reserved-token-length"); the UI
// translates the enum itself.
const char *errorKey(CoapDecodeError error);
} // namespace CoapCodec

#pragma once

#include "coapmessage.h"
#include "coapuri.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The pure tables of the HTTP-to-CoAP gateway (RFC 8075): methods, status codes, media types,
// entity tags, Max-Age and the Server-Sent Events framing. No sockets here, so that every rule is
// unit-tested (tests/gateway/tst_httpcoapmapping.cpp).
namespace HttpCoapMapping {

// An HTTP method name ("GET", "FETCH", "iPATCH"; matched case-sensitively as HTTP does, RFC 9110
// §9.1, except that "IPATCH" is accepted too) to the CoAP method code (RFC 7252 §5.8, RFC 8132).
// HEAD maps to GET (the body is left out of the answer). Anything else: std::nullopt (501).
std::optional<quint8> coapMethod(QByteArrayView httpMethod);

// The HTTP status for a CoAP response code, RFC 8075 §7 Table 2. hasPayload picks between the two
// codes given for 2.02 and 2.04 (200 with the payload, 204 without, Notes 1 and 2);
// conditional says the HTTP client sent If-None-Match with entity tags, so 2.03 Valid becomes 304
// (Note 3; otherwise 200, Note 4). Unknown codes fall back to their class (x00).
int httpStatus(quint8 coapCode, bool hasPayload, bool conditional = false);
// "OK", "Not Found", … for a status line; "Unknown" for codes not listed.
QByteArray reasonPhrase(int httpStatus);

// The Content-Format for an HTTP Content-Type or one Accept range ("application/json;
// charset=utf-8"): the registered media type with its parameters, else the type without them.
// -1 when it has no registered Content-Format (then 415 for Content-Type, RFC 8075 §6.2).
int contentFormatForMediaType(QByteArrayView mediaType);
// The HTTP Content-Type for a CoAP Content-Format; no Content-Format (or an unregistered number)
// is application/octet-stream (RFC 8075 §6.2).
QByteArray mediaTypeForContentFormat(std::optional<int> contentFormat);

// The Accept header to one CoAP Accept (RFC 7252 §5.10.4 allows one): the first range, by the
// header's order and q-values, that has a Content-Format. "*/*", text/event-stream and ranges
// without a Content-Format are skipped; nullopt when nothing maps (no Accept option is sent).
std::optional<int> acceptContentFormat(QByteArrayView acceptHeader);
// True when the Accept header asks for Server-Sent Events (then a GET becomes an observation).
bool wantsEventStream(QByteArrayView acceptHeader);

// Entity tags (RFC 9110 §8.8.3): a CoAP ETag (opaque, 1 to 8 bytes) travels as a quoted hex
// string, "\"a1b2\"". parseEntityTags reads a header list ("\"a1b2\", W/\"00\"", weak tags taken
// as their opaque value); *any is set for "*". Tags that are not 1-8 bytes of hex are skipped
// and *malformed set (a 400).
QByteArray formatEntityTag(const QByteArray &etag);
QList<QByteArray> parseEntityTags(QByteArrayView header, bool *any, bool *malformed);

// RFC 8075 §6.1.1: Max-Age (default 60 s, RFC 7252 §5.10.5) to "max-age=N".
QByteArray cacheControlForMaxAge(std::optional<quint64> maxAgeSeconds);

// The CoAP target from the HTTP request-target path and query, RFC 8075 §5.3 with the template
// "/{+tu}": "/coap://host:port/path?query", or the whole target percent-encoded once
// ("/coap%3A%2F%2Fhost%2Fpath"). On failure returns an invalid URI and a plain reason.
struct Target
{
    CoapUri uri;
    QString problem;
};
Target targetUri(const QByteArray &encodedPathAndQuery);

// One Server-Sent Event for a notification payload (HTML Living Standard, "Server-sent events").
// Text (valid UTF-8 without NUL, and a textual Content-Format or none) goes as "data:" lines, one
// per line of the payload; anything else as one "data:" line of base64 with "event: binary". The
// Observe sequence number is the event's id.
QByteArray serverSentEvent(const QByteArray &payload, std::optional<int> contentFormat, quint64 sequence);
// True when a payload is sent as text in an event (see serverSentEvent).
bool isTextPayload(const QByteArray &payload, std::optional<int> contentFormat);

} // namespace HttpCoapMapping

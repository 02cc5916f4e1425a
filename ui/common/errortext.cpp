#include "errortext.h"

#include <QJsonParseError>
#include <QLocale>

QString ErrorText::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 120000) // "93 s" reads faster than "1 min 33 s" (UX.md)
        return tr("%1 s").arg(qRound64(double(ms) / 1000.0));
    const qint64 seconds = qRound64(double(ms) / 1000.0);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString ErrorText::lineColumn(QStringView text, qsizetype position)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < position && i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

QString ErrorText::exchangeError(CoapError error, const ExchangeErrorContext &c)
{
    const QString peer = c.peer.isEmpty() ? tr("the device") : c.peer;
    const QString waited = duration(c.elapsedMs);
    switch (error) {
    case CoapError::None:
        return {};
    case CoapError::HostNotFound:
        return tr("The host name \u201c%1\u201d could not be resolved. Check the spelling, or use the "
                  "device's IP address.").arg(c.hostName.isEmpty() ? peer : c.hostName);
    case CoapError::NetworkError:
        return tr("The request to %1 could not be sent: the system refused it. Check that this computer "
                  "has a route to the device (cable, Wi-Fi, VPN, interface up).").arg(peer);
    case CoapError::RetransmissionsExceeded:
        if (waited.isEmpty())
            return (c.retransmissions == 1
                        ? tr("No answer from %1 after %n retransmission. Is the device on this link and powered?",
                             nullptr, c.retransmissions)
                        : tr("No answer from %1 after %n retransmissions. Is the device on this link and powered?",
                             nullptr, c.retransmissions)).arg(peer);
        return (c.retransmissions == 1
                    ? tr("No answer from %1 after %n retransmission (%2). Is the device on this link and powered?",
                         nullptr, c.retransmissions)
                    : tr("No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?",
                         nullptr, c.retransmissions)).arg(peer, waited);
    case CoapError::Timeout:
        if (!c.confirmable)
            return tr("No answer from %1 within %2. The request was non-confirmable, so it was sent only "
                      "once; try CON, and check that the device is on this link and powered.")
                    .arg(peer, waited.isEmpty() ? tr("the response timeout") : waited);
        return tr("%1 acknowledged the request but sent no response within %2. The device may be busy; "
                  "try again.").arg(peer, waited.isEmpty() ? tr("the response timeout") : waited);
    case CoapError::Reset:
        return tr("%1 answered with Reset (RST): it got the message but refuses to process it, for "
                  "example because it restarted or does not understand the request.").arg(peer);
    case CoapError::BadResponse:
        return tr("The answer from %1 broke the CoAP rules (for example an unknown critical option) and "
                  "was rejected.").arg(peer);
    case CoapError::ProtocolError:
    case CoapError::BlockTransferFailed:
        switch (c.violation) {
        case CoapProtocolViolation::ShortBlock:
            return tr("%1 sent a block shorter than its block size while announcing more blocks. The transfer "
                      "was stopped rather than asking again and again; the device misreads RFC 7959 (some "
                      "answer an empty block). Try a fixed block size in the request.").arg(peer);
        case CoapProtocolViolation::BodyTooLarge:
            return tr("The answer from %1 grew past the largest body this tool accepts; the transfer was "
                      "stopped.").arg(peer);
        case CoapProtocolViolation::NoProgress:
            return tr("%1 kept answering without progress, so the exchange was stopped to avoid flooding "
                      "the device.").arg(peer);
        case CoapProtocolViolation::UnsupportedCriticalOption:
            return tr("The answer from %1 carries a critical option that this tool does not implement (for "
                      "example OSCORE or Q-Block), so its payload cannot be shown as a plain body.").arg(peer);
        case CoapProtocolViolation::ResourceChanging:
            return tr("The resource %1 changed again after the block-wise transfer had started over for "
                      "its new version. Repeat the request when it changes less often.").arg(c.path.isEmpty() ? peer : c.path);
        default:
            if (error == CoapError::ProtocolError)
                return tr("%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was "
                          "stopped.").arg(peer);
            return tr("The block-wise transfer with %1 could not be completed: the device sent an unexpected "
                      "block. Try a smaller block size, or repeat the request.").arg(peer);
        }
    case CoapError::EtagChanged:
        return tr("The resource %1 changed repeatedly while it was transferred in blocks. Repeat the "
                  "request.").arg(c.path.isEmpty() ? peer : c.path);
    case CoapError::EncodeError:
        return tr("The request cannot be encoded: the token or an option value is too long. Check the "
                  "options table.");
    case CoapError::Cancelled:
        return tr("Cancelled.");
    case CoapError::PortUnreachable:
        return networkError(CoapNetworkError::PortUnreachable, peer);
    }
    return tr("The exchange with %1 failed.").arg(peer);
}

QString ErrorText::decodeError(CoapDecodeError error)
{
    switch (error) {
    case CoapDecodeError::None:
        return {};
    case CoapDecodeError::TruncatedHeader:
        return tr("The datagram is shorter than the 4-byte CoAP header.");
    case CoapDecodeError::UnsupportedVersion:
        return tr("The datagram is not CoAP version 1.");
    case CoapDecodeError::ReservedTokenLength:
        return tr("The token length is 9 to 15, which CoAP reserves.");
    case CoapDecodeError::TruncatedToken:
        return tr("The datagram ends inside the token.");
    case CoapDecodeError::ReservedCodeClass:
        return tr("The code uses a reserved class (1, 6 or 7).");
    case CoapDecodeError::NonEmptyEmptyMessage:
        return tr("An empty message (code 0.00) carries a token, options or a payload.");
    case CoapDecodeError::ReservedOptionDelta:
        return tr("An option uses the reserved delta 15.");
    case CoapDecodeError::ReservedOptionLength:
        return tr("An option uses the reserved length 15.");
    case CoapDecodeError::TruncatedOption:
        return tr("The datagram ends inside an option.");
    case CoapDecodeError::OptionNumberTooLarge:
        return tr("An option number is above 65535.");
    case CoapDecodeError::PayloadMarkerWithoutPayload:
        return tr("The payload marker is followed by nothing.");
    }
    return tr("The datagram is not a valid CoAP message.");
}

QString ErrorText::networkError(CoapNetworkError error, const QString &peer)
{
    const QString to = peer.isEmpty() ? tr("the device") : peer;
    switch (error) {
    case CoapNetworkError::None:
        return {};
    case CoapNetworkError::AddressInUse:
        return tr("The local port is already used by another program. Choose another port or close that program.");
    case CoapNetworkError::AddressNotAvailable:
        return tr("The local address is not available on this computer. Is the interface up?");
    case CoapNetworkError::PermissionDenied:
        return tr("The system did not allow sending to %1 (a firewall, or a broadcast address).").arg(to);
    case CoapNetworkError::NetworkUnreachable:
        return tr("The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.").arg(to);
    case CoapNetworkError::HostUnreachable:
        return tr("%1 cannot be reached. Is the device on this link and powered?").arg(to);
    case CoapNetworkError::PortUnreachable:
        return tr("Nothing listens on the port of %1: its system answered “port unreachable”. "
                  "Check the port number, and that the CoAP service on the device is running.").arg(to);
    case CoapNetworkError::DatagramTooLarge:
        return tr("The datagram is too large for the network. Use a smaller block size.");
    case CoapNetworkError::Other:
        break;
    }
    return tr("The network refused the datagram to %1.").arg(to);
}

QString ErrorText::uriError(CoapUriError error, qsizetype position, QStringView text)
{
    QString where;
    if (position >= 0 && position < text.size())
        where = tr(" (at position %1: \u201c%2\u201d)").arg(position + 1).arg(text.mid(position, 1).toString());
    else if (position >= 0 && !text.isEmpty())
        where = tr(" (at the end)");
    switch (error) {
    case CoapUriError::None:
        return {};
    case CoapUriError::Empty:
        return tr("Type a URI such as coap://192.168.1.20/sensors/temp.");
    case CoapUriError::MissingScheme:
        return tr("The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.");
    case CoapUriError::UnsupportedScheme:
        return tr("Only coap:// and coaps:// URIs can be requested%1.").arg(where);
    case CoapUriError::MissingHost:
        return tr("The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.");
    case CoapUriError::InvalidHost:
        return tr("The host name contains a character that is not allowed%1.").arg(where);
    case CoapUriError::InvalidPort:
        return tr("The port must be a number from 1 to 65535%1.").arg(where);
    case CoapUriError::Fragment:
        return tr("CoAP URIs cannot have a \u201c#\u201d fragment%1; remove it.").arg(where);
    case CoapUriError::InvalidPercentEncoding:
        return tr("A \u201c%\u201d must be followed by two hex digits%1 (write a literal % as %25).").arg(where);
    case CoapUriError::InvalidIpv6Literal:
        return tr("The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.").arg(where);
    case CoapUriError::InvalidZone:
        return tr("The IPv6 zone after \u201c%\u201d is empty or malformed%1; write the interface name, e.g. %eth0.").arg(where);
    case CoapUriError::InvalidCharacter:
        if (position >= 0 && position < text.size() && text[position] == QLatin1Char(' '))
            return tr("The URI contains a space at position %1; write a space in a path as %20.").arg(position + 1);
        return tr("The URI contains a character that is not allowed in a path or query%1.").arg(where);
    }
    return tr("The URI is not valid%1.").arg(where);
}

namespace {
struct CodeMeaning { quint8 code; const char *text; };
// Registered names (RFC 7252 §12.1.2, RFC 7959, RFC 8132, RFC 8516, RFC 8768), translated.
const CodeMeaning kCodeMeanings[] = {
    {CoapCode::Created, QT_TRANSLATE_NOOP("ErrorText", "Created")},
    {CoapCode::Deleted, QT_TRANSLATE_NOOP("ErrorText", "Deleted")},
    {CoapCode::Valid, QT_TRANSLATE_NOOP("ErrorText", "Valid")},
    {CoapCode::Changed, QT_TRANSLATE_NOOP("ErrorText", "Changed")},
    {CoapCode::Content, QT_TRANSLATE_NOOP("ErrorText", "Content")},
    {CoapCode::Continue, QT_TRANSLATE_NOOP("ErrorText", "Continue")},
    {CoapCode::BadRequest, QT_TRANSLATE_NOOP("ErrorText", "Bad Request")},
    {CoapCode::Unauthorized, QT_TRANSLATE_NOOP("ErrorText", "Unauthorized")},
    {CoapCode::BadOption, QT_TRANSLATE_NOOP("ErrorText", "Bad Option")},
    {CoapCode::Forbidden, QT_TRANSLATE_NOOP("ErrorText", "Forbidden")},
    {CoapCode::NotFound, QT_TRANSLATE_NOOP("ErrorText", "Not Found")},
    {CoapCode::MethodNotAllowed, QT_TRANSLATE_NOOP("ErrorText", "Method Not Allowed")},
    {CoapCode::NotAcceptable, QT_TRANSLATE_NOOP("ErrorText", "Not Acceptable")},
    {CoapCode::RequestEntityIncomplete, QT_TRANSLATE_NOOP("ErrorText", "Request Entity Incomplete")},
    {CoapCode::Conflict, QT_TRANSLATE_NOOP("ErrorText", "Conflict")},
    {CoapCode::PreconditionFailed, QT_TRANSLATE_NOOP("ErrorText", "Precondition Failed")},
    {CoapCode::RequestEntityTooLarge, QT_TRANSLATE_NOOP("ErrorText", "Request Entity Too Large")},
    {CoapCode::UnsupportedContentFormat, QT_TRANSLATE_NOOP("ErrorText", "Unsupported Content-Format")},
    {CoapCode::UnprocessableEntity, QT_TRANSLATE_NOOP("ErrorText", "Unprocessable Entity")},
    {CoapCode::TooManyRequests, QT_TRANSLATE_NOOP("ErrorText", "Too Many Requests")},
    {CoapCode::InternalServerError, QT_TRANSLATE_NOOP("ErrorText", "Internal Server Error")},
    {CoapCode::NotImplemented, QT_TRANSLATE_NOOP("ErrorText", "Not Implemented")},
    {CoapCode::BadGateway, QT_TRANSLATE_NOOP("ErrorText", "Bad Gateway")},
    {CoapCode::ServiceUnavailable, QT_TRANSLATE_NOOP("ErrorText", "Service Unavailable")},
    {CoapCode::GatewayTimeout, QT_TRANSLATE_NOOP("ErrorText", "Gateway Timeout")},
    {CoapCode::ProxyingNotSupported, QT_TRANSLATE_NOOP("ErrorText", "Proxying Not Supported")},
    {CoapCode::HopLimitReached, QT_TRANSLATE_NOOP("ErrorText", "Hop Limit Reached")},
};
} // namespace

QString ErrorText::codeMeaning(quint8 code)
{
    for (const auto &m : kCodeMeanings) {
        if (m.code == code)
            return tr(m.text);
    }
    return {};
}

ResponseClass ErrorText::responseClass(quint8 code)
{
    switch (CoapCode::codeClass(code)) {
    case 2: return ResponseClass::Success;
    case 4: return ResponseClass::ClientError;
    case 5: return ResponseClass::ServerError;
    default: return ResponseClass::Other;
    }
}

QString ErrorText::responseClassWord(ResponseClass cls)
{
    switch (cls) {
    case ResponseClass::Success: return tr("Success");
    case ResponseClass::ClientError: return tr("Client error");
    case ResponseClass::ServerError: return tr("Server error");
    case ResponseClass::NetworkProblem: return tr("Network problem");
    case ResponseClass::Other: break;
    }
    return tr("Unusual code");
}

QString ErrorText::responseSentence(quint8 code, const QString &pathIn, quint8 method)
{
    const QString path = pathIn.isEmpty() ? QStringLiteral("/") : pathIn;
    const QString meaning = codeMeaning(code);
    const QString methodName = method ? CoapCode::name(method) : tr("this method");
    switch (code) {
    case CoapCode::Created:
        return tr("Created: the device made a new resource for %1.").arg(path);
    case CoapCode::Deleted:
        return tr("Deleted: the device removed %1.").arg(path);
    case CoapCode::Valid:
        return tr("Valid: the copy you hold of %1 is still current.").arg(path);
    case CoapCode::Changed:
        return tr("Changed: the device accepted the request to %1.").arg(path);
    case CoapCode::Content:
        return tr("Content: the device sent the representation of %1.").arg(path);
    case CoapCode::Continue:
        return tr("Continue: the device is waiting for the next block of the request body.");
    case CoapCode::BadRequest:
        return tr("Bad Request: the device could not understand the request to %1. Check the options and payload.").arg(path);
    case CoapCode::Unauthorized:
        return tr("Unauthorized: the device wants you to authenticate before it answers for %1.").arg(path);
    case CoapCode::BadOption:
        return tr("Bad Option: the device does not understand a critical option of the request. Remove it or check its value.");
    case CoapCode::Forbidden:
        return tr("Forbidden: the device refuses access to %1.").arg(path);
    case CoapCode::NotFound:
        return tr("Not Found: the device has no resource at %1").arg(path);
    case CoapCode::MethodNotAllowed:
        return tr("Method Not Allowed: %1 does not accept %2.").arg(path, methodName);
    case CoapCode::NotAcceptable:
        return tr("Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.").arg(path);
    case CoapCode::RequestEntityIncomplete:
        return tr("Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.");
    case CoapCode::Conflict:
        return tr("Conflict: the request conflicts with the current state of %1.").arg(path);
    case CoapCode::PreconditionFailed:
        return tr("Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.").arg(path);
    case CoapCode::RequestEntityTooLarge:
        return tr("Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.");
    case CoapCode::UnsupportedContentFormat:
        return tr("Unsupported Content-Format: %1 does not accept a payload in this format.").arg(path);
    case CoapCode::UnprocessableEntity:
        return tr("Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.").arg(path);
    case CoapCode::TooManyRequests:
        return tr("Too Many Requests: the device asks you to wait before trying again (see Max-Age).");
    case CoapCode::InternalServerError:
        return tr("Internal Server Error: the device failed while handling the request to %1.").arg(path);
    case CoapCode::NotImplemented:
        return tr("Not Implemented: the device does not support %1.").arg(methodName);
    case CoapCode::BadGateway:
        return tr("Bad Gateway: the proxy got an invalid answer from the device behind it.");
    case CoapCode::ServiceUnavailable:
        return tr("Service Unavailable: the device cannot answer right now; try again later (see Max-Age).");
    case CoapCode::GatewayTimeout:
        return tr("Gateway Timeout: the proxy got no answer in time from the device behind it.");
    case CoapCode::ProxyingNotSupported:
        return tr("Proxying Not Supported: the device is not a proxy for this URI.");
    case CoapCode::HopLimitReached:
        return tr("Hop Limit Reached: the request went through too many proxies (a loop?).");
    default:
        break;
    }
    const QString number = CoapCode::toString(code);
    switch (responseClass(code)) {
    case ResponseClass::Success:
        return tr("%1: the device accepted the request to %2.").arg(meaning.isEmpty() ? number : meaning, path);
    case ResponseClass::ClientError:
        return tr("%1: the device rejected the request to %2 as faulty.").arg(number, path);
    case ResponseClass::ServerError:
        return tr("%1: the device failed to handle the request to %2.").arg(number, path);
    default:
        break;
    }
    return tr("%1: the device answered with a code that is not a response code.").arg(number);
}

QString ErrorText::proxyError(CoapProxyError error, const CoapUriParseResult &uriProblem, QStringView text)
{
    switch (error) {
    case CoapProxyError::None:
        return {};
    case CoapProxyError::InvalidProxyUri:
        if (text.trimmed().isEmpty())
            return tr("The proxy URI is empty.");
        //: %1 why the URI is not valid
        return tr("The proxy URI is not usable: %1").arg(uriError(uriProblem.error, uriProblem.errorPosition, text));
    case CoapProxyError::ProxyHasPath:
        return tr("A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request's URI.");
    case CoapProxyError::TargetHasZone:
        return tr("The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device's global "
                  "address, or send without the proxy.");
    case CoapProxyError::TargetTooLong:
        return tr("The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.");
    }
    return {};
}

QString ErrorText::proxyResponseSentence(quint8 code, const QString &proxyAuthority, const QString &target)
{
    // RFC 7252 §5.9.3.3, §5.9.3.5, §5.9.3.6.
    switch (code) {
    case CoapCode::BadGateway:
        return tr("Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing "
                  "serves CoAP at that address and port.").arg(proxyAuthority, target);
    case CoapCode::GatewayTimeout:
        return tr("Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out "
                  "of the proxy's reach.").arg(proxyAuthority, target);
    case CoapCode::ProxyingNotSupported:
        return tr("Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of "
                  "URI; check the proxy in Settings or the device's proxy.").arg(proxyAuthority);
    default:
        return {};
    }
}

QString ErrorText::viaProxy(const CoapProxy &proxy)
{
    if (!proxy.isSet())
        return {};
    const QString mode = proxy.mode == CoapProxyMode::ProxyUri ? QStringLiteral("Proxy-Uri") : QStringLiteral("Proxy-Scheme");
    //: %1 the proxy's address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme
    return tr("via proxy %1 (%2)").arg(proxy.uri.scheme() + QStringLiteral("://") + proxy.uri.authority(), mode);
}

QString ErrorText::jsonError(const QJsonParseError &error, const QByteArray &json)
{
    const QString text = QString::fromUtf8(json.left(error.offset));
    return tr("Not valid JSON at %1: %2.").arg(lineColumn(text, text.size()), error.errorString());
}

QString ErrorText::cborDecodeError(CborDiagnostic::DecodeError error, qsizetype offset)
{
    using E = CborDiagnostic::DecodeError;
    QString what;
    switch (error) {
    case E::None: return {};
    case E::Empty: return tr("The payload is empty, so it holds no CBOR item.");
    case E::UnexpectedEnd: what = tr("the data ends inside an item"); break;
    case E::UnexpectedBreak: what = tr("a break byte (0xff) appears outside an indefinite-length item"); break;
    case E::IllegalEncoding: what = tr("a reserved encoding is used"); break;
    case E::InvalidUtf8: what = tr("a text string is not valid UTF-8"); break;
    case E::DuplicateMapKey: what = tr("a map has the same key twice"); break;
    case E::NestingTooDeep: what = tr("the items are nested too deeply"); break;
    case E::TrailingData: what = tr("there are bytes after the single top-level item"); break;
    }
    return tr("Not valid CBOR at byte %1: %2.").arg(offset).arg(what);
}

QString ErrorText::cborParseError(CborDiagnostic::ParseError error, qsizetype position, QStringView text)
{
    using E = CborDiagnostic::ParseError;
    QString what;
    switch (error) {
    case E::None: return {};
    case E::UnexpectedEnd: what = tr("the text ends inside a value"); break;
    case E::UnexpectedCharacter: what = tr("unexpected character (a missing comma, colon or bracket?)"); break;
    case E::InvalidNumber: what = tr("not a valid number"); break;
    case E::InvalidString: what = tr("a string has a bad escape or no closing quote"); break;
    case E::InvalidHex: what = tr("h'..' needs an even number of hex digits"); break;
    case E::InvalidBase64: what = tr("b64'..' is not base64"); break;
    case E::InvalidSimpleValue: what = tr("simple(n) must be 0..23 or 32..255"); break;
    case E::MixedChunks: what = tr("(_ ...) must hold only byte strings or only text strings"); break;
    case E::DuplicateMapKey: what = tr("a map has the same key twice"); break;
    case E::NestingTooDeep: what = tr("the values are nested too deeply"); break;
    case E::TrailingCharacters: what = tr("there is more text after the value"); break;
    }
    if (position < 0)
        return tr("Not valid JSON or CBOR diagnostic notation: %1.").arg(what);
    return tr("Not valid JSON or CBOR diagnostic notation at %1: %2.").arg(lineColumn(text, position), what);
}

QString ErrorText::senmlError(const SenmlPack &pack)
{
    QString what;
    switch (pack.error) {
    case SenmlError::None: return {};
    case SenmlError::InvalidJson: return tr("Not valid SenML: the payload is not JSON.");
    case SenmlError::InvalidCbor: return tr("Not valid SenML: the payload is not one CBOR item.");
    case SenmlError::NotAnArray: return tr("Not valid SenML: a pack must be an array of records.");
    case SenmlError::EmptyPack: return tr("Not valid SenML: the pack has no records.");
    case SenmlError::RecordNotAMap: what = tr("it is not an object"); break;
    case SenmlError::BadFieldType: what = tr("field \u201c%1\u201d has the wrong type").arg(pack.field); break;
    case SenmlError::MultipleValues: what = tr("it has more than one of v, vs, vb, vd"); break;
    case SenmlError::MissingValue: what = tr("it has neither a value nor a sum"); break;
    case SenmlError::InvalidName: what = tr("its name is empty or has characters SenML does not allow"); break;
    case SenmlError::InvalidDataValue: what = tr("vd is not base64url"); break;
    case SenmlError::MustUnderstandField: what = tr("it has a field \u201c%1\u201d that must be understood").arg(pack.field); break;
    case SenmlError::UnsupportedVersion: what = tr("its version is newer than 10"); break;
    case SenmlError::VersionMismatch: what = tr("its version differs from the other records"); break;
    }
    return tr("Not valid SenML: record %1: %2.").arg(pack.recordIndex + 1).arg(what);
}

QString ErrorText::linkFormatError(CoreLinkError error, qsizetype offset)
{
    QString what;
    switch (error) {
    case CoreLinkError::None: return {};
    case CoreLinkError::ExpectedLink: what = tr("a link must start with \u201c<\u201d"); break;
    case CoreLinkError::UnterminatedHref: what = tr("the link target has no closing \u201c>\u201d"); break;
    case CoreLinkError::EmptyLink: what = tr("an empty entry between commas"); break;
    case CoreLinkError::BadAttributeName: what = tr("a bad attribute name"); break;
    case CoreLinkError::MissingAttributeValue: what = tr("an attribute without a value"); break;
    case CoreLinkError::BadAttributeValue: what = tr("a bad attribute value"); break;
    case CoreLinkError::UnterminatedQuotedString: what = tr("a quoted string without the closing quote"); break;
    case CoreLinkError::ExpectedSeparator: what = tr("unexpected characters after a link (a missing \u201c,\u201d or \u201c;\u201d?)"); break;
    case CoreLinkError::InvalidAttributeValue: what = tr("an attribute value of the wrong form"); break;
    }
    return tr("Not valid link format at byte %1: %2.").arg(offset).arg(what);
}

// ---------------------------------------------------------------------------------------------
// InlineBanner

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

InlineBanner::InlineBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide message"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, &InlineBanner::clearMessage);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 4, 5);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);
    updateIcon();
}

QColor InlineBanner::tint(const QPalette &palette, Kind kind, double strength)
{
    QColor accent;
    switch (kind) {
    case Kind::Error: accent = QColor(220, 50, 47); break;
    case Kind::Warning: accent = QColor(230, 160, 0); break;
    case Kind::Information: accent = palette.color(QPalette::Highlight); break;
    }
    const QColor base = palette.color(QPalette::Window);
    const double s = qBound(0.0, strength, 1.0);
    return QColor::fromRgbF(float(base.redF() * (1 - s) + accent.redF() * s),
                            float(base.greenF() * (1 - s) + accent.greenF() * s),
                            float(base.blueF() * (1 - s) + accent.blueF() * s));
}

void InlineBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    const char *word = kind == Kind::Error ? QT_TR_NOOP("Error") : kind == Kind::Warning ? QT_TR_NOOP("Warning")
                                                                                          : QT_TR_NOOP("Note");
    m_icon->setAccessibleName(tr(word));
    m_icon->setToolTip(tr(word));
    setAccessibleDescription(text);
    updateIcon();
    setVisible(true);
    update();
}

void InlineBanner::clearMessage()
{
    m_text->clear();
    setVisible(false);
}

QString InlineBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void InlineBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void InlineBanner::updateIcon()
{
    const QStyle::StandardPixmap pixmap = m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                        : m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
}

void InlineBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tint(palette(), m_kind, 0.65), 1));
    painter.setBrush(tint(palette(), m_kind, 0.16));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void InlineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

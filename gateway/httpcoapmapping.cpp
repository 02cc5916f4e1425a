#include "httpcoapmapping.h"

#include "coapoption.h"

#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

namespace HttpCoapMapping {

std::optional<quint8> coapMethod(QByteArrayView m)
{
    if (m == "GET" || m == "HEAD") return CoapCode::Get;
    if (m == "POST") return CoapCode::Post;
    if (m == "PUT") return CoapCode::Put;
    if (m == "DELETE") return CoapCode::Delete;
    // RFC 8132: FETCH, PATCH and iPATCH. PATCH is HTTP's own (RFC 5789); FETCH and iPATCH are not
    // HTTP methods, but the method token is free-form (RFC 9110 §9.1), so curl -X FETCH works.
    if (m == "FETCH") return CoapCode::Fetch;
    if (m == "PATCH") return CoapCode::Patch;
    if (m == "iPATCH" || m == "IPATCH") return CoapCode::IPatch;
    return std::nullopt;
}

int httpStatus(quint8 code, bool hasPayload, bool conditional)
{
    // RFC 8075 §7, Table 2.
    switch (code) {
    case CoapCode::Created: return 201;
    case CoapCode::Deleted:
    case CoapCode::Changed: return hasPayload ? 200 : 204; // Notes 1, 2
    case CoapCode::Valid: return conditional ? 304 : 200;  // Notes 3, 4
    case CoapCode::Content: return 200;
    case CoapCode::BadRequest: return 400;
    // Note 5: not 401, which would need a WWW-Authenticate challenge CoAP cannot give.
    case CoapCode::Unauthorized: return 403;
    case CoapCode::BadOption: return 400; // Note 6: the option came from the HTTP request
    case CoapCode::Forbidden: return 403;
    case CoapCode::NotFound: return 404;
    // Note 7: 400 rather than 405, because a 405 must list the allowed methods (Allow, RFC 9110
    // §15.5.6) and the CoAP response does not say which they are.
    case CoapCode::MethodNotAllowed: return 400;
    case CoapCode::NotAcceptable: return 406;
    case CoapCode::RequestEntityIncomplete: return 400; // Block1 went wrong between us and the device
    case CoapCode::Conflict: return 409;                // RFC 8132 §2.2
    case CoapCode::PreconditionFailed: return 412;
    case CoapCode::RequestEntityTooLarge: return 413;
    case CoapCode::UnsupportedContentFormat: return 415;
    case CoapCode::UnprocessableEntity: return 422;     // RFC 8132 §2.2
    case CoapCode::TooManyRequests: return 429;         // RFC 8516
    case CoapCode::InternalServerError: return 500;
    case CoapCode::NotImplemented: return 501;
    case CoapCode::BadGateway: return 502;
    case CoapCode::ServiceUnavailable: return 503;
    case CoapCode::GatewayTimeout: return 504;
    case CoapCode::ProxyingNotSupported: return 502;    // Note 14
    case CoapCode::HopLimitReached: return 508;         // RFC 8768 §6: Loop Detected
    default: break;
    }
    switch (CoapCode::codeClass(code)) {
    case 2: return 200;
    case 4: return 400;
    default: return 500;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 508: return "Loop Detected";
    default: return "Unknown";
    }
}

static QByteArray normalisedMediaType(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text)
        if (c != ' ' && c != '\t')
            out.append(char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    return out;
}

int contentFormatForMediaType(QByteArrayView mediaType)
{
    const QByteArray full = normalisedMediaType(mediaType);
    // Only real media types ("type/subtype"): coapContentFormatFromString also takes numbers and
    // short names, which are the CLI's conveniences, not HTTP.
    if (!full.contains('/'))
        return -1;
    int cf = coapContentFormatFromString(QString::fromLatin1(full));
    if (cf >= 0)
        return cf;
    const qsizetype semicolon = full.indexOf(';');
    if (semicolon > 0)
        cf = coapContentFormatFromString(QString::fromLatin1(full.left(semicolon)));
    return cf;
}

QByteArray mediaTypeForContentFormat(std::optional<int> contentFormat)
{
    if (contentFormat) {
        const QString name = coapContentFormatName(*contentFormat);
        if (!name.isEmpty())
            return name.toLatin1();
    }
    return "application/octet-stream";
}

namespace {
struct AcceptRange
{
    QByteArray type;
    double q = 1.0;
    int order = 0;
};

QList<AcceptRange> acceptRanges(QByteArrayView header)
{
    QList<AcceptRange> ranges;
    int order = 0;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        AcceptRange range;
        range.order = order++;
        QList<QByteArray> params = part.split(';');
        range.type = normalisedMediaType(params.takeFirst());
        if (range.type.isEmpty())
            continue;
        // Keep the media type's own parameters (charset, cose-type), drop q.
        for (const QByteArray &p : params) {
            const QByteArray t = normalisedMediaType(p);
            if (t.startsWith("q=")) {
                bool ok = false;
                const double q = t.mid(2).toDouble(&ok);
                if (ok)
                    range.q = q;
            } else if (!t.isEmpty()) {
                range.type += ';' + t;
            }
        }
        ranges.append(range);
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const AcceptRange &a, const AcceptRange &b) { return a.q > b.q; });
    return ranges;
}
} // namespace

std::optional<int> acceptContentFormat(QByteArrayView acceptHeader)
{
    for (const AcceptRange &r : acceptRanges(acceptHeader)) {
        if (r.q <= 0 || r.type.startsWith("text/event-stream") || r.type.contains('*'))
            continue;
        const int cf = contentFormatForMediaType(r.type);
        if (cf >= 0)
            return cf;
    }
    return std::nullopt;
}

bool wantsEventStream(QByteArrayView acceptHeader)
{
    for (const AcceptRange &r : acceptRanges(acceptHeader))
        if (r.q > 0 && (r.type == "text/event-stream" || r.type.startsWith("text/event-stream;")))
            return true;
    return false;
}

QByteArray formatEntityTag(const QByteArray &etag)
{
    return '"' + etag.toHex() + '"';
}

QList<QByteArray> parseEntityTags(QByteArrayView header, bool *any, bool *malformed)
{
    *any = false;
    *malformed = false;
    QList<QByteArray> tags;
    for (QByteArray item : header.toByteArray().split(',')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        if (item == "*") {
            *any = true;
            continue;
        }
        if (item.startsWith("W/"))
            item = item.mid(2);
        if (item.size() < 2 || !item.startsWith('"') || !item.endsWith('"')) {
            *malformed = true;
            continue;
        }
        const QByteArray hex = item.mid(1, item.size() - 2);
        const bool isHex = !hex.isEmpty() && hex.size() % 2 == 0 && hex.size() <= 16
                && std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(uchar(c)); });
        if (!isHex) {
            *malformed = true; // RFC 7252 §5.10.6: an ETag is 1 to 8 bytes
            continue;
        }
        tags.append(QByteArray::fromHex(hex));
    }
    return tags;
}

QByteArray cacheControlForMaxAge(std::optional<quint64> maxAgeSeconds)
{
    return "max-age=" + QByteArray::number(maxAgeSeconds.value_or(60));
}

Target targetUri(const QByteArray &encodedPathAndQuery)
{
    Target t;
    QByteArray text = encodedPathAndQuery;
    if (text.startsWith('/'))
        text.remove(0, 1);
    if (text.isEmpty()) {
        t.problem = QStringLiteral("No CoAP target: ask for http://<this gateway>/coap://host:port/path");
        return t;
    }
    const QByteArray lower = text.left(9).toLower();
    if (lower.startsWith("coap%3a") || lower.startsWith("coaps%3a"))
        text = QByteArray::fromPercentEncoding(text); // the whole target encoded once (RFC 8075 §5.3)
    else if (!lower.startsWith("coap:") && !lower.startsWith("coaps:")) {
        t.problem = QStringLiteral("The path must be a coap:// or coaps:// URI, e.g. /coap://192.0.2.1/sensors/temp");
        return t;
    }
    const CoapUriParseResult parsed = CoapUri::parse(QString::fromUtf8(text));
    if (!parsed.ok()) {
        t.problem = QStringLiteral("Bad CoAP URI '%1': %2 at character %3")
                            .arg(QString::fromUtf8(text), QString::fromLatin1(coapUriErrorKey(parsed.error)))
                            .arg(parsed.errorPosition + 1);
        return t;
    }
    t.uri = parsed.uri;
    return t;
}

bool isTextPayload(const QByteArray &payload, std::optional<int> contentFormat)
{
    if (contentFormat) {
        switch (*contentFormat) {
        case CoapContentFormat::TextPlain:
        case CoapContentFormat::LinkFormat:
        case CoapContentFormat::Xml:
        case CoapContentFormat::Json:
        case CoapContentFormat::JsonPatchJson:
        case CoapContentFormat::MergePatchJson:
        case CoapContentFormat::SenmlJson:
        case CoapContentFormat::SensmlJson:
        case CoapContentFormat::CoapGroupJson:
        case CoapContentFormat::SenmlEtchJson:
        case CoapContentFormat::TdJson:
            break;
        default:
            return false;
        }
    }
    if (payload.contains('\0') || payload.contains('\r'))
        return false; // "\r" would end an SSE line
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder(payload);
    return !decoder.hasError();
}

QByteArray serverSentEvent(const QByteArray &payload, std::optional<int> contentFormat, quint64 sequence)
{
    QByteArray event = "id: " + QByteArray::number(sequence) + '\n';
    if (isTextPayload(payload, contentFormat)) {
        // Each line its own data: field; the receiver joins them with "\n" again.
        QByteArray text = payload;
        if (text.endsWith('\n'))
            text.chop(1);
        for (const QByteArray &line : text.split('\n'))
            event += "data: " + line + '\n';
    } else {
        event += "event: binary\ndata: " + payload.toBase64() + '\n';
    }
    return event + '\n';
}

} // namespace HttpCoapMapping

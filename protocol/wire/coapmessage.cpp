#include "coapmessage.h"

#include <array>

namespace {

struct CodeName { quint8 code; const char *name; };

// Names of the CoAP Codes registries: RFC 7252 §12.1.1/§12.1.2, RFC 7959 §2.9 (2.31, 4.08, 4.13),
// RFC 8132 §6 (FETCH, PATCH, iPATCH, 4.09, 4.22), RFC 8516 (4.29), RFC 8768 (5.08).
constexpr std::array<CodeName, 38> kCodeNames{{
    { CoapCode::Empty, "Empty" },
    { CoapCode::Get, "GET" },
    { CoapCode::Post, "POST" },
    { CoapCode::Put, "PUT" },
    { CoapCode::Delete, "DELETE" },
    { CoapCode::Fetch, "FETCH" },
    { CoapCode::Patch, "PATCH" },
    { CoapCode::IPatch, "iPATCH" },
    { CoapCode::Created, "Created" },
    { CoapCode::Deleted, "Deleted" },
    { CoapCode::Valid, "Valid" },
    { CoapCode::Changed, "Changed" },
    { CoapCode::Content, "Content" },
    { CoapCode::Continue, "Continue" },
    { CoapCode::BadRequest, "Bad Request" },
    { CoapCode::Unauthorized, "Unauthorized" },
    { CoapCode::BadOption, "Bad Option" },
    { CoapCode::Forbidden, "Forbidden" },
    { CoapCode::NotFound, "Not Found" },
    { CoapCode::MethodNotAllowed, "Method Not Allowed" },
    { CoapCode::NotAcceptable, "Not Acceptable" },
    { CoapCode::RequestEntityIncomplete, "Request Entity Incomplete" },
    { CoapCode::Conflict, "Conflict" },
    { CoapCode::PreconditionFailed, "Precondition Failed" },
    { CoapCode::RequestEntityTooLarge, "Request Entity Too Large" },
    { CoapCode::UnsupportedContentFormat, "Unsupported Content-Format" },
    { CoapCode::UnprocessableEntity, "Unprocessable Entity" },
    { CoapCode::TooManyRequests, "Too Many Requests" },
    { CoapCode::InternalServerError, "Internal Server Error" },
    { CoapCode::NotImplemented, "Not Implemented" },
    { CoapCode::BadGateway, "Bad Gateway" },
    { CoapCode::ServiceUnavailable, "Service Unavailable" },
    { CoapCode::GatewayTimeout, "Gateway Timeout" },
    { CoapCode::ProxyingNotSupported, "Proxying Not Supported" },
    { CoapCode::HopLimitReached, "Hop Limit Reached" },
    // Spelling variants accepted by fromString only are below the sentinel.
    { 0xff, nullptr },
    { CoapCode::UnsupportedContentFormat, "Unsupported Content Format" },
    { CoapCode::IPatch, "I-PATCH" },
}};

// "Not Found", "not-found", "NotFound" and "not_found" all compare equal.
QString foldName(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

bool parseDigits(QStringView text, int *value)
{
    if (text.isEmpty())
        return false;
    int v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    *value = v;
    return true;
}

} // namespace

QString coapTypeName(CoapType type)
{
    switch (type) {
    case CoapType::Confirmable: return QStringLiteral("CON");
    case CoapType::NonConfirmable: return QStringLiteral("NON");
    case CoapType::Acknowledgement: return QStringLiteral("ACK");
    case CoapType::Reset: return QStringLiteral("RST");
    }
    return QString();
}

namespace CoapCode {

QString toString(quint8 code)
{
    // RFC 7252 §3: "c.dd", the detail always as two digits.
    return QStringLiteral("%1.%2").arg(codeClass(code)).arg(codeDetail(code), 2, 10, QLatin1Char('0'));
}

QString name(quint8 code)
{
    for (const CodeName &entry : kCodeNames) {
        if (!entry.name)
            break;
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<quint8> fromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;

    // "c.dd" (also "c.d") and "cdd", class 0..7, detail 0..31.
    int cls = 0;
    int detail = 0;
    const qsizetype dot = t.indexOf(u'.');
    if (dot == 1 && parseDigits(t.first(1), &cls) && t.size() >= 3 && t.size() <= 4
        && parseDigits(t.sliced(2), &detail)) {
        if (cls <= 7 && detail <= 31)
            return make(cls, detail);
        return std::nullopt;
    }
    if (t.size() == 3 && parseDigits(t, &cls)) {
        detail = cls % 100;
        cls /= 100;
        if (cls <= 7 && detail <= 31)
            return make(cls, detail);
        return std::nullopt;
    }

    const QString folded = foldName(t);
    if (folded.isEmpty())
        return std::nullopt;
    for (const CodeName &entry : kCodeNames) {
        if (entry.name && foldName(QString::fromLatin1(entry.name)) == folded)
            return entry.code;
    }
    return std::nullopt;
}

} // namespace CoapCode

QList<CoapOption> CoapMessage::options(quint16 number) const
{
    QList<CoapOption> out;
    for (const CoapOption &o : m_options) {
        if (o.number() == number)
            out.append(o);
        else if (o.number() > number)
            break; // kept sorted
    }
    return out;
}

bool CoapMessage::hasOption(quint16 number) const
{
    return option(number).has_value();
}

std::optional<CoapOption> CoapMessage::option(quint16 number) const
{
    for (const CoapOption &o : m_options) {
        if (o.number() == number)
            return o;
        if (o.number() > number)
            break;
    }
    return std::nullopt;
}

std::optional<quint64> CoapMessage::uintOption(quint16 number) const
{
    if (const auto o = option(number))
        return o->uintValue();
    return std::nullopt;
}

void CoapMessage::addOption(const CoapOption &option)
{
    // RFC 7252 §3.1: instances of one option keep their relative order, so insert after the last
    // instance with a number <= this one. Appending is the common case (the decoder, builders).
    qsizetype pos = m_options.size();
    while (pos > 0 && m_options.at(pos - 1).number() > option.number())
        --pos;
    m_options.insert(pos, option);
}

void CoapMessage::setOption(const CoapOption &option)
{
    removeOption(option.number());
    addOption(option);
}

void CoapMessage::removeOption(quint16 number)
{
    m_options.removeIf([number](const CoapOption &o) { return o.number() == number; });
}

std::optional<int> CoapMessage::contentFormat() const
{
    // RFC 7252 §5.10.3: uint 0-2, so anything above 65535 is not a Content-Format.
    const auto v = uintOption(CoapOptionNumber::ContentFormat);
    if (!v || *v > 0xffff)
        return std::nullopt;
    return int(*v);
}

QString CoapMessage::uriPath() const
{
    QString path;
    for (const CoapOption &o : m_options) {
        if (o.number() == CoapOptionNumber::UriPath)
            path += u'/' + o.stringValue();
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QString CoapMessage::summary() const
{
    QStringList parts;
    parts << coapTypeName(m_type);
    const QString codeName = CoapCode::name(m_code);
    if (isRequest() && !codeName.isEmpty())
        parts << codeName;
    else if (codeName.isEmpty())
        parts << CoapCode::toString(m_code);
    else if (m_code == CoapCode::Empty)
        parts << codeName;
    else
        parts << CoapCode::toString(m_code) + u' ' + codeName;
    parts << QStringLiteral("mid=%1").arg(m_messageId);
    if (!m_token.isEmpty())
        parts << QStringLiteral("token=") + QString::fromLatin1(m_token.toHex());
    for (const CoapOption &o : m_options) {
        const QString value = o.displayValue();
        parts << (value.isEmpty() ? coapOptionName(o.number())
                                  : coapOptionName(o.number()) + u':' + value);
    }
    if (!m_payload.isEmpty())
        parts << QStringLiteral("payload=%1B").arg(m_payload.size());
    return parts.join(u' ');
}

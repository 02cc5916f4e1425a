#include "coapoption.h"

#include <algorithm>
#include <array>

namespace {

using F = CoapOptionFormat;

// The option registry. RFC 7252 §5.10 (table in §12.2) plus the later registrations named in the
// header. Lengths are those of the registry; a value outside them is still carried, it is only
// flagged by whoever validates (RFC 7252 §5.4.3 makes that the receiver's choice).
constexpr std::array<CoapOptionInfo, 27> kOptions{{
    { CoapOptionNumber::IfMatch, "If-Match", F::Opaque, 0, 8, true },
    { CoapOptionNumber::UriHost, "Uri-Host", F::String, 1, 255, false },
    { CoapOptionNumber::ETag, "ETag", F::Opaque, 1, 8, true },
    { CoapOptionNumber::IfNoneMatch, "If-None-Match", F::Empty, 0, 0, false },
    { CoapOptionNumber::Observe, "Observe", F::Uint, 0, 3, false },         // RFC 7641 §2
    { CoapOptionNumber::UriPort, "Uri-Port", F::Uint, 0, 2, false },
    { CoapOptionNumber::LocationPath, "Location-Path", F::String, 0, 255, true },
    { CoapOptionNumber::Oscore, "OSCORE", F::Opaque, 0, 255, false },       // RFC 8613 §2
    { CoapOptionNumber::UriPath, "Uri-Path", F::String, 0, 255, true },
    { CoapOptionNumber::ContentFormat, "Content-Format", F::Uint, 0, 2, false },
    { CoapOptionNumber::MaxAge, "Max-Age", F::Uint, 0, 4, false },
    { CoapOptionNumber::UriQuery, "Uri-Query", F::String, 0, 255, true },
    { CoapOptionNumber::HopLimit, "Hop-Limit", F::Uint, 1, 1, false },      // RFC 8768 §3
    { CoapOptionNumber::Accept, "Accept", F::Uint, 0, 2, false },
    { CoapOptionNumber::QBlock1, "Q-Block1", F::Uint, 0, 3, false },        // RFC 9177 §4.1
    { CoapOptionNumber::LocationQuery, "Location-Query", F::String, 0, 255, true },
    { CoapOptionNumber::Edhoc, "EDHOC", F::Empty, 0, 0, false },            // RFC 9528 §3.1
    { CoapOptionNumber::Block2, "Block2", F::Uint, 0, 3, false },           // RFC 7959 §2.1
    { CoapOptionNumber::Block1, "Block1", F::Uint, 0, 3, false },
    { CoapOptionNumber::Size2, "Size2", F::Uint, 0, 4, false },
    // RFC 9177 §4.1: Q-Block2 is repeatable (a client asks for several missing blocks at once).
    { CoapOptionNumber::QBlock2, "Q-Block2", F::Uint, 0, 3, true },
    { CoapOptionNumber::ProxyUri, "Proxy-Uri", F::String, 1, 1034, false },
    { CoapOptionNumber::ProxyScheme, "Proxy-Scheme", F::String, 1, 255, false },
    { CoapOptionNumber::Size1, "Size1", F::Uint, 0, 4, false },
    { CoapOptionNumber::Echo, "Echo", F::Opaque, 1, 40, false },            // RFC 9175 §2.2.1
    { CoapOptionNumber::NoResponse, "No-Response", F::Uint, 0, 1, false },  // RFC 7967 §2
    { CoapOptionNumber::RequestTag, "Request-Tag", F::Opaque, 0, 8, true }, // RFC 9175 §3.2.1
}};

// Content-Format registry (RFC 7252 §12.3 and the IANA "CoAP Content-Formats" registry).
constexpr std::array<CoapContentFormatInfo, 28> kContentFormats{{
    { CoapContentFormat::TextPlain, "text/plain;charset=utf-8" },
    { CoapContentFormat::CoseEncrypt0, "application/cose;cose-type=\"cose-encrypt0\"" },
    { CoapContentFormat::CoseMac0, "application/cose;cose-type=\"cose-mac0\"" },
    { CoapContentFormat::CoseSign1, "application/cose;cose-type=\"cose-sign1\"" },
    { CoapContentFormat::ImageGif, "image/gif" },
    { CoapContentFormat::ImageJpeg, "image/jpeg" },
    { CoapContentFormat::ImagePng, "image/png" },
    { CoapContentFormat::LinkFormat, "application/link-format" },
    { CoapContentFormat::Xml, "application/xml" },
    { CoapContentFormat::OctetStream, "application/octet-stream" },
    { CoapContentFormat::Exi, "application/exi" },
    { CoapContentFormat::Json, "application/json" },
    { CoapContentFormat::JsonPatchJson, "application/json-patch+json" },
    { CoapContentFormat::MergePatchJson, "application/merge-patch+json" },
    { CoapContentFormat::Cbor, "application/cbor" },
    { CoapContentFormat::Cwt, "application/cwt" },
    { CoapContentFormat::MultipartCore, "application/multipart-core" },
    { CoapContentFormat::CborSeq, "application/cbor-seq" },
    { CoapContentFormat::SenmlJson, "application/senml+json" },
    { CoapContentFormat::SensmlJson, "application/sensml+json" },
    { CoapContentFormat::SenmlCbor, "application/senml+cbor" },
    { CoapContentFormat::SensmlCbor, "application/sensml+cbor" },
    { CoapContentFormat::SenmlExi, "application/senml-exi" },
    { CoapContentFormat::SensmlExi, "application/sensml-exi" },
    { CoapContentFormat::CoapGroupJson, "application/coap-group+json" },
    { CoapContentFormat::SenmlEtchJson, "application/senml-etch+json" },
    { CoapContentFormat::SenmlEtchCbor, "application/senml-etch+cbor" },
    { CoapContentFormat::TdJson, "application/td+json" },
}};

// Short names people type that are not simply the media type without its "application/" or
// "image/" prefix (those are accepted generically).
struct Alias { const char *name; quint16 number; };
constexpr std::array<Alias, 11> kContentFormatAliases{{
    { "text", CoapContentFormat::TextPlain },
    { "text/plain", CoapContentFormat::TextPlain },
    { "plain", CoapContentFormat::TextPlain },
    { "link", CoapContentFormat::LinkFormat },
    { "jpg", CoapContentFormat::ImageJpeg },
    { "octet", CoapContentFormat::OctetStream },
    { "binary", CoapContentFormat::OctetStream },
    { "cose-encrypt0", CoapContentFormat::CoseEncrypt0 },
    { "cose-mac0", CoapContentFormat::CoseMac0 },
    { "cose-sign1", CoapContentFormat::CoseSign1 },
    { "td", CoapContentFormat::TdJson },
}};

bool isBlockOption(quint16 number)
{
    return number == CoapOptionNumber::Block1 || number == CoapOptionNumber::Block2
        || number == CoapOptionNumber::QBlock1 || number == CoapOptionNumber::QBlock2;
}

// Lower case without white space, so "Text/Plain; charset=UTF-8" matches the registry text.
QString normalisedMediaType(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

// The options this engine acts on (RFC 7252 §5.4.1), per role. Elective options are listed too,
// so the list documents what is processed; only the critical ones change how a message is treated.
// Requests (our server): If-Match/If-None-Match and Accept are handed to the resource handlers,
// which apply them (the simulator's resources do); Uri-Host and Uri-Port name this server.
constexpr std::array<quint16, 22> kImplementedInRequests{{
    CoapOptionNumber::IfMatch, CoapOptionNumber::UriHost, CoapOptionNumber::ETag,
    CoapOptionNumber::IfNoneMatch, CoapOptionNumber::Observe, CoapOptionNumber::UriPort,
    CoapOptionNumber::UriPath, CoapOptionNumber::ContentFormat, CoapOptionNumber::UriQuery,
    CoapOptionNumber::HopLimit, CoapOptionNumber::Accept, CoapOptionNumber::Block2,
    CoapOptionNumber::Block1, CoapOptionNumber::Size2, CoapOptionNumber::ProxyUri,
    CoapOptionNumber::ProxyScheme, CoapOptionNumber::Size1, CoapOptionNumber::Echo,
    CoapOptionNumber::NoResponse, CoapOptionNumber::RequestTag, CoapOptionNumber::MaxAge,
    CoapOptionNumber::LocationPath,
}};
// Responses (our client). The request-only critical options (If-Match, Uri-*, Accept …) are
// tolerated as before; OSCORE, EDHOC, Q-Block1/2, Proxy-Uri and Proxy-Scheme are not implemented.
constexpr std::array<quint16, 19> kImplementedInResponses{{
    CoapOptionNumber::IfMatch, CoapOptionNumber::UriHost, CoapOptionNumber::ETag,
    CoapOptionNumber::IfNoneMatch, CoapOptionNumber::Observe, CoapOptionNumber::UriPort,
    CoapOptionNumber::LocationPath, CoapOptionNumber::UriPath, CoapOptionNumber::ContentFormat,
    CoapOptionNumber::MaxAge, CoapOptionNumber::UriQuery, CoapOptionNumber::Accept,
    CoapOptionNumber::LocationQuery, CoapOptionNumber::Block2, CoapOptionNumber::Block1,
    CoapOptionNumber::Size2, CoapOptionNumber::Size1, CoapOptionNumber::Echo,
    CoapOptionNumber::HopLimit,
}};

} // namespace

bool coapOptionImplemented(quint16 number, CoapMessageRole role)
{
    if (role == CoapMessageRole::Request)
        return std::find(kImplementedInRequests.begin(), kImplementedInRequests.end(), number) != kImplementedInRequests.end();
    return std::find(kImplementedInResponses.begin(), kImplementedInResponses.end(), number) != kImplementedInResponses.end();
}

QList<quint16> coapImplementedOptions(CoapMessageRole role)
{
    if (role == CoapMessageRole::Request)
        return QList<quint16>(kImplementedInRequests.begin(), kImplementedInRequests.end());
    return QList<quint16>(kImplementedInResponses.begin(), kImplementedInResponses.end());
}

bool coapOptionRepeatable(quint16 number, CoapMessageRole role)
{
    if (number == CoapOptionNumber::ETag)
        return role == CoapMessageRole::Request; // RFC 7252 §5.10.6.1 / §5.10.6.2
    const auto info = coapOptionInfo(number);
    return !info || info->repeatable; // an unknown option's repeatability is unknown: not judged
}

std::optional<CoapOptionInfo> coapOptionInfo(quint16 number)
{
    // Every option of every message received is looked up here: numbers below kDirect by one
    // index (built once), the rest by a walk over the registry.
    constexpr quint16 kDirect = 320;
    static const std::array<quint8, kDirect> index = [] {
        std::array<quint8, kDirect> table{};
        for (size_t i = 0; i < kOptions.size(); ++i) {
            if (kOptions[i].number < kDirect)
                table[kOptions[i].number] = quint8(i + 1);
        }
        return table;
    }();
    if (number < kDirect)
        return index[number] ? std::optional(kOptions[index[number] - 1]) : std::nullopt;
    for (const CoapOptionInfo &info : kOptions) {
        if (info.number == number)
            return info;
    }
    return std::nullopt;
}

std::optional<CoapOptionInfo> coapOptionInfoByName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const CoapOptionInfo &info : kOptions) {
        if (trimmed.compare(QLatin1StringView(info.name), Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QList<CoapOptionInfo> coapKnownOptions()
{
    return QList<CoapOptionInfo>(kOptions.begin(), kOptions.end());
}

QString coapOptionName(quint16 number)
{
    if (const auto info = coapOptionInfo(number))
        return QString::fromLatin1(info->name);
    return QString::number(number);
}

CoapOption CoapOption::fromUint(quint16 number, quint64 value)
{
    return CoapOption(number, coapEncodeUint(value));
}

CoapOption CoapOption::fromString(quint16 number, const QString &value)
{
    // RFC 7252 §3.2: string values are UTF-8 (Net-Unicode, RFC 5198).
    return CoapOption(number, value.toUtf8());
}

quint64 CoapOption::uintValue() const
{
    return coapDecodeUint(m_value);
}

QString CoapOption::displayValue() const
{
    const auto info = coapOptionInfo(m_number);
    const CoapOptionFormat format = info ? info->format : CoapOptionFormat::Opaque;
    // A uint longer than 8 bytes cannot be shown as a number without losing bits: show the bytes.
    if (format == CoapOptionFormat::Uint && m_value.size() <= 8) {
        if (isBlockOption(m_number)) {
            // RFC 7959 §2.2: NUM, M and SZX packed in one uint.
            const CoapBlockValue block = CoapBlockValue::decode(uintValue());
            const QString size = block.szx == 7 ? QStringLiteral("BERT") // RFC 8323 §6
                                                : QString::number(block.size());
            return QStringLiteral("%1/%2/%3").arg(block.num).arg(block.more ? 1 : 0).arg(size);
        }
        return QString::number(uintValue());
    }
    if (format == CoapOptionFormat::String)
        return stringValue();
    if (m_value.isEmpty())
        return QString();
    return QStringLiteral("0x") + QString::fromLatin1(m_value.toHex());
}

QByteArray coapEncodeUint(quint64 value)
{
    // RFC 7252 §3.2: network byte order with the fewest bytes; 0 is the empty string.
    int n = 0;
    for (quint64 v = value; v != 0; v >>= 8)
        ++n;
    QByteArray out(n, Qt::Uninitialized);
    for (int i = n - 1; i >= 0; --i, value >>= 8)
        out[i] = char(value & 0xff);
    return out;
}

quint64 coapDecodeUint(const QByteArray &bytes)
{
    quint64 value = 0;
    for (char c : bytes)
        value = (value << 8) | quint8(c);
    return value;
}

QString coapContentFormatName(int contentFormat)
{
    for (const CoapContentFormatInfo &info : kContentFormats) {
        if (info.number == contentFormat)
            return QString::fromLatin1(info.mediaType);
    }
    return QString();
}

int coapContentFormatFromString(QStringView text)
{
    const QString wanted = normalisedMediaType(text);
    if (wanted.isEmpty())
        return -1;

    bool isNumber = true;
    for (QChar c : wanted) {
        if (c < u'0' || c > u'9') {
            isNumber = false;
            break;
        }
    }
    if (isNumber) {
        // Digits only: the number itself, at most 65535 (Content-Format is uint 0-2).
        if (wanted.size() > 5)
            return -1;
        const int value = wanted.toInt();
        return value <= 65535 ? value : -1;
    }

    for (const CoapContentFormatInfo &info : kContentFormats) {
        const QLatin1StringView mediaType(info.mediaType);
        if (wanted == mediaType)
            return info.number;
        // The generic short form: the subtype of a media type without parameters.
        if (!mediaType.contains(u';')) {
            const qsizetype slash = mediaType.indexOf(u'/');
            if (wanted == mediaType.sliced(slash + 1))
                return info.number;
        }
    }
    for (const Alias &alias : kContentFormatAliases) {
        if (wanted == QLatin1StringView(alias.name))
            return alias.number;
    }
    return -1;
}

QList<CoapContentFormatInfo> coapKnownContentFormats()
{
    return QList<CoapContentFormatInfo>(kContentFormats.begin(), kContentFormats.end());
}

int CoapBlockValue::szxForSize(int size)
{
    // RFC 7959 §2.2: sizes 2^(SZX+4) for SZX 0..6, i.e. 16..1024.
    for (int szx = 0; szx <= 6; ++szx) {
        if (size == (1 << (szx + 4)))
            return szx;
    }
    return -1;
}

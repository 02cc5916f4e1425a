#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// Option numbers of the CoAP Option Numbers registry that the engine knows by name.
// Sources: RFC 7252 §5.10, RFC 7641 (Observe), RFC 7959 (Block1/2, Size2), RFC 8613 (OSCORE),
// RFC 8768 (Hop-Limit), RFC 9177 (Q-Block1/2), RFC 9528 (EDHOC), RFC 9175 (Echo, Request-Tag),
// RFC 7967 (No-Response). RFC 8132 adds methods, not options.
namespace CoapOptionNumber {
enum : quint16 {
    IfMatch = 1,
    UriHost = 3,
    ETag = 4,
    IfNoneMatch = 5,
    Observe = 6,
    UriPort = 7,
    LocationPath = 8,
    Oscore = 9,
    UriPath = 11,
    ContentFormat = 12,
    MaxAge = 14,
    UriQuery = 15,
    HopLimit = 16,
    Accept = 17,
    QBlock1 = 19,
    LocationQuery = 20,
    Edhoc = 21,
    Block2 = 23,
    Block1 = 27,
    Size2 = 28,
    QBlock2 = 31,
    ProxyUri = 35,
    ProxyScheme = 39,
    Size1 = 60,
    Echo = 252,
    NoResponse = 258,
    RequestTag = 292,
};
}

// The value formats of RFC 7252 §3.2.
enum class CoapOptionFormat : quint8 { Empty, Opaque, Uint, String };

struct CoapOptionInfo
{
    quint16 number = 0;
    const char *name = nullptr; // registry name, e.g. "Uri-Path"
    CoapOptionFormat format = CoapOptionFormat::Opaque;
    quint16 minLength = 0;
    quint16 maxLength = 65535;
    bool repeatable = false;
};

// Registry look-ups: the options known BY NAME (for display and for typing them in). Unknown numbers
// give std::nullopt; the option is still kept and encoded. Knowing a name is not implementing the
// option: see coapOptionImplemented() for what RFC 7252 §5.4.1 counts as recognised.
// minLength/maxLength and repeatable are those of RFC 7252 §5.10 (table §12.2) and of each option's
// RFC; CoapCodec::checkOptions() applies them (RFC 7252 §5.4.3, §5.4.5).
std::optional<CoapOptionInfo> coapOptionInfo(quint16 number);
std::optional<CoapOptionInfo> coapOptionInfoByName(QStringView name); // case-insensitive
QList<CoapOptionInfo> coapKnownOptions();
QString coapOptionName(quint16 number); // registry name, or the number as text when unknown

// Which side processes a message: a request is processed by a server, a response by a client.
enum class CoapMessageRole : quint8 { Request, Response };

// Whether this engine acts on the option in a message of that role (RFC 7252 §5.4.1). Critical
// options known by name but not implemented (OSCORE 9, EDHOC 21, Q-Block1 19, Q-Block2 31; Proxy-Uri
// 35 and Proxy-Scheme 39 in responses) are unrecognised for §5.4.1. Proxy-Uri and Proxy-Scheme in a
// request count as implemented because the server answers them itself with 5.05 (§5.7.2).
bool coapOptionImplemented(quint16 number, CoapMessageRole role);
QList<quint16> coapImplementedOptions(CoapMessageRole role);
// RFC 7252 §5.10.6: ETag may be repeated in a request, but occurs at most once in a response.
bool coapOptionRepeatable(quint16 number, CoapMessageRole role);

// RFC 7252 §5.4.6: the class of an option is encoded in its number.
constexpr bool coapOptionIsCritical(quint16 number) { return number & 1; }
constexpr bool coapOptionIsUnsafe(quint16 number) { return number & 2; }
constexpr bool coapOptionIsNoCacheKey(quint16 number) { return (number & 0x1e) == 0x1c; }

// One option instance. The value is kept as raw bytes; the helpers interpret it.
class CoapOption
{
public:
    CoapOption() = default;
    CoapOption(quint16 number, const QByteArray &value = {}) : m_number(number), m_value(value) {}

    static CoapOption fromUint(quint16 number, quint64 value);
    static CoapOption fromString(quint16 number, const QString &value);

    quint16 number() const { return m_number; }
    const QByteArray &value() const { return m_value; }
    void setValue(const QByteArray &value) { m_value = value; }

    // RFC 7252 §3.2 uint: network byte order, leading zero bytes removed (so 0 is empty).
    quint64 uintValue() const;
    QString stringValue() const { return QString::fromUtf8(m_value); }

    // The value as a person would read it: uint as a number, string as text, opaque as hex,
    // Block options as "NUM/M/SIZE".
    QString displayValue() const;

    friend bool operator==(const CoapOption &a, const CoapOption &b)
    { return a.m_number == b.m_number && a.m_value == b.m_value; }

private:
    quint16 m_number = 0;
    QByteArray m_value;
};
// A number and a QByteArray: moved by its bytes, so QList<CoapOption> grows and inserts with
// memmove instead of a copy and a destruction per element.
Q_DECLARE_TYPEINFO(CoapOption, Q_RELOCATABLE_TYPE);

// Encodes a uint option value (RFC 7252 §3.2): minimal big-endian, zero is the empty string.
QByteArray coapEncodeUint(quint64 value);
quint64 coapDecodeUint(const QByteArray &bytes);

// Content-Format registry (RFC 7252 §12.3 and later registrations).
namespace CoapContentFormat {
enum : quint16 {
    TextPlain = 0,
    CoseEncrypt0 = 16,
    CoseMac0 = 17,
    CoseSign1 = 18,
    ImageGif = 21,
    ImageJpeg = 22,
    ImagePng = 23,
    LinkFormat = 40,
    Xml = 41,
    OctetStream = 42,
    Exi = 47,
    Json = 50,
    JsonPatchJson = 51,
    MergePatchJson = 52,
    Cbor = 60,
    Cwt = 61,
    MultipartCore = 62,
    CborSeq = 63,
    SenmlJson = 110,
    SensmlJson = 111,
    SenmlCbor = 112,
    SensmlCbor = 113,
    SenmlExi = 114,
    SensmlExi = 115,
    CoapGroupJson = 256,
    SenmlEtchJson = 320,
    SenmlEtchCbor = 322,
    TdJson = 432,
};
}
// "application/json" for 50; an unregistered number gives an empty string.
QString coapContentFormatName(int contentFormat);
// Accepts a registered media type ("application/json", "text/plain;charset=utf-8", "json",
// "cbor", "link", "senml+json" …) or a number "0".."65535". Returns -1 when neither.
int coapContentFormatFromString(QStringView text);
struct CoapContentFormatInfo { quint16 number; const char *mediaType; };
QList<CoapContentFormatInfo> coapKnownContentFormats();

// Block1/Block2 option value (RFC 7959 §2.2).
struct CoapBlockValue
{
    quint32 num = 0;
    bool more = false;
    quint8 szx = 6; // block size = 2^(szx+4); 7 is reserved (BERT on TCP)
    int size() const { return 1 << (szx + 4); }
    quint64 offset() const { return quint64(num) * quint64(size()); }
    quint32 encode() const { return (num << 4) | (more ? 8 : 0) | (szx & 7); }
    static CoapBlockValue decode(quint64 v)
    { return { quint32(v >> 4), bool(v & 8), quint8(v & 7) }; }
    bool isValid() const { return szx < 7 && num < (1u << 20); }
    static int szxForSize(int size); // 16..1024 → 0..6; -1 if not a power of two in range
};

#pragma once

#include "coapoption.h"

#include <QByteArray>
#include <QList>
#include <QString>

// RFC 7252 §3: the four message types.
enum class CoapType : quint8 { Confirmable = 0, NonConfirmable = 1, Acknowledgement = 2, Reset = 3 };
QString coapTypeName(CoapType type); // "CON", "NON", "ACK", "RST"

// A code is class.detail in one byte (RFC 7252 §3, §12.1). Any byte value may be held; the named
// ones are those of the registries (RFC 7252, 7959, 8132, 8516, 9175).
namespace CoapCode {
enum : quint8 {
    Empty = 0x00,
    // Methods (class 0)
    Get = 0x01, Post = 0x02, Put = 0x03, Delete = 0x04, Fetch = 0x05, Patch = 0x06, IPatch = 0x07,
    // 2.xx
    Created = 0x41, Deleted = 0x42, Valid = 0x43, Changed = 0x44, Content = 0x45, Continue = 0x5f,
    // 4.xx
    BadRequest = 0x80, Unauthorized = 0x81, BadOption = 0x82, Forbidden = 0x83, NotFound = 0x84,
    MethodNotAllowed = 0x85, NotAcceptable = 0x86, RequestEntityIncomplete = 0x88, Conflict = 0x89,
    PreconditionFailed = 0x8c, RequestEntityTooLarge = 0x8d, UnsupportedContentFormat = 0x8f,
    UnprocessableEntity = 0x96, TooManyRequests = 0x9d,
    // 5.xx
    InternalServerError = 0xa0, NotImplemented = 0xa1, BadGateway = 0xa2, ServiceUnavailable = 0xa3,
    GatewayTimeout = 0xa4, ProxyingNotSupported = 0xa5, HopLimitReached = 0xa8,
};
constexpr quint8 make(int cls, int detail) { return quint8((cls << 5) | (detail & 0x1f)); }
constexpr int codeClass(quint8 code) { return code >> 5; }
constexpr int codeDetail(quint8 code) { return code & 0x1f; }
constexpr bool isRequest(quint8 code) { return code != Empty && codeClass(code) == 0; }
constexpr bool isResponse(quint8 code) { return codeClass(code) >= 2 && codeClass(code) <= 5; }
constexpr bool isSuccess(quint8 code) { return codeClass(code) == 2; }
QString toString(quint8 code);       // "2.05"
QString name(quint8 code);           // "Content", "GET"; empty when unregistered
std::optional<quint8> fromString(QStringView text); // "2.05", "205", "GET", "ipatch"
} // namespace CoapCode

// One CoAP message as a value. Options are kept sorted by number, repeated options in the order
// they were added (RFC 7252 §3.1 orders instances of the same option by their position).
class CoapMessage
{
public:
    CoapMessage() = default;
    CoapMessage(CoapType type, quint8 code, quint16 messageId = 0, const QByteArray &token = {})
        : m_type(type), m_code(code), m_messageId(messageId), m_token(token) {}

    CoapType type() const { return m_type; }
    void setType(CoapType type) { m_type = type; }
    quint8 code() const { return m_code; }
    void setCode(quint8 code) { m_code = code; }
    quint16 messageId() const { return m_messageId; }
    void setMessageId(quint16 id) { m_messageId = id; }
    const QByteArray &token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }
    const QByteArray &payload() const { return m_payload; }
    void setPayload(const QByteArray &payload) { m_payload = payload; }

    const QList<CoapOption> &options() const { return m_options; }
    QList<CoapOption> options(quint16 number) const;
    bool hasOption(quint16 number) const;
    // First instance of the option, or std::nullopt.
    std::optional<CoapOption> option(quint16 number) const;
    std::optional<quint64> uintOption(quint16 number) const;
    // Adds one more instance (kept in number order, after existing instances of that number).
    void addOption(const CoapOption &option);
    void addOption(quint16 number, const QByteArray &value = {}) { addOption(CoapOption(number, value)); }
    void addUintOption(quint16 number, quint64 value) { addOption(CoapOption::fromUint(number, value)); }
    // Replaces every instance of the option by this one.
    void setOption(const CoapOption &option);
    void setUintOption(quint16 number, quint64 value) { setOption(CoapOption::fromUint(number, value)); }
    void removeOption(quint16 number);
    void clearOptions() { m_options.clear(); }
    void reserveOptions(qsizetype count) { m_options.reserve(count); }

    bool isEmptyMessage() const { return m_code == CoapCode::Empty; }
    bool isRequest() const { return CoapCode::isRequest(m_code); }
    bool isResponse() const { return CoapCode::isResponse(m_code); }
    std::optional<int> contentFormat() const;
    // Uri-Path options joined with '/', with a leading '/'. Segments are not percent-encoded.
    QString uriPath() const;
    // A single readable line, e.g. "CON GET mid=12 token=a1b2 Uri-Path:time".
    QString summary() const;

    friend bool operator==(const CoapMessage &a, const CoapMessage &b) = default;

private:
    CoapType m_type = CoapType::Confirmable;
    quint8 m_code = CoapCode::Empty;
    quint16 m_messageId = 0;
    QByteArray m_token;
    QList<CoapOption> m_options;
    QByteArray m_payload;
};
Q_DECLARE_TYPEINFO(CoapMessage, Q_RELOCATABLE_TYPE); // its members are all relocatable

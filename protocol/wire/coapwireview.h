#pragma once

#include "coapcodec.h"

#include <QByteArrayView>

#include <optional>

// The codec's fast path (issue 14): a datagram read in place and a datagram written into one
// buffer, with no copy per option and no heap allocation. CoapCodec::decode/encode are built on
// these, so the value type CoapMessage and this path always agree on the bytes (RFC 7252 §3).

// One option as it sits in the datagram.
struct CoapOptionView
{
    quint16 number = 0;
    QByteArrayView value;
    quint64 uintValue() const; // RFC 7252 §3.2; values over 8 bytes give their last 8
};

// A datagram, checked once by parse() and then read where it lies. The view borrows the bytes:
// they must outlive it.
class CoapMessageView
{
public:
    // Checks the whole datagram (the same rules and errors as CoapCodec::decode). The header
    // fields are readable when headerValid(), the rest only when isValid().
    static CoapMessageView parse(QByteArrayView datagram);

    bool isValid() const { return m_error == CoapDecodeError::None; }
    CoapDecodeError error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    bool headerValid() const { return m_headerValid; }

    CoapType type() const { return CoapType(quint8((m_data[0] >> 4) & 0x03)); }
    quint8 code() const { return quint8(m_data[1]); }
    quint16 messageId() const { return quint16((quint16(quint8(m_data[2])) << 8) | quint8(m_data[3])); }
    QByteArrayView token() const { return m_data.sliced(4, m_tokenLength); }
    QByteArrayView payload() const { return m_data.sliced(m_payloadStart); }
    int optionCount() const { return m_optionCount; }

    // Walks the options in wire order (so in number order):
    //   for (auto it = view.options(); it.next();) use(it.option());
    class OptionIterator
    {
    public:
        bool next();
        const CoapOptionView &option() const { return m_current; }

    private:
        friend class CoapMessageView;
        const quint8 *m_pos = nullptr;
        const quint8 *m_end = nullptr;
        CoapOptionView m_current;
    };
    OptionIterator options() const;
    // The first instance of an option, or std::nullopt.
    std::optional<CoapOptionView> option(quint16 number) const;

    // The value type, for callers that keep the message (one copy per option). With `shared`,
    // the datagram this view was parsed from as a QByteArray (the same bytes), the token, the
    // option values and the payload are parts of its buffer instead of copies: no allocation
    // but one for the option list. Such a part is not followed by a '\0' unless it ends the
    // datagram (a payload does); nothing here reads them as C strings.
    CoapMessage toMessage(const QByteArray *shared = nullptr) const;

private:
    QByteArrayView m_data;
    qsizetype m_tokenLength = 0;
    qsizetype m_optionsEnd = 0;   // the payload marker, or the end
    qsizetype m_payloadStart = 0; // the end when there is no payload
    int m_optionCount = 0;
    qsizetype m_errorOffset = 0;
    CoapDecodeError m_error = CoapDecodeError::TruncatedHeader;
    bool m_headerValid = false;
};

// Writes one datagram into a buffer the caller owns (reused from message to message). Options
// must come in number order (RFC 7252 §3.1 deltas are non-negative); the first mistake sticks
// and every later call does nothing.
class CoapMessageWriter
{
public:
    CoapMessageWriter(char *buffer, qsizetype capacity) : m_begin(buffer), m_pos(buffer), m_end(buffer + capacity) {}

    enum class Error : quint8 {
        None,
        BufferTooSmall,
        TokenTooLong,       // more than 8 bytes
        OptionValueTooLong, // more than 65804 bytes
        OptionOutOfOrder,   // a number lower than the one before, or after the payload
        EmptyMessageNotEmpty,
    };

    bool header(CoapType type, quint8 code, quint16 messageId, QByteArrayView token = {});
    bool option(quint16 number, QByteArrayView value = {});
    bool uintOption(quint16 number, quint64 value); // shortest form, 0 as no bytes (§3.2)
    bool payload(QByteArrayView payload);           // the marker only when non-empty

    Error error() const { return m_error; }
    bool ok() const { return m_error == Error::None; }
    qsizetype size() const { return m_pos - m_begin; }
    QByteArrayView bytes() const { return QByteArrayView(m_begin, size()); }

    // Bytes an option takes on the wire, for sizing a buffer.
    static qsizetype optionSize(quint32 delta, qsizetype length);

private:
    bool fail(Error e)
    {
        if (m_error == Error::None)
            m_error = e;
        return false;
    }
    char *m_begin;
    char *m_pos;
    char *m_end;
    quint32 m_previous = 0;
    bool m_empty = false;
    bool m_payloadWritten = false;
    Error m_error = Error::None;
};

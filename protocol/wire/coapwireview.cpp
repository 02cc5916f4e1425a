#include "coapwireview.h"

#include <cstring>

namespace {

constexpr quint8 kWireVersion = 1;     // RFC 7252 §3: Ver MUST be 1
constexpr quint8 kMarker = 0xff;       // the payload marker
constexpr qsizetype kTokenMax = 8;
constexpr qsizetype kOptionValueMax = 65535 + 269; // RFC 7252 §3.1: 14 → 2 bytes + 269

// The extended forms of RFC 7252 §3.1 for an option delta or length nibble.
inline quint8 wireNibble(quint32 value) { return value < 13 ? quint8(value) : value < 269 ? 13 : 14; }
inline int wireExtendedBytes(quint32 value) { return value < 13 ? 0 : value < 269 ? 1 : 2; }
inline char *writeExtended(char *p, quint32 value)
{
    if (value >= 269) {
        const quint32 ext = value - 269;
        *p++ = char(ext >> 8);
        *p++ = char(ext & 0xff);
    } else if (value >= 13) {
        *p++ = char(value - 13);
    }
    return p;
}

} // namespace

quint64 CoapOptionView::uintValue() const
{
    quint64 v = 0;
    for (char c : value)
        v = (v << 8) | quint8(c);
    return v;
}

CoapMessageView CoapMessageView::parse(QByteArrayView datagram)
{
    CoapMessageView v;
    v.m_data = datagram;
    const auto *data = reinterpret_cast<const quint8 *>(datagram.data());
    const qsizetype size = datagram.size();
    auto fail = [&v](CoapDecodeError error, qsizetype offset) {
        v.m_error = error;
        v.m_errorOffset = offset;
        return v;
    };

    if (size < 4) // RFC 7252 §3: the 4-byte fixed header
        return fail(CoapDecodeError::TruncatedHeader, size);
    // RFC 7252 §3: an unknown version is silently ignored, so not even a RST answers it.
    if ((data[0] >> 6) != kWireVersion)
        return fail(CoapDecodeError::UnsupportedVersion, 0);
    v.m_headerValid = true;
    const qsizetype tokenLength = data[0] & 0x0f;
    // RFC 7252 §3: lengths 9-15 are reserved and processed as a message format error.
    if (tokenLength > kTokenMax)
        return fail(CoapDecodeError::ReservedTokenLength, 0);
    const quint8 code = data[1];
    const int codeClass = CoapCode::codeClass(code);
    if (codeClass == 1 || codeClass == 6 || codeClass == 7) // RFC 7252 §12.1: reserved classes
        return fail(CoapDecodeError::ReservedCodeClass, 1);
    // RFC 7252 §4.1: an Empty message has TKL 0 and nothing after the Message ID.
    if (code == CoapCode::Empty && (tokenLength != 0 || size > 4))
        return fail(CoapDecodeError::NonEmptyEmptyMessage, tokenLength != 0 ? 0 : 4);
    if (size < 4 + tokenLength)
        return fail(CoapDecodeError::TruncatedToken, size);
    v.m_tokenLength = tokenLength;

    qsizetype pos = 4 + tokenLength;
    quint32 number = 0;
    v.m_optionsEnd = size;
    v.m_payloadStart = size;
    while (pos < size) {
        const qsizetype optionStart = pos;
        const quint8 first = data[pos++];
        if (first == kMarker) {
            // RFC 7252 §3: a marker followed by a zero-length payload is a format error.
            if (pos == size)
                return fail(CoapDecodeError::PayloadMarkerWithoutPayload, optionStart);
            v.m_optionsEnd = optionStart;
            v.m_payloadStart = pos;
            break;
        }
        quint32 delta = first >> 4;
        quint32 length = first & 0x0f;
        // RFC 7252 §3.1: nibble 15 is reserved except in the marker byte 0xFF.
        if (delta == 15)
            return fail(CoapDecodeError::ReservedOptionDelta, optionStart);
        if (length == 15)
            return fail(CoapDecodeError::ReservedOptionLength, optionStart);
        for (quint32 *field : { &delta, &length }) {
            if (*field == 13) {
                if (size - pos < 1)
                    return fail(CoapDecodeError::TruncatedOption, optionStart);
                *field = 13u + data[pos];
                pos += 1;
            } else if (*field == 14) {
                if (size - pos < 2)
                    return fail(CoapDecodeError::TruncatedOption, optionStart);
                *field = 269u + ((quint32(data[pos]) << 8) | data[pos + 1]);
                pos += 2;
            }
        }
        number += delta; // at most 65535 + 65804 per step, no quint32 overflow
        if (number > 0xffff)
            return fail(CoapDecodeError::OptionNumberTooLarge, optionStart);
        if (size - pos < qsizetype(length))
            return fail(CoapDecodeError::TruncatedOption, optionStart);
        pos += length;
        ++v.m_optionCount;
    }
    v.m_error = CoapDecodeError::None;
    return v;
}

CoapMessageView::OptionIterator CoapMessageView::options() const
{
    OptionIterator it;
    if (isValid()) {
        const auto *data = reinterpret_cast<const quint8 *>(m_data.data());
        it.m_pos = data + 4 + m_tokenLength;
        it.m_end = data + m_optionsEnd;
    }
    return it;
}

bool CoapMessageView::OptionIterator::next()
{
    // parse() checked every option, so only the walk is left.
    if (m_pos >= m_end)
        return false;
    const quint8 first = *m_pos++;
    quint32 delta = first >> 4;
    quint32 length = first & 0x0f;
    if (delta == 13) {
        delta = 13u + *m_pos++;
    } else if (delta == 14) {
        delta = 269u + ((quint32(m_pos[0]) << 8) | m_pos[1]);
        m_pos += 2;
    }
    if (length == 13) {
        length = 13u + *m_pos++;
    } else if (length == 14) {
        length = 269u + ((quint32(m_pos[0]) << 8) | m_pos[1]);
        m_pos += 2;
    }
    m_current.number = quint16(m_current.number + delta);
    m_current.value = QByteArrayView(reinterpret_cast<const char *>(m_pos), qsizetype(length));
    m_pos += length;
    return true;
}

std::optional<CoapOptionView> CoapMessageView::option(quint16 number) const
{
    for (OptionIterator it = options(); it.next();) {
        if (it.option().number == number)
            return it.option();
        if (it.option().number > number)
            break;
    }
    return std::nullopt;
}

namespace {
// `part` (a view into whole's bytes) as a QByteArray that shares whole's buffer: one more
// reference on it, no allocation, no copy. A QByteArray over raw data (no buffer of its own) gives
// a copy instead. Writing to the part detaches it from the buffer first, as for any shared one.
QByteArray sharedPart(const QByteArray &whole, QByteArrayView part)
{
    if (part.isEmpty())
        return QByteArray();
    QByteArray::DataPointer data = const_cast<QByteArray &>(whole).data_ptr(); // a copy: a reference
    if (!data.d_ptr())
        return part.toByteArray();
    data.ptr = const_cast<char *>(part.data());
    data.size = part.size();
    return QByteArray(std::move(data));
}
} // namespace

CoapMessage CoapMessageView::toMessage(const QByteArray *shared) const
{
    if (!isValid())
        return {};
    if (shared && (shared->constData() != m_data.data() || shared->size() != m_data.size()))
        shared = nullptr; // not this view's bytes
    const auto bytes = [shared](QByteArrayView part) { return shared ? sharedPart(*shared, part) : part.toByteArray(); };
    CoapMessage m(type(), code(), messageId(), bytes(token()));
    if (m_optionCount > 0) {
        m.reserveOptions(m_optionCount);
        for (OptionIterator it = options(); it.next();)
            m.addOption(CoapOption(it.option().number, bytes(it.option().value)));
    }
    if (m_payloadStart < m_data.size())
        m.setPayload(bytes(payload()));
    return m;
}

// ---------------------------------------------------------------------------------------------

qsizetype CoapMessageWriter::optionSize(quint32 delta, qsizetype length)
{
    return 1 + wireExtendedBytes(delta) + wireExtendedBytes(quint32(length)) + length;
}

bool CoapMessageWriter::header(CoapType type, quint8 code, quint16 messageId, QByteArrayView token)
{
    if (m_error != Error::None)
        return false;
    if (token.size() > kTokenMax)
        return fail(Error::TokenTooLong);
    if (code == CoapCode::Empty && !token.isEmpty())
        return fail(Error::EmptyMessageNotEmpty); // RFC 7252 §4.1
    if (m_end - m_pos < 4 + token.size())
        return fail(Error::BufferTooSmall);
    *m_pos++ = char((kWireVersion << 6) | (quint8(type) << 4) | quint8(token.size()));
    *m_pos++ = char(code);
    *m_pos++ = char(messageId >> 8);
    *m_pos++ = char(messageId & 0xff);
    if (!token.isEmpty()) {
        std::memcpy(m_pos, token.data(), size_t(token.size()));
        m_pos += token.size();
    }
    m_empty = code == CoapCode::Empty;
    return true;
}

bool CoapMessageWriter::option(quint16 number, QByteArrayView value)
{
    if (m_error != Error::None)
        return false;
    if (m_empty)
        return fail(Error::EmptyMessageNotEmpty);
    if (number < m_previous || m_payloadWritten)
        return fail(Error::OptionOutOfOrder);
    if (value.size() > kOptionValueMax)
        return fail(Error::OptionValueTooLong);
    const quint32 delta = number - m_previous;
    const auto length = quint32(value.size());
    if (m_end - m_pos < optionSize(delta, value.size()))
        return fail(Error::BufferTooSmall);
    *m_pos++ = char((wireNibble(delta) << 4) | wireNibble(length));
    m_pos = writeExtended(m_pos, delta);
    m_pos = writeExtended(m_pos, length);
    if (length) {
        std::memcpy(m_pos, value.data(), length);
        m_pos += length;
    }
    m_previous = number;
    return true;
}

bool CoapMessageWriter::uintOption(quint16 number, quint64 value)
{
    // RFC 7252 §3.2: network byte order with the fewest bytes; 0 is the empty string.
    char bytes[8];
    int n = 0;
    for (quint64 v = value; v != 0; v >>= 8)
        ++n;
    for (int i = 0; i < n; ++i)
        bytes[i] = char((value >> (8 * (n - 1 - i))) & 0xff);
    return option(number, QByteArrayView(bytes, n));
}

bool CoapMessageWriter::payload(QByteArrayView payload)
{
    if (m_error != Error::None)
        return false;
    if (payload.isEmpty())
        return true; // RFC 7252 §3: the marker only when a payload follows
    if (m_empty)
        return fail(Error::EmptyMessageNotEmpty);
    if (m_end - m_pos < 1 + payload.size())
        return fail(Error::BufferTooSmall);
    *m_pos++ = char(kMarker);
    std::memcpy(m_pos, payload.data(), size_t(payload.size()));
    m_pos += payload.size();
    m_payloadWritten = true;
    return true;
}

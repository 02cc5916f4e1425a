#include "coapcodec.h"

#include <algorithm>

namespace {

constexpr quint8 kVersion = 1;         // RFC 7252 §3: Ver MUST be 1
constexpr quint8 kPayloadMarker = 0xff;
constexpr qsizetype kMaxTokenLength = 8;
constexpr qsizetype kMaxOptionValueLength = 65535 + 269; // RFC 7252 §3.1: 14 → 2 bytes + 269

CoapDecodeResult fail(CoapDecodeResult &&result, CoapDecodeError error, qsizetype offset)
{
    result.error = error;
    result.errorOffset = offset;
    return std::move(result);
}

// The extended forms of RFC 7252 §3.1 for an option delta or length nibble.
int nibbleFor(quint32 value)
{
    if (value < 13)
        return int(value);
    if (value < 269)
        return 13;
    return 14;
}

void appendExtended(QByteArray &out, quint32 value)
{
    if (value >= 269) {
        const quint32 ext = value - 269;
        out.append(char(ext >> 8));
        out.append(char(ext & 0xff));
    } else if (value >= 13) {
        out.append(char(value - 13));
    }
}

} // namespace

namespace CoapCodec {

CoapDecodeResult decode(QByteArrayView datagram)
{
    CoapDecodeResult result;
    const auto *data = reinterpret_cast<const quint8 *>(datagram.data());
    const qsizetype size = datagram.size();

    // RFC 7252 §3: 4-byte fixed header.
    if (size < 4)
        return fail(std::move(result), CoapDecodeError::TruncatedHeader, size);

    const quint8 version = data[0] >> 6;
    const qsizetype tokenLength = data[0] & 0x0f;
    CoapMessage &m = result.message;
    m.setType(CoapType(quint8((data[0] >> 4) & 0x03)));
    m.setCode(data[1]);
    m.setMessageId(quint16((quint16(data[2]) << 8) | data[3]));

    // RFC 7252 §3: messages with an unknown version MUST be silently ignored, so the header is not
    // "valid" for answering with RST.
    if (version != kVersion)
        return fail(std::move(result), CoapDecodeError::UnsupportedVersion, 0);
    result.headerValid = true;

    // RFC 7252 §3: lengths 9-15 are reserved and MUST be processed as a message format error.
    if (tokenLength > kMaxTokenLength)
        return fail(std::move(result), CoapDecodeError::ReservedTokenLength, 0);
    // RFC 7252 §12.1: classes 1, 6 and 7 are reserved.
    const int codeClass = CoapCode::codeClass(m.code());
    if (codeClass == 1 || codeClass == 6 || codeClass == 7)
        return fail(std::move(result), CoapDecodeError::ReservedCodeClass, 1);
    // RFC 7252 §4.1: an Empty message has TKL 0 and nothing after the Message ID.
    if (m.code() == CoapCode::Empty && (tokenLength != 0 || size > 4))
        return fail(std::move(result), CoapDecodeError::NonEmptyEmptyMessage, tokenLength != 0 ? 0 : 4);
    if (size < 4 + tokenLength)
        return fail(std::move(result), CoapDecodeError::TruncatedToken, size);
    m.setToken(QByteArray(datagram.data() + 4, tokenLength));

    qsizetype pos = 4 + tokenLength;
    quint32 number = 0;
    while (pos < size) {
        const qsizetype optionStart = pos;
        const quint8 first = data[pos++];
        if (first == kPayloadMarker) {
            // RFC 7252 §3: a marker followed by a zero-length payload is a format error.
            if (pos == size)
                return fail(std::move(result), CoapDecodeError::PayloadMarkerWithoutPayload, optionStart);
            m.setPayload(QByteArray(datagram.data() + pos, size - pos));
            break;
        }
        quint32 delta = first >> 4;
        quint32 length = first & 0x0f;
        // RFC 7252 §3.1: nibble 15 is reserved except in the marker byte 0xFF.
        if (delta == 15)
            return fail(std::move(result), CoapDecodeError::ReservedOptionDelta, optionStart);
        if (length == 15)
            return fail(std::move(result), CoapDecodeError::ReservedOptionLength, optionStart);

        for (quint32 *field : { &delta, &length }) {
            if (*field == 13) {
                if (size - pos < 1)
                    return fail(std::move(result), CoapDecodeError::TruncatedOption, optionStart);
                *field = 13u + data[pos];
                pos += 1;
            } else if (*field == 14) {
                if (size - pos < 2)
                    return fail(std::move(result), CoapDecodeError::TruncatedOption, optionStart);
                *field = 269u + ((quint32(data[pos]) << 8) | data[pos + 1]);
                pos += 2;
            }
        }

        number += delta; // at most 65535 + 65804 per step, no quint32 overflow
        if (number > 0xffff)
            return fail(std::move(result), CoapDecodeError::OptionNumberTooLarge, optionStart);
        if (size - pos < qsizetype(length))
            return fail(std::move(result), CoapDecodeError::TruncatedOption, optionStart);
        // Unknown options are kept: the caller decides (RFC 7252 §5.4.1).
        m.addOption(CoapOption(quint16(number), QByteArray(datagram.data() + pos, length)));
        pos += length;
    }
    return result;
}

QByteArray encode(const CoapMessage &message, CoapEncodeError *error)
{
    auto failWith = [error](CoapEncodeError e) {
        if (error)
            *error = e;
        return QByteArray();
    };
    if (error)
        *error = CoapEncodeError::None;

    if (message.token().size() > kMaxTokenLength)
        return failWith(CoapEncodeError::TokenTooLong);
    // RFC 7252 §4.1: an Empty message is only the 4-byte header.
    if (message.code() == CoapCode::Empty
        && (!message.token().isEmpty() || !message.options().isEmpty() || !message.payload().isEmpty()))
        return failWith(CoapEncodeError::EmptyMessageNotEmpty);

    qsizetype total = 4 + message.token().size() + 1 + message.payload().size();
    for (const CoapOption &o : message.options()) {
        if (o.value().size() > kMaxOptionValueLength)
            return failWith(CoapEncodeError::OptionValueTooLong);
        total += 5 + o.value().size();
    }

    QByteArray out;
    out.reserve(total);
    out.append(char((kVersion << 6) | (quint8(message.type()) << 4) | message.token().size()));
    out.append(char(message.code()));
    out.append(char(message.messageId() >> 8));
    out.append(char(message.messageId() & 0xff));
    out.append(message.token());

    // RFC 7252 §3.1: deltas are non-negative, so options go out in number order. CoapMessage keeps
    // them sorted; the check only guards the unsigned delta below.
    QList<CoapOption> options = message.options();
    const auto byNumber = [](const CoapOption &a, const CoapOption &b) { return a.number() < b.number(); };
    if (!std::is_sorted(options.cbegin(), options.cend(), byNumber))
        std::stable_sort(options.begin(), options.end(), byNumber);
    quint32 previous = 0;
    for (const CoapOption &o : std::as_const(options)) {
        const quint32 delta = o.number() - previous;
        const auto length = quint32(o.value().size());
        out.append(char((nibbleFor(delta) << 4) | nibbleFor(length)));
        appendExtended(out, delta);
        appendExtended(out, length);
        out.append(o.value());
        previous = o.number();
    }
    // RFC 7252 §3: the marker only when a payload follows.
    if (!message.payload().isEmpty()) {
        out.append(char(kPayloadMarker));
        out.append(message.payload());
    }
    return out;
}

CoapOptionCheck checkOptions(const CoapMessage &message, CoapMessageRole role)
{
    CoapOptionCheck check;
    check.message = message;
    const QList<CoapOption> &options = message.options();
    QList<CoapOption> kept;
    kept.reserve(options.size());
    int previousNumber = -1;
    for (int i = 0; i < options.size(); ++i) {
        const CoapOption &o = options[i];
        const bool critical = coapOptionIsCritical(o.number());
        const bool repeat = int(o.number()) == previousNumber; // options are kept sorted by number
        previousNumber = o.number();
        const auto info = coapOptionInfo(o.number());
        std::optional<CoapOptionProblem> problem;
        if (!info || !coapOptionImplemented(o.number(), role))
            problem = critical ? std::optional(CoapOptionProblem::Unrecognized) : std::nullopt;
        else if (o.value().size() < info->minLength || o.value().size() > info->maxLength)
            problem = CoapOptionProblem::BadLength;          // §5.4.3
        else if (repeat && !coapOptionRepeatable(o.number(), role))
            problem = CoapOptionProblem::Repeated;           // §5.4.5: the later ones only
        if (!problem) {
            kept.append(o);
            continue;
        }
        check.issues.append(CoapOptionIssue{o.number(), i, *problem, critical});
        if (critical) {
            if (!check.unprocessable.contains(o.number()))
                check.unprocessable.append(o.number());
            kept.append(o); // the message is not processed anyway; keep it as it came
        }
        // An elective one is ignored: left out of the message that is processed.
    }
    if (kept.size() != options.size()) {
        check.message.clearOptions();
        for (const CoapOption &o : std::as_const(kept))
            check.message.addOption(o);
    }
    return check;
}

CoapOptionCheck checkOptions(const CoapMessage &message)
{
    return checkOptions(message, message.isRequest() ? CoapMessageRole::Request : CoapMessageRole::Response);
}

QList<quint16> unprocessableCriticalOptions(const CoapMessage &message, CoapMessageRole role)
{
    return checkOptions(message, role).unprocessable;
}

QList<quint16> unrecognizedCriticalOptions(const CoapMessage &message)
{
    return checkOptions(message).unprocessable;
}

std::optional<quint32> maxAge(const CoapMessage &message)
{
    // The first occurrence counts (§5.4.5); a value longer than 4 bytes is ignored (§5.4.3).
    const auto o = message.option(CoapOptionNumber::MaxAge);
    if (!o || o->value().size() > 4)
        return std::nullopt;
    return quint32(o->uintValue());
}

const char *optionProblemKey(CoapOptionProblem problem)
{
    switch (problem) {
    case CoapOptionProblem::Unrecognized: return "unrecognized";
    case CoapOptionProblem::BadLength: return "bad-length";
    case CoapOptionProblem::Repeated: return "repeated";
    }
    return "unknown";
}

const char *errorKey(CoapDecodeError error)
{
    switch (error) {
    case CoapDecodeError::None: return "none";
    case CoapDecodeError::TruncatedHeader: return "truncated-header";
    case CoapDecodeError::UnsupportedVersion: return "unsupported-version";
    case CoapDecodeError::ReservedTokenLength: return "reserved-token-length";
    case CoapDecodeError::TruncatedToken: return "truncated-token";
    case CoapDecodeError::ReservedCodeClass: return "reserved-code-class";
    case CoapDecodeError::NonEmptyEmptyMessage: return "non-empty-empty-message";
    case CoapDecodeError::ReservedOptionDelta: return "reserved-option-delta";
    case CoapDecodeError::ReservedOptionLength: return "reserved-option-length";
    case CoapDecodeError::TruncatedOption: return "truncated-option";
    case CoapDecodeError::OptionNumberTooLarge: return "option-number-too-large";
    case CoapDecodeError::PayloadMarkerWithoutPayload: return "payload-marker-without-payload";
    }
    return "unknown";
}

} // namespace CoapCodec

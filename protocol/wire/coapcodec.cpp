#include "coapcodec.h"
#include "coapwireview.h"

#include <algorithm>

namespace {

constexpr qsizetype kMaxTokenLength = 8;
constexpr qsizetype kMaxOptionValueLength = 65535 + 269; // RFC 7252 §3.1: 14 → 2 bytes + 269

} // namespace

namespace CoapCodec {

namespace {
CoapDecodeResult decodeFrom(QByteArrayView datagram, const QByteArray *shared)
{
    // The checks live in CoapMessageView::parse; this builds the value type from the view.
    const CoapMessageView view = CoapMessageView::parse(datagram);
    CoapDecodeResult result;
    result.error = view.error();
    result.errorOffset = view.errorOffset();
    result.headerValid = view.headerValid();
    if (view.isValid()) {
        result.message = view.toMessage(shared);
    } else if (datagram.size() >= 4) {
        // The header fields as far as they could be read (a CON can then be answered with RST).
        result.message.setType(view.type());
        result.message.setCode(view.code());
        result.message.setMessageId(view.messageId());
        result.message.setToken(view.token().toByteArray()); // empty unless the error came after it
    }
    return result;
}
} // namespace

CoapDecodeResult decode(QByteArrayView datagram)
{
    return decodeFrom(datagram, nullptr);
}

CoapDecodeResult decode(const QByteArray &datagram)
{
    return decodeFrom(datagram, &datagram);
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

    // RFC 7252 §3.1: deltas are non-negative, so options go out in number order. CoapMessage keeps
    // them sorted; a copy is sorted only if someone got around that.
    const QList<CoapOption> *options = &message.options();
    QList<CoapOption> sorted;
    const auto byNumber = [](const CoapOption &a, const CoapOption &b) { return a.number() < b.number(); };
    if (!std::is_sorted(options->cbegin(), options->cend(), byNumber)) {
        sorted = *options;
        std::stable_sort(sorted.begin(), sorted.end(), byNumber);
        options = &sorted;
    }
    // The exact size first, so the datagram is written into one allocation.
    qsizetype total = 4 + message.token().size() + (message.payload().isEmpty() ? 0 : 1 + message.payload().size());
    quint32 previous = 0;
    for (const CoapOption &o : *options) {
        if (o.value().size() > kMaxOptionValueLength)
            return failWith(CoapEncodeError::OptionValueTooLong);
        total += CoapMessageWriter::optionSize(o.number() - previous, o.value().size());
        previous = o.number();
    }
    QByteArray out(total, Qt::Uninitialized);
    CoapMessageWriter writer(out.data(), total);
    writer.header(message.type(), message.code(), message.messageId(), message.token());
    for (const CoapOption &o : *options)
        writer.option(o.number(), o.value());
    writer.payload(message.payload());
    Q_ASSERT(writer.ok() && writer.size() == total);
    return out;
}

namespace {
// What is wrong with one option of a message, if anything (§5.4.1, §5.4.3, §5.4.5). repeat: the
// option before it had the same number (options are kept sorted by number).
std::optional<CoapOptionProblem> optionProblem(const CoapOption &o, bool repeat, CoapMessageRole role)
{
    const auto info = coapOptionInfo(o.number());
    if (!info || !coapOptionImplemented(o.number(), role))
        return coapOptionIsCritical(o.number()) ? std::optional(CoapOptionProblem::Unrecognized) : std::nullopt;
    if (o.value().size() < info->minLength || o.value().size() > info->maxLength)
        return CoapOptionProblem::BadLength;          // §5.4.3
    if (repeat && !coapOptionRepeatable(o.number(), role))
        return CoapOptionProblem::Repeated;           // §5.4.5: the later ones only
    return std::nullopt;
}
} // namespace

// Nearly every message has nothing wrong with its options: one pass that builds nothing (this
// runs for every message received), and the full pass of checkOptions() only when something is.
static bool optionsAreClean(const CoapMessage &message, CoapMessageRole role)
{
    const QList<CoapOption> &options = message.options();
    for (int i = 0; i < options.size(); ++i) {
        if (optionProblem(options[i], i > 0 && options[i - 1].number() == options[i].number(), role))
            return false;
    }
    return true;
}

CoapOptionCheck checkOptions(const CoapMessage &message, CoapMessageRole role)
{
    CoapOptionCheck check;
    check.message = message;
    if (optionsAreClean(message, role))
        return check;
    const QList<CoapOption> &options = message.options();
    QList<CoapOption> kept;
    kept.reserve(options.size());
    int previousNumber = -1;
    for (int i = 0; i < options.size(); ++i) {
        const CoapOption &o = options[i];
        const bool critical = coapOptionIsCritical(o.number());
        const bool repeat = int(o.number()) == previousNumber; // options are kept sorted by number
        previousNumber = o.number();
        const std::optional<CoapOptionProblem> problem = optionProblem(o, repeat, role);
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
    // Asked for every response received: the clean pass alone, without a copy of the message.
    if (optionsAreClean(message, message.isRequest() ? CoapMessageRole::Request : CoapMessageRole::Response))
        return {};
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

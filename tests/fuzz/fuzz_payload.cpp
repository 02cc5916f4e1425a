// libFuzzer target: the payload toolkit (protocol/payload/) on any bytes. The first byte picks the
// Content-Format the bytes are said to have, the rest is the payload:
//  - CBOR decoding (RFC 8949) and its faithful diagnostic rendering; a decoded value rendered as
//    diagnostic notation must parse back to a value that renders identically (§8);
//  - the same bytes as diagnostic notation text (and therefore JSON);
//  - SenML JSON and CBOR (RFC 8428);
//  - value extraction for the charts under the chosen Content-Format; never more than kMaxValues;
//  - the text rules with and without their shortcut for the commonest readings give the same values.
#include "cbordiagnostic.h"
#include "payloadvalues.h"
#include "payloadvalues_p.h"
#include "senml.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_payload: %s\n", what);
    std::abort();
}

// Content-Formats with a rule of their own in PayloadValues, plus "absent" and a few without.
constexpr int kFormats[] = {-1, 0, 40, 42, 50, 60, 110, 112, 11542, 320, 0xFFFF};

void checkDiagnosticRoundTrip(const QCborValue &value)
{
    const QString text = CborDiagnostic::toDiagnostic(value);
    const CborDiagnostic::ParseResult again = CborDiagnostic::parse(text);
    if (!again.ok()) {
        std::fprintf(stderr, "diagnostic: %s\n", qPrintable(text));
        fail("toDiagnostic() wrote text that does not parse");
    }
    if (CborDiagnostic::toDiagnostic(again.value) != text) {
        std::fprintf(stderr, "diagnostic: %s\nagain:      %s\n", qPrintable(text),
                     qPrintable(CborDiagnostic::toDiagnostic(again.value)));
        fail("toDiagnostic(parse(toDiagnostic(v))) != toDiagnostic(v)");
    }
    (void)CborDiagnostic::toDiagnostic(value, CborDiagnostic::Style::Indented | CborDiagnostic::Style::AsciiOnly);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int format = kFormats[data[0] % std::size(kFormats)];
    const QByteArray payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const CborDiagnostic::DecodeResult decoded = CborDiagnostic::decode(payload);
    if (!decoded.ok() && (decoded.offset < 0 || decoded.offset > payload.size()))
        fail("CBOR error offset outside the bytes");
    CborDiagnostic::DecodeResult renderError;
    (void)CborDiagnostic::diagnosticFromCbor(payload, CborDiagnostic::Style::Indented, &renderError);
    if (decoded.ok()) {
        if (!renderError.ok())
            fail("decode() accepts what diagnosticFromCbor() rejects");
        checkDiagnosticRoundTrip(decoded.value);
        (void)CborDiagnostic::numericValue(decoded.value);
    }

    const QString text = QString::fromUtf8(payload);
    const CborDiagnostic::ParseResult parsed = CborDiagnostic::parse(text);
    if (parsed.ok()) {
        // The preferred serialization of a parsed value is well-formed CBOR.
        const CborDiagnostic::DecodeResult back = CborDiagnostic::decode(parsed.cbor);
        if (!back.ok())
            fail("parse() produced CBOR that decode() rejects");
    } else if (parsed.position < 0 || parsed.position > text.size()) {
        fail("diagnostic parse error position outside the text");
    }

    const double now = 1.7e9;
    (void)Senml::fromJson(payload, now);
    const SenmlPack cborPack = Senml::fromCbor(payload, now);
    if (!cborPack.ok() && cborPack.recordIndex < -1)
        fail("SenML record index below -1");

    PayloadValuesReason reason = PayloadValuesReason::None;
    const QList<PayloadValue> values = PayloadValues::extract(payload, format, &reason);
    if (values.size() > PayloadValues::kMaxValues)
        fail("more values than kMaxValues");
    if (values.isEmpty() == (reason == PayloadValuesReason::None))
        fail("values and reason disagree");
    using PayloadValues::detail::TextRules;
    if (PayloadValues::detail::scanText(text, TextRules::WithShortcut)
        != PayloadValues::detail::scanText(text, TextRules::GeneralOnly)) {
        std::fprintf(stderr, "text: %s\n", qPrintable(text));
        fail("the shortcut for common readings disagrees with the general text rules");
    }
    double state = 0;
    (void)PayloadValues::stateWordValue(text.left(16), &state);
    return 0;
}

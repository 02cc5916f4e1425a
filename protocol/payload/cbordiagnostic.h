#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QFlags>
#include <QString>
#include <QStringView>

#include <optional>

// CBOR diagnostic notation (RFC 8949 §8, with the extensions of RFC 8610 Appendix G that people
// type: h'..', b64'..', '..' byte strings, (_ ...) chunked strings, 0x/0o/0b integers,
// / comments / and # comments), and decoding of CBOR bytes with a precise error.
//
// Two renderings exist on purpose. QCborValue normalises some tags when it is built (tag 1 epoch
// time becomes a tag 0 string, tag 32 URLs are re-encoded) and forgets indefinite lengths, so a
// QCborValue cannot show what a device really sent. diagnosticFromCbor() therefore walks the bytes
// themselves; toDiagnostic() renders a QCborValue that the application already holds.
namespace CborDiagnostic {

enum class Style {
    Compact = 0x0,   // [1, {"a": 2}]
    Indented = 0x1,  // one item per line, two spaces per level
    AsciiOnly = 0x2, // non-ASCII text as \uXXXX (the form used in RFC 8949 Appendix A)
};
Q_DECLARE_FLAGS(Styles, Style)

enum class DecodeError {
    None,
    Empty,             // no bytes at all
    UnexpectedEnd,     // a data item is cut short (RFC 8949 §3: not well-formed)
    UnexpectedBreak,   // 0xff outside an indefinite-length item (§3.2.1)
    IllegalEncoding,   // reserved additional information 28..30, simple(<32) in two bytes (§3.3)
    InvalidUtf8,       // text string is not UTF-8 (§3.1 major type 3; "valid" per §5.3.1)
    DuplicateMapKey,   // §5.6: a map with duplicate keys is not valid
    NestingTooDeep,    // protection of our stack, not a CBOR rule
    TrailingData,      // bytes after the single top-level item (§5.3: not a CBOR data item)
};

struct DecodeResult
{
    QCborValue value;   // meaningful only when error == None
    DecodeError error = DecodeError::None;
    qsizetype offset = -1; // byte offset of the error, -1 when none
    bool ok() const { return error == DecodeError::None; }
};

enum class ParseError {
    None,
    UnexpectedEnd,       // text ends inside a value
    UnexpectedCharacter, // nothing valid starts here, or a missing ',' ':' ']' '}' ')'
    InvalidNumber,       // e.g. "1.", "01e", a tag number that is not an unsigned integer
    InvalidString,       // bad escape, lone surrogate, unterminated string
    InvalidHex,          // odd number of digits or a non-hex character in h'..'
    InvalidBase64,       // b64'..' that is neither base64 nor base64url
    InvalidSimpleValue,  // simple(n) with n in 24..31 or above 255 (RFC 8949 §3.3)
    MixedChunks,         // (_ ...) must hold only byte strings or only text strings (§3.2.3)
    DuplicateMapKey,     // §5.6
    NestingTooDeep,
    TrailingCharacters,  // anything but whitespace or comments after the value
};

struct ParseResult
{
    QCborValue value;   // meaningful only when error == None
    QByteArray cbor;    // the same value encoded with preferred serialization (RFC 8949 §4.2.1);
                        // unlike value.toCbor(), tags 0/1/32 are kept exactly as written
    ParseError error = ParseError::None;
    qsizetype position = -1; // index into the parsed text (UTF-16 code units), -1 when none
    bool ok() const { return error == ParseError::None; }
};

// RFC 8949 §8 rendering of a value. Integers stay integers, floats always show a '.', an 'e' or
// are NaN/Infinity, so 1 and 1.0 remain distinct. Bignums (tags 2/3) that do not fit 64 bits
// are written as decimal integers, as RFC 8949 Appendix A does.
QString toDiagnostic(const QCborValue &value, Styles style = Style::Compact);

// Renders encoded CBOR faithfully (indefinite lengths as [_ ...], chunked strings as (_ ...),
// tags as sent). On malformed input the text rendered so far is returned and *error (if given)
// says what went wrong and where.
QString diagnosticFromCbor(const QByteArray &cbor, Styles style = Style::Compact,
                           DecodeResult *error = nullptr);

// Parses diagnostic notation, and therefore plain JSON as well.
ParseResult parse(QStringView text);

// Decodes exactly one CBOR data item. Integers outside qint64 (which QCborValue cannot hold)
// become bignum tags 2/3 (RFC 8949 §3.4.3), not the lossy doubles that QCborValue::fromCbor gives.
DecodeResult decode(const QByteArray &bytes);

// The number a value stands for, for consumers that do not care how it was encoded: integers,
// floats, bignums (tags 2/3, RFC 8949 §3.4.3, rounded to double) and decimal fractions and
// bigfloats (tags 4/5, §3.4.4) with integer parts. std::nullopt for anything else.
std::optional<double> numericValue(const QCborValue &value);

} // namespace CborDiagnostic

Q_DECLARE_OPERATORS_FOR_FLAGS(CborDiagnostic::Styles)

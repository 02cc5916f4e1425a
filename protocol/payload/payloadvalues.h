#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Chartable values found in a response payload, for the response view, the live charts and the
// CLI's `observe --json` "values". Heuristic by nature, but never throws and never reads outside
// the payload: any byte sequence gives either values or a reason.

struct PayloadValue
{
    enum class Kind {
        Number,      // a measurement
        Boolean,     // JSON/CBOR true/false, SenML vb: value 1 or 0
        Enumeration, // a state word: value 1 for open/on/true/locked/yes/high/active, 0 for
                     // closed/off/false/unlocked/no/low/inactive; NaN for other SenML vs text
    };

    QString name;  // "" for a bare value; JSON pointer (RFC 6901) for JSON/CBOR; SenML name
    double value = 0;
    QString unit;  // "°C", "%RH", SenML unit …; may be empty
    Kind kind = Kind::Number;
    QString text;  // the word as sent, for Enumeration ("open")

    friend bool operator==(const PayloadValue &, const PayloadValue &) = default;
};

enum class PayloadValuesReason {
    None,              // values were found
    Empty,             // no payload
    NotUtf8,           // text sniffing met bytes that are neither UTF-8 nor Latin-1 text
    NoNumber,          // readable, but nothing chartable in it
    ParseError,        // the content format says JSON/CBOR/SenML and the payload is not that
    UnsupportedFormat, // a content format without chartable values (images, link-format, COSE…)
};

namespace PayloadValues {

// Upper bound on values from one payload: a chart with more series is unreadable, and a large
// JSON document must not turn into thousands of series.
constexpr int kMaxValues = 256;

// contentFormat is the CoAP Content-Format number, -1 when the option is absent: then a payload
// that is valid JSON is read as JSON, anything else as text. Rules per format:
//  - text: "21.5", "Temperature: 25.0°C", "Humidity: 45 %RH", "72 bpm", "battery=87%",
//    several per payload separated by lines, ';' or ','; state words as Enumeration;
//  - JSON (50): every number/boolean leaf, named by its JSON pointer ("/sensors/0/temp"); string
//    leaves that are state words; a JSON array that is valid SenML is read as SenML;
//  - SenML JSON/CBOR (110/112): the chronologically last value of each resolved name;
//  - CBOR (60): like JSON, integer map keys written as numbers ("/1/2").
QList<PayloadValue> extract(const QByteArray &payload, int contentFormat = -1);
QList<PayloadValue> extract(const QByteArray &payload, int contentFormat,
                            PayloadValuesReason *reason);

// The state-word rule on its own: true and sets *value for the words listed above
// (case-insensitive, surrounding spaces ignored).
bool stateWordValue(QStringView word, double *value);

} // namespace PayloadValues

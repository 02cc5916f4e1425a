#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

#include <optional>

// Sensor Measurement Lists (RFC 8428): application/senml+json (content format 110) and
// application/senml+cbor (112), resolved per §4.6 into self-contained records.

// One resolved record (RFC 8428 §4.6): base values applied, times absolute.
struct SenmlRecord
{
    enum class Kind {
        None,    // no value, only a sum (§4.2 allows that)
        Number,  // "v"
        String,  // "vs"
        Boolean, // "vb"
        Data,    // "vd"
    };

    QString name;       // bn + n (§4.5.1)
    double time = 0;    // seconds since the Unix epoch: bt + t, relative times resolved (§4.5.3)
    QString unit;       // u, else bu (§4.5.2)
    Kind kind = Kind::None;
    double value = 0;   // bv + v, when kind == Number (§4.5.4)
    QString stringValue;
    bool boolValue = false;
    QByteArray dataValue;
    std::optional<double> sum;        // bs + s (§4.5.4); absent when neither is present
    std::optional<double> updateTime; // ut, seconds (§4.2)

    friend bool operator==(const SenmlRecord &, const SenmlRecord &) = default;
};

enum class SenmlError {
    None,
    InvalidJson,           // cf 110 payload is not JSON
    InvalidCbor,           // cf 112 payload is not one well-formed CBOR item
    NotAnArray,            // §5, §6: the pack is an array of records
    EmptyPack,             // §11 CDDL: SenML-Pack = [1* record]
    RecordNotAMap,         // each record is a JSON object / CBOR map
    BadFieldType,          // a known field with the wrong type, e.g. "v": "1" (§4.3 Table 1)
    MultipleValues,        // more than one of v, vs, vb, vd (§4.2)
    MissingValue,          // a measurement without value or sum (§4.2)
    InvalidName,           // bn + n empty or outside the §4.5.1 character set
    InvalidDataValue,      // vd is not base64url (§5)
    MustUnderstandField,   // an unknown label ending in '_' (§4.4: must be rejected)
    UnsupportedVersion,    // bver above 10 (§4.4: must not be used)
    VersionMismatch,       // records with different versions (§4.4)
};

struct SenmlPack
{
    QList<SenmlRecord> records; // in chronological order (§4.6), stable for equal times
    SenmlError error = SenmlError::None;
    int recordIndex = -1;       // index in the pack of the offending record, -1 when none
    QString field;              // label of the offending field ("v", "bn", "x_" …), if any
    int version = 10;           // bver, default 10 (§4.4)
    bool ok() const { return error == SenmlError::None; }
};

namespace Senml {

// RFC 8428 §4.5.3: times below 2^28 are relative to "now".
constexpr double kRelativeTimeLimit = 268435456.0;

// 'now' is the time of reception in seconds since the Unix epoch; it is a parameter so that the
// resolution of relative times is deterministic. A record that holds nothing but base fields
// (as in §5.1.7) only sets bases and yields no resolved record.
SenmlPack fromJson(const QByteArray &json, double now);
SenmlPack fromCbor(const QByteArray &cbor, double now);
// For callers that already decoded the CBOR (e.g. with CborDiagnostic::decode).
SenmlPack fromCborValue(const QCborValue &pack, double now);

} // namespace Senml

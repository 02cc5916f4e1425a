#include "senml.h"

#include "cbordiagnostic.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace Senml {

namespace {

// RFC 8428 §4.3 Table 1 and §6 Table 4.
enum class Label { Bver, Bn, Bt, Bu, Bv, Bs, N, U, V, Vs, Vb, S, T, Ut, Vd, Unknown };

struct LabelInfo
{
    const char16_t *text;
    int cbor;
    Label label;
};

constexpr LabelInfo kLabels[] = {
    { u"bver", -1, Label::Bver }, { u"bn", -2, Label::Bn }, { u"bt", -3, Label::Bt },
    { u"bu", -4, Label::Bu },     { u"bv", -5, Label::Bv }, { u"bs", -6, Label::Bs },
    { u"n", 0, Label::N },        { u"u", 1, Label::U },    { u"v", 2, Label::V },
    { u"vs", 3, Label::Vs },      { u"vb", 4, Label::Vb },  { u"s", 5, Label::S },
    { u"t", 6, Label::T },        { u"ut", 7, Label::Ut },  { u"vd", 8, Label::Vd },
};

QString labelText(Label label)
{
    for (const LabelInfo &info : kLabels)
        if (info.label == label)
            return QString::fromUtf16(info.text);
    return {};
}

// A record as a list of (label, value); JSON records are converted to QCborValue values so that
// both representations share one resolver.
struct Field
{
    Label label = Label::Unknown;
    QString text; // the label as written, for errors
    QCborValue value;
};

struct Failure
{
    SenmlError error = SenmlError::None;
    QString field;
};

// RFC 8428 §6: numbers may be integers, floats or decimal fractions (tag 4); bignums come out
// of CborDiagnostic::decode for integers beyond 64 bits.
std::optional<double> toNumber(const QCborValue &v)
{
    return CborDiagnostic::numericValue(v);
}

// RFC 8428 §4.5.1.
bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    auto alnum = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (!alnum(name.front()))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [&](QChar c) {
        return alnum(c) || c == u'-' || c == u':' || c == u'.' || c == u'/' || c == u'_';
    });
}

// What one record says, before the bases of earlier records are applied.
struct RawRecord
{
    std::optional<QString> bn, bu, n, u, vs;
    std::optional<double> bt, bv, bs, v, s, t, ut;
    std::optional<bool> vb;
    std::optional<QByteArray> vd;
    std::optional<qint64> bver;
};

Failure readRecord(const QList<Field> &fields, bool fromJson, RawRecord &raw)
{
    for (const Field &f : fields) {
        const QCborValue &v = f.value;
        auto bad = [&] { return Failure{ SenmlError::BadFieldType, f.text }; };
        auto text = [&](std::optional<QString> &out) {
            if (!v.isString())
                return false;
            out = v.toString();
            return true;
        };
        auto number = [&](std::optional<double> &out) {
            out = toNumber(v);
            return out.has_value() && std::isfinite(*out);
        };
        bool ok = true;
        switch (f.label) {
        case Label::Bn: ok = text(raw.bn); break;
        case Label::Bu: ok = text(raw.bu); break;
        case Label::N: ok = text(raw.n); break;
        case Label::U: ok = text(raw.u); break;
        case Label::Vs: ok = text(raw.vs); break;
        case Label::Bt: ok = number(raw.bt); break;
        case Label::Bv: ok = number(raw.bv); break;
        case Label::Bs: ok = number(raw.bs); break;
        case Label::V: ok = number(raw.v); break;
        case Label::S: ok = number(raw.s); break;
        case Label::T: ok = number(raw.t); break;
        case Label::Ut: ok = number(raw.ut); break;
        case Label::Vb:
            ok = v.isBool();
            raw.vb = v.toBool();
            break;
        case Label::Vd:
            if (fromJson) {
                // §5: base64url (RFC 4648 §5) without padding.
                if (!v.isString())
                    return bad();
                const auto decoded = QByteArray::fromBase64Encoding(
                    v.toString().toLatin1(),
                    QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || v.toString().contains(u'='))
                    return { SenmlError::InvalidDataValue, f.text };
                raw.vd = decoded.decoded;
            } else {
                ok = v.isByteArray(); // §6: a byte string
                raw.vd = v.toByteArray();
            }
            break;
        case Label::Bver:
            // §4.4 positive integer; §6: in CBOR only an unsigned integer.
            ok = v.isInteger() && v.toInteger() > 0;
            raw.bver = v.toInteger();
            break;
        case Label::Unknown:
            // §4.4: unknown labels are ignored, unless they end in '_'.
            if (f.text.endsWith(u'_'))
                return { SenmlError::MustUnderstandField, f.text };
            break;
        }
        if (!ok)
            return bad();
    }
    return {};
}

SenmlPack resolve(const QList<QList<Field>> &records, bool fromJson, double now)
{
    SenmlPack pack;
    auto fail = [&pack](SenmlError e, int index, const QString &field = {}) {
        pack.records.clear();
        pack.error = e;
        pack.recordIndex = index;
        pack.field = field;
        return pack;
    };
    if (records.isEmpty())
        return fail(SenmlError::EmptyPack, -1);

    QString baseName, baseUnit;
    double baseTime = 0, baseValue = 0;
    std::optional<double> baseSum;
    bool versionSeen = false;
    for (int i = 0; i < records.size(); ++i) {
        RawRecord raw;
        const Failure failure = readRecord(records.at(i), fromJson, raw);
        if (failure.error != SenmlError::None)
            return fail(failure.error, i, failure.field);

        if (raw.bver) {
            if (*raw.bver > 10)
                return fail(SenmlError::UnsupportedVersion, i, QStringLiteral("bver"));
            // §4.4: one version per pack, normally given once in the first record.
            if ((versionSeen || i > 0) && *raw.bver != pack.version)
                return fail(SenmlError::VersionMismatch, i, QStringLiteral("bver"));
            pack.version = int(*raw.bver);
            versionSeen = true;
        }
        // Base fields apply to this record and all later ones until replaced (§4.1).
        if (raw.bn)
            baseName = *raw.bn;
        if (raw.bt)
            baseTime = *raw.bt;
        if (raw.bu)
            baseUnit = *raw.bu;
        if (raw.bv)
            baseValue = *raw.bv;
        if (raw.bs)
            baseSum = raw.bs;

        const int valueCount = int(raw.v.has_value()) + int(raw.vs.has_value())
                             + int(raw.vb.has_value()) + int(raw.vd.has_value());
        if (valueCount > 1) // §4.2: exactly one Value field
            return fail(SenmlError::MultipleValues, i);
        if (valueCount == 0 && !raw.s) {
            // A record of only base fields (§5.1.7) carries no measurement.
            if (raw.n || raw.u || raw.t || raw.ut)
                return fail(SenmlError::MissingValue, i);
            continue;
        }

        SenmlRecord r;
        r.name = baseName + raw.n.value_or(QString());
        if (!isValidName(r.name))
            return fail(SenmlError::InvalidName, i, raw.n ? QStringLiteral("n") : QStringLiteral("bn"));
        r.time = baseTime + raw.t.value_or(0.0);
        if (r.time < kRelativeTimeLimit) // §4.5.3: relative to now, negative means in the past
            r.time += now;
        r.unit = raw.u.value_or(baseUnit);
        r.updateTime = raw.ut;
        if (raw.s || baseSum) // §4.5.4: a missing one of bs and s counts as zero
            r.sum = baseSum.value_or(0.0) + raw.s.value_or(0.0);
        if (raw.v) {
            r.kind = SenmlRecord::Kind::Number;
            r.value = baseValue + *raw.v; // §4.5.4
        } else if (raw.vs) {
            r.kind = SenmlRecord::Kind::String;
            r.stringValue = *raw.vs;
        } else if (raw.vb) {
            r.kind = SenmlRecord::Kind::Boolean;
            r.boolValue = *raw.vb;
        } else if (raw.vd) {
            r.kind = SenmlRecord::Kind::Data;
            r.dataValue = *raw.vd;
        }
        pack.records.append(r);
    }
    // §4.6: resolved records are in chronological order.
    std::stable_sort(pack.records.begin(), pack.records.end(),
                     [](const SenmlRecord &a, const SenmlRecord &b) { return a.time < b.time; });
    return pack;
}

SenmlPack failed(SenmlError e)
{
    SenmlPack pack;
    pack.error = e;
    return pack;
}

} // namespace

SenmlPack fromJson(const QByteArray &json, double now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument refuses scalars; tell "valid JSON but not a pack" from "not JSON".
        QJsonParseError wrapped;
        QJsonDocument::fromJson('[' + json + ']', &wrapped);
        return failed(wrapped.error == QJsonParseError::NoError ? SenmlError::NotAnArray
                                                                : SenmlError::InvalidJson);
    }
    if (!doc.isArray())
        return failed(SenmlError::NotAnArray);

    QList<QList<Field>> records;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            SenmlPack pack = failed(SenmlError::RecordNotAMap);
            pack.recordIndex = int(i);
            return pack;
        }
        const QJsonObject object = array.at(i).toObject();
        QList<Field> fields;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            Field f;
            f.text = it.key();
            for (const LabelInfo &info : kLabels)
                if (f.text == QStringView(info.text))
                    f.label = info.label;
            f.value = QCborValue::fromJsonValue(it.value());
            fields.append(f);
        }
        records.append(fields);
    }
    return resolve(records, true, now);
}

SenmlPack fromCborValue(const QCborValue &value, double now)
{
    if (!value.isArray())
        return failed(SenmlError::NotAnArray);
    QList<QList<Field>> records;
    const QCborArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isMap()) {
            SenmlPack pack = failed(SenmlError::RecordNotAMap);
            pack.recordIndex = int(i);
            return pack;
        }
        const QCborMap map = array.at(i).toMap();
        QList<Field> fields;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            Field f;
            const QCborValue key = it.key();
            if (key.isInteger()) {
                // §6 Table 4 is conclusive; other integer labels are unknown and ignored.
                for (const LabelInfo &info : kLabels)
                    if (key.toInteger() == info.cbor)
                        f.label = info.label;
                f.text = f.label == Label::Unknown ? QString::number(key.toInteger())
                                                   : labelText(f.label);
            } else if (key.isString()) {
                // Extensions use text labels (§6); the JSON names are accepted as well.
                f.text = key.toString();
                for (const LabelInfo &info : kLabels)
                    if (f.text == QStringView(info.text))
                        f.label = info.label;
            } else {
                continue;
            }
            f.value = it.value();
            fields.append(f);
        }
        records.append(fields);
    }
    return resolve(records, false, now);
}

SenmlPack fromCbor(const QByteArray &cbor, double now)
{
    const CborDiagnostic::DecodeResult decoded = CborDiagnostic::decode(cbor);
    if (!decoded.ok())
        return failed(SenmlError::InvalidCbor);
    return fromCborValue(decoded.value, now);
}

} // namespace Senml

#include "payloadvalues.h"
#include "payloadvalues_p.h"

#include "cbordiagnostic.h"
#include "coapoption.h"
#include "senml.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace PayloadValues {

namespace {

constexpr int kMaxDepth = 64;

class Collector
{
public:
    bool full() const { return m_values.size() >= kMaxValues; }
    void add(const PayloadValue &v)
    {
        if (!full() && std::isfinite(v.value))
            m_values.append(v);
    }
    // SenML: one value per name, the later record replacing the earlier in place. NaN is let
    // through here: it marks a state text that is not one of the known words.
    void setNamed(const PayloadValue &v)
    {
        const auto it = m_indexByName.constFind(v.name);
        if (it != m_indexByName.cend()) {
            m_values[*it] = v;
        } else if (!full()) {
            m_indexByName.insert(v.name, int(m_values.size()));
            m_values.append(v);
        }
    }
    const QList<PayloadValue> &values() const { return m_values; }

private:
    QList<PayloadValue> m_values;
    QHash<QString, int> m_indexByName;
};

PayloadValue number(const QString &name, double value, const QString &unit = {})
{
    PayloadValue v;
    v.name = name;
    v.value = value;
    v.unit = unit;
    return v;
}

PayloadValue boolean(const QString &name, bool b)
{
    PayloadValue v;
    v.name = name;
    v.value = b ? 1 : 0;
    v.kind = PayloadValue::Kind::Boolean;
    return v;
}

std::optional<PayloadValue> enumeration(const QString &name, QStringView word)
{
    double value = 0;
    if (!stateWordValue(word, &value))
        return std::nullopt;
    PayloadValue v;
    v.name = name;
    v.value = value;
    v.kind = PayloadValue::Kind::Enumeration;
    v.text = word.trimmed().toString();
    return v;
}

// ---------------------------------------------------------------------------------------------
// JSON and CBOR trees; names are JSON pointers (RFC 6901)

QString pointerToken(QString key)
{
    // RFC 6901 §3: '~' → "~0" first, then '/' → "~1".
    return key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

void walkJson(const QJsonValue &v, const QString &path, Collector &out, int depth)
{
    if (out.full() || depth > kMaxDepth)
        return;
    switch (v.type()) {
    case QJsonValue::Double:
        out.add(number(path, v.toDouble()));
        break;
    case QJsonValue::Bool:
        out.add(boolean(path, v.toBool()));
        break;
    case QJsonValue::String:
        if (const auto e = enumeration(path, v.toString()))
            out.add(*e);
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !out.full(); ++i)
            walkJson(a.at(i), path + u'/' + QString::number(i), out, depth + 1);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd() && !out.full(); ++it)
            walkJson(it.value(), path + u'/' + pointerToken(it.key()), out, depth + 1);
        break;
    }
    default:
        break;
    }
}

QString cborKeyToken(const QCborValue &key)
{
    if (key.isString())
        return pointerToken(key.toString());
    if (key.isInteger())
        return QString::number(key.toInteger());
    return pointerToken(CborDiagnostic::toDiagnostic(key));
}

void walkCbor(const QCborValue &v, const QString &path, Collector &out, int depth)
{
    if (out.full() || depth > kMaxDepth)
        return;
    if (const std::optional<double> n = CborDiagnostic::numericValue(v)) {
        out.add(number(path, *n));
    } else if (v.isBool()) {
        out.add(boolean(path, v.toBool()));
    } else if (v.isString()) {
        if (const auto e = enumeration(path, v.toString()))
            out.add(*e);
    } else if (v.isArray()) {
        const QCborArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !out.full(); ++i)
            walkCbor(a.at(i), path + u'/' + QString::number(i), out, depth + 1);
    } else if (v.isMap()) {
        const QCborMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend() && !out.full(); ++it)
            walkCbor(it.value(), path + u'/' + cborKeyToken(it.key()), out, depth + 1);
    } else if (v.isTag() && !v.isDateTime()) {
        // Unknown tags do not change what a number means for a chart; look inside.
        walkCbor(v.taggedValue(), path, out, depth + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// SenML (RFC 8428)

void collectSenml(const SenmlPack &pack, Collector &out)
{
    // Records come in chronological order (§4.6), so the last one of a name is the newest.
    for (const SenmlRecord &r : pack.records) {
        PayloadValue v;
        v.name = r.name;
        v.unit = r.unit;
        switch (r.kind) {
        case SenmlRecord::Kind::Number:
            if (!std::isfinite(r.value))
                continue;
            v.value = r.value;
            break;
        case SenmlRecord::Kind::Boolean:
            v.kind = PayloadValue::Kind::Boolean;
            v.value = r.boolValue ? 1 : 0;
            break;
        case SenmlRecord::Kind::String:
            v.kind = PayloadValue::Kind::Enumeration;
            v.text = r.stringValue;
            if (!stateWordValue(r.stringValue, &v.value))
                v.value = std::numeric_limits<double>::quiet_NaN();
            break;
        case SenmlRecord::Kind::None:
            // Only a sum (§4.2): it is in unit × seconds.
            if (!r.sum || !std::isfinite(*r.sum))
                continue;
            v.value = *r.sum;
            if (!v.unit.isEmpty())
                v.unit += QStringLiteral("·s");
            break;
        case SenmlRecord::Kind::Data:
            continue;
        }
        out.setNamed(v);
    }
}

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

// ---------------------------------------------------------------------------------------------
// Text

// Valid UTF-8 first; Latin-1 when every byte is printable in it (cheap sensors send "25\xb0C").
bool decodeText(const QByteArray &payload, QString &text)
{
    QByteArray bytes = payload;
    while (bytes.endsWith('\0')) // C strings sent with their terminator
        bytes.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return true;
    }
    for (char ch : std::as_const(bytes)) {
        const uchar c = uchar(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0))
            return false;
    }
    text = QString::fromLatin1(bytes);
    return true;
}

QString cleanName(QStringView raw)
{
    QString name = raw.trimmed().toString();
    while (!name.isEmpty() && (name.back() == u':' || name.back() == u'=' || name.back().isSpace()))
        name.chop(1);
    while (!name.isEmpty() && (name.front() == u',' || name.front() == u';' || name.front().isSpace()))
        name.remove(0, 1);
    return name;
}

void scanItem(QStringView item, Collector &out, int depth, detail::TextRules rules);

bool isTextSeparator(QChar c)
{
    return c == u'\r' || c == u'\n' || c == u';' || c == u'|' || c == u'&' || c == u',';
}

void scanText(const QString &text, Collector &out, detail::TextRules rules)
{
    // Records are lines; ';' '|' '&' and ',' separate further readings on a line. A decimal
    // comma is not supported: "25,5" reads as 25 and 5.
    if (std::none_of(text.cbegin(), text.cend(), isTextSeparator)) {
        scanItem(text, out, 0, rules); // one reading, the common case: no split to make
        return;
    }
    static const QRegularExpression separators(QStringLiteral("[\\r\\n;|&,]+"));
    const QStringList items = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (out.full())
            return;
        scanItem(item, out, 0, rules);
    }
}

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Characters a unit may start with, and go on with, in the shortcut below. A subset of what the
// general rule takes: Latin letters and the usual unit signs.
bool isUnitStart(QChar c)
{
    return isAsciiLetter(c) || c == u'%' || c == u'\u00b0' /* ° */ || c == u'\u00b5' /* µ */
            || c == u'\u03bc' /* μ */ || c == u'\u2030' /* ‰ */ || c == u'\u03a9' /* Ω */;
}
bool isUnitPart(QChar c)
{
    return isUnitStart(c) || isAsciiDigit(c) || c == u'/' || c == u'\u00b2' /* ² */ || c == u'\u00b3' /* ³ */
            || c == u'\u00b7' /* · */;
}

// The shortcut for the commonest readings: "21.5", "21.5 °C", "Temperature: 25.0°C", "temp=21",
// "battery=87%", that is [name ':' or '=' spaces] number [one space] [unit], with a name of
// Latin letters, a number without exponent and a unit of the characters above. On exactly that
// shape the general rules (three regular expressions, some ten times the work; the live charts
// read every notification) give one value with this name, number and unit:
//  - the whitespace-pair split needs every token to hold a '=' with text after it, and
//    "temp= 21" or "21 °C" have a token without;
//  - the state-word form needs the item to end in letters after its only ':' or '=', and
//    the number comes after it;
//  - the number rule's look-behind sees the start, the separator or a space; its look-ahead
//    sees no digit and no '.', as the number stops only at the unit or the end;
//  - the unit runs to the end, so nothing follows it that would make it the next name, and
//    any digits in it lie before where the number rule looks again.
// tst_payloadvalues::shortcutAgreesWithGeneralRules and the payload fuzzer compare the two.
// Anything else returns false and goes the general way.
bool quickReading(QStringView item, PayloadValue *value)
{
    const qsizetype n = item.size();
    qsizetype i = 0;
    while (i < n && isAsciiLetter(item[i]))
        ++i;
    const qsizetype nameEnd = i;
    if (nameEnd > 0) {
        if (nameEnd > 64 || i == n || (item[i] != u':' && item[i] != u'='))
            return false;
        ++i;
        while (i < n && item[i] == u' ')
            ++i;
    }
    const qsizetype numberStart = i;
    if (i < n && (item[i] == u'-' || item[i] == u'+'))
        ++i;
    const qsizetype integerStart = i;
    while (i < n && isAsciiDigit(item[i]))
        ++i;
    const bool integerDigits = i > integerStart;
    bool fractionDigits = false;
    if (i < n && item[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < n && isAsciiDigit(item[i]))
            ++i;
        fractionDigits = i > fractionStart;
        if (!fractionDigits)
            return false; // "21." or "1.2.3": the general rules
    }
    if (!integerDigits && !fractionDigits)
        return false;
    const qsizetype numberEnd = i;
    if (i < n && (item[i] == u'.' || item[i] == u'e' || item[i] == u'E'))
        return false; // a dotted run or an exponent
    qsizetype unitStart = i;
    if (i < n) {
        if (item[i] == u' ')
            unitStart = ++i;
        if (i == n || !isUnitStart(item[i]))
            return false;
        for (++i; i < n; ++i) {
            if (!isUnitPart(item[i]))
                return false;
        }
    }
    bool ok = false;
    const double number = item.sliced(numberStart, numberEnd - numberStart).toDouble(&ok);
    if (!ok)
        return false;
    value->name = item.first(nameEnd).toString();
    value->value = number;
    value->unit = item.sliced(unitStart).toString();
    value->kind = PayloadValue::Kind::Number;
    value->text.clear();
    return true;
}

void scanItem(QStringView item, Collector &out, int depth, detail::TextRules rules)
{
    item = item.trimmed();
    if (item.isEmpty())
        return;
    if (rules == detail::TextRules::WithShortcut) {
        PayloadValue quick;
        if (quickReading(item, &quick)) {
            out.add(quick);
            return;
        }
    }

    // "door=open light=on temp=21": whitespace-separated pairs are items of their own.
    if (depth == 0) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QList<QStringView> tokens = item.split(space, Qt::SkipEmptyParts);
        const bool allPairs = tokens.size() > 1 && std::all_of(tokens.cbegin(), tokens.cend(), [](QStringView t) {
            const qsizetype eq = t.indexOf(u'=');
            return eq > 0 && eq + 1 < t.size();
        });
        if (allPairs) {
            for (QStringView t : tokens)
                scanItem(t, out, depth + 1, rules);
            return;
        }
    }

    // "Door: open", "door=OPEN", "on"
    static const QRegularExpression stateForm(
        QStringLiteral("^(?:([^:=]*?)\\s*[:=]\\s*)?([A-Za-z]+)$"));
    const QRegularExpressionMatch state = stateForm.match(item);
    if (state.hasMatch()) {
        if (const auto e = enumeration(cleanName(state.capturedView(1)), state.capturedView(2)))
            out.add(*e);
        return;
    }

    // A number not glued to a preceding word ("CO2", "PM2.5" are names, not readings) nor
    // part of a dotted run ("1.2.3", addresses), then an optional unit: one optional space and
    // a token that does not start with a digit. The token is the next name instead when ':' or
    // '=' follows it, or when it is a spaced-off word followed by another number ("T 21 H 40").
    static const QRegularExpression numberRe(QStringLiteral(
        "(?<![\\p{L}\\p{N}_.])[-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?(?!\\.?\\d)"));
    static const QRegularExpression unitRe(QStringLiteral(
        "( ?)([^\\s\\d,;:=.+\\-()\\[\\]{}\"'][^\\s,;:=()\\[\\]{}\"']*)(\\s*[:=])?(\\s+[-+]?\\.?\\d)?"));
    qsizetype nameStart = 0;
    auto it = numberRe.globalMatch(item);
    while (it.hasNext() && !out.full()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < nameStart)
            continue; // inside a unit already consumed
        bool ok = false;
        const double value = m.capturedView().toDouble(&ok);
        const QString name = cleanName(item.mid(nameStart, m.capturedStart() - nameStart));
        nameStart = m.capturedEnd();
        if (!ok)
            continue;
        QString unit;
        const QRegularExpressionMatch u = unitRe.match(item, m.capturedEnd(),
                                                       QRegularExpression::NormalMatch,
                                                       QRegularExpression::AnchorAtOffsetMatchOption);
        const bool nextName = u.hasCaptured(3)
            || (u.hasCaptured(4) && !u.capturedView(1).isEmpty() && u.capturedView(2).front().isLetter());
        if (u.hasMatch() && !nextName) {
            unit = u.captured(2);
            nameStart = u.capturedEnd(2);
        }
        out.add(number(name, value, unit));
    }
}

// ---------------------------------------------------------------------------------------------

// QJsonDocument only takes objects and arrays (RFC 8259 allows any value): parse inside [ ].
std::optional<QJsonValue> parseJson(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + payload + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

enum class Format { Sniff, Text, Json, Cbor, SenmlJson, SenmlCbor, Unsupported };

Format formatOf(int contentFormat)
{
    switch (contentFormat) {
    case -1: return Format::Sniff;
    case CoapContentFormat::TextPlain: return Format::Text;
    case CoapContentFormat::Json:
    case CoapContentFormat::JsonPatchJson:
    case CoapContentFormat::MergePatchJson:
    case CoapContentFormat::CoapGroupJson:
    case CoapContentFormat::TdJson:
        return Format::Json;
    case CoapContentFormat::Cbor: return Format::Cbor;
    case CoapContentFormat::SenmlJson:
    case CoapContentFormat::SensmlJson: // a stream of the same records (RFC 8428 §4.8)
        return Format::SenmlJson;
    case CoapContentFormat::SenmlCbor:
    case CoapContentFormat::SensmlCbor:
        return Format::SenmlCbor;
    case CoapContentFormat::CoseEncrypt0:
    case CoapContentFormat::CoseMac0:
    case CoapContentFormat::CoseSign1:
    case CoapContentFormat::ImageGif:
    case CoapContentFormat::ImageJpeg:
    case CoapContentFormat::ImagePng:
    case CoapContentFormat::LinkFormat: // links, not readings (RFC 6690)
    case CoapContentFormat::Exi:
    case CoapContentFormat::Cwt:
    case CoapContentFormat::MultipartCore:
    case CoapContentFormat::CborSeq:
    case CoapContentFormat::SenmlExi:
    case CoapContentFormat::SensmlExi:
        return Format::Unsupported;
    default:
        return Format::Sniff; // unknown or loosely labelled (e.g. octet-stream): look at it
    }
}

// A JSON or CBOR array that is valid SenML with at least one measurement is read as SenML.
bool trySenml(const SenmlPack &pack, Collector &out)
{
    if (!pack.ok() || pack.records.isEmpty())
        return false;
    collectSenml(pack, out);
    return true;
}

void extractJson(const QByteArray &payload, const QJsonValue &json, Collector &out)
{
    if (json.isArray() && trySenml(Senml::fromJson(payload, nowSeconds()), out))
        return;
    walkJson(json, QString(), out, 0);
}

PayloadValuesReason extractInto(const QByteArray &payload, int contentFormat, Collector &out)
{
    if (payload.isEmpty())
        return PayloadValuesReason::Empty;

    Format format = formatOf(contentFormat);
    switch (format) {
    case Format::Unsupported:
        return PayloadValuesReason::UnsupportedFormat;
    case Format::Json: {
        const auto json = parseJson(payload);
        if (!json)
            return PayloadValuesReason::ParseError;
        extractJson(payload, *json, out);
        break;
    }
    case Format::SenmlJson: {
        const SenmlPack pack = Senml::fromJson(payload, nowSeconds());
        if (!pack.ok()) // RFC 8428 §4.4: invalid SenML must not be used
            return PayloadValuesReason::ParseError;
        collectSenml(pack, out);
        break;
    }
    case Format::SenmlCbor: {
        const SenmlPack pack = Senml::fromCbor(payload, nowSeconds());
        if (!pack.ok())
            return PayloadValuesReason::ParseError;
        collectSenml(pack, out);
        break;
    }
    case Format::Cbor: {
        const CborDiagnostic::DecodeResult decoded = CborDiagnostic::decode(payload);
        if (!decoded.ok())
            return PayloadValuesReason::ParseError;
        if (!(decoded.value.isArray() && trySenml(Senml::fromCborValue(decoded.value, nowSeconds()), out)))
            walkCbor(decoded.value, QString(), out, 0);
        break;
    }
    case Format::Sniff:
    case Format::Text: {
        // Mislabelled JSON is common; text/plain is only re-read as JSON when it looks like it.
        const char first = payload.trimmed().isEmpty() ? '\0' : payload.trimmed().at(0);
        if (format == Format::Sniff || first == '{' || first == '[') {
            if (const auto json = parseJson(payload)) {
                extractJson(payload, *json, out);
                break;
            }
        }
        QString text;
        if (!decodeText(payload, text))
            return PayloadValuesReason::NotUtf8;
        scanText(text, out, detail::TextRules::WithShortcut);
        break;
    }
    }
    return out.values().isEmpty() ? PayloadValuesReason::NoNumber : PayloadValuesReason::None;
}

} // namespace

bool stateWordValue(QStringView word, double *value)
{
    // Two-state words; the first of each pair is the "active" state, charted as 1.
    static const char16_t *const kPairs[][2] = {
        { u"open", u"closed" }, { u"on", u"off" },   { u"true", u"false" },
        { u"locked", u"unlocked" }, { u"yes", u"no" }, { u"high", u"low" },
        { u"active", u"inactive" },
    };
    const QStringView w = word.trimmed();
    for (const auto &pair : kPairs) {
        for (int i = 0; i < 2; ++i) {
            if (w.compare(QStringView(pair[i]), Qt::CaseInsensitive) == 0) {
                if (value)
                    *value = i == 0 ? 1 : 0;
                return true;
            }
        }
    }
    return false;
}

QList<PayloadValue> extract(const QByteArray &payload, int contentFormat, PayloadValuesReason *reason)
{
    Collector out;
    const PayloadValuesReason r = extractInto(payload, contentFormat, out);
    if (reason)
        *reason = r;
    return r == PayloadValuesReason::None ? out.values() : QList<PayloadValue>();
}

QList<PayloadValue> extract(const QByteArray &payload, int contentFormat)
{
    return extract(payload, contentFormat, nullptr);
}

namespace detail {

QList<PayloadValue> scanText(const QString &text, TextRules rules)
{
    Collector out;
    PayloadValues::scanText(text, out, rules);
    return out.values();
}

bool takesShortcut(QStringView item)
{
    PayloadValue unused;
    return quickReading(item.trimmed(), &unused);
}

} // namespace detail

} // namespace PayloadValues

#include "cbordiagnostic.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QFloat16>
#include <QSet>
#include <QStringList>

#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

namespace CborDiagnostic {

namespace {

// Deep enough for any real payload, shallow enough that recursion cannot exhaust the stack on
// hostile input.
constexpr int kMaxDepth = 256;

// ---------------------------------------------------------------------------------------------
// Big unsigned integers as minimal big-endian byte strings (the bignum content of RFC 8949 §3.4.3)

QByteArray stripLeadingZeros(QByteArray bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes.at(i) == 0)
        ++i;
    return bytes.mid(i);
}

QByteArray bigFromUint64(quint64 v)
{
    QByteArray out(8, Qt::Uninitialized);
    for (int i = 7; i >= 0; --i, v >>= 8)
        out[i] = char(v & 0xff);
    return stripLeadingZeros(out);
}

QByteArray bigIncrement(QByteArray bytes)
{
    for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
        const quint8 b = quint8(bytes.at(i)) + 1;
        bytes[i] = char(b);
        if (b != 0)
            return bytes;
    }
    return bytes.prepend('\x01');
}

QByteArray bigDecrement(QByteArray bytes) // bytes must be > 0
{
    for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
        const quint8 b = quint8(bytes.at(i));
        bytes[i] = char(b - 1);
        if (b != 0)
            break;
    }
    return stripLeadingZeros(bytes);
}

QString bigToDecimal(QByteArray bytes)
{
    bytes = stripLeadingZeros(bytes);
    if (bytes.isEmpty())
        return QStringLiteral("0");
    // Repeated division by 10^9 over base-256 digits; bignums in payloads are short.
    QString digits;
    while (!bytes.isEmpty()) {
        quint64 rem = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const quint64 cur = (rem << 8) | quint8(bytes.at(i));
            bytes[i] = char(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        bytes = stripLeadingZeros(bytes);
        QString chunk = QString::number(rem);
        if (!bytes.isEmpty())
            chunk = chunk.rightJustified(9, u'0');
        digits.prepend(chunk);
    }
    return digits;
}

QByteArray bigFromDecimal(QStringView digits)
{
    QByteArray out;
    for (QChar c : digits) {
        quint32 carry = quint32(c.unicode() - u'0');
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            const quint32 cur = quint32(quint8(out.at(i))) * 10 + carry;
            out[i] = char(cur & 0xff);
            carry = cur >> 8;
        }
        while (carry) {
            out.prepend(char(carry & 0xff));
            carry >>= 8;
        }
    }
    return stripLeadingZeros(out);
}

// Bignums that a plain integer could not hold are shown as integers, like RFC 8949 Appendix A
// does; anything else (leading zeros, small values) keeps its tag so nothing is hidden.
// 'beyondQint64' widens the rule to what QCborValue cannot hold as an Integer: decode() turns
// such major type 0/1 integers into bignums, and they should read as the integers they were.
bool bignumPrintsAsInteger(const QByteArray &content, bool beyondQint64)
{
    if (content.isEmpty() || content.at(0) == 0)
        return false;
    return content.size() > 8 || (beyondQint64 && content.size() == 8 && quint8(content.at(0)) >= 0x80);
}

QString bignumText(quint64 tag, const QByteArray &content)
{
    // RFC 8949 §3.4.3: tag 2 is n, tag 3 is -1 - n.
    return tag == 2 ? bigToDecimal(content) : u'-' + bigToDecimal(bigIncrement(content));
}

// ---------------------------------------------------------------------------------------------
// Leaf formatting (RFC 8949 §8)

QString formatDouble(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0.0") : QStringLiteral("0.0");

    // Shortest digits that round-trip, then laid out like JavaScript's Number#toString (decimal
    // from 1e-6 up to 1e21), always with a '.' so that a float never reads as an integer.
    const QString e = QString::number(std::fabs(d), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf(u'e');
    QString digits = e.left(ePos);
    digits.remove(u'.');
    const int exponent = e.mid(ePos + 1).toInt();
    const QString sign = d < 0 ? QStringLiteral("-") : QString();

    if (exponent >= -6 && exponent < 21) {
        QString out;
        if (exponent < 0) {
            out = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
        } else if (digits.size() <= exponent + 1) {
            out = digits + QString(exponent + 1 - digits.size(), u'0') + QStringLiteral(".0");
        } else {
            out = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
        }
        return sign + out;
    }
    QString mantissa = digits.left(1) + u'.' + (digits.size() > 1 ? digits.mid(1) : QStringLiteral("0"));
    return sign + mantissa + u'e' + (exponent < 0 ? u'-' : u'+') + QString::number(std::abs(exponent));
}

void appendHex4(QString &out, char16_t unit)
{
    out += QStringLiteral("\\u") + QString::number(unit, 16).rightJustified(4, u'0');
}

// JSON escapes (RFC 8259 §7), which RFC 8949 §8 adopts for text strings.
QString formatText(QStringView text, Styles style)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\b': out += QStringLiteral("\\b"); break;
        case u'\f': out += QStringLiteral("\\f"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && style.testFlag(Style::AsciiOnly)))
                appendHex4(out, c);
            else
                out += qc;
        }
    }
    out += u'"';
    return out;
}

QString formatBytes(const QByteArray &bytes)
{
    return QStringLiteral("h'") + QString::fromLatin1(bytes.toHex()) + u'\'';
}

QString formatSimple(quint8 v)
{
    switch (v) {
    case 20: return QStringLiteral("false");
    case 21: return QStringLiteral("true");
    case 22: return QStringLiteral("null");
    case 23: return QStringLiteral("undefined");
    default: return QStringLiteral("simple(%1)").arg(v);
    }
}

// Lays out an array or map. 'marker' is "_ " for indefinite length (RFC 8949 §8.1).
QString formatContainer(QChar open, QChar close, bool indefinite, const QStringList &items,
                        Styles style, int depth)
{
    const QString marker = indefinite ? QStringLiteral("_ ") : QString();
    if (items.isEmpty())
        return open + marker + close;
    if (!style.testFlag(Style::Indented))
        return open + marker + items.join(QStringLiteral(", ")) + close;
    const QString inner(2 * (depth + 1), u' ');
    QString out = open + (indefinite ? QStringLiteral("_") : QString()) + u'\n';
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += inner + items.at(i);
        out += i + 1 < items.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    return out + QString(2 * depth, u' ') + close;
}

// ---------------------------------------------------------------------------------------------
// QCborValue → text

QString render(const QCborValue &v, Styles style, int depth)
{
    if (depth > kMaxDepth)
        return QStringLiteral("...");
    switch (v.type()) {
    case QCborValue::Integer: return QString::number(v.toInteger());
    case QCborValue::Double: return formatDouble(v.toDouble());
    case QCborValue::ByteArray: return formatBytes(v.toByteArray());
    case QCborValue::String: return formatText(v.toString(), style);
    case QCborValue::False: return QStringLiteral("false");
    case QCborValue::True: return QStringLiteral("true");
    case QCborValue::Null: return QStringLiteral("null");
    case QCborValue::Undefined: return QStringLiteral("undefined");
    case QCborValue::Invalid: return QStringLiteral("undefined");
    case QCborValue::Array: {
        QStringList items;
        const QCborArray a = v.toArray();
        for (const QCborValue &item : a)
            items += render(item, style, depth + 1);
        return formatContainer(u'[', u']', false, items, style, depth);
    }
    case QCborValue::Map: {
        QStringList items;
        const QCborMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            items += render(it.key(), style, depth + 1) + QStringLiteral(": ")
                   + render(it.value(), style, depth + 1);
        return formatContainer(u'{', u'}', false, items, style, depth);
    }
    default:
        break;
    }
    if (v.isSimpleType())
        return formatSimple(quint8(v.toSimpleType()));
    if (v.isTag()) { // also DateTime, Url, RegularExpression, Uuid
        const quint64 tag = quint64(v.tag());
        const QCborValue inner = v.taggedValue();
        if ((tag == 2 || tag == 3) && inner.isByteArray()
            && bignumPrintsAsInteger(inner.toByteArray(), true))
            return bignumText(tag, inner.toByteArray());
        return QString::number(tag) + u'(' + render(inner, style, depth) + u')';
    }
    return QStringLiteral("undefined");
}

// ---------------------------------------------------------------------------------------------
// CBOR bytes → QCborValue or text, over QCborStreamReader

DecodeError fromQtError(QCborError e)
{
    switch (e.c) {
    case QCborError::NoError: return DecodeError::None;
    case QCborError::EndOfFile:
    case QCborError::DataTooLarge: // a length larger than the remaining input
        return DecodeError::UnexpectedEnd;
    case QCborError::UnexpectedBreak: return DecodeError::UnexpectedBreak;
    case QCborError::InvalidUtf8String: return DecodeError::InvalidUtf8;
    case QCborError::NestingTooDeep: return DecodeError::NestingTooDeep;
    default: return DecodeError::IllegalEncoding;
    }
}

class Walker
{
public:
    explicit Walker(const QByteArray &bytes) : m_reader(bytes), m_size(bytes.size()) {}

    DecodeError error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    bool readValue(QCborValue &out, int depth);
    bool readText(QString &out, Styles style, int depth);
    bool finishTopLevel();

private:
    bool fail(DecodeError e, qsizetype offset = -1)
    {
        if (m_error == DecodeError::None) {
            m_error = e;
            m_errorOffset = offset >= 0 ? offset : qsizetype(m_reader.currentOffset());
        }
        return false;
    }
    bool failFromReader()
    {
        const DecodeError e = fromQtError(m_reader.lastError());
        return fail(e == DecodeError::None ? DecodeError::UnexpectedEnd : e);
    }
    bool advance() { return m_reader.next() || failFromReader(); }
    bool readChunks(QList<QByteArray> *bytes, QStringList *texts);

    QCborStreamReader m_reader;
    qsizetype m_size = 0;
    DecodeError m_error = DecodeError::None;
    qsizetype m_errorOffset = -1;
};

// Reads a byte or text string chunk by chunk (RFC 8949 §3.2.3); one chunk when definite.
bool Walker::readChunks(QList<QByteArray> *bytes, QStringList *texts)
{
    if (bytes) {
        auto r = m_reader.readByteArray();
        while (r.status == QCborStreamReader::Ok) {
            bytes->append(r.data);
            r = m_reader.readByteArray();
        }
        return r.status == QCborStreamReader::EndOfString || failFromReader();
    }
    auto r = m_reader.readString();
    while (r.status == QCborStreamReader::Ok) {
        texts->append(r.data);
        r = m_reader.readString();
    }
    return r.status == QCborStreamReader::EndOfString || failFromReader();
}

bool Walker::readValue(QCborValue &out, int depth)
{
    if (depth > kMaxDepth)
        return fail(DecodeError::NestingTooDeep);
    if (m_reader.lastError() != QCborError::NoError)
        return failFromReader();
    switch (m_reader.type()) {
    case QCborStreamReader::UnsignedInteger: {
        const quint64 v = m_reader.toUnsignedInteger();
        out = v <= quint64(std::numeric_limits<qint64>::max())
            ? QCborValue(qint64(v))
            : QCborValue(QCborKnownTags::PositiveBignum, bigFromUint64(v));
        return advance();
    }
    case QCborStreamReader::NegativeInteger: {
        // Qt gives -value, i.e. n + 1 for the encoded argument n; 2^64 wraps to 0 and the
        // subtraction below wraps it back to n = 2^64 - 1.
        const quint64 n = quint64(m_reader.toNegativeInteger()) - 1;
        out = n <= quint64(std::numeric_limits<qint64>::max())
            ? QCborValue(qint64(-1) - qint64(n))
            : QCborValue(QCborKnownTags::NegativeBignum, bigFromUint64(n));
        return advance();
    }
    case QCborStreamReader::ByteArray: {
        QList<QByteArray> chunks;
        if (!readChunks(&chunks, nullptr))
            return false;
        QByteArray all;
        for (const QByteArray &c : chunks)
            all += c;
        out = QCborValue(all);
        return true;
    }
    case QCborStreamReader::String: {
        QStringList chunks;
        if (!readChunks(nullptr, &chunks))
            return false;
        out = QCborValue(chunks.join(QString()));
        return true;
    }
    case QCborStreamReader::Array: {
        if (!m_reader.enterContainer())
            return failFromReader();
        QCborArray array;
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            QCborValue item;
            if (!readValue(item, depth + 1))
                return false;
            array.append(item);
        }
        if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
            return failFromReader();
        out = array;
        return true;
    }
    case QCborStreamReader::Map: {
        if (!m_reader.enterContainer())
            return failFromReader();
        QCborMap map;
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            const qsizetype keyOffset = qsizetype(m_reader.currentOffset());
            QCborValue key, value;
            if (!readValue(key, depth + 1))
                return false;
            if (map.contains(key))
                return fail(DecodeError::DuplicateMapKey, keyOffset);
            if (!readValue(value, depth + 1))
                return false;
            map.insert(key, value);
        }
        if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
            return failFromReader();
        out = map;
        return true;
    }
    case QCborStreamReader::Tag: {
        const QCborTag tag = m_reader.toTag();
        if (!advance())
            return false;
        QCborValue inner;
        if (!readValue(inner, depth + 1))
            return false;
        out = QCborValue(tag, inner);
        return true;
    }
    case QCborStreamReader::SimpleType:
        out = QCborValue(m_reader.toSimpleType());
        return advance();
    case QCborStreamReader::Float16:
        out = QCborValue(double(m_reader.toFloat16()));
        return advance();
    case QCborStreamReader::Float:
        out = QCborValue(double(m_reader.toFloat()));
        return advance();
    case QCborStreamReader::Double:
        out = QCborValue(m_reader.toDouble());
        return advance();
    case QCborStreamReader::Invalid:
        break;
    }
    return failFromReader();
}

bool Walker::readText(QString &out, Styles style, int depth)
{
    if (depth > kMaxDepth)
        return fail(DecodeError::NestingTooDeep);
    if (m_reader.lastError() != QCborError::NoError)
        return failFromReader();
    switch (m_reader.type()) {
    case QCborStreamReader::UnsignedInteger:
        out += QString::number(m_reader.toUnsignedInteger());
        return advance();
    case QCborStreamReader::NegativeInteger: {
        const quint64 magnitude = quint64(m_reader.toNegativeInteger());
        out += magnitude == 0 ? QStringLiteral("-18446744073709551616")
                              : u'-' + QString::number(magnitude);
        return advance();
    }
    case QCborStreamReader::ByteArray:
    case QCborStreamReader::String: {
        const bool isBytes = m_reader.isByteArray();
        const bool definite = m_reader.isLengthKnown();
        QList<QByteArray> bytes;
        QStringList texts;
        if (!readChunks(isBytes ? &bytes : nullptr, isBytes ? nullptr : &texts))
            return false;
        QStringList parts;
        for (const QByteArray &b : bytes)
            parts += formatBytes(b);
        for (const QString &t : texts)
            parts += formatText(t, style);
        if (definite)
            out += parts.isEmpty() ? (isBytes ? QStringLiteral("h''") : QStringLiteral("\"\"")) : parts.first();
        else
            out += QStringLiteral("(_ ") + parts.join(QStringLiteral(", ")) + u')';
        return true;
    }
    case QCborStreamReader::Array:
    case QCborStreamReader::Map: {
        const bool isMap = m_reader.isMap();
        const bool indefinite = !m_reader.isLengthKnown();
        if (!m_reader.enterContainer())
            return failFromReader();
        QStringList items;
        bool ok = true;
        while (ok && m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            QString item;
            ok = readText(item, style, depth + 1);
            if (ok && isMap) {
                item += QStringLiteral(": ");
                ok = readText(item, style, depth + 1);
            }
            items += item;
        }
        out += formatContainer(isMap ? u'{' : u'[', isMap ? u'}' : u']', indefinite, items, style, depth);
        if (!ok)
            return false;
        if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
            return failFromReader();
        return true;
    }
    case QCborStreamReader::Tag: {
        const quint64 tag = quint64(m_reader.toTag());
        if (!advance())
            return false;
        if ((tag == 2 || tag == 3) && m_reader.isByteArray() && m_reader.isLengthKnown()) {
            QList<QByteArray> chunks;
            if (!readChunks(&chunks, nullptr))
                return false;
            const QByteArray content = chunks.value(0);
            // Only bignums beyond 64 bits read as integers here: a smaller one was a deliberate
            // choice of the sender, and this rendering shows the bytes as sent.
            out += bignumPrintsAsInteger(content, false)
                ? bignumText(tag, content)
                : QString::number(tag) + u'(' + formatBytes(content) + u')';
            return true;
        }
        out += QString::number(tag) + u'(';
        const bool ok = readText(out, style, depth + 1);
        out += u')';
        return ok;
    }
    case QCborStreamReader::SimpleType:
        out += formatSimple(quint8(m_reader.toSimpleType()));
        return advance();
    case QCborStreamReader::Float16:
        out += formatDouble(double(m_reader.toFloat16()));
        return advance();
    case QCborStreamReader::Float:
        out += formatDouble(double(m_reader.toFloat()));
        return advance();
    case QCborStreamReader::Double:
        out += formatDouble(m_reader.toDouble());
        return advance();
    case QCborStreamReader::Invalid:
        break;
    }
    return failFromReader();
}

bool Walker::finishTopLevel()
{
    // RFC 8949 §5.3: a CBOR data item is exactly one item; anything after it is an error here
    // (a CBOR sequence, RFC 8742, has its own content format 63).
    if (m_error != DecodeError::None)
        return false;
    if (qsizetype(m_reader.currentOffset()) < m_size)
        return fail(DecodeError::TrailingData, qsizetype(m_reader.currentOffset()));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Text → CBOR bytes (preferred serialization, RFC 8949 §4.2.1)

void putHead(QByteArray &out, int major, quint64 arg)
{
    const char m = char(major << 5);
    if (arg < 24) {
        out += char(m | char(arg));
    } else if (arg <= 0xff) {
        out += char(m | 24);
        out += char(arg);
    } else if (arg <= 0xffff) {
        out += char(m | 25);
        for (int s = 8; s >= 0; s -= 8)
            out += char(arg >> s);
    } else if (arg <= 0xffffffffu) {
        out += char(m | 26);
        for (int s = 24; s >= 0; s -= 8)
            out += char(arg >> s);
    } else {
        out += char(m | 27);
        for (int s = 56; s >= 0; s -= 8)
            out += char(arg >> s);
    }
}

void putBytes(QByteArray &out, int major, const QByteArray &content)
{
    putHead(out, major, quint64(content.size()));
    out += content;
}

// RFC 8949 §4.2.2: the shortest float that preserves the value; NaN as the half 0x7e00.
void putFloat(QByteArray &out, double d)
{
    if (std::isnan(d)) {
        out += QByteArray::fromHex("f97e00");
        return;
    }
    // Out-of-range double → float conversion is undefined, so only convert what fits.
    const bool fitsFloat = std::isinf(d) || std::fabs(d) <= double(FLT_MAX);
    const float f = fitsFloat ? float(d) : 0.0f;
    const qfloat16 h(f);
    if (fitsFloat && double(float(h)) == d && std::signbit(float(h)) == std::signbit(d)) {
        quint16 bits;
        std::memcpy(&bits, &h, sizeof bits);
        out += char(0xf9);
        out += char(bits >> 8);
        out += char(bits & 0xff);
    } else if (fitsFloat && double(f) == d) {
        quint32 bits;
        std::memcpy(&bits, &f, sizeof bits);
        out += char(0xfa);
        for (int s = 24; s >= 0; s -= 8)
            out += char(bits >> s);
    } else {
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        out += char(0xfb);
        for (int s = 56; s >= 0; s -= 8)
            out += char(bits >> s);
    }
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class DiagParser
{
public:
    explicit DiagParser(QStringView text) : m_text(text) {}

    bool parseDocument(QByteArray &out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(ParseError::TrailingCharacters, m_pos);
        return true;
    }
    ParseError error() const { return m_error; }
    qsizetype errorPosition() const { return m_errorPos; }

private:
    bool fail(ParseError e, qsizetype pos)
    {
        if (m_error == ParseError::None) {
            m_error = e;
            m_errorPos = pos;
        }
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    bool failHere()
    {
        return fail(atEnd() ? ParseError::UnexpectedEnd : ParseError::UnexpectedCharacter, m_pos);
    }
    bool expect(QChar c)
    {
        skipSpace();
        if (peek() != c)
            return failHere();
        ++m_pos;
        return true;
    }

    // Whitespace plus the comments of RFC 8610 Appendix G.6: "/ ... /" and "# ..." to line end.
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                ++m_pos;
            } else if (c == u'/') {
                const qsizetype end = m_text.indexOf(u'/', m_pos + 1);
                m_pos = end < 0 ? m_text.size() : end + 1;
            } else if (c == u'#') {
                const qsizetype end = m_text.indexOf(u'\n', m_pos + 1);
                m_pos = end < 0 ? m_text.size() : end + 1;
            } else {
                return;
            }
        }
    }

    QStringView word() const
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && isIdentChar(m_text.at(end)))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }

    bool parseValue(QByteArray &out, int depth);
    bool parseContainer(QByteArray &out, int depth, bool isMap);
    bool parseChunks(QByteArray &out, int depth);
    bool parseNumberOrTag(QByteArray &out, int depth);
    bool parseQuoted(QChar quote, QString &text);
    bool parseHex(QByteArray &bytes);
    bool parseBase64(QByteArray &bytes);
    bool parseSimple(QByteArray &out);

    QStringView m_text;
    qsizetype m_pos = 0;
    ParseError m_error = ParseError::None;
    qsizetype m_errorPos = -1;
};

bool DiagParser::parseValue(QByteArray &out, int depth)
{
    if (depth > kMaxDepth)
        return fail(ParseError::NestingTooDeep, m_pos);
    skipSpace();
    if (atEnd())
        return fail(ParseError::UnexpectedEnd, m_pos);
    const QChar c = peek();
    if (c == u'[')
        return parseContainer(out, depth, false);
    if (c == u'{')
        return parseContainer(out, depth, true);
    if (c == u'(')
        return parseChunks(out, depth);
    if (c == u'"' || c == u'\'') {
        QString text;
        if (!parseQuoted(c, text))
            return false;
        // RFC 8610 G.2: single quotes give a byte string of the UTF-8 of the text.
        putBytes(out, c == u'"' ? 3 : 2, text.toUtf8());
        return true;
    }
    if (c == u'-' || c.isDigit())
        return parseNumberOrTag(out, depth);
    if (c == u'h' && peek(1) == u'\'') {
        QByteArray bytes;
        if (!parseHex(bytes))
            return false;
        putBytes(out, 2, bytes);
        return true;
    }
    const QStringView w = word();
    if (w == u"b64" && peek(3) == u'\'') {
        QByteArray bytes;
        if (!parseBase64(bytes))
            return false;
        putBytes(out, 2, bytes);
        return true;
    }
    struct Keyword { const char16_t *text; const char *cbor; };
    static const Keyword keywords[] = {
        { u"false", "\xf4" }, { u"true", "\xf5" }, { u"null", "\xf6" }, { u"undefined", "\xf7" },
    };
    for (const Keyword &k : keywords) {
        if (w == k.text) {
            out += k.cbor;
            m_pos += w.size();
            return true;
        }
    }
    if (w == u"Infinity" || w == u"NaN") {
        putFloat(out, w == u"NaN" ? std::numeric_limits<double>::quiet_NaN()
                                   : std::numeric_limits<double>::infinity());
        m_pos += w.size();
        return true;
    }
    if (w == u"simple")
        return parseSimple(out);
    return fail(ParseError::UnexpectedCharacter, m_pos);
}

bool DiagParser::parseContainer(QByteArray &out, int depth, bool isMap)
{
    const QChar close = isMap ? u'}' : u']';
    ++m_pos; // '[' or '{'
    skipSpace();
    bool indefinite = false;
    if (peek() == u'_' && !isIdentChar(peek(1))) { // RFC 8949 §8.1: [_ ...] / {_ ...}
        indefinite = true;
        ++m_pos;
        skipSpace();
    }
    QByteArray body;
    quint64 count = 0;
    QSet<QByteArray> keys;
    if (peek() != close) {
        for (;;) {
            if (isMap) {
                skipSpace();
                const qsizetype keyPos = m_pos;
                QByteArray key;
                if (!parseValue(key, depth + 1))
                    return false;
                // Encodings are generated canonically here, so equal keys have equal bytes.
                if (keys.contains(key))
                    return fail(ParseError::DuplicateMapKey, keyPos);
                keys.insert(key);
                body += key;
                if (!expect(u':'))
                    return false;
            }
            if (!parseValue(body, depth + 1))
                return false;
            ++count;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == close)
                break;
            return failHere();
        }
    }
    ++m_pos; // close
    const int major = isMap ? 5 : 4;
    if (indefinite) {
        out += char((major << 5) | 31);
        out += body;
        out += char(0xff);
    } else {
        putHead(out, major, count);
        out += body;
    }
    return true;
}

// (_ "strea", "ming") / (_ h'01', h'02'): an indefinite-length string (RFC 8949 §3.2.3, §8.1).
bool DiagParser::parseChunks(QByteArray &out, int depth)
{
    ++m_pos; // '('
    skipSpace();
    if (peek() != u'_')
        return failHere();
    ++m_pos;
    QByteArray body;
    int major = -1;
    skipSpace();
    if (peek() != u')') {
        for (;;) {
            skipSpace();
            const qsizetype chunkPos = m_pos;
            QByteArray chunk;
            if (!parseValue(chunk, depth + 1))
                return false;
            const quint8 head = quint8(chunk.at(0));
            const int chunkMajor = head >> 5;
            // Chunks are definite strings of the one major type of the whole string.
            if ((chunkMajor != 2 && chunkMajor != 3) || (head & 0x1f) == 31
                || (major >= 0 && chunkMajor != major))
                return fail(ParseError::MixedChunks, chunkPos);
            major = chunkMajor;
            body += chunk;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u')')
                break;
            return failHere();
        }
    }
    ++m_pos; // ')'
    out += char(((major < 0 ? 2 : major) << 5) | 31);
    out += body;
    out += char(0xff);
    return true;
}

bool DiagParser::parseNumberOrTag(QByteArray &out, int depth)
{
    const qsizetype start = m_pos;
    const bool negative = peek() == u'-';
    if (negative) {
        ++m_pos;
        if (word() == u"Infinity") {
            m_pos += 8;
            putFloat(out, -std::numeric_limits<double>::infinity());
            return true;
        }
    }
    // RFC 8610 G.3 also allows 0x / 0o / 0b integers.
    int base = 10;
    if (peek() == u'0' && (peek(1) == u'x' || peek(1) == u'X' || peek(1) == u'o' || peek(1) == u'b')) {
        const QChar b = peek(1).toLower();
        base = b == u'x' ? 16 : b == u'o' ? 8 : 2;
        m_pos += 2;
    }
    const qsizetype digitsStart = m_pos;
    auto isDigitOfBase = [base](QChar c) {
        if (base == 16)
            return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
        return c >= u'0' && c < QChar(u'0' + base);
    };
    while (!atEnd() && isDigitOfBase(peek()) && peek().unicode() < 128)
        ++m_pos;
    if (m_pos == digitsStart)
        return fail(ParseError::InvalidNumber, start);
    const QStringView digits = m_text.mid(digitsStart, m_pos - digitsStart);

    bool isFloat = false;
    if (base == 10 && peek() == u'.') {
        ++m_pos;
        const qsizetype fracStart = m_pos;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9')
            ++m_pos;
        if (m_pos == fracStart)
            return fail(ParseError::InvalidNumber, start);
        isFloat = true;
    }
    if (base == 10 && (peek() == u'e' || peek() == u'E')) {
        ++m_pos;
        if (peek() == u'+' || peek() == u'-')
            ++m_pos;
        const qsizetype expStart = m_pos;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9')
            ++m_pos;
        if (m_pos == expStart)
            return fail(ParseError::InvalidNumber, start);
        isFloat = true;
    }
    if (isIdentChar(peek()))
        return fail(ParseError::InvalidNumber, start);

    if (isFloat) {
        bool ok = false;
        const double d = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return fail(ParseError::InvalidNumber, start);
        putFloat(out, d);
        return true;
    }

    // Magnitude as a big integer, so that any length works (bignums, RFC 8949 §3.4.3).
    QByteArray magnitude;
    if (base == 10) {
        magnitude = bigFromDecimal(digits);
    } else {
        for (QChar c : digits) {
            quint32 carry = quint32(QStringView(&c, 1).toUInt(nullptr, 16));
            for (qsizetype i = magnitude.size() - 1; i >= 0; --i) {
                const quint32 cur = quint32(quint8(magnitude.at(i))) * quint32(base) + carry;
                magnitude[i] = char(cur & 0xff);
                carry = cur >> 8;
            }
            if (carry)
                magnitude.prepend(char(carry));
        }
        magnitude = stripLeadingZeros(magnitude);
    }

    if (peek() == u'(') { // a tag: number(value), RFC 8949 §8
        if (negative || magnitude.size() > 8)
            return fail(ParseError::InvalidNumber, start);
        quint64 tag = 0;
        for (char b : std::as_const(magnitude))
            tag = (tag << 8) | quint8(b);
        ++m_pos;
        putHead(out, 6, tag);
        if (!parseValue(out, depth + 1))
            return false;
        return expect(u')');
    }

    const bool isZero = magnitude.isEmpty();
    // -n is encoded as major type 1 with argument n - 1 (RFC 8949 §3.1); "-0" is just 0.
    const QByteArray argument = negative && !isZero ? bigDecrement(magnitude) : magnitude;
    const int major = negative && !isZero ? 1 : 0;
    if (argument.size() <= 8) {
        quint64 v = 0;
        for (char b : argument)
            v = (v << 8) | quint8(b);
        putHead(out, major, v);
    } else {
        putHead(out, 6, major == 0 ? 2 : 3);
        putBytes(out, 2, argument);
    }
    return true;
}

// "..." with JSON escapes (RFC 8259 §7), or '...' with \' as well.
bool DiagParser::parseQuoted(QChar quote, QString &text)
{
    const qsizetype start = m_pos;
    ++m_pos;
    for (;;) {
        if (atEnd())
            return fail(ParseError::InvalidString, start);
        const QChar c = m_text.at(m_pos++);
        if (c == quote)
            return true;
        if (c != u'\\') {
            text += c;
            continue;
        }
        if (atEnd())
            return fail(ParseError::InvalidString, start);
        const QChar e = m_text.at(m_pos++);
        switch (e.unicode()) {
        case u'"': case u'\\': case u'/': case u'\'': text += e; break;
        case u'b': text += u'\b'; break;
        case u'f': text += u'\f'; break;
        case u'n': text += u'\n'; break;
        case u'r': text += u'\r'; break;
        case u't': text += u'\t'; break;
        case u'u': {
            auto hex4 = [this](char16_t &unit) {
                if (m_pos + 4 > m_text.size())
                    return false;
                bool ok = false;
                const QStringView h = m_text.mid(m_pos, 4);
                for (QChar hc : h)
                    if (!isxdigit(hc.toLatin1()))
                        return false;
                unit = char16_t(h.toUInt(&ok, 16));
                m_pos += 4;
                return ok;
            };
            const qsizetype escPos = m_pos - 2;
            char16_t unit = 0;
            if (!hex4(unit))
                return fail(ParseError::InvalidString, escPos);
            if (QChar::isLowSurrogate(unit))
                return fail(ParseError::InvalidString, escPos);
            if (QChar::isHighSurrogate(unit)) {
                char16_t low = 0;
                if (peek() != u'\\' || peek(1) != u'u')
                    return fail(ParseError::InvalidString, escPos);
                m_pos += 2;
                if (!hex4(low) || !QChar::isLowSurrogate(low))
                    return fail(ParseError::InvalidString, escPos);
                text += QChar(unit);
                text += QChar(low);
            } else {
                text += QChar(unit);
            }
            break;
        }
        default:
            return fail(ParseError::InvalidString, m_pos - 2);
        }
    }
}

bool DiagParser::parseHex(QByteArray &bytes)
{
    const qsizetype start = m_pos;
    m_pos += 2; // h'
    QByteArray digits;
    for (;;) {
        skipSpace(); // RFC 8610 G.2 allows whitespace and comments inside h'...'
        if (atEnd())
            return fail(ParseError::InvalidHex, start);
        const QChar c = m_text.at(m_pos);
        if (c == u'\'')
            break;
        if (c.unicode() > 127 || !isxdigit(c.toLatin1()))
            return fail(ParseError::InvalidHex, m_pos);
        digits += c.toLatin1();
        ++m_pos;
    }
    ++m_pos;
    if (digits.size() % 2)
        return fail(ParseError::InvalidHex, start);
    bytes = QByteArray::fromHex(digits);
    return true;
}

bool DiagParser::parseBase64(QByteArray &bytes)
{
    const qsizetype start = m_pos;
    m_pos += 4; // b64'
    QByteArray chars;
    for (;;) {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
        if (atEnd())
            return fail(ParseError::InvalidBase64, start);
        const QChar c = m_text.at(m_pos);
        if (c == u'\'')
            break;
        if (c.unicode() > 127)
            return fail(ParseError::InvalidBase64, m_pos);
        chars += c.toLatin1();
        ++m_pos;
    }
    ++m_pos;
    // Either alphabet of RFC 4648 (§4 classic, §5 URL-safe), padding optional.
    const bool url = chars.contains('-') || chars.contains('_');
    if (url && (chars.contains('+') || chars.contains('/')))
        return fail(ParseError::InvalidBase64, start);
    auto options = QByteArray::AbortOnBase64DecodingErrors
                 | (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    const auto result = QByteArray::fromBase64Encoding(chars, options);
    if (!result)
        return fail(ParseError::InvalidBase64, start);
    bytes = result.decoded;
    return true;
}

bool DiagParser::parseSimple(QByteArray &out)
{
    const qsizetype start = m_pos;
    m_pos += 6; // simple
    if (!expect(u'('))
        return false;
    skipSpace();
    const qsizetype digitsStart = m_pos;
    while (!atEnd() && peek() >= u'0' && peek() <= u'9')
        ++m_pos;
    bool ok = false;
    const uint v = m_text.mid(digitsStart, m_pos - digitsStart).toUInt(&ok);
    if (!ok)
        return fail(ParseError::InvalidSimpleValue, start);
    // RFC 8949 §3.3: 24..31 are reserved and cannot be encoded.
    if (v > 255 || (v >= 24 && v < 32))
        return fail(ParseError::InvalidSimpleValue, start);
    if (v < 24) {
        out += char(0xe0 | v);
    } else {
        out += char(0xf8);
        out += char(v);
    }
    return expect(u')');
}

} // namespace

QString toDiagnostic(const QCborValue &value, Styles style)
{
    return render(value, style, 0);
}

QString diagnosticFromCbor(const QByteArray &cbor, Styles style, DecodeResult *error)
{
    DecodeResult result;
    QString text;
    if (cbor.isEmpty()) {
        result.error = DecodeError::Empty;
        result.offset = 0;
    } else {
        Walker walker(cbor);
        if (!walker.readText(text, style, 0) || !walker.finishTopLevel()) {
            result.error = walker.error();
            result.offset = walker.errorOffset();
        }
    }
    if (error)
        *error = result;
    return text;
}

DecodeResult decode(const QByteArray &bytes)
{
    DecodeResult result;
    if (bytes.isEmpty()) {
        result.error = DecodeError::Empty;
        result.offset = 0;
        return result;
    }
    Walker walker(bytes);
    QCborValue value;
    if (walker.readValue(value, 0) && walker.finishTopLevel()) {
        result.value = value;
    } else {
        result.error = walker.error();
        result.offset = walker.errorOffset();
    }
    return result;
}

std::optional<double> numericValue(const QCborValue &value)
{
    if (value.isInteger())
        return double(value.toInteger());
    if (value.isDouble())
        return value.toDouble();
    if (!value.isTag())
        return std::nullopt;
    const quint64 tag = quint64(value.tag());
    const QCborValue inner = value.taggedValue();
    if ((tag == 2 || tag == 3) && inner.isByteArray()) {
        double d = 0;
        for (char b : inner.toByteArray())
            d = d * 256 + quint8(b);
        return tag == 2 ? d : -1 - d;
    }
    if (tag == 4 || tag == 5) { // [exponent, mantissa]: mantissa × 10^e or × 2^e
        const QCborArray a = inner.toArray();
        if (!inner.isArray() || a.size() != 2 || !a.at(0).isInteger())
            return std::nullopt;
        // The mantissa may itself be a bignum (RFC 8949 §3.4.4).
        const std::optional<double> m = a.at(1).isInteger() || a.at(1).isTag()
            ? numericValue(a.at(1)) : std::nullopt;
        const qint64 e = a.at(0).toInteger();
        if (!m || e < -1100 || e > 1100)
            return std::nullopt;
        const double mantissa = m.value_or(0.0);
        if (tag == 5)
            return std::ldexp(mantissa, int(e));
        // Dividing by an exact power of ten rounds once, so 4([-2, 27315]) is exactly 273.15.
        return e < 0 ? mantissa / std::pow(10.0, double(-e)) : mantissa * std::pow(10.0, double(e));
    }
    return std::nullopt;
}

ParseResult parse(QStringView text)
{
    ParseResult result;
    DiagParser parser(text);
    QByteArray cbor;
    if (!parser.parseDocument(cbor)) {
        result.error = parser.error();
        result.position = parser.errorPosition();
        return result;
    }
    const DecodeResult decoded = decode(cbor);
    Q_ASSERT(decoded.ok());
    result.value = decoded.value;
    result.cbor = cbor;
    return result;
}

} // namespace CborDiagnostic

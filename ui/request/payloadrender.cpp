#include "payloadrender.h"

#include "cbordiagnostic.h"
#include "coapoption.h"
#include "corelinkformat.h"
#include "errortext.h"
#include "senml.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>

int PayloadRender::TreeNode::count() const
{
    int n = 1;
    for (const TreeNode &child : children)
        n += child.count();
    return n;
}

bool PayloadRender::isJsonFormat(int cf)
{
    return cf == CoapContentFormat::Json || cf == CoapContentFormat::JsonPatchJson
        || cf == CoapContentFormat::MergePatchJson || cf == CoapContentFormat::TdJson
        || cf == CoapContentFormat::CoapGroupJson || cf == CoapContentFormat::SenmlJson
        || cf == CoapContentFormat::SensmlJson || cf == CoapContentFormat::SenmlEtchJson;
}

bool PayloadRender::isCborFormat(int cf)
{
    return cf == CoapContentFormat::Cbor || cf == CoapContentFormat::Cwt
        || cf == CoapContentFormat::SenmlCbor || cf == CoapContentFormat::SensmlCbor
        || cf == CoapContentFormat::SenmlEtchCbor || cf == CoapContentFormat::CoseEncrypt0
        || cf == CoapContentFormat::CoseMac0 || cf == CoapContentFormat::CoseSign1
        || cf == CoapContentFormat::MultipartCore;
}

bool PayloadRender::isSenmlFormat(int cf)
{
    return cf == CoapContentFormat::SenmlJson || cf == CoapContentFormat::SenmlCbor
        || cf == CoapContentFormat::SensmlJson || cf == CoapContentFormat::SensmlCbor;
}

QString PayloadRender::imageFormat(int cf, const QByteArray &payload)
{
    if (cf == CoapContentFormat::ImagePng || payload.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("PNG");
    if (cf == CoapContentFormat::ImageJpeg || payload.startsWith("\xff\xd8\xff"))
        return QStringLiteral("JPEG");
    if (cf == CoapContentFormat::ImageGif || payload.startsWith("GIF87a") || payload.startsWith("GIF89a"))
        return QStringLiteral("GIF");
    return {};
}

PayloadRender::View PayloadRender::preferredView(int cf, const QByteArray &payload)
{
    if (payload.isEmpty())
        return View::Text;
    if (isSenmlFormat(cf))
        return View::Senml;
    if (isJsonFormat(cf))
        return View::Json;
    if (isCborFormat(cf))
        return View::Cbor;
    if (cf == CoapContentFormat::LinkFormat)
        return View::Link;
    if (!imageFormat(cf, payload).isEmpty() && (cf < 0 || cf == CoapContentFormat::ImagePng
                                                || cf == CoapContentFormat::ImageJpeg
                                                || cf == CoapContentFormat::ImageGif
                                                || cf == CoapContentFormat::OctetStream))
        return View::Image;
    if (cf == CoapContentFormat::OctetStream || !text(payload).validUtf8)
        return View::Hex;
    if (cf < 0) {
        // No Content-Format: a payload that is valid JSON (object or array) reads best as JSON.
        const QByteArray trimmed = payload.trimmed();
        if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && json(payload).ok)
            return View::Json;
    }
    return View::Text;
}

PayloadRender::TextResult PayloadRender::text(const QByteArray &payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    TextResult result;
    result.text = decoder.decode(payload);
    result.validUtf8 = !decoder.hasError();
    return result;
}

QString PayloadRender::hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QString PayloadRender::hexDump(const QByteArray &payload, int bytesPerLine)
{
    if (bytesPerLine <= 0)
        bytesPerLine = 16;
    QString out;
    const int half = bytesPerLine / 2;
    for (qsizetype offset = 0; offset < payload.size(); offset += bytesPerLine) {
        const QByteArray line = payload.mid(offset, bytesPerLine);
        QString hex;
        for (int i = 0; i < bytesPerLine; ++i) {
            if (i == half)
                hex += QLatin1Char(' ');
            if (i < line.size())
                hex += QStringLiteral("%1 ").arg(quint8(line[i]), 2, 16, QLatin1Char('0'));
            else
                hex += QStringLiteral("   ");
        }
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

QString PayloadRender::size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MiB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

PayloadRender::TreeNode PayloadRender::jsonTree(const QString &key, const QJsonValue &value)
{
    TreeNode node;
    node.key = key;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        node.type = tr("object");
        node.value = object.size() == 1 ? tr("{%n member}", nullptr, 1) : tr("{%n members}", nullptr, int(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            node.children.append(jsonTree(it.key(), it.value()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        node.type = tr("array");
        node.value = array.size() == 1 ? tr("[%n element]", nullptr, 1) : tr("[%n elements]", nullptr, int(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            node.children.append(jsonTree(QStringLiteral("[%1]").arg(i), array.at(i)));
        break;
    }
    case QJsonValue::String:
        node.type = tr("string");
        node.value = value.toString();
        break;
    case QJsonValue::Double: {
        node.type = tr("number");
        const double d = value.toDouble();
        node.value = (std::floor(d) == d && std::abs(d) < 1e15) ? QString::number(qint64(d))
                                                                 : QString::number(d, 'g', 17);
        break;
    }
    case QJsonValue::Bool:
        node.type = tr("boolean");
        node.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
        node.type = tr("null");
        node.value = QStringLiteral("null");
        break;
    case QJsonValue::Undefined:
        break;
    }
    return node;
}

PayloadRender::TreeNode PayloadRender::jsonTree(const QString &key, const QCborValue &value, int depth)
{
    TreeNode node;
    node.key = key;
    if (depth > 256)
        return node;
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        node.type = tr("object");
        node.value = map.size() == 1 ? tr("{%n member}", nullptr, 1) : tr("{%n members}", nullptr, int(map.size()));
        for (auto it = map.begin(); it != map.end(); ++it)
            node.children.append(jsonTree(it.key().toString(), it.value(), depth + 1));
    } else if (value.isArray()) {
        const QCborArray array = value.toArray();
        node.type = tr("array");
        node.value = array.size() == 1 ? tr("[%n element]", nullptr, 1) : tr("[%n elements]", nullptr, int(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            node.children.append(jsonTree(QStringLiteral("[%1]").arg(i), array.at(i), depth + 1));
    } else if (value.isString()) {
        node.type = tr("string");
        node.value = value.toString();
    } else if (value.isBool()) {
        node.type = tr("boolean");
        node.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isNull()) {
        node.type = tr("null");
        node.value = QStringLiteral("null");
    } else {
        node.type = tr("number");
        QString text;
        jsonPretty(value, 0, text);
        node.value = text;
    }
    return node;
}

void PayloadRender::jsonPretty(const QCborValue &value, int indent, QString &out)
{
    const QString pad(indent * 4, QLatin1Char(' '));
    const QString inner((indent + 1) * 4, QLatin1Char(' '));
    if (indent > 256) {
        out += QStringLiteral("…");
        return;
    }
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        if (map.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QStringLiteral("{\n");
        qsizetype i = 0;
        for (auto it = map.begin(); it != map.end(); ++it, ++i) {
            out += inner;
            jsonPretty(QCborValue(it.key().toString()), indent + 1, out);
            out += QStringLiteral(": ");
            jsonPretty(it.value(), indent + 1, out);
            out += (i + 1 < map.size()) ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += pad + QLatin1Char('}');
    } else if (value.isArray()) {
        const QCborArray array = value.toArray();
        if (array.isEmpty()) {
            out += QStringLiteral("[]");
            return;
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            jsonPretty(array.at(i), indent + 1, out);
            out += (i + 1 < array.size()) ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += pad + QLatin1Char(']');
    } else if (value.isString()) {
        // RFC 8259 §7 escaping, via QJsonDocument for exactness.
        const QByteArray quoted = QJsonDocument(QJsonArray{value.toString()}).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    } else if (value.isInteger()) {
        out += QString::number(value.toInteger());
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (std::isfinite(d) && !text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QStringLiteral(".0"); // it was written with a fraction or exponent
        out += text;
    } else if (value.isBool()) {
        out += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isNull()) {
        out += QStringLiteral("null");
    } else if (value.isTag() && (value.tag() == QCborTag(2) || value.tag() == QCborTag(3))) {
        // A bignum: an integer beyond 64 bits, written as JSON has it.
        out += CborDiagnostic::toDiagnostic(value);
    } else {
        out += CborDiagnostic::toDiagnostic(value);
    }
}

PayloadRender::JsonResult PayloadRender::json(const QByteArray &payload)
{
    JsonResult result = jsonStrict(payload);
    if (!result.ok)
        return result;
    // QJsonObject sorts members by name; the device's order is kept by reading the same text as
    // CBOR diagnostic notation (a superset of JSON) into an order-preserving QCborValue. Where
    // that reading differs (duplicate member names), the QJsonDocument rendering stays.
    const CborDiagnostic::ParseResult ordered = CborDiagnostic::parse(QString::fromUtf8(payload));
    if (ordered.ok()) {
        result.tree = jsonTree(QString(), ordered.value, 0);
        QString pretty;
        jsonPretty(ordered.value, 0, pretty);
        result.pretty = pretty + QLatin1Char('\n');
    }
    return result;
}

PayloadRender::JsonResult PayloadRender::jsonStrict(const QByteArray &payload)
{
    JsonResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument only takes objects and arrays; a bare scalar ("21.5", "true") is JSON too
        // (RFC 8259 §2): wrap it to parse.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + payload + "]", &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1
            && !payload.trimmed().isEmpty()) {
            const QJsonValue value = wrapped.array().at(0);
            result.ok = true;
            result.tree = jsonTree(QString(), value);
            result.pretty = QString::fromUtf8(QJsonDocument(wrapped.array()).toJson(QJsonDocument::Compact));
            result.pretty = result.pretty.mid(1, result.pretty.size() - 2);
            return result;
        }
        result.error = ErrorText::jsonError(error, payload);
        return result;
    }
    result.ok = true;
    result.pretty = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    result.tree = jsonTree(QString(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return result;
}

PayloadRender::TreeNode PayloadRender::cborTree(const QString &key, const QCborValue &value, int depth)
{
    TreeNode node;
    node.key = key;
    if (depth > 64) {
        node.value = QStringLiteral("…");
        return node;
    }
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        node.type = tr("array");
        node.value = array.size() == 1 ? tr("[%n element]", nullptr, 1) : tr("[%n elements]", nullptr, int(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            node.children.append(cborTree(QStringLiteral("[%1]").arg(i), array.at(i), depth + 1));
    } else if (value.isMap()) {
        const QCborMap map = value.toMap();
        node.type = tr("map");
        node.value = map.size() == 1 ? tr("{%n pair}", nullptr, 1) : tr("{%n pairs}", nullptr, int(map.size()));
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QCborValue k = it.key();
            const QString keyText = k.isString() ? k.toString() : CborDiagnostic::toDiagnostic(k);
            node.children.append(cborTree(keyText, it.value(), depth + 1));
        }
    } else if (value.isTag()) {
        node.type = tr("tag %1").arg(quint64(value.tag()));
        const QCborValue inner = value.taggedValue();
        if (inner.isArray() || inner.isMap() || inner.isTag()) {
            node.value = CborDiagnostic::toDiagnostic(value).left(80);
            node.children.append(cborTree(QString(), inner, depth + 1));
        } else {
            node.value = CborDiagnostic::toDiagnostic(value);
        }
    } else {
        if (value.isString()) {
            node.type = tr("text");
            node.value = value.toString();
        } else {
            if (value.isByteArray())
                node.type = tr("bytes (%1)").arg(value.toByteArray().size());
            else if (value.isInteger())
                node.type = tr("integer");
            else if (value.isDouble())
                node.type = tr("float");
            else if (value.isBool())
                node.type = tr("boolean");
            else if (value.isNull())
                node.type = tr("null");
            else if (value.isUndefined())
                node.type = tr("undefined");
            else
                node.type = tr("simple");
            node.value = CborDiagnostic::toDiagnostic(value);
        }
    }
    return node;
}

PayloadRender::CborResult PayloadRender::cbor(const QByteArray &payload)
{
    CborResult result;
    const CborDiagnostic::DecodeResult decoded = CborDiagnostic::decode(payload);
    if (!decoded.ok()) {
        CborDiagnostic::DecodeResult partial;
        result.diagnostic = CborDiagnostic::diagnosticFromCbor(payload, CborDiagnostic::Style::Indented, &partial);
        result.error = ErrorText::cborDecodeError(decoded.error, decoded.offset);
        return result;
    }
    result.ok = true;
    result.diagnostic = CborDiagnostic::diagnosticFromCbor(payload, CborDiagnostic::Style::Indented);
    result.tree = cborTree(QString(), decoded.value, 0);
    return result;
}

PayloadRender::LinkResult PayloadRender::links(const QByteArray &payload, const QString &base)
{
    LinkResult result;
    const CoreLinkParseResult parsed = CoreLinkFormat::parse(payload, CoreLinkFormat::Mode::Lenient);
    result.ok = parsed.ok();
    if (!parsed.ok())
        result.error = ErrorText::linkFormatError(parsed.error, parsed.errorOffset);
    const QUrl baseUrl(base);
    static const QStringList kShown = {QStringLiteral("rt"), QStringLiteral("if"), QStringLiteral("ct"),
                                       QStringLiteral("title"), QStringLiteral("title*"),
                                       QStringLiteral("sz"), QStringLiteral("obs")};
    for (const CoreLink &link : parsed.links) {
        LinkRow row;
        row.target = link.href();
        if (baseUrl.isValid() && !base.isEmpty()) {
            const QUrl resolved = link.resolvedUri(baseUrl);
            if (resolved.isValid())
                row.uri = resolved.toString(QUrl::FullyEncoded);
        }
        row.resourceTypes = link.resourceTypes().join(QLatin1Char(' '));
        row.interfaces = link.interfaces().join(QLatin1Char(' '));
        QStringList formats;
        for (int cf : link.contentFormats()) {
            const QString name = coapContentFormatName(cf);
            formats << (name.isEmpty() ? QString::number(cf) : QStringLiteral("%1 (%2)").arg(cf).arg(name));
        }
        row.contentFormats = formats.join(QStringLiteral(", "));
        row.title = link.title();
        if (const auto sz = link.size())
            row.size = QString::number(*sz);
        row.observable = link.isObservable();
        QStringList other;
        for (const CoreLinkAttribute &a : link.attributes()) {
            if (kShown.contains(a.name.toLower()))
                continue;
            other << (a.hasValue ? QStringLiteral("%1=%2").arg(a.name, a.value) : a.name);
        }
        row.other = other.join(QStringLiteral("; "));
        result.rows.append(row);
    }
    return result;
}

PayloadRender::SenmlResult PayloadRender::senml(const QByteArray &payload, int cf, double now)
{
    SenmlResult result;
    const bool cborForm = cf == CoapContentFormat::SenmlCbor || cf == CoapContentFormat::SensmlCbor;
    const SenmlPack pack = cborForm ? Senml::fromCbor(payload, now) : Senml::fromJson(payload, now);
    if (!pack.ok()) {
        result.error = ErrorText::senmlError(pack);
        return result;
    }
    result.ok = true;
    for (const SenmlRecord &r : pack.records) {
        SenmlRow row;
        row.name = r.name;
        if (r.time != 0) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(r.time * 1000.0)), Qt::UTC);
            row.time = t.toString(Qt::ISODateWithMs);
        }
        row.unit = r.unit;
        switch (r.kind) {
        case SenmlRecord::Kind::Number:
            row.value = QString::number(r.value, 'g', 15);
            break;
        case SenmlRecord::Kind::String:
            row.value = r.stringValue;
            break;
        case SenmlRecord::Kind::Boolean:
            row.value = r.boolValue ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case SenmlRecord::Kind::Data:
            row.value = QStringLiteral("h'%1'").arg(QString::fromLatin1(r.dataValue.toHex()));
            break;
        case SenmlRecord::Kind::None:
            break;
        }
        if (r.sum)
            row.value += (row.value.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(sum %1)").arg(*r.sum, 0, 'g', 15);
        result.rows.append(row);
    }
    return result;
}

bool PayloadRender::parseHex(const QString &text, QByteArray *bytes, qsizetype *errorPosition)
{
    QByteArray out;
    int pending = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char(',')) {
            continue;
        }
        // "0x" prefixes (per byte group) are allowed.
        if (c == QLatin1Char('0') && pending < 0 && i + 1 < text.size()
            && (text[i + 1] == QLatin1Char('x') || text[i + 1] == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        int v = -1;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            v = c.unicode() - 'a' + 10;
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
            v = c.unicode() - 'A' + 10;
        if (v < 0) {
            if (errorPosition)
                *errorPosition = i;
            return false;
        }
        if (pending < 0) {
            pending = v;
        } else {
            out.append(char((pending << 4) | v));
            pending = -1;
        }
    }
    if (pending >= 0) {
        if (errorPosition)
            *errorPosition = text.size();
        return false;
    }
    if (bytes)
        *bytes = out;
    return true;
}

int PayloadRender::defaultContentFormat(InputFormat format)
{
    switch (format) {
    case InputFormat::Text: return CoapContentFormat::TextPlain;
    case InputFormat::Json: return CoapContentFormat::Json;
    case InputFormat::Cbor: return CoapContentFormat::Cbor;
    case InputFormat::Hex: return -1;
    }
    return -1;
}

PayloadRender::EncodeResult PayloadRender::encode(const QString &text, InputFormat format)
{
    EncodeResult result;
    switch (format) {
    case InputFormat::Text:
        result.bytes = text.toUtf8();
        break;
    case InputFormat::Json: {
        if (text.trimmed().isEmpty())
            break;
        const QByteArray utf8 = text.toUtf8();
        const JsonResult parsed = json(utf8);
        if (!parsed.ok) {
            QJsonParseError error;
            QJsonDocument::fromJson(utf8, &error);
            result.error = parsed.error;
            result.errorPosition = QString::fromUtf8(utf8.left(error.offset)).size();
            break;
        }
        result.bytes = utf8; // as typed: the device may care about member order and spacing
        break;
    }
    case InputFormat::Cbor: {
        if (text.trimmed().isEmpty())
            break;
        const CborDiagnostic::ParseResult parsed = CborDiagnostic::parse(text);
        if (!parsed.ok()) {
            result.error = ErrorText::cborParseError(parsed.error, parsed.position, text);
            result.errorPosition = parsed.position;
            break;
        }
        result.bytes = parsed.cbor;
        break;
    }
    case InputFormat::Hex: {
        qsizetype position = -1;
        if (!parseHex(text, &result.bytes, &position)) {
            result.errorPosition = position;
            if (position >= text.size())
                result.error = tr("Hex needs two digits per byte; the last byte has only one.");
            else
                result.error = tr("\u201c%1\u201d at %2 is not a hex digit.")
                                   .arg(text.mid(position, 1), ErrorText::lineColumn(text, position));
        }
        break;
    }
    }
    return result;
}

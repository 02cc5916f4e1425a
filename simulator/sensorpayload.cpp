#include "sensorpayload.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

JsonWriter &JsonWriter::number(const QString &key, double value, int decimals)
{
    return raw(key, SensorPayload::jsonNumber(value, decimals));
}

JsonWriter &JsonWriter::boolean(const QString &key, bool value)
{
    return raw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

JsonWriter &JsonWriter::string(const QString &key, const QString &value)
{
    return raw(key, SensorPayload::jsonString(value));
}

JsonWriter &JsonWriter::raw(const QString &key, const QByteArray &json)
{
    m_fields.append({key, json});
    return *this;
}

QByteArray JsonWriter::toJson() const
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += SensorPayload::jsonString(m_fields[i].first) + ':' + m_fields[i].second;
    }
    return out + '}';
}

namespace SensorPayload {

QByteArray jsonNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null"); // JSON has no NaN (RFC 8259 §6)
    if (decimals <= 0)
        return QByteArray::number(qint64(std::llround(value)));
    return QByteArray::number(value, 'f', decimals);
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes for us; strip the array brackets around the one string.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QByteArray senmlJson(const QString &baseName, const QList<SensorReading> &readings, double time)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const SensorReading &r = readings[i];
        JsonWriter record;
        if (i == 0 && !baseName.isEmpty())
            record.string(QStringLiteral("bn"), baseName);
        record.string(QStringLiteral("n"), r.name);
        if (!r.unit.isEmpty())
            record.string(QStringLiteral("u"), r.unit);
        if (r.boolValue)
            record.boolean(QStringLiteral("vb"), *r.boolValue);
        else
            record.number(QStringLiteral("v"), r.value, r.decimals);
        record.number(QStringLiteral("t"), time, 3);
        if (i > 0)
            out += ',';
        out += record.toJson();
    }
    return out + ']';
}

QByteArray senmlCbor(const QString &baseName, const QList<SensorReading> &readings, double time)
{
    // RFC 8428 §6 Table 4.
    enum : int { BaseName = -2, Name = 0, Unit = 1, Value = 2, BoolValue = 4, Time = 6 };
    QCborArray pack;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const SensorReading &r = readings[i];
        QCborMap record;
        if (i == 0 && !baseName.isEmpty())
            record.insert(BaseName, baseName);
        record.insert(Name, r.name);
        if (!r.unit.isEmpty())
            record.insert(Unit, r.unit);
        if (r.boolValue) {
            record.insert(BoolValue, *r.boolValue);
        } else if (r.decimals <= 0) {
            record.insert(Value, qint64(std::llround(r.value)));
        } else {
            const double scale = std::pow(10.0, r.decimals);
            record.insert(Value, std::round(r.value * scale) / scale);
        }
        record.insert(Time, std::round(time * 1000.0) / 1000.0);
        pack.append(record);
    }
    // Half and single precision where that loses nothing keeps the datagram small (RFC 8949 §4.2.2).
    return QCborValue(pack).toCbor(QCborValue::UseFloat16);
}

std::optional<int> negotiate(const CoapServerRequest &request, const QList<int> &offered)
{
    const std::optional<int> accept = request.accept();
    if (!accept)
        return offered.value(0, 0);
    if (offered.contains(*accept))
        return *accept;
    return std::nullopt;
}

namespace {
QString formatList(const QList<int> &formats)
{
    QStringList names;
    for (int f : formats) {
        const QString name = coapContentFormatName(f);
        names.append(name.isEmpty() ? QString::number(f) : QStringLiteral("%1 (%2)").arg(f).arg(name));
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

void respondNotAcceptable(const CoapResponder &responder, const CoapServerRequest &request,
                          const QList<int> &offered)
{
    respondError(responder, CoapCode::NotAcceptable,
                 QStringLiteral("Accept %1 is not offered here; available: %2")
                         .arg(request.accept().value_or(-1))
                         .arg(formatList(offered)));
}

std::optional<int> requestFormat(const CoapServerRequest &request, const CoapResponder &responder,
                                 const QList<int> &accepted, int fallback)
{
    const int format = request.message.contentFormat().value_or(fallback);
    if (accepted.contains(format))
        return format;
    respondError(responder, CoapCode::UnsupportedContentFormat,
                 QStringLiteral("Content-Format %1 is not understood here; send %2").arg(format).arg(formatList(accepted)));
    return std::nullopt;
}

void respondError(const CoapResponder &responder, quint8 code, const QString &sentence)
{
    responder.respond(code, sentence.toUtf8(), CoapContentFormat::TextPlain);
}

} // namespace SensorPayload

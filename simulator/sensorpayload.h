#pragma once

#include "coapserver.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// One value as the simulated devices send it. Kept apart from protocol/senml.h on purpose: that
// one reads what devices send (and so is strict); this one writes, in a fixed, readable order.
struct SensorReading
{
    QString name;                  // SenML name, appended to the device's base name ("temperature")
    QString unit;                  // SenML unit (RFC 8428 §12.1: "Cel", "%RH", "beat/min", "%EL")
    double value = 0;              // a number ("v")…
    int decimals = 1;              // …shown with this many decimals (0: an integer)
    std::optional<bool> boolValue; // …or a boolean ("vb") instead
};

// Ordered JSON written by hand: {"temperature":25.0} must keep its ".0", which QJsonDocument drops.
class JsonWriter
{
public:
    JsonWriter &number(const QString &key, double value, int decimals);
    JsonWriter &boolean(const QString &key, bool value);
    JsonWriter &string(const QString &key, const QString &value);
    JsonWriter &raw(const QString &key, const QByteArray &json); // an already serialised value
    QByteArray toJson() const;

private:
    QList<QPair<QString, QByteArray>> m_fields;
};

namespace SensorPayload {

QByteArray jsonNumber(double value, int decimals);
QByteArray jsonString(const QString &text);

// RFC 8428 §5: [{"bn":"urn:dev:mac:…:","n":"temperature","u":"Cel","v":25.0,"t":1700000000.5}, …]
// with bn on the first record only; time in seconds since the Unix epoch (absolute, §4.5.3).
QByteArray senmlJson(const QString &baseName, const QList<SensorReading> &readings, double time);
// RFC 8428 §6: the same pack in CBOR with the integer labels of Table 4 (bn −2, n 0, u 1, v 2,
// vb 4, t 6).
QByteArray senmlCbor(const QString &baseName, const QList<SensorReading> &readings, double time);

// Seconds since the Unix epoch, with milliseconds.
double now();

// RFC 7252 §5.10.4: the representation to send. Without Accept the first offered one; with an
// Accept that is offered, that one; otherwise std::nullopt, and the caller answers 4.06.
std::optional<int> negotiate(const CoapServerRequest &request, const QList<int> &offered);
// Answers 4.06 Not Acceptable, saying in plain words what would have been acceptable.
void respondNotAcceptable(const CoapResponder &responder, const CoapServerRequest &request,
                          const QList<int> &offered);
// The request body's format: its Content-Format, or fallback when the option is absent (libcoap's
// client omits it for text). Returns std::nullopt when the format is not in accepted, after
// answering 4.15 Unsupported Content-Format (RFC 7252 §5.9.2.8 / §12.1.2) in plain words.
std::optional<int> requestFormat(const CoapServerRequest &request, const CoapResponder &responder,
                                 const QList<int> &accepted, int fallback);
// A 4.00 Bad Request (or another error code) with a sentence as diagnostic payload (RFC 7252
// §5.5.2: text/plain, for people).
void respondError(const CoapResponder &responder, quint8 code, const QString &sentence);

} // namespace SensorPayload

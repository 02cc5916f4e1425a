#include "switchactuator.h"

#include "coapserver.h"
#include "sensorpayload.h"

#include <QJsonDocument>
#include <QJsonObject>

SwitchActuator::SwitchActuator(SimulatedDevice *device, Variant variant) : SimulatedFeature(device), m_variant(variant) {}

QString SwitchActuator::path() const
{
    return m_variant == Variant::Led ? QStringLiteral("/led") : QStringLiteral("/relay");
}

void SwitchActuator::install(CoapServer &server)
{
    auto write = [this](const CoapServerRequest &request, const CoapResponder &responder) { handleWrite(request, responder); };
    server.addResource(path())
            .setTitle(m_variant == Variant::Led ? QStringLiteral("LED") : QStringLiteral("Relay"))
            .setResourceType(QStringLiteral("switch"))
            .setInterface(QStringLiteral("core.a")) // actuator interface (CoRE Interfaces)
            .setContentFormats(kFormats)
            .setObservable(true)
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, kFormats);
                if (!format)
                    return SensorPayload::respondNotAcceptable(responder, request, kFormats);
                responder.respond(CoapCode::Content, render(*format), *format);
            })
            .on(CoapCode::Put, write)
            .on(CoapCode::Post, write);
}

void SwitchActuator::setOn(bool on)
{
    if (on != m_on) {
        m_on = on;
        ++m_switches;
        emit switched(on);
        server()->notifyObservers(path());
    }
}

void SwitchActuator::handleWrite(const CoapServerRequest &request, const CoapResponder &responder)
{
    // Text is the default: libcoap's client sends "-e on" without a Content-Format.
    const std::optional<int> format = SensorPayload::requestFormat(request, responder, kFormats, CoapContentFormat::TextPlain);
    if (!format)
        return;
    const std::optional<int> answerFormat = SensorPayload::negotiate(request, kFormats);
    if (!answerFormat)
        return SensorPayload::respondNotAcceptable(responder, request, kFormats);

    std::optional<bool> wanted;
    const QByteArray body = request.message.payload().trimmed();
    // JSON sent without a Content-Format (easy to forget with libcoap's -e) is still JSON.
    const bool json = *format == CoapContentFormat::Json
            || (!request.message.contentFormat() && body.startsWith('{'));
    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonObject object = doc.object();
        if (object.value(QLatin1String("on")).isBool())
            wanted = object.value(QLatin1String("on")).toBool();
        else if (object.value(QLatin1String("toggle")).toBool())
            wanted = !m_on;
        else if (doc.isNull() && (body == "\"on\"" || body == "\"off\"" || body == "\"toggle\""))
            wanted = body == "\"toggle\"" ? !m_on : body == "\"on\"";
    } else {
        const QByteArray word = body.toLower();
        if (word == "on" || word == "1" || word == "true")
            wanted = true;
        else if (word == "off" || word == "0" || word == "false")
            wanted = false;
        else if (word == "toggle")
            wanted = !m_on;
    }
    if (!wanted) {
        SensorPayload::respondError(responder, CoapCode::BadRequest,
                                    QStringLiteral("Expected \"on\", \"off\" or \"toggle\" as text, "
                                                   "or JSON such as {\"on\": true}"));
        return;
    }
    setOn(*wanted);
    responder.respond(CoapCode::Changed, render(*answerFormat), *answerFormat);
}

QByteArray SwitchActuator::render(int format) const
{
    if (format == CoapContentFormat::Json)
        return JsonWriter().boolean(QStringLiteral("on"), m_on).toJson();
    return m_on ? QByteArrayLiteral("on") : QByteArrayLiteral("off");
}

#include "contactsensor.h"

#include "coapserver.h"
#include "driftingvalue.h"
#include "sensorpayload.h"
#include "simulateddevice.h"

namespace {
constexpr double kMeanClosedMs = 15000;
constexpr double kMeanOpenMs = 4000;
constexpr int kHeartbeatMs = 5000;
} // namespace

ContactSensor::ContactSensor(SimulatedDevice *device, Variant variant) : SimulatedFeature(device), m_variant(variant)
{
    m_event.setSingleShot(true);
    connect(&m_event, &QTimer::timeout, this, [this] { setOpen(!m_open); });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { server()->notifyObservers(path()); });
    m_changedAt = SensorPayload::now();
}

QString ContactSensor::path() const
{
    return m_variant == Variant::Door ? QStringLiteral("/door") : QStringLiteral("/window");
}

void ContactSensor::install(CoapServer &server)
{
    server.addResource(path())
            .setTitle(m_variant == Variant::Door ? QStringLiteral("Door contact") : QStringLiteral("Window contact"))
            .setResourceType(QStringLiteral("contact"))
            .setInterface(QStringLiteral("core.s"))
            .setContentFormats(kFormats)
            .setObservable(true)
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, kFormats);
                if (!format)
                    return SensorPayload::respondNotAcceptable(responder, request, kFormats);
                responder.respond(CoapCode::Content, render(*format), *format);
            });
}

void ContactSensor::start()
{
    scheduleNextEvent();
    m_heartbeat.start(kHeartbeatMs);
}

void ContactSensor::stop()
{
    m_event.stop();
    m_heartbeat.stop();
}

void ContactSensor::scheduleNextEvent()
{
    m_event.start(SimulatedRandom::exponentialMs(device()->random(), m_open ? kMeanOpenMs : kMeanClosedMs, 500));
}

void ContactSensor::setOpen(bool open)
{
    if (open != m_open) {
        m_open = open;
        m_changedAt = SensorPayload::now();
        if (open)
            ++m_openings;
        server()->notifyObservers(path()); // RFC 7641 §4.2: on every change of state
        if (m_heartbeat.isActive())
            m_heartbeat.start(kHeartbeatMs);
    }
    if (m_event.isActive() || m_heartbeat.isActive())
        scheduleNextEvent();
}

QByteArray ContactSensor::render(int format) const
{
    const QString state = m_open ? QStringLiteral("open") : QStringLiteral("closed");
    const SensorReading reading{QStringLiteral("contact"), {}, 0, 0, m_open};
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().boolean(QStringLiteral("open"), m_open).string(QStringLiteral("state"), state)
                .number(QStringLiteral("openings"), m_openings, 0).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {reading}, m_changedAt);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {reading}, m_changedAt);
    default:
        return state.toUtf8();
    }
}

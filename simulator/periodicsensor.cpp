#include "periodicsensor.h"

#include "coapserver.h"
#include "simulateddevice.h"

PeriodicSensor::PeriodicSensor(SimulatedDevice *device) : SimulatedFeature(device)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicSensor::sampleNow);
    connect(device, &SimulatedDevice::reportIntervalChanged, this, [this](int ms) {
        if (m_timer.isActive())
            m_timer.start(ms);
    });
}

void PeriodicSensor::start()
{
    m_sinceLast.start();
    m_timer.start(device()->reportIntervalMs());
}

void PeriodicSensor::stop()
{
    m_timer.stop();
}

void PeriodicSensor::sampleNow()
{
    const double dt = m_sinceLast.isValid() ? double(m_sinceLast.restart()) / 1000.0
                                            : device()->reportIntervalMs() / 1000.0;
    sample(dt);
}

quint32 PeriodicSensor::maxAgeSeconds() const
{
    return quint32(qMax(1, (device()->reportIntervalMs() + 999) / 1000));
}

void PeriodicSensor::addSensorResource(CoapServer &server, const QString &path, const QString &title,
                                       const QString &resourceType, const QList<int> &formats,
                                       std::function<QByteArray(int)> render)
{
    server.addResource(path)
            .setTitle(title)
            .setResourceType(resourceType)
            .setInterface(QStringLiteral("core.s")) // sensor interface (CoRE Interfaces)
            .setContentFormats(formats)
            .setObservable(true)
            .on(CoapCode::Get, [this, formats, render](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, formats);
                if (!format) {
                    SensorPayload::respondNotAcceptable(responder, request, formats);
                    return;
                }
                CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
                response.setUintOption(CoapOptionNumber::ContentFormat, quint64(*format));
                response.setUintOption(CoapOptionNumber::MaxAge, maxAgeSeconds());
                response.setPayload(render(*format));
                responder.respond(response);
            });
}

#include "humiditysensor.h"

#include "coapserver.h"
#include "simulateddevice.h"

HumiditySensor::HumiditySensor(SimulatedDevice *device, double meanPercent) : PeriodicSensor(device)
{
    DriftingValue::Parameters p;
    p.mean = meanPercent;
    p.reversionPerSecond = 0.03;
    p.volatility = 0.25;
    p.noise = 0.3;
    p.minimum = 0;
    p.maximum = 100;
    m_model = DriftingValue(p, meanPercent);
    m_reading = meanPercent;
    m_time = SensorPayload::now();
    m_secondsToEvent = SimulatedRandom::exponentialMs(device->random(), 90000) / 1000.0;
}

void HumiditySensor::install(CoapServer &server)
{
    addSensorResource(server, kPath, QStringLiteral("Relative humidity"), QStringLiteral("humidity"), kFormats,
                      [this](int format) { return render(format); });
}

void HumiditySensor::sample(double dtSeconds)
{
    m_secondsToEvent -= dtSeconds;
    if (m_secondsToEvent <= 0) {
        // A burst of moisture; the mean reversion brings it back over a minute or so.
        m_model.setTrueValue(qMin(95.0, m_model.trueValue() + 10 + device()->random().bounded(15.0)));
        m_secondsToEvent = SimulatedRandom::exponentialMs(device()->random(), 90000) / 1000.0;
    }
    m_model.advance(dtSeconds, device()->random());
    m_reading = m_model.read(device()->random());
    m_time = SensorPayload::now();
    server()->notifyObservers(kPath);
}

QByteArray HumiditySensor::render(int format) const
{
    const SensorReading reading{QStringLiteral("humidity"), QStringLiteral("%RH"), m_reading, 1, std::nullopt};
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("humidity"), m_reading, 1)
                .string(QStringLiteral("unit"), QStringLiteral("%RH")).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {reading}, m_time);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {reading}, m_time);
    default:
        return QStringLiteral("Humidity: %1 %RH").arg(m_reading, 0, 'f', 1).toUtf8();
    }
}

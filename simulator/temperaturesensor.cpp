#include "temperaturesensor.h"

#include "coapserver.h"
#include "simulateddevice.h"

#include <QtMath>

namespace {
constexpr double kCyclePeriodSeconds = 600; // a heating cycle of ten minutes
constexpr double kCycleAmplitude = 1.2;
} // namespace

TemperatureSensor::TemperatureSensor(SimulatedDevice *device, double meanCelsius)
    : PeriodicSensor(device), m_baseMean(meanCelsius)
{
    DriftingValue::Parameters p;
    p.mean = meanCelsius;
    p.reversionPerSecond = 0.02;
    p.volatility = 0.06;
    p.noise = 0.03;
    p.minimum = -40;
    p.maximum = 125; // the range of a typical digital temperature sensor
    m_model = DriftingValue(p, meanCelsius);
    m_phaseSeconds = device->random().bounded(kCyclePeriodSeconds);
    m_reading = meanCelsius;
    m_time = SensorPayload::now();
}

void TemperatureSensor::install(CoapServer &server)
{
    addSensorResource(server, kPath, QStringLiteral("Temperature"), QStringLiteral("temperature"), kFormats,
                      [this](int format) { return render(format); });
}

void TemperatureSensor::sample(double dtSeconds)
{
    m_phaseSeconds += dtSeconds;
    m_model.setMean(m_baseMean + kCycleAmplitude * std::sin(2 * M_PI * m_phaseSeconds / kCyclePeriodSeconds));
    m_model.advance(dtSeconds, device()->random());
    m_reading = m_model.read(device()->random());
    m_time = SensorPayload::now();
    server()->notifyObservers(kPath);
}

QByteArray TemperatureSensor::render(int format) const
{
    const SensorReading reading{QStringLiteral("temperature"), QStringLiteral("Cel"), m_reading, 1, std::nullopt};
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("temperature"), m_reading, 1)
                .string(QStringLiteral("unit"), QStringLiteral("Cel")).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {reading}, m_time);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {reading}, m_time);
    default:
        return QStringLiteral("Temperature: %1°C").arg(m_reading, 0, 'f', 1).toUtf8();
    }
}

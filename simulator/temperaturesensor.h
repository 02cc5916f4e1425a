#pragma once

#include "driftingvalue.h"
#include "periodicsensor.h"

// A room temperature sensor: /sensors/temperature, observable, as text/plain
// ("Temperature: 25.0°C"), JSON ({"temperature":25.0,"unit":"Cel"}), SenML+JSON and SenML+CBOR.
// The value drifts around a set point that swings slowly (heating cycles) with a little noise.
class TemperatureSensor : public PeriodicSensor
{
    Q_OBJECT
public:
    static inline const QString kPath = QStringLiteral("/sensors/temperature");
    static inline const QList<int> kFormats = {0, 50, 110, 112};

    TemperatureSensor(SimulatedDevice *device, double meanCelsius);
    void install(CoapServer &server) override;

    double celsius() const { return m_reading; }
    QByteArray render(int format) const;

protected:
    void sample(double dtSeconds) override;

private:
    DriftingValue m_model;
    double m_baseMean;
    double m_phaseSeconds = 0;
    double m_reading = 0;
    double m_time = 0;
};

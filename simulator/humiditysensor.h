#pragma once

#include "driftingvalue.h"
#include "periodicsensor.h"

// A relative humidity sensor: /sensors/humidity, observable, "Humidity: 45.2 %RH" as text, JSON
// {"humidity":45.2,"unit":"%RH"}, SenML+JSON and SenML+CBOR. Now and then someone takes a shower:
// the humidity jumps and decays back.
class HumiditySensor : public PeriodicSensor
{
    Q_OBJECT
public:
    static inline const QString kPath = QStringLiteral("/sensors/humidity");
    static inline const QList<int> kFormats = {0, 50, 110, 112};

    HumiditySensor(SimulatedDevice *device, double meanPercent);
    void install(CoapServer &server) override;

    double percent() const { return m_reading; }
    QByteArray render(int format) const;

protected:
    void sample(double dtSeconds) override;

private:
    DriftingValue m_model;
    double m_reading = 0;
    double m_time = 0;
    double m_secondsToEvent = 0;
};

#pragma once

#include "sensorpayload.h"
#include "simulatedfeature.h"

#include <QElapsedTimer>
#include <QTimer>

// A sensor that takes a reading every device->reportIntervalMs() (2 Hz for temperature, 1 Hz for
// the wearable by default) and notifies its observers each time, so that a chart moves within a
// second (RFC 7641 §4.2: a server may notify as often as the state is sampled).
class PeriodicSensor : public SimulatedFeature
{
    Q_OBJECT
public:
    explicit PeriodicSensor(SimulatedDevice *device);
    void start() override;
    void stop() override;
    // Takes one reading at once, as if the timer had fired (tests use it to move values along).
    void sampleNow();

protected:
    // Advances the model by dt seconds, takes the reading and notifies the observers.
    virtual void sample(double dtSeconds) = 0;

    // Adds a read-only, observable sensor resource whose GET offers formats (the first is the
    // default) and answers with render(format). Max-Age follows the sampling interval (RFC 7252
    // §5.10.5: the default 60 s would call a half-second-old reading fresh for a minute).
    void addSensorResource(CoapServer &server, const QString &path, const QString &title,
                           const QString &resourceType, const QList<int> &formats,
                           std::function<QByteArray(int format)> render);
    quint32 maxAgeSeconds() const;

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
};

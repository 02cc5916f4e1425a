#pragma once

#include "driftingvalue.h"
#include "periodicsensor.h"

// A healthcare wristband: heart rate (/health/heart-rate, "72 bpm"), oxygen saturation
// (/health/spo2, "SpO2: 97 %"), all vitals as one SenML pack (/health/vitals) and the battery
// (/battery, "battery=87%"). All observable, sampled at 1 Hz by default.
// Dynamics: the wearer rests, walks and now and then climbs stairs; the heart rate follows the
// activity with a lag of some seconds. SpO2 sits at 96–99 % with an occasional short dip. The
// battery drains (at demo speed: a percent every 20 s) and recharges when it gets low.
class WearableMonitor : public PeriodicSensor
{
    Q_OBJECT
public:
    static inline const QString kHeartRatePath = QStringLiteral("/health/heart-rate");
    static inline const QString kSpo2Path = QStringLiteral("/health/spo2");
    static inline const QString kVitalsPath = QStringLiteral("/health/vitals");
    static inline const QString kBatteryPath = QStringLiteral("/battery");
    static inline const QList<int> kFormats = {0, 50, 110, 112};
    static inline const QList<int> kVitalsFormats = {110, 112, 50, 0};

    enum class Activity { Resting, Walking, Stairs };

    explicit WearableMonitor(SimulatedDevice *device);
    void install(CoapServer &server) override;

    int heartRate() const { return m_heartRate; }
    int spo2() const { return m_spo2; }
    int battery() const { return int(m_battery); }
    bool isCharging() const { return m_charging; }
    Activity activity() const { return m_activity; }

    QByteArray renderHeartRate(int format) const;
    QByteArray renderSpo2(int format) const;
    QByteArray renderVitals(int format) const;
    QByteArray renderBattery(int format) const;

protected:
    void sample(double dtSeconds) override;

private:
    SensorReading heartRateReading() const;
    SensorReading spo2Reading() const;
    SensorReading batteryReading() const;
    double targetHeartRate() const;

    Activity m_activity = Activity::Resting;
    double m_secondsInActivity = 0;
    double m_activityLength = 0;
    double m_restingRate = 64;
    double m_heartModel = 64;   // the lagging true rate
    DriftingValue m_variability; // beat-to-beat variation around the true rate
    DriftingValue m_saturation;
    double m_dipSecondsLeft = 0;
    double m_secondsToDip = 0;
    double m_battery = 100;
    bool m_charging = false;
    int m_heartRate = 64;
    int m_spo2 = 98;
    int m_lastNotifiedBattery = -1;
    double m_secondsSinceBatteryNotice = 0;
    double m_time = 0;
};

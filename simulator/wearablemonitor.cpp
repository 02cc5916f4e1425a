#include "wearablemonitor.h"

#include "coapserver.h"
#include "simulateddevice.h"

#include <cmath>

namespace {
constexpr double kHeartLagSeconds = 8;         // the heart rate settles within half a minute
constexpr double kBatteryDrainPerSecond = 0.05; // demo speed, not a real wristband's
constexpr double kBatteryChargePerSecond = 0.4;
constexpr double kBatteryNoticeSeconds = 5;     // observers hear from the battery at least this often
} // namespace

WearableMonitor::WearableMonitor(SimulatedDevice *device) : PeriodicSensor(device)
{
    QRandomGenerator &random = device->random();
    m_restingRate = 58 + random.bounded(14.0);
    m_heartModel = m_restingRate;
    m_variability = DriftingValue({0, 0.5, 1.2, 0.8, -15, 15}, 0);
    m_saturation = DriftingValue({97.8, 0.2, 0.25, 0.3, 85, 100}, 97.8);
    m_activityLength = SimulatedRandom::exponentialMs(random, 30000, 5000) / 1000.0;
    m_secondsToDip = SimulatedRandom::exponentialMs(random, 60000, 10000) / 1000.0;
    m_battery = 60 + random.bounded(40.0);
    m_heartRate = int(std::lround(m_restingRate));
    m_time = SensorPayload::now();
}

void WearableMonitor::install(CoapServer &server)
{
    addSensorResource(server, kHeartRatePath, QStringLiteral("Heart rate"), QStringLiteral("heart-rate"), kFormats,
                      [this](int format) { return renderHeartRate(format); });
    addSensorResource(server, kSpo2Path, QStringLiteral("Oxygen saturation (SpO2)"), QStringLiteral("spo2"), kFormats,
                      [this](int format) { return renderSpo2(format); });
    addSensorResource(server, kVitalsPath, QStringLiteral("All vital signs"), QStringLiteral("vitals"), kVitalsFormats,
                      [this](int format) { return renderVitals(format); });
    addSensorResource(server, kBatteryPath, QStringLiteral("Battery"), QStringLiteral("battery"), kFormats,
                      [this](int format) { return renderBattery(format); });
}

double WearableMonitor::targetHeartRate() const
{
    switch (m_activity) {
    case Activity::Walking: return m_restingRate + 30;
    case Activity::Stairs: return m_restingRate + 55;
    case Activity::Resting: break;
    }
    return m_restingRate;
}

void WearableMonitor::sample(double dtSeconds)
{
    QRandomGenerator &random = device()->random();

    // Activity: a small Markov chain; resting is the most common state.
    m_secondsInActivity += dtSeconds;
    if (m_secondsInActivity >= m_activityLength) {
        m_secondsInActivity = 0;
        const double roll = random.generateDouble();
        if (m_activity != Activity::Resting)
            m_activity = roll < 0.8 ? Activity::Resting : Activity::Walking;
        else
            m_activity = roll < 0.75 ? Activity::Walking : Activity::Stairs;
        const double meanMs = m_activity == Activity::Resting ? 40000 : m_activity == Activity::Walking ? 25000 : 12000;
        m_activityLength = SimulatedRandom::exponentialMs(random, meanMs, 4000) / 1000.0;
    }

    // First-order lag towards the activity's rate, plus heart rate variability.
    m_heartModel += (targetHeartRate() - m_heartModel) * (1.0 - std::exp(-dtSeconds / kHeartLagSeconds));
    m_variability.advance(dtSeconds, random);
    m_heartRate = qBound(35, int(std::lround(m_heartModel + m_variability.read(random))), 200);

    // SpO2: steady, with a brief dip now and then (a sensor that slipped, or a breath held).
    m_secondsToDip -= dtSeconds;
    if (m_secondsToDip <= 0 && m_dipSecondsLeft <= 0) {
        m_dipSecondsLeft = 4 + random.bounded(6.0);
        m_secondsToDip = SimulatedRandom::exponentialMs(random, 60000, 10000) / 1000.0;
    }
    if (m_dipSecondsLeft > 0) {
        m_dipSecondsLeft -= dtSeconds;
        m_saturation.setMean(92.5);
    } else {
        m_saturation.setMean(97.8);
    }
    m_saturation.advance(dtSeconds * 4, random); // dips come and go within seconds
    m_spo2 = qBound(85, int(std::lround(m_saturation.read(random))), 100);

    // Battery: drain, and recharge from 15 % back to full.
    if (m_charging) {
        m_battery = qMin(100.0, m_battery + kBatteryChargePerSecond * dtSeconds);
        if (m_battery >= 100)
            m_charging = false;
    } else {
        m_battery = qMax(0.0, m_battery - kBatteryDrainPerSecond * dtSeconds);
        if (m_battery <= 15)
            m_charging = true;
    }
    m_time = SensorPayload::now();

    server()->notifyObservers(kHeartRatePath);
    server()->notifyObservers(kSpo2Path);
    server()->notifyObservers(kVitalsPath);
    // The battery changes slowly: notify on change, and every few seconds anyway.
    m_secondsSinceBatteryNotice += dtSeconds;
    if (battery() != m_lastNotifiedBattery || m_secondsSinceBatteryNotice >= kBatteryNoticeSeconds) {
        m_lastNotifiedBattery = battery();
        m_secondsSinceBatteryNotice = 0;
        server()->notifyObservers(kBatteryPath);
    }
}

SensorReading WearableMonitor::heartRateReading() const
{
    return {QStringLiteral("heart-rate"), QStringLiteral("beat/min"), double(m_heartRate), 0, std::nullopt};
}

SensorReading WearableMonitor::spo2Reading() const
{
    return {QStringLiteral("spo2"), QStringLiteral("%"), double(m_spo2), 0, std::nullopt};
}

SensorReading WearableMonitor::batteryReading() const
{
    return {QStringLiteral("battery"), QStringLiteral("%EL"), double(battery()), 0, std::nullopt};
}

QByteArray WearableMonitor::renderHeartRate(int format) const
{
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("heartRate"), m_heartRate, 0)
                .string(QStringLiteral("unit"), QStringLiteral("beat/min")).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {heartRateReading()}, m_time);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {heartRateReading()}, m_time);
    default:
        return QByteArray::number(m_heartRate) + " bpm";
    }
}

QByteArray WearableMonitor::renderSpo2(int format) const
{
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("spo2"), m_spo2, 0).string(QStringLiteral("unit"), QStringLiteral("%")).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {spo2Reading()}, m_time);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {spo2Reading()}, m_time);
    default:
        return "SpO2: " + QByteArray::number(m_spo2) + " %";
    }
}

QByteArray WearableMonitor::renderVitals(int format) const
{
    const QList<SensorReading> all = {heartRateReading(), spo2Reading(), batteryReading()};
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("heartRate"), m_heartRate, 0)
                .number(QStringLiteral("spo2"), m_spo2, 0)
                .number(QStringLiteral("battery"), battery(), 0)
                .boolean(QStringLiteral("charging"), m_charging).toJson();
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), all, m_time);
    case CoapContentFormat::TextPlain:
        return QByteArray::number(m_heartRate) + " bpm\nSpO2: " + QByteArray::number(m_spo2) + " %\nbattery="
                + QByteArray::number(battery()) + "%";
    default:
        return SensorPayload::senmlJson(device()->senmlBaseName(), all, m_time);
    }
}

QByteArray WearableMonitor::renderBattery(int format) const
{
    switch (format) {
    case CoapContentFormat::Json:
        return JsonWriter().number(QStringLiteral("battery"), battery(), 0)
                .string(QStringLiteral("unit"), QStringLiteral("%EL"))
                .boolean(QStringLiteral("charging"), m_charging).toJson();
    case CoapContentFormat::SenmlJson:
        return SensorPayload::senmlJson(device()->senmlBaseName(), {batteryReading()}, m_time);
    case CoapContentFormat::SenmlCbor:
        return SensorPayload::senmlCbor(device()->senmlBaseName(), {batteryReading()}, m_time);
    default:
        return "battery=" + QByteArray::number(battery()) + "%" + (m_charging ? " (charging)" : "");
    }
}

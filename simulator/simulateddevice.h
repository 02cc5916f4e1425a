#pragma once

#include "coapendpoint.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkInterface>
#include <QObject>
#include <QRandomGenerator>

class CoapServer;
class CoapUdpTransport;
class LossyTransport;
class PlainAndSecureTransport;
struct CoapSecurityConfig;
class SimulatedFeature;

// What a simulated device is. A fleet cycles through them after the gateway (docs/simulator.md).
enum class SimulatedDeviceKind : quint8 {
    Gateway,           // a bit of everything: temperature, humidity, door contact, LED
    ContactSensor,     // window/door contact, open/closed at random times
    TemperatureSensor, // text, JSON, SenML+JSON, SenML+CBOR
    HumiditySensor,    // %RH
    Wearable,          // healthcare wristband: heart rate, SpO2, battery
    Actuator,          // LED or relay, switched on/off/toggle
};
// Stable identifier for logs and JSON ("gateway", "contact", "temperature", …).
QString simulatedDeviceKindKey(SimulatedDeviceKind kind);

// One simulated device: a CoapServer on a UDP socket of its own (behind a LossyTransport, which
// passes everything unless told otherwise), a name and model, and the features of its kind.
// Every device also has /device (name, model, serial, firmware), /config (JSON with ETag),
// /fw/image and /fw/checksum (firmware ≥ 64 KiB, block-wise) and /diag/selftest (answers after
// about 2 s, as a separate response).
class SimulatedDevice : public QObject
{
    Q_OBJECT
public:
    // ordinal counts the devices of the same kind before this one (names and variants come from
    // it); seed makes the random dynamics repeatable (0: random).
    SimulatedDevice(SimulatedDeviceKind kind, int ordinal = 0, quint32 seed = 0, QObject *parent = nullptr);
    ~SimulatedDevice() override;

    SimulatedDeviceKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    QString model() const { return m_model; }
    QString location() const { return m_location; }
    void setLocation(const QString &location) { m_location = location; }
    QString serialNumber() const { return m_serial; }
    QString firmwareVersion() const;
    // SenML base name (RFC 8428 §4.5.1), unique per device: "urn:dev:mac:0024befffe80a1b2:".
    QString senmlBaseName() const;
    qint64 uptimeMs() const { return m_uptime.isValid() ? m_uptime.elapsed() : 0; }

    // How often the sensors take a reading and notify their observers, in ms (100..60000).
    int reportIntervalMs() const { return m_reportIntervalMs; }
    void setReportIntervalMs(int ms);

    // Binds the socket (port 0: a free one) and sets the values moving. On failure returns false;
    // transport()->lastError() says why.
    bool start(const QHostAddress &address, quint16 port);
    // Serves the same resources over coaps (DTLS) on address:port as well (port 0: a free one).
    // Call after start(). On failure returns false; transport()->lastError() says why.
    bool startSecure(const QHostAddress &address, quint16 port, const CoapSecurityConfig &config);
    // The coaps endpoint; null when the device speaks only coap.
    CoapEndpoint secureEndpoint() const;
    void stop();
    bool isRunning() const;
    CoapEndpoint endpoint() const;

    CoapServer *server() const { return m_server; }
    LossyTransport *transport() const { return m_lossy; }
    CoapUdpTransport *udpTransport() const { return m_udp; }
    QRandomGenerator &random() { return m_random; }

    QList<SimulatedFeature *> features() const { return m_features; }
    template<class Feature>
    Feature *feature() const
    {
        for (SimulatedFeature *f : m_features)
            if (auto *typed = qobject_cast<Feature *>(f))
                return typed;
        return nullptr;
    }
    // The resources this device serves, in path order.
    QStringList resourcePaths() const;

    // The initial /config document: name, location, reportIntervalMs and kind-specific settings.
    QJsonObject defaultConfiguration() const;

Q_SIGNALS:
    void reportIntervalChanged(int ms);
    void nameChanged(const QString &name);

private:
    template<class Feature, class... Args>
    Feature *add(Args &&...args);
    void addDeviceInfo();

    SimulatedDeviceKind m_kind;
    QString m_name;
    QString m_model;
    QString m_location;
    QString m_serial;
    QJsonObject m_kindSettings;
    quint64 m_macSuffix = 0;
    int m_reportIntervalMs = 1000;
    QRandomGenerator m_random;
    CoapUdpTransport *m_udp = nullptr;
    PlainAndSecureTransport *m_doors = nullptr;
    LossyTransport *m_lossy = nullptr;
    CoapServer *m_server = nullptr;
    QList<SimulatedFeature *> m_features;
    QElapsedTimer m_uptime;
};

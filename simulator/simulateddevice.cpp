#include "simulateddevice.h"

#include "coapserver.h"
#include "contactsensor.h"
#include "deviceconfiguration.h"
#include "firmwareimage.h"
#include "humiditysensor.h"
#include "lossytransport.h"
#include "plainandsecuretransport.h"
#include "selftest.h"
#include "sensorpayload.h"
#include "switchactuator.h"
#include "temperaturesensor.h"
#include "wearablemonitor.h"

#include <QCborMap>
#include <QCborValue>

namespace {
// Names, places and parameters of each kind; the ordinal picks one, and repeats get a number.
struct Named
{
    const char *name;
    const char *location;
    double parameter; // mean temperature, mean humidity, or the variant (0/1)
};
constexpr Named kContacts[] = {{"Front door contact", "Entrance", 0}, {"Kitchen window contact", "Kitchen", 1},
                               {"Garage door contact", "Garage", 0}, {"Bedroom window contact", "Bedroom", 1}};
constexpr Named kTemperatures[] = {{"Boiler room temperature", "Basement", 25.0}, {"Greenhouse temperature", "Garden", 22.0},
                                   {"Server rack temperature", "Server room", 31.0}, {"Cold store temperature", "Cold store", 4.0}};
constexpr Named kHumidities[] = {{"Bathroom humidity", "Bathroom", 55}, {"Cellar humidity", "Cellar", 68},
                                 {"Greenhouse humidity", "Garden", 75}, {"Office humidity", "Office", 40}};
constexpr Named kActuators[] = {{"Hallway light", "Hallway", 0}, {"Garden pump relay", "Garden", 1},
                                {"Porch light", "Porch", 0}, {"Ventilation fan relay", "Attic", 1}};

template<size_t N>
const Named &pick(const Named (&list)[N], int ordinal, QString *name)
{
    const Named &entry = list[size_t(ordinal) % N];
    *name = QString::fromUtf8(entry.name);
    if (size_t(ordinal) >= N)
        *name += QStringLiteral(" %1").arg(size_t(ordinal) / N + 1);
    return entry;
}
} // namespace

QString simulatedDeviceKindKey(SimulatedDeviceKind kind)
{
    switch (kind) {
    case SimulatedDeviceKind::Gateway: return QStringLiteral("gateway");
    case SimulatedDeviceKind::ContactSensor: return QStringLiteral("contact");
    case SimulatedDeviceKind::TemperatureSensor: return QStringLiteral("temperature");
    case SimulatedDeviceKind::HumiditySensor: return QStringLiteral("humidity");
    case SimulatedDeviceKind::Wearable: return QStringLiteral("wearable");
    case SimulatedDeviceKind::Actuator: return QStringLiteral("actuator");
    }
    return QStringLiteral("unknown");
}

template<class Feature, class... Args>
Feature *SimulatedDevice::add(Args &&...args)
{
    auto *feature = new Feature(this, std::forward<Args>(args)...);
    m_features.append(feature);
    return feature;
}

SimulatedDevice::SimulatedDevice(SimulatedDeviceKind kind, int ordinal, quint32 seed, QObject *parent)
    : QObject(parent), m_kind(kind), m_random(seed ? seed : QRandomGenerator::global()->generate())
{
    m_udp = new CoapUdpTransport(this);
    m_doors = new PlainAndSecureTransport(m_udp, this);
    m_lossy = new LossyTransport(m_doors, this);
    m_lossy->setSeed(m_random.generate());
    m_server = new CoapServer(m_lossy, nullptr, this);
    m_macSuffix = (quint64(kind) << 16) | quint64(ordinal & 0xffff);
    m_serial = QStringLiteral("SIM-%1-%2").arg(simulatedDeviceKindKey(kind).left(3).toUpper()).arg(ordinal + 1, 4, 10, QLatin1Char('0'));

    switch (kind) {
    case SimulatedDeviceKind::Gateway:
        m_name = ordinal == 0 ? QStringLiteral("Home gateway") : QStringLiteral("Home gateway %1").arg(ordinal + 1);
        m_model = QStringLiteral("SimGate G-100 home gateway");
        m_location = QStringLiteral("Hallway");
        m_reportIntervalMs = 500;
        m_kindSettings = {{QStringLiteral("timezone"), QStringLiteral("UTC")}, {QStringLiteral("alarmAboveCel"), 28.0}};
        add<TemperatureSensor>(21.5);
        add<HumiditySensor>(45.0);
        add<ContactSensor>(ContactSensor::Variant::Door);
        add<SwitchActuator>(SwitchActuator::Variant::Led);
        break;
    case SimulatedDeviceKind::ContactSensor: {
        const Named &n = pick(kContacts, ordinal, &m_name);
        m_model = QStringLiteral("SimSense C-2 door/window contact");
        m_location = QString::fromUtf8(n.location);
        m_kindSettings = {{QStringLiteral("chime"), true}};
        add<ContactSensor>(n.parameter == 0 ? ContactSensor::Variant::Door : ContactSensor::Variant::Window);
        break;
    }
    case SimulatedDeviceKind::TemperatureSensor: {
        const Named &n = pick(kTemperatures, ordinal, &m_name);
        m_model = QStringLiteral("SimSense T-10 temperature sensor");
        m_location = QString::fromUtf8(n.location);
        m_reportIntervalMs = 500; // 2 Hz: a chart moves within a second
        m_kindSettings = {{QStringLiteral("alarmAboveCel"), n.parameter + 5}};
        add<TemperatureSensor>(n.parameter);
        break;
    }
    case SimulatedDeviceKind::HumiditySensor: {
        const Named &n = pick(kHumidities, ordinal, &m_name);
        m_model = QStringLiteral("SimSense H-20 humidity sensor");
        m_location = QString::fromUtf8(n.location);
        m_kindSettings = {{QStringLiteral("alarmAbovePercent"), 80}};
        add<HumiditySensor>(n.parameter);
        break;
    }
    case SimulatedDeviceKind::Wearable:
        m_name = QStringLiteral("Patient wristband (bed %1)").arg(ordinal + 1);
        m_model = QStringLiteral("SimCare W-3 pulse oximeter wristband");
        m_location = QStringLiteral("Ward 3");
        m_kindSettings = {{QStringLiteral("heartRateAlarmBpm"), 140}, {QStringLiteral("spo2AlarmPercent"), 90}};
        add<WearableMonitor>();
        break;
    case SimulatedDeviceKind::Actuator: {
        const Named &n = pick(kActuators, ordinal, &m_name);
        const bool relay = n.parameter != 0;
        m_model = relay ? QStringLiteral("SimSwitch R-1 relay") : QStringLiteral("SimSwitch L-1 LED driver");
        m_location = QString::fromUtf8(n.location);
        m_kindSettings = {{QStringLiteral("defaultOn"), false}};
        add<SwitchActuator>(relay ? SwitchActuator::Variant::Relay : SwitchActuator::Variant::Led);
        break;
    }
    }
    // What every device has, whatever it measures.
    add<DeviceConfiguration>();
    add<FirmwareImage>();
    add<SelfTest>();

    addDeviceInfo();
    for (SimulatedFeature *feature : m_features)
        feature->install(*m_server);
}

SimulatedDevice::~SimulatedDevice()
{
    stop();
    // The server's handlers refer to the features and it uses the transports: it goes first.
    delete m_server;
    m_server = nullptr;
    qDeleteAll(m_features);
    m_features.clear();
}

QJsonObject SimulatedDevice::defaultConfiguration() const
{
    QJsonObject config = m_kindSettings;
    config.insert(QStringLiteral("name"), m_name);
    config.insert(QStringLiteral("location"), m_location);
    config.insert(QStringLiteral("reportIntervalMs"), m_reportIntervalMs);
    return config;
}

void SimulatedDevice::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    if (CoapResource *info = m_server->resource(QStringLiteral("/device")))
        info->setTitle(name);
    emit nameChanged(name);
}

void SimulatedDevice::setReportIntervalMs(int ms)
{
    ms = qBound(100, ms, 60000);
    if (ms == m_reportIntervalMs)
        return;
    m_reportIntervalMs = ms;
    emit reportIntervalChanged(ms);
}

QString SimulatedDevice::firmwareVersion() const
{
    const FirmwareImage *firmware = feature<FirmwareImage>();
    return firmware ? firmware->version() : FirmwareImage::kFactoryVersion;
}

QString SimulatedDevice::senmlBaseName() const
{
    // RFC 8428 §4.5.1 recommends a globally unique base name; an EUI-64 in a urn:dev:mac URN
    // (RFC 9039) is the usual choice. 00-24-BE is not ours, but nobody will ship these.
    return QStringLiteral("urn:dev:mac:0024befffe%1:").arg(m_macSuffix, 6, 16, QLatin1Char('0'));
}

bool SimulatedDevice::start(const QHostAddress &address, quint16 port)
{
    if (!m_lossy->bind(address, port))
        return false;
    m_uptime.start();
    for (SimulatedFeature *feature : m_features)
        feature->start();
    return true;
}

bool SimulatedDevice::startSecure(const QHostAddress &address, quint16 port, const CoapSecurityConfig &config)
{
    return m_doors->startSecure(address, port, config);
}

CoapEndpoint SimulatedDevice::secureEndpoint() const
{
    return m_doors->secureEndpoint();
}

void SimulatedDevice::stop()
{
    for (SimulatedFeature *feature : m_features)
        feature->stop();
    if (m_lossy)
        m_lossy->close();
}

bool SimulatedDevice::isRunning() const
{
    return m_lossy->isBound();
}

CoapEndpoint SimulatedDevice::endpoint() const
{
    return m_lossy->localEndpoint();
}

QStringList SimulatedDevice::resourcePaths() const
{
    return m_server->resourcePaths();
}

void SimulatedDevice::addDeviceInfo()
{
    static const QList<int> formats = {CoapContentFormat::Json, CoapContentFormat::Cbor, CoapContentFormat::TextPlain};
    m_server->addResource(QStringLiteral("/device"))
            .setTitle(m_name)
            .setResourceType(QStringLiteral("device"))
            .setInterface(QStringLiteral("core.rp"))
            .setContentFormats(formats)
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, formats);
                if (!format)
                    return SensorPayload::respondNotAcceptable(responder, request, formats);
                const qint64 uptime = uptimeMs() / 1000;
                QByteArray payload;
                if (*format == CoapContentFormat::TextPlain) {
                    payload = QStringLiteral("%1\nmodel: %2\nkind: %3\nserial: %4\nfirmware: %5\nlocation: %6\nuptime: %7 s")
                                      .arg(m_name, m_model, simulatedDeviceKindKey(m_kind), m_serial, firmwareVersion(), m_location)
                                      .arg(uptime).toUtf8();
                } else {
                    const QJsonObject info = {{QStringLiteral("name"), m_name},
                                              {QStringLiteral("model"), m_model},
                                              {QStringLiteral("kind"), simulatedDeviceKindKey(m_kind)},
                                              {QStringLiteral("serial"), m_serial},
                                              {QStringLiteral("firmware"), firmwareVersion()},
                                              {QStringLiteral("location"), m_location},
                                              {QStringLiteral("uptime"), uptime}};
                    payload = *format == CoapContentFormat::Cbor
                            ? QCborValue::fromJsonValue(info).toCbor()
                            : JsonWriter().string(QStringLiteral("name"), m_name).string(QStringLiteral("model"), m_model)
                                      .string(QStringLiteral("kind"), simulatedDeviceKindKey(m_kind))
                                      .string(QStringLiteral("serial"), m_serial).string(QStringLiteral("firmware"), firmwareVersion())
                                      .string(QStringLiteral("location"), m_location).number(QStringLiteral("uptime"), double(uptime), 0)
                                      .toJson();
                }
                responder.respond(CoapCode::Content, payload, *format);
            });
}

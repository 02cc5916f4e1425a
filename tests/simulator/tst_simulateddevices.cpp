// The simulated devices' behaviour, through our own CoapClient over loopback: content formats,
// content negotiation, the actuator, the configuration's ETags and preconditions, firmware
// block-wise transfers, the separate response and the observe rates.
#include "contactsensor.h"
#include "corelinkformat.h"
#include "deviceconfiguration.h"
#include "firmwareimage.h"
#include "lossytransport.h"
#include "selftest.h"
#include "senml.h"
#include "simulatortesthelpers.h"
#include "switchactuator.h"
#include "temperaturesensor.h"
#include "wearablemonitor.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <memory>

Q_DECLARE_METATYPE(SimulatedDeviceKind)

using SimTest::waitFinished;

namespace {

std::unique_ptr<SimulatedDevice> startDevice(SimulatedDeviceKind kind, int ordinal = 0)
{
    auto device = std::make_unique<SimulatedDevice>(kind, ordinal, 4242);
    if (!device->start(QHostAddress::LocalHost, 0))
        return nullptr;
    return device;
}

QByteArray etagOf(const CoapMessage &m)
{
    const auto o = m.option(CoapOptionNumber::ETag);
    return o ? o->value() : QByteArray();
}

} // namespace

class TestSimulatedDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false")); }
    void temperatureFormats_data();
    void temperatureFormats();
    void contactSenmlIsBoolean();
    void notAcceptable_data();
    void notAcceptable();
    void unsupportedContentFormat_data();
    void unsupportedContentFormat();
    void actuatorSwitching_data();
    void actuatorSwitching();
    void actuatorNotifiesObservers();
    void configurationEtagAndIfMatch();
    void configurationMergePatch_data();
    void configurationMergePatch();
    void configurationRejectsBadDocuments_data();
    void configurationRejectsBadDocuments();
    void configurationChangesTheDevice();
    void configurationAsCbor();
    void mergePatchRfc7386Examples_data();
    void mergePatchRfc7386Examples();
    void firmwareDownload_data();
    void firmwareDownload();
    void firmwareUpload();
    void slowResourceAnswersSeparately();
    void observeRate_data();
    void observeRate();
    void contactEventsAreNotified();
    void valuesMoveAndStayPlausible();
    void deviceInformation_data();
    void deviceInformation();
    void wellKnownCoreDescribesEveryResource_data();
    void wellKnownCoreDescribesEveryResource();
};

void TestSimulatedDevices::temperatureFormats_data()
{
    QTest::addColumn<int>("accept");
    QTest::addColumn<int>("expectedFormat");
    QTest::newRow("no Accept: text") << -1 << 0;
    QTest::newRow("text/plain") << 0 << 0;
    QTest::newRow("json") << 50 << 50;
    QTest::newRow("senml+json") << 110 << 110;
    QTest::newRow("senml+cbor") << 112 << 112;
}

void TestSimulatedDevices::temperatureFormats()
{
    QFETCH(int, accept);
    QFETCH(int, expectedFormat);
    auto device = startDevice(SimulatedDeviceKind::TemperatureSensor);
    QVERIFY(device);
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), CoapCode::Get, TemperatureSensor::kPath, {}, -1, accept);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->response().code(), quint8(CoapCode::Content));
    QCOMPARE(reply->response().contentFormat().value_or(-1), expectedFormat);
    const QByteArray payload = reply->response().payload();
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;

    switch (expectedFormat) {
    case 0: {
        // Exactly "Temperature: 25.0°C", the degree sign in UTF-8.
        const QString text = QString::fromUtf8(payload);
        QVERIFY2(QRegularExpression(QStringLiteral("^Temperature: -?\\d+\\.\\d°C$")).match(text).hasMatch(), payload.constData());
        QVERIFY(payload.contains("\xc2\xb0" "C"));
        const double value = text.mid(13, text.size() - 15).toDouble();
        QVERIFY2(qAbs(value - 25.0) < 6, payload.constData()); // boiler room: around 25 °C
        break;
    }
    case 50: {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\{\"temperature\":-?\\d+\\.\\d,\"unit\":\"Cel\"\\}$"))
                         .match(QString::fromUtf8(payload)).hasMatch(), payload.constData());
        const QJsonObject o = QJsonDocument::fromJson(payload).object();
        QCOMPARE(o.value(QLatin1String("unit")).toString(), QStringLiteral("Cel"));
        QVERIFY(qAbs(o.value(QLatin1String("temperature")).toDouble() - 25.0) < 6);
        break;
    }
    case 110:
    case 112: {
        const SenmlPack pack = expectedFormat == 110 ? Senml::fromJson(payload, now) : Senml::fromCbor(payload, now);
        QVERIFY2(pack.ok(), payload.toHex().constData());
        QCOMPARE(pack.records.size(), 1);
        const SenmlRecord &r = pack.records[0];
        QCOMPARE(r.name, device->senmlBaseName() + QStringLiteral("temperature"));
        QCOMPARE(r.unit, QStringLiteral("Cel"));
        QCOMPARE(r.kind, SenmlRecord::Kind::Number);
        QVERIFY(qAbs(r.value - 25.0) < 6);
        QVERIFY2(qAbs(r.time - now) < 5, qPrintable(QString::number(r.time - now))); // absolute time, fresh
        if (expectedFormat == 110) {
            for (const char *label : {"\"bn\":", "\"n\":", "\"u\":", "\"v\":", "\"t\":"})
                QVERIFY2(payload.contains(label), label);
        } else {
            const QCborMap record = QCborValue::fromCbor(payload).toArray().at(0).toMap();
            for (int label : {-2, 0, 1, 2, 6}) // RFC 8428 §6: bn, n, u, v, t
                QVERIFY2(record.contains(label), qPrintable(QString::number(label)));
        }
        break;
    }
    }
}

void TestSimulatedDevices::contactSenmlIsBoolean()
{
    auto device = startDevice(SimulatedDeviceKind::ContactSensor);
    QVERIFY(device);
    auto *contact = device->feature<ContactSensor>();
    contact->setOpen(true);
    SimTest::Client c;
    CoapReply *text = c.request(device->endpoint(), CoapCode::Get, contact->path());
    CoapReply *senml = c.request(device->endpoint(), CoapCode::Get, contact->path(), {}, -1, 110);
    QVERIFY(waitFinished(text));
    QVERIFY(waitFinished(senml));
    QCOMPARE(text->response().payload(), QByteArray("open"));
    const SenmlPack pack = Senml::fromJson(senml->response().payload(), SensorPayload::now());
    QVERIFY(pack.ok());
    QCOMPARE(pack.records.value(0).kind, SenmlRecord::Kind::Boolean);
    QCOMPARE(pack.records.value(0).boolValue, true);
}

void TestSimulatedDevices::notAcceptable_data()
{
    QTest::addColumn<SimulatedDeviceKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("accept");
    QTest::newRow("temperature as CBOR") << SimulatedDeviceKind::TemperatureSensor << TemperatureSensor::kPath << 60;
    QTest::newRow("temperature as link-format") << SimulatedDeviceKind::TemperatureSensor << TemperatureSensor::kPath << 40;
    QTest::newRow("heart rate as XML") << SimulatedDeviceKind::Wearable << WearableMonitor::kHeartRatePath << 41;
    QTest::newRow("switch as SenML") << SimulatedDeviceKind::Actuator << QStringLiteral("/led") << 110;
    QTest::newRow("config as text") << SimulatedDeviceKind::HumiditySensor << DeviceConfiguration::kPath << 0;
    QTest::newRow("firmware as JSON") << SimulatedDeviceKind::Gateway << FirmwareImage::kImagePath << 50;
    QTest::newRow("device info as octets") << SimulatedDeviceKind::Gateway << QStringLiteral("/device") << 42;
    QTest::newRow("self-test as JSON") << SimulatedDeviceKind::Gateway << SelfTest::kPath << 50;
    QTest::newRow("unregistered number") << SimulatedDeviceKind::Gateway << TemperatureSensor::kPath << 65000;
}

void TestSimulatedDevices::notAcceptable()
{
    QFETCH(SimulatedDeviceKind, kind);
    QFETCH(QString, path);
    QFETCH(int, accept);
    auto device = startDevice(kind);
    QVERIFY(device);
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), CoapCode::Get, path, {}, -1, accept);
    QVERIFY(waitFinished(reply));
    QCOMPARE(CoapCode::toString(reply->response().code()), QStringLiteral("4.06"));
    QVERIFY(!reply->response().payload().isEmpty()); // says what is available
    QCOMPARE(reply->response().contentFormat().value_or(-1), 0);
}

void TestSimulatedDevices::unsupportedContentFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("contentFormat");
    QTest::newRow("switch from CBOR") << QStringLiteral("/led") << int(CoapCode::Put) << 60;
    QTest::newRow("config from text") << DeviceConfiguration::kPath << int(CoapCode::Put) << 0;
    QTest::newRow("config patch as CBOR") << DeviceConfiguration::kPath << int(CoapCode::Patch) << 60;
    QTest::newRow("config patch as JSON Patch") << DeviceConfiguration::kPath << int(CoapCode::IPatch) << 51;
    QTest::newRow("firmware as text") << FirmwareImage::kImagePath << int(CoapCode::Put) << 0;
}

void TestSimulatedDevices::unsupportedContentFormat()
{
    QFETCH(QString, path);
    QFETCH(int, method);
    QFETCH(int, contentFormat);
    auto device = startDevice(SimulatedDeviceKind::Gateway);
    QVERIFY(device);
    const QJsonObject before = device->feature<DeviceConfiguration>()->document();
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), quint8(method), path, "on", contentFormat);
    QVERIFY(waitFinished(reply));
    QCOMPARE(CoapCode::toString(reply->response().code()), QStringLiteral("4.15"));
    QVERIFY(!device->feature<SwitchActuator>()->isOn());
    QCOMPARE(device->feature<DeviceConfiguration>()->document(), before);
}

void TestSimulatedDevices::actuatorSwitching_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("contentFormat");
    QTest::addColumn<bool>("initiallyOn");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<bool>("expectedOn");
    const int put = CoapCode::Put, post = CoapCode::Post, changed = CoapCode::Changed, bad = CoapCode::BadRequest;
    QTest::newRow("PUT on") << put << QByteArray("on") << -1 << false << changed << true;
    QTest::newRow("PUT off") << put << QByteArray("off") << 0 << true << changed << false;
    QTest::newRow("PUT ON, newline") << put << QByteArray("ON\n") << 0 << false << changed << true;
    QTest::newRow("POST toggle from off") << post << QByteArray("toggle") << -1 << false << changed << true;
    QTest::newRow("POST toggle from on") << post << QByteArray("toggle") << -1 << true << changed << false;
    QTest::newRow("PUT on when on") << put << QByteArray("on") << -1 << true << changed << true;
    QTest::newRow("JSON on true") << put << QByteArray("{\"on\": true}") << 50 << false << changed << true;
    QTest::newRow("JSON on false") << post << QByteArray("{\"on\":false}") << 50 << true << changed << false;
    QTest::newRow("JSON toggle") << post << QByteArray("{\"toggle\":true}") << 50 << false << changed << true;
    QTest::newRow("JSON without Content-Format") << put << QByteArray("{\"on\":true}") << -1 << false << changed << true;
    QTest::newRow("words") << put << QByteArray("please switch on") << -1 << false << bad << false;
    QTest::newRow("empty") << put << QByteArray() << -1 << true << bad << true;
    QTest::newRow("JSON without on") << put << QByteArray("{\"state\":1}") << 50 << false << bad << false;
    QTest::newRow("not JSON") << put << QByteArray("on") << 50 << false << bad << false;
}

void TestSimulatedDevices::actuatorSwitching()
{
    QFETCH(int, method);
    QFETCH(QByteArray, payload);
    QFETCH(int, contentFormat);
    QFETCH(bool, initiallyOn);
    QFETCH(int, expectedCode);
    QFETCH(bool, expectedOn);
    auto device = startDevice(SimulatedDeviceKind::Actuator, 1); // the relay variant
    QVERIFY(device);
    auto *relay = device->feature<SwitchActuator>();
    QCOMPARE(relay->path(), QStringLiteral("/relay"));
    relay->setOn(initiallyOn);
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), quint8(method), relay->path(), payload, contentFormat);
    QVERIFY(waitFinished(reply));
    QCOMPARE(CoapCode::toString(reply->response().code()), CoapCode::toString(quint8(expectedCode)));
    QCOMPARE(relay->isOn(), expectedOn);
    if (expectedCode == CoapCode::Changed) {
        QCOMPARE(reply->response().payload(), expectedOn ? QByteArray("on") : QByteArray("off"));
    } else {
        QVERIFY(reply->response().payload().contains("toggle")); // plain words saying what works
    }
    CoapReply *get = c.request(device->endpoint(), CoapCode::Get, relay->path(), {}, -1, 50);
    QVERIFY(waitFinished(get));
    QCOMPARE(get->response().payload(), expectedOn ? QByteArray("{\"on\":true}") : QByteArray("{\"on\":false}"));
}

void TestSimulatedDevices::actuatorNotifiesObservers()
{
    auto device = startDevice(SimulatedDeviceKind::Actuator);
    QVERIFY(device);
    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(device->endpoint(), CoapCode::Get, QStringLiteral("/led"));
    r.observe = true;
    CoapReply *observation = c.send(r);
    QSignalSpy notifications(observation, &CoapReply::notificationReceived);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 5000);
    CoapReply *put = c.request(device->endpoint(), CoapCode::Put, QStringLiteral("/led"), "on");
    QVERIFY(waitFinished(put));
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 2, 5000);
    QCOMPARE(notifications.last()[0].value<CoapMessage>().payload(), QByteArray("on"));
    observation->cancelObservation();
    QVERIFY(waitFinished(observation));
}

void TestSimulatedDevices::configurationEtagAndIfMatch()
{
    auto device = startDevice(SimulatedDeviceKind::TemperatureSensor);
    QVERIFY(device);
    SimTest::Client c;
    const CoapEndpoint to = device->endpoint();
    const QString path = DeviceConfiguration::kPath;

    CoapReply *get = c.request(to, CoapCode::Get, path);
    QVERIFY(waitFinished(get));
    QCOMPARE(get->response().code(), quint8(CoapCode::Content));
    QCOMPARE(get->response().contentFormat().value_or(-1), 50);
    const QByteArray first = etagOf(get->response());
    QVERIFY(!first.isEmpty() && first.size() <= 8);
    QJsonObject doc = QJsonDocument::fromJson(get->response().payload()).object();
    QCOMPARE(doc.value(QLatin1String("name")).toString(), device->name());

    // PUT with the current ETag: applied; the 2.04 carries the new ETag.
    doc.insert(QStringLiteral("location"), QStringLiteral("Boiler room, north wall"));
    CoapRequest put = SimTest::Client::make(to, CoapCode::Put, path, QJsonDocument(doc).toJson(), 50);
    put.message.addOption(CoapOptionNumber::IfMatch, first);
    CoapReply *putReply = c.send(put);
    QVERIFY(waitFinished(putReply));
    QCOMPARE(CoapCode::toString(putReply->response().code()), QStringLiteral("2.04"));
    const QByteArray second = etagOf(putReply->response());
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(device->location(), QStringLiteral("Boiler room, north wall"));

    // The same conditional PUT again: the ETag is stale now (RFC 7252 §5.10.8.1).
    doc.insert(QStringLiteral("location"), QStringLiteral("lost update"));
    put.message.setPayload(QJsonDocument(doc).toJson());
    CoapReply *stale = c.send(put);
    QVERIFY(waitFinished(stale));
    QCOMPARE(CoapCode::toString(stale->response().code()), QStringLiteral("4.12"));
    QCOMPARE(device->location(), QStringLiteral("Boiler room, north wall"));

    // GET with the current ETag: 2.03 Valid, no payload (§5.10.6.2).
    CoapRequest validate = SimTest::Client::make(to, CoapCode::Get, path);
    validate.message.addOption(CoapOptionNumber::ETag, second);
    CoapReply *valid = c.send(validate);
    QVERIFY(waitFinished(valid));
    QCOMPARE(CoapCode::toString(valid->response().code()), QStringLiteral("2.03"));
    QVERIFY(valid->response().payload().isEmpty());
    QCOMPARE(etagOf(valid->response()), second);

    // If-None-Match: the document exists, so never (§5.10.8.2).
    CoapRequest create = SimTest::Client::make(to, CoapCode::Put, path, QJsonDocument(doc).toJson(), 50);
    create.message.addOption(CoapOptionNumber::IfNoneMatch);
    CoapReply *exists = c.send(create);
    QVERIFY(waitFinished(exists));
    QCOMPARE(CoapCode::toString(exists->response().code()), QStringLiteral("4.12"));

    // An empty If-Match means "if it exists": applied.
    CoapRequest anyTag = SimTest::Client::make(to, CoapCode::Put, path, QJsonDocument(doc).toJson(), 50);
    anyTag.message.addOption(CoapOptionNumber::IfMatch, QByteArray());
    CoapReply *applied = c.send(anyTag);
    QVERIFY(waitFinished(applied));
    QCOMPARE(CoapCode::toString(applied->response().code()), QStringLiteral("2.04"));
    QCOMPARE(device->location(), QStringLiteral("lost update"));

    // A conditional PATCH with a stale tag fails the same way.
    CoapRequest patch = SimTest::Client::make(to, CoapCode::Patch, path, "{\"location\":\"x\"}", 52);
    patch.message.addOption(CoapOptionNumber::IfMatch, first);
    CoapReply *stalePatch = c.send(patch);
    QVERIFY(waitFinished(stalePatch));
    QCOMPARE(CoapCode::toString(stalePatch->response().code()), QStringLiteral("4.12"));
}

void TestSimulatedDevices::configurationMergePatch_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("contentFormat");
    QTest::newRow("PATCH merge-patch+json") << int(CoapCode::Patch) << 52;
    QTest::newRow("PATCH plain JSON") << int(CoapCode::Patch) << 50;
    QTest::newRow("iPATCH merge-patch+json") << int(CoapCode::IPatch) << 52;
    QTest::newRow("PATCH without Content-Format") << int(CoapCode::Patch) << -1;
}

void TestSimulatedDevices::configurationMergePatch()
{
    QFETCH(int, method);
    QFETCH(int, contentFormat);
    auto device = startDevice(SimulatedDeviceKind::HumiditySensor);
    QVERIFY(device);
    auto *config = device->feature<DeviceConfiguration>();
    SimTest::Client c;
    CoapReply *add = c.request(device->endpoint(), quint8(method), DeviceConfiguration::kPath,
                               "{\"location\":\"Utility room\",\"thresholds\":{\"low\":30,\"high\":70}}", contentFormat);
    QVERIFY(waitFinished(add));
    QCOMPARE(CoapCode::toString(add->response().code()), QStringLiteral("2.04"));
    QCOMPARE(config->document().value(QLatin1String("location")).toString(), QStringLiteral("Utility room"));
    QCOMPARE(config->document().value(QLatin1String("thresholds")).toObject().value(QLatin1String("high")).toInt(), 70);
    QCOMPARE(config->document().value(QLatin1String("name")).toString(), QStringLiteral("Bathroom humidity")); // untouched

    // Members merge into nested objects; null removes (RFC 7386 §2).
    CoapReply *change = c.request(device->endpoint(), quint8(method), DeviceConfiguration::kPath,
                                  "{\"thresholds\":{\"low\":null,\"high\":75}}", contentFormat);
    QVERIFY(waitFinished(change));
    QCOMPARE(CoapCode::toString(change->response().code()), QStringLiteral("2.04"));
    const QJsonObject thresholds = config->document().value(QLatin1String("thresholds")).toObject();
    QCOMPARE(thresholds, (QJsonObject{{QStringLiteral("high"), 75}}));
}

void TestSimulatedDevices::configurationRejectsBadDocuments_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expectedCode");
    const int put = CoapCode::Put, patch = CoapCode::Patch;
    QTest::newRow("PUT not JSON") << put << QByteArray("name=x") << QStringLiteral("4.00");
    QTest::newRow("PUT an array") << put << QByteArray("[1,2]") << QStringLiteral("4.00");
    QTest::newRow("PUT without name") << put << QByteArray("{\"reportIntervalMs\":500}") << QStringLiteral("4.22");
    QTest::newRow("PATCH removes name") << patch << QByteArray("{\"name\":null}") << QStringLiteral("4.22");
    QTest::newRow("PATCH interval too short") << patch << QByteArray("{\"reportIntervalMs\":5}") << QStringLiteral("4.22");
    QTest::newRow("PATCH interval fractional") << patch << QByteArray("{\"reportIntervalMs\":500.5}") << QStringLiteral("4.22");
    QTest::newRow("PATCH name a number") << patch << QByteArray("{\"name\":7}") << QStringLiteral("4.22");
    QTest::newRow("PATCH array replaces all") << patch << QByteArray("[]") << QStringLiteral("4.22");
    QTest::newRow("PATCH truncated") << patch << QByteArray("{\"name\":") << QStringLiteral("4.00");
    QTest::newRow("PUT too large") << put << QByteArray(5000, ' ') << QStringLiteral("4.13");
}

void TestSimulatedDevices::configurationRejectsBadDocuments()
{
    QFETCH(int, method);
    QFETCH(QByteArray, payload);
    QFETCH(QString, expectedCode);
    auto device = startDevice(SimulatedDeviceKind::ContactSensor);
    QVERIFY(device);
    const QJsonObject before = device->feature<DeviceConfiguration>()->document();
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), quint8(method), DeviceConfiguration::kPath, payload,
                                 method == CoapCode::Put ? 50 : 52);
    QVERIFY(waitFinished(reply));
    QCOMPARE(CoapCode::toString(reply->response().code()), expectedCode);
    QCOMPARE(device->feature<DeviceConfiguration>()->document(), before);
}

void TestSimulatedDevices::configurationChangesTheDevice()
{
    auto device = startDevice(SimulatedDeviceKind::TemperatureSensor);
    QVERIFY(device);
    QCOMPARE(device->reportIntervalMs(), 500);
    SimTest::Client c;
    CoapReply *patch = c.request(device->endpoint(), CoapCode::Patch, DeviceConfiguration::kPath,
                                 "{\"name\":\"Boiler room (new sensor)\",\"reportIntervalMs\":250}", 52);
    QVERIFY(waitFinished(patch));
    QCOMPARE(CoapCode::toString(patch->response().code()), QStringLiteral("2.04"));
    QCOMPARE(device->name(), QStringLiteral("Boiler room (new sensor)"));
    QCOMPARE(device->reportIntervalMs(), 250);
    QCOMPARE(device->server()->resource(QStringLiteral("/device"))->link().title(), QStringLiteral("Boiler room (new sensor)"));
    CoapReply *info = c.request(device->endpoint(), CoapCode::Get, QStringLiteral("/device"));
    QVERIFY(waitFinished(info));
    QCOMPARE(QJsonDocument::fromJson(info->response().payload()).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Boiler room (new sensor)"));
}

void TestSimulatedDevices::configurationAsCbor()
{
    auto device = startDevice(SimulatedDeviceKind::Wearable);
    QVERIFY(device);
    SimTest::Client c;
    CoapReply *get = c.request(device->endpoint(), CoapCode::Get, DeviceConfiguration::kPath, {}, -1, 60);
    QVERIFY(waitFinished(get));
    QCOMPARE(get->response().contentFormat().value_or(-1), 60);
    const QCborValue cbor = QCborValue::fromCbor(get->response().payload());
    QVERIFY(cbor.isMap());
    QCOMPARE(cbor.toJsonValue().toObject(), device->feature<DeviceConfiguration>()->document());
    const QByteArray cborTag = etagOf(get->response());

    // The CBOR representation's ETag works in If-Match as well.
    QCborMap changed = cbor.toMap();
    changed.insert(QStringLiteral("heartRateAlarmBpm"), 150);
    CoapRequest put = SimTest::Client::make(device->endpoint(), CoapCode::Put, DeviceConfiguration::kPath,
                                            QCborValue(changed).toCbor(), 60);
    put.message.addOption(CoapOptionNumber::IfMatch, cborTag);
    CoapReply *putReply = c.send(put);
    QVERIFY(waitFinished(putReply));
    QCOMPARE(CoapCode::toString(putReply->response().code()), QStringLiteral("2.04"));
    QCOMPARE(device->feature<DeviceConfiguration>()->document().value(QLatin1String("heartRateAlarmBpm")).toInt(), 150);
}

void TestSimulatedDevices::mergePatchRfc7386Examples_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("result");
    // RFC 7386 Appendix A (those whose target and patch are objects or arrays, as QJsonDocument
    // reads only those at top level).
    QTest::newRow("1") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("2") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})") << QByteArray(R"({"a":"b","b":"c"})");
    QTest::newRow("3") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":null})") << QByteArray(R"({})");
    QTest::newRow("4") << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})") << QByteArray(R"({"b":"c"})");
    QTest::newRow("5") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("6") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":["b"]})");
    QTest::newRow("7") << QByteArray(R"({"a":{"b":"c"}})") << QByteArray(R"({"a":{"b":"d","c":null}})") << QByteArray(R"({"a":{"b":"d"}})");
    QTest::newRow("8") << QByteArray(R"({"a":[{"b":"c"}]})") << QByteArray(R"({"a":[1]})") << QByteArray(R"({"a":[1]})");
    QTest::newRow("9") << QByteArray(R"(["a","b"])") << QByteArray(R"(["c","d"])") << QByteArray(R"(["c","d"])");
    QTest::newRow("10") << QByteArray(R"({"a":"b"})") << QByteArray(R"(["c"])") << QByteArray(R"(["c"])");
    QTest::newRow("13") << QByteArray(R"({"e":null})") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"e":null})");
    QTest::newRow("14") << QByteArray(R"([1,2])") << QByteArray(R"({"a":"b","c":null})") << QByteArray(R"({"a":"b"})");
    QTest::newRow("15") << QByteArray(R"({})") << QByteArray(R"({"a":{"bb":{"ccc":null}}})") << QByteArray(R"({"a":{"bb":{}}})");
}

void TestSimulatedDevices::mergePatchRfc7386Examples()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, result);
    auto value = [](const QByteArray &json) {
        const QJsonDocument d = QJsonDocument::fromJson(json);
        return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
    };
    QCOMPARE(DeviceConfiguration::mergePatch(value(target), value(patch)), value(result));
}

void TestSimulatedDevices::firmwareDownload_data()
{
    QTest::addColumn<int>("szx");
    QTest::newRow("server's choice (1024)") << -1;
    QTest::newRow("64-byte blocks") << 2;
    QTest::newRow("256-byte blocks") << 4;
}

void TestSimulatedDevices::firmwareDownload()
{
    QFETCH(int, szx);
    auto device = startDevice(SimulatedDeviceKind::HumiditySensor);
    QVERIFY(device);
    const QByteArray expected = FirmwareImage::factoryImage(device->model());
    QVERIFY(expected.size() >= 64 * 1024);
    QCOMPARE(device->feature<FirmwareImage>()->image(), expected);

    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(device->endpoint(), CoapCode::Get, FirmwareImage::kImagePath);
    r.blockSzx = szx;
    CoapReply *reply = c.send(r);
    QVERIFY(waitFinished(reply, 60000));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(reply->response().code(), quint8(CoapCode::Content));
    QCOMPARE(reply->response().contentFormat().value_or(-1), 42);
    QCOMPARE(reply->response().payload().size(), expected.size());
    QVERIFY(reply->response().payload() == expected); // byte-exact (QCOMPARE would print 70 KiB)

    CoapReply *checksum = c.request(device->endpoint(), CoapCode::Get, FirmwareImage::kChecksumPath);
    QVERIFY(waitFinished(checksum));
    QCOMPARE(checksum->response().payload(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
}

void TestSimulatedDevices::firmwareUpload()
{
    auto device = startDevice(SimulatedDeviceKind::Actuator);
    QVERIFY(device);
    auto *firmware = device->feature<FirmwareImage>();
    QByteArray image(100 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : image)
        byte = char(generator.bounded(256));
    SimTest::Client c;

    // A stale If-Match first: refused, nothing changes.
    CoapRequest stale = SimTest::Client::make(device->endpoint(), CoapCode::Put, FirmwareImage::kImagePath, image, 42);
    stale.message.addOption(CoapOptionNumber::IfMatch, QByteArray("nope"));
    stale.blockSzx = 6;
    CoapReply *refused = c.send(stale);
    QVERIFY(waitFinished(refused, 60000));
    QCOMPARE(CoapCode::toString(refused->response().code()), QStringLiteral("4.12"));
    QCOMPARE(firmware->version(), FirmwareImage::kFactoryVersion);

    CoapRequest put = SimTest::Client::make(device->endpoint(), CoapCode::Put, FirmwareImage::kImagePath, image, 42);
    put.message.addOption(CoapOptionNumber::IfMatch, firmware->etag());
    put.blockSzx = 4; // 256-byte Block1 blocks: 401 of them
    CoapReply *reply = c.send(put);
    QVERIFY(waitFinished(reply, 60000));
    QCOMPARE(reply->error(), CoapError::None);
    QCOMPARE(CoapCode::toString(reply->response().code()), QStringLiteral("2.04"));
    QVERIFY(firmware->image() == image);
    QVERIFY(firmware->version().startsWith(QLatin1String("upload-")));
    QCOMPARE(etagOf(reply->response()), firmware->etag());

    CoapReply *checksum = c.request(device->endpoint(), CoapCode::Get, FirmwareImage::kChecksumPath, {}, -1, 50);
    QVERIFY(waitFinished(checksum));
    const QJsonObject sum = QJsonDocument::fromJson(checksum->response().payload()).object();
    QCOMPARE(sum.value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(sum.value(QLatin1String("size")).toInt(), image.size());

    CoapReply *back = c.request(device->endpoint(), CoapCode::Get, FirmwareImage::kImagePath);
    QVERIFY(waitFinished(back, 60000));
    QVERIFY(back->response().payload() == image);
}

void TestSimulatedDevices::slowResourceAnswersSeparately()
{
    auto device = startDevice(SimulatedDeviceKind::Gateway);
    QVERIFY(device);
    SimTest::Client c;
    QSignalSpy events(c.client.messageLayer(), &CoapMessageLayer::datagramEvent);
    QElapsedTimer timer;
    timer.start();
    CoapReply *reply = c.request(device->endpoint(), CoapCode::Get, SelfTest::kPath);
    QVERIFY(waitFinished(reply, 10000));
    const qint64 took = timer.elapsed();
    QCOMPARE(reply->error(), CoapError::None);
    QVERIFY2(took >= 1800 && took < 5000, qPrintable(QString::number(took)));
    QVERIFY(reply->response().payload().startsWith("self-test passed"));
    QCOMPARE(reply->response().type(), CoapType::Confirmable); // separate (RFC 7252 §5.2.2)
    bool emptyAck = false;
    for (const auto &e : events) {
        const auto event = e[0].value<CoapDatagramEvent>();
        if (event.direction == CoapDatagramEvent::Direction::Received && event.message.type() == CoapType::Acknowledgement
            && event.message.isEmptyMessage())
            emptyAck = true;
    }
    QVERIFY(emptyAck);
    QCOMPARE(reply->retransmissions(), 0); // the empty ACK came in time
}

void TestSimulatedDevices::observeRate_data()
{
    QTest::addColumn<SimulatedDeviceKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("atLeast"); // notifications after the first response
    // Promised: temperature 2 Hz, the wearable and humidity 1 Hz (a little slack for a busy host).
    QTest::newRow("temperature, 2 Hz") << SimulatedDeviceKind::TemperatureSensor << TemperatureSensor::kPath << 2600 << 4;
    QTest::newRow("gateway temperature, 2 Hz") << SimulatedDeviceKind::Gateway << TemperatureSensor::kPath << 2600 << 4;
    QTest::newRow("heart rate, 1 Hz") << SimulatedDeviceKind::Wearable << WearableMonitor::kHeartRatePath << 3600 << 3;
    QTest::newRow("SpO2, 1 Hz") << SimulatedDeviceKind::Wearable << WearableMonitor::kSpo2Path << 3600 << 3;
    QTest::newRow("humidity, 1 Hz") << SimulatedDeviceKind::HumiditySensor << QStringLiteral("/sensors/humidity") << 3600 << 3;
}

void TestSimulatedDevices::observeRate()
{
    QFETCH(SimulatedDeviceKind, kind);
    QFETCH(QString, path);
    QFETCH(int, windowMs);
    QFETCH(int, atLeast);
    auto device = startDevice(kind);
    QVERIFY(device);
    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(device->endpoint(), CoapCode::Get, path, {}, -1, 50);
    r.observe = true;
    CoapReply *observation = c.send(r);
    QSignalSpy notifications(observation, &CoapReply::notificationReceived);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(timer.elapsed() >= windowMs, windowMs + 1000);
    const int after = int(notifications.count()) - 1;
    QVERIFY2(after >= atLeast, qPrintable(QStringLiteral("%1 notifications in %2 ms").arg(after).arg(windowMs)));
    QVERIFY2(after <= atLeast * 2 + 2, qPrintable(QStringLiteral("%1 notifications in %2 ms").arg(after).arg(windowMs)));
    for (const auto &n : notifications) {
        const CoapMessage m = n[0].value<CoapMessage>();
        QCOMPARE(m.contentFormat().value_or(-1), 50); // the registration's Accept holds for every one
        QVERIFY(QJsonDocument::fromJson(m.payload()).isObject());
    }
    observation->cancelObservation();
    QVERIFY(waitFinished(observation));
    QCOMPARE(device->server()->observerCount(), 0);
}

void TestSimulatedDevices::contactEventsAreNotified()
{
    auto device = startDevice(SimulatedDeviceKind::ContactSensor, 1);
    QVERIFY(device);
    auto *contact = device->feature<ContactSensor>();
    QCOMPARE(contact->path(), QStringLiteral("/window"));
    contact->setOpen(false);
    SimTest::Client c;
    CoapRequest r = SimTest::Client::make(device->endpoint(), CoapCode::Get, contact->path());
    r.observe = true;
    CoapReply *observation = c.send(r);
    QSignalSpy notifications(observation, &CoapReply::notificationReceived);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 5000);
    const int before = int(notifications.count());
    contact->setOpen(true);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() > before, 1000); // at once, not at the next heartbeat
    QCOMPARE(notifications.last()[0].value<CoapMessage>().payload(), QByteArray("open"));
    QCOMPARE(contact->openings(), 1);
    observation->cancelObservation();
    QVERIFY(waitFinished(observation));
}

void TestSimulatedDevices::valuesMoveAndStayPlausible()
{
    // Readings are noisy and drift, and stay in a plausible range.
    SimulatedDevice thermometer(SimulatedDeviceKind::TemperatureSensor, 0, 99);
    auto *temperature = thermometer.feature<TemperatureSensor>();
    QSet<double> seen;
    for (int i = 0; i < 100; ++i) {
        temperature->sampleNow();
        seen.insert(temperature->celsius());
        QVERIFY2(qAbs(temperature->celsius() - 25.0) < 5, qPrintable(QString::number(temperature->celsius())));
    }
    QVERIFY(seen.size() > 50);

    SimulatedDevice wristband(SimulatedDeviceKind::Wearable, 0, 99);
    auto *vitals = wristband.feature<WearableMonitor>();
    for (int i = 0; i < 300; ++i) {
        vitals->sampleNow();
        QVERIFY(vitals->heartRate() >= 35 && vitals->heartRate() <= 200);
        QVERIFY(vitals->spo2() >= 85 && vitals->spo2() <= 100);
        QVERIFY(vitals->battery() >= 0 && vitals->battery() <= 100);
    }
    QVERIFY(vitals->renderHeartRate(0).endsWith(" bpm"));
    QVERIFY(vitals->renderBattery(0).startsWith("battery="));
}

void TestSimulatedDevices::deviceInformation_data()
{
    QTest::addColumn<SimulatedDeviceKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kindKey");
    QTest::newRow("gateway") << SimulatedDeviceKind::Gateway << QStringLiteral("Home gateway") << QStringLiteral("gateway");
    QTest::newRow("contact") << SimulatedDeviceKind::ContactSensor << QStringLiteral("Front door contact") << QStringLiteral("contact");
    QTest::newRow("temperature") << SimulatedDeviceKind::TemperatureSensor << QStringLiteral("Boiler room temperature")
                                 << QStringLiteral("temperature");
    QTest::newRow("humidity") << SimulatedDeviceKind::HumiditySensor << QStringLiteral("Bathroom humidity") << QStringLiteral("humidity");
    QTest::newRow("wearable") << SimulatedDeviceKind::Wearable << QStringLiteral("Patient wristband (bed 1)") << QStringLiteral("wearable");
    QTest::newRow("actuator") << SimulatedDeviceKind::Actuator << QStringLiteral("Hallway light") << QStringLiteral("actuator");
}

void TestSimulatedDevices::deviceInformation()
{
    QFETCH(SimulatedDeviceKind, kind);
    QFETCH(QString, name);
    QFETCH(QString, kindKey);
    auto device = startDevice(kind);
    QVERIFY(device);
    SimTest::Client c;
    CoapReply *json = c.request(device->endpoint(), CoapCode::Get, QStringLiteral("/device"));
    CoapReply *cbor = c.request(device->endpoint(), CoapCode::Get, QStringLiteral("/device"), {}, -1, 60);
    QVERIFY(waitFinished(json));
    QVERIFY(waitFinished(cbor));
    const QJsonObject info = QJsonDocument::fromJson(json->response().payload()).object();
    QCOMPARE(info.value(QLatin1String("name")).toString(), name);
    QCOMPARE(info.value(QLatin1String("kind")).toString(), kindKey);
    QCOMPARE(info.value(QLatin1String("model")).toString(), device->model());
    QCOMPARE(info.value(QLatin1String("firmware")).toString(), FirmwareImage::kFactoryVersion);
    QCOMPARE(QCborValue::fromCbor(cbor->response().payload()).toMap().value(QStringLiteral("name")).toString(), name);
}

void TestSimulatedDevices::wellKnownCoreDescribesEveryResource_data()
{
    QTest::addColumn<SimulatedDeviceKind>("kind");
    QTest::addColumn<QStringList>("sensorPaths");
    QTest::newRow("gateway") << SimulatedDeviceKind::Gateway
                             << QStringList{QStringLiteral("/sensors/temperature"), QStringLiteral("/sensors/humidity"),
                                            QStringLiteral("/door"), QStringLiteral("/led")};
    QTest::newRow("contact") << SimulatedDeviceKind::ContactSensor << QStringList{QStringLiteral("/door")};
    QTest::newRow("temperature") << SimulatedDeviceKind::TemperatureSensor << QStringList{QStringLiteral("/sensors/temperature")};
    QTest::newRow("humidity") << SimulatedDeviceKind::HumiditySensor << QStringList{QStringLiteral("/sensors/humidity")};
    QTest::newRow("wearable") << SimulatedDeviceKind::Wearable
                              << QStringList{QStringLiteral("/health/heart-rate"), QStringLiteral("/health/spo2"),
                                             QStringLiteral("/health/vitals"), QStringLiteral("/battery")};
    QTest::newRow("actuator") << SimulatedDeviceKind::Actuator << QStringList{QStringLiteral("/led")};
}

void TestSimulatedDevices::wellKnownCoreDescribesEveryResource()
{
    QFETCH(SimulatedDeviceKind, kind);
    QFETCH(QStringList, sensorPaths);
    auto device = startDevice(kind);
    QVERIFY(device);
    SimTest::Client c;
    CoapReply *reply = c.request(device->endpoint(), CoapCode::Get, QStringLiteral("/.well-known/core"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->response().contentFormat().value_or(-1), 40);
    const CoreLinkParseResult parsed = CoreLinkFormat::parse(reply->response().payload(), CoreLinkFormat::Mode::Strict);
    QVERIFY(parsed.ok());
    QStringList hrefs;
    for (const CoreLink &link : parsed.links) {
        hrefs.append(link.href());
        QVERIFY2(!link.title().isEmpty(), qPrintable(link.href()));
        QVERIFY2(!link.resourceTypes().isEmpty(), qPrintable(link.href()));
        QVERIFY2(!link.interfaces().isEmpty(), qPrintable(link.href()));
        QVERIFY2(!link.contentFormats().isEmpty(), qPrintable(link.href()));
    }
    for (const QString &common : {QStringLiteral("/device"), QStringLiteral("/config"), QStringLiteral("/fw/image"),
                                  QStringLiteral("/fw/checksum"), QStringLiteral("/diag/selftest")})
        QVERIFY2(hrefs.contains(common), qPrintable(common));
    for (const QString &path : sensorPaths) {
        QVERIFY2(hrefs.contains(path), qPrintable(path));
        QVERIFY(parsed.links[hrefs.indexOf(path)].isObservable());
    }
    const CoreLink image = parsed.links[hrefs.indexOf(QStringLiteral("/fw/image"))];
    QVERIFY(image.size().value_or(0) >= 64 * 1024);
    QCOMPARE(parsed.links[hrefs.indexOf(QStringLiteral("/device"))].title(), device->name());
}

QTEST_GUILESS_MAIN(TestSimulatedDevices)
#include "tst_simulateddevices.moc"

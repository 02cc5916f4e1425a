// libcoap's coap-client-notls, an independent implementation, against the simulated fleet
// (started here on free ports): discovery, reads in each format, writes, observe, block-wise both
// ways, and the separate response.
#include "externalpeer.h"
#include "firmwareimage.h"
#include "simulatedfleet.h"
#include "simulatortesthelpers.h"
#include "switchactuator.h"
#include "deviceconfiguration.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>

using SimTest::runLibcoap;

class TestSimulateLibcoap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void discovery_data();
    void discovery();
    void readFormats_data();
    void readFormats();
    void writeActuator();
    void patchConfiguration();
    void observe();
    void blockwiseDownload();
    void blockwiseUpload();
    void separateResponse();

private:
    QString uri(int device, const QString &path) const
    {
        const CoapEndpoint e = m_fleet.deviceEndpoints().at(device);
        return QStringLiteral("coap://%1:%2%3").arg(e.uriHost()).arg(e.port()).arg(path);
    }
    SimulatedFleet m_fleet;
};

void TestSimulateLibcoap::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-client-notls")))
        QSKIP("libcoap's coap-client-notls is not installed (package libcoap3-bin)");
    FleetOptions o;
    o.deviceCount = 6; // one of each kind
    o.basePort = 0;
    o.seed = 5;
    QVERIFY(m_fleet.start(o));
}

void TestSimulateLibcoap::discovery_data()
{
    QTest::addColumn<int>("device");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("gateway") << 0 << QStringList{QStringLiteral("</sensors/temperature>"), QStringLiteral("</led>"), QStringLiteral("</door>")};
    QTest::newRow("contact") << 1 << QStringList{QStringLiteral("</door>;")};
    QTest::newRow("temperature") << 2 << QStringList{QStringLiteral("</sensors/temperature>;")};
    QTest::newRow("humidity") << 3 << QStringList{QStringLiteral("</sensors/humidity>;")};
    QTest::newRow("wearable") << 4 << QStringList{QStringLiteral("</health/heart-rate>;"), QStringLiteral("</battery>;")};
    QTest::newRow("actuator") << 5 << QStringList{QStringLiteral("</led>;")};
}

void TestSimulateLibcoap::discovery()
{
    QFETCH(int, device);
    QFETCH(QStringList, links);
    const QString out = QString::fromUtf8(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), uri(device, QStringLiteral("/.well-known/core"))}));
    for (const QString &link : links + QStringList{QStringLiteral("</config>;"), QStringLiteral("</fw/image>;"), QStringLiteral("</device>;")})
        QVERIFY2(out.contains(link), qPrintable(link + QStringLiteral(" missing in ") + out));
    QVERIFY(out.contains(QStringLiteral("title=\"%1\"").arg(m_fleet.device(device)->name())));
}

void TestSimulateLibcoap::readFormats_data()
{
    QTest::addColumn<int>("device");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("accept");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("temperature text") << 2 << QStringLiteral("/sensors/temperature") << QString()
                                      << QStringLiteral("^Temperature: -?\\d+\\.\\d°C$");
    QTest::newRow("temperature JSON") << 2 << QStringLiteral("/sensors/temperature") << QStringLiteral("50")
                                      << QStringLiteral("^\\{\"temperature\":-?\\d+\\.\\d,\"unit\":\"Cel\"\\}$");
    QTest::newRow("temperature SenML") << 2 << QStringLiteral("/sensors/temperature") << QStringLiteral("110")
                                       << QStringLiteral("^\\[\\{\"bn\":\"urn:dev:mac:[0-9a-f]+:\",\"n\":\"temperature\",\"u\":\"Cel\",\"v\":-?\\d+\\.\\d,\"t\":\\d+\\.\\d{3}\\}\\]$");
    QTest::newRow("humidity") << 3 << QStringLiteral("/sensors/humidity") << QString() << QStringLiteral("^Humidity: \\d+\\.\\d %RH$");
    QTest::newRow("heart rate") << 4 << QStringLiteral("/health/heart-rate") << QString() << QStringLiteral("^\\d+ bpm$");
    QTest::newRow("contact") << 1 << QStringLiteral("/door") << QString() << QStringLiteral("^(open|closed)$");
    QTest::newRow("switch") << 5 << QStringLiteral("/led") << QString() << QStringLiteral("^(on|off)$");
    QTest::newRow("device") << 5 << QStringLiteral("/device") << QString() << QStringLiteral("^\\{\"name\":\"Hallway light\",");
}

void TestSimulateLibcoap::readFormats()
{
    QFETCH(int, device);
    QFETCH(QString, path);
    QFETCH(QString, accept);
    QFETCH(QString, pattern);
    QStringList args{QStringLiteral("-m"), QStringLiteral("get")};
    if (!accept.isEmpty())
        args << QStringLiteral("-A") << accept;
    const QString out = QString::fromUtf8(runLibcoap(args << uri(device, path))).trimmed();
    QVERIFY2(QRegularExpression(pattern).match(out).hasMatch(), qPrintable(out));
}

void TestSimulateLibcoap::writeActuator()
{
    auto *led = m_fleet.device(5)->feature<SwitchActuator>();
    led->setOn(false);
    QCOMPARE(runLibcoap({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-e"), QStringLiteral("on"),
                         uri(5, QStringLiteral("/led"))}).trimmed(),
             QByteArray("on"));
    QVERIFY(led->isOn());
    runLibcoap({QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-e"), QStringLiteral("toggle"), uri(5, QStringLiteral("/led"))});
    QVERIFY(!led->isOn());
    runLibcoap({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-t"), QStringLiteral("50"), QStringLiteral("-e"),
                QStringLiteral("{\"on\":true}"), uri(5, QStringLiteral("/led"))});
    QVERIFY(led->isOn());
    runLibcoap({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-e"), QStringLiteral("dim"), uri(5, QStringLiteral("/led"))});
    QVERIFY(led->isOn()); // 4.00, nothing changed
}

void TestSimulateLibcoap::patchConfiguration()
{
    runLibcoap({QStringLiteral("-m"), QStringLiteral("patch"), QStringLiteral("-t"), QStringLiteral("52"), QStringLiteral("-e"),
                QStringLiteral("{\"location\":\"Ward 4\"}"), uri(4, QStringLiteral("/config"))});
    QCOMPARE(m_fleet.device(4)->location(), QStringLiteral("Ward 4"));
    const QJsonObject config = QJsonDocument::fromJson(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"),
                                                                    uri(4, QStringLiteral("/config"))})).object();
    QCOMPARE(config.value(QLatin1String("location")).toString(), QStringLiteral("Ward 4"));
    // A stale ETag in If-Match (option 1): refused, unchanged.
    runLibcoap({QStringLiteral("-m"), QStringLiteral("patch"), QStringLiteral("-t"), QStringLiteral("52"), QStringLiteral("-O"),
                QStringLiteral("1,0x0102030405060708"), QStringLiteral("-e"), QStringLiteral("{\"location\":\"nowhere\"}"),
                uri(4, QStringLiteral("/config"))});
    QCOMPARE(m_fleet.device(4)->location(), QStringLiteral("Ward 4"));
}

void TestSimulateLibcoap::observe()
{
    // -s 3: three seconds of observation; the temperature is sampled at 2 Hz.
    const QString out = QString::fromUtf8(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-s"),
                                                      QStringLiteral("3"), uri(2, QStringLiteral("/sensors/temperature"))}));
    const int readings = int(out.count(QStringLiteral("Temperature: ")));
    QVERIFY2(readings >= 5, qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(m_fleet.device(2)->server()->observerCount(), 0, 5000); // deregistered at the end
    const QString pulse = QString::fromUtf8(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-s"),
                                                        QStringLiteral("3"), uri(4, QStringLiteral("/health/heart-rate"))}));
    QVERIFY2(pulse.count(QStringLiteral(" bpm")) >= 3, qPrintable(pulse));
}

void TestSimulateLibcoap::blockwiseDownload()
{
    const QByteArray image = runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-b"), QStringLiteral("64"),
                                         uri(1, QStringLiteral("/fw/image"))},
                                        60000);
    const QByteArray expected = m_fleet.device(1)->feature<FirmwareImage>()->image();
    QVERIFY(expected.size() >= 64 * 1024);
    QCOMPARE(image.size(), expected.size() + 1); // coap-client ends its output with a newline of its own
    QVERIFY(image.chopped(1) == expected);
    const QByteArray checksum = runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), uri(1, QStringLiteral("/fw/checksum"))}).trimmed();
    QCOMPARE(checksum, QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
}

void TestSimulateLibcoap::blockwiseUpload()
{
    QByteArray image(80 * 1024 + 5, Qt::Uninitialized);
    QRandomGenerator generator(11);
    for (char &byte : image)
        byte = char(generator.bounded(256));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(image);
    file.flush();
    runLibcoap({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-b"), QStringLiteral("64"), QStringLiteral("-t"),
                QStringLiteral("42"), QStringLiteral("-f"), file.fileName(), uri(3, QStringLiteral("/fw/image"))},
               60000);
    auto *firmware = m_fleet.device(3)->feature<FirmwareImage>();
    QCOMPARE(firmware->image().size(), image.size());
    QVERIFY(firmware->image() == image);
    QVERIFY(firmware->version().startsWith(QLatin1String("upload-")));
}

void TestSimulateLibcoap::separateResponse()
{
    const QByteArray out = runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), uri(0, QStringLiteral("/diag/selftest"))});
    QVERIFY2(out.startsWith("self-test passed"), out.constData());
}

QTEST_GUILESS_MAIN(TestSimulateLibcoap)
#include "tst_simulatelibcoap.moc"

#include "cbordiagnostic.h"
#include "senml.h"

#include <QRandomGenerator>
#include <QTest>

Q_DECLARE_METATYPE(SenmlError)

namespace {

constexpr double kNow = 1700000000.0; // reception time used for relative times

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// One line per record, so that a failing comparison shows what differs.
QString describe(const SenmlRecord &r)
{
    QString value;
    QString kind;
    switch (r.kind) {
    case SenmlRecord::Kind::None: kind = QStringLiteral("none"); break;
    case SenmlRecord::Kind::Number: kind = QStringLiteral("number"); value = number(r.value); break;
    case SenmlRecord::Kind::String: kind = QStringLiteral("string"); value = r.stringValue; break;
    case SenmlRecord::Kind::Boolean:
        kind = QStringLiteral("boolean");
        value = r.boolValue ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case SenmlRecord::Kind::Data: kind = QStringLiteral("data"); value = QString::fromLatin1(r.dataValue.toHex()); break;
    }
    QString line = QStringList{ r.name, QString::number(r.time, 'f', 3), r.unit, kind, value }.join(u';');
    if (r.sum)
        line += QStringLiteral(";sum=") + number(*r.sum);
    if (r.updateTime)
        line += QStringLiteral(";ut=") + number(*r.updateTime);
    return line;
}

QStringList describe(const SenmlPack &pack)
{
    QStringList lines;
    for (const SenmlRecord &r : pack.records)
        lines += describe(r);
    return lines;
}

QString at(double time)
{
    return QString::number(time, 'f', 3);
}

QByteArray cborFromDiagnostic(const char *diag)
{
    const CborDiagnostic::ParseResult parsed = CborDiagnostic::parse(QString::fromUtf8(diag));
    Q_ASSERT(parsed.ok());
    return parsed.cbor;
}

// RFC 8428 §5.1.2, second example, and its CBOR form from §6 (hex dump and diagnostic notation).
const char kExample512b[] = R"([
     {"bn":"urn:dev:ow:10e2073a0108006:","bt":1.276020076001e+09,
      "bu":"A","bver":5,
      "n":"voltage","u":"V","v":120.1},
     {"n":"current","t":-5,"v":1.2},
     {"n":"current","t":-4,"v":1.3},
     {"n":"current","t":-3,"v":1.4},
     {"n":"current","t":-2,"v":1.5},
     {"n":"current","t":-1,"v":1.6},
     {"n":"current","v":1.7}
   ])";
const char kExample6Hex[] =
    "87a721781b75726e3a6465763a6f773a3130653230373361303130383030363a22fb41d303a15b00106223614120"
    "050067766f6c7461676501615602fb405e066666666666a3006763757272656e74062402fb3ff3333333333333a3"
    "006763757272656e74062302fb3ff4cccccccccccda3006763757272656e74062202fb3ff6666666666666a30067"
    "63757272656e74062102f93e00a3006763757272656e74062002fb3ff999999999999aa3006763757272656e7406"
    "0002fb3ffb333333333333";
const char kExample6Diag[] = R"([{-2: "urn:dev:ow:10e2073a0108006:",
    -3: 1276020076.001, -4: "A", -1: 5, 0: "voltage", 1: "V", 2: 120.1},
   {0: "current", 6: -5, 2: 1.2}, {0: "current", 6: -4, 2: 1.3},
   {0: "current", 6: -3, 2: 1.4}, {0: "current", 6: -2, 2: 1.5},
   {0: "current", 6: -1, 2: 1.6}, {0: "current", 6: 0, 2: 1.7}])";

} // namespace

class tst_Senml : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void multipleMeasurementsResolveToSection514();
    void cborMatchesJson_data();
    void cborMatchesJson();
    void cborFeatures();
    void errors_data();
    void errors();
    void randomBytes();
};

void tst_Senml::json_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("version");

    const QString dev = QStringLiteral("urn:dev:ow:10e2073a01080063");
    QTest::newRow("5.1.1 single data point")
        << QByteArray(R"([{"n":"urn:dev:ow:10e2073a01080063","u":"Cel","v":23.1}])")
        << QStringList{ dev + ";" + at(kNow) + ";Cel;number;23.1" } << 10;

    QTest::newRow("5.1.2 multiple data points")
        << QByteArray(R"([
             {"bn":"urn:dev:ow:10e2073a01080063:","n":"voltage","u":"V","v":120.1},
             {"n":"current","u":"A","v":1.2}])")
        << QStringList{ dev + ":voltage;" + at(kNow) + ";V;number;120.1",
                        dev + ":current;" + at(kNow) + ";A;number;1.2" } << 10;

    // Sorted into chronological order (§4.6); the two records at bt keep their order.
    const double bt = 1.276020076001e+09;
    const QString dev6 = QStringLiteral("urn:dev:ow:10e2073a0108006:");
    QTest::newRow("5.1.2 with base time, base unit, version")
        << QByteArray(kExample512b)
        << QStringList{ dev6 + "current;" + at(bt - 5) + ";A;number;1.2",
                        dev6 + "current;" + at(bt - 4) + ";A;number;1.3",
                        dev6 + "current;" + at(bt - 3) + ";A;number;1.4",
                        dev6 + "current;" + at(bt - 2) + ";A;number;1.5",
                        dev6 + "current;" + at(bt - 1) + ";A;number;1.6",
                        dev6 + "voltage;" + at(bt) + ";V;number;120.1",
                        dev6 + "current;" + at(bt) + ";A;number;1.7" } << 5;

    QTest::newRow("5.1.5 multiple data types")
        << QByteArray(R"([
             {"bn":"urn:dev:ow:10e2073a01080063:","n":"temp","u":"Cel","v":23.1},
             {"n":"label","vs":"Machine Room"},
             {"n":"open","vb":false},
             {"n":"nfv-reader","vd":"aGkgCg"}])")
        << QStringList{ dev + ":temp;" + at(kNow) + ";Cel;number;23.1",
                        dev + ":label;" + at(kNow) + ";;string;Machine Room",
                        dev + ":open;" + at(kNow) + ";;boolean;false",
                        dev + ":nfv-reader;" + at(kNow) + ";;data;6869200a" } << 10;

    // The last record uses the base name of the third and the base time of the first.
    const double t6 = 1.320078429e+09;
    QTest::newRow("5.1.6 collection of resources")
        << QByteArray(R"([
             {"bn":"2001:db8::2/","bt":1.320078429e+09,"n":"temperature","u":"Cel","v":25.2},
             {"n":"humidity","u":"%RH","v":30},
             {"bn":"2001:db8::1/","n":"temperature","u":"Cel","v":12.3},
             {"n":"humidity","u":"%RH","v":67}])")
        << QStringList{ "2001:db8::2/temperature;" + at(t6) + ";Cel;number;25.2",
                        "2001:db8::2/humidity;" + at(t6) + ";%RH;number;30",
                        "2001:db8::1/temperature;" + at(t6) + ";Cel;number;12.3",
                        "2001:db8::1/humidity;" + at(t6) + ";%RH;number;67" } << 10;

    QTest::newRow("5.1.7 actuator, base-only first record")
        << QByteArray(R"([
             {"bn":"urn:dev:ow:10e2073a01080063:"},
             {"n":"temp","u":"Cel","v":23.1},
             {"n":"heat","u":"/","v":1},
             {"n":"fan","u":"/","v":0}])")
        << QStringList{ dev + ":temp;" + at(kNow) + ";Cel;number;23.1",
                        dev + ":heat;" + at(kNow) + ";/;number;1",
                        dev + ":fan;" + at(kNow) + ";/;number;0" } << 10;

    QTest::newRow("5.1.7 lights off later")
        << QByteArray(R"([
             {"bt":1.320078429e+09,"bu":"/","n":"2001:db8::3","v":0.5},
             {"n":"2001:db8::4","v":0.5},
             {"n":"2001:db8::3","t":0.1,"v":0},
             {"n":"2001:db8::4","t":0.1,"v":0}])")
        << QStringList{ "2001:db8::3;" + at(t6) + ";/;number;0.5",
                        "2001:db8::4;" + at(t6) + ";/;number;0.5",
                        "2001:db8::3;" + at(t6 + 0.1) + ";/;number;0",
                        "2001:db8::4;" + at(t6 + 0.1) + ";/;number;0" } << 10;

    QTest::newRow("relative times")
        << QByteArray(R"([{"bt":-60,"n":"a","t":10,"v":1},{"n":"b","v":2},
                          {"n":"c","t":268435455,"bt":0,"v":3},{"n":"d","t":268435456,"bt":0,"v":4}])")
        << QStringList{ "d;" + at(268435456) + ";;number;4", // 2^28 and above: absolute
                        "b;" + at(kNow - 60) + ";;number;2",
                        "a;" + at(kNow - 50) + ";;number;1",
                        "c;" + at(kNow + 268435455) + ";;number;3" } << 10;

    QTest::newRow("base value and base sum")
        << QByteArray(R"([{"bn":"m","bv":100,"bs":1000,"bu":"W","n":"1","v":5,"s":10},
                          {"n":"2","v":-5},{"n":"3","s":7,"u":"kW"}])")
        << QStringList{ "m1;" + at(kNow) + ";W;number;105;sum=1010",
                        "m2;" + at(kNow) + ";W;number;95;sum=1000",
                        "m3;" + at(kNow) + ";kW;none;;sum=1007" } << 10;

    QTest::newRow("update time, unknown fields ignored")
        << QByteArray(R"([{"n":"a","v":1,"ut":30,"foo":"bar","bx":[1]}])")
        << QStringList{ "a;" + at(kNow) + ";;number;1;ut=30" } << 10;

    QTest::newRow("chronological order")
        << QByteArray(R"([{"n":"late","v":1,"t":1.6e9},{"n":"early","v":2,"t":1.5e9}])")
        << QStringList{ "early;" + at(1.5e9) + ";;number;2", "late;" + at(1.6e9) + ";;number;1" } << 10;

    QTest::newRow("explicit version 10 in a later record")
        << QByteArray(R"([{"n":"a","v":1},{"bver":10,"n":"b","vb":true}])")
        << QStringList{ "a;" + at(kNow) + ";;number;1", "b;" + at(kNow) + ";;boolean;true" } << 10;
}

void tst_Senml::json()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(int, version);
    const SenmlPack pack = Senml::fromJson(json, kNow);
    QCOMPARE(pack.error, SenmlError::None);
    QCOMPARE(describe(pack), expected);
    QCOMPARE(pack.version, version);
}

// §5.1.4 is §5.1.3 in resolved form: resolving one must give the other.
void tst_Senml::multipleMeasurementsResolveToSection514()
{
    const QByteArray section513 = R"([
     {"bn":"urn:dev:ow:10e2073a01080063","bt":1.320067464e+09,
      "bu":"%RH","v":20},
     {"u":"lon","v":24.30621},
     {"u":"lat","v":60.07965},
     {"t":60,"v":20.3},
     {"u":"lon","t":60,"v":24.30622},
     {"u":"lat","t":60,"v":60.07965},
     {"t":120,"v":20.7},
     {"u":"lon","t":120,"v":24.30623},
     {"u":"lat","t":120,"v":60.07966},
     {"u":"%EL","t":150,"v":98},
     {"t":180,"v":21.2},
     {"u":"lon","t":180,"v":24.30628},
     {"u":"lat","t":180,"v":60.07967}
   ])";
    const QByteArray section514 = R"([
     {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067464e+09,
      "v":20},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067464e+09,
      "v":24.30621},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067464e+09,
      "v":60.07965},
     {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067524e+09,
      "v":20.3},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067524e+09,
      "v":24.30622},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067524e+09,
      "v":60.07965},
     {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067584e+09,
      "v":20.7},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067584e+09,
      "v":24.30623},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067584e+09,
      "v":60.07966},
     {"n":"urn:dev:ow:10e2073a01080063","u":"%EL","t":1.320067614e+09,
      "v":98},
     {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067644e+09,
      "v":21.2},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067644e+09,
      "v":24.30628},
     {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067644e+09,
      "v":60.07967}
   ])";
    const SenmlPack packed = Senml::fromJson(section513, kNow);
    const SenmlPack resolved = Senml::fromJson(section514, kNow);
    QCOMPARE(packed.error, SenmlError::None);
    QCOMPARE(resolved.error, SenmlError::None);
    QCOMPARE(packed.records.size(), 13);
    QCOMPARE(describe(packed), describe(resolved));
    QVERIFY(packed.records == resolved.records);
}

void tst_Senml::cborMatchesJson_data()
{
    QTest::addColumn<QByteArray>("cbor");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("RFC 8428 §6 hex dump") << QByteArray::fromHex(kExample6Hex) << QByteArray(kExample512b);
    QTest::newRow("RFC 8428 §6 diagnostic notation") << cborFromDiagnostic(kExample6Diag) << QByteArray(kExample512b);
    QTest::newRow("5.1.5 multiple data types")
        << cborFromDiagnostic(R"([{-2: "urn:dev:ow:10e2073a01080063:", 0: "temp", 1: "Cel", 2: 23.1},
                                  {0: "label", 3: "Machine Room"}, {0: "open", 4: false},
                                  {0: "nfv-reader", 8: h'6869200a'}])")
        << QByteArray(R"([
             {"bn":"urn:dev:ow:10e2073a01080063:","n":"temp","u":"Cel","v":23.1},
             {"n":"label","vs":"Machine Room"},
             {"n":"open","vb":false},
             {"n":"nfv-reader","vd":"aGkgCg"}])");
    QTest::newRow("sum, update time, base value")
        << cborFromDiagnostic(R"([{-2: "m", -5: 100, -6: 1000, -4: "W", 0: "1", 2: 5, 5: 10, 7: 30}])")
        << QByteArray(R"([{"bn":"m","bv":100,"bs":1000,"bu":"W","n":"1","v":5,"s":10,"ut":30}])");
}

void tst_Senml::cborMatchesJson()
{
    QFETCH(QByteArray, cbor);
    QFETCH(QByteArray, json);
    const SenmlPack fromCbor = Senml::fromCbor(cbor, kNow);
    const SenmlPack fromJson = Senml::fromJson(json, kNow);
    QCOMPARE(fromCbor.error, SenmlError::None);
    QCOMPARE(fromJson.error, SenmlError::None);
    QCOMPARE(describe(fromCbor), describe(fromJson));
    QCOMPARE(fromCbor.version, fromJson.version);
}

// What only CBOR can say (RFC 8428 §6): decimal fractions, bignums, text labels for extensions.
void tst_Senml::cborFeatures()
{
    const QByteArray cbor = cborFromDiagnostic(R"([
        {-2: "dev/", 0: "temp", 1: "K", 2: 4([-2, 27315])},
        {0: "big", 2: 18446744073709551616},
        {"n": "textlabels", "v": 2.5},
        {99: "unknown int label", "ext": 1, 0: "y", 4: true}])");
    const SenmlPack pack = Senml::fromCbor(cbor, kNow);
    QCOMPARE(pack.error, SenmlError::None);
    QCOMPARE(describe(pack), (QStringList{ "dev/temp;" + at(kNow) + ";K;number;273.15",
                                           "dev/big;" + at(kNow) + ";;number;18446744073709552000",
                                           "dev/textlabels;" + at(kNow) + ";;number;2.5",
                                           "dev/y;" + at(kNow) + ";;boolean;true" }));
    QCOMPARE(pack.records.at(0).value, 273.15);
}

void tst_Senml::errors_data()
{
    QTest::addColumn<bool>("isCbor");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<SenmlError>("error");
    QTest::addColumn<int>("recordIndex");
    QTest::addColumn<QString>("field");

    auto json = [](const char *name, const char *payload, SenmlError e, int index = -1, const char *field = "") {
        QTest::newRow(name) << false << QByteArray(payload) << e << index << QString::fromUtf8(field);
    };
    auto cbor = [](const char *name, const QByteArray &payload, SenmlError e, int index = -1, const char *field = "") {
        QTest::addRow("cbor %s", name) << true << payload << e << index << QString::fromUtf8(field);
    };

    json("not json", R"([{"n":)", SenmlError::InvalidJson);
    json("binary", "\x01\x02\xff", SenmlError::InvalidJson);
    json("object", R"({"n":"a","v":1})", SenmlError::NotAnArray);
    json("number", "21.5", SenmlError::NotAnArray);
    json("empty pack", "[]", SenmlError::EmptyPack);
    json("record not a map", R"([{"n":"a","v":1},5])", SenmlError::RecordNotAMap, 1);
    json("v is a string", R"([{"n":"a","v":"1"}])", SenmlError::BadFieldType, 0, "v");
    json("v is null", R"([{"n":"a","v":null}])", SenmlError::BadFieldType, 0, "v");
    json("n is a number", R"([{"n":1,"v":1}])", SenmlError::BadFieldType, 0, "n");
    json("vb is a number", R"([{"n":"a","vb":1}])", SenmlError::BadFieldType, 0, "vb");
    json("bt is a string", R"([{"bt":"x","n":"a","v":1}])", SenmlError::BadFieldType, 0, "bt");
    json("bu is a number", R"([{"n":"a","v":1},{"bu":1}])", SenmlError::BadFieldType, 1, "bu");
    json("two values", R"([{"n":"a","v":1,"vs":"x"}])", SenmlError::MultipleValues, 0);
    json("missing value", R"([{"n":"a","v":1},{"n":"b","u":"V"}])", SenmlError::MissingValue, 1);
    json("no name at all", R"([{"v":1}])", SenmlError::InvalidName, 0, "bn");
    json("space in name", R"([{"n":"a b","v":1}])", SenmlError::InvalidName, 0, "n");
    json("name starts with dash", R"([{"n":"-a","v":1}])", SenmlError::InvalidName, 0, "n");
    json("vd with padding", R"([{"n":"a","vd":"aGk="}])", SenmlError::InvalidDataValue, 0, "vd");
    json("vd not base64", R"([{"n":"a","vd":"a*b"}])", SenmlError::InvalidDataValue, 0, "vd");
    json("must-understand field", R"([{"n":"a","v":1,"x_":1}])", SenmlError::MustUnderstandField, 0, "x_");
    json("future version", R"([{"bver":11,"n":"a","v":1}])", SenmlError::UnsupportedVersion, 0, "bver");
    json("version zero", R"([{"bver":0,"n":"a","v":1}])", SenmlError::BadFieldType, 0, "bver");
    json("two versions", R"([{"bver":5,"n":"a","v":1},{"bver":6,"n":"b","v":1}])",
         SenmlError::VersionMismatch, 1, "bver");
    json("version given late", R"([{"n":"a","v":1},{"bver":5,"n":"b","v":1}])",
         SenmlError::VersionMismatch, 1, "bver");

    cbor("garbage", QByteArray::fromHex("ff"), SenmlError::InvalidCbor);
    cbor("trailing bytes", QByteArray::fromHex("8000"), SenmlError::InvalidCbor);
    cbor("map", cborFromDiagnostic(R"({0: "a", 2: 1})"), SenmlError::NotAnArray);
    cbor("record is an array", cborFromDiagnostic(R"([[0, "a"]])"), SenmlError::RecordNotAMap, 0);
    cbor("v is text", cborFromDiagnostic(R"([{0: "a", 2: "x"}])"), SenmlError::BadFieldType, 0, "v");
    cbor("vd is text", cborFromDiagnostic(R"([{0: "a", 8: "AQI"}])"), SenmlError::BadFieldType, 0, "vd");
    cbor("bver is a float", cborFromDiagnostic(R"([{-1: 10.0, 0: "a", 2: 1}])"), SenmlError::BadFieldType, 0, "bver");
    cbor("v is infinite", cborFromDiagnostic(R"([{0: "a", 2: Infinity}])"), SenmlError::BadFieldType, 0, "v");
    cbor("must-understand text label", cborFromDiagnostic(R"([{0: "a", 2: 1, "y_": 0}])"),
         SenmlError::MustUnderstandField, 0, "y_");
}

void tst_Senml::errors()
{
    QFETCH(bool, isCbor);
    QFETCH(QByteArray, payload);
    QFETCH(SenmlError, error);
    QFETCH(int, recordIndex);
    QFETCH(QString, field);
    const SenmlPack pack = isCbor ? Senml::fromCbor(payload, kNow) : Senml::fromJson(payload, kNow);
    QCOMPARE(pack.error, error);
    QCOMPARE(pack.recordIndex, recordIndex);
    QCOMPARE(pack.field, field);
    QVERIFY(pack.records.isEmpty());
    QVERIFY(!pack.ok());
}

void tst_Senml::randomBytes()
{
    QRandomGenerator rng(8428);
    const QByteArray seedCbor = QByteArray::fromHex(kExample6Hex);
    const QByteArray seedJson = kExample512b;
    for (int i = 0; i < 5000; ++i) {
        QByteArray cbor = seedCbor;
        QByteArray json = seedJson;
        for (int e = rng.bounded(1, 4); e > 0; --e) {
            cbor[rng.bounded(int(cbor.size()))] = char(rng.bounded(256));
            json[rng.bounded(int(json.size()))] = char(rng.bounded(32, 127));
        }
        for (const SenmlPack &pack : { Senml::fromCbor(cbor, kNow), Senml::fromJson(json, kNow) }) {
            QCOMPARE(pack.ok(), pack.error == SenmlError::None);
            if (!pack.ok())
                QVERIFY(pack.records.isEmpty());
            for (const SenmlRecord &r : pack.records)
                QVERIFY(!r.name.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(tst_Senml)
#include "tst_senml.moc"

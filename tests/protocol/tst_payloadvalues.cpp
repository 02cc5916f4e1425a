#include "cbordiagnostic.h"
#include "payloadvalues.h"
#include "payloadvalues_p.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(PayloadValuesReason)

namespace {

// One line per value: name|value|unit|kind|text.
QStringList describe(const QList<PayloadValue> &values)
{
    QStringList lines;
    for (const PayloadValue &v : values) {
        const char *kind = v.kind == PayloadValue::Kind::Number    ? "number"
                         : v.kind == PayloadValue::Kind::Boolean   ? "bool"
                                                                   : "enum";
        lines += QStringList{ v.name, QString::number(v.value, 'g', QLocale::FloatingPointShortest),
                              v.unit, QString::fromLatin1(kind), v.text }.join(u'|');
    }
    return lines;
}

QByteArray cbor(const char *diag)
{
    const CborDiagnostic::ParseResult parsed = CborDiagnostic::parse(QString::fromUtf8(diag));
    Q_ASSERT(parsed.ok());
    return parsed.cbor;
}

constexpr int kNone = -1;
constexpr int kText = 0;
constexpr int kLink = 40;
constexpr int kJson = 50;
constexpr int kCbor = 60;
constexpr int kSenmlJson = 110;
constexpr int kSenmlCbor = 112;

} // namespace

class tst_PayloadValues : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void senmlStringThatIsNotAStateWord();
    void nothingFound_data();
    void nothingFound();
    void stateWords_data();
    void stateWords();
    void valueLimit();
    void randomBytes();
    void shortcutAgreesWithGeneralRules_data();
    void shortcutAgreesWithGeneralRules();
    void shortcutOnGeneratedReadings();
};

void tst_PayloadValues::values_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("contentFormat");
    QTest::addColumn<QStringList>("expected");

    // Plain numbers, with or without a content format.
    QTest::newRow("decimal") << QByteArray("21.5") << kText << QStringList{ "|21.5||number|" };
    QTest::newRow("negative") << QByteArray("-3") << kText << QStringList{ "|-3||number|" };
    QTest::newRow("exponent") << QByteArray("1e3") << kText << QStringList{ "|1000||number|" };
    QTest::newRow("padded") << QByteArray("  42\r\n") << kText << QStringList{ "|42||number|" };
    QTest::newRow("C string") << QByteArray("21.5\0", 5) << kText << QStringList{ "|21.5||number|" };
    QTest::newRow("sniffed number") << QByteArray("21.5") << kNone << QStringList{ "|21.5||number|" };

    // The sensor text forms.
    QTest::newRow("Temperature: 25.0°C") << QByteArray("Temperature: 25.0°C") << kText
                                         << QStringList{ "Temperature|25|°C|number|" };
    QTest::newRow("sniffed sensor text") << QByteArray("Temperature: 25.0°C") << kNone
                                         << QStringList{ "Temperature|25|°C|number|" };
    QTest::newRow("Latin-1 degree sign") << QByteArray("Temperature: 25.0\xb0" "C") << kNone
                                         << QStringList{ "Temperature|25|°C|number|" };
    QTest::newRow("Humidity: 45 %RH") << QByteArray("Humidity: 45 %RH") << kText
                                      << QStringList{ "Humidity|45|%RH|number|" };
    QTest::newRow("72 bpm") << QByteArray("72 bpm") << kText << QStringList{ "|72|bpm|number|" };
    QTest::newRow("battery=87%") << QByteArray("battery=87%") << kText << QStringList{ "battery|87|%|number|" };
    QTest::newRow("glued unit") << QByteArray("72bpm") << kText << QStringList{ "|72|bpm|number|" };
    QTest::newRow("name with digits") << QByteArray("CO2: 415 ppm") << kText << QStringList{ "CO2|415|ppm|number|" };
    QTest::newRow("name with decimal") << QByteArray("PM2.5: 12 µg/m³") << kText
                                       << QStringList{ "PM2.5|12|µg/m³|number|" };
    QTest::newRow("spaced name") << QByteArray("Outdoor temperature = -4.5 Cel") << kText
                                 << QStringList{ "Outdoor temperature|-4.5|Cel|number|" };
    QTest::newRow("sentence end") << QByteArray("Temperature is 21.5.") << kText
                                  << QStringList{ "Temperature is|21.5||number|" };
    QTest::newRow("lines") << QByteArray("Temperature: 21.5°C\nHumidity: 40 %RH\n") << kText
                           << QStringList{ "Temperature|21.5|°C|number|", "Humidity|40|%RH|number|" };
    QTest::newRow("commas and semicolons") << QByteArray("t=21.5C, h=40%; p=1013 hPa") << kText
                                           << QStringList{ "t|21.5|C|number|", "h|40|%|number|",
                                                           "p|1013|hPa|number|" };
    QTest::newRow("pairs on one line") << QByteArray("temp=21.5 hum=40 door=open") << kText
                                       << QStringList{ "temp|21.5||number|", "hum|40||number|",
                                                       "door|1||enum|open" };
    QTest::newRow("word, number, word, number") << QByteArray("T 21 H 40") << kText
                                                << QStringList{ "T|21||number|", "H|40||number|" };
    QTest::newRow("dotted numbers are no reading") << QByteArray("fw 1.2.3, up 5 s") << kText
                                                   << QStringList{ "up|5|s|number|" };

    // State words.
    QTest::newRow("open") << QByteArray("open") << kText << QStringList{ "|1||enum|open" };
    QTest::newRow("Door: closed") << QByteArray("Door: closed") << kText << QStringList{ "Door|0||enum|closed" };
    QTest::newRow("DOOR: Open") << QByteArray("DOOR: Open\n") << kNone << QStringList{ "DOOR|1||enum|Open" };
    QTest::newRow("light=ON") << QByteArray("light=ON") << kText << QStringList{ "light|1||enum|ON" };
    QTest::newRow("text true is a state") << QByteArray("true") << kText << QStringList{ "|1||enum|true" };
    QTest::newRow("mixed") << QByteArray("Lock: unlocked\nBattery: 80 %") << kText
                           << QStringList{ "Lock|0||enum|unlocked", "Battery|80|%|number|" };

    // JSON: leaves by JSON pointer (QJsonObject keeps keys sorted).
    QTest::newRow("json object") << QByteArray(R"({"temp": 21.5, "hum": 40})") << kJson
                                 << QStringList{ "/hum|40||number|", "/temp|21.5||number|" };
    QTest::newRow("json nested") << QByteArray(R"({"sensors": [{"temp": 21.5}, {"temp": 22, "ok": true}], "id": "x"})")
                                 << kJson
                                 << QStringList{ "/sensors/0/temp|21.5||number|", "/sensors/1/ok|1||bool|",
                                                 "/sensors/1/temp|22||number|" };
    QTest::newRow("json pointer escapes") << QByteArray(R"({"a/b": 1, "m~n": 2, "": 3})") << kJson
                                          << QStringList{ "/|3||number|", "/a~1b|1||number|", "/m~0n|2||number|" };
    QTest::newRow("json booleans and states") << QByteArray(R"({"on": false, "door": "Closed", "name": "lamp", "x": null})")
                                              << kJson
                                              << QStringList{ "/door|0||enum|Closed", "/on|0||bool|" };
    QTest::newRow("json array") << QByteArray("[1, [2, 3.5]]") << kJson
                                << QStringList{ "/0|1||number|", "/1/0|2||number|", "/1/1|3.5||number|" };
    QTest::newRow("json bare number") << QByteArray("21.5") << kJson << QStringList{ "|21.5||number|" };
    QTest::newRow("json bare bool") << QByteArray("true") << kJson << QStringList{ "|1||bool|" };
    QTest::newRow("sniffed json") << QByteArray(R"({"temp": 21.5})") << kNone << QStringList{ "/temp|21.5||number|" };
    QTest::newRow("json labelled as text") << QByteArray(R"( {"temp": 21.5})") << kText
                                           << QStringList{ "/temp|21.5||number|" };
    QTest::newRow("senml inside json") << QByteArray(R"([{"n":"temp","u":"Cel","v":21.5}])") << kJson
                                       << QStringList{ "temp|21.5|Cel|number|" };

    // SenML: one value per resolved name, the newest one.
    QTest::newRow("senml 5.1.2")
        << QByteArray(R"([
             {"bn":"urn:dev:ow:10e2073a0108006:","bt":1.276020076001e+09,"bu":"A","bver":5,
              "n":"voltage","u":"V","v":120.1},
             {"n":"current","t":-5,"v":1.2},{"n":"current","t":-4,"v":1.3},
             {"n":"current","t":-3,"v":1.4},{"n":"current","t":-2,"v":1.5},
             {"n":"current","t":-1,"v":1.6},{"n":"current","v":1.7}])")
        << kSenmlJson
        << QStringList{ "urn:dev:ow:10e2073a0108006:current|1.7|A|number|",
                        "urn:dev:ow:10e2073a0108006:voltage|120.1|V|number|" };
    QTest::newRow("senml 5.1.6 with vb/vs")
        << QByteArray(R"([
             {"bn":"2001:db8::2/","bt":1.320078429e+09,"n":"temperature","u":"Cel","v":25.2},
             {"n":"humidity","u":"%RH","v":30},
             {"bn":"2001:db8::1/","n":"temperature","u":"Cel","v":12.3},
             {"n":"door","vb":true},{"n":"mode","vs":"ACTIVE"},{"n":"blob","vd":"aGkgCg"}])")
        << kSenmlJson
        << QStringList{ "2001:db8::2/temperature|25.2|Cel|number|", "2001:db8::2/humidity|30|%RH|number|",
                        "2001:db8::1/temperature|12.3|Cel|number|", "2001:db8::1/door|1||bool|",
                        "2001:db8::1/mode|1||enum|ACTIVE" };
    QTest::newRow("senml sum only")
        << QByteArray(R"([{"n":"energy","u":"W","s":3600}])") << kSenmlJson
        << QStringList{ "energy|3600|W·s|number|" };
    QTest::newRow("senml cbor")
        << cbor(R"([{-2: "dev/", 0: "temp", 1: "Cel", 2: 21.5}, {0: "open", 4: false}, {0: "temp", 6: -10, 2: 20.0}])")
        << kSenmlCbor << QStringList{ "dev/temp|21.5|Cel|number|", "dev/open|0||bool|" };
    QTest::newRow("senml cbor labelled as cbor")
        << cbor(R"([{0: "t", 2: 4([-1, 215])}])") << kCbor << QStringList{ "t|21.5||number|" };

    // CBOR: pointer-like paths, integer keys as numbers.
    QTest::newRow("cbor map") << cbor(R"({1: 21.5, "b": [true, 2], -2: "on", h'01': 7, "x": h'00'})") << kCbor
                              << QStringList{ "/1|21.5||number|", "/b/0|1||bool|", "/b/1|2||number|",
                                              "/-2|1||enum|on", "/h'01'|7||number|" };
    QTest::newRow("cbor tags") << cbor(R"([4([-2, 2315]), 1234(5), 1(1363896240), 2(h'0100')])") << kCbor
                               << QStringList{ "/0|23.15||number|", "/1|5||number|", "/3|256||number|" };
    QTest::newRow("cbor scalar") << cbor("-7") << kCbor << QStringList{ "|-7||number|" };
}

void tst_PayloadValues::values()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, contentFormat);
    QFETCH(QStringList, expected);
    PayloadValuesReason reason = PayloadValuesReason::ParseError;
    const QList<PayloadValue> values = PayloadValues::extract(payload, contentFormat, &reason);
    QCOMPARE(describe(values), expected);
    QCOMPARE(reason, PayloadValuesReason::None);
    QCOMPARE(PayloadValues::extract(payload, contentFormat), values);
}

// A SenML vs that is not a two-state word stays an enumeration with its text, value NaN.
void tst_PayloadValues::senmlStringThatIsNotAStateWord()
{
    const QList<PayloadValue> values = PayloadValues::extract(
        R"([{"n":"label","vs":"Machine Room"}])", kSenmlJson);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).kind, PayloadValue::Kind::Enumeration);
    QCOMPARE(values.at(0).text, QStringLiteral("Machine Room"));
    QVERIFY(std::isnan(values.at(0).value));
}

void tst_PayloadValues::nothingFound_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("contentFormat");
    QTest::addColumn<PayloadValuesReason>("reason");

    QTest::newRow("empty") << QByteArray() << kNone << PayloadValuesReason::Empty;
    QTest::newRow("empty json") << QByteArray() << kJson << PayloadValuesReason::Empty;
    QTest::newRow("binary") << QByteArray("\x01\x02\x80\xff\x00\x13", 6) << kNone << PayloadValuesReason::NotUtf8;
    QTest::newRow("binary as text") << QByteArray("\xc3\x28\x05", 3) << kText << PayloadValuesReason::NotUtf8;
    QTest::newRow("words") << QByteArray("hello world") << kText << PayloadValuesReason::NoNumber;
    QTest::newRow("status") << QByteArray("Status: OK") << kNone << PayloadValuesReason::NoNumber;
    QTest::newRow("version only") << QByteArray("1.2.3") << kText << PayloadValuesReason::NoNumber;
    QTest::newRow("json without numbers") << QByteArray(R"({"a":"b","c":[null]})") << kJson << PayloadValuesReason::NoNumber;
    QTest::newRow("broken json") << QByteArray(R"({"a":)") << kJson << PayloadValuesReason::ParseError;
    QTest::newRow("text for json") << QByteArray("21.5 C") << kJson << PayloadValuesReason::ParseError;
    QTest::newRow("broken cbor") << QByteArray::fromHex("ff") << kCbor << PayloadValuesReason::ParseError;
    QTest::newRow("cbor trailing bytes") << QByteArray::fromHex("0101") << kCbor << PayloadValuesReason::ParseError;
    QTest::newRow("cbor text only") << cbor(R"({"a": "b"})") << kCbor << PayloadValuesReason::NoNumber;
    QTest::newRow("invalid senml") << QByteArray(R"([{"n":"a","v":"1"}])") << kSenmlJson << PayloadValuesReason::ParseError;
    QTest::newRow("senml must-understand") << QByteArray(R"([{"n":"a","v":1,"x_":1}])") << kSenmlJson
                                           << PayloadValuesReason::ParseError;
    QTest::newRow("senml cbor garbage") << QByteArray::fromHex("87a7") << kSenmlCbor << PayloadValuesReason::ParseError;
    QTest::newRow("senml only data") << QByteArray(R"([{"n":"a","vd":"aGk"}])") << kSenmlJson << PayloadValuesReason::NoNumber;
    QTest::newRow("link-format") << QByteArray("</temp>;rt=\"temperature\";ct=0") << kLink
                                 << PayloadValuesReason::UnsupportedFormat;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n", 6) << 23 << PayloadValuesReason::UnsupportedFormat;
}

void tst_PayloadValues::nothingFound()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, contentFormat);
    QFETCH(PayloadValuesReason, reason);
    PayloadValuesReason actual = PayloadValuesReason::None;
    QVERIFY(PayloadValues::extract(payload, contentFormat, &actual).isEmpty());
    QCOMPARE(actual, reason);
}

void tst_PayloadValues::stateWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("value");
    const char *active[] = { "open", "on", "true", "locked", "yes", "high", "active" };
    const char *inactive[] = { "closed", "off", "false", "unlocked", "no", "low", "inactive" };
    for (const char *w : active)
        QTest::newRow(w) << QString::fromLatin1(w) << true << 1.0;
    for (const char *w : inactive)
        QTest::newRow(w) << QString::fromLatin1(w) << true << 0.0;
    QTest::newRow("upper case") << "INACTIVE" << true << 0.0;
    QTest::newRow("spaces") << "  On " << true << 1.0;
    QTest::newRow("unknown") << "ajar" << false << 0.0;
    QTest::newRow("prefix") << "opened" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
}

void tst_PayloadValues::stateWords()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    QFETCH(double, value);
    double actual = -1;
    QCOMPARE(PayloadValues::stateWordValue(word, &actual), known);
    if (known)
        QCOMPARE(actual, value);
}

void tst_PayloadValues::valueLimit()
{
    QByteArray json = "[";
    for (int i = 0; i < 1000; ++i)
        json += QByteArray::number(i) + (i + 1 < 1000 ? "," : "]");
    const QList<PayloadValue> values = PayloadValues::extract(json, kJson);
    QCOMPARE(values.size(), PayloadValues::kMaxValues);
    QCOMPARE(values.last().name, QStringLiteral("/255"));

    // Deep nesting is cut off instead of recursing without bound.
    const QByteArray deep = QByteArray(5000, '[') + "1" + QByteArray(5000, ']');
    PayloadValuesReason reason = PayloadValuesReason::None;
    QVERIFY(PayloadValues::extract(deep, kNone, &reason).size() <= 1);
}

// Never a crash, and the reason always matches the result (libcoap habit: fuzz raw parsers).
void tst_PayloadValues::randomBytes()
{
    QRandomGenerator rng(7252);
    const QByteArray seeds[] = {
        "Temperature: 25.0°C\nDoor: open",
        R"({"sensors":[{"temp":21.5,"ok":true}],"door":"closed"})",
        R"([{"bn":"dev/","n":"t","u":"Cel","v":21.5},{"n":"d","vb":true},{"n":"m","vs":"on"}])",
        cbor(R"([{-2: "dev/", 0: "t", 2: 21.5}, {0: "d", 4: true}])"),
        cbor(R"({1: [1.5, {"a": 4([-1, 5])}], "x": true})"),
    };
    const int formats[] = { kNone, kText, kJson, kCbor, kSenmlJson, kSenmlCbor, 42 };
    for (int i = 0; i < 6000; ++i) {
        QByteArray payload;
        if (i % 2) {
            payload.resize(rng.bounded(0, 64));
            for (char &b : payload)
                b = char(rng.bounded(256));
        } else {
            payload = seeds[rng.bounded(int(std::size(seeds)))];
            for (int e = rng.bounded(1, 4); e > 0; --e)
                payload[rng.bounded(int(payload.size()))] = char(rng.bounded(256));
        }
        const int format = formats[rng.bounded(int(std::size(formats)))];
        PayloadValuesReason reason = PayloadValuesReason::Empty;
        const QList<PayloadValue> values = PayloadValues::extract(payload, format, &reason);
        QCOMPARE(values.isEmpty(), reason != PayloadValuesReason::None);
        QVERIFY(values.size() <= PayloadValues::kMaxValues);
        for (const PayloadValue &v : values) {
            if (v.kind != PayloadValue::Kind::Enumeration)
                QVERIFY(std::isfinite(v.value));
            if (v.kind == PayloadValue::Kind::Boolean)
                QVERIFY(v.value == 0 || v.value == 1);
        }
    }
}

// The commonest readings skip the regular expressions (payloadvalues.cpp, quickReading); what they
// give must be what the general rules give, and near misses must go the general way.
void tst_PayloadValues::shortcutAgreesWithGeneralRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shortcut");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *text, bool shortcut, QStringList expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << shortcut << expected;
    };
    row("21.5", true, {"|21.5||number|"});
    row("  -3  ", true, {"|-3||number|"});
    row("+4.25", true, {"|4.25||number|"});
    row(".5", true, {"|0.5||number|"});
    row("21.5 °C", true, {"|21.5|°C|number|"});
    row("Temperature: 25.0°C", true, {"Temperature|25|°C|number|"});
    row("Humidity: 45 %RH", true, {"Humidity|45|%RH|number|"});
    row("72 bpm", true, {"|72|bpm|number|"});
    row("battery=87%", true, {"battery|87|%|number|"});
    row("temp= 21", true, {"temp|21||number|"});
    row("pm:  -0.5 µg/m3", true, {"pm|-0.5|µg/m3|number|"});
    row("a=1 m/s²", true, {"a|1|m/s²|number|"});
    // Near misses: the general rules read them.
    row("21.", false, {"|21||number|"});
    row("1.2.3", false, {});
    row("2e3", false, {"|2000||number|"});
    row("21e", false, {"|21|e|number|"});
    row("CO2: 400 ppm", false, {"CO2|400|ppm|number|"});
    row("door=open", false, {"door|1||enum|open"});
    row("T 21 H 40", false, {"T|21||number|", "H|40||number|"});
    row("21  C", false, {"|21||number|"});
    row("temp=21 hum=40", false, {"temp|21||number|", "hum|40||number|"});
    row("t=21 °C x", false, {"t|21|°C|number|"});
    row("21 °C:", false, {"|21||number|"});
    row("Temperature 25", false, {"Temperature|25||number|"});
}

void tst_PayloadValues::shortcutAgreesWithGeneralRules()
{
    QFETCH(QString, text);
    QFETCH(bool, shortcut);
    QFETCH(QStringList, expected);
    using PayloadValues::detail::TextRules;
    QCOMPARE(PayloadValues::detail::takesShortcut(text), shortcut);
    const QList<PayloadValue> general = PayloadValues::detail::scanText(text, TextRules::GeneralOnly);
    QCOMPARE(describe(general), expected);
    QCOMPARE(describe(PayloadValues::detail::scanText(text, TextRules::WithShortcut)), expected);
    QCOMPARE(PayloadValues::extract(text.toUtf8(), kText), general);
}

// Readings put together from pieces that sit on both sides of the shortcut's edges (names with
// digits, separators with spaces, exponents, dotted runs, odd units, a second reading), some
// with a character changed: with and without the shortcut, the values are the same.
void tst_PayloadValues::shortcutOnGeneratedReadings()
{
    using PayloadValues::detail::TextRules;
    QRandomGenerator rng(7959);
    const QStringList names = {"", "t", "Temperature", "temp", "", "CO2", "Room temp", "e", "x_1", "é"};
    const QStringList separators = {":", "=", ": ", "=  ", ":", "", " : ", " = ", " "};
    const QStringList numbers = {"21", "-3.5", ".5", "+0", "007", "21.", "1e3", "2E-2", "1.2.3", "-", "99999999999999999999"};
    const QStringList gaps = {"", " ", "", "  ", "\t"};
    const QStringList units = {"", "°C", "%", "%RH", "µg/m3", "m/s²", "ppm", "Ω", "2x", "e", ".", "C:", "C=", "x 4",
                               "(A)", "V·A", "-", "km/h 5", "\u00a0C", "٣"};
    const QString alphabet = QStringLiteral("aZ09.:=+- e°%/²\t;,µ_٣é");
    int shortcuts = 0;
    constexpr int kReadings = 60000;
    for (int i = 0; i < kReadings; ++i) {
        const auto pick = [&rng](const QStringList &from, qsizetype friendly) {
            // Half of the picks come from the first `friendly` pieces, the shortcut's own shapes.
            return from[rng.bounded(int(rng.bounded(2) ? friendly : from.size()))];
        };
        const QString name = pick(names, 4);
        QString text = name + (name.isEmpty() ? QString() : pick(separators, 5)) + pick(numbers, 4)
                + pick(gaps, 3) + pick(units, 7);
        if (rng.bounded(4) == 0 && !text.isEmpty())
            text[rng.bounded(int(text.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
        if (rng.bounded(8) == 0)
            text += QStringLiteral(" h=40");
        if (PayloadValues::detail::takesShortcut(text))
            ++shortcuts;
        const QList<PayloadValue> general = PayloadValues::detail::scanText(text, TextRules::GeneralOnly);
        const QList<PayloadValue> quick = PayloadValues::detail::scanText(text, TextRules::WithShortcut);
        QVERIFY2(quick == general, qPrintable(QStringLiteral("\"%1\": %2 against %3")
                                                      .arg(text, describe(quick).join(u';'), describe(general).join(u';'))));
    }
    // Both sides of the edge were tried.
    QVERIFY2(shortcuts > kReadings / 10 && shortcuts < kReadings * 9 / 10, qPrintable(QString::number(shortcuts)));
}

QTEST_GUILESS_MAIN(tst_PayloadValues)
#include "tst_payloadvalues.moc"

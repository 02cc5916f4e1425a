// Rendering vectors for the response view and the payload editor (ui/request/payloadrender.h).
#include "payloadrender.h"

#include "coapoption.h"

#include <QLocale>
#include <QTest>

using View = PayloadRender::View;
using Input = PayloadRender::InputFormat;
Q_DECLARE_METATYPE(PayloadRender::View)
Q_DECLARE_METATYPE(PayloadRender::InputFormat)

class tst_PayloadRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void preferredView_data();
    void preferredView();
    void imageFormat();
    void hex();
    void text();
    void json_data();
    void json();
    void jsonTree();
    void cbor();
    void cborInvalid();
    void links();
    void senml();
    void senmlInvalid();
    void encode_data();
    void encode();
    void size();
};

void tst_PayloadRender::preferredView_data()
{
    QTest::addColumn<int>("cf");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<View>("view");
    QTest::newRow("empty") << 0 << QByteArray() << View::Text;
    QTest::newRow("text") << 0 << QByteArray("21.5 C") << View::Text;
    QTest::newRow("json") << 50 << QByteArray("{\"t\":1}") << View::Json;
    QTest::newRow("json without cf") << -1 << QByteArray(" {\"t\":1}") << View::Json;
    QTest::newRow("braces but not json") << -1 << QByteArray("{t:1}") << View::Text;
    QTest::newRow("cbor") << 60 << QByteArray("\xa1\x01\x02", 3) << View::Cbor;
    QTest::newRow("link") << 40 << QByteArray("</a>;rt=x") << View::Link;
    QTest::newRow("senml json") << 110 << QByteArray("[{\"n\":\"t\",\"v\":1}]") << View::Senml;
    QTest::newRow("senml cbor") << 112 << QByteArray("\x81\xa0", 2) << View::Senml;
    QTest::newRow("png by cf") << 23 << QByteArray("\x89PNG\r\n\x1a\n....", 12) << View::Image;
    QTest::newRow("png sniffed") << -1 << QByteArray("\x89PNG\r\n\x1a\n....", 12) << View::Image;
    QTest::newRow("octet stream") << 42 << QByteArray("abc") << View::Hex;
    QTest::newRow("binary") << -1 << QByteArray("\xff\xfe\x00", 3) << View::Hex;
}

void tst_PayloadRender::preferredView()
{
    QFETCH(int, cf);
    QFETCH(QByteArray, payload);
    QFETCH(View, view);
    QCOMPARE(PayloadRender::preferredView(cf, payload), view);
}

void tst_PayloadRender::imageFormat()
{
    QCOMPARE(PayloadRender::imageFormat(22, {}), QStringLiteral("JPEG"));
    QCOMPARE(PayloadRender::imageFormat(-1, QByteArray("GIF89a..")), QStringLiteral("GIF"));
    QCOMPARE(PayloadRender::imageFormat(-1, QByteArray("\xff\xd8\xff\xe0", 4)), QStringLiteral("JPEG"));
    QCOMPARE(PayloadRender::imageFormat(0, QByteArray("hello")), QString());
}

void tst_PayloadRender::hex()
{
    QCOMPARE(PayloadRender::hexBytes(QByteArray("\x01\xab\x00", 3)), QStringLiteral("01 ab 00"));
    const QString dump = PayloadRender::hexDump(QByteArray("ABCDEFGHIJKLMNOPQ\x01"));
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  ABCDEFGHIJKLMNOP"));
    QVERIFY(lines[1].startsWith(QStringLiteral("00000010  51 01 ")));
    QVERIFY(lines[1].endsWith(QStringLiteral("Q.")));
    QCOMPARE(PayloadRender::hexDump({}), QString());
}

void tst_PayloadRender::text()
{
    auto ok = PayloadRender::text(QByteArray("22 \xc2\xb0" "C"));
    QVERIFY(ok.validUtf8);
    QCOMPARE(ok.text, QStringLiteral("22 \u00b0C"));
    auto bad = PayloadRender::text(QByteArray("a\xff" "b"));
    QVERIFY(!bad.validUtf8);
    QVERIFY(bad.text.startsWith(QLatin1Char('a')));
}

void tst_PayloadRender::json_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("contains"); // in pretty text, or in the error
    QTest::newRow("object") << QByteArray("{\"temp\":21.5,\"ok\":true}") << true << QStringLiteral("\"temp\": 21.5");
    QTest::newRow("array") << QByteArray("[1,2]") << true << QStringLiteral("1,");
    QTest::newRow("bare number") << QByteArray("21.5") << true << QStringLiteral("21.5");
    QTest::newRow("bare string") << QByteArray("\"on\"") << true << QStringLiteral("\"on\"");
    QTest::newRow("missing value") << QByteArray("{\"a\":}") << false << QStringLiteral("line 1, column");
    QTest::newRow("second line") << QByteArray("{\n \"a\" 1}") << false << QStringLiteral("line 2");
    QTest::newRow("empty") << QByteArray("") << false << QStringLiteral("JSON");
}

void tst_PayloadRender::json()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    QFETCH(QString, contains);
    const auto result = PayloadRender::json(payload);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QVERIFY2(result.pretty.contains(contains), qPrintable(result.pretty));
        QVERIFY(result.error.isEmpty());
    } else {
        QVERIFY2(result.error.contains(contains), qPrintable(result.error));
    }
}

void tst_PayloadRender::jsonTree()
{
    const auto result = PayloadRender::json(R"({"sensors":[{"id":"t1","v":21.5},{"id":"t2","v":null}],"n":3})");
    QVERIFY(result.ok);
    const auto &root = result.tree;
    QCOMPARE(root.children.size(), 2);
    // Members stay in the order the device sent them.
    QCOMPARE(root.children[0].key, QStringLiteral("sensors"));
    QCOMPARE(root.children[0].value, QStringLiteral("[2 elements]"));
    QCOMPARE(root.children[0].children[0].key, QStringLiteral("[0]"));
    QCOMPARE(root.children[0].children[0].children[1].value, QStringLiteral("21.5"));
    QCOMPARE(root.children[0].children[1].children[1].value, QStringLiteral("null"));
    QCOMPARE(root.children[1].value, QStringLiteral("3"));
    QCOMPARE(root.count(), 9);

    // Pretty text keeps the order and the number forms; strings are escaped as JSON.
    const auto ordered = PayloadRender::json(R"({"b":1,"a":1.0,"s":"x\"y","e":[],"big":12345678901234567})");
    QVERIFY(ordered.ok);
    QCOMPARE(ordered.pretty, QStringLiteral("{\n    \"b\": 1,\n    \"a\": 1.0,\n    \"s\": \"x\\\"y\",\n"
                                            "    \"e\": [],\n    \"big\": 12345678901234567\n}\n"));
}

void tst_PayloadRender::cbor()
{
    // {"a": 1, "b": [true, null], 3: h'01ff'}
    const QByteArray bytes = QByteArray::fromHex("a3616101616282f5f6034201ff");
    const auto result = PayloadRender::cbor(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.diagnostic.contains(QStringLiteral("\"a\": 1")));
    QVERIFY(result.diagnostic.contains(QStringLiteral("h'01ff'")));
    QCOMPARE(result.tree.children.size(), 3);
    QCOMPARE(result.tree.children[0].key, QStringLiteral("a"));
    QCOMPARE(result.tree.children[0].value, QStringLiteral("1"));
    QCOMPARE(result.tree.children[1].children.size(), 2);
    QCOMPARE(result.tree.children[1].children[0].value, QStringLiteral("true"));
    QCOMPARE(result.tree.children[2].key, QStringLiteral("3"));
    QCOMPARE(result.tree.children[2].value, QStringLiteral("h'01ff'"));

    // Tags keep their number: 1(1700000000)
    const auto tagged = PayloadRender::cbor(QByteArray::fromHex("c11a6553f100"));
    QVERIFY(tagged.ok);
    QVERIFY(!tagged.tree.type.isEmpty());
    QVERIFY(tagged.diagnostic.contains(QStringLiteral("1(1700000000)")));
}

void tst_PayloadRender::cborInvalid()
{
    const auto truncated = PayloadRender::cbor(QByteArray::fromHex("8201"));
    QVERIFY(!truncated.ok);
    QVERIFY2(truncated.error.contains(QStringLiteral("byte 2")), qPrintable(truncated.error));
    const auto trailing = PayloadRender::cbor(QByteArray::fromHex("0101"));
    QVERIFY(!trailing.ok);
    QVERIFY(!trailing.error.isEmpty());
}

void tst_PayloadRender::links()
{
    const QByteArray payload = R"(</time>;rt="ticks";if="clock";obs;ct=0,</sensors/temp>;ct="0 50";title="Temp";sz=12;foo=bar,<coap://other:1234/x>)";
    const auto result = PayloadRender::links(payload, QStringLiteral("coap://10.0.0.5:5683/"));
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows[0].target, QStringLiteral("/time"));
    QCOMPARE(result.rows[0].uri, QStringLiteral("coap://10.0.0.5:5683/time"));
    QCOMPARE(result.rows[0].resourceTypes, QStringLiteral("ticks"));
    QCOMPARE(result.rows[0].interfaces, QStringLiteral("clock"));
    QVERIFY(result.rows[0].observable);
    QCOMPARE(result.rows[0].contentFormats, QStringLiteral("0 (text/plain;charset=utf-8)"));
    QCOMPARE(result.rows[1].contentFormats, QStringLiteral("0 (text/plain;charset=utf-8), 50 (application/json)"));
    QCOMPARE(result.rows[1].title, QStringLiteral("Temp"));
    QCOMPARE(result.rows[1].size, QStringLiteral("12"));
    QCOMPARE(result.rows[1].other, QStringLiteral("foo=bar"));
    QVERIFY(!result.rows[1].observable);
    QCOMPARE(result.rows[2].uri, QStringLiteral("coap://other:1234/x"));

    const auto broken = PayloadRender::links("</a>;rt=\"x,</b>", QStringLiteral("coap://h/"));
    QVERIFY(!broken.ok);
    QVERIFY(!broken.error.isEmpty());
}

void tst_PayloadRender::senml()
{
    const QByteArray pack = R"([{"bn":"urn:dev:ow:10e2073a01080063:","bt":1.7e9,"n":"temp","u":"Cel","v":23.1},{"n":"door","vs":"open","t":1},{"n":"on","vb":true}])";
    const auto result = PayloadRender::senml(pack, 110, 1.8e9);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows[0].name, QStringLiteral("urn:dev:ow:10e2073a01080063:temp"));
    QCOMPARE(result.rows[0].value, QStringLiteral("23.1"));
    QCOMPARE(result.rows[0].unit, QStringLiteral("Cel"));
    QCOMPARE(result.rows[0].time, QStringLiteral("2023-11-14T22:13:20.000Z"));
    // Chronological order (RFC 8428 §4.6): "door" is one second later than the others.
    QCOMPARE(result.rows[1].name, QStringLiteral("urn:dev:ow:10e2073a01080063:on"));
    QCOMPARE(result.rows[1].value, QStringLiteral("true"));
    QCOMPARE(result.rows[2].value, QStringLiteral("open"));
    QCOMPARE(result.rows[2].time, QStringLiteral("2023-11-14T22:13:21.000Z"));

    // The same in CBOR (content format 112): [{0: "t", 2: 1.5}] (n = 0, v = 2)
    const auto cbor = PayloadRender::senml(QByteArray::fromHex("81a2006174" "02f93e00"), 112, 1.8e9);
    QVERIFY2(cbor.ok, qPrintable(cbor.error));
    QCOMPARE(cbor.rows.size(), 1);
    QCOMPARE(cbor.rows[0].name, QStringLiteral("t"));
    QCOMPARE(cbor.rows[0].value, QStringLiteral("1.5"));
}

void tst_PayloadRender::senmlInvalid()
{
    const auto notArray = PayloadRender::senml(R"({"n":"t","v":1})", 110, 0);
    QVERIFY(!notArray.ok);
    QVERIFY(notArray.error.contains(QStringLiteral("array")));
    const auto badType = PayloadRender::senml(R"([{"n":"t","v":"1"}])", 110, 0);
    QVERIFY(!badType.ok);
    QVERIFY2(badType.error.contains(QStringLiteral("record 1")), qPrintable(badType.error));
    QVERIFY(badType.error.contains(QStringLiteral("\u201cv\u201d")));
}

void tst_PayloadRender::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Input>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("errorPosition"); // -1 = ok
    QTest::newRow("text utf8") << QStringLiteral("22 \u00b0C") << Input::Text << QByteArray("22 \xc2\xb0" "C") << qsizetype(-1);
    QTest::newRow("text empty") << QString() << Input::Text << QByteArray() << qsizetype(-1);
    QTest::newRow("json as typed") << QStringLiteral("{ \"on\": true }") << Input::Json << QByteArray("{ \"on\": true }") << qsizetype(-1);
    QTest::newRow("json bare") << QStringLiteral("42") << Input::Json << QByteArray("42") << qsizetype(-1);
    QTest::newRow("json bad") << QStringLiteral("{\"on\": tru}") << Input::Json << QByteArray() << qsizetype(8);
    QTest::newRow("cbor from json") << QStringLiteral("{\"a\": 1}") << Input::Cbor << QByteArray::fromHex("a1616101") << qsizetype(-1);
    QTest::newRow("cbor diag") << QStringLiteral("[1, h'01ff', 1.5]") << Input::Cbor << QByteArray::fromHex("830142 01fff93e00") << qsizetype(-1);
    QTest::newRow("cbor bad") << QStringLiteral("[1, 2") << Input::Cbor << QByteArray() << qsizetype(5);
    QTest::newRow("hex spaced") << QStringLiteral("0a 1B:ff\n00") << Input::Hex << QByteArray::fromHex("0a1bff00") << qsizetype(-1);
    QTest::newRow("hex 0x") << QStringLiteral("0x0a0b") << Input::Hex << QByteArray::fromHex("0a0b") << qsizetype(-1);
    QTest::newRow("hex odd") << QStringLiteral("abc") << Input::Hex << QByteArray() << qsizetype(3);
    QTest::newRow("hex bad digit") << QStringLiteral("0g") << Input::Hex << QByteArray() << qsizetype(1);
}

void tst_PayloadRender::encode()
{
    QFETCH(QString, text);
    QFETCH(Input, format);
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, errorPosition);
    const auto result = PayloadRender::encode(text, format);
    if (errorPosition < 0) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.bytes.toHex(), bytes.toHex());
    } else {
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorPosition, errorPosition);
    }
}

void tst_PayloadRender::size()
{
    QCOMPARE(PayloadRender::size(24), QStringLiteral("24 B"));
    QCOMPARE(PayloadRender::size(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(PayloadRender::size(3 * 1024 * 1024), QStringLiteral("3.0 MiB"));
}

QTEST_GUILESS_MAIN(tst_PayloadRender)
#include "tst_payloadrender.moc"

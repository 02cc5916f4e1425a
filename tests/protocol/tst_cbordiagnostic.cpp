#include "cbordiagnostic.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace CborDiagnostic;

Q_DECLARE_METATYPE(CborDiagnostic::DecodeError)
Q_DECLARE_METATYPE(CborDiagnostic::ParseError)

class tst_CborDiagnostic : public QObject
{
    Q_OBJECT

private slots:
    void appendixA_data();
    void appendixA();
    void roundTrip_data();
    void roundTrip();
    void json_data();
    void json();
    void valueRendering_data();
    void valueRendering();
    void indented();
    void parseErrors_data();
    void parseErrors();
    void decodeErrors_data();
    void decodeErrors();
    void numericValue_data();
    void numericValue();
    void randomBytes();
};

// RFC 8949 Appendix A, Table 6. 'preferred': the hex is what parse() must produce (the table also
// lists non-preferred float encodings of Infinity/NaN). 'valueDiag': what toDiagnostic() shows
// after decode(), when QCborValue cannot keep the encoding detail ("" = same as diag).
void tst_CborDiagnostic::appendixA_data()
{
    QTest::addColumn<QString>("diag");
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("preferred");
    QTest::addColumn<QString>("valueDiag");

    struct Row { const char *diag; const char *hex; bool preferred; const char *valueDiag; };
    static const Row rows[] = {
        { "0", "00", true, "" },
        { "1", "01", true, "" },
        { "10", "0a", true, "" },
        { "23", "17", true, "" },
        { "24", "1818", true, "" },
        { "25", "1819", true, "" },
        { "100", "1864", true, "" },
        { "1000", "1903e8", true, "" },
        { "1000000", "1a000f4240", true, "" },
        { "1000000000000", "1b000000e8d4a51000", true, "" },
        { "18446744073709551615", "1bffffffffffffffff", true, "" },
        { "18446744073709551616", "c249010000000000000000", true, "" },
        { "-18446744073709551616", "3bffffffffffffffff", true, "" },
        { "-18446744073709551617", "c349010000000000000000", true, "" },
        { "-1", "20", true, "" },
        { "-10", "29", true, "" },
        { "-100", "3863", true, "" },
        { "-1000", "3903e7", true, "" },
        { "0.0", "f90000", true, "" },
        { "-0.0", "f98000", true, "" },
        { "1.0", "f93c00", true, "" },
        { "1.1", "fb3ff199999999999a", true, "" },
        { "1.5", "f93e00", true, "" },
        { "65504.0", "f97bff", true, "" },
        { "100000.0", "fa47c35000", true, "" },
        { "3.4028234663852886e+38", "fa7f7fffff", true, "" },
        { "1.0e+300", "fb7e37e43c8800759c", true, "" },
        { "5.960464477539063e-8", "f90001", true, "" },
        { "0.00006103515625", "f90400", true, "" },
        { "-4.0", "f9c400", true, "" },
        { "-4.1", "fbc010666666666666", true, "" },
        { "Infinity", "f97c00", true, "" },
        { "NaN", "f97e00", true, "" },
        { "-Infinity", "f9fc00", true, "" },
        { "Infinity", "fa7f800000", false, "" },
        { "NaN", "fa7fc00000", false, "" },
        { "-Infinity", "faff800000", false, "" },
        { "Infinity", "fb7ff0000000000000", false, "" },
        { "NaN", "fb7ff8000000000000", false, "" },
        { "-Infinity", "fbfff0000000000000", false, "" },
        { "false", "f4", true, "" },
        { "true", "f5", true, "" },
        { "null", "f6", true, "" },
        { "undefined", "f7", true, "" },
        { "simple(16)", "f0", true, "" },
        { "simple(255)", "f8ff", true, "" },
        // QCborValue re-formats date/time tags (with milliseconds, tag 1 as tag 0).
        { "0(\"2013-03-21T20:04:00Z\")", "c074323031332d30332d32315432303a30343a30305a", true,
          "0(\"2013-03-21T20:04:00.000Z\")" },
        { "1(1363896240)", "c11a514b67b0", true, "0(\"2013-03-21T20:04:00.000Z\")" },
        { "1(1363896240.5)", "c1fb41d452d9ec200000", true, "0(\"2013-03-21T20:04:00.500Z\")" },
        { "23(h'01020304')", "d74401020304", true, "" },
        { "24(h'6449455446')", "d818456449455446", true, "" },
        { "32(\"http://www.example.com\")", "d82076687474703a2f2f7777772e6578616d706c652e636f6d", true, "" },
        { "h''", "40", true, "" },
        { "h'01020304'", "4401020304", true, "" },
        { "\"\"", "60", true, "" },
        { "\"a\"", "6161", true, "" },
        { "\"IETF\"", "6449455446", true, "" },
        { "\"\\\"\\\\\"", "62225c", true, "" },
        { "\"\\u00fc\"", "62c3bc", true, "" },
        { "\"\\u6c34\"", "63e6b0b4", true, "" },
        { "\"\\ud800\\udd51\"", "64f0908591", true, "" },
        { "[]", "80", true, "" },
        { "[1, 2, 3]", "83010203", true, "" },
        { "[1, [2, 3], [4, 5]]", "8301820203820405", true, "" },
        { "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]",
          "98190102030405060708090a0b0c0d0e0f101112131415161718181819", true, "" },
        { "{}", "a0", true, "" },
        { "{1: 2, 3: 4}", "a201020304", true, "" },
        { "{\"a\": 1, \"b\": [2, 3]}", "a26161016162820203", true, "" },
        { "[\"a\", {\"b\": \"c\"}]", "826161a161626163", true, "" },
        { "{\"a\": \"A\", \"b\": \"B\", \"c\": \"C\", \"d\": \"D\", \"e\": \"E\"}",
          "a56161614161626142616361436164614461656145", true, "" },
        // Indefinite lengths: rendered from the bytes, lost in a QCborValue.
        { "(_ h'0102', h'030405')", "5f42010243030405ff", true, "h'0102030405'" },
        { "(_ \"strea\", \"ming\")", "7f657374726561646d696e67ff", true, "\"streaming\"" },
        { "[_ ]", "9fff", true, "[]" },
        { "[_ 1, [2, 3], [_ 4, 5]]", "9f018202039f0405ffff", true, "[1, [2, 3], [4, 5]]" },
        { "[_ 1, [2, 3], [4, 5]]", "9f01820203820405ff", true, "[1, [2, 3], [4, 5]]" },
        { "[1, [2, 3], [_ 4, 5]]", "83018202039f0405ff", true, "[1, [2, 3], [4, 5]]" },
        { "[1, [_ 2, 3], [4, 5]]", "83019f0203ff820405", true, "[1, [2, 3], [4, 5]]" },
        { "[_ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]",
          "9f0102030405060708090a0b0c0d0e0f101112131415161718181819ff", true,
          "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]" },
        { "{_ \"a\": 1, \"b\": [_ 2, 3]}", "bf61610161629f0203ffff", true, "{\"a\": 1, \"b\": [2, 3]}" },
        { "[\"a\", {_ \"b\": \"c\"}]", "826161bf61626163ff", true, "[\"a\", {\"b\": \"c\"}]" },
        { "{_ \"Fun\": true, \"Amt\": -2}", "bf6346756ef563416d7421ff", true, "{\"Fun\": true, \"Amt\": -2}" },
    };
    for (const Row &r : rows) {
        QTest::addRow("%s %s", r.hex, r.diag) << QString::fromUtf8(r.diag) << QByteArray::fromHex(r.hex)
                                              << r.preferred << QString::fromUtf8(r.valueDiag);
    }
}

void tst_CborDiagnostic::appendixA()
{
    QFETCH(QString, diag);
    QFETCH(QByteArray, hex);
    QFETCH(bool, preferred);
    QFETCH(QString, valueDiag);

    // bytes → text, faithfully
    DecodeResult textError;
    QCOMPARE(diagnosticFromCbor(hex, Style::AsciiOnly, &textError), diag);
    QCOMPARE(textError.error, DecodeError::None);

    // bytes → QCborValue → text
    const DecodeResult decoded = decode(hex);
    QCOMPARE(decoded.error, DecodeError::None);
    QCOMPARE(decoded.offset, qsizetype(-1));
    QCOMPARE(toDiagnostic(decoded.value, Style::AsciiOnly), valueDiag.isEmpty() ? diag : valueDiag);

    // text → bytes (preferred serialization) and → QCborValue
    const ParseResult parsed = parse(diag);
    QCOMPARE(parsed.error, ParseError::None);
    if (preferred)
        QCOMPARE(parsed.cbor.toHex(), hex.toHex());
    QCOMPARE(toDiagnostic(parsed.value, Style::AsciiOnly), valueDiag.isEmpty() ? diag : valueDiag);
}

// Text → CBOR → text with both renderings; 'expected' is the normalised text ("" = unchanged).
void tst_CborDiagnostic::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("int keys") << "{1: \"a\", -2: [1.5, -0.0], 3: {}}" << "";
    QTest::newRow("any key type") << "{h'01': 1, 1.5: 2, [1]: 3, {\"k\": 1}: 4, null: 5, true: 6}" << "";
    QTest::newRow("float vs int") << "[1, 1.0, -1, -1.0, 0, 0.0]" << "";
    QTest::newRow("large floats") << "[1.0e+21, 100000000000000000000.0, 1.0e-7, 0.000001]" << "";
    QTest::newRow("int limits") << "[9223372036854775807, -9223372036854775808, 9223372036854775808, -9223372036854775809]" << "";
    QTest::newRow("bignum 128 bits") << "[340282366920938463463374607431768211456, -340282366920938463463374607431768211457]" << "";
    QTest::newRow("small bignum keeps tag") << "[2(h'01'), 3(h'0001')]" << "";
    QTest::newRow("nested tags") << "55799(42(h'ab'))" << "";
    QTest::newRow("text escapes") << "\"tab\\tnl\\ncr\\r\\\"q\\\\ \\u0001 \\u007f\"" << "";
    QTest::newRow("unicode literal") << QString::fromUtf8("\"25 °C 水 \U0001F600\"") << "";
    QTest::newRow("simple values") << "[simple(0), simple(19), simple(32), simple(255), undefined]" << "";
    QTest::newRow("simple(20) is false") << "simple(20)" << "false";
    QTest::newRow("whitespace") << " [ 1 ,\n\t2 ] " << "[1, 2]";
    QTest::newRow("comments") << "[1, / one / 2 # two\n]" << "[1, 2]";
    QTest::newRow("hex with spaces") << "h'01 02\n03'" << "h'010203'";
    QTest::newRow("b64") << "b64'AQID'" << "h'010203'";
    QTest::newRow("b64url padded") << "b64'-_8='" << "h'fbff'";
    QTest::newRow("single quotes") << "'hi'" << "h'6869'";
    QTest::newRow("0x") << "[0x10, -0x10, 0b101, 0o17]" << "[16, -16, 5, 15]";
    QTest::newRow("exponent int") << "1e3" << "1000.0";
    QTest::newRow("-0 int") << "-0" << "0";
    QTest::newRow("empty chunks") << "(_ )" << "(_ )";
    QTest::newRow("empty map indefinite") << "{_ }" << "";
}

void tst_CborDiagnostic::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    if (expected.isEmpty())
        expected = text;

    const ParseResult parsed = parse(text);
    QCOMPARE(parsed.error, ParseError::None);
    QCOMPARE(diagnosticFromCbor(parsed.cbor), expected);
    // The value and a re-parse of its rendering agree with the bytes.
    const ParseResult again = parse(toDiagnostic(parsed.value));
    QCOMPARE(again.error, ParseError::None);
    QCOMPARE(again.value, parsed.value);
    QCOMPARE(decode(parsed.cbor).value, parsed.value);
}

// Diagnostic notation is a superset of JSON (RFC 8949 §8).
void tst_CborDiagnostic::json_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << "{\"temp\":21.5,\"unit\":\"Cel\",\"ok\":true,\"err\":null}"
                            << "{\"temp\": 21.5, \"unit\": \"Cel\", \"ok\": true, \"err\": null}";
    QTest::newRow("nested") << "{\"a\":[1,2,{\"b\":[]}],\"c\":{}}" << "{\"a\": [1, 2, {\"b\": []}], \"c\": {}}";
    QTest::newRow("number forms") << "[0,-1,1.25,-2.5e-3,1E2,3e+0]" << "[0, -1, 1.25, -0.0025, 100.0, 3.0]";
    QTest::newRow("escapes") << "\"\\u00e9\\/\\b\\f\"" << QString::fromUtf8("\"é/\\b\\f\"");
    QTest::newRow("surrogate pair") << "\"\\ud83d\\ude00\"" << QString::fromUtf8("\"\U0001F600\"");
    QTest::newRow("scalar") << "42" << "42";
}

void tst_CborDiagnostic::json()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const ParseResult parsed = parse(json);
    QCOMPARE(parsed.error, ParseError::None);
    QCOMPARE(toDiagnostic(parsed.value), expected);
}

// Values built in code, as the application will hold them.
void tst_CborDiagnostic::valueRendering_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int") << QCborValue(1) << "1";
    QTest::newRow("double 1") << QCborValue(1.0) << "1.0";
    QTest::newRow("double 1.5") << QCborValue(1.5) << "1.5";
    QTest::newRow("nan") << QCborValue(qQNaN()) << "NaN";
    QTest::newRow("-inf") << QCborValue(-qInf()) << "-Infinity";
    QTest::newRow("-0.0") << QCborValue(-0.0) << "-0.0";
    QTest::newRow("tiny") << QCborValue(1.0e-300) << "1.0e-300";
    QTest::newRow("min int") << QCborValue(std::numeric_limits<qint64>::min()) << "-9223372036854775808";
    QTest::newRow("bytes") << QCborValue(QByteArray("\x00\xff", 2)) << "h'00ff'";
    QTest::newRow("control char") << QCborValue(QStringLiteral("a\x01")) << "\"a\\u0001\"";
    QTest::newRow("non-ascii kept") << QCborValue(QString::fromUtf8("25°C")) << QString::fromUtf8("\"25°C\"");
    QTest::newRow("tag") << QCborValue(QCborTag(1234), QCborArray{ 1, "x" }) << "1234([1, \"x\"])";
    QTest::newRow("uuid") << QCborValue(QUuid(QStringLiteral("{00112233-4455-6677-8899-aabbccddeeff}")))
                          << "37(h'00112233445566778899aabbccddeeff')";
    QTest::newRow("simple") << QCborValue(QCborSimpleType(99)) << "simple(99)";
    QTest::newRow("map any keys") << QCborValue(QCborMap{ { -1, "a" }, { QByteArray("k"), 2.0 } })
                                  << "{-1: \"a\", h'6b': 2.0}";
    QTest::newRow("undefined") << QCborValue() << "undefined";
}

void tst_CborDiagnostic::valueRendering()
{
    QFETCH(QCborValue, value);
    QFETCH(QString, expected);
    QCOMPARE(toDiagnostic(value), expected);
}

void tst_CborDiagnostic::indented()
{
    const ParseResult parsed = parse(u"{\"a\": [1, {\"b\": []}], 2: [_ 3], 4: {}}");
    QCOMPARE(parsed.error, ParseError::None);
    const QString expectedValue = QStringLiteral(
        "{\n"
        "  \"a\": [\n"
        "    1,\n"
        "    {\n"
        "      \"b\": []\n"
        "    }\n"
        "  ],\n"
        "  2: [\n"
        "    3\n"
        "  ],\n"
        "  4: {}\n"
        "}");
    QCOMPARE(toDiagnostic(parsed.value, Style::Indented), expectedValue);
    QString expectedBytes = expectedValue;
    expectedBytes.replace(QStringLiteral("2: [\n"), QStringLiteral("2: [_\n"));
    QCOMPARE(diagnosticFromCbor(parsed.cbor, Style::Indented), expectedBytes);
    // Indented text is still diagnostic notation.
    QCOMPARE(parse(expectedValue).value, parsed.value);
}

void tst_CborDiagnostic::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParseError>("error");
    QTest::addColumn<int>("position");

    QTest::newRow("empty") << "" << ParseError::UnexpectedEnd << 0;
    QTest::newRow("only space") << "  " << ParseError::UnexpectedEnd << 2;
    QTest::newRow("open array") << "[1," << ParseError::UnexpectedEnd << 3;
    QTest::newRow("missing comma") << "[1 2]" << ParseError::UnexpectedCharacter << 3;
    QTest::newRow("trailing comma") << "[1,]" << ParseError::UnexpectedCharacter << 3;
    QTest::newRow("missing colon") << "{1 2}" << ParseError::UnexpectedCharacter << 3;
    QTest::newRow("unknown word") << "nul" << ParseError::UnexpectedCharacter << 0;
    QTest::newRow("trailing") << "1 2" << ParseError::TrailingCharacters << 2;
    QTest::newRow("bad fraction") << "1." << ParseError::InvalidNumber << 0;
    QTest::newRow("bad exponent") << "[2e]" << ParseError::InvalidNumber << 1;
    QTest::newRow("glued letters") << "12ab" << ParseError::InvalidNumber << 0;
    QTest::newRow("negative tag") << "-1(2)" << ParseError::InvalidNumber << 0;
    QTest::newRow("float tag") << "1.5(2)" << ParseError::TrailingCharacters << 3;
    QTest::newRow("unterminated string") << "\"abc" << ParseError::InvalidString << 0;
    QTest::newRow("bad escape") << "\"a\\x\"" << ParseError::InvalidString << 2;
    QTest::newRow("lone high surrogate") << "\"\\ud800\"" << ParseError::InvalidString << 1;
    QTest::newRow("lone low surrogate") << "\"\\udc00\"" << ParseError::InvalidString << 1;
    QTest::newRow("short \\u") << "\"\\u12\"" << ParseError::InvalidString << 1;
    QTest::newRow("odd hex") << "h'123'" << ParseError::InvalidHex << 0;
    QTest::newRow("non hex") << "h'1g'" << ParseError::InvalidHex << 3;
    QTest::newRow("unterminated hex") << "h'12" << ParseError::InvalidHex << 0;
    QTest::newRow("bad base64") << "b64'a*b'" << ParseError::InvalidBase64 << 0;
    QTest::newRow("mixed base64 alphabets") << "b64'a+_b'" << ParseError::InvalidBase64 << 0;
    QTest::newRow("simple(24)") << "simple(24)" << ParseError::InvalidSimpleValue << 0;
    QTest::newRow("simple(256)") << "simple(256)" << ParseError::InvalidSimpleValue << 0;
    QTest::newRow("simple()") << "simple()" << ParseError::InvalidSimpleValue << 0;
    QTest::newRow("mixed chunks") << "(_ h'01', \"a\")" << ParseError::MixedChunks << 10;
    QTest::newRow("int chunk") << "(_ 1)" << ParseError::MixedChunks << 3;
    QTest::newRow("nested chunks") << "(_ (_ h'01'))" << ParseError::MixedChunks << 3;
    QTest::newRow("chunks without _") << "(h'01')" << ParseError::UnexpectedCharacter << 1;
    QTest::newRow("duplicate key") << "{\"a\": 1, \"a\": 2}" << ParseError::DuplicateMapKey << 9;
    QTest::newRow("duplicate int key") << "{1: 1, 0x1: 2}" << ParseError::DuplicateMapKey << 7;
    QTest::newRow("unclosed tag") << "1(2" << ParseError::UnexpectedEnd << 3;
    QTest::newRow("too deep") << QString(300, u'[') + QString(300, u']') << ParseError::NestingTooDeep << 257;
}

void tst_CborDiagnostic::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(ParseError, error);
    QFETCH(int, position);
    const ParseResult result = parse(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.position, qsizetype(position));
    QVERIFY(result.cbor.isEmpty());
}

void tst_CborDiagnostic::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DecodeError>("error");
    QTest::addColumn<int>("offset");

    QTest::newRow("empty") << QByteArray() << DecodeError::Empty << 0;
    QTest::newRow("truncated uint") << QByteArray::fromHex("19") << DecodeError::UnexpectedEnd << 0;
    QTest::newRow("truncated string") << QByteArray::fromHex("6361") << DecodeError::UnexpectedEnd << 0;
    QTest::newRow("truncated array") << QByteArray::fromHex("8201") << DecodeError::UnexpectedEnd << 2;
    QTest::newRow("unterminated indefinite") << QByteArray::fromHex("9f01") << DecodeError::UnexpectedEnd << 2;
    QTest::newRow("lone break") << QByteArray::fromHex("ff") << DecodeError::UnexpectedBreak << 0;
    QTest::newRow("break in definite") << QByteArray::fromHex("8201ff") << DecodeError::UnexpectedBreak << 2;
    QTest::newRow("reserved ai 28") << QByteArray::fromHex("1c") << DecodeError::IllegalEncoding << 0;
    QTest::newRow("two-byte simple(24)") << QByteArray::fromHex("f818") << DecodeError::IllegalEncoding << 0;
    QTest::newRow("int chunk in bytes") << QByteArray::fromHex("5f01ff") << DecodeError::IllegalEncoding << 1;
    QTest::newRow("invalid utf-8") << QByteArray::fromHex("62c328") << DecodeError::InvalidUtf8 << 1; // the string data
    QTest::newRow("duplicate key") << QByteArray::fromHex("a201020103") << DecodeError::DuplicateMapKey << 3;
    QTest::newRow("trailing byte") << QByteArray::fromHex("0102") << DecodeError::TrailingData << 1;
    QTest::newRow("trailing break") << QByteArray::fromHex("80ff") << DecodeError::TrailingData << 1;
    QTest::newRow("too deep") << QByteArray(300, '\x81') + QByteArray(1, '\0') << DecodeError::NestingTooDeep << 257;
}

void tst_CborDiagnostic::decodeErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DecodeError, error);
    QFETCH(int, offset);
    const DecodeResult result = decode(bytes);
    QCOMPARE(result.error, error);
    QCOMPARE(result.offset, qsizetype(offset));
    QVERIFY(!result.ok());

    // The faithful renderer agrees, except that it shows duplicate keys instead of failing.
    DecodeResult textError;
    diagnosticFromCbor(bytes, Style::Compact, &textError);
    if (error == DecodeError::DuplicateMapKey) {
        QCOMPARE(textError.error, DecodeError::None);
        QCOMPARE(diagnosticFromCbor(bytes), QStringLiteral("{1: 2, 1: 3}"));
    } else {
        QCOMPARE(textError.error, error);
        QCOMPARE(textError.offset, qsizetype(offset));
    }
}

void tst_CborDiagnostic::numericValue_data()
{
    QTest::addColumn<QString>("diag");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<double>("expected");
    QTest::newRow("int") << "-7" << true << -7.0;
    QTest::newRow("float") << "2.5" << true << 2.5;
    QTest::newRow("bignum") << "18446744073709551616" << true << 18446744073709551616.0;
    QTest::newRow("negative bignum") << "-18446744073709551617" << true << -18446744073709551617.0;
    QTest::newRow("decimal fraction") << "4([-2, 27315])" << true << 273.15;
    QTest::newRow("decimal fraction positive exponent") << "4([3, 12])" << true << 12000.0;
    QTest::newRow("bigfloat") << "5([-1, 3])" << true << 1.5;
    QTest::newRow("text") << "\"1\"" << false << 0.0;
    QTest::newRow("bool") << "true" << false << 0.0;
    QTest::newRow("bad decimal fraction") << "4([1.5, 2])" << false << 0.0;
    QTest::newRow("other tag") << "1234(5)" << false << 0.0;
}

void tst_CborDiagnostic::numericValue()
{
    QFETCH(QString, diag);
    QFETCH(bool, isNumber);
    QFETCH(double, expected);
    const ParseResult parsed = parse(diag);
    QCOMPARE(parsed.error, ParseError::None);
    const std::optional<double> n = CborDiagnostic::numericValue(parsed.value);
    QCOMPARE(n.has_value(), isNumber);
    if (isNumber)
        QCOMPARE(*n, expected);
}

// Garbage must give an error, never a crash; whatever decodes must render, parse and render
// again to the same text (libcoap's habit of fuzzing every raw-bytes parser).
void tst_CborDiagnostic::randomBytes()
{
    QRandomGenerator rng(8949);
    QList<QByteArray> seeds;
    for (const char *hex : { "a26161016162820203", "9f018202039f0405ffff", "c11a514b67b0",
                             "5f42010243030405ff", "fb3ff199999999999a", "d82076687474703a2f2f" })
        seeds += QByteArray::fromHex(hex);

    int decodedCount = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        if (i % 2) {
            bytes.resize(rng.bounded(1, 48));
            for (char &b : bytes)
                b = char(rng.bounded(256));
        } else { // mutate a valid item, which reaches deeper than pure noise
            bytes = seeds.at(rng.bounded(int(seeds.size())));
            const int edits = rng.bounded(1, 4);
            for (int e = 0; e < edits; ++e)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        }

        const DecodeResult decoded = decode(bytes);
        DecodeResult textError;
        const QString faithful = diagnosticFromCbor(bytes, Style::Compact, &textError);
        if (decoded.error != DecodeError::DuplicateMapKey) {
            QCOMPARE(textError.error, decoded.error);
            QCOMPARE(textError.offset, decoded.offset);
        }
        if (!decoded.ok()) {
            QVERIFY(decoded.offset >= 0 && decoded.offset <= bytes.size());
            continue;
        }
        ++decodedCount;
        const QString text = toDiagnostic(decoded.value);
        const ParseResult reparsed = parse(text);
        QVERIFY2(reparsed.ok(), qPrintable(bytes.toHex() + " → " + text));
        QCOMPARE(toDiagnostic(reparsed.value), text);

        const ParseResult fromFaithful = parse(faithful);
        QVERIFY2(fromFaithful.ok(), qPrintable(bytes.toHex() + " → " + faithful));
        QCOMPARE(diagnosticFromCbor(fromFaithful.cbor), faithful);
        QCOMPARE(toDiagnostic(fromFaithful.value), text);
    }
    QVERIFY(decodedCount > 1000); // the mutations really exercised the success paths
}

QTEST_GUILESS_MAIN(tst_CborDiagnostic)
#include "tst_cbordiagnostic.moc"

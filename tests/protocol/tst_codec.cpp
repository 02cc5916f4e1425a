// The pure codec: hex vectors for every decode error, every option length and delta class,
// the RFC 7252 Appendix A examples, the registries, and seeded random round trips.

#include "coapcodec.h"
#include "coapendpoint.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

// The first byte of an option header for a delta or length (RFC 7252 §3.1).
int nibbleFor(quint32 value) { return value < 13 ? int(value) : value < 269 ? 13 : 14; }
int extendedBytes(quint32 value) { return value < 13 ? 0 : value < 269 ? 1 : 2; }

CoapMessage randomMessage(QRandomGenerator &rng)
{
    CoapMessage m;
    m.setType(CoapType(rng.bounded(4)));
    m.setMessageId(quint16(rng.bounded(65536)));
    static constexpr int classes[] = { 0, 2, 3, 4, 5 }; // 1, 6, 7 are reserved
    const int cls = classes[rng.bounded(5)];
    m.setCode(CoapCode::make(cls, rng.bounded(32)));
    if (m.code() == CoapCode::Empty)
        return m; // RFC 7252 §4.1: nothing else
    QByteArray token(rng.bounded(9), Qt::Uninitialized);
    for (char &c : token)
        c = char(rng.bounded(256));
    m.setToken(token);
    const int optionCount = rng.bounded(8);
    for (int i = 0; i < optionCount; ++i) {
        // Mostly small numbers, sometimes anywhere in the 16-bit space.
        const quint16 number = rng.bounded(4) == 0 ? quint16(rng.bounded(65536)) : quint16(rng.bounded(300));
        const int lengthClass = rng.bounded(10);
        const int length = lengthClass == 0 ? rng.bounded(269, 2000) : rng.bounded(20);
        QByteArray value(length, Qt::Uninitialized);
        for (char &c : value)
            c = char(rng.bounded(256));
        m.addOption(number, value);
    }
    if (rng.bounded(2)) {
        QByteArray payload(rng.bounded(1, 100), Qt::Uninitialized);
        for (char &c : payload)
            c = char(rng.bounded(256));
        m.setPayload(payload);
    }
    return m;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT
private slots:
    void decodeErrors_data();
    void decodeErrors();
    void rfcExamples_data();
    void rfcExamples();
    void optionLengths_data();
    void optionLengths();
    void optionDeltas_data();
    void optionDeltas();
    void encodeErrors_data();
    void encodeErrors();
    void optionOrder();
    void unknownOptionsKept();
    void unrecognizedCriticalOptions_data();
    void unrecognizedCriticalOptions();
    void implementedIsNotKnownByName();
    void optionChecks_data();
    void optionChecks();
    void maxAgeNeverOverflows();
    void errorKeys();
    void codeNames_data();
    void codeNames();
    void codeFromString_data();
    void codeFromString();
    void contentFormatNames_data();
    void contentFormatNames();
    void contentFormatFromString_data();
    void contentFormatFromString();
    void optionRegistry_data();
    void optionRegistry();
    void optionByName_data();
    void optionByName();
    void uintValues_data();
    void uintValues();
    void displayValue_data();
    void displayValue();
    void blockValue_data();
    void blockValue();
    void summary_data();
    void summary();
    void messageOptions();
    void randomBytesNeverCrash_data();
    void randomBytesNeverCrash();
    void randomMessagesRoundTrip_data();
    void randomMessagesRoundTrip();
    void endpointHashFollowsEquality();
    void optionInfoIndexMatchesRegistry();
    void decodeSharesTheDatagram();
};

void TestCodec::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<CoapDecodeError>("error");
    QTest::addColumn<bool>("headerValid");
    QTest::addColumn<qsizetype>("offset");

    using E = CoapDecodeError;
    QTest::newRow("nothing") << QByteArray() << E::TruncatedHeader << false << qsizetype(0);
    QTest::newRow("one byte") << hex("40") << E::TruncatedHeader << false << qsizetype(1);
    QTest::newRow("three bytes") << hex("400100") << E::TruncatedHeader << false << qsizetype(3);
    QTest::newRow("version 0") << hex("00010001") << E::UnsupportedVersion << false << qsizetype(0);
    QTest::newRow("version 2") << hex("80010001") << E::UnsupportedVersion << false << qsizetype(0);
    QTest::newRow("version 3 with token") << hex("c10100017a") << E::UnsupportedVersion << false << qsizetype(0);
    QTest::newRow("version 2 empty") << hex("a0000001") << E::UnsupportedVersion << false << qsizetype(0);
    QTest::newRow("tkl 9") << hex("49010001 010203040506070809") << E::ReservedTokenLength << true << qsizetype(0);
    QTest::newRow("tkl 15") << hex("4f010001") << E::ReservedTokenLength << true << qsizetype(0);
    QTest::newRow("tkl 9 on empty") << hex("49000001") << E::ReservedTokenLength << true << qsizetype(0);
    QTest::newRow("token missing") << hex("42010001") << E::TruncatedToken << true << qsizetype(4);
    QTest::newRow("token short") << hex("48010001 01020304050607") << E::TruncatedToken << true << qsizetype(11);
    QTest::newRow("class 1") << hex("40200001") << E::ReservedCodeClass << true << qsizetype(1);
    QTest::newRow("class 1.31") << hex("403f0001") << E::ReservedCodeClass << true << qsizetype(1);
    QTest::newRow("class 6") << hex("60c00001") << E::ReservedCodeClass << true << qsizetype(1);
    QTest::newRow("class 7 (7.xx is TCP signalling)") << hex("40e10001") << E::ReservedCodeClass << true << qsizetype(1);
    QTest::newRow("empty with token") << hex("41000001aa") << E::NonEmptyEmptyMessage << true << qsizetype(0);
    QTest::newRow("empty with tkl, no token bytes") << hex("41000001") << E::NonEmptyEmptyMessage << true << qsizetype(0);
    QTest::newRow("empty with option") << hex("60000001 b0") << E::NonEmptyEmptyMessage << true << qsizetype(4);
    QTest::newRow("empty with payload") << hex("70000001 ff61") << E::NonEmptyEmptyMessage << true << qsizetype(4);
    QTest::newRow("empty with lone marker") << hex("40000001 ff") << E::NonEmptyEmptyMessage << true << qsizetype(4);
    QTest::newRow("marker without payload") << hex("40010001 ff") << E::PayloadMarkerWithoutPayload << true << qsizetype(4);
    QTest::newRow("marker without payload after option")
        << hex("41010001 aa b474657374 ff") << E::PayloadMarkerWithoutPayload << true << qsizetype(10);
    QTest::newRow("delta 15 length 0") << hex("40010001 f0") << E::ReservedOptionDelta << true << qsizetype(4);
    QTest::newRow("delta 15 length 1") << hex("40010001 f161") << E::ReservedOptionDelta << true << qsizetype(4);
    QTest::newRow("delta 15 length 14") << hex("40010001 fe0000") << E::ReservedOptionDelta << true << qsizetype(4);
    QTest::newRow("length 15") << hex("40010001 bf") << E::ReservedOptionLength << true << qsizetype(4);
    QTest::newRow("length 15 after option") << hex("40010001 b161 0f") << E::ReservedOptionLength << true << qsizetype(6);
    QTest::newRow("length 15 delta 13") << hex("40010001 df00") << E::ReservedOptionLength << true << qsizetype(4);
    QTest::newRow("delta 13 no extension") << hex("40010001 d0") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("delta 14 no extension") << hex("40010001 e0") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("delta 14 half extension") << hex("40010001 e000") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("length 13 no extension") << hex("40010001 bd") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("length 14 half extension") << hex("40010001 be01") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("delta 13 then length 13 missing") << hex("40010001 dd05") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("value short") << hex("40010001 b36162") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("value 13 short by one")
        << hex("40010001 bd00 616161616161616161616161") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("value 269 missing")
        << hex("40010001 be0000 6161") << E::TruncatedOption << true << qsizetype(4);
    QTest::newRow("value after good option short")
        << hex("40010001 b3616263 0261") << E::TruncatedOption << true << qsizetype(8);
    // 269 + 0xfef2 = 65535, then one more delta of 1.
    QTest::newRow("number 65536") << hex("40010001 e0fef2 10") << E::OptionNumberTooLarge << true << qsizetype(7);
    QTest::newRow("number 65535 + 269") << hex("40010001 e0fef2 e00000") << E::OptionNumberTooLarge << true << qsizetype(7);
    QTest::newRow("number far above") << hex("40010001 e0ffff e0ffff") << E::OptionNumberTooLarge << true << qsizetype(4);
    QTest::newRow("number 65535 ok") << hex("40010001 e0fef2") << E::None << true << qsizetype(0);
    QTest::newRow("minimal GET") << hex("40010001") << E::None << true << qsizetype(0);
    QTest::newRow("empty ACK") << hex("60000001") << E::None << true << qsizetype(0);
    QTest::newRow("empty CON (ping)") << hex("40000001") << E::None << true << qsizetype(0);
    QTest::newRow("reset") << hex("70001234") << E::None << true << qsizetype(0);
    QTest::newRow("class 3 is in the response range") << hex("40600001") << E::None << true << qsizetype(0);
    QTest::newRow("8-byte token") << hex("48450001 0102030405060708") << E::None << true << qsizetype(0);
}

void TestCodec::decodeErrors()
{
    QFETCH(QByteArray, datagram);
    QFETCH(CoapDecodeError, error);
    QFETCH(bool, headerValid);
    QFETCH(qsizetype, offset);

    const CoapDecodeResult r = CoapCodec::decode(datagram);
    QCOMPARE(r.error, error);
    QCOMPARE(r.ok(), error == CoapDecodeError::None);
    QCOMPARE(r.headerValid, headerValid);
    if (!r.ok())
        QCOMPARE(r.errorOffset, offset);
    if (headerValid) {
        // The message layer answers a malformed CON with RST: it needs type and MID.
        QCOMPARE(int(r.message.type()), (quint8(datagram[0]) >> 4) & 3);
        QCOMPARE(r.message.code(), quint8(datagram[1]));
        QCOMPARE(r.message.messageId(), quint16((quint8(datagram[2]) << 8) | quint8(datagram[3])));
    }
    if (r.ok())
        QCOMPARE(CoapCodec::encode(r.message), datagram);
}

void TestCodec::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<CoapMessage>("message");

    // RFC 7252 Appendix A, Figure 16: CON GET /temperature, MID 0x7d34, no token.
    CoapMessage get(CoapType::Confirmable, CoapCode::Get, 0x7d34);
    get.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("temperature")));
    QTest::newRow("Figure 16 request") << hex("40017d34 bb74656d7065726174757265") << get;

    CoapMessage ack(CoapType::Acknowledgement, CoapCode::Content, 0x7d34);
    ack.setPayload("22.3 C");
    QTest::newRow("Figure 16 response") << hex("60457d34 ff32322e332043") << ack;

    // Figure 17: a token 0x20 and a piggybacked 4.04.
    CoapMessage withToken(CoapType::Confirmable, CoapCode::Get, 0x7d35, hex("20"));
    withToken.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("temperature")));
    QTest::newRow("Figure 17 request") << hex("41017d35 20 bb74656d7065726174757265") << withToken;
    CoapMessage notFound(CoapType::Acknowledgement, CoapCode::NotFound, 0x7d35, hex("20"));
    notFound.setPayload("Not found");
    QTest::newRow("Figure 17 response") << hex("61847d35 20 ff4e6f7420666f756e64") << notFound;

    // Figure 19: separate response, CON 2.05 with a 4-byte token.
    CoapMessage separate(CoapType::Confirmable, CoapCode::Content, 0xa7b8, hex("3c9e2af5"));
    separate.setPayload("22.3 C");
    QTest::newRow("Figure 19 separate response") << hex("4445a7b8 3c9e2af5 ff32322e332043") << separate;

    // A request with Uri-Host, Uri-Port, two Uri-Path segments, Observe 0 (empty uint) and a query.
    CoapMessage full(CoapType::NonConfirmable, CoapCode::Get, 1, hex("01"));
    full.addOption(CoapOption::fromString(CoapOptionNumber::UriHost, QStringLiteral("h")));
    full.addUintOption(CoapOptionNumber::Observe, 0);
    full.addUintOption(CoapOptionNumber::UriPort, 61616);
    full.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("a")));
    full.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("b")));
    full.addOption(CoapOption::fromString(CoapOptionNumber::UriQuery, QStringLiteral("x=1")));
    QTest::newRow("options of several kinds")
        << hex("51010001 01 3168 30 12f0b0 4161 0162 43783d31") << full;

    // A Proxy-Uri longer than 12 bytes and a Size1 crossing the 13 delta boundary.
    CoapMessage proxy(CoapType::Confirmable, CoapCode::Put, 2);
    proxy.addOption(CoapOption::fromString(CoapOptionNumber::ProxyUri, QStringLiteral("coap://example.org/")));
    proxy.addUintOption(CoapOptionNumber::Size1, 1024);
    proxy.setPayload("x");
    QTest::newRow("extended delta and length")
        << hex("40030002 dd1606 636f61703a2f2f6578616d706c652e6f72672f d20c0400 ff78") << proxy;
}

void TestCodec::rfcExamples()
{
    QFETCH(QByteArray, datagram);
    QFETCH(CoapMessage, message);

    const CoapDecodeResult r = CoapCodec::decode(datagram);
    QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
    QCOMPARE(r.message, message);
    CoapEncodeError error = CoapEncodeError::TokenTooLong;
    QCOMPARE(CoapCodec::encode(message, &error).toHex(), datagram.toHex());
    QCOMPARE(error, CoapEncodeError::None);
}

void TestCodec::optionLengths_data()
{
    QTest::addColumn<int>("length");
    for (int length : { 0, 1, 12, 13, 14, 268, 269, 270, 1034, 65535, 65804 })
        QTest::addRow("length %d", length) << length;
}

void TestCodec::optionLengths()
{
    QFETCH(int, length);

    QByteArray value(length, 'v');
    for (int i = 0; i < length; ++i)
        value[i] = char(i * 7);
    CoapMessage m(CoapType::Confirmable, CoapCode::Post, 0x1234, hex("cafe"));
    m.addOption(CoapOptionNumber::IfMatch, value);
    m.setPayload("p");

    const QByteArray bytes = CoapCodec::encode(m);
    const int ext = extendedBytes(quint32(length));
    QCOMPARE(bytes.size(), 4 + 2 + 1 + ext + length + 2);
    const quint8 first = quint8(bytes[6]);
    QCOMPARE(first >> 4, 1); // delta of If-Match
    QCOMPARE(first & 0x0f, nibbleFor(quint32(length)));
    if (ext == 1)
        QCOMPARE(quint8(bytes[7]), quint8(length - 13));
    if (ext == 2)
        QCOMPARE((quint8(bytes[7]) << 8) | quint8(bytes[8]), length - 269);

    const CoapDecodeResult r = CoapCodec::decode(bytes);
    QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
    QCOMPARE(r.message, m);
    QCOMPARE(r.message.option(CoapOptionNumber::IfMatch)->value().size(), length);
}

void TestCodec::optionDeltas_data()
{
    QTest::addColumn<quint16>("first");
    QTest::addColumn<quint32>("delta");
    for (quint32 delta : { 0u, 1u, 12u, 13u, 14u, 268u, 269u, 270u, 65535u }) {
        QTest::addRow("from 0, delta %u", delta) << quint16(0) << delta;
        if (delta <= 65535u - 11u)
            QTest::addRow("from 11, delta %u", delta) << quint16(11) << delta;
    }
    QTest::newRow("from 65535, delta 0") << quint16(65535) << 0u;
    QTest::newRow("from 65534, delta 1") << quint16(65534) << 1u;
}

void TestCodec::optionDeltas()
{
    QFETCH(quint16, first);
    QFETCH(quint32, delta);

    CoapMessage m(CoapType::NonConfirmable, CoapCode::Content, 7);
    m.addOption(first, "A");
    m.addOption(quint16(first + delta), "B");

    const QByteArray bytes = CoapCodec::encode(m);
    // The second option's header follows the first option (its header, extension and 1 byte).
    const int secondAt = 4 + 1 + extendedBytes(first) + 1;
    QCOMPARE(quint8(bytes[secondAt]) >> 4, nibbleFor(delta));
    QCOMPARE(quint8(bytes[secondAt]) & 0x0f, 1);
    QCOMPARE(bytes.size(), secondAt + 1 + extendedBytes(delta) + 1);
    if (extendedBytes(delta) == 1)
        QCOMPARE(quint32(quint8(bytes[secondAt + 1])), delta - 13);
    if (extendedBytes(delta) == 2)
        QCOMPARE(quint32((quint8(bytes[secondAt + 1]) << 8) | quint8(bytes[secondAt + 2])), delta - 269);

    const CoapDecodeResult r = CoapCodec::decode(bytes);
    QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
    QCOMPARE(r.message, m);
    QCOMPARE(r.message.options().size(), 2);
    QCOMPARE(r.message.options().at(1).number(), quint16(first + delta));
    QCOMPARE(r.message.options().at(1).value(), QByteArray("B"));
}

void TestCodec::encodeErrors_data()
{
    QTest::addColumn<CoapMessage>("message");
    QTest::addColumn<CoapEncodeError>("error");

    CoapMessage tooLong(CoapType::Confirmable, CoapCode::Put, 1);
    tooLong.addOption(CoapOptionNumber::ETag, QByteArray(65805, 'x'));
    QTest::newRow("option of 65805 bytes") << tooLong << CoapEncodeError::OptionValueTooLong;
    CoapMessage longest(CoapType::Confirmable, CoapCode::Put, 1);
    longest.addOption(CoapOptionNumber::ETag, QByteArray(65804, 'x'));
    QTest::newRow("option of 65804 bytes") << longest << CoapEncodeError::None;

    QTest::newRow("token of 9") << CoapMessage(CoapType::Confirmable, CoapCode::Get, 1, QByteArray(9, 't'))
                                << CoapEncodeError::TokenTooLong;
    QTest::newRow("token of 8") << CoapMessage(CoapType::Confirmable, CoapCode::Get, 1, QByteArray(8, 't'))
                                << CoapEncodeError::None;

    QTest::newRow("empty with token") << CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 1, "t")
                                      << CoapEncodeError::EmptyMessageNotEmpty;
    CoapMessage emptyWithOption(CoapType::Reset, CoapCode::Empty, 1);
    emptyWithOption.addUintOption(CoapOptionNumber::MaxAge, 1);
    QTest::newRow("empty with option") << emptyWithOption << CoapEncodeError::EmptyMessageNotEmpty;
    CoapMessage emptyWithPayload(CoapType::Confirmable, CoapCode::Empty, 1);
    emptyWithPayload.setPayload("x");
    QTest::newRow("empty with payload") << emptyWithPayload << CoapEncodeError::EmptyMessageNotEmpty;
    QTest::newRow("empty ACK") << CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 1)
                               << CoapEncodeError::None;
}

void TestCodec::encodeErrors()
{
    QFETCH(CoapMessage, message);
    QFETCH(CoapEncodeError, error);

    CoapEncodeError got = CoapEncodeError::None;
    const QByteArray bytes = CoapCodec::encode(message, &got);
    QCOMPARE(got, error);
    QCOMPARE(bytes.isEmpty(), error != CoapEncodeError::None);
    if (error == CoapEncodeError::None) {
        const CoapDecodeResult r = CoapCodec::decode(bytes);
        QVERIFY(r.ok());
        QCOMPARE(r.message, message);
    }
}

void TestCodec::optionOrder()
{
    // RFC 7252 §3.1: options go out by number; instances of one number keep their order.
    CoapMessage m(CoapType::Confirmable, CoapCode::Get, 9);
    m.addOption(CoapOptionNumber::UriQuery, "q1");
    m.addOption(CoapOptionNumber::UriPath, "b");
    m.addOption(CoapOptionNumber::UriHost, "h");
    m.addOption(CoapOptionNumber::UriQuery, "q2");
    m.addOption(CoapOptionNumber::UriPath, "c");
    m.addOption(CoapOptionNumber::UriPath, "d");
    QList<quint16> numbers;
    for (const CoapOption &o : m.options())
        numbers << o.number();
    QCOMPARE(numbers, (QList<quint16>{ 3, 11, 11, 11, 15, 15 }));
    QCOMPARE(m.uriPath(), QStringLiteral("/b/c/d"));
    QCOMPARE(m.options(CoapOptionNumber::UriQuery).at(1).value(), QByteArray("q2"));

    QCOMPARE(CoapCodec::encode(m).toHex(), hex("40010009 3168 8162 0163 0164 4271 31 0271 32").toHex());
    m.setOption(CoapOption(CoapOptionNumber::UriPath, "z"));
    QCOMPARE(m.options(CoapOptionNumber::UriPath).size(), 1);
    QCOMPARE(m.uriPath(), QStringLiteral("/z"));
    m.removeOption(CoapOptionNumber::UriQuery);
    QVERIFY(!m.hasOption(CoapOptionNumber::UriQuery));
    QCOMPARE(m.options().size(), 2);
    QCOMPARE(CoapMessage().uriPath(), QStringLiteral("/"));
}

void TestCodec::unknownOptionsKept()
{
    // RFC 7252 §5.4.1: unknown elective options are ignored by the receiver, but the codec keeps
    // them so the message log shows everything.
    const QByteArray bytes = hex("42450001 abcd"
                                 "d11b 01"          // 40: unknown elective, 1 byte
                                 "e106a4 02"        // 2009: unknown critical
                                 "e0f502"           // 65000: unknown, empty
                                 "ff 6869");
    const CoapDecodeResult r = CoapCodec::decode(bytes);
    QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
    QCOMPARE(r.message.options().size(), 3);
    QCOMPARE(r.message.options().at(0).number(), quint16(40));
    QCOMPARE(r.message.options().at(1).number(), quint16(2009));
    QCOMPARE(r.message.options().at(2).number(), quint16(65000));
    QCOMPARE(r.message.options().at(1).value(), hex("02"));
    QCOMPARE(coapOptionName(2009), QStringLiteral("2009"));
    QCOMPARE(CoapCodec::encode(r.message).toHex(), bytes.toHex());
    QCOMPARE(CoapCodec::unrecognizedCriticalOptions(r.message), QList<quint16>{ 2009 });
}

void TestCodec::unrecognizedCriticalOptions_data()
{
    QTest::addColumn<QList<quint16>>("numbers");
    QTest::addColumn<QList<quint16>>("expected");

    QTest::newRow("none") << QList<quint16>{} << QList<quint16>{};
    // Known by name is not implemented (RFC 7252 §5.4.1): OSCORE 9, Q-Block1 19, EDHOC 21 and
    // Q-Block2 31 are unrecognised in a request; the rest is processed by the server (Proxy-Uri and
    // Proxy-Scheme with 5.05). Uri-Host, Proxy-Uri and Proxy-Scheme need one byte at least (§5.10).
    QTest::newRow("known critical, implemented by the server")
        << QList<quint16>{ 1, 5, 7, 11, 15, 17, 23, 27 } << QList<quint16>{};
    QTest::newRow("known critical, not implemented")
        << QList<quint16>{ 9, 11, 19, 21, 31 } << QList<quint16>{ 9, 19, 21, 31 };
    QTest::newRow("unknown elective (even)") << QList<quint16>{ 2, 10, 64, 1000 } << QList<quint16>{};
    QTest::newRow("unknown critical") << QList<quint16>{ 11, 13, 25, 65535 } << QList<quint16>{ 13, 25, 65535 };
    QTest::newRow("repeated once listed") << QList<quint16>{ 33, 33, 37 } << QList<quint16>{ 33, 37 };
    QTest::newRow("known elective and critical") << QList<quint16>{ 4, 6, 12, 60, 252, 258, 292 } << QList<quint16>{};
}

void TestCodec::unrecognizedCriticalOptions()
{
    QFETCH(QList<quint16>, numbers);
    QFETCH(QList<quint16>, expected);
    CoapMessage m(CoapType::Confirmable, CoapCode::Get, 1);
    for (quint16 n : numbers)
        m.addOption(n);
    QCOMPARE(CoapCodec::unrecognizedCriticalOptions(m), expected);
}

void TestCodec::implementedIsNotKnownByName()
{
    using R = CoapMessageRole;
    // Every implemented option is known by name; not the other way round.
    for (R role : { R::Request, R::Response })
        for (quint16 n : coapImplementedOptions(role))
            QVERIFY2(coapOptionInfo(n).has_value(), qPrintable(QString::number(n)));
    for (quint16 n : { quint16(CoapOptionNumber::Oscore), quint16(CoapOptionNumber::QBlock1),
                       quint16(CoapOptionNumber::QBlock2), quint16(CoapOptionNumber::Edhoc) }) {
        QVERIFY(coapOptionInfo(n).has_value());
        QVERIFY(!coapOptionImplemented(n, R::Request));
        QVERIFY(!coapOptionImplemented(n, R::Response));
    }
    // The server answers a proxy request itself (5.05); in a response the options mean nothing.
    QVERIFY(coapOptionImplemented(CoapOptionNumber::ProxyUri, R::Request));
    QVERIFY(!coapOptionImplemented(CoapOptionNumber::ProxyUri, R::Response));
    QVERIFY(!coapOptionImplemented(CoapOptionNumber::ProxyScheme, R::Response));

    // What the client calls today: a 2.05 with critical OSCORE or Q-Block2 is unprocessable.
    CoapMessage response(CoapType::Acknowledgement, CoapCode::Content, 1, "t");
    response.addOption(CoapOptionNumber::Oscore, hex("09"));
    response.addUintOption(CoapOptionNumber::QBlock2, 0x16);
    response.addUintOption(CoapOptionNumber::ContentFormat, 0);
    QCOMPARE(CoapCodec::unrecognizedCriticalOptions(response),
             (QList<quint16>{ CoapOptionNumber::Oscore, CoapOptionNumber::QBlock2 }));
    QCOMPARE(CoapCodec::unprocessableCriticalOptions(response, R::Response),
             CoapCodec::unrecognizedCriticalOptions(response));
    CoapMessage proxied(CoapType::Acknowledgement, CoapCode::Content, 2, "t");
    proxied.addOption(CoapOption::fromString(CoapOptionNumber::ProxyUri, QStringLiteral("coap://a/b")));
    QCOMPARE(CoapCodec::unrecognizedCriticalOptions(proxied), QList<quint16>{ CoapOptionNumber::ProxyUri });
    proxied.setCode(CoapCode::Get);
    QVERIFY(CoapCodec::unrecognizedCriticalOptions(proxied).isEmpty());
}

void TestCodec::optionChecks_data()
{
    QTest::addColumn<quint8>("code");
    QTest::addColumn<QByteArray>("options"); // encoded options, after a 4-byte header and token "t"
    QTest::addColumn<QList<quint16>>("unprocessable");
    QTest::addColumn<QStringList>("issues");        // "number:problem"
    QTest::addColumn<QList<quint16>>("keptNumbers"); // options left in the checked message

    const quint8 get = CoapCode::Get;
    const quint8 content = CoapCode::Content;
    // Observe (6) with 5 bytes: elective with a bad length, ignored (RFC 7641 §2: 0-3 bytes).
    QTest::newRow("5-byte Observe ignored") << get << hex("65 0102030405 51 61")
                                            << QList<quint16>{} << QStringList{ "6:bad-length" } << QList<quint16>{ 11 };
    // Block2 (23) twice: critical and not repeatable, so the second makes the request unprocessable.
    QTest::newRow("second Block2") << get << hex("b1 61 c1 06 01 16")
                                   << QList<quint16>{ 23 } << QStringList{ "23:repeated" } << QList<quint16>{ 11, 23, 23 };
    // Block2 with 4 bytes (RFC 7959 §2.1: 0-3).
    QTest::newRow("4-byte Block2") << content << hex("d4 0a 00000016")
                                   << QList<quint16>{ 23 } << QStringList{ "23:bad-length" } << QList<quint16>{ 23 };
    // Content-Format (12) twice in a response: elective, the later one is ignored.
    QTest::newRow("second Content-Format") << content << hex("c0 01 32")
                                           << QList<quint16>{} << QStringList{ "12:repeated" } << QList<quint16>{ 12 };
    // Max-Age (14) with 8 bytes: elective, ignored (RFC 7252 §5.10.5: 0-4).
    QTest::newRow("8-byte Max-Age") << content << hex("d8 01 ffffffffffffffff")
                                    << QList<quint16>{} << QStringList{ "14:bad-length" } << QList<quint16>{};
    // ETag twice: repeatable in a request, not in a response (RFC 7252 §5.10.6).
    QTest::newRow("two ETags in a request") << get << hex("41 01 01 02")
                                            << QList<quint16>{} << QStringList{} << QList<quint16>{ 4, 4 };
    QTest::newRow("two ETags in a response") << content << hex("41 01 01 02")
                                             << QList<quint16>{} << QStringList{ "4:repeated" } << QList<quint16>{ 4 };
    // Uri-Host (3) empty: critical with a bad length (1-255).
    QTest::newRow("empty Uri-Host") << get << hex("30")
                                    << QList<quint16>{ 3 } << QStringList{ "3:bad-length" } << QList<quint16>{ 3 };
    // Hop-Limit (16) with 2 bytes (RFC 8768: exactly 1): elective, ignored.
    QTest::newRow("2-byte Hop-Limit") << get << hex("d2 03 0102")
                                      << QList<quint16>{} << QStringList{ "16:bad-length" } << QList<quint16>{};
    // Size1 (60) with 5 bytes, Size2 (28) with 5 bytes: elective, ignored (RFC 7959 §4: 0-4).
    QTest::newRow("5-byte Size2") << content << hex("d5 0f 0102030405")
                                  << QList<quint16>{} << QStringList{ "28:bad-length" } << QList<quint16>{};
    // No-Response (258) with 2 bytes (RFC 7967: 0-1): elective, ignored.
    QTest::newRow("2-byte No-Response") << get << hex("d2 f5 0102")
                                        << QList<quint16>{} << QStringList{ "258:bad-length" } << QList<quint16>{};
    // Echo (252) empty (RFC 9175: 1-40): elective, ignored.
    QTest::newRow("empty Echo") << content << hex("d0 ef")
                                << QList<quint16>{} << QStringList{ "252:bad-length" } << QList<quint16>{};
    // Accept (17) twice: critical, not repeatable.
    QTest::newRow("second Accept") << get << hex("d1 04 32 01 3c")
                                   << QList<quint16>{ 17 } << QStringList{ "17:repeated" } << QList<quint16>{ 17, 17 };
    // Q-Block2 (31) in a response: known by name, not implemented (RFC 9177).
    QTest::newRow("Q-Block2 response") << content << hex("d1 12 16")
                                       << QList<quint16>{ 31 } << QStringList{ "31:unrecognized" } << QList<quint16>{ 31 };
    // Unknown elective 2048 stays and is not an issue.
    QTest::newRow("unknown elective kept") << get << hex("e0 06f3")
                                           << QList<quint16>{} << QStringList{} << QList<quint16>{ 2048 };
}

void TestCodec::optionChecks()
{
    QFETCH(quint8, code);
    QFETCH(QByteArray, options);
    QFETCH(QList<quint16>, unprocessable);
    QFETCH(QStringList, issues);
    QFETCH(QList<quint16>, keptNumbers);
    QByteArray datagram = hex("41000001") + QByteArray("t") + options;
    datagram[1] = char(code);
    const CoapDecodeResult r = CoapCodec::decode(datagram);
    QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
    const CoapOptionCheck check = CoapCodec::checkOptions(r.message);
    QCOMPARE(check.unprocessable, unprocessable);
    QCOMPARE(CoapCodec::unrecognizedCriticalOptions(r.message), unprocessable);
    QStringList seen;
    for (const CoapOptionIssue &issue : check.issues)
        seen.append(QStringLiteral("%1:%2").arg(issue.number).arg(QLatin1String(CoapCodec::optionProblemKey(issue.problem))));
    QCOMPARE(seen, issues);
    QList<quint16> kept;
    for (const CoapOption &o : check.message.options())
        kept.append(o.number());
    QCOMPARE(kept, keptNumbers);
    QCOMPARE(check.ok(), unprocessable.isEmpty());
}

void TestCodec::maxAgeNeverOverflows()
{
    CoapMessage m(CoapType::Acknowledgement, CoapCode::Content, 1);
    QVERIFY(!CoapCodec::maxAge(m).has_value()); // absent: the caller's default 60
    m.setUintOption(CoapOptionNumber::MaxAge, 0xffffffffu);
    QCOMPARE(CoapCodec::maxAge(m).value_or(0), 0xffffffffu); // 4 bytes: fits, times 1000 in 64 bits
    QVERIFY(qint64(*CoapCodec::maxAge(m)) * 1000 > 0);
    m.setOption(CoapOption(CoapOptionNumber::MaxAge, hex("ffffffffffffffff")));
    QVERIFY(!CoapCodec::maxAge(m).has_value()); // 8 bytes: ignored (RFC 7252 §5.4.3), not a huge number
    QVERIFY(!CoapCodec::checkOptions(m).message.hasOption(CoapOptionNumber::MaxAge));
}

void TestCodec::errorKeys()
{
    QSet<QByteArray> keys;
    for (int e = 0; e <= int(CoapDecodeError::PayloadMarkerWithoutPayload); ++e) {
        const QByteArray key = CoapCodec::errorKey(CoapDecodeError(e));
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), key.constData());
        keys.insert(key);
    }
    QCOMPARE(QByteArray(CoapCodec::errorKey(CoapDecodeError::ReservedTokenLength)), QByteArray("reserved-token-length"));
}

void TestCodec::codeNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");

    const struct { int code; const char *text; const char *name; } codes[] = {
        { CoapCode::Empty, "0.00", "Empty" },
        { CoapCode::Get, "0.01", "GET" }, { CoapCode::Post, "0.02", "POST" },
        { CoapCode::Put, "0.03", "PUT" }, { CoapCode::Delete, "0.04", "DELETE" },
        { CoapCode::Fetch, "0.05", "FETCH" }, { CoapCode::Patch, "0.06", "PATCH" },
        { CoapCode::IPatch, "0.07", "iPATCH" },
        { CoapCode::Created, "2.01", "Created" }, { CoapCode::Deleted, "2.02", "Deleted" },
        { CoapCode::Valid, "2.03", "Valid" }, { CoapCode::Changed, "2.04", "Changed" },
        { CoapCode::Content, "2.05", "Content" }, { CoapCode::Continue, "2.31", "Continue" },
        { CoapCode::BadRequest, "4.00", "Bad Request" }, { CoapCode::Unauthorized, "4.01", "Unauthorized" },
        { CoapCode::BadOption, "4.02", "Bad Option" }, { CoapCode::Forbidden, "4.03", "Forbidden" },
        { CoapCode::NotFound, "4.04", "Not Found" }, { CoapCode::MethodNotAllowed, "4.05", "Method Not Allowed" },
        { CoapCode::NotAcceptable, "4.06", "Not Acceptable" },
        { CoapCode::RequestEntityIncomplete, "4.08", "Request Entity Incomplete" },
        { CoapCode::Conflict, "4.09", "Conflict" },
        { CoapCode::PreconditionFailed, "4.12", "Precondition Failed" },
        { CoapCode::RequestEntityTooLarge, "4.13", "Request Entity Too Large" },
        { CoapCode::UnsupportedContentFormat, "4.15", "Unsupported Content-Format" },
        { CoapCode::UnprocessableEntity, "4.22", "Unprocessable Entity" },
        { CoapCode::TooManyRequests, "4.29", "Too Many Requests" },
        { CoapCode::InternalServerError, "5.00", "Internal Server Error" },
        { CoapCode::NotImplemented, "5.01", "Not Implemented" }, { CoapCode::BadGateway, "5.02", "Bad Gateway" },
        { CoapCode::ServiceUnavailable, "5.03", "Service Unavailable" },
        { CoapCode::GatewayTimeout, "5.04", "Gateway Timeout" },
        { CoapCode::ProxyingNotSupported, "5.05", "Proxying Not Supported" },
        { CoapCode::HopLimitReached, "5.08", "Hop Limit Reached" },
        { 0x08, "0.08", "" }, { 0x46, "2.06", "" }, { 0x7f, "3.31", "" }, { 0xff, "7.31", "" },
    };
    for (const auto &c : codes)
        QTest::newRow(c.text) << c.code << QString::fromLatin1(c.text) << QString::fromLatin1(c.name);
}

void TestCodec::codeNames()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(CoapCode::toString(quint8(code)), text);
    QCOMPARE(CoapCode::name(quint8(code)), name);
    QCOMPARE(CoapCode::fromString(text), std::optional<quint8>(quint8(code)));
    QCOMPARE(CoapCode::fromString(QString(text).remove(u'.')), std::optional<quint8>(quint8(code)));
    if (!name.isEmpty()) {
        QCOMPARE(CoapCode::fromString(name), std::optional<quint8>(quint8(code)));
        QCOMPARE(CoapCode::fromString(name.toLower()), std::optional<quint8>(quint8(code)));
        QCOMPARE(CoapCode::fromString(name.toUpper().replace(u' ', u'_')), std::optional<quint8>(quint8(code)));
    }
}

void TestCodec::codeFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code"); // -1: rejected

    QTest::newRow("get") << "get" << int(CoapCode::Get);
    QTest::newRow("ipatch") << "ipatch" << int(CoapCode::IPatch);
    QTest::newRow("NotFound") << "NotFound" << int(CoapCode::NotFound);
    QTest::newRow("not-found") << "not-found" << int(CoapCode::NotFound);
    QTest::newRow("2.5") << "2.5" << int(CoapCode::Content);
    QTest::newRow("205 with spaces") << "  205 " << int(CoapCode::Content);
    QTest::newRow("empty text") << "" << -1;
    QTest::newRow("2.32") << "2.32" << -1;
    QTest::newRow("8.00") << "8.00" << -1;
    QTest::newRow("299") << "299" << -1;
    QTest::newRow("2.055") << "2.055" << -1;
    QTest::newRow("2.") << "2." << -1;
    QTest::newRow("unknown word") << "teapot" << -1;
    QTest::newRow("2050") << "2050" << -1;
}

void TestCodec::codeFromString()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto got = CoapCode::fromString(text);
    if (code < 0)
        QVERIFY(!got.has_value());
    else
        QCOMPARE(got, std::optional<quint8>(quint8(code)));
}

void TestCodec::contentFormatNames_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("mediaType");

    QTest::newRow("0") << 0 << "text/plain;charset=utf-8";
    QTest::newRow("16") << 16 << "application/cose;cose-type=\"cose-encrypt0\"";
    QTest::newRow("17") << 17 << "application/cose;cose-type=\"cose-mac0\"";
    QTest::newRow("18") << 18 << "application/cose;cose-type=\"cose-sign1\"";
    QTest::newRow("21") << 21 << "image/gif";
    QTest::newRow("22") << 22 << "image/jpeg";
    QTest::newRow("23") << 23 << "image/png";
    QTest::newRow("40") << 40 << "application/link-format";
    QTest::newRow("41") << 41 << "application/xml";
    QTest::newRow("42") << 42 << "application/octet-stream";
    QTest::newRow("47") << 47 << "application/exi";
    QTest::newRow("50") << 50 << "application/json";
    QTest::newRow("51") << 51 << "application/json-patch+json";
    QTest::newRow("52") << 52 << "application/merge-patch+json";
    QTest::newRow("60") << 60 << "application/cbor";
    QTest::newRow("61") << 61 << "application/cwt";
    QTest::newRow("62") << 62 << "application/multipart-core";
    QTest::newRow("63") << 63 << "application/cbor-seq";
    QTest::newRow("110") << 110 << "application/senml+json";
    QTest::newRow("111") << 111 << "application/sensml+json";
    QTest::newRow("112") << 112 << "application/senml+cbor";
    QTest::newRow("113") << 113 << "application/sensml+cbor";
    QTest::newRow("114") << 114 << "application/senml-exi";
    QTest::newRow("115") << 115 << "application/sensml-exi";
    QTest::newRow("256") << 256 << "application/coap-group+json";
    QTest::newRow("320") << 320 << "application/senml-etch+json";
    QTest::newRow("322") << 322 << "application/senml-etch+cbor";
    QTest::newRow("432") << 432 << "application/td+json";
}

void TestCodec::contentFormatNames()
{
    QFETCH(int, number);
    QFETCH(QString, mediaType);
    QCOMPARE(coapContentFormatName(number), mediaType);
    QCOMPARE(coapContentFormatFromString(mediaType), number);
    QCOMPARE(coapContentFormatFromString(mediaType.toUpper()), number);
    QCOMPARE(coapContentFormatFromString(QString::number(number)), number);
    bool listed = false;
    for (const CoapContentFormatInfo &info : coapKnownContentFormats())
        listed |= info.number == number && QString::fromLatin1(info.mediaType) == mediaType;
    QVERIFY(listed);
}

void TestCodec::contentFormatFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");

    QTest::newRow("text") << "text" << 0;
    QTest::newRow("text/plain") << "text/plain" << 0;
    QTest::newRow("spaced charset") << "text/plain; charset=UTF-8" << 0;
    QTest::newRow("json") << "json" << 50;
    QTest::newRow("JSON") << " JSON " << 50;
    QTest::newRow("cbor") << "cbor" << 60;
    QTest::newRow("link") << "link" << 40;
    QTest::newRow("link-format") << "link-format" << 40;
    QTest::newRow("senml+json") << "senml+json" << 110;
    QTest::newRow("senml+cbor") << "senml+cbor" << 112;
    QTest::newRow("octet-stream") << "octet-stream" << 42;
    QTest::newRow("xml") << "xml" << 41;
    QTest::newRow("png") << "png" << 23;
    QTest::newRow("jpg") << "jpg" << 22;
    QTest::newRow("cbor-seq") << "cbor-seq" << 63;
    QTest::newRow("td+json") << "td+json" << 432;
    QTest::newRow("cose-sign1") << "cose-sign1" << 18;
    QTest::newRow("unregistered number") << "11542" << 11542;
    QTest::newRow("65535") << "65535" << 65535;
    QTest::newRow("65536") << "65536" << -1;
    QTest::newRow("long number") << "0000000001" << -1;
    QTest::newRow("negative") << "-1" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("unknown") << "text/html" << -1;
    QTest::newRow("bare cose is ambiguous") << "cose" << -1;
}

void TestCodec::contentFormatFromString()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QCOMPARE(coapContentFormatFromString(text), number);
    QCOMPARE(coapContentFormatName(9999), QString());
}

void TestCodec::optionRegistry_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<CoapOptionFormat>("format");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("repeatable");

    using F = CoapOptionFormat;
    const struct { int n; const char *name; F f; int min; int max; bool r; } rows[] = {
        { 1, "If-Match", F::Opaque, 0, 8, true },
        { 3, "Uri-Host", F::String, 1, 255, false },
        { 4, "ETag", F::Opaque, 1, 8, true },
        { 5, "If-None-Match", F::Empty, 0, 0, false },
        { 6, "Observe", F::Uint, 0, 3, false },
        { 7, "Uri-Port", F::Uint, 0, 2, false },
        { 8, "Location-Path", F::String, 0, 255, true },
        { 9, "OSCORE", F::Opaque, 0, 255, false },
        { 11, "Uri-Path", F::String, 0, 255, true },
        { 12, "Content-Format", F::Uint, 0, 2, false },
        { 14, "Max-Age", F::Uint, 0, 4, false },
        { 15, "Uri-Query", F::String, 0, 255, true },
        { 16, "Hop-Limit", F::Uint, 1, 1, false },
        { 17, "Accept", F::Uint, 0, 2, false },
        { 19, "Q-Block1", F::Uint, 0, 3, false },
        { 20, "Location-Query", F::String, 0, 255, true },
        { 21, "EDHOC", F::Empty, 0, 0, false },
        { 23, "Block2", F::Uint, 0, 3, false },
        { 27, "Block1", F::Uint, 0, 3, false },
        { 28, "Size2", F::Uint, 0, 4, false },
        { 31, "Q-Block2", F::Uint, 0, 3, true },
        { 35, "Proxy-Uri", F::String, 1, 1034, false },
        { 39, "Proxy-Scheme", F::String, 1, 255, false },
        { 60, "Size1", F::Uint, 0, 4, false },
        { 252, "Echo", F::Opaque, 1, 40, false },
        { 258, "No-Response", F::Uint, 0, 1, false },
        { 292, "Request-Tag", F::Opaque, 0, 8, true },
    };
    for (const auto &r : rows)
        QTest::newRow(r.name) << r.n << QString::fromLatin1(r.name) << r.f << r.min << r.max << r.r;
}

void TestCodec::optionRegistry()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(CoapOptionFormat, format);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(bool, repeatable);

    const auto info = coapOptionInfo(quint16(number));
    QVERIFY(info.has_value());
    QCOMPARE(info->number, quint16(number));
    QCOMPARE(QString::fromLatin1(info->name), name);
    QCOMPARE(info->format, format);
    QCOMPARE(int(info->minLength), minLength);
    QCOMPARE(int(info->maxLength), maxLength);
    QCOMPARE(info->repeatable, repeatable);
    QCOMPARE(coapOptionName(quint16(number)), name);
    QCOMPARE(coapOptionInfoByName(name)->number, quint16(number));
    QCOMPARE(coapKnownOptions().size(), 27);
}

void TestCodec::optionByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("number"); // -1: unknown
    QTest::newRow("lower") << "uri-path" << 11;
    QTest::newRow("upper") << "CONTENT-FORMAT" << 12;
    QTest::newRow("etag") << "etag" << 4;
    QTest::newRow("unknown") << "Uri-Fragment" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestCodec::optionByName()
{
    QFETCH(QString, name);
    QFETCH(int, number);
    const auto info = coapOptionInfoByName(name);
    QCOMPARE(info.has_value(), number >= 0);
    if (info)
        QCOMPARE(int(info->number), number);
    QVERIFY(!coapOptionInfo(2).has_value());
}

void TestCodec::uintValues_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0") << quint64(0) << QByteArray();
    QTest::newRow("1") << quint64(1) << hex("01");
    QTest::newRow("255") << quint64(255) << hex("ff");
    QTest::newRow("256") << quint64(256) << hex("0100");
    QTest::newRow("65535") << quint64(65535) << hex("ffff");
    QTest::newRow("0x1000000") << quint64(0x1000000) << hex("01000000");
    QTest::newRow("max") << ~quint64(0) << hex("ffffffffffffffff");
}

void TestCodec::uintValues()
{
    QFETCH(quint64, value);
    QFETCH(QByteArray, bytes);
    QCOMPARE(coapEncodeUint(value), bytes);
    QCOMPARE(coapDecodeUint(bytes), value);
    QCOMPARE(CoapOption::fromUint(CoapOptionNumber::MaxAge, value).uintValue(), value);
    // Leading zeros are allowed on the wire (RFC 7252 §3.2 "MAY").
    QCOMPARE(coapDecodeUint(QByteArray(1, '\0') + bytes), value);
}

void TestCodec::displayValue_data()
{
    QTest::addColumn<CoapOption>("option");
    QTest::addColumn<QString>("display");

    QTest::newRow("Uri-Path") << CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("température"))
                              << QStringLiteral("température");
    QTest::newRow("Content-Format 50") << CoapOption::fromUint(CoapOptionNumber::ContentFormat, 50) << "50";
    QTest::newRow("Content-Format 0") << CoapOption::fromUint(CoapOptionNumber::ContentFormat, 0) << "0";
    QTest::newRow("Observe") << CoapOption::fromUint(CoapOptionNumber::Observe, 0x123456) << "1193046";
    QTest::newRow("ETag") << CoapOption(CoapOptionNumber::ETag, hex("a1b2")) << "0xa1b2";
    QTest::newRow("unknown") << CoapOption(2048, hex("00ff")) << "0x00ff";
    QTest::newRow("If-None-Match") << CoapOption(CoapOptionNumber::IfNoneMatch) << "";
    QTest::newRow("empty If-Match") << CoapOption(CoapOptionNumber::IfMatch) << "";
    QTest::newRow("Block2 2/1/64") << CoapOption::fromUint(CoapOptionNumber::Block2, (2 << 4) | 8 | 2) << "2/1/64";
    QTest::newRow("Block1 0/0/1024") << CoapOption::fromUint(CoapOptionNumber::Block1, 6) << "0/0/1024";
    QTest::newRow("Block2 empty = 0/0/16") << CoapOption(CoapOptionNumber::Block2) << "0/0/16";
    QTest::newRow("Q-Block2") << CoapOption::fromUint(CoapOptionNumber::QBlock2, (5 << 4) | 1) << "5/0/32";
    QTest::newRow("Q-Block1 BERT") << CoapOption::fromUint(CoapOptionNumber::QBlock1, 7) << "0/0/BERT";
    QTest::newRow("uint too long") << CoapOption(CoapOptionNumber::MaxAge, hex("010203040506070809")) << "0x010203040506070809";
}

void TestCodec::displayValue()
{
    QFETCH(CoapOption, option);
    QFETCH(QString, display);
    QCOMPARE(option.displayValue(), display);
}

void TestCodec::blockValue_data()
{
    QTest::addColumn<quint64>("raw");
    QTest::addColumn<quint32>("num");
    QTest::addColumn<bool>("more");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint64>("offset");
    QTest::newRow("0/0/16") << quint64(0) << 0u << false << 16 << quint64(0);
    QTest::newRow("1/1/1024") << quint64(0x1e) << 1u << true << 1024 << quint64(1024);
    QTest::newRow("max num") << quint64((0xfffffu << 4) | 6) << 0xfffffu << false << 1024 << quint64(0xfffff) * 1024;
}

void TestCodec::blockValue()
{
    QFETCH(quint64, raw);
    QFETCH(quint32, num);
    QFETCH(bool, more);
    QFETCH(int, size);
    QFETCH(quint64, offset);
    const CoapBlockValue b = CoapBlockValue::decode(raw);
    QCOMPARE(b.num, num);
    QCOMPARE(b.more, more);
    QCOMPARE(b.size(), size);
    QCOMPARE(b.offset(), offset);
    QCOMPARE(quint64(b.encode()), raw);
    QVERIFY(b.isValid());
    QCOMPARE(CoapBlockValue::szxForSize(size), int(b.szx));
    QCOMPARE(CoapBlockValue::szxForSize(size + 1), -1);
    QCOMPARE(CoapBlockValue::szxForSize(2048), -1);
    QCOMPARE(CoapBlockValue::szxForSize(8), -1);
}

void TestCodec::summary_data()
{
    QTest::addColumn<CoapMessage>("message");
    QTest::addColumn<QString>("summary");

    CoapMessage get(CoapType::Confirmable, CoapCode::Get, 12, hex("a1b2"));
    get.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("time")));
    QTest::newRow("GET") << get << "CON GET mid=12 token=a1b2 Uri-Path:time";

    CoapMessage content(CoapType::Acknowledgement, CoapCode::Content, 12, hex("a1b2"));
    content.addUintOption(CoapOptionNumber::ContentFormat, 0);
    content.addUintOption(CoapOptionNumber::Block2, 0x0e);
    content.setPayload("12:00");
    QTest::newRow("2.05") << content << "ACK 2.05 Content mid=12 token=a1b2 Content-Format:0 Block2:0/1/1024 payload=5B";

    QTest::newRow("empty ACK") << CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 7) << "ACK Empty mid=7";
    CoapMessage odd(CoapType::NonConfirmable, CoapCode::make(2, 9), 1);
    odd.addOption(CoapOptionNumber::IfNoneMatch);
    QTest::newRow("unnamed code, empty option") << odd << "NON 2.09 mid=1 If-None-Match";
    QTest::newRow("RST") << CoapMessage(CoapType::Reset, CoapCode::Empty, 65535) << "RST Empty mid=65535";
}

void TestCodec::summary()
{
    QFETCH(CoapMessage, message);
    QFETCH(QString, summary);
    QCOMPARE(message.summary(), summary);
}

void TestCodec::messageOptions()
{
    CoapMessage m(CoapType::Confirmable, CoapCode::Get, 1);
    QVERIFY(!m.contentFormat().has_value());
    QVERIFY(!m.uintOption(CoapOptionNumber::Observe).has_value());
    m.setUintOption(CoapOptionNumber::ContentFormat, 60);
    QCOMPARE(m.contentFormat(), std::optional<int>(60));
    m.setUintOption(CoapOptionNumber::ContentFormat, 0);
    QCOMPARE(m.contentFormat(), std::optional<int>(0));
    QCOMPARE(m.options().size(), 1);
    m.setOption(CoapOption(CoapOptionNumber::ContentFormat, hex("010000")));
    QVERIFY(!m.contentFormat().has_value()); // not a 16-bit value
    m.addUintOption(CoapOptionNumber::Observe, 0);
    QCOMPARE(m.uintOption(CoapOptionNumber::Observe), std::optional<quint64>(0));
    QCOMPARE(m.option(CoapOptionNumber::Observe)->value(), QByteArray());
    QVERIFY(m.isRequest());
    QVERIFY(!m.isResponse());
    m.clearOptions();
    QVERIFY(m.options().isEmpty());
    QCOMPARE(coapTypeName(CoapType::NonConfirmable), QStringLiteral("NON"));
}

void TestCodec::randomBytesNeverCrash_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::newRow("seed 1") << 1u << 4000;
    QTest::newRow("seed 7252") << 7252u << 4000;
}

void TestCodec::randomBytesNeverCrash()
{
    QFETCH(quint32, seed);
    QFETCH(int, iterations);

    // Random bytes, and valid messages with random bytes flipped: the decoder must stay inside
    // the buffer (the asan preset checks) and whatever it accepts must encode back the same.
    QRandomGenerator rng(seed);
    int accepted = 0;
    for (int i = 0; i < iterations; ++i) {
        QByteArray bytes;
        if (i % 2 == 0) {
            bytes.resize(rng.bounded(48));
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (!bytes.isEmpty() && rng.bounded(2))
                bytes[0] = char(0x40 | (quint8(bytes[0]) & 0x37)); // version 1, TKL <= 7
        } else {
            bytes = CoapCodec::encode(randomMessage(rng));
            for (int flips = rng.bounded(1, 4); flips > 0 && !bytes.isEmpty(); --flips)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
            if (rng.bounded(3) == 0)
                bytes.truncate(rng.bounded(int(bytes.size()) + 1));
        }
        // A copy without spare capacity, so that reading one byte too far is caught.
        const QByteArray exact(bytes.constData(), bytes.size());
        const CoapDecodeResult r = CoapCodec::decode(exact);
        QVERIFY(r.errorOffset >= 0 && r.errorOffset <= exact.size());
        if (!r.ok())
            continue;
        ++accepted;
        CoapEncodeError error = CoapEncodeError::None;
        const QByteArray again = CoapCodec::encode(r.message, &error);
        QCOMPARE(error, CoapEncodeError::None);
        const CoapDecodeResult r2 = CoapCodec::decode(again);
        QVERIFY(r2.ok());
        QCOMPARE(r2.message, r.message);
    }
    QVERIFY(accepted > 0);
}

void TestCodec::randomMessagesRoundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::newRow("seed 3") << 3u << 3000;
    QTest::newRow("seed 65804") << 65804u << 3000;
}

void TestCodec::randomMessagesRoundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    QRandomGenerator rng(seed);
    for (int i = 0; i < iterations; ++i) {
        const CoapMessage m = randomMessage(rng);
        CoapEncodeError error = CoapEncodeError::TokenTooLong;
        const QByteArray bytes = CoapCodec::encode(m, &error);
        QCOMPARE(error, CoapEncodeError::None);
        const CoapDecodeResult r = CoapCodec::decode(bytes);
        QVERIFY2(r.ok(), CoapCodec::errorKey(r.error));
        QCOMPARE(r.message, m);
        QCOMPARE(CoapCodec::encode(r.message), bytes);
    }
}

// CoapEndpoint's hash reads the address bytes itself (Qt's hashes them as a byte string, which was
// slow per datagram): equal endpoints must still hash alike, and a table of many must find each.
void TestCodec::endpointHashFollowsEquality()
{
    const CoapEndpoint v4(QHostAddress(QStringLiteral("192.0.2.7")), 5683);
    const CoapEndpoint mapped(QHostAddress(QStringLiteral("::ffff:192.0.2.7")), 5683);
    QCOMPARE(mapped, v4);
    QCOMPARE(qHash(mapped, 42), qHash(v4, 42));
    QVERIFY(CoapEndpoint(QHostAddress(QStringLiteral("192.0.2.7")), 5684) != v4);
    const CoapEndpoint scoped(QHostAddress(QStringLiteral("fe80::1%lo")), 5683);
    QCOMPARE(qHash(scoped, 7), qHash(CoapEndpoint(QHostAddress(QStringLiteral("fe80::1%lo")), 5683), 7));

    QHash<CoapEndpoint, int> table;
    QList<CoapEndpoint> all;
    for (int i = 0; i < 2000; ++i) {
        const QHostAddress address = i % 2 ? QHostAddress(quint32(0x0a000000 + i))
                                           : QHostAddress(QStringLiteral("2001:db8::%1").arg(i, 0, 16));
        all.append(CoapEndpoint(address, quint16(5683 + i % 3)));
        table.insert(all.last(), i);
    }
    QCOMPARE(table.size(), 2000);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(table.value(all.at(i), -1), i);
    QCOMPARE(table.value(CoapEndpoint(QHostAddress(quint32(0x0a000001)), 5690), -1), -1);

    // Equality is QHostAddress's (after the IPv4-mapped form is made IPv4) and the port's, for
    // every kind of address: the endpoint compares bytes it keeps, not the QHostAddress.
    const QList<QHostAddress> addresses = {
        QHostAddress(), QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4),
        QHostAddress(QHostAddress::AnyIPv6), QHostAddress(QStringLiteral("0.0.0.0")), QHostAddress(QStringLiteral("::")),
        QHostAddress(QStringLiteral("::ffff:0.0.0.0")), QHostAddress(QStringLiteral("127.0.0.1")),
        QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("::ffff:127.0.0.1")),
        QHostAddress(QStringLiteral("224.0.1.187")), QHostAddress(QStringLiteral("ff02::fd")),
        QHostAddress(QStringLiteral("fe80::1%lo")), QHostAddress(QStringLiteral("fe80::1")),
        QHostAddress(QStringLiteral("::7f00:1")), QHostAddress(QStringLiteral("2001:db8::1")),
    };
    for (const QHostAddress &a : addresses) {
        const CoapEndpoint ea(a, 5683);
        QCOMPARE(ea.isNull(), a.isNull());
        QCOMPARE(ea.isMulticast(), a.isMulticast());
        for (const QHostAddress &b : addresses) {
            const CoapEndpoint eb(b, 5683);
            QCOMPARE(ea == eb, ea.address() == eb.address());
            if (ea == eb)
                QCOMPARE(qHash(ea, 3), qHash(eb, 3));
        }
    }
    QCOMPARE(CoapEndpoint(), CoapEndpoint(QHostAddress(), 0));
    QVERIFY(CoapEndpoint() != CoapEndpoint(QHostAddress(QHostAddress::Any), 0));
}

// coapOptionInfo() looks small numbers up by an index built from the registry: every number must
// give what a walk over the registry gives.
void TestCodec::optionInfoIndexMatchesRegistry()
{
    const QList<CoapOptionInfo> known = coapKnownOptions();
    for (quint32 n = 0; n <= 0xFFFF; ++n) {
        const auto info = coapOptionInfo(quint16(n));
        const auto walked = std::find_if(known.cbegin(), known.cend(), [n](const CoapOptionInfo &i) { return i.number == n; });
        QCOMPARE(info.has_value(), walked != known.cend());
        if (info)
            QCOMPARE(QByteArray(info->name), QByteArray(walked->name));
    }
    QVERIFY(coapOptionInfo(CoapOptionNumber::RequestTag).has_value());
    QVERIFY(!coapOptionInfo(65000).has_value());
}

QTEST_GUILESS_MAIN(TestCodec)
// decode(const QByteArray &) hands out parts of the datagram's buffer instead of copies; they
// must behave as any QByteArray: equal to the copies, unchanged when the datagram is changed or
// gone, detached before a write, and a payload ends in '\0' as every QByteArray does.
void TestCodec::decodeSharesTheDatagram()
{
    CoapMessage original(CoapType::Acknowledgement, CoapCode::Content, 0x1234, QByteArray::fromHex("a1b2c3d4"));
    original.addOption(CoapOptionNumber::ETag, QByteArray::fromHex("0102"));
    original.addOption(CoapOptionNumber::UriPath, "sensors");
    original.addUintOption(CoapOptionNumber::ContentFormat, 50);
    original.setPayload(R"({"t":21.5})");
    QByteArray datagram = CoapCodec::encode(original);
    QVERIFY(!datagram.isEmpty());

    const CoapMessage copied = CoapCodec::decode(QByteArrayView(datagram)).message;
    CoapMessage shared = CoapCodec::decode(datagram).message;
    QCOMPARE(shared, original);
    QCOMPARE(shared, copied);
    // Parts of the buffer: the payload lies inside the datagram's own bytes.
    QVERIFY(shared.payload().constData() >= datagram.constData()
            && shared.payload().constData() < datagram.constData() + datagram.size());
    QVERIFY(copied.payload().constData() < datagram.constData()
            || copied.payload().constData() >= datagram.constData() + datagram.size());
    QCOMPARE(shared.payload().constData()[shared.payload().size()], '\0');

    // The datagram written to afterwards: it detaches, the message keeps what it decoded.
    datagram[datagram.size() - 2] = 'X';
    datagram.append("more");
    QCOMPARE(shared, original);
    // The datagram gone: the parts keep the buffer alive.
    datagram = QByteArray();
    QCOMPARE(shared.payload(), QByteArray(R"({"t":21.5})"));
    QCOMPARE(shared.token(), QByteArray::fromHex("a1b2c3d4"));
    QCOMPARE(shared.options().at(1).value(), QByteArray("sensors"));

    // Written to: a part detaches (or, alone with the buffer, grows in place) and stays itself.
    QByteArray payload = shared.payload();
    payload.append("!");
    QCOMPARE(payload, QByteArray(R"({"t":21.5}!)"));
    QCOMPARE(shared.payload(), QByteArray(R"({"t":21.5})"));
    QByteArray token = shared.token();
    token[0] = 'Z';
    QCOMPARE(shared.token(), QByteArray::fromHex("a1b2c3d4"));
    // The last holder of a buffer (datagram and message are gone) grows past its part's end.
    QByteArray alone = CoapCodec::decode(CoapCodec::encode(original)).message.token();
    alone.append(QByteArray(100, 'y'));
    QCOMPARE(alone.size(), 104);
    QCOMPARE(alone.left(4), QByteArray::fromHex("a1b2c3d4"));
    QCOMPARE(alone.mid(4), QByteArray(100, 'y'));

    // Raw data (no buffer to share): copies, which outlive the bytes they came from.
    CoapMessage fromRaw;
    {
        QByteArray bytes = CoapCodec::encode(original);
        fromRaw = CoapCodec::decode(QByteArray::fromRawData(bytes.constData(), bytes.size())).message;
        bytes.fill('\0');
    }
    QCOMPARE(fromRaw, original);
}

#include "tst_codec.moc"

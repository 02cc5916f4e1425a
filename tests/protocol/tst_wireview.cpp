// The codec's fast path: CoapMessageWriter writes the RFC 7252 §3 bytes into the caller's buffer,
// CoapMessageView reads a datagram where it lies. Checked against hand-written hex (RFC 7252
// Appendix A), against every writer error, and against the value-type codec on random messages.

#include "coapcodec.h"
#include "coapwireview.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

struct Opt
{
    quint16 number;
    QByteArray value;
    friend bool operator==(const Opt &a, const Opt &b) { return a.number == b.number && a.value == b.value; }
};

QList<Opt> walk(const CoapMessageView &view)
{
    QList<Opt> out;
    for (auto it = view.options(); it.next();)
        out.append({ it.option().number, it.option().value.toByteArray() });
    return out;
}

} // namespace

class TestWireView : public QObject
{
    Q_OBJECT
private slots:
    void writerMatchesRfcExamples();
    void writerErrors();
    void writerBufferBoundary();
    void viewReadsInPlace();
    void viewOfBrokenDatagramHasNoOptions();
    void randomMessagesAgreeWithValueCodec();
};

void TestWireView::writerMatchesRfcExamples()
{
    char buffer[64];
    // RFC 7252 Appendix A, Figure 17: CON GET /temperature, MID 0x7d35, token 0x20.
    CoapMessageWriter get(buffer, sizeof buffer);
    QVERIFY(get.header(CoapType::Confirmable, CoapCode::Get, 0x7d35, hex("20")));
    QVERIFY(get.option(CoapOptionNumber::UriPath, "temperature"));
    QVERIFY(get.payload({}));
    QCOMPARE(get.bytes().toByteArray().toHex(), hex("41017d35 20 bb74656d7065726174757265").toHex());

    // Extended delta (Proxy-Uri 35) and length (19 bytes), then Size1 1024 and a payload.
    CoapMessageWriter proxy(buffer, sizeof buffer);
    proxy.header(CoapType::Confirmable, CoapCode::Put, 2);
    proxy.option(CoapOptionNumber::ProxyUri, "coap://example.org/");
    proxy.uintOption(CoapOptionNumber::Size1, 1024);
    proxy.payload("x");
    QVERIFY(proxy.ok());
    QCOMPARE(proxy.bytes().toByteArray().toHex(),
             hex("40030002 dd1606 636f61703a2f2f6578616d706c652e6f72672f d20c0400 ff78").toHex());

    // Observe 0 is a zero-length uint (RFC 7252 §3.2); Uri-Port 61616 two bytes.
    CoapMessageWriter uints(buffer, sizeof buffer);
    uints.header(CoapType::NonConfirmable, CoapCode::Get, 1, hex("01"));
    uints.option(CoapOptionNumber::UriHost, "h");
    uints.uintOption(CoapOptionNumber::Observe, 0);
    uints.uintOption(CoapOptionNumber::UriPort, 61616);
    QVERIFY(uints.ok());
    QCOMPARE(uints.bytes().toByteArray().toHex(), hex("51010001 01 3168 30 12f0b0").toHex());
}

void TestWireView::writerErrors()
{
    using E = CoapMessageWriter::Error;
    char buffer[128];
    {
        CoapMessageWriter w(buffer, sizeof buffer);
        QVERIFY(!w.header(CoapType::Confirmable, CoapCode::Get, 1, hex("010203040506070809")));
        QCOMPARE(w.error(), E::TokenTooLong);
        QVERIFY(!w.option(11, "a")); // the first mistake sticks
        QCOMPARE(w.error(), E::TokenTooLong);
    }
    {
        CoapMessageWriter w(buffer, sizeof buffer);
        w.header(CoapType::Confirmable, CoapCode::Get, 1);
        QVERIFY(w.option(15, "q"));
        QVERIFY(!w.option(11, "p")); // deltas cannot be negative (RFC 7252 §3.1)
        QCOMPARE(w.error(), E::OptionOutOfOrder);
    }
    {
        CoapMessageWriter w(buffer, sizeof buffer);
        w.header(CoapType::Confirmable, CoapCode::Post, 1);
        QVERIFY(w.payload("body"));
        QVERIFY(!w.option(60, "x")); // nothing after the payload
        QCOMPARE(w.error(), E::OptionOutOfOrder);
    }
    {
        CoapMessageWriter w(buffer, sizeof buffer);
        w.header(CoapType::Confirmable, CoapCode::Empty, 1);
        QVERIFY(!w.option(11, "a")); // RFC 7252 §4.1
        QCOMPARE(w.error(), E::EmptyMessageNotEmpty);
        CoapMessageWriter t(buffer, sizeof buffer);
        QVERIFY(!t.header(CoapType::Confirmable, CoapCode::Empty, 1, hex("01")));
        QCOMPARE(t.error(), E::EmptyMessageNotEmpty);
    }
    {
        QByteArray big(65535 + 270, 'v');
        QByteArray room(70000, Qt::Uninitialized);
        CoapMessageWriter w(room.data(), room.size());
        w.header(CoapType::Confirmable, CoapCode::Put, 1);
        QVERIFY(!w.option(2048, big));
        QCOMPARE(w.error(), E::OptionValueTooLong);
        CoapMessageWriter ok(room.data(), room.size());
        ok.header(CoapType::Confirmable, CoapCode::Put, 1);
        QVERIFY(ok.option(2048, big.left(65535 + 269))); // the longest that fits the format
        QCOMPARE(ok.size(), 4 + 1 + 2 + 2 + 65535 + 269);
    }
}

void TestWireView::writerBufferBoundary()
{
    // The exact size fits; one byte less fails without writing past the end.
    QByteArray reference = CoapCodec::encode([] {
        CoapMessage m(CoapType::Confirmable, CoapCode::Put, 7, hex("a1b2"));
        m.addOption(CoapOptionNumber::UriPath, "x");
        m.setPayload("hello");
        return m;
    }());
    for (qsizetype capacity = 0; capacity <= reference.size(); ++capacity) {
        QByteArray buffer(reference.size() + 8, '\x5a');
        CoapMessageWriter w(buffer.data(), capacity);
        w.header(CoapType::Confirmable, CoapCode::Put, 7, hex("a1b2"));
        w.option(CoapOptionNumber::UriPath, "x");
        w.payload("hello");
        QCOMPARE(w.ok(), capacity == reference.size());
        if (!w.ok())
            QCOMPARE(w.error(), CoapMessageWriter::Error::BufferTooSmall);
        QVERIFY(w.size() <= capacity);
        QCOMPARE(buffer.mid(capacity), QByteArray(buffer.size() - capacity, '\x5a')); // untouched
    }
}

void TestWireView::viewReadsInPlace()
{
    const QByteArray datagram = hex("51010001 01 3168 30 12f0b0 4161 0162 43783d31 ff70617920");
    const CoapMessageView v = CoapMessageView::parse(datagram);
    QVERIFY(v.isValid());
    QCOMPARE(v.type(), CoapType::NonConfirmable);
    QCOMPARE(v.code(), quint8(CoapCode::Get));
    QCOMPARE(v.messageId(), quint16(1));
    QCOMPARE(v.token().toByteArray(), hex("01"));
    QCOMPARE(v.optionCount(), 6);
    const QList<Opt> expected = { { 3, "h" }, { 6, {} }, { 7, hex("f0b0") }, { 11, "a" }, { 11, "b" }, { 15, "x=1" } };
    QCOMPARE(walk(v), expected);
    QCOMPARE(v.payload().toByteArray(), QByteArray("pay "));
    // The views point into the datagram: no copies.
    QCOMPARE(v.payload().data(), datagram.constData() + datagram.size() - 4);
    QCOMPARE(v.option(CoapOptionNumber::UriPort)->uintValue(), quint64(61616));
    QCOMPARE(v.option(CoapOptionNumber::Observe)->uintValue(), quint64(0));
    QCOMPARE(v.option(CoapOptionNumber::UriPath)->value.toByteArray(), QByteArray("a")); // the first
    QVERIFY(!v.option(CoapOptionNumber::ContentFormat));
    QVERIFY(!v.option(CoapOptionNumber::Size1));
}

void TestWireView::viewOfBrokenDatagramHasNoOptions()
{
    // An option runs past the end: invalid, header still readable, no option handed out.
    const QByteArray datagram = hex("42010009 a1b2 b3616263 b5");
    const CoapMessageView v = CoapMessageView::parse(datagram);
    QVERIFY(!v.isValid());
    QVERIFY(v.headerValid());
    QCOMPARE(v.error(), CoapDecodeError::TruncatedOption);
    QCOMPARE(v.errorOffset(), qsizetype(10));
    QCOMPARE(v.messageId(), quint16(9));
    QVERIFY(walk(v).isEmpty());
    QVERIFY(!v.option(CoapOptionNumber::UriPath));
    QCOMPARE(CoapCodec::decode(datagram).message.token(), hex("a1b2")); // a RST still finds the exchange
}

void TestWireView::randomMessagesAgreeWithValueCodec()
{
    QRandomGenerator rng(20261204);
    QByteArray buffer(200000, Qt::Uninitialized);
    for (int i = 0; i < 3000; ++i) {
        CoapMessage m(CoapType(rng.bounded(4)), CoapCode::make(QList{ 0, 2, 4, 5 }[rng.bounded(4)], 1 + rng.bounded(31)),
                      quint16(rng.bounded(65536)));
        QByteArray token(rng.bounded(9), Qt::Uninitialized);
        for (char &c : token)
            c = char(rng.bounded(256));
        m.setToken(token);
        const int count = rng.bounded(10);
        for (int k = 0; k < count; ++k) {
            const quint16 number = rng.bounded(3) == 0 ? quint16(rng.bounded(65536)) : quint16(rng.bounded(300));
            QByteArray value(rng.bounded(10) == 0 ? rng.bounded(269, 1500) : rng.bounded(16), Qt::Uninitialized);
            for (char &c : value)
                c = char(rng.bounded(256));
            m.addOption(number, value);
        }
        if (rng.bounded(2))
            m.setPayload(QByteArray(rng.bounded(1, 64), char('a' + rng.bounded(26))));

        CoapMessageWriter w(buffer.data(), buffer.size());
        w.header(m.type(), m.code(), m.messageId(), m.token());
        for (const CoapOption &o : m.options())
            w.option(o.number(), o.value());
        w.payload(m.payload());
        QVERIFY(w.ok());
        const QByteArray bytes = CoapCodec::encode(m);
        QCOMPARE(w.bytes().toByteArray(), bytes);

        const CoapMessageView v = CoapMessageView::parse(bytes);
        QVERIFY(v.isValid());
        QCOMPARE(v.optionCount(), m.options().size());
        QList<Opt> expected;
        for (const CoapOption &o : m.options())
            expected.append({ o.number(), o.value() });
        QCOMPARE(walk(v), expected);
        QCOMPARE(v.toMessage(), m);
    }
}

QTEST_GUILESS_MAIN(TestWireView)
#include "tst_wireview.moc"

// Bugs that the fuzz targets found (tests/fuzz/, docs/robustness.md), each as a unit test of the
// layer where it lives. A bug reported but not yet fixed goes in as QEXPECT_FAIL with the report's
// number, so that the fix shows up as an XPASS (which fails the test: then remove the QEXPECT_FAIL,
// and its input goes to tests/fuzz/corpus/ as regress_*).
#include "coapclient.h"
#include "coapfaketransport.h"
#include "corelinkformat.h"

#include <QCoreApplication>
#include <QTest>

namespace {
const CoapEndpoint kPeer(QHostAddress(QStringLiteral("192.0.2.1")), 5683);

struct Rig
{
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    CoapClient client{&transport, &clock};
    Rig()
    {
        transport.setClock(&clock);
        client.messageLayer()->setRandomSource([] { return 0.0; });
    }
    CoapReply *get()
    {
        CoapRequest r;
        r.endpoint = kPeer;
        r.message.addOption(CoapOptionNumber::UriPath, "big");
        CoapReply *reply = client.send(r);
        QCoreApplication::processEvents(); // the send starts from the event loop
        return reply;
    }
    CoapMessage lastSent() const { return CoapCodec::decode(transport.sent.last().datagram).message; }
};
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkFormatSerializeParsesStrictly();
    void extValueKeepsLeadingBom();
    void quotedValueAndHrefKeepLeadingBom();
    void ackThatCarriesNoResponseStillEndsTheExchange_data();
    void ackThatCarriesNoResponseStillEndsTheExchange();
};

// fuzz_linkformat, corpus/linkformat/regress_title_star_not_utf8: Lenient mode keeps a title*
// that does not decode; serialize() wrote it back, and Strict mode rejected the output.
void TestFuzzRegressions::linkFormatSerializeParsesStrictly()
{
    const QByteArray sloppy = "</a>;title*=UTF-8'en'ee2%82%ac;sz=262144,<coap://s.example.com/t>;rt=\"t-c\"";
    const CoreLinkParseResult lenient = CoreLinkFormat::parse(sloppy, CoreLinkFormat::Mode::Lenient);
    QCOMPARE(lenient.links.size(), 2);
    const QByteArray written = CoreLinkFormat::serialize(lenient.links);
    const CoreLinkParseResult strict = CoreLinkFormat::parse(written, CoreLinkFormat::Mode::Strict);
    QVERIFY2(strict.ok(), written.constData());
    QCOMPARE(written, QByteArray("</a>;sz=262144,<coap://s.example.com/t>;rt=\"t-c\""));
}

// fuzz_linkformat, corpus/linkformat/regress_ext_value_leading_bom: decodeExtValue() dropped a
// leading U+FEFF, so encodeExtValue/decodeExtValue did not round-trip.
void TestFuzzRegressions::extValueKeepsLeadingBom()
{
    const QString text = QStringLiteral("\ufeff\ufeffK\u00fcche");
    QCOMPARE(CoreLinkFormat::decodeExtValue(CoreLinkFormat::encodeExtValue(text)), std::optional<QString>(text));
}

// fuzz_linkformat smoke run, corpus/linkformat/regress_quoted_value_leading_bom: the parser read
// quoted values and hrefs with QString::fromUtf8, which drops a leading U+FEFF, so a title that
// starts with one lost it on serialize() -> parse().
void TestFuzzRegressions::quotedValueAndHrefKeepLeadingBom()
{
    const QString text = QStringLiteral("\ufeffGeneral");
    const QList<CoreLink> links{CoreLink(QStringLiteral("\ufeff/a"), {{QStringLiteral("title"), text, true}})};
    const CoreLinkParseResult again = CoreLinkFormat::parse(CoreLinkFormat::serialize(links), CoreLinkFormat::Mode::Strict);
    QVERIFY(again.ok());
    QCOMPARE(again.links.size(), 1);
    QCOMPARE(again.links.at(0).attribute(u"title"), std::optional<QString>(text));
    QCOMPARE(CoreLinkFormat::serialize(again.links), CoreLinkFormat::serialize(links));
}

// fuzz_exchange, tests/fuzz/corpus/exchange/regress_unfinished_*: bug 1 in docs/robustness.md (fixed). An ACK with the
// MID of our CON that carries no response for it (another token: a stale answer from the peer's
// deduplication cache; or a request code, which RFC 7252 §4.2 does not allow in an ACK) stops the
// retransmissions, and then nothing ever ends the exchange. RFC 7252 §4.2 / CONVENTIONS.md habit
// 13: every exchange ends within a bound. It must end by MAX_TRANSMIT_WAIT after the ACK at the
// latest (as after an empty ACK, RFC 7252 §5.2.2), or the ACK must be ignored (then the
// retransmissions run out).
void TestFuzzRegressions::ackThatCarriesNoResponseStillEndsTheExchange_data()
{
    QTest::addColumn<bool>("otherToken");
    QTest::addColumn<quint8>("code");
    QTest::newRow("2.05 with another token") << true << quint8(CoapCode::Content);
    QTest::newRow("request code 0.05 in the ACK") << false << quint8(0x05);
}

void TestFuzzRegressions::ackThatCarriesNoResponseStillEndsTheExchange()
{
    QFETCH(bool, otherToken);
    QFETCH(quint8, code);
    Rig rig;
    CoapReply *reply = rig.get();
    const CoapMessage request = rig.lastSent();
    QCOMPARE(request.type(), CoapType::Confirmable);
    QByteArray token = request.token();
    if (otherToken)
        token = token.isEmpty() ? QByteArray("x") : QByteArray(token).append('x');
    CoapMessage ack(CoapType::Acknowledgement, code, request.messageId(), token);
    ack.setPayload("stale");
    rig.transport.inject(CoapCodec::encode(ack), kPeer);

    const qint64 bound = rig.client.messageLayer()->parameters().maxTransmitWaitMs()
            + rig.client.messageLayer()->parameters().exchangeLifetimeMs();
    rig.clock.advance(bound);
    QCoreApplication::processEvents();
    // Known bug 1 (docs/robustness.md), fixed by exact exchange matching: the exchange ends.
    QVERIFY(reply->isFinished());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

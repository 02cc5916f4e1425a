// The HTTP-to-CoAP gateway's tables (RFC 8075): methods, status codes (§7), media types (§6.2),
// entity tags, Max-Age, the target URI (§5.3) and the Server-Sent Events framing.
#include "coapoption.h"
#include "httpcoapmapping.h"

#include <QTest>

using namespace HttpCoapMapping;

class TestHttpCoapMapping : public QObject
{
    Q_OBJECT
private slots:
    void methods_data();
    void methods();
    void statusCodes_data();
    void statusCodes();
    void mediaTypes_data();
    void mediaTypes();
    void responseMediaType();
    void accept_data();
    void accept();
    void entityTags();
    void maxAge();
    void target_data();
    void target();
    void events();
};

void TestHttpCoapMapping::methods_data()
{
    QTest::addColumn<QByteArray>("http");
    QTest::addColumn<int>("coap"); // -1: none
    QTest::newRow("GET") << QByteArray("GET") << int(CoapCode::Get);
    QTest::newRow("HEAD is a GET") << QByteArray("HEAD") << int(CoapCode::Get);
    QTest::newRow("POST") << QByteArray("POST") << int(CoapCode::Post);
    QTest::newRow("PUT") << QByteArray("PUT") << int(CoapCode::Put);
    QTest::newRow("DELETE") << QByteArray("DELETE") << int(CoapCode::Delete);
    QTest::newRow("FETCH") << QByteArray("FETCH") << int(CoapCode::Fetch);
    QTest::newRow("PATCH") << QByteArray("PATCH") << int(CoapCode::Patch);
    QTest::newRow("iPATCH") << QByteArray("iPATCH") << int(CoapCode::IPatch);
    QTest::newRow("IPATCH") << QByteArray("IPATCH") << int(CoapCode::IPatch);
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << -1;
    QTest::newRow("CONNECT") << QByteArray("CONNECT") << -1;
    QTest::newRow("lower-case get") << QByteArray("get") << -1; // methods are case-sensitive
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestHttpCoapMapping::methods()
{
    QFETCH(QByteArray, http);
    QFETCH(int, coap);
    const auto m = coapMethod(http);
    QCOMPARE(m ? int(*m) : -1, coap);
}

void TestHttpCoapMapping::statusCodes_data()
{
    QTest::addColumn<int>("coap");
    QTest::addColumn<bool>("payload");
    QTest::addColumn<bool>("conditional");
    QTest::addColumn<int>("http");
    // RFC 8075 §7, Table 2.
    QTest::newRow("2.01") << int(CoapCode::Created) << false << false << 201;
    QTest::newRow("2.02 without payload") << int(CoapCode::Deleted) << false << false << 204;
    QTest::newRow("2.02 with payload") << int(CoapCode::Deleted) << true << false << 200;
    QTest::newRow("2.03 conditional") << int(CoapCode::Valid) << false << true << 304;
    QTest::newRow("2.03 otherwise") << int(CoapCode::Valid) << false << false << 200;
    QTest::newRow("2.04 without payload") << int(CoapCode::Changed) << false << false << 204;
    QTest::newRow("2.04 with payload") << int(CoapCode::Changed) << true << false << 200;
    QTest::newRow("2.05") << int(CoapCode::Content) << true << false << 200;
    QTest::newRow("2.05 empty") << int(CoapCode::Content) << false << false << 200;
    QTest::newRow("4.00") << int(CoapCode::BadRequest) << false << false << 400;
    QTest::newRow("4.01 is 403") << int(CoapCode::Unauthorized) << false << false << 403;
    QTest::newRow("4.02") << int(CoapCode::BadOption) << false << false << 400;
    QTest::newRow("4.03") << int(CoapCode::Forbidden) << false << false << 403;
    QTest::newRow("4.04") << int(CoapCode::NotFound) << false << false << 404;
    QTest::newRow("4.05 is 400 (no Allow)") << int(CoapCode::MethodNotAllowed) << false << false << 400;
    QTest::newRow("4.06") << int(CoapCode::NotAcceptable) << false << false << 406;
    QTest::newRow("4.08") << int(CoapCode::RequestEntityIncomplete) << false << false << 400;
    QTest::newRow("4.09") << int(CoapCode::Conflict) << false << false << 409;
    QTest::newRow("4.12") << int(CoapCode::PreconditionFailed) << false << false << 412;
    QTest::newRow("4.13") << int(CoapCode::RequestEntityTooLarge) << false << false << 413;
    QTest::newRow("4.15") << int(CoapCode::UnsupportedContentFormat) << false << false << 415;
    QTest::newRow("4.22") << int(CoapCode::UnprocessableEntity) << false << false << 422;
    QTest::newRow("4.29") << int(CoapCode::TooManyRequests) << false << false << 429;
    QTest::newRow("4.31 unknown") << int(CoapCode::make(4, 31)) << false << false << 400;
    QTest::newRow("5.00") << int(CoapCode::InternalServerError) << false << false << 500;
    QTest::newRow("5.01") << int(CoapCode::NotImplemented) << false << false << 501;
    QTest::newRow("5.02") << int(CoapCode::BadGateway) << false << false << 502;
    QTest::newRow("5.03") << int(CoapCode::ServiceUnavailable) << false << false << 503;
    QTest::newRow("5.04") << int(CoapCode::GatewayTimeout) << false << false << 504;
    QTest::newRow("5.05 is 502") << int(CoapCode::ProxyingNotSupported) << false << false << 502;
    QTest::newRow("5.08") << int(CoapCode::HopLimitReached) << false << false << 508;
    QTest::newRow("5.31 unknown") << int(CoapCode::make(5, 31)) << false << false << 500;
    QTest::newRow("2.31 unknown here") << int(CoapCode::Continue) << false << false << 200;
}

void TestHttpCoapMapping::statusCodes()
{
    QFETCH(int, coap);
    QFETCH(bool, payload);
    QFETCH(bool, conditional);
    QFETCH(int, http);
    QCOMPARE(httpStatus(quint8(coap), payload, conditional), http);
    QVERIFY(reasonPhrase(http) != "Unknown");
}

void TestHttpCoapMapping::mediaTypes_data()
{
    QTest::addColumn<QByteArray>("mediaType");
    QTest::addColumn<int>("contentFormat");
    QTest::newRow("json") << QByteArray("application/json") << int(CoapContentFormat::Json);
    QTest::newRow("json with charset") << QByteArray("application/json; charset=utf-8") << int(CoapContentFormat::Json);
    QTest::newRow("upper case") << QByteArray("Application/JSON") << int(CoapContentFormat::Json);
    QTest::newRow("text") << QByteArray("text/plain") << int(CoapContentFormat::TextPlain);
    QTest::newRow("text utf-8") << QByteArray("text/plain; charset=utf-8") << int(CoapContentFormat::TextPlain);
    QTest::newRow("cbor") << QByteArray("application/cbor") << int(CoapContentFormat::Cbor);
    QTest::newRow("senml+json") << QByteArray("application/senml+json") << int(CoapContentFormat::SenmlJson);
    QTest::newRow("link-format") << QByteArray("application/link-format") << int(CoapContentFormat::LinkFormat);
    QTest::newRow("merge-patch") << QByteArray("application/merge-patch+json") << int(CoapContentFormat::MergePatchJson);
    QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << int(CoapContentFormat::OctetStream);
    QTest::newRow("form: none") << QByteArray("application/x-www-form-urlencoded") << -1;
    QTest::newRow("html: none") << QByteArray("text/html") << -1;
    QTest::newRow("a number is not a media type") << QByteArray("50") << -1;
    QTest::newRow("a short name is not a media type") << QByteArray("json") << -1;
}

void TestHttpCoapMapping::mediaTypes()
{
    QFETCH(QByteArray, mediaType);
    QFETCH(int, contentFormat);
    QCOMPARE(contentFormatForMediaType(mediaType), contentFormat);
}

void TestHttpCoapMapping::responseMediaType()
{
    QCOMPARE(mediaTypeForContentFormat(CoapContentFormat::Json), QByteArray("application/json"));
    QCOMPARE(mediaTypeForContentFormat(CoapContentFormat::TextPlain), QByteArray("text/plain;charset=utf-8"));
    QCOMPARE(mediaTypeForContentFormat(CoapContentFormat::SenmlCbor), QByteArray("application/senml+cbor"));
    // RFC 8075 §6.2: no Content-Format, or one without a media type: octet-stream.
    QCOMPARE(mediaTypeForContentFormat(std::nullopt), QByteArray("application/octet-stream"));
    QCOMPARE(mediaTypeForContentFormat(65000), QByteArray("application/octet-stream"));
    // Both ways agree for every registered format.
    for (const CoapContentFormatInfo &info : coapKnownContentFormats())
        QCOMPARE(contentFormatForMediaType(mediaTypeForContentFormat(info.number)), int(info.number));
}

void TestHttpCoapMapping::accept_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("accept"); // -1: no Accept option
    QTest::addColumn<bool>("eventStream");
    QTest::newRow("none") << QByteArray() << -1 << false;
    QTest::newRow("*/*") << QByteArray("*/*") << -1 << false;
    QTest::newRow("json") << QByteArray("application/json") << int(CoapContentFormat::Json) << false;
    QTest::newRow("first that maps") << QByteArray("text/html, application/cbor, application/json") << int(CoapContentFormat::Cbor) << false;
    QTest::newRow("q-values") << QByteArray("application/json;q=0.5, application/cbor;q=0.9") << int(CoapContentFormat::Cbor) << false;
    QTest::newRow("q=0 refused") << QByteArray("application/cbor;q=0, text/plain") << int(CoapContentFormat::TextPlain) << false;
    QTest::newRow("event stream") << QByteArray("text/event-stream") << -1 << true;
    QTest::newRow("event stream and json") << QByteArray("text/event-stream, application/json") << int(CoapContentFormat::Json) << true;
    QTest::newRow("event stream q=0") << QByteArray("text/event-stream;q=0, */*") << -1 << false;
    QTest::newRow("spaces") << QByteArray(" application/senml+json ; q=1 ") << int(CoapContentFormat::SenmlJson) << false;
}

void TestHttpCoapMapping::accept()
{
    QFETCH(QByteArray, header);
    QFETCH(int, accept);
    QFETCH(bool, eventStream);
    const auto cf = acceptContentFormat(header);
    QCOMPARE(cf ? *cf : -1, accept);
    QCOMPARE(wantsEventStream(header), eventStream);
}

void TestHttpCoapMapping::entityTags()
{
    QCOMPARE(formatEntityTag(QByteArray::fromHex("a1b2c3")), QByteArray("\"a1b2c3\""));
    bool any = false;
    bool malformed = false;
    QList<QByteArray> tags = parseEntityTags("\"a1b2c3\", W/\"00\"", &any, &malformed);
    QCOMPARE(tags, (QList<QByteArray>{QByteArray::fromHex("a1b2c3"), QByteArray::fromHex("00")}));
    QVERIFY(!any);
    QVERIFY(!malformed);
    tags = parseEntityTags("*", &any, &malformed);
    QVERIFY(tags.isEmpty());
    QVERIFY(any);
    QVERIFY(!malformed);
    // Not CoAP ETags: no quotes, not hex, more than 8 bytes, empty.
    for (const QByteArray &header : {QByteArray("a1b2"), QByteArray("\"xyz1\""), QByteArray("\"00112233445566778899\""),
                                    QByteArray("\"\""), QByteArray("\"abc\"")}) {
        tags = parseEntityTags(header, &any, &malformed);
        QVERIFY2(malformed, header.constData());
        QVERIFY(tags.isEmpty());
    }
    // Round trip.
    const QByteArray etag = QByteArray::fromHex("0102030405060708");
    QCOMPARE(parseEntityTags(formatEntityTag(etag), &any, &malformed), QList<QByteArray>{etag});
}

void TestHttpCoapMapping::maxAge()
{
    QCOMPARE(cacheControlForMaxAge(std::nullopt), QByteArray("max-age=60")); // RFC 7252 §5.10.5 default
    QCOMPARE(cacheControlForMaxAge(0), QByteArray("max-age=0"));
    QCOMPARE(cacheControlForMaxAge(1), QByteArray("max-age=1"));
    QCOMPARE(cacheControlForMaxAge(4294967295ull), QByteArray("max-age=4294967295"));
}

void TestHttpCoapMapping::target_data()
{
    QTest::addColumn<QByteArray>("requestTarget");
    QTest::addColumn<QString>("uri"); // empty: refused
    QTest::newRow("plain") << QByteArray("/coap://127.0.0.1:5683/time") << QStringLiteral("coap://127.0.0.1/time");
    QTest::newRow("port and query") << QByteArray("/coap://127.0.0.1:61616/sensors/temp?unit=C&x=1")
                                     << QStringLiteral("coap://127.0.0.1:61616/sensors/temp?unit=C&x=1");
    QTest::newRow("coaps") << QByteArray("/coaps://192.0.2.1/a") << QStringLiteral("coaps://192.0.2.1/a");
    QTest::newRow("IPv6") << QByteArray("/coap://[::1]:5700/x") << QStringLiteral("coap://[::1]:5700/x");
    QTest::newRow("host name") << QByteArray("/coap://device.local/x") << QStringLiteral("coap://device.local/x");
    QTest::newRow("percent-encoded once") << QByteArray("/coap%3A%2F%2F127.0.0.1%3A5690%2Fa%2Fb")
                                           << QStringLiteral("coap://127.0.0.1:5690/a/b");
    QTest::newRow("no target") << QByteArray("/") << QString();
    QTest::newRow("http") << QByteArray("/http://example.com/") << QString();
    QTest::newRow("relative") << QByteArray("/sensors/temp") << QString();
    QTest::newRow("fragment") << QByteArray("/coap://127.0.0.1/a#b") << QString();
    QTest::newRow("no host") << QByteArray("/coap:///a") << QString();
    QTest::newRow("bad port") << QByteArray("/coap://127.0.0.1:99999/a") << QString();
}

void TestHttpCoapMapping::target()
{
    QFETCH(QByteArray, requestTarget);
    QFETCH(QString, uri);
    const Target t = targetUri(requestTarget);
    if (uri.isEmpty()) {
        QVERIFY(!t.uri.isValid());
        QVERIFY(!t.problem.isEmpty());
    } else {
        QVERIFY2(t.uri.isValid(), qPrintable(t.problem));
        QCOMPARE(t.uri.toString(), uri);
    }
}

void TestHttpCoapMapping::events()
{
    // Text: one data line per payload line, the Observe number as id.
    QCOMPARE(serverSentEvent("21.5 C", CoapContentFormat::TextPlain, 7), QByteArray("id: 7\ndata: 21.5 C\n\n"));
    QCOMPARE(serverSentEvent("a\nb\n", std::nullopt, 8), QByteArray("id: 8\ndata: a\ndata: b\n\n"));
    QCOMPARE(serverSentEvent("{\"v\":1}", CoapContentFormat::Json, 9), QByteArray("id: 9\ndata: {\"v\":1}\n\n"));
    QCOMPARE(serverSentEvent("", CoapContentFormat::TextPlain, 1), QByteArray("id: 1\ndata: \n\n"));
    // Binary: base64 in one data line of an event named "binary".
    const QByteArray cbor = QByteArray::fromHex("a16176f93c00");
    QCOMPARE(serverSentEvent(cbor, CoapContentFormat::Cbor, 10),
             QByteArray("id: 10\nevent: binary\ndata: " + cbor.toBase64() + "\n\n"));
    // Not UTF-8, or with a NUL or a CR (which would break the line framing): binary too.
    QVERIFY(!isTextPayload(QByteArray("\xff\xfe", 2), std::nullopt));
    QVERIFY(!isTextPayload(QByteArray("a\0b", 3), CoapContentFormat::TextPlain));
    QVERIFY(!isTextPayload("a\r\nb", CoapContentFormat::TextPlain));
    QVERIFY(isTextPayload("Temperature: 25.0°C", std::nullopt));
    QVERIFY(!isTextPayload("plain ascii", CoapContentFormat::OctetStream)); // the device says binary
}

QTEST_GUILESS_MAIN(TestHttpCoapMapping)
#include "tst_httpcoapmapping.moc"

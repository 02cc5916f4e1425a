// CoapUri (RFC 7252 §6) and the URI side of CoapEndpoint.

#include "coapuri.h"

#include <QTest>

namespace {

CoapOption pathOption(const QByteArray &v) { return CoapOption(CoapOptionNumber::UriPath, v); }
CoapOption queryOption(const QByteArray &v) { return CoapOption(CoapOptionNumber::UriQuery, v); }
CoapOption hostOption(const QByteArray &v) { return CoapOption(CoapOptionNumber::UriHost, v); }

CoapUri parsed(const QString &text)
{
    const CoapUriParseResult r = CoapUri::parse(text);
    if (!r.ok())
        qWarning("parse failed: %s at %lld", coapUriErrorKey(r.error), qlonglong(r.errorPosition));
    return r.uri;
}

} // namespace

class TestUri : public QObject
{
    Q_OBJECT
private slots:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void equivalence_data();
    void equivalence();
    void percentEncoding_data();
    void percentEncoding();
    void toOptions_data();
    void toOptions();
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void fromOptions_data();
    void fromOptions();
    void location_data();
    void location();
    void resolve_data();
    void resolve();
    void ipLiterals_data();
    void ipLiterals();
    void withHelpers();
    void endpoint_data();
    void endpoint();
    void errorKeys();
};

void TestUri::parseGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<QString>("canonical");

    const QStringList none;
    QTest::newRow("host only") << "coap://example.com" << false << "example.com" << quint16(5683) << none << none
                               << "coap://example.com/";
    QTest::newRow("root") << "coap://example.com/" << false << "example.com" << quint16(5683) << none << none
                          << "coap://example.com/";
    QTest::newRow("coaps") << "coaps://example.com/a/b?x=1&y" << true << "example.com" << quint16(5684)
                           << QStringList{ "a", "b" } << QStringList{ "x=1", "y" } << "coaps://example.com/a/b?x=1&y";
    QTest::newRow("upper case scheme and host") << "COAP://EXAMPLE.com:5683/~sensors/temp.xml" << false
                                                << "example.com" << quint16(5683)
                                                << QStringList{ "~sensors", "temp.xml" } << none
                                                << "coap://example.com/~sensors/temp.xml";
    QTest::newRow("empty port") << "coap://example.com:/%7esensors/temp.xml" << false << "example.com"
                                << quint16(5683) << QStringList{ "~sensors", "temp.xml" } << none
                                << "coap://example.com/~sensors/temp.xml";
    QTest::newRow("other port") << "coap://127.0.0.1:61616/.well-known/core?rt=temp" << false << "127.0.0.1"
                                << quint16(61616) << QStringList{ ".well-known", "core" } << QStringList{ "rt=temp" }
                                << "coap://127.0.0.1:61616/.well-known/core?rt=temp";
    QTest::newRow("coaps on 5683") << "coaps://h:5683" << true << "h" << quint16(5683) << none << none
                                   << "coaps://h:5683/";
    QTest::newRow("max port") << "coap://h:65535/" << false << "h" << quint16(65535) << none << none
                              << "coap://h:65535/";
    QTest::newRow("IPv6 loopback") << "coap://[::1]/" << false << "::1" << quint16(5683) << none << none
                                   << "coap://[::1]/";
    QTest::newRow("IPv6 zone") << "coap://[fe80::1%25eth0]:5683/x" << false << "fe80::1" << quint16(5683)
                               << QStringList{ "x" } << none << "coap://[fe80::1%25eth0]/x";
    QTest::newRow("IPv6 bare zone, upper case") << "coap://[FE80:0::1%eth0]:61616/x" << false << "fe80::1"
                                                << quint16(61616) << QStringList{ "x" } << none
                                                << "coap://[fe80::1%25eth0]:61616/x";
    QTest::newRow("IPv4-mapped") << "coap://[::ffff:192.0.2.1]/" << false << "::ffff:192.0.2.1" << quint16(5683)
                                 << none << none << "coap://[::ffff:192.0.2.1]/";
    QTest::newRow("empty segment") << "coap://h/a//b" << false << "h" << quint16(5683)
                                   << QStringList{ "a", "", "b" } << none << "coap://h/a//b";
    QTest::newRow("trailing slash") << "coap://h/a/" << false << "h" << quint16(5683) << QStringList{ "a", "" }
                                    << none << "coap://h/a/";
    QTest::newRow("double slash") << "coap://h//" << false << "h" << quint16(5683) << QStringList{ "", "" }
                                  << none << "coap://h//";
    QTest::newRow("empty query") << "coap://h/?" << false << "h" << quint16(5683) << none << QStringList{ "" }
                                 << "coap://h/?";
    QTest::newRow("query without path") << "coap://h?a&&b" << false << "h" << quint16(5683) << none
                                        << QStringList{ "a", "", "b" } << "coap://h/?a&&b";
    QTest::newRow("encoded slash") << "coap://h/a%2Fb" << false << "h" << quint16(5683) << QStringList{ "a/b" }
                                   << none << "coap://h/a%2Fb";
    QTest::newRow("encoded UTF-8") << "coap://h/t%C3%A9" << false << "h" << quint16(5683) << QStringList{ "té" }
                                   << none << "coap://h/t%C3%A9";
    QTest::newRow("IRI") << "coap://h/té?ü=1" << false << "h" << quint16(5683) << QStringList{ "té" }
                         << QStringList{ "ü=1" } << "coap://h/t%C3%A9?%C3%BC=1";
    QTest::newRow("dot segments") << "coap://h/a/./b/../c" << false << "h" << quint16(5683)
                                  << QStringList{ "a", "c" } << none << "coap://h/a/c";
    QTest::newRow("dot-dot above root") << "coap://h/../.." << false << "h" << quint16(5683) << none << none
                                        << "coap://h/";
    QTest::newRow("encoded dots are not dot segments") << "coap://h/%2E%2E" << false << "h" << quint16(5683)
                                                       << QStringList{ ".." } << none << "coap://h/%2E%2E";
    QTest::newRow("query delimiters") << "coap://h?x=a%26b&y=%2F?" << false << "h" << quint16(5683) << none
                                      << QStringList{ "x=a&b", "y=/?" } << "coap://h/?x=a%26b&y=/?";
    QTest::newRow("pchar") << "coap://h/p:w@s!$'()*+,;=" << false << "h" << quint16(5683)
                           << QStringList{ "p:w@s!$'()*+,;=" } << none << "coap://h/p:w@s!$'()*+,;=";
    QTest::newRow("white space around") << "  coap://h/x \t" << false << "h" << quint16(5683)
                                        << QStringList{ "x" } << none << "coap://h/x";
    QTest::newRow("encoded host") << "coap://my%2Dhost.example/" << false << "my-host.example" << quint16(5683)
                                  << none << none << "coap://my-host.example/";
    QTest::newRow("sub-delims in host") << "coap://a!b$c/" << false << "a!b$c" << quint16(5683) << none << none
                                        << "coap://a!b$c/";
    QTest::newRow("NUL byte") << "coap://h/%00" << false << "h" << quint16(5683) << QStringList{ QString(QChar(0)) }
                              << none << "coap://h/%00";
}

void TestUri::parseGood()
{
    QFETCH(QString, text);
    QFETCH(bool, secure);
    QFETCH(QString, host);
    QFETCH(quint16, port);
    QFETCH(QStringList, path);
    QFETCH(QStringList, query);
    QFETCH(QString, canonical);

    const CoapUriParseResult r = CoapUri::parse(text);
    QVERIFY2(r.ok(), coapUriErrorKey(r.error));
    QCOMPARE(r.errorPosition, qsizetype(0));
    const CoapUri &uri = r.uri;
    QVERIFY(uri.isValid());
    QCOMPARE(uri.secure(), secure);
    QCOMPARE(uri.scheme(), secure ? QStringLiteral("coaps") : QStringLiteral("coap"));
    QCOMPARE(uri.host(), host);
    QCOMPARE(uri.port(), port);
    QCOMPARE(uri.pathSegments(), path);
    QCOMPARE(uri.querySegments(), query);
    QCOMPARE(uri.hasQuery(), !query.isEmpty());
    QCOMPARE(uri.toString(), canonical);
    // The canonical form is a fixed point.
    QCOMPARE(parsed(canonical), uri);
    QCOMPARE(parsed(canonical).toString(), canonical);
}

void TestUri::parseBad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CoapUriError>("error");
    QTest::addColumn<qsizetype>("position");

    using E = CoapUriError;
    auto row = [](const char *name, const QString &text, E error, qsizetype position) {
        QTest::newRow(name) << text << error << position;
    };
    row("empty", "", E::Empty, 0);
    row("blank", "   ", E::Empty, 0);
    row("no scheme", "example.com/x", E::MissingScheme, 0);
    row("colon first", "://h", E::MissingScheme, 0);
    row("digit first", "1coap://h", E::MissingScheme, 0);
    row("host:port without scheme", "h:5683/x", E::UnsupportedScheme, 0); // "h" is a scheme
    row("http", "http://h/", E::UnsupportedScheme, 0);
    row("coap+tcp", "coap+tcp://h/", E::UnsupportedScheme, 0);
    row("http after blanks", "  http://h", E::UnsupportedScheme, 2);
    row("no authority", "coap:h/x", E::MissingHost, 5);
    row("one slash", "coap:/h", E::MissingHost, 5);
    row("nothing after //", "coap://", E::MissingHost, 7);
    row("empty host with path", "coap:///x", E::MissingHost, 7);
    row("empty host with port", "coap://:5683/", E::MissingHost, 7);
    row("userinfo", "coap://user@h/", E::InvalidHost, 11);
    row("caret in host", "coap://h^st/", E::InvalidHost, 8);
    row("space in host", "coap://h st/", E::InvalidHost, 8);
    row("octet above 255", "coap://256.1.1.1/", E::InvalidHost, 7);
    row("three octets", "coap://1.2.3/", E::InvalidHost, 7);
    row("leading zero octet", "coap://01.2.3.4/", E::InvalidHost, 7);
    row("port letters", "coap://h:x/", E::InvalidPort, 9);
    row("port 65536", "coap://h:65536/", E::InvalidPort, 9);
    row("port 0", "coap://h:0/", E::InvalidPort, 9);
    row("port huge", "coap://h:99999999999/", E::InvalidPort, 9);
    row("port sign", "coap://h:+1/", E::InvalidPort, 9);
    row("fragment after path", "coap://h/x#frag", E::Fragment, 10);
    row("fragment after host", "coap://h#", E::Fragment, 8);
    row("fragment after query", "coap://h?x#", E::Fragment, 10);
    row("fragment right after scheme", "coap:#x", E::Fragment, 5);
    row("bad hex in path", "coap://h/%zz", E::InvalidPercentEncoding, 9);
    row("short escape in path", "coap://h/%4", E::InvalidPercentEncoding, 9);
    row("lone percent in query", "coap://h?a=%", E::InvalidPercentEncoding, 11);
    row("short escape in host", "coap://h%2/", E::InvalidPercentEncoding, 8);
    row("unclosed bracket", "coap://[::1/", E::InvalidIpv6Literal, 7);
    row("not hex", "coap://[zz::1]/", E::InvalidIpv6Literal, 8);
    row("IPv4 in brackets", "coap://[1.2.3.4]/", E::InvalidIpv6Literal, 8);
    row("too many groups", "coap://[1:2:3:4:5:6:7:8:9]/", E::InvalidIpv6Literal, 8);
    row("IPvFuture", "coap://[v1.x]/", E::InvalidIpv6Literal, 8);
    row("unbracketed IPv6", "coap://::1/", E::InvalidIpv6Literal, 7);
    row("unbracketed IPv6 with port", "coap://fe80::1:5683/", E::InvalidIpv6Literal, 7);
    row("junk after bracket", "coap://[::1]x/", E::InvalidHost, 12);
    row("port junk after bracket", "coap://[::1]:1]/", E::InvalidPort, 14);
    row("empty encoded zone", "coap://[fe80::1%25]/", E::InvalidZone, 15);
    row("empty bare zone", "coap://[fe80::1%]/", E::InvalidZone, 15);
    row("bad escape in zone", "coap://[fe80::1%25e%zz]/", E::InvalidZone, 19);
    row("bad character in zone", "coap://[fe80::1%e!]/", E::InvalidZone, 17);
    row("space in path", "coap://h/a b", E::InvalidCharacter, 10);
    row("angle bracket in path", "coap://h/a<b", E::InvalidCharacter, 10);
    row("bracket in path", "coap://h/[x]", E::InvalidCharacter, 9);
    row("space in query", "coap://h?a b", E::InvalidCharacter, 10);
    row("control character", "coap://h/a\x01", E::InvalidCharacter, 10);
}

void TestUri::parseBad()
{
    QFETCH(QString, text);
    QFETCH(CoapUriError, error);
    QFETCH(qsizetype, position);

    const CoapUriParseResult r = CoapUri::parse(text);
    QCOMPARE(r.error, error);
    QCOMPARE(r.errorPosition, position);
    QVERIFY(!r.ok());
    QVERIFY(!r.uri.isValid());
    QCOMPARE(r.uri.toString(), QString());
    QVERIFY(r.uri.toOptions().isEmpty());
}

void TestUri::equivalence_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equivalent");

    // RFC 7252 §6.3: these three are equivalent.
    QTest::newRow("§6.3 default port") << "coap://example.com:5683/~sensors/temp.xml"
                                       << "coap://EXAMPLE.com/%7Esensors/temp.xml" << true;
    QTest::newRow("§6.3 empty port") << "coap://example.com:5683/~sensors/temp.xml"
                                     << "coap://EXAMPLE.com:/%7esensors/temp.xml" << true;
    QTest::newRow("empty path is /") << "coap://h" << "coap://h/" << true;
    QTest::newRow("coaps default port") << "coaps://h:5684/x" << "COAPS://H/x" << true;
    QTest::newRow("hex case in escapes") << "coap://h/%c3%a9" << "coap://h/%C3%A9" << true;
    QTest::newRow("IPv6 spelling") << "coap://[2001:DB8:0:0::1]/" << "coap://[2001:db8::1]/" << true;
    QTest::newRow("zone spelling") << "coap://[fe80::1%eth0]/" << "coap://[fe80::1%25eth0]/" << true;
    QTest::newRow("scheme differs") << "coap://h/a" << "coaps://h/a" << false;
    QTest::newRow("same port, other scheme") << "coap://h:5684/" << "coaps://h/" << false;
    QTest::newRow("path case") << "coap://h/a" << "coap://h/A" << false;
    QTest::newRow("encoded slash") << "coap://h/a%2Fb" << "coap://h/a/b" << false;
    QTest::newRow("empty query is a query") << "coap://h/?" << "coap://h/" << false;
    QTest::newRow("trailing slash") << "coap://h/a/" << "coap://h/a" << false;
    QTest::newRow("zone differs") << "coap://[fe80::1%25eth0]/" << "coap://[fe80::1%25eth1]/" << false;
    QTest::newRow("encoded ampersand") << "coap://h?a%26b" << "coap://h?a&b" << false;
}

void TestUri::equivalence()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equivalent);
    const CoapUri ua = parsed(a);
    const CoapUri ub = parsed(b);
    QVERIFY(ua.isValid() && ub.isValid());
    QCOMPARE(ua == ub, equivalent);
    QCOMPARE(ua.toString() == ub.toString(), equivalent);
    if (equivalent) // the converse does not hold: a zone is never sent
        QCOMPARE(ua.toOptions(), ub.toOptions());
}

void TestUri::percentEncoding_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    // RFC 7252 §6.5 steps 6 and 8: exactly unreserved, sub-delims, ':' and '@' stay (and in a
    // query '/' and '?', but not '&').
    QTest::newRow("ASCII specials")
        << "a!$&'()*+,;=:@-._~ /?#[]%\"<>^`{|}\\"
        << "/a!$&'()*+,;=:@-._~%20%2F%3F%23%5B%5D%25%22%3C%3E%5E%60%7B%7C%7D%5C"
        << "a!$%26'()*+,;=:@-._~%20/?%23%5B%5D%25%22%3C%3E%5E%60%7B%7C%7D%5C";
    QTest::newRow("letters and digits") << "AZaz09" << "/AZaz09" << "AZaz09";
    QTest::newRow("UTF-8") << "Grüße €" << "/Gr%C3%BC%C3%9Fe%20%E2%82%AC" << "Gr%C3%BC%C3%9Fe%20%E2%82%AC";
    QTest::newRow("control") << QString(QChar(0x7f)) + u'\n' << "/%7F%0A" << "%7F%0A";
}

void TestUri::percentEncoding()
{
    QFETCH(QString, segment);
    QFETCH(QString, path);
    QFETCH(QString, query);

    const CoapUri base = parsed("coap://h/");
    const CoapUri uri = base.withPathSegments({ segment }).withQuerySegments({ segment });
    QCOMPARE(uri.path(), path);
    QCOMPARE(uri.query(), query);
    QCOMPARE(uri.toString(), "coap://h" + path + u'?' + query);
    const CoapUri back = parsed(uri.toString());
    QCOMPARE(back.pathSegments(), QStringList{ segment });
    QCOMPARE(back.querySegments(), QStringList{ segment });
    QCOMPARE(back, uri);
}

void TestUri::toOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("includeHost");
    QTest::addColumn<QList<CoapOption>>("options");

    QTest::newRow("name, path, query")
        << "coap://example.com/a/b?x=1&y" << false
        << QList<CoapOption>{ hostOption("example.com"), pathOption("a"), pathOption("b"), queryOption("x=1"),
                              queryOption("y") };
    QTest::newRow("IPv4, root") << "coap://127.0.0.1/" << false << QList<CoapOption>{};
    QTest::newRow("IPv4 forced host") << "coap://127.0.0.1/" << true << QList<CoapOption>{ hostOption("127.0.0.1") };
    // RFC 7252 §6.4 step 7: sent to the URI's own port, the port needs no option.
    QTest::newRow("IPv6 with port")
        << "coap://[fe80::1%25eth0]:61616/x" << false << QList<CoapOption>{ pathOption("x") };
    QTest::newRow("IPv6 with port, via another endpoint")
        << "coap://[fe80::1%25eth0]:61616/x" << true
        << QList<CoapOption>{ hostOption("[fe80::1]"), CoapOption::fromUint(CoapOptionNumber::UriPort, 61616),
                              pathOption("x") };
    QTest::newRow("IPv6 forced host, no zone")
        << "coap://[fe80::1%25eth0]/" << true << QList<CoapOption>{ hostOption("[fe80::1]") };
    QTest::newRow("coaps on 5683") << "coaps://h:5683/" << false << QList<CoapOption>{ hostOption("h") };
    QTest::newRow("coaps on 5683, via another endpoint")
        << "coaps://h:5683/" << true
        << QList<CoapOption>{ hostOption("h"), CoapOption::fromUint(CoapOptionNumber::UriPort, 5683) };
    QTest::newRow("coaps default") << "coaps://h:5684/" << false << QList<CoapOption>{ hostOption("h") };
    QTest::newRow("host lower case") << "coap://Ex%41mple/" << false << QList<CoapOption>{ hostOption("example") };
    QTest::newRow("slash only") << "coap://h/" << false << QList<CoapOption>{ hostOption("h") };
    QTest::newRow("two empty segments")
        << "coap://h//" << false << QList<CoapOption>{ hostOption("h"), pathOption(""), pathOption("") };
    QTest::newRow("empty query") << "coap://h/?" << false << QList<CoapOption>{ hostOption("h"), queryOption("") };
    QTest::newRow("decoded bytes")
        << "coap://h/t%C3%A9/%FF" << false
        << QList<CoapOption>{ hostOption("h"), pathOption("t\xc3\xa9"), pathOption("\xff") };
}

void TestUri::toOptions()
{
    QFETCH(QString, text);
    QFETCH(bool, includeHost);
    QFETCH(QList<CoapOption>, options);
    QCOMPARE(parsed(text).toOptions(includeHost), options);
}

void TestUri::optionsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "coap://example.com/a/b?x=1&y", "coap://127.0.0.1/", "coap://[::1]:61616/x/",
                              "coaps://[fe80::1%25eth0]/.well-known/core?rt=a%26b", "coaps://h:5683/",
                              "coap://h:5684/", "coap://h//", "coap://h/?", "coap://h/t%C3%A9/%FF?%00",
                              "coap://192.0.2.7:1/a%2Fb" })
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestUri::optionsRoundTrip()
{
    QFETCH(QString, text);
    const CoapUri uri = parsed(text);
    QVERIFY(uri.isValid());

    // Sent to the address of an IP-literal, or to some address the name resolved to.
    const CoapEndpoint destination = uri.isIpLiteral() ? uri.endpoint()
                                                       : CoapEndpoint(QHostAddress("192.0.2.99"), uri.port());
    for (bool includeHost : { false, true }) {
        CoapMessage request(CoapType::Confirmable, CoapCode::Get, 1);
        for (const CoapOption &o : uri.toOptions(includeHost))
            request.addOption(o);
        const CoapUri back = CoapUri::fromOptions(request, destination, uri.secure());
        // A Uri-Host literal carries no zone; it comes back from the destination address.
        QCOMPARE(back.toString(), uri.toString());
        QCOMPARE(back, uri);
    }
}

void TestUri::fromOptions_data()
{
    QTest::addColumn<QList<CoapOption>>("options");
    QTest::addColumn<CoapEndpoint>("destination");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QString>("expected"); // empty: a null URI

    const CoapEndpoint v4(QHostAddress("192.0.2.1"), 5683);
    QHostAddress scoped("fe80::1");
    scoped.setScopeId(QStringLiteral("eth0"));

    QTest::newRow("nothing") << QList<CoapOption>{} << v4 << false << "coap://192.0.2.1/";
    QTest::newRow("IPv6 destination with zone")
        << QList<CoapOption>{} << CoapEndpoint(scoped, 5684) << true << "coaps://[fe80::1%25eth0]/";
    QTest::newRow("IPv4-mapped destination")
        << QList<CoapOption>{} << CoapEndpoint(QHostAddress("::ffff:192.0.2.1"), 5683) << false << "coap://192.0.2.1/";
    QTest::newRow("destination port") << QList<CoapOption>{} << CoapEndpoint(QHostAddress("192.0.2.1"), 61616)
                                      << false << "coap://192.0.2.1:61616/";
    QTest::newRow("encoding of host, path and query")
        << QList<CoapOption>{ hostOption("Example.COM"), CoapOption::fromUint(CoapOptionNumber::UriPort, 5683),
                              pathOption("a b"), pathOption("c/d"), queryOption("x=&"),
                              queryOption("\xc3\xa9") }
        << v4 << false << "coap://example.com/a%20b/c%2Fd?x=%26&%C3%A9";
    QTest::newRow("non-ASCII host") << QList<CoapOption>{ hostOption("b\xc3\xbc" "cher.example") } << v4 << false
                                    << "coap://b%C3%BCcher.example/";
    QTest::newRow("IPv6 Uri-Host") << QList<CoapOption>{ hostOption("[2001:DB8::1]") } << v4 << false
                                   << "coap://[2001:db8::1]/";
    QTest::newRow("numeric Uri-Host that is no address") << QList<CoapOption>{ hostOption("0") } << v4 << false
                                                         << "coap://%30/";
    QTest::newRow("dotted Uri-Host that is no address") << QList<CoapOption>{ hostOption("01.2.3.4") } << v4
                                                        << false << "coap://%301.2.3.4/";
    QTest::newRow("IPv4 Uri-Host") << QList<CoapOption>{ hostOption("10.0.0.1") } << v4 << false
                                   << "coap://10.0.0.1/";
    QTest::newRow("Uri-Port") << QList<CoapOption>{ CoapOption::fromUint(CoapOptionNumber::UriPort, 61616) } << v4
                              << false << "coap://192.0.2.1:61616/";
    QTest::newRow("single empty Uri-Path") << QList<CoapOption>{ pathOption("") } << v4 << false
                                           << "coap://192.0.2.1/";
    QTest::newRow("Proxy-Uri") << QList<CoapOption>{ CoapOption(CoapOptionNumber::ProxyUri, "coap://p.example/x") }
                               << v4 << false << "coap://p.example/x";
    QTest::newRow("Proxy-Uri http") << QList<CoapOption>{ CoapOption(CoapOptionNumber::ProxyUri, "http://p/") }
                                    << v4 << false << "";
    QTest::newRow("Proxy-Scheme") << QList<CoapOption>{ hostOption("h"), CoapOption(CoapOptionNumber::ProxyScheme, "coaps") }
                                  << v4 << false << "coaps://h:5683/";
    QTest::newRow("Proxy-Scheme http") << QList<CoapOption>{ CoapOption(CoapOptionNumber::ProxyScheme, "http") }
                                       << v4 << false << "";
}

void TestUri::fromOptions()
{
    QFETCH(QList<CoapOption>, options);
    QFETCH(CoapEndpoint, destination);
    QFETCH(bool, secure);
    QFETCH(QString, expected);

    CoapMessage request(CoapType::Confirmable, CoapCode::Get, 1);
    for (const CoapOption &o : options)
        request.addOption(o);
    const CoapUri uri = CoapUri::fromOptions(request, destination, secure);
    QCOMPARE(uri.isValid(), !expected.isEmpty());
    QCOMPARE(uri.toString(), expected);
    if (uri.isValid())
        QCOMPARE(parsed(expected), uri);
}

void TestUri::location_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QList<CoapOption>>("options");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("resolved");

    const auto lp = [](const QByteArray &v) { return CoapOption(CoapOptionNumber::LocationPath, v); };
    const auto lq = [](const QByteArray &v) { return CoapOption(CoapOptionNumber::LocationQuery, v); };
    QTest::newRow("path") << "coap://h/a/b?q" << QList<CoapOption>{ lp("x"), lp("y") } << "/x/y" << "coap://h/x/y";
    QTest::newRow("path and query") << "coap://h/a/b?q" << QList<CoapOption>{ lp("x"), lq("a=1"), lq("b") }
                                    << "/x?a=1&b" << "coap://h/x?a=1&b";
    QTest::newRow("query only") << "coap://h/a/b?q" << QList<CoapOption>{ lq("k") } << "?k" << "coap://h/a/b?k";
    QTest::newRow("none") << "coap://h/a" << QList<CoapOption>{} << "" << "";
    QTest::newRow("encoded") << "coap://h/" << QList<CoapOption>{ lp("a b"), lp("c/d"), lq("e&f") }
                             << "/a%20b/c%2Fd?e%26f" << "coap://h/a%20b/c%2Fd?e%26f";
    QTest::newRow("keeps authority") << "coaps://[::1]:61616/p" << QList<CoapOption>{ lp("n") } << "/n"
                                     << "coaps://[::1]:61616/n";
    QTest::newRow("dot segment option stays a segment") << "coap://h/a" << QList<CoapOption>{ lp("..") }
                                                        << "/%2E%2E" << "coap://h/%2E%2E";
    QTest::newRow("libcoap style id") << "coap://127.0.0.1:5683/" << QList<CoapOption>{ lp("ab12") } << "/ab12"
                                      << "coap://127.0.0.1/ab12";
}

void TestUri::location()
{
    QFETCH(QString, request);
    QFETCH(QList<CoapOption>, options);
    QFETCH(QString, relative);
    QFETCH(QString, resolved);

    CoapMessage response(CoapType::Acknowledgement, CoapCode::Created, 1);
    for (const CoapOption &o : options)
        response.addOption(o);
    QCOMPARE(CoapUri::locationToString(response), relative);
    const CoapUri base = parsed(request);
    const CoapUri location = base.resolveLocation(response);
    QCOMPARE(location.isValid(), !resolved.isEmpty());
    QCOMPARE(location.toString(), resolved);
    // The relative text resolves to the same URI.
    if (!relative.isEmpty())
        QCOMPARE(base.resolve(relative).uri, location);
}

void TestUri::resolve_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<CoapUriError>("error");
    QTest::addColumn<qsizetype>("position");

    // RFC 3986 §5.4.1/§5.4.2 examples with the coap scheme.
    const QString b = QStringLiteral("coap://a/b/c/d;p?q");
    const auto ok = [&](const char *ref, const char *expected) {
        QTest::addRow("%s", *ref ? ref : "(empty)") << b << QString::fromUtf8(ref) << QString::fromUtf8(expected)
                                                    << CoapUriError::None << qsizetype(0);
    };
    ok("g", "coap://a/b/c/g");
    ok("./g", "coap://a/b/c/g");
    ok("g/", "coap://a/b/c/g/");
    ok("/g", "coap://a/g");
    ok("//g", "coap://g/");
    ok("?y", "coap://a/b/c/d;p?y");
    ok("g?y", "coap://a/b/c/g?y");
    ok(";x", "coap://a/b/c/;x");
    ok("g;x?y", "coap://a/b/c/g;x?y");
    ok("", "coap://a/b/c/d;p?q");
    ok(".", "coap://a/b/c/");
    ok("./", "coap://a/b/c/");
    ok("..", "coap://a/b/");
    ok("../", "coap://a/b/");
    ok("../g", "coap://a/b/g");
    ok("../..", "coap://a/");
    ok("../../", "coap://a/");
    ok("../../g", "coap://a/g");
    ok("../../../g", "coap://a/g");
    ok("/./g", "coap://a/g");
    ok("/../g", "coap://a/g");
    ok("g.", "coap://a/b/c/g.");
    ok("..g", "coap://a/b/c/..g");
    ok("./../g", "coap://a/b/g");
    ok("g/./h", "coap://a/b/c/g/h");
    ok("g/../h", "coap://a/b/c/h");
    ok("g;x=1/../y", "coap://a/b/c/y");
    ok("coaps://x/y", "coaps://x/y");
    ok("  /sensors/temp", "coap://a/sensors/temp");
    QTest::newRow("link target on root base") << "coap://[::1]:61616" << "sensors/temp"
                                              << "coap://[::1]:61616/sensors/temp" << CoapUriError::None << qsizetype(0);
    QTest::newRow("fragment only") << b << "#s" << "" << CoapUriError::Fragment << qsizetype(0);
    QTest::newRow("fragment after path") << b << "g#s" << "" << CoapUriError::Fragment << qsizetype(1);
    QTest::newRow("bad character") << b << "/a b" << "" << CoapUriError::InvalidCharacter << qsizetype(2);
    QTest::newRow("other scheme") << b << "http://x" << "" << CoapUriError::UnsupportedScheme << qsizetype(0);
    QTest::newRow("relative on null base") << "" << "g" << "" << CoapUriError::MissingScheme << qsizetype(0);
}

void TestUri::resolve()
{
    QFETCH(QString, base);
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    QFETCH(CoapUriError, error);
    QFETCH(qsizetype, position);

    const CoapUri baseUri = base.isEmpty() ? CoapUri() : parsed(base);
    const CoapUriParseResult r = baseUri.resolve(reference);
    QCOMPARE(r.error, error);
    QCOMPARE(r.errorPosition, position);
    QCOMPARE(r.uri.toString(), expected);
}

void TestUri::ipLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ipLiteral");
    QTest::addColumn<QString>("address"); // QHostAddress text, empty for a name
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("endpoint");

    QTest::newRow("IPv6 zone") << "coap://[fe80::1%25eth0]/" << true << "fe80::1%eth0" << "eth0"
                               << "[fe80::1%eth0]:5683";
    QTest::newRow("IPv6 numeric zone") << "coap://[fe80::1%252]:7/" << true << "fe80::1%2" << "2" << "[fe80::1%2]:7";
    QTest::newRow("IPv6") << "coaps://[2001:db8::1]/" << true << "2001:db8::1" << "" << "[2001:db8::1]:5684";
    QTest::newRow("IPv4") << "coap://192.0.2.1:7/" << true << "192.0.2.1" << "" << "192.0.2.1:7";
    QTest::newRow("IPv4-mapped becomes IPv4 endpoint") << "coap://[::ffff:192.0.2.1]/" << true
                                                       << "::ffff:192.0.2.1" << "" << "192.0.2.1:5683";
    QTest::newRow("name") << "coap://localhost/" << false << "" << "" << "";
    QTest::newRow("name with digits") << "coap://1.2.3.4.example/" << false << "" << "" << "";
}

void TestUri::ipLiterals()
{
    QFETCH(QString, text);
    QFETCH(bool, ipLiteral);
    QFETCH(QString, address);
    QFETCH(QString, zone);
    QFETCH(QString, endpoint);

    const CoapUri uri = parsed(text);
    QCOMPARE(uri.isIpLiteral(), ipLiteral);
    QCOMPARE(uri.zoneId(), zone);
    if (address.isEmpty()) {
        QVERIFY(uri.hostAddress().isNull());
        QVERIFY(uri.endpoint().isNull());
    } else {
        QCOMPARE(uri.hostAddress().toString(), address);
        QCOMPARE(uri.hostAddress().scopeId(), zone);
        QCOMPARE(uri.endpoint().toString(), endpoint);
    }
}

void TestUri::withHelpers()
{
    const CoapUri uri = parsed("coap://h/a?q");
    QCOMPARE(uri.withPath("/a b/c").toString(), QStringLiteral("coap://h/a%20b/c?q"));
    QCOMPARE(uri.withPath("x/y").pathSegments(), (QStringList{ "x", "y" }));
    QCOMPARE(uri.withPath("").toString(), QStringLiteral("coap://h/?q"));
    QCOMPARE(uri.withPath("/").toString(), QStringLiteral("coap://h/?q"));
    QCOMPARE(uri.withPath("/a/").pathSegments(), (QStringList{ "a", "" }));
    QCOMPARE(uri.withPath("/50%").toString(), QStringLiteral("coap://h/50%25?q"));
    QCOMPARE(uri.withPathSegments({ "a/b" }).toString(), QStringLiteral("coap://h/a%2Fb?q"));
    QCOMPARE(uri.withQuerySegments({}).toString(), QStringLiteral("coap://h/a"));
    QCOMPARE(uri.withQuerySegments({ "x=1", "y" }).toString(), QStringLiteral("coap://h/a?x=1&y"));
    QCOMPARE(uri.withHost("FE80::1%eth0").toString(), QStringLiteral("coap://[fe80::1%25eth0]/a?q"));
    QCOMPARE(uri.withHost("[::1]").toString(), QStringLiteral("coap://[::1]/a?q"));
    QCOMPARE(uri.withHost("10.1.2.3").isIpLiteral(), true);
    QCOMPARE(uri.withHost("Sensor.Local").toString(), QStringLiteral("coap://sensor.local/a?q"));
    QVERIFY(!uri.withHost("").isValid());
    QVERIFY(!uri.withHost("a:b").isValid());
    QVERIFY(!uri.withHost("fe80::1%").isValid());
    QVERIFY(!uri.withPort(0).isValid());
    QCOMPARE(uri.withPort(61616).toString(), QStringLiteral("coap://h:61616/a?q"));
    QCOMPARE(uri.withPort(5683).toString(), QStringLiteral("coap://h/a?q"));
    QCOMPARE(uri.withSecure(true).toString(), QStringLiteral("coaps://h/a?q"));
    QCOMPARE(uri.withSecure(true).port(), quint16(5684));
    QCOMPARE(uri.withSecure(true, true).toString(), QStringLiteral("coaps://h:5683/a?q"));
    QCOMPARE(uri.withPort(7).withSecure(true).toString(), QStringLiteral("coaps://h:7/a?q"));
    QCOMPARE(uri.withSecure(true).withSecure(false), uri);
    QCOMPARE(CoapUri().withHost("h").toString(), QStringLiteral("coap://h/"));
    QVERIFY(!CoapUri().withPath("/x").isValid());
    QVERIFY(!CoapUri().isValid());
    QCOMPARE(CoapUri().toString(), QString());
    QCOMPARE(uri.authority(), QStringLiteral("h"));
    QCOMPARE(uri.pathAndQuery(), QStringLiteral("/a?q"));
    QCOMPARE(uri.hasDefaultPort(), true);
}

void TestUri::endpoint_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("uriHost");
    QTest::addColumn<bool>("ipv4");

    QTest::newRow("IPv4") << "1.2.3.4" << "" << quint16(5683) << "1.2.3.4:5683" << "1.2.3.4" << true;
    QTest::newRow("IPv6") << "::1" << "" << quint16(5683) << "[::1]:5683" << "[::1]" << false;
    QTest::newRow("IPv6 zone") << "fe80::1" << "eth0" << quint16(5683) << "[fe80::1%eth0]:5683"
                               << "[fe80::1%25eth0]" << false;
    QTest::newRow("IPv4-mapped") << "::ffff:192.0.2.1" << "" << quint16(1) << "192.0.2.1:1" << "192.0.2.1" << true;
    QTest::newRow("unspecified stays IPv6") << "::" << "" << quint16(5683) << "[::]:5683" << "[::]" << false;
    QTest::newRow("almost mapped") << "::fffe:192.0.2.1" << "" << quint16(5683) << "[::fffe:c000:201]:5683"
                                   << "[::fffe:c000:201]" << false;
}

void TestUri::endpoint()
{
    QFETCH(QString, address);
    QFETCH(QString, scope);
    QFETCH(quint16, port);
    QFETCH(QString, text);
    QFETCH(QString, uriHost);
    QFETCH(bool, ipv4);

    QHostAddress a(address);
    if (!scope.isEmpty())
        a.setScopeId(scope);
    const CoapEndpoint e(a, port);
    QCOMPARE(e.toString(), text);
    QCOMPARE(e.uriHost(), uriHost);
    QCOMPARE(e.address().protocol() == QAbstractSocket::IPv4Protocol, ipv4);
    QCOMPARE(e.port(), port);
    QVERIFY(!e.isNull());
    // The URI of the endpoint names the same endpoint again.
    const CoapUri uri = parsed(QStringLiteral("coap://%1:%2/").arg(e.uriHost(), QString::number(port)));
    QCOMPARE(uri.endpoint(), e);
    if (ipv4) {
        const CoapEndpoint plain(QHostAddress(e.address().toString()), port);
        QCOMPARE(plain, e);
        QCOMPARE(qHash(plain), qHash(e));
    }
}

void TestUri::errorKeys()
{
    QSet<QByteArray> keys;
    for (int e = 0; e <= int(CoapUriError::InvalidCharacter); ++e) {
        const QByteArray key = coapUriErrorKey(CoapUriError(e));
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), key.constData());
        keys.insert(key);
    }
    QVERIFY(CoapEndpoint().isNull());
}

QTEST_GUILESS_MAIN(TestUri)
#include "tst_uri.moc"

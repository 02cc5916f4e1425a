// CoRE Link Format (RFC 6690): parsing in both modes, accessors, target resolution, query
// filtering (RFC 6690 §4.1), serialization and a 1 MiB input.

#include "corelinkformat.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CoreLink)
Q_DECLARE_METATYPE(CoreLinkError)

namespace {

CoreLinkAttribute A(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value, true};
}

CoreLinkAttribute A(const char *name, const char *value)
{
    return A(name, QString::fromUtf8(value));
}

CoreLinkAttribute F(const char *name)
{
    return {QString::fromLatin1(name), QString(), false};
}

CoreLink L(const char *href, const QList<CoreLinkAttribute> &attributes = {})
{
    return CoreLink(QString::fromUtf8(href), attributes);
}

// Readable form for QCOMPARE diffs: <href>;name="value";flag
QString describe(const QList<CoreLink> &links)
{
    QStringList out;
    for (const CoreLink &link : links) {
        QString text = QLatin1Char('<') + link.href() + QLatin1Char('>');
        for (const CoreLinkAttribute &a : link.attributes()) {
            text += QLatin1Char(';') + a.name;
            if (a.hasValue)
                text += QStringLiteral("=\u00ab") + a.value + QStringLiteral("\u00bb");
        }
        out.append(text);
    }
    return out.join(u"\n");
}

QStringList hrefs(const QList<CoreLink> &links)
{
    QStringList out;
    for (const CoreLink &link : links)
        out.append(link.href());
    return out;
}

CoreLink single(const QByteArray &text)
{
    const CoreLinkParseResult result = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Strict);
    if (!result.ok() || result.links.size() != 1)
        qWarning() << "not one valid link:" << text << CoreLinkFormat::errorKey(result.error)
                   << result.errorOffset;
    return result.links.value(0);
}

// RFC 6690 §5.4 plus a link with several rt and ct values, for filtering.
const QByteArray filterDocument =
        "</sensors>;ct=40;title=\"Sensor Index\",\n"
        "</sensors/temp>;rt=\"temperature-c\";if=\"sensor\",\n"
        "</sensors/light>;rt=\"light-lux\";if=\"sensor\",\n"
        "<http://www.example.com/sensors/t123>;anchor=\"/sensors/temp\"\n"
        ";rel=\"describedby\",\n"
        "</t>;anchor=\"/sensors/temp\";rel=\"alternate\",\n"
        "</fw>;rt=\"firmware core.fw\";ct=\"0 42\";obs";

} // namespace

class TestLinkFormat : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void strictErrors_data();
    void strictErrors();
    void lenientRecovery_data();
    void lenientRecovery();
    void accessors_data();
    void accessors();
    void title_data();
    void title();
    void resolve_data();
    void resolve();
    void filter_data();
    void filter();
    void serialize_data();
    void serialize();
    void roundTrip_data();
    void roundTrip();
    void extValue_data();
    void extValue();
    void hugeInput_data();
    void hugeInput();
    void errorKeys();
};

// Valid documents: both modes must give the same links, and serialize→parse must give them back.
void TestLinkFormat::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<CoreLink>>("expected");

    // RFC 6690 §5.1, simple example.
    QTest::newRow("rfc6690 5.1 simple")
            << QByteArray("</sensors/temp>;if=\"sensor\",\n"
                          "</sensors/light>;if=\"sensor\"")
            << QList<CoreLink>{L("/sensors/temp", {A("if", "sensor")}),
                               L("/sensors/light", {A("if", "sensor")})};
    // RFC 6690 §5.2, hierarchical discovery: /.well-known/core, then /sensors.
    QTest::newRow("rfc6690 5.2 well-known")
            << QByteArray("</sensors>;ct=40")
            << QList<CoreLink>{L("/sensors", {A("ct", "40")})};
    QTest::newRow("rfc6690 5.2 sensors")
            << QByteArray("</sensors/temp>;rt=\"temperature-c\";if=\"sensor\",\n"
                          "</sensors/light>;rt=\"light-lux\";if=\"sensor\"")
            << QList<CoreLink>{L("/sensors/temp", {A("rt", "temperature-c"), A("if", "sensor")}),
                               L("/sensors/light", {A("rt", "light-lux"), A("if", "sensor")})};
    // RFC 6690 §5.3, answer to ?rt=light-lux.
    QTest::newRow("rfc6690 5.3 query filtering")
            << QByteArray("</sensors/light>;rt=\"light-lux\";if=\"sensor\"")
            << QList<CoreLink>{L("/sensors/light", {A("rt", "light-lux"), A("if", "sensor")})};
    // RFC 6690 §5.4, link descriptions: an external link and an alternate URI, both anchored;
    // the line break before ";rel" is printed as in the RFC.
    QTest::newRow("rfc6690 5.4 link descriptions")
            << QByteArray("</sensors>;ct=40;title=\"Sensor Index\",\n"
                          "</sensors/temp>;rt=\"temperature-c\";if=\"sensor\",\n"
                          "</sensors/light>;rt=\"light-lux\";if=\"sensor\",\n"
                          "<http://www.example.com/sensors/t123>;anchor=\"/sensors/temp\"\n"
                          ";rel=\"describedby\",\n"
                          "</t>;anchor=\"/sensors/temp\";rel=\"alternate\"")
            << QList<CoreLink>{
                   L("/sensors", {A("ct", "40"), A("title", "Sensor Index")}),
                   L("/sensors/temp", {A("rt", "temperature-c"), A("if", "sensor")}),
                   L("/sensors/light", {A("rt", "light-lux"), A("if", "sensor")}),
                   L("http://www.example.com/sensors/t123",
                     {A("anchor", "/sensors/temp"), A("rel", "describedby")}),
                   L("/t", {A("anchor", "/sensors/temp"), A("rel", "alternate")})};
    // RFC 6690 §5.5: links to resources on other servers, and the size hint of §3.3.
    QTest::newRow("rfc6690 5.5 external links")
            << QByteArray("<coap://sensor1.example.com/sensors/temp>;rt=\"temperature-c\","
                          "</firmware/v2.1>;rt=\"firmware\";sz=262144")
            << QList<CoreLink>{
                   L("coap://sensor1.example.com/sensors/temp", {A("rt", "temperature-c")}),
                   L("/firmware/v2.1", {A("rt", "firmware"), A("sz", "262144")})};
    // Captured once from libcoap 4.3 (coap-server-notls, GET /.well-known/core).
    QTest::newRow("libcoap coap-server")
            << QByteArray("</>;title=\"General Info\";ct=0,</time>;if=\"clock\";rt=\"ticks\";"
                          "title=\"Internal Clock\";ct=0;obs,</async>;ct=0,</example_data>;"
                          "title=\"Example Data\";ct=0;obs")
            << QList<CoreLink>{
                   L("/", {A("title", "General Info"), A("ct", "0")}),
                   L("/time", {A("if", "clock"), A("rt", "ticks"), A("title", "Internal Clock"),
                               A("ct", "0"), F("obs")}),
                   L("/async", {A("ct", "0")}),
                   L("/example_data", {A("title", "Example Data"), A("ct", "0"), F("obs")})};

    QTest::newRow("empty input") << QByteArray() << QList<CoreLink>{};
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t ") << QList<CoreLink>{};
    QTest::newRow("empty href") << QByteArray("<>") << QList<CoreLink>{L("")};
    QTest::newRow("quoted comma and semicolon")
            << QByteArray("</a>;title=\"one, two; three\",</b>")
            << QList<CoreLink>{L("/a", {A("title", "one, two; three")}), L("/b")};
    QTest::newRow("backslash escapes")
            << QByteArray(R"(</a>;title="say \"hi\", \\o/ \x")")
            << QList<CoreLink>{L("/a", {A("title", R"(say "hi", \o/ x)")})};
    QTest::newRow("escaped quote before comma")
            << QByteArray(R"(</a>;title="x\",</b>",</c>)")
            << QList<CoreLink>{L("/a", {A("title", R"(x",</b>)")}), L("/c")};
    QTest::newRow("empty quoted value")
            << QByteArray("</a>;foo=\"\"") << QList<CoreLink>{L("/a", {A("foo", "")})};
    QTest::newRow("flags")
            << QByteArray("</a>;obs;rt=\"x\";foo,</b>;obs")
            << QList<CoreLink>{L("/a", {F("obs"), A("rt", "x"), F("foo")}), L("/b", {F("obs")})};
    QTest::newRow("ptoken values")
            << QByteArray("</a>;rt=temperature-c;if=core.s;foo=a/b:c?d@e[f]<>=")
            << QList<CoreLink>{L("/a", {A("rt", "temperature-c"), A("if", "core.s"),
                                        A("foo", "a/b:c?d@e[f]<>=")})};
    QTest::newRow("several values in rt and if")
            << QByteArray("</a>;rt=\"temperature-c core.s\";if=\"sensor core.rp\"")
            << QList<CoreLink>{L("/a", {A("rt", "temperature-c core.s"),
                                        A("if", "sensor core.rp")})};
    QTest::newRow("repeated attribute")
            << QByteArray("</a>;rt=\"one\";rt=\"two\"")
            << QList<CoreLink>{L("/a", {A("rt", "one"), A("rt", "two")})};
    QTest::newRow("title star")
            << QByteArray("</a>;title*=UTF-8''%e2%82%ac;title=\"EUR\"")
            << QList<CoreLink>{L("/a", {A("title*", "UTF-8''%e2%82%ac"), A("title", "EUR")})};
    QTest::newRow("utf-8 in quoted value")
            << QByteArray("</k>;title=\"K\xc3\xbc" "che \xe2\x82\xac\"")
            << QList<CoreLink>{L("/k", {A("title", "K\u00fcche \u20ac")})};
    QTest::newRow("whitespace everywhere")
            << QByteArray("\r\n  </a> ;\trt = \"x\" ; obs ,\r\n\t</b>\r\n  ,  </c>  \n")
            << QList<CoreLink>{L("/a", {A("rt", "x"), F("obs")}), L("/b"), L("/c")};
    QTest::newRow("absolute and ipv6 hrefs")
            << QByteArray("<coap://[fe80::1%25eth0]:5683/x>,<coap://10.0.0.5/y?a=1&b=2>")
            << QList<CoreLink>{L("coap://[fe80::1%25eth0]:5683/x"), L("coap://10.0.0.5/y?a=1&b=2")};
    QTest::newRow("comma inside href")
            << QByteArray("</a,b>;ct=0,</c>")
            << QList<CoreLink>{L("/a,b", {A("ct", "0")}), L("/c")};
    QTest::newRow("uppercase names kept as written")
            << QByteArray("</a>;RT=\"x\";Obs") << QList<CoreLink>{L("/a", {A("RT", "x"), F("Obs")})};
    QTest::newRow("anchor empty")
            << QByteArray("</a>;anchor=\"\"") << QList<CoreLink>{L("/a", {A("anchor", "")})};
    QTest::newRow("ct list quoted")
            << QByteArray("</a>;ct=\"0 40 60\"") << QList<CoreLink>{L("/a", {A("ct", "0 40 60")})};
    QTest::newRow("extension names")
            << QByteArray("</a>;x-my.ext!#$&+^_`|~=1")
            << QList<CoreLink>{L("/a", {A("x-my.ext!#$&+^_`|~", "1")})};
}

void TestLinkFormat::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<CoreLink>, expected);

    for (const auto mode : {CoreLinkFormat::Mode::Strict, CoreLinkFormat::Mode::Lenient}) {
        const CoreLinkParseResult result = CoreLinkFormat::parse(text, mode);
        QCOMPARE(CoreLinkFormat::errorKey(result.error), "none");
        QCOMPARE(result.skippedLinks, 0);
        QCOMPARE(describe(result.links), describe(expected));
        QCOMPARE(result.links, expected);
    }

    // What we parsed, we can write and read back.
    const QByteArray written = CoreLinkFormat::serialize(expected);
    const CoreLinkParseResult reread = CoreLinkFormat::parse(written, CoreLinkFormat::Mode::Strict);
    QVERIFY2(reread.ok(), written.constData());
    QCOMPARE(describe(reread.links), describe(expected));
}

void TestLinkFormat::strictErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<CoreLinkError>("error");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QStringList>("linksBefore");

    using E = CoreLinkError;
    QTest::newRow("missing <") << QByteArray("/sensors/temp>;rt=\"x\"") << E::ExpectedLink
                               << qsizetype(0) << QStringList{};
    QTest::newRow("missing < in second link") << QByteArray("</a>, /b>") << E::ExpectedLink
                                              << qsizetype(6) << QStringList{u"/a"_s};
    QTest::newRow("missing > before quote") << QByteArray("</sensors/temp;rt=\"x\"")
                                            << E::UnterminatedHref << qsizetype(18) << QStringList{};
    QTest::newRow("missing > at end") << QByteArray("</a") << E::UnterminatedHref << qsizetype(3)
                                      << QStringList{};
    QTest::newRow("space in href") << QByteArray("</a b>") << E::UnterminatedHref << qsizetype(3)
                                   << QStringList{};
    QTest::newRow("< in href") << QByteArray("</a</b>") << E::UnterminatedHref << qsizetype(3)
                               << QStringList{};
    QTest::newRow("bad attribute name") << QByteArray("</a>;ti(tle=\"x\"") << E::BadAttributeName
                                        << qsizetype(7) << QStringList{};
    QTest::newRow("empty attribute name") << QByteArray("</a>;=\"x\"") << E::BadAttributeName
                                          << qsizetype(5) << QStringList{};
    QTest::newRow("quoted attribute name") << QByteArray("</a>;\"rt\"=x") << E::BadAttributeName
                                           << qsizetype(5) << QStringList{};
    QTest::newRow("trailing semicolon") << QByteArray("</a>;") << E::BadAttributeName
                                        << qsizetype(5) << QStringList{};
    QTest::newRow("unterminated quote") << QByteArray("</a>;title=\"abc") << E::UnterminatedQuotedString
                                        << qsizetype(11) << QStringList{};
    QTest::newRow("backslash at end") << QByteArray("</a>;title=\"abc\\")
                                      << E::UnterminatedQuotedString << qsizetype(11) << QStringList{};
    QTest::newRow("junk after link") << QByteArray("</a> x,</b>") << E::ExpectedSeparator
                                     << qsizetype(5) << QStringList{};
    QTest::newRow("junk after value") << QByteArray("</a>;rt=\"x\"y") << E::ExpectedSeparator
                                      << qsizetype(11) << QStringList{};
    QTest::newRow("junk after second link") << QByteArray("</a>,</b> }") << E::ExpectedSeparator
                                            << qsizetype(10) << QStringList{u"/a"_s};
    QTest::newRow("junk glued to a flag") << QByteArray("</a>;obs}") << E::BadAttributeName
                                          << qsizetype(8) << QStringList{};
    QTest::newRow("missing comma") << QByteArray("</a></b>") << E::ExpectedSeparator << qsizetype(4)
                                   << QStringList{};
    QTest::newRow("missing value") << QByteArray("</a>;rt=,</b>") << E::MissingAttributeValue
                                   << qsizetype(8) << QStringList{};
    QTest::newRow("missing value at end") << QByteArray("</a>;rt= ") << E::MissingAttributeValue
                                          << qsizetype(9) << QStringList{};
    QTest::newRow("bad value") << QByteArray("</a>;rt=\x01") << E::BadAttributeValue << qsizetype(8)
                               << QStringList{};
    QTest::newRow("rt flag") << QByteArray("</a>;rt") << E::MissingAttributeValue << qsizetype(7)
                             << QStringList{};
    QTest::newRow("trailing comma") << QByteArray("</a>,") << E::EmptyLink << qsizetype(4)
                                    << QStringList{u"/a"_s};
    QTest::newRow("trailing comma and space") << QByteArray("</a> ,\n") << E::EmptyLink
                                              << qsizetype(5) << QStringList{u"/a"_s};
    QTest::newRow("double comma") << QByteArray("</a>,,</b>") << E::EmptyLink << qsizetype(5)
                                  << QStringList{u"/a"_s};
    QTest::newRow("leading comma") << QByteArray(",</a>") << E::EmptyLink << qsizetype(0)
                                   << QStringList{};
    // Checks of individual parameters (RFC 6690 §2, RFC 7252 §7.2.1, RFC 8187 §3.2).
    QTest::newRow("unquoted anchor") << QByteArray("</t>;anchor=/sensors/temp")
                                     << E::InvalidAttributeValue << qsizetype(12) << QStringList{};
    QTest::newRow("unquoted title") << QByteArray("</t>;title=Temp") << E::InvalidAttributeValue
                                    << qsizetype(11) << QStringList{};
    QTest::newRow("sz not cardinal") << QByteArray("</fw>;sz=12k") << E::InvalidAttributeValue
                                     << qsizetype(9) << QStringList{};
    QTest::newRow("sz leading zero") << QByteArray("</fw>;sz=012") << E::InvalidAttributeValue
                                     << qsizetype(9) << QStringList{};
    QTest::newRow("ct too large") << QByteArray("</a>;ct=70000") << E::InvalidAttributeValue
                                  << qsizetype(8) << QStringList{};
    QTest::newRow("ct list with word") << QByteArray("</a>;ct=\"0 json\"")
                                       << E::InvalidAttributeValue << qsizetype(8) << QStringList{};
    QTest::newRow("title* quoted") << QByteArray("</a>;title*=\"UTF-8''x\"")
                                   << E::InvalidAttributeValue << qsizetype(12) << QStringList{};
    QTest::newRow("title* without charset") << QByteArray("</a>;title*=%e2%82%ac")
                                            << E::InvalidAttributeValue << qsizetype(12)
                                            << QStringList{};
    QTest::newRow("title* flag") << QByteArray("</a>;title*") << E::MissingAttributeValue
                                 << qsizetype(11) << QStringList{};
}

void TestLinkFormat::strictErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(CoreLinkError, error);
    QFETCH(qsizetype, offset);
    QFETCH(QStringList, linksBefore);

    const CoreLinkParseResult result = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Strict);
    QCOMPARE(CoreLinkFormat::errorKey(result.error), CoreLinkFormat::errorKey(error));
    QCOMPARE(result.errorOffset, offset);
    QCOMPARE(hrefs(result.links), linksBefore);
    QCOMPARE(result.skippedLinks, 0);
    QVERIFY(!result.ok());
}

void TestLinkFormat::lenientRecovery_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<CoreLinkError>("firstError");

    using E = CoreLinkError;
    QTest::newRow("missing < in the middle")
            << QByteArray("</a>;rt=\"x\",/b>;rt=\"y\",</c>")
            << QStringList{u"/a"_s, u"/c"_s} << 1 << E::ExpectedLink;
    QTest::newRow("quoted comma inside broken link")
            << QByteArray("</a>,</b>;x=1 2;title=\"p, q\",</c>")
            << QStringList{u"/a"_s, u"/c"_s} << 1 << E::ExpectedSeparator;
    QTest::newRow("quoted semicolon and escape inside broken link")
            << QByteArray(R"(</a>,</b>;x=1 2;title="p; \", q",</c>)")
            << QStringList{u"/a"_s, u"/c"_s} << 1 << E::ExpectedSeparator;
    QTest::newRow("missing >")
            << QByteArray("</a;rt=x,</b>") << QStringList{u"/b"_s} << 1 << E::UnterminatedHref;
    QTest::newRow("unterminated quote does not hide the next link")
            << QByteArray("</a>,</b>;title=\"oops,</c>;ct=0")
            << QStringList{u"/a"_s, u"/c"_s} << 1 << E::UnterminatedQuotedString;
    QTest::newRow("bad attribute name")
            << QByteArray("</a>;t(itle=\"x\",</b>") << QStringList{u"/b"_s} << 1
            << E::BadAttributeName;
    QTest::newRow("newline instead of comma")
            << QByteArray("</a>;ct=0\n</b>\n</c>") << QStringList{u"/a"_s, u"/b"_s, u"/c"_s} << 0
            << E::ExpectedSeparator;
    QTest::newRow("trailing comma")
            << QByteArray("</a>,</b>,") << QStringList{u"/a"_s, u"/b"_s} << 0 << E::None;
    QTest::newRow("leading and double commas")
            << QByteArray(", </a>,,\n,</b>") << QStringList{u"/a"_s, u"/b"_s} << 0 << E::None;
    QTest::newRow("stray semicolons")
            << QByteArray("</a>;;ct=0;") << QStringList{u"/a"_s} << 0 << E::None;
    QTest::newRow("several broken links")
            << QByteArray("</a>,garbage,</b>;rt=\"x\",<>,</c")
            << QStringList{u"/a"_s, u"/b"_s, QString()} << 2 << E::ExpectedLink;
    QTest::newRow("only garbage") << QByteArray("hello, world") << QStringList{} << 2
                                  << E::ExpectedLink;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf</a>") << QStringList{u"/a"_s} << 0
                               << E::None;
    QTest::newRow("strict-only problems are kept")
            << QByteArray("</t>;anchor=/x;sz=abc;ct=json;title*=\"UTF-8''%e2%82%ac\"")
            << QStringList{u"/t"_s} << 0 << E::None;
    QTest::newRow("libcoap with one broken link")
            << QByteArray("</>;title=\"General Info\";ct=0,</time>;if=\"clock\";rt=\"ticks\";"
                          "title=\"Internal Clock;ct=0;obs,</async>;ct=0,</example_data>;"
                          "title=\"Example Data\";ct=0;obs")
            << QStringList{u"/"_s, u"/async"_s, u"/example_data"_s} << 1 << E::ExpectedSeparator;
}

void TestLinkFormat::lenientRecovery()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QFETCH(int, skipped);
    QFETCH(CoreLinkError, firstError);

    const CoreLinkParseResult result = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Lenient);
    QCOMPARE(hrefs(result.links), expected);
    QCOMPARE(result.skippedLinks, skipped);
    QCOMPARE(CoreLinkFormat::errorKey(result.error), CoreLinkFormat::errorKey(firstError));
}

void TestLinkFormat::accessors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("resourceTypes");
    QTest::addColumn<QStringList>("interfaces");
    QTest::addColumn<QList<int>>("contentFormats");
    QTest::addColumn<bool>("observable");
    QTest::addColumn<qint64>("size"); // -1: none
    QTest::addColumn<QString>("anchor"); // "-": none
    QTest::addColumn<QStringList>("relations");

    QTest::newRow("nothing") << QByteArray("</s>") << QStringList{} << QStringList{} << QList<int>{}
                             << false << qint64(-1) << u"-"_s << QStringList{};
    QTest::newRow("everything")
            << QByteArray("</s>;rt=\"temperature-c humidity\";rt=extra;if=\"sensor  core.s\";"
                          "ct=\"0 40 50\";obs;title=\"T\";sz=42;anchor=\"/x\";rel=\"alternate describedby\"")
            << QStringList{u"temperature-c"_s, u"humidity"_s, u"extra"_s}
            << QStringList{u"sensor"_s, u"core.s"_s} << QList<int>{0, 40, 50} << true << qint64(42)
            << u"/x"_s << QStringList{u"alternate"_s, u"describedby"_s};
    QTest::newRow("single ct") << QByteArray("</s>;ct=0") << QStringList{} << QStringList{}
                               << QList<int>{0} << false << qint64(-1) << u"-"_s << QStringList{};
    QTest::newRow("names are case-insensitive")
            << QByteArray("</s>;RT=\"a\";If=\"b\";CT=60;OBS;SZ=7;Anchor=\"\"")
            << QStringList{u"a"_s} << QStringList{u"b"_s} << QList<int>{60} << true << qint64(7)
            << QString(u""_s) << QStringList{};
    QTest::newRow("big size") << QByteArray("</s>;sz=4294967296") << QStringList{} << QStringList{}
                              << QList<int>{} << false << qint64(4294967296LL) << u"-"_s
                              << QStringList{};
}

void TestLinkFormat::accessors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, resourceTypes);
    QFETCH(QStringList, interfaces);
    QFETCH(QList<int>, contentFormats);
    QFETCH(bool, observable);
    QFETCH(qint64, size);
    QFETCH(QString, anchor);
    QFETCH(QStringList, relations);

    const CoreLink link = single(text);
    QCOMPARE(link.resourceTypes(), resourceTypes);
    QCOMPARE(link.interfaces(), interfaces);
    QCOMPARE(link.contentFormats(), contentFormats);
    QCOMPARE(link.isObservable(), observable);
    QCOMPARE(link.size().has_value(), size >= 0);
    if (size >= 0)
        QCOMPARE(qint64(*link.size()), size);
    QCOMPARE(link.anchor().value_or(u"-"_s), anchor);
    QCOMPARE(link.relations(), relations);
}

void TestLinkFormat::title_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("none") << QByteArray("</a>") << QString();
    QTest::newRow("plain") << QByteArray("</a>;title=\"Sensor Index\"") << u"Sensor Index"_s;
    QTest::newRow("title* preferred") << QByteArray("</a>;title=\"EUR\";title*=UTF-8''%e2%82%ac%20rates")
                                      << u"\u20ac rates"_s;
    QTest::newRow("title* first") << QByteArray("</a>;title*=UTF-8''%E2%82%AC;title=\"EUR\"")
                                  << u"\u20ac"_s;
    QTest::newRow("title* with language") << QByteArray("</a>;title*=utf-8'en'caf%C3%A9")
                                          << u"caf\u00e9"_s;
    QTest::newRow("title* latin-1") << QByteArray("</a>;title*=ISO-8859-1'de'K%E4se")
                                    << u"K\u00e4se"_s;
    QTest::newRow("title* truncated utf-8 falls back")
            << QByteArray("</a>;title*=UTF-8''%e2%82;title=\"plain\"") << u"plain"_s;
    QTest::newRow("title* unknown charset falls back")
            << QByteArray("</a>;title*=KOI8-R''x;title=\"plain\"") << u"plain"_s;
    QTest::newRow("second title* decodes")
            << QByteArray("</a>;title*=UTF-8''%zz;title*=UTF-8'de'Gr%C3%BC%C3%9Fe") << u"Gr\u00fc\u00dfe"_s;
    QTest::newRow("utf-8 quoted") << QByteArray("</a>;title=\"K\xc3\xbc" "che\"") << u"K\u00fcche"_s;
    QTest::newRow("escapes") << QByteArray(R"(</a>;title="a \"b\" \\ c")") << uR"(a "b" \ c)"_s;
}

void TestLinkFormat::title()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, title);
    const CoreLinkParseResult result = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Lenient);
    QCOMPARE(result.links.size(), 1);
    QCOMPARE(result.links.first().title(), title);
}

void TestLinkFormat::resolve_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path"); // "-": another origin

    QTest::newRow("absolute path") << QByteArray("</sensors/temp>") << u"coap://10.0.0.5:5683/"_s
                                   << u"coap://10.0.0.5:5683/"_s
                                   << u"coap://10.0.0.5:5683/sensors/temp"_s << u"/sensors/temp"_s;
    QTest::newRow("relative to a collection") << QByteArray("<temp>") << u"coap://10.0.0.5/sensors/"_s
                                              << u"coap://10.0.0.5/sensors/"_s
                                              << u"coap://10.0.0.5/sensors/temp"_s
                                              << u"/sensors/temp"_s;
    QTest::newRow("dot segments") << QByteArray("<../a/./b>") << u"coap://10.0.0.5/x/y/"_s
                                  << u"coap://10.0.0.5/x/y/"_s << u"coap://10.0.0.5/x/a/b"_s
                                  << u"/x/a/b"_s;
    QTest::newRow("empty href") << QByteArray("<>") << u"coap://10.0.0.5/sensors"_s
                                << u"coap://10.0.0.5/sensors"_s << u"coap://10.0.0.5/sensors"_s
                                << u"/sensors"_s;
    // RFC 6690 §5.4: "/t" is an alternate URI of /sensors/temp.
    QTest::newRow("anchored absolute path") << QByteArray("</t>;anchor=\"/sensors/temp\"")
                                            << u"coap://10.0.0.5/"_s
                                            << u"coap://10.0.0.5/sensors/temp"_s
                                            << u"coap://10.0.0.5/t"_s << u"/t"_s;
    QTest::newRow("relative to the anchor") << QByteArray("<t>;anchor=\"/sensors/temp\"")
                                            << u"coap://10.0.0.5/"_s
                                            << u"coap://10.0.0.5/sensors/temp"_s
                                            << u"coap://10.0.0.5/sensors/t"_s << u"/sensors/t"_s;
    QTest::newRow("external description")
            << QByteArray("<http://www.example.com/sensors/t123>;anchor=\"/sensors/temp\";rel=\"describedby\"")
            << u"coap://10.0.0.5/"_s << u"coap://10.0.0.5/sensors/temp"_s
            << u"http://www.example.com/sensors/t123"_s << u"-"_s;
    QTest::newRow("anchor on another server") << QByteArray("<a>;anchor=\"coap://other.example/x/\"")
                                              << u"coap://10.0.0.5/"_s
                                              << u"coap://other.example/x/"_s
                                              << u"coap://other.example/x/a"_s << u"-"_s;
    QTest::newRow("same origin, explicit default port") << QByteArray("<coap://10.0.0.5:5683/x>")
                                                        << u"coap://10.0.0.5/"_s
                                                        << u"coap://10.0.0.5/"_s
                                                        << u"coap://10.0.0.5:5683/x"_s << u"/x"_s;
    QTest::newRow("other host") << QByteArray("<coap://10.0.0.6/x>") << u"coap://10.0.0.5/"_s
                                << u"coap://10.0.0.5/"_s << u"coap://10.0.0.6/x"_s << u"-"_s;
    QTest::newRow("other port") << QByteArray("<coap://10.0.0.5:5700/x>") << u"coap://10.0.0.5/"_s
                                << u"coap://10.0.0.5/"_s << u"coap://10.0.0.5:5700/x"_s << u"-"_s;
    QTest::newRow("other scheme") << QByteArray("<coaps://10.0.0.5/x>") << u"coap://10.0.0.5/"_s
                                  << u"coap://10.0.0.5/"_s << u"coaps://10.0.0.5/x"_s << u"-"_s;
    QTest::newRow("ipv6 with zone") << QByteArray("</sensors/temp>")
                                    << u"coap://[fe80::1%25eth0]:5683/"_s
                                    << u"coap://[fe80::1%25eth0]:5683/"_s
                                    << u"coap://[fe80::1%25eth0]:5683/sensors/temp"_s
                                    << u"/sensors/temp"_s;
    QTest::newRow("ipv6 with zone, anchored") << QByteArray("</t>;anchor=\"/sensors/temp\"")
                                              << u"coap://[fe80::1%25wlan0]/"_s
                                              << u"coap://[fe80::1%25wlan0]/sensors/temp"_s
                                              << u"coap://[fe80::1%25wlan0]/t"_s << u"/t"_s;
    QTest::newRow("percent-encoded path stays encoded") << QByteArray("</a%20b/c%2Fd>")
                                                        << u"coap://10.0.0.5/"_s
                                                        << u"coap://10.0.0.5/"_s
                                                        << u"coap://10.0.0.5/a%20b/c%2Fd"_s
                                                        << u"/a%20b/c%2Fd"_s;
    QTest::newRow("query is not part of the path") << QByteArray("</ps/?rt=x>")
                                                   << u"coap://10.0.0.5/"_s
                                                   << u"coap://10.0.0.5/"_s
                                                   << u"coap://10.0.0.5/ps/?rt=x"_s << u"/ps/"_s;
}

void TestLinkFormat::resolve()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, base);
    QFETCH(QString, context);
    QFETCH(QString, target);
    QFETCH(QString, path);

    const CoreLink link = single(text);
    const QUrl baseUrl(base);
    QVERIFY(baseUrl.isValid());
    QCOMPARE(link.contextUri(baseUrl).toString(QUrl::FullyEncoded), context);
    const QUrl resolved = link.resolvedUri(baseUrl);
    QCOMPARE(resolved.toString(QUrl::FullyEncoded), target);
    QCOMPARE(link.path(baseUrl).value_or(u"-"_s), path);
    if (path != u"-")
        QCOMPARE(resolved.host(), baseUrl.host()); // the zone id survives resolution
}

void TestLinkFormat::filter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const QString temp = u"/sensors/temp"_s, light = u"/sensors/light"_s, index = u"/sensors"_s,
                  ext = u"http://www.example.com/sensors/t123"_s, t = u"/t"_s, fw = u"/fw"_s;
    QTest::newRow("rt exact (RFC 6690 5.3)") << u"rt=light-lux"_s << QStringList{light};
    QTest::newRow("rt prefix") << u"rt=temperature*"_s << QStringList{temp};
    QTest::newRow("rt second value") << u"rt=core.fw"_s << QStringList{fw};
    QTest::newRow("rt prefix of second value") << u"rt=core*"_s << QStringList{fw};
    QTest::newRow("rt without * is exact") << u"rt=light"_s << QStringList{};
    QTest::newRow("rt whole list") << u"rt=firmware core.fw"_s << QStringList{fw};
    QTest::newRow("href exact") << u"href=/t"_s << QStringList{t};
    QTest::newRow("href prefix") << u"href=/sensors*"_s << QStringList{index, temp, light};
    QTest::newRow("href prefix with slash") << u"href=/sensors/*"_s << QStringList{temp, light};
    QTest::newRow("href any") << u"href=*"_s << QStringList{index, temp, light, ext, t, fw};
    QTest::newRow("href absolute prefix") << u"href=http:*"_s << QStringList{ext};
    QTest::newRow("if") << u"if=sensor"_s << QStringList{temp, light};
    QTest::newRow("if prefix") << u"if=sen*"_s << QStringList{temp, light};
    QTest::newRow("ct single") << u"ct=40"_s << QStringList{index};
    QTest::newRow("ct in list") << u"ct=42"_s << QStringList{fw};
    QTest::newRow("ct 0") << u"ct=0"_s << QStringList{fw};
    QTest::newRow("anchor") << u"anchor=/sensors/temp"_s << QStringList{ext, t};
    QTest::newRow("title prefix with space") << u"title=Sensor I*"_s << QStringList{index};
    QTest::newRow("title exact") << u"title=Sensor Index"_s << QStringList{index};
    QTest::newRow("title is not split") << u"title=Index"_s << QStringList{};
    QTest::newRow("rel") << u"rel=describedby"_s << QStringList{ext};
    QTest::newRow("name case-insensitive") << u"RT=light-lux"_s << QStringList{light};
    QTest::newRow("value case-sensitive") << u"rt=Light-Lux"_s << QStringList{};
    QTest::newRow("unknown attribute") << u"foo=bar"_s << QStringList{};
    QTest::newRow("attribute present") << u"obs=*"_s << QStringList{fw};
    QTest::newRow("bare name") << u"obs"_s << QStringList{fw};
    QTest::newRow("empty query") << QString() << QStringList{index, temp, light, ext, t, fw};
}

void TestLinkFormat::filter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    const CoreLinkParseResult result = CoreLinkFormat::parse(filterDocument, CoreLinkFormat::Mode::Strict);
    QVERIFY(result.ok());
    QCOMPARE(hrefs(CoreLinkFormat::filter(result.links, query)), expected);
    for (const CoreLink &link : result.links)
        QCOMPARE(CoreLinkFormat::matchesQuery(link, query), expected.contains(link.href()));
}

void TestLinkFormat::serialize_data()
{
    QTest::addColumn<QList<CoreLink>>("links");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nothing") << QList<CoreLink>{} << QByteArray();
    QTest::newRow("bare link") << QList<CoreLink>{L("/a")} << QByteArray("</a>");
    QTest::newRow("typical resource")
            << QList<CoreLink>{L("/sensors/temp", {A("rt", "temperature-c"), A("if", "sensor"),
                                                   A("ct", "0"), F("obs"), A("sz", "42")})}
            << QByteArray("</sensors/temp>;rt=\"temperature-c\";if=\"sensor\";ct=0;obs;sz=42");
    QTest::newRow("several links") << QList<CoreLink>{L("/a"), L("/b", {A("ct", "40")}), L("/c")}
                                   << QByteArray("</a>,</b>;ct=40,</c>");
    QTest::newRow("escapes and separators")
            << QList<CoreLink>{L("/a", {A("title", R"(a "b", c;d \)")})}
            << QByteArray(R"(</a>;title="a \"b\", c;d \\")");
    QTest::newRow("ct list quoted") << QList<CoreLink>{L("/a", {A("ct", "0 40")})}
                                    << QByteArray("</a>;ct=\"0 40\"");
    QTest::newRow("numeric title and anchor stay quoted")
            << QList<CoreLink>{L("/a", {A("title", "5"), A("anchor", "7")})}
            << QByteArray("</a>;title=\"5\";anchor=\"7\"");
    QTest::newRow("empty value") << QList<CoreLink>{L("/a", {A("foo", "")})}
                                 << QByteArray("</a>;foo=\"\"");
    QTest::newRow("title* bare") << QList<CoreLink>{L("/a", {A("title*", CoreLinkFormat::encodeExtValue(u"\u20ac"))})}
                                 << QByteArray("</a>;title*=UTF-8''%E2%82%AC");
    QTest::newRow("utf-8 title") << QList<CoreLink>{L("/k", {A("title", "K\u00fcche")})}
                                 << QByteArray("</k>;title=\"K\xc3\xbc" "che\"");
    QTest::newRow("href needs encoding") << QList<CoreLink>{L("/a b/\u00fc<>\"")}
                                         << QByteArray("</a%20b/%C3%BC%3C%3E%22>");
    QTest::newRow("invalid names dropped")
            << QList<CoreLink>{L("/a", {A("bad name", "x"), F(""), F("*"), A("ok", "1")})}
            << QByteArray("</a>;ok=1");
    // Found by fuzz_linkformat (tests/fuzz/corpus/linkformat/regress_title_star_not_utf8): what
    // Lenient mode keeps from a sloppy device must not come out as text Strict mode rejects.
    QTest::newRow("values Strict rejects dropped")
            << QList<CoreLink>{L("/a", {A("title*", "UTF-8'en'ee2%82%ac"), A("sz", "abc"), F("sz"),
                                        A("ct", "x"), F("title*"), A("title", "t"), A("ok", "1")})}
            << QByteArray("</a>;title=\"t\";ok=1");
}

void TestLinkFormat::serialize()
{
    QFETCH(QList<CoreLink>, links);
    QFETCH(QByteArray, expected);
    const QByteArray written = CoreLinkFormat::serialize(links);
    QCOMPARE(written, expected);
    QVERIFY(CoreLinkFormat::parse(written, CoreLinkFormat::Mode::Strict).ok());
}

void TestLinkFormat::roundTrip_data()
{
    QTest::addColumn<QList<CoreLink>>("links");

    QTest::newRow("server resources")
            << QList<CoreLink>{L("/.well-known/core", {A("ct", "40")}),
                               L("/time", {A("rt", "ticks clock"), A("if", "core.s"),
                                           A("title", "Internal Clock"), A("ct", "0 60"), F("obs")}),
                               L("/firmware", {A("sz", "262144"), A("ct", "42")})};
    QTest::newRow("hostile values")
            << QList<CoreLink>{L("/x", {A("title", "\"quoted\", ;semi; \\back\\ <angle>"),
                                        A("foo", ""), A("rt", "a"), A("rt", "b"), F("flag")})};
    QTest::newRow("utf-8 and title*")
            << QList<CoreLink>{L("/k", {A("title", "K\u00fcche \u2603"),
                                        A("title*", CoreLinkFormat::encodeExtValue(u"\u20ac 100 % sicher"))})};
    QTest::newRow("anchors and absolute hrefs")
            << QList<CoreLink>{L("coap://[fe80::1%25eth0]:5683/x", {A("anchor", "/sensors/temp"),
                                                                    A("rel", "alternate")}),
                               L("", {A("anchor", "")})};
}

void TestLinkFormat::roundTrip()
{
    QFETCH(QList<CoreLink>, links);
    const QByteArray written = CoreLinkFormat::serialize(links);
    const CoreLinkParseResult result = CoreLinkFormat::parse(written, CoreLinkFormat::Mode::Strict);
    QVERIFY2(result.ok(), written.constData());
    QCOMPARE(describe(result.links), describe(links));
    QCOMPARE(result.links, links);
    QCOMPARE(CoreLinkFormat::serialize(result.links), written);
}

void TestLinkFormat::extValue_data()
{
    QTest::addColumn<QString>("extValue");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("euro (RFC 8187 3.3)") << u"UTF-8''%e2%82%ac%20rates"_s << true << u"\u20ac rates"_s;
    QTest::newRow("language") << u"UTF-8'en'abc"_s << true << u"abc"_s;
    QTest::newRow("latin-1") << u"iso-8859-1''%A3%20rates"_s << true << u"\u00a3 rates"_s;
    QTest::newRow("empty text") << u"UTF-8''"_s << true << QString();
    QTest::newRow("no charset") << u"''abc"_s << false << QString();
    QTest::newRow("one quote") << u"UTF-8'abc"_s << false << QString();
    QTest::newRow("bad percent") << u"UTF-8''%4"_s << false << QString();
    QTest::newRow("bad hex") << u"UTF-8''%g0"_s << false << QString();
    QTest::newRow("raw space") << u"UTF-8''a b"_s << false << QString();
    QTest::newRow("invalid utf-8") << u"UTF-8''%ff"_s << false << QString();
    QTest::newRow("unknown charset") << u"EBCDIC''abc"_s << false << QString();
    // Found by fuzz_linkformat (corpus/linkformat/regress_ext_value_leading_bom): a leading
    // U+FEFF is text, not a byte-order mark to drop, or encode/decode would not round-trip.
    QTest::newRow("leading U+FEFF kept") << u"UTF-8''%EF%BB%BFx"_s << true << u"\ufeffx"_s;
}

void TestLinkFormat::extValue()
{
    QFETCH(QString, extValue);
    QFETCH(bool, valid);
    QFETCH(QString, decoded);

    const std::optional<QString> result = CoreLinkFormat::decodeExtValue(extValue);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, decoded);
        QCOMPARE(CoreLinkFormat::decodeExtValue(CoreLinkFormat::encodeExtValue(decoded)), decoded);
    }
}

// 1 MiB documents, well-formed and hostile: linear time, no recursion, no crash. The time limit
// is far above what linear parsing needs (milliseconds) and far below quadratic behaviour.
void TestLinkFormat::hugeInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("strictLinks");  // -1: don't check
    QTest::addColumn<int>("lenientLinks"); // -1: don't check

    constexpr qsizetype MiB = 1024 * 1024;
    QByteArray many;
    int count = 0;
    while (many.size() < MiB) {
        many += "</sensors/" + QByteArray::number(count++)
                + ">;rt=\"temperature-c core.s\";if=\"sensor\";title=\"T, \\\"x\\\"\";ct=0;obs,\r\n";
    }
    many.chop(3);
    QTest::newRow("many links") << many << count << count;

    QByteArray title = "</a>;title=\"";
    while (title.size() < MiB)
        title += "ab\\\"cd, ;";
    title += '"';
    QTest::newRow("one huge quoted value") << title << 1 << 1;

    QTest::newRow("all <") << QByteArray(MiB, '<') << 0 << 0;
    QTest::newRow("all commas") << QByteArray(MiB, ',') << 0 << 0;
    QTest::newRow("all quotes") << QByteArray(MiB, '"') << 0 << 0;
    QTest::newRow("all semicolons") << QByteArray(MiB, ';') << 0 << 0;
    QTest::newRow("unterminated href") << QByteArray("<") + QByteArray(MiB, 'a') << 0 << 0;
    QTest::newRow("repeated <a,") << QByteArray("<a,").repeated(MiB / 3) << 0 << 0;
    QTest::newRow("repeated ,<") << QByteArray(",<").repeated(MiB / 2) << 0 << 0;
    QTest::newRow("escaped quotes after an open quote")
            << QByteArray("</a>;t=\"\\\",").repeated(MiB / 11) << 0 << -1;
    QTest::newRow("unterminated quote, then escaped quotes")
            << QByteArray("</a>;t=\",") + QByteArray("</a>;t=\\\",").repeated(MiB / 10) << 0 << -1;
    QTest::newRow("repeated mispaired quotes")
            << QByteArray("</a>;t=\"x\"y\",").repeated(MiB / 13) << 0 << -1;
    QTest::newRow("repeated broken link") << QByteArray("</a>;x=1 2,").repeated(MiB / 11) << 0 << 0;
    QTest::newRow("repeated flags") << QByteArray("</a>") + QByteArray(";obs").repeated(MiB / 4) << 1 << 1;
}

void TestLinkFormat::hugeInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, strictLinks);
    QFETCH(int, lenientLinks);

    QElapsedTimer timer;
    timer.start();
    const CoreLinkParseResult strict = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Strict);
    const CoreLinkParseResult lenient = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Lenient);
    const qint64 elapsed = timer.elapsed();
    if (strictLinks >= 0)
        QCOMPARE(strict.links.size(), strictLinks);
    if (lenientLinks >= 0)
        QCOMPARE(lenient.links.size(), lenientLinks);
    QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
}

void TestLinkFormat::errorKeys()
{
    using E = CoreLinkError;
    QSet<QByteArray> keys;
    const QList<E> all{E::None, E::ExpectedLink, E::UnterminatedHref, E::EmptyLink,
                       E::BadAttributeName, E::MissingAttributeValue, E::BadAttributeValue,
                       E::UnterminatedQuotedString, E::ExpectedSeparator, E::InvalidAttributeValue};
    for (E error : all) {
        const QByteArray key = CoreLinkFormat::errorKey(error);
        QVERIFY(!key.isEmpty());
        QVERIFY(key != "unknown");
        keys.insert(key);
    }
    QCOMPARE(keys.size(), all.size());
}

QTEST_GUILESS_MAIN(TestLinkFormat)
#include "tst_linkformat.moc"

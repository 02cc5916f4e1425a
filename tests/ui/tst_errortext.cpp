// The sentences people read (ui/common/errortext.h): exact wording for the examples of UX.md, and a
// sentence for every enum value, so nothing ever shows a raw key or an empty banner.
#include "errortext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(CoapUriError)

class tst_ErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void uxExamples();
    void duration_data();
    void duration();
    void everyExchangeError();
    void nonConfirmableTimeout();
    void hostNotFound();
    void everyDecodeAndNetworkError();
    void uriErrors_data();
    void uriErrors();
    void responseClasses();
    void everyRegisteredCode();
    void payloadErrors();
    void banner();
};

void tst_ErrorText::uxExamples()
{
    ExchangeErrorContext c;
    c.peer = QStringLiteral("10.0.0.5:5683");
    c.retransmissions = 4;
    c.elapsedMs = 93000;
    QCOMPARE(ErrorText::exchangeError(CoapError::RetransmissionsExceeded, c),
             QStringLiteral("No answer from 10.0.0.5:5683 after 4 retransmissions (93 s). "
                            "Is the device on this link and powered?"));
    c.retransmissions = 1;
    c.elapsedMs = -1;
    QCOMPARE(ErrorText::exchangeError(CoapError::RetransmissionsExceeded, c),
             QStringLiteral("No answer from 10.0.0.5:5683 after 1 retransmission. "
                            "Is the device on this link and powered?"));
    QCOMPARE(ErrorText::responseSentence(CoapCode::NotFound, QStringLiteral("/sensors/tmp")),
             QStringLiteral("Not Found: the device has no resource at /sensors/tmp"));
    QCOMPARE(ErrorText::responseSentence(CoapCode::MethodNotAllowed, QStringLiteral("/a"), CoapCode::Post),
             QStringLiteral("Method Not Allowed: /a does not accept POST."));
}

void tst_ErrorText::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << qint64(850) << QStringLiteral("850 ms");
    QTest::newRow("short s") << qint64(2500) << QStringLiteral("2.5 s");
    QTest::newRow("s") << qint64(93000) << QStringLiteral("93 s");
    QTest::newRow("min") << qint64(125000) << QStringLiteral("2 min 5 s");
    QTest::newRow("unknown") << qint64(-1) << QString();
}

void tst_ErrorText::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(ErrorText::duration(ms), text);
}

void tst_ErrorText::everyExchangeError()
{
    ExchangeErrorContext c;
    c.peer = QStringLiteral("192.0.2.1:5683");
    c.path = QStringLiteral("/x");
    QSet<QString> seen;
    for (int e = int(CoapError::HostNotFound); e <= int(CoapError::PortUnreachable); ++e) {
        const QString text = ErrorText::exchangeError(CoapError(e), c);
        QVERIFY2(!text.isEmpty(), coapErrorKey(CoapError(e)));
        QVERIFY2(!text.contains(QLatin1String(coapErrorKey(CoapError(e)))) || text.contains(QLatin1Char(' ')),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('?')), qPrintable(text));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(ErrorText::exchangeError(CoapError::None, c), QString());
    // What the peer did wrong is told apart (issue 10: the window tells these failures apart).
    for (int v = int(CoapProtocolViolation::ShortBlock); v <= int(CoapProtocolViolation::UnsupportedCriticalOption); ++v) {
        c.violation = CoapProtocolViolation(v);
        if (c.violation == CoapProtocolViolation::UnexpectedBlock)
            continue; // the plain block-transfer text above
        const QString text = ErrorText::exchangeError(CoapError::ProtocolError, c);
        QVERIFY2(!seen.contains(text), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        seen.insert(text);
    }
}

void tst_ErrorText::nonConfirmableTimeout()
{
    ExchangeErrorContext c;
    c.peer = QStringLiteral("10.0.0.5:5683");
    c.confirmable = false;
    c.elapsedMs = 5000;
    const QString text = ErrorText::exchangeError(CoapError::Timeout, c);
    QVERIFY(text.startsWith(QStringLiteral("No answer from 10.0.0.5:5683 within 5.0 s.")));
    QVERIFY(text.contains(QStringLiteral("non-confirmable")));
}

void tst_ErrorText::hostNotFound()
{
    ExchangeErrorContext c;
    c.hostName = QStringLiteral("boiler.local");
    QVERIFY(ErrorText::exchangeError(CoapError::HostNotFound, c).contains(QStringLiteral("\u201cboiler.local\u201d")));
}

void tst_ErrorText::everyDecodeAndNetworkError()
{
    for (int e = int(CoapDecodeError::TruncatedHeader); e <= int(CoapDecodeError::PayloadMarkerWithoutPayload); ++e)
        QVERIFY2(!ErrorText::decodeError(CoapDecodeError(e)).isEmpty(), CoapCodec::errorKey(CoapDecodeError(e)));
    QCOMPARE(ErrorText::decodeError(CoapDecodeError::None), QString());
    for (int e = int(CoapNetworkError::AddressInUse); e <= int(CoapNetworkError::Other); ++e)
        QVERIFY(!ErrorText::networkError(CoapNetworkError(e), QStringLiteral("10.0.0.5:5683")).isEmpty());
    QVERIFY(ErrorText::networkError(CoapNetworkError::HostUnreachable, QStringLiteral("10.0.0.5:5683"))
                .contains(QStringLiteral("10.0.0.5:5683")));
}

void tst_ErrorText::uriErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<CoapUriError>("error");
    QTest::addColumn<QString>("contains");
    QTest::newRow("empty") << QStringLiteral("  ") << CoapUriError::Empty << QStringLiteral("coap://");
    QTest::newRow("no scheme") << QStringLiteral("10.0.0.5/x") << CoapUriError::MissingScheme << QStringLiteral("coap://");
    QTest::newRow("http") << QStringLiteral("http://10.0.0.5/") << CoapUriError::UnsupportedScheme << QStringLiteral("coaps://");
    QTest::newRow("no host") << QStringLiteral("coap:///x") << CoapUriError::MissingHost << QStringLiteral("no host");
    QTest::newRow("port") << QStringLiteral("coap://h:99999/") << CoapUriError::InvalidPort << QStringLiteral("65535");
    QTest::newRow("fragment") << QStringLiteral("coap://h/x#y") << CoapUriError::Fragment << QStringLiteral("#");
    QTest::newRow("percent") << QStringLiteral("coap://h/%zz") << CoapUriError::InvalidPercentEncoding << QStringLiteral("%25");
    QTest::newRow("space") << QStringLiteral("coap://h/a b") << CoapUriError::InvalidCharacter << QStringLiteral("position 11");
}

void tst_ErrorText::uriErrors()
{
    QFETCH(QString, uri);
    QFETCH(CoapUriError, error);
    QFETCH(QString, contains);
    const CoapUriParseResult parsed = CoapUri::parse(uri);
    QCOMPARE(parsed.error, error);
    const QString text = ErrorText::uriError(parsed.error, parsed.errorPosition, uri);
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void tst_ErrorText::responseClasses()
{
    QCOMPARE(ErrorText::responseClass(CoapCode::Content), ResponseClass::Success);
    QCOMPARE(ErrorText::responseClass(CoapCode::Continue), ResponseClass::Success);
    QCOMPARE(ErrorText::responseClass(CoapCode::NotFound), ResponseClass::ClientError);
    QCOMPARE(ErrorText::responseClass(CoapCode::make(4, 31)), ResponseClass::ClientError);
    QCOMPARE(ErrorText::responseClass(CoapCode::InternalServerError), ResponseClass::ServerError);
    QCOMPARE(ErrorText::responseClass(CoapCode::Get), ResponseClass::Other);
    QCOMPARE(ErrorText::responseClass(CoapCode::make(7, 1)), ResponseClass::Other);
    QSet<QString> words;
    for (auto cls : {ResponseClass::Success, ResponseClass::ClientError, ResponseClass::ServerError,
                     ResponseClass::NetworkProblem, ResponseClass::Other})
        words.insert(ErrorText::responseClassWord(cls));
    QCOMPARE(words.size(), 5);
}

void tst_ErrorText::everyRegisteredCode()
{
    const quint8 codes[] = {
        CoapCode::Created, CoapCode::Deleted, CoapCode::Valid, CoapCode::Changed, CoapCode::Content,
        CoapCode::Continue, CoapCode::BadRequest, CoapCode::Unauthorized, CoapCode::BadOption,
        CoapCode::Forbidden, CoapCode::NotFound, CoapCode::MethodNotAllowed, CoapCode::NotAcceptable,
        CoapCode::RequestEntityIncomplete, CoapCode::Conflict, CoapCode::PreconditionFailed,
        CoapCode::RequestEntityTooLarge, CoapCode::UnsupportedContentFormat, CoapCode::UnprocessableEntity,
        CoapCode::TooManyRequests, CoapCode::InternalServerError, CoapCode::NotImplemented,
        CoapCode::BadGateway, CoapCode::ServiceUnavailable, CoapCode::GatewayTimeout,
        CoapCode::ProxyingNotSupported, CoapCode::HopLimitReached,
    };
    for (quint8 code : codes) {
        const QString meaning = ErrorText::codeMeaning(code);
        QVERIFY2(!meaning.isEmpty(), qPrintable(CoapCode::toString(code)));
        // The sentence starts with the meaning, so the word and the explanation agree.
        const QString sentence = ErrorText::responseSentence(code, QStringLiteral("/p"), CoapCode::Get);
        QVERIFY2(sentence.startsWith(meaning + QLatin1Char(':')), qPrintable(sentence));
    }
    // Unregistered codes still get a sentence by class.
    QVERIFY(ErrorText::codeMeaning(CoapCode::make(4, 30)).isEmpty());
    QVERIFY(ErrorText::responseSentence(CoapCode::make(4, 30), QStringLiteral("/p")).startsWith(QStringLiteral("4.30:")));
    QVERIFY(ErrorText::responseSentence(CoapCode::make(5, 9), QStringLiteral("/p")).startsWith(QStringLiteral("5.09:")));
}

void tst_ErrorText::payloadErrors()
{
    for (int e = int(CborDiagnostic::DecodeError::Empty); e <= int(CborDiagnostic::DecodeError::TrailingData); ++e)
        QVERIFY(!ErrorText::cborDecodeError(CborDiagnostic::DecodeError(e), 3).isEmpty());
    for (int e = int(CborDiagnostic::ParseError::UnexpectedEnd); e <= int(CborDiagnostic::ParseError::TrailingCharacters); ++e)
        QVERIFY(!ErrorText::cborParseError(CborDiagnostic::ParseError(e), 0, u"x").isEmpty());
    QVERIFY(ErrorText::cborParseError(CborDiagnostic::ParseError::UnexpectedCharacter, 4, u"[1,\n 2 3]")
                .contains(QStringLiteral("line 2, column 1")));
    for (int e = int(CoreLinkError::ExpectedLink); e <= int(CoreLinkError::InvalidAttributeValue); ++e)
        QVERIFY(!ErrorText::linkFormatError(CoreLinkError(e), 0).isEmpty());
    SenmlPack pack;
    for (int e = int(SenmlError::InvalidJson); e <= int(SenmlError::VersionMismatch); ++e) {
        pack.error = SenmlError(e);
        pack.recordIndex = 0;
        pack.field = QStringLiteral("v");
        QVERIFY(!ErrorText::senmlError(pack).isEmpty());
    }
    QJsonParseError json;
    QJsonDocument::fromJson("{\"a\" 1}", &json);
    QVERIFY(ErrorText::jsonError(json, "{\"a\" 1}").startsWith(QStringLiteral("Not valid JSON at line 1")));
}

void tst_ErrorText::banner()
{
    QWidget parent;
    InlineBanner banner(&parent);
    QVERIFY(banner.text().isEmpty());
    banner.showMessage(QStringLiteral("Something failed."));
    QCOMPARE(banner.text(), QStringLiteral("Something failed."));
    QCOMPARE(banner.kind(), InlineBanner::Kind::Error);
    banner.clearMessage();
    QVERIFY(banner.text().isEmpty());
    QVERIFY(banner.isHidden());
    // The tint is a mix of the palette's window colour: light stays light, dark stays dark.
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    QVERIFY(InlineBanner::tint(light, InlineBanner::Kind::Error, 0.16).lightness() > 180);
    QVERIFY(InlineBanner::tint(dark, InlineBanner::Kind::Error, 0.16).lightness() < 80);
}

QTEST_MAIN(tst_ErrorText)
#include "tst_errortext.moc"

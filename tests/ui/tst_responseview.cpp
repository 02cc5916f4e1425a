// The response view (ui/request/responseview.h): the tab follows the content format, a payload that does
// not parse as declared is shown as text and hex with the reason, links open in the composer.
#include "responseview.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using View = PayloadRender::View;

class tst_ResponseView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void autoSelects_data();
    void autoSelects();
    void declaredButBroken();
    void errorCodeIsWorded();
    void linksOpen();
    void notificationKeepsTab();
    void failureAndProgress();
    void savePayload();

private:
    static CoapMessage response(quint8 code, int cf, const QByteArray &payload)
    {
        CoapMessage m(CoapType::Acknowledgement, code, 0x1234, QByteArray::fromHex("a1b2"));
        if (cf >= 0)
            m.setUintOption(CoapOptionNumber::ContentFormat, quint64(cf));
        m.setPayload(payload);
        return m;
    }
    static ResponseContext context()
    {
        ResponseContext c;
        c.uri = QStringLiteral("coap://10.0.0.5/sensors/temp");
        c.path = QStringLiteral("/sensors/temp");
        c.linkBase = QStringLiteral("coap://10.0.0.5:5683/");
        c.method = CoapCode::Get;
        c.from = CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.5")), 5683);
        c.rttMs = 0.8;
        return c;
    }
};

void tst_ResponseView::autoSelects_data()
{
    QTest::addColumn<int>("cf");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<View>("view");
    QTest::newRow("text") << 0 << QByteArray("Temperature: 25.0 C") << View::Text;
    QTest::newRow("json") << 50 << QByteArray("{\"t\": 25}") << View::Json;
    QTest::newRow("cbor") << 60 << QByteArray::fromHex("a1617419") << View::Text; // broken: falls back
    QTest::newRow("cbor ok") << 60 << QByteArray::fromHex("a1617418 19") << View::Cbor;
    QTest::newRow("link") << 40 << QByteArray("</a>;rt=x,</b>") << View::Link;
    QTest::newRow("senml") << 110 << QByteArray("[{\"n\":\"t\",\"v\":1}]") << View::Senml;
    QTest::newRow("binary") << 42 << QByteArray("\x00\x01\x02", 3) << View::Hex;
    QByteArray png;
    {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    QTest::newRow("png") << 23 << png << View::Image;
}

void tst_ResponseView::autoSelects()
{
    QFETCH(int, cf);
    QFETCH(QByteArray, payload);
    QFETCH(View, view);
    ResponseView rv;
    rv.showResponse(response(CoapCode::Content, cf, payload), context());
    QCOMPARE(rv.currentView(), view);
    QVERIFY(rv.isViewEnabled(View::Hex));
    QVERIFY(rv.isViewEnabled(View::Text));
    QCOMPARE(rv.codeText(), QStringLiteral("2.05"));
    QVERIFY(rv.detailText().contains(QStringLiteral("ACK")));
    QVERIFY(rv.detailText().contains(QStringLiteral("MID 4660")));
    QVERIFY(rv.detailText().contains(QStringLiteral("token a1b2")));
    QVERIFY(rv.bannerText().isEmpty());
    QVERIFY(rv.viewText(View::Hex).startsWith(QStringLiteral("00000000")));
}

void tst_ResponseView::declaredButBroken()
{
    ResponseView rv;
    rv.showResponse(response(CoapCode::Content, 50, "{\"t\": }"), context());
    QCOMPARE(rv.currentView(), View::Text);
    QVERIFY(!rv.isViewEnabled(View::Json));
    QVERIFY2(rv.payloadBannerText().contains(QStringLiteral("application/json")), qPrintable(rv.payloadBannerText()));
    QVERIFY(rv.payloadBannerText().contains(QStringLiteral("line 1")));
    QCOMPARE(rv.viewText(View::Text), QStringLiteral("{\"t\": }"));
    QVERIFY(rv.viewText(View::Hex).contains(QStringLiteral("7b 22 74 22")));
    // The next good answer clears it.
    rv.showResponse(response(CoapCode::Content, 50, "{\"t\": 1}"), context());
    QVERIFY(rv.payloadBannerText().isEmpty());
    QCOMPARE(rv.currentView(), View::Json);
}

void tst_ResponseView::errorCodeIsWorded()
{
    ResponseView rv;
    rv.showResponse(response(CoapCode::NotFound, 0, "Not Found"), context());
    QCOMPARE(rv.codeText(), QStringLiteral("4.04"));
    QVERIFY(rv.headerText().contains(QStringLiteral("Not Found")));
    QVERIFY(rv.headerText().contains(ErrorText::responseClassWord(ResponseClass::ClientError)));
    QCOMPARE(rv.bannerText(), QStringLiteral("Not Found: the device has no resource at /sensors/temp"));
    rv.showResponse(response(CoapCode::ServiceUnavailable, -1, {}), context());
    QVERIFY(rv.headerText().contains(ErrorText::responseClassWord(ResponseClass::ServerError)));
    QVERIFY(rv.bannerText().startsWith(QStringLiteral("Service Unavailable:")));
}

void tst_ResponseView::linksOpen()
{
    ResponseView rv;
    QSignalSpy open(&rv, &ResponseView::openUriRequested);
    rv.showResponse(response(CoapCode::Content, 40, "</sensors/temp>;obs;rt=\"temperature\",</door>"), context());
    QCOMPARE(rv.linkTable()->topLevelItemCount(), 2);
    QTreeWidgetItem *item = rv.linkTable()->findItems(QStringLiteral("/sensors/temp"), Qt::MatchExactly).value(0);
    QVERIFY(item);
    QCOMPARE(item->text(4), QStringLiteral("yes"));
    emit rv.linkTable()->itemActivated(item, 0);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("coap://10.0.0.5:5683/sensors/temp"));
}

void tst_ResponseView::notificationKeepsTab()
{
    ResponseView rv;
    ResponseContext c = context();
    c.notifications = 1;
    CoapMessage m = response(CoapCode::Content, 50, "{\"t\": 1}");
    m.setUintOption(CoapOptionNumber::Observe, 7);
    rv.showResponse(m, c);
    QCOMPARE(rv.currentView(), View::Json);
    rv.setCurrentView(View::Hex); // the user looks at the bytes
    c.notifications = 2;
    m.setUintOption(CoapOptionNumber::Observe, 8);
    m.setPayload("{\"t\": 2}");
    rv.showResponse(m, c);
    QCOMPARE(rv.currentView(), View::Hex);
    QVERIFY2(rv.headerText().contains(QStringLiteral("notification 2 (Observe 8)")), qPrintable(rv.headerText()));
    QCOMPARE(rv.payload(), QByteArray("{\"t\": 2}"));
}

void tst_ResponseView::failureAndProgress()
{
    ResponseView rv;
    rv.showPending(QStringLiteral("GET coap://10.0.0.5/x"));
    QVERIFY(rv.headerText().isEmpty());
    rv.setProgress(512, 2048);
    rv.setProgress(2048, 2048);
    rv.showFailure(QStringLiteral("No answer from 10.0.0.5:5683 after 4 retransmissions (93 s)."));
    QVERIFY(rv.headerText().contains(ErrorText::responseClassWord(ResponseClass::NetworkProblem)));
    QVERIFY(rv.bannerText().startsWith(QStringLiteral("No answer")));
    QVERIFY(!rv.hasResponse());
}

void tst_ResponseView::savePayload()
{
    ResponseView rv;
    QSignalSpy available(&rv, &ResponseView::payloadAvailable);
    rv.showResponse(response(CoapCode::Content, 42, QByteArray("\x00\xff", 2)), context());
    QCOMPARE(available.last().at(0).toBool(), true);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.bin"));
    QVERIFY(rv.savePayloadTo(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\x00\xff", 2));
    QString error;
    QVERIFY(!rv.savePayloadTo(dir.filePath(QStringLiteral("no/such/dir/p.bin")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_ResponseView)
#include "tst_responseview.moc"

// The message log view, fed by a real engine talking to libcoap's server on loopback.
#include "coapclient.h"
#include "coaptransport.h"
#include "externalpeer.h"
#include "messagelogview.h"
#include "payloadrender.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUdpSocket>

namespace {
using Dir = CoapDatagramEvent::Direction;
const CoapEndpoint kPeer(QHostAddress(QStringLiteral("192.0.2.1")), 5683);
const CoapEndpoint kOther(QHostAddress(QStringLiteral("192.0.2.2")), 5683);
const QString kServer = QStringLiteral("coap-server-notls");

CoapDatagramEvent datagram(Dir dir, const CoapMessage &m, const CoapEndpoint &peer, qint64 timeMs)
{
    CoapDatagramEvent e;
    e.direction = dir;
    e.message = m;
    e.datagram = CoapCodec::encode(m);
    e.peer = peer;
    e.timeMs = timeMs;
    return e;
}

// A GET/ACK pair per i, on kPeer or kOther.
void feedExchanges(MessageLogModel *model, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        const CoapEndpoint &peer = i % 4 ? kPeer : kOther;
        const QByteArray token = QByteArray::number(i, 16);
        CoapMessage request(CoapType::Confirmable, CoapCode::Get, quint16(i), token);
        request.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("sensors")));
        request.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, QStringLiteral("temp")));
        CoapMessage response(CoapType::Acknowledgement, i % 10 ? CoapCode::Content : CoapCode::NotFound, quint16(i), token);
        response.setPayload(QByteArray::number(20.0 + i % 7) + " C");
        model->append(datagram(Dir::Sent, request, peer, i * 10));
        model->append(datagram(Dir::Received, response, peer, i * 10 + 2));
    }
    model->flush();
}

CoapRequest getRequest(quint16 port, const QString &path, bool confirmable = true)
{
    CoapRequest request;
    request.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
    request.confirmable = confirmable;
    request.message.setType(confirmable ? CoapType::Confirmable : CoapType::NonConfirmable);
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        request.message.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, segment));
    return request;
}
} // namespace

class TestMessageLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realExchangeShowsRttAndHex();
    void partnerLinkJumpsAndClearsTheFilter();
    void autoScrollOnlyAtTheBottom();
    void ctrlFFocusesTheFilter();
    void pauseClearAndExport();
    void renderManyRowsFromARealServer();
};

void TestMessageLogView::realExchangeShowsRttAndHex()
{
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY2(server.startLibcoapServer(&port), qPrintable(server.errorString()));

    CoapUdpTransport transport;
    QVERIFY(transport.bind(QHostAddress::LocalHost, 0));
    CoapClient client(&transport);
    MessageLogView view(nullptr);
    view.attach(client.messageLayer());
    view.attach(client.messageLayer()); // twice: still one row per datagram
    QSignalSpy counters(&view, &MessageLogView::countersChanged);

    CoapReply *reply = client.send(getRequest(port, QStringLiteral("time")));
    QSignalSpy finished(reply, &CoapReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(reply->isSuccessful());
    view.model()->flush();

    MessageLogModel *model = view.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(view.sentCount(), 1);
    QCOMPARE(view.receivedCount(), 1);
    QCOMPARE(view.retransmissionCount(), 0);
    QVERIFY(counters.count() >= 1);
    QCOMPARE(model->index(0, MessageLogModel::CodeColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model->index(0, MessageLogModel::OptionsColumn).data().toString(), QStringLiteral("Uri-Path: /time"));
    QCOMPARE(model->index(1, MessageLogModel::TypeColumn).data().toString(), QStringLiteral("ACK"));
    QCOMPARE(model->index(1, MessageLogModel::CodeColumn).data().toString(), QStringLiteral("2.05 Content"));
    QVERIFY(model->entry(1).rttMs >= 0);
    QVERIFY(model->index(1, MessageLogModel::RttColumn).data().toString().endsWith(QLatin1String("ms")));
    QCOMPARE(model->index(0, MessageLogModel::RttColumn).data().toString(), QString());
    QCOMPARE(model->partnerRow(1), 0);
    QCOMPARE(model->partnerRow(0), 1);
    QCOMPARE(model->entry(1).event.message.payload(), reply->response().payload());

    // Selecting the response shows it decoded and in hex.
    view.table()->setCurrentIndex(view.filterModel()->index(1, 0));
    const QByteArray bytes = model->entry(1).event.datagram;
    const QString hex = view.hexDumpText();
    QVERIFY2(hex.startsWith(QLatin1String("00000000  ") + PayloadRender::hexBytes(bytes.left(4))), qPrintable(hex));
    QCOMPARE(hex, PayloadRender::hexDump(bytes, 16)); // 16 bytes a row, however narrow the pane
    const QString detail = view.detailText();
    QVERIFY2(detail.contains(QLatin1String("2.05 Content")), qPrintable(detail));
    QVERIFY(detail.contains(QLatin1String("Max-Age"))); // libcoap's /time sets it
    QVERIFY(detail.contains(QString::fromUtf8(reply->response().payload())));
    QVERIFY(detail.contains(QLatin1String("Request")));
    QVERIFY(detail.contains(QLatin1String("Round-trip time")));

    // And the request: every option with name, number and value.
    view.table()->setCurrentIndex(view.filterModel()->index(0, 0));
    QVERIFY(view.detailText().contains(QLatin1String("Uri-Path")));
    QVERIFY(view.detailText().contains(QLatin1String("11")));
    QVERIFY(view.detailText().contains(QLatin1String("time")));
    QVERIFY(view.detailText().contains(QLatin1String("Response")));
    reply->deleteLater();
}

void TestMessageLogView::partnerLinkJumpsAndClearsTheFilter()
{
    MessageLogView view(nullptr);
    feedExchanges(view.model(), 1, 20);
    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    QVERIFY(type);
    type->setCurrentIndex(int(MessageLogFilterModel::TypeFilter::Acknowledgement));
    QCOMPARE(view.filterModel()->rowCount(), 20);

    view.table()->setCurrentIndex(view.filterModel()->index(4, 0)); // the 5th ACK
    const MessageLogEntry &ack = view.model()->entry(view.filterModel()->mapToSource(view.table()->currentIndex()).row());
    QVERIFY(ack.requestSerial);
    QCOMPARE(view.currentSerial(), ack.serial);
    const quint64 requestSerial = ack.requestSerial;
    auto *detail = view.findChild<QTextBrowser *>(QStringLiteral("detail"));
    QVERIFY(detail->toHtml().contains(QStringLiteral("serial:%1").arg(requestSerial)));

    // The request is hidden by the ACK filter: following the link clears the filter.
    emit detail->anchorClicked(QUrl(QStringLiteral("serial:%1").arg(requestSerial)));
    QCOMPARE(type->currentIndex(), 0);
    QCOMPARE(view.filterModel()->rowCount(), 40);
    QCOMPARE(view.currentSerial(), requestSerial);
    const QModelIndex current = view.table()->currentIndex();
    QCOMPARE(current.data(MessageLogModel::SerialRole).toULongLong(), requestSerial);
    QCOMPARE(view.model()->entry(view.filterModel()->mapToSource(current).row()).event.message.code(), CoapCode::Get);

    // A response that arrives later adds its link to the shown request.
    CoapMessage lonely(CoapType::Confirmable, CoapCode::Get, 999, "zz");
    view.model()->append(datagram(Dir::Sent, lonely, kPeer, 5000));
    view.model()->flush();
    const quint64 lonelySerial = view.model()->entry(view.model()->rowCount() - 1).serial;
    QVERIFY(view.showSerial(lonelySerial));
    QVERIFY(!view.detailText().contains(QLatin1String("Response")));
    view.model()->append(datagram(Dir::Received, CoapMessage(CoapType::Acknowledgement, CoapCode::Content, 999, "zz"), kPeer, 5004));
    view.model()->flush();
    QVERIFY(view.detailText().contains(QLatin1String("Response")));
}

void TestMessageLogView::autoScrollOnlyAtTheBottom()
{
    MessageLogView view(nullptr);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.table()->verticalScrollBar();

    feedExchanges(view.model(), 1, 200);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // At the bottom: the newest row stays in sight.
    feedExchanges(view.model(), 201, 50);
    QTRY_COMPARE(view.filterModel()->rowCount(), 500);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QModelIndex last = view.filterModel()->index(499, 0);
    QTRY_VERIFY(view.table()->viewport()->rect().intersects(view.table()->visualRect(last)));

    // Scrolled up to read: the rows stay where they are, even when old rows make room.
    view.model()->setCapacity(500);
    bar->setValue(100);
    const quint64 topSerial = view.table()->indexAt(QPoint(1, 1)).data(MessageLogModel::SerialRole).toULongLong();
    QVERIFY(topSerial);
    feedExchanges(view.model(), 251, 20); // 40 rows in, 40 oldest out
    QCOMPARE(view.model()->rowCount(), 500);
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QTRY_COMPARE(view.table()->indexAt(QPoint(1, 1)).data(MessageLogModel::SerialRole).toULongLong(), topSerial);
    QVERIFY(bar->value() < bar->maximum());

    // Back at the bottom, following resumes.
    view.table()->scrollToBottom();
    feedExchanges(view.model(), 271, 5);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // A jump to an old row (which clears a filter that hides it) while new rows arrive: the
    // jumped-to row stays in sight.
    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(int(MessageLogFilterModel::TypeFilter::Acknowledgement));
    QTRY_COMPARE(bar->value(), bar->maximum());
    const quint64 oldRequest = view.model()->entry(20).serial;
    view.model()->append(datagram(Dir::Sent, CoapMessage(CoapType::NonConfirmable, CoapCode::Get, 1), kPeer, 9000));
    view.model()->flush(); // a batch whose end is still queued
    QVERIFY(view.showSerial(oldRequest));
    // Let the queued end of that batch (and anything it queues) run, then check the jump held.
    QCoreApplication::processEvents();
    view.model()->flush();
    QCoreApplication::processEvents();
    QCOMPARE(view.currentSerial(), oldRequest);
    QVERIFY(view.table()->viewport()->rect().intersects(view.table()->visualRect(view.table()->currentIndex())));
    QVERIFY(bar->value() < bar->maximum());
}

void TestMessageLogView::ctrlFFocusesTheFilter()
{
    MessageLogView view(nullptr);
    feedExchanges(view.model(), 8, 5); // i = 10 is answered 4.04
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    QTRY_VERIFY(view.table()->hasFocus());
    auto *text = view.findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("not found"));
    QTRY_COMPARE(view.filterModel()->rowCount(), 1);
    QTest::keyClick(text, Qt::Key_Escape);
    QCOMPARE(text->text(), QString());
    QCOMPARE(view.filterModel()->rowCount(), 10);
}

void TestMessageLogView::pauseClearAndExport()
{
    MessageLogView view(nullptr);
    feedExchanges(view.model(), 1, 10);
    auto *pause = view.findChild<QToolButton *>(QStringLiteral("pauseButton"));
    auto *status = view.findChild<QLabel *>(QStringLiteral("logStatus"));
    QVERIFY(status->text().contains(QLatin1String("20")));
    pause->click();
    QVERIFY(view.isPaused());
    feedExchanges(view.model(), 11, 5);
    QCOMPARE(view.model()->rowCount(), 20);
    QCOMPARE(view.sentCount(), 15);
    QVERIFY(status->text().contains(QLatin1String("10")));
    pause->click();
    QVERIFY(!view.isPaused());
    QCOMPARE(view.model()->rowCount(), 30);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto *peer = view.findChild<QComboBox *>(QStringLiteral("peerFilter"));
    QCOMPARE(peer->count(), 3); // all, two devices
    peer->setCurrentIndex(peer->findText(kOther.toString()));
    QCOMPARE(view.filterModel()->rowCount(), 6); // i = 4, 8, 12
    const QString all = dir.filePath(QStringLiteral("all.json"));
    const QString some = dir.filePath(QStringLiteral("some.json"));
    QVERIFY(view.exportToFile(all, MessageLogModel::ExportFormat::Json, false));
    QVERIFY(view.exportToFile(some, MessageLogModel::ExportFormat::Json, true));
    QFile a(all), s(some);
    QVERIFY(a.open(QIODevice::ReadOnly) && s.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(a.readAll()).array().size(), 30);
    QCOMPARE(QJsonDocument::fromJson(s.readAll()).array().size(), 6);
    QString error;
    QVERIFY(!view.exportToFile(dir.filePath(QStringLiteral("no/such/dir/x.csv")), MessageLogModel::ExportFormat::Csv,
                               false, &error));
    QVERIFY(!error.isEmpty());

    view.findChild<QToolButton *>(QStringLiteral("clearButton"))->click();
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.sentCount(), 0);
    QCOMPARE(peer->currentText(), kOther.toString()); // the chosen device stays chosen
    QVERIFY(view.detailText().contains(QLatin1String("No datagrams yet")));
}

void TestMessageLogView::renderManyRowsFromARealServer()
{
    // A few hundred datagrams from real exchanges: successes, 4.04s, NON, pings, a malformed
    // datagram, and retransmissions to a port where nobody listens. The picture is written to
    // $COAP_LOG_SCREENSHOT when that is set.
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY2(server.startLibcoapServer(&port), qPrintable(server.errorString()));

    CoapUdpTransport transport;
    QVERIFY(transport.bind(QHostAddress::LocalHost, 0));
    CoapClient client(&transport);
    CoapUdpTransport deadTransport;
    QVERIFY(deadTransport.bind(QHostAddress::LocalHost, 0));
    CoapClient deadClient(&deadTransport);
    CoapTransmissionParameters quick;
    quick.ackTimeoutMs = 20;
    quick.maxRetransmit = 3;
    deadClient.setTransmissionParameters(quick);

    MessageLogView view(nullptr);
    view.attach(client.messageLayer());
    view.attach(deadClient.messageLayer());
    view.resize(1280, 460);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    int done = 0;
    int started = 0;
    auto track = [&](CoapReply *reply) {
        ++started;
        connect(reply, &CoapReply::finished, &view, [&done, reply] {
            ++done;
            reply->deleteLater();
        });
    };
    for (int i = 0; i < 110; ++i)
        track(client.send(getRequest(port, QStringLiteral("time"))));
    for (int i = 0; i < 20; ++i)
        track(client.send(getRequest(port, QStringLiteral("sensors/missing"))));
    for (int i = 0; i < 15; ++i)
        track(client.send(getRequest(port, QStringLiteral("time"), false)));
    for (int i = 0; i < 2; ++i)
        track(client.ping(CoapEndpoint(QHostAddress::LocalHost, port)));
    QUdpSocket silent; // receives and never answers: retransmissions (a closed port would refuse at once)
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    track(deadClient.send(getRequest(silent.localPort(), QStringLiteral("sensors/temp"))));
    QUdpSocket rogue;
    rogue.writeDatagram(QByteArray::fromHex("4901abcd0102030405"), QHostAddress::LocalHost, transport.localEndpoint().port());
    rogue.writeDatagram(QByteArray::fromHex("62"), QHostAddress::LocalHost, transport.localEndpoint().port());
    QTRY_COMPARE_WITH_TIMEOUT(done, started, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->malformedCount(), 2, 5000);
    view.model()->flush();

    QVERIFY2(view.model()->rowCount() >= 300, qPrintable(QString::number(view.model()->rowCount())));
    QVERIFY(view.retransmissionCount() >= 3); // to the dead port (libcoap may make us repeat a ping too)
    QCOMPARE(view.model()->malformedCount(), 2);
    // Pick an answer to show in the detail pane.
    for (int row = view.model()->rowCount() - 1; row >= 0; --row) {
        const MessageLogEntry &e = view.model()->entry(row);
        if (!e.isSent() && e.event.message.code() == CoapCode::Content && e.rttMs >= 0) {
            QVERIFY(view.showSerial(e.serial));
            break;
        }
    }
    QVERIFY(!view.hexDumpText().isEmpty());
    view.table()->scrollToBottom();
    QCoreApplication::processEvents();
    const QPixmap picture = view.grab();
    QVERIFY(!picture.isNull());
    const QString path = qEnvironmentVariable("COAP_LOG_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(picture.save(path));
}

QTEST_MAIN(TestMessageLogView)
#include "tst_messagelogview.moc"

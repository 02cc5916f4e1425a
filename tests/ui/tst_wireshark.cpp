// Wireshark both ways in the window, and Copy as: the message log exported as pcapng (read by
// tshark: the same codes, MIDs and tokens as the log's rows), a capture opened into a log window
// of its own (the same datagrams, skipped packets counted, a plain sentence for a file that is not a
// capture), observed values charted from recorded notifications, and the composer's Copy as.
#include "capturewindow.h"
#include "chartpanel.h"
#include "coapclient.h"
#include "coapcodec.h"
#include "coapcommandline.h"
#include "coaptransport.h"
#include "copyascommand.h"
#include "externalpeer.h"
#include "mainwindow.h"
#include "messagelogview.h"
#include "requestcomposer.h"
#include "samplestore.h"
#include "settings.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {
const CoapEndpoint kClient(QHostAddress(QStringLiteral("192.0.2.10")), 40000);
const CoapEndpoint kSensor(QHostAddress(QStringLiteral("192.0.2.5")), 5683);

QStringList tsharkFields(const QString &file, quint16 port)
{
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"),
                 {QStringLiteral("-r"), file, QStringLiteral("-d"), QStringLiteral("udp.port==%1,coap").arg(port),
                  QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("coap.code"),
                  QStringLiteral("-e"), QStringLiteral("coap.mid"), QStringLiteral("-e"), QStringLiteral("coap.token")});
    if (!tshark.waitForFinished(60000)) {
        tshark.kill();
        tshark.waitForFinished();
        return {};
    }
    return QString::fromUtf8(tshark.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

class TestWireshark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportedLogReadByTshark();
    void captureOpensIntoItsOwnLog();
    void notACaptureIsSaidPlainly();
    void recordedNotificationsAreCharted();
    void composerCopyAs();
    void logCopyAs();

private:
    QTemporaryDir m_dir;
};

void TestWireshark::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestWireshark::exportedLogReadByTshark()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("tshark")) || !ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("tshark or libcoap3-bin is not installed (packaging/debian/install-deps.sh --dev)");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY(server.startLibcoapServer(&port));
    CoapUdpTransport transport;
    QVERIFY(transport.bind(QHostAddress::Any));
    CoapClient client(&transport);
    MessageLogView view;
    view.attach(client.messageLayer());
    for (const QByteArray &path : {QByteArray(), QByteArray("example_data"), QByteArray("missing")}) {
        CoapRequest request;
        request.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
        if (!path.isEmpty())
            request.message.addOption(CoapOptionNumber::UriPath, path);
        request.blockSzx = 5;
        CoapReply *reply = client.send(request);
        QSignalSpy finished(reply, &CoapReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
    }
    view.model()->flush();
    MessageLogModel *model = view.model();
    QVERIFY(model->rowCount() >= 8);

    const QString all = m_dir.filePath(QStringLiteral("all.pcapng"));
    QVERIFY(view.exportToFile(all, MessageLogModel::ExportFormat::Pcapng, false));
    const QStringList lines = tsharkFields(all, port);
    QCOMPARE(lines.size(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const CoapMessage &m = model->entry(row).event.message;
        QCOMPARE(lines[row], QStringLiteral("%1\t%2\t%3").arg(m.code()).arg(m.messageId()).arg(QString::fromLatin1(m.token().toHex())));
    }

    // Only the rows the filter shows: the 4.04 exchange.
    view.filterModel()->setTextFilter(QStringLiteral("missing"));
    const QList<int> shown = view.filterModel()->acceptedSourceRows();
    QVERIFY(!shown.isEmpty() && shown.size() < model->rowCount());
    const QString some = m_dir.filePath(QStringLiteral("filtered.pcapng"));
    QVERIFY(view.exportToFile(some, MessageLogModel::ExportFormat::Pcapng, true));
    const QStringList filtered = tsharkFields(some, port);
    QCOMPARE(filtered.size(), shown.size());
    QCOMPARE(filtered.first().section(u'\t', 1, 1).toInt(), int(model->entry(shown.first()).event.message.messageId()));
}

void TestWireshark::captureOpensIntoItsOwnLog()
{
    // A log exported by one view opens in a capture window with the same datagrams, directions and peers.
    MessageLogView view;
    CoapMessage get(CoapType::Confirmable, CoapCode::Get, 0x2222, "ab");
    get.addOption(CoapOptionNumber::UriPath, "temp");
    CoapMessage content(CoapType::Acknowledgement, CoapCode::Content, 0x2222, "ab");
    content.setPayload("21.5");
    CoapDatagramEvent sent;
    sent.direction = CoapDatagramEvent::Direction::Sent;
    sent.message = get;
    sent.datagram = CoapCodec::encode(get);
    sent.peer = kSensor;
    sent.local = kClient;
    CoapDatagramEvent received = sent;
    received.direction = CoapDatagramEvent::Direction::Received;
    received.message = content;
    received.datagram = CoapCodec::encode(content);
    view.model()->appendAt(sent, 1'700'000'000'000);
    view.model()->appendAt(received, 1'700'000'000'012);
    view.model()->flush();
    const QString file = m_dir.filePath(QStringLiteral("two.pcapng"));
    QVERIFY(view.exportToFile(file, MessageLogModel::ExportFormat::Pcapng, false));

    // And a packet that is not CoAP, appended by hand as another capture tool would have it.
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    {
        // A second section (pcapng allows several) with a DTLS record: UDP, but not CoAP.
        CoapPcapngWriter raw(&f);
        QVERIFY(raw.writeDatagram(1'700'000'001'000'000, kClient, kSensor, QByteArray("\x16\xfe\xfd", 3)));
    }
    f.close();

    CaptureWindow window;
    QString error;
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    MessageLogModel *model = window.log()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->entry(0).event.message, get);
    QCOMPARE(model->entry(0).event.direction, CoapDatagramEvent::Direction::Sent);
    QCOMPARE(model->entry(0).event.peer, kSensor);
    QCOMPARE(model->entry(0).wallTimeMs, 1'700'000'000'000);
    QCOMPARE(model->entry(1).event.message, content);
    QCOMPARE(model->entry(1).event.direction, CoapDatagramEvent::Direction::Received);
    QCOMPARE(model->partnerRow(1), 0); // matched as in the live log
    QCOMPARE(window.counts().coap, 2);
    QCOMPARE(window.counts().notCoap, 1);
    QVERIFY2(window.summaryText().contains(QLatin1String("Skipped 1 packet")), qPrintable(window.summaryText()));
    QVERIFY(window.windowTitle().contains(QLatin1String("two.pcapng")));
}

void TestWireshark::notACaptureIsSaidPlainly()
{
    const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some notes\n");
    f.close();
    CaptureWindow window;
    QString error;
    QVERIFY(!window.openFile(file, &error));
    QVERIFY2(error.contains(QLatin1String("is not a capture file")), qPrintable(error));
    QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("absent.pcap")), &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot open")), qPrintable(error));
}

void TestWireshark::recordedNotificationsAreCharted()
{
    // An observation captured on a gateway: registration, three notifications, one of them twice.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CoapPcapngWriter writer(&buffer);
    CoapMessage reg(CoapType::Confirmable, CoapCode::Get, 10, "ob");
    reg.addOption(CoapOptionNumber::UriPath, "temp");
    reg.setUintOption(CoapOptionNumber::Observe, 0);
    const qint64 t0 = 1'700'000'000'000'000;
    QVERIFY(writer.writeDatagram(t0, kClient, kSensor, CoapCodec::encode(reg)));
    const double values[] = {20.5, 21.0, 21.5};
    for (int i = 0; i < 3; ++i) {
        CoapMessage n(i == 0 ? CoapType::Acknowledgement : CoapType::NonConfirmable, CoapCode::Content,
                      quint16(i == 0 ? 10 : 500 + i), "ob");
        n.setUintOption(CoapOptionNumber::Observe, quint64(i + 1));
        n.setPayload(QByteArray::number(values[i]));
        QVERIFY(writer.writeDatagram(t0 + (i + 1) * 1'000'000, kSensor, kClient, CoapCodec::encode(n)));
        if (i == 2) // the same NON again: a duplicate, charted once
            QVERIFY(writer.writeDatagram(t0 + (i + 1) * 1'000'000 + 5, kSensor, kClient, CoapCodec::encode(n)));
    }
    const QString file = m_dir.filePath(QStringLiteral("observe.pcapng"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(buffer.data());
    f.close();

    CaptureWindow window;
    QString error;
    QVERIFY(window.openFile(file, &error));
    QCOMPARE(window.log()->model()->rowCount(), 5);
    // A picture of the window for a person to look at (docs), when asked for.
    if (const QString dir = qEnvironmentVariable("COAP_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1100, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(dir + QStringLiteral("/capture-window.png")));
    }
    const QList<std::pair<qint64, CoapMessage>> notifications = window.log()->notificationsOf(2);
    QCOMPARE(notifications.size(), 3);
    QCOMPARE(notifications[0].first, t0 / 1000 + 1000);

    SampleStore store;
    ChartPanel charts(&store);
    QCOMPARE(charts.addRecordedNotifications(kSensor.toString(), QStringLiteral("Boiler"), QStringLiteral("/temp"),
                                             notifications), 3);
    QCOMPARE(store.seriesCount(), 1);
    const SampleSeriesView series = store.view(0);
    QCOMPARE(series.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(series.at(i).value, values[i]);
        QCOMPARE(series.at(i).timeMs, t0 / 1000 + (i + 1) * 1000);
    }
    QVERIFY(charts.isZoomed()); // showing the recorded span, not the live window
    // Charting the same notifications again adds nothing: they are on the chart already.
    QCOMPARE(charts.addRecordedNotifications(kSensor.toString(), QStringLiteral("Boiler"), QStringLiteral("/temp"),
                                             notifications), 3);
    QCOMPARE(store.view(0).size(), 3);
}

void TestWireshark::composerCopyAs()
{
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings);
    window.composer()->setUriText(QStringLiteral("coap://127.0.0.1:5690/sensors/temp"));
    window.composer()->setMethod(CoapCode::Put);
    QMenu *menu = window.copyAsMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    // Beside Send: the Send button's drop-down is the same menu.
    auto *send = qobject_cast<QToolButton *>(window.mainToolBar()->widgetForAction(window.sendAction()));
    QVERIFY(send);
    QCOMPARE(send->menu(), menu);

    for (QAction *action : menu->actions()) {
        QApplication::clipboard()->clear();
        action->trigger();
        const QString text = QApplication::clipboard()->text();
        const auto tool = CoapCommandTool(action->data().toInt());
        QVERIFY2(text.startsWith(CoapCommandLineBuilder::programName(tool, {})), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("coap://127.0.0.1:5690/sensors/temp")), qPrintable(text));
    }
    QCOMPARE(QApplication::clipboard()->text().section(u'\n', 0, 0),
             QStringLiteral("curl -X PUT http://127.0.0.1:8080/coap://127.0.0.1:5690/sensors/temp"));

    // Settings for a slow, lossy link go with the coap-explorer-cli command; the other tools say
    // that they are left out.
    CoapTransmissionParameters slow;
    slow.ackTimeoutMs = 5000;
    slow.maxRetransmit = 6;
    settings.setTransmissionParameters(slow);
    settings.setBlockRetries(4);
    for (QAction *action : menu->actions()) {
        action->trigger();
        const QString text = QApplication::clipboard()->text();
        if (CoapCommandTool(action->data().toInt()) == CoapCommandTool::ExplorerCli) {
            QVERIFY2(text.startsWith(QLatin1String("coap-explorer-cli put ")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String(" --ack-timeout 5000 --max-retransmit 6 --block-retries 4 ")), qPrintable(text));
            QVERIFY2(!text.contains(u'\n'), qPrintable(text)); // no note: nothing left out
        } else {
            QVERIFY2(text.contains(CopyAsCommand::noteText({CoapCommandIssue::RetransmissionLeftOut, 0})), qPrintable(text));
        }
    }
    settings.setTransmissionParameters(CoapTransmissionParameters{});
    settings.setBlockRetries(CoapClient::kDefaultBlockRetries);

    // A bad URI copies nothing and is explained in place.
    QApplication::clipboard()->setText(QStringLiteral("before"));
    window.composer()->setUriText(QStringLiteral("coap://[::1/oops"));
    menu->actions().first()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QVERIFY(!window.composer()->uriErrorText().isEmpty());
}

void TestWireshark::logCopyAs()
{
    CoapMessage get(CoapType::NonConfirmable, CoapCode::Get, 7, "t");
    get.addOption(CoapOptionNumber::UriPath, "a b");
    get.setUintOption(CoapOptionNumber::Accept, 50);
    const std::optional<CoapCommandRequest> r = CopyAsCommand::fromDatagram(get, kSensor);
    QVERIFY(r);
    QCOMPARE(CopyAsCommand::clipboardText(CoapCommandTool::LibcoapClient, *r),
             QStringLiteral("coap-client-notls -m get -N -A 50 coap://192.0.2.5/a%20b"));
    QCOMPARE(CopyAsCommand::clipboardText(CoapCommandTool::CurlGateway, *r),
             QStringLiteral("curl -H 'Accept: application/json' http://127.0.0.1:8080/coap://192.0.2.5/a%20b\n# ")
                     + CopyAsCommand::noteText({CoapCommandIssue::NonConfirmableLost, 0}));
    CoapMessage response(CoapType::Acknowledgement, CoapCode::Content, 7, "t");
    QVERIFY(!CopyAsCommand::fromDatagram(response, kSensor));
}

QTEST_MAIN(TestWireshark)
#include "tst_wireshark.moc"

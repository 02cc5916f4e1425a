// Forward proxies in the window (RFC 7252 §5.7.2): the proxy for all requests in Settings, a
// device's own proxy or none, the composer's "via proxy" note, and 5.02/5.04/5.05 explained in
// words that name the proxy. Against real peers: libcoap's coap-server-notls -P as the proxy in
// front of a second coap-server-notls; the backend itself as a "proxy" that is none (5.05); a
// scripted socket for 5.04 (a real proxy gives it only after its own retransmissions).
#include "externalpeer.h"
#include "scriptedpeer.h"

#include "devicepanel.h"
#include "deviceproxydialog.h"
#include "devicetreemodel.h"
#include "errortext.h"
#include "explorer.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "responseview.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkDatagram>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDir>
#include <QHostInfo>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {
const QString kServer = QStringLiteral("coap-server-notls");

} // namespace

class tst_ProxyUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsPrecedence();
    void errorSentences();
    void getThroughLibcoapProxy_data();
    void getThroughLibcoapProxy();
    void deviceDirectWinsOverGlobal();
    void notAProxyIsExplained();
    void gatewayTimeoutIsExplained();
    void settingsDialogChecksProxy();
    void deviceProxyDialog();
    void chartThroughProxy();
    void devicesAskedThroughProxy();
    void screenshots();

private:
    QString backend(const QString &path) const { return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_backendPort).arg(path); }
    QString proxyUri() const { return QStringLiteral("coap://127.0.0.1:%1").arg(m_proxyPort); }
    void send(const QString &uri)
    {
        m_window->composer()->setUriText(uri);
        QTest::keyClick(m_window->composer()->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
    }

    ExternalPeer m_backend;
    ExternalPeer m_proxy;
    quint16 m_backendPort = 0;
    quint16 m_proxyPort = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ProxyUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed");
    QVERIFY2(m_backend.startLibcoapServer(&m_backendPort), qPrintable(m_backend.errorString()));
    QVERIFY2(m_proxy.startLibcoapServer(&m_proxyPort, {QStringLiteral("-P"), QStringLiteral(",proxy.test")}),
             qPrintable(m_proxy.errorString()));
}

void tst_ProxyUi::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ProxyUi::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
}

void tst_ProxyUi::settingsPrecedence()
{
    const CoapUri device = CoapUri::parse(u"coap://10.0.0.5/sensors/temp").uri;
    const CoapUri other = CoapUri::parse(u"coap://10.0.0.6/x").uri;
    QVERIFY(!m_settings->proxyFor(device).isSet());
    m_settings->setProxyUri(QStringLiteral("coap://10.0.0.1:5700"));
    QCOMPARE(m_settings->proxyFor(device).uri.authority(), QStringLiteral("10.0.0.1:5700"));
    QCOMPARE(m_settings->proxyFor(device).mode, CoapProxyMode::ProxyUri);
    m_settings->setProxySchemeOptions(true);
    QCOMPARE(m_settings->proxyFor(device).mode, CoapProxyMode::ProxyScheme);
    // A device's own proxy wins; "direct" means none for it; the others keep the global one.
    m_settings->setDeviceProxy(device.authority(), QStringLiteral("coaps://10.0.0.2"));
    QCOMPARE(m_settings->proxyFor(device).uri.toString(), QStringLiteral("coaps://10.0.0.2/"));
    m_settings->setDeviceProxy(device.authority(), Settings::directProxyValue());
    QVERIFY(!m_settings->proxyFor(device).isSet());
    QCOMPARE(m_settings->proxyFor(other).uri.authority(), QStringLiteral("10.0.0.1:5700"));
    m_settings->setDeviceProxy(device.authority(), QString());
    QCOMPARE(m_settings->proxyFor(device).uri.authority(), QStringLiteral("10.0.0.1:5700"));
    // Kept across a restart.
    m_settings->sync();
    Settings again(m_dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(again.proxyUri(), QStringLiteral("coap://10.0.0.1:5700"));
    QVERIFY(again.proxySchemeOptions());
}

void tst_ProxyUi::errorSentences()
{
    for (quint8 code : {CoapCode::BadGateway, CoapCode::GatewayTimeout, CoapCode::ProxyingNotSupported}) {
        const QString s = ErrorText::proxyResponseSentence(code, QStringLiteral("10.0.0.1:5683"), QStringLiteral("coap://10.0.0.5/t"));
        QVERIFY2(s.contains(QStringLiteral("10.0.0.1:5683")), qPrintable(s));
        QVERIFY2(s.startsWith(ErrorText::codeMeaning(code)), qPrintable(s));
    }
    QVERIFY(ErrorText::proxyResponseSentence(CoapCode::BadGateway, QStringLiteral("p"), QStringLiteral("coap://d/"))
                .contains(QStringLiteral("coap://d/")));
    QVERIFY(ErrorText::proxyResponseSentence(CoapCode::NotFound, QStringLiteral("p"), QStringLiteral("t")).isEmpty());
    for (CoapProxyError e : {CoapProxyError::InvalidProxyUri, CoapProxyError::ProxyHasPath, CoapProxyError::TargetHasZone,
                             CoapProxyError::TargetTooLong})
        QVERIFY(!ErrorText::proxyError(e, CoapUri::parse(u"x"), u"x").isEmpty());
    QVERIFY(ErrorText::proxyError(CoapProxyError::None).isEmpty());
}

void tst_ProxyUi::getThroughLibcoapProxy_data()
{
    QTest::addColumn<bool>("schemeOptions");
    QTest::newRow("Proxy-Uri") << false;
    QTest::newRow("Proxy-Scheme") << true;
}

void tst_ProxyUi::getThroughLibcoapProxy()
{
    QFETCH(bool, schemeOptions);
    // Directly first, for the payload to compare with.
    ResponseView *view = m_window->responseView();
    send(backend(QStringLiteral("/")));
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    const QByteArray direct = view->payload();
    QVERIFY(direct.startsWith("This is a test server"));
    QVERIFY(m_window->composer()->proxyNote().isEmpty());

    m_settings->setProxyUri(proxyUri());
    m_settings->setProxySchemeOptions(schemeOptions);
    // The form says the request goes through the proxy, and how.
    QTRY_VERIFY(m_window->composer()->proxyNote().contains(QStringLiteral("127.0.0.1:%1").arg(m_proxyPort)));
    QVERIFY(m_window->composer()->proxyNote().contains(schemeOptions ? QStringLiteral("Proxy-Scheme") : QStringLiteral("Proxy-Uri")));
    view->clear();
    send(backend(QStringLiteral("/")));
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QCOMPARE(view->payload(), direct);
    QVERIFY(view->bannerText().isEmpty());
    QVERIFY2(view->detailText().contains(QStringLiteral("127.0.0.1:%1, the proxy for %2").arg(m_proxyPort).arg(backend(QStringLiteral("/")))),
             qPrintable(view->detailText()));
}

void tst_ProxyUi::deviceDirectWinsOverGlobal()
{
    // A proxy for all requests that is not there at all; the device is exempt.
    m_settings->setProxyUri(QStringLiteral("coap://127.0.0.1:%1").arg(ExternalPeer::freeUdpPort()));
    m_settings->setDeviceProxy(CoapUri::parse(backend(QStringLiteral("/"))).uri.authority(), Settings::directProxyValue());
    m_window->composer()->setUriText(backend(QStringLiteral("/")));
    QTRY_VERIFY(m_window->composer()->proxyNote().isEmpty());
    send(backend(QStringLiteral("/")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
}

void tst_ProxyUi::notAProxyIsExplained()
{
    // The backend is a plain server: RFC 7252 §5.7.2, it answers a proxy request 5.05.
    const QString notAProxy = QStringLiteral("coap://127.0.0.1:%1").arg(m_backendPort);
    m_settings->setProxyUri(notAProxy);
    send(QStringLiteral("coap://192.0.2.40/sensors/temp"));
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("5.05"), 10000);
    QVERIFY2(view->bannerText().contains(QStringLiteral("127.0.0.1:%1").arg(m_backendPort)), qPrintable(view->bannerText()));
    QVERIFY2(view->bannerText().contains(QStringLiteral("does not forward")), qPrintable(view->bannerText()));
}

void tst_ProxyUi::gatewayTimeoutIsExplained()
{
    const std::unique_ptr<ScriptedPeer> gatewayTimeout(ScriptedPeer::answeringWith(CoapCode::GatewayTimeout));
    ScriptedPeer &proxy = *gatewayTimeout;
    m_settings->setProxyUri(QStringLiteral("coap://127.0.0.1:%1").arg(proxy.port()));
    send(QStringLiteral("coap://192.0.2.40/sensors/temp"));
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("5.04"), 10000);
    QVERIFY2(view->bannerText().contains(QStringLiteral("got no answer from coap://192.0.2.40/sensors/temp")),
             qPrintable(view->bannerText()));
    QCOMPARE(proxy.requests.size(), 1);
    QCOMPARE(proxy.requests.first().option(CoapOptionNumber::ProxyUri)->stringValue(),
             QStringLiteral("coap://192.0.2.40/sensors/temp"));
}

void tst_ProxyUi::settingsDialogChecksProxy()
{
    SettingsDialog dialog(m_settings.get());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("proxyUri"));
    auto *scheme = dialog.findChild<QCheckBox *>(QStringLiteral("proxySchemeOptions"));
    QVERIFY(edit && scheme);
    auto *banner = dialog.findChild<InlineBanner *>();
    QVERIFY(banner);
    edit->setText(QStringLiteral("coap://127.0.0.1/forward"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: not accepted
    QVERIFY2(banner->text().contains(QStringLiteral("only a host and a port")), qPrintable(banner->text()));
    QVERIFY(m_settings->proxyUri().isEmpty());
    edit->setText(QStringLiteral("127.0.0.1:5700"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!banner->text().isEmpty());
    edit->setText(QStringLiteral(" coap://127.0.0.1:5700 "));
    scheme->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->proxyUri(), QStringLiteral("coap://127.0.0.1:5700"));
    QVERIFY(m_settings->proxySchemeOptions());
}

void tst_ProxyUi::deviceProxyDialog()
{
    const QString device = QStringLiteral("coap://10.0.0.5/");
    {
        DeviceProxyDialog dialog(m_settings.get(), device);
        QVERIFY(dialog.globalButton()->isChecked());
        QVERIFY(!dialog.proxyEdit()->isEnabled());
        dialog.ownButton()->setChecked(true);
        QVERIFY(dialog.proxyEdit()->isEnabled());
        dialog.proxyEdit()->setText(QStringLiteral("coap://[::1/"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<InlineBanner *>()->text().isEmpty());
        dialog.proxyEdit()->setText(QStringLiteral("coap://10.0.0.1:5700"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_settings->deviceProxy(QStringLiteral("10.0.0.5")), QStringLiteral("coap://10.0.0.1:5700"));
    m_window->composer()->setUriText(QStringLiteral("coap://10.0.0.5/sensors/temp"));
    QTRY_VERIFY(m_window->composer()->proxyNote().contains(QStringLiteral("10.0.0.1:5700")));
    {
        DeviceProxyDialog dialog(m_settings.get(), device);
        QVERIFY(dialog.ownButton()->isChecked());
        dialog.directButton()->setChecked(true);
        dialog.accept();
    }
    QCOMPARE(m_settings->deviceProxy(QStringLiteral("10.0.0.5")), Settings::directProxyValue());
    QTRY_VERIFY(m_window->composer()->proxyNote().isEmpty());
    {
        DeviceProxyDialog dialog(m_settings.get(), device);
        QVERIFY(dialog.directButton()->isChecked());
        dialog.globalButton()->setChecked(true);
        dialog.accept();
    }
    QVERIFY(m_settings->deviceProxy(QStringLiteral("10.0.0.5")).isEmpty());
}

void tst_ProxyUi::chartThroughProxy()
{
    // Right-click → Chart observes through the same proxy as the composer (RFC 7641 via §5.7.2).
    cleanup(); // the Explorer has a window of its own
    Settings settings(m_dir.filePath(QStringLiteral("explorer.ini")));
    settings.setProxyUri(proxyUri());
    Explorer explorer(&settings);
    explorer.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(explorer.window()));
    CoapReply *reply = explorer.chartUri(backend(QStringLiteral("/time")));
    QVERIFY(reply);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() >= 2, 10000);
    QCOMPARE(reply->responder().port(), m_proxyPort);
    QCOMPARE(coapProxyTarget(reply->request()).toString(), backend(QStringLiteral("/time")));
    reply->abort();
    QVERIFY(reply->isFinished());
}

void tst_ProxyUi::devicesAskedThroughProxy()
{
    // Add device… and Refresh resources ask /.well-known/core through the proxy the settings set
    // for the device, as the composer sends: the answer comes from the proxy, for the backend.
    cleanup();
    QFile::remove(m_dir.filePath(QStringLiteral("explorer-devices.ini")));
    Settings settings(m_dir.filePath(QStringLiteral("explorer-devices.ini")));
    settings.setProxyUri(proxyUri());
    Explorer explorer(&settings);
    explorer.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(explorer.window()));
    struct Asked { quint16 responderPort = 0; QString target; };
    QList<Asked> asked; // filled as each exchange of the window's client finishes
    connect(explorer.window()->client(), &CoapClient::exchangeStarted, this, [&asked](CoapReply *reply) {
        connect(reply, &CoapReply::finished, reply, [&asked, reply] {
            asked.append({reply->responder().port(), coapProxyTarget(reply->request()).toString()});
        });
    });
    const auto checkAsked = [&] {
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.last().responderPort, m_proxyPort);
        QCOMPARE(asked.last().target, backend(QStringLiteral("/.well-known/core")));
    };

    explorer.devices()->addDevice(QStringLiteral("127.0.0.1"), m_backendPort);
    DeviceTreeModel *model = explorer.devices()->model();
    // libcoap's example server lists /time.
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForUri(backend(QStringLiteral("/time"))).data(DeviceTreeModel::HasLinkRole).toBool(), 10000);
    QCOMPARE(asked.size(), 1);
    checkAsked();
    QVERIFY(explorer.devices()->devicesAddedByHand().contains(QStringLiteral("127.0.0.1:%1").arg(m_backendPort)));

    const QModelIndex device = model->indexForUri(backend(QStringLiteral("/")));
    QVERIFY(device.isValid());
    explorer.devices()->refreshResources(device);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
    checkAsked();
    QTRY_VERIFY2_WITH_TIMEOUT(explorer.devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer.devices()->statusText()), 5000);

    // A device by host name goes through the proxy too, named in Proxy-Uri: the proxy resolves
    // it (here in /etc/hosts: nothing leaves the machine). It is listed under its name.
    const QList<QHostAddress> localhost = QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    if (!localhost.isEmpty() && localhost.constFirst() == QHostAddress(QHostAddress::LocalHost)) {
        const QString named = QStringLiteral("coap://localhost:%1").arg(m_backendPort);
        explorer.devices()->addDevice(QStringLiteral("LocalHost"), m_backendPort);
        QVERIFY(model->indexForUri(named).isValid()); // listed at once
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForUri(named + QStringLiteral("/time")).data(DeviceTreeModel::HasLinkRole).toBool(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 3, 5000);
        QCOMPARE(asked.last().responderPort, m_proxyPort);
        QCOMPARE(asked.last().target, named + QStringLiteral("/.well-known/core"));
        const QString entry = QStringLiteral("localhost:%1").arg(m_backendPort);
        QVERIFY(explorer.devices()->devicesAddedByHand().contains(entry));
        // Refresh resources asks through the proxy again, by name.
        explorer.devices()->refreshResources(model->indexForUri(named));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 4, 10000);
        QCOMPARE(asked.last().target, named + QStringLiteral("/.well-known/core"));
        // Taken off the list, it leaves the tree; the device by address stays.
        QVERIFY(explorer.devices()->removeDeviceAddedByHand(entry));
        QVERIFY(!model->indexForUri(named).isValid());
        QVERIFY(model->indexForUri(backend(QStringLiteral("/"))).isValid());
    } else {
        qWarning("localhost does not resolve to 127.0.0.1 first here: the host name case is not run");
    }

    // A proxy that is none (the backend itself): 5.05 in words in the panel, naming the "proxy".
    settings.setProxyUri(QStringLiteral("coap://127.0.0.1:%1").arg(m_backendPort));
    explorer.devices()->addDevice(QStringLiteral("192.0.2.41"), 5683);
    const QString expected = ErrorText::proxyResponseSentence(CoapCode::ProxyingNotSupported,
                                                              QStringLiteral("127.0.0.1:%1").arg(m_backendPort),
                                                              QStringLiteral("coap://192.0.2.41/.well-known/core"));
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(explorer.devices()->messageText(), expected, 10000);
}

void tst_ProxyUi::screenshots()
{
    // Pictures for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("COAP_UI_SCREENSHOT_DIR not set");
    m_window->resize(1024, 700);
    m_settings->setProxyUri(proxyUri());
    send(backend(QStringLiteral("/")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("proxy-get.png"))));
    m_settings->setProxyUri(QStringLiteral("coap://127.0.0.1:%1").arg(m_backendPort)); // no proxy: 5.05
    send(QStringLiteral("coap://192.0.2.40/sensors/temp"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->responseView()->codeText(), QStringLiteral("5.05"), 10000);
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("proxy-505.png"))));
    SettingsDialog settings(m_settings.get(), m_window.get());
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("proxy-settings.png"))));
    DeviceProxyDialog device(m_settings.get(), QStringLiteral("coap://10.0.0.5/"), m_window.get());
    device.ownButton()->setChecked(true);
    device.proxyEdit()->setText(QStringLiteral("coap://10.0.0.1/forward"));
    device.accept(); // the error in place
    device.show();
    QVERIFY(QTest::qWaitForWindowExposed(&device));
    QVERIFY(device.grab().save(QDir(dir).filePath(QStringLiteral("proxy-device.png"))));
}

QTEST_MAIN(tst_ProxyUi)
#include "tst_proxyui.moc"

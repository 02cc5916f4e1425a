// Devices ▸ Serve devices over HTTP in the whole application (Explorer with the demo fleet): the
// switch starts the RFC 8075 gateway on loopback, the status bar and the dialog show the address
// and a curl command for the resource in the form, an HTTP request through it reaches a simulated
// device (and its datagrams appear in the message log), and the switch stops it again.
#include "explorer.h"
#include "credentialstore.h"
#include "coapdtlstransport.h"
#include "explorerhost.h"
#include "gatewaypart.h"
#include "httpcoapgateway.h"
#include "languages.h"
#include "mainwindow.h"
#include "secureconnections.h"
#include "securitypart.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "settings.h"
#include "simulateddevice.h"
#include "simulatedfleet.h"

#include "coapcommandline.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestGatewayPart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serveAndStop();
    void servingSurvivesLanguageSwitch();
    void coapsDeviceWithTheWindowsCredentials();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Explorer> m_explorer;
};

void TestGatewayPart::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("gateway.ini")));
    m_explorer = std::make_unique<Explorer>(m_settings.get());
    m_explorer->window()->resize(1280, 800);
    m_explorer->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer->window()));
    QString problem;
    QVERIFY2(m_explorer->startDemo(2, &problem, false), qPrintable(problem));
}

void TestGatewayPart::cleanup()
{
    m_explorer.reset();
    m_settings.reset();
}

void TestGatewayPart::serveAndStop()
{
    GatewayPart *part = m_explorer->gateway();
    QVERIFY(part);
    QVERIFY(m_explorer->window()->devicesMenu()->actions().contains(part->serveAction()));
    QVERIFY(!part->isServing());
    QVERIFY(part->statusText().isEmpty());

    part->setPreferredPort(0); // a free port: 8080 may be taken on a shared machine
    part->serveAction()->setChecked(true);
    QVERIFY(part->isServing());
    QVERIFY(part->gateway()->address().isLoopback()); // the window never exposes the devices
    const QString base = part->baseUrl();
    QVERIFY2(base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(base));
    QVERIFY(part->statusText().contains(base));
    QVERIFY(part->dialog() && part->dialog()->isVisible());

    // The resource in the form is the dialog's example.
    const CoapEndpoint device = m_explorer->fleet()->deviceEndpoints().first();
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/device").arg(device.port());
    m_explorer->window()->openUri(uri);
    auto *dialog = qobject_cast<GatewayDialog *>(part->dialog());
    QVERIFY(dialog);
    dialog->refresh();
    QCOMPARE(dialog->commandText(), QStringLiteral("curl -i '%1/%2'").arg(base, uri));
    QCOMPARE(dialog->eventsCommandText(), QStringLiteral("curl -N -H 'Accept: text/event-stream' '%1/%2'").arg(base, uri));
    // For a look at it (docs/gateway.md): COAP_SCREENSHOT_DIR=/tmp/shots, under xvfb-run.
    if (const QByteArray dir = qgetenv("COAP_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the status bar's layout request is a posted event
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/gateway-dialog.png"));
        m_explorer->window()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/gateway-window.png"));
    }

    // Request ▸ Copy as ▸ curl goes through this gateway, on whatever port it got (not 8080).
    QCOMPARE(m_explorer->window()->gatewayBaseUrl(), base);
    QCOMPARE(m_explorer->log()->gatewayBaseUrl(), base);
    const auto copyCurl = [this] {
        QApplication::clipboard()->clear();
        for (QAction *action : m_explorer->window()->copyAsMenu()->actions()) {
            if (CoapCommandTool(action->data().toInt()) == CoapCommandTool::CurlGateway)
                action->trigger();
        }
        return QApplication::clipboard()->text().section(u'\n', 0, 0); // the command, not the notes
    };
    QCOMPARE(copyCurl(), QStringLiteral("curl %1/%2").arg(base, uri));

    // An HTTP client on this computer reaches the simulated device through it.
    const int logRows = m_explorer->log()->model()->rowCount();
    QNetworkAccessManager http;
    QNetworkRequest request(QUrl(base + QLatin1Char('/') + uri));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = http.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json"));
    QVERIFY(reply->readAll().contains(m_explorer->fleet()->device(0)->name().toUtf8()));
    reply->deleteLater();
    // Its datagrams are in the message log like every other.
    QTRY_VERIFY_WITH_TIMEOUT(m_explorer->log()->model()->rowCount() >= logRows + 2, 5000);

    // Switched off: nothing listens any more.
    const quint16 port = part->gateway()->port();
    part->serveAction()->setChecked(false);
    QVERIFY(!part->isServing());
    QVERIFY(part->statusText().isEmpty());
    QVERIFY(!part->addressAction()->isEnabled());
    // Without the window's gateway, curl goes to the CLI gateway's default address.
    QVERIFY(m_explorer->window()->gatewayBaseUrl().isEmpty());
    QVERIFY(m_explorer->log()->gatewayBaseUrl().isEmpty());
    QCOMPARE(copyCurl(), QStringLiteral("curl http://127.0.0.1:8080/%1").arg(uri));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));
}

void TestGatewayPart::servingSurvivesLanguageSwitch()
{
    // The window is built anew in the new language (ExplorerHost); the gateway goes on at the
    // same address.
    Settings settings(m_dir.filePath(QStringLiteral("switch.ini")));
    settings.setLanguage(QStringLiteral("en"));
    Languages languages;
    languages.apply(settings.language());
    ExplorerHost host(&settings, &languages);
    GatewayPart *part = host.explorer()->gateway();
    part->setPreferredPort(0);
    QVERIFY(part->setServing(true));
    const QString base = part->baseUrl();
    settings.setLanguage(QStringLiteral("de"));
    GatewayPart *rebuilt = host.explorer()->gateway();
    QVERIFY(rebuilt != part);
    QVERIFY(rebuilt->isServing());
    QCOMPARE(rebuilt->baseUrl(), base);
    QCOMPARE(rebuilt->serveAction()->text(), QStringLiteral("Geräte über HTTP &bereitstellen"));
    QVERIFY(rebuilt->statusText().contains(base));
    settings.setLanguage(QStringLiteral("en"));
    languages.apply(QStringLiteral("en"));
}

void TestGatewayPart::coapsDeviceWithTheWindowsCredentials()
{
    // The window's gateway reaches a coaps device over the window's DTLS client, with the
    // credentials stored for that device (the demo's secured device and its pre-shared key).
    cleanup();
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("gateway-coaps.ini")));
    m_explorer = std::make_unique<Explorer>(m_settings.get());
    m_explorer->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer->window()));
    QString problem;
    QVERIFY2(m_explorer->startDemo(2, &problem, true), qPrintable(problem));
    const QString uri = m_explorer->demoSecureUri();
    QVERIFY(uri.startsWith(QLatin1String("coaps://")));
    GatewayPart *part = m_explorer->gateway();
    part->setPreferredPort(0);
    QVERIFY2(part->setServing(true, &problem), qPrintable(problem));
    QNetworkAccessManager http;
    const auto get = [&](int *status) {
        QNetworkReply *reply = http.get(QNetworkRequest(QUrl(part->baseUrl() + QLatin1Char('/') + uri)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            return QByteArray("(no HTTP answer)");
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    };
    int status = 0;
    QByteArray body = get(&status);
    QCOMPARE(status, 200);
    QVERIFY2(body.contains("Temperature"), body.constData());

    // A wrong key: 502 at once, with the handshake's failure in words.
    const CoapEndpoint secure = m_explorer->fleet()->secureEndpoints().value(0);
    m_explorer->window()->security()->connections()->transport()->closeSession(secure);
    DeviceCredentials wrong;
    wrong.pattern = QStringLiteral("127.0.0.1:%1").arg(secure.port());
    wrong.pskIdentity = QStringLiteral("demo");
    m_explorer->window()->security()->store()->setEntry(wrong, "not the demo key", CredentialStore::KeyLifetime::Session);
    QElapsedTimer t;
    t.start();
    body = get(&status);
    QCOMPARE(status, 502);
    QVERIFY2(body.contains("pre-shared key"), body.constData());
    QVERIFY(t.elapsed() < 10000);
}

QTEST_MAIN(TestGatewayPart)
#include "tst_gatewaypart.moc"

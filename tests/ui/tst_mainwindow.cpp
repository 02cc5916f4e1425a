// Drives the real window against a real peer (libcoap's coap-server-notls on loopback): typing,
// Ctrl+Return, observe on and off, errors shown in place. No fixed sleeps: every wait is a
// QTRY_* with a bound.
#include "externalpeer.h"

#include "errortext.h"
#include "mainwindow.h"
#include "optionstablemodel.h"
#include "payloadeditor.h"
#include "requestcomposer.h"
#include "responseview.h"
#include "secureconnections.h"
#include "securitypart.h"
#include "settings.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QTreeWidget>

#include <memory>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void getTimeWithCtrlReturn();
    void putToDynamicResource();
    void notFoundIsExplained();
    void badUriShowsErrorAndKeepsText();
    void badOptionBlocksSending();
    void uriWithoutSchemeMeansCoap();
    void observeOnAndOff();
    void discoveryLinksOpenInComposer();
    void noAnswerIsExplained();
    void layoutIsRestored();
    void screenshots();

private:
    void typeUri(const QString &uri);
    void pressSend();
    QString uri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_port).arg(path);
    }

    ExternalPeer m_server;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("libcoap's coap-server-notls is not installed");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.startLibcoapServer(&m_port, {QStringLiteral("-d"), QStringLiteral("10")}),
             qPrintable(m_server.errorString()));
}

void tst_MainWindow::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
}

void tst_MainWindow::typeUri(const QString &text)
{
    QLineEdit *edit = m_window->composer()->uriEdit();
    // Ctrl+L focuses and selects the URI field; typing replaces the selection.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, text);
    QCOMPARE(m_window->composer()->uriText(), text);
}

void tst_MainWindow::pressSend()
{
    QTest::keyClick(m_window->composer()->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
}

void tst_MainWindow::getTimeWithCtrlReturn()
{
    typeUri(uri(QStringLiteral("/time")));
    pressSend();
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QVERIFY(!view->payload().isEmpty());
    QVERIFY(view->headerText().contains(QStringLiteral("Content")));
    QVERIFY(view->headerText().contains(ErrorText::responseClassWord(ResponseClass::Success)));
    QVERIFY(view->detailText().contains(QStringLiteral("ACK")));
    QCOMPARE(view->currentView(), PayloadRender::View::Text);
    QCOMPARE(view->viewText(PayloadRender::View::Text), QString::fromUtf8(view->payload()));
    QVERIFY(view->bannerText().isEmpty());
    QCOMPARE(m_window->exchangeCount(), 1);
    QVERIFY(m_window->statusText().contains(QStringLiteral("1 exchange")));
    // The URI joined the history.
    QCOMPARE(m_settings->recentUris().value(0), uri(QStringLiteral("/time")));
    QVERIFY(m_window->repeatAction()->isEnabled());

    // F5 repeats it.
    const int before = m_window->exchangeCount();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_window->exchangeCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
}

void tst_MainWindow::putToDynamicResource()
{
    RequestComposer *composer = m_window->composer();
    composer->setMethod(CoapCode::Put);
    composer->payloadEditor()->setInputFormat(PayloadRender::InputFormat::Text);
    QTest::keyClicks(composer->payloadEditor()->textEdit(), QStringLiteral("21.5"));
    typeUri(uri(QStringLiteral("/ui-test")));
    pressSend();
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.01"), 10000);
    QVERIFY(view->headerText().contains(QStringLiteral("Created")));

    // Read it back.
    composer->setMethod(CoapCode::Get);
    m_window->composer()->uriEdit()->setFocus();
    pressSend();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QCOMPARE(view->payload(), QByteArray("21.5"));
    // The payload editor kept what was typed.
    QCOMPARE(composer->payloadEditor()->text(), QStringLiteral("21.5"));
}

void tst_MainWindow::notFoundIsExplained()
{
    typeUri(uri(QStringLiteral("/sensors/tmp")));
    pressSend();
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("4.04"), 10000);
    QVERIFY(view->headerText().contains(ErrorText::responseClassWord(ResponseClass::ClientError)));
    QCOMPARE(view->bannerText(), ErrorText::responseSentence(CoapCode::NotFound, QStringLiteral("/sensors/tmp"),
                                                             CoapCode::Get));
    QVERIFY(view->bannerText().contains(QStringLiteral("/sensors/tmp")));
    QCOMPARE(m_window->composer()->uriText(), uri(QStringLiteral("/sensors/tmp")));
}

void tst_MainWindow::badUriShowsErrorAndKeepsText()
{
    const QString bad = QStringLiteral("coap://127.0.0.1:%1/a b").arg(m_port);
    typeUri(bad);
    const int before = m_window->exchangeCount();
    pressSend();
    RequestComposer *composer = m_window->composer();
    QVERIFY(!composer->uriErrorText().isEmpty());
    QVERIFY2(composer->uriErrorText().contains(QStringLiteral("space")), qPrintable(composer->uriErrorText()));
    QCOMPARE(composer->uriText(), bad);
    QCOMPARE(m_window->exchangeCount(), before);
    QVERIFY(composer->uriEdit()->hasFocus());

    // Fixing the text clears the error as it is typed.
    composer->uriEdit()->end(false);
    QTest::keyClick(composer->uriEdit(), Qt::Key_Backspace);
    QTest::keyClick(composer->uriEdit(), Qt::Key_Backspace);
    QTRY_VERIFY(composer->uriErrorText().isEmpty());
}

void tst_MainWindow::uriWithoutSchemeMeansCoap()
{
    // "127.0.0.1:5683/led" is what people type: it means coap:// (RFC 7252 §6.1), and the text
    // stays as typed.
    const QString typed = QStringLiteral("127.0.0.1:%1/time").arg(m_port);
    typeUri(typed);
    const int before = m_window->exchangeCount();
    pressSend();
    RequestComposer *composer = m_window->composer();
    QVERIFY2(composer->uriErrorText().isEmpty(), qPrintable(composer->uriErrorText()));
    QTRY_COMPARE(m_window->exchangeCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
    QCOMPARE(composer->uriText(), typed);
}

void tst_MainWindow::badOptionBlocksSending()
{
    RequestComposer *composer = m_window->composer();
    composer->optionsModel()->addOption(QStringLiteral("ETag"), QStringLiteral("xyz"));
    typeUri(uri(QStringLiteral("/time")));
    const int before = m_window->exchangeCount();
    pressSend();
    QCOMPARE(m_window->exchangeCount(), before);
    QVERIFY(!composer->optionsModel()->firstError().isEmpty());
    // The row is kept as typed.
    QCOMPARE(composer->optionsModel()->index(0, OptionsTableModel::ValueColumn).data(Qt::EditRole).toString(),
             QStringLiteral("xyz"));
    composer->optionsModel()->setData(composer->optionsModel()->index(0, OptionsTableModel::ValueColumn),
                                       QStringLiteral("0a1b"));
    QVERIFY(composer->optionsModel()->firstError().isEmpty());
    composer->uriEdit()->setFocus();
    pressSend();
    QTRY_COMPARE(m_window->exchangeCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
}

void tst_MainWindow::observeOnAndOff()
{
    typeUri(uri(QStringLiteral("/time")));
    QVERIFY(!m_window->observeAction()->isChecked());
    m_window->observeAction()->trigger();
    QVERIFY(m_window->observeAction()->isChecked());
    QVERIFY(m_window->observationReply());
    QTRY_COMPARE(m_window->observationCount(), 1);
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    // libcoap's /time notifies every second: the view follows live.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->observationReply() && m_window->observationReply()->notificationCount() >= 2,
                             10000);
    QVERIFY(view->headerText().contains(QStringLiteral("notification")));
    QVERIFY(m_window->statusText().contains(QStringLiteral("1 observation")));
    QVERIFY(m_window->cancelAction()->isEnabled());

    m_window->observeAction()->trigger(); // off: deregisters (RFC 7641 §3.6)
    QVERIFY(!m_window->observeAction()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->observationReply(), 10000);
    QTRY_COMPARE(m_window->observationCount(), 0);
    QVERIFY(m_window->statusText().contains(QStringLiteral("0 observations")));

    // Esc ends an observation too.
    m_window->observeAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->observationReply() && m_window->observationReply()->isObserving(), 10000);
    QTest::keyClick(m_window->composer()->uriEdit(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->observationReply(), 10000);
    QVERIFY(!m_window->observeAction()->isChecked());
}

void tst_MainWindow::discoveryLinksOpenInComposer()
{
    typeUri(uri(QStringLiteral("/.well-known/core")));
    pressSend();
    ResponseView *view = m_window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QCOMPARE(view->currentView(), PayloadRender::View::Link);
    QTreeWidget *links = view->linkTable();
    QVERIFY(links->topLevelItemCount() >= 2);
    QTreeWidgetItem *time = nullptr;
    for (int i = 0; i < links->topLevelItemCount(); ++i) {
        if (links->topLevelItem(i)->text(0) == QLatin1String("/time"))
            time = links->topLevelItem(i);
    }
    QVERIFY(time);
    emit links->itemActivated(time, 0);
    QCOMPARE(m_window->composer()->uriText(), uri(QStringLiteral("/time")));
}

void tst_MainWindow::noAnswerIsExplained()
{
    CoapTransmissionParameters fast;
    fast.ackTimeoutMs = 100;
    fast.maxRetransmit = 1;
    m_settings->setTransmissionParameters(fast); // applied to the client live
    QCOMPARE(m_window->client()->messageLayer()->parameters().ackTimeoutMs, 100);
    // The DTLS client for coaps:// follows the same settings, as do block retries.
    CoapClient *secure = m_window->security()->connections()->client();
    QCOMPARE(secure->messageLayer()->parameters().ackTimeoutMs, 100);
    QCOMPARE(secure->messageLayer()->parameters().maxRetransmit, 1);
    m_settings->setBlockRetries(0);
    m_settings->setTokenLength(8);
    for (CoapClient *client : {m_window->client(), secure}) {
        QCOMPARE(client->blockRetries(), 0);
        QCOMPARE(client->tokenLength(), 8);
    }
    m_settings->setBlockRetries(CoapClient::kDefaultBlockRetries);
    m_settings->setTokenLength(4);
    QUdpSocket silentSocket; // receives and never answers
    QVERIFY(silentSocket.bind(QHostAddress::LocalHost, 0));
    const quint16 silent = silentSocket.localPort();
    const QString target = QStringLiteral("coap://127.0.0.1:%1/sensors/temp").arg(silent);
    typeUri(target);
    pressSend();
    ResponseView *view = m_window->responseView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->bannerText().isEmpty(), 10000);
    QVERIFY2(view->bannerText().contains(QStringLiteral("127.0.0.1:%1").arg(silent)), qPrintable(view->bannerText()));
    QCOMPARE(m_window->composer()->uriText(), target);
    m_settings->setTransmissionParameters(CoapTransmissionParameters{});
}

void tst_MainWindow::layoutIsRestored()
{
    m_window->resize(1100, 720);
    m_window->deviceDock()->hide();
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->windowState().isEmpty());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->deviceDock()->isVisible());
    m_window->deviceDock()->show();
}

void tst_MainWindow::screenshots()
{
    // Pictures for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("COAP_UI_SCREENSHOT_DIR not set");
    const struct { QSize size; const char *name; const char *path; } shots[] = {
        {{1280, 800}, "ui-a.png", "/time"},
        {{1024, 700}, "ui-b.png", "/time"},
        {{1280, 800}, "ui-c.png", "/.well-known/core"},
        {{1024, 700}, "ui-d.png", "/sensors/tmp"},
    };
    for (const auto &shot : shots) {
        m_window->resize(shot.size);
        typeUri(uri(QString::fromLatin1(shot.path)));
        pressSend();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->responseView()->hasResponse(), 10000);
        QCoreApplication::sendPostedEvents(); // pending layout requests
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QString::fromLatin1(shot.name))));
    }
    // An option error and a bad URI.
    m_window->resize(1024, 700);
    m_window->composer()->setMethod(CoapCode::Put);
    m_window->composer()->payloadEditor()->setInputFormat(PayloadRender::InputFormat::Json);
    m_window->composer()->payloadEditor()->setText(QStringLiteral("{\"on\": tru}"));
    m_window->composer()->optionsModel()->addOption(QStringLiteral("ETag"), QStringLiteral("xyz"));
    typeUri(QStringLiteral("coap://10.0.0.5/sensors/a b"));
    pressSend();
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("ui-e.png"))));

    // The same in a dark palette: banners and badges must stay readable.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    QApplication::setPalette(dark);
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("ui-dark.png"))));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

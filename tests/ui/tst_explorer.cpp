// The whole application as a user gets it (Explorer: window, device panel, message log,
// charts) against the in-process demo fleet: the six things of UX.md, driven by keys and clicks.
#include "chartpanel.h"
#include "coapserver.h"
#include "devicepanel.h"
#include "devicetreemodel.h"
#include "explorer.h"
#include "mainwindow.h"
#include "observationhub.h"
#include "observationspanel.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "payloadeditor.h"
#include "requestcomposer.h"
#include "responseview.h"
#include "samplestore.h"
#include "settings.h"
#include "simulatedfleet.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestExplorer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void discoverThenReadByDoubleClick();
    void putJsonToConfiguration();
    void observeOnAndOff();
    void badUriKeepsText();
    void messageLogCountsDatagrams();
    void chartTemperatureAndDoor();
    void observationsComeBackAfterRestart();

private:
    QString uriOf(const QString &resourceType) const;
    void discover();

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Explorer> m_explorer;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
};

void TestExplorer::init()
{
    // A settings file of the test's own: nothing from a previous run or a user leaks in.
    QFile::remove(m_dir.filePath(QStringLiteral("explorer.ini")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("explorer.ini")));
    m_explorer = std::make_unique<Explorer>(m_settings.get());
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_explorer->devices()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_explorer->window()->resize(1280, 800);
    m_explorer->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer->window()));
    QString problem;
    QVERIFY2(m_explorer->startDemo(5, &problem), qPrintable(problem));
}

void TestExplorer::cleanup()
{
    m_treeTester.reset();
    m_explorer.reset();
    m_settings.reset();
}

void TestExplorer::discover()
{
    // startDemo() starts the discovery; the devices appear one by one as they answer.
    QTRY_COMPARE_WITH_TIMEOUT(m_explorer->devices()->deviceCount(), 5, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_explorer->devices()->isDiscovering(), 15000);
}

QString TestExplorer::uriOf(const QString &resourceType) const
{
    const DeviceTreeModel *model = m_explorer->devices()->model();
    // Depth-first over the tree: the first resource whose link has this rt.
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const CoreLink link = index.data(DeviceTreeModel::LinkRole).value<CoreLink>();
            if (link.resourceTypes().contains(resourceType))
                return index.data(DeviceTreeModel::UriRole).toString();
            pending.append(index);
        }
    }
    return {};
}

void TestExplorer::discoverThenReadByDoubleClick()
{
    discover();
    const QString uri = uriOf(QStringLiteral("temperature"));
    QVERIFY2(!uri.isEmpty(), "the tree shows a temperature resource");
    // Double-click it in the tree (UX.md task 2): read at once, the answer shows.
    DevicePanel *panel = m_explorer->devices();
    const QModelIndex source = panel->model()->indexForUri(uri);
    QVERIFY(source.isValid());
    const QModelIndex proxy = panel->proxyModel()->mapFromSource(source);
    panel->treeView()->scrollTo(proxy);
    const QRect rect = panel->treeView()->visualRect(proxy);
    QVERIFY(rect.isValid());
    // What a window system delivers for a double-click: press, release, double-click, release
    // (item views ignore a lone double-click event).
    QTest::mouseClick(panel->treeView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel->treeView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(panel->treeView()->viewport(), Qt::LeftButton, {}, rect.center());
    ResponseView *view = m_explorer->window()->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QVERIFY2(QString::fromUtf8(view->payload()).startsWith(QStringLiteral("Temperature: ")),
             view->payload().constData());
    QVERIFY(QString::fromUtf8(view->payload()).endsWith(QStringLiteral("°C")));
    QCOMPARE(m_explorer->window()->composer()->uriText(), uri);
}

void TestExplorer::putJsonToConfiguration()
{
    discover();
    const QString uri = uriOf(QStringLiteral("config"));
    QVERIFY(!uri.isEmpty());
    MainWindow *window = m_explorer->window();
    window->sendUri(uri);
    ResponseView *view = window->responseView();
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.05"), 10000);
    QJsonObject config = QJsonDocument::fromJson(view->payload()).object();
    QVERIFY2(config.contains(QStringLiteral("name")), view->payload().constData());
    config.insert(QStringLiteral("name"), QStringLiteral("Plant room 3"));

    // PUT, JSON typed into the payload editor, Ctrl+Return (UX.md task 3).
    RequestComposer *composer = window->composer();
    composer->setMethod(CoapCode::Put);
    composer->payloadEditor()->setInputFormat(PayloadRender::InputFormat::Json);
    composer->payloadEditor()->setContentFormat(CoapContentFormat::Json);
    composer->payloadEditor()->setText(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    QTest::keyClick(composer->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->codeText(), QStringLiteral("2.04"), 10000);

    composer->setMethod(CoapCode::Get);
    QTest::keyClick(composer->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view->codeText() == QStringLiteral("2.05")
                                     && QJsonDocument::fromJson(view->payload()).object().value(QStringLiteral("name"))
                                             == QStringLiteral("Plant room 3"),
                             10000);
}

void TestExplorer::observeOnAndOff()
{
    discover();
    const QString uri = uriOf(QStringLiteral("temperature"));
    MainWindow *window = m_explorer->window();
    QVERIFY(window->startObservation(uri));
    QTRY_VERIFY_WITH_TIMEOUT(window->observationReply() && window->observationReply()->notificationCount() >= 3, 10000);
    const SimulatedFleet *fleet = m_explorer->fleet();
    int observers = 0;
    for (int i = 0; i < fleet->deviceCount(); ++i)
        observers += fleet->device(i)->server()->observerCount();
    QCOMPARE(observers, 1);
    window->stopObservation();
    QTRY_VERIFY_WITH_TIMEOUT(!window->observationReply(), 10000);
    // Deregistered on the device, not just forgotten here (RFC 7641 §3.6).
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        int left = 0;
        for (int i = 0; i < fleet->deviceCount(); ++i)
            left += fleet->device(i)->server()->observerCount();
        return left == 0;
    }(), 10000);
}

void TestExplorer::badUriKeepsText()
{
    MainWindow *window = m_explorer->window();
    RequestComposer *composer = window->composer();
    const QString typed = QStringLiteral("coap://127.0.0.1:99999/sensors/temp");
    composer->setUriText(typed);
    QTest::keyClick(composer->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!composer->uriErrorText().isEmpty());
    QVERIFY2(composer->uriErrorText().contains(QStringLiteral("port"), Qt::CaseInsensitive), qPrintable(composer->uriErrorText()));
    QCOMPARE(composer->uriText(), typed);
}

void TestExplorer::messageLogCountsDatagrams()
{
    discover();
    MessageLogView *log = m_explorer->log();
    log->model()->flush();
    // The discovery's request and the five answers.
    QTRY_VERIFY_WITH_TIMEOUT(log->sentCount() >= 1 && log->receivedCount() >= 5, 5000);
    const int sent = log->sentCount();
    const int received = log->receivedCount();
    m_explorer->window()->sendUri(uriOf(QStringLiteral("switch")));
    QTRY_COMPARE_WITH_TIMEOUT(m_explorer->window()->responseView()->codeText(), QStringLiteral("2.05"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(log->sentCount(), sent + 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(log->receivedCount(), received + 1, 5000);
    // Rows arrive in batches (a short coalescing timer); every counted datagram gets its row.
    QTRY_COMPARE(log->model()->rowCount(), log->sentCount() + log->receivedCount());
}

void TestExplorer::chartTemperatureAndDoor()
{
    discover();
    CoapReply *temperature = m_explorer->chartUri(uriOf(QStringLiteral("temperature")));
    CoapReply *door = m_explorer->chartUri(uriOf(QStringLiteral("contact")));
    QVERIFY(temperature && door);
    QVERIFY(m_explorer->chartDock()->isVisible());
    SampleStore *store = m_explorer->charts()->store();
    // Both move on the chart within seconds (UX.md task 4): at least two series with samples.
    QTRY_VERIFY_WITH_TIMEOUT(store->seriesCount() >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(temperature->notificationCount() >= 3 && door->notificationCount() >= 1, 15000);
    bool celsius = false;
    for (int id = 0; id < store->seriesCount(); ++id)
        celsius = celsius || store->unit(id) == QStringLiteral("°C");
    QVERIFY2(celsius, "the temperature series carries its unit");
}

void TestExplorer::observationsComeBackAfterRestart()
{
    // Not the demo: a fleet of its own stands in for real devices that are still there tomorrow.
    m_explorer.reset();
    SimulatedFleet devices;
    FleetOptions options;
    options.deviceCount = 1;
    options.basePort = 0;
    options.kinds = {SimulatedDeviceKind::TemperatureSensor};
    QVERIFY(devices.start(options));
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/sensors/temperature").arg(devices.deviceEndpoints().first().port());

    auto first = std::make_unique<Explorer>(m_settings.get());
    CoapReply *charted = first->chartUri(uri);
    QVERIFY(charted);
    QTRY_VERIFY_WITH_TIMEOUT(charted->notificationCount() >= 1, 10000);
    first.reset(); // the user closes the window
    QTRY_COMPARE_WITH_TIMEOUT(devices.device(0)->server()->observerCount(), 0, 10000); // deregistered
    QCOMPARE(m_settings->chartedObservations(), QStringList{uri});

    // The composer's observation was open too when the window closed.
    m_settings->setOpenObservations({uri});

    // A restart asks before observing anything (Settings: ask first, the default).
    auto second = std::make_unique<Explorer>(m_settings.get());
    QTRY_VERIFY(second->resumeBar());
    QCOMPARE(second->window()->observations()->count(), 0);
    QCOMPARE(devices.device(0)->server()->observerCount(), 0);
    auto *resume = second->resumeBar()->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY(!second->resumeBar());
    QTRY_COMPARE_WITH_TIMEOUT(second->charts()->observationCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second->charts()->store()->seriesCount() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second->window()->observationReply()
                                     && second->window()->observationReply()->isObserving(), 10000);
    QCOMPARE(second->window()->composer()->uriText(), uri);
    // One observation of the resource, shared by the chart and the composer (RFC 7641 §3).
    QCOMPARE(second->window()->observations()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(devices.device(0)->server()->observerCount(), 1, 10000);
    second.reset();
    QTRY_COMPARE_WITH_TIMEOUT(devices.device(0)->server()->observerCount(), 0, 10000);

    // "Never": nothing is offered, nothing observed; "Always": resumed without a question.
    m_settings->setResumeObservations(Settings::ResumeObservations::Never);
    auto third = std::make_unique<Explorer>(m_settings.get());
    QTest::qWait(0); // the start-up step runs from the event loop (a zero timer), not after a delay
    QCoreApplication::processEvents();
    QVERIFY(!third->resumeBar());
    QCOMPARE(third->window()->observations()->count(), 0);
    third.reset();
    m_settings->setResumeObservations(Settings::ResumeObservations::Always);
    auto fourth = std::make_unique<Explorer>(m_settings.get());
    QTRY_COMPARE_WITH_TIMEOUT(fourth->window()->observations()->count(), 1, 10000);
    QVERIFY(!fourth->resumeBar());
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"

// The whole application as a user gets it (Explorer: window, device panel, message log,
// charts) against the in-process demo fleet: the six things of UX.md, driven by keys and clicks.
#include "adddevicedialog.h"
#include "addeddevicesdialog.h"
#include "chartpanel.h"
#include "coapserver.h"
#include "coapuri.h"
#include "externalpeer.h"
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
#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QToolBar>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QScopeGuard>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

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
    void chartReusesTheRunningObservation();
    void observeSeveralResources();
    void removingASeriesDeregisters();
    void closingChartsAsksAndStops();
    void minimumSizeFitsWithSixCharts_data();
    void minimumSizeFitsWithSixCharts();
    void monitorViewAndBack();
    void chartsBesideObservationsFit();
    void repeatSendsWhatTheFormShows();
    void noAnswerCountsRetransmissionsLive();
    void treeFilterKeepsUriAndExpansion();
    void devicesAddedByHandAreRemembered();
    void devicesAddedByHandListEdits();
    void sortOrderIsRemembered();

private:
    QString uriOf(const QString &resourceType) const;
    void discover();
    int observersOnFleet() const;
    // Sent datagrams of the message log that end an observation: GET with Observe 1 (RFC 7641 §3.6).
    int deregistrationsInLog() const;

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
    // The five plain devices; the demo's coaps device is tst_security's subject.
    QVERIFY2(m_explorer->startDemo(5, &problem, false), qPrintable(problem));
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
    // The request and its response both show the path; the device's name stands beside the peer.
    MessageLogModel *model = log->model();
    const QString path = CoapUri::parse(uriOf(QStringLiteral("switch"))).uri.path();
    const int last = model->rowCount() - 1;
    QCOMPARE(model->index(last, MessageLogModel::PathColumn).data().toString(), path);
    QCOMPARE(model->index(last - 1, MessageLogModel::PathColumn).data().toString(), path);
    QTRY_VERIFY(!model->index(last, MessageLogModel::DeviceColumn).data().toString().isEmpty());
    // The device filter names devices, and filters by their address.
    auto *peers = log->findChild<QComboBox *>(QStringLiteral("peerFilter"));
    QVERIFY(peers);
    const QString name = model->index(last, MessageLogModel::DeviceColumn).data().toString();
    const QString peer = model->index(last, MessageLogModel::PeerColumn).data().toString();
    QTRY_VERIFY(peers->findText(QStringLiteral("%1 \u2014 %2").arg(name, peer)) > 0);
    peers->setCurrentIndex(peers->findText(QStringLiteral("%1 \u2014 %2").arg(name, peer)));
    QTRY_VERIFY(log->filterModel()->rowCount() >= 2);
    for (int row = 0; row < log->filterModel()->rowCount(); ++row)
        QCOMPARE(log->filterModel()->index(row, MessageLogModel::PeerColumn).data().toString(), peer);
    peers->setCurrentIndex(0);
    // 16 bytes a row in the hex dump, and no following while a row is selected.
    log->table()->setCurrentIndex(log->filterModel()->index(last, 0));
    QVERIFY(log->hexDumpText().startsWith(QStringLiteral("00000000  ")));
    const QScrollBar *bar = log->table()->verticalScrollBar();
    const int position = bar->value();
    m_explorer->window()->sendUri(uriOf(QStringLiteral("switch")));
    QTRY_COMPARE_WITH_TIMEOUT(log->model()->rowCount(), last + 3, 5000);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), position);
    QVERIFY(log->table()->selectionModel()->isRowSelected(last, {}) || log->table()->currentIndex().row() == last);
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
    QCoreApplication::processEvents(); // the start-up step runs from a zero timer
    QVERIFY(!third->resumeBar());
    QCOMPARE(third->window()->observations()->count(), 0);
    third.reset();
    m_settings->setResumeObservations(Settings::ResumeObservations::Always);
    auto fourth = std::make_unique<Explorer>(m_settings.get());
    QTRY_COMPARE_WITH_TIMEOUT(fourth->window()->observations()->count(), 1, 10000);
    QVERIFY(!fourth->resumeBar());
}

int TestExplorer::observersOnFleet() const
{
    int observers = 0;
    const SimulatedFleet *fleet = m_explorer->fleet();
    for (int i = 0; i < fleet->deviceCount(); ++i)
        observers += fleet->device(i)->server()->observerCount();
    return observers;
}

int TestExplorer::deregistrationsInLog() const
{
    MessageLogModel *model = m_explorer->log()->model();
    model->flush();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const MessageLogEntry entry = model->index(row, 0).data(MessageLogModel::EntryRole).value<MessageLogEntry>();
        if (!entry.isSent() || entry.isMalformed() || entry.event.message.code() != CoapCode::Get)
            continue;
        const QList<CoapOption> observe = entry.event.message.options(CoapOptionNumber::Observe);
        if (!observe.isEmpty() && observe.constFirst().value() == QByteArray(1, '\x01'))
            ++count;
    }
    return count;
}

void TestExplorer::chartReusesTheRunningObservation()
{
    discover();
    const QString uri = uriOf(QStringLiteral("temperature"));
    MainWindow *window = m_explorer->window();
    CoapReply *observed = window->startObservation(uri);
    QVERIFY(observed);
    QTRY_VERIFY_WITH_TIMEOUT(observed->notificationCount() >= 1, 10000);
    // The Observe button speaks for the resource in the form.
    QCOMPARE(window->observeAction()->text(), QStringLiteral("Stop &observing"));
    // Chart it: the same observation, not a second token (RFC 7641 §3).
    CoapReply *charted = m_explorer->chartUri(uri);
    QCOMPARE(charted, observed);
    QCOMPARE(window->observations()->count(), 1);
    QCOMPARE(window->observationCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_explorer->charts()->store()->seriesCount() >= 1, 10000);
    // The Observations list shows it with device, path and count, and its Stop ends it for both.
    ObservationHub *hub = window->observations();
    QCOMPARE(hub->index(0, ObservationHub::PathColumn).data().toString(), QStringLiteral("/sensors/temperature"));
    QVERIFY(!hub->index(0, ObservationHub::DeviceColumn).data().toString().isEmpty());
    QTRY_VERIFY(hub->index(0, ObservationHub::NotificationsColumn).data().toInt() >= 1);
    const int before = deregistrationsInLog();
    m_explorer->observationsPanel()->stopRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(hub->count(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(deregistrationsInLog() > before, 5000);
    QCOMPARE(window->observeAction()->text(), QStringLiteral("&Observe"));
}

void TestExplorer::observeSeveralResources()
{
    discover();
    MainWindow *window = m_explorer->window();
    const QString temperature = uriOf(QStringLiteral("temperature"));
    const QString door = uriOf(QStringLiteral("contact"));
    window->openUri(temperature);
    window->observeAction()->trigger();
    QVERIFY(window->observeAction()->isChecked());
    // Another resource in the form: Observe starts a second observation, the first goes on.
    window->openUri(door);
    QVERIFY(!window->observeAction()->isChecked());
    QCOMPARE(window->observeAction()->text(), QStringLiteral("&Observe"));
    window->observeAction()->trigger();
    QVERIFY(window->observeAction()->isChecked());
    QCOMPARE(window->observations()->count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 2, 10000);
    // Back to the first: the button offers to stop it, and does.
    window->openUri(temperature);
    QVERIFY(window->observeAction()->isChecked());
    QCOMPARE(window->observeAction()->text(), QStringLiteral("Stop &observing"));
    window->observeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 1, 10000);
    QCOMPARE(window->observations()->uris(ObservationHub::ComposerUser), QStringList{door});
}

void TestExplorer::removingASeriesDeregisters()
{
    discover();
    CoapReply *reply = m_explorer->chartUri(uriOf(QStringLiteral("temperature")));
    QVERIFY(reply);
    ChartPanel *charts = m_explorer->charts();
    QTRY_VERIFY_WITH_TIMEOUT(charts->store()->seriesCount() >= 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 1, 5000);
    const int before = deregistrationsInLog();
    // Select the series in the table and press Delete (the context menu's "Remove from chart").
    QTableView *table = charts->seriesTable();
    QVERIFY(charts->removeSeriesAction()->isEnabled());
    QVERIFY(table->actions().contains(charts->removeSeriesAction()));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(charts->isSeriesRemoved(0));
    QVERIFY(table->isRowHidden(0));
    QCOMPARE(charts->observationCount(), 0);
    // Nothing else used it: the device is told, and the log shows the deregistration.
    QTRY_COMPARE_WITH_TIMEOUT(m_explorer->window()->observations()->count(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(deregistrationsInLog() > before, 5000);
}

void TestExplorer::closingChartsAsksAndStops()
{
    discover();
    QVERIFY(m_explorer->chartUri(uriOf(QStringLiteral("temperature"))));
    QVERIFY(m_explorer->chartUri(uriOf(QStringLiteral("contact"))));
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 2, 10000);
    QDockWidget *dock = m_explorer->chartDock();
    QVERIFY(dock->isVisible());

    // The question comes up; "Cancel" keeps the panel and the observations.
    auto answer = [](const char *button) {
        QTimer::singleShot(0, [button] {
            QWidget *box = QApplication::activeModalWidget();
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("closeChartsQuestion"));
            auto *b = box->findChild<QAbstractButton *>(QString::fromLatin1(button));
            QVERIFY(b);
            b->click();
        });
    };
    answer("cancelButton");
    dock->close();
    QVERIFY(dock->isVisible());
    QCOMPARE(m_explorer->window()->observations()->count(), 2);

    answer("stopButton");
    dock->close();
    QVERIFY(!dock->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(observersOnFleet(), 0, 10000);
    QTRY_COMPARE(m_explorer->window()->observations()->count(), 0);
}

void TestExplorer::minimumSizeFitsWithSixCharts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de"); // longer words
}

void TestExplorer::minimumSizeFitsWithSixCharts()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        // The window built anew with the translation loaded, as the application does at start.
        m_treeTester.reset();
        m_explorer.reset();
        QVERIFY(translator.load(QStringLiteral(":/i18n/coap-explorer_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        m_explorer = std::make_unique<Explorer>(m_settings.get());
        m_explorer->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_explorer->window()));
        QVERIFY(m_explorer->startDemo(5, nullptr, false));
    }
    auto untranslate = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    discover();
    MainWindow *window = m_explorer->window();
    window->resize(1024, 700);
    QTRY_COMPARE(window->size(), QSize(1024, 700));
    const QStringList types{QStringLiteral("temperature"), QStringLiteral("contact"), QStringLiteral("humidity"),
                            QStringLiteral("heart-rate"), QStringLiteral("spo2"), QStringLiteral("battery")};
    for (const QString &rt : types) {
        const QString uri = uriOf(rt);
        QVERIFY2(!uri.isEmpty(), qPrintable(rt));
        QVERIFY(m_explorer->chartUri(uri));
    }
    ChartPanel *charts = m_explorer->charts();
    QTRY_VERIFY_WITH_TIMEOUT(charts->store()->seriesCount() >= 6, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(charts->chartCount() >= 4, 15000);
    // Error banners too: a bad URI in the form and a failure in the response pane.
    window->composer()->setUriText(QStringLiteral("coap://127.0.0.1:99999/sensors/temp"));
    QTest::keyClick(window->composer()->uriEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!window->composer()->uriErrorText().isEmpty());
    window->responseView()->showFailure(QStringLiteral("No answer from 127.0.0.1:5999 after 4 retransmissions (93 s). "
                                                       "Is the device on this link and powered?"));
    QCoreApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    // The window never resizes itself.
    QCOMPARE(window->size(), QSize(1024, 700));
    // Every chart keeps a readable plot: they scroll instead of shrinking.
    auto *scroll = charts->findChild<QScrollArea *>(QStringLiteral("chartScrollArea"));
    QVERIFY(scroll);
    for (QChartView *view : scroll->widget()->findChildren<QChartView *>())
        QVERIFY2(view->height() >= 100, qPrintable(QString::number(view->height())));
}

void TestExplorer::chartsBesideObservationsFit()
{
    // The arrangement of the screenshots (and of a user who drags the Observations list beside
    // the charts): Charts and Observations side by side, the log in a tab with the charts. The
    // log's filter bar and the Observations panel together once pushed the window to 1043 px.
    discover();
    MainWindow *window = m_explorer->window();
    window->resize(1024, 700);
    QTRY_COMPARE(window->size(), QSize(1024, 700));
    QVERIFY(m_explorer->chartUri(uriOf(QStringLiteral("temperature"))));
    QDockWidget *charts = m_explorer->chartDock();
    QDockWidget *observations = m_explorer->observationsDock();
    QDockWidget *log = m_explorer->logDock();
    for (QDockWidget *dock : {charts, observations, log})
        window->removeDockWidget(dock);
    window->addDockWidget(Qt::BottomDockWidgetArea, charts);
    window->splitDockWidget(charts, observations, Qt::Horizontal);
    window->tabifyDockWidget(charts, log);
    for (QDockWidget *dock : {charts, observations, log})
        dock->show();
    QCoreApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    QTRY_COMPARE(window->size(), QSize(1024, 700));
}

void TestExplorer::monitorViewAndBack()
{
    discover();
    QVERIFY(m_explorer->chartUri(uriOf(QStringLiteral("temperature"))));
    MainWindow *window = m_explorer->window();
    QDockWidget *charts = m_explorer->chartDock();
    const int normalHeight = charts->height();
    m_explorer->monitorAction()->trigger();
    QVERIFY(m_explorer->monitorAction()->isChecked());
    QVERIFY(!window->centralWidget()->isVisible());
    QVERIFY(!window->deviceDock()->isVisible());
    QVERIFY(charts->isVisible());
    QTRY_VERIFY(charts->height() > window->height() * 6 / 10);
    QVERIFY(charts->height() > normalHeight);
    m_explorer->monitorAction()->trigger();
    QVERIFY(window->centralWidget()->isVisible());
    QVERIFY(window->deviceDock()->isVisible());
    QTRY_VERIFY(charts->height() < window->height() * 6 / 10);
}

void TestExplorer::repeatSendsWhatTheFormShows()
{
    discover();
    MainWindow *window = m_explorer->window();
    const QString temperature = uriOf(QStringLiteral("temperature"));
    const QString humidity = uriOf(QStringLiteral("humidity"));
    QVERIFY(window->sendUri(temperature));
    QTRY_COMPARE_WITH_TIMEOUT(window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
    // The form changes; F5 sends what it shows now, not the last request as it was.
    window->composer()->setUriText(humidity);
    QVERIFY(window->repeatAction()->isEnabled());
    window->repeatAction()->trigger();
    CoapReply *reply = window->activeReply();
    QVERIFY(reply);
    QCOMPARE(CoapUri::fromOptions(reply->request(), reply->responder().isNull() ? CoapEndpoint() : reply->responder(), false).path(),
             CoapUri::parse(humidity).uri.path());
    // A new request clears the previous result until its answer comes.
    QVERIFY(!window->responseView()->hasResponse());
    QTRY_COMPARE_WITH_TIMEOUT(window->responseView()->codeText(), QStringLiteral("2.05"), 10000);
}

void TestExplorer::noAnswerCountsRetransmissionsLive()
{
    // Short timers so that the test sees two retransmissions in well under a second.
    CoapTransmissionParameters p;
    p.ackTimeoutMs = 100;
    p.ackRandomFactor = 1.0;
    p.maxRetransmit = 4;
    m_settings->setTransmissionParameters(p);
    // A device that receives and never answers (a port with nothing behind it would answer
    // "port unreachable", and the exchange would end at once).
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const quint16 port = silent.localPort();
    MainWindow *window = m_explorer->window();
    QVERIFY(window->sendUri(QStringLiteral("coap://127.0.0.1:%1/sensors/temp").arg(port)));
    ResponseView *view = window->responseView();
    QTRY_VERIFY_WITH_TIMEOUT(view->pendingText().contains(QStringLiteral("retransmission 2 of 4")), 5000);
    QVERIFY2(view->pendingText().contains(QStringLiteral("gives up in about")), qPrintable(view->pendingText()));
    QVERIFY(view->cancelButton()->isVisible());
    // The Cancel beside it ends the exchange; nothing the user typed is cleared.
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(view->bannerText().contains(QStringLiteral("Cancelled")));
    QVERIFY(!view->cancelButton()->isVisible());
    QCOMPARE(window->composer()->uriText(), QStringLiteral("coap://127.0.0.1:%1/sensors/temp").arg(port));
}

void TestExplorer::treeFilterKeepsUriAndExpansion()
{
    discover();
    DevicePanel *panel = m_explorer->devices();
    QTreeView *tree = panel->treeView();
    QAbstractItemModel *proxy = tree->model();
    // Devices sorted by name, each opened to its top level only.
    QVERIFY(proxy->rowCount() == 5);
    QStringList names;
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, 0).data().toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(tree->isExpanded(proxy->index(0, 0)));

    // Collapse all, open the second device only; then the user types into the filter.
    panel->collapseAllAction()->trigger();
    tree->expand(proxy->index(1, 0));
    tree->setCurrentIndex(proxy->index(1, 0));
    RequestComposer *composer = m_explorer->window()->composer();
    const QString typed = QStringLiteral("coap://127.0.0.1:1/typed-by-hand");
    composer->setUriText(typed);
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("deviceFilter")), QStringLiteral("humid"));
    QCOMPARE(composer->uriText(), typed); // filtering never rewrites the request
    QVERIFY(proxy->rowCount() >= 1);
    // Cleared: the expansion the user chose is back.
    panel->findChild<QLineEdit *>(QStringLiteral("deviceFilter"))->clear();
    QCOMPARE(proxy->rowCount(), 5);
    QCOMPARE(composer->uriText(), typed);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(tree->isExpanded(proxy->index(row, 0)), row == 1);
    // Expand all opens folders too.
    panel->expandAllAction()->trigger();
    QVERIFY(tree->isExpanded(proxy->index(0, 0)));
}

void TestExplorer::devicesAddedByHandAreRemembered()
{
    // Not the demo: a device of its own stands in for one the technician typed in yesterday.
    m_treeTester.reset();
    m_explorer.reset();
    SimulatedFleet devices;
    FleetOptions options;
    options.deviceCount = 1;
    options.basePort = 0;
    options.kinds = {SimulatedDeviceKind::TemperatureSensor};
    QVERIFY(devices.start(options));
    const CoapEndpoint endpoint = devices.deviceEndpoints().first();

    auto first = std::make_unique<Explorer>(m_settings.get());
    first->devices()->addDevice(QStringLiteral("127.0.0.1"), endpoint.port());
    QTRY_VERIFY_WITH_TIMEOUT(first->devices()->model()->deviceIndex(endpoint).isValid(), 10000);
    first.reset();

    auto second = std::make_unique<Explorer>(m_settings.get());
    QTRY_VERIFY_WITH_TIMEOUT(second->devices()->model()->deviceIndex(endpoint).isValid(), 10000);
    QCOMPARE(second->devices()->devicesAddedByHand(), QStringList{endpoint.toString()});
    // Shown even while a filter that matches nothing else is active.
    second->devices()->findChild<QLineEdit *>(QStringLiteral("deviceFilter"))->setText(QStringLiteral("no-such-thing"));
    const QModelIndex proxied = second->devices()->proxyModel()->mapFromSource(
        second->devices()->model()->deviceIndex(endpoint));
    QVERIFY(proxied.isValid());
}

namespace {
QStringList listed(const AddedDevicesDialog *dialog)
{
    QStringList entries;
    for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row)
        entries << dialog->list()->topLevelItem(row)->text(0);
    return entries;
}

// Accepts the Add device… dialog the list opened, with address typed in.
bool acceptAddressDialog(AddedDevicesDialog *dialog, const QString &address, const QString &expectedTitle)
{
    AddDeviceDialog *input = nullptr;
    for (AddDeviceDialog *child : dialog->findChildren<AddDeviceDialog *>()) {
        if (child->isVisible())
            input = child;
    }
    if (!input || input->windowTitle() != expectedTitle)
        return false;
    input->addressEdit()->setText(address);
    input->accept();
    return input->result() == QDialog::Accepted;
}
} // namespace

void TestExplorer::devicesAddedByHandListEdits()
{
    // Two devices of the test's own, asked by hand; the list dialog adds, edits and removes them,
    // and the tree and the saved list follow.
    m_treeTester.reset();
    m_explorer.reset();
    SimulatedFleet devices;
    FleetOptions options;
    options.deviceCount = 2;
    options.basePort = 0;
    options.kinds = {SimulatedDeviceKind::TemperatureSensor, SimulatedDeviceKind::TemperatureSensor};
    QVERIFY(devices.start(options));
    QCOMPARE(devices.deviceEndpoints().size(), 2);
    const CoapEndpoint first = devices.deviceEndpoints().at(0);
    const CoapEndpoint second = devices.deviceEndpoints().at(1);

    auto explorer = std::make_unique<Explorer>(m_settings.get());
    QAbstractItemModelTester tester(explorer->devices()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceTreeModel *model = explorer->devices()->model();
    explorer->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(explorer->window()));

    // From the Devices menu.
    QAction *open = nullptr;
    for (QAction *action : explorer->window()->devicesMenu()->actions()) {
        if (action->objectName() == QLatin1String("devicesAddedByHandAction"))
            open = action;
    }
    QVERIFY(open);
    QVERIFY(open->text().endsWith(QChar(0x2026)));
    open->trigger();
    AddedDevicesDialog *dialog = explorer->devices()->findChild<AddedDevicesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    QCOMPARE(listed(dialog), QStringList());
    QVERIFY(!dialog->editButton()->isEnabled());
    QVERIFY(!dialog->removeButton()->isEnabled());

    // Add: asked at once, listed in the tree, saved.
    dialog->addButton()->click();
    QVERIFY(acceptAddressDialog(dialog, first.toString(), QStringLiteral("Add device")));
    QCOMPARE(listed(dialog), QStringList{first.toString()});
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("coap"));
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList{first.toString()});
    QTRY_VERIFY_WITH_TIMEOUT(model->deviceIndex(first).data(DeviceTreeModel::LastSeenRole).toDateTime().isValid(), 10000);

    // Edit: the entry is now the second device, in the same place; the first leaves the tree.
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    QVERIFY(dialog->editButton()->isEnabled());
    dialog->editButton()->click();
    QVERIFY(acceptAddressDialog(dialog, second.toString(), QStringLiteral("Edit device")));
    QCOMPARE(listed(dialog), QStringList{second.toString()});
    QCOMPARE(explorer->devices()->devicesAddedByHand(), QStringList{second.toString()});
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList{second.toString()});
    QVERIFY(!model->deviceIndex(first).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(model->deviceIndex(second).data(DeviceTreeModel::LastSeenRole).toDateTime().isValid(), 10000);
    QCOMPARE(model->deviceCount(), 1);

    // Add the first one back (after the second), then remove the second with the Delete key.
    dialog->addButton()->click();
    QVERIFY(acceptAddressDialog(dialog, first.toString(), QStringLiteral("Add device")));
    QCOMPARE(listed(dialog), (QStringList{second.toString(), first.toString()}));
    QCOMPARE(m_settings->devicesAddedByHand(), (QStringList{second.toString(), first.toString()}));
    QTRY_COMPARE_WITH_TIMEOUT(model->deviceCount(), 2, 10000);
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->list()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->hasFocus(), 5000);
    QTest::keyClick(dialog->list(), Qt::Key_Delete);
    QCOMPARE(listed(dialog), QStringList{first.toString()});
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList{first.toString()});
    QVERIFY(!model->deviceIndex(second).isValid());
    QVERIFY(model->deviceIndex(first).isValid());

    // The Remove button, and the list is empty; nothing is asked at the next start.
    QCOMPARE(dialog->list()->currentItem(), dialog->list()->topLevelItem(0));
    dialog->removeButton()->click();
    QCOMPARE(listed(dialog), QStringList());
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList());
    QCOMPARE(model->deviceCount(), 0);
    dialog->close();

    // Removing a device added by hand from the tree takes it off the list as well.
    explorer->devices()->addDevice(QStringLiteral("127.0.0.1"), first.port());
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList{first.toString()});
    QTreeView *tree = explorer->devices()->treeView();
    tree->setCurrentIndex(explorer->devices()->proxyModel()->mapFromSource(model->deviceIndex(first)));
    explorer->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(explorer->window()));
    tree->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), 5000);
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(model->deviceCount(), 0);
    QCOMPARE(m_settings->devicesAddedByHand(), QStringList());
}

void TestExplorer::sortOrderIsRemembered()
{
    // The demo's five devices: chosen in the panel's menu, the order applies at once and comes
    // back with the next window, read from the same settings file by a new Settings object.
    DevicePanel *panel = m_explorer->devices();
    QTRY_COMPARE_WITH_TIMEOUT(panel->deviceCount(), 5, 15000);
    QCOMPARE(panel->sortOrder(), DeviceSortOrder::Name);
    const auto addresses = [](const QAbstractItemModel *proxy) {
        QList<QByteArray> keys;
        for (int row = 0; row < proxy->rowCount(); ++row)
            keys << proxy->index(row, 0).data(DeviceTreeModel::AddressKeyRole).toByteArray();
        return keys;
    };
    panel->sortAction(DeviceSortOrder::Address)->trigger();
    QList<QByteArray> keys = addresses(panel->proxyModel());
    QCOMPARE(keys.size(), 5);
    QVERIFY(std::is_sorted(keys.begin(), keys.end()));
    QCOMPARE(m_settings->deviceSortOrder(), DeviceSortOrder::Address);

    const QString file = m_settings->storage()->fileName();
    m_treeTester.reset();
    m_explorer.reset();
    m_settings.reset(); // written to the file
    m_settings = std::make_unique<Settings>(file);
    QCOMPARE(m_settings->deviceSortOrder(), DeviceSortOrder::Address);
    m_explorer = std::make_unique<Explorer>(m_settings.get());
    QCOMPARE(m_explorer->devices()->sortOrder(), DeviceSortOrder::Address);
    QVERIFY(m_explorer->devices()->sortAction(DeviceSortOrder::Address)->isChecked());
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"

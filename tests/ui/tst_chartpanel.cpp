// The chart panel against a real observation: our CoapServer on 127.0.0.1 with observable
// resources notified by a timer, our CoapClient observing them, the panel charting what arrives.
// Offscreen (QT_QPA_PLATFORM=offscreen, set by tests/CMakeLists.txt).
#include "chartpanel.h"
#include "coapclient.h"
#include "coapserver.h"
#include "samplestore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace {

// A little device on loopback: temperatures ("Temperature: 25.0°C"), a door ("open"/"closed"),
// and a resource whose payload has nothing to chart. A timer notifies the observers.
struct Device
{
    CoapUdpTransport serverTransport;
    CoapServer server{&serverTransport};
    CoapUdpTransport clientTransport;
    CoapClient client{&clientTransport};
    QTimer notifier;
    QStringList notifiedPaths;
    quint16 port = 0;
    int tick = 0;

    explicit Device(int temperatures = 1)
    {
        for (int i = 0; i < temperatures; ++i) {
            const QString path = temperatures == 1 ? QStringLiteral("/temp") : QStringLiteral("/temp%1").arg(i);
            server.addResource(path).setObservable(true).on(
                    CoapCode::Get, [this, i](const CoapServerRequest &, const CoapResponder &r) {
                        const double t = 25.0 + i + 0.5 * std::sin(tick / 10.0);
                        r.respond(CoapCode::Content,
                                  QStringLiteral("Temperature: %1°C").arg(t, 0, 'f', 1).toUtf8(), 0);
                    });
            notifiedPaths << path;
        }
        server.addResource(QStringLiteral("/door")).setObservable(true).on(
                CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, (tick / 10) % 2 ? "open" : "closed", 0);
                });
        server.addResource(QStringLiteral("/banner")).setObservable(true).on(
                CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
                    r.respond(CoapCode::Content, "Welcome to the boiler room", 0);
                });
        server.addResource(QStringLiteral("/env")).setObservable(true).on(
                CoapCode::Get, [this](const CoapServerRequest &, const CoapResponder &r) {
                    const QByteArray json = QStringLiteral(R"({"temp": %1, "hum": %2, "fan": %3})")
                                                    .arg(21 + tick % 3).arg(40 + tick % 5)
                                                    .arg(tick % 2 ? "true" : "false").toUtf8();
                    r.respond(CoapCode::Content, json, 50);
                });
        notifiedPaths << QStringLiteral("/door") << QStringLiteral("/banner") << QStringLiteral("/env");
        CoapTransmissionParameters p;
        p.defaultLeisureMs = 200;
        server.messageLayer()->setParameters(p);
        serverTransport.bind(QHostAddress::LocalHost, 0);
        port = serverTransport.localEndpoint().port();
        clientTransport.bind(QHostAddress::LocalHost, 0);
        clientTransport.setReceiveBufferSize(4 << 20);
        QObject::connect(&notifier, &QTimer::timeout, &notifier, [this] {
            ++tick;
            for (const QString &path : std::as_const(notifiedPaths))
                server.notifyObservers(path);
        });
        notifier.setTimerType(Qt::PreciseTimer);
    }

    QString endpoint() const { return QStringLiteral("127.0.0.1:%1").arg(port); }

    CoapReply *observe(const QString &path)
    {
        CoapRequest r;
        r.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
        for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
            r.message.addOption(CoapOptionNumber::UriPath, segment.toUtf8());
        r.observe = true;
        return client.send(r);
    }
};

// Ticks of a 10 ms timer: the largest gap between two says how long the event loop was blocked.
struct LoopProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;

    LoopProbe()
    {
        timer.setInterval(10);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.elapsed();
            maxGap = qMax(maxGap, now - last);
            last = now;
            ++ticks;
        });
    }
    // Runs the event loop until count ticks were seen (bounded) and returns the largest gap.
    qint64 measure(int count)
    {
        ticks = 0;
        maxGap = 0;
        clock.start();
        last = 0;
        timer.start();
        const bool done = QTest::qWaitFor([&] { return ticks >= count; }, count * 10 * 20);
        timer.stop();
        return done ? maxGap : -1;
    }
};

} // namespace

class tst_ChartPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStateBeforeAnyObservation();
    void liveObservation();
    void pauseStopsUpdates();
    void legendAndTableHideSeries();
    void zoomPanAndKeys();
    void csvExportHasEverySample();
    void imageExport();
    void removeObservationStopsCharting();
    void jsonLeavesAreAllCharted();
    void followsTheStore();
    void linesArePainted();
    void stayResponsiveUnderLoad();
};

void tst_ChartPanel::initTestCase()
{
    // The wire is not under test here: a thousand debug lines a second would only slow it down.
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void tst_ChartPanel::emptyStateBeforeAnyObservation()
{
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.windowTitle(), QStringLiteral("Charts"));
    QCOMPARE(panel.chartCount(), 0);
    QCOMPARE(panel.seriesModel()->rowCount(), 0);
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    const bool hint = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(QStringLiteral("Observe a resource"));
    });
    QVERIFY2(hint, "the empty chart says what to do");
}

void tst_ChartPanel::liveObservation()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    QAbstractItemModelTester tester(panel.seriesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(1100, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    panel.addObservation(device.observe("/door"), "Boiler", "/door");
    panel.addObservation(device.observe("/banner"), "Boiler", "/banner");
    QCOMPARE(panel.observationCount(), 3);
    device.notifier.start(50); // 20 Hz

    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 2, 5000);
    const int temp = store.findSeries({device.endpoint(), "/temp", "Temperature"});
    const int door = store.findSeries({device.endpoint(), "/door", ""});
    QVERIFY(temp >= 0 && door >= 0);
    QCOMPARE(store.unit(temp), QStringLiteral("°C"));
    QCOMPARE(store.kind(temp), SeriesKind::Numeric);
    QCOMPARE(store.kind(door), SeriesKind::Step);
    QCOMPARE(store.label(temp), QStringLiteral("Boiler /temp · Temperature"));
    QCOMPARE(panel.chartCount(), 2); // °C, and the states
    QTRY_VERIFY2_WITH_TIMEOUT(store.sampleCount(temp) >= 25 && store.sampleCount(door) >= 25,
                              qPrintable(QStringLiteral("%1 %2").arg(store.sampleCount(temp)).arg(store.sampleCount(door))), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.drawnPoints(temp).size() >= 10, 2000);

    // Values as sent, on the chart and in the table.
    const QList<QPointF> points = panel.drawnPoints(temp);
    for (const QPointF &p : points)
        QVERIFY2(p.y() >= 24.4 && p.y() <= 25.6, qPrintable(QString::number(p.y())));
    const auto [t0, t1] = panel.visibleRange();
    QCOMPARE(t1 - t0, 30'000);
    QVERIFY(qAbs(t1 - QDateTime::currentMSecsSinceEpoch()) < 2000);
    QAbstractItemModel *model = panel.seriesModel();
    QCOMPARE(model->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(temp, ChartPanel::LastColumn).data().toString().isEmpty(), 2000);
    QCOMPARE(model->index(temp, ChartPanel::UnitColumn).data().toString(), QStringLiteral("°C"));
    QCOMPARE(model->index(temp, ChartPanel::NameColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    const QString doorLast = model->index(door, ChartPanel::LastColumn).data().toString();
    QVERIFY2(doorLast == QStringLiteral("open") || doorLast == QStringLiteral("closed"), qPrintable(doorLast));
    // The rate column reads about 20/s once a few seconds passed; at least it is not zero.
    QTRY_VERIFY_WITH_TIMEOUT(store.stats(temp, QDateTime::currentMSecsSinceEpoch()).ratePerSecond > 5, 3000);

    // The door is drawn as steps: horizontal or vertical segments only.
    const QList<QPointF> steps = panel.drawnPoints(door);
    QVERIFY(steps.size() >= 2);
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i].x() == steps[i - 1].x() || steps[i].y() == steps[i - 1].y());

    // The banner has no value: counted, shown, never a dialog.
    QTRY_VERIFY_WITH_TIMEOUT(panel.emptyNotificationCount() >= 10, 3000);
    QCOMPARE(store.emptyNotifications(device.endpoint(), "/banner"), panel.emptyNotificationCount());
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (QLabel *l : panel.findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(QStringLiteral("without a value")))
                return true;
        }
        return false;
    }(), 2000);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void tst_ChartPanel::pauseStopsUpdates()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1000, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 1 && store.sampleCount(0) >= 10, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.drawnPoints(0).size() >= 10, 2000);

    panel.setPaused(true);
    QVERIFY(panel.isPaused());
    const QList<QPointF> frozen = panel.drawnPoints(0);
    const auto frozenRange = panel.visibleRange();
    const qsizetype before = store.sampleCount(0);
    QSignalSpy frames(&panel, &ChartPanel::frameDrawn);
    // Values keep arriving and frames keep ticking, but the picture stands still.
    QTRY_VERIFY_WITH_TIMEOUT(store.sampleCount(0) >= before + 10 && frames.count() >= 5, 5000);
    QCOMPARE(panel.drawnPoints(0), frozen);
    QCOMPARE(panel.visibleRange(), frozenRange);

    // Zooming while paused shows the paused data only: nothing after the pause time.
    panel.zoomBy(0.5, 1.0);
    for (const QPointF &p : panel.drawnPoints(0))
        QVERIFY(p.x() <= double(frozenRange.second));
    panel.resetZoom();

    panel.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(panel.drawnPoints(0) != frozen, 3000);
    QVERIFY(panel.visibleRange().second > frozenRange.second);
}

void tst_ChartPanel::legendAndTableHideSeries()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1000, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 1, 5000);

    QList<QLegendMarker *> markers;
    for (QChartView *view : panel.findChildren<QChartView *>())
        markers << view->chart()->legend()->markers();
    QCOMPARE(markers.size(), 1);
    QVERIFY(markers[0]->label().contains(QStringLiteral("Boiler /temp")));
    emit markers[0]->clicked();
    QVERIFY(!panel.isSeriesVisible(0));
    QVERIFY(markers[0]->isVisible()); // still there to bring it back
    QCOMPARE(panel.seriesModel()->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    emit markers[0]->clicked();
    QVERIFY(panel.isSeriesVisible(0));

    QVERIFY(panel.seriesModel()->setData(panel.seriesModel()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!panel.isSeriesVisible(0));
    QVERIFY(panel.seriesModel()->setData(panel.seriesModel()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(panel.isSeriesVisible(0));
}

void tst_ChartPanel::zoomPanAndKeys()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1000, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 1 && store.sampleCount(0) >= 5, 5000);
    QChartView *view = panel.findChild<QChartView *>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->chart()->plotArea().width() > 100, 2000);

    // Windows.
    panel.setTimeWindow(ChartPanel::TimeWindow::Minutes5);
    QCOMPARE(panel.visibleRange().second - panel.visibleRange().first, 300'000);
    panel.setTimeWindow(ChartPanel::TimeWindow::Seconds30);

    // Wheel and buttons: zoom around an anchor, then pan.
    const auto live = panel.visibleRange();
    panel.zoomBy(0.5, 1.0);
    QVERIFY(panel.isZoomed());
    auto r = panel.visibleRange();
    QCOMPARE(r.second - r.first, 15'000);
    QVERIFY(qAbs(r.second - live.second) < 1000);
    panel.panBy(-0.5);
    QCOMPARE(panel.visibleRange().first, r.first - 7'500);

    // Keyboard on the focused chart.
    view->setFocus();
    r = panel.visibleRange();
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(panel.visibleRange().first, r.first - 1'500);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(panel.visibleRange().second - panel.visibleRange().first > 15'000);
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(!panel.isZoomed());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(panel.isPaused());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!panel.isPaused());

    // Rubber band: drag across the middle half of the plot.
    const QRectF plot = view->chart()->plotArea();
    const int y = int(plot.center().y());
    const auto before = panel.visibleRange();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(int(plot.left() + plot.width() * 0.25), y));
    QMouseEvent move(QEvent::MouseMove, QPointF(plot.left() + plot.width() * 0.75, y),
                     view->viewport()->mapToGlobal(QPointF(plot.left() + plot.width() * 0.75, y)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(int(plot.left() + plot.width() * 0.75), y));
    QVERIFY(panel.isZoomed());
    const qint64 span = panel.visibleRange().second - panel.visibleRange().first;
    QVERIFY2(qAbs(span - (before.second - before.first) / 2) < 1000, qPrintable(QString::number(span)));

    // Double-click goes back to live.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, plot.center().toPoint());
    QVERIFY(!panel.isZoomed());
}

void tst_ChartPanel::csvExportHasEverySample()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(900, 400);
    panel.show();
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    panel.addObservation(device.observe("/door"), "Boiler", "/door");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 2 && store.totalSamples() >= 40, 5000);
    device.notifier.stop();
    panel.removeObservation(nullptr); // harmless
    QTemporaryDir dir;
    const QString file = dir.filePath("samples.csv");
    QSignalSpy done(&panel, &ChartPanel::csvExportFinished);
    // Notifications may still arrive meanwhile (one in flight when the device stopped): the file
    // holds what the store held when the export began, so both counts are taken then.
    const qsizetype expected = store.totalSamples();
    const qsizetype expectedTemps = store.sampleCount(store.findSeries({device.endpoint(), "/temp", "Temperature"}));
    panel.exportCsv(file);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(1).toBool(), true);

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("series,time,value,unit"));
    QCOMPARE(lines.size() - 1, expected);
    const QRegularExpression row(QStringLiteral(
            "^Boiler /(temp · Temperature|door),\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,[-0-9.e]+,(°C)?$"));
    qsizetype temps = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(row.match(lines[i]).hasMatch(), qPrintable(lines[i]));
        if (lines[i].endsWith(QStringLiteral("°C")))
            ++temps;
    }
    QCOMPARE(temps, expectedTemps);

    // A file that cannot be written says so, without a dialog.
    panel.exportCsv(dir.filePath("no/such/dir/x.csv"));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(1).at(1).toBool(), false);
    QVERIFY(!done.at(1).at(2).toString().isEmpty());
}

void tst_ChartPanel::imageExport()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1100, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addObservation(device.observe("/temp"), "Boiler", "/temp");
    panel.addObservation(device.observe("/door"), "Boiler", "/door");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 2 && store.sampleCount(0) >= 40, 6000);
    const QByteArray keep = qgetenv("COAP_CHART_PNG");
    if (!keep.isEmpty()) // for a person to look at: a fuller picture
        QTRY_VERIFY_WITH_TIMEOUT(store.sampleCount(0) >= 500, 40000);
    QTemporaryDir dir;
    const QString file = dir.filePath("chart.png");
    QVERIFY(panel.exportImage(file));
    QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 400 && image.height() >= 200, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    // For a look by a person: COAP_CHART_PNG=/tmp/chart.png keeps a copy of the whole panel.
    if (!keep.isEmpty())
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(keep)));

    // The charts follow the system palette: a dark one gives dark plot areas.
    const auto brightness = [](const QImage &img) {
        qint64 sum = 0;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                sum += qGray(img.pixel(x, y));
        return double(sum) / ((img.height() / 7 + 1) * (img.width() / 7 + 1));
    };
    const double light = brightness(panel.renderImage());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    panel.setPalette(dark);
    const QImage darkImage = panel.renderImage();
    QVERIFY2(brightness(darkImage) < light / 2, qPrintable(QStringLiteral("%1 vs %2").arg(brightness(darkImage)).arg(light)));
    if (!keep.isEmpty())
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(keep).replace(QStringLiteral(".png"), QStringLiteral("-dark.png"))));
}

void tst_ChartPanel::removeObservationStopsCharting()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.show();
    CoapReply *reply = device.observe("/temp");
    panel.addObservation(reply, "Boiler", "/temp");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 1 && store.sampleCount(0) >= 3, 5000);
    panel.removeObservation(reply);
    QCOMPARE(panel.observationCount(), 0);
    const qsizetype count = store.sampleCount(0);
    QSignalSpy notifications(reply, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() >= 5, 5000);
    QCOMPARE(store.sampleCount(0), count);

    // A deleted reply is forgotten on its own.
    CoapReply *other = device.observe("/door");
    panel.addObservation(other, "Boiler", "/door");
    QCOMPARE(panel.observationCount(), 1);
    delete other;
    QCOMPARE(panel.observationCount(), 0);
}

void tst_ChartPanel::jsonLeavesAreAllCharted()
{
    Device device;
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1000, 450);
    panel.show();
    panel.addObservation(device.observe("/env"), "Greenhouse", "/env");
    device.notifier.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == 3, 5000);
    const int temp = store.findSeries({device.endpoint(), "/env", "/temp"});
    const int hum = store.findSeries({device.endpoint(), "/env", "/hum"});
    const int fan = store.findSeries({device.endpoint(), "/env", "/fan"});
    QVERIFY(temp >= 0 && hum >= 0 && fan >= 0);
    QCOMPARE(store.kind(fan), SeriesKind::Step);
    QCOMPARE(panel.chartCount(), 2); // numbers without unit, and the boolean as steps
    QTRY_VERIFY_WITH_TIMEOUT(!panel.drawnPoints(temp).isEmpty() && !panel.drawnPoints(hum).isEmpty()
                                     && !panel.drawnPoints(fan).isEmpty(), 3000);
    // The user hides the leaves they do not care about.
    QAbstractItemModel *model = panel.seriesModel();
    QVERIFY(model->setData(model->index(hum, ChartPanel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!panel.isSeriesVisible(hum));
    QVERIFY(panel.isSeriesVisible(temp));
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(fan, ChartPanel::LastColumn).data().toString().isEmpty(), 2000);
}

void tst_ChartPanel::followsTheStore()
{
    // Series already in the store show at once; clearing the store empties the panel.
    SampleStore store;
    const int id = store.series({"10.0.0.5:5683", "/temp", ""}, "Boiler /temp", "°C", SeriesKind::Numeric);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 100; ++i)
        store.append(id, now - 10'000 + i * 100, 20 + i % 7);
    ChartPanel panel(&store);
    panel.resize(800, 400);
    panel.show();
    QCOMPARE(panel.chartCount(), 1);
    QCOMPARE(panel.seriesModel()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.drawnPoints(id).size() >= 50, 2000);
    panel.setTimeWindow(ChartPanel::TimeWindow::All);
    QVERIFY(panel.visibleRange().first <= now - 10'000);
    store.clear();
    QCOMPARE(panel.chartCount(), 0);
    QCOMPARE(panel.seriesModel()->rowCount(), 0);
    store.series({"e", "/x", ""}, "x", "", SeriesKind::Numeric);
    QCOMPARE(panel.chartCount(), 1);
}

void tst_ChartPanel::linesArePainted()
{
    // The panel paints the decimated points itself (the series in Qt Charts stay empty, for the
    // legend only): a visible series changes the plot's pixels, a hidden one leaves none behind.
    SampleStore store;
    const int id = store.series({"10.0.0.5:5683", "/temp", ""}, "Boiler /temp", "°C", SeriesKind::Numeric);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 200; ++i)
        store.append(id, now - 20'000 + i * 100, 20 + (i % 20) * 0.5);
    ChartPanel panel(&store);
    panel.resize(800, 400);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(panel.drawnPoints(id).size() >= 100, 2000);
    panel.setPaused(true); // the same window for both pictures
    const QImage shown = panel.renderImage();
    panel.setSeriesVisible(id, false);
    const QImage hidden = panel.renderImage();
    QCOMPARE(shown.size(), hidden.size());
    int differing = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            differing += shown.pixel(x, y) != hidden.pixel(x, y);
    // A 20-s zigzag across some 500 px of plot: well over a thousand pixels of line.
    QVERIFY2(differing > 1000, qPrintable(QString::number(differing)));
    panel.setSeriesVisible(id, true);
    QCOMPARE(panel.renderImage(), shown);
}

void tst_ChartPanel::stayResponsiveUnderLoad()
{
    // 20 observations × 50 notifications/s, charted live, while a 10 ms timer measures how long
    // the event loop is ever blocked; compared with the same measurement idle, in this run.
    constexpr int kResources = 20;
    Device device(kResources);
    SampleStore store;
    ChartPanel panel(&store);
    panel.resize(1280, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LoopProbe probe;
    const qint64 idle = probe.measure(150);
    QVERIFY(idle >= 0);

    for (int i = 0; i < kResources; ++i)
        panel.addObservation(device.observe(QStringLiteral("/temp%1").arg(i)), QStringLiteral("Unit %1").arg(i),
                             QStringLiteral("/temp%1").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(store.seriesCount() == kResources, 5000);
    device.notifier.start(20); // 50 Hz on each resource
    QSignalSpy frames(&panel, &ChartPanel::frameDrawn);
    const qsizetype before = store.totalSamples();
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 loaded = probe.measure(300); // about 3 s
    const double seconds = elapsed.elapsed() / 1000.0;
    device.notifier.stop();
    if (const QByteArray keep = qgetenv("COAP_CHART_LOAD_PNG"); !keep.isEmpty())
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(keep)));
    QVERIFY(loaded >= 0);
    const double perSecond = double(store.totalSamples() - before) / seconds;
    qInfo("idle max gap %lld ms; under load max gap %lld ms; %.0f notifications/s charted; %.1f frames/s",
          qlonglong(idle), qlonglong(loaded), perSecond, frames.count() / seconds);
    // The load was real: most notifications arrived and were charted.
    QVERIFY2(perSecond >= 0.6 * kResources * 50, qPrintable(QString::number(perSecond)));
    // The chart kept drawing.
    QVERIFY(frames.count() / seconds >= 4);
    // And the window stayed responsive: never blocked much longer than when idle.
    QVERIFY2(loaded <= qMax<qint64>(4 * idle, idle + 100),
             qPrintable(QStringLiteral("idle %1 ms, loaded %2 ms").arg(idle).arg(loaded)));
}

QTEST_MAIN(tst_ChartPanel)
#include "tst_chartpanel.moc"

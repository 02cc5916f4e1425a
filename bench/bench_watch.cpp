// Watching in the window: N observations at R notifications per second each, charted, for S
// seconds. The window runs offscreen (unless QT_QPA_PLATFORM is set) exactly as a technician's
// would: datagrams → CoapClient → ObservationHub → ChartPanel → Qt Charts, the message log on.
// The notifying server (our CoapServer, one observable resource per observation) runs on a thread
// of its own, so its work is not counted against the window.
//
// Reports (issue 14, items 5 and 9):
//   - event-loop stalls: a 5-ms probe timer on the GUI thread; every tick later than due is a
//     stall of that length (max, p99, and how many exceed 50 ms);
//   - chart frame time (ChartPanel::lastFrameCostNs: update + paint): p50, p99, max;
//   - notifications charted against those sent;
//   - memory every --sample seconds: resident set (VmRSS), the sample store's bytes, the log's
//     rows, and RSS minus the store (what must stay flat). Run under heaptrack for leaks:
//       heaptrack <build>/bin/bench_watch --observations 10 --rate 10 --seconds 3600
//
//   <build>/bin/bench_watch [--observations N] [--rate HZ] [--seconds S] [--sample S]
#include "benchworker.h"
#include "chartpanel.h"
#include "coapserver.h"
#include "coaptransport.h"
#include "explorer.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "samplestore.h"
#include "settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

// The notifying side: /s0 … /s(N-1), each observable, all notified every 1/R s.
class Notifier
{
public:
    Notifier(int resources, double rateHz)
    {
        m_worker.run([&] {
            m_transport = new CoapUdpTransport;
            m_transport->bind(QHostAddress(QHostAddress::LocalHost), 0);
            m_server = new CoapServer(m_transport);
            for (int i = 0; i < resources; ++i) {
                const QString path = QStringLiteral("/s%1").arg(i);
                m_server->addResource(path).setObservable(true).on(CoapCode::Get, [this, i](const CoapServerRequest &, const CoapResponder &r) {
                    // A slow wave per resource, with a little noise: something worth charting.
                    const double t = double(m_ticks) / 50.0;
                    const double v = 20.0 + 5.0 * std::sin(t + i) + 0.1 * double((m_ticks * 7 + i * 13) % 10);
                    r.respond(CoapCode::Content, QByteArray::number(v, 'f', 2), 0);
                });
                m_paths.append(path);
            }
            m_timer = new QTimer;
            m_timer->setTimerType(Qt::PreciseTimer);
            m_timer->setInterval(qMax(1, int(std::lround(1000.0 / rateHz))));
            QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] {
                ++m_ticks;
                for (const QString &p : std::as_const(m_paths))
                    m_server->notifyObservers(p);
                m_sent += quint64(m_paths.size());
            });
            m_timer->start();
            m_port = m_transport->localEndpoint().port();
        });
    }
    ~Notifier()
    {
        m_worker.run([&] {
            delete m_timer;
            delete m_server;
            delete m_transport;
        });
    }
    quint16 port() const { return m_port; }
    quint64 sent()
    {
        quint64 n = 0;
        m_worker.run([&] { n = m_sent; });
        return n;
    }

private:
    BenchWorker m_worker;
    CoapUdpTransport *m_transport = nullptr;
    CoapServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_paths;
    quint64 m_ticks = 0;
    quint64 m_sent = 0;
    quint16 m_port = 0;
};

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(std::ceil(p / 100.0 * double(v.size()))) - (p > 0 ? 1 : 0));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    int observations = 20;
    double rate = 50;
    double seconds = 30;
    double sampleEvery = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool more = i + 1 < args.size();
        if (args[i] == QLatin1String("--observations") && more)
            observations = qBound(1, args[++i].toInt(), 500);
        else if (args[i] == QLatin1String("--rate") && more)
            rate = qBound(0.1, args[++i].toDouble(), 1000.0);
        else if (args[i] == QLatin1String("--seconds") && more)
            seconds = qMax(1.0, args[++i].toDouble());
        else if (args[i] == QLatin1String("--sample") && more)
            sampleEvery = qMax(1.0, args[++i].toDouble());
        else {
            std::fprintf(stderr, "usage: %s [--observations N] [--rate HZ] [--seconds S] [--sample S]\n", argv[0]);
            return 2;
        }
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("watch.ini")));
    Explorer explorer(&settings);
    explorer.window()->resize(1280, 800);
    explorer.window()->show();
    Notifier notifier(observations, rate);
    std::printf("bench_watch: %d observations at %.1f Hz each (%.0f notifications/s), %.0f s, window 1280x800 (%s)\n",
                observations, rate, observations * rate, seconds, qPrintable(QGuiApplication::platformName()));

    for (int i = 0; i < observations; ++i) {
        if (!explorer.chartUri(QStringLiteral("coap://127.0.0.1:%1/s%2").arg(notifier.port()).arg(i))) {
            std::fprintf(stderr, "could not chart /s%d\n", i);
            return 1;
        }
    }

    // The probe: a 5-ms timer; lateness = how long the event loop was busy elsewhere.
    constexpr int kProbeMs = 5;
    std::vector<double> lateMs;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            lateMs.push_back(qMax(0.0, double(now - last) / 1e6 - kProbeMs));
        last = now;
    });

    std::vector<double> frameMs;
    ChartPanel *charts = explorer.charts();
    QObject::connect(charts, &ChartPanel::frameDrawn, [&] { frameMs.push_back(double(charts->lastFrameCostNs()) / 1e6); });

    // Let the observations register before measuring.
    QTimer::singleShot(1000, [&] {
        lateMs.clear();
        frameMs.clear();
        last = 0;
        probe.start();
    });

    std::printf("\n%8s %10s %12s %10s %12s %10s\n", "t [s]", "RSS [KiB]", "store [KiB]", "log rows", "RSS-store", "charted");
    auto report = [&] {
        const qint64 rss = residentKiB();
        const qint64 store = charts->store()->bytesUsed() / 1024;
        std::printf("%8.0f %10lld %12lld %10d %12lld %10lld\n", double(clock.elapsed()) / 1000.0, rss, store,
                    explorer.log()->model()->rowCount(), rss - store, qint64(charts->store()->totalSamples()));
        std::fflush(stdout);
    };
    QTimer sampler;
    sampler.setInterval(int(sampleEvery * 1000));
    QObject::connect(&sampler, &QTimer::timeout, report);
    sampler.start();
    report();

    QTimer::singleShot(int((seconds + 1) * 1000), &app, &QCoreApplication::quit);
    app.exec();
    probe.stop();
    report();

    const quint64 sent = notifier.sent();
    const qint64 charted = charts->store()->totalSamples();
    const auto stalls = std::count_if(lateMs.begin(), lateMs.end(), [](double ms) { return ms > 50; });
    // Each observation's first answer (to the registration) is charted too, and is no notification.
    const quint64 expected = sent + quint64(observations);
    std::printf("\nnotifications sent %llu (+%d first answers), samples charted %lld (%.1f %%)\n",
                (unsigned long long)sent, observations, charted,
                expected ? 100.0 * double(charted) / double(expected) : 0.0);
    std::printf("event loop: %zu probe ticks, lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms; stalls over 50 ms: %lld\n",
                lateMs.size(), percentile(lateMs, 50), percentile(lateMs, 99),
                lateMs.empty() ? 0.0 : *std::max_element(lateMs.begin(), lateMs.end()), qint64(stalls));
    std::printf("chart frames: %zu, frame time p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", frameMs.size(),
                percentile(frameMs, 50), percentile(frameMs, 99),
                frameMs.empty() ? 0.0 : *std::max_element(frameMs.begin(), frameMs.end()));
    return 0;
}

// Live-chart costs: how fast samples go into the store, and what one frame of the chart panel
// (decimation + painting) costs for 10^3 … 10^7 samples in a window about 1000 pixels wide. The point is the
// shape, not the numbers: the frame cost must stay (nearly) flat as samples grow 10 000-fold, so
// the end prints ratios against 10^3. No absolute time is asserted anywhere (machines differ).
//
//   <build>/bin/bench_chart [--benchmark_filter=…]   (runs offscreen unless QT_QPA_PLATFORM is set)
#include "chartpanel.h"
#include "decimation.h"
#include "payloadvalues.h"
#include "samplestore.h"

#include <QApplication>
#include <QDateTime>
#include <QImage>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace {

constexpr int kColumns = 1000;
constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kSpacingMs = 10; // 100 Hz: 10^7 samples are about 28 hours

// One series of n samples (a noisy random walk), built once per size: 10^7 samples take 160 MB.
struct Dataset
{
    std::unique_ptr<SampleStore> store;
    int id = -1;
    qsizetype n = 0;

    const SampleSeriesView view() const { return store->view(id); }
    qint64 first() const { return kStart; }
    qint64 last() const { return kStart + (n - 1) * kSpacingMs; }
};

const Dataset &dataset(qsizetype n)
{
    static Dataset current;
    if (current.n != n) {
        current.store.reset(); // free the previous one first
        current.store = std::make_unique<SampleStore>(SampleStore::Limits{10'000'000, 10'000'000, 4});
        current.id = current.store->series({"bench", "/walk", ""}, "walk", "", SeriesKind::Numeric);
        current.n = n;
        QRandomGenerator rng(1);
        double v = 20;
        for (qsizetype i = 0; i < n; ++i) {
            v += rng.generateDouble() - 0.5;
            current.store->append(current.id, kStart + i * kSpacingMs, v + (rng.bounded(1000) == 0 ? 30 : 0));
        }
    }
    return current;
}

// Ingestion into the store: 10 series round-robin, default limits (once 8.64 M samples are held
// every append also drops the oldest).
void BM_Ingest(benchmark::State &state)
{
    SampleStore store;
    int ids[10];
    for (int s = 0; s < 10; ++s)
        ids[s] = store.series({"bench", QStringLiteral("/s%1").arg(s), ""}, QString(), "", SeriesKind::Numeric);
    qint64 t = kStart;
    double v = 0;
    for (auto _ : state) {
        for (int i = 0; i < 10'000; ++i) {
            store.append(ids[i % 10], t, v);
            v += 0.25;
            t += i % 10 == 9 ? 100 : 0;
        }
    }
    state.SetItemsProcessed(state.iterations() * 10'000);
    state.counters["kept"] = double(store.totalSamples());
}
BENCHMARK(BM_Ingest)->Unit(benchmark::kMicrosecond);

// The panel's whole path per notification: value extraction from a text payload, then append.
void BM_IngestNotification(benchmark::State &state)
{
    SampleStore store;
    const int id = store.series({"bench", "/temp", "Temperature"}, "temp", "°C", SeriesKind::Numeric);
    const QByteArray payload = "Temperature: 25.0°C";
    qint64 t = kStart;
    for (auto _ : state) {
        const QList<PayloadValue> values = PayloadValues::extract(payload, 0);
        for (const PayloadValue &v : values)
            store.append(id, t++, v.value);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IngestNotification)->Unit(benchmark::kMicrosecond);

// Decimation alone: every sample in one 1000-column window (the "All" window).
void BM_Decimate(benchmark::State &state)
{
    const Dataset &d = dataset(qsizetype(state.range(0)));
    QList<QPointF> points;
    for (auto _ : state) {
        Decimation::decimate(d.view(), d.first(), d.last(), kColumns, points);
        benchmark::DoNotOptimize(points.data());
    }
    state.counters["points"] = double(points.size());
}

// A whole frame of the real panel: ChartPanel over the dataset's store, zoomed to its samples, the plot
// about 1000 px wide; each iteration decimates the series and paints the charts (renderImage:
// the panel's redraw, then a grab of the chart area, software raster, antialiased).
void BM_Frame(benchmark::State &state)
{
    const Dataset &d = dataset(qsizetype(state.range(0)));
    ChartPanel panel(d.store.get());
    panel.resize(1720, 420); // the table beside the chart takes about a third
    panel.show();
    QCoreApplication::processEvents();
    panel.renderImage(); // the first layout pass
    panel.zoomTo(d.first(), d.last()); // exactly the samples (they are from 2023: "All" reaches to now)
    for (auto _ : state) {
        const QImage image = panel.renderImage();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points"] = double(panel.drawnPoints(d.id).size());
}

// The same while the window moves by one column per frame, as a live window scrolls: the
// column cache serves the columns both frames share, the newest one is decimated afresh.
void BM_FrameScrolling(benchmark::State &state)
{
    const Dataset &d = dataset(qsizetype(state.range(0)));
    ChartPanel panel(d.store.get());
    panel.resize(1720, 420);
    panel.show();
    QCoreApplication::processEvents();
    panel.renderImage();
    const qint64 span = d.last() - d.first();
    const qint64 step = qMax<qint64>(1, span / kColumns);
    qint64 shift = 0;
    for (auto _ : state) {
        shift = (shift + step) % (span / 2 + 1); // forward through half the data, then again
        panel.zoomTo(d.first() + shift, d.last() - span / 2 + shift);
        const QImage image = panel.renderImage();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points"] = double(panel.drawnPoints(d.id).size());
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (qint64 n = 1000; n <= 10'000'000; n *= 10)
        b->Arg(n);
    b->Unit(benchmark::kMicrosecond);
}
BENCHMARK(BM_Decimate)->Apply(sizes);
BENCHMARK(BM_Frame)->Apply(sizes);
BENCHMARK(BM_FrameScrolling)->Apply(sizes);

// The console output, plus a table of each sized benchmark's time against its 10^3 time.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration && !run.error_occurred && !run.run_name.args.empty())
                m_times[run.run_name.function_name][std::stoll(run.run_name.args)] = run.GetAdjustedRealTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void printRatios() const
    {
        if (m_times.empty())
            return;
        std::printf("\nTime per frame relative to 1e3 samples (1000-px window; samples grow 10 000-fold):\n");
        std::printf("%-22s %9s %9s %9s %9s %9s\n", "benchmark", "1e3", "1e4", "1e5", "1e6", "1e7");
        for (const auto &[name, byN] : m_times) {
            const auto base = byN.find(1000);
            if (base == byN.end() || base->second <= 0)
                continue;
            std::printf("%-22s", name.c_str());
            for (long long n = 1000; n <= 10'000'000; n *= 10) {
                const auto it = byN.find(n);
                if (it == byN.end())
                    std::printf(" %9s", "-");
                else
                    std::printf(" %8.2fx", it->second / base->second);
            }
            std::printf("\n");
        }
        std::fflush(stdout);
    }

private:
    std::map<std::string, std::map<long long, double>> m_times;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}

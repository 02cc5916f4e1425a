// Min/max decimation: every column's extremes survive, the output is bounded by the width, step
// series are drawn as steps, and the window edges are handled.
#include "decimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

namespace {

// Column of a time under the documented rule (floor(t / width), absolute).
qint64 columnOf(qint64 t, qint64 width) { return t >= 0 ? t / width : -((-t + width - 1) / width); }

bool hasPoint(const QList<QPointF> &points, qint64 t, double v)
{
    for (const QPointF &p : points) {
        if (p.x() == double(t) && p.y() == v)
            return true;
    }
    return false;
}

} // namespace

class tst_Decimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryColumnExtreme_data();
    void keepsEveryColumnExtreme();
    void outputIsBoundedByWidth();
    void singleSpikeSurvives();
    void edgesAndEmptyWindows();
    void steps();
    void dataEndHidesLaterSamples();
    void columnsStayPutWhenTheWindowScrolls();
    void cacheChangesNothing_data();
    void cacheChangesNothing();
};

void tst_Decimation::keepsEveryColumnExtreme_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("maxStepMs");
    QTest::newRow("empty") << 0 << 100 << 10;
    QTest::newRow("one sample") << 1 << 100 << 10;
    QTest::newRow("sparse: fewer samples than columns") << 50 << 800 << 500;
    QTest::newRow("dense: 1000 per column") << 200000 << 200 << 2;
    QTest::newRow("one column") << 5000 << 1 << 3;
    QTest::newRow("irregular") << 30000 << 640 << 40;
    QTest::newRow("equal times") << 10000 << 300 << 0;
}

void tst_Decimation::keepsEveryColumnExtreme()
{
    QFETCH(int, samples);
    QFETCH(int, columns);
    QFETCH(int, maxStepMs);
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    QRandomGenerator rng(samples + columns);
    qint64 t = 1'700'000'000'000;
    QList<ChartSample> all;
    for (int i = 0; i < samples; ++i) {
        t += maxStepMs > 0 ? qint64(rng.bounded(maxStepMs + 1)) : 0;
        const double v = std::round((rng.generateDouble() * 200 - 100) * 1000) / 1000;
        store.append(id, t, v);
        all.append({t, v});
    }
    const qint64 first = all.isEmpty() ? 0 : all.first().timeMs;
    const qint64 last = all.isEmpty() ? 1000 : all.last().timeMs;
    // A window inside the data, so that both edge samples exist.
    const qint64 t0 = first + (last - first) / 10;
    const qint64 t1 = last - (last - first) / 10;
    QList<QPointF> out;
    const Decimation::Result result = Decimation::decimate(store.view(id), t0, t1, columns, out);
    QVERIFY(out.size() <= Decimation::maxPoints(columns, SeriesKind::Numeric));

    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out[i - 1].x() <= out[i].x(), "points in time order");

    // Brute force, per column: first, last, min and max of the samples in [t0, t1].
    const qint64 width = Decimation::columnWidthMs(t0, t1, columns);
    struct Column { ChartSample first, last, min, max; qsizetype n = 0; };
    QMap<qint64, Column> expected;
    qsizetype inWindow = 0;
    for (const ChartSample &s : all) {
        if (s.timeMs < t0 || s.timeMs > t1)
            continue;
        ++inWindow;
        Column &c = expected[columnOf(s.timeMs, width)];
        if (c.n++ == 0) {
            c.first = c.min = c.max = s;
        } else {
            if (s.value < c.min.value) c.min = s;
            if (s.value > c.max.value) c.max = s;
        }
        c.last = s;
    }
    QCOMPARE(result.samplesInWindow, inWindow);
    QVERIFY(expected.size() <= columns + 2);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Column &c = it.value();
        QVERIFY2(hasPoint(out, c.first.timeMs, c.first.value), "first of a column");
        QVERIFY2(hasPoint(out, c.last.timeMs, c.last.value), "last of a column");
        // Ties: any sample with the extreme value counts; its value must be drawn in the column.
        bool minFound = false, maxFound = false;
        for (const QPointF &p : out) {
            if (columnOf(qint64(p.x()), width) != it.key() || p.x() < t0 || p.x() > t1)
                continue;
            minFound |= p.y() == c.min.value;
            maxFound |= p.y() == c.max.value;
            QVERIFY(p.y() >= c.min.value && p.y() <= c.max.value);
        }
        QVERIFY2(minFound, qPrintable(QStringLiteral("min of column %1").arg(it.key())));
        QVERIFY2(maxFound, qPrintable(QStringLiteral("max of column %1").arg(it.key())));
    }
    if (inWindow > 0) {
        double lo = std::numeric_limits<double>::max(), hi = -lo;
        for (const Column &c : expected) {
            lo = qMin(lo, c.min.value);
            hi = qMax(hi, c.max.value);
        }
        QCOMPARE(result.minInWindow, lo);
        QCOMPARE(result.maxInWindow, hi);
    }
}

void tst_Decimation::outputIsBoundedByWidth()
{
    SampleStore store(SampleStore::Limits{2'000'000, 2'000'000, 4});
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    QRandomGenerator rng(1);
    for (int i = 0; i < 1'000'000; ++i)
        store.append(id, i, rng.generateDouble());
    const SampleSeriesView v = store.view(id);
    for (int columns : {1, 2, 10, 333, 1000, 4000}) {
        QList<QPointF> out;
        Decimation::decimate(v, 0, 999'999, columns, out);
        QVERIFY2(out.size() <= Decimation::maxPoints(columns, SeriesKind::Numeric),
                 qPrintable(QStringLiteral("%1 points for %2 columns").arg(out.size()).arg(columns)));
        QVERIFY(out.size() >= qMin(columns, 1'000'000)); // something in every column
        Decimation::decimate(v, 0, 999'999, columns, out, {SeriesKind::Step});
        QVERIFY(out.size() <= Decimation::maxPoints(columns, SeriesKind::Step));
    }
    QVERIFY(Decimation::maxPoints(1000, SeriesKind::Numeric) <= 4 * 1000 + 10);
}

void tst_Decimation::singleSpikeSurvives()
{
    SampleStore store(SampleStore::Limits{2'000'000, 2'000'000, 4}); // keep all of the million
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    for (int i = 0; i < 1'000'000; ++i)
        store.append(id, i, i == 612'345 ? 1e6 : (i == 4321 ? -1e6 : 20.0));
    QList<QPointF> out;
    const auto r = Decimation::decimate(store.view(id), 0, 999'999, 100, out);
    QVERIFY(hasPoint(out, 612'345, 1e6));
    QVERIFY(hasPoint(out, 4321, -1e6));
    QCOMPARE(r.maxInWindow, 1e6);
    QCOMPARE(r.minInWindow, -1e6);
}

void tst_Decimation::edgesAndEmptyWindows()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    store.append(id, 1000, 1);
    store.append(id, 2000, 2);
    store.append(id, 3000, 3);
    const SampleSeriesView v = store.view(id);
    QList<QPointF> out;

    // Zoomed in between two samples: the line still crosses the plot.
    auto r = Decimation::decimate(v, 1200, 1800, 100, out);
    QCOMPARE(r.samplesInWindow, 0);
    QCOMPARE(out, (QList<QPointF>{{1000, 1}, {2000, 2}}));

    // The window ends before the data: only the sample after it.
    Decimation::decimate(v, 0, 500, 100, out);
    QCOMPARE(out, (QList<QPointF>{{1000, 1}}));

    // The window starts after the data: only the one before it.
    Decimation::decimate(v, 5000, 6000, 100, out);
    QCOMPARE(out, (QList<QPointF>{{3000, 3}}));

    // Window borders are inclusive.
    r = Decimation::decimate(v, 1000, 3000, 100, out);
    QCOMPARE(r.samplesInWindow, 3);
    QCOMPARE(out.size(), 3);

    Decimation::decimate(SampleSeriesView(), 0, 10, 10, out);
    QVERIFY(out.isEmpty());
    Decimation::decimate(v, 10, 0, 10, out); // reversed window
    QVERIFY(out.isEmpty());
}

void tst_Decimation::steps()
{
    SampleStore store;
    const int id = store.series({"e", "/door", ""}, "door", "", SeriesKind::Step);
    // Closed (0) / open (1), changing every 7 s, plus a burst of changes within one column.
    qint64 t = 0;
    for (int i = 0; i < 40; ++i, t += 7000)
        store.append(id, t, i % 2);
    for (int i = 0; i < 100; ++i)
        store.append(id, t + i, i % 2);
    const qint64 last = t + 99;
    QList<QPointF> out;
    Decimation::Options options;
    options.kind = SeriesKind::Step;
    options.holdUntilMs = last + 30000;
    Decimation::decimate(store.view(id), 0, last + 30000, 200, out, options);
    QVERIFY(out.size() <= Decimation::maxPoints(200, SeriesKind::Step));
    // Steps only: every segment is horizontal or vertical.
    for (qsizetype i = 1; i < out.size(); ++i) {
        const bool horizontal = out[i].y() == out[i - 1].y();
        const bool vertical = out[i].x() == out[i - 1].x();
        QVERIFY2(horizontal || vertical, qPrintable(QStringLiteral("diagonal at %1").arg(i)));
    }
    // The state lasts until now: the line is held to holdUntil.
    QCOMPARE(out.constLast(), QPointF(double(last + 30000), 1.0));
    // Each change of the slow part is there: a corner with the old value, then the new one.
    for (int i = 1; i < 40; ++i) {
        QVERIFY(hasPoint(out, i * 7000, (i - 1) % 2));
        QVERIFY(hasPoint(out, i * 7000, i % 2));
    }
    // A numeric series is not held.
    options.kind = SeriesKind::Numeric;
    Decimation::decimate(store.view(id), 0, last + 30000, 200, out, options);
    QCOMPARE(out.constLast().x(), double(last));
}

void tst_Decimation::dataEndHidesLaterSamples()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Step);
    for (int i = 0; i < 100; ++i)
        store.append(id, i * 100, i);
    QList<QPointF> out;
    Decimation::Options options;
    options.kind = SeriesKind::Step;
    options.dataEndMs = 5000;
    options.holdUntilMs = 20000;
    const auto r = Decimation::decimate(store.view(id), 0, 9900, 1000, out, options);
    QCOMPARE(r.samplesInWindow, 51);
    QCOMPARE(r.maxInWindow, 50.0);
    // Held to the pause time, not beyond, and nothing later shows.
    QCOMPARE(out.constLast(), QPointF(5000, 50));
    for (const QPointF &p : out)
        QVERIFY(p.x() <= 5000);
}

void tst_Decimation::columnsStayPutWhenTheWindowScrolls()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    QRandomGenerator rng(3);
    for (int i = 0; i < 100000; ++i)
        store.append(id, i, rng.generateDouble());
    // Same span, shifted by less than a column: the points inside both windows are the same
    // (columns are absolute), so a live chart does not shimmer as it scrolls.
    QList<QPointF> a, b;
    Decimation::decimate(store.view(id), 20000, 50000, 300, a);
    Decimation::decimate(store.view(id), 20037, 50037, 300, b);
    const qint64 width = Decimation::columnWidthMs(20000, 50000, 300);
    const auto inner = [&](const QList<QPointF> &points) {
        QList<QPointF> kept;
        for (const QPointF &p : points) {
            if (p.x() >= 20200 + width && p.x() < 49800)
                kept << p;
        }
        return kept;
    };
    QCOMPARE(inner(a), inner(b));
}

void tst_Decimation::cacheChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("perSeries"); // the store's cap: older samples are dropped past it
    QTest::addColumn<bool>("pauseHalfway");
    QTest::newRow("numeric") << int(SeriesKind::Numeric) << 1'000'000 << false;
    QTest::newRow("numeric, oldest dropped") << int(SeriesKind::Numeric) << 300 << false;
    QTest::newRow("numeric, paused halfway") << int(SeriesKind::Numeric) << 1'000'000 << true;
    QTest::newRow("steps, oldest dropped") << int(SeriesKind::Step) << 300 << false;
}

void tst_Decimation::cacheChangesNothing()
{
    // A live window scrolls over a series that grows (several samples per ms at times, gaps at
    // others, now and then a sample with an older time, which the store clamps): every frame drawn
    // with the column cache equals the frame decimated from scratch, through drops from the front,
    // a pause (data end), zooms (a new column width) and a window that jumps back.
    QFETCH(int, kind);
    QFETCH(int, perSeries);
    QFETCH(bool, pauseHalfway);
    SampleStore store(SampleStore::Limits{qsizetype(perSeries), 10'000'000, 4});
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind(kind));
    QRandomGenerator rng(11);
    Decimation::ColumnCache cache;
    qint64 t = 1'000'000;
    qint64 span = 5000;
    qsizetype largest = 0;
    for (int frame = 0; frame < 400; ++frame) {
        const int burst = int(rng.bounded(40));
        for (int k = 0; k < burst; ++k) {
            t += rng.bounded(4) == 0 ? 0 : qint64(rng.bounded(30));
            const qint64 at = rng.bounded(50) == 0 ? t - 100 : t; // out of order: clamped
            const double v = kind == int(SeriesKind::Step) ? double(rng.bounded(2)) : rng.generateDouble() * 100;
            store.append(id, at, v);
        }
        if (frame % 97 == 96)
            span = span == 5000 ? 3000 : 5000; // a zoom: another column width
        qint64 t1 = t;
        if (frame % 53 == 52)
            t1 = t - span / 2; // the window jumps back a little (a pan)
        Decimation::Options options;
        options.kind = SeriesKind(kind);
        options.holdUntilMs = t;
        if (pauseHalfway && frame >= 200)
            options.dataEndMs = 1'000'000 + 200 * 300;
        QList<QPointF> fresh, cached;
        const Decimation::Result a = Decimation::decimate(store.view(id), t1 - span, t1, 250, fresh, options);
        options.cache = &cache;
        const Decimation::Result b = Decimation::decimate(store.view(id), t1 - span, t1, 250, cached, options);
        QCOMPARE(cached, fresh);
        QCOMPARE(b.samplesInWindow, a.samplesInWindow);
        QCOMPARE(b.minInWindow, a.minInWindow);
        QCOMPARE(b.maxInWindow, a.maxInWindow);
        largest = qMax(largest, cache.size());
        QVERIFY(cache.size() <= 250 + 2); // bounded by the window
    }
    QVERIFY(largest > 100); // it was used, not bypassed
}

QTEST_GUILESS_MAIN(tst_Decimation)
#include "tst_decimation.moc"

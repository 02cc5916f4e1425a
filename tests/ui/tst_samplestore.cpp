// The chart sample store: caps (per series, total, series count), the memory bound it states,
// statistics, range queries and the CSV export.
#include "samplestore.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

class tst_SampleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perSeriesCapDropsOldest();
    void totalCapDropsOldestOfAll();
    void seriesCountIsBounded();
    void statedMemoryBound();
    void defaultLimitsHoldADayAtTenHertzOnTenSeries();
    void bytesUsedStaysWithinBoundUnderChurn();
    void statistics();
    void rate_data();
    void rate();
    void refusesNonFiniteAndClampsTime();
    void emptyNotificationsAreCounted();
    void lowerBound();
    void minMaxIndexMatchesScan();
    void snapshotIsStable();
    void csv();
    void clearEmptiesEverything();
};

void tst_SampleStore::perSeriesCapDropsOldest()
{
    SampleStore store(SampleStore::Limits{3000, 1'000'000, 8});
    const int id = store.series({"a:1", "/t", ""}, "A", "°C", SeriesKind::Numeric);
    for (int i = 0; i < 10000; ++i)
        QVERIFY(store.append(id, 1000 + i, i));
    QCOMPARE(store.sampleCount(id), 3000);
    QCOMPARE(store.droppedSamples(id), 7000u);
    QCOMPARE(store.totalSamples(), 3000);
    const SampleSeriesView v = store.view(id);
    QCOMPARE(v.at(0).value, 7000.0);
    QCOMPARE(v.at(v.size() - 1).value, 9999.0);
    // Extremes and mean cover everything received, not just what is kept.
    const SeriesStats st = store.stats(id, 20000);
    QCOMPARE(st.received, 10000u);
    QCOMPARE(st.min, 0.0);
    QCOMPARE(st.max, 9999.0);
    QCOMPARE(st.mean, 4999.5);
}

void tst_SampleStore::totalCapDropsOldestOfAll()
{
    SampleStore store(SampleStore::Limits{1'000'000, 5000, 8});
    const int fast = store.series({"a:1", "/fast", ""}, "fast", "", SeriesKind::Numeric);
    const int slow = store.series({"a:1", "/slow", ""}, "slow", "", SeriesKind::Numeric);
    // fast: every ms; slow: every 100 ms. The oldest of all go first, so the slow series keeps
    // its recent history instead of being pushed out by the fast one.
    for (qint64 t = 0; t < 20000; ++t) {
        store.append(fast, t, double(t));
        if (t % 100 == 0)
            store.append(slow, t, double(t));
        QVERIFY(store.totalSamples() <= 5000);
    }
    QCOMPARE(store.totalSamples(), 5000);
    const qint64 oldestFast = store.view(fast).at(0).timeMs;
    const qint64 oldestSlow = store.view(slow).at(0).timeMs;
    QVERIFY(qAbs(oldestFast - oldestSlow) <= 100);
    QVERIFY(store.sampleCount(slow) > 0);
    QCOMPARE(store.droppedSamples(fast) + store.droppedSamples(slow)
                     + quint64(store.totalSamples()), 20000u + 200u);
}

void tst_SampleStore::seriesCountIsBounded()
{
    SampleStore store(SampleStore::Limits{10, 100, 3});
    QSignalSpy added(&store, &SampleStore::seriesAdded);
    QCOMPARE(store.series({"e", "/a", ""}, "a", "", SeriesKind::Numeric), 0);
    QCOMPARE(store.series({"e", "/b", ""}, "b", "", SeriesKind::Numeric), 1);
    QCOMPARE(store.series({"e", "/a", ""}, "a again", "", SeriesKind::Numeric), 0); // found, not new
    QCOMPARE(store.series({"e", "/c", "x"}, "c", "", SeriesKind::Step), 2);
    QCOMPARE(store.series({"e", "/d", ""}, "d", "", SeriesKind::Numeric), -1);
    QCOMPARE(added.count(), 3);
    QCOMPARE(store.kind(2), SeriesKind::Step);
    QCOMPARE(store.label(0), QStringLiteral("a"));
}

void tst_SampleStore::statedMemoryBound()
{
    // The header states it: 16 B per sample in 16 KiB chunks (plus 68 B of block extremes).
    QVERIFY(SampleStore::chunkBytes() >= SampleStore::kChunkSamples * 16);
    QVERIFY(SampleStore::chunkBytes() <= SampleStore::kChunkSamples * 16 + 128);
    const SampleStore::Limits defaults;
    QCOMPARE(defaults.totalSamples, 24 * 3600 * 10 * 10); // 24 h at 10 Hz on 10 series
    const qint64 bound = SampleStore::memoryBound(defaults);
    QVERIFY(bound >= qint64(defaults.totalSamples) * 16);
    QVERIFY2(bound <= 150'000'000, qPrintable(QString::number(bound)));
    qInfo("memory bound with the default limits: %.1f MB for %lld samples", bound / 1e6,
          qlonglong(defaults.totalSamples));
}

void tst_SampleStore::defaultLimitsHoldADayAtTenHertzOnTenSeries()
{
    // Really fill it: 10 series × 24 h at 10 Hz, plus an hour more to make the caps work.
    SampleStore store;
    QList<int> ids;
    for (int s = 0; s < 10; ++s)
        ids << store.series({"dev", QStringLiteral("/s%1").arg(s), ""}, QString(), "", SeriesKind::Numeric);
    const qint64 t0 = 1'700'000'000'000;
    const int perSeries = 25 * 3600 * 10;
    for (int i = 0; i < perSeries; ++i) {
        for (int id : ids)
            store.append(id, t0 + i * 100, double(i % 1000));
    }
    QCOMPARE(store.totalSamples(), 8'640'000);
    for (int id : ids)
        QCOMPARE(store.sampleCount(id), 864'000);
    QVERIFY2(store.bytesUsed() <= store.memoryBound(),
             qPrintable(QStringLiteral("%1 > %2").arg(store.bytesUsed()).arg(store.memoryBound())));
    QVERIFY(store.bytesUsed() >= qint64(store.totalSamples()) * 16);
    qInfo("8.64 M samples held in %.1f MB (bound %.1f MB)", store.bytesUsed() / 1e6, store.memoryBound() / 1e6);
}

void tst_SampleStore::bytesUsedStaysWithinBoundUnderChurn()
{
    const SampleStore::Limits limits{5000, 20000, 16};
    SampleStore store(limits);
    QRandomGenerator rng(7);
    qint64 t = 0;
    for (int i = 0; i < 300000; ++i) {
        const int series = int(rng.bounded(20)); // more keys than allowed: some are refused
        const int id = store.series({"e", QString::number(series), ""}, QString(), "", SeriesKind::Numeric);
        t += rng.bounded(3);
        if (id >= 0)
            store.append(id, t, rng.generateDouble());
        if (i % 997 == 0) {
            QVERIFY(store.totalSamples() <= limits.totalSamples);
            QVERIFY(store.bytesUsed() <= store.memoryBound());
        }
    }
    QCOMPARE(store.seriesCount(), 16);
    // Lowering the caps trims at once and gives memory back.
    const qint64 before = store.bytesUsed();
    store.setLimits(SampleStore::Limits{100, 1000, 16});
    QVERIFY(store.totalSamples() <= 1000);
    QVERIFY(store.bytesUsed() < before);
    QVERIFY(store.bytesUsed() <= store.memoryBound());
}

void tst_SampleStore::statistics()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "°C", SeriesKind::Numeric);
    SeriesStats empty = store.stats(id, 0);
    QCOMPARE(empty.received, 0u);
    QCOMPARE(empty.ratePerSecond, 0.0);
    for (int i = 1; i <= 100; ++i)
        store.append(id, 1000 * i, double(i) - 50.0);
    const SeriesStats st = store.stats(id, 100'000);
    QCOMPARE(st.last, 50.0);
    QCOMPARE(st.lastTimeMs, 100'000);
    QCOMPARE(st.min, -49.0);
    QCOMPARE(st.max, 50.0);
    QCOMPARE(st.mean, 0.5);
    QCOMPARE(st.kept, 100);
    QCOMPARE(st.received, 100u);
    QCOMPARE(store.unit(id), QStringLiteral("°C"));
}

void tst_SampleStore::rate_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<qint64>("nowAfterLastMs");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("20 Hz for 30 s") << 50 << 30000 << qint64(0) << 20.0 << 0.2;
    QTest::newRow("20 Hz young (2 s)") << 50 << 2000 << qint64(0) << 20.0 << 0.5;
    QTest::newRow("1 Hz for 60 s") << 1000 << 60000 << qint64(0) << 1.0 << 0.11;
    QTest::newRow("silent for 20 s") << 50 << 30000 << qint64(20000) << 0.0 << 0.0;
    QTest::newRow("silent for 5 s") << 50 << 30000 << qint64(5000) << 10.0 << 0.2;
    QTest::newRow("single sample") << 50 << 1 << qint64(10) << 0.0 << 0.0;
}

void tst_SampleStore::rate()
{
    QFETCH(int, intervalMs);
    QFETCH(int, durationMs);
    QFETCH(qint64, nowAfterLastMs);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    const qint64 start = 5'000'000;
    qint64 last = start;
    for (qint64 t = start; t < start + durationMs; t += intervalMs) {
        store.append(id, t, 1);
        last = t;
    }
    const double rate = store.stats(id, last + nowAfterLastMs, 10000).ratePerSecond;
    QVERIFY2(qAbs(rate - expected) <= tolerance, qPrintable(QString::number(rate)));
}

void tst_SampleStore::refusesNonFiniteAndClampsTime()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    QVERIFY(!store.append(id, 1000, qQNaN()));
    QVERIFY(!store.append(id, 1000, qInf()));
    QCOMPARE(store.sampleCount(id), 0);
    QVERIFY(store.append(id, 2000, 1));
    QVERIFY(store.append(id, 1500, 2)); // the wall clock stepped back
    QCOMPARE(store.view(id).at(1).timeMs, 2000);
    const quint64 revision = store.revision(id);
    store.append(id, 2500, 3);
    QVERIFY(store.revision(id) > revision);
}

void tst_SampleStore::emptyNotificationsAreCounted()
{
    SampleStore store;
    const int id = store.series({"e:1", "/cfg", "x"}, "cfg", "", SeriesKind::Numeric);
    store.recordEmptyNotification("e:1", "/cfg");
    store.recordEmptyNotification("e:1", "/cfg");
    store.recordEmptyNotification("e:2", "/cfg");
    QCOMPARE(store.emptyNotifications("e:1", "/cfg"), 2u);
    QCOMPARE(store.emptyNotifications("e:2", "/cfg"), 1u);
    QCOMPARE(store.emptyNotifications("e:3", "/cfg"), 0u);
    QCOMPARE(store.totalEmptyNotifications(), 3u);
    QCOMPARE(store.stats(id, 0).emptyNotifications, 2u);
}

void tst_SampleStore::lowerBound()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    for (int i = 0; i < 5000; ++i)
        store.append(id, 10 * (i / 2), i); // pairs of equal times
    const SampleSeriesView v = store.view(id);
    QCOMPARE(v.lowerBound(-5), 0);
    QCOMPARE(v.lowerBound(0), 0);
    QCOMPARE(v.lowerBound(1), 2);
    QCOMPARE(v.lowerBound(10), 2);
    QCOMPARE(v.lowerBound(12340), 2468);
    QCOMPARE(v.lowerBound(1'000'000), 5000);
    QCOMPARE(v.lowerBound(10, 3), 3);
}

void tst_SampleStore::minMaxIndexMatchesScan()
{
    // After drops the first chunk starts part-way: queries must never see dropped slots.
    SampleStore store(SampleStore::Limits{7000, 1'000'000, 4});
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    QRandomGenerator rng(42);
    for (int i = 0; i < 9333; ++i)
        store.append(id, i, rng.generateDouble() * 1000 - 500);
    const SampleSeriesView v = store.view(id);
    QCOMPARE(v.size(), 7000);
    for (int round = 0; round < 2000; ++round) {
        qsizetype a = rng.bounded(int(v.size()));
        qsizetype b = a + 1 + rng.bounded(int(v.size() - a));
        if (round % 5 == 0) { // long ranges across whole chunks
            a = rng.bounded(200);
            b = v.size() - rng.bounded(200);
        }
        double lo = v.at(a).value, hi = v.at(a).value;
        for (qsizetype i = a; i < b; ++i) {
            lo = qMin(lo, v.at(i).value);
            hi = qMax(hi, v.at(i).value);
        }
        const auto [mn, mx] = v.minMaxIndex(a, b);
        QVERIFY(mn >= a && mn < b && mx >= a && mx < b);
        QCOMPARE(v.at(mn).value, lo);
        QCOMPARE(v.at(mx).value, hi);
    }
}

void tst_SampleStore::snapshotIsStable()
{
    SampleStore store(SampleStore::Limits{3000, 1'000'000, 4});
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    for (int i = 0; i < 2500; ++i)
        store.append(id, i, i);
    const SampleStore::Snapshot snap = store.snapshot();
    for (int i = 2500; i < 10000; ++i)
        store.append(id, i, -i); // overwrites nothing shared, drops the snapshot's chunks
    QCOMPARE(snap.totalSamples(), 2500);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(SampleStore::writeCsv(snap, &buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 2500 + 2); // header, rows, the empty piece after the last CRLF
    QVERIFY(lines[2500].startsWith("T,1970-01-01T00:00:02.499Z,2499,"));
}

void tst_SampleStore::csv()
{
    SampleStore store;
    const int t = store.series({"10.0.0.5:5683", "/temp", "Temperature"}, "Boiler /temp, Temperature", "°C",
                               SeriesKind::Numeric);
    const int d = store.series({"10.0.0.5:5683", "/door", ""}, "=door", "", SeriesKind::Step);
    store.append(t, 1'700'000'000'123, 25.0);
    store.append(t, 1'700'000'000'999, -0.1);
    store.append(d, 1'700'000'001'000, 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(SampleStore::writeCsv(store.snapshot(), &buffer));
    const QString text = QString::fromUtf8(buffer.data());
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.value(0), QStringLiteral("series,time,value,unit"));
    QCOMPARE(lines.value(1), QStringLiteral("\"Boiler /temp, Temperature\",2023-11-14T22:13:20.123Z,25,°C"));
    QCOMPARE(lines.value(2), QStringLiteral("\"Boiler /temp, Temperature\",2023-11-14T22:13:20.999Z,-0.1,°C"));
    QCOMPARE(lines.value(3), QStringLiteral("'=door,2023-11-14T22:13:21.000Z,1,"));
    QCOMPARE(lines.size(), 5);
}

void tst_SampleStore::clearEmptiesEverything()
{
    SampleStore store;
    const int id = store.series({"e", "/t", ""}, "T", "", SeriesKind::Numeric);
    for (int i = 0; i < 5000; ++i)
        store.append(id, i, i);
    store.recordEmptyNotification("e", "/t");
    QSignalSpy cleared(&store, &SampleStore::cleared);
    store.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(store.seriesCount(), 0);
    QCOMPARE(store.totalSamples(), 0);
    QCOMPARE(store.totalEmptyNotifications(), 0u);
    QCOMPARE(store.bytesUsed(), 0);
    QCOMPARE(store.findSeries({"e", "/t", ""}), -1);
}

QTEST_GUILESS_MAIN(tst_SampleStore)
#include "tst_samplestore.moc"

#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

class QIODevice;

// One charted reading: wall-clock time (ms since the epoch) and value. 16 bytes, no per-sample
// overhead: samples live in fixed-size chunks, not in QPointF lists or QDateTimes.
struct ChartSample
{
    qint64 timeMs = 0;
    double value = 0;
};
static_assert(sizeof(ChartSample) == 16, "a sample is meant to cost 16 bytes");

// How a series is drawn: a line between readings, or steps for states (booleans, enumerations),
// which hold their value until the next notification.
enum class SeriesKind : quint8 { Numeric, Step };

// A series is one value of one resource of one device.
struct SeriesKey
{
    QString endpoint; // "127.0.0.1:5683"
    QString path;     // "/sensors/temp"
    QString name;     // the value's name in the payload ("" for a bare value, a JSON pointer …)

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
    friend size_t qHash(const SeriesKey &k, size_t seed = 0) { return qHashMulti(seed, k.endpoint, k.path, k.name); }
};

// Figures for the chart's side table. Extremes and mean cover every sample the series received
// since it started (dropped ones included, so that they do not jump when old samples go); the
// rate covers the last seconds only.
struct SeriesStats
{
    quint64 received = 0;          // samples appended since the series started
    qsizetype kept = 0;            // samples still stored
    quint64 dropped = 0;           // removed by the caps, oldest first
    double last = 0;
    qint64 lastTimeMs = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double ratePerSecond = 0;      // notifications per second over the rate window
    quint64 emptyNotifications = 0; // of the series' resource: notifications with no value at all
};

class SampleStore;
struct SampleChunk; // 1024 samples and their block extremes (samplestore.cpp)

// Read access to one series' stored samples, oldest first, with the range queries decimation
// needs. Valid until the series is next appended to, trimmed or the store cleared.
class SampleSeriesView
{
public:
    SampleSeriesView() = default;

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    ChartSample at(qsizetype i) const;
    // First index whose time is >= timeMs (size() when none); searches [from, size()).
    qsizetype lowerBound(qint64 timeMs, qsizetype from = 0) const;
    // Indices of a smallest and a largest value in [begin, end) (begin < end). Uses per-block
    // extremes kept on append, so a long range costs its length / 1024 plus two short scans.
    std::pair<qsizetype, qsizetype> minMaxIndex(qsizetype begin, qsizetype end) const;
    // Samples the caps have removed from the front so far: a change means at(0) moved on, even
    // when the new oldest sample has the time of the old one.
    quint64 dropped() const { return m_dropped; }

private:
    friend class SampleStore;
    const std::deque<std::shared_ptr<SampleChunk>> *m_chunks = nullptr;
    qsizetype m_front = 0;
    qsizetype m_count = 0;
    quint64 m_dropped = 0;
};

// The charts' samples, kept outside any widget (the Qt Charts audio example's habit, see
// CONVENTIONS.md): notifications append here, and the chart panel asks for decimated points on a
// timer. Lives on the GUI thread.
//
// Memory bound (stated here, checked by tst_samplestore through bytesUsed()):
//   samples:  16 B each, stored in chunks of 1024 (16 KiB plus 68 B of block extremes);
//   per series at most perSeriesSamples, in all at most totalSamples: when a cap is reached the
//   oldest sample goes (of that series for the per-series cap, the oldest of all for the total);
//   chunks: a series holds at most ceil(kept / 1024) + 1 chunks, so the slack is < 2 chunks per
//   series, and at most maxSeries series exist.
//   memoryBound() = totalSamples × 16 B × (1 + 68/16384) + maxSeries × (2 chunks + 1 KiB).
// The defaults keep 24 h at 10 Hz on 10 series: 8.64 M samples ≈ 138 MB, bound ≈ 148 MB.
class SampleStore : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype perSeriesSamples = 864'000;  // 24 h at 10 Hz
        qsizetype totalSamples = 8'640'000;    // 10 such series
        int maxSeries = 256;                   // PayloadValues::kMaxValues from one payload
    };
    static constexpr int kChunkSamples = 1024;
    static constexpr int kBlockSamples = 64;   // granularity of the finer block extremes
    static constexpr qint64 kSeriesOverheadBytes = 1024; // key, label, unit, statistics, deque

    explicit SampleStore(QObject *parent = nullptr);
    explicit SampleStore(const Limits &limits, QObject *parent = nullptr);
    ~SampleStore() override;

    const Limits &limits() const { return m_limits; }
    // Lowering a cap trims at once, oldest first.
    void setLimits(const Limits &limits);

    static qint64 chunkBytes();
    static qint64 memoryBound(const Limits &limits);
    qint64 memoryBound() const { return memoryBound(m_limits); }
    // Bytes held now, by the store's own accounting: allocated chunks plus the per-series overhead.
    qint64 bytesUsed() const;

    // Finds the series of key, or creates it (emitting seriesAdded). label is what people read
    // ("Boiler /sensors/temp · Temperature"); unit and kind are fixed by the first call.
    // Returns -1 when maxSeries series exist already.
    int series(const SeriesKey &key, const QString &label, const QString &unit, SeriesKind kind);
    int findSeries(const SeriesKey &key) const { return m_byKey.value(key, -1); }
    int seriesCount() const { return int(m_series.size()); }
    const SeriesKey &key(int id) const;
    QString label(int id) const;
    QString unit(int id) const;
    SeriesKind kind(int id) const;

    // Appends a reading. Times never go back within a series (a clock step backwards is clamped
    // to the previous sample's time, keeping the binary searches valid). Non-finite values are
    // refused (false): a gap in the data is not a reading.
    bool append(int id, qint64 timeMs, double value);
    // Remembers the word a state series received for a value ("open" for 1), for axis labels
    // and the table. At most 16 words per series.
    void setStateText(int id, double value, const QString &text);
    QMap<double, QString> stateTexts(int id) const;

    // A notification of a resource that carried nothing chartable. Counted, never an error.
    void recordEmptyNotification(const QString &endpoint, const QString &path);
    quint64 emptyNotifications(const QString &endpoint, const QString &path) const;
    quint64 totalEmptyNotifications() const { return m_totalEmpty; }

    qsizetype sampleCount(int id) const;
    qsizetype totalSamples() const { return m_totalSamples; }
    quint64 droppedSamples(int id) const;
    // Grows with every change of the series' samples, so that a view can skip unchanged series.
    quint64 revision(int id) const;
    SampleSeriesView view(int id) const;
    // Earliest stored time over the given series (all when empty); 0 when there is none.
    qint64 earliestTime(const QList<int> &ids = {}) const;

    // Notifications per second: samples within (now - windowMs, now] over the window, or over
    // the span of the series' samples while it is younger than the window.
    SeriesStats stats(int id, qint64 nowMs, qint64 rateWindowMs = 10000) const;

    // A consistent copy for writing elsewhere (another thread): full chunks are shared (they
    // never change again), the partly filled last chunk of each series is copied.
    struct Snapshot
    {
        struct Series
        {
            QString label;
            QString unit;
            std::deque<std::shared_ptr<const SampleChunk>> chunks;
            qsizetype front = 0;
            qsizetype count = 0;
        };
        std::vector<Series> series;
        qsizetype totalSamples() const;
    };
    Snapshot snapshot() const;
    // Every stored sample as CSV (RFC 4180): "series,time,value,unit", time in ISO 8601 UTC
    // with milliseconds, grouped by series, oldest first. Safe on any thread. Returns false when
    // the device refused to write.
    static bool writeCsv(const Snapshot &snapshot, QIODevice *device);

    void clear();

Q_SIGNALS:
    void seriesAdded(int id);
    void cleared();

private:
    struct Series;
    void dropOldest(Series &s);
    void enforceTotal();
    Series &at(int id);
    const Series &at(int id) const;

    Limits m_limits;
    std::vector<std::unique_ptr<Series>> m_series;
    QHash<SeriesKey, int> m_byKey;
    QHash<QString, quint64> m_emptyBySource; // key: endpoint + '\n' + path
    quint64 m_totalEmpty = 0;
    qsizetype m_totalSamples = 0;
    qint64 m_chunksAllocated = 0;
};

#include "samplestore.h"

#include "csv.h"

#include <QDateTime>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>

// 1024 samples and the extremes of each 64-sample block and of the whole chunk (indices into
// samples[]), kept on append so that a min/max query over many samples reads few of them.
// A chunk that is full never changes again, which is what lets snapshots share it.
struct SampleChunk
{
    static constexpr int kBlocks = SampleStore::kChunkSamples / SampleStore::kBlockSamples;
    ChartSample samples[SampleStore::kChunkSamples];
    quint16 blockMin[kBlocks];
    quint16 blockMax[kBlocks];
    quint16 min = 0;
    quint16 max = 0;
};

struct SampleStore::Series
{
    SeriesKey key;
    QString label;
    QString unit;
    QString sourceKey; // endpoint + '\n' + path, for the count of notifications without value
    SeriesKind kind = SeriesKind::Numeric;
    std::deque<std::shared_ptr<SampleChunk>> chunks;
    qsizetype front = 0; // slot of the oldest kept sample in chunks.front()
    qsizetype count = 0;
    quint64 received = 0;
    quint64 dropped = 0;
    quint64 revision = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    double last = 0;
    qint64 firstTimeMs = 0;
    qint64 lastTimeMs = 0;
    QMap<double, QString> stateTexts;

    SampleSeriesView view() const
    {
        SampleSeriesView v;
        v.m_chunks = &chunks;
        v.m_front = front;
        v.m_count = count;
        v.m_dropped = dropped;
        return v;
    }
};

namespace {

constexpr qsizetype kChunkMask = SampleStore::kChunkSamples - 1;
constexpr int kChunkShift = 10;
static_assert((1 << kChunkShift) == SampleStore::kChunkSamples);
constexpr int kBlockShift = 6;
static_assert((1 << kBlockShift) == SampleStore::kBlockSamples);

QString sourceKey(const QString &endpoint, const QString &path) { return endpoint + u'\n' + path; }

QByteArray csvFieldUtf8(const QString &value) { return Csv::field(value).toUtf8(); }

} // namespace

// ---------------------------------------------------------------------------------------------

ChartSample SampleSeriesView::at(qsizetype i) const
{
    const qsizetype slot = m_front + i;
    return (*m_chunks)[size_t(slot >> kChunkShift)]->samples[slot & kChunkMask];
}

qsizetype SampleSeriesView::lowerBound(qint64 timeMs, qsizetype from) const
{
    qsizetype lo = qBound<qsizetype>(0, from, m_count);
    qsizetype hi = m_count;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::pair<qsizetype, qsizetype> SampleSeriesView::minMaxIndex(qsizetype begin, qsizetype end) const
{
    Q_ASSERT(begin >= 0 && begin < end && end <= m_count);
    qsizetype minSlot = -1;
    qsizetype maxSlot = -1;
    double minValue = std::numeric_limits<double>::infinity();
    double maxValue = -std::numeric_limits<double>::infinity();
    const auto consider = [&](const SampleChunk &chunk, qsizetype base, int lowOffset, int highOffset) {
        const double lowValue = chunk.samples[lowOffset].value;
        const double highValue = chunk.samples[highOffset].value;
        if (lowValue < minValue) {
            minValue = lowValue;
            minSlot = base + lowOffset;
        }
        if (highValue > maxValue) {
            maxValue = highValue;
            maxSlot = base + highOffset;
        }
    };
    // Whole chunks and whole 64-sample blocks inside the range count by their kept extremes;
    // only the ragged ends are read sample by sample, in a tight loop within one chunk.
    constexpr int kBlock = SampleStore::kBlockSamples;
    qsizetype slot = m_front + begin;
    const qsizetype endSlot = m_front + end;
    while (slot < endSlot) {
        const SampleChunk &chunk = *(*m_chunks)[size_t(slot >> kChunkShift)];
        const qsizetype base = slot & ~kChunkMask;
        int offset = int(slot - base);
        const int stop = int(qMin<qsizetype>(endSlot - base, SampleStore::kChunkSamples));
        if (offset == 0 && stop == SampleStore::kChunkSamples) {
            consider(chunk, base, chunk.min, chunk.max);
        } else {
            const int headEnd = qMin(stop, (offset + kBlock - 1) / kBlock * kBlock);
            for (; offset < headEnd; ++offset)
                consider(chunk, base, offset, offset);
            for (; offset + kBlock <= stop; offset += kBlock)
                consider(chunk, base, chunk.blockMin[offset >> kBlockShift], chunk.blockMax[offset >> kBlockShift]);
            for (; offset < stop; ++offset)
                consider(chunk, base, offset, offset);
        }
        slot = base + stop;
    }
    return {minSlot - m_front, maxSlot - m_front};
}

// ---------------------------------------------------------------------------------------------

SampleStore::SampleStore(QObject *parent) : SampleStore(Limits{}, parent) {}

SampleStore::SampleStore(const Limits &limits, QObject *parent) : QObject(parent), m_limits(limits)
{
    m_limits.perSeriesSamples = qMax<qsizetype>(1, m_limits.perSeriesSamples);
    m_limits.totalSamples = qMax<qsizetype>(1, m_limits.totalSamples);
    m_limits.maxSeries = qMax(1, m_limits.maxSeries);
}

SampleStore::~SampleStore() = default;

void SampleStore::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.perSeriesSamples = qMax<qsizetype>(1, m_limits.perSeriesSamples);
    m_limits.totalSamples = qMax<qsizetype>(1, m_limits.totalSamples);
    m_limits.maxSeries = qMax(1, m_limits.maxSeries);
    for (const auto &s : m_series) {
        while (s->count > m_limits.perSeriesSamples)
            dropOldest(*s);
    }
    enforceTotal();
}

qint64 SampleStore::chunkBytes() { return qint64(sizeof(SampleChunk)); }

qint64 SampleStore::memoryBound(const Limits &limits)
{
    // Kept samples fill at most total / 1024 chunks; each series adds < 2 partly used chunks
    // (the oldest, partly dropped, and the newest, partly filled).
    const qint64 fullChunks = (qint64(limits.totalSamples) + kChunkSamples - 1) / kChunkSamples;
    return fullChunks * chunkBytes() + qint64(limits.maxSeries) * (2 * chunkBytes() + kSeriesOverheadBytes);
}

qint64 SampleStore::bytesUsed() const
{
    return m_chunksAllocated * chunkBytes() + qint64(m_series.size()) * kSeriesOverheadBytes;
}

SampleStore::Series &SampleStore::at(int id)
{
    Q_ASSERT(id >= 0 && size_t(id) < m_series.size());
    return *m_series[size_t(id)];
}

const SampleStore::Series &SampleStore::at(int id) const
{
    Q_ASSERT(id >= 0 && size_t(id) < m_series.size());
    return *m_series[size_t(id)];
}

int SampleStore::series(const SeriesKey &key, const QString &label, const QString &unit, SeriesKind kind)
{
    if (const int existing = findSeries(key); existing >= 0)
        return existing;
    if (int(m_series.size()) >= m_limits.maxSeries)
        return -1;
    auto s = std::make_unique<Series>();
    s->key = key;
    s->label = label;
    s->unit = unit;
    s->kind = kind;
    s->sourceKey = sourceKey(key.endpoint, key.path);
    const int id = int(m_series.size());
    m_series.push_back(std::move(s));
    m_byKey.insert(key, id);
    emit seriesAdded(id);
    return id;
}

const SeriesKey &SampleStore::key(int id) const { return at(id).key; }
QString SampleStore::label(int id) const { return at(id).label; }
QString SampleStore::unit(int id) const { return at(id).unit; }
SeriesKind SampleStore::kind(int id) const { return at(id).kind; }
qsizetype SampleStore::sampleCount(int id) const { return at(id).count; }
quint64 SampleStore::droppedSamples(int id) const { return at(id).dropped; }
quint64 SampleStore::revision(int id) const { return at(id).revision; }
SampleSeriesView SampleStore::view(int id) const { return at(id).view(); }

bool SampleStore::append(int id, qint64 timeMs, double value)
{
    if (!std::isfinite(value))
        return false;
    Series &s = at(id);
    if (s.received > 0 && timeMs < s.lastTimeMs)
        timeMs = s.lastTimeMs;
    if (s.count >= m_limits.perSeriesSamples)
        dropOldest(s);

    const qsizetype slot = s.front + s.count;
    const size_t chunkIndex = size_t(slot >> kChunkShift);
    if (chunkIndex == s.chunks.size()) {
        s.chunks.push_back(std::make_shared<SampleChunk>());
        ++m_chunksAllocated;
    }
    SampleChunk &chunk = *s.chunks[chunkIndex];
    const int offset = int(slot & kChunkMask);
    chunk.samples[offset] = ChartSample{timeMs, value};
    const int block = offset >> kBlockShift;
    if ((offset & (kBlockSamples - 1)) == 0) {
        chunk.blockMin[block] = chunk.blockMax[block] = quint16(offset);
    } else {
        if (value < chunk.samples[chunk.blockMin[block]].value)
            chunk.blockMin[block] = quint16(offset);
        if (value > chunk.samples[chunk.blockMax[block]].value)
            chunk.blockMax[block] = quint16(offset);
    }
    if (offset == 0) {
        chunk.min = chunk.max = 0;
    } else {
        if (value < chunk.samples[chunk.min].value)
            chunk.min = quint16(offset);
        if (value > chunk.samples[chunk.max].value)
            chunk.max = quint16(offset);
    }

    ++s.count;
    ++m_totalSamples;
    ++s.revision;
    if (s.received == 0) {
        s.min = s.max = value;
        s.firstTimeMs = timeMs;
    } else {
        s.min = qMin(s.min, value);
        s.max = qMax(s.max, value);
    }
    ++s.received;
    s.sum += value;
    s.last = value;
    s.lastTimeMs = timeMs;
    if (m_totalSamples > m_limits.totalSamples)
        enforceTotal();
    return true;
}

void SampleStore::dropOldest(Series &s)
{
    if (s.count == 0)
        return;
    ++s.front;
    --s.count;
    --m_totalSamples;
    ++s.dropped;
    ++s.revision;
    if (s.front == kChunkSamples || s.count == 0) {
        // The oldest chunk is used up (or the series is empty): give it back at once so that the
        // accounting in bytesUsed() stays within the stated bound.
        const qsizetype release = s.count == 0 ? qsizetype(s.chunks.size()) : 1;
        for (qsizetype i = 0; i < release; ++i)
            s.chunks.pop_front();
        m_chunksAllocated -= release;
        s.front = 0;
    }
}

void SampleStore::enforceTotal()
{
    // The total cap drops the oldest sample of all, so that a fast series cannot push the history
    // of a slow one out (the slow one's samples are newer than the fast one's oldest). A linear
    // scan over the series is cheap: there are at most maxSeries of them.
    while (m_totalSamples > m_limits.totalSamples) {
        Series *oldest = nullptr;
        qint64 oldestTime = std::numeric_limits<qint64>::max();
        for (const auto &s : m_series) {
            if (s->count == 0)
                continue;
            const qint64 t = s->chunks.front()->samples[s->front].timeMs;
            if (t < oldestTime) {
                oldestTime = t;
                oldest = s.get();
            }
        }
        if (!oldest)
            return;
        dropOldest(*oldest);
    }
}

void SampleStore::setStateText(int id, double value, const QString &text)
{
    Series &s = at(id);
    if (text.isEmpty() || s.stateTexts.value(value) == text)
        return;
    if (s.stateTexts.size() >= 16 && !s.stateTexts.contains(value))
        return;
    s.stateTexts.insert(value, text);
}

QMap<double, QString> SampleStore::stateTexts(int id) const { return at(id).stateTexts; }

void SampleStore::recordEmptyNotification(const QString &endpoint, const QString &path)
{
    ++m_emptyBySource[sourceKey(endpoint, path)];
    ++m_totalEmpty;
}

quint64 SampleStore::emptyNotifications(const QString &endpoint, const QString &path) const
{
    return m_emptyBySource.value(sourceKey(endpoint, path));
}

qint64 SampleStore::earliestTime(const QList<int> &ids) const
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    const auto consider = [&](const Series &s) {
        if (s.count > 0)
            earliest = qMin(earliest, s.chunks.front()->samples[s.front].timeMs);
    };
    if (ids.isEmpty()) {
        for (const auto &s : m_series)
            consider(*s);
    } else {
        for (int id : ids)
            consider(at(id));
    }
    return earliest == std::numeric_limits<qint64>::max() ? 0 : earliest;
}

SeriesStats SampleStore::stats(int id, qint64 nowMs, qint64 rateWindowMs) const
{
    const Series &s = at(id);
    SeriesStats st;
    st.received = s.received;
    st.kept = s.count;
    st.dropped = s.dropped;
    st.emptyNotifications = m_emptyBySource.value(s.sourceKey);
    if (s.received == 0)
        return st;
    st.last = s.last;
    st.lastTimeMs = s.lastTimeMs;
    st.min = s.min;
    st.max = s.max;
    st.mean = s.sum / double(s.received);

    rateWindowMs = qMax<qint64>(1, rateWindowMs);
    const SampleSeriesView v = s.view();
    const qsizetype inWindow = v.size() - v.lowerBound(nowMs - rateWindowMs + 1);
    const qint64 age = nowMs - s.firstTimeMs;
    if (age >= rateWindowMs)
        st.ratePerSecond = double(inWindow) * 1000.0 / double(rateWindowMs);
    else if (inWindow >= 2 && age > 0)
        // Young series: intervals over the time since the first one, so that the first seconds
        // read the true rate rather than a ramp, and a silent device still decays towards 0.
        st.ratePerSecond = double(inWindow - 1) * 1000.0 / double(age);
    return st;
}

qsizetype SampleStore::Snapshot::totalSamples() const
{
    qsizetype n = 0;
    for (const Series &s : series)
        n += s.count;
    return n;
}

SampleStore::Snapshot SampleStore::snapshot() const
{
    Snapshot snap;
    snap.series.reserve(m_series.size());
    for (const auto &s : m_series) {
        Snapshot::Series out;
        out.label = s->label;
        out.unit = s->unit;
        out.front = s->front;
        out.count = s->count;
        for (const auto &chunk : s->chunks)
            out.chunks.push_back(chunk);
        // The newest chunk may still be written to: copy it, share the full ones.
        const qsizetype used = s->front + s->count;
        if (!out.chunks.empty() && (used & kChunkMask) != 0)
            out.chunks.back() = std::make_shared<const SampleChunk>(*s->chunks.back());
        snap.series.push_back(std::move(out));
    }
    return snap;
}

bool SampleStore::writeCsv(const Snapshot &snapshot, QIODevice *device)
{
    QByteArray buffer = "series,time,value,unit\r\n";
    buffer.reserve(1 << 20);
    qint64 cachedSecond = std::numeric_limits<qint64>::min();
    QByteArray secondText;
    for (const Snapshot::Series &s : snapshot.series) {
        const QByteArray series = csvFieldUtf8(s.label) + ',';
        const QByteArray unit = ',' + csvFieldUtf8(s.unit) + "\r\n";
        for (qsizetype i = 0; i < s.count; ++i) {
            const qsizetype slot = s.front + i;
            const ChartSample &sample = s.chunks[size_t(slot >> kChunkShift)]->samples[slot & kChunkMask];
            // Formatting a QDateTime per row is the slow part of a large export: the date and
            // time to the second change rarely, so they are formatted once per second.
            const qint64 second = sample.timeMs >= 0 ? sample.timeMs / 1000 : -((-sample.timeMs + 999) / 1000);
            const int ms = int(sample.timeMs - second * 1000);
            if (second != cachedSecond) {
                cachedSecond = second;
                secondText = QDateTime::fromSecsSinceEpoch(second, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
            }
            buffer += series;
            buffer += secondText;
            buffer += '.';
            buffer += char('0' + ms / 100);
            buffer += char('0' + ms / 10 % 10);
            buffer += char('0' + ms % 10);
            buffer += "Z,";
            buffer += QByteArray::number(sample.value, 'g', QLocale::FloatingPointShortest);
            buffer += unit;
            if (buffer.size() >= (1 << 20)) {
                if (device->write(buffer) != buffer.size())
                    return false;
                buffer.clear();
            }
        }
    }
    return device->write(buffer) == buffer.size();
}

void SampleStore::clear()
{
    m_series.clear();
    m_byKey.clear();
    m_emptyBySource.clear();
    m_totalEmpty = 0;
    m_totalSamples = 0;
    m_chunksAllocated = 0;
    emit cleared();
}

#include "decimation.h"

#include <algorithm>
#include <array>

namespace {

qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Appends a sample; for a step series a corner at the new time with the old value goes first.
void push(QList<QPointF> &out, const ChartSample &s, SeriesKind kind)
{
    const double x = double(s.timeMs);
    if (kind == SeriesKind::Step && !out.isEmpty() && out.constLast().y() != s.value)
        out.append(QPointF(x, out.constLast().y()));
    out.append(QPointF(x, s.value));
}

// First index in [from, end) whose time is >= timeMs (end when none), by galloping from `from`:
// the next column's start is usually near, so this touches O(log distance) samples, close
// together in memory, instead of a binary search over the whole rest of the series.
qsizetype seek(const SampleSeriesView &view, qint64 timeMs, qsizetype from, qsizetype end)
{
    qsizetype lo = from;
    qsizetype step = 1;
    qsizetype hi = from;
    while (hi < end && view.at(hi).timeMs < timeMs) {
        lo = hi + 1;
        hi = qMin(end, from + step);
        step *= 2;
    }
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (view.at(mid).timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

namespace Decimation {

// The cache's insides, for decimate() only.
struct CacheAccess
{
    using Entry = ColumnCache::Entry;
    // Drops what no longer holds for this frame; returns the cache to use (null: none).
    static ColumnCache *prepare(ColumnCache *cache, const SampleSeriesView &view, qint64 width, qint64 firstColumn,
                                qint64 lastColumn, const Options &options)
    {
        if (!cache)
            return nullptr;
        if (cache->m_width != width || cache->m_kind != options.kind || cache->m_dataEndMs != options.dataEndMs) {
            cache->m_columns.clear();
            cache->m_width = width;
            cache->m_kind = options.kind;
            cache->m_dataEndMs = options.dataEndMs;
        }
        // Samples dropped from the front all had times <= the oldest kept one: a column that
        // starts later lost none of them.
        if (view.dropped() != cache->m_dropped) {
            const qint64 oldest = view.isEmpty() ? std::numeric_limits<qint64>::max() : view.at(0).timeMs;
            cache->m_columns.erase(cache->m_columns.begin(), cache->m_columns.upper_bound(floorDiv(oldest, width)));
            cache->m_dropped = view.dropped();
        }
        // Only the window's columns are kept (a bound: columns + 2), so panning through a day of
        // samples does not pile up entries; a live window moves forward and loses only its oldest.
        cache->m_columns.erase(cache->m_columns.begin(), cache->m_columns.lower_bound(firstColumn));
        cache->m_columns.erase(cache->m_columns.upper_bound(lastColumn), cache->m_columns.end());
        return cache;
    }
    static const Entry *find(const ColumnCache *cache, qint64 column)
    {
        const auto it = cache->m_columns.find(column);
        return it == cache->m_columns.end() ? nullptr : &it->second;
    }
    static void store(ColumnCache *cache, qint64 column, const Entry &entry) { cache->m_columns[column] = entry; }
};

qint64 columnWidthMs(qint64 t0, qint64 t1, int columns)
{
    const qint64 span = qMax<qint64>(1, t1 - t0);
    const qint64 n = qMax(1, columns);
    return qMax<qint64>(1, (span + n - 1) / n);
}

qsizetype maxPoints(int columns, SeriesKind kind)
{
    // Four per column over at most columns + 2 columns, plus the two edge samples; a step series
    // adds a corner before each point and the held end.
    const qsizetype points = 4 * (qsizetype(qMax(1, columns)) + 2) + 2;
    return kind == SeriesKind::Step ? 2 * points : points;
}

Result decimate(const SampleSeriesView &view, qint64 t0, qint64 t1, int columns, QList<QPointF> &out,
                const Options &options)
{
    out.clear();
    Result result;
    if (view.isEmpty() || t1 < t0)
        return result;
    out.reserve(qMin<qsizetype>(maxPoints(columns, options.kind), 2 * view.size() + 2));

    const qsizetype end = options.dataEndMs == std::numeric_limits<qint64>::max()
        ? view.size() : view.lowerBound(options.dataEndMs + 1);
    const qsizetype begin = qMin(view.lowerBound(t0), end);
    const qsizetype windowEnd = t1 == std::numeric_limits<qint64>::max()
        ? end : qMin(view.lowerBound(t1 + 1, begin), end);

    if (begin > 0 && begin - 1 < end)
        push(out, view.at(begin - 1), options.kind);

    const qint64 width = columnWidthMs(t0, t1, columns);
    ColumnCache *cache = CacheAccess::prepare(options.cache, view, width, floorDiv(t0, width), floorDiv(t1, width), options);
    bool haveExtremes = false;
    auto widen = [&](double lo, double hi) {
        result.minInWindow = haveExtremes ? qMin(result.minInWindow, lo) : lo;
        result.maxInWindow = haveExtremes ? qMax(result.maxInWindow, hi) : hi;
        haveExtremes = true;
    };
    qsizetype i = begin;
    while (i < windowEnd) {
        const qint64 column = floorDiv(view.at(i).timeMs, width);
        // Only a column wholly inside [t0, t1] is the same in every frame that shows it.
        const bool whole = column * width >= t0 && (column + 1) * width - 1 <= t1;
        if (cache && whole) {
            if (const CacheAccess::Entry *e = CacheAccess::find(cache, column)) {
                for (int k = 0; k < e->pickCount; ++k)
                    push(out, e->picks[size_t(k)], options.kind);
                widen(e->lo, e->hi);
                i += e->samples;
                continue;
            }
        }
        const qsizetype next = seek(view, (column + 1) * width, i + 1, windowEnd);
        const auto [minIndex, maxIndex] = view.minMaxIndex(i, next);
        std::array<qsizetype, 4> picks{i, minIndex, maxIndex, next - 1};
        std::sort(picks.begin(), picks.end());
        CacheAccess::Entry entry;
        qsizetype previous = -1;
        for (qsizetype p : picks) {
            if (p != previous) {
                const ChartSample s = view.at(p);
                push(out, s, options.kind);
                entry.picks[size_t(entry.pickCount++)] = s;
            }
            previous = p;
        }
        entry.lo = view.at(minIndex).value;
        entry.hi = view.at(maxIndex).value;
        entry.samples = next - i;
        widen(entry.lo, entry.hi);
        // Complete once a later sample exists (up to the data end): nothing can join it then.
        if (cache && whole && next < end)
            CacheAccess::store(cache, column, entry);
        i = next;
    }
    result.samplesInWindow = windowEnd - begin;

    if (windowEnd < end) {
        push(out, view.at(windowEnd), options.kind);
    } else if (options.kind == SeriesKind::Step && !out.isEmpty()) {
        const qint64 hold = qMin(options.holdUntilMs, options.dataEndMs);
        if (double(hold) > out.constLast().x())
            out.append(QPointF(double(hold), out.constLast().y()));
    }
    return result;
}

} // namespace Decimation

#pragma once

#include "samplestore.h"

#include <QList>
#include <QPointF>

#include <array>
#include <limits>
#include <map>

// Min/max decimation for drawing a time series W pixels wide: whatever the number of samples,
// the chart gets at most ~4 points per pixel column (the first, smallest, largest and last of
// the column, in time order), so that a line never loses a spike and drawing costs O(W), not
// O(samples). Columns are aligned to multiples of their width in absolute time, so that a window
// that scrolls keeps the same columns and the drawn line does not shimmer.
namespace Decimation {

// The picks of whole columns already decimated, kept between frames of one series: columns are
// aligned to absolute time, so while a live window scrolls (or a paused one is redrawn) only the
// newest column and the edges are computed again, and a frame over 10^7 samples costs about what
// one over 10^3 does. A column is kept once a later sample exists (nothing can join it: samples
// arrive in time order) and forgotten when samples it held are dropped from the store, when the
// column width, the series kind or the data end change, and when it leaves the window.
class ColumnCache
{
public:
    void clear() { m_columns.clear(); m_width = 0; }
    qsizetype size() const { return qsizetype(m_columns.size()); }

private:
    friend struct CacheAccess;
    struct Entry
    {
        std::array<ChartSample, 4> picks; // time order, no repeats
        int pickCount = 0;
        qsizetype samples = 0;            // how many samples the column holds
        double lo = 0;
        double hi = 0;
    };
    std::map<qint64, Entry> m_columns; // by absolute column index
    qint64 m_width = 0;
    SeriesKind m_kind = SeriesKind::Numeric;
    qint64 m_dataEndMs = 0;
    quint64 m_dropped = 0; // the series' dropped samples when the entries were made
};

struct Options
{
    SeriesKind kind = SeriesKind::Numeric;
    // Samples later than this are left out altogether (a paused view does not show what arrived
    // after the pause).
    qint64 dataEndMs = std::numeric_limits<qint64>::max();
    // Step series: the last value is held up to this time (now, or the pause time), as a state
    // lasts until it changes. Clipped to dataEndMs. Ignored for numeric series.
    qint64 holdUntilMs = std::numeric_limits<qint64>::min();
    // Optional, one per series (not shared): reuses the columns of earlier frames.
    ColumnCache *cache = nullptr;
};

struct Result
{
    qsizetype samplesInWindow = 0; // samples with t0 <= time <= t1 (and <= dataEndMs)
    double minInWindow = 0;        // extremes of those samples, for the value axis
    double maxInWindow = 0;
};

// Width of one column in ms: ceil((t1 - t0) / columns), at least 1. A sample at time t is in
// column floor(t / columnWidth) (absolute), so [t0, t1] meets at most columns + 2 columns.
qint64 columnWidthMs(qint64 t0, qint64 t1, int columns);

// The most points decimate() produces for a window of the given width in columns.
qsizetype maxPoints(int columns, SeriesKind kind);

// Fills out (cleared first) with points (x = ms since the epoch, y = value) for the window
// [t0, t1] drawn columns wide. The sample just before t0 and the one just after t1 are added, so
// that the line runs to the edges of the plot. Step series get a corner point before each change
// (horizontal, then vertical). Cost: O(columns × log samples) plus short scans, independent of
// how many samples each column holds.
Result decimate(const SampleSeriesView &view, qint64 t0, qint64 t1, int columns, QList<QPointF> &out,
                const Options &options = {});

} // namespace Decimation

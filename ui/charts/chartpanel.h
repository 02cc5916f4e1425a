#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class CoapMessage;
enum class PayloadValuesReason; // payloadvalues.h
class CoapReply;
class SampleStore;
class QAbstractItemModel;
class QAction;
class QActionGroup;
class QLabel;
class QPainter;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QThread;
class QToolBar;
class QVBoxLayout;

// Live charts of observed values (UX.md, "Watch a sensor"), meant for a dock titled "Charts"
// (windowTitle()). Notifications go into a SampleStore; a ~30 Hz timer hands each QLineSeries a
// whole new, min/max-decimated point list (QXYSeries::replace), after the Qt Charts audio example
// (CONVENTIONS.md), so that drawing costs the plot's width, not the number of samples.
//
// One chart per unit, stacked, sharing one time range: values of different units never share a
// scale, and states (door open/closed, booleans) get a slim chart of their own drawn as steps.
// Beside the charts, a table per series: last, min, max, mean, rate, unit and notifications
// that carried no value (counted and shown, never an error dialog); its check boxes and the
// legend entries hide and show series.
//
// Mouse: drag to zoom into a time span, Shift+drag (or the middle/right button) to pan, the wheel
// zooms around the pointer, a double-click returns to the live window. Keyboard (the chart has
// focus): ←/→ pan, +/- (↑/↓) zoom, Home resets; Space pauses, 1–4 pick the window. The toolbar's
// actions (windows, pause, reset zoom, export) are also in actions(), for a "Charts" menu.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class TimeWindow { Seconds30, Minutes5, Hour1, All };
    Q_ENUM(TimeWindow)

    // The store is not owned and must outlive the panel. Series already in it are shown.
    explicit ChartPanel(SampleStore *store, QWidget *parent = nullptr);
    ~ChartPanel() override;

    SampleStore *store() const { return m_store; }
    // Charts want width: a dock beside them should leave them the larger part.
    QSize sizeHint() const override { return {720, 360}; }

    // Charts every value in the reply's notifications (PayloadValues: all numbers, booleans and
    // state words; a JSON payload with several leaves gives several series). The reply is not
    // owned; when it finishes or is destroyed the panel stops listening and the series stay.
    // deviceLabel names the device for people ("Boiler", or its address); path is the resource.
    void addObservation(CoapReply *reply, const QString &deviceLabel, const QString &path);
    // Stops charting the reply's notifications (does not cancel it); the samples stay.
    void removeObservation(CoapReply *reply);
    int observationCount() const;
    // Charts notifications recorded earlier (the message log, a capture file) at their own times,
    // ms since the epoch, and zooms to their span. endpoint ("127.0.0.1:5683") and path name the
    // resource as a live observation would. Values at or before a series' newest sample are on
    // the chart already and are not added again. Returns how many carried a chartable value.
    int addRecordedNotifications(const QString &endpoint, const QString &deviceLabel, const QString &path,
                                 const QList<std::pair<qint64, CoapMessage>> &notifications);

    // Time range: a live window that scrolls with the clock, or a fixed range after a zoom/pan.
    void setTimeWindow(TimeWindow window); // also leaves a zoom
    TimeWindow timeWindow() const { return m_window; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isZoomed() const { return m_zoomed; }
    void zoomTo(qint64 t0Ms, qint64 t1Ms);
    // factor < 1 zooms in; anchor is the fixed point as a fraction of the width (0 = left).
    void zoomBy(double factor, double anchor = 0.5);
    void panBy(double fractionOfWidth); // > 0 moves towards later times
    void resetZoom();
    // The time range of the last frame drawn (ms since the epoch).
    std::pair<qint64, qint64> visibleRange() const { return {m_drawnT0, m_drawnT1}; }

    void setSeriesVisible(int seriesId, bool visible);
    bool isSeriesVisible(int seriesId) const;
    // Takes the series off the charts and the table (the table's context menu, Delete). When no
    // series of an observation is left, the panel stops listening to it and emits
    // observationUnused(), so that its owner can end it. The samples stay in the store; charting
    // the resource again brings the series back.
    void removeSeries(int seriesId);
    bool isSeriesRemoved(int seriesId) const;
    QTableView *seriesTable() const { return m_table; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *removeSeriesAction() const { return m_removeAction; }
    // The replies charted now.
    QList<CoapReply *> observations() const;
    // One row per series (row = series id): name (checkable: visible), last, min, max, mean,
    // rate, unit, notifications without value.
    QAbstractItemModel *seriesModel() const;
    enum Column { NameColumn, LastColumn, MinColumn, MaxColumn, MeanColumn, RateColumn, UnitColumn,
                  EmptyColumn, ColumnCount };
    // The points the series was last drawn with (decimated), and how many charts (units) exist.
    QList<QPointF> drawnPoints(int seriesId) const;
    int chartCount() const { return int(m_charts.size()); }
    // What the last frame cost on the GUI thread: its update (decimation, series, axes) plus the
    // painting since the frame before (for bench_watch's frame-time percentiles).
    qint64 lastFrameCostNs() const { return m_lastFrameNs; }
    // Notifications of all observations that carried nothing chartable.
    quint64 emptyNotificationCount() const;

    // Writes every stored sample as CSV (series, ISO 8601 time, value, unit) on a worker thread,
    // so that a day of samples does not freeze the window; csvExportFinished() reports.
    void exportCsv(const QString &fileName);
    // The charts as they are shown, as PNG (or any format the file name implies).
    bool exportImage(const QString &fileName);
    QImage renderImage();

public Q_SLOTS:
    // One frame now; the timer calls this about 30 times a second while the panel is visible.
    void redraw();

Q_SIGNALS:
    void csvExportFinished(const QString &fileName, bool ok, const QString &errorText);
    void observationUnused(CoapReply *reply);
    void frameDrawn();
    void viewChanged(); // window, pause, zoom or visibility changed

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    class Canvas;
    class SeriesModel;
    struct UnitChart;
    struct SeriesView;
    struct Observation;
    friend class Canvas;
    friend class SeriesModel;

    void onNotification(Observation *observation, const CoapMessage &notification);
    bool chartNotification(const QString &endpoint, const QString &deviceLabel, const QString &path,
                           const CoapMessage &notification, qint64 timeMs, PayloadValuesReason *reason,
                           bool recorded = false);
    void onSeriesAdded(int id);
    void onStoreCleared();
    void rebuild();
    UnitChart &chartFor(int seriesId);
    void applyPalette();
    void applyPalette(UnitChart &chart);
    QColor seriesColor(int index) const;
    void updateLegendMarker(int seriesId);
    void updateStepLabels(UnitChart &chart);
    void updateValueAxis(UnitChart &chart, bool haveData, double lo, double hi);
    void alignPlotAreas();
    void updateTimeAxisLabels();
    void fitNameColumn();
    std::pair<qint64, qint64> rangeAt(qint64 nowMs) const;
    qint64 nowMs() const;
    void setZoomRange(qint64 t0, qint64 t1);
    void updateStatus();
    void updateActions();
    void refreshView();
    void chooseCsvFile();
    void chooseImageFile();
    void scheduleNextFrame(qint64 frameCostNs);
    void paintSeries(const Canvas *canvas, QPainter *painter) const;

    SampleStore *m_store;
    std::vector<std::unique_ptr<Observation>> m_observations;
    std::vector<std::unique_ptr<SeriesView>> m_series; // index = series id
    std::vector<std::unique_ptr<UnitChart>> m_charts;  // in the order they appear, top to bottom
    SeriesModel *m_model = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHint = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_chartArea = nullptr;
    QVBoxLayout *m_chartLayout = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QActionGroup *m_windowGroup = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_csvAction = nullptr;
    QAction *m_imageAction = nullptr;
    QAction *m_removeAction = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    QToolBar *m_toolBar = nullptr;

    QTimer m_frameTimer;  // redraw pacing (~30 Hz, slower when frames get expensive)
    QTimer m_tableTimer;  // table figures, 4 Hz: readable, and cheap
    TimeWindow m_window = TimeWindow::Seconds30;
    bool m_paused = false;
    qint64 m_pausedAtMs = 0;
    bool m_zoomed = false;
    qint64 m_zoomT0 = 0;
    qint64 m_zoomT1 = 0;
    qint64 m_drawnT0 = 0;
    qint64 m_drawnT1 = 0;
    bool m_splitterSized = false;
    bool m_forceFrame = true; // something besides the clock changed since the last frame
    qint64 m_lastFrameNs = 0;
    QPointer<QThread> m_exportThread;
};

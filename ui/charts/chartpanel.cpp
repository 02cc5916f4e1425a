#include "chartpanel.h"

#include "coapreply.h"
#include "decimation.h"
#include "payloadvalues.h"
#include "samplestore.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace {

constexpr int kFrameIntervalMs = 33;     // ~30 Hz
constexpr int kSlowestFrameMs = 250;     // the slowest the chart gets when frames are costly
constexpr qint64 kMinSpanMs = 100;       // deepest zoom
constexpr qint64 kMaxSpanMs = qint64(10) * 365 * 24 * 3600 * 1000;
constexpr int kHeavyLinePoints = 2500;    // lines of at most this many points get a second pass
constexpr int kMaxLegendEntries = 8;     // beyond this the legend is unreadable: the table serves

qint64 windowSpanMs(ChartPanel::TimeWindow window)
{
    switch (window) {
    case ChartPanel::TimeWindow::Seconds30: return 30'000;
    case ChartPanel::TimeWindow::Minutes5: return 5 * 60'000;
    case ChartPanel::TimeWindow::Hour1: return 3600'000;
    case ChartPanel::TimeWindow::All: break;
    }
    return 30'000;
}

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

} // namespace

// ---------------------------------------------------------------------------------------------

struct ChartPanel::Observation
{
    const CoapReply *key = nullptr; // identity only, never dereferenced (gone in destroyed())
    QPointer<CoapReply> reply;
    QString deviceLabel;
    QString path;
    QList<QMetaObject::Connection> connections;
    quint64 notifications = 0;
    quint64 empty = 0;
    PayloadValuesReason lastReason = PayloadValuesReason::None;
};

struct ChartPanel::SeriesView
{
    int id = -1;
    // Only for the legend and the axes: it never holds points. Qt Charts would stroke every point
    // twice per frame (the path and its hover shape, with a join per point): 20 observations at
    // 50 Hz took 80 ms a frame that way. The panel draws the decimated points itself
    // (Canvas::drawForeground) with a thin antialiased line, which costs a fraction of that.
    QLineSeries *line = nullptr; // owned by its chart
    QList<QPointF> points;       // the last frame's decimated points (x: ms since the epoch)
    Decimation::ColumnCache columns; // whole columns of earlier frames
    UnitChart *chart = nullptr;
    QColor color;
    bool visible = true;
    bool removed = false;
    quint64 drawnRevision = ~quint64(0);
    int drawnColumns = 0;
    bool hasExtent = false; // lo/hi of what the last frame showed, for the value axis
    double lo = 0;
    double hi = 0;
};

struct ChartPanel::UnitChart
{
    QString unit;
    SeriesKind kind = SeriesKind::Numeric;
    QChart *chart = nullptr; // owned by the canvas
    Canvas *canvas = nullptr;
    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *valueAxis = nullptr;      // numeric charts
    QCategoryAxis *stateAxis = nullptr;   // step charts: words at 0 and 1
    QList<int> series;
    QString stateLabels[2];
    bool haveRange = false;
    double rangeLo = 0;
    double rangeHi = 1;
    // Plot areas of the stacked charts are lined up so that one time sits at one x everywhere:
    // autoLeft/autoRight are the chart's own distances without the extra margins.
    double autoLeft = 0;
    double autoRight = 0;
    int extraLeft = 0;
    int extraRight = 0;
};

// ---------------------------------------------------------------------------------------------

// A chart view that turns the mouse and keys into time-range changes of the whole panel (all
// stacked charts move together), instead of zooming its own chart alone.
class ChartPanel::Canvas : public QChartView
{
public:
    Canvas(ChartPanel *panel, QChart *chart) : QChartView(chart), m_panel(panel)
    {
        setRenderHint(QPainter::Antialiasing);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(false);
        m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->hide();
    }

    qint64 paintNs = 0; // painting time since the panel last asked

    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        m_panel->paintSeries(this, painter);
    }

protected:
    double timeAt(double x) const
    {
        const QRectF plot = chart()->plotArea();
        const auto [t0, t1] = m_panel->visibleRange();
        if (plot.width() <= 0)
            return double(t0);
        return double(t0) + (x - plot.left()) / plot.width() * double(t1 - t0);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QRectF plot = chart()->plotArea();
        m_pressX = event->position().x();
        m_lastX = m_pressX;
        const bool pan = event->button() == Qt::MiddleButton || event->button() == Qt::RightButton
            || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
        if (pan) {
            m_drag = Drag::Pan;
            viewport()->setCursor(Qt::ClosedHandCursor);
        } else if (event->button() == Qt::LeftButton && plot.contains(event->position())) {
            m_drag = Drag::Select;
            m_band->setGeometry(QRect(int(m_pressX), int(plot.top()), 0, int(plot.height())));
            m_band->show();
        }
        event->accept();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QRectF plot = chart()->plotArea();
        const double x = qBound(plot.left(), event->position().x(), plot.right());
        if (m_drag == Drag::Select) {
            m_band->setGeometry(QRect(QPoint(int(qMin(m_pressX, x)), int(plot.top())),
                                      QPoint(int(qMax(m_pressX, x)), int(plot.bottom()))));
        } else if (m_drag == Drag::Pan && plot.width() > 0) {
            // Dragging the data to the right shows earlier times.
            m_panel->panBy(-(event->position().x() - m_lastX) / plot.width());
            m_lastX = event->position().x();
        }
        event->accept();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_drag == Drag::Select) {
            m_band->hide();
            const QRectF plot = chart()->plotArea();
            const double x = qBound(plot.left(), event->position().x(), plot.right());
            if (qAbs(x - m_pressX) >= 4) // a click is not a zoom
                m_panel->zoomTo(qint64(timeAt(qMin(x, m_pressX))), qint64(timeAt(qMax(x, m_pressX))));
        }
        m_drag = Drag::None;
        viewport()->unsetCursor();
        event->accept();
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        m_panel->resetZoom();
        event->accept();
    }

    void wheelEvent(QWheelEvent *event) override
    {
        const QRectF plot = chart()->plotArea();
        const double steps = event->angleDelta().y() / 120.0;
        if (steps == 0 || plot.width() <= 0)
            return;
        const double anchor = qBound(0.0, (event->position().x() - plot.left()) / plot.width(), 1.0);
        m_panel->zoomBy(std::pow(0.8, steps), anchor);
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Left: m_panel->panBy(-0.1); break;
        case Qt::Key_Right: m_panel->panBy(0.1); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
        case Qt::Key_Up: m_panel->zoomBy(0.8); break;
        case Qt::Key_Minus:
        case Qt::Key_Down: m_panel->zoomBy(1.25); break;
        case Qt::Key_Home:
        case Qt::Key_Escape: m_panel->resetZoom(); break;
        case Qt::Key_Space: m_panel->setPaused(!m_panel->isPaused()); break;
        default: QChartView::keyPressEvent(event); return;
        }
        event->accept();
    }

    void focusInEvent(QFocusEvent *event) override { QChartView::focusInEvent(event); viewport()->update(); }
    void focusOutEvent(QFocusEvent *event) override { QChartView::focusOutEvent(event); viewport()->update(); }

    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        QChartView::paintEvent(event);
        // The keyboard works on the focused chart: show which one has it.
        if (hasFocus()) {
            QPainter painter(viewport());
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
        }
        paintNs += timer.nsecsElapsed();
    }

private:
    enum class Drag { None, Select, Pan };
    ChartPanel *m_panel;
    QRubberBand *m_band;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    double m_lastX = 0;
};

// ---------------------------------------------------------------------------------------------

// The side table. Figures are cached and refreshed a few times a second (refresh()), so that
// painting the table never walks the samples.
class ChartPanel::SeriesModel : public QAbstractTableModel
{
public:
    explicit SeriesModel(ChartPanel *panel) : QAbstractTableModel(panel), m_panel(panel) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_stats.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    void addRow(int id)
    {
        beginInsertRows({}, id, id);
        m_stats.resize(size_t(id) + 1);
        m_stats[size_t(id)] = m_panel->m_store->stats(id, m_panel->nowMs());
        endInsertRows();
    }

    void reset()
    {
        beginResetModel();
        m_stats.clear();
        endResetModel();
    }

    void refresh()
    {
        if (m_stats.empty())
            return;
        const qint64 now = m_panel->nowMs();
        for (size_t id = 0; id < m_stats.size(); ++id)
            m_stats[id] = m_panel->m_store->stats(int(id), now);
        anyEmpty = std::any_of(m_stats.cbegin(), m_stats.cend(),
                               [](const SeriesStats &st) { return st.emptyNotifications > 0; });
        emit dataChanged(index(0, LastColumn), index(int(m_stats.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }

    void visibilityChanged(int id)
    {
        const QModelIndex i = index(id, NameColumn);
        emit dataChanged(i, i, {Qt::CheckStateRole});
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const int id = index.row();
        const SampleStore *store = m_panel->m_store;
        const SeriesStats &st = m_stats[size_t(id)];
        const bool step = store->kind(id) == SeriesKind::Step;
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn: return store->label(id);
            case LastColumn: return st.received ? valueText(id, st.last, step) : QString();
            case MinColumn: return st.received ? valueText(id, st.min, step) : QString();
            case MaxColumn: return st.received ? valueText(id, st.max, step) : QString();
            case MeanColumn:
                // One decimal more than the readings carry: enough to see a trend, no noise.
                return st.received && !step
                        ? QLocale().toString(st.mean, 'f', qMin(4, 1 + qMax(decimals(st.min), decimals(st.max))))
                        : QString();
            case RateColumn: return ChartPanel::tr("%1/s").arg(QLocale().toString(st.ratePerSecond, 'f', 1));
            case UnitColumn: return store->unit(id);
            case EmptyColumn: return QLocale().toString(st.emptyNotifications);
            }
            break;
        case Qt::DecorationRole:
            if (column == NameColumn && size_t(id) < m_panel->m_series.size())
                return m_panel->m_series[size_t(id)]->color;
            break;
        case Qt::CheckStateRole:
            if (column == NameColumn)
                return m_panel->isSeriesVisible(id) ? Qt::Checked : Qt::Unchecked;
            break;
        case Qt::TextAlignmentRole:
            if (column != NameColumn && column != UnitColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case Qt::ToolTipRole: {
            const SeriesKey &key = store->key(id);
            QString tip = ChartPanel::tr("%1\ncoap://%2%3").arg(store->label(id), key.endpoint, key.path);
            if (!key.name.isEmpty())
                tip += ChartPanel::tr("\nvalue: %1").arg(key.name);
            tip += ChartPanel::tr("\n%1 samples kept, %2 received, %3 dropped (oldest first)")
                           .arg(QLocale().toString(qlonglong(st.kept)), QLocale().toString(st.received),
                                QLocale().toString(st.dropped));
            if (column == EmptyColumn)
                tip += ChartPanel::tr("\nNotifications of this resource that carried no value to chart");
            return tip;
        }
        default:
            break;
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != NameColumn
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        m_panel->setSeriesVisible(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && index.column() == NameColumn)
            f |= Qt::ItemIsUserCheckable;
        return f;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole) {
            switch (section) {
            case NameColumn: return ChartPanel::tr("Series");
            case LastColumn: return ChartPanel::tr("Last");
            case MinColumn: return ChartPanel::tr("Min");
            case MaxColumn: return ChartPanel::tr("Max");
            case MeanColumn: return ChartPanel::tr("Mean");
            case RateColumn: return ChartPanel::tr("Rate");
            case UnitColumn: return ChartPanel::tr("Unit");
            case EmptyColumn: return ChartPanel::tr("No value");
            }
        } else if (role == Qt::ToolTipRole) {
            switch (section) {
            case NameColumn: return ChartPanel::tr("Device, resource and value name; untick to hide the series");
            case MinColumn:
            case MaxColumn:
            case MeanColumn: return ChartPanel::tr("Over every value received since the series started");
            case RateColumn: return ChartPanel::tr("Notifications per second over the last 10 seconds");
            case EmptyColumn: return ChartPanel::tr("Notifications that carried no value to chart");
            }
        } else if (role == Qt::TextAlignmentRole && section != NameColumn && section != UnitColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }

private:
    QString valueText(int id, double value, bool step) const
    {
        if (step) {
            // A state reads as its word ("open"), as the device sent it.
            const QString word = m_panel->m_store->stateTexts(id).value(value);
            if (!word.isEmpty())
                return word;
        }
        return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
    }

    static int decimals(double value)
    {
        const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
        const qsizetype dot = text.indexOf(u'.');
        return dot < 0 ? 0 : int(text.size() - dot - 1);
    }

    ChartPanel *m_panel;
    std::vector<SeriesStats> m_stats;

public:
    bool anyEmpty = false; // some series' resource sent notifications without value
};

// ---------------------------------------------------------------------------------------------

ChartPanel::ChartPanel(SampleStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    Q_ASSERT(store);
    setWindowTitle(tr("Charts"));
    setObjectName(QStringLiteral("ChartPanel"));

    auto *toolBar = new QToolBar(this);
    m_toolBar = toolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_windowGroup = new QActionGroup(this);
    const struct { TimeWindow window; const char *text; const char *tip; Qt::Key key; } windows[] = {
        {TimeWindow::Seconds30, QT_TR_NOOP("30 s"), QT_TR_NOOP("Show the last 30 seconds (1)"), Qt::Key_1},
        {TimeWindow::Minutes5, QT_TR_NOOP("5 min"), QT_TR_NOOP("Show the last 5 minutes (2)"), Qt::Key_2},
        {TimeWindow::Hour1, QT_TR_NOOP("1 h"), QT_TR_NOOP("Show the last hour (3)"), Qt::Key_3},
        {TimeWindow::All, QT_TR_NOOP("All"), QT_TR_NOOP("Show everything recorded (4)"), Qt::Key_4},
    };
    for (const auto &w : windows) {
        QAction *action = m_windowGroup->addAction(tr(w.text));
        action->setToolTip(tr(w.tip));
        action->setCheckable(true);
        action->setChecked(w.window == m_window);
        action->setShortcut(QKeySequence(w.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(QVariant::fromValue(w.window));
        const TimeWindow window = w.window;
        connect(action, &QAction::triggered, this, [this, window] { setTimeWindow(window); });
        toolBar->addAction(action);
        addAction(action);
    }
    toolBar->addSeparator();

    m_pauseAction = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_P));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pauseAction->setToolTip(tr("Freeze the charts; values are still recorded (P, or Space on a chart)"));
    connect(m_pauseAction, &QAction::toggled, this, &ChartPanel::setPaused);

    m_resetZoomAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reset zoom"), this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::Key_Home));
    m_resetZoomAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_resetZoomAction->setToolTip(tr("Back to the live window (Home, or double-click a chart)"));
    connect(m_resetZoomAction, &QAction::triggered, this, &ChartPanel::resetZoom);

    m_csvAction = new QAction(tr("Export &CSV…"), this);
    m_csvAction->setToolTip(tr("Save every recorded sample: series, time (ISO 8601), value, unit"));
    connect(m_csvAction, &QAction::triggered, this, &ChartPanel::chooseCsvFile);
    m_imageAction = new QAction(tr("Save &image…"), this);
    m_imageAction->setToolTip(tr("Save the charts as they are shown, as PNG"));
    connect(m_imageAction, &QAction::triggered, this, &ChartPanel::chooseImageFile);
    for (QAction *action : {m_pauseAction, m_resetZoomAction, m_csvAction, m_imageAction}) {
        toolBar->addAction(action);
        addAction(action);
    }

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_emptyLabel = new QLabel(toolBar);
    m_emptyLabel->hide();
    toolBar->addWidget(m_emptyLabel);
    m_statusLabel = new QLabel(toolBar);
    m_statusLabel->setContentsMargins(12, 0, 4, 0);
    toolBar->addWidget(m_statusLabel);

    m_emptyHint = new QLabel(tr("No values to chart yet.\n\nObserve a resource and choose “Chart this”: "
                                "its values appear here within a second."), this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_chartArea = new QWidget(this);
    m_chartArea->setAutoFillBackground(true);
    m_chartLayout = new QVBoxLayout(m_chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(0);
    // The charts scroll: each keeps a readable plot height however many there are, and the
    // window's minimum size does not grow with them (a stacked chart per unit would otherwise
    // push the window past the screen).
    m_chartScroll = new QScrollArea(this);
    m_chartScroll->setObjectName(QStringLiteral("chartScrollArea"));
    m_chartScroll->setWidget(m_chartArea);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartScroll->setMinimumHeight(60);

    m_model = new SeriesModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    // The count of notifications without value is shown when there is one to show (and always
    // beside the toolbar): a column of zeros would only take room from the names.
    m_table->setColumnHidden(EmptyColumn, true);
    m_table->setAccessibleName(tr("Series figures"));
    m_table->setMinimumHeight(40);
    m_removeAction = new QAction(tr("&Remove from chart"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setToolTip(tr("Remove the selected series; its observation ends when nothing else uses it (Delete)"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        QList<int> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            ids << index.row();
        if (ids.isEmpty() && m_table->currentIndex().isValid())
            ids << m_table->currentIndex().row();
        for (int id : std::as_const(ids))
            removeSeries(id);
    });
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_chartScroll);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack, 1);

    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChartPanel::redraw);
    m_tableTimer.setInterval(250);
    connect(&m_tableTimer, &QTimer::timeout, this, [this] {
        m_model->refresh();
        m_table->setColumnHidden(EmptyColumn, !m_model->anyEmpty);
        updateStatus();
    });

    connect(m_store, &SampleStore::seriesAdded, this, &ChartPanel::onSeriesAdded);
    connect(m_store, &SampleStore::cleared, this, &ChartPanel::onStoreCleared);
    rebuild();
    updateActions();
    updateStatus();
}

ChartPanel::~ChartPanel()
{
    for (const auto &o : m_observations) {
        for (const auto &c : o->connections)
            disconnect(c);
    }
    disconnect(m_store, nullptr, this, nullptr);
    m_frameTimer.stop();
    m_tableTimer.stop();
    // The charts and the table refer to m_series and m_charts: they go before those do.
    for (auto &c : m_charts)
        disconnect(c->chart, nullptr, this, nullptr);
    delete m_stack;
    m_stack = nullptr;
    if (m_exportThread) {
        // The thread only holds its snapshot and file; let it finish writing rather than leave
        // a half-written file behind.
        m_exportThread->wait();
        delete m_exportThread;
    }
}

qint64 ChartPanel::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

// ---------------------------------------------------------------------------------------------
// Observations

void ChartPanel::addObservation(CoapReply *reply, const QString &deviceLabel, const QString &path)
{
    if (!reply)
        return;
    removeObservation(reply); // once per reply
    auto observation = std::make_unique<Observation>();
    Observation *o = observation.get();
    o->key = reply;
    o->reply = reply;
    o->deviceLabel = deviceLabel;
    o->path = path;
    o->connections << connect(reply, &CoapReply::notificationReceived, this,
                              [this, o](const CoapMessage &notification, quint64) { onNotification(o, notification); });
    o->connections << connect(reply, &QObject::destroyed, this, [this, reply] { removeObservation(reply); });
    m_observations.push_back(std::move(observation));
}

void ChartPanel::removeObservation(CoapReply *reply)
{
    for (auto it = m_observations.begin(); it != m_observations.end(); ++it) {
        if ((*it)->key == reply) {
            for (const auto &c : (*it)->connections)
                disconnect(c);
            m_observations.erase(it);
            return;
        }
    }
}

int ChartPanel::observationCount() const { return int(m_observations.size()); }

void ChartPanel::onNotification(Observation *o, const CoapMessage &notification)
{
    ++o->notifications;
    const CoapEndpoint from = o->reply ? o->reply->responder() : CoapEndpoint();
    const QString endpoint = from.isNull() ? o->deviceLabel : from.toString();
    PayloadValuesReason reason = PayloadValuesReason::None;
    if (!chartNotification(endpoint, o->deviceLabel, o->path, notification, nowMs(), &reason)) {
        // Counted and shown beside the table; a payload without numbers is not an error.
        ++o->empty;
        o->lastReason = reason == PayloadValuesReason::None ? PayloadValuesReason::NoNumber : reason;
    }
}

bool ChartPanel::chartNotification(const QString &endpoint, const QString &deviceLabel, const QString &path,
                                   const CoapMessage &notification, qint64 timeMs, PayloadValuesReason *reason,
                                   bool recorded)
{
    const QList<PayloadValue> values =
            PayloadValues::extract(notification.payload(), notification.contentFormat().value_or(-1), reason);
    bool charted = false;
    for (const PayloadValue &v : values) {
        if (!std::isfinite(v.value))
            continue; // a state word without a known meaning: nothing to draw
        const SeriesKey key{endpoint, path, v.name};
        int id = m_store->findSeries(key);
        if (id < 0) {
            QString label = deviceLabel + u' ' + path;
            if (!v.name.isEmpty())
                label += QStringLiteral(" · ") + v.name;
            id = m_store->series(key, label, v.unit,
                                 v.kind == PayloadValue::Kind::Number ? SeriesKind::Numeric : SeriesKind::Step);
            if (id < 0)
                continue; // the store holds as many series as it may
        }
        if (isSeriesRemoved(id)) {
            // Charted again: the series comes back.
            SeriesView &sv = *m_series[size_t(id)];
            sv.removed = false;
            for (QLegendMarker *marker : sv.chart->chart->legend()->markers(sv.line))
                marker->setVisible(true);
            sv.chart->canvas->setVisible(true);
            m_table->setRowHidden(id, false);
            setSeriesVisible(id, true);
            updateTimeAxisLabels();
        }
        if (v.kind == PayloadValue::Kind::Enumeration)
            m_store->setStateText(id, v.value, v.text);
        if (recorded) {
            // A recorded value at or before the series' newest sample is on the chart already
            // (charted live, or from the log before); the store would clamp it to that time.
            const SampleSeriesView stored = m_store->view(id);
            if (!stored.isEmpty() && stored.at(stored.size() - 1).timeMs >= timeMs) {
                charted = true;
                continue;
            }
        }
        charted |= m_store->append(id, timeMs, v.value);
    }
    if (!charted)
        m_store->recordEmptyNotification(endpoint, path);
    return charted;
}

int ChartPanel::addRecordedNotifications(const QString &endpoint, const QString &deviceLabel, const QString &path,
                                         const QList<std::pair<qint64, CoapMessage>> &notifications)
{
    int charted = 0;
    qint64 first = 0, last = 0;
    for (const auto &[timeMs, message] : notifications) {
        PayloadValuesReason reason = PayloadValuesReason::None;
        if (chartNotification(endpoint, deviceLabel, path, message, timeMs, &reason, true)) {
            if (charted++ == 0)
                first = timeMs;
            last = timeMs;
        }
    }
    // Recorded values lie in the past: show their span rather than the live window.
    if (charted > 0)
        zoomTo(first - 1000, qMax(last, first + 1000) + 1000);
    return charted;
}

quint64 ChartPanel::emptyNotificationCount() const { return m_store->totalEmptyNotifications(); }

// ---------------------------------------------------------------------------------------------
// Series and charts

QColor ChartPanel::seriesColor(int index) const
{
    // Okabe–Ito and Tableau hues that stay apart for colour-blind readers and on white; on a dark
    // base they are lightened. The colour is never the only cue: names are in legend and table.
    static const QRgb colors[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00,
                                  0x56B4E9, 0x8C564B, 0x7F7F7F, 0xB8860B, 0x4B0082};
    QColor c = QColor::fromRgb(colors[index % int(std::size(colors))]);
    return isDark(palette()) ? c.lighter(140) : c;
}

ChartPanel::UnitChart &ChartPanel::chartFor(int seriesId)
{
    const QString unit = m_store->unit(seriesId);
    const SeriesKind kind = m_store->kind(seriesId);
    for (auto &c : m_charts) {
        if (c->kind == kind && c->unit == unit)
            return *c;
    }
    auto c = std::make_unique<UnitChart>();
    c->unit = unit;
    c->kind = kind;
    c->chart = new QChart();
    c->chart->setAnimationOptions(QChart::NoAnimation);
    c->chart->setBackgroundRoundness(0);
    c->chart->setMargins(QMargins(4, 2, 8, 2));
    c->chart->layout()->setContentsMargins(0, 0, 0, 0);
    c->chart->legend()->setAlignment(Qt::AlignTop);
    c->chart->legend()->setShowToolTips(true);

    c->timeAxis = new QDateTimeAxis(c->chart);
    c->chart->addAxis(c->timeAxis, Qt::AlignBottom);
    if (kind == SeriesKind::Step) {
        c->stateAxis = new QCategoryAxis(c->chart);
        c->stateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        c->stateAxis->setRange(-0.3, 1.3);
        c->stateAxis->setStartValue(-0.3);
        c->stateAxis->setTitleText(unit.isEmpty() ? tr("state") : unit);
        c->valueAxis = c->stateAxis;
    } else {
        c->valueAxis = new QValueAxis(c->chart);
        c->valueAxis->setTitleText(unit.isEmpty() ? tr("value") : unit);
    }
    c->chart->addAxis(c->valueAxis, Qt::AlignLeft);

    UnitChart *raw = c.get();
    c->canvas = new Canvas(this, c->chart);
    c->canvas->setAccessibleName(tr("Chart of %1").arg(c->valueAxis->titleText()));
    // A readable plot (axis labels, legend and some 100 px of curve); more charts than fit
    // scroll instead of squeezing every plot to a line.
    c->canvas->setMinimumHeight(kind == SeriesKind::Step ? 110 : 170);
    connect(c->chart, &QChart::plotAreaChanged, this, [this, raw](const QRectF &plot) {
        raw->autoLeft = plot.left() - raw->extraLeft;
        raw->autoRight = raw->chart->size().width() - plot.right() - raw->extraRight;
        alignPlotAreas();
    });

    // Numbers above, states below (slimmer): the time labels sit under the last chart only.
    int position = int(m_charts.size());
    if (kind == SeriesKind::Numeric) {
        position = 0;
        while (position < int(m_charts.size()) && m_charts[size_t(position)]->kind == SeriesKind::Numeric)
            ++position;
    }
    m_chartLayout->insertWidget(position, c->canvas, kind == SeriesKind::Step ? 1 : 3);
    m_charts.insert(m_charts.begin() + position, std::move(c));
    applyPalette(*raw);
    updateTimeAxisLabels();
    return *raw;
}

void ChartPanel::onSeriesAdded(int id)
{
    Q_ASSERT(id == int(m_series.size()));
    auto s = std::make_unique<SeriesView>();
    s->id = id;
    s->color = seriesColor(id);
    UnitChart &c = chartFor(id);
    s->chart = &c;
    s->line = new QLineSeries(c.chart);
    s->line->setName(m_store->label(id));
    QPen pen(s->color, 1.8);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    s->line->setPen(pen);
    c.chart->addSeries(s->line);
    s->line->attachAxis(c.timeAxis);
    s->line->attachAxis(c.valueAxis);
    c.series << id;
    c.chart->legend()->setVisible(c.series.size() <= kMaxLegendEntries);
    m_series.push_back(std::move(s));

    const QList<QLegendMarker *> markers = c.chart->legend()->markers(m_series.back()->line);
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, id] { setSeriesVisible(id, !isSeriesVisible(id)); });
        marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    applyPalette(c);
    m_model->addRow(id);
    fitNameColumn();
    m_stack->setCurrentWidget(m_splitter);
    m_forceFrame = true;
}

void ChartPanel::onStoreCleared()
{
    rebuild();
}

void ChartPanel::rebuild()
{
    m_model->reset();
    m_series.clear();
    for (auto &c : m_charts)
        disconnect(c->chart, nullptr, this, nullptr);
    for (auto &c : m_charts)
        delete c->canvas; // deletes its chart, axes and series
    m_charts.clear();
    for (int id = 0; id < m_store->seriesCount(); ++id)
        onSeriesAdded(id);
    m_stack->setCurrentWidget(m_series.empty() ? static_cast<QWidget *>(m_emptyHint) : m_splitter);
    m_forceFrame = true;
}

void ChartPanel::fitNameColumn()
{
    // Names first: as wide as they need, up to 45 % of the table; the figures take the rest.
    m_table->resizeColumnToContents(NameColumn);
    const int wanted = qMax(m_table->columnWidth(NameColumn), 120);
    const int limit = qMax(120, m_table->viewport()->width() * 45 / 100);
    m_table->setColumnWidth(NameColumn, qMin(wanted, limit));
}

void ChartPanel::setSeriesVisible(int seriesId, bool visible)
{
    if (seriesId < 0 || size_t(seriesId) >= m_series.size())
        return;
    SeriesView &s = *m_series[size_t(seriesId)];
    if (s.visible == visible)
        return;
    s.visible = visible;
    s.line->setVisible(visible);
    s.drawnRevision = ~quint64(0);
    updateLegendMarker(seriesId);
    m_model->visibilityChanged(seriesId);
    m_forceFrame = true;
    if (isVisible())
        redraw();
    emit viewChanged();
}

void ChartPanel::removeSeries(int seriesId)
{
    if (seriesId < 0 || size_t(seriesId) >= m_series.size() || m_series[size_t(seriesId)]->removed)
        return;
    SeriesView &s = *m_series[size_t(seriesId)];
    setSeriesVisible(seriesId, false);
    s.removed = true;
    for (QLegendMarker *marker : s.chart->chart->legend()->markers(s.line))
        marker->setVisible(false);
    m_table->setRowHidden(seriesId, true);
    // A chart with nothing left on it goes too.
    const bool anyLeft = std::any_of(s.chart->series.cbegin(), s.chart->series.cend(),
                                     [this](int id) { return !m_series[size_t(id)]->removed; });
    s.chart->canvas->setVisible(anyLeft);
    updateTimeAxisLabels();

    // The observations that have nothing on the chart any more.
    const SeriesKey &key = m_store->key(seriesId);
    QList<CoapReply *> unused;
    for (const auto &o : m_observations) {
        if (o->path != key.path)
            continue;
        bool used = false;
        for (int id = 0; id < int(m_series.size()) && !used; ++id) {
            const SeriesKey &k = m_store->key(id);
            used = !m_series[size_t(id)]->removed && k.path == o->path && k.endpoint == key.endpoint;
        }
        const QString endpoint = o->reply && !o->reply->responder().isNull() ? o->reply->responder().toString()
                                                                            : o->deviceLabel;
        if (!used && endpoint == key.endpoint && o->reply)
            unused << o->reply;
    }
    for (CoapReply *reply : std::as_const(unused)) {
        removeObservation(reply);
        emit observationUnused(reply);
    }
    emit viewChanged();
}

bool ChartPanel::isSeriesRemoved(int seriesId) const
{
    return seriesId >= 0 && size_t(seriesId) < m_series.size() && m_series[size_t(seriesId)]->removed;
}

QList<CoapReply *> ChartPanel::observations() const
{
    QList<CoapReply *> list;
    for (const auto &o : m_observations)
        if (o->reply)
            list << o->reply;
    return list;
}

bool ChartPanel::isSeriesVisible(int seriesId) const
{
    return seriesId >= 0 && size_t(seriesId) < m_series.size() && m_series[size_t(seriesId)]->visible;
}

void ChartPanel::updateLegendMarker(int seriesId)
{
    SeriesView &s = *m_series[size_t(seriesId)];
    const QList<QLegendMarker *> markers = s.chart->chart->legend()->markers(s.line);
    for (QLegendMarker *marker : markers) {
        // A hidden series keeps its legend entry, faded, so that a click brings it back.
        marker->setVisible(true);
        QColor text = palette().color(QPalette::WindowText);
        QColor swatch = s.color;
        if (!s.visible) {
            text.setAlphaF(0.4f);
            swatch.setAlphaF(0.25f);
        }
        marker->setLabelBrush(text);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
    }
}

QList<QPointF> ChartPanel::drawnPoints(int seriesId) const
{
    if (seriesId < 0 || size_t(seriesId) >= m_series.size())
        return {};
    return m_series[size_t(seriesId)]->points;
}

void ChartPanel::paintSeries(const Canvas *canvas, QPainter *painter) const
{
    const auto found = std::find_if(m_charts.cbegin(), m_charts.cend(), [canvas](const auto &c) { return c->canvas == canvas; });
    if (found == m_charts.cend())
        return;
    const UnitChart &c = **found;
    const QRectF plot = c.chart->mapRectToScene(c.chart->plotArea());
    const double t0 = double(c.timeAxis->min().toMSecsSinceEpoch());
    const double t1 = double(c.timeAxis->max().toMSecsSinceEpoch());
    const double v0 = c.valueAxis->min();
    const double v1 = c.valueAxis->max();
    if (plot.isEmpty() || t1 <= t0 || v1 <= v0)
        return;
    const double sx = plot.width() / (t1 - t0);
    const double sy = plot.height() / (v1 - v0);
    painter->save();
    painter->setClipRect(plot, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    QPolygonF polyline;
    for (int id : c.series) {
        const SeriesView &s = *m_series[size_t(id)];
        if (!s.visible || s.removed || s.points.size() < 1)
            continue;
        polyline.resize(s.points.size());
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF &p = s.points.at(i);
            polyline[i] = QPointF(plot.left() + (p.x() - t0) * sx, plot.bottom() - (p.y() - v0) * sy);
        }
        // A cosmetic 1-px line takes the rasteriser's fast path (about 40 times cheaper per point
        // than a wider pen's joins); a second pass half a pixel lower gives it the weight of a
        // 1.5-px line while a chart holds few points.
        QPen pen(s.color, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (polyline.size() == 1) {
            painter->drawPoint(polyline.first());
            continue;
        }
        painter->drawPolyline(polyline);
        if (polyline.size() <= kHeavyLinePoints) {
            painter->translate(0, 0.5);
            painter->drawPolyline(polyline);
            painter->translate(0, -0.5);
        }
    }
    painter->restore();
}

QAbstractItemModel *ChartPanel::seriesModel() const { return m_model; }

// ---------------------------------------------------------------------------------------------
// Looks

void ChartPanel::applyPalette()
{
    for (auto &c : m_charts)
        applyPalette(*c);
    for (auto &s : m_series) {
        s->color = seriesColor(s->id);
        QPen pen = s->line->pen();
        pen.setColor(s->color);
        s->line->setPen(pen);
        updateLegendMarker(s->id);
    }
}

void ChartPanel::applyPalette(UnitChart &c)
{
    // The system palette (UX.md): the chart blends into the dock, the plot area reads like a
    // document (Base), grid lines are quiet.
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(isDark(pal) ? 120 : 130);
    QColor minorGrid = grid;
    minorGrid.setAlpha(grid.alpha() / 2);
    c.chart->setBackgroundBrush(pal.color(QPalette::Window));
    c.chart->setBackgroundPen(Qt::NoPen);
    c.chart->setPlotAreaBackgroundBrush(pal.color(QPalette::Base));
    c.chart->setPlotAreaBackgroundPen(QPen(pal.color(QPalette::Mid), 1));
    c.chart->setPlotAreaBackgroundVisible(true);
    c.chart->legend()->setLabelColor(text);
    c.chart->legend()->setBrush(Qt::NoBrush);
    c.chart->legend()->setPen(Qt::NoPen);
    QFont small = font();
    small.setPointSizeF(qMax(7.0, font().pointSizeF() * 0.9));
    c.chart->legend()->setFont(small);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(c.timeAxis), static_cast<QAbstractAxis *>(c.valueAxis)}) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(small);
        axis->setTitleBrush(text);
        axis->setTitleFont(small);
        axis->setLinePen(QPen(pal.color(QPalette::Mid), 1));
        axis->setGridLinePen(QPen(grid, 1));
        axis->setMinorGridLinePen(QPen(minorGrid, 1));
        axis->setShadesVisible(false);
    }
    c.canvas->setBackgroundBrush(pal.color(QPalette::Window));
    for (int id : c.series) {
        if (size_t(id) < m_series.size())
            updateLegendMarker(id);
    }
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        m_forceFrame = true;
    }
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_forceFrame = true;
    m_frameTimer.start(0);
    m_tableTimer.start();
}

void ChartPanel::hideEvent(QHideEvent *event)
{
    // A closed dock costs nothing: samples are still stored, nothing is drawn.
    QWidget::hideEvent(event);
    m_frameTimer.stop();
    m_tableTimer.stop();
}

// ---------------------------------------------------------------------------------------------
// Time range, zoom, pause

std::pair<qint64, qint64> ChartPanel::rangeAt(qint64 now) const
{
    if (m_zoomed)
        return {m_zoomT0, m_zoomT1};
    const qint64 end = m_paused ? m_pausedAtMs : now;
    if (m_window != TimeWindow::All)
        return {end - windowSpanMs(m_window), end};
    QList<int> visible;
    for (const auto &s : m_series) {
        if (s->visible)
            visible << s->id;
    }
    qint64 first = visible.isEmpty() ? 0 : m_store->earliestTime(visible);
    if (first == 0)
        first = end - windowSpanMs(TimeWindow::Seconds30);
    return {qMin(first, end - 10'000), end};
}

void ChartPanel::setTimeWindow(TimeWindow window)
{
    m_window = window;
    m_zoomed = false;
    for (QAction *action : m_windowGroup->actions()) {
        if (action->data().value<TimeWindow>() == window)
            action->setChecked(true);
    }
    refreshView();
}

void ChartPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_pausedAtMs = nowMs();
    refreshView();
}

void ChartPanel::setZoomRange(qint64 t0, qint64 t1)
{
    if (t1 < t0)
        std::swap(t0, t1);
    const qint64 span = qBound(kMinSpanMs, t1 - t0, kMaxSpanMs);
    const qint64 middle = t0 + (t1 - t0) / 2;
    m_zoomT0 = middle - span / 2;
    m_zoomT1 = m_zoomT0 + span;
    m_zoomed = true;
    refreshView();
}

// The window, pause state or zoom changed: controls, status line and picture follow at once.
void ChartPanel::refreshView()
{
    m_forceFrame = true;
    updateActions();
    updateStatus();
    if (isVisible())
        redraw();
    emit viewChanged();
}

void ChartPanel::zoomTo(qint64 t0Ms, qint64 t1Ms) { setZoomRange(t0Ms, t1Ms); }

void ChartPanel::zoomBy(double factor, double anchor)
{
    auto [t0, t1] = m_drawnT1 > m_drawnT0 ? visibleRange() : rangeAt(nowMs());
    const double span = double(t1 - t0);
    const double newSpan = qBound(double(kMinSpanMs), span * factor, double(kMaxSpanMs));
    const double fixed = double(t0) + anchor * span;
    const qint64 n0 = qint64(std::llround(fixed - anchor * newSpan));
    setZoomRange(n0, n0 + qint64(std::llround(newSpan)));
}

void ChartPanel::panBy(double fractionOfWidth)
{
    auto [t0, t1] = m_drawnT1 > m_drawnT0 ? visibleRange() : rangeAt(nowMs());
    const qint64 shift = qint64(std::llround(double(t1 - t0) * fractionOfWidth));
    if (shift == 0)
        return;
    setZoomRange(t0 + shift, t1 + shift);
}

void ChartPanel::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    refreshView();
}

void ChartPanel::updateActions()
{
    m_pauseAction->blockSignals(true);
    m_pauseAction->setChecked(m_paused);
    m_pauseAction->blockSignals(false);
    m_pauseAction->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_resetZoomAction->setEnabled(m_zoomed);
}

void ChartPanel::updateStatus()
{
    const QLocale locale;
    QString status;
    if (m_zoomed) {
        const QString format = m_zoomT1 - m_zoomT0 < 60'000 ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss");
        status = tr("Zoomed: %1 – %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_zoomT0), format),
                                           locale.toString(QDateTime::fromMSecsSinceEpoch(m_zoomT1), format));
    } else if (m_paused) {
        status = tr("Paused at %1, still recording")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_pausedAtMs), QStringLiteral("HH:mm:ss")));
    } else {
        status = tr("Live");
    }
    if (m_paused && m_zoomed)
        status += tr(" (paused)");
    m_statusLabel->setText(status);

    const quint64 empty = m_store->totalEmptyNotifications();
    m_emptyLabel->setVisible(empty > 0);
    if (empty > 0) {
        m_emptyLabel->setText(tr("%n notification(s) without a value", "", int(qMin<quint64>(empty, INT_MAX))));
        QStringList lines;
        for (const auto &o : m_observations) {
            if (o->empty == 0)
                continue;
            QString why;
            switch (o->lastReason) {
            case PayloadValuesReason::Empty: why = tr("empty payload"); break;
            case PayloadValuesReason::NotUtf8: why = tr("binary payload"); break;
            case PayloadValuesReason::ParseError: why = tr("payload does not parse as its content format"); break;
            case PayloadValuesReason::UnsupportedFormat: why = tr("content format without values"); break;
            case PayloadValuesReason::NoNumber:
            case PayloadValuesReason::None: why = tr("no number or state in the payload"); break;
            }
            lines << tr("%1 %2: %3 of %4 (last: %5)")
                             .arg(o->deviceLabel, o->path, locale.toString(o->empty), locale.toString(o->notifications), why);
        }
        m_emptyLabel->setToolTip(lines.join(u'\n'));
    }
}

// ---------------------------------------------------------------------------------------------
// Drawing

void ChartPanel::redraw()
{
    QElapsedTimer cost;
    cost.start();
    const qint64 now = nowMs();
    const auto [t0, t1] = rangeAt(now);
    const bool rangeMoved = t0 != m_drawnT0 || t1 != m_drawnT1;
    const bool force = m_forceFrame;
    m_forceFrame = false;
    // While paused nothing new is drawn: only a change of the view itself redraws.
    const bool skip = m_paused && !rangeMoved && !force;
    if (!m_splitterSized && m_splitter->isVisible() && m_splitter->width() > 0) {
        // The table's size hint would take half the width: the charts come first.
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 64 / 100, width - width * 64 / 100});
        m_splitterSized = true;
        fitNameColumn();
    }
    qint64 paintNs = 0;
    for (auto &c : m_charts) {
        paintNs += c->canvas->paintNs;
        c->canvas->paintNs = 0;
    }
    if (!skip) {
        const qint64 dataEnd = m_paused ? m_pausedAtMs : std::numeric_limits<qint64>::max();
        for (auto &cp : m_charts) {
            UnitChart &c = *cp;
            bool repaint = force || rangeMoved;
            const QRectF plot = c.chart->plotArea();
            // Before the first layout the plot area is empty: the view's width is close enough.
            const int columns = qMax(16, int(plot.width() > 0 ? plot.width() : c.canvas->width()));
            bool have = false;
            double lo = 0, hi = 0;
            for (int id : std::as_const(c.series)) {
                SeriesView &s = *m_series[size_t(id)];
                if (!s.visible)
                    continue;
                const quint64 revision = m_store->revision(id);
                const bool changed = force || rangeMoved || s.drawnColumns != columns
                    || (!m_paused && revision != s.drawnRevision);
                if (changed) {
                    Decimation::Options options;
                    options.kind = c.kind;
                    options.dataEndMs = dataEnd;
                    options.holdUntilMs = m_paused ? m_pausedAtMs : now;
                    options.cache = &s.columns;
                    const Decimation::Result r = Decimation::decimate(m_store->view(id), t0, t1, columns, s.points, options);
                    repaint = true;
                    s.drawnRevision = revision;
                    s.drawnColumns = columns;
                    s.hasExtent = !s.points.isEmpty();
                    if (r.samplesInWindow > 0) {
                        s.lo = r.minInWindow;
                        s.hi = r.maxInWindow;
                    } else if (s.hasExtent) {
                        // Only the samples around the window: the line crosses it between them.
                        s.lo = s.hi = s.points.constFirst().y();
                        for (const QPointF &p : std::as_const(s.points)) {
                            s.lo = qMin(s.lo, p.y());
                            s.hi = qMax(s.hi, p.y());
                        }
                    }
                }
                if (s.hasExtent) {
                    lo = have ? qMin(lo, s.lo) : s.lo;
                    hi = have ? qMax(hi, s.hi) : s.hi;
                    have = true;
                }
            }
            if (force || rangeMoved)
                c.timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(t0), QDateTime::fromMSecsSinceEpoch(t1));
            if (c.kind == SeriesKind::Numeric)
                updateValueAxis(c, have, lo, hi);
            else
                updateStepLabels(c);
            if (repaint)
                c.canvas->viewport()->update(); // the lines are drawn over the scene, not by it
        }
        const bool spanChanged = (t1 - t0) != (m_drawnT1 - m_drawnT0);
        m_drawnT0 = t0;
        m_drawnT1 = t1;
        if (force || spanChanged)
            updateTimeAxisLabels();
    }
    m_lastFrameNs = cost.nsecsElapsed() + paintNs;
    scheduleNextFrame(m_lastFrameNs);
    emit frameDrawn();
}

void ChartPanel::scheduleNextFrame(qint64 frameCostNs)
{
    if (!isVisible())
        return;
    // Drawing may take at most about a third of the GUI thread: when frames get expensive (many
    // series, a slow machine) the chart updates less often instead of making the window sluggish.
    const int costMs = int(frameCostNs / 1'000'000);
    m_frameTimer.start(qBound(kFrameIntervalMs, 3 * costMs, kSlowestFrameMs));
}

void ChartPanel::updateValueAxis(UnitChart &c, bool haveData, double lo, double hi)
{
    if (!haveData)
        return;
    // Keep the scale while the data fit and fill a fair part of it, so that it does not twitch
    // with every notification.
    if (c.haveRange && lo >= c.rangeLo && hi <= c.rangeHi && (hi - lo) >= 0.35 * (c.rangeHi - c.rangeLo))
        return;
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.08 : qMax(qAbs(hi) * 0.02, 0.5);
    double a = lo - pad;
    double b = hi + pad;
    // Round ticks: 1, 2, 2.5 or 5 times a power of ten, about one per 40 px of height.
    const int wanted = qBound(3, int(c.chart->plotArea().height() / 40), 7);
    const double rough = (b - a) / (wanted - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    a = std::floor(a / step) * step;
    b = std::ceil(b / step) * step;
    const int ticks = int(std::lround((b - a) / step)) + 1;
    const int decimals = qMax(0, int(std::ceil(-std::log10(step) - 1e-9)) + (std::fmod(step / magnitude, 1.0) != 0 ? 1 : 0));
    c.valueAxis->setRange(a, b);
    c.valueAxis->setTickCount(qBound(2, ticks, 12));
    c.valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    c.rangeLo = a;
    c.rangeHi = b;
    c.haveRange = true;
}

void ChartPanel::updateStepLabels(UnitChart &c)
{
    // The words the devices sent for 0 and 1 ("closed", "open"), several joined when the
    // series of one chart disagree ("closed / off"); "false"/"true" for plain booleans.
    QStringList words[2];
    for (int id : std::as_const(c.series)) {
        const QMap<double, QString> texts = m_store->stateTexts(id);
        for (int v = 0; v < 2; ++v) {
            const QString word = texts.value(double(v));
            if (!word.isEmpty() && !words[v].contains(word, Qt::CaseInsensitive) && words[v].size() < 3)
                words[v] << word.toLower();
        }
    }
    QString labels[2] = {words[0].isEmpty() ? tr("false") : words[0].join(QStringLiteral(" / ")),
                         words[1].isEmpty() ? tr("true") : words[1].join(QStringLiteral(" / "))};
    if (labels[0] == labels[1])
        labels[1] += QStringLiteral(" (1)"); // category labels are keys: they must differ
    if (labels[0] == c.stateLabels[0] && labels[1] == c.stateLabels[1])
        return;
    for (const QString &old : c.stateAxis->categoriesLabels())
        c.stateAxis->remove(old);
    c.stateAxis->append(labels[0], 0);
    c.stateAxis->append(labels[1], 1);
    c.stateAxis->setRange(-0.3, 1.3);
    c.stateLabels[0] = labels[0];
    c.stateLabels[1] = labels[1];
}

void ChartPanel::updateTimeAxisLabels()
{
    const qint64 span = m_drawnT1 - m_drawnT0;
    QString format;
    if (span <= 20'000)
        format = QStringLiteral("HH:mm:ss.zzz");
    else if (span <= 2 * 3600'000)
        format = QStringLiteral("HH:mm:ss");
    else if (span <= 2 * 24 * 3600'000)
        format = QStringLiteral("HH:mm");
    else
        format = QStringLiteral("d MMM HH:mm");
    // Grid lines a round duration apart (5 s, 1 min, …) as far as the width allows: the axis
    // splits its range evenly, so a span that is a multiple of the step puts them there.
    static const qint64 steps[] = {100, 200, 500, 1000, 2000, 5000, 10'000, 15'000, 30'000, 60'000, 120'000,
                                   300'000, 600'000, 900'000, 1800'000, 3600'000, 2 * 3600'000, 3 * 3600'000,
                                   6 * 3600'000, 12 * 3600'000, 24 * 3600'000, 2 * 24 * 3600'000,
                                   7 * 24 * 3600'000, 30 * 24 * 3600'000LL, 365 * 24 * 3600'000LL};
    for (size_t i = 0; i < m_charts.size(); ++i) {
        UnitChart &c = *m_charts[i];
        const int width = int(c.chart->plotArea().width() > 0 ? c.chart->plotArea().width() : c.canvas->width());
        const int labelWidth = c.canvas->fontMetrics().horizontalAdvance(format) + 32;
        const qint64 maxTicks = qBound(2, width / qMax(60, labelWidth), 12);
        qint64 step = steps[std::size(steps) - 1];
        for (qint64 candidate : steps) {
            if (span / candidate <= maxTicks) {
                step = candidate;
                break;
            }
        }
        c.timeAxis->setFormat(format);
        c.timeAxis->setTickCount(int(qBound(qint64(2), span / step + 1, qint64(13))));
        // The charts scroll, so each carries its own time labels: a chart read alone, scrolled to
        // the top, still says when.
        c.timeAxis->setLabelsVisible(true);
    }
}

void ChartPanel::alignPlotAreas()
{
    if (m_charts.size() < 2)
        return;
    double left = 0, right = 0;
    for (const auto &c : m_charts) {
        left = qMax(left, c->autoLeft);
        right = qMax(right, c->autoRight);
    }
    for (auto &c : m_charts) {
        const int extraLeft = int(std::lround(left - c->autoLeft));
        const int extraRight = int(std::lround(right - c->autoRight));
        if (extraLeft == c->extraLeft && extraRight == c->extraRight)
            continue;
        c->extraLeft = extraLeft;
        c->extraRight = extraRight;
        c->chart->setMargins(QMargins(4 + extraLeft, 2, 8 + extraRight, 2));
    }
}

// ---------------------------------------------------------------------------------------------
// Export

void ChartPanel::exportCsv(const QString &fileName)
{
    if (m_exportThread) {
        emit csvExportFinished(fileName, false, tr("An export is still running."));
        return;
    }
    auto snapshot = std::make_shared<const SampleStore::Snapshot>(m_store->snapshot());
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([snapshot, fileName, error] {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return;
        }
        if (!SampleStore::writeCsv(*snapshot, &file)) {
            *error = file.errorString();
            file.cancelWriting();
            return;
        }
        if (!file.commit())
            *error = file.errorString();
    });
    m_exportThread = thread;
    const qsizetype samples = snapshot->totalSamples();
    m_statusLabel->setText(tr("Exporting %1 samples…").arg(QLocale().toString(qlonglong(samples))));
    connect(thread, &QThread::finished, this, [this, thread, fileName, error, samples] {
        thread->deleteLater();
        m_exportThread = nullptr;
        const bool ok = error->isEmpty();
        const QString text = ok ? QString()
                                : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), *error);
        m_statusLabel->setText(ok ? tr("%1 samples saved to %2")
                                            .arg(QLocale().toString(qlonglong(samples)), QFileInfo(fileName).fileName())
                                  : text);
        m_statusLabel->setToolTip(text);
        emit csvExportFinished(fileName, ok, text);
    });
    thread->start(QThread::LowPriority);
}

QImage ChartPanel::renderImage()
{
    m_forceFrame = true;
    redraw();
    QWidget *source = m_stack->currentWidget() == m_splitter ? m_chartArea : static_cast<QWidget *>(m_stack);
    return source->grab().toImage();
}

bool ChartPanel::exportImage(const QString &fileName)
{
    const QImage image = renderImage();
    const bool hasSuffix = !QFileInfo(fileName).suffix().isEmpty();
    return image.save(fileName, hasSuffix ? nullptr : "PNG");
}

void ChartPanel::chooseCsvFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QFileDialog::getSaveFileName(
            this, tr("Export samples"),
            dir + u'/' + tr("samples-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
            tr("CSV files (*.csv);;All files (*)"));
    if (!name.isEmpty())
        exportCsv(name);
}

void ChartPanel::chooseImageFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = QFileDialog::getSaveFileName(
            this, tr("Save chart image"),
            dir + u'/' + tr("chart-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
            tr("PNG images (*.png);;All files (*)"));
    if (name.isEmpty())
        return;
    const bool ok = exportImage(name);
    m_statusLabel->setText(ok ? tr("Image saved to %1").arg(QFileInfo(name).fileName())
                              : tr("Could not save the image to %1").arg(QDir::toNativeSeparators(name)));
}

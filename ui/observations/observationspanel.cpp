#include "observationspanel.h"

#include "observationhub.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Draws the Stop column as a push button; a click on it is handled by the panel.
class StopButtonDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionButton button;
        button.rect = option.rect.adjusted(2, 1, -2, -1);
        button.text = index.data().toString();
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        button.palette = option.palette;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int w = option.fontMetrics.horizontalAdvance(index.data().toString()) + 24;
        return {w, option.fontMetrics.height() + 8};
    }
};
} // namespace

ObservationsPanel::ObservationsPanel(ObservationHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_view(new QTableView(this)), m_empty(new QLabel(this)),
      m_stopSelected(new QToolButton(this)), m_stopAll(new QToolButton(this))
{
    setWindowTitle(tr("Observations"));
    m_view->setObjectName(QStringLiteral("observationsView"));
    m_view->setModel(hub);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(ObservationHub::StopColumn, new StopButtonDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ObservationHub::NotificationsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObservationHub::LastColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ObservationHub::StopColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ObservationHub::DeviceColumn, 170);
    header->resizeSection(ObservationHub::PathColumn, 150);
    m_view->setMinimumHeight(60);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ObservationHub::StopColumn)
            stopRow(index.row());
    });

    auto *stopAction = new QAction(tr("Stop observing"), this);
    stopAction->setShortcut(QKeySequence::Delete);
    stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    stopAction->setToolTip(tr("End the selected observations; the devices are told (Delete)"));
    connect(stopAction, &QAction::triggered, this, &ObservationsPanel::stopSelected);
    addAction(stopAction);
    m_stopSelected->setDefaultAction(stopAction);
    auto *stopAllAction = new QAction(tr("Stop all"), this);
    stopAllAction->setToolTip(tr("End every running observation"));
    connect(stopAllAction, &QAction::triggered, m_hub, &ObservationHub::stopAll);
    m_stopAll->setDefaultAction(stopAllAction);

    m_empty->setText(tr("Nothing is observed. Right-click a resource and choose Observe or Chart."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    // The count on a line of its own above the buttons: beside them it made the panel some 60 px
    // wider than it needs, enough to push a window with the charts beside it past 1024 px.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addStretch(1);
    bar->addWidget(m_stopSelected);
    bar->addWidget(m_stopAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_empty->setContentsMargins(4, 2, 4, 0);
    layout->addWidget(m_empty);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_hub, &ObservationHub::countChanged, this, &ObservationsPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ObservationsPanel::updateState);
    updateState();
}

void ObservationsPanel::stopRow(int row)
{
    if (CoapReply *reply = m_hub->replyAt(row))
        m_hub->stop(reply);
}

void ObservationsPanel::stopSelected()
{
    QList<CoapReply *> replies;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        replies << m_hub->replyAt(index.row());
    for (CoapReply *reply : std::as_const(replies))
        if (reply)
            m_hub->stop(reply);
}

void ObservationsPanel::updateState()
{
    const bool any = m_hub->count() > 0;
    m_empty->setText(any ? tr("%n observation(s) running", nullptr, m_hub->count())
                         : tr("Nothing is observed. Right-click a resource and choose Observe or Chart."));
    m_stopSelected->setEnabled(m_view->selectionModel()->hasSelection());
    m_stopAll->setEnabled(any);
}

#include "messagelogview.h"

#include "copyascommand.h"
#include "menubutton.h"
#include "coapmessagelayer.h"
#include "errortext.h"
#include "payloadrender.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr quint32 kStateMagic = 0x4d4c5631; // "MLV1"

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString byteRange(qsizetype first, qsizetype last)
{
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}

} // namespace

MessageLogView::MessageLogView(QWidget *parent)
    : QWidget(parent), m_model(new MessageLogModel(this)), m_filter(new MessageLogFilterModel(this))
{
    // Follow the newest row only while the user is at the bottom; otherwise keep the rows they
    // are reading where they are, even when the oldest rows make room. These watch the source
    // model (a filter change is not new data) and are connected before the filter is, because
    // the filter drops its rows already when the source announces a removal.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageLogView::beginBatch);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &MessageLogView::beginBatch);
    m_filter->setSourceModel(m_model);
    buildUi();
    retranslateUi();

    connect(m_model, &MessageLogModel::countersChanged, this, &MessageLogView::countersChanged);
    connect(m_model, &MessageLogModel::peersAdded, this, &MessageLogView::addPeers);
    connect(m_model, &MessageLogModel::deviceNamesChanged, this, &MessageLogView::updatePeerNames);
    connect(m_model, &MessageLogModel::heldCountChanged, this, &MessageLogView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildPeerCombo();
        showDetail(0);
        updateStatus();
    });

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MessageLogView::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MessageLogView::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MessageLogView::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MessageLogView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MessageLogView::refreshDetailIfChanged);

    updateStatus();
    showDetail(0);
}

MessageLogView::~MessageLogView() = default;

void MessageLogView::buildUi()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Filter bar.
    m_peerLabel = new QLabel(this);
    m_peerCombo = new QComboBox(this);
    // As wide as about 18 characters whatever the device names: the text filter beside it gets
    // the rest (long names are elided in the closed combo and shown whole in its list).
    m_peerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_peerCombo->setMinimumContentsLength(18);
    m_peerLabel->setBuddy(m_peerCombo);
    m_typeLabel = new QLabel(this);
    m_typeCombo = new QComboBox(this);
    m_typeLabel->setBuddy(m_typeCombo);
    for (int i = 0; i <= int(MessageLogFilterModel::TypeFilter::Problems); ++i)
        m_typeCombo->addItem(QString(), i);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->installEventFilter(this);
    m_textFilterTimer = new QTimer(this);
    m_textFilterTimer->setSingleShot(true);
    m_textFilterTimer->setInterval(150); // typing into a 100,000-row filter: wait for a pause

    m_pauseButton = new QToolButton(this);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAutoRaise(true);
    // Follow the newest datagram, as Wireshark's "Automatic scrolling in live capture" does;
    // never while a row is selected or the view is scrolled up (one keeps reading it).
    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setAutoRaise(true);
    connect(m_followButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            m_table->clearSelection();
            m_table->scrollToBottom();
        }
    });
    m_clearButton = new QToolButton(this);
    m_clearButton->setAutoRaise(true);
    m_exportButton = new QToolButton(this);
    m_exportMenu = new QMenu(this);
    MenuButton::setUp(m_exportButton, m_exportMenu);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::NoTextInteraction);

    m_peerCombo->setObjectName(QStringLiteral("peerFilter"));
    m_typeCombo->setObjectName(QStringLiteral("typeFilter"));
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_statusLabel->setObjectName(QStringLiteral("logStatus"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_peerLabel);
    bar->addWidget(m_peerCombo);
    bar->addWidget(m_typeLabel);
    bar->addWidget(m_typeCombo);
    bar->addWidget(m_textFilter, 1);
    bar->addWidget(m_followButton);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_statusLabel);

    // The table: uniform rows, no per-row widgets, so 100,000 rows scroll smoothly.
    m_table = new QTreeView(this);
    m_table->setModel(m_filter);
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setFont(fixed);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionsMovable(true);
    m_table->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    applyInitialColumnWidths();

    // Detail pane: decoded on top, hex below.
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);
    m_hexLabel = new QLabel(this);
    m_hex = new QPlainTextEdit(this);
    m_hex->setObjectName(QStringLiteral("hexDump"));
    m_hex->setReadOnly(true);
    m_hex->setFont(fixed);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hex->viewport()->installEventFilter(this); // re-flow the dump to the pane's width
    auto *hexBox = new QWidget(this);
    auto *hexLayout = new QVBoxLayout(hexBox);
    hexLayout->setContentsMargins(0, 0, 0, 0);
    hexLayout->addWidget(m_hexLabel);
    hexLayout->addWidget(m_hex);
    m_hexLabel->setBuddy(m_hex);

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->addWidget(hexBox);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    setFocusProxy(m_table);

    // Copy with the usual shortcut when the table has the focus.
    auto *copy = new QAction(this);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &MessageLogView::copySelectedRows);

    connect(m_peerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString peer = index <= 0 ? QString() : m_peerCombo->itemData(index).toString();
        changeFilter([this, peer] { m_filter->setPeerFilter(peer); });
    });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto type = MessageLogFilterModel::TypeFilter(m_typeCombo->itemData(index).toInt());
        changeFilter([this, type] { m_filter->setTypeFilter(type); });
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_textFilterTimer, qOverload<>(&QTimer::start));
    connect(m_textFilterTimer, &QTimer::timeout, this, &MessageLogView::applyTextFilter);
    connect(m_textFilter, &QLineEdit::returnPressed, this, &MessageLogView::applyTextFilter);
    connect(m_pauseButton, &QToolButton::toggled, this, &MessageLogView::setPaused);
    connect(m_clearButton, &QToolButton::clicked, this, &MessageLogView::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &MessageLogView::showTableMenu);
    connect(m_table->header(), &QWidget::customContextMenuRequested, this, &MessageLogView::showHeaderMenu);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("serial"))
            showSerial(url.path().toULongLong());
    });
}

void MessageLogView::retranslateUi()
{
    m_peerLabel->setText(tr("Device:"));
    m_typeLabel->setText(tr("Type:"));
    m_peerCombo->setToolTip(tr("Show the datagrams of one device only"));
    if (m_peerCombo->count() == 0)
        m_peerCombo->addItem(QString());
    m_peerCombo->setItemText(0, tr("All devices"));
    const QStringList types{tr("All types"), tr("CON"), tr("NON"), tr("ACK"), tr("RST"),
                            tr("Malformed"), tr("Problems only")};
    for (int i = 0; i < m_typeCombo->count() && i < types.size(); ++i)
        m_typeCombo->setItemText(i, types[i]);
    m_typeCombo->setItemData(int(MessageLogFilterModel::TypeFilter::Problems),
                             tr("Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers"),
                             Qt::ToolTipRole);
    m_typeCombo->setToolTip(tr("Show one message type only, or only what looks wrong"));
    m_textFilter->setPlaceholderText(tr("Filter by peer, code, token, options or payload (Ctrl+F)"));
    m_textFilter->setToolTip(tr("Shows the datagrams whose peer, code, token, options or payload text "
                                "contain this text. Esc clears it."));
    m_pauseButton->setText(m_pauseButton->isChecked() ? tr("Resume") : tr("Pause"));
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(tr("Keep the newest datagram in view; stops while a row is selected or the list is scrolled up"));
    m_pauseButton->setToolTip(tr("Hold new datagrams back so that the list stands still; they are "
                                 "still recorded and appear when you resume"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Remove every datagram from the log and reset the counters"));
    MenuButton::setText(m_exportButton, tr("Export"));
    m_exportButton->setToolTip(tr("Save the log as CSV, JSON or pcapng (Wireshark)"));

    m_exportMenu->clear();
    using F = MessageLogModel::ExportFormat;
    m_exportMenu->addAction(tr("All rows as &CSV…"), this, [this] { exportInteractive(F::Csv, false); });
    m_exportMenu->addAction(tr("All rows as &JSON…"), this, [this] { exportInteractive(F::Json, false); });
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("&Filtered rows as CSV…"), this, [this] { exportInteractive(F::Csv, true); });
    m_exportMenu->addAction(tr("Filtered rows as JS&ON…"), this, [this] { exportInteractive(F::Json, true); });
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("All rows as &pcapng (Wireshark)…"), this, [this] { exportInteractive(F::Pcapng, false); });
    m_exportMenu->addAction(tr("Filtered rows as pc&apng (Wireshark)…"), this, [this] { exportInteractive(F::Pcapng, true); });

    m_hexLabel->setText(tr("Hex dump"));
    m_table->setAccessibleName(tr("Message log"));
    m_detail->setAccessibleName(tr("Decoded datagram"));
    m_hex->setAccessibleName(tr("Hex dump of the datagram"));
    if (QAction *copy = findChild<QAction *>(QStringLiteral("copyRows")))
        copy->setText(tr("Copy rows"));
    showDetail(m_shownSerial);
    updateStatus();
}

void MessageLogView::applyInitialColumnWidths()
{
    // Sized from sample texts once; ResizeToContents would measure every row.
    const QFontMetrics fm(m_table->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    QHeaderView *h = m_table->header();
    h->resizeSection(MessageLogModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    // The wider of the two words: "envoyé" and "reçu" differ in length, and so do other languages.
    h->resizeSection(MessageLogModel::DirectionColumn,
                     qMax(width(MessageLogModel::directionText(CoapDatagramEvent::Direction::Received)),
                          width(MessageLogModel::directionText(CoapDatagramEvent::Direction::Sent))));
    h->resizeSection(MessageLogModel::PeerColumn, width(QStringLiteral("192.168.10.100:5683")));
    h->resizeSection(MessageLogModel::DeviceColumn, width(QStringLiteral("Boiler room sensor")));
    h->resizeSection(MessageLogModel::PathColumn, width(QStringLiteral("/sensors/temperature")));
    h->resizeSection(MessageLogModel::CodeColumn, width(QStringLiteral("4.04 Not Found")));
    h->resizeSection(MessageLogModel::MessageIdColumn, width(QStringLiteral("65535")));
    h->resizeSection(MessageLogModel::TokenColumn, width(QStringLiteral("0123456789ab")));
    h->resizeSection(MessageLogModel::SizeColumn, width(QStringLiteral("1152 B")));
    h->resizeSection(MessageLogModel::RttColumn, width(QStringLiteral("10000 ms")));
    h->resizeSection(MessageLogModel::NotesColumn, width(QStringLiteral("retransmission 4")));
    h->resizeSection(MessageLogModel::TypeColumn, width(QStringLiteral("CON")));
}

// ---------------------------------------------------------------------------------------------

void MessageLogView::attach(CoapMessageLayer *layer)
{
    if (!layer)
        return;
    for (const QPointer<CoapMessageLayer> &l : std::as_const(m_layers))
        if (l == layer)
            return;
    m_layers.removeAll(nullptr);
    m_layers << layer;
    connect(layer, &CoapMessageLayer::datagramEvent, m_model, &MessageLogModel::append);
}

void MessageLogView::detach(CoapMessageLayer *layer)
{
    if (!layer)
        return;
    m_layers.removeAll(layer);
    disconnect(layer, &CoapMessageLayer::datagramEvent, m_model, &MessageLogModel::append);
}

void MessageLogView::setPaused(bool paused)
{
    if (m_pauseButton->isChecked() != paused) {
        m_pauseButton->setChecked(paused); // comes back here through toggled()
        return;
    }
    m_model->setPaused(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    updateStatus();
}

void MessageLogView::clear()
{
    m_model->clear();
}

void MessageLogView::focusFilter()
{
    m_textFilter->setFocus(Qt::ShortcutFocusReason);
    m_textFilter->selectAll();
}

void MessageLogView::clearFilters()
{
    m_peerCombo->setCurrentIndex(0);
    m_typeCombo->setCurrentIndex(0);
    m_textFilter->clear();
    applyTextFilter();
}

void MessageLogView::applyTextFilter()
{
    m_textFilterTimer->stop();
    const QString text = m_textFilter->text();
    changeFilter([this, text] { m_filter->setTextFilter(text); });
}

void MessageLogView::changeFilter(const std::function<void()> &change)
{
    // After refiltering, stay at the newest row if that is where the user was; otherwise keep
    // the selected datagram in sight.
    const bool atBottom = isAtBottom();
    change();
    if (atBottom) {
        m_table->scrollToBottom();
    } else {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
    }
}

bool MessageLogView::event(QEvent *event)
{
    // Ctrl+F inside the log filters the log, even when the window uses Ctrl+F for something else
    // (the device tree's filter): taking it as a shortcut override keeps the two from clashing.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QWidget::event(event);
}

void MessageLogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        focusFilter();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool MessageLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hex->viewport() && event->type() == QEvent::Resize) {
        if (m_shownSerial && hexBytesPerLine() != m_hexBytesPerLine)
            if (const MessageLogEntry *e = m_model->entryBySerial(m_shownSerial))
                showHex(e->event.datagram);
        return false;
    }
    if (watched == m_textFilter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_textFilter->text().isEmpty()) {
            m_textFilter->clear();
            applyTextFilter();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus(Qt::TabFocusReason); // from the filter straight into the results
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------

void MessageLogView::addPeers(const QStringList &peers)
{
    // The device's name first when the tree knows it ("Boiler room — 10.0.0.5:5683"); the
    // item's data is the address the filter matches.
    for (const QString &peer : peers) {
        if (m_peerCombo->findData(peer) >= 0)
            continue;
        int at = 1;
        while (at < m_peerCombo->count() && m_peerCombo->itemData(at).toString() < peer)
            ++at;
        m_peerCombo->insertItem(at, peerItemText(peer), peer);
    }
}

QString MessageLogView::peerItemText(const QString &peer) const
{
    const QString name = m_model->deviceName(peer);
    //: a device in the log's device filter: %1 its name, %2 its address
    return name.isEmpty() ? peer : tr("%1 \u2014 %2").arg(name, peer);
}

void MessageLogView::updatePeerNames()
{
    for (int i = 1; i < m_peerCombo->count(); ++i)
        m_peerCombo->setItemText(i, peerItemText(m_peerCombo->itemData(i).toString()));
}

void MessageLogView::rebuildPeerCombo()
{
    // After clear(): keep the chosen device, so that a filtered view stays filtered.
    const QString chosen = m_peerCombo->currentIndex() > 0 ? m_peerCombo->currentData().toString() : QString();
    const QSignalBlocker blocker(m_peerCombo);
    while (m_peerCombo->count() > 1)
        m_peerCombo->removeItem(1);
    QStringList peers = m_model->peers();
    if (!chosen.isEmpty() && !peers.contains(chosen))
        peers << chosen;
    addPeers(peers);
    m_peerCombo->setCurrentIndex(chosen.isEmpty() ? 0 : m_peerCombo->findData(chosen));
}

bool MessageLogView::isAtBottom() const
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void MessageLogView::beginBatch()
{
    if (m_batchOpen)
        return;
    m_batchOpen = true;
    m_followNewest = m_followButton->isChecked() && isAtBottom() && !m_table->selectionModel()->hasSelection();
    m_topSerial = 0;
    if (!m_followNewest) {
        // Scrolling is per item, so the scroll bar value is the top row. (indexAt() cannot be
        // used here: the tree has already dropped its layout for the change under way.)
        const QModelIndex top = m_filter->index(m_table->verticalScrollBar()->value(), 0);
        if (top.isValid())
            m_topSerial = top.data(MessageLogModel::SerialRole).toULongLong();
    }
    // Runs once the whole batch (removals and insertions) is in.
    QMetaObject::invokeMethod(this, &MessageLogView::endBatch, Qt::QueuedConnection);
}

void MessageLogView::endBatch()
{
    m_batchOpen = false;
    if (m_followNewest) {
        m_table->scrollToBottom();
        return;
    }
    if (!m_topSerial)
        return;
    const int row = m_model->rowForSerial(m_topSerial);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void MessageLogView::updateStatus()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (total == 0)
        text = tr("No datagrams");
    else if (!m_filter->isFiltering())
        text = tr("Datagrams: %1").arg(locale.toString(total));
    else if (shown == 0)
        text = tr("None of %1 match the filter").arg(locale.toString(total));
    else
        text = tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total));
    if (m_model->isPaused())
        text += QStringLiteral(" · ") + tr("paused, %1 held back").arg(locale.toString(m_model->heldCount()));
    m_statusLabel->setText(text);
    if (m_shownSerial == 0)
        showDetail(0); // the empty-state hint depends on whether the log is empty
}

// ---------------------------------------------------------------------------------------------

void MessageLogView::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        showDetail(0);
        return;
    }
    showDetail(current.data(MessageLogModel::SerialRole).toULongLong());
}

bool MessageLogView::showSerial(quint64 serial)
{
    int row = m_model->rowForSerial(serial);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            return false;
    }
    if (m_batchOpen) {
        // A batch is being inserted: its end must not scroll away from the row jumped to.
        m_followNewest = false;
        m_topSerial = 0;
    }
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    showDetail(serial);
    return true;
}

QString MessageLogView::entryLink(quint64 serial) const
{
    const MessageLogEntry *e = m_model->entryBySerial(serial);
    if (!e)
        return esc(tr("(no longer in the log)"));
    QString label;
    if (e->headerReadable) {
        const CoapMessage &m = e->event.message;
        label = tr("%1 %2 %3, MID %4 at %5")
                        .arg(e->isSent() ? tr("sent") : tr("received"), coapTypeName(m.type()),
                             m_model->codeText(m.code()))
                        .arg(m.messageId())
                        .arg(m_model->timeText(*e));
    } else {
        label = tr("malformed datagram at %1").arg(m_model->timeText(*e));
    }
    if (m_model->rowForSerial(serial) < 0)
        return esc(label) + QLatin1Char(' ') + esc(tr("(held back while paused)"));
    return QStringLiteral("<a href=\"serial:%1\">%2</a>").arg(serial).arg(esc(label));
}

QString MessageLogView::detailHtml(const MessageLogEntry &e) const
{
    const CoapMessage &m = e.event.message;
    QString html;
    auto row = [&html](const QString &name, const QString &valueHtml) {
        html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(name), valueHtml);
    };

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 %2 %3")
            .arg(MessageLogModel::directionText(e.event.direction),
                 e.isSent() ? tr("to") : tr("from"), e.peerText)));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("%1 · engine clock %2 ms · %3")
                                                    .arg(m_model->timeText(e)).arg(e.event.timeMs)
                                                    .arg(PayloadRender::size(e.event.datagram.size()))));
    if (e.isMalformed())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Malformed.")),
                esc(tr("%1 Found at byte %2.").arg(ErrorText::decodeError(e.event.decodeError)).arg(e.errorOffset)));
    const QString notes = MessageLogModel::notesText(e);
    if (!notes.isEmpty() && !e.isMalformed())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(notes));

    if (e.headerReadable) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Header")));
        row(tr("Type"), esc(tr("%1 (%2)").arg(coapTypeName(m.type()), MessageLogModel::typeLongName(m.type()))));
        QString code = m_model->codeText(m.code());
        if (m.isRequest())
            code += QStringLiteral(" (%1)").arg(CoapCode::toString(m.code()));
        else if (CoapCode::isResponse(m.code()))
            code += QStringLiteral(" · ") + ErrorText::responseClassWord(ErrorText::responseClass(m.code()));
        row(tr("Code"), esc(code));
        row(tr("Message ID"), esc(QStringLiteral("%1 (0x%2)").arg(m.messageId()).arg(m.messageId(), 4, 16, QLatin1Char('0'))));
        const bool tokenUnreadable = e.event.decodeError == CoapDecodeError::ReservedTokenLength
                || e.event.decodeError == CoapDecodeError::TruncatedToken;
        row(tr("Token"), tokenUnreadable ? esc(tr("cannot be read"))
                         : m.token().isEmpty() ? esc(tr("none"))
                                             : esc(tr("%1 (%2)").arg(QString::fromLatin1(m.token().toHex()),
                                                                      PayloadRender::size(m.token().size()))));
        html += QStringLiteral("</table>");
    }

    if (!e.isMalformed()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Options")));
        if (m.options().isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No options")));
        } else {
            html += QStringLiteral("<table><tr><th align=\"left\" style=\"padding-right:12px\">%1</th>"
                                   "<th align=\"right\" style=\"padding-right:12px\">%2</th><th align=\"left\">%3</th></tr>")
                            .arg(esc(tr("Name")), esc(tr("Number")), esc(tr("Value")));
            for (const CoapOption &o : m.options()) {
                QString value = o.displayValue();
                if (o.number() == CoapOptionNumber::ContentFormat || o.number() == CoapOptionNumber::Accept) {
                    const QString media = coapContentFormatName(int(o.uintValue()));
                    if (!media.isEmpty())
                        value += QStringLiteral(" (%1)").arg(media);
                }
                html += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td align=\"right\" "
                                       "style=\"padding-right:12px\">%2</td><td><code>%3</code></td></tr>")
                                .arg(esc(coapOptionName(o.number()))).arg(o.number()).arg(esc(value));
            }
            html += QStringLiteral("</table>");
        }

        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Payload")));
        if (m.payload().isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No payload")));
        } else {
            QString about = PayloadRender::size(m.payload().size());
            if (const auto format = m.contentFormat()) {
                const QString media = coapContentFormatName(*format);
                about += QStringLiteral(" · ") + tr("Content-Format %1").arg(media.isEmpty() ? QString::number(*format) : media);
            }
            html += QStringLiteral("<p>%1</p>").arg(esc(about));
            const std::optional<QString> text = MessageLogModel::payloadText(m.payload());
            if (text)
                html += QStringLiteral("<pre>%1</pre>").arg(esc(text->left(4096)));
            else
                html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not UTF-8 text; see the hex dump.")));
        }
    }

    // The exchange: partner, acknowledgement, retransmissions.
    QString exchange;
    auto item = [&exchange](const QString &name, const QString &valueHtml) {
        exchange += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(name), valueHtml);
    };
    const MessageLogEntry *first = e.firstTransmissionSerial ? m_model->entryBySerial(e.firstTransmissionSerial) : nullptr;
    const MessageLogEntry &base = first ? *first : e;
    if (e.requestSerial) {
        const MessageLogEntry *request = m_model->entryBySerial(e.requestSerial);
        const bool answersRequest = request && request->headerReadable && request->event.message.isRequest();
        item(answersRequest ? tr("Request") : tr("Answers"), entryLink(e.requestSerial));
    }
    if (e.rttMs >= 0)
        item(tr("Round-trip time"), esc(tr("%1 (since the first transmission)").arg(MessageLogModel::rttText(e.rttMs))));
    if (base.responseSerial && base.responseSerial != e.serial)
        item(tr("Response"), entryLink(base.responseSerial));
    if (base.acknowledgementSerial && base.acknowledgementSerial != base.responseSerial
        && base.acknowledgementSerial != e.serial) {
        const MessageLogEntry *ack = m_model->entryBySerial(base.acknowledgementSerial);
        const bool reset = ack && ack->event.message.type() == CoapType::Reset;
        item(reset ? tr("Reset by") : tr("Acknowledged by"), entryLink(base.acknowledgementSerial));
    }
    if (first)
        item(e.event.retransmission > 0 ? tr("Retransmission of") : tr("Duplicate of"), entryLink(first->serial));
    QStringList repeats;
    for (quint64 s : base.repeatSerials)
        if (s != e.serial)
            repeats << entryLink(s);
    if (!repeats.isEmpty())
        item(first ? tr("Other repeats") : tr("Retransmissions"), repeats.join(QLatin1String("<br>")));
    if (!exchange.isEmpty())
        html += QStringLiteral("<h4>%1</h4><table>%2</table>").arg(esc(tr("Exchange")), exchange);

    // Where each part sits in the bytes, to read the hex dump by (RFC 7252 §3).
    if (!e.isMalformed()) {
        const qsizetype size = e.event.datagram.size();
        const qsizetype tokenEnd = 4 + m.token().size();
        const qsizetype payloadStart = m.payload().isEmpty() ? size : size - m.payload().size();
        const qsizetype optionsEnd = m.payload().isEmpty() ? size : payloadStart - 1;
        QStringList parts;
        parts << tr("header %1").arg(byteRange(0, 3));
        if (tokenEnd > 4)
            parts << tr("token %1").arg(byteRange(4, tokenEnd - 1));
        if (optionsEnd > tokenEnd)
            parts << tr("options %1").arg(byteRange(tokenEnd, optionsEnd - 1));
        if (!m.payload().isEmpty()) {
            parts << tr("payload marker %1").arg(optionsEnd);
            parts << tr("payload %1").arg(byteRange(payloadStart, size - 1));
        }
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Bytes")), esc(parts.join(QStringLiteral(" · "))));
    }
    return html;
}

void MessageLogView::showDetail(quint64 serial)
{
    const MessageLogEntry *e = serial ? m_model->entryBySerial(serial) : nullptr;
    if (!e) {
        m_shownSerial = 0;
        m_shownSignature.clear();
        const QString hint = m_model->rowCount() == 0 && m_model->heldCount() == 0
                ? tr("No datagrams yet. Every datagram the app sends or receives shows here: send a "
                     "request or start a discovery.")
                : tr("Select a datagram to see it decoded and in hex, with its request or response "
                     "and its retransmissions.");
        if (m_detail->toPlainText() != hint)
            m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(esc(hint)));
        m_hex->clear();
        return;
    }
    m_shownSerial = serial;
    m_shownSignature = {e->requestSerial, e->responseSerial, e->acknowledgementSerial,
                        quint64(e->repeatSerials.size())};
    m_detail->setHtml(detailHtml(*e));
    showHex(e->event.datagram);
}

int MessageLogView::hexBytesPerLine() const
{
    // 16 bytes a row, as every packet tool shows them (offsets stay multiples of 0x10); a narrow
    // pane scrolls sideways rather than changing the layout of the dump.
    return 16;
}

void MessageLogView::showHex(const QByteArray &datagram)
{
    m_hexBytesPerLine = hexBytesPerLine();
    m_hex->setPlainText(PayloadRender::hexDump(datagram, m_hexBytesPerLine));
}

void MessageLogView::refreshDetailIfChanged()
{
    // A response or a retransmission that arrives later adds a link to the shown datagram.
    if (!m_shownSerial)
        return;
    const MessageLogEntry *e = m_model->entryBySerial(m_shownSerial);
    if (!e)
        return;
    const MessageLogEntry *first = e->firstTransmissionSerial ? m_model->entryBySerial(e->firstTransmissionSerial) : e;
    if (!first)
        first = e;
    const QList<quint64> signature{e->requestSerial, first->responseSerial, first->acknowledgementSerial,
                                   quint64(first->repeatSerials.size())};
    if (signature != m_shownSignature) {
        const int scroll = m_detail->verticalScrollBar()->value();
        m_detail->setHtml(detailHtml(*e));
        m_detail->verticalScrollBar()->setValue(scroll);
        m_shownSignature = signature;
    }
}

QString MessageLogView::detailText() const
{
    return m_detail->toPlainText();
}

QString MessageLogView::hexDumpText() const
{
    return m_hex->toPlainText();
}

// ---------------------------------------------------------------------------------------------

bool MessageLogView::exportToFile(const QString &fileName, MessageLogModel::ExportFormat format,
                                  bool filteredOnly, QString *errorMessage) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const std::optional<QList<int>> rows = filteredOnly && m_filter->isFiltering()
            ? std::optional<QList<int>>(m_filter->acceptedSourceRows())
            : std::nullopt;
    if (!m_model->exportRows(&file, format, rows) || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void MessageLogView::exportInteractive(MessageLogModel::ExportFormat format, bool filteredOnly)
{
    using F = MessageLogModel::ExportFormat;
    const QString suffix = format == F::Csv ? QStringLiteral("csv")
            : format == F::Json                ? QStringLiteral("json")
                                               : QStringLiteral("pcapng");
    const QString suggested = QStringLiteral("coap-log-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
    const QString filter = format == F::Csv ? tr("CSV files (*.csv)")
            : format == F::Json              ? tr("JSON files (*.json)")
                                             : tr("Wireshark captures (*.pcapng)");
    const QString fileName = QFileDialog::getSaveFileName(
            this, filteredOnly ? tr("Export filtered rows") : tr("Export all rows"), suggested, filter);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportToFile(fileName, format, filteredOnly, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MessageLogView::copySelectedRows() const
{
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> sorted;
    for (const QModelIndex &index : rows)
        sorted << index.row();
    std::sort(sorted.begin(), sorted.end());
    for (int r : std::as_const(sorted)) {
        QStringList cells;
        for (int c = 0; c < MessageLogModel::ColumnCount; ++c)
            cells << m_filter->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void MessageLogView::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const int sourceRow = m_filter->mapToSource(index).row();
        const MessageLogEntry &e = m_model->entry(sourceRow);
        const int partner = m_model->partnerRow(sourceRow);
        QAction *go = menu.addAction(e.requestSerial ? tr("Go to &request") : tr("Go to &response"));
        go->setEnabled(partner >= 0);
        const quint64 partnerSerial = partner >= 0 ? m_model->entry(partner).serial : 0;
        connect(go, &QAction::triggered, this, [this, partnerSerial] { showSerial(partnerSerial); });
        const QString peer = e.peerText;
        menu.addAction(tr("Show only &this device"), this, [this, peer] {
            addPeers({peer});
            m_peerCombo->setCurrentIndex(m_peerCombo->findText(peer));
        });
        const QByteArray datagram = e.event.datagram;
        menu.addAction(tr("Copy as &hex"), this, [datagram] {
            QApplication::clipboard()->setText(QString::fromLatin1(datagram.toHex()));
        });
        menu.addAction(tr("&Copy rows"), this, &MessageLogView::copySelectedRows);
        if (!e.isMalformed() && e.event.message.isRequest()) {
            QMenu *copyAs = menu.addMenu(tr("Copy &as"));
            const CoapMessage message = e.event.message;
            const CoapEndpoint target = e.event.peer;
            const QString gateway = m_gatewayBaseUrl;
            CopyAsCommand::fillMenu(
                    copyAs, [message, target] { return CopyAsCommand::fromDatagram(message, target); },
                    [gateway] { return gateway; });
        }
        if (!e.isMalformed() && !e.isSent() && e.event.message.isResponse()
            && e.event.message.hasOption(CoapOptionNumber::Observe)) {
            const QString peerText = e.peerText;
            const QString path = e.pathText;
            menu.addAction(tr("Chart this res&ource"), this, [this, sourceRow, peerText, path] {
                emit chartRequested(peerText, path, notificationsOf(sourceRow));
            });
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Clear &filter"), this, &MessageLogView::clearFilters)->setEnabled(m_filter->isFiltering());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<std::pair<qint64, CoapMessage>> MessageLogView::notificationsOf(int sourceRow) const
{
    QList<std::pair<qint64, CoapMessage>> list;
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return list;
    const MessageLogEntry &clicked = m_model->entry(sourceRow);
    const QByteArray token = clicked.event.message.token();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const MessageLogEntry &e = m_model->entry(r);
        // A duplicate carries nothing new (RFC 7252 §4.5); a notification is a response with Observe.
        if (e.isSent() || e.isMalformed() || e.event.duplicate || e.event.peer != clicked.event.peer)
            continue;
        const CoapMessage &m = e.event.message;
        if (m.isResponse() && m.token() == token && m.hasOption(CoapOptionNumber::Observe))
            list.append({e.wallTimeMs, m});
    }
    return list;
}

void MessageLogView::showHeaderMenu(const QPoint &pos)
{
    // Narrow docks: let people hide the columns they do not need.
    QMenu menu(this);
    QHeaderView *header = m_table->header();
    for (int c = 0; c < MessageLogModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

QByteArray MessageLogView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_table->header()->saveState() << m_splitter->saveState() << m_detailSplitter->saveState();
    return state;
}

bool MessageLogView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header, splitter, detailSplitter;
    in >> magic >> header >> splitter >> detailSplitter;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    return m_table->header()->restoreState(header) && m_splitter->restoreState(splitter)
            && m_detailSplitter->restoreState(detailSplitter);
}

#include "devicepanel.h"

#include "menubutton.h"
#include "adddevicedialog.h"
#include "addeddevicesdialog.h"
#include "devicetreemodel.h"
#include "discoverytext.h"
#include "errortext.h"

#include "coapclient.h"
#include "coapproxy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
using Model = DeviceTreeModel;

// How often the countdown moves: often enough to look live, rarely enough to cost nothing.
constexpr int kCountdownIntervalMs = 200;
// Above this many devices new ones are not expanded all the way down: the tree would be too long
// to scan (the filter box is the way in then).
// coap-client -s: how long a copied observe command line stays subscribed, in seconds.
constexpr int kCoapClientObserveSeconds = 60;

// Single quotes for a POSIX shell when the URI holds anything a shell would interpret
// ("[", "]", "?", "&", "*", "'" …); plain text otherwise, so the common case reads cleanly.
QString shellQuoted(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:%@+,=-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString interfaceItemText(const CoapMulticastInterface &iface)
{
    QStringList addresses;
    for (const QHostAddress &a : iface.ipv4)
        addresses.append(a.toString());
    if (iface.hasIpv6())
        addresses.append(DiscoveryText::groupName(iface.ipv6.constFirst()));
    return addresses.isEmpty() ? iface.name : QStringLiteral("%1 (%2)").arg(iface.name, addresses.join(QStringLiteral(", ")));
}
} // namespace

DevicePanel::DevicePanel(QWidget *parent)
    : QWidget(parent)
    , m_discovery(new CoapDiscovery(this))
    , m_model(new DeviceTreeModel(this))
    , m_proxy(new DeviceSortFilterProxy(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("devicePanel"));
    m_proxy->setSourceModel(m_model);
    // Recursive: a matching resource keeps its device and folders visible. Auto-accepting children:
    // typing a device's name shows the device with everything it has.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Model::SearchTextRole);
    m_proxy->setFilterKeyColumn(Model::NameColumn);

    createBar();
    createTree();
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_discoverButton);
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_optionsButton);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_options);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_sortButton);
    layout->addLayout(filterRow);
    layout->addWidget(m_treeStack, 1);

    connect(m_discovery, &CoapDiscovery::deviceFound, this, [this](const CoapDevice &device) {
        ++m_runDevices;
        m_model->addDevice(device, Model::Discovered);
        updateRunState();
    });
    connect(m_discovery, &CoapDiscovery::deviceUpdated, this,
            [this](const CoapDevice &device) { m_model->addDevice(device, Model::Discovered); });
    connect(m_discovery, &CoapDiscovery::errorOccurred, this,
            [this](const CoapDiscoveryProblem &problem) { m_runProblems.append(problem); });
    connect(m_discovery, &CoapDiscovery::datagramEvent, this, &DevicePanel::datagramEvent);
    connect(m_discovery, &CoapDiscovery::finished, this, &DevicePanel::onFinished);
    connect(m_model, &DeviceTreeModel::deviceCountChanged, this, [this](int devices) {
        updatePlaceholder();
        emit deviceCountChanged(devices);
    });
    connect(m_model, &DeviceTreeModel::bookmarksChanged, this, &DevicePanel::bookmarksChanged);
    m_countdown->setInterval(kCountdownIntervalMs);
    connect(m_countdown, &QTimer::timeout, this, &DevicePanel::updateRunState);

    retranslateUi();
    refreshInterfaces();
    updateRunState();
    updatePlaceholder();
    updateActions();
}

DevicePanel::~DevicePanel()
{
    // Stop quietly: the finished() of a run must not reach a half-destroyed panel (the runs are
    // children, destroyed after the members their handlers use).
    m_discovery->disconnect(this);
    m_discovery->stop();
    for (const QPointer<CoapDiscovery> &run : std::as_const(m_hostRuns)) {
        if (run) {
            run->disconnect(this);
            delete run.data();
        }
    }
    for (const QPointer<CoapReply> &reply : std::as_const(m_routedAsks)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

// --- Building ----------------------------------------------------------------------------------------

void DevicePanel::createBar()
{
    m_discoverButton = new QPushButton(this);
    m_discoverButton->setObjectName(QStringLiteral("discoverButton"));
    m_discoverButton->setDefault(false);
    m_discoverButton->setAutoDefault(false);
    connect(m_discoverButton, &QPushButton::clicked, this, &DevicePanel::toggleDiscovery);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addDeviceButton"));
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, [this] { showAddDeviceDialog(); });

    // The options fold away behind a summary of what Discover will ask: the dock is narrow, and
    // the summary is what a technician needs to see at a glance. It wraps rather than widening
    // the dock.
    m_optionsButton = new QToolButton(this);
    m_optionsButton->setObjectName(QStringLiteral("discoveryOptionsButton"));
    m_optionsButton->setCheckable(true);
    m_optionsButton->setAutoRaise(true);
    m_optionsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsButton->setArrowType(Qt::RightArrow);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("discoverySummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_options = new QFrame(this);
    m_options->setObjectName(QStringLiteral("discoveryOptions"));
    m_options->setFrameShape(QFrame::StyledPanel);
    m_options->setVisible(false);
    connect(m_optionsButton, &QToolButton::toggled, this, [this](bool shown) {
        if (shown)
            refreshInterfaces(); // cables get plugged in while the window is open
        m_options->setVisible(shown);
        m_optionsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    m_groupsBox = new QWidget(m_options);
    auto *groupsLayout = new QVBoxLayout(m_groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->setSpacing(2);
    const QList<QHostAddress> defaults = CoapDiscoveryOptions::defaultGroups();
    const QList<QHostAddress> all{QHostAddress(QStringLiteral("224.0.1.187")), QHostAddress(QStringLiteral("ff02::fd")),
                                  QHostAddress(QStringLiteral("ff05::fd"))};
    for (const QHostAddress &group : all) {
        auto *box = new QCheckBox(group.toString(), m_groupsBox);
        box->setProperty("group", group.toString());
        box->setChecked(defaults.contains(group));
        groupsLayout->addWidget(box);
        m_groupBoxes.append(box);
    }
    for (const QHostAddress &group : defaults) {
        if (!all.contains(group)) {
            auto *box = new QCheckBox(group.toString(), m_groupsBox);
            box->setProperty("group", group.toString());
            box->setChecked(true);
            groupsLayout->addWidget(box);
            m_groupBoxes.append(box);
        }
    }

    m_interface = new QComboBox(m_options);
    m_interface->setObjectName(QStringLiteral("discoveryInterface"));
    m_interface->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interface->setMinimumContentsLength(12);
    m_wait = new QSpinBox(m_options);
    m_wait->setObjectName(QStringLiteral("discoveryWait"));
    m_wait->setRange(1, 120);
    m_wait->setValue(CoapDiscoveryOptions().waitMs / 1000);
    m_query = new QLineEdit(m_options);
    m_query->setObjectName(QStringLiteral("discoveryQuery"));
    m_query->setClearButtonEnabled(true);

    m_groupsLabel = new QLabel(m_options);
    m_interfaceLabel = new QLabel(m_options);
    m_interfaceLabel->setBuddy(m_interface);
    m_waitLabel = new QLabel(m_options);
    m_waitLabel->setBuddy(m_wait);
    m_queryLabel = new QLabel(m_options);
    m_queryLabel->setBuddy(m_query);
    auto *form = new QFormLayout(m_options);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_groupsLabel, m_groupsBox);
    form->addRow(m_interfaceLabel, m_interface);
    form->addRow(m_waitLabel, m_wait);
    form->addRow(m_queryLabel, m_query);

    const auto changed = [this] {
        updateSummaryLine();
        if (!m_settingOptions)
            emit discoveryOptionsChanged();
    };
    for (QCheckBox *box : std::as_const(m_groupBoxes))
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_interface, &QComboBox::currentIndexChanged, this, changed);
    connect(m_wait, &QSpinBox::valueChanged, this, changed);
    connect(m_query, &QLineEdit::textChanged, this, changed);
    connect(m_query, &QLineEdit::returnPressed, this, &DevicePanel::startDiscovery);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 3 + 2);
    m_progress->setVisible(false);

    m_banner = new InlineBanner(this);
    m_banner->setObjectName(QStringLiteral("discoveryBanner"));
    m_banner->setClosable(true);
}

void DevicePanel::createTree()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering only changes what is shown: it never moves the selection into the request
        // form, and the expansion the user chose comes back when the filter is cleared.
        const bool wasFiltering = !m_proxy->filterRegularExpression().pattern().isEmpty();
        const bool filtering = !text.trimmed().isEmpty();
        if (filtering && !wasFiltering)
            m_expandedBeforeFilter = expandedUris();
        m_filtering = true;
        m_proxy->setFilterFixedString(text.trimmed());
        // Matches can be deep in folders; show them all while filtering.
        if (filtering)
            m_tree->expandAll();
        else if (wasFiltering)
            restoreExpanded(m_expandedBeforeFilter);
        m_filtering = false;
        updatePlaceholder();
    });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("deviceTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Model::ObservableColumn, QHeaderView::Fixed);
    const int em = fontMetrics().averageCharWidth();
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == Model::NameColumn && !m_sizingName)
            m_userSizedName = true;
    });
    header->resizeSection(Model::ObservableColumn, m_tree->iconSize().isValid() ? m_tree->iconSize().width() + 12
                                                                              : style()->pixelMetric(QStyle::PM_SmallIconSize) + 12);
    header->resizeSection(Model::TitleColumn, em * 22);
    header->resizeSection(Model::TypeColumn, em * 16);
    header->resizeSection(Model::InterfaceColumn, em * 15);
    header->resizeSection(Model::FormatColumn, em * 26);
    header->resizeSection(Model::SizeColumn, em * 11);
    header->resizeSection(Model::LastSeenColumn, em * 12);

    connect(m_tree, &QTreeView::activated, this, &DevicePanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateActions();
        const QModelIndex source = m_proxy->mapToSource(current);
        if (source.isValid() && !m_filtering)
            emit resourceSelected(m_model->uri(source), m_model->link(source));
    });
    // A device appears opened to its top level, so its resources show as they answer (UX.md);
    // folders stay closed, to keep a tree of many devices scannable. A device answering again
    // (rediscovery) keeps what the user opened or closed.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid() || m_filtering)
            return;
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const QString uri = m_model->uri(m_proxy->mapToSource(index));
            if (!m_seenDevices.contains(uri)) {
                m_seenDevices.insert(uri);
                m_tree->expand(index);
            } else if (m_knownExpanded.contains(uri)) {
                m_tree->expand(index);
            }
        }
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_filtering && !index.parent().isValid())
            m_knownExpanded.insert(m_model->uri(m_proxy->mapToSource(index)));
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_filtering && !index.parent().isValid())
            m_knownExpanded.remove(m_model->uri(m_proxy->mapToSource(index)));
    });
    // Sorted by name unless the user chose otherwise (setSortOrder(), the Sort menu): the name comes
    // first in the label; devices without one follow, by address. Resources by path.
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->sort(Model::NameColumn, Qt::AscendingOrder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicePanel::updatePlaceholder);
    // Rows can come and go under a filter without the device count changing.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DevicePanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DevicePanel::updatePlaceholder);

    m_placeholderPage = new QWidget(this);
    m_placeholder = new QLabel(m_placeholderPage);
    m_placeholder->setObjectName(QStringLiteral("devicePlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholderAdd = new QPushButton(m_placeholderPage);
    m_placeholderAdd->setAutoDefault(false);
    connect(m_placeholderAdd, &QPushButton::clicked, this, [this] { showAddDeviceDialog(); });
    auto *placeholderLayout = new QVBoxLayout(m_placeholderPage);
    placeholderLayout->setContentsMargins(8, 8, 8, 8);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_placeholderAdd, 0, Qt::AlignLeft);
    placeholderLayout->addStretch(1);

    m_treeStack = new QStackedWidget(this);
    m_treeStack->addWidget(m_tree);
    m_treeStack->addWidget(m_placeholderPage);
}

void DevicePanel::createActions()
{
    // Ctrl+F anywhere in the window filters the tree (UX.md keyboard); the message log takes it
    // back locally while it has the focus.
    m_filterAction = new QAction(this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_filterAction, &QAction::triggered, this, &DevicePanel::focusFilter);
    addAction(m_filterAction);

    // Item actions live on the tree with shortcuts that work while it has the focus; the same
    // objects fill the context menu, so the menu shows the keys.
    const auto treeAction = [this](const QKeySequence &key = {}) {
        auto *action = new QAction(this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_tree->addAction(action);
        }
        return action;
    };
    m_getAction = treeAction();
    m_observeAction = treeAction();
    m_chartAction = treeAction();
    m_copyUriAction = treeAction(QKeySequence::Copy);
    m_copyCommandAction = treeAction();
    m_copyObserveCommandAction = treeAction();
    m_bookmarkAction = treeAction(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bookmarkAction->setCheckable(true);
    m_removeAction = treeAction(QKeySequence::Delete);
    m_rediscoverAction = treeAction();
    m_expandAction = treeAction();
    m_proxyAction = treeAction();
    connect(m_proxyAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            emit deviceProxyRequested(m_model->uri(index));
    });

    connect(m_getAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            emit requestGet(m_model->uri(index));
    });
    connect(m_observeAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            emit requestObserve(m_model->uri(index));
    });
    connect(m_chartAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            emit requestChart(m_model->uri(index));
    });
    connect(m_copyUriAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            copyText(m_model->uri(index));
    });
    connect(m_copyCommandAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (!index.isValid())
            return;
        QString uri = m_model->uri(index);
        // For a device the useful line is its resource list (RFC 6690 §4).
        if (m_model->kind(index) == Model::ItemKind::Device)
            uri = CoapUri::parse(uri).uri.withPath(QStringLiteral("/.well-known/core")).toString();
        copyText(coapClientCommand(uri, false));
    });
    connect(m_copyObserveCommandAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            copyText(coapClientCommand(m_model->uri(index), true));
    });
    connect(m_bookmarkAction, &QAction::triggered, this, [this](bool checked) {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            m_model->setBookmarked(index, checked);
        updateActions();
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (!index.isValid())
            return;
        // A device removed from the tree is not asked again at the next start either.
        QStringList dropped;
        if (m_model->kind(index) == Model::ItemKind::Device && index.data(Model::AddedByHandRole).toBool()) {
            const QString endpoint = index.data(Model::EndpointRole).toString();
            for (const QString &hostPort : std::as_const(m_addedByHand)) {
                const CoapEndpoint known = endpointAddedByHand(hostPort);
                if (!known.isNull() && known.toString() == endpoint)
                    dropped.append(hostPort);
            }
        }
        m_model->removeItem(index);
        if (!dropped.isEmpty()) {
            for (const QString &hostPort : std::as_const(dropped)) {
                m_addedByHand.removeAll(hostPort);
                m_addedByHandEndpoints.remove(hostPort);
            }
            emit devicesAddedByHandChanged();
        }
    });
    connect(m_rediscoverAction, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            rediscover(index);
    });
    connect(m_expandAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid())
            m_tree->expandRecursively(index.siblingAtColumn(0));
    });
    m_expandAllAction = new QAction(this);
    connect(m_expandAllAction, &QAction::triggered, m_tree, &QTreeView::expandAll);
    m_collapseAllAction = new QAction(this);
    connect(m_collapseAllAction, &QAction::triggered, m_tree, &QTreeView::collapseAll);

    // The sort order: one menu for the button beside the filter, the context menu and the
    // Devices menu, so that the check mark is the same everywhere.
    m_sortMenu = new QMenu(this);
    m_sortMenu->setObjectName(QStringLiteral("deviceSortMenu"));
    m_sortGroup = new QActionGroup(this);
    m_sortGroup->setExclusive(true);
    for (const DeviceSortOrder order : {DeviceSortOrder::Name, DeviceSortOrder::Address, DeviceSortOrder::AnswerOrder}) {
        QAction *action = m_sortMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(order));
        action->setChecked(order == m_proxy->sortOrder());
        m_sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, order] { setSortOrder(order); });
    }
    m_sortButton = new QToolButton(this);
    m_sortButton->setObjectName(QStringLiteral("deviceSortButton"));
    MenuButton::setUp(m_sortButton, m_sortMenu);
    m_sortButton->setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Space opens the menu

    m_addedByHandAction = new QAction(this);
    m_addedByHandAction->setObjectName(QStringLiteral("devicesAddedByHandAction"));
    connect(m_addedByHandAction, &QAction::triggered, this, &DevicePanel::showDevicesAddedByHandDialog);
}

QAction *DevicePanel::sortAction(DeviceSortOrder order) const
{
    for (QAction *action : m_sortGroup->actions()) {
        if (action->data().toInt() == int(order))
            return action;
    }
    return nullptr;
}

DeviceSortOrder DevicePanel::sortOrder() const
{
    return m_proxy->sortOrder();
}

void DevicePanel::setSortOrder(DeviceSortOrder order)
{
    if (QAction *action = sortAction(order))
        action->setChecked(true);
    if (order == m_proxy->sortOrder())
        return;
    m_proxy->setSortOrder(order);
    // The row the user is on stays in sight when the devices move.
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
    emit sortOrderChanged(order);
}

void DevicePanel::retranslateSortMenu()
{
    m_sortMenu->setTitle(tr("&Sort devices by"));
    sortAction(DeviceSortOrder::Name)->setText(tr("&Name"));
    sortAction(DeviceSortOrder::Name)->setToolTip(tr("Named devices first, in natural order; the others by address"));
    sortAction(DeviceSortOrder::Address)->setText(tr("&Address"));
    sortAction(DeviceSortOrder::Address)->setToolTip(tr("IPv4 addresses first, then IPv6, then host names"));
    sortAction(DeviceSortOrder::AnswerOrder)->setText(tr("Answer &order"));
    sortAction(DeviceSortOrder::AnswerOrder)->setToolTip(tr("In the order the devices first answered"));
    MenuButton::setText(m_sortButton, tr("Sort"));
    m_sortButton->setToolTip(tr("How the devices are sorted: by name, by address or in answer order"));
    m_sortButton->setAccessibleName(tr("Sort devices by"));
    m_addedByHandAction->setText(tr("Devices added by &hand\u2026"));
    m_addedByHandAction->setToolTip(tr("The devices asked by their address at every start: add, edit or remove them"));
}

QSet<QString> DevicePanel::expandedUris() const
{
    QSet<QString> uris;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                uris.insert(m_model->uri(m_proxy->mapToSource(index)));
                pending.append(index);
            }
        }
    }
    return uris;
}

void DevicePanel::restoreExpanded(const QSet<QString> &uris)
{
    m_tree->collapseAll();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (uris.contains(m_model->uri(m_proxy->mapToSource(index)))) {
                m_tree->expand(index);
                pending.append(index);
            }
        }
    }
}

void DevicePanel::retranslateUi()
{
    m_discoverButton->setToolTip(tr("Ask the local network which CoAP devices are there: GET /.well-known/core to "
                                    "the groups checked below (Ctrl+D)"));
    m_addButton->setText(tr("Add device\u2026"));
    m_addButton->setToolTip(tr("Ask one device by its address, when discovery does not reach it"));
    m_optionsButton->setText(tr("Options"));
    m_optionsButton->setToolTip(tr("What Discover asks (groups, interface, query) and how long it listens"));
    m_placeholderAdd->setText(tr("Add device\u2026"));
    m_groupsLabel->setText(tr("Groups:"));
    m_groupsLabel->setToolTip(tr("All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), "
                                 "ff02::fd (this link), ff05::fd (this site)"));
    m_interfaceLabel->setText(tr("Interface:"));
    m_waitLabel->setText(tr("&Wait:"));
    m_wait->setSuffix(tr(" s"));
    m_wait->setToolTip(tr("How long answers are collected. Devices may wait up to 5 s before they answer a "
                          "group (RFC 7252 §8.2)."));
    m_queryLabel->setText(tr("&Query:"));
    m_query->setPlaceholderText(tr("e.g. rt=temperature"));
    m_query->setToolTip(tr("Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs"));
    m_filter->setPlaceholderText(tr("Filter devices and resources (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter devices and resources"));
    m_tree->setAccessibleName(tr("Devices and their resources"));
    m_interface->setAccessibleName(tr("Interface to discover on"));
    m_groupsBox->setAccessibleName(tr("Multicast groups to ask"));
    m_filter->setToolTip(tr("Matches names, paths, titles, types, interfaces, formats and addresses; "
                            "\u201cobs\u201d finds observable resources"));
    m_filterAction->setText(tr("&Filter devices"));
    m_getAction->setText(tr("&Get"));
    m_getAction->setToolTip(tr("Read the resource now (double-click or Enter does the same)"));
    m_observeAction->setText(tr("&Observe"));
    m_chartAction->setText(tr("C&hart"));
    m_chartAction->setToolTip(tr("Plot the resource’s values in the Charts panel; it is observed if it is not yet"));
    m_copyUriAction->setText(tr("&Copy URI"));
    m_copyCommandAction->setText(tr("Copy as coap-client co&mmand"));
    m_copyObserveCommandAction->setText(tr("Copy as coap-client observe comma&nd"));
    m_bookmarkAction->setText(tr("&Bookmark"));
    m_removeAction->setText(tr("Re&move from list"));
    m_removeAction->setToolTip(tr("Removes it until the device lists it again"));
    m_rediscoverAction->setText(tr("&Refresh resources"));
    m_rediscoverAction->setToolTip(tr("Ask this device again for its resource list"));
    m_expandAction->setText(tr("&Expand this device"));
    m_proxyAction->setText(tr("Forward &proxy…"));
    m_proxyAction->setToolTip(tr("Reach this device through a CoAP forward proxy, or directly"));
    m_expandAllAction->setText(tr("E&xpand all"));
    m_collapseAllAction->setText(tr("Co&llapse all"));
    retranslateSortMenu();
    if (m_model->deviceCount() == 0)
        updatePlaceholder();
    updateRunState();
}

void DevicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool DevicePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter) {
        // Esc clears a filter before the window's Esc (cancel the request) sees it; with an empty
        // filter it goes on to the window as usual.
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
                m_filter->clear();
                return true;
            }
            // Down arrow goes from the filter into the results.
            if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
                m_tree->setFocus();
                if (!m_tree->currentIndex().isValid())
                    m_tree->setCurrentIndex(m_proxy->index(0, 0));
                return true;
            }
        }
    } else if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        fitNameColumn();
    } else if ((watched == m_tree || watched == m_tree->viewport()) && event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex index;
        QPoint globalPos = menuEvent->globalPos();
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            // Menu key or Shift+F10: the current row, with the menu at the row rather than the mouse.
            index = m_tree->currentIndex();
            if (index.isValid())
                globalPos = m_tree->viewport()->mapToGlobal(m_tree->visualRect(index).center());
        } else {
            index = m_tree->indexAt(m_tree->viewport()->mapFromGlobal(menuEvent->globalPos()));
            if (index.isValid())
                m_tree->setCurrentIndex(index);
        }
        showContextMenu(index, globalPos);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// --- Discovery ---------------------------------------------------------------------------------------

void DevicePanel::refreshInterfaces()
{
    const QString chosen = m_interface->currentData().toString();
    const QSignalBlocker blocker(m_interface);
    m_interface->clear();
    const QList<CoapMulticastInterface> usable = CoapInterfaces::usable();
    m_interface->addItem(usable.isEmpty() ? tr("All interfaces (none can send multicast)") : tr("All interfaces"),
                         QString());
    for (const CoapMulticastInterface &iface : usable)
        m_interface->addItem(interfaceItemText(iface), iface.name);
    int index = m_interface->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // A chosen interface that went away stays chosen: discovery then says what is wrong with it.
        m_interface->addItem(tr("%1 (not usable now)").arg(chosen), chosen);
        index = m_interface->count() - 1;
    }
    m_interface->setCurrentIndex(qMax(0, index));
    updateSummaryLine();
}

CoapDiscoveryOptions DevicePanel::discoveryOptions() const
{
    CoapDiscoveryOptions options;
    options.groups.clear();
    for (const QCheckBox *box : m_groupBoxes) {
        if (box->isChecked())
            options.groups.append(QHostAddress(box->property("group").toString()));
    }
    const QString iface = m_interface->currentData().toString();
    if (!iface.isEmpty())
        options.interfaces = {iface};
    options.waitMs = m_wait->value() * 1000;
    options.query = m_query->text().trimmed();
    options.groupEndpoints = m_groupEndpoints;
    return options;
}

void DevicePanel::setDiscoveryOptions(const CoapDiscoveryOptions &options)
{
    m_settingOptions = true;
    for (const QHostAddress &group : options.groups) {
        const bool known = std::any_of(m_groupBoxes.begin(), m_groupBoxes.end(), [&](const QCheckBox *box) {
            return QHostAddress(box->property("group").toString()) == group;
        });
        if (!known) {
            auto *box = new QCheckBox(group.toString(), m_groupsBox);
            box->setProperty("group", group.toString());
            m_groupsBox->layout()->addWidget(box);
            m_groupBoxes.append(box);
            connect(box, &QCheckBox::toggled, this, [this] {
                updateSummaryLine();
                if (!m_settingOptions)
                    emit discoveryOptionsChanged();
            });
        }
    }
    for (QCheckBox *box : std::as_const(m_groupBoxes))
        box->setChecked(options.groups.contains(QHostAddress(box->property("group").toString())));
    const QString iface = options.interfaces.value(0);
    int index = m_interface->findData(iface);
    if (index < 0) {
        m_interface->addItem(tr("%1 (not usable now)").arg(iface), iface);
        index = m_interface->count() - 1;
    }
    m_interface->setCurrentIndex(index);
    m_wait->setValue(qBound(1, int((options.waitMs + 500) / 1000), 120));
    m_query->setText(options.query);
    m_settingOptions = false;
    updateSummaryLine();
}

void DevicePanel::setGroupEndpoints(const QList<CoapEndpoint> &endpoints)
{
    m_groupEndpoints = endpoints;
    updateSummaryLine();
}

void DevicePanel::updateSummaryLine()
{
    const CoapDiscoveryOptions options = discoveryOptions();
    QStringList groups;
    for (const QHostAddress &group : options.groups)
        groups.append(group.toString());
    QStringList asked;
    if (!groups.isEmpty())
        asked.append(tr("%1 on %2").arg(groups.join(QStringLiteral(", ")),
                                        options.interfaces.isEmpty() ? tr("all interfaces") : options.interfaces.constFirst()));
    for (const CoapEndpoint &endpoint : options.groupEndpoints)
        asked.append(endpoint.toString());
    const QString what = asked.isEmpty() ? tr("nothing checked") : asked.join(QStringLiteral(" + "));
    m_summary->setText(tr("Asks %1 for %2 s").arg(what).arg(m_wait->value()));
}

bool DevicePanel::isDiscovering() const
{
    return m_discovery->isRunning();
}

void DevicePanel::toggleDiscovery()
{
    if (m_discovery->isRunning())
        stopDiscovery();
    else
        startDiscovery();
}

void DevicePanel::startDiscovery()
{
    if (m_discovery->isRunning())
        m_discovery->stop();
    const CoapDiscoveryOptions options = discoveryOptions();
    if (options.groups.isEmpty() && options.groupEndpoints.isEmpty()) {
        m_banner->showMessage(tr("No group is checked, so Discover has nobody to ask. Check a group under the "
                                 "discovery options, or use Add device\u2026 to ask a device by its address."),
                              InlineBanner::Kind::Warning);
        return;
    }
    m_banner->clearMessage();
    m_runProblems.clear();
    m_runDevices = 0;
    m_resultLine.clear();
    m_runStarted = QDateTime::currentDateTimeUtc();
    m_discovery->setOptions(options);
    m_progress->setRange(0, options.waitMs);
    m_discovery->start(); // when nothing could be sent, finished() follows from the event loop
    if (m_discovery->isRunning())
        m_countdown->start();
    updateRunState();
    emit discoveryStarted();
}

void DevicePanel::stopDiscovery()
{
    m_discovery->stop(); // finished() arrives before this returns
}

void DevicePanel::updateRunState()
{
    const bool running = m_discovery->isRunning();
    if (running) {
        const qint64 remaining = m_discovery->remainingMs();
        const qint64 seconds = (remaining + 999) / 1000;
        m_discoverButton->setText(tr("Stop (%1 s)").arg(seconds));
        m_discoverButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
        m_status->setText(DiscoveryText::listeningLine(remaining, m_runDevices));
        m_progress->setValue(int(qBound(qint64(0), remaining, qint64(m_progress->maximum()))));
    } else {
        m_countdown->stop();
        m_discoverButton->setText(tr("Discover"));
        m_discoverButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        QStringList lines;
        if (!m_resultLine.isEmpty())
            lines.append(m_resultLine);
        if (!m_hostStatus.isEmpty())
            lines.append(m_hostStatus);
        m_status->setText(lines.join(QLatin1Char('\n')));
    }
    m_status->setVisible(!m_status->text().isEmpty());
    m_progress->setVisible(running);
    m_discoverButton->setAccessibleName(running ? tr("Stop discovery") : tr("Discover devices"));
}

void DevicePanel::onFinished(const CoapDiscoverySummary &summary)
{
    if (!summary.stopped)
        m_model->markUnseenSince(m_runStarted);
    // One sentence per distinct problem; a link-local group asked on many interfaces can fail alike.
    QStringList sentences;
    for (const CoapDiscoveryProblem &problem : summary.problems) {
        if (summary.devices == 0 && DiscoveryText::isInterfaceProblem(summary, problem))
            continue; // noAnswer() says it
        if (problem.error == CoapDiscoveryError::InterfaceNotUsable && !DiscoveryText::isInterfaceProblem(summary, problem))
            continue; // said by the NoUsableInterface sentence
        const QString sentence = DiscoveryText::problem(problem);
        if (!sentence.isEmpty() && !sentences.contains(sentence))
            sentences.append(sentence);
    }
    if (summary.devices == 0) {
        const QString empty = DiscoveryText::noAnswer(summary);
        m_resultLine.clear();
        if (m_model->deviceCount() == 0) {
            setEmptyText((QStringList{empty} + sentences).join(QStringLiteral("\n\n")));
            m_banner->clearMessage();
        } else {
            m_banner->showMessage((QStringList{empty} + sentences).join(QLatin1Char('\n')), InlineBanner::Kind::Warning);
        }
    } else {
        m_resultLine = DiscoveryText::finishedLine(summary);
        if (sentences.isEmpty())
            m_banner->clearMessage();
        else
            m_banner->showMessage(sentences.join(QLatin1Char('\n')), InlineBanner::Kind::Warning);
    }
    updateRunState();
    emit discoveryFinished(summary);
}

// --- Add device… -------------------------------------------------------------------------------------

void DevicePanel::showAddDeviceDialog(const QString &address)
{
    auto *dialog = new AddDeviceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!address.isEmpty())
        dialog->setAddress(address);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addDevice(dialog->host(), dialog->port(), dialog->secure()); });
    dialog->open();
}

void DevicePanel::addDevice(const QString &host, quint16 port, bool secure)
{
    askDevice(host, port, -1, true, secure);
}

QString DevicePanel::addedByHandEntry(const CoapEndpoint &endpoint, bool secure)
{
    return secure ? originEntry(DeviceTreeModel::originOf(endpoint, true)) : endpoint.toString();
}

QString DevicePanel::namedEntry(const CoapUri &origin)
{
    return origin.secure() ? originEntry(origin) : QStringLiteral("%1:%2").arg(origin.host()).arg(origin.port());
}

CoapUri DevicePanel::namedOriginOfEntry(const QString &entry)
{
    if (isSecureEntry(entry)) {
        const CoapUriParseResult parsed = CoapUri::parse(entry);
        return parsed.ok() && !parsed.uri.isIpLiteral() ? parsed.uri : CoapUri();
    }
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? entry.left(colon) : QString();
    if (host.isEmpty() || host.startsWith(QLatin1Char('[')) || host.contains(QLatin1Char(':')) || QHostAddress().setAddress(host))
        return {}; // an address
    const CoapUriParseResult parsed = CoapUri::parse(QStringLiteral("coap://%1").arg(entry));
    return parsed.ok() ? parsed.uri : CoapUri();
}

QString DevicePanel::originEntry(const CoapUri &origin)
{
    QString text = origin.toString(); // "coaps://[fe80::1%25eth0]:5684/"
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

void DevicePanel::askDevice(const QString &host, quint16 port, qsizetype listPosition, bool remember, bool secure)
{
    const Model::Source source = remember ? Model::AddedByHand : Model::Discovered;
    QHostAddress address;
    const QString bare = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) ? host.mid(1, host.size() - 2) : host;
    const bool literal = address.setAddress(bare);
    const CoapEndpoint endpoint(address, port);
    // A coaps device by host name, and a device by host name behind a forward proxy (which
    // resolves the name), are listed under their name: requests from the tree carry the name, and
    // with it the credentials, certificate name or proxy that belong to it.
    CoapUri named;
    if (!literal) {
        const CoapUriParseResult parsed = CoapUri::parse(
                QStringLiteral("%1://%2:%3").arg(secure ? QStringLiteral("coaps") : QStringLiteral("coap"), host).arg(port));
        if (!parsed.ok() && secure) {
            m_banner->showMessage(ErrorText::uriError(parsed.error, parsed.errorPosition, host), InlineBanner::Kind::Error);
            return;
        }
        if (parsed.ok() && (secure || (m_routing.needed && m_routing.needed(parsed.uri))))
            named = parsed.uri;
    }
    const QString shown = literal ? endpoint.toString() : QStringLiteral("%1:%2").arg(host).arg(port);
    if (literal || named.isValid()) {
        // Listed at once (dimmed until it answers), so the click visibly did something.
        const QModelIndex index = literal ? m_model->addEndpoint(endpoint, source, secure) : m_model->addOrigin(named, source);
        const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
        if (proxyIndex.isValid()) {
            m_tree->setCurrentIndex(proxyIndex);
            m_tree->scrollTo(proxyIndex);
        }
    }
    const QString remembered = literal ? addedByHandEntry(endpoint, secure)
            : named.isValid()          ? namedEntry(named)
                                       : QStringLiteral("%1:%2").arg(host).arg(port);
    if (remember && !m_addedByHand.contains(remembered)) {
        if (listPosition < 0 || listPosition > m_addedByHand.size())
            m_addedByHand.append(remembered);
        else
            m_addedByHand.insert(listPosition, remembered);
        emit devicesAddedByHandChanged();
    }
    // Through a forward proxy when the settings say so (a name is resolved by the proxy).
    const CoapUri origin = literal ? DeviceTreeModel::originOf(endpoint, secure) : named;
    // A coaps device over DTLS with its credentials, as the window sends (plain discovery speaks
    // no DTLS); askRouted() says so when it cannot.
    if (secure || (origin.isValid() && m_routing.needed && m_routing.needed(origin))) {
        if (askRouted(origin, remember))
            return;
    }

    // A run of its own, so that asking one host does not cut a multicast discovery short.
    auto *run = new CoapDiscovery(this);
    CoapDiscoveryOptions options;
    options.waitMs = qMax(m_wait->value() * 1000, 5000); // CON with retransmissions needs a few seconds
    run->setOptions(options);
    m_hostRuns.append(run);
    m_hostStatus = tr("Asking %1 for its resources\u2026").arg(shown);
    updateRunState();

    const auto found = [this, remembered, remember, source](const CoapDevice &device) {
        // Taken off the list while it was being asked: its answer is not wanted any more.
        if (remember && !m_addedByHand.contains(remembered))
            return;
        if (remember)
            m_addedByHandEndpoints.insert(remembered, device.endpoint);
        const QModelIndex index = m_model->addDevice(device, source);
        const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
        if (proxyIndex.isValid()) {
            m_tree->expandRecursively(proxyIndex);
            if (!m_tree->currentIndex().isValid() || m_proxy->mapToSource(m_tree->currentIndex()) == index)
                m_tree->setCurrentIndex(proxyIndex);
            m_tree->scrollTo(proxyIndex);
        }
    };
    connect(run, &CoapDiscovery::deviceFound, this, found);
    connect(run, &CoapDiscovery::deviceUpdated, this, found);
    connect(run, &CoapDiscovery::errorOccurred, this, [this, remembered, remember](const CoapDiscoveryProblem &problem) {
        if (!remember || m_addedByHand.contains(remembered))
            onHostProblem(problem, remember);
    });
    connect(run, &CoapDiscovery::datagramEvent, this, &DevicePanel::datagramEvent);
    connect(run, &CoapDiscovery::finished, this, [this, run, shown](const CoapDiscoverySummary &summary) {
        m_hostRuns.removeAll(run);
        run->deleteLater();
        m_hostStatus = summary.devices > 0 ? tr("%1 listed its resources.").arg(shown) : QString();
        updateRunState();
    });
    if (!run->discoverHost(host, port))
        m_hostStatus.clear(); // errorOccurred() has said why; finished() follows
}

CoapEndpoint DevicePanel::endpointAddedByHand(const QString &hostPort) const
{
    if (const auto it = m_addedByHandEndpoints.constFind(hostPort); it != m_addedByHandEndpoints.constEnd())
        return *it;
    if (isSecureEntry(hostPort)) {
        const CoapUriParseResult parsed = CoapUri::parse(hostPort);
        return parsed.ok() && parsed.uri.isIpLiteral() ? parsed.uri.endpoint() : CoapEndpoint();
    }
    // "10.0.0.5:5683", "[fe80::1%eth0]:5683": an address literal is its own endpoint.
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const quint16 port = hostPort.mid(colon + 1).toUShort(&ok);
    QHostAddress address;
    if (!ok || port == 0 || !address.setAddress(host))
        return {};
    return CoapEndpoint(address, port);
}

bool DevicePanel::removeDeviceAddedByHand(const QString &hostPort)
{
    const qsizetype at = m_addedByHand.indexOf(hostPort);
    if (at < 0)
        return false;
    const CoapEndpoint endpoint = endpointAddedByHand(hostPort);
    m_addedByHand.removeAt(at);
    m_addedByHandEndpoints.remove(hostPort);
    const bool secure = isSecureEntry(hostPort);
    // Listed under its name (coaps, or behind a proxy), or else under its address.
    const CoapUri named = namedOriginOfEntry(hostPort);
    const QModelIndex byName = named.isValid() ? m_model->indexForUri(named.toString()) : QModelIndex();
    if (byName.isValid())
        m_model->removeItem(byName);
    else if (!endpoint.isNull())
        m_model->removeDevice(endpoint, secure);
    emit devicesAddedByHandChanged();
    return true;
}

bool DevicePanel::replaceDeviceAddedByHand(const QString &oldHostPort, const QString &host, quint16 port, bool secure)
{
    const qsizetype at = m_addedByHand.indexOf(oldHostPort);
    if (at < 0)
        return false;
    const CoapEndpoint oldEndpoint = endpointAddedByHand(oldHostPort);
    m_addedByHand.removeAt(at);
    m_addedByHandEndpoints.remove(oldHostPort);
    if (!oldEndpoint.isNull())
        m_model->removeDevice(oldEndpoint, isSecureEntry(oldHostPort));
    const qsizetype before = m_addedByHand.size();
    // The new entry takes the old one's place: the list is the user's, in the user's order.
    askDevice(host, port, at, true, secure);
    if (m_addedByHand.size() == before) // it was listed already; only the old entry went
        emit devicesAddedByHandChanged();
    return true;
}

void DevicePanel::showDevicesAddedByHandDialog()
{
    // One at a time: a second click brings the open one forward.
    if (auto *open = findChild<AddedDevicesDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AddedDevicesDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DevicePanel::onHostProblem(const CoapDiscoveryProblem &problem, bool addedByHand)
{
    // A device that does not list its resources may still serve requests: keep it in the list.
    if ((problem.error == CoapDiscoveryError::NoResponse || problem.error == CoapDiscoveryError::ErrorResponse)
        && !problem.endpoint.isNull())
        m_model->addEndpoint(problem.endpoint, addedByHand ? Model::AddedByHand : Model::Discovered);
    m_banner->showMessage(DiscoveryText::problem(problem), problem.error == CoapDiscoveryError::NoResponse
                                                                   ? InlineBanner::Kind::Warning
                                                                   : InlineBanner::Kind::Error);
}

void DevicePanel::rediscover(const QModelIndex &sourceIndex)
{
    const std::optional<CoapDevice> device = m_model->device(sourceIndex);
    const QModelIndex deviceIndex = [&] {
        QModelIndex index = sourceIndex;
        while (index.parent().isValid())
            index = index.parent();
        return index;
    }();
    const CoapUriParseResult origin = CoapUri::parse(m_model->uri(deviceIndex));
    if (!origin.ok())
        return;
    if (origin.uri.secure() || (m_routing.needed && m_routing.needed(origin.uri))) {
        // coaps, or a forward proxy: as the window sends requests (a host name behind a proxy
        // is resolved by the proxy).
        if (askRouted(origin.uri, deviceIndex.data(Model::AddedByHandRole).toBool()))
            return;
    }
    const QString host = origin.uri.zoneId().isEmpty() ? origin.uri.host()
                                                       : QStringLiteral("%1%%2").arg(origin.uri.host(), origin.uri.zoneId());
    if (deviceIndex.data(Model::AddedByHandRole).toBool()) {
        // Asked again as the user typed it (a host name stays a host name in the list).
        const QString endpoint = deviceIndex.data(Model::EndpointRole).toString();
        for (const QString &hostPort : std::as_const(m_addedByHand)) {
            const CoapEndpoint known = endpointAddedByHand(hostPort);
            const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
            if (!known.isNull() && known.toString() == endpoint && colon > 0) {
                askDevice(hostPort.left(colon), hostPort.mid(colon + 1).toUShort(), -1, true);
                return;
            }
        }
    }
    // Asking again does not make a discovered device one added by hand (the list of those is the
    // user's).
    askDevice(host, device ? device->endpoint.port() : origin.uri.port(), -1,
              deviceIndex.data(Model::AddedByHandRole).toBool());
}

bool DevicePanel::askRouted(const CoapUri &origin, bool addedByHand, const CoapEndpoint &resolved,
                            const QList<QHostAddress> &nextAddresses)
{
    const bool proxied = m_routing.needed && m_routing.needed(origin);
    if (!m_routing.send || (!origin.isIpLiteral() && !origin.secure() && !proxied)) {
        if (!origin.secure())
            return false; // the caller asks it over plain CoAP
        // Plain discovery speaks no DTLS: a coaps device is asked this way or not at all.
        m_banner->showMessage(tr("%1 cannot be asked for its resources here: a coaps device is asked over "
                                 "DTLS, by its address.").arg(origin.authority()),
                              InlineBanner::Kind::Error);
        return true;
    }
    if (!origin.isIpLiteral() && resolved.isNull() && !proxied) {
        // A coaps device by host name: the name is looked up here, so that a name that does not
        // resolve is said in words at once, and the DTLS session is with the address it leads to.
        // (Behind a proxy, the proxy resolves it.)
        const QString entry = originEntry(origin);
        m_hostStatus = tr("Looking up %1…").arg(origin.host());
        updateRunState();
        QHostInfo::lookupHost(origin.host(), this, [this, origin, addedByHand, entry](const QHostInfo &info) {
            m_hostStatus.clear();
            // Taken off the devices added by hand meanwhile: not wanted any more.
            if (addedByHand && !m_addedByHand.contains(entry)) {
                updateRunState();
                return;
            }
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                m_banner->showMessage(tr("The host name %1 could not be resolved; check its spelling, or add "
                                         "the device by its address.").arg(origin.host()),
                                      InlineBanner::Kind::Error);
                updateRunState();
                return;
            }
            // The first address, as the engine takes for a request to a name, and the next ones
            // in turn while nothing listens at one (at most as many as the engine asks).
            const QList<QHostAddress> addresses = info.addresses().mid(0, CoapClient::kMaxAddressesTried);
            askRouted(origin, addedByHand, CoapEndpoint(addresses.constFirst(), origin.port()), addresses.mid(1));
        });
        return true;
    }
    const CoapUriParseResult target = CoapUri::parse(
            QStringLiteral("%1://%2/.well-known/core").arg(origin.scheme(), origin.authority()));
    QString problem;
    CoapReply *reply = target.ok() ? m_routing.send(target.uri, resolved, &problem) : nullptr;
    const QString shown = origin.authority();
    if (!reply) {
        m_banner->showMessage(problem.isEmpty() ? tr("%1 could not be asked for its resources.").arg(shown) : problem,
                              InlineBanner::Kind::Error);
        return true;
    }
    m_routedAsks.append(reply);
    m_hostStatus = tr("Asking %1 for its resources\u2026").arg(shown);
    updateRunState();
    const CoapEndpoint endpoint = resolved.isNull() ? origin.endpoint() : resolved;
    const bool secure = origin.secure();
    const bool byName = !origin.isIpLiteral();
    const QString entry = byName ? namedEntry(origin) : addedByHandEntry(endpoint, secure);
    const Model::Source source = addedByHand ? Model::AddedByHand : Model::Discovered;
    connect(reply, &CoapReply::finished, this, [this, reply, endpoint, secure, source, shown, origin, byName, entry,
                                                addedByHand, nextAddresses] {
        m_routedAsks.removeAll(reply);
        reply->deleteLater();
        m_hostStatus.clear();
        // Taken off the devices added by hand while it was being asked: its answer is not wanted.
        if (source == Model::AddedByHand && !m_addedByHand.contains(entry)) {
            updateRunState();
            return;
        }
        const CoapMessage &response = reply->response();
        if (reply->error() == CoapError::None && reply->hasResponse() && CoapCode::isSuccess(response.code())) {
            CoapDevice device = CoapDevice::fromLinkFormat(response.payload());
            device.endpoint = endpoint;
            device.contentFormat = response.contentFormat().value_or(-1);
            device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
            if (!endpoint.isNull()) // a name behind a proxy: the proxy alone knows where it led
                device.via = {endpoint};
            if (byName && source == Model::AddedByHand && !endpoint.isNull())
                m_addedByHandEndpoints.insert(entry, endpoint);
            const QModelIndex index = byName ? m_model->addDevice(device, origin, source) : m_model->addDevice(device, source, secure);
            const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
            if (proxyIndex.isValid())
                m_tree->expandRecursively(proxyIndex);
            m_hostStatus = tr("%1 listed its resources.").arg(shown);
            m_banner->clearMessage();
        } else if (reply->hasResponse()) {
            // Through a proxy, 5.02/5.04/5.05 name it (the answer came from the proxy, not the device).
            const CoapUri target = coapProxyTarget(reply->request());
            const QString viaProxy = target.isValid()
                    ? ErrorText::proxyResponseSentence(response.code(), reply->responder().toString(), target.toString())
                    : QString();
            m_banner->showMessage(!viaProxy.isEmpty() ? viaProxy
                                                      : ErrorText::responseSentence(response.code(), QStringLiteral("/.well-known/core")),
                                  InlineBanner::Kind::Error);
        } else if (reply->error() == CoapError::PortUnreachable && !nextAddresses.isEmpty()) {
            // Nothing listens at this address of the name (say its IPv6 one, while the device's
            // coaps service listens on IPv4 only): its next address, as the engine does for a
            // request to a name.
            askRouted(origin, addedByHand, CoapEndpoint(nextAddresses.constFirst(), origin.port()), nextAddresses.mid(1));
            return;
        } else if (reply->error() != CoapError::Cancelled) {
            ExchangeErrorContext context;
            context.peer = shown;
            context.path = QStringLiteral("/.well-known/core");
            context.retransmissions = reply->retransmissions();
            context.violation = reply->violation();
            m_banner->showMessage(ErrorText::exchangeError(reply->error(), context), InlineBanner::Kind::Error);
        }
        updateRunState();
    });
    return true;
}

void DevicePanel::showDeviceProblem(const QString &sentence)
{
    m_banner->showMessage(sentence, InlineBanner::Kind::Error);
}

// --- The tree ----------------------------------------------------------------------------------------

int DevicePanel::deviceCount() const
{
    return m_model->deviceCount();
}

QStringList DevicePanel::bookmarks() const
{
    return m_model->bookmarks();
}

void DevicePanel::setBookmarks(const QStringList &uris)
{
    m_model->setBookmarks(uris);
}

void DevicePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QModelIndex DevicePanel::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(Model::NameColumn);
}

void DevicePanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex).siblingAtColumn(Model::NameColumn);
    // Reading a value is one double-click (UX.md); devices and folders open and close instead.
    if (index.isValid() && m_model->kind(index) == Model::ItemKind::Resource)
        emit requestGet(m_model->uri(index));
}

void DevicePanel::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    const bool valid = index.isValid();
    const Model::ItemKind kind = valid ? m_model->kind(index) : Model::ItemKind::Folder;
    const bool device = valid && kind == Model::ItemKind::Device;
    const bool observable = valid && index.data(Model::ObservableRole).toBool();
    const bool external = valid && !m_model->uri(index).startsWith(QLatin1String("coap"));
    m_getAction->setEnabled(valid && !device && !external);
    m_observeAction->setEnabled(valid && !device && !external);
    m_chartAction->setEnabled(valid && !device && !external);
    m_observeAction->setToolTip(observable ? tr("Watch the resource: every change is shown (RFC 7641)")
                                           : tr("The device does not list this resource as observable; it may "
                                                "answer once only"));
    m_copyUriAction->setEnabled(valid);
    m_copyCommandAction->setEnabled(valid && !external);
    m_copyObserveCommandAction->setEnabled(valid && !device && !external);
    m_bookmarkAction->setEnabled(valid && !device && !external);
    m_bookmarkAction->setChecked(valid && m_model->isBookmarked(index));
    m_removeAction->setEnabled(valid);
    m_rediscoverAction->setEnabled(valid);
}

void DevicePanel::showContextMenu(const QModelIndex &proxyIndex, const QPoint &globalPos)
{
    if (!proxyIndex.isValid()) {
        // Below the rows: what concerns the whole list.
        QMenu menu(this);
        menu.addMenu(m_sortMenu);
        menu.addAction(m_expandAllAction);
        menu.addAction(m_collapseAllAction);
        menu.addSeparator();
        menu.addAction(m_addedByHandAction);
        menu.exec(globalPos);
        return;
    }
    updateActions();
    const QModelIndex index = m_proxy->mapToSource(proxyIndex).siblingAtColumn(Model::NameColumn);
    const Model::ItemKind kind = m_model->kind(index);
    QMenu menu(this);
    if (kind == Model::ItemKind::Device) {
        menu.addAction(m_rediscoverAction);
        menu.addAction(m_expandAction);
        menu.addAction(m_expandAllAction);
        menu.addAction(m_collapseAllAction);
        menu.addMenu(m_sortMenu);
        menu.addSeparator();
        menu.addAction(m_copyUriAction);
        menu.addAction(m_copyCommandAction);
        menu.addSeparator();
        menu.addAction(m_proxyAction);
        menu.addAction(m_removeAction);
        menu.addAction(m_addedByHandAction);
    } else {
        menu.addAction(m_getAction);
        menu.addAction(m_observeAction);
        menu.addAction(m_chartAction);
        menu.setDefaultAction(kind == Model::ItemKind::Resource ? m_getAction : nullptr);
        menu.addSeparator();
        menu.addAction(m_copyUriAction);
        menu.addAction(m_copyCommandAction);
        if (index.data(Model::ObservableRole).toBool())
            menu.addAction(m_copyObserveCommandAction);
        menu.addSeparator();
        menu.addAction(m_bookmarkAction);
        menu.addAction(m_removeAction);
    }
    menu.exec(globalPos);
}

void DevicePanel::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString DevicePanel::coapClientCommand(const QString &uri, bool observe)
{
    // libcoap's client, which technicians have on their laptops and in bug reports:
    // -m method, -s seconds to stay subscribed (Observe, RFC 7641).
    QStringList parts{QStringLiteral("coap-client"), QStringLiteral("-m"), QStringLiteral("get")};
    if (observe)
        parts << QStringLiteral("-s") << QString::number(kCoapClientObserveSeconds);
    parts << shellQuoted(uri);
    return parts.join(QLatin1Char(' '));
}

void DevicePanel::fitNameColumn()
{
    // In a narrow dock the name ("10.0.0.5:5683 — Boiler", "temp") is what must be readable, so
    // it takes the width beside the observe mark; in a wide one it stops growing and the other
    // columns show. Once the user drags the column, their width stays.
    if (m_userSizedName)
        return;
    QHeaderView *header = m_tree->header();
    const int em = fontMetrics().averageCharWidth();
    const int available = m_tree->viewport()->width() - header->sectionSize(Model::ObservableColumn);
    m_sizingName = true;
    header->resizeSection(Model::NameColumn, qMax(em * 24, qMin(available, em * 54)));
    m_sizingName = false;
}

void DevicePanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updatePlaceholder();
}

void DevicePanel::updatePlaceholder()
{
    QString text;
    if (m_model->rowCount() == 0) {
        text = m_emptyText.isEmpty() ? tr("No devices yet.\n\nPress Discover (Ctrl+D) to ask the local network, or "
                                          "Add device\u2026 to enter an address.")
                                     : m_emptyText;
        m_placeholderAdd->setVisible(true);
    } else if (m_proxy->rowCount() == 0) {
        text = tr("Nothing matches \u201c%1\u201d. Press Esc in the filter box to see all devices.")
                       .arg(m_filter->text().trimmed());
        m_placeholderAdd->setVisible(false);
    }
    m_placeholder->setText(text);
    m_treeStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_tree) : m_placeholderPage);
    // Once a device is listed the empty-state sentence is history.
    if (m_model->rowCount() > 0)
        m_emptyText.clear();
}

QString DevicePanel::statusText() const
{
    return m_status->text();
}

QString DevicePanel::messageText() const
{
    QStringList texts;
    if (m_banner->isVisibleTo(const_cast<DevicePanel *>(this)))
        texts.append(m_banner->text());
    if (m_treeStack->currentWidget() == m_placeholderPage)
        texts.append(m_placeholder->text());
    return texts.join(QLatin1Char('\n'));
}

#pragma once

#include "coapdiscovery.h"
#include "coapuri.h"
#include "corelinkformat.h"
#include "devicesortfilterproxy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class AddDeviceDialog;
class CoapReply;
class DeviceTreeModel;
class InlineBanner;
class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

// The "Devices" dock (UX.md "Find devices"): a discovery bar (groups, interface, wait time, filter
// query, Discover/Stop with the time it still listens, Add device…), the empty and error states,
// a filter box (Ctrl+F) with the Sort menu beside it, and the device tree. Devices appear one by
// one as they answer.
//
// It does not send requests itself: a double-click or the context menu emits requestGet() /
// requestObserve() and the main window sends them through its client, so that every exchange
// shows in one place.
class DevicePanel : public QWidget
{
    Q_OBJECT
public:
    QAction *chartAction() const { return m_chartAction; }
    QAction *expandAllAction() const { return m_expandAllAction; }
    QAction *collapseAllAction() const { return m_collapseAllAction; }
    // "Sort devices by": name, address or answer order (checkable, exclusive); for the Devices menu.
    QMenu *sortMenu() const { return m_sortMenu; }
    QAction *sortAction(DeviceSortOrder order) const;
    // Opens "Devices added by hand…"; for the Devices menu.
    QAction *devicesAddedByHandAction() const { return m_addedByHandAction; }
    QToolButton *sortButton() const { return m_sortButton; }
    explicit DevicePanel(QWidget *parent = nullptr);
    ~DevicePanel() override;

    CoapDiscovery *discovery() const { return m_discovery; }
    DeviceTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *treeView() const { return m_tree; }
    int deviceCount() const;

    // Demo mode: endpoints that behave like a group (the simulated fleet's loopback endpoint).
    // Discover asks them as well as the multicast groups checked in the bar.
    void setGroupEndpoints(const QList<CoapEndpoint> &endpoints);
    QList<CoapEndpoint> groupEndpoints() const { return m_groupEndpoints; }

    // What the bar says (groups, interface, wait, query) plus the group endpoints; and the other
    // way round, for the saved discovery settings. Unknown groups get a check box of their own.
    CoapDiscoveryOptions discoveryOptions() const;
    void setDiscoveryOptions(const CoapDiscoveryOptions &options);

    // Bookmarked resource URIs; the main window persists them.
    QStringList bookmarks() const;
    void setBookmarks(const QStringList &uris);

    bool isDiscovering() const;
    // The state line and the banner, for tests and the status bar.
    QString statusText() const;
    QString messageText() const; // empty while no empty or error state is shown

    // "coap-client -m get coap://10.0.0.5/sensors/temp" (with "-s 60" to observe), shell-quoted
    // where needed: what "Copy as coap-client Command" puts on the clipboard.
    static QString coapClientCommand(const QString &uri, bool observe);

    QAction *filterAction() const { return m_filterAction; } // Ctrl+F: for the Edit menu
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *discoverButton() const { return m_discoverButton; }
    QPushButton *addDeviceButton() const { return m_addButton; }

    // Devices that plain discovery cannot reach: a coaps device (DTLS with its credentials) or one
    // that the settings send through a forward proxy. `needed` says whether a device's origin
    // ("coaps://10.0.0.5:5684") is one of them; `send` sends GET /.well-known/core to the given
    // URI as the window sends requests and returns the reply, or nullptr with *problem in words.
    // Refresh resources and Add device… ask such devices this way. Without it (the default),
    // every device is asked over plain CoAP, directly.
    struct ResourceRouting
    {
        std::function<bool(const CoapUri &origin)> needed;
        // resolved: where the host name of wellKnownCore led (a coaps device added by name, looked
        // up by the panel); null for an address.
        std::function<CoapReply *(const CoapUri &wellKnownCore, const CoapEndpoint &resolved, QString *problem)> send;
    };
    void setResourceRouting(ResourceRouting routing) { m_routing = std::move(routing); }
    // Refresh resources on an item of the tree (its device is asked again), as the context menu does.
    void refreshResources(const QModelIndex &sourceIndex) { rediscover(sourceIndex); }
    // Shows a problem of a device in the panel's banner (an error in words), e.g. a failed handshake.
    void showDeviceProblem(const QString &sentence);

public Q_SLOTS:
    // Discover as the bar says; stops a run in progress first.
    void startDiscovery();
    void stopDiscovery();
    // Discover when idle, stop when running (the Discover/Stop button, Ctrl+D).
    void toggleDiscovery();
    // Opens "Add device…" (prefilled with address) and asks that host.
    void showAddDeviceDialog(const QString &address = {});
    // Asks one host directly (GET /.well-known/core); it is listed even when it does not answer,
    // so that it can still be sent requests, and remembered in devicesAddedByHand(). secure: a
    // coaps device (an address), asked over DTLS through the resource routing.
    void addDevice(const QString &host, quint16 port = 5683, bool secure = false);
    // The devices added by hand ("host:port" as given, "coaps://address:port" for a coaps device),
    // remembered across restarts by the owner.
    QStringList devicesAddedByHand() const { return m_addedByHand; }
    // An entry of that list for a coaps device ("coaps://10.0.0.5:5684"), asked over DTLS.
    static bool isSecureEntry(const QString &entry) { return entry.startsWith(QLatin1String("coaps://")); }
    // Takes one off that list and the device out of the tree (a discovery may find it again).
    bool removeDeviceAddedByHand(const QString &hostPort);
    // Puts host:port in the place of oldHostPort in that list, and asks it in place of the old one.
    bool replaceDeviceAddedByHand(const QString &oldHostPort, const QString &host, quint16 port, bool secure = false);
    // The list of them, to add, edit and remove ("Devices added by hand…").
    void showDevicesAddedByHandDialog();

    DeviceSortOrder sortOrder() const;
    void setSortOrder(DeviceSortOrder order); // applied at once; emits sortOrderChanged() when it changes
    void focusFilter();

Q_SIGNALS:
    void requestGet(const QString &uri);
    void requestObserve(const QString &uri);
    void requestChart(const QString &uri); // right-click → Chart (UX.md task 4)
    // Right-click on a device → Forward proxy…: the device's root URI ("coap://10.0.0.5:5683/").
    void deviceProxyRequested(const QString &deviceUri);
    void devicesAddedByHandChanged();
    void sortOrderChanged(DeviceSortOrder order);
    // The current item changed: its URI and, for a listed resource, its link (for the content
    // format the composer offers).
    void resourceSelected(const QString &uri, const CoreLink &link);
    void datagramEvent(const CoapDatagramEvent &event, const QString &interfaceName);
    void deviceCountChanged(int devices);
    void bookmarksChanged();
    void discoveryOptionsChanged();
    void discoveryStarted();
    void discoveryFinished(const CoapDiscoverySummary &summary);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createBar();
    void createTree();
    void createActions();
    void retranslateUi();
    void refreshInterfaces();
    void updateRunState();
    void updateSummaryLine();
    void onFinished(const CoapDiscoverySummary &summary);
    void onHostProblem(const CoapDiscoveryProblem &problem, bool addedByHand);
    void showContextMenu(const QModelIndex &proxyIndex, const QPoint &globalPos);
    void updateActions();
    void setEmptyText(const QString &text);
    void activate(const QModelIndex &proxyIndex);
    QModelIndex currentSourceIndex() const;
    void copyText(const QString &text);
    void rediscover(const QModelIndex &sourceIndex);
    // Asks origin's /.well-known/core through m_routing: a coaps device (a host name is looked up
    // first, into resolved), or a device behind a forward proxy (which resolves a name itself).
    // False when that is not for it (no routing, or a plain host name without a proxy): the
    // caller asks over plain CoAP; a coaps device is then refused in the banner here, and true
    // returned. nextAddresses: the name's other addresses, asked in turn while one answers "port
    // unreachable".
    bool askRouted(const CoapUri &origin, bool addedByHand, const CoapEndpoint &resolved = {},
                   const QList<QHostAddress> &nextAddresses = {});
    // "coaps://boiler.local:5684", "coaps://[fe80::1%25eth0]:5684": a coaps device's entry in the
    // devices added by hand (its origin without the "/").
    static QString originEntry(const CoapUri &origin);
    // The entry of a device listed under its name: "coaps://boiler.local" or "boiler.local:5683"
    // (behind a proxy); and back, the named origin of an entry (invalid for an address).
    static QString namedEntry(const CoapUri &origin);
    static CoapUri namedOriginOfEntry(const QString &entry);
    void updatePlaceholder();
    void fitNameColumn();

    CoapDiscovery *m_discovery;
    DeviceTreeModel *m_model;
    DeviceSortFilterProxy *m_proxy;
    QList<CoapEndpoint> m_groupEndpoints;
    QList<CoapDiscoveryProblem> m_runProblems;
    QDateTime m_runStarted;
    int m_runDevices = 0;
    QList<QPointer<CoapDiscovery>> m_hostRuns; // one per Add device…, deleted when it finishes
    ResourceRouting m_routing;
    QList<QPointer<CoapReply>> m_routedAsks; // GET /.well-known/core sent through the window

    QPushButton *m_discoverButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QToolButton *m_optionsButton = nullptr;
    QLabel *m_summary = nullptr;
    QFrame *m_options = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QList<QCheckBox *> m_groupBoxes;
    QWidget *m_groupsBox = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;
    QLabel *m_waitLabel = nullptr;
    QSpinBox *m_wait = nullptr;
    QLabel *m_queryLabel = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    InlineBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholder = nullptr;
    QPushButton *m_placeholderAdd = nullptr;
    QString m_emptyText;       // the empty state's sentence; the default one when empty
    QString m_resultLine;      // what the last run found
    QString m_hostStatus;      // "Asking 10.0.0.5:5683 …" while Add device… runs
    bool m_settingOptions = false;
    bool m_userSizedName = false;   // the Name column follows the dock width until dragged
    bool m_sizingName = false;
    QSet<QString> expandedUris() const;
    void restoreExpanded(const QSet<QString> &uris);
    QTimer *m_countdown = nullptr;

    QAction *m_filterAction = nullptr;
    QAction *m_getAction = nullptr;
    QAction *m_observeAction = nullptr;
    QAction *m_chartAction = nullptr;
    QAction *m_copyUriAction = nullptr;
    QAction *m_copyCommandAction = nullptr;
    QAction *m_copyObserveCommandAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_rediscoverAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_proxyAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QStringList m_addedByHand;
    QHash<QString, CoapEndpoint> m_addedByHandEndpoints; // host names: where the answer came from
    QMenu *m_sortMenu = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    QToolButton *m_sortButton = nullptr;
    QAction *m_addedByHandAction = nullptr;
    CoapEndpoint endpointAddedByHand(const QString &hostPort) const;
    // The list's entry for a device added by its address: "10.0.0.5:5683", "coaps://10.0.0.5:5684".
    static QString addedByHandEntry(const CoapEndpoint &endpoint, bool secure);
    void retranslateSortMenu();
    // Add device… and the list's Edit: asks host:port and puts it at listPosition of the list
    // (appended when -1) unless it is there already.
    // remember: false for Refresh resources of a discovered device. secure: a coaps device.
    void askDevice(const QString &host, quint16 port, qsizetype listPosition, bool remember, bool secure = false);
    QAction *m_collapseAllAction = nullptr;
    bool m_filtering = false;            // the filter is being applied: selection changes are not the user's
    QSet<QString> m_expandedBeforeFilter; // restored when the filter is cleared
    QSet<QString> m_seenDevices;          // devices shown before: a rediscovery keeps their expansion
    QSet<QString> m_knownExpanded;        // devices the user left open
};

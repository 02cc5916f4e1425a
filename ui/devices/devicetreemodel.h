#pragma once

#include "coapdiscovery.h"
#include "coapuri.h"
#include "corelinkformat.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIcon>
#include <QMetaType>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class DeviceTreeItem;

// The device tree (UX.md "Find devices"): devices at the top level, each with the path hierarchy of
// the resources it lists in /.well-known/core (RFC 6690) below it. A QAbstractItemModel over its own
// item class, as qBittorrent's transfer-content model does.
//
// Updates merge rather than reset: a device that answers again only has the rows that changed
// inserted, removed or marked changed, so the view keeps its selection, expansion and scroll
// position while answers arrive.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,       // "10.0.0.5:5683 — Boiler", "sensors", "temp"
        ObservableColumn, // an eye when the resource can be observed (RFC 7641 §6 "obs")
        TitleColumn,      // title (RFC 6690 §3.1; title* decoded)
        TypeColumn,       // rt
        InterfaceColumn,  // if
        FormatColumn,     // ct as media type names
        SizeColumn,       // sz
        LastSeenColumn,   // devices: when they last answered
        ColumnCount
    };
    enum Role {
        UriRole = Qt::UserRole + 1, // QString: coap://10.0.0.5/sensors/temp (the device's root for a device)
        KindRole,                   // int ItemKind
        PathRole,                   // QString: "/sensors/temp", percent-encoded as on the wire; "/" for a device
        LinkRole,                   // CoreLink (empty when the item is not listed by the device)
        HasLinkRole,                // bool: the device lists this path itself
        ObservableRole,             // bool
        EndpointRole,               // QString: the device's endpoint, "10.0.0.5:5683"; empty for host names
        LastSeenRole,               // QDateTime (UTC) of the device; invalid when it never answered
        BookmarkedRole,             // bool
        StaleRole,                  // bool: a device that did not answer the last discovery
        SearchTextRole,             // QString: everything the filter box matches against
        DeviceNameRole,             // QString: the device's name when known
        AddedByHandRole,            // bool: a device row the user added by hand
        FirstSeenRole,              // QDateTime (UTC): when the device first answered; invalid when it never did
        AddressKeyRole,             // QByteArray: the device's address as a sort key (IPv4, IPv6, then host names)
    };
    enum class ItemKind : quint8 { Device, Folder, Resource };
    // Why a device is in the list; it stays while any reason remains.
    enum Source : quint8 {
        Discovered = 0x1,  // answered a discovery
        AddedByHand = 0x2, // Add device…
        Bookmarked = 0x4,  // one of its resources is bookmarked
    };
    Q_DECLARE_FLAGS(Sources, Source)

    explicit DeviceTreeModel(QObject *parent = nullptr);
    ~DeviceTreeModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QStringList mimeTypes() const override;

    // Adds the device, or merges the answer into the one known at its endpoint
    // (CoapDevice::merged: a complete unfiltered answer replaces the resource list, a filtered one
    // updates it). Returns the device's index (column 0).
    // secure: the device answered over coaps (DTLS), and is listed under its coaps:// origin.
    QModelIndex addDevice(const CoapDevice &device, Source source = Discovered, bool secure = false);
    // A device that is known only by its address (Add device… before or without an answer);
    // secure: its coaps:// origin.
    QModelIndex addEndpoint(const CoapEndpoint &endpoint, Source source = AddedByHand, bool secure = false);
    bool removeDevice(const CoapEndpoint &endpoint, bool secure = false);
    // A device known by the name in its origin ("coaps://boiler.local:5684", a coaps device added
    // by host name): listed under that origin, so that requests from the tree carry the name (the
    // device's credentials and certificate are the name's), with device.endpoint where the name
    // led. addOrigin() lists it before or without an answer.
    QModelIndex addDevice(const CoapDevice &device, const CoapUri &origin, Source source);
    QModelIndex addOrigin(const CoapUri &origin, Source source = AddedByHand);
    // Removes a device, or a resource (with its bookmark) and the folders left empty above it.
    // The device lists the resource again when it next answers.
    bool removeItem(const QModelIndex &index);
    void clear();

    int deviceCount() const { return int(m_devices.size()); }
    QModelIndex deviceIndex(const CoapEndpoint &endpoint, bool secure = false) const;
    // The item whose URI is uri (canonical comparison, RFC 7252 §6.3); invalid when none.
    QModelIndex indexForUri(const QString &uri) const;
    std::optional<CoapDevice> device(const QModelIndex &index) const; // of the item's device
    ItemKind kind(const QModelIndex &index) const;
    QString uri(const QModelIndex &index) const;
    CoreLink link(const QModelIndex &index) const;

    // Marks the discovered devices last seen before time as stale (shown dimmed: they did not
    // answer the last discovery); any answer clears it.
    void markUnseenSince(const QDateTime &time);

    // Bookmarked resource URIs (canonical coap:// text). A bookmarked resource stays in the tree
    // even when its device does not list it or has not answered yet.
    QStringList bookmarks() const { return m_bookmarks; }
    // Replaces them; URIs that do not parse as coap/coaps are kept in the list but not shown.
    void setBookmarks(const QStringList &uris);
    bool isBookmarked(const QModelIndex &index) const;
    bool setBookmarked(const QModelIndex &index, bool bookmarked);

    // Icons of the tree, one coherent set drawn from the palette (light and dark both readable).
    enum class IconKind : quint8 { Device, SecureDevice, Folder, Resource, Observable, Bookmark };
    static QIcon icon(IconKind kind);

    // The canonical origin of an endpoint, "coap://10.0.0.5", "coap://[fe80::1%25eth0]:61616".
    static CoapUri originOf(const CoapEndpoint &endpoint, bool secure = false);

Q_SIGNALS:
    void deviceCountChanged(int devices);
    void bookmarksChanged();

private:
    struct Spec;
    DeviceTreeItem *itemFromIndex(const QModelIndex &index) const;
    QModelIndex indexForItem(const DeviceTreeItem *item, int column = 0) const;
    DeviceTreeItem *findDevice(const QString &origin) const;
    DeviceTreeItem *ensureDevice(const CoapUri &origin, Sources sources);
    DeviceTreeItem *insertDevice(const CoapUri &origin, const CoapEndpoint &endpoint,
                                 const std::optional<CoapDevice> &info, Sources sources);
    void rebuild(DeviceTreeItem *device);
    void sync(DeviceTreeItem *item, std::vector<Spec> &specs);
    std::unique_ptr<DeviceTreeItem> build(DeviceTreeItem *parent, Spec &spec) const;
    void removeChild(DeviceTreeItem *parent, int row);
    void removeDeviceRow(int row);
    void emitRowChanged(DeviceTreeItem *item);
    QList<CoapUri> bookmarksOf(const QString &origin) const;
    void dropBookmarksUnder(DeviceTreeItem *item);

    std::vector<std::unique_ptr<DeviceTreeItem>> m_devices;
    QStringList m_bookmarks;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DeviceTreeModel::Sources)

#include "devicetreemodel.h"

#include "coapoption.h"
#include "discoverytext.h"

#include <QFont>
#include <QGuiApplication>
#include <QIconEngine>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QUrl>

#include <algorithm>

// One node of the tree: a device, or a path segment below it (a folder when the device lists no
// resource at that path, a resource when it does or when it is bookmarked).
class DeviceTreeItem
{
public:
    using Kind = DeviceTreeModel::ItemKind;

    DeviceTreeItem *parent = nullptr;
    int row = 0; // index in the parent's children, kept current so parent() costs nothing
    std::vector<std::unique_ptr<DeviceTreeItem>> children;

    // Devices
    bool isDevice = false;
    CoapUri origin;                   // coap://10.0.0.5, the key of the device
    QString originText;
    CoapEndpoint endpoint;            // null for a bookmark by host name
    std::optional<CoapDevice> info;   // what it answered; absent until it answers
    DeviceTreeModel::Sources sources;
    bool stale = false;
    QString name;                     // title of its root or of /device

    // Resources and folders (a device carries its root resource "/" in the same fields)
    QString segment;                  // decoded path segment; the whole URI for a link to elsewhere
    bool external = false;            // a link to another server (RFC 6690 §2.1 allows it)
    CoapUri uri;
    QString uriText;
    QString path;                     // percent-encoded, "/sensors/temp"
    std::optional<CoreLink> link;
    bool bookmarked = false;

    Kind kind() const
    {
        if (isDevice)
            return Kind::Device;
        return (link || bookmarked || external) ? Kind::Resource : Kind::Folder;
    }
    DeviceTreeItem *device()
    {
        DeviceTreeItem *item = this;
        while (item && !item->isDevice)
            item = item->parent;
        return item;
    }
    const DeviceTreeItem *device() const { return const_cast<DeviceTreeItem *>(this)->device(); }
    void renumberFrom(int first)
    {
        for (int i = first; i < int(children.size()); ++i)
            children[size_t(i)]->row = i;
    }
};

// The wished-for children of a node, built from the device's links and the bookmarks, then
// compared with the items to find the rows to insert, remove and mark changed.
struct DeviceTreeModel::Spec
{
    QString segment;
    bool external = false;
    CoapUri uri;
    std::optional<CoreLink> link;
    bool bookmarked = false;
    std::vector<Spec> children;

    Spec &child(const QString &name, bool isExternal, const CoapUri &childUri)
    {
        for (Spec &c : children) {
            if (c.segment == name && c.external == isExternal)
                return c;
        }
        Spec spec;
        spec.segment = name;
        spec.external = isExternal;
        spec.uri = childUri;
        children.push_back(std::move(spec));
        return children.back();
    }
};

namespace {

using IconKind = DeviceTreeModel::IconKind;

// The tree's icons, drawn rather than shipped: this Qt has no SVG image plugin, and drawing from
// the palette at paint time keeps them legible in light and dark themes and sharp at any scale.
// One stroke width, one outline colour and one accent make them a set (UX.md).
class DeviceIconEngine : public QIconEngine
{
public:
    explicit DeviceIconEngine(IconKind kind) : m_kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const bool selected = mode == QIcon::Selected;
        // On a selected row the background is the highlight: outlines and accents turn to the
        // highlighted text colour and the fill to the highlight, so shapes stay readable.
        const QColor outline = selected ? palette.color(group, QPalette::HighlightedText) : palette.color(group, QPalette::Text);
        const QColor accent = selected ? palette.color(group, QPalette::HighlightedText) : palette.color(group, QPalette::Highlight);
        const QColor base = selected ? palette.color(group, QPalette::Highlight) : palette.color(group, QPalette::Base);
        // A light wash of the outline colour over the background: visible fill in both themes.
        const QColor fill = selected ? base : mix(outline, base, 0.82);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        QPen pen(outline, 1.15);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);

        switch (m_kind) {
        case IconKind::Device:
        case IconKind::SecureDevice: {
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(1.5, 5.5, 13, 8), 1.6, 1.6);
            painter->drawLine(QPointF(11.5, 5.5), QPointF(13, 1.8)); // antenna: a radio device
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawEllipse(QPointF(4.6, 9.5), 1.35, 1.35); // status light
            painter->setPen(pen);
            painter->drawLine(QPointF(7.5, 9.5), QPointF(11.5, 9.5));
            if (m_kind == IconKind::SecureDevice) {
                // Padlock over the lower right corner (coaps://, RFC 7252 §9), cut out of the body.
                painter->setPen(QPen(base, 2.4));
                painter->setBrush(base);
                painter->drawRect(QRectF(9.5, 10.5, 5.5, 4.5));
                QPen lockPen(accent, 1.15);
                painter->setPen(lockPen);
                painter->setBrush(Qt::NoBrush);
                painter->drawArc(QRectF(10.7, 8.2, 3.1, 4.4), 0, 180 * 16);
                painter->setBrush(accent);
                painter->drawRect(QRectF(9.8, 10.8, 4.9, 4.0));
            }
            break;
        }
        case IconKind::Folder: {
            QPainterPath folder;
            folder.moveTo(1.5, 3.5);
            folder.lineTo(6.0, 3.5);
            folder.lineTo(7.5, 5.0);
            folder.lineTo(14.5, 5.0);
            folder.lineTo(14.5, 13.5);
            folder.lineTo(1.5, 13.5);
            folder.closeSubpath();
            painter->setBrush(fill);
            painter->drawPath(folder);
            painter->drawLine(QPointF(1.5, 7.0), QPointF(14.5, 7.0));
            break;
        }
        case IconKind::Resource: {
            QPainterPath page;
            page.moveTo(3.0, 1.5);
            page.lineTo(9.5, 1.5);
            page.lineTo(13.0, 5.0);
            page.lineTo(13.0, 14.5);
            page.lineTo(3.0, 14.5);
            page.closeSubpath();
            painter->setBrush(fill);
            painter->drawPath(page);
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(QPolygonF({QPointF(9.5, 1.5), QPointF(9.5, 5.0), QPointF(13.0, 5.0)}));
            painter->setPen(QPen(accent, 1.15, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(5.5, 8.5), QPointF(10.5, 8.5));
            painter->drawLine(QPointF(5.5, 11.5), QPointF(10.5, 11.5));
            break;
        }
        case IconKind::Observable: {
            QPainterPath eye;
            eye.moveTo(1.0, 8.0);
            eye.quadTo(8.0, 0.5, 15.0, 8.0);
            eye.quadTo(8.0, 15.5, 1.0, 8.0);
            painter->setBrush(fill);
            painter->drawPath(eye);
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawEllipse(QPointF(8.0, 8.0), 2.6, 2.6);
            break;
        }
        case IconKind::Bookmark: {
            QPainterPath ribbon;
            ribbon.moveTo(3.5, 1.5);
            ribbon.lineTo(12.5, 1.5);
            ribbon.lineTo(12.5, 14.5);
            ribbon.lineTo(8.0, 10.8);
            ribbon.lineTo(3.5, 14.5);
            ribbon.closeSubpath();
            painter->setPen(QPen(selected ? outline : accent.darker(125), 1.15, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(accent);
            painter->drawPath(ribbon);
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DeviceIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("DeviceIconEngine"); }

private:
    static QColor mix(const QColor &a, const QColor &b, double towardsB)
    {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                                float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                                float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
    }
    IconKind m_kind;
};

// The base for resolving link targets (RFC 6690 §2.1). QUrl has no notion of an IPv6 zone, so the
// zone is left out here; the URIs shown and sent are built with CoapUri, which keeps it.
QUrl linkBase(const DeviceTreeItem *device)
{
    QHostAddress address = device->endpoint.address();
    QString host;
    if (!device->endpoint.isNull()) {
        address.setScopeId(QString());
        host = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                    : address.toString();
    } else {
        host = device->origin.host();
    }
    return QUrl(QStringLiteral("%1://%2:%3/").arg(device->origin.scheme(), host).arg(device->origin.port()));
}

QString joinedFormats(const QList<int> &formats)
{
    QStringList names;
    for (int format : formats)
        names.append(coapContentFormatName(format));
    return names.join(QStringLiteral(", "));
}

QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // Seconds matter to someone watching answers arrive; the date only when it is not today.
    const QString time = local.time().toString(QStringLiteral("HH:mm:ss"));
    if (local.date() == QDate::currentDate())
        return time;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString deviceLabel(const DeviceTreeItem *d)
{
    if (!d->endpoint.isNull() && !d->origin.secure())
        return d->endpoint.toString();
    // Host names and coaps: the authority says it (with the port, which technicians look for).
    return d->origin.hasDefaultPort() ? QStringLiteral("%1:%2").arg(d->origin.authority()).arg(d->origin.port())
                                      : d->origin.authority();
}

// Compared as bytes: the family first (IPv4, IPv6, then host names), the address bytes in network
// order (so 10.0.0.9 comes before 10.0.0.10), the port, and the zone of a link-local address.
QByteArray addressKey(const DeviceTreeItem *d)
{
    QByteArray key;
    const QHostAddress &address = d->endpoint.address();
    if (!d->endpoint.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol) {
        key.append('\x04');
        const quint32 v4 = address.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            key.append(char((v4 >> shift) & 0xff));
    } else if (!d->endpoint.isNull()) {
        key.append('\x06');
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        key.append(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        key.append('\x7f');
        key.append(d->origin.host().toLower().toUtf8());
        key.append('\0');
    }
    const quint16 port = d->endpoint.isNull() ? d->origin.port() : d->endpoint.port();
    key.append(char(port >> 8));
    key.append(char(port & 0xff));
    key.append(address.scopeId().toUtf8());
    return key;
}

} // namespace

DeviceTreeModel::DeviceTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    qRegisterMetaType<CoreLink>();
}

DeviceTreeModel::~DeviceTreeModel() = default;

QIcon DeviceTreeModel::icon(IconKind kind)
{
    // One icon object per kind, made on first use (a QGuiApplication exists by then); the engine
    // reads the palette when it paints, so cached icons still follow a theme change.
    static QIcon icons[int(IconKind::Bookmark) + 1];
    QIcon &icon = icons[int(kind)];
    if (icon.isNull())
        icon = QIcon(new DeviceIconEngine(kind));
    return icon;
}

CoapUri DeviceTreeModel::originOf(const CoapEndpoint &endpoint, bool secure)
{
    const QString text = QStringLiteral("%1://%2:%3").arg(secure ? QStringLiteral("coaps") : QStringLiteral("coap"),
                                                          endpoint.uriHost()).arg(endpoint.port());
    return CoapUri::parse(text).uri;
}

// --- QAbstractItemModel ----------------------------------------------------------------------------

DeviceTreeItem *DeviceTreeModel::itemFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<DeviceTreeItem *>(index.internalPointer());
}

QModelIndex DeviceTreeModel::indexForItem(const DeviceTreeItem *item, int column) const
{
    if (!item)
        return {};
    return createIndex(item->row, column, const_cast<DeviceTreeItem *>(item));
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_devices.size()))
            return {};
        return createIndex(row, column, m_devices[size_t(row)].get());
    }
    if (parent.column() != 0)
        return {};
    const DeviceTreeItem *p = itemFromIndex(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    const DeviceTreeItem *item = itemFromIndex(child);
    if (!item || !item->parent)
        return {};
    return indexForItem(item->parent);
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_devices.size());
    if (parent.column() != 0)
        return 0;
    const DeviceTreeItem *item = itemFromIndex(parent);
    return item ? int(item->children.size()) : 0;
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DeviceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Dragging an item gives its URI (into the composer's URI field, a terminal, a bug report).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList DeviceTreeModel::mimeTypes() const
{
    return {QStringLiteral("text/plain"), QStringLiteral("text/uri-list")};
}

QMimeData *DeviceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList uris;
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.column() != 0)
            continue;
        const QString text = uri(index);
        if (!text.isEmpty() && !uris.contains(text)) {
            uris.append(text);
            urls.append(QUrl(text));
        }
    }
    auto *mime = new QMimeData;
    mime->setText(uris.join(QLatin1Char('\n')));
    mime->setUrls(urls);
    return mime;
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case ObservableColumn: return QString(); // the eye says it; the tool tip names it
        case TitleColumn: return tr("Title");
        case TypeColumn: return tr("Type (rt)");
        case InterfaceColumn: return tr("Interface (if)");
        case FormatColumn: return tr("Formats (ct)");
        case SizeColumn: return tr("Size");
        case LastSeenColumn: return tr("Last seen");
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && section == ObservableColumn)
        return icon(IconKind::Observable);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ObservableColumn: return tr("Observable: the resource can be watched (RFC 7641)");
        case TypeColumn: return tr("Resource type (rt): what the resource is, e.g. temperature");
        case InterfaceColumn: return tr("Interface description (if): how to talk to it, e.g. sensor");
        case FormatColumn: return tr("Content formats (ct) the device declared for the resource");
        case SizeColumn: return tr("Estimated size of the representation (sz)");
        case LastSeenColumn: return tr("When the device last answered a discovery");
        default: return {};
        }
    }
    if (role == Qt::AccessibleTextRole && section == ObservableColumn)
        return tr("Observable");
    return {};
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    if (!item)
        return {};
    const int column = index.column();
    const CoreLink link = item->link.value_or(CoreLink());
    const bool observable = item->link && item->link->isObservable();
    const DeviceTreeItem *device = item->device();

    const auto displayText = [&]() -> QString {
        switch (column) {
        case NameColumn:
            if (item->isDevice)
                // The name first (what people know a device by), its address beside it.
                return item->name.isEmpty() ? deviceLabel(item) : tr("%1 \u2014 %2").arg(item->name, deviceLabel(item));
            return item->segment.isEmpty() ? tr("(empty segment)") : item->segment;
        case TitleColumn:
            // A device row repeats its name here: in a narrow dock the Name column may elide it.
            return item->isDevice ? item->name : link.title();
        case TypeColumn: return link.resourceTypes().join(QStringLiteral(", "));
        case InterfaceColumn: return link.interfaces().join(QStringLiteral(", "));
        case FormatColumn: return joinedFormats(link.contentFormats());
        case SizeColumn:
            // Compact units: the column is narrow and sz is only an estimate (RFC 6690 §3.3).
            if (const std::optional<quint64> size = link.size())
                return *size < 1024 ? tr("%1 B").arg(*size)
                                    : QLocale().formattedDataSize(qint64(*size), 1, QLocale::DataSizeIecFormat);
            return {};
        case LastSeenColumn:
            return item->isDevice && item->info ? timeText(item->info->lastSeen) : QString();
        default: return {};
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        return displayText();
    case Qt::DecorationRole:
        if (column == NameColumn) {
            if (item->isDevice)
                return icon(item->origin.secure() ? IconKind::SecureDevice : IconKind::Device);
            if (item->bookmarked)
                return icon(IconKind::Bookmark);
            return icon(item->kind() == ItemKind::Folder ? IconKind::Folder : IconKind::Resource);
        }
        if (column == ObservableColumn && observable)
            return icon(IconKind::Observable);
        return {};
    case Qt::AccessibleTextRole:
        if (column == ObservableColumn)
            return observable ? tr("observable") : QString();
        return displayText();
    case Qt::FontRole:
        if (item->isDevice && column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Devices that did not answer (lately) are dimmed; the tool tip says why (never colour alone).
        if (device && (device->stale || !device->info))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (column == ObservableColumn)
            return observable ? tr("Observable: right-click \u2192 Observe to watch it (RFC 7641)") : QString();
        QStringList lines;
        if (item->isDevice) {
            lines.append(item->name.isEmpty() ? deviceLabel(item) : tr("%1 at %2").arg(item->name, deviceLabel(item)));
            if (!item->info) {
                lines.append(item->sources & AddedByHand ? tr("Added by hand; it has not listed its resources.")
                                                         : tr("Known from bookmarks; not seen yet."));
            } else {
                const CoapDevice &d = *item->info;
                if (!d.interfaceName.isEmpty())
                    lines.append(tr("Answered through %1").arg(d.interfaceName));
                lines.append(tr("First seen %1, last seen %2").arg(timeText(d.firstSeen), timeText(d.lastSeen)));
                lines.append(d.links.size() == 1 ? tr("Lists %n resource", nullptr, int(d.links.size()))
                                                 : tr("Lists %n resources", nullptr, int(d.links.size())));
                if (item->stale)
                    lines.append(tr("Did not answer the last discovery."));
                const QString problems = DiscoveryText::linkProblems(d);
                if (!problems.isEmpty())
                    lines.append(problems);
            }
        } else {
            lines.append(item->uriText);
            if (item->kind() == ItemKind::Folder)
                lines.append(tr("Folder: the device lists resources below this path, not the path itself."));
            if (!link.title().isEmpty())
                lines.append(link.title());
            if (!link.resourceTypes().isEmpty())
                lines.append(tr("Type: %1").arg(link.resourceTypes().join(QStringLiteral(", "))));
            if (!link.interfaces().isEmpty())
                lines.append(tr("Interface: %1").arg(link.interfaces().join(QStringLiteral(", "))));
            if (!link.contentFormats().isEmpty())
                lines.append(tr("Formats: %1").arg(joinedFormats(link.contentFormats())));
            if (observable)
                lines.append(tr("Observable"));
            if (item->bookmarked)
                lines.append(item->link ? tr("Bookmarked") : tr("Bookmarked; the device does not list it."));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case UriRole:
        return item->uriText;
    case KindRole:
        return int(item->kind());
    case PathRole:
        return item->isDevice ? QStringLiteral("/") : item->path;
    case LinkRole:
        return QVariant::fromValue(link);
    case HasLinkRole:
        return bool(item->link);
    case ObservableRole:
        return observable;
    case EndpointRole:
        return device && !device->endpoint.isNull() ? device->endpoint.toString() : QString();
    case LastSeenRole:
        return device && device->info ? device->info->lastSeen : QDateTime();
    case BookmarkedRole:
        return item->bookmarked;
    case StaleRole:
        return device && device->stale;
    case DeviceNameRole:
        return device ? device->name : QString();
    case AddedByHandRole:
        return item->isDevice && (item->sources & AddedByHand);
    case FirstSeenRole:
        return device && device->info ? device->info->firstSeen : QDateTime();
    case AddressKeyRole:
        return device ? addressKey(device) : QByteArray();
    case SearchTextRole: {
        // What a technician may type: a path, a name, a type, an address, "obs".
        QStringList parts{item->uriText, link.title(), link.resourceTypes().join(QLatin1Char(' ')),
                          link.interfaces().join(QLatin1Char(' ')), joinedFormats(link.contentFormats())};
        if (item->isDevice) {
            parts << item->name << deviceLabel(item);
            if (item->info)
                parts << item->info->interfaceName;
        } else {
            parts << item->segment;
        }
        if (observable)
            parts << QStringLiteral("obs");
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

// --- Devices ---------------------------------------------------------------------------------------

DeviceTreeItem *DeviceTreeModel::findDevice(const QString &origin) const
{
    for (const auto &device : m_devices) {
        if (device->originText == origin)
            return device.get();
    }
    return nullptr;
}

QList<CoapUri> DeviceTreeModel::bookmarksOf(const QString &origin) const
{
    QList<CoapUri> result;
    for (const QString &text : m_bookmarks) {
        const CoapUriParseResult parsed = CoapUri::parse(text);
        if (parsed.ok() && parsed.uri.withPathSegments({}).withQuerySegments({}).toString() == origin)
            result.append(parsed.uri);
    }
    return result;
}

DeviceTreeItem *DeviceTreeModel::insertDevice(const CoapUri &origin, const CoapEndpoint &endpoint,
                                              const std::optional<CoapDevice> &info, Sources sources)
{
    auto item = std::make_unique<DeviceTreeItem>();
    item->isDevice = true;
    item->origin = origin;
    item->originText = origin.toString();
    item->uri = origin;
    item->uriText = item->originText;
    item->path = QStringLiteral("/");
    item->endpoint = endpoint;
    item->info = info;
    item->sources = sources;
    item->row = int(m_devices.size());
    DeviceTreeItem *raw = item.get();
    // The subtree is complete before the row goes in: a view that expands the new device at once
    // sees its resources, and one insertion costs the views less than many.
    rebuild(raw);
    beginInsertRows(QModelIndex(), raw->row, raw->row);
    m_devices.push_back(std::move(item));
    endInsertRows();
    emit deviceCountChanged(deviceCount());
    return raw;
}

DeviceTreeItem *DeviceTreeModel::ensureDevice(const CoapUri &origin, Sources sources)
{
    if (DeviceTreeItem *known = findDevice(origin.toString())) {
        if ((known->sources | sources) != known->sources) {
            known->sources |= sources;
            emitRowChanged(known);
        }
        return known;
    }
    return insertDevice(origin, origin.endpoint(), std::nullopt, sources);
}

QModelIndex DeviceTreeModel::addDevice(const CoapDevice &device, Source source, bool secure)
{
    return addDevice(device, originOf(device.endpoint, secure), source);
}

QModelIndex DeviceTreeModel::addOrigin(const CoapUri &origin, Source source)
{
    return origin.isValid() ? indexForItem(ensureDevice(origin, source)) : QModelIndex();
}

QModelIndex DeviceTreeModel::addDevice(const CoapDevice &device, const CoapUri &origin, Source source)
{
    if (!origin.isValid())
        return {};
    DeviceTreeItem *item = findDevice(origin.toString());
    if (!item)
        return indexForItem(insertDevice(origin, device.endpoint, device, source));
    item->info = item->info ? CoapDevice::merged(*item->info, device) : device;
    item->endpoint = device.endpoint;
    item->sources |= source;
    item->stale = false;
    rebuild(item);
    // lastSeen (and the tool tip) change with every answer.
    emitRowChanged(item);
    return indexForItem(item);
}

QModelIndex DeviceTreeModel::addEndpoint(const CoapEndpoint &endpoint, Source source, bool secure)
{
    const CoapUri origin = originOf(endpoint, secure);
    if (!origin.isValid())
        return {};
    return indexForItem(ensureDevice(origin, source));
}

QModelIndex DeviceTreeModel::deviceIndex(const CoapEndpoint &endpoint, bool secure) const
{
    const CoapUri origin = originOf(endpoint, secure);
    return origin.isValid() ? indexForItem(findDevice(origin.toString())) : QModelIndex();
}

bool DeviceTreeModel::removeDevice(const CoapEndpoint &endpoint, bool secure)
{
    return removeItem(deviceIndex(endpoint, secure));
}

void DeviceTreeModel::removeDeviceRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_devices.erase(m_devices.begin() + row);
    for (int i = row; i < int(m_devices.size()); ++i)
        m_devices[size_t(i)]->row = i;
    endRemoveRows();
    emit deviceCountChanged(deviceCount());
}

void DeviceTreeModel::removeChild(DeviceTreeItem *parent, int row)
{
    beginRemoveRows(indexForItem(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    parent->renumberFrom(row);
    endRemoveRows();
}

bool DeviceTreeModel::removeItem(const QModelIndex &index)
{
    DeviceTreeItem *item = itemFromIndex(index);
    if (!item)
        return false;
    if (item->isDevice) {
        // Removing a device forgets its bookmarks too; otherwise they would bring it straight back.
        const QList<CoapUri> own = bookmarksOf(item->originText);
        for (const CoapUri &bookmark : own)
            m_bookmarks.removeAll(bookmark.toString());
        removeDeviceRow(item->row);
        if (!own.isEmpty())
            emit bookmarksChanged();
        return true;
    }
    DeviceTreeItem *device = item->device();
    // Forget the links at and below the path until the device answers again (CoapDevice::merged
    // then brings them back); otherwise the next rebuild would restore the rows at once.
    if (device->info) {
        const QUrl base = linkBase(device);
        const QStringList prefix = item->uri.pathSegments();
        auto &links = device->info->links;
        links.erase(std::remove_if(links.begin(), links.end(), [&](const CoreLink &l) {
            if (item->external)
                return l.resolvedUri(base).toString() == item->segment;
            const std::optional<QString> p = l.path(base);
            if (!p)
                return false;
            const QStringList segments = device->origin.resolve(*p).uri.pathSegments();
            return segments.mid(0, prefix.size()) == prefix && segments.size() >= prefix.size();
        }), links.end());
    }
    const bool hadBookmarks = [&] {
        const int before = int(m_bookmarks.size());
        dropBookmarksUnder(item);
        return int(m_bookmarks.size()) != before;
    }();
    // Remove the row, then folders left empty above it (they exist only to hold it).
    DeviceTreeItem *parent = item->parent;
    removeChild(parent, item->row);
    while (!parent->isDevice && parent->children.empty() && !parent->link && !parent->bookmarked) {
        DeviceTreeItem *up = parent->parent;
        removeChild(up, parent->row);
        parent = up;
    }
    if (hadBookmarks)
        emit bookmarksChanged();
    if (device->info == std::nullopt && !(device->sources & (Discovered | AddedByHand))
        && bookmarksOf(device->originText).isEmpty())
        removeDeviceRow(device->row);
    return true;
}

void DeviceTreeModel::dropBookmarksUnder(DeviceTreeItem *item)
{
    const QStringList prefix = item->uri.pathSegments();
    const QString origin = item->device()->originText;
    for (const CoapUri &bookmark : bookmarksOf(origin)) {
        const QStringList segments = bookmark.pathSegments();
        if (item->isDevice || (segments.size() >= prefix.size() && segments.mid(0, prefix.size()) == prefix))
            m_bookmarks.removeAll(bookmark.toString());
    }
}

void DeviceTreeModel::clear()
{
    if (m_devices.empty())
        return;
    beginResetModel();
    m_devices.clear();
    endResetModel();
    emit deviceCountChanged(0);
}

void DeviceTreeModel::markUnseenSince(const QDateTime &time)
{
    for (const auto &device : m_devices) {
        const bool stale = device->info && (device->sources & Discovered) && device->info->lastSeen < time;
        if (stale != device->stale) {
            device->stale = stale;
            emitRowChanged(device.get());
        }
    }
}

void DeviceTreeModel::emitRowChanged(DeviceTreeItem *item)
{
    emit dataChanged(indexForItem(item, 0), indexForItem(item, ColumnCount - 1));
}

// --- The path hierarchy ------------------------------------------------------------------------------

void DeviceTreeModel::rebuild(DeviceTreeItem *device)
{
    std::vector<Spec> specs;
    std::optional<CoreLink> rootLink;
    bool rootBookmarked = false;
    QString name;
    QString deviceInfoTitle;

    const auto walk = [&](const QStringList &segments) -> Spec & {
        Spec *spec = nullptr;
        for (int i = 0; i < segments.size(); ++i) {
            const CoapUri u = device->origin.withPathSegments(segments.mid(0, i + 1));
            if (!spec) {
                auto it = std::find_if(specs.begin(), specs.end(), [&](const Spec &s) {
                    return !s.external && s.segment == segments[i];
                });
                if (it == specs.end()) {
                    Spec fresh;
                    fresh.segment = segments[i];
                    fresh.uri = u;
                    specs.push_back(std::move(fresh));
                    spec = &specs.back();
                } else {
                    spec = &*it;
                }
            } else {
                spec = &spec->child(segments[i], false, u);
            }
        }
        return *spec;
    };

    if (device->info) {
        const QUrl base = linkBase(device);
        for (const CoreLink &link : device->info->links) {
            const std::optional<QString> path = link.path(base);
            if (!path) {
                // A link to another server (or scheme): listed as it is, at the device's level.
                const QString target = link.resolvedUri(base).toString();
                auto it = std::find_if(specs.begin(), specs.end(),
                                       [&](const Spec &s) { return s.external && s.segment == target; });
                if (it == specs.end()) {
                    Spec spec;
                    spec.segment = target;
                    spec.external = true;
                    spec.uri = CoapUri::parse(target).uri;
                    spec.link = link;
                    specs.push_back(std::move(spec));
                }
                continue;
            }
            const CoapUriParseResult resolved = device->origin.resolve(*path);
            if (!resolved.ok())
                continue;
            const QStringList segments = resolved.uri.pathSegments();
            if (segments.isEmpty()) {
                if (!rootLink)
                    rootLink = link;
                continue;
            }
            Spec &spec = walk(segments);
            // The first link for a path wins; later ones (other rel/anchor) add nothing to the tree.
            if (!spec.link)
                spec.link = link;
            if (segments == QStringList{QStringLiteral("device")} && deviceInfoTitle.isEmpty())
                deviceInfoTitle = link.title();
        }
    }
    for (const CoapUri &bookmark : bookmarksOf(device->originText)) {
        const QStringList segments = bookmark.pathSegments();
        if (segments.isEmpty()) {
            rootBookmarked = true;
            continue;
        }
        walk(segments).bookmarked = true;
    }
    // RFC 6690 gives no device name; the title of the root, or of a /device resource as the demo
    // fleet and many firmwares have, is what people call the device.
    name = rootLink && !rootLink->title().isEmpty() ? rootLink->title() : deviceInfoTitle;

    const bool deviceChanged = device->link != rootLink || device->bookmarked != rootBookmarked || device->name != name;
    device->link = rootLink;
    device->bookmarked = rootBookmarked;
    device->name = name;

    const bool attached = device->row < int(m_devices.size()) && m_devices[size_t(device->row)].get() == device;
    if (!attached) {
        device->children.clear();
        for (Spec &spec : specs)
            device->children.push_back(build(device, spec));
        device->renumberFrom(0);
        return;
    }
    sync(device, specs);
    if (deviceChanged)
        emitRowChanged(device);
}

std::unique_ptr<DeviceTreeItem> DeviceTreeModel::build(DeviceTreeItem *parent, Spec &spec) const
{
    auto item = std::make_unique<DeviceTreeItem>();
    item->parent = parent;
    item->segment = spec.segment;
    item->external = spec.external;
    item->uri = spec.uri;
    item->uriText = spec.uri.isValid() ? spec.uri.toString() : spec.segment;
    item->path = spec.uri.isValid() ? spec.uri.path() : QString();
    item->link = spec.link;
    item->bookmarked = spec.bookmarked;
    for (Spec &child : spec.children)
        item->children.push_back(build(item.get(), child));
    item->renumberFrom(0);
    return item;
}

void DeviceTreeModel::sync(DeviceTreeItem *item, std::vector<Spec> &specs)
{
    const auto matches = [](const DeviceTreeItem *child, const Spec &spec) {
        return child->external == spec.external && child->segment == spec.segment;
    };
    // Rows that are no longer wished for go first (from the end, so that rows stay valid).
    for (int r = int(item->children.size()) - 1; r >= 0; --r) {
        const DeviceTreeItem *child = item->children[size_t(r)].get();
        if (std::none_of(specs.begin(), specs.end(), [&](const Spec &s) { return matches(child, s); }))
            removeChild(item, r);
    }
    // Known rows keep their place (moving them would disturb the view); their data may change.
    std::vector<Spec *> fresh;
    for (Spec &spec : specs) {
        auto it = std::find_if(item->children.begin(), item->children.end(),
                               [&](const std::unique_ptr<DeviceTreeItem> &c) { return matches(c.get(), spec); });
        if (it == item->children.end()) {
            fresh.push_back(&spec);
            continue;
        }
        DeviceTreeItem *child = it->get();
        const QString uriText = spec.uri.isValid() ? spec.uri.toString() : spec.segment;
        const bool changed = child->link != spec.link || child->bookmarked != spec.bookmarked || child->uriText != uriText;
        child->link = spec.link;
        child->bookmarked = spec.bookmarked;
        child->uri = spec.uri;
        child->uriText = uriText;
        child->path = spec.uri.isValid() ? spec.uri.path() : QString();
        if (changed)
            emitRowChanged(child);
        sync(child, spec.children);
    }
    // New rows go at the end, each with its whole subtree, in one insertion.
    if (!fresh.empty()) {
        const int first = int(item->children.size());
        beginInsertRows(indexForItem(item), first, first + int(fresh.size()) - 1);
        for (Spec *spec : fresh)
            item->children.push_back(build(item, *spec));
        item->renumberFrom(first);
        endInsertRows();
    }
}

// --- Lookup ------------------------------------------------------------------------------------------

QModelIndex DeviceTreeModel::indexForUri(const QString &text) const
{
    const CoapUriParseResult parsed = CoapUri::parse(text);
    if (!parsed.ok())
        return {};
    const QString wanted = parsed.uri.toString();
    const QString origin = parsed.uri.withPathSegments({}).withQuerySegments({}).toString();
    DeviceTreeItem *item = findDevice(origin);
    if (!item)
        return {};
    for (const QString &segment : parsed.uri.pathSegments()) {
        auto it = std::find_if(item->children.begin(), item->children.end(),
                               [&](const std::unique_ptr<DeviceTreeItem> &c) { return !c->external && c->segment == segment; });
        if (it == item->children.end())
            return {};
        item = it->get();
    }
    return item->uriText == wanted || !parsed.uri.hasQuery() ? indexForItem(item) : QModelIndex();
}

std::optional<CoapDevice> DeviceTreeModel::device(const QModelIndex &index) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    if (!item)
        return std::nullopt;
    return item->device()->info;
}

DeviceTreeModel::ItemKind DeviceTreeModel::kind(const QModelIndex &index) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    return item ? item->kind() : ItemKind::Folder;
}

QString DeviceTreeModel::uri(const QModelIndex &index) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    return item ? item->uriText : QString();
}

CoreLink DeviceTreeModel::link(const QModelIndex &index) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    return item && item->link ? *item->link : CoreLink();
}

// --- Bookmarks ---------------------------------------------------------------------------------------

bool DeviceTreeModel::isBookmarked(const QModelIndex &index) const
{
    const DeviceTreeItem *item = itemFromIndex(index);
    return item && item->bookmarked;
}

void DeviceTreeModel::setBookmarks(const QStringList &uris)
{
    QStringList cleaned;
    for (const QString &text : uris) {
        const CoapUriParseResult parsed = CoapUri::parse(text);
        // Canonical text, so that one resource is one bookmark however it was typed (RFC 7252 §6.3).
        const QString canonical = parsed.ok() ? parsed.uri.toString() : text;
        if (!cleaned.contains(canonical))
            cleaned.append(canonical);
    }
    if (cleaned == m_bookmarks)
        return;
    m_bookmarks = cleaned;
    // Devices known only from bookmarks that are gone leave; the others are rebuilt in place.
    for (int row = int(m_devices.size()) - 1; row >= 0; --row) {
        DeviceTreeItem *device = m_devices[size_t(row)].get();
        if (!device->info && !(device->sources & (Discovered | AddedByHand)) && bookmarksOf(device->originText).isEmpty())
            removeDeviceRow(row);
        else
            rebuild(device);
    }
    for (const QString &text : std::as_const(m_bookmarks)) {
        const CoapUriParseResult parsed = CoapUri::parse(text);
        if (!parsed.ok())
            continue;
        const CoapUri origin = parsed.uri.withPathSegments({}).withQuerySegments({});
        if (!findDevice(origin.toString()))
            ensureDevice(origin, Bookmarked);
    }
    emit bookmarksChanged();
}

bool DeviceTreeModel::setBookmarked(const QModelIndex &index, bool bookmarked)
{
    DeviceTreeItem *item = itemFromIndex(index);
    // A link to another server would belong to another device's row; bookmark it there.
    if (!item || item->external || !item->uri.isValid() || item->bookmarked == bookmarked)
        return false;
    DeviceTreeItem *device = item->device();
    if (bookmarked) {
        m_bookmarks.append(item->uriText);
    } else {
        const QStringList path = item->uri.pathSegments();
        for (const CoapUri &bookmark : bookmarksOf(device->originText)) {
            if (bookmark.pathSegments() == path)
                m_bookmarks.removeAll(bookmark.toString());
        }
    }
    rebuild(device);
    if (!bookmarked && !device->info && !(device->sources & (Discovered | AddedByHand))
        && bookmarksOf(device->originText).isEmpty())
        removeDeviceRow(device->row);
    emit bookmarksChanged();
    return true;
}

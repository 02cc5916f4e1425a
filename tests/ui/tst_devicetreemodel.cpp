// The device tree model: path hierarchy from link-format vectors, URIs with ports and IPv6 zones,
// live merging without resets (checked by QAbstractItemModelTester on the model and on a
// recursive filter proxy), bookmarks and stale devices.
#include "devicetreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
using Model = DeviceTreeModel;

CoapDevice makeDevice(const QString &address, quint16 port, const QByteArray &linkFormat)
{
    CoapDevice device;
    QHostAddress host(address);
    device.endpoint = CoapEndpoint(host, port);
    device.links = CoreLinkFormat::parse(linkFormat).links;
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    return device;
}

// "sensors/ temp*" style outline: one line per item, two spaces per level, '/' after folders,
// '*' after resources, '!' after bookmarked ones.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto kind = Model::ItemKind(index.data(Model::KindRole).toInt());
        QString line = QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
        if (kind == Model::ItemKind::Folder)
            line += QLatin1Char('/');
        else if (kind == Model::ItemKind::Resource)
            line += QLatin1Char('*');
        if (index.data(Model::BookmarkedRole).toBool())
            line += QLatin1Char('!');
        out.append(line);
        dump(model, index, depth + 1, out);
    }
}

QStringList outline(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    dump(model, parent, 0, out);
    return out;
}
} // namespace

class TestDeviceTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void pathHierarchy_data();
    void pathHierarchy();
    void columns();
    void uriRole_data();
    void uriRole();
    void liveUpdatesKeepIndexes();
    void testerWhileDevicesComeAndGo();
    void filterKeepsAncestors();
    void bookmarks();
    void removeResource();
    void staleDevices();
    void mimeDataCarriesUris();
};

void TestDeviceTreeModel::pathHierarchy_data()
{
    QTest::addColumn<QByteArray>("links");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("name");

    QTest::newRow("one resource, one folder")
            << QByteArray("</sensors/temp>") << QStringList{"sensors/", "  temp*"} << QString();
    QTest::newRow("folder that is a resource itself")
            << QByteArray("</sensors/temp>,</sensors>,</sensors/hum>")
            << QStringList{"sensors*", "  temp*", "  hum*"} << QString();
    QTest::newRow("deep path, order of the list kept")
            << QByteArray("</a/b/c>,</z>,</a/x>")
            << QStringList{"a/", "  b/", "    c*", "  x*", "z*"} << QString();
    QTest::newRow("root title names the device")
            << QByteArray("</>;title=\"Boiler\",</temp>") << QStringList{"temp*"} << QStringLiteral("Boiler");
    QTest::newRow("/device title names the device")
            << QByteArray("</device>;title=\"Hall sensor\";rt=\"device\",</temp>")
            << QStringList{"device*", "temp*"} << QStringLiteral("Hall sensor");
    QTest::newRow("relative href resolves against the device (RFC 6690 §2.1)")
            << QByteArray("<sensors/temp>") << QStringList{"sensors/", "  temp*"} << QString();
    QTest::newRow("anchor is the context")
            << QByteArray("<x>;anchor=\"/sensors/\"") << QStringList{"sensors/", "  x*"} << QString();
    QTest::newRow("dot segments removed")
            << QByteArray("</a/./b/../c>") << QStringList{"a/", "  c*"} << QString();
    QTest::newRow("percent-encoded slash stays in its segment")
            << QByteArray("</a%2Fb/c>") << QStringList{"a/b/", "  c*"} << QString();
    QTest::newRow("duplicates listed once")
            << QByteArray("</a>;rt=\"x\",</a>;rt=\"y\"") << QStringList{"a*"} << QString();
    QTest::newRow("trailing slash is an empty segment")
            << QByteArray("</a/>") << QStringList{"a/", "  (empty segment)*"} << QString();
    QTest::newRow("link to another server listed as it is")
            << QByteArray("</t>,<coap://192.0.2.9/x>") << QStringList{"t*", "coap://192.0.2.9/x*"} << QString();
    QTest::newRow("no links") << QByteArray() << QStringList{} << QString();
}

void TestDeviceTreeModel::pathHierarchy()
{
    QFETCH(QByteArray, links);
    QFETCH(QStringList, expected);
    QFETCH(QString, name);

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex device = model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, links));
    QVERIFY(device.isValid());
    QCOMPARE(outline(model, device), expected);
    QCOMPARE(device.data(Model::DeviceNameRole).toString(), name);
    QCOMPARE(device.data().toString(),
             name.isEmpty() ? QStringLiteral("10.0.0.5:5683") : QStringLiteral("%1 \u2014 10.0.0.5:5683").arg(name));
    QCOMPARE(Model::ItemKind(device.data(Model::KindRole).toInt()), Model::ItemKind::Device);
}

void TestDeviceTreeModel::columns()
{
    Model model;
    const QModelIndex device = model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683,
        "</sensors/temp>;rt=\"temperature c\";if=\"sensor\";ct=\"0 50\";sz=1500;obs;title=\"Water temperature\""));
    const QModelIndex temp = model.indexForUri(QStringLiteral("coap://10.0.0.5/sensors/temp"));
    QVERIFY(temp.isValid());
    QCOMPARE(temp.parent().parent(), device);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return temp.siblingAtColumn(column).data(role); };
    QCOMPARE(cell(Model::NameColumn).toString(), QStringLiteral("temp"));
    QCOMPARE(cell(Model::TitleColumn).toString(), QStringLiteral("Water temperature"));
    QCOMPARE(cell(Model::TypeColumn).toString(), QStringLiteral("temperature, c"));
    QCOMPARE(cell(Model::InterfaceColumn).toString(), QStringLiteral("sensor"));
    QCOMPARE(cell(Model::FormatColumn).toString(),
             QStringLiteral("%1, %2").arg(coapContentFormatName(0), coapContentFormatName(50)));
    QVERIFY(!cell(Model::SizeColumn).toString().isEmpty());
    QVERIFY(cell(Model::ObservableColumn, Qt::DecorationRole).value<QIcon>().isNull() == false);
    QCOMPARE(temp.data(Model::ObservableRole).toBool(), true);
    QCOMPARE(temp.data(Model::PathRole).toString(), QStringLiteral("/sensors/temp"));
    QCOMPARE(temp.data(Model::LinkRole).value<CoreLink>().href(), QStringLiteral("/sensors/temp"));
    QVERIFY(temp.data(Model::SearchTextRole).toString().contains(QLatin1String("obs")));
    QVERIFY(!device.siblingAtColumn(Model::LastSeenColumn).data().toString().isEmpty());
    // Icons draw at any size without a plugin.
    QVERIFY(!Model::icon(Model::IconKind::Device).pixmap(32).isNull());
    const QModelIndex folder = temp.parent();
    QCOMPARE(Model::ItemKind(folder.data(Model::KindRole).toInt()), Model::ItemKind::Folder);
    QCOMPARE(folder.data(Model::HasLinkRole).toBool(), false);
}

void TestDeviceTreeModel::uriRole_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("links");
    QTest::addColumn<QString>("deviceUri");
    QTest::addColumn<QString>("resourceUri");

    QTest::newRow("IPv4, default port") << "10.0.0.5" << 5683 << QByteArray("</sensors/temp>")
                                        << "coap://10.0.0.5/" << "coap://10.0.0.5/sensors/temp";
    QTest::newRow("IPv4, other port") << "127.0.0.1" << 61616 << QByteArray("</sensors/temp>")
                                      << "coap://127.0.0.1:61616/" << "coap://127.0.0.1:61616/sensors/temp";
    QTest::newRow("IPv6 with zone (RFC 6874)") << "fe80::1%eth0" << 5683 << QByteArray("</sensors/temp>")
                                               << "coap://[fe80::1%25eth0]/" << "coap://[fe80::1%25eth0]/sensors/temp";
    QTest::newRow("IPv6 with zone, other port") << "fe80::abcd%wlan0" << 40000 << QByteArray("</a>")
                                                << "coap://[fe80::abcd%25wlan0]:40000/" << "coap://[fe80::abcd%25wlan0]:40000/a";
    QTest::newRow("IPv6 global") << "2001:db8::17" << 5683 << QByteArray("</a/b>")
                                 << "coap://[2001:db8::17]/" << "coap://[2001:db8::17]/a/b";
    QTest::newRow("encoded characters") << "10.0.0.5" << 5683 << QByteArray("</my%20room/t%C3%BCr>")
                                        << "coap://10.0.0.5/" << "coap://10.0.0.5/my%20room/t%C3%BCr";
}

void TestDeviceTreeModel::uriRole()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QByteArray, links);
    QFETCH(QString, deviceUri);
    QFETCH(QString, resourceUri);

    Model model;
    const QModelIndex device = model.addDevice(makeDevice(address, quint16(port), links));
    QCOMPARE(device.data(Model::UriRole).toString(), deviceUri);
    const QModelIndex resource = model.indexForUri(resourceUri);
    QVERIFY2(resource.isValid(), qPrintable(outline(model).join(QLatin1Char('|'))));
    QCOMPARE(resource.data(Model::UriRole).toString(), resourceUri);
    QCOMPARE(model.uri(resource), resourceUri);
    // The URI parses back to the device's endpoint (zone included).
    const CoapUriParseResult parsed = CoapUri::parse(resourceUri);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.uri.endpoint(), CoapEndpoint(QHostAddress(address), quint16(port)));
    QCOMPARE(model.deviceIndex(CoapEndpoint(QHostAddress(address), quint16(port))), device);
}

void TestDeviceTreeModel::liveUpdatesKeepIndexes()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</sensors/temp>,</old/x>"));
    const QPersistentModelIndex temp = model.indexForUri(QStringLiteral("coap://10.0.0.5/sensors/temp"));
    QVERIFY(temp.isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The device answers again: a new sensor, /old gone, temp now observable.
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</sensors/temp>;obs,</sensors/hum>"));
    QCOMPARE(resets.count(), 0);
    QVERIFY(temp.isValid());
    QCOMPARE(temp.data().toString(), QStringLiteral("temp"));
    QCOMPARE(temp.data(Model::ObservableRole).toBool(), true);
    QCOMPARE(removed.count(), 1); // the /old folder, with its child
    QCOMPARE(inserted.count(), 1); // hum, under sensors
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), temp.parent());
    QVERIFY(std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
        return args.at(0).value<QModelIndex>() == QModelIndex(temp);
    }));
    QCOMPARE(outline(model), (QStringList{"10.0.0.5:5683", "  sensors/", "    temp*", "    hum*"}));

    // A filtered answer (RFC 6690 §4.1) updates what it lists and keeps the rest.
    CoapDevice filtered = makeDevice(QStringLiteral("10.0.0.5"), 5683, "</sensors/hum>;rt=\"humidity\"");
    filtered.filtered = true;
    model.addDevice(filtered);
    QCOMPARE(outline(model), (QStringList{"10.0.0.5:5683", "  sensors/", "    temp*", "    hum*"}));
    QCOMPARE(model.indexForUri(QStringLiteral("coap://10.0.0.5/sensors/hum")).siblingAtColumn(Model::TypeColumn).data().toString(),
             QStringLiteral("humidity"));
    QCOMPARE(resets.count(), 0);
}

void TestDeviceTreeModel::testerWhileDevicesComeAndGo()
{
    Model model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterRole(Model::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("temp"));
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &Model::deviceCountChanged);

    for (int i = 1; i <= 6; ++i) {
        model.addDevice(makeDevice(QStringLiteral("10.0.0.%1").arg(i), 5683,
                                   i % 2 ? "</sensors/temp>,</sensors/hum>,</device>;title=\"Boiler\""
                                         : "</actuators/led>,</a/b/c/d>"));
    }
    QCOMPARE(model.deviceCount(), 6);
    QCOMPARE(count.count(), 6);
    QCOMPARE(proxy.rowCount(), 3);
    for (int round = 0; round < 5; ++round) {
        for (int i = 1; i <= 6; ++i) {
            const QByteArray links = (i + round) % 3 == 0 ? QByteArray("</temp/x>,</a/b>")
                                   : (i + round) % 3 == 1 ? QByteArray("</sensors/temp>;obs,</a/b/c>,</z>")
                                                          : QByteArray("</z>,</sensors/temperature>");
            model.addDevice(makeDevice(QStringLiteral("10.0.0.%1").arg(i), 5683, links));
        }
    }
    QVERIFY(model.removeDevice(CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.3")), 5683)));
    QVERIFY(model.removeItem(model.indexForUri(QStringLiteral("coap://10.0.0.6/z"))));
    model.setBookmarks({QStringLiteral("coap://10.0.0.9/temp"), QStringLiteral("coap://10.0.0.1/extra/temp")});
    model.setBookmarks({});
    proxy.setFilterFixedString(QString());
    model.addEndpoint(CoapEndpoint(QHostAddress(QStringLiteral("fe80::1%lo")), 5683));
    QCOMPARE(model.deviceCount(), 6);
    model.clear();
    QCOMPARE(model.deviceCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestDeviceTreeModel::filterKeepsAncestors()
{
    Model model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(Model::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</sensors/temp>;rt=\"temperature\",</sensors/hum>,</led>"));
    model.addDevice(makeDevice(QStringLiteral("10.0.0.6"), 5683, "</led>"));

    proxy.setFilterFixedString(QStringLiteral("TEMPERATURE"));
    QCOMPARE(outline(proxy), (QStringList{"10.0.0.5:5683", "  sensors/", "    temp*"}));
    proxy.setFilterFixedString(QStringLiteral("led"));
    QCOMPARE(outline(proxy), (QStringList{"10.0.0.5:5683", "  led*", "10.0.0.6:5683", "  led*"}));
    proxy.setFilterFixedString(QStringLiteral("10.0.0.6"));
    // The device matches; with autoAcceptChildRows its resources come along.
    proxy.setAutoAcceptChildRows(true);
    QCOMPARE(outline(proxy), (QStringList{"10.0.0.6:5683", "  led*"}));
}

void TestDeviceTreeModel::bookmarks()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &Model::bookmarksChanged);

    // A bookmark of a device not seen yet lists the device (dimmed) with the resource.
    model.setBookmarks({QStringLiteral("coap://10.0.0.7:5683/sensors/temp"), QStringLiteral("not a uri")});
    QCOMPARE(model.bookmarks(), (QStringList{"coap://10.0.0.7/sensors/temp", "not a uri"}));
    QCOMPARE(outline(model), (QStringList{"10.0.0.7:5683", "  sensors/", "    temp*!"}));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());

    // The device answers: its links merge around the bookmark.
    model.addDevice(makeDevice(QStringLiteral("10.0.0.7"), 5683, "</sensors/hum>,</led>"));
    QCOMPARE(outline(model), (QStringList{"10.0.0.7:5683", "  sensors/", "    temp*!", "    hum*", "  led*"}));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());

    const QModelIndex led = model.indexForUri(QStringLiteral("coap://10.0.0.7/led"));
    QVERIFY(model.setBookmarked(led, true));
    QCOMPARE(model.bookmarks().last(), QStringLiteral("coap://10.0.0.7/led"));
    QVERIFY(model.isBookmarked(model.indexForUri(QStringLiteral("coap://10.0.0.7/led"))));

    // Unbookmarking a resource the device does not list removes its row; a listed one stays.
    QVERIFY(model.setBookmarked(model.indexForUri(QStringLiteral("coap://10.0.0.7/sensors/temp")), false));
    QVERIFY(!model.indexForUri(QStringLiteral("coap://10.0.0.7/sensors/temp")).isValid());
    QVERIFY(model.setBookmarked(model.indexForUri(QStringLiteral("coap://10.0.0.7/led")), false));
    QVERIFY(model.indexForUri(QStringLiteral("coap://10.0.0.7/led")).isValid());
    QCOMPARE(model.bookmarks(), QStringList{"not a uri"});
    QCOMPARE(changed.count(), 4);

    // Removing a device forgets its bookmarks.
    model.setBookmarks({QStringLiteral("coap://10.0.0.7/x"), QStringLiteral("coap://10.0.0.8/y")});
    QCOMPARE(model.deviceCount(), 2);
    QVERIFY(model.removeItem(model.deviceIndex(CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.7")), 5683))));
    QCOMPARE(model.bookmarks(), QStringList{"coap://10.0.0.8/y"});
    // A device known only from a bookmark leaves with it.
    model.setBookmarks({});
    QCOMPARE(model.deviceCount(), 0);
}

void TestDeviceTreeModel::removeResource()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</a/b/c>,</a/d>,</e>"));
    QVERIFY(model.removeItem(model.indexForUri(QStringLiteral("coap://10.0.0.5/a/b/c"))));
    // The folder b held only c: it goes too; a stays for d.
    QCOMPARE(outline(model), (QStringList{"10.0.0.5:5683", "  a/", "    d*", "  e*"}));
    // Another change to the device does not bring it back; its next complete answer does.
    model.setBookmarks({QStringLiteral("coap://10.0.0.5/e")});
    QCOMPARE(outline(model), (QStringList{"10.0.0.5:5683", "  a/", "    d*", "  e*!"}));
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</a/b/c>,</a/d>,</e>"));
    QCOMPARE(outline(model), (QStringList{"10.0.0.5:5683", "  a/", "    d*", "    b/", "      c*", "  e*!"}));
}

void TestDeviceTreeModel::staleDevices()
{
    Model model;
    CoapDevice old = makeDevice(QStringLiteral("10.0.0.5"), 5683, "</a>");
    old.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-60);
    model.addDevice(old);
    model.addDevice(makeDevice(QStringLiteral("10.0.0.6"), 5683, "</a>"));
    model.addEndpoint(CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.7")), 5683));
    model.markUnseenSince(QDateTime::currentDateTimeUtc().addSecs(-10));
    QCOMPARE(model.index(0, 0).data(Model::StaleRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(Model::StaleRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(Model::StaleRole).toBool(), false); // added by hand, never discovered
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("last discovery")));
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</a>"));
    QCOMPARE(model.index(0, 0).data(Model::StaleRole).toBool(), false);
}

void TestDeviceTreeModel::mimeDataCarriesUris()
{
    Model model;
    model.addDevice(makeDevice(QStringLiteral("10.0.0.5"), 5683, "</a>"));
    const QModelIndex a = model.indexForUri(QStringLiteral("coap://10.0.0.5/a"));
    std::unique_ptr<QMimeData> mime(model.mimeData({a, a.siblingAtColumn(Model::TitleColumn)}));
    QCOMPARE(mime->text(), QStringLiteral("coap://10.0.0.5/a"));
}

QTEST_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"

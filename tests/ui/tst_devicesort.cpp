// The device tree's sort order (issue 11, "a tree for many devices"): by name (natural order,
// unnamed devices after the named ones, by address), by address (IPv4 numerically, then IPv6,
// then host names) and in answer order, chosen in the panel's menu and applied at once; resources
// keep their path order; the choice is kept in Settings. The models are checked by
// QAbstractItemModelTester while they are sorted and re-sorted.
#include "devicepanel.h"
#include "devicesortfilterproxy.h"
#include "devicetreemodel.h"
#include "settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

Q_DECLARE_METATYPE(DeviceSortOrder)

namespace {
using Model = DeviceTreeModel;

const QDateTime kStart = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

// A device that answered secondsAfterStart after kStart, named by the title of its /device
// resource when name is given (as the demo fleet and many firmwares do).
CoapDevice answered(const QString &address, const QString &name, int secondsAfterStart, const QByteArray &extraLinks = {})
{
    CoapDevice device;
    device.endpoint = CoapEndpoint(QHostAddress(address), 5683);
    QByteArray links = "</sensors/temp>;rt=\"temperature\"";
    if (!name.isEmpty())
        links += ",</device>;title=\"" + name.toUtf8() + "\"";
    if (!extraLinks.isEmpty())
        links += "," + extraLinks;
    device.links = CoreLinkFormat::parse(links).links;
    device.firstSeen = device.lastSeen = kStart.addSecs(secondsAfterStart);
    return device;
}

// The addresses of the top-level rows, top to bottom.
QStringList topLevel(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data(Model::EndpointRole).toString();
    return rows;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// Five devices, added in an order that is none of the three sort orders.
void fill(DeviceTreeModel &model)
{
    model.addDevice(answered(QStringLiteral("10.0.0.10"), QStringLiteral("Sensor 10"), 1,
                             "</zeta>,</alpha/b>,</mid>,</alpha/a>"));
    model.addDevice(answered(QStringLiteral("10.0.0.9"), QStringLiteral("sensor 2"), 3));
    model.addDevice(answered(QStringLiteral("10.0.0.2"), QString(), 0));
    model.addDevice(answered(QStringLiteral("::1"), QStringLiteral("Boiler"), 2));
    // Added by hand, never answered: no name, no answer time.
    model.addEndpoint(CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.1")), 5683), Model::AddedByHand);
}

const QString kA = QStringLiteral("10.0.0.10:5683");
const QString kB = QStringLiteral("10.0.0.9:5683");
const QString kC = QStringLiteral("10.0.0.2:5683");
const QString kD = QStringLiteral("[::1]:5683");
const QString kE = QStringLiteral("10.0.0.1:5683");
} // namespace

class TestDeviceSort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersTopLevelRows_data();
    void ordersTopLevelRows();
    void chosenInThePanelMenu();
    void newAndRenamedDevicesFindTheirPlace();
    void settingsKeepTheChoice();
};

void TestDeviceSort::ordersTopLevelRows_data()
{
    QTest::addColumn<DeviceSortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Names naturally and without case ("sensor 2" < "Sensor 10"); unnamed ones after, by address.
    QTest::newRow("name") << DeviceSortOrder::Name << QStringList{kD, kB, kA, kE, kC};
    // 10.0.0.9 before 10.0.0.10 (numerically, not as text); IPv6 after IPv4.
    QTest::newRow("address") << DeviceSortOrder::Address << QStringList{kE, kC, kB, kA, kD};
    // First answer first; the one that never answered last.
    QTest::newRow("answer order") << DeviceSortOrder::AnswerOrder << QStringList{kC, kA, kD, kB, kE};
}

void TestDeviceSort::ordersTopLevelRows()
{
    QFETCH(DeviceSortOrder, order);
    QFETCH(QStringList, expected);
    DevicePanel panel;
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(*panel.model());
    // The source keeps the order the devices came in; only the proxy sorts.
    QCOMPARE(topLevel(*panel.model()), (QStringList{kA, kB, kC, kD, kE}));

    panel.setSortOrder(order);
    QCOMPARE(panel.sortOrder(), order);
    QCOMPARE(topLevel(*panel.proxyModel()), expected);

    // Resources keep their path order whatever the devices' order is.
    const QModelIndex a = panel.proxyModel()->mapFromSource(panel.model()->deviceIndex(
        CoapEndpoint(QHostAddress(QStringLiteral("10.0.0.10")), 5683)));
    QVERIFY(a.isValid());
    QCOMPARE(childNames(*panel.proxyModel(), a),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("device"), QStringLiteral("mid"),
                          QStringLiteral("sensors"), QStringLiteral("zeta")}));
    QCOMPARE(childNames(*panel.proxyModel(), panel.proxyModel()->index(
                 childNames(*panel.proxyModel(), a).indexOf(QStringLiteral("alpha")), 0, a)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestDeviceSort::chosenInThePanelMenu()
{
    DevicePanel panel;
    QAbstractItemModelTester proxyTester(panel.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(*panel.model());
    panel.resize(400, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &DevicePanel::sortOrderChanged);

    // Name is the default, checked in the menu; the three actions exclude each other.
    QCOMPARE(panel.sortOrder(), DeviceSortOrder::Name);
    QVERIFY(panel.sortAction(DeviceSortOrder::Name)->isChecked());
    QCOMPARE(panel.sortMenu()->actions().size(), 3);
    QCOMPARE(panel.sortButton()->menu(), panel.sortMenu());
    for (QAction *action : panel.sortMenu()->actions())
        QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text())); // a mnemonic each

    // The current row stays current when the devices move.
    const QModelIndex boiler = panel.proxyModel()->index(0, 0);
    QCOMPARE(boiler.data(Model::EndpointRole).toString(), kD);
    panel.treeView()->setCurrentIndex(boiler);

    panel.sortAction(DeviceSortOrder::Address)->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<DeviceSortOrder>(), DeviceSortOrder::Address);
    QVERIFY(panel.sortAction(DeviceSortOrder::Address)->isChecked());
    QVERIFY(!panel.sortAction(DeviceSortOrder::Name)->isChecked());
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kE, kC, kB, kA, kD}));
    QCOMPARE(panel.treeView()->currentIndex().data(Model::EndpointRole).toString(), kD);

    // By keyboard: Tab to the button beside the filter, Space opens the menu, arrows and Enter choose.
    panel.sortButton()->setFocus(Qt::TabFocusReason);
    QVERIFY(panel.sortButton()->focusPolicy() & Qt::TabFocus);
    QTimer::singleShot(0, &panel, [&panel] {
        QMenu *menu = panel.sortMenu();
        QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 5000);
        menu->setActiveAction(panel.sortAction(DeviceSortOrder::AnswerOrder));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(panel.sortButton(), Qt::Key_Space); // the menu runs its own loop until chosen
    QTRY_COMPARE_WITH_TIMEOUT(panel.sortOrder(), DeviceSortOrder::AnswerOrder, 5000);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kC, kA, kD, kB, kE}));

    // Choosing the same again changes nothing and says nothing.
    panel.setSortOrder(DeviceSortOrder::AnswerOrder);
    QCOMPARE(changed.count(), 2);
}

void TestDeviceSort::newAndRenamedDevicesFindTheirPlace()
{
    DevicePanel panel;
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(*panel.model());
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kD, kB, kA, kE, kC}));

    // A new device goes between "sensor 2" and "Sensor 10".
    panel.model()->addDevice(answered(QStringLiteral("10.0.0.30"), QStringLiteral("Sensor 3"), 4));
    const QString kF = QStringLiteral("10.0.0.30:5683");
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kD, kB, kF, kA, kE, kC}));

    // The device added by hand answers at last, with a name: it moves up among the named ones.
    panel.model()->addDevice(answered(QStringLiteral("10.0.0.1"), QStringLiteral("Annex"), 9));
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kE, kD, kB, kF, kA, kC}));

    // In answer order it now counts by its first answer.
    panel.setSortOrder(DeviceSortOrder::AnswerOrder);
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kC, kA, kD, kB, kF, kE}));
    // A later answer of a known device does not move it (the first answer counts).
    panel.model()->addDevice(answered(QStringLiteral("10.0.0.2"), QString(), 60));
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kC, kA, kD, kB, kF, kE}));

    // The filter and the order work together.
    panel.proxyModel()->setFilterFixedString(QStringLiteral("sensor 1"));
    QCOMPARE(topLevel(*panel.proxyModel()), (QStringList{kA, kE})); // kE: added by hand, always shown
}

void TestDeviceSort::settingsKeepTheChoice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sort.ini"));
    {
        Settings settings(file);
        QCOMPARE(settings.deviceSortOrder(), DeviceSortOrder::Name); // the default
        settings.setDeviceSortOrder(DeviceSortOrder::AnswerOrder);
        QCOMPARE(settings.deviceSortOrder(), DeviceSortOrder::AnswerOrder);
    }
    {
        Settings settings(file);
        QCOMPARE(settings.deviceSortOrder(), DeviceSortOrder::AnswerOrder);
        settings.setDeviceSortOrder(DeviceSortOrder::Address);
    }
    {
        Settings settings(file);
        QCOMPARE(settings.deviceSortOrder(), DeviceSortOrder::Address);
        // A hand-edited file with an unknown word falls back to the default.
        settings.storage()->setValue(QStringLiteral("devices/sortOrder"), QStringLiteral("colour"));
        QCOMPARE(settings.deviceSortOrder(), DeviceSortOrder::Name);
    }
}

QTEST_MAIN(TestDeviceSort)
#include "tst_devicesort.moc"

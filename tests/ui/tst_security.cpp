// The window's coaps part (issue 12): credentials per device or pattern without keys in the
// settings file, the demo's secured device observed and charted through DTLS with the protocol and
// cipher in the response header, a wrong key explained in place, and an untrusted certificate that
// is shown (subject, issuer, validity, SHA-256) and accepted for that one device.
#include "adddevicedialog.h"
#include "certificatedialog.h"
#include "chartpanel.h"
#include "coapdtlstransport.h"
#include "coapserver.h"
#include "credentialsdialog.h"
#include "credentialstore.h"
#include "devicepanel.h"
#include "devicetreemodel.h"
#include "explorer.h"
#include "externalpeer.h"
#include "messagelogmodel.h"
#include "messagelogview.h"
#include "mainwindow.h"
#include "responseview.h"
#include "secureconnections.h"
#include "securitypart.h"
#include "securitytext.h"
#include "settings.h"
#include "simulatedfleet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QHostInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

// Ends the demo's session with its coaps device and gives that device a wrong pre-shared key:
// the next exchange with it shakes hands anew, and fails.
static void giveWrongKey(Explorer *explorer, const CoapEndpoint &secure)
{
    explorer->window()->security()->connections()->transport()->closeSession(secure);
    DeviceCredentials wrong;
    wrong.pattern = QStringLiteral("127.0.0.1:%1").arg(secure.port());
    wrong.pskIdentity = QStringLiteral("demo");
    explorer->window()->security()->store()->setEntry(wrong, "not the demo key", CredentialStore::KeyLifetime::Session);
}

// Our own DTLS server end on a free port of address: a secured device for a test.
static bool listenSecure(CoapDtlsTransport *transport, const CoapSecurityConfig &config,
                         const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    transport->setServerMode(true);
    transport->setSecurityConfig(config);
    return transport->bind(address, 0);
}

// A device's pre-shared key and identity.
static CoapSecurityConfig pskOf(const QByteArray &identity, const QByteArray &key)
{
    CoapSecurityConfig config;
    config.pskIdentity = identity;
    config.psk = key;
    return config;
}

class TestSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storeKeepsKeysOutOfSettings();
    void patternMatching();
    void keychainStateIsDecided();
    void credentialsDialogSaves();
    void demoSecureDeviceObservedAndCharted();
    void wrongKeyExplainedInPlace();
    void closedCoapsPortExplainedInPlace();
    void secureDeviceListsItsResources();
    void secureDeviceAddedByHand();
    void secureDeviceAddedByHostName();
    void secureDeviceByNameTriesItsNextAddress();
    void untrustedCertificateAcceptedForOneDevice();
    void sessionEndsWhenTheExchangeGroupEnds();

private:
    std::unique_ptr<Explorer> startExplorer(std::unique_ptr<Settings> &settings);
    // An Explorer on the demo fleet of `devices` devices, the first with a coaps endpoint; listed:
    // once the demo's own ask of that device's resources over DTLS is done.
    std::unique_ptr<Explorer> startSecureDemo(std::unique_ptr<Settings> &settings, int devices, bool listed = false);
    // Two devices, the coaps one listed, and the demo's discovery over: the demo's own bookmark and
    // ask of that device go first, so that what a test adds by hand is the user's.
    std::unique_ptr<Explorer> startQuietSecureDemo(std::unique_ptr<Settings> &settings);
    QTemporaryDir m_dir;
};

void TestSecurity::initTestCase()
{
    // No test may write into a keychain of the machine it runs on.
    qputenv("COAP_EXPLORER_NO_KEYCHAIN", "1");
}

void TestSecurity::storeKeepsKeysOutOfSettings()
{
    const QString file = m_dir.filePath(QStringLiteral("store.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        CredentialStore store(&settings, CredentialStore::Backend::SessionOnly);
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unavailable);
        DeviceCredentials e;
        e.pattern = QStringLiteral("192.0.2.5");
        e.pskIdentity = QStringLiteral("tech");
        store.setEntry(e, QByteArrayLiteral("VerySecretKey42"));
        const CoapSecurityConfig c = store.configFor(QStringLiteral("192.0.2.5"), 5684);
        QCOMPARE(c.pskIdentity, QByteArray("tech"));
        QCOMPARE(c.psk, QByteArray("VerySecretKey42"));
    }
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("tech"));
    QVERIFY2(!text.contains("VerySecretKey42") && !text.contains(QByteArray("VerySecretKey42").toBase64()),
             "the key must never be in the settings file");
    // A new session knows the device and identity, not the key (no keychain here).
    QSettings settings(file, QSettings::IniFormat);
    CredentialStore again(&settings, CredentialStore::Backend::SessionOnly);
    QCOMPARE(again.entries().size(), 1);
    QVERIFY(!again.hasKey(QStringLiteral("192.0.2.5")));
    QVERIFY(again.configFor(QStringLiteral("192.0.2.5"), 5684).psk.isEmpty());
}

void TestSecurity::patternMatching()
{
    QSettings settings(m_dir.filePath(QStringLiteral("patterns.ini")), QSettings::IniFormat);
    CredentialStore store(&settings, CredentialStore::Backend::SessionOnly);
    DeviceCredentials wildcard;
    wildcard.pattern = QStringLiteral("10.0.0.*");
    wildcard.pskIdentity = QStringLiteral("fleet");
    store.setEntry(wildcard, "fleetkey");
    DeviceCredentials exact;
    exact.pattern = QStringLiteral("10.0.0.7:5684");
    exact.pskIdentity = QStringLiteral("special");
    store.setEntry(exact, "specialkey");
    QCOMPARE(store.configFor(QStringLiteral("10.0.0.3"), 5684).pskIdentity, QByteArray("fleet"));
    QCOMPARE(store.configFor(QStringLiteral("10.0.0.7"), 5684).pskIdentity, QByteArray("special"));
    QCOMPARE(store.configFor(QStringLiteral("10.0.0.7"), 6000).pskIdentity, QByteArray("fleet"));
    QVERIFY(store.configFor(QStringLiteral("10.0.1.7"), 5684).pskIdentity.isEmpty());
    store.removeEntry(QStringLiteral("10.0.0.*"));
    QVERIFY(store.configFor(QStringLiteral("10.0.0.3"), 5684).pskIdentity.isEmpty());
}

void TestSecurity::keychainStateIsDecided()
{
    // With the system keychain asked (read only: a probe), the store finds out within a bound
    // whether one runs; without one (CI, a bare server) the dialog says keys last this session only.
    QSettings settings(m_dir.filePath(QStringLiteral("probe.ini")), QSettings::IniFormat);
    CredentialStore store(&settings, CredentialStore::Backend::SystemKeychain);
    QTRY_VERIFY_WITH_TIMEOUT(store.keychainState() != CredentialStore::KeychainState::Unknown, 30000);
    CredentialsDialog dialog(&store);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    QVERIFY(note);
    if (store.keychainState() == CredentialStore::KeychainState::Unavailable)
        QVERIFY2(note->text().contains(QStringLiteral("this session only")), qPrintable(note->text()));
    else
        QVERIFY(note->text().contains(QStringLiteral("system keychain")));
}

void TestSecurity::credentialsDialogSaves()
{
    QSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
    CredentialStore store(&settings, CredentialStore::Backend::SessionOnly);
    CredentialsDialog dialog(&store, QStringLiteral("192.0.2.9"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("patternEdit"))->text(), QStringLiteral("192.0.2.9"));
    dialog.findChild<QLineEdit *>(QStringLiteral("identityEdit"))->setText(QStringLiteral("tech"));
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->setText(QStringLiteral("0xzz"));
    QVERIFY(!dialog.saveCurrent()); // bad hex is refused in place
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("credentialsError"))->text().contains(QStringLiteral("hex")));
    key->setText(QStringLiteral("0x00ff10"));
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(store.configFor(QStringLiteral("192.0.2.9"), 5684).psk, QByteArray("\x00\xff\x10", 3));
    QVERIFY(key->text().isEmpty()); // not left on screen
}

std::unique_ptr<Explorer> TestSecurity::startExplorer(std::unique_ptr<Settings> &settings)
{
    QFile::remove(m_dir.filePath(QStringLiteral("explorer.ini")));
    settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("explorer.ini")));
    auto explorer = std::make_unique<Explorer>(settings.get());
    explorer->window()->resize(1280, 800);
    explorer->window()->show();
    return explorer;
}

std::unique_ptr<Explorer> TestSecurity::startSecureDemo(std::unique_ptr<Settings> &settings, int devices, bool listed)
{
    std::unique_ptr<Explorer> explorer = startExplorer(settings);
    QString problem;
    if (!explorer->startDemo(devices, &problem)) {
        qWarning("the demo did not start: %s", qPrintable(problem));
        return {};
    }
    const DeviceTreeModel *model = explorer->devices()->model();
    const QString uri = explorer->demoSecureUri();
    if (listed && !QTest::qWaitFor([&] { return model->indexForUri(uri).data(DeviceTreeModel::HasLinkRole).toBool(); }, 15000)) {
        qWarning("the demo's coaps device did not list its resources");
        return {};
    }
    return explorer;
}

std::unique_ptr<Explorer> TestSecurity::startQuietSecureDemo(std::unique_ptr<Settings> &settings)
{
    std::unique_ptr<Explorer> explorer = startSecureDemo(settings, 2, true);
    if (explorer && !QTest::qWaitFor([&] { return !explorer->devices()->isDiscovering(); }, 15000)) {
        qWarning("the demo's discovery did not end");
        return {};
    }
    return explorer;
}

void TestSecurity::demoSecureDeviceObservedAndCharted()
{
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startSecureDemo(settings, 3);
    QVERIFY(explorer);
    const QString uri = explorer->demoSecureUri();
    QVERIFY(uri.startsWith(QLatin1String("coaps://127.0.0.1:")));

    // The tree shows the secured device with its padlock.
    DeviceTreeModel *model = explorer->devices()->model();
    const QModelIndex item = model->indexForUri(uri);
    QVERIFY(item.isValid());
    QVERIFY(model->uri(item.parent().isValid() ? item.parent() : item).startsWith(QLatin1String("coaps://")));
    // It lives as long as the demo: its port is new at every start, so it is never saved (before,
    // every start left one more dead coaps device in the tree of the next).
    for (const Bookmark &b : settings->bookmarks())
        QVERIFY2(b.uri != uri, qPrintable(b.uri));
    explorer->devices()->setBookmarks(explorer->devices()->bookmarks() << QStringLiteral("coap://192.0.2.9/x"));
    QStringList saved;
    for (const Bookmark &b : settings->bookmarks())
        saved << b.uri;
    QVERIFY2(saved.contains(QStringLiteral("coap://192.0.2.9/x")) && !saved.contains(uri), qPrintable(saved.join(u' ')));

    // Observed in the window: the header names the protocol and the cipher.
    MainWindow *window = explorer->window();
    CoapReply *observation = window->startObservation(uri);
    QVERIFY(observation);
    QSignalSpy notifications(observation, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(notifications.size() >= 2, 15000);
    QVERIFY2(window->responseView()->detailText().contains(QStringLiteral("DTLS 1.2")), qPrintable(window->responseView()->detailText()));
    QVERIFY2(window->responseView()->detailText().contains(QStringLiteral("PSK-AES128-CCM8")), qPrintable(window->responseView()->detailText()));
    QVERIFY(window->responseView()->payload().contains("Temperature") || !window->responseView()->payload().isEmpty());

    // Charted: the chart panel gets the secured device's notifications.
    CoapReply *charted = explorer->chartUri(uri);
    QVERIFY(charted);
    QSignalSpy chartNotifications(charted, &CoapReply::notificationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(chartNotifications.size() >= 2, 15000);
    QVERIFY(explorer->charts()->observationCount() >= 1);
    // One DTLS session carries both observations.
    QCOMPARE(window->security()->connections()->transport()->sessionCount(), 1);
}

void TestSecurity::wrongKeyExplainedInPlace()
{
    std::unique_ptr<Settings> settings;
    // The demo lists the device's resources over DTLS with the right key first; once that is done
    // its session ends here, so that the request below shakes hands with the wrong key.
    std::unique_ptr<Explorer> explorer = startSecureDemo(settings, 2, true);
    QVERIFY(explorer);
    const CoapEndpoint secure = explorer->fleet()->secureEndpoints().value(0);
    giveWrongKey(explorer.get(), secure);
    QElapsedTimer t;
    t.start();
    explorer->window()->sendUri(explorer->demoSecureUri());
    QTRY_VERIFY_WITH_TIMEOUT(explorer->window()->responseView()->bannerText().contains(QStringLiteral("pre-shared key")), 10000);
    QVERIFY(t.elapsed() < 10000);
    QVERIFY(!explorer->window()->responseView()->hasResponse());
}

void TestSecurity::closedCoapsPortExplainedInPlace()
{
    // A coaps request from the composer to a port where nothing listens: the response view says so
    // in the words a plain request gets, at once (the system's ICMP answer), not a DTLS failure
    // after the handshake's 10 s.
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startExplorer(settings);
    DeviceCredentials credentials;
    credentials.pattern = QStringLiteral("127.0.0.1:%1").arg(port);
    credentials.pskIdentity = QStringLiteral("field");
    explorer->window()->security()->store()->setEntry(credentials, "fieldKey", CredentialStore::KeyLifetime::Session);
    QElapsedTimer t;
    t.start();
    explorer->window()->sendUri(QStringLiteral("coaps://127.0.0.1:%1/temperature").arg(port));
    ResponseView *view = explorer->window()->responseView();
    QTRY_VERIFY_WITH_TIMEOUT(view->bannerText().contains(QStringLiteral("port unreachable")), 5000);
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(!view->bannerText().contains(QStringLiteral("DTLS")), qPrintable(view->bannerText()));
    QVERIFY(!view->hasResponse());
    // The message log shows the request that got no further, as for a plain one.
    QTRY_COMPARE_WITH_TIMEOUT(explorer->log()->model()->rowCount(), 1, 3000);
    // A picture for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(explorer->window()->grab().save(QDir(dir).filePath(QStringLiteral("coaps-port-unreachable.png"))));
}

void TestSecurity::secureDeviceListsItsResources()
{
    // The demo lists the coaps device's resources at once: /.well-known/core asked over DTLS with
    // its credentials (plain discovery cannot), under its coaps:// origin. Refresh resources asks
    // again the same way.
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startSecureDemo(settings, 2);
    QVERIFY(explorer);
    const QString uri = explorer->demoSecureUri();
    DeviceTreeModel *model = explorer->devices()->model();
    QVERIFY(model->indexForUri(uri).isValid());
    const auto listedUnder = [model](const QModelIndex &root) {
        int listed = 0;
        QList<QModelIndex> todo{root};
        while (!todo.isEmpty()) {
            const QModelIndex at = todo.takeLast();
            for (int row = 0; row < model->rowCount(at); ++row) {
                const QModelIndex child = model->index(row, 0, at);
                listed += child.data(DeviceTreeModel::HasLinkRole).toBool() ? 1 : 0;
                todo.append(child);
            }
        }
        return listed;
    };
    const auto deviceOf = [model](QModelIndex index) {
        while (index.parent().isValid())
            index = index.parent();
        return index;
    };
    // The bookmarked resource is now one the device lists itself.
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForUri(uri).data(DeviceTreeModel::HasLinkRole).toBool(), 15000);
    QModelIndex device = deviceOf(model->indexForUri(uri));
    const QString origin = model->uri(device);
    QVERIFY2(origin.startsWith(QLatin1String("coaps://127.0.0.1:")), qPrintable(origin));
    const int listed = listedUnder(device);
    QVERIFY2(listed >= 3, qPrintable(QString::number(listed)));

    explorer->devices()->refreshResources(device);
    // (The demo's own discovery may still be listening; the line shows once it is done.)
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer->devices()->statusText()), 15000);
    device = model->indexForUri(origin);
    QVERIFY(device.isValid());
    QCOMPARE(listedUnder(device), listed);
    // A picture for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTreeView *tree = explorer->devices()->treeView();
        const QModelIndex shown = static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(device);
        tree->scrollTo(shown, QAbstractItemView::PositionAtTop);
        QCoreApplication::sendPostedEvents();
        QVERIFY(explorer->devices()->grab().save(QDir(dir).filePath(QStringLiteral("coaps-device-resources.png"))));
    }

    // With a wrong key the handshake fails, and the panel says so in words, at once.
    const CoapEndpoint secure = explorer->fleet()->secureEndpoints().value(0);
    giveWrongKey(explorer.get(), secure);
    QElapsedTimer t;
    t.start();
    explorer->devices()->refreshResources(device);
    QTRY_VERIFY_WITH_TIMEOUT(explorer->devices()->messageText().contains(QStringLiteral("pre-shared key")), 10000);
    QVERIFY(t.elapsed() < 10000);
}

void TestSecurity::secureDeviceAddedByHand()
{
    // Add device… with coaps://address: the device is listed under its coaps origin, asked over
    // DTLS, kept in "Devices added by hand" as a coaps entry, and goes again with it.
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startQuietSecureDemo(settings);
    QVERIFY(explorer);
    const CoapEndpoint secure = explorer->fleet()->secureEndpoints().value(0);
    DeviceTreeModel *model = explorer->devices()->model();

    AddDeviceDialog dialog;
    dialog.setAddress(QStringLiteral("coaps://127.0.0.1:%1").arg(secure.port()));
    // A picture of the dialog for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("add-coaps-device.png"))));
    }
    dialog.accept();
    QVERIFY(dialog.secure());
    explorer->devices()->addDevice(dialog.host(), dialog.port(), dialog.secure());
    const QString entry = QStringLiteral("coaps://127.0.0.1:%1").arg(secure.port());
    QCOMPARE(explorer->devices()->devicesAddedByHand(), QStringList{entry});
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer->devices()->statusText()), 15000);
    const QModelIndex device = model->deviceIndex(secure, true);
    QVERIFY(device.isValid());
    QVERIFY(device.data(DeviceTreeModel::AddedByHandRole).toBool());
    QVERIFY(!model->deviceIndex(secure, false).isValid()); // no plain coap:// row for the DTLS port
    QVERIFY(model->rowCount(device) >= 3);
    // A picture of the list for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        explorer->devices()->showDevicesAddedByHandDialog();
        auto *list = explorer->devices()->findChild<QDialog *>(QStringLiteral("addedDevicesDialog"));
        QVERIFY(list);
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QVERIFY(list->grab().save(QDir(dir).filePath(QStringLiteral("coaps-device-added-by-hand.png"))));
        list->close();
    }
    // The entry reads back with Add device…'s rules, as the next start reads it.
    const AddDeviceDialog::Parsed again = AddDeviceDialog::parseAddress(entry);
    QVERIFY(again.error.isEmpty() && again.secure && again.port == secure.port() && again.host == QLatin1String("127.0.0.1"));

    // Taken off the list, it leaves the tree, as a plain device does (with its bookmarks).
    QVERIFY(explorer->devices()->removeDeviceAddedByHand(entry));
    QVERIFY(explorer->devices()->devicesAddedByHand().isEmpty());
    QVERIFY(!model->deviceIndex(secure, true).isValid());
}

void TestSecurity::secureDeviceAddedByHostName()
{
    // Add device… with coaps://localhost:PORT: the name is looked up (in /etc/hosts: nothing
    // leaves the machine), the device is asked over DTLS with the credentials stored for the name,
    // and listed under its name, so that requests from the tree carry it. It is kept by name in
    // "Devices added by hand" and leaves the tree with it.
    const QList<QHostAddress> localhost = QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    if (localhost.isEmpty() || localhost.constFirst() != QHostAddress(QHostAddress::LocalHost))
        QSKIP("localhost does not resolve to 127.0.0.1 first on this machine, where the simulated device listens");
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startQuietSecureDemo(settings);
    QVERIFY(explorer);
    const CoapEndpoint secure = explorer->fleet()->secureEndpoints().value(0);
    DeviceTreeModel *model = explorer->devices()->model();
    // The demo filled in credentials for the address; the name has its own, and only those are
    // right: the address's key is made wrong (and its session ended).
    giveWrongKey(explorer.get(), secure);
    DeviceCredentials byName;
    byName.pattern = QStringLiteral("localhost:%1").arg(secure.port());
    byName.pskIdentity = QStringLiteral("demo");
    explorer->window()->security()->store()->setEntry(byName, explorer->fleet()->options().security.psk,
                                                      CredentialStore::KeyLifetime::Session);

    AddDeviceDialog dialog;
    dialog.setAddress(QStringLiteral("coaps://LocalHost:%1").arg(secure.port()));
    dialog.accept();
    QVERIFY(dialog.secure());
    QCOMPARE(dialog.host(), QStringLiteral("localhost"));
    explorer->devices()->addDevice(dialog.host(), dialog.port(), dialog.secure());
    const QString entry = QStringLiteral("coaps://localhost:%1").arg(secure.port());
    QCOMPARE(explorer->devices()->devicesAddedByHand(), QStringList{entry});
    // Listed at once, under its name.
    QModelIndex device = model->indexForUri(entry);
    QVERIFY(device.isValid());
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer->devices()->statusText() + explorer->devices()->messageText()), 15000);
    device = model->indexForUri(entry);
    QVERIFY(device.isValid());
    QVERIFY(device.data(DeviceTreeModel::AddedByHandRole).toBool());
    QCOMPARE(device.data(DeviceTreeModel::EndpointRole).toString(), secure.toString());
    QVERIFY(model->rowCount(device) >= 3);
    const QString resource = model->uri(model->index(0, 0, device));
    QVERIFY2(resource.startsWith(entry + QLatin1Char('/')), qPrintable(resource));
    // A picture for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTreeView *tree = explorer->devices()->treeView();
        const QModelIndex shown = static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(device);
        tree->expand(shown);
        tree->scrollTo(shown, QAbstractItemView::PositionAtTop);
        QCoreApplication::sendPostedEvents();
        QVERIFY(explorer->devices()->grab().save(QDir(dir).filePath(QStringLiteral("coaps-device-by-name.png"))));
    }
    // The entry reads back with Add device…'s rules, as the next start reads it.
    const AddDeviceDialog::Parsed again = AddDeviceDialog::parseAddress(entry);
    QVERIFY(again.error.isEmpty() && again.secure && again.port == secure.port() && again.host == QLatin1String("localhost"));

    // Refresh resources looks the name up again and asks over DTLS again.
    explorer->devices()->refreshResources(device);
    QVERIFY2(explorer->devices()->statusText().contains(QStringLiteral("Looking up localhost")),
             qPrintable(explorer->devices()->statusText()));
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer->devices()->statusText() + explorer->devices()->messageText()), 15000);
    QVERIFY(model->indexForUri(entry).isValid());

    // With a wrong key for the name the handshake fails, and the panel says so in words, at once.
    explorer->window()->security()->connections()->transport()->closeSession(secure);
    explorer->window()->security()->store()->setEntry(byName, "not the demo key", CredentialStore::KeyLifetime::Session);
    QElapsedTimer t;
    t.start();
    explorer->devices()->refreshResources(model->indexForUri(entry));
    QTRY_VERIFY_WITH_TIMEOUT(explorer->devices()->messageText().contains(QStringLiteral("pre-shared key")), 10000);
    QVERIFY(t.elapsed() < 10000);

    // A name that cannot resolve is said in the banner. (A 70-letter label is not a name any
    // resolver takes: refused on this machine, no query leaves it.)
    const QString unresolvable = QString(70, QLatin1Char('x')) + QStringLiteral(".example");
    explorer->devices()->addDevice(unresolvable, 5684, true);
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->messageText().contains(QStringLiteral("could not be resolved")),
                              qPrintable(explorer->devices()->messageText()), 10000);
    QVERIFY(explorer->devices()->removeDeviceAddedByHand(QStringLiteral("coaps://%1").arg(unresolvable)));

    // Taken off the list, it leaves the tree; the device under its address stays.
    QVERIFY(explorer->devices()->removeDeviceAddedByHand(entry));
    QVERIFY(explorer->devices()->devicesAddedByHand().isEmpty());
    QVERIFY(!model->indexForUri(entry).isValid());
    QVERIFY(model->deviceIndex(secure, true).isValid());
}

void TestSecurity::secureDeviceByNameTriesItsNextAddress()
{
    // A coaps device added by a host name with two addresses, its DTLS service on the second one
    // only: the first answers ICMP "port unreachable", and the panel asks the name's next
    // address, where the device lists its resources. The name gets its two addresses from a hosts
    // file bind-mounted in a mount namespace of this test's own (unshare(1)): the test runs this
    // function again in there. Nothing leaves loopback; the machine's /etc/hosts is not touched.
    const QString name = QStringLiteral("twoaddr.coap-explorer.test");
    if (qEnvironmentVariableIsEmpty("COAP_TEST_TWO_ADDRESS_NAME")) {
        QProcess probe;
        probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("needs unshare(1) and the right to make a mount namespace (run the suite as root to include this test)");
        QTemporaryDir dir;
        QFile hosts(dir.filePath(QStringLiteral("hosts")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        // 127.0.0.1 sorts first (RFC 6724: the longer prefix shared with the source address).
        hosts.write(QStringLiteral("127.0.0.2 %1\n127.0.0.1 %1\n").arg(name).toUtf8());
        hosts.close();
        QProcess self;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COAP_TEST_TWO_ADDRESS_NAME"), QStringLiteral("1"));
        self.setProcessEnvironment(environment);
        self.setProcessChannelMode(QProcess::MergedChannels);
        self.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("mount --bind \"$0\" /etc/hosts && exec \"$@\""), hosts.fileName(),
                                               QCoreApplication::applicationFilePath(),
                                               QStringLiteral("secureDeviceByNameTriesItsNextAddress")});
        const bool ended = self.waitForFinished(60000);
        if (!ended) {
            self.kill();
            self.waitForFinished(3000);
        }
        const QByteArray output = self.readAll();
        QVERIFY2(ended && self.exitStatus() == QProcess::NormalExit && self.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSecurity::secureDeviceByNameTriesItsNextAddress()"), output.constData());
        return;
    }

    const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
    QCOMPARE(addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))}));
    CoapDtlsTransport serverTransport;
    QVERIFY(listenSecure(&serverTransport, pskOf("field", "boilerKey"), QHostAddress(QStringLiteral("127.0.0.2"))));
    const quint16 port = serverTransport.localEndpoint().port();
    CoapServer server(&serverTransport);
    server.addResource(QStringLiteral("/boiler/temperature")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
        r.respond(CoapCode::Content, "61.5");
    });

    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startExplorer(settings);
    DeviceCredentials credentials;
    credentials.pattern = QStringLiteral("%1:%2").arg(name).arg(port);
    credentials.pskIdentity = QStringLiteral("field");
    explorer->window()->security()->store()->setEntry(credentials, "boilerKey", CredentialStore::KeyLifetime::Session);
    QElapsedTimer t;
    t.start();
    explorer->devices()->addDevice(name, port, true);
    const QString entry = QStringLiteral("coaps://%1:%2").arg(name).arg(port);
    DeviceTreeModel *model = explorer->devices()->model();
    QTRY_VERIFY2_WITH_TIMEOUT(explorer->devices()->statusText().contains(QStringLiteral("listed its resources")),
                              qPrintable(explorer->devices()->statusText() + explorer->devices()->messageText()), 15000);
    // Well inside the handshake's 10-s bound: the first address was given up at its ICMP answer.
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    const QModelIndex device = model->indexForUri(entry);
    QVERIFY(device.isValid());
    QCOMPARE(device.data(DeviceTreeModel::EndpointRole).toString(), QStringLiteral("127.0.0.2:%1").arg(port));
    const QString resource = model->uri(model->index(0, 0, device));
    QVERIFY2(resource.startsWith(entry + QStringLiteral("/boiler")), qPrintable(resource));
    QVERIFY(explorer->devices()->messageText().isEmpty());
    // A picture for people to look at; only when asked for (COAP_UI_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("COAP_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTreeView *tree = explorer->devices()->treeView();
        tree->expandAll();
        QCoreApplication::sendPostedEvents();
        QVERIFY(explorer->devices()->grab().save(QDir(dir).filePath(QStringLiteral("coaps-device-by-name-second-address.png"))));
    }
}

void TestSecurity::untrustedCertificateAcceptedForOneDevice()
{
    // A device with a self-signed certificate: untrusted until the user has seen and accepted it.
    QTemporaryDir pki;
    QProcess openssl;
    openssl.setWorkingDirectory(pki.path());
    openssl.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                              "-keyout", "device.key", "-out", "device.pem", "-days", "30", "-subj",
                                              "/CN=Field Sensor/O=Example Works", "-addext", "subjectAltName=IP:127.0.0.1"});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    const QSslCertificate certificate = QSslCertificate::fromPath(pki.filePath(QStringLiteral("device.pem"))).value(0);
    QFile keyFile(pki.filePath(QStringLiteral("device.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    CoapSecurityConfig serverConfig;
    serverConfig.certificate = certificate;
    serverConfig.privateKey = QSslKey(keyFile.readAll(), QSsl::Ec);
    CoapDtlsTransport serverTransport;
    QVERIFY(listenSecure(&serverTransport, serverConfig));
    CoapServer server(&serverTransport);
    server.addResource(QStringLiteral("/status")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
        r.respond(CoapCode::Content, "ok");
    });

    std::unique_ptr<Settings> settings;
    std::unique_ptr<Explorer> explorer = startExplorer(settings);
    MainWindow *window = explorer->window();
    const QString uri = QStringLiteral("coaps://127.0.0.1:%1/status").arg(serverTransport.localEndpoint().port());
    window->sendUri(uri);
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<CertificateDialog *>()) != nullptr, 10000);
    QVERIFY(window->responseView()->bannerText().contains(QStringLiteral("not signed by a trusted authority")));
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("certificateSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Field Sensor")) && summary.contains(QStringLiteral("Issuer"))
                     && summary.contains(QStringLiteral("Valid")) && summary.contains(SecurityText::fingerprintText(certificate)),
             qPrintable(summary));
    dialog->findChild<QPushButton *>(QStringLiteral("acceptCertificateButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->responseView()->hasResponse() && window->responseView()->payload() == "ok", 10000);
    QVERIFY(window->responseView()->detailText().contains(QStringLiteral("ECDHE-ECDSA")));
    // Accepted for this device (host and port) only.
    const auto entries = window->security()->store()->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().pattern, QStringLiteral("127.0.0.1:%1").arg(serverTransport.localEndpoint().port()));
    QCOMPARE(entries.first().acceptedFingerprints, QStringList{coapCertificateFingerprint(certificate)});
    QVERIFY(window->security()->store()->configFor(QStringLiteral("127.0.0.1"), 1).acceptedFingerprints.isEmpty());
}

void TestSecurity::sessionEndsWhenTheExchangeGroupEnds()
{
    // Our own DTLS server end, to see the close_notify arrive.
    const CoapSecurityConfig serverConfig = pskOf("group", "group key");
    CoapDtlsTransport serverTransport;
    QVERIFY(listenSecure(&serverTransport, serverConfig));
    CoapServer server(&serverTransport);
    server.addResource(QStringLiteral("/hello")).on(CoapCode::Get, [](const CoapServerRequest &, const CoapResponder &r) {
        r.respond(CoapCode::Content, "hi");
    });
    QSignalSpy serverSessions(&serverTransport, &CoapDtlsTransport::sessionEstablished);
    QSignalSpy serverClosed(&serverTransport, &CoapDtlsTransport::sessionClosed);

    QSettings settings(m_dir.filePath(QStringLiteral("group.ini")), QSettings::IniFormat);
    CredentialStore store(&settings, CredentialStore::Backend::SessionOnly);
    const quint16 port = serverTransport.localEndpoint().port();
    DeviceCredentials entry;
    entry.pattern = QStringLiteral("127.0.0.1:%1").arg(port);
    entry.pskIdentity = QStringLiteral("group");
    store.setEntry(entry, "group key", CredentialStore::KeyLifetime::Session);
    SecureConnections connections(&store);
    connections.setLingerMs(400);
    const CoapUri uri = CoapUri::parse(QStringLiteral("coaps://127.0.0.1:%1/hello").arg(port)).uri;
    const CoapEndpoint peer(QHostAddress(QHostAddress::LocalHost), port);
    auto get = [&] {
        connections.prepare(uri, peer);
        CoapRequest request;
        request.endpoint = peer;
        request.message = CoapMessage(CoapType::Confirmable, CoapCode::Get);
        request.message.addOption(CoapOptionNumber::UriPath, "hello");
        CoapReply *reply = connections.client()->send(request);
        QSignalSpy finished(reply, &CoapReply::finished);
        return finished.wait(10000) && reply->error() == CoapError::None && reply->response().payload() == "hi";
    };

    // Two requests in a row share one session; while one runs nothing is closed.
    QVERIFY(get());
    QVERIFY(get());
    QCOMPARE(serverSessions.size(), 1);
    QVERIFY(connections.transport()->hasSession(peer));
    // The group is over: after the linger the device hears close_notify and drops its session.
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, 5000);
    QVERIFY(!connections.transport()->hasSession(peer));
    QCOMPARE(serverTransport.sessionCount(), 0);
    // The next request sets up a new session by itself.
    QVERIFY(get());
    QCOMPARE(serverSessions.size(), 2);
}

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"

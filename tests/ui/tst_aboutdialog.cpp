// Help → About and the first start's offer (ui/help/): what they show and what one click does.
#include "aboutdialog.h"
#include "devicepanel.h"
#include "explorer.h"
#include "mainwindow.h"
#include "settings.h"
#include "simulatedfleet.h"
#include "welcomedialog.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsVersionLicenceAndLibraries();
    void versionReportForBugReports();
    void retranslatesOnLanguageChange();
    void firstStartIsWhenNothingIsSaved();
    void welcomeDemoInOneClick();
    void welcomeDiscoverInOneClick();

private:
    QTemporaryDir m_dir;
};

void tst_AboutDialog::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(COAP_EXPLORER_VERSION));
    QVERIFY(m_dir.isValid());
}

void tst_AboutDialog::showsVersionLicenceAndLibraries()
{
    AboutDialog dialog;
    const QString title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))->text();
    QVERIFY2(title.contains(QStringLiteral("CoAP Explorer " COAP_EXPLORER_VERSION)), qPrintable(title));
    const QString text = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"))->toPlainText();
    QVERIFY2(text.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Qt Charts")), qPrintable(text));
    // The Qt the program runs with, not only the one it was built with.
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    for (const char *module : {"Qt Core", "Qt GUI", "Qt Network", "Qt Widgets"})
        QVERIFY2(text.contains(QLatin1String(module)), module);
}

void tst_AboutDialog::versionReportForBugReports()
{
    const QString report = AboutDialog::versionReport();
    QVERIFY(report.startsWith(QStringLiteral("CoAP Explorer " COAP_EXPLORER_VERSION "\n")));
    QVERIFY(report.contains(QStringLiteral("Qt %1 (run time)").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(report.contains(QLatin1String("GPL-3.0-or-later")));
    AboutDialog dialog;
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopy"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), report);
}

void tst_AboutDialog::retranslatesOnLanguageChange()
{
    AboutDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About CoAP Explorer"));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/coap-explorer_de.qm")));
    // Installing posts LanguageChange to every window; the dialog retranslates itself on it.
    QCoreApplication::installTranslator(&german);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("Über CoAP Explorer"), 5000);
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"))->toPlainText().contains(QLatin1String("Bibliotheken")));
    QCoreApplication::removeTranslator(&german);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.windowTitle(), QStringLiteral("About CoAP Explorer"), 5000);
}

void tst_AboutDialog::firstStartIsWhenNothingIsSaved()
{
    const QString file = m_dir.filePath(QStringLiteral("first.ini"));
    {
        Settings settings(file);
        QVERIFY(WelcomeDialog::isFirstStart(settings));
        settings.setDiscoverOnStart(false); // any saved value: no longer the first start
        settings.sync();
    }
    Settings again(file);
    QVERIFY(!WelcomeDialog::isFirstStart(again));
}

void tst_AboutDialog::welcomeDemoInOneClick()
{
    Settings settings(m_dir.filePath(QStringLiteral("demo.ini")));
    Explorer explorer(&settings);
    explorer.window()->show();
    WelcomeDialog welcome(&explorer, explorer.window());
    welcome.open();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QTest::mouseClick(welcome.demoButton(), Qt::LeftButton);
    QCOMPARE(welcome.result(), int(QDialog::Accepted));
    QVERIFY(!welcome.isVisible());
    QVERIFY(explorer.fleet());
    // Five devices answer the discovery; the demo's coaps endpoint of the first is listed too.
    QVERIFY(!explorer.demoSecureUri().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(explorer.devices()->deviceCount(), 6, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!explorer.devices()->isDiscovering(), 15000);
    QCOMPARE(explorer.devices()->deviceCount(), 6);
}

void tst_AboutDialog::welcomeDiscoverInOneClick()
{
    // Discovery of a fleet on loopback (the test must not send multicast into real networks):
    // the welcome's button starts the device panel's discovery with whatever it is set to ask.
    SimulatedFleet fleet;
    FleetOptions options;
    options.deviceCount = 2;
    options.basePort = 0;
    options.groupEndpoint = true;
    QVERIFY2(fleet.start(options), qPrintable(fleet.lastError().detail));
    Settings settings(m_dir.filePath(QStringLiteral("discover.ini")));
    Explorer explorer(&settings);
    CoapDiscoveryOptions discovery = explorer.devices()->discoveryOptions();
    discovery.groups.clear();
    discovery.groupEndpoints = {fleet.groupEndpoint()};
    discovery.waitMs = int(options.groupLeisureMs) + 1000;
    explorer.devices()->setDiscoveryOptions(discovery);
    explorer.devices()->setGroupEndpoints(discovery.groupEndpoints);
    explorer.window()->show();
    WelcomeDialog welcome(&explorer, explorer.window());
    welcome.open();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QTest::mouseClick(welcome.discoverButton(), Qt::LeftButton);
    QCOMPARE(welcome.result(), int(QDialog::Accepted));
    QVERIFY(explorer.devices()->isDiscovering());
    QVERIFY(!explorer.fleet()); // the user's discovery, not the demo
    QTRY_COMPARE_WITH_TIMEOUT(explorer.devices()->deviceCount(), 2, 15000);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"

// The typed settings wrapper and the settings dialog (ui/settings/settings.h, ui/settings/settingsdialog.h).
#include "settings.h"
#include "settingsdialog.h"

#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void roundTrip();
    void recentUris();
    void dialogWritesSettings();
    void dialogRejectsBadGroup();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void tst_Settings::defaults()
{
    Settings s(file("defaults.ini"));
    const CoapTransmissionParameters p = s.transmissionParameters();
    QCOMPARE(p.ackTimeoutMs, 2000);
    QCOMPARE(p.maxRetransmit, 4);
    QCOMPARE(s.blockSzx(), 6);
    QCOMPARE(s.tokenLength(), 4);
    QCOMPARE(s.blockRetries(), 2);
    QCOMPARE(s.discoveryGroups(), Settings::defaultDiscoveryGroups());
    QVERIFY(s.discoveryInterfaces().isEmpty());
    QCOMPARE(s.discoveryWaitMs(), 5000);
    QVERIFY(!s.discoverOnStart());
    // A restart asks before observing anything.
    QCOMPARE(s.resumeObservations(), Settings::ResumeObservations::Ask);
    QVERIFY(s.language().isEmpty());
    QVERIFY(s.recentUris().isEmpty());
    QVERIFY(s.bookmarks().isEmpty());
}

void tst_Settings::roundTrip()
{
    {
        Settings s(file("roundtrip.ini"));
        QSignalSpy transmission(&s, &Settings::transmissionSettingsChanged);
        CoapTransmissionParameters p;
        p.ackTimeoutMs = 500;
        p.ackRandomFactor = 1.2;
        p.maxRetransmit = 2;
        p.nstart = 2;
        s.setTransmissionParameters(p);
        s.setBlockSzx(2);
        s.setTokenLength(9); // clamped
        s.setBlockRetries(11); // clamped
        QCOMPARE(transmission.size(), 4);
        s.setDiscoveryGroups({QStringLiteral("ff02::fd")});
        s.setDiscoveryInterfaces({QStringLiteral("eth0")});
        s.setDiscoveryWaitMs(3000);
        s.setDiscoverOnStart(true);
        s.setLanguage(QStringLiteral("de"));
        s.setBookmarks({{QStringLiteral("Boiler"), QStringLiteral("coap://10.0.0.5/t"), 0x03}});
        s.setOpenObservations({QStringLiteral("coap://10.0.0.5/t")});
        s.setWindowGeometry("geo");
        s.setLayoutState(QStringLiteral("composer"), "split");
    }
    Settings s(file("roundtrip.ini"));
    QCOMPARE(s.transmissionParameters().ackTimeoutMs, 500);
    QCOMPARE(s.transmissionParameters().ackRandomFactor, 1.2);
    QCOMPARE(s.transmissionParameters().maxRetransmit, 2);
    QCOMPARE(s.transmissionParameters().nstart, 2);
    QCOMPARE(s.blockSzx(), 2);
    QCOMPARE(s.tokenLength(), 8);
    QCOMPARE(s.blockRetries(), 10);
    QCOMPARE(s.discoveryGroups(), QStringList{QStringLiteral("ff02::fd")});
    QCOMPARE(s.discoveryInterfaces(), QStringList{QStringLiteral("eth0")});
    QCOMPARE(s.discoveryWaitMs(), 3000);
    QVERIFY(s.discoverOnStart());
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(s.bookmarks().size(), 1);
    QCOMPARE(s.bookmarks().at(0).method, quint8(0x03));
    QCOMPARE(s.openObservations().size(), 1);
    QCOMPARE(s.windowGeometry(), QByteArray("geo"));
    QCOMPARE(s.layoutState(QStringLiteral("composer")), QByteArray("split"));
}

void tst_Settings::recentUris()
{
    Settings s(file("recent.ini"));
    for (int i = 0; i < Settings::kMaxRecentUris + 5; ++i)
        s.addRecentUri(QStringLiteral("coap://h/%1").arg(i));
    s.addRecentUri(QStringLiteral("coap://h/3"));
    const QStringList uris = s.recentUris();
    QCOMPARE(uris.size(), Settings::kMaxRecentUris);
    QCOMPARE(uris.first(), QStringLiteral("coap://h/3"));
    QCOMPARE(uris.count(QStringLiteral("coap://h/3")), 1);
}

void tst_Settings::dialogWritesSettings()
{
    Settings s(file("dialog.ini"));
    SettingsDialog dialog(&s);
    auto *ackTimeout = dialog.findChild<QSpinBox *>(QStringLiteral("ackTimeout"));
    QVERIFY(ackTimeout);
    ackTimeout->setValue(700);
    auto *blockRetries = dialog.findChild<QSpinBox *>(QStringLiteral("blockRetries"));
    QVERIFY(blockRetries);
    QCOMPARE(blockRetries->value(), 2);
    QCOMPARE(blockRetries->maximum(), 10);
    blockRetries->setValue(5);
    QSignalSpy transmission(&s, &Settings::transmissionSettingsChanged);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(s.transmissionParameters().ackTimeoutMs, 700);
    QCOMPARE(s.blockRetries(), 5);
    QVERIFY(transmission.size() >= 1);
    // Resume last run's observations: ask, always, never.
    auto *resume = dialog.findChild<QComboBox *>(QStringLiteral("resumeObservations"));
    QVERIFY(resume);
    QCOMPARE(resume->count(), 3);
    QCOMPARE(resume->currentData().toInt(), int(Settings::ResumeObservations::Ask));
    resume->setCurrentIndex(resume->findData(int(Settings::ResumeObservations::Never)));
    dialog.accept();
    QCOMPARE(s.resumeObservations(), Settings::ResumeObservations::Never);
    dialog.restoreDefaults();
    dialog.accept();
    QCOMPARE(s.transmissionParameters().ackTimeoutMs, 2000);
    QCOMPARE(s.blockRetries(), 2);
    QCOMPARE(s.resumeObservations(), Settings::ResumeObservations::Ask);
}

void tst_Settings::dialogRejectsBadGroup()
{
    Settings s(file("dialog2.ini"));
    SettingsDialog dialog(&s);
    auto *groups = dialog.findChild<QPlainTextEdit *>(QStringLiteral("discoveryGroups"));
    QVERIFY(groups);
    groups->setPlainText(QStringLiteral("224.0.1.187\n10.0.0.1"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // stays open, explains in place
    QCOMPARE(s.discoveryGroups(), Settings::defaultDiscoveryGroups());
    QCOMPARE(groups->toPlainText(), QStringLiteral("224.0.1.187\n10.0.0.1")); // nothing cleared
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"

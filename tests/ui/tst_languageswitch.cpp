// Changing the language in the settings changes the whole window at once, without a restart
// (ui/language/: Languages installs the translators, ExplorerHost rebuilds the window).
#include "devicepanel.h"
#include "explorer.h"
#include "explorerhost.h"
#include "languages.h"
#include "mainwindow.h"
#include "coapserver.h"
#include "observationhub.h"
#include "simulateddevice.h"
#include "requestcomposer.h"
#include "settings.h"
#include "simulatedfleet.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every text a user can read in the window without opening a dialog: menus and their actions,
// tool tips of the tool bar, dock titles, labels, buttons, tabs.
QSet<QString> visibleTexts(QWidget *window)
{
    QSet<QString> texts;
    auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(text);
    };
    add(window->windowTitle());
    for (QAction *action : window->findChildren<QAction *>()) {
        add(action->text());
        add(action->toolTip());
    }
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        add(dock->windowTitle());
    for (QLabel *label : window->findChildren<QLabel *>())
        add(label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        add(button->text());
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    return texts;
}

// Texts that are the same in every language: protocol words (RFC 7252 names, methods, message
// types), numbers and units, the program's name.
bool isLanguageNeutral(const QString &text)
{
    static const QRegularExpression neutral(QStringLiteral(
        "^(&?(GET|POST|PUT|DELETE|FETCH|PATCH|iPATCH|CON|NON|ACK|RST|Hex|JSON|CBOR|SenML|URI|Token|Observe)"
        "|Accept:|Content-Format:|CoAP Explorer|[0-9 .,:%/()×-]*|[0-9a-f:]+|.*[0-9]+ ?(ms|s|min|h|B|KiB)"
        "|Ctrl\\+.*)$"));
    return neutral.match(QString(text).remove(QLatin1Char('&'))).hasMatch();
}

// Words a language writes as English does (checked by a reader of that language, not guessed).
bool isSameWord(const QString &language, const QString &text)
{
    static const QHash<QString, QStringList> same = {
        {QStringLiteral("de"), {QStringLiteral("Pause"), QStringLiteral("Live"), QStringLiteral("Link"), QStringLiteral("Text")}},
        {QStringLiteral("fr"), {QStringLiteral("Pause"), QStringLiteral("Image"), QStringLiteral("Options"),
                                 QStringLiteral("Observations")}},
        {QStringLiteral("pt_BR"), {QStringLiteral("Interface:"), QStringLiteral("Link")}},
    };
    return same.value(language).contains(QString(text).remove(QLatin1Char('&')));
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeWindowChangesAtOnce_data();
    void wholeWindowChangesAtOnce();
    void demoAndUriSurvive();
    void observationGoesOnWithoutAsking();

private:
    QTemporaryDir m_dir;
    QSet<QString> m_english;
};

void tst_LanguageSwitch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<Explorer *>(); // for QSignalSpy on ExplorerHost::rebuilt
    Settings settings(m_dir.filePath(QStringLiteral("english.ini")));
    settings.setLanguage(QStringLiteral("en"));
    Languages languages;
    languages.apply(settings.language());
    ExplorerHost host(&settings, &languages);
    host.explorer()->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.explorer()->window()));
    m_english = visibleTexts(host.explorer()->window());
    QVERIFY2(m_english.size() > 30, qPrintable(QString::number(m_english.size())));
    QVERIFY(m_english.contains(QStringLiteral("&File")));
}

void tst_LanguageSwitch::wholeWindowChangesAtOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << "de" << "&Datei";
    QTest::newRow("es") << "es" << "&Archivo";
    QTest::newRow("fr") << "fr" << "&Fichier";
    QTest::newRow("pt_BR") << "pt_BR" << "&Arquivo";
    QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)";
}

void tst_LanguageSwitch::wholeWindowChangesAtOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    Settings settings(m_dir.filePath(QStringLiteral("switch-%1.ini").arg(language)));
    settings.setLanguage(QStringLiteral("en"));
    Languages languages;
    languages.apply(settings.language());
    ExplorerHost host(&settings, &languages);
    host.explorer()->window()->resize(1024, 700);
    host.explorer()->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.explorer()->window()));
    QPointer<MainWindow> old = host.explorer()->window();
    const QSize before = old->size();
    QSignalSpy rebuilt(&host, &ExplorerHost::rebuilt);

    settings.setLanguage(language); // what OK in the Settings dialog does
    QCOMPARE(rebuilt.count(), 1);
    QCOMPARE(languages.locale().name().left(2), language.left(2));
    MainWindow *window = host.explorer()->window();
    QVERIFY(window != old);
    QVERIFY(window->isVisible());
    // The layout the old window saved: its size, wider only where the language needs more room.
    // (The first layout pass may ask a pixel more; the window takes its size back on the next
    // turn of the event loop, see MainWindow::showEvent.)
    QTRY_COMPARE_WITH_TIMEOUT(window->height(), before.height(), 2000);
    QVERIFY2(window->width() >= before.width(), qPrintable(QString::number(window->width())));
    if (window->width() > 1024) // UX.md: usable at 1024×700; reported, the layout is not ours here
        qWarning("%s: the window needs %d pixels, more than 1024", qPrintable(language), window->width());
    QCOMPARE(window->menuBar()->actions().first()->text(), fileMenu);
    QTRY_VERIFY_WITH_TIMEOUT(old.isNull(), 5000); // the old window is gone, not hidden

    // Alt+letter opens one menu only: the menu bar's mnemonics differ in every language.
    QSet<QChar> mnemonics;
    for (QAction *menu : window->menuBar()->actions()) {
        const QString text = menu->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("%1: mnemonic %2 twice in the menu bar (%3)")
                                                          .arg(language, key, text)));
        mnemonics.insert(key);
    }
    QVERIFY(mnemonics.size() >= 5);

    QStringList untranslated;
    for (const QString &text : visibleTexts(window))
        if (m_english.contains(text) && !isLanguageNeutral(text) && !isSameWord(language, text))
            untranslated << text;
    untranslated.sort();
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("still English in %1:\n").arg(language)
                                                + untranslated.join(QLatin1Char('\n'))));
    settings.setLanguage(QStringLiteral("en")); // and back
    QCOMPARE(host.explorer()->window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void tst_LanguageSwitch::demoAndUriSurvive()
{
    Settings settings(m_dir.filePath(QStringLiteral("demo.ini")));
    settings.setLanguage(QStringLiteral("en"));
    Languages languages;
    languages.apply(settings.language());
    ExplorerHost host(&settings, &languages);
    host.explorer()->window()->show();
    QString problem;
    QVERIFY2(host.explorer()->startDemo(3, &problem, false), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(host.explorer()->devices()->deviceCount(), 3, 15000);
    host.explorer()->window()->openUri(QStringLiteral("coap://192.0.2.7/sensors/temp"));

    settings.setLanguage(QStringLiteral("fr"));
    Explorer *explorer = host.explorer();
    QVERIFY(explorer->fleet());
    QCOMPARE(explorer->fleet()->deviceCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(explorer->devices()->deviceCount(), 3, 15000);
    QCOMPARE(explorer->window()->composer()->uriCombo()->currentText(), QStringLiteral("coap://192.0.2.7/sensors/temp"));
}

void tst_LanguageSwitch::observationGoesOnWithoutAsking()
{
    // A device of a fleet of the test's own (not the demo, whose ports change with the window).
    SimulatedFleet fleet;
    FleetOptions options;
    options.deviceCount = 1;
    options.basePort = 0;
    QVERIFY(fleet.start(options));
    const CoapEndpoint device = fleet.deviceEndpoints().value(0);
    const QString uri = QStringLiteral("coap://%1:%2/sensors/temperature").arg(device.uriHost()).arg(device.port());

    Settings settings(m_dir.filePath(QStringLiteral("observe.ini")));
    settings.setLanguage(QStringLiteral("en"));
    settings.setResumeObservations(Settings::ResumeObservations::Ask);
    Languages languages;
    languages.apply(settings.language());
    ExplorerHost host(&settings, &languages);
    host.explorer()->window()->show();
    QVERIFY(host.explorer()->window()->startObservation(uri));
    QTRY_COMPARE_WITH_TIMEOUT(fleet.device(0)->server()->observerCount(), 1, 10000);

    settings.setLanguage(QStringLiteral("de"));
    Explorer *explorer = host.explorer();
    // The new window observes the same resource again at once, and asks nothing.
    QTRY_COMPARE_WITH_TIMEOUT(explorer->window()->observations()->count(), 1, 5000);
    QCOMPARE(explorer->window()->observations()->uriOf(explorer->window()->observations()->replyAt(0)), uri);
    // The old registration was ended (RFC 7641 §3.6), the new one is the only one.
    QTRY_COMPARE_WITH_TIMEOUT(fleet.device(0)->server()->observerCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(explorer->window()->observations()->replyAt(0)->notificationCount() > 0, 10000);
    // By now the event loop has long run the queued offer to resume: it asked nothing.
    QVERIFY(!explorer->window()->findChild<QWidget *>(QStringLiteral("resumeObservationsBar")));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"

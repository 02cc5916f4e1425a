// The window's translations (translations/*.ts, embedded as :/i18n/*.qm into coap_ui; see
// translations/CMakeLists.txt and docs/translations.md).
//
// The .qm files are loaded from the resources this test links through coap_ui, i.e. the very
// files the application loads. The .ts files are read from COAP_SOURCE_DIR (set by CTest) to check
// every translation against its source text.
#include "errortext.h"
#include "settingsdialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the key
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
    qint64 line = 0;
    QString location; // "ui/mainwindow.cpp:207", when the file has locations
};

// Reads the messages of a .ts file; obsolete and vanished ones are left out, as lrelease does
// (into *obsolete when asked).
QList<TsMessage> readTs(const QString &fileName, QString *language, QString *error,
                        QList<TsMessage> *obsolete = nullptr)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool skip = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.line = xml.lineNumber();
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                skip = false;
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("location") && message.location.isEmpty()) {
                const auto attributes = xml.attributes();
                message.location = QStringLiteral("%1:%2").arg(attributes.value(QLatin1String("filename")),
                                                               attributes.value(QLatin1String("line")));
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                skip = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!skip)
                messages << message;
            else if (obsolete)
                *obsolete << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1…%99 (also %L1) and %n. "%eth0" in "[fe80::1%eth0]" is not one; "%20" in "write a space as
// %20" is, and must then stay in the translation too, which is what we want.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]{1,2}|L?n)(?![A-Za-z])"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1).remove(QLatin1Char('L')));
    return found;
}

// A keyboard mnemonic: "&File", but not "&&" (a literal ampersand).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)\\S"));
    return re.match(text).hasMatch();
}

QString sourceDir()
{
    return qEnvironmentVariable("COAP_SOURCE_DIR");
}

QString tsFile(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/coap-explorer_%1.ts").arg(language);
}

// Every shipped translation: "de", "en", "es", … from translations/coap-explorer_*.ts.
QStringList shippedLanguages()
{
    const QStringList files = QDir(sourceDir() + QStringLiteral("/translations"))
                                  .entryList({QStringLiteral("coap-explorer_*.ts")}, QDir::Files, QDir::Name);
    QStringList languages;
    for (const QString &f : files)
        languages << f.mid(int(qstrlen("coap-explorer_"))).chopped(3); // without ".ts"
    return languages;
}

// The files lupdate reads, as translations/CMakeLists.txt lists them: ui/ with its folders, and
// app/explorer/main.cpp.
QStringList translatedSources()
{
    QStringList files;
    QDirIterator it(sourceDir() + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    files << sourceDir() + QStringLiteral("/app/explorer/main.cpp");
    return files;
}

QString messageKey(const TsMessage &m)
{
    return m.context + QChar(0) + m.source + QChar(0) + m.comment;
}

QString describe(const TsMessage &m)
{
    QString text = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.comment);
    return text;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embedded_data();
    void embedded();
    void germanStrings();
    void germanThroughCode();
    void englishPlurals_data();
    void englishPlurals();
    void englishPluralsComplete();
    void placeholdersKept_data();
    void placeholdersKept();
    void noMisreadUnicodeEscapes();
    void settingsOffersLanguages();
    void complete_data();
    void complete();
    void noStringMissing();
    void allLanguagesShipped();
};

void tst_Translations::embedded_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "en", "es", "fr", "pt_BR", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_Translations::embedded()
{
    QFETCH(QString, language);
    const QString path = QStringLiteral(":/i18n/coap-explorer_%1.qm").arg(language);
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is not in the resources of coap_ui")));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
    // The way installTranslators() in app/explorer/main.cpp finds it.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(language), QStringLiteral("coap-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(byLocale.language(), translator.language());
}

void tst_Translations::germanStrings()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coap-explorer_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Devices"), QStringLiteral("Geräte"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), QStringLiteral("Einstellungen"));
    QCOMPARE(QCoreApplication::translate("Explorer", "Message log"), QStringLiteral("Nachrichtenprotokoll"));
    // German plural rules: one form for 1, the other for everything else.
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n devices", nullptr, 1), QStringLiteral("1 Gerät"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n devices", nullptr, 3), QStringLiteral("3 Geräte"));
    // CoAP terms stay as they are.
    QCOMPARE(QCoreApplication::translate("MessageLogView", "CON"), QStringLiteral("CON"));
    QCOMPARE(QCoreApplication::translate("ErrorText", "Not Found"), QStringLiteral("Not Found"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void tst_Translations::germanThroughCode()
{
    // A real sentence of the window, built by the code that shows it, with its arguments in place.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coap-explorer_de.qm")));
    QCoreApplication::installTranslator(&translator);
    ExchangeErrorContext context;
    context.peer = QStringLiteral("192.0.2.7:5683");
    context.retransmissions = 4;
    const QString text = ErrorText::exchangeError(CoapError::RetransmissionsExceeded, context);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, QStringLiteral("Auch nach 4 Sendewiederholungen antwortet 192.0.2.7:5683 nicht. "
                                  "Ist das Gerät in diesem Netzsegment und eingeschaltet?"));
}

void tst_Translations::englishPlurals_data()
{
    QTest::addColumn<QString>("file");    // where the window uses the string
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QByteArray demo = "Demo: %n simulated device(s) on this computer";
    QTest::newRow("demo 1") << "ui/window/explorer.cpp" << QByteArray("Explorer") << demo << 1
                            << "Demo: 1 simulated device on this computer";
    QTest::newRow("demo 5") << "ui/window/explorer.cpp" << QByteArray("Explorer") << demo << 5
                            << "Demo: 5 simulated devices on this computer";
    const QByteArray empty = "%n notification(s) without a value";
    QTest::newRow("chart 1") << "ui/charts/chartpanel.cpp" << QByteArray("ChartPanel") << empty << 1
                             << "1 notification without a value";
    QTest::newRow("chart 2") << "ui/charts/chartpanel.cpp" << QByteArray("ChartPanel") << empty << 2
                             << "2 notifications without a value";
    // Spelled out twice in the code; the English forms make either source read right for any n.
    QTest::newRow("bytes 1") << "ui/request/optionstablemodel.cpp" << QByteArray("OptionsTableModel")
                             << QByteArray("text of %n bytes") << 1 << "text of 1 byte";
    QTest::newRow("bytes 2") << "ui/request/optionstablemodel.cpp" << QByteArray("OptionsTableModel")
                             << QByteArray("text of %n byte") << 2 << "text of 2 bytes";
}

void tst_Translations::englishPlurals()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    // The string must still be one the window uses, or this test checks nothing.
    QFile code(sourceDir() + QLatin1Char('/') + file);
    QVERIFY2(code.open(QIODevice::ReadOnly), qPrintable(code.fileName()));
    QVERIFY2(code.readAll().contains("\"" + source + "\""), source.constData());

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coap-explorer_en.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString translated = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, expected);
}

void tst_Translations::englishPluralsComplete()
{
    // Every "%n" string of the window has its two English forms; nothing else is in the file.
    QString language, error;
    const QList<TsMessage> messages = readTs(tsFile(QStringLiteral("en")), &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(language.startsWith(QLatin1String("en")));
    QVERIFY(!messages.isEmpty());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coap-explorer_en.qm")));
    QCoreApplication::installTranslator(&translator);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        if (!m.numerus || m.unfinished || m.translations.size() != 2) {
            problems << where + QStringLiteral(": not a finished plural string with two forms");
            continue;
        }
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        // QCoreApplication::translate() puts the number in for %n; QTranslator::translate() does not.
        const QString one = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
        const QString two = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2);
        if (!one.contains(QLatin1String("1")) || !two.contains(QLatin1String("2")) || one.contains(QLatin1String("(s)"))
            || two.contains(QLatin1String("(s)")) || QString(one).replace(QLatin1Char('1'), QLatin1Char('2')) == two)
            problems << where + QStringLiteral(" → \"%1\" / \"%2\"").arg(one, two);
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersKept_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = shippedLanguages();
    QVERIFY2(languages.size() >= 2, qPrintable(sourceDir()));
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::placeholdersKept()
{
    QFETCH(QString, language);
    QString fileLanguage, error;
    const QList<TsMessage> messages = readTs(tsFile(language), &fileLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    int translated = 0;
    for (const TsMessage &m : messages) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (t.isEmpty()) {
                if (!m.unfinished)
                    problems << QStringLiteral("line %1: finished but empty: \"%2\"").arg(m.line).arg(m.source);
                continue;
            }
            ++translated;
            QSet<QString> got = placeholders(t);
            // A plural form may spell "one" out instead of writing %n.
            if (m.numerus && !got.contains(QStringLiteral("n")))
                got.insert(QStringLiteral("n"));
            if (got != expected)
                problems << QStringLiteral("line %1: \"%2\" → \"%3\"").arg(m.line).arg(m.source, t);
            if (hasMnemonic(m.source) != hasMnemonic(t))
                problems << QStringLiteral("line %1: mnemonic (&) added or lost: \"%2\" → \"%3\"").arg(m.line).arg(m.source, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(translated > 0);
}

void tst_Translations::noMisreadUnicodeEscapes()
{
    // lupdate reads "\u00a712.8" as U+A712 followed by ".8" (it takes every hex digit), while the
    // compiler reads "§12.8"; the string in the .ts file then never matches the one the program
    // asks for, and the translation is silently never shown. Write such a character literally
    // ("§12.8") or end the literal after the escape ("\u00a7" "12.8").
    static const QRegularExpression escape(QStringLiteral("\\\\u[0-9A-Fa-f]{4}[0-9A-Fa-f]"));
    const QStringList files = translatedSources();
    QStringList found;
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(name));
        int line = 0;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine());
            ++line;
            if (escape.match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(QDir(sourceDir()).relativeFilePath(name)).arg(line).arg(text.trimmed());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_Translations::settingsOffersLanguages()
{
    // The Settings dialog lists the embedded translations; English is offered anyway.
    const QStringList languages = SettingsDialog::availableLanguages();
    QVERIFY2(languages.contains(QLatin1String("de")), qPrintable(languages.join(QLatin1Char(','))));
    QVERIFY2(languages.contains(QLatin1String("en")), qPrintable(languages.join(QLatin1Char(','))));
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::complete()
{
    // A shipped language has every message translated and nothing left over from old sources.
    QFETCH(QString, language);
    QString fileLanguage, error;
    QList<TsMessage> obsolete;
    const QList<TsMessage> messages = readTs(tsFile(language), &fileLanguage, &error, &obsolete);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString file = QStringLiteral("translations/coap-explorer_%1.ts").arg(language);
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (m.unfinished)
            problems << QStringLiteral("%1:%2: unfinished: %3").arg(file).arg(m.line).arg(describe(m));
    }
    for (const TsMessage &m : std::as_const(obsolete))
        problems << QStringLiteral("%1:%2: obsolete (no longer in the sources): %3").arg(file).arg(m.line).arg(describe(m));
    if (!problems.isEmpty())
        problems << QStringLiteral("Translate in Qt Linguist or by hand; run `cmake --build build --target "
                                   "update_translations` to drop obsolete ones (docs/translations.md).");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::noStringMissing()
{
    // lupdate over today's sources (with locations, into a scratch file) against every shipped
    // .ts: a tr() string that is not in a file would show in English in that language.
    const QString lupdate = qEnvironmentVariable("COAP_LUPDATE");
    QVERIFY2(QFileInfo::exists(lupdate), "COAP_LUPDATE (set by CTest) does not name lupdate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("scratch.ts"));
    QStringList arguments = translatedSources();
    arguments << QStringLiteral("-locations") << QStringLiteral("absolute") << QStringLiteral("-no-ui-lines")
              << QStringLiteral("-silent") << QStringLiteral("-ts") << scratch;
    QProcess process;
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish within 120 s");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
    QString language, error;
    const QList<TsMessage> current = readTs(scratch, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(current.size() > 100, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(current.size())));

    const QDir source(sourceDir());
    QStringList problems;
    for (const QString &shipped : shippedLanguages()) {
        QString fileLanguage;
        const QList<TsMessage> messages = readTs(tsFile(shipped), &fileLanguage, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> keys;
        for (const TsMessage &m : messages)
            keys.insert(messageKey(m));
        const bool pluralOnly = shipped == QLatin1String("en"); // lupdate -pluralonly
        for (const TsMessage &m : current) {
            if ((pluralOnly && !m.numerus) || keys.contains(messageKey(m)))
                continue;
            QString where = m.location;
            if (!where.isEmpty())
                where = source.relativeFilePath(where.section(QLatin1Char(':'), 0, -2)) + QLatin1Char(':')
                        + where.section(QLatin1Char(':'), -1);
            problems << QStringLiteral("%1: %2 is missing from translations/coap-explorer_%3.ts")
                            .arg(where, describe(m), shipped);
        }
    }
    if (!problems.isEmpty())
        problems << QStringLiteral("Run `cmake --build build --target update_translations`, then translate "
                                   "(docs/translations.md).");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::allLanguagesShipped()
{
    // The languages the issue promises, each a complete file (checked above) offered in Settings.
    const QStringList shipped = shippedLanguages();
    const QStringList offered = SettingsDialog::availableLanguages();
    for (const char *language : {"de", "es", "fr", "pt_BR", "zh_CN"}) {
        QVERIFY2(shipped.contains(QLatin1String(language)), language);
        QVERIFY2(offered.contains(QLatin1String(language)), language);
    }
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

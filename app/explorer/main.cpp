#include "explorer.h"
#include "explorerhost.h"
#include "languages.h"
#include "mainwindow.h"
#include "settings.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QSize>

#include <cstdio>

namespace {

// What the command line asked for. --demo and --screenshot are parsed here and wired by the
// demo/screenshot part of the application (see applyLaunchOptions below).
struct LaunchOptions
{
    bool demo = false;           // --demo: start with a built-in simulated device
    QString screenshotFile;      // --screenshot FILE: save a picture of the window, then quit
    double screenshotAfterS = 2; // --after SECONDS: wait this long before the screenshot
    bool screenshotCharts = false; // --charts: chart three sensors before the screenshot
    QSize windowSize;              // --size WxH: the window's size (for screenshots)
    QString uri;                 // optional positional URI put into the request field
};

enum class ParseOutcome { Ok, Help, Version, Error };

// Parsed once before QApplication exists, so that --help and --version are answered on a machine
// without a display, and again after it took out the options that are its own.
ParseOutcome parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                              LaunchOptions *options, QString *error)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Find, inspect and debug CoAP (RFC 7252) devices."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start five simulated devices on this computer and discover them, to try the application without hardware."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption afterOption(QStringLiteral("after"),
        QCoreApplication::translate("main", "Take the screenshot after SECONDS (default 2)."),
        QCoreApplication::translate("main", "SECONDS"), QStringLiteral("2"));
    const QCommandLineOption chartsOption(QStringLiteral("charts"),
        QCoreApplication::translate("main", "With --screenshot: chart three sensors first and show the Charts panel."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("main", "Open the window at this size, e.g. 1024x700 (for screenshots)."),
        QCoreApplication::translate("main", "WIDTHxHEIGHT"));
    parser.addOption(chartsOption);
    parser.addOption(sizeOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(afterOption);
    parser.addPositionalArgument(QStringLiteral("uri"),
        QCoreApplication::translate("main", "A coap:// URI to put into the request field."),
        QStringLiteral("[uri]"));

    const bool parsed = parser.parse(arguments);
    // --help and --version win even over options only QApplication knows (-platform, -style).
    if (parser.isSet(helpOption))
        return ParseOutcome::Help;
    if (parser.isSet(versionOption))
        return ParseOutcome::Version;
    if (!parsed) {
        *error = parser.errorText();
        return ParseOutcome::Error;
    }

    options->demo = parser.isSet(demoOption);
    options->screenshotFile = parser.value(screenshotOption);
    options->screenshotCharts = parser.isSet(chartsOption);
    bool ok = false;
    options->screenshotAfterS = parser.value(afterOption).toDouble(&ok);
    if (!ok || options->screenshotAfterS < 0) {
        *error = QCoreApplication::translate("main", "--after needs a number of seconds, such as 2 or 0.5.");
        return ParseOutcome::Error;
    }
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.size() == 2 ? parts.value(1).toInt() : 0;
        if (w < 200 || h < 200) {
            *error = QCoreApplication::translate("main", "--size needs a width and a height in pixels, such as 1024x700.");
            return ParseOutcome::Error;
        }
        options->windowSize = QSize(w, h);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("main", "Give at most one URI.");
        return ParseOutcome::Error;
    }
    options->uri = positional.value(0);
    return ParseOutcome::Ok;
}

// --demo, --screenshot and a URI: called once the window exists and before it is shown.
bool applyLaunchOptions(Explorer &explorer, const LaunchOptions &options)
{
    if (!options.uri.isEmpty())
        explorer.window()->openUri(options.uri);
    if (options.windowSize.isValid()) {
        explorer.window()->restoreLayout();
        explorer.window()->resize(options.windowSize);
    }
    if (options.demo) {
        QString problem;
        if (!explorer.startDemo(5, &problem)) {
            fprintf(stderr, "%s\n", qPrintable(problem));
            return false;
        }
    }
    if (!options.screenshotFile.isEmpty()) {
        QObject::connect(&explorer, &Explorer::screenshotDone, qApp, [](bool ok, const QString &file) {
            if (!ok)
                fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(file)));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        explorer.screenshotWhenReady(options.screenshotFile, options.screenshotAfterS, options.screenshotCharts);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoAP Explorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("coap-explorer.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("coap-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COAP_EXPLORER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString program = QFileInfo(arguments.value(0)).fileName();
    auto helpText = [&program](const QCommandLineParser &parser) {
        return parser.helpText().replace(QStringLiteral("<executable_name>"), program);
    };
    LaunchOptions options;
    QString error;
    {
        QCommandLineParser early;
        const ParseOutcome outcome = parseCommandLine(early, arguments, &options, &error);
        if (outcome == ParseOutcome::Help) {
            fputs(qPrintable(helpText(early)), stdout);
            return 0;
        }
        if (outcome == ParseOutcome::Version) {
            fprintf(stdout, "%s %s\n", qPrintable(program), COAP_EXPLORER_VERSION);
            return 0;
        }
    }

    // The engine's debug lines (every request sent) are for developers who ask for them with
    // QT_LOGGING_RULES; the message log shows the datagrams to everyone else.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    if (parseCommandLine(parser, QCoreApplication::arguments(), &options, &error) != ParseOutcome::Ok) {
        fprintf(stderr, "%s\n\n%s", qPrintable(error), qPrintable(helpText(parser)));
        return 2;
    }
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/coap-explorer-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/coap-explorer.png"), QSize(256, 256));
    QApplication::setWindowIcon(icon);
    // The desktop entry's name (packaging/linux/coap-explorer.desktop): Wayland shows its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("coap-explorer"));
    Settings settings;
    // Asked before the window exists: the window saves its layout as soon as it closes.
    const bool firstStart = WelcomeDialog::isFirstStart(settings);
    Languages languages;
    languages.apply(settings.language());

    // The host rebuilds the window in a new language chosen in Settings (no restart needed).
    ExplorerHost host(&settings, &languages);
    Explorer &explorer = *host.explorer();
    if (!applyLaunchOptions(explorer, options))
        return 3;
    explorer.window()->show();
    // First start, double-clicked from the menu: discovery or the demo fleet, one click each.
    if (firstStart && !options.demo && options.screenshotFile.isEmpty() && options.uri.isEmpty()) {
        auto *welcome = new WelcomeDialog(&explorer, explorer.window());
        welcome->setAttribute(Qt::WA_DeleteOnClose);
        welcome->open();
    }
    return app.exec();
}

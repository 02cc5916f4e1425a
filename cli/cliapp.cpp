#include "cliapp.h"

#include "commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {
const char *const kRequestCommands[] = {"get", "post", "put", "delete", "fetch", "patch", "ipatch", "ping"};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("cli",
        "Usage: coap-explorer-cli <command> [options] [URI]\n"
        "\n"
        "Find, inspect and debug CoAP devices (RFC 7252) from the command line.\n"
        "\n"
        "Commands:\n"
        "  get, post, put, delete, fetch, patch, ipatch URI   send one request, print the response\n"
        "  ping URI                                           check that a CoAP endpoint answers\n"
        "  observe URI                                        watch a resource (RFC 7641)\n"
        "  discover                                           find devices by multicast (RFC 7252 §8)\n"
        "  simulate                                           serve a fleet of simulated devices\n"
        "  http-gateway                                       serve the devices over HTTP (RFC 8075)\n"
        "\n"
        "Run 'coap-explorer-cli <command> --help' for the options of a command.\n"
        "Options: --help, --version\n"
        "Exit status: 0 success (2.xx), 1 error response (4.xx/5.xx), 2 bad usage or input,\n"
        "3 timeout or network failure, 4 security failure.\n");
}
} // namespace

int runCli(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("coap-explorer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COAP_EXPLORER_VERSION));
    const QStringList arguments = app.arguments();
    // The CLI reports problems in its own plain words; the engine's log lines are for --verbose
    // (which prints datagrams itself) or for QT_LOGGING_RULES set by a developer.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coap.*=false"));
    if (arguments.size() < 2) {
        printUsage(stderr);
        return CliExit::Usage;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(stdout);
        return CliExit::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "coap-explorer-cli " << COAP_EXPLORER_VERSION << '\n';
        return CliExit::Success;
    }
    // QCommandLineParser wants "program subcommand-options…": keep the subcommand as argv[0]'s
    // neighbour so that its --help names it.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    for (const char *name : kRequestCommands)
        if (command == QLatin1String(name))
            return runRequestCommand(command, rest);
    if (command == QLatin1String("observe"))
        return runObserveCommand(rest);
    if (command == QLatin1String("discover"))
        return runDiscoverCommand(rest);
    if (command == QLatin1String("simulate"))
        return runSimulateCommand(rest);
    if (command == QLatin1String("http-gateway"))
        return runGatewayCommand(rest);
    QTextStream(stderr) << QCoreApplication::translate("cli", "coap-explorer-cli: unknown command '%1'. "
                                                              "Run 'coap-explorer-cli --help' for the list.")
                                   .arg(command)
                        << '\n';
    return CliExit::Usage;
}

#pragma once

#include <QStringList>

// Exit statuses of coap-explorer-cli: a public interface, scripts depend on them (docs/cli.md).
namespace CliExit {
enum : int {
    Success = 0,        // a 2.xx response (or the command did what it was asked)
    ErrorResponse = 1,  // a 4.xx or 5.xx response (it is still printed)
    Usage = 2,          // bad usage or bad input (a wrong URI, an option value, a missing file)
    Network = 3,        // timeout, RST, unreachable network, no usable interface
    Security = 4,       // DTLS/security failure
};
}

// One function per subcommand. `arguments` starts with the program name followed by the
// subcommand (as QCommandLineParser expects). Each runs its own event loop and returns the exit
// status. They live in one file each: requestcommand.cpp (get, post, put, delete, fetch, patch,
// ipatch, ping), observecommand.cpp, discovercommand.cpp, simulatecommand.cpp, gatewaycommand.cpp.
int runRequestCommand(const QString &command, const QStringList &arguments);
int runObserveCommand(const QStringList &arguments);
int runDiscoverCommand(const QStringList &arguments);
int runSimulateCommand(const QStringList &arguments);
int runGatewayCommand(const QStringList &arguments); // http-gateway

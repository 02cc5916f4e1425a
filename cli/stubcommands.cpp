// Temporary: discover and simulate land with their issues (files discovercommand.cpp and
// simulatecommand.cpp replace this one).
#include "clicommon.h"
#include "commands.h"
int runDiscoverCommand(const QStringList &) { Cli::error(QStringLiteral("discover is not available in this build yet")); return CliExit::Usage; }
int runSimulateCommand(const QStringList &) { Cli::error(QStringLiteral("simulate is not available in this build yet")); return CliExit::Usage; }

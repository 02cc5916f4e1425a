// Temporary: the simulate command lands with the simulated fleet (simulatecommand.cpp).
#include "clicommon.h"
#include "commands.h"
int runSimulateCommand(const QStringList &) { Cli::error(QStringLiteral("simulate is not available in this build yet")); return CliExit::Usage; }

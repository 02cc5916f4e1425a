#include "cliapp.h"
#include <QCoreApplication>
int runCli(QCoreApplication &) { return 0; } // placeholder until the CLI lands

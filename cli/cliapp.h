#pragma once
class QCoreApplication;
// Runs coap-explorer-cli with the application's arguments; returns the process exit status.
int runCli(QCoreApplication &app);

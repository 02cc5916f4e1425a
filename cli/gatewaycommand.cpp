// coap-explorer-cli http-gateway [--listen ADDR:PORT]: an HTTP-to-CoAP gateway (RFC 8075).
#include "clicommon.h"
#include "commands.h"
#include "httpcoapgateway.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Cli;

namespace {
// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80", ":8080" (loopback), "8080" (loopback).
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        else if (host.contains(QLatin1Char(':')))
            return false; // IPv6 needs brackets
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    bool ok = false;
    const uint n = portText.toUInt(&ok);
    if (!ok || n > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(n);
    return true;
}
} // namespace

int runGatewayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Serve CoAP devices over HTTP (RFC 8075): http://ADDR:PORT/coap://host:port/path?query is sent to the device as "
        "a CoAP request and its answer comes back as the HTTP response. A GET with 'Accept: text/event-stream' "
        "observes the resource and streams each notification as a Server-Sent Event until the HTTP client goes away. "
        "Each request is logged as one line on standard output. Runs until Ctrl-C.\n"
        "Exit status: 0 when stopped, 2 for bad usage, 3 when the address cannot be used."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("listen"),
                      QCoreApplication::translate("cli", "Listen on ADDR:PORT (default 127.0.0.1:8080; [::1]:PORT for IPv6, port 0 "
                                                         "for a free one). An address other than loopback exposes the "
                                                         "devices to the network."),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080")});
    parser.addOption({QStringLiteral("timeout"),
                      QCoreApplication::translate("cli", "Answer 504 after SECONDS without a CoAP response (default: the RFC 7252 "
                                                         "retransmission limits, up to 93 s)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("max-body"),
                      QCoreApplication::translate("cli", "Largest request body accepted, in bytes (default 1048576); larger ones get 413."),
                      QStringLiteral("BYTES")});
    addSecurityOptions(parser, false); // the gateway has no --ca yet: the system store checks devices
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Cli::helpText(parser, QStringLiteral("http-gateway")) << Qt::flush;
        return CliExit::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error(QCoreApplication::translate("cli", "http-gateway takes no URI; the HTTP client names the device in its request"));
        return CliExit::Usage;
    }
    QHostAddress address;
    quint16 port = 0;
    const QString listen = parser.value(QStringLiteral("listen"));
    if (!parseListen(listen, &address, &port)) {
        error(QCoreApplication::translate("cli", "--listen takes ADDR:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, not '%1'").arg(listen));
        return CliExit::Usage;
    }
    HttpCoapGateway gateway;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            error(QCoreApplication::translate("cli", "--timeout takes a number of seconds above 0, not '%1'")
                          .arg(parser.value(QStringLiteral("timeout"))));
            return CliExit::Usage;
        }
        gateway.setCoapTimeoutMs(qint64(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("max-body"))) {
        bool ok = false;
        const qint64 bytes = parser.value(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || bytes < 0 || bytes > 64 * 1024 * 1024) {
            error(QCoreApplication::translate("cli", "--max-body takes a number of bytes from 0 to 67108864, not '%1'")
                          .arg(parser.value(QStringLiteral("max-body"))));
            return CliExit::Usage;
        }
        gateway.setMaxBodyBytes(bytes);
    }
    CoapSecurityConfig security;
    QString problem;
    if (!readPskOptions(parser, &security.pskIdentity, &security.psk, &problem)
        || !readCertificateOptions(parser, &security.certificate, &security.privateKey, &problem)) {
        error(problem);
        return CliExit::Usage;
    }
    if (security.hasPsk() || security.hasCertificate())
        gateway.setSecurityConfig(security);

    if (!HttpCoapGateway::isLoopback(address))
        error(QCoreApplication::translate("cli", "warning: listening on %1, not on loopback: anyone who can reach this "
                                                 "machine can read and change the devices it reaches, without a password")
                      .arg(address.toString()));
    if (!gateway.start(address, port, &problem)) {
        error(QCoreApplication::translate("cli", "cannot listen on %1: %2").arg(listen, problem));
        return CliExit::Network;
    }
    err() << QCoreApplication::translate("cli", "HTTP-to-CoAP gateway on %1; e.g. curl %2; Ctrl-C stops.")
                     .arg(gateway.baseUrl(), gateway.urlFor(QStringLiteral("coap://127.0.0.1:5683/.well-known/core")))
          << Qt::endl;
    QObject::connect(&gateway, &HttpCoapGateway::requestServed, &gateway, [](const HttpCoapGatewayLogEntry &e) {
        out() << HttpCoapGateway::logLine(e) << Qt::endl;
    });
    QEventLoop loop;
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    gateway.stop();
    return CliExit::Success;
}

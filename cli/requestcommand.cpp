// coap-explorer-cli get|post|put|delete|fetch|patch|ipatch|ping URI
#include "clicommon.h"
#include "commands.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <unistd.h>

using namespace Cli;

namespace {
quint8 methodFor(const QString &command)
{
    if (command == QLatin1String("get")) return CoapCode::Get;
    if (command == QLatin1String("post")) return CoapCode::Post;
    if (command == QLatin1String("put")) return CoapCode::Put;
    if (command == QLatin1String("delete")) return CoapCode::Delete;
    if (command == QLatin1String("fetch")) return CoapCode::Fetch;
    if (command == QLatin1String("patch")) return CoapCode::Patch;
    if (command == QLatin1String("ipatch")) return CoapCode::IPatch;
    return CoapCode::Empty; // ping
}

void writePayload(const QByteArray &payload)
{
    out().flush();
    fwrite(payload.constData(), 1, size_t(payload.size()), stdout);
    // As is for scripts; a terminal gets a final newline so the prompt starts on its own line.
    if (isatty(STDOUT_FILENO) && !payload.isEmpty() && !payload.endsWith('\n'))
        fputc('\n', stdout);
    fflush(stdout);
}
} // namespace

int runRequestCommand(const QString &command, const QStringList &arguments)
{
    const quint8 method = methodFor(command);
    const bool isPing = method == CoapCode::Empty;
    const bool withPayload = method == CoapCode::Post || method == CoapCode::Put || method == CoapCode::Fetch
            || method == CoapCode::Patch || method == CoapCode::IPatch;

    QCommandLineParser parser;
    parser.setApplicationDescription(isPing
        ? QCoreApplication::translate("cli", "Send a CoAP ping (an empty confirmable message) and wait for the reset "
                                             "that every CoAP endpoint answers with (RFC 7252 §4.3).")
        : QCoreApplication::translate("cli", "Send one %1 request and print the response payload to standard output.\n"
                                             "Exit status: 0 for 2.xx, 1 for 4.xx/5.xx (the response is still printed), "
                                             "2 for bad usage or input, 3 for timeout or network failure, 4 for a "
                                             "security failure.").arg(command.toUpper()));
    parser.addHelpOption();
    if (isPing) {
        parser.addOption({QStringLiteral("timeout"), QCoreApplication::translate("cli", "Give up after SECONDS."),
                          QStringLiteral("SECONDS")});
        addSecurityOptions(parser);
        parser.addOption({QStringLiteral("proxy"),
                          QCoreApplication::translate("cli", "Not for ping: a proxy does not forward pings (RFC 7252 §4.3); "
                                                             "ping the proxy's own URI instead."),
                          QStringLiteral("URI")});
    } else {
        addRequestOptions(parser, withPayload);
    }
    addOutputOptions(parser);
    parser.addPositionalArgument(QStringLiteral("URI"), QCoreApplication::translate("cli", "coap://host[:port]/path[?query] or coaps://… (DTLS, default port 5684)"));
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Cli::helpText(parser, command) << Qt::flush;
        return CliExit::Success;
    }
    if (parser.positionalArguments().size() != 1) {
        error(QCoreApplication::translate("cli", "%1 takes exactly one URI, e.g. coap-explorer-cli %1 coap://192.0.2.1/sensors/temp")
                      .arg(command));
        return CliExit::Usage;
    }

    RequestSetup setup;
    QString problem;
    int status = CliExit::Usage;
    if (isPing) {
        if (parser.isSet(QStringLiteral("proxy"))) {
            error(QCoreApplication::translate("cli", "ping is not forwarded by a proxy (RFC 7252 §4.3); to check the proxy, "
                                                     "ping it: coap-explorer-cli ping %1").arg(parser.value(QStringLiteral("proxy"))));
            return CliExit::Usage;
        }
        if (!buildPingRequest(parser, parser.positionalArguments().first(), &setup, &problem, &status)) {
            error(problem);
            return status;
        }
    } else if (!buildRequest(parser, method, parser.positionalArguments().first(), &setup, &problem, &status)) {
        error(problem);
        return status;
    }

    PcapRecorder pcap;
    if (!pcap.open(parser, &problem)) {
        error(problem);
        return CliExit::Usage;
    }
    const std::unique_ptr<CoapTransport> transport = makeClientTransport(setup, &problem);
    if (!transport) {
        error(problem);
        return CliExit::Network;
    }
    CoapClient client(transport.get());
    client.setTransmissionParameters(setup.parameters);
    if (setup.verbose)
        attachVerbose(client.messageLayer());
    pcap.attach(client.messageLayer());

    CoapReply *reply = nullptr;
    if (isPing) {
        if (setup.request.endpoint.isNull()) {
            error(QCoreApplication::translate("cli", "ping needs an IP address in the URI"));
            return CliExit::Usage;
        }
        reply = client.ping(setup.request.endpoint);
    } else {
        reply = client.send(setup.request);
        attachProgress(reply);
    }

    SecurityFailure securityFailure;
    watchSecurity(transport.get(), reply, &securityFailure);

    QEventLoop loop;
    QObject::connect(reply, &CoapReply::finished, &loop, &QEventLoop::quit);
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, reply, &CoapReply::abort);
    if (isPing && setup.timeoutMs > 0) {
        // A ping has no response timer of its own beyond the retransmissions.
        QObject::connect(client.messageLayer()->clock(), &QObject::destroyed, &loop, &QEventLoop::quit);
        client.messageLayer()->clock()->callAfter(setup.timeoutMs, reply, [reply] { reply->abort(); });
    }
    if (!reply->isFinished())
        loop.exec();

    if (securityFailure.failed) {
        error(describeSecurityFailure(securityFailure, setup));
        return CliExit::Security;
    }
    if (reply->error() != CoapError::None) {
        if (isPing && reply->error() == CoapError::Cancelled && setup.timeoutMs > 0)
            error(QCoreApplication::translate("cli", "no answer to the ping from %1 within %2 s")
                          .arg(setup.request.endpoint.toString()).arg(double(setup.timeoutMs) / 1000.0));
        else
            error(describeFailure(reply, setup));
        return exitStatusFor(reply);
    }
    if (isPing) {
        if (setup.json) {
            QJsonObject o;
            o.insert(QStringLiteral("source"), setup.request.endpoint.toString());
            o.insert(QStringLiteral("type"), QStringLiteral("RST"));
            o.insert(QStringLiteral("rtt_ms"), reply->rttMs());
            out() << jsonLine(o) << Qt::endl;
        } else {
            out() << QCoreApplication::translate("cli", "%1 answered the ping in %2 ms")
                             .arg(setup.request.endpoint.toString()).arg(reply->rttMs(), 0, 'f', 3)
                  << Qt::endl;
        }
        return CliExit::Success;
    }
    const CoapMessage &response = reply->response();
    if (setup.json)
        out() << jsonLine(responseJson(response, reply->responder(), reply->rttMs())) << Qt::endl;
    else
        writePayload(response.payload());
    if (!CoapCode::isSuccess(response.code())) {
        const QString name = CoapCode::name(response.code());
        error(QCoreApplication::translate("cli", "%1 %2 from %3").arg(CoapCode::toString(response.code()), name,
                                                                      reply->responder().toString()));
        const QString explanation = proxyResponseSentence(response.code(), setup);
        if (!explanation.isEmpty())
            error(explanation);
    }
    return exitStatusFor(reply);
}

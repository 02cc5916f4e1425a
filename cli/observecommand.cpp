// coap-explorer-cli observe URI: RFC 7641 notifications, one per line.
#include "clicommon.h"
#include "commands.h"
#include "payloadvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <limits>

#include <unistd.h>

using namespace Cli;

namespace {
QJsonArray valuesJson(const CoapMessage &message)
{
    QJsonArray values;
    for (const PayloadValue &v : PayloadValues::extract(message.payload(), message.contentFormat().value_or(-1))) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), v.name);
        o.insert(QStringLiteral("value"), v.value);
        o.insert(QStringLiteral("unit"), v.unit);
        if (v.kind == PayloadValue::Kind::Enumeration)
            o.insert(QStringLiteral("text"), v.text);
        values.append(o);
    }
    return values;
}
} // namespace

int runObserveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Observe a resource (RFC 7641): print each notification as it comes, the payload on its own line, or "
        "with --json one line per notification. Ends on Ctrl-C, after --count notifications or after "
        "--duration seconds, and always deregisters the observation before it exits."));
    parser.addHelpOption();
    addRequestOptions(parser, false);
    addOutputOptions(parser);
    parser.addOption({QStringLiteral("count"), QCoreApplication::translate("cli", "Stop after N notifications."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("duration"), QCoreApplication::translate("cli", "Stop after SECONDS."), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("cancel"),
                      QCoreApplication::translate("cli", "How to end the observation: 'deregister' (a GET with Observe=1, "
                                                         "default) or 'reset' (answer the next notification with RST)."),
                      QStringLiteral("MODE"), QStringLiteral("deregister")});
    parser.addPositionalArgument(QStringLiteral("URI"), QCoreApplication::translate("cli", "coap://host[:port]/path or coaps://… (DTLS, default port 5684)"));
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Cli::helpText(parser, QStringLiteral("observe")) << Qt::flush;
        return CliExit::Success;
    }
    if (parser.positionalArguments().size() != 1) {
        error(QCoreApplication::translate("cli", "observe takes exactly one URI"));
        return CliExit::Usage;
    }
    int count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1) {
            error(QCoreApplication::translate("cli", "--count takes a whole number from 1, not '%1'").arg(parser.value(QStringLiteral("count"))));
            return CliExit::Usage;
        }
    }
    qint64 durationMs = -1;
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            error(QCoreApplication::translate("cli", "--duration takes a number of seconds above 0, not '%1'").arg(parser.value(QStringLiteral("duration"))));
            return CliExit::Usage;
        }
        durationMs = qint64(seconds * 1000);
    }
    const QString mode = parser.value(QStringLiteral("cancel"));
    if (mode != QLatin1String("deregister") && mode != QLatin1String("reset")) {
        error(QCoreApplication::translate("cli", "--cancel is 'deregister' or 'reset', not '%1'").arg(mode));
        return CliExit::Usage;
    }
    const auto cancelMode = mode == QLatin1String("reset") ? CoapReply::CancelMode::Reset : CoapReply::CancelMode::Deregister;

    RequestSetup setup;
    QString problem;
    int status = CliExit::Usage;
    if (!buildRequest(parser, CoapCode::Get, parser.positionalArguments().first(), &setup, &problem, &status)) {
        error(problem);
        return status;
    }
    setup.request.observe = true;
    // --timeout bounds the wait for the first answer, not the whole observation.
    const qint64 firstAnswerTimeout = setup.request.timeoutMs;
    setup.request.timeoutMs = 0;

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
    client.setObserveCancelMode(cancelMode);
    if (setup.verbose)
        attachVerbose(client.messageLayer());
    pcap.attach(client.messageLayer());
    CoapReply *reply = client.send(setup.request);
    attachProgress(reply);
    SecurityFailure securityFailure;
    watchSecurity(transport.get(), reply, &securityFailure);

    QEventLoop loop;
    bool stopping = false;
    bool resetPending = false; // reactive cancellation: the RST still has to go out
    int printed = 0;
    auto stop = [&] {
        if (stopping || reply->isFinished())
            return;
        stopping = true;
        if (reply->isObserving()) {
            resetPending = cancelMode == CoapReply::CancelMode::Reset;
            reply->cancelObservation(cancelMode);
            // The server should confirm the deregistration at once; do not wait forever for it.
            QTimer::singleShot(5000, reply, [reply] { reply->abort(); });
        } else {
            reply->abort();
        }
    };
    auto print = [&](const CoapMessage &message, quint64 sequence, bool isNotification) {
        if (setup.json) {
            QJsonObject o = responseJson(message, reply->responder(), printed == 0 ? reply->rttMs() : -1);
            if (isNotification)
                o.insert(QStringLiteral("observe"), double(sequence));
            o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("values"), valuesJson(message));
            out() << jsonLine(o) << Qt::endl;
        } else {
            QByteArray payload = message.payload();
            if (!payload.endsWith('\n'))
                payload.append('\n');
            out().flush();
            fwrite(payload.constData(), 1, size_t(payload.size()), stdout);
            fflush(stdout);
        }
        ++printed;
    };
    QObject::connect(reply, &CoapReply::notificationReceived, &loop, [&](const CoapMessage &n, quint64 sequence) {
        if (stopping)
            return;
        print(n, sequence, true);
        if (count > 0 && printed >= count)
            stop();
    });
    QObject::connect(reply, &CoapReply::finished, &loop, &QEventLoop::quit);
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, stop);
    if (durationMs > 0)
        QTimer::singleShot(durationMs, &loop, stop);
    if (firstAnswerTimeout > 0) {
        QTimer::singleShot(firstAnswerTimeout, &loop, [&] {
            if (!reply->hasResponse() && !reply->isFinished()) {
                error(QCoreApplication::translate("cli", "no response from %1 within %2 s")
                              .arg(setup.proxy.isSet() ? setup.proxy.uri.authority() : setup.uri.authority())
                              .arg(double(firstAnswerTimeout) / 1000.0));
                reply->abort();
            }
        });
    }
    loop.exec();

    if (resetPending) {
        // RFC 7641 §3.6 (reactive): the server forgets the observation only when its next
        // notification is answered with RST, so stay until that RST has gone out (the engine sends
        // it for the now unknown token), at most Max-Age plus a little. A second Ctrl-C ends at once.
        const CoapEndpoint peer = reply->responder();
        // CoapCodec::maxAge ignores a Max-Age longer than 4 bytes (RFC 7252 §5.4.3), so the product
        // fits in 64 bits; QTimer takes an int, hence the clamp.
        const qint64 maxAgeMs = qMin<qint64>(qint64(CoapCodec::maxAge(reply->response()).value_or(60)) * 1000,
                                             std::numeric_limits<int>::max() - 2000);
        QEventLoop waitForReset;
        QObject::connect(client.messageLayer(), &CoapMessageLayer::datagramEvent, &waitForReset,
                         [&](const CoapDatagramEvent &e) {
            if (e.direction == CoapDatagramEvent::Direction::Sent && e.message.type() == CoapType::Reset && e.peer == peer)
                waitForReset.quit();
        });
        QObject::connect(&interrupt, &InterruptWatcher::interrupted, &waitForReset, &QEventLoop::quit);
        QTimer::singleShot(maxAgeMs + 2000, &waitForReset, &QEventLoop::quit);
        waitForReset.exec();
    }
    if (securityFailure.failed) {
        error(describeSecurityFailure(securityFailure, setup));
        return CliExit::Security;
    }
    if (stopping) {
        // Ended on request: success whether the server confirmed the deregistration or not.
        return CliExit::Success;
    }
    if (reply->error() != CoapError::None && reply->error() != CoapError::Cancelled) {
        error(describeFailure(reply, setup));
        return exitStatusFor(reply);
    }
    if (reply->error() == CoapError::Cancelled)
        return CliExit::Network; // the first-answer timeout
    // The server ended it: a response without Observe (not observable, or gone).
    const CoapMessage &last = reply->response();
    if (reply->notificationCount() == 0) {
        print(last, 0, false);
        if (CoapCode::isSuccess(last.code()))
            error(QCoreApplication::translate("cli", "the resource is not observable: it answered once without Observe"));
    } else if (!CoapCode::isSuccess(last.code())) {
        print(last, 0, false);
    }
    if (!CoapCode::isSuccess(last.code())) {
        error(QCoreApplication::translate("cli", "the observation ended: %1 %2").arg(CoapCode::toString(last.code()), CoapCode::name(last.code())));
        const QString explanation = proxyResponseSentence(last.code(), setup);
        if (!explanation.isEmpty())
            error(explanation);
    }
    return CoapCode::isSuccess(last.code()) ? CliExit::Success : CliExit::ErrorResponse;
}

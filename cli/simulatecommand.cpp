// coap-explorer-cli simulate: a fleet of simulated devices on this host (docs/simulator.md).
#include "clicommon.h"
#include "commands.h"

#include "coapserver.h"
#include "simulatedfleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkInterface>

namespace {

// The resources of a device, one per line, as /.well-known/core describes them.
void printDevice(QTextStream &out, int index, SimulatedDevice *device, const CoapEndpoint &endpoint,
                 const CoapEndpoint &secureEndpoint)
{
    out << QCoreApplication::translate("cli", "device %1  %2  (%3)  coap://%4:%5")
                   .arg(index).arg(device->name(), device->model(), endpoint.uriHost()).arg(endpoint.port());
    if (!secureEndpoint.isNull())
        out << QStringLiteral("  coaps://%1:%2").arg(secureEndpoint.uriHost()).arg(secureEndpoint.port());
    out << '\n';
    for (const QString &path : device->resourcePaths()) {
        const CoapResource *resource = device->server()->resource(path);
        if (!resource || resource->isHidden())
            continue;
        const CoreLink &link = resource->link();
        QStringList attributes;
        for (const char *name : {"rt", "if", "ct", "sz"})
            if (const auto value = link.attribute(QString::fromLatin1(name)))
                attributes.append(QLatin1String(name) + QLatin1Char('=') + *value);
        if (link.isObservable())
            attributes.append(QStringLiteral("obs"));
        out << QStringLiteral("    %1  %2  [%3]").arg(path, -20).arg(link.title(), -30).arg(attributes.join(QLatin1Char(' ')))
            << '\n';
    }
}

QString describeStartError(const FleetStartError &e, const FleetOptions &options)
{
    const QString where = e.endpoint.isNull() ? options.bindAddress.toString() : e.endpoint.toString();
    const QString who = e.device >= 0 ? QCoreApplication::translate("cli", "device %1").arg(e.device) : QCoreApplication::translate("cli", "the group endpoint");
    switch (e.error) {
    case FleetError::AddressInUse:
        return QCoreApplication::translate("cli", "%1 is already in use (%2); choose another --port, or --port 0 for free ports").arg(where, who);
    case FleetError::AddressNotAvailable:
        return QCoreApplication::translate("cli", "cannot bind %1 (%2): the address is not one of this host's").arg(where, who);
    case FleetError::PermissionDenied:
        return QCoreApplication::translate("cli", "not allowed to bind %1 (%2); ports below 1024 need privileges").arg(where, who);
    case FleetError::InterfaceNotFound:
        return QCoreApplication::translate("cli", "there is no network interface named '%1'").arg(options.interfaceName);
    case FleetError::MulticastJoinFailed:
        return QCoreApplication::translate("cli", "could not join the multicast group %1 (%2): %3").arg(e.group.toString(), who, e.detail);
    case FleetError::InvalidOptions:
        return QCoreApplication::translate("cli", "invalid simulator options: %1").arg(e.detail);
    case FleetError::NetworkError:
    case FleetError::None:
        break;
    }
    return QCoreApplication::translate("cli", "cannot start the simulator at %1 (%2): %3").arg(where, who, e.detail);
}

int exitStatusFor(FleetError error)
{
    switch (error) {
    case FleetError::None: return CliExit::Success;
    case FleetError::InvalidOptions: return CliExit::Usage;
    default: return CliExit::Network; // the port, the address, the interface: the network said no
    }
}

} // namespace

int runSimulateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Serve a fleet of simulated CoAP devices on this host: a gateway, door and "
                                        "window contacts, temperature and humidity sensors, healthcare wearables "
                                        "and switches. Each device is a CoAP server on its own UDP port. One line "
                                        "is printed per request answered; Ctrl-C stops."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("devices"), QCoreApplication::translate("cli", "Number of devices (1..1000, default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("bind"), QCoreApplication::translate("cli", "Address the devices bind to (default 127.0.0.1; 0.0.0.0 for all)."),
                      QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), QCoreApplication::translate("cli", "Port of device 0; device i gets PORT+i (default 5683; 0: free ports)."),
                      QStringLiteral("P"), QStringLiteral("5683")});
    parser.addOption({QStringLiteral("same-port"),
                      QCoreApplication::translate("cli", "Put all devices on the same port, on consecutive addresses (127.0.0.1, 127.0.0.2, …), so "
                         "that a multicast request to that port reaches every device.")});
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("cli", "Join this multicast group (repeatable), e.g. 224.0.1.187."), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("iface"), QCoreApplication::translate("cli", "Network interface for the multicast groups, e.g. lo."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("loss"), QCoreApplication::translate("cli", "Lose PERCENT of the datagrams in each direction (0..100)."), QStringLiteral("PERCENT"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("group-endpoint"),
                      QCoreApplication::translate("cli", "Also listen on PORT (0: a free one) and hand every request to all devices, which answer "
                         "as members of a multicast group would."),
                      QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("leisure"), QCoreApplication::translate("cli", "Longest delay before answering a group request, in ms (default 1000)."),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    Cli::addPcapOption(parser);
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Seed for repeatable values and losses."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("psk-identity"),
                      QCoreApplication::translate("cli", "Serve every device over coaps (DTLS) as well, accepting this pre-shared key "
                                                         "identity with --psk, --psk-file or %1.").arg(QLatin1String(Cli::PskEnvironmentVariable)),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("psk"), QCoreApplication::translate("cli", "The pre-shared key for coaps, as text or 0x… hex."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("psk-file"), QCoreApplication::translate("cli", "Read the pre-shared key from FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("cert"), QCoreApplication::translate("cli", "Serve coaps with this certificate (PEM), with --key."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"), QCoreApplication::translate("cli", "The private key (PEM, unencrypted) of --cert."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("secure-port"),
                      QCoreApplication::translate("cli", "With coaps: port of device 0's coaps side; device i gets PORT+i (default "
                                                         "--port + 1000; 0: free ports)."),
                      QStringLiteral("P")});

    if (!parser.parse(arguments)) {
        Cli::error(parser.errorText());
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out() << Cli::helpText(parser, QStringLiteral("simulate"));
        Cli::out().flush();
        return CliExit::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(QCoreApplication::translate("cli", "simulate takes no arguments besides options; got '%1'").arg(parser.positionalArguments().first()));
        return CliExit::Usage;
    }

    FleetOptions options;
    bool ok = false;
    options.deviceCount = parser.value(QStringLiteral("devices")).toInt(&ok);
    if (!ok || options.deviceCount < 1 || options.deviceCount > 1000) {
        Cli::error(QCoreApplication::translate("cli", "--devices takes a number from 1 to 1000"));
        return CliExit::Usage;
    }
    options.bindAddress = QHostAddress(parser.value(QStringLiteral("bind")));
    if (options.bindAddress.isNull() || options.bindAddress.isMulticast()) {
        Cli::error(QCoreApplication::translate("cli", "--bind takes a unicast IP address such as 127.0.0.1, 0.0.0.0 or ::1"));
        return CliExit::Usage;
    }
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        Cli::error(QCoreApplication::translate("cli", "--port takes a port number from 0 to 65535"));
        return CliExit::Usage;
    }
    options.basePort = quint16(port);
    if (parser.isSet(QStringLiteral("same-port"))) {
        if (options.bindAddress.protocol() != QAbstractSocket::IPv4Protocol
            || options.bindAddress.isEqual(QHostAddress::AnyIPv4)) {
            Cli::error(QCoreApplication::translate("cli", "--same-port needs one IPv4 unicast --bind address, e.g. 127.0.0.1"));
            return CliExit::Usage;
        }
        options.layout = FleetOptions::Layout::ConsecutiveAddresses;
    } else if (port != 0 && port + uint(options.deviceCount) - 1 > 65535) {
        Cli::error(QCoreApplication::translate("cli", "--port %1 leaves no room for %2 devices below port 65535").arg(port).arg(options.deviceCount));
        return CliExit::Usage;
    }
    for (const QString &text : parser.values(QStringLiteral("group"))) {
        const QHostAddress group(text);
        if (!group.isMulticast()) {
            Cli::error(QCoreApplication::translate("cli", "--group takes a multicast address such as 224.0.1.187 or ff02::fd; '%1' is not one").arg(text));
            return CliExit::Usage;
        }
        options.groups.append(group);
    }
    options.interfaceName = parser.value(QStringLiteral("iface"));
    if (!options.interfaceName.isEmpty() && !QNetworkInterface::interfaceFromName(options.interfaceName).isValid()) {
        Cli::error(QCoreApplication::translate("cli", "there is no network interface named '%1'").arg(options.interfaceName));
        return CliExit::Network;
    }
    options.lossPercent = parser.value(QStringLiteral("loss")).toDouble(&ok);
    if (!ok || options.lossPercent < 0 || options.lossPercent > 100) {
        Cli::error(QCoreApplication::translate("cli", "--loss takes a percentage from 0 to 100"));
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("group-endpoint"))) {
        const uint groupPort = parser.value(QStringLiteral("group-endpoint")).toUInt(&ok);
        if (!ok || groupPort > 65535) {
            Cli::error(QCoreApplication::translate("cli", "--group-endpoint takes a port number from 0 to 65535"));
            return CliExit::Usage;
        }
        options.groupEndpoint = true;
        options.groupEndpointPort = quint16(groupPort);
    }
    options.groupLeisureMs = parser.value(QStringLiteral("leisure")).toLongLong(&ok);
    if (!ok || options.groupLeisureMs < 1 || options.groupLeisureMs > 60000) {
        Cli::error(QCoreApplication::translate("cli", "--leisure takes milliseconds from 1 to 60000"));
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok || options.seed == 0) {
            Cli::error(QCoreApplication::translate("cli", "--seed takes a whole number from 1 to 4294967295"));
            return CliExit::Usage;
        }
    }

    {
        QString problem;
        if (!Cli::readPskOptions(parser, &options.security.pskIdentity, &options.security.psk, &problem)
            || !Cli::readCertificateOptions(parser, &options.security.certificate, &options.security.privateKey, &problem)) {
            Cli::error(problem);
            return CliExit::Usage;
        }
        options.secure = options.security.hasPsk() || options.security.hasCertificate();
        if (parser.isSet(QStringLiteral("secure-port")) && !options.secure) {
            Cli::error(QCoreApplication::translate("cli", "--secure-port needs credentials: --psk-identity with --psk, or --cert with --key"));
            return CliExit::Usage;
        }
        uint securePort = port == 0 ? 0 : port + 1000;
        if (parser.isSet(QStringLiteral("secure-port"))) {
            securePort = parser.value(QStringLiteral("secure-port")).toUInt(&ok);
            if (!ok || securePort > 65535) {
                Cli::error(QCoreApplication::translate("cli", "--secure-port takes a port number from 0 to 65535"));
                return CliExit::Usage;
            }
        }
        const uint lastSecurePort = options.layout == FleetOptions::Layout::ConsecutiveAddresses
                ? securePort : securePort + uint(options.deviceCount) - 1;
        if (options.secure && securePort != 0 && lastSecurePort > 65535) {
            Cli::error(QCoreApplication::translate("cli", "--secure-port %1 leaves no room for %2 devices below port 65535")
                               .arg(securePort).arg(options.deviceCount));
            return CliExit::Usage;
        }
        options.secureBasePort = quint16(securePort);
    }

    Cli::PcapRecorder pcap;
    {
        QString problem;
        if (!pcap.open(parser, &problem)) {
            Cli::error(problem);
            return CliExit::Usage;
        }
    }

    SimulatedFleet fleet;
    // Interrupts are caught before the sockets open, so that Ctrl-C at any moment ends cleanly.
    Cli::InterruptWatcher interrupts;
    if (!fleet.start(options)) {
        Cli::error(describeStartError(fleet.lastError(), options));
        return exitStatusFor(fleet.lastError().error);
    }

    for (int i = 0; i < fleet.deviceCount(); ++i)
        pcap.attach(fleet.device(i)->server()->messageLayer());

    QTextStream &out = Cli::out();
    const QList<CoapEndpoint> endpoints = fleet.deviceEndpoints();
    const QList<CoapEndpoint> secureEndpoints = fleet.secureEndpoints();
    out << QCoreApplication::translate("cli", "Simulating %n device(s); Ctrl-C stops.", nullptr, fleet.deviceCount()) << '\n';
    for (int i = 0; i < fleet.deviceCount(); ++i)
        printDevice(out, i, fleet.device(i), endpoints[i], secureEndpoints[i]);
    if (fleet.groupEndpoint().port() != 0)
        out << QCoreApplication::translate("cli", "group endpoint  coap://%1:%2  (a request here reaches every device; answers come from each "
                  "device's own port)")
                       .arg(fleet.groupEndpoint().uriHost()).arg(fleet.groupEndpoint().port())
            << '\n';
    for (const QHostAddress &group : options.groups)
        out << QCoreApplication::translate("cli", "multicast group %1 joined by every device, on each device's own port%2")
                       .arg(group.toString(),
                            options.layout == FleetOptions::Layout::ConsecutiveAddresses
                                    ? QCoreApplication::translate("cli", " (all on %1)").arg(options.basePort)
                                    : QCoreApplication::translate("cli", " (a request to port P reaches only the device on port P)"))
            << '\n';
    if (options.lossPercent > 0)
        out << QCoreApplication::translate("cli", "losing %1 % of the datagrams in each direction").arg(options.lossPercent) << '\n';
    out.flush();

    int handled = 0;
    QObject::connect(&fleet, &SimulatedFleet::requestHandled, &fleet, [&out, &handled](const FleetRequestEvent &e) {
        ++handled;
        out << e.time.toString(QStringLiteral("HH:mm:ss.zzz")) << ' ' << e.from.toString() << QStringLiteral(" → ")
            << QCoreApplication::translate("cli", "device %1 (%2)").arg(e.device).arg(e.deviceName) << ' '
            << (CoapCode::name(e.method).isEmpty() ? CoapCode::toString(e.method) : CoapCode::name(e.method)) << ' '
            << e.path << ' ' << CoapCode::toString(e.code) << (e.multicast ? QStringLiteral(" (group)") : QString())
            << Qt::endl; // flushed per line: the output is often piped into a log
    });

    QEventLoop loop;
    QObject::connect(&interrupts, &Cli::InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    fleet.stop();
    Cli::err() << QCoreApplication::translate("cli", "Simulator stopped after %n request(s).", nullptr, handled) << Qt::endl;
    return CliExit::Success;
}

// coap-explorer-cli discover: multicast resource discovery (RFC 7252 §8, RFC 6690 §4).
#include "clicommon.h"
#include "commands.h"

#include "coapcodec.h"
#include "coapdiscovery.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <unistd.h>

using namespace Cli;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

QString networkErrorText(CoapNetworkError error)
{
    switch (error) {
    case CoapNetworkError::None: return {};
    case CoapNetworkError::AddressInUse: return tr("address in use");
    case CoapNetworkError::AddressNotAvailable: return tr("address not available on this machine");
    case CoapNetworkError::PermissionDenied: return tr("permission denied");
    case CoapNetworkError::NetworkUnreachable: return tr("network unreachable");
    case CoapNetworkError::HostUnreachable: return tr("host unreachable");
    case CoapNetworkError::PortUnreachable: return tr("port unreachable");
    case CoapNetworkError::DatagramTooLarge: return tr("datagram too large");
    case CoapNetworkError::Other: return tr("system error");
    }
    return {};
}

QString groupText(const QHostAddress &group)
{
    return group.toString(); // "ff02::fd%eth0": the zone names the interface
}

QString joined(const QStringList &items)
{
    if (items.isEmpty())
        return tr("(none)");
    return items.join(QStringLiteral(", "));
}

QStringList groupTexts(const CoapDiscoverySummary &summary)
{
    QStringList result;
    for (const QHostAddress &group : summary.groups)
        result.append(groupText(group));
    for (const CoapEndpoint &endpoint : summary.endpoints)
        result.append(endpoint.toString());
    result.append(summary.hostNames);
    return result;
}

// One plain sentence per problem, naming the interface, group or host (commands.h: one line).
QString describe(const CoapDiscoveryProblem &p)
{
    const QString iface = p.interfaceName;
    const QString system = p.detail.isEmpty() ? networkErrorText(p.networkError) : p.detail;
    switch (p.error) {
    case CoapDiscoveryError::None:
        return {};
    case CoapDiscoveryError::NoUsableInterface:
        return iface.isEmpty()
                ? tr("no network interface can send multicast: none is up, running and has the MULTICAST flag "
                     "(name one with --iface, or ask a device directly with --host ADDRESS)")
                : tr("no usable interface among %1 (an interface must be up, running and have the MULTICAST flag)").arg(iface);
    case CoapDiscoveryError::InterfaceNotFound:
        return tr("there is no network interface called '%1' ('ip link' lists them)").arg(iface);
    case CoapDiscoveryError::InterfaceNotUsable:
        return tr("interface %1 cannot be used for multicast: it is down, not running or has no MULTICAST flag").arg(iface);
    case CoapDiscoveryError::NoAddressForGroup:
        return tr("interface %1 has no %2 address, so group %3 cannot be asked through it")
                .arg(iface, p.group.protocol() == QAbstractSocket::IPv4Protocol ? tr("IPv4") : tr("IPv6"), groupText(p.group));
    case CoapDiscoveryError::BindFailed:
        return tr("cannot open a UDP socket on %1 (%2): %3")
                .arg(iface.isEmpty() ? tr("any interface") : iface, p.endpoint.address().toString(), system);
    case CoapDiscoveryError::NoRoute:
        return p.group.isNull()
                ? tr("no route to %1: %2").arg(p.endpoint.toString(), system)
                : tr("no route for multicast to %1 on %2: %3").arg(groupText(p.group), iface.isEmpty() ? tr("any interface") : iface, system);
    case CoapDiscoveryError::SendFailed:
        return tr("cannot send to %1%2: %3")
                .arg(p.group.isNull() ? p.endpoint.toString() : groupText(p.group),
                     iface.isEmpty() ? QString() : tr(" on %1").arg(iface), system);
    case CoapDiscoveryError::HostNotFound:
        return tr("host name '%1' could not be resolved").arg(p.hostName);
    case CoapDiscoveryError::NoResponse:
        return p.coapError == CoapError::Reset
                ? tr("%1 refused the request (it answered with a reset)").arg(p.hostName.isEmpty() ? p.endpoint.toString() : p.hostName)
                : tr("no answer from %1").arg(p.hostName.isEmpty() ? p.endpoint.toString() : p.hostName);
    case CoapDiscoveryError::ErrorResponse:
        return tr("%1 answered %2 %3 to GET /.well-known/core")
                .arg(p.endpoint.toString(), CoapCode::toString(p.responseCode), CoapCode::name(p.responseCode));
    case CoapDiscoveryError::IncompleteAnswer:
        return tr("the resource list of %1 could not be fetched completely (%2); showing what arrived")
                .arg(p.endpoint.toString(), QString::fromLatin1(coapErrorKey(p.coapError)));
    }
    return {};
}

// JSON with its keys in a chosen order ("source" first), which QJsonObject (sorted) cannot keep.
using OrderedFields = QList<QPair<QString, QByteArray>>; // key, value already in JSON

QByteArray jsonValue(const QJsonValue &value)
{
    // QJsonDocument writes only objects and arrays: wrap scalars and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray jsonObject(const OrderedFields &fields)
{
    QByteArray text = "{";
    for (const auto &[key, value] : fields) {
        if (text.size() > 1)
            text += ',';
        text += jsonValue(key) + ':' + value;
    }
    return text + '}';
}

QByteArray jsonList(const QList<QByteArray> &items) { return '[' + items.join(',') + ']'; }

QByteArray linkJson(const CoreLink &link)
{
    QJsonArray ct;
    for (int format : link.contentFormats())
        ct.append(format);
    OrderedFields f{{QStringLiteral("href"), jsonValue(link.href())},
                    {QStringLiteral("rt"), jsonValue(QJsonArray::fromStringList(link.resourceTypes()))},
                    {QStringLiteral("if"), jsonValue(QJsonArray::fromStringList(link.interfaces()))},
                    {QStringLiteral("ct"), jsonValue(ct)}};
    if (link.isObservable())
        f.append({QStringLiteral("obs"), "true"});
    const QString title = link.title();
    if (!title.isEmpty())
        f.append({QStringLiteral("title"), jsonValue(title)});
    if (const auto size = link.size())
        f.append({QStringLiteral("sz"), QByteArray::number(*size)});
    return jsonObject(f);
}

QByteArray deviceJson(const CoapDevice &device)
{
    QList<QByteArray> links;
    for (const CoreLink &link : device.links)
        links.append(linkJson(link));
    OrderedFields f{{QStringLiteral("source"), jsonValue(device.endpoint.toString())},
                    {QStringLiteral("links"), jsonList(links)}};
    if (!device.interfaceName.isEmpty())
        f.append({QStringLiteral("interface"), jsonValue(device.interfaceName)});
    QJsonArray via;
    for (const CoapEndpoint &v : device.via)
        via.append(v.toString());
    f.append({QStringLiteral("via"), jsonValue(via)});
    if (device.skippedLinks > 0) {
        f.append({QStringLiteral("skipped_links"), QByteArray::number(device.skippedLinks)});
        f.append({QStringLiteral("link_error"), jsonValue(QString::fromLatin1(CoreLinkFormat::errorKey(device.linkError)))});
    }
    if (!device.complete) {
        f.append({QStringLiteral("incomplete"), "true"});
        if (device.completionError != CoapError::None)
            f.append({QStringLiteral("error"), jsonValue(QString::fromLatin1(coapErrorKey(device.completionError)))});
    }
    return jsonObject(f);
}

QString deviceTable(const CoapDevice &device)
{
    QString text = device.endpoint.toString();
    QStringList via;
    for (const CoapEndpoint &v : device.via)
        if (v != device.endpoint) // asked directly: nothing to add
            via.append(v.isMulticast() ? v.address().toString() : v.toString());
    if (!via.isEmpty()) {
        text += QStringLiteral("  (") + via.join(QStringLiteral(", "));
        if (!device.interfaceName.isEmpty())
            text += tr(" on %1").arg(device.interfaceName);
        text += u')';
    }
    text += u'\n';
    if (device.links.isEmpty()) {
        text += device.filtered ? tr("  no matching resources\n") : tr("  no resources listed\n");
    } else {
        const QStringList header{tr("HREF"), tr("RT"), tr("IF"), tr("CT"), tr("OBS"), tr("TITLE")};
        QList<QStringList> rows{header};
        for (const CoreLink &link : device.links) {
            QStringList ct;
            for (int format : link.contentFormats())
                ct.append(QString::number(format));
            const auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
            rows.append({link.href(), dash(link.resourceTypes().join(u' ')), dash(link.interfaces().join(u' ')),
                         dash(ct.join(u' ')), link.isObservable() ? tr("yes") : QStringLiteral("-"), link.title()});
        }
        QList<qsizetype> widths(header.size(), 0);
        for (const QStringList &row : rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = qMax(widths[c], row.at(c).size());
        for (const QStringList &row : rows) {
            QString line = QStringLiteral("  ");
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
            text += line;
            while (text.endsWith(u' '))
                text.chop(1);
            text += u'\n';
        }
    }
    if (device.skippedLinks > 0)
        text += (device.skippedLinks == 1 ? tr("  (1 broken link left out: %1 at byte %2)\n")
                                          : tr("  (%n broken links left out; the first: %1 at byte %2)\n", nullptr, device.skippedLinks))
                        .arg(QString::fromLatin1(CoreLinkFormat::errorKey(device.linkError)))
                        .arg(device.linkErrorOffset);
    if (!device.complete)
        text += tr("  (the list is incomplete: only its first block arrived)\n");
    return text;
}

bool parseGroup(const QString &text, QHostAddress *group)
{
    QString bare = text.trimmed();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    return group->setAddress(bare) && group->isMulticast();
}

bool parseEndpoint(const QString &text, quint16 defaultPort, CoapEndpoint *endpoint)
{
    // "127.0.0.1:5683", "[::1]:5683", "127.0.0.1", "::1"
    QString host = text.trimmed();
    quint16 port = defaultPort;
    const qsizetype close = host.lastIndexOf(u']');
    const qsizetype colon = host.lastIndexOf(u':');
    const bool bracketed = host.startsWith(u'[');
    if ((bracketed && colon > close) || (!bracketed && colon > 0 && host.count(u':') == 1)) {
        bool ok = false;
        const uint p = host.mid(colon + 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return false;
        port = quint16(p);
        host = host.left(colon);
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    *endpoint = CoapEndpoint(address, port);
    return true;
}

void printDatagram(const CoapDatagramEvent &e, const QString &interfaceName)
{
    const bool sent = e.direction == CoapDatagramEvent::Direction::Sent;
    QString line = QStringLiteral("%1 %2 %3 (%4 B)")
                           .arg(sent ? QStringLiteral("->") : QStringLiteral("<-"), e.peer.toString(),
                                e.decodeError == CoapDecodeError::None
                                        ? e.message.summary()
                                        : QStringLiteral("malformed datagram (%1)").arg(QString::fromLatin1(CoapCodec::errorKey(e.decodeError))))
                           .arg(e.datagram.size());
    if (!interfaceName.isEmpty())
        line += QStringLiteral(" [%1]").arg(interfaceName);
    if (e.retransmission > 0)
        line += QStringLiteral(" [retransmission %1]").arg(e.retransmission);
    if (e.duplicate)
        line += QStringLiteral(" [duplicate]");
    err() << line << '\n' << "   " << e.datagram.toHex(' ') << Qt::endl;
}

} // namespace

int runDiscoverCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Find CoAP devices on the local network. Sends a non-confirmable GET /.well-known/core (RFC 6690) to the\n"
        "All-CoAP-Nodes groups (RFC 7252 §12.8: 224.0.1.187, ff02::fd, ff05::fd) through every interface that is\n"
        "up, running and multicast-capable, and lists each device that answers with its resources (href, rt, if,\n"
        "ct, obs, title). Devices wait a random time of up to 5 s before answering (RFC 7252 §8.2), so the\n"
        "answers are collected for --wait seconds. An answer too large for one datagram is completed by unicast.\n"
        "\n"
        "Examples:\n"
        "  coap-explorer-cli discover\n"
        "  coap-explorer-cli discover --iface eth0 --query rt=temperature --json\n"
        "  coap-explorer-cli discover --group ff02::fd --iface wlan0 --wait 10\n"
        "  coap-explorer-cli discover --host 192.0.2.5\n"
        "  coap-explorer-cli discover --group-endpoint 127.0.0.1:5683   (the fleet of 'simulate')\n"
        "\n"
        "Exit status: 0 when at least one device answered, 2 for bad usage, 3 when no device answered or no\n"
        "interface could be used."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("group"),
                      tr("Ask multicast group ADDR (repeatable). Default: 224.0.1.187, ff02::fd and ff05::fd."),
                      QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("iface"),
                      tr("Send through interface NAME only (repeatable). Default: every interface that is up, "
                         "running and has the MULTICAST flag (loopback only if 'ip link set lo multicast on')."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("wait"), tr("Collect answers for SECONDS (default 6; fractions allowed)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("query"),
                      tr("Only resources matching the RFC 6690 filter Q, e.g. rt=temperature, if=sensor, "
                         "href=/sensors* (a trailing * matches a prefix). Devices with no match are not listed."),
                      QStringLiteral("Q")});
    parser.addOption({QStringLiteral("port"), tr("CoAP port of the devices (default 5683)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("host"),
                      tr("Ask one device by unicast instead of multicast (an address or a name)."),
                      QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("group-endpoint"),
                      tr("Also ask HOST:PORT as a group: a unicast endpoint behind which several devices answer, "
                         "each from its own address (repeatable). Without --group, no multicast is sent."),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print one JSON object per device as it answers: {\"source\":\"addr:port\",\"links\":[{\"href\":…,"
                         "\"rt\":[…],\"if\":[…],\"ct\":[…],\"obs\":true,\"title\":…,\"sz\":…}]}, then a summary line "
                         "{\"summary\":{\"devices\":N,\"groups\":[…],\"interfaces\":[…],\"waited_ms\":…}}.")});
    parser.addOption({QStringLiteral("verbose"), tr("Print every datagram sent and received, decoded, to standard error.")});
    Cli::addPcapOption(parser);
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return CliExit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Cli::helpText(parser, QStringLiteral("discover")) << Qt::flush;
        return CliExit::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error(tr("discover takes no URI; to ask one device use --host ADDRESS or "
                 "'coap-explorer-cli get coap://ADDRESS/.well-known/core'"));
        return CliExit::Usage;
    }

    CoapDiscoveryOptions options;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            error(tr("--port must be a number from 1 to 65535, not '%1'").arg(parser.value(QStringLiteral("port"))));
            return CliExit::Usage;
        }
        options.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("wait")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            error(tr("--wait must be a number of seconds above 0 and at most 3600, not '%1'").arg(parser.value(QStringLiteral("wait"))));
            return CliExit::Usage;
        }
        options.waitMs = qMax(1, int(seconds * 1000));
    }
    options.query = parser.value(QStringLiteral("query"));
    options.interfaces = parser.values(QStringLiteral("iface"));
    if (parser.isSet(QStringLiteral("group"))) {
        options.groups.clear();
        for (const QString &text : parser.values(QStringLiteral("group"))) {
            QHostAddress group;
            if (!parseGroup(text, &group)) {
                error(tr("'%1' is not a multicast group address (e.g. 224.0.1.187, ff02::fd)").arg(text));
                return CliExit::Usage;
            }
            // A zone ("ff02::fd%eth0") names the interface.
            if (!group.scopeId().isEmpty()) {
                if (!options.interfaces.contains(group.scopeId()))
                    options.interfaces.append(group.scopeId());
                group.setScopeId(QString());
            }
            if (!options.groups.contains(group))
                options.groups.append(group);
        }
    }
    for (const QString &text : parser.values(QStringLiteral("group-endpoint"))) {
        CoapEndpoint endpoint;
        if (!parseEndpoint(text, options.port, &endpoint)) {
            error(tr("'%1' is not an address with a port, e.g. 127.0.0.1:5683 or [::1]:5683").arg(text));
            return CliExit::Usage;
        }
        options.groupEndpoints.append(endpoint);
    }
    if (!options.groupEndpoints.isEmpty() && !parser.isSet(QStringLiteral("group")))
        options.groups.clear();
    const QString host = parser.value(QStringLiteral("host"));
    if (!host.isEmpty() && (parser.isSet(QStringLiteral("group")) || parser.isSet(QStringLiteral("group-endpoint"))
                            || parser.isSet(QStringLiteral("iface")))) {
        error(tr("--host asks one device by unicast; it cannot be combined with --group, --group-endpoint or --iface"));
        return CliExit::Usage;
    }

    CoapDiscovery discovery;
    discovery.setOptions(options);
    QSet<CoapEndpoint> printed;
    const auto print = [&](const CoapDevice &device) {
        if (printed.contains(device.endpoint))
            return;
        printed.insert(device.endpoint);
        if (json)
            out() << QString::fromUtf8(deviceJson(device)) << Qt::endl;
        else
            out() << deviceTable(device) << '\n' << Qt::flush;
    };
    // Each device is printed once, as soon as its list is whole (a Block2 answer is completed by
    // unicast first); one whose completion failed is printed at the end, marked incomplete.
    QObject::connect(&discovery, &CoapDiscovery::deviceFound, &discovery, [&](const CoapDevice &d) {
        if (d.complete)
            print(d);
    });
    QObject::connect(&discovery, &CoapDiscovery::deviceUpdated, &discovery, [&](const CoapDevice &d) {
        if (d.complete)
            print(d);
    });
    bool noInterface = false;
    bool namedInterfaceProblem = false;
    QObject::connect(&discovery, &CoapDiscovery::errorOccurred, &discovery, [&](const CoapDiscoveryProblem &p) {
        if (p.error == CoapDiscoveryError::InterfaceNotFound || p.error == CoapDiscoveryError::InterfaceNotUsable)
            namedInterfaceProblem = true;
        if (p.error == CoapDiscoveryError::NoUsableInterface) {
            noInterface = true;
            if (namedInterfaceProblem)
                return; // each named interface has had its own line already
        }
        error(describe(p));
    });
    if (verbose)
        QObject::connect(&discovery, &CoapDiscovery::datagramEvent, &discovery, &printDatagram);
    Cli::PcapRecorder pcap;
    {
        QString problem;
        if (!pcap.open(parser, &problem)) {
            error(problem);
            return CliExit::Usage;
        }
    }
    QObject::connect(&discovery, &CoapDiscovery::datagramEvent, &discovery,
                     [&pcap](const CoapDatagramEvent &e, const QString &) { pcap.record(e); });

    std::optional<CoapDiscoverySummary> summary;
    QEventLoop loop;
    QObject::connect(&discovery, &CoapDiscovery::finished, &loop, [&](const CoapDiscoverySummary &s) {
        summary = s;
        loop.quit();
    });
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &discovery, &CoapDiscovery::stop);

    bool started = false;
    if (!host.isEmpty()) {
        started = discovery.discoverHost(host, options.port);
    } else {
        started = discovery.start();
    }
    if (started && !json && isatty(STDERR_FILENO))
        err() << tr("Collecting answers for %1 s… (Ctrl-C ends early)").arg(double(options.waitMs) / 1000.0) << Qt::endl;
    if (!summary)
        loop.exec();
    if (!summary)
        return CliExit::Network;

    for (const CoapDevice &device : discovery.devices())
        if (!printed.contains(device.endpoint))
            print(device);

    const QStringList asked = groupTexts(*summary);
    if (json) {
        QJsonArray groups;
        for (const QHostAddress &group : summary->groups)
            groups.append(groupText(group));
        OrderedFields s{{QStringLiteral("devices"), QByteArray::number(summary->devices)},
                        {QStringLiteral("groups"), jsonValue(groups)},
                        {QStringLiteral("interfaces"), jsonValue(QJsonArray::fromStringList(summary->interfaces))}};
        if (!summary->endpoints.isEmpty() || !summary->hostNames.isEmpty()) {
            QJsonArray endpoints;
            for (const CoapEndpoint &e : summary->endpoints)
                endpoints.append(e.toString());
            for (const QString &name : summary->hostNames)
                endpoints.append(name);
            s.append({QStringLiteral("endpoints"), jsonValue(endpoints)});
        }
        if (!options.query.isEmpty())
            s.append({QStringLiteral("query"), jsonValue(options.query)});
        s.append({QStringLiteral("waited_ms"), QByteArray::number(summary->waitedMs)});
        if (summary->stopped)
            s.append({QStringLiteral("stopped"), "true"});
        if (!summary->problems.isEmpty()) {
            QList<QByteArray> errors;
            for (const CoapDiscoveryProblem &p : summary->problems) {
                OrderedFields e{{QStringLiteral("error"), jsonValue(QString::fromLatin1(coapDiscoveryErrorKey(p.error)))}};
                if (!p.interfaceName.isEmpty())
                    e.append({QStringLiteral("interface"), jsonValue(p.interfaceName)});
                if (!p.group.isNull())
                    e.append({QStringLiteral("group"), jsonValue(groupText(p.group))});
                else if (!p.endpoint.isNull())
                    e.append({QStringLiteral("endpoint"), jsonValue(p.endpoint.toString())});
                errors.append(jsonObject(e));
            }
            s.append({QStringLiteral("errors"), jsonList(errors)});
        }
        out() << QString::fromUtf8(jsonObject({{QStringLiteral("summary"), jsonObject(s)}})) << Qt::endl;
    }

    const QString seconds = QString::number(double(summary->waitedMs) / 1000.0, 'f', 1);
    if (summary->devices > 0) {
        if (!json)
            out() << (summary->devices == 1 ? tr("1 device answered %1%2 within %3 s.")
                                             : tr("%n devices answered %1%2 within %3 s.", nullptr, summary->devices))
                             .arg(joined(asked),
                                  summary->interfaces.isEmpty() ? QString() : tr(" on %1").arg(joined(summary->interfaces)),
                                  seconds)
                  << Qt::endl;
        return CliExit::Success;
    }
    if (noInterface && summary->groups.isEmpty() && summary->endpoints.isEmpty())
        return CliExit::Network; // already said why
    if (host.isEmpty() && summary->groups.isEmpty() && summary->endpoints.isEmpty())
        return CliExit::Network; // nothing could be sent; the problems were printed
    if (!host.isEmpty()) {
        if (summary->problems.isEmpty()) // it answered, but nothing matched the filter
            error(tr("%1 has no resource matching '%2'").arg(host, options.query));
        return CliExit::Network;
    }
    error(tr("no device answered %1%2 within %3 s. Devices may be on another link (choose it with --iface), "
             "or not answer multicast: try 'coap-explorer-cli get coap://ADDRESS/.well-known/core'.")
                  .arg(joined(asked),
                       summary->interfaces.isEmpty() ? QString() : tr(" on %1").arg(joined(summary->interfaces)),
                       seconds));
    return CliExit::Network;
}

#include "discoverytext.h"

#include "errortext.h"

#include <QLocale>

#include <algorithm>

namespace {
// The well-known discovery path (RFC 7252 §7.2), named in sentences about what a host answered.
const QString kWellKnownCore = QStringLiteral("/.well-known/core");

QString familyName(const QHostAddress &group)
{
    return group.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// The time a run listened, as people say it: "6 s" for a 6 s window, not "6.0 s" (the window is
// set in whole seconds, and the few ms of bookkeeping mean nothing to the reader).
QString waitedText(qint64 ms)
{
    if (ms >= 1000 && ms < 120000)
        return DiscoveryText::tr("%1 s").arg(qRound64(double(ms) / 1000.0));
    return ErrorText::duration(ms);
}

QString hostOf(const CoapDiscoveryProblem &p)
{
    if (!p.hostName.isEmpty())
        return p.endpoint.isNull() ? p.hostName : QStringLiteral("%1 (%2)").arg(p.hostName, p.endpoint.toString());
    return p.endpoint.isNull() ? QString() : p.endpoint.toString();
}

// "ff02::fd on eth0" reads better than "[ff02::fd%eth0]:5683"; groups and endpoints as people say them.
QString targetOf(const CoapDiscoveryProblem &p)
{
    if (!p.group.isNull())
        return DiscoveryText::groupName(p.group);
    return hostOf(p);
}
} // namespace

QString DiscoveryText::groupName(const QHostAddress &group)
{
    QHostAddress bare = group;
    bare.setScopeId(QString());
    return bare.toString();
}

QString DiscoveryText::problem(const CoapDiscoveryProblem &p)
{
    const QString iface = p.interfaceName;
    switch (p.error) {
    case CoapDiscoveryError::None:
        return {};
    case CoapDiscoveryError::NoUsableInterface:
        return noMulticastInterface(iface);
    case CoapDiscoveryError::InterfaceNotFound:
        return tr("There is no network interface called \u201c%1\u201d. Choose one from the list, or All "
                  "interfaces.").arg(iface);
    case CoapDiscoveryError::InterfaceNotUsable:
        return tr("%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, "
                  "or choose another interface.").arg(iface);
    case CoapDiscoveryError::NoAddressForGroup:
        return tr("%1 has no %2 address, so %3 cannot be asked through it.")
                .arg(iface, familyName(p.group), groupName(p.group));
    case CoapDiscoveryError::BindFailed: {
        const QString why = ErrorText::networkError(p.networkError);
        return iface.isEmpty() ? tr("Could not open a socket for discovery. %1").arg(why)
                               : tr("Could not open a socket on %1 for discovery. %2").arg(iface, why);
    }
    case CoapDiscoveryError::NoRoute:
        if (!iface.isEmpty())
            return tr("The system has no route to %1 on %2. Is the interface connected to a network?")
                    .arg(targetOf(p), iface);
        return tr("The system has no route to %1. Check the cable, Wi-Fi or VPN.").arg(targetOf(p));
    case CoapDiscoveryError::SendFailed:
        return tr("The request to %1 could not be sent. %2")
                .arg(targetOf(p), ErrorText::networkError(p.networkError, targetOf(p)));
    case CoapDiscoveryError::HostNotFound:
        return tr("The host name \u201c%1\u201d could not be resolved. Check the spelling, or use the device's "
                  "IP address.").arg(p.hostName);
    case CoapDiscoveryError::NoResponse: {
        if (p.coapError != CoapError::None && p.coapError != CoapError::Timeout
            && p.coapError != CoapError::RetransmissionsExceeded) {
            ExchangeErrorContext context;
            context.peer = hostOf(p);
            context.path = kWellKnownCore;
            context.hostName = p.hostName;
            return ErrorText::exchangeError(p.coapError, context);
        }
        // The device may still serve requests without listing its resources, so say it stays usable.
        return tr("%1 did not answer GET %2 in time. Is the device on this link and powered? It stays "
                  "in the list, so you can still send it requests.").arg(hostOf(p), kWellKnownCore);
    }
    case CoapDiscoveryError::ErrorResponse:
        return tr("%1 answered: %2").arg(hostOf(p), ErrorText::responseSentence(p.responseCode, kWellKnownCore,
                                                                                CoapCode::Get));
    case CoapDiscoveryError::IncompleteAnswer: {
        ExchangeErrorContext context;
        context.peer = hostOf(p);
        context.path = kWellKnownCore;
        return tr("The resource list of %1 is incomplete: only its first block arrived. %2")
                .arg(hostOf(p), ErrorText::exchangeError(p.coapError, context));
    }
    }
    return tr("Discovery failed (%1).").arg(QString::fromLatin1(coapDiscoveryErrorKey(p.error)));
}

QString DiscoveryText::askedPhrase(const CoapDiscoverySummary &s)
{
    // Link-local groups come once per interface (with its zone); people think of the group once.
    QStringList groups;
    for (const QHostAddress &group : s.groups) {
        const QString name = groupName(group);
        if (!groups.contains(name))
            groups.append(name);
    }
    QStringList parts;
    const QLocale locale;
    if (!groups.isEmpty()) {
        if (s.interfaces.isEmpty())
            parts.append(locale.createSeparatedList(groups));
        else
            parts.append(tr("%1 on %2").arg(locale.createSeparatedList(groups), locale.createSeparatedList(s.interfaces)));
    }
    for (const CoapEndpoint &endpoint : s.endpoints)
        parts.append(endpoint.toString());
    parts.append(s.hostNames);
    return locale.createSeparatedList(parts);
}

QString DiscoveryText::noMulticastInterface(const QString &interfaces)
{
    if (interfaces.isEmpty())
        return tr("No multicast-capable interface: no network interface of this computer is up, connected and "
                  "able to send multicast, so no group could be asked. Use Add device\u2026 to ask a device by "
                  "its address.");
    return tr("No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group "
              "could be asked. Choose another interface, or use Add device\u2026 to ask a device by its "
              "address.").arg(interfaces);
}

QString DiscoveryText::noAnswer(const CoapDiscoverySummary &s)
{
    // What was asked comes first; why some of it could not be asked follows. With nothing asked
    // at all the interface problem is the whole story, and it already suggests Add device….
    QStringList paragraphs;
    const QString asked = askedPhrase(s);
    if (!asked.isEmpty()) {
        paragraphs.append(s.stopped
                ? tr("No devices answered: asked %1, stopped after %2. Add a device by its address with Add "
                     "device\u2026, e.g. 192.168.1.20.").arg(asked, waitedText(s.waitedMs))
                : tr("No devices answered: asked %1 for %2. Add a device by its address with Add device\u2026, "
                     "e.g. 192.168.1.20.").arg(asked, waitedText(s.waitedMs)));
    }
    for (const CoapDiscoveryProblem &p : s.problems) {
        if (isInterfaceProblem(s, p))
            paragraphs.append(problem(p));
    }
    if (paragraphs.isEmpty())
        return tr("No devices answered: nothing could be asked. Choose a group or an interface, or use Add "
                  "device\u2026 to ask a device by its address.");
    paragraphs.removeDuplicates();
    return paragraphs.join(QStringLiteral("\n\n"));
}

bool DiscoveryText::isInterfaceProblem(const CoapDiscoverySummary &s, const CoapDiscoveryProblem &p)
{
    switch (p.error) {
    case CoapDiscoveryError::NoUsableInterface:
    case CoapDiscoveryError::InterfaceNotFound:
        return true;
    case CoapDiscoveryError::InterfaceNotUsable:
        // "No multicast-capable interface: eth0 is not up…" already says it.
        return std::none_of(s.problems.begin(), s.problems.end(), [](const CoapDiscoveryProblem &other) {
            return other.error == CoapDiscoveryError::NoUsableInterface;
        });
    default:
        return false;
    }
}

QString DiscoveryText::finishedLine(const CoapDiscoverySummary &s)
{
    // Singular and plural spelled out: without a loaded English translation "%n device(s)" would
    // show literally (the same pattern as the main window's status bar).
    const QString waited = waitedText(s.waitedMs);
    if (s.stopped)
        return (s.devices == 1 ? tr("%n device answered before the discovery was stopped (%1).", nullptr, s.devices)
                               : tr("%n devices answered before the discovery was stopped (%1).", nullptr, s.devices))
                .arg(waited);
    return (s.devices == 1 ? tr("%n device answered within %1.", nullptr, s.devices)
                           : tr("%n devices answered within %1.", nullptr, s.devices)).arg(waited);
}

QString DiscoveryText::listeningLine(qint64 remainingMs, int devicesSoFar)
{
    // Whole seconds, rounded up, so the count never shows 0 while still listening.
    const qint64 seconds = (qMax<qint64>(0, remainingMs) + 999) / 1000;
    return (devicesSoFar == 1 ? tr("Listening for answers: %1 s left \u00b7 %n device so far", nullptr, devicesSoFar)
                              : tr("Listening for answers: %1 s left \u00b7 %n devices so far", nullptr, devicesSoFar))
            .arg(seconds);
}

QString DiscoveryText::linkProblems(const CoapDevice &device)
{
    QStringList lines;
    if (device.skippedLinks > 0 || device.linkError != CoreLinkError::None) {
        const QString why = ErrorText::linkFormatError(device.linkError, device.linkErrorOffset);
        if (device.skippedLinks == 1)
            lines.append(tr("%n broken entry of its resource list left out: %1", nullptr, device.skippedLinks).arg(why));
        else if (device.skippedLinks > 1)
            lines.append(tr("%n broken entries of its resource list left out: %1", nullptr, device.skippedLinks).arg(why));
        else
            lines.append(why);
    }
    if (!device.complete) {
        if (device.completionError != CoapError::None) {
            ExchangeErrorContext context;
            context.peer = device.endpoint.toString();
            context.path = kWellKnownCore;
            lines.append(tr("Its resource list is incomplete: %1")
                                 .arg(ErrorText::exchangeError(device.completionError, context)));
        } else {
            lines.append(tr("The rest of its resource list is still being fetched."));
        }
    }
    if (device.filtered)
        lines.append(tr("Listed with a filter query: it may have more resources."));
    return lines.join(QLatin1Char('\n'));
}

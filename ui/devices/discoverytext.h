#pragma once

#include "coapdiscovery.h"

#include <QCoreApplication>
#include <QString>

// Sentences about discovery (UX.md "Empty and error states say what to do next"): what was asked,
// what went wrong and what to do now. ErrorText covers exchanges; this covers the run as a whole,
// so that the device panel and anything else that discovers speak alike (CONVENTIONS.md habit 1).
class DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryText)
public:
    // One problem of a run: "eth0 has no IPv6 address, so ff02::fd cannot be asked through it."
    static QString problem(const CoapDiscoveryProblem &problem);

    // What a run asked, as a phrase: "224.0.1.187 and ff02::fd on eth0", "127.0.0.1:40000".
    static QString askedPhrase(const CoapDiscoverySummary &summary);

    // The empty state after a run with no answer: "No devices answered: asked 224.0.1.187 and
    // ff02::fd on eth0 for 6 s. Add a device by its address with Add device…", followed by the
    // interface problems ("No multicast-capable interface: …"), which come alone when nothing at
    // all could be asked.
    static QString noAnswer(const CoapDiscoverySummary &summary);

    // Whether noAnswer() speaks for the problem (the interface ones); InterfaceNotUsable next to a
    // NoUsableInterface that names the same interface counts as said.
    static bool isInterfaceProblem(const CoapDiscoverySummary &summary, const CoapDiscoveryProblem &problem);

    // "No multicast-capable interface: …, use Add device…"; interfaces are the names asked for
    // (empty: all of the system's).
    static QString noMulticastInterface(const QString &interfaces);

    // The line after a run that found devices: "3 devices answered within 6 s."
    static QString finishedLine(const CoapDiscoverySummary &summary);

    // While a run listens: "Listening for answers: 4 s left · 2 devices so far".
    static QString listeningLine(qint64 remainingMs, int devicesSoFar);

    // A device whose resource list had problems: "2 broken entries left out: …"; empty when none.
    static QString linkProblems(const CoapDevice &device);

    // "224.0.1.187", "ff02::fd" (zone left out: the interface is named separately),
    // "127.0.0.1:40000".
    static QString groupName(const QHostAddress &group);
};

// End-to-end discovery over real multicast, kept inside network namespaces (TESTBED.md): a bridge
// and four hosts; libcoap servers in h1..h3 joined to 224.0.1.187 and ff02::fd; our CLI runs in
// h0. A second testbed of the same shape has our own simulator (coap-explorer-cli simulate) in
// h1..h3 instead. Needs root; without it the test is skipped. The testbeds and the simulators are
// torn down whatever happens (cleanupTestCase, the destructor, and the script's own orphan
// collection after a crash, which ends every process in the namespaces).
#include "externalpeer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

#include <unistd.h>

namespace {
constexpr int kScriptSkip = 77; // netns-testbed.sh: not root, or no namespaces here

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment programEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The testbed belongs to this process: if it dies, the next "up" removes what it left.
    env.insert(QStringLiteral("COAP_TESTBED_OWNER"), QString::number(QCoreApplication::applicationPid()));
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI as a user sees it: no engine log lines
    return env;
}

Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(programEnvironment());
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill(); // our own child, by its handle
        process.waitForFinished(5000);
        run.err = "timed out; " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct Discovered
{
    QList<QJsonObject> devices;
    QJsonObject summary;
    bool ok = false;
};

Discovered parseJsonLines(const QByteArray &out)
{
    Discovered result;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return result;
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("summary")))
            result.summary = o.value(QStringLiteral("summary")).toObject();
        else
            result.devices.append(o);
    }
    result.ok = !result.summary.isEmpty();
    return result;
}

QStringList hrefsOf(const QJsonObject &device)
{
    QStringList hrefs;
    for (const QJsonValue &link : device.value(QStringLiteral("links")).toArray())
        hrefs.append(link.toObject().value(QStringLiteral("href")).toString());
    return hrefs;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result.append(v.toString());
    return result;
}

QJsonObject linkOf(const QJsonObject &device, const QString &href)
{
    for (const QJsonValue &link : device.value(QStringLiteral("links")).toArray())
        if (link.toObject().value(QStringLiteral("href")).toString() == href)
            return link.toObject();
    return {};
}

// One `coap-explorer-cli simulate` running in a namespace (`ip netns exec` execs the CLI, so the
// QProcess's PID is the simulator's). Ended by that PID: SIGTERM, then SIGKILL after 5 s.
struct Simulator
{
    QString ns;
    QString group;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;

    // Reads standard output until it contains needle, the process ends, or timeoutMs pass.
    bool waitForOutput(const QByteArray &needle, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            out += process->readAllStandardOutput();
            if (out.contains(needle))
                return true;
            if (process->state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }
    // The exit code after a clean SIGTERM (0 expected), -1 for a crash or a kill.
    int stop()
    {
        if (process->state() == QProcess::NotRunning)
            return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
            return -1;
        }
        out += process->readAllStandardOutput();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
};
} // namespace

class TestDiscoveryNetns : public QObject
{
    Q_OBJECT
public:
    ~TestDiscoveryNetns() override { tearDown(); }

private slots:
    void initTestCase();
    void cleanupTestCase()
    {
        // Each simulator ends cleanly on SIGTERM to its PID (so that PID was the simulator's own).
        QList<int> exitCodes;
        for (Simulator &sim : m_simulators)
            exitCodes.append(sim.stop());
        tearDown();
        for (int exitCode : std::as_const(exitCodes))
            QCOMPARE(exitCode, 0);
    }
    void threeDevicesOverIpv4AndIpv6();
    void filterQuery_data();
    void filterQuery();
    void noRouteOnLoopback();
    void noUsableInterface();
    void simulatedFleetOverIpv4AndIpv6();
    void simulatedFleetFilterQuery_data();
    void simulatedFleetFilterQuery();

private:
    Run script(const QStringList &arguments) { return runProgram(m_script, arguments, 60000); }
    Run discoverIn(const QString &ns, const QStringList &arguments, int timeoutMs = 30000)
    {
        return runProgram(QStringLiteral("ip"),
                          QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, m_cli,
                                      QStringLiteral("discover")} + arguments,
                          timeoutMs);
    }
    QString ns(const QString &host) const { return m_prefix + u'-' + host; }
    QString simNs(int host) const { return m_simPrefix + QStringLiteral("-h%1").arg(host); }
    bool startSimulatedFleet();
    void stopSimulators()
    {
        for (Simulator &sim : m_simulators)
            sim.stop();
        m_simulators.clear();
    }
    void down(const QString &prefix)
    {
        const Run down = script({QStringLiteral("down"), prefix});
        if (down.exitCode != 0)
            qWarning("netns-testbed.sh down %s failed: %s", qPrintable(prefix), down.err.constData());
    }
    void tearDown()
    {
        stopSimulators(); // by PID; "down" would end them too
        if (m_simUp) {
            m_simUp = false;
            down(m_simPrefix);
        }
        if (!m_up)
            return;
        m_up = false;
        down(m_prefix);
    }

    QString m_script;
    QString m_cli;
    QString m_prefix;
    bool m_up = false;
    // The second testbed, with our simulator in h1..h3 (simulatedFleet* cases).
    QString m_simPrefix;
    bool m_simUp = false;
    std::vector<Simulator> m_simulators;
};

void TestDiscoveryNetns::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to build network namespaces (run the suite as root to include this test)");
    if (!ExternalPeer::haveProgram(QStringLiteral("ip")) || !ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("needs ip (iproute2) and coap-server-notls (libcoap3-bin)");
    m_script = qEnvironmentVariable("COAP_SOURCE_DIR", QStringLiteral(".")) + QStringLiteral("/tests/testbed/netns-testbed.sh");
    QVERIFY2(QFileInfo(m_script).isExecutable(), qPrintable(m_script + QStringLiteral(" is missing or not executable")));
    m_cli = ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli"));
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + QStringLiteral(" is missing: build coap-explorer-cli")));
    m_cli = QFileInfo(m_cli).absoluteFilePath();

    // Unique per run: tests of several builds may share the machine.
    m_prefix = QStringLiteral("cxd%1").arg(QCoreApplication::applicationPid());
    m_up = true; // from here on, tear down whatever exists
    const Run up = script({QStringLiteral("up"), m_prefix, QStringLiteral("4")});
    if (up.exitCode == kScriptSkip)
        QSKIP(qPrintable(QStringLiteral("testbed unavailable: ") + QString::fromUtf8(up.err).trimmed()));
    QVERIFY2(up.exitCode == 0, up.err.constData());
    for (int i = 1; i <= 3; ++i) {
        const Run server = script({QStringLiteral("server"), ns(QStringLiteral("h%1").arg(i)), QStringLiteral("-v"), QStringLiteral("0")});
        QVERIFY2(server.exitCode == 0, server.err.constData());
        QCOMPARE(server.out.trimmed().split('\n').size(), 2); // two PIDs: one per group
    }
}

void TestDiscoveryNetns::threeDevicesOverIpv4AndIpv6()
{
    // libcoap delays multicast answers by 0–5 s (RFC 7252 §8.2 Leisure): wait 7 s.
    const Run run = discoverIn(ns(QStringLiteral("h0")), {QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("7")});
    qInfo("coap-explorer-cli discover --json --wait 7 in %s:\n%s", qPrintable(ns(QStringLiteral("h0"))), run.out.constData());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Discovered found = parseJsonLines(run.out);
    QVERIFY2(found.ok, run.out.constData());

    QStringList ipv4, ipv6;
    for (const QJsonObject &device : found.devices) {
        const QString source = device.value(QStringLiteral("source")).toString();
        const QStringList hrefs = hrefsOf(device);
        for (const char *expected : {"/time", "/async", "/example_data"})
            QVERIFY2(hrefs.contains(QLatin1String(expected)), qPrintable(source + QStringLiteral(": ") + hrefs.join(u' ')));
        for (const QJsonValue &link : device.value(QStringLiteral("links")).toArray()) {
            const QJsonObject l = link.toObject();
            QVERIFY(l.value(QStringLiteral("rt")).isArray());
            QVERIFY(l.value(QStringLiteral("if")).isArray());
            QVERIFY(l.value(QStringLiteral("ct")).isArray());
            if (l.value(QStringLiteral("href")).toString() == QLatin1String("/time")) {
                QCOMPARE(l.value(QStringLiteral("obs")).toBool(), true);
                QCOMPARE(stringsOf(l.value(QStringLiteral("rt"))), QStringList{QStringLiteral("ticks")});
                QCOMPARE(l.value(QStringLiteral("title")).toString(), QStringLiteral("Internal Clock"));
            }
        }
        if (source.startsWith(u'['))
            ipv6.append(source);
        else
            ipv4.append(source);
    }
    ipv4.sort();
    QCOMPARE(ipv4, (QStringList{QStringLiteral("10.77.0.11:5683"), QStringLiteral("10.77.0.12:5683"),
                                QStringLiteral("10.77.0.13:5683")}));
    QCOMPARE(ipv6.size(), 3);
    for (const QString &source : std::as_const(ipv6))
        QVERIFY2(source.startsWith(QLatin1String("[fe80::")) && source.endsWith(QLatin1String("%v0]:5683")), qPrintable(source));
    QCOMPARE(found.devices.size(), 6);

    const QJsonObject &s = found.summary;
    QCOMPARE(s.value(QStringLiteral("devices")).toInt(), 6);
    QCOMPARE(stringsOf(s.value(QStringLiteral("groups"))),
             (QStringList{QStringLiteral("224.0.1.187"), QStringLiteral("ff02::fd%v0"), QStringLiteral("ff05::fd")}));
    QCOMPARE(stringsOf(s.value(QStringLiteral("interfaces"))), QStringList{QStringLiteral("v0")}); // lo has no MULTICAST flag
    QVERIFY(s.value(QStringLiteral("waited_ms")).toInteger() >= 6900);
    QVERIFY(!s.contains(QStringLiteral("errors")));
}

void TestDiscoveryNetns::filterQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("href=/time") << QStringLiteral("href=/time");
    QTest::newRow("rt=ticks") << QStringLiteral("rt=ticks");
}

void TestDiscoveryNetns::filterQuery()
{
    QFETCH(QString, query);
    const Run run = discoverIn(ns(QStringLiteral("h0")), {QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("6.5"),
                                                          QStringLiteral("--query"), query});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Discovered found = parseJsonLines(run.out);
    QVERIFY2(found.ok, run.out.constData());
    QCOMPARE(found.devices.size(), 6);
    for (const QJsonObject &device : found.devices)
        QCOMPARE(hrefsOf(device), QStringList{QStringLiteral("/time")});
    QCOMPARE(found.summary.value(QStringLiteral("query")).toString(), query);
}

void TestDiscoveryNetns::noRouteOnLoopback()
{
    // A namespace with only lo, MULTICAST flag on: IPv6 multicast on lo has no route (TESTBED.md),
    // so the system refuses the send and the CLI names the interface and group.
    const QString lonely = ns(QStringLiteral("h9")); // "down" removes every PREFIX-hN
    QCOMPARE(runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), lonely}, 10000).exitCode, 0);
    QCOMPARE(runProgram(QStringLiteral("ip"), {QStringLiteral("-n"), lonely, QStringLiteral("link"), QStringLiteral("set"),
                                               QStringLiteral("lo"), QStringLiteral("up"), QStringLiteral("multicast"), QStringLiteral("on")},
                        10000).exitCode, 0);
    const Run run = discoverIn(lonely, {QStringLiteral("--json"), QStringLiteral("--iface"), QStringLiteral("lo"),
                                        QStringLiteral("--group"), QStringLiteral("ff02::fd"), QStringLiteral("--wait"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 3);
    const Discovered found = parseJsonLines(run.out);
    QVERIFY2(found.ok, run.out.constData());
    QCOMPARE(found.summary.value(QStringLiteral("devices")).toInt(), 0);
    QVERIFY(found.summary.value(QStringLiteral("waited_ms")).toInteger() < 4000); // nothing left to wait for
    const QJsonArray errors = found.summary.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("no-route"));
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("interface")).toString(), QStringLiteral("lo"));
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("ff02::fd%lo"));
    QVERIFY2(run.err.contains("no route for multicast to ff02::fd%lo on lo"), run.err.constData());
}

void TestDiscoveryNetns::noUsableInterface()
{
    // A namespace of its own with only lo, which has no MULTICAST flag: nothing can be asked.
    const QString bare = ns(QStringLiteral("h8")); // "down" removes every PREFIX-hN
    QCOMPARE(runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), bare}, 10000).exitCode, 0);
    QCOMPARE(runProgram(QStringLiteral("ip"), {QStringLiteral("-n"), bare, QStringLiteral("link"), QStringLiteral("set"),
                                               QStringLiteral("lo"), QStringLiteral("up")}, 10000).exitCode, 0);
    const Run run = discoverIn(bare, {QStringLiteral("--wait"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.count('\n') == 1, run.err.constData()); // one plain line
    QVERIFY2(run.err.contains("no network interface can send multicast"), run.err.constData());
}

// Hosts h1..h3 of a second testbed each run our simulator: one gateway (device 0 of a fleet of
// one) on port 5683. A fleet serves the groups of one address family (its devices have one socket
// each), so each host runs two: --bind 0.0.0.0 joined to 224.0.1.187 and --bind :: joined to
// ff02::fd, both on vN, like the two libcoap servers per host above. Started once; stopped in
// cleanupTestCase (or the destructor) whatever happens.
bool TestDiscoveryNetns::startSimulatedFleet()
{
    if (!m_simulators.empty())
        return true;
    if (!m_simUp) {
        m_simPrefix = QStringLiteral("cxs%1").arg(QCoreApplication::applicationPid());
        m_simUp = true; // from here on, tear down whatever exists
        const Run up = script({QStringLiteral("up"), m_simPrefix, QStringLiteral("4")});
        if (up.exitCode != 0) {
            qWarning("netns-testbed.sh up %s failed: %s", qPrintable(m_simPrefix), up.err.constData());
            return false;
        }
    }
    for (int i = 1; i <= 3; ++i) {
        for (const auto &[bind, group] : {std::pair{"0.0.0.0", "224.0.1.187"}, std::pair{"::", "ff02::fd"}}) {
            Simulator &sim = m_simulators.emplace_back();
            sim.ns = simNs(i);
            sim.group = QLatin1String(group);
            sim.process->setProcessEnvironment(programEnvironment());
            sim.process->start(QStringLiteral("ip"),
                               {QStringLiteral("netns"), QStringLiteral("exec"), sim.ns, m_cli, QStringLiteral("simulate"),
                                QStringLiteral("--devices"), QStringLiteral("1"), QStringLiteral("--bind"), QLatin1String(bind),
                                QStringLiteral("--port"), QStringLiteral("5683"), QStringLiteral("--group"), sim.group,
                                QStringLiteral("--iface"), QStringLiteral("v%1").arg(i)});
            // Printed once every device has joined the group (or the process ends with one line why).
            if (!sim.waitForOutput("multicast group " + sim.group.toUtf8() + " joined", 10000)) {
                qWarning("simulate --bind %s --group %s in %s did not start: %s%s", bind, group, qPrintable(sim.ns),
                         sim.out.constData(), sim.process->readAllStandardError().constData());
                stopSimulators();
                return false;
            }
        }
    }
    return true;
}

void TestDiscoveryNetns::simulatedFleetOverIpv4AndIpv6()
{
    QVERIFY2(startSimulatedFleet(), "the simulated fleet did not start (see the warnings above)");
    // What a fleet of one serves: device 0 is the gateway (docs/simulator.md).
    for (const Simulator &sim : m_simulators)
        QVERIFY2(sim.out.contains(sim.group.contains(u':') ? "Home gateway  (SimGate G-100 home gateway)  coap://[::1]:5683"
                                                           : "Home gateway  (SimGate G-100 home gateway)  coap://127.0.0.1:5683"),
                 sim.out.constData());
    QStringList linkLocal; // of v1..v3, where the IPv6 answers must come from
    for (int i = 1; i <= 3; ++i) {
        const Run addr = runProgram(QStringLiteral("ip"), {QStringLiteral("-n"), simNs(i), QStringLiteral("-o"), QStringLiteral("-6"),
                                                           QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("dev"),
                                                           QStringLiteral("v%1").arg(i), QStringLiteral("scope"), QStringLiteral("link")},
                                    10000);
        const QStringList words = QString::fromUtf8(addr.out).split(u' ', Qt::SkipEmptyParts);
        const qsizetype inet6 = words.indexOf(QStringLiteral("inet6"));
        QVERIFY2(addr.exitCode == 0 && inet6 >= 0 && inet6 + 1 < words.size(), addr.out.constData());
        linkLocal.append(QStringLiteral("[%1%v0]:5683").arg(words[inet6 + 1].section(u'/', 0, 0)));
    }
    linkLocal.sort();

    // The simulator waits at most its Leisure (1 s by default) before answering a group request.
    QElapsedTimer clock;
    clock.start();
    const Run run = runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), simNs(0), m_cli,
                                                      QStringLiteral("discover"), QStringLiteral("--json"), QStringLiteral("--wait"),
                                                      QStringLiteral("4")},
                               30000);
    qInfo("coap-explorer-cli discover --json --wait 4 in %s (%lld ms):\n%s", qPrintable(simNs(0)), clock.elapsed(), run.out.constData());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Discovered found = parseJsonLines(run.out);
    QVERIFY2(found.ok, run.out.constData());

    const QStringList gatewayHrefs = {QStringLiteral("/config"), QStringLiteral("/device"), QStringLiteral("/diag/selftest"),
                                      QStringLiteral("/door"), QStringLiteral("/fw/checksum"), QStringLiteral("/fw/image"),
                                      QStringLiteral("/led"), QStringLiteral("/sensors/humidity"), QStringLiteral("/sensors/temperature")};
    QStringList ipv4, ipv6;
    for (const QJsonObject &device : found.devices) {
        const QString source = device.value(QStringLiteral("source")).toString();
        QStringList hrefs = hrefsOf(device);
        hrefs.sort();
        QVERIFY2(hrefs == gatewayHrefs, qPrintable(source + QStringLiteral(": ") + hrefs.join(u' ')));
        QCOMPARE(device.value(QStringLiteral("interface")).toString(), QStringLiteral("v0"));
        const QJsonObject info = linkOf(device, QStringLiteral("/device"));
        QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Home gateway"));
        QCOMPARE(stringsOf(info.value(QStringLiteral("rt"))), QStringList{QStringLiteral("device")});
        const QJsonObject config = linkOf(device, QStringLiteral("/config"));
        QCOMPARE(stringsOf(config.value(QStringLiteral("rt"))), QStringList{QStringLiteral("config")});
        QCOMPARE(stringsOf(config.value(QStringLiteral("if"))), QStringList{QStringLiteral("core.p")});
        const QJsonObject temperature = linkOf(device, QStringLiteral("/sensors/temperature"));
        QCOMPARE(stringsOf(temperature.value(QStringLiteral("rt"))), QStringList{QStringLiteral("temperature")});
        QCOMPARE(temperature.value(QStringLiteral("obs")).toBool(), true);
        QCOMPARE(temperature.value(QStringLiteral("ct")).toArray().toVariantList(), (QVariantList{0, 50, 110, 112}));
        QCOMPARE(stringsOf(linkOf(device, QStringLiteral("/door")).value(QStringLiteral("rt"))), QStringList{QStringLiteral("contact")});
        QCOMPARE(linkOf(device, QStringLiteral("/fw/image")).value(QStringLiteral("sz")).toInteger(), 72077);
        const QStringList via = stringsOf(device.value(QStringLiteral("via")));
        if (source.startsWith(u'[')) {
            ipv6.append(source);
            QCOMPARE(via, QStringList{QStringLiteral("[ff02::fd%v0]:5683")});
        } else {
            ipv4.append(source);
            QCOMPARE(via, QStringList{QStringLiteral("224.0.1.187:5683")});
        }
    }
    ipv4.sort();
    QCOMPARE(ipv4, (QStringList{QStringLiteral("10.77.0.11:5683"), QStringLiteral("10.77.0.12:5683"),
                                QStringLiteral("10.77.0.13:5683")}));
    ipv6.sort();
    QCOMPARE(ipv6, linkLocal);
    QCOMPARE(found.devices.size(), 6);

    const QJsonObject &s = found.summary;
    QCOMPARE(s.value(QStringLiteral("devices")).toInt(), 6);
    QCOMPARE(stringsOf(s.value(QStringLiteral("groups"))),
             (QStringList{QStringLiteral("224.0.1.187"), QStringLiteral("ff02::fd%v0"), QStringLiteral("ff05::fd")}));
    QCOMPARE(stringsOf(s.value(QStringLiteral("interfaces"))), QStringList{QStringLiteral("v0")});
    QVERIFY(s.value(QStringLiteral("waited_ms")).toInteger() >= 3900);
    QVERIFY(!s.contains(QStringLiteral("errors")));

    // Each simulator answered exactly one group request, from h0 in its own family.
    for (Simulator &sim : m_simulators) {
        const QByteArray from = sim.group.contains(u':') ? "[fe80::" : "10.77.0.10:";
        QVERIFY2(sim.waitForOutput("GET /.well-known/core 2.05 (group)", 3000), sim.out.constData());
        QCOMPARE(sim.out.count("GET /.well-known/core 2.05 (group)"), 1);
        QVERIFY2(sim.out.contains(" " + from), sim.out.constData());
    }
}

void TestDiscoveryNetns::simulatedFleetFilterQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("wait");
    QTest::addColumn<QStringList>("hrefs"); // of every device; none: no device answers
    QTest::newRow("rt=config") << QStringLiteral("rt=config") << QStringLiteral("4") << QStringList{QStringLiteral("/config")};
    QTest::newRow("href=/sensors*") << QStringLiteral("href=/sensors*") << QStringLiteral("4")
                                    << QStringList{QStringLiteral("/sensors/humidity"), QStringLiteral("/sensors/temperature")};
    // RFC 6690 §4.1: a group query that matches nothing gets no answer; the Leisure is 1 s.
    QTest::newRow("rt=nothing-matches") << QStringLiteral("rt=nothing-matches") << QStringLiteral("2") << QStringList{};
}

void TestDiscoveryNetns::simulatedFleetFilterQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, wait);
    QFETCH(QStringList, hrefs);
    QVERIFY2(startSimulatedFleet(), "the simulated fleet did not start (see the warnings above)");
    const Run run = runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), simNs(0), m_cli,
                                                      QStringLiteral("discover"), QStringLiteral("--json"), QStringLiteral("--wait"), wait,
                                                      QStringLiteral("--query"), query},
                               30000);
    QVERIFY2(run.exitCode == (hrefs.isEmpty() ? 3 : 0), run.err.constData());
    const Discovered found = parseJsonLines(run.out);
    QVERIFY2(found.ok, run.out.constData());
    QCOMPARE(found.devices.size(), hrefs.isEmpty() ? 0 : 6);
    QStringList sources;
    for (const QJsonObject &device : found.devices) {
        QStringList got = hrefsOf(device);
        got.sort();
        QCOMPARE(got, hrefs);
        sources.append(device.value(QStringLiteral("source")).toString());
    }
    QCOMPARE(sources.filter(QStringLiteral("[fe80::")).size(), hrefs.isEmpty() ? 0 : 3); // IPv6 and IPv4 alike
    QCOMPARE(found.summary.value(QStringLiteral("query")).toString(), query);
    QVERIFY(!found.summary.contains(QStringLiteral("errors")));
}

QTEST_GUILESS_MAIN(TestDiscoveryNetns)
#include "tst_discovery_netns.moc"

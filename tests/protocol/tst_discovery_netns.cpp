// End-to-end discovery over real multicast, kept inside network namespaces (TESTBED.md): a bridge
// and four hosts; libcoap servers in h1..h3 joined to 224.0.1.187 and ff02::fd; our CLI runs in
// h0. Needs root; without it the test is skipped. The testbed is torn down whatever happens
// (cleanupTestCase, the destructor, and the script's own orphan collection after a crash).
#include "externalpeer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <unistd.h>

namespace {
constexpr int kScriptSkip = 77; // netns-testbed.sh: not root, or no namespaces here

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The testbed belongs to this process: if it dies, the next "up" removes what it left.
    env.insert(QStringLiteral("COAP_TESTBED_OWNER"), QString::number(QCoreApplication::applicationPid()));
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI as a user sees it: no engine log lines
    process.setProcessEnvironment(env);
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
} // namespace

class TestDiscoveryNetns : public QObject
{
    Q_OBJECT
public:
    ~TestDiscoveryNetns() override { tearDown(); }

private slots:
    void initTestCase();
    void cleanupTestCase() { tearDown(); }
    void threeDevicesOverIpv4AndIpv6();
    void filterQuery_data();
    void filterQuery();
    void noRouteOnLoopback();
    void noUsableInterface();

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
    void tearDown()
    {
        if (!m_up)
            return;
        m_up = false;
        const Run down = script({QStringLiteral("down"), m_prefix});
        if (down.exitCode != 0)
            qWarning("netns-testbed.sh down %s failed: %s", qPrintable(m_prefix), down.err.constData());
    }

    QString m_script;
    QString m_cli;
    QString m_prefix;
    bool m_up = false;
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

QTEST_GUILESS_MAIN(TestDiscoveryNetns)
#include "tst_discovery_netns.moc"

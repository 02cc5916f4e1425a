// coap-explorer-cli simulate as a process: served to libcoap's client, one line per request,
// SIGTERM/SIGINT end it with status 0; bad arguments are status 2 and a port in use status 3;
// multicast on one port in a network namespace of the test's own.
#include "externalpeer.h"
#include "simulatortesthelpers.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUdpSocket>

#include <csignal>
#include <unistd.h>

using SimTest::runLibcoap;

namespace {

QString cliPath()
{
    return ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli"));
}

// The CLI as a person runs it: without the test's QT_LOGGING_RULES, which would let the engine's
// own log lines through to stderr (cliapp.cpp keeps them off unless that variable is set).
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return environment;
}

// The simulate command running, its standard output collected as it comes.
struct RunningSimulator
{
    QProcess process;
    QByteArray out;
    QByteArray err;
    QList<CoapEndpoint> endpoints;

    RunningSimulator()
    {
        process.setProcessEnvironment(cliEnvironment());
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, [this] { err += process.readAllStandardError(); });
    }
    ~RunningSimulator()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // by our child's PID, never by name
            process.waitForFinished(5000);
        }
    }

    // Starts program with arguments and waits until `devices` devices are listed.
    bool start(const QString &program, const QStringList &arguments, int devices)
    {
        process.start(program, arguments);
        if (!process.waitForStarted(5000))
            return false;
        static const QRegularExpression line(QStringLiteral("^device (\\d+) .* coap://([^ ]+):(\\d+)$"),
                                             QRegularExpression::MultilineOption);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000 && process.state() == QProcess::Running) {
            endpoints.clear();
            auto it = line.globalMatch(QString::fromUtf8(out));
            while (it.hasNext()) {
                const auto m = it.next();
                QString host = m.captured(2);
                if (host.startsWith(QLatin1Char('[')))
                    host = host.mid(1, host.size() - 2);
                endpoints.append(CoapEndpoint(QHostAddress(host), quint16(m.captured(3).toUInt())));
            }
            if (endpoints.size() == devices)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    QString uri(int device, const QString &path) const
    {
        return QStringLiteral("coap://%1:%2%3").arg(endpoints[device].uriHost()).arg(endpoints[device].port()).arg(path);
    }

    // Sends the signal to the process (its PID) and waits for it to end.
    bool stop(int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(10000))
            return false;
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        return true;
    }
};

// The result of a short CLI run that is expected to end by itself.
struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(cliPath(), arguments);
    Finished f;
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    f.out = p.readAllStandardOutput();
    f.err = p.readAllStandardError();
    return f;
}

bool runQuietly(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A network namespace of this test's own, with multicast routed over its loopback (TESTBED.md);
// removed again when the test is done.
struct Namespace
{
    QString name;
    bool ok = false;
    Namespace()
    {
        static int counter = 0;
        name = QStringLiteral("coapsimtest%1n%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (::geteuid() != 0 || !ExternalPeer::haveProgram(QStringLiteral("ip")))
            return;
        if (!runQuietly(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), name}))
            return;
        ok = runQuietly(QStringLiteral("ip"), {QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
                                               QStringLiteral("lo"), QStringLiteral("up"), QStringLiteral("multicast"),
                                               QStringLiteral("on")})
                && runQuietly(QStringLiteral("ip"), {QStringLiteral("-n"), name, QStringLiteral("route"), QStringLiteral("add"),
                                                     QStringLiteral("224.0.0.0/4"), QStringLiteral("dev"), QStringLiteral("lo")});
    }
    ~Namespace()
    {
        runQuietly(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name});
    }
    QStringList exec(const QString &program) const
    {
        return {QStringLiteral("netns"), QStringLiteral("exec"), name, program};
    }
};

} // namespace

class TestSimulateCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void servesLibcoapAndStops_data();
    void servesLibcoapAndStops();
    void badArguments_data();
    void badArguments();
    void portInUse();
    void help();
    void multicastInANamespace_data();
    void multicastInANamespace();
};

void TestSimulateCli::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coap.*.debug=false"));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-client-notls")))
        QSKIP("libcoap's coap-client-notls is not installed (package libcoap3-bin)");
}

void TestSimulateCli::servesLibcoapAndStops_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT);
}

void TestSimulateCli::servesLibcoapAndStops()
{
    QFETCH(int, signal);
    RunningSimulator sim;
    QVERIFY2(sim.start(cliPath(), {QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("5"),
                                   QStringLiteral("--port"), QStringLiteral("0")},
                       5),
             sim.out.constData());
    const QString listing = QString::fromUtf8(sim.out);
    QVERIFY(listing.contains(QStringLiteral("Boiler room temperature")));
    QVERIFY(listing.contains(QStringLiteral("/sensors/temperature")));
    QVERIFY(listing.contains(QStringLiteral("rt=temperature")));

    // Discover, read, write, observe and transfer blocks, each with libcoap.
    for (int i = 0; i < 5; ++i)
        QVERIFY(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), sim.uri(i, QStringLiteral("/.well-known/core"))})
                        .contains("</device>"));
    const QString temperature = QString::fromUtf8(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"),
                                                              sim.uri(2, QStringLiteral("/sensors/temperature"))})).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^Temperature: -?\\d+\\.\\d°C$")).match(temperature).hasMatch(), qPrintable(temperature));
    QCOMPARE(runLibcoap({QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-e"), QStringLiteral("on"),
                         sim.uri(0, QStringLiteral("/led"))}).trimmed(),
             QByteArray("on"));
    QVERIFY(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-s"), QStringLiteral("2"),
                        sim.uri(4, QStringLiteral("/health/heart-rate"))}).count(" bpm") >= 2);
    QVERIFY(runLibcoap({QStringLiteral("-m"), QStringLiteral("get"), QStringLiteral("-b"), QStringLiteral("64"),
                        sim.uri(1, QStringLiteral("/fw/image"))}, 60000).size() > 64 * 1024);

    // One line per request: "12:00:01.123 127.0.0.1:40000 → device 2 (Boiler room temperature) GET /sensors/temperature 2.05"
    QTRY_VERIFY_WITH_TIMEOUT(sim.out.contains("PUT /led 2.04"), 5000);
    const QRegularExpression requestLine(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} 127\\.0\\.0\\.1:\\d+ → device 2 "
                                                        "\\(Boiler room temperature\\) GET /sensors/temperature 2\\.05$"),
                                         QRegularExpression::MultilineOption);
    QVERIFY2(requestLine.match(QString::fromUtf8(sim.out)).hasMatch(), sim.out.right(2000).constData());
    QVERIFY(sim.out.contains("→ device 0 (Home gateway) PUT /led 2.04"));

    QVERIFY(sim.stop(signal));
    QCOMPARE(sim.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.process.exitCode(), 0);
    QVERIFY(sim.err.contains("stopped"));
}

void TestSimulateCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("zero devices") << QStringList{QStringLiteral("--devices"), QStringLiteral("0")} << 2;
    QTest::newRow("devices not a number") << QStringList{QStringLiteral("--devices"), QStringLiteral("many")} << 2;
    QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << 2;
    QTest::newRow("ports run out") << QStringList{QStringLiteral("--port"), QStringLiteral("65534")} << 2;
    QTest::newRow("loss above 100") << QStringList{QStringLiteral("--loss"), QStringLiteral("150")} << 2;
    QTest::newRow("loss not a number") << QStringList{QStringLiteral("--loss"), QStringLiteral("lots")} << 2;
    QTest::newRow("bind not an address") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhorst")} << 2;
    QTest::newRow("group not multicast") << QStringList{QStringLiteral("--group"), QStringLiteral("10.0.0.1")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("coap://127.0.0.1")} << 2;
    QTest::newRow("missing value") << QStringList{QStringLiteral("--devices")} << 2;
    QTest::newRow("same port on IPv6") << QStringList{QStringLiteral("--same-port"), QStringLiteral("--bind"), QStringLiteral("::1")} << 2;
    QTest::newRow("no such interface") << QStringList{QStringLiteral("--iface"), QStringLiteral("nosuchif0")} << 3;
    QTest::newRow("address not here") << QStringList{QStringLiteral("--bind"), QStringLiteral("192.0.2.55"), QStringLiteral("--port"), QStringLiteral("0")} << 3;
}

void TestSimulateCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExit);
    const Finished f = runCli(QStringList{QStringLiteral("simulate")} + arguments);
    QCOMPARE(f.exitCode, expectedExit);
    const QList<QByteArray> lines = f.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // one plain line
    QVERIFY2(lines[0].startsWith("coap-explorer-cli: "), f.err.constData());
    QVERIFY(f.out.isEmpty());
}

void TestSimulateCli::portInUse()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const Finished f = runCli({QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("1"), QStringLiteral("--port"),
                               QString::number(holder.localPort())});
    QCOMPARE(f.exitCode, 3);
    QCOMPARE(f.err.trimmed().split('\n').size(), 1);
    QVERIFY2(f.err.contains("in use"), f.err.constData());
    QVERIFY(f.err.contains(QByteArray::number(holder.localPort())));
}

void TestSimulateCli::help()
{
    const Finished f = runCli({QStringLiteral("simulate"), QStringLiteral("--help")});
    QCOMPARE(f.exitCode, 0);
    for (const char *option : {"--devices", "--bind", "--port", "--group", "--iface", "--loss", "--same-port"})
        QVERIFY2(f.out.contains(option), option);
}

void TestSimulateCli::multicastInANamespace_data()
{
    QTest::addColumn<QStringList>("layout");
    QTest::addColumn<int>("groupPort");
    QTest::addColumn<QList<int>>("answering");
    // All devices on 5683 at 127.0.0.1..3, each with a socket bound to the group: all answer.
    QTest::newRow("same port, consecutive addresses")
            << QStringList{QStringLiteral("--same-port"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")} << 5683
            << QList<int>{0, 1, 2};
    // Consecutive ports on the wildcard address: a group request to port P reaches the device on P.
    QTest::newRow("consecutive ports, to 5683")
            << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")} << 5683 << QList<int>{0};
    QTest::newRow("consecutive ports, to 5684")
            << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")} << 5684 << QList<int>{1};
    // Consecutive ports on 127.0.0.1: group sockets per device port, same rule.
    QTest::newRow("consecutive ports on 127.0.0.1, to 5685")
            << QStringList{QStringLiteral("--bind"), QStringLiteral("127.0.0.1")} << 5685 << QList<int>{2};
}

void TestSimulateCli::multicastInANamespace()
{
    QFETCH(QStringList, layout);
    QFETCH(int, groupPort);
    QFETCH(QList<int>, answering);
    Namespace ns;
    if (!ns.ok)
        QSKIP("needs root and 'ip netns' to make a network namespace with multicast on its loopback");
    RunningSimulator sim;
    const QStringList arguments = ns.exec(cliPath())
            + QStringList{QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("3"), QStringLiteral("--port"),
                          QStringLiteral("5683"), QStringLiteral("--group"), QStringLiteral("224.0.1.187"), QStringLiteral("--iface"),
                          QStringLiteral("lo"), QStringLiteral("--leisure"), QStringLiteral("200")}
            + layout;
    QVERIFY2(sim.start(QStringLiteral("ip"), arguments, 3), (sim.out + sim.err).constData());

    QProcess client;
    client.start(QStringLiteral("ip"), ns.exec(QStringLiteral("coap-client-notls"))
                                               + QStringList{QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("2"),
                                                             QStringLiteral("-m"), QStringLiteral("get"),
                                                             QStringLiteral("coap://224.0.1.187:%1/.well-known/core").arg(groupPort)});
    QSignalSpy done(&client, &QProcess::finished);
    QVERIFY(done.wait(15000));
    const QByteArray answers = client.readAllStandardOutput();

    auto answeredBy = [&sim](int device) {
        return QRegularExpression(QStringLiteral("→ device %1 \\(.*\\) GET /\\.well-known/core 2\\.05 \\(group\\)$").arg(device),
                                  QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(sim.out))
                .hasMatch();
    };
    for (int device : answering)
        QTRY_VERIFY2_WITH_TIMEOUT(answeredBy(device), sim.out.constData(), 3000);
    for (int device = 0; device < 3; ++device)
        QCOMPARE(answeredBy(device), answering.contains(device));
    QCOMPARE(int(sim.out.count("GET /.well-known/core 2.05 (group)")), int(answering.size()));
    QCOMPARE(int(answers.count("</device>")), int(answering.size())); // libcoap got each answer
    QVERIFY(sim.stop(SIGTERM));
    QCOMPARE(sim.process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"

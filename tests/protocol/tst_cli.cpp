// coap-explorer-cli as a process: output formats, --json fields and their types, exit statuses,
// block-wise output byte for byte against libcoap's own client, observe with a clean
// deregistration (also on SIGINT), payload from stdin, --option, --verbose, a host name with two
// addresses (the next one asked when the first refuses at once, not after a timeout), and a
// hostile peer that answers with garbage (the CLI must neither crash nor hang). docs/cli.md
// describes it all.
#include "coapcodec.h"
#include "externalpeer.h"
#include "scriptedpeer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <functional>
#include <sys/types.h>

namespace {
const QString kServer = QStringLiteral("coap-server-notls");

struct CliRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QString describe() const
    {
        return QStringLiteral("finished=%1 exit=%2 crashed=%3 after %4 ms\nstdout: %5\nstderr: %6")
                .arg(finished).arg(exitCode).arg(exitStatus == QProcess::CrashExit).arg(elapsedMs)
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(4000)));
    }
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI's stderr must be its own words only
    return env;
}

// Runs the CLI and waits (bounded, with the event loop running so that in-process peers answer).
// environment: more NAME=value entries for the CLI's environment.
// launcher: a program and its arguments that run the CLI (its path and args follow them).
CliRun runCli(const QStringList &args, int boundMs = 20000, const QByteArray &input = {}, const QStringList &environment = {},
              const QStringList &launcher = {})
{
    CliRun r;
    QProcess p;
    QProcessEnvironment env = cliEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    const QString cli = ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli"));
    if (launcher.isEmpty())
        p.start(cli, args);
    else
        p.start(launcher.first(), launcher.mid(1) + QStringList{cli} + args);
    if (!p.waitForStarted(5000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = done.wait(boundMs);
    r.elapsedMs = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished(3000);
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList lines(const QByteArray &text)
{
    QStringList result = QString::fromUtf8(text).split(QLatin1Char('\n'));
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

// One plain sentence from the CLI on stderr: "coap-explorer-cli: …", no engine log lines.
bool isPlainErrorLine(const QByteArray &err)
{
    const QStringList l = lines(err);
    return l.size() == 1 && l.first().startsWith(QLatin1String("coap-explorer-cli: ")) && l.first().size() > 25;
}

QByteArray header(quint8 typeAndTkl, quint8 code, quint16 mid)
{
    QByteArray h;
    h.append(char(0x40 | typeAndTkl)); // version 1
    h.append(char(code));
    h.append(char(mid >> 8));
    h.append(char(mid & 0xff));
    return h;
}

CoapMessage ackFor(const CoapMessage &request, quint8 code)
{
    return CoapMessage(CoapType::Acknowledgement, code, request.messageId(), request.token());
}
} // namespace

#define REQUIRE_SERVER(peer, port, ...)                                                             \
    if (!ExternalPeer::haveProgram(kServer))                                                        \
        QSKIP("libcoap's coap-server-notls is not installed (Debian package libcoap3-bin)");        \
    quint16 port = 0;                                                                               \
    ExternalPeer peer;                                                                              \
    QVERIFY2(peer.startLibcoapServer(&port, ##__VA_ARGS__), qPrintable(peer.errorString()))

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion_data();
    void helpAndVersion();
    void getTime();
    void getWithQtsOwnEventDispatcher();
    void jsonFields();
    void jsonValueTypes();
    void errorResponse();
    void usageErrors_data();
    void usageErrors();
    void coapsIsSecurityFailure();
    void timeout();
    void portUnreachable();
    void nameTriesItsNextAddress();
    void nameWithNoAddressListeningFailsAtOnce();
    void nameIsNotAskedAgainAfterATimeout();
    void coapsPortUnreachable();
    void coapsNameTriesItsNextAddress();
    void coapsWithoutARouteFailsAtOnce();
    void reset();
    void ping();
    void blockSize16MatchesLibcoap();
    void observeCount_data();
    void observeCount();
    void sigintEndsObserve();
    void payloadFromStdin();
    void optionArgument_data();
    void optionArgument();
    void verbose();
    void malformedPeer_data();
    void malformedPeer();
};

void TestCli::initTestCase()
{
    const QString binary = ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli"));
    QVERIFY2(QFileInfo(binary).isExecutable(),
             qPrintable(QStringLiteral("%1 is missing; build coap-explorer-cli and set COAP_EXPLORER_BIN_DIR").arg(binary)));
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: coap-explorer-cli");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("coap-explorer-cli " COAP_EXPLORER_VERSION);
    QTest::newRow("get --help") << QStringList{QStringLiteral("get"), QStringLiteral("--help")} << QStringLiteral("--block-size");
    QTest::newRow("put --help") << QStringList{QStringLiteral("put"), QStringLiteral("--help")} << QStringLiteral("--payload-file");
    QTest::newRow("observe --help") << QStringList{QStringLiteral("observe"), QStringLiteral("--help")} << QStringLiteral("--cancel");
    QTest::newRow("ping --help") << QStringList{QStringLiteral("ping"), QStringLiteral("--help")} << QStringLiteral("--timeout");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun r = runCli(args);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), qPrintable(r.describe()));
}

void TestCli::getTime()
{
    REQUIRE_SERVER(peer, port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    // The raw payload, and no newline of ours: stdout is not a terminal here.
    static const QRegularExpression time(QStringLiteral("^[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d$"));
    QVERIFY2(time.match(QString::fromUtf8(r.out)).hasMatch(), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
}

// Without GLib's event loop (QT_NO_GLIB=1: Qt's own dispatcher, as in Qt builds without GLib) a
// descriptor has one read notifier only. The transport's and QUdpSocket's both watched the
// socket's descriptor: Qt warned on stderr at the bind and at the close, and kept only one.
void TestCli::getWithQtsOwnEventDispatcher()
{
    REQUIRE_SERVER(peer, port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)}, 20000, {},
                            {QStringLiteral("QT_NO_GLIB=1")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    static const QRegularExpression time(QStringLiteral("^[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d$"));
    QVERIFY2(time.match(QString::fromUtf8(r.out)).hasMatch(), qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
}

void TestCli::jsonFields()
{
    REQUIRE_SERVER(peer, port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(lines(r.out).size(), 1);
    QVERIFY(r.out.endsWith('\n'));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject o = doc.object();

    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("ACK"));
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("2.05"));
    const QJsonValue mid = o.value(QStringLiteral("mid"));
    QVERIFY(mid.isDouble());
    QVERIFY(mid.toDouble() >= 0 && mid.toDouble() <= 65535 && mid.toDouble() == double(mid.toInt()));
    const QString token = o.value(QStringLiteral("token")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{2}){1,8}$")).match(token).hasMatch(), qPrintable(token));

    const QJsonValue options = o.value(QStringLiteral("options"));
    QVERIFY(options.isArray());
    bool sawMaxAge = false;
    for (const QJsonValue &item : options.toArray()) {
        QVERIFY(item.isObject());
        const QJsonObject option = item.toObject();
        QVERIFY(option.value(QStringLiteral("name")).isString());
        QVERIFY(option.value(QStringLiteral("number")).isDouble());
        QVERIFY(option.contains(QStringLiteral("value")));
        if (option.value(QStringLiteral("number")).toInt() == 14) {
            sawMaxAge = true;
            QCOMPARE(option.value(QStringLiteral("name")).toString(), QStringLiteral("Max-Age"));
            QVERIFY(option.value(QStringLiteral("value")).isDouble()); // uint → number
            QCOMPARE(option.value(QStringLiteral("value")).toInt(), 1);
        }
    }
    QVERIFY(sawMaxAge);
    // libcoap leaves Content-Format out for text/plain.
    QVERIFY(o.contains(QStringLiteral("content_format")));
    QVERIFY(o.value(QStringLiteral("content_format")).isNull());
    const QString payload = o.value(QStringLiteral("payload")).toString();
    QVERIFY(!payload.isEmpty());
    QCOMPARE(o.value(QStringLiteral("payload_hex")).toString(), QString::fromLatin1(payload.toUtf8().toHex()));
    QVERIFY(o.value(QStringLiteral("rtt_ms")).isDouble());
    QVERIFY(o.value(QStringLiteral("rtt_ms")).toDouble() >= 0);
}

void TestCli::jsonValueTypes()
{
    // Every kind of option value and a binary payload, from a peer we script.
    ScriptedPeer peer([](const CoapMessage &request) {
        CoapMessage m = ackFor(request, CoapCode::Content);
        m.addUintOption(CoapOptionNumber::ContentFormat, 42);      // uint
        m.addOption(CoapOptionNumber::ETag, QByteArray("\xa1\xb2", 2)); // opaque
        m.addOption(CoapOptionNumber::LocationPath, "here");        // string
        m.addUintOption(CoapOptionNumber::MaxAge, 30);
        m.addOption(65000, "zz");                                  // unknown (elective)
        m.setPayload(QByteArray("\x00\xff\xfe", 3));               // not UTF-8
        return QList<QByteArray>{CoapCodec::encode(m)};
    });
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("coap://127.0.0.1:%1/x").arg(peer.port())});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("content_format")).toInt(-1), 42);
    QVERIFY(o.value(QStringLiteral("content_format")).isDouble());
    QHash<int, QJsonValue> values;
    QHash<int, QString> names;
    for (const QJsonValue &item : o.value(QStringLiteral("options")).toArray()) {
        values.insert(item[QStringLiteral("number")].toInt(), item[QStringLiteral("value")]);
        names.insert(item[QStringLiteral("number")].toInt(), item[QStringLiteral("name")].toString());
    }
    QCOMPARE(values.value(12), QJsonValue(42));
    QCOMPARE(values.value(4), QJsonValue(QStringLiteral("a1b2")));
    QCOMPARE(values.value(8), QJsonValue(QStringLiteral("here")));
    QCOMPARE(values.value(14), QJsonValue(30));
    QCOMPARE(values.value(65000), QJsonValue(QStringLiteral("7a7a")));
    QCOMPARE(names.value(4), QStringLiteral("ETag"));
    QCOMPARE(names.value(65000), QStringLiteral("65000"));
    // A payload that is not UTF-8 has no "payload" text, only its hex.
    QVERIFY(!o.contains(QStringLiteral("payload")));
    QCOMPARE(o.value(QStringLiteral("payload_hex")).toString(), QStringLiteral("00fffe"));

    // Raw output is the payload byte for byte.
    const CliRun raw = runCli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/x").arg(peer.port())});
    QVERIFY2(raw.finished && raw.exitCode == 0, qPrintable(raw.describe()));
    QCOMPARE(raw.out, QByteArray("\x00\xff\xfe", 3));
}

void TestCli::errorResponse()
{
    REQUIRE_SERVER(peer, port);
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/missing").arg(port);
    const CliRun raw = runCli({QStringLiteral("get"), uri});
    QVERIFY2(raw.finished, qPrintable(raw.describe()));
    QCOMPARE(raw.exitCode, 1);
    QCOMPARE(raw.out, QByteArray("Not Found")); // libcoap's 4.04 payload, still printed
    QVERIFY2(isPlainErrorLine(raw.err), qPrintable(raw.describe()));
    QVERIFY(raw.err.contains("4.04"));

    const CliRun json = runCli({QStringLiteral("get"), QStringLiteral("--json"), uri});
    QVERIFY2(json.finished, qPrintable(json.describe()));
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("code")).toString(), QStringLiteral("4.04"));
    QVERIFY2(isPlainErrorLine(json.err), qPrintable(json.describe()));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString ok = QStringLiteral("coap://127.0.0.1:5683/x");
    QTest::newRow("http scheme") << QStringList{QStringLiteral("get"), QStringLiteral("http://127.0.0.1/x")} << QStringLiteral("coap://");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("get"), QStringLiteral("127.0.0.1/x")} << QStringLiteral("scheme");
    QTest::newRow("port out of range") << QStringList{QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:99999/x")} << QStringLiteral("port");
    QTest::newRow("broken IPv6") << QStringList{QStringLiteral("get"), QStringLiteral("coap://[::1/x")} << QStringLiteral("IPv6");
    QTest::newRow("fragment") << QStringList{QStringLiteral("get"), QStringLiteral("coap://127.0.0.1/x#y")} << QStringLiteral("fragment");
    QTest::newRow("unknown option name") << QStringList{QStringLiteral("get"), QStringLiteral("--option"), QStringLiteral("Bogus-Name=1"), ok}
                                         << QStringLiteral("Bogus-Name");
    QTest::newRow("option number 0") << QStringList{QStringLiteral("get"), QStringLiteral("--option"), QStringLiteral("0=1"), ok}
                                     << QStringLiteral("out of range");
    QTest::newRow("bad hex value") << QStringList{QStringLiteral("get"), QStringLiteral("--option"), QStringLiteral("ETag=0xabc"), ok}
                                   << QStringLiteral("hex");
    QTest::newRow("block size 17") << QStringList{QStringLiteral("get"), QStringLiteral("--block-size"), QStringLiteral("17"), ok}
                                   << QStringLiteral("--block-size");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("soon"), ok}
                                 << QStringLiteral("--timeout");
    QTest::newRow("ack timeout below 100 ms") << QStringList{QStringLiteral("get"), QStringLiteral("--ack-timeout"), QStringLiteral("50"), ok}
                                              << QStringLiteral("--ack-timeout takes a whole number from 100 to 60000");
    QTest::newRow("max retransmit 21") << QStringList{QStringLiteral("get"), QStringLiteral("--max-retransmit"), QStringLiteral("21"), ok}
                                       << QStringLiteral("--max-retransmit takes a whole number from 0 to 20");
    QTest::newRow("block retries not a number") << QStringList{QStringLiteral("observe"), QStringLiteral("--block-retries"), QStringLiteral("many"), ok}
                                                << QStringLiteral("--block-retries takes a whole number from 0 to 10, not 'many'");
    QTest::newRow("bad token") << QStringList{QStringLiteral("get"), QStringLiteral("--token"), QStringLiteral("xyz"), ok}
                               << QStringLiteral("--token");
    QTest::newRow("unknown content format") << QStringList{QStringLiteral("put"), QStringLiteral("--content-format"), QStringLiteral("nonsense"), ok}
                                            << QStringLiteral("nonsense");
    QTest::newRow("missing payload file") << QStringList{QStringLiteral("put"), QStringLiteral("--payload-file"), QStringLiteral("/nonexistent/file"), ok}
                                          << QStringLiteral("/nonexistent/file");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("get"), QStringLiteral("--frobnicate"), ok} << QStringLiteral("frobnicate");
    QTest::newRow("no URI") << QStringList{QStringLiteral("get")} << QStringLiteral("URI");
    QTest::newRow("two URIs") << QStringList{QStringLiteral("get"), ok, ok} << QStringLiteral("URI");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("observe --count 0") << QStringList{QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("0"), ok}
                                       << QStringLiteral("--count");
    QTest::newRow("observe --cancel bad") << QStringList{QStringLiteral("observe"), QStringLiteral("--cancel"), QStringLiteral("politely"), ok}
                                          << QStringLiteral("--cancel");
    QTest::newRow("ping a host name") << QStringList{QStringLiteral("ping"), QStringLiteral("coap://example.invalid/")}
                                      << QStringLiteral("IP address");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun r = runCli(args, 10000);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), qPrintable(r.describe()));
}

void TestCli::coapsIsSecurityFailure()
{
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("coaps://127.0.0.1/x")}, 10000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("coaps"), qPrintable(r.describe()));
}

void TestCli::timeout()
{
    QUdpSocket silent; // receives and never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("1"),
                             QStringLiteral("coap://127.0.0.1:%1/time").arg(silent.localPort())}, 15000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 1000 + 3000, qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("no response"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::portUnreachable()
{
    // Nothing listens: the system's ICMP answer ends the request at once (not after 93 s).
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)}, 15000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 3000, qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("port unreachable"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

namespace {
// A host name with two addresses, for the CLI alone: it runs in a mount namespace of its own in
// which /etc/hosts is a file of the test's (unshare(1)). 127.0.0.1 sorts first (RFC 6724: the
// longer prefix shared with the source address).
const QString kTwoAddressName = QStringLiteral("twoaddr.coap-explorer.test");

QStringList twoAddressLauncher(const QString &hostsFile)
{
    return {QStringLiteral("unshare"), QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mount --bind \"$0\" /etc/hosts && exec \"$@\""), hostsFile};
}

// A hosts file that gives the name two addresses; empty when no mount namespace can be made here
// (the tests that need one are then skipped).
QString twoAddressHostsFile(QTemporaryDir *dir)
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    QFile hosts(dir->filePath(QStringLiteral("hosts")));
    if (!hosts.open(QIODevice::WriteOnly))
        return {};
    hosts.write(QStringLiteral("127.0.0.2 %1\n127.0.0.1 %1\n").arg(kTwoAddressName).toUtf8());
    return hosts.fileName();
}

#define REQUIRE_TWO_ADDRESS_NAME(dir, hosts)                                                            \
    QTemporaryDir dir;                                                                                  \
    const QString hosts = twoAddressHostsFile(&dir);                                                    \
    if (hosts.isEmpty())                                                                                \
        QSKIP("needs unshare(1) and the right to make a mount namespace (run the suite as root to include this test)")

// libcoap's server on the name's second address (127.0.0.2) only, answering (plain CoAP on port;
// with coap-server-openssl and -k KEY also coaps on port + 1).
bool startOnSecondAddress(ExternalPeer *peer, quint16 port, const QString &program = kServer, const QStringList &extra = {})
{
    return peer->start(program, QStringList{QStringLiteral("-A"), QStringLiteral("127.0.0.2"), QStringLiteral("-p"), QString::number(port)} + extra)
            && ExternalPeer::waitForCoap(port, 10000, QHostAddress(QStringLiteral("127.0.0.2")));
}

// What --verbose shows of a GET to the two-address name whose first address refused it: both
// addresses asked, in the resolver's order, exactly once each; between them the `!!` line that
// says why the second was asked (the first's ICMP answer); the answer from the second.
bool askedInTurn(const QByteArray &verbose, quint16 port)
{
    const QString err = QString::fromUtf8(verbose);
    const qsizetype first = err.indexOf(QStringLiteral("-> 127.0.0.1:%1 CON GET").arg(port));
    const qsizetype second = err.indexOf(QStringLiteral("-> 127.0.0.2:%1 CON GET").arg(port));
    const QRegularExpression refused(QStringLiteral("^!! 127\\.0\\.0\\.1:%1 mid=\\d+: port unreachable \\(ICMP\\)").arg(port),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch why = refused.match(err);
    return first >= 0 && second > first && why.hasMatch() && why.capturedStart() > first && why.capturedStart() < second
            && err.contains(QStringLiteral("<- 127.0.0.2:%1 ACK 2.05").arg(port)) && err.count(QStringLiteral(" CON GET ")) == 2;
}
} // namespace

void TestCli::nameTriesItsNextAddress()
{
    // The name's first address (127.0.0.1) has nothing on the port; the server listens on its
    // second (127.0.0.2) only. The ICMP "port unreachable" sends the request on to the next
    // address at once, and the answer comes from there.
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed (Debian package libcoap3-bin)");
    REQUIRE_TWO_ADDRESS_NAME(dir, hosts);
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    ExternalPeer peer;
    QVERIFY2(startOnSecondAddress(&peer, port), qPrintable(peer.errorString()));
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"),
                             QStringLiteral("coap://%1:%2/").arg(kTwoAddressName).arg(port)},
                            15000, {}, {}, twoAddressLauncher(hosts));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.elapsedMs < 3000, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("libcoap"), qPrintable(r.describe()));
    QVERIFY2(askedInTurn(r.err, port), qPrintable(r.describe()));
}

void TestCli::nameWithNoAddressListeningFailsAtOnce()
{
    // Nothing listens on either address: each refuses at once, and the CLI says so in one plain
    // sentence that names the host, without waiting for retransmissions.
    REQUIRE_TWO_ADDRESS_NAME(dir, hosts);
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("coap://%1:%2/").arg(kTwoAddressName).arg(port)},
                            15000, {}, {}, twoAddressLauncher(hosts));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 3000, qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("port unreachable") && r.err.contains(kTwoAddressName.toUtf8()),
             qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::nameIsNotAskedAgainAfterATimeout()
{
    // The first address takes the request and never answers: a slow or lossy device, not an
    // unreachable one. The request ends with the timeout there; the server on the second address
    // is never asked, so no device gets a request twice by two routes.
    if (!ExternalPeer::haveProgram(kServer))
        QSKIP("libcoap's coap-server-notls is not installed (Debian package libcoap3-bin)");
    REQUIRE_TWO_ADDRESS_NAME(dir, hosts);
    QUdpSocket silent; // receives and never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const quint16 port = silent.localPort();
    ExternalPeer peer;
    QVERIFY2(startOnSecondAddress(&peer, port), qPrintable(peer.errorString()));
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"), QStringLiteral("--timeout"), QStringLiteral("1"),
                             QStringLiteral("coap://%1:%2/").arg(kTwoAddressName).arg(port)},
                            15000, {}, {}, twoAddressLauncher(hosts));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 1000 + 3000, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("no response"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("-> 127.0.0.1:%1 CON GET").arg(port).toUtf8()), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("-> 127.0.0.2:"), qPrintable(r.describe()));
    QVERIFY(silent.hasPendingDatagrams());
    QVERIFY(r.out.isEmpty());
}

void TestCli::coapsPortUnreachable()
{
    // Nothing listens on the coaps port: the system's ICMP answer ends the handshake, and the
    // request, at once, with the same plain sentence as over UDP; not a DTLS failure (exit 4)
    // after the handshake's 10-s bound.
    const quint16 port = ExternalPeer::freeUdpPort();
    QVERIFY(port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--psk-identity"), QStringLiteral("id"), QStringLiteral("--psk"),
                             QStringLiteral("key"), QStringLiteral("coaps://127.0.0.1:%1/time").arg(port)},
                            15000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 3000, qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("port unreachable") && !r.err.contains("DTLS"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::coapsNameTriesItsNextAddress()
{
    // As nameTriesItsNextAddress, over DTLS: libcoap's coaps server listens on the name's second
    // address only. The handshake with the first ends with its ICMP "port unreachable", and the
    // request goes on to the second address, where the handshake and the request succeed.
    const QString server = QStringLiteral("coap-server-openssl");
    if (!ExternalPeer::haveProgram(server))
        QSKIP("libcoap's coap-server-openssl is not installed (Debian package libcoap3-bin)");
    REQUIRE_TWO_ADDRESS_NAME(dir, hosts);
    const quint16 port = ExternalPeer::freeUdpPort(true);
    QVERIFY(port);
    const quint16 coapsPort = port + 1;
    ExternalPeer peer;
    QVERIFY2(startOnSecondAddress(&peer, port, server, {QStringLiteral("-k"), QStringLiteral("secretPSK")}),
             qPrintable(peer.errorString()));
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"), QStringLiteral("--psk-identity"),
                             QStringLiteral("explorer"), QStringLiteral("--psk"), QStringLiteral("secretPSK"),
                             QStringLiteral("coaps://%1:%2/").arg(kTwoAddressName).arg(coapsPort)},
                            15000, {}, {}, twoAddressLauncher(hosts));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("libcoap"), qPrintable(r.describe()));
    QVERIFY2(askedInTurn(r.err, coapsPort), qPrintable(r.describe()));
}

void TestCli::coapsWithoutARouteFailsAtOnce()
{
    // The CLI runs in a network namespace of its own, which has no route anywhere (unshare(1)
    // --net: even its loopback is down). A plain request there fails at once, "the network is
    // unreachable"; so does a coaps one, rather than after its handshake's 10-s bound with a
    // sentence about DTLS. Nothing is sent at all.
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--net"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("needs unshare(1) and the right to make a network namespace (run the suite as root to include this test)");
    for (const QString &uri : {QStringLiteral("coap://[2001:db8::1]/"), QStringLiteral("coaps://[2001:db8::1]/"),
                               QStringLiteral("coaps://192.0.2.1/")}) {
        const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--psk-identity"), QStringLiteral("id"),
                                 QStringLiteral("--psk"), QStringLiteral("key"), uri},
                                15000, {}, {}, {QStringLiteral("unshare"), QStringLiteral("--net")});
        QVERIFY2(r.finished, qPrintable(uri + r.describe()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.elapsedMs < 3000, qPrintable(uri + r.describe()));
        QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("the network is unreachable") && !r.err.contains("DTLS"),
                 qPrintable(uri + r.describe()));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::reset()
{
    ScriptedPeer peer([](const CoapMessage &request) {
        return QList<QByteArray>{CoapCodec::encode(CoapMessage(CoapType::Reset, CoapCode::Empty, request.messageId()))};
    });
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("5"),
                             QStringLiteral("coap://127.0.0.1:%1/time").arg(peer.port())});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < 3000, qPrintable(r.describe())); // at once, not after the timeout
    QVERIFY2(isPlainErrorLine(r.err) && r.err.contains("RST"), qPrintable(r.describe()));
    QCOMPARE(peer.requests.size(), 1);
}

void TestCli::ping()
{
    REQUIRE_SERVER(peer, port);
    const CliRun r = runCli({QStringLiteral("ping"), QStringLiteral("--json"), QStringLiteral("coap://127.0.0.1:%1").arg(port)});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("RST"));
    QVERIFY(o.value(QStringLiteral("rtt_ms")).isDouble());

    QUdpSocket silentSocket; // receives and never answers
    QVERIFY(silentSocket.bind(QHostAddress::LocalHost, 0));
    const CliRun none = runCli({QStringLiteral("ping"), QStringLiteral("--timeout"), QStringLiteral("1"),
                                QStringLiteral("coap://127.0.0.1:%1").arg(silentSocket.localPort())}, 15000);
    QVERIFY2(none.finished, qPrintable(none.describe()));
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.elapsedMs < 4000 && isPlainErrorLine(none.err), qPrintable(none.describe()));
}

void TestCli::blockSize16MatchesLibcoap()
{
    REQUIRE_SERVER(peer, port);
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/example_data").arg(port);
    const QByteArray reference = ExternalPeer::libcoapGet(uri);
    QCOMPARE(reference.size(), 1500);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--block-size"), QStringLiteral("16"), uri});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out == reference);
    QVERIFY(r.err.isEmpty());
}

void TestCli::observeCount_data()
{
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<bool>("nonNotifications");
    QTest::newRow("deregister, CON notifications") << QStringLiteral("deregister") << false;
    QTest::newRow("deregister, NON notifications") << QStringLiteral("deregister") << true;
    QTest::newRow("reset, CON notifications") << QStringLiteral("reset") << false;
    QTest::newRow("reset, NON notifications") << QStringLiteral("reset") << true;
}

// Scans libcoap's debug log (-v 7, which prints every PDU with its token in braces, as
// "v:1 t:NON c:2.05 i:6d5b {db01a012} [ Observe:5, …") for a notification with this token: a
// response (code 2.xx) that carries an Observe option. The answer to a deregistration carries none.
static bool serverSentNotification(const QByteArray &log, const QString &token)
{
    const QByteArray braces = QStringLiteral("{%1}").arg(token).toLatin1();
    for (const QByteArray &line : log.split('\n')) {
        if (line.contains(braces) && line.contains(" c:2.") && line.contains("Observe:"))
            return true;
    }
    return false;
}

void TestCli::observeCount()
{
    QFETCH(QString, cancel);
    QFETCH(bool, nonNotifications);
    QStringList serverArgs{QStringLiteral("-v"), QStringLiteral("7")};
    if (nonNotifications)
        serverArgs << QStringLiteral("-N");
    REQUIRE_SERVER(peer, port, serverArgs);
    const CliRun r = runCli({QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json"),
                             QStringLiteral("--verbose"), QStringLiteral("--cancel"), cancel,
                             QStringLiteral("coap://127.0.0.1:%1/time").arg(port)}, 30000);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);

    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), 3);
    double lastObserve = -1;
    QDateTime lastTime;
    QString token;
    for (const QString &line : out) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(line));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("2.05"));
        QVERIFY(o.value(QStringLiteral("observe")).isDouble());
        const double observe = o.value(QStringLiteral("observe")).toDouble();
        QVERIFY2(observe > lastObserve, qPrintable(line));
        lastObserve = observe;
        const QDateTime time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY2(time.isValid(), qPrintable(line));
        if (lastTime.isValid())
            QVERIFY(time >= lastTime);
        lastTime = time;
        QVERIFY(o.value(QStringLiteral("values")).isArray());
        QVERIFY(o.value(QStringLiteral("payload")).isString());
        if (token.isEmpty())
            token = o.value(QStringLiteral("token")).toString();
        QCOMPARE(o.value(QStringLiteral("token")).toString(), token);
    }
    QVERIFY(!token.isEmpty());

    // --verbose shows how the observation ended (RFC 7641 §3.6).
    const QString err = QString::fromUtf8(r.err);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    quint16 cancelMid = 0; // the MID of the deregistration, or of the RST
    if (cancel == QLatin1String("deregister")) {
        const QRegularExpression deregister(QStringLiteral("^-> %1 CON GET mid=(\\d+) token=%2 Observe:1 Uri-Path:time")
                                                    .arg(QRegularExpression::escape(server), token),
                                            QRegularExpression::MultilineOption);
        const auto m = deregister.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        cancelMid = quint16(m.captured(1).toUInt());
        // …and the server answered it: a response with that token and no Observe option.
        const QRegularExpression answer(QStringLiteral("^<- %1 ACK 2\\.05 Content mid=\\d+ token=%2 (?!Observe)")
                                                .arg(QRegularExpression::escape(server), token),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(answer.match(err, m.capturedEnd()).hasMatch(), qPrintable(err));
    } else {
        const QRegularExpression rst(QStringLiteral("^-> %1 RST Empty mid=(\\d+)").arg(QRegularExpression::escape(server)),
                                     QRegularExpression::MultilineOption);
        const auto m = rst.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        cancelMid = quint16(m.captured(1).toUInt());
    }
    const QStringList errLines = lines(r.err);
    for (const QString &line : errLines)
        QVERIFY2(line.startsWith(QLatin1String("-> ")) || line.startsWith(QLatin1String("<- ")) || line.startsWith(QLatin1String("   ")),
                 qPrintable(line));

    // Nothing is left behind on the server: it removes the subscription (bounded wait for its log
    // line; the cancellation went out before the CLI ended), and with a notification due every
    // second, 2.5 s pass after that without a notification with that token. (The cut is the
    // server's own log line, not a time after the CLI's exit: on a loaded machine the notification
    // that the CLI answered with RST may be logged later than that.)
    QProcess &server7 = peer.process();
    QSignalSpy output(&server7, &QProcess::readyRead);
    const QByteArray removed = QStringLiteral("removed subscription").toLatin1();
    const QByteArray withToken = QStringLiteral("with token '%1'").arg(token).toLatin1();
    QByteArray log = server7.readAll();
    const auto removal = [&] {
        for (qsizetype at = log.indexOf(removed); at >= 0; at = log.indexOf(removed, at + 1)) {
            const qsizetype end = log.indexOf('\n', at);
            if (log.mid(at, end < 0 ? -1 : end - at).contains(withToken))
                return end < 0 ? log.size() : end + 1;
        }
        return qsizetype(-1);
    };
    QElapsedTimer bound;
    bound.start();
    while (removal() < 0 && bound.elapsed() < 10000) {
        output.wait(int(qMax<qint64>(1, 10000 - bound.elapsed())));
        log += server7.readAll();
    }
    const qsizetype cut = removal();
    QVERIFY2(cut >= 0, log.right(4000).constData());
    // The server removed it because of our cancellation: the RST, or the deregistering GET, with
    // our MID, reached it before the removal (not, say, a failed notification after we were gone).
    const QRegularExpression cause(cancel == QLatin1String("deregister")
                                           ? QStringLiteral("t:CON c:GET i:0*%1 \\{%2\\} \\[ Observe:1").arg(cancelMid, 0, 16).arg(token)
                                           : QStringLiteral("got RST for mid=0x0*%1\\b").arg(cancelMid, 0, 16));
    QVERIFY2(cause.match(QString::fromLatin1(log.left(cut))).hasMatch(), log.left(cut).right(4000).constData());
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 2500) {
        output.wait(int(qMax<qint64>(1, 2500 - quiet.elapsed())));
        log += server7.readAll();
    }
    QVERIFY2(!serverSentNotification(log.mid(cut), token), log.mid(cut).constData());
}

void TestCli::sigintEndsObserve()
{
    REQUIRE_SERVER(peer, port);
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    QSignalSpy done(&p, &QProcess::finished);
    QSignalSpy output(&p, &QProcess::readyReadStandardOutput);
    p.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
            {QStringLiteral("observe"), QStringLiteral("--verbose"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)});
    QVERIFY(p.waitForStarted(5000));
    p.closeWriteChannel();
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (lines(out).size() < 2 && timer.elapsed() < 10000) {
        output.wait(500);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(lines(out).size() >= 2, out.constData());
    QCOMPARE(p.state(), QProcess::Running);

    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    const bool finished = done.count() > 0 || done.wait(8000);
    if (!finished) {
        p.kill();
        p.waitForFinished(3000);
    }
    QVERIFY2(finished, "observe did not end on SIGINT");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    // It deregistered before it exited, and the server confirmed.
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QRegularExpression deregister(QStringLiteral("^-> \\S+ CON GET mid=\\d+ token=(\\w+) Observe:1 Uri-Path:time"),
                                        QRegularExpression::MultilineOption);
    const auto m = deregister.match(err);
    QVERIFY2(m.hasMatch(), qPrintable(err));
    QVERIFY2(QRegularExpression(QStringLiteral("^<- \\S+ ACK 2\\.05 Content mid=\\d+ token=%1 (?!Observe)").arg(m.captured(1)),
                                QRegularExpression::MultilineOption).match(err, m.capturedEnd()).hasMatch(),
             qPrintable(err));
}

void TestCli::payloadFromStdin()
{
    REQUIRE_SERVER(peer, port, {QStringLiteral("-d"), QStringLiteral("5")});
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/fromstdin").arg(port);
    QByteArray body("hello from stdin\n\x00\x01\xff", 20);
    body += QByteArray(3000, 'x'); // longer than one block: sent with Block1
    const CliRun put = runCli({QStringLiteral("put"), QStringLiteral("--payload-file"), QStringLiteral("-"), uri}, 20000, body);
    QVERIFY2(put.finished && put.exitCode == 0, qPrintable(put.describe()));
    const CliRun get = runCli({QStringLiteral("get"), uri});
    QVERIFY2(get.finished && get.exitCode == 0, qPrintable(get.describe()));
    QVERIFY(get.out == body);
}

void TestCli::optionArgument_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("number");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("Uri-Query by name") << QStringLiteral("Uri-Query=x") << 15 << QByteArray("x");
    QTest::newRow("name in any case, '=' in value") << QStringLiteral("uri-query=a=b") << 15 << QByteArray("a=b");
    QTest::newRow("hex number and hex value") << QStringLiteral("0x0f=0x793d32") << 15 << QByteArray("y=2");
    QTest::newRow("decimal number") << QStringLiteral("15=z") << 15 << QByteArray("z");
    QTest::newRow("opaque as hex") << QStringLiteral("ETag=0xa1b2") << 4 << QByteArray("\xa1\xb2", 2);
    QTest::newRow("uint by name") << QStringLiteral("Size1=1000") << 60 << QByteArray("\x03\xe8", 2);
    QTest::newRow("unknown elective number") << QStringLiteral("0x7ffc=0x01") << 0x7ffc << QByteArray("\x01", 1);
    QTest::newRow("empty option") << QStringLiteral("If-None-Match") << 5 << QByteArray();
}

void TestCli::optionArgument()
{
    QFETCH(QString, argument);
    QFETCH(int, number);
    QFETCH(QByteArray, value);
    ScriptedPeer peer([](const CoapMessage &request) {
        CoapMessage m = ackFor(request, CoapCode::Content);
        m.setPayload("ok");
        return QList<QByteArray>{CoapCodec::encode(m)};
    });
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--option"), argument,
                             QStringLiteral("coap://127.0.0.1:%1/thing").arg(peer.port())});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray("ok"));
    QCOMPARE(peer.requests.size(), 1);
    const CoapMessage request = peer.requests.first();
    const QList<CoapOption> options = request.options(quint16(number));
    QCOMPARE(options.size(), 1);
    QCOMPARE(options.first().value(), value);
    QCOMPARE(request.uriPath(), QStringLiteral("/thing"));
}

void TestCli::verbose()
{
    REQUIRE_SERVER(peer, port);
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--verbose"), QStringLiteral("coap://127.0.0.1:%1/time").arg(port)});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.out.isEmpty());
    const QStringList l = lines(r.err);
    QCOMPARE(l.size(), 4); // request and response, each a summary line and a hex line
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(QRegularExpression(QStringLiteral("^-> %1 CON GET mid=(\\d+) token=[0-9a-f]+ Uri-Path:time \\(13 B\\)$")
                                        .arg(QRegularExpression::escape(server))).match(l.at(0)).hasMatch(), qPrintable(l.at(0)));
    QVERIFY2(QRegularExpression(QStringLiteral("^<- %1 ACK 2\\.05 Content mid=\\d+ token=[0-9a-f]+ Max-Age:1 payload=15B \\(\\d+ B\\)$")
                                        .arg(QRegularExpression::escape(server))).match(l.at(2)).hasMatch(), qPrintable(l.at(2)));
    static const QRegularExpression hexLine(QStringLiteral("^   [0-9a-f]{2}( [0-9a-f]{2})*$"));
    for (int i : {1, 3})
        QVERIFY2(hexLine.match(l.at(i)).hasMatch(), qPrintable(l.at(i)));
    // The hex is the datagram itself: it decodes to what the summary says.
    const CoapDecodeResult sent = CoapCodec::decode(QByteArray::fromHex(l.at(1).toLatin1()));
    QVERIFY(sent.ok());
    QCOMPARE(sent.message.uriPath(), QStringLiteral("/time"));
    const CoapDecodeResult received = CoapCodec::decode(QByteArray::fromHex(l.at(3).toLatin1()));
    QVERIFY(received.ok());
    QCOMPARE(received.message.messageId(), sent.message.messageId());
    QCOMPARE(received.message.payload(), r.out);
}

void TestCli::malformedPeer_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"random bytes", "token length 15", "truncated options", "unknown critical option",
                             "RST for a wrong MID", "option claiming 65000 bytes", "Size2 of 1 MB, then a wrong block",
                             "version 2", "empty ACK then garbage", "everything at once"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCli::malformedPeer()
{
    QFETCH(QString, kind);
    QRandomGenerator random(quint32(qHash(kind)));
    auto garbage = [&random](const QString &k, const CoapMessage &request) -> QList<QByteArray> {
        const quint16 mid = request.messageId();
        const QByteArray token = request.token();
        QList<QByteArray> answers;
        if (k == QLatin1String("random bytes")) {
            for (int i = 0; i < 8; ++i) {
                QByteArray bytes(int(random.bounded(1, 64)), Qt::Uninitialized);
                for (char &c : bytes)
                    c = char(random.bounded(256));
                answers << bytes;
            }
            answers << QByteArray(1, '\x60') << QByteArray(); // a 1-byte and an empty datagram
        } else if (k == QLatin1String("token length 15")) {
            answers << header(0x20 | 0x0f, 0x45, mid) + token + QByteArray(15 - token.size(), 'T') + "\xff" "x";
            answers << header(0x00 | 0x0f, 0x45, mid) + QByteArray(15, 'T'); // as CON
        } else if (k == QLatin1String("truncated options")) {
            // Uri-Path-like option header that promises 13+5 bytes, then only two.
            answers << header(0x20 | quint8(token.size()), 0x45, mid) + token + "\xd5\x05" "ab";
            // Extended delta byte missing altogether.
            answers << header(0x20 | quint8(token.size()), 0x45, mid) + token + "\xe0";
        } else if (k == QLatin1String("unknown critical option")) {
            CoapMessage m = ackFor(request, CoapCode::Content);
            m.addOption(CoapOption(65001, "!")); // odd: critical (RFC 7252 §5.4.1)
            m.setPayload("must not be shown");
            answers << CoapCodec::encode(m);
        } else if (k == QLatin1String("RST for a wrong MID")) {
            answers << CoapCodec::encode(CoapMessage(CoapType::Reset, CoapCode::Empty, quint16(mid + 1)));
        } else if (k == QLatin1String("option claiming 65000 bytes")) {
            // Length nibble 14: 269 + 64731 = 65000 bytes announced, 10 present.
            answers << header(0x20 | quint8(token.size()), 0x45, mid) + token + "\xbe\xfc\xdb" + QByteArray(10, 'v');
        } else if (k == QLatin1String("Size2 of 1 MB, then a wrong block")) {
            CoapMessage m = ackFor(request, CoapCode::Content);
            m.addUintOption(CoapOptionNumber::Block2, CoapBlockValue{0, true, 6}.encode()); // block 0 again, every time
            m.addUintOption(CoapOptionNumber::Size2, 1024 * 1024);
            m.setPayload(QByteArray(1024, 'B'));
            answers << CoapCodec::encode(m);
        } else if (k == QLatin1String("version 2")) {
            CoapMessage m = ackFor(request, CoapCode::Content);
            m.setPayload("v2");
            QByteArray d = CoapCodec::encode(m);
            d[0] = char((quint8(d[0]) & 0x3f) | 0x80);
            answers << d;
        } else if (k == QLatin1String("empty ACK then garbage")) {
            answers << CoapCodec::encode(CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, mid));
            answers << header(0x00 | quint8(token.size()), 0x45, 0x7777) + token + "\xd5\x05"; // CON, truncated
            answers << header(0x10 | quint8(token.size()), 0xe5, 0x7778) + token; // NON, reserved class 7
        }
        return answers;
    };
    ScriptedPeer peer([&](const CoapMessage &request) {
        if (kind != QLatin1String("everything at once"))
            return garbage(kind, request);
        QList<QByteArray> all;
        for (const char *k : {"random bytes", "token length 15", "truncated options", "RST for a wrong MID",
                              "option claiming 65000 bytes", "version 2"})
            all += garbage(QString::fromLatin1(k), request);
        return all;
    });
    const int timeoutS = 2;
    const CliRun r = runCli({QStringLiteral("get"), QStringLiteral("--timeout"), QString::number(timeoutS),
                             QStringLiteral("coap://127.0.0.1:%1/victim").arg(peer.port())}, 20000);
    QVERIFY2(r.finished, qPrintable(QStringLiteral("the CLI hung: ") + r.describe()));
    QVERIFY2(r.exitStatus == QProcess::NormalExit, qPrintable(QStringLiteral("the CLI crashed: ") + r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.elapsedMs < timeoutS * 1000 + 2500, qPrintable(r.describe()));
    QVERIFY2(isPlainErrorLine(r.err), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY(!peer.requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// "Copy as command" (protocol/request/coapcommandline): quoting for a POSIX shell checked by a real
// /bin/sh, the command lines of each tool, and copied commands run against a libcoap server,
// compared with what our own client gets from the same server.
#include "coapclient.h"
#include "coapcommandline.h"
#include "coaptransport.h"
#include "externalpeer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray runShell(const QString &command, int *exitCode = nullptr, const QByteArray &extraPath = {})
{
    QProcess sh;
    if (!extraPath.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QString::fromLocal8Bit(extraPath) + u':' + env.value(QStringLiteral("PATH")));
        sh.setProcessEnvironment(env);
    }
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!sh.waitForFinished(60000)) {
        sh.kill();
        sh.waitForFinished(5000);
        if (exitCode) *exitCode = -1;
        return {};
    }
    if (exitCode) *exitCode = sh.exitCode();
    return sh.readAllStandardOutput();
}

CoapCommandRequest request(const QString &uri, quint8 code, const QByteArray &payload = {})
{
    CoapCommandRequest r;
    r.uri = CoapUri::parse(uri).uri;
    r.message = CoapMessage(CoapType::Confirmable, code);
    r.message.setPayload(payload);
    return r;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shellQuote_data();
    void shellQuote();
    void quotedWordsSurviveTheShell();
    void printfWritesEveryByte();
    void libcoapCommand();
    void otherTools();
    void unsupportedOptionsAreNoted();
    void retransmissionSettingsAreCarried();
    void copiedCommandsGetTheSameAnswer_data();
    void copiedCommandsGetTheSameAnswer();
    void binaryPayloadReachesTheServer();

private:
    QByteArray ourAnswer(quint16 port, const QString &path, quint8 code, const QByteArray &payload, int szx);
};

void TestCommandLine::shellQuote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "coap://127.0.0.1:5683/time" << "coap://127.0.0.1:5683/time";
    QTest::newRow("empty") << "" << "''";
    QTest::newRow("space") << "a b" << "'a b'";
    QTest::newRow("apostrophe") << "it's" << "'it'\\''s'";
    QTest::newRow("query") << "coap://h/p?a=1&b=2" << "'coap://h/p?a=1&b=2'";
    QTest::newRow("dollar") << "$HOME" << "'$HOME'";
}

void TestCommandLine::shellQuote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CoapCommandLineBuilder::shellQuote(word), quoted);
}

void TestCommandLine::quotedWordsSurviveTheShell()
{
    const QStringList words{QStringLiteral("it's"), QStringLiteral("a 'b' \"c\" $d `e` \\f"), QStringLiteral("*?[x]"),
                            QStringLiteral("line\nbreak"), QStringLiteral("'''"), QStringLiteral("ünïcødé €"),
                            QStringLiteral("-n"), QStringLiteral("%s%%")};
    for (const QString &w : words) {
        const QByteArray out = runShell(QStringLiteral("printf '%s' ") + CoapCommandLineBuilder::shellQuote(w));
        QCOMPARE(QString::fromUtf8(out), w);
    }
}

void TestCommandLine::printfWritesEveryByte()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    const QByteArray out = runShell(QStringLiteral("printf ") + CoapCommandLineBuilder::printfBytes(all));
    QCOMPARE(out.toHex(), all.toHex());
}

void TestCommandLine::libcoapCommand()
{
    CoapCommandRequest r = request(QStringLiteral("coap://127.0.0.1:61616/a%20b/c?x=1"), CoapCode::Put, "on 'now'");
    r.message.setType(CoapType::NonConfirmable);
    r.message.setUintOption(CoapOptionNumber::ContentFormat, 0);
    r.message.setUintOption(CoapOptionNumber::Accept, 50);
    r.message.addOption(CoapOptionNumber::IfMatch, QByteArray::fromHex("a1b2"));
    r.blockSzx = 2;
    const CoapCommandLine c = CoapCommandLineBuilder::build(CoapCommandTool::LibcoapClient, r);
    QCOMPARE(c.command, QStringLiteral("coap-client-notls -m put -N -A 50 -t 0 -b 64 -O 1,0xa1b2 "
                                       "-e on%20%27now%27 'coap://127.0.0.1:61616/a%20b/c?x=1'"));
    QVERIFY(c.notes.isEmpty());

    CoapCommandRequest secure = request(QStringLiteral("coaps://127.0.0.1/time"), CoapCode::Get);
    secure.pskIdentity = "tech's";
    secure.message.setUintOption(CoapOptionNumber::Observe, 0);
    const CoapCommandLine s = CoapCommandLineBuilder::build(CoapCommandTool::LibcoapClient, secure);
    QCOMPARE(s.command, QStringLiteral("coap-client-openssl -u 'tech'\\''s' -k \"$COAP_EXPLORER_PSK\" -m get -s 60 "
                                       "coaps://127.0.0.1/time"));
    QVERIFY(s.notes.contains(CoapCommandNote{CoapCommandIssue::KeyFromEnvironment, 0}));
}

void TestCommandLine::otherTools()
{
    CoapCommandRequest r = request(QStringLiteral("coap://[::1]:5700/led"), CoapCode::Post, "{\"on\":true}");
    r.message.setUintOption(CoapOptionNumber::ContentFormat, 50);
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::AiocoapClient, r).command,
             QStringLiteral("aiocoap-client -m POST --content-format=application/json --payload '{\"on\":true}' "
                            "'coap://[::1]:5700/led'"));
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::ExplorerCli, r).command,
             QStringLiteral("coap-explorer-cli post --content-format 50 --payload '{\"on\":true}' 'coap://[::1]:5700/led'"));
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::CurlGateway, r).command,
             QStringLiteral("curl -X POST -H 'Content-Type: application/json' --data-binary '{\"on\":true}' "
                            "'http://127.0.0.1:8080/coap://[::1]:5700/led'"));

    CoapCommandRequest observe = request(QStringLiteral("coap://127.0.0.1:5683/time"), CoapCode::Get);
    observe.message.setUintOption(CoapOptionNumber::Observe, 0);
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::CurlGateway, observe).command,
             QStringLiteral("curl -N -H 'Accept: text/event-stream' http://127.0.0.1:8080/coap://127.0.0.1/time"));
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::ExplorerCli, observe).command,
             QStringLiteral("coap-explorer-cli observe coap://127.0.0.1/time"));

    CoapCommandRequest binary = request(QStringLiteral("coap://127.0.0.1/fw"), CoapCode::Put, QByteArray("\x00\xff'%", 4));
    const CoapCommandLine b = CoapCommandLineBuilder::build(CoapCommandTool::CurlGateway, binary);
    QCOMPARE(b.command, QStringLiteral("printf '\\000\\377\\047\\045' | curl -X PUT --data-binary @- "
                                       "http://127.0.0.1:8080/coap://127.0.0.1/fw"));
    QVERIFY(b.notes.contains(CoapCommandNote{CoapCommandIssue::PayloadThroughPrintf, 0}));
}

void TestCommandLine::unsupportedOptionsAreNoted()
{
    CoapCommandRequest r = request(QStringLiteral("coap://127.0.0.1/x"), CoapCode::Get);
    r.message.setType(CoapType::NonConfirmable);
    r.message.addOption(CoapOptionNumber::ETag, "ab");
    const CoapCommandLine curl = CoapCommandLineBuilder::build(CoapCommandTool::CurlGateway, r);
    QVERIFY(curl.notes.contains(CoapCommandNote{CoapCommandIssue::NonConfirmableLost, 0}));
    QVERIFY(curl.notes.contains(CoapCommandNote{CoapCommandIssue::OptionLeftOut, CoapOptionNumber::ETag}));
    const CoapCommandLine aio = CoapCommandLineBuilder::build(CoapCommandTool::AiocoapClient, r);
    QVERIFY(aio.notes.contains(CoapCommandNote{CoapCommandIssue::OptionLeftOut, CoapOptionNumber::ETag}));
    QVERIFY(aio.command.contains(QLatin1String("--non")));
    // libcoap and our CLI carry any option, as hex.
    QVERIFY(CoapCommandLineBuilder::build(CoapCommandTool::LibcoapClient, r).command.contains(QLatin1String("-O 4,0x6162")));
    QVERIFY(CoapCommandLineBuilder::build(CoapCommandTool::ExplorerCli, r).command.contains(QLatin1String("--option 4=0x6162")));
}

// The window's ACK_TIMEOUT, MAX_RETRANSMIT and block retries, where not the defaults, go into a
// coap-explorer-cli command as flags; the other tools have none and say so in a note.
void TestCommandLine::retransmissionSettingsAreCarried()
{
    CoapCommandRequest r = request(QStringLiteral("coap://127.0.0.1/x"), CoapCode::Get);
    for (CoapCommandTool tool : {CoapCommandTool::LibcoapClient, CoapCommandTool::AiocoapClient,
                                 CoapCommandTool::ExplorerCli, CoapCommandTool::CurlGateway})
        QVERIFY(!CoapCommandLineBuilder::build(tool, r).notes.contains(CoapCommandNote{CoapCommandIssue::RetransmissionLeftOut, 0}));
    r.ackTimeoutMs = 5000;
    r.maxRetransmit = 6;
    r.blockRetries = 0;
    const CoapCommandLine ours = CoapCommandLineBuilder::build(CoapCommandTool::ExplorerCli, r);
    QCOMPARE(ours.command, QStringLiteral("coap-explorer-cli get --ack-timeout 5000 --max-retransmit 6 --block-retries 0 "
                                          "coap://127.0.0.1/x"));
    QVERIFY(ours.notes.isEmpty());
    for (CoapCommandTool tool : {CoapCommandTool::LibcoapClient, CoapCommandTool::AiocoapClient, CoapCommandTool::CurlGateway}) {
        const CoapCommandLine other = CoapCommandLineBuilder::build(tool, r);
        QVERIFY(other.notes.contains(CoapCommandNote{CoapCommandIssue::RetransmissionLeftOut, 0}));
        QVERIFY(!other.command.contains(QLatin1String("5000")));
    }
    // One setting alone is carried alone.
    CoapCommandRequest one = request(QStringLiteral("coap://127.0.0.1/x"), CoapCode::Get);
    one.maxRetransmit = 0;
    QCOMPARE(CoapCommandLineBuilder::build(CoapCommandTool::ExplorerCli, one).command,
             QStringLiteral("coap-explorer-cli get --max-retransmit 0 coap://127.0.0.1/x"));
}

QByteArray TestCommandLine::ourAnswer(quint16 port, const QString &path, quint8 code, const QByteArray &payload, int szx)
{
    CoapUdpTransport transport;
    if (!transport.bind(QHostAddress::LocalHost))
        return "bind failed";
    CoapClient client(&transport);
    CoapRequest req;
    req.message = CoapMessage(CoapType::Confirmable, code);
    req.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
    const CoapUri uri = CoapUri::parse(QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path)).uri;
    for (const CoapOption &o : uri.toOptions())
        req.message.addOption(o);
    req.message.setPayload(payload);
    req.blockSzx = szx;
    CoapReply *reply = client.send(req);
    QSignalSpy finished(reply, &CoapReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return "no answer";
    return reply->response().payload();
}

void TestCommandLine::copiedCommandsGetTheSameAnswer_data()
{
    QTest::addColumn<int>("tool");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("szx");
    QTest::addColumn<bool>("lossyLinkSettings"); // --ack-timeout, --max-retransmit, --block-retries
    for (auto [tool, name] : {std::pair{CoapCommandTool::LibcoapClient, "coap-client"},
                              std::pair{CoapCommandTool::ExplorerCli, "coap-explorer-cli"}}) {
        QTest::addRow("%s /", name) << int(tool) << QStringLiteral("/") << -1 << false;
        QTest::addRow("%s block-wise", name) << int(tool) << QStringLiteral("/example_data") << 2 << false;
    }
    QTest::addRow("coap-explorer-cli block-wise, lossy-link settings")
            << int(CoapCommandTool::ExplorerCli) << QStringLiteral("/example_data") << 2 << true;
}

void TestCommandLine::copiedCommandsGetTheSameAnswer()
{
    QFETCH(int, tool);
    QFETCH(QString, path);
    QFETCH(int, szx);
    QFETCH(bool, lossyLinkSettings);
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("libcoap3-bin is not installed");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY2(server.startLibcoapServer(&port),
             qPrintable(server.errorString()));

    const QByteArray ours = ourAnswer(port, path, CoapCode::Get, {}, szx);
    QVERIFY(!ours.isEmpty());

    CoapCommandRequest r = request(QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path), CoapCode::Get);
    r.blockSzx = szx;
    if (lossyLinkSettings) {
        r.ackTimeoutMs = 5000;
        r.maxRetransmit = 6;
        r.blockRetries = 4;
    }
    const CoapCommandLine c = CoapCommandLineBuilder::build(CoapCommandTool(tool), r);
    QCOMPARE(c.command.contains(QLatin1String("--ack-timeout 5000 --max-retransmit 6 --block-retries 4")), lossyLinkSettings);
    const QByteArray binDir = qgetenv("COAP_EXPLORER_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "COAP_EXPLORER_BIN_DIR is not set (ctest sets it)");
    int exitCode = -1;
    QByteArray theirs = runShell(c.command, &exitCode, binDir);
    QCOMPARE(exitCode, 0);
    // coap-client prints a line break after the payload (TESTBED.md).
    if (CoapCommandTool(tool) == CoapCommandTool::LibcoapClient && theirs.endsWith('\n'))
        theirs.chop(1);
    QCOMPARE(theirs.size(), ours.size());
    QCOMPARE(theirs, ours);
}

void TestCommandLine::binaryPayloadReachesTheServer()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("libcoap3-bin is not installed");
    quint16 port = 0;
    ExternalPeer server;
    // -d: PUT creates resources that GET reads back.
    QVERIFY2(server.startLibcoapServer(&port, {QStringLiteral("-d"), QStringLiteral("4")}),
             qPrintable(server.errorString()));
    QByteArray bytes;
    for (int i = 0; i < 256; i += 7)
        bytes.append(char(255 - i));
    bytes.append("'%\\\n", 4);
    const QByteArray binDir = qgetenv("COAP_EXPLORER_BIN_DIR");
    int n = 0;
    for (CoapCommandTool tool : {CoapCommandTool::LibcoapClient, CoapCommandTool::ExplorerCli}) {
        const QString path = QStringLiteral("/bin%1").arg(++n);
        CoapCommandRequest r = request(QStringLiteral("coap://127.0.0.1:%1%2").arg(port).arg(path), CoapCode::Put, bytes);
        r.message.setUintOption(CoapOptionNumber::ContentFormat, CoapContentFormat::OctetStream);
        const CoapCommandLine c = CoapCommandLineBuilder::build(tool, r);
        int exitCode = -1;
        runShell(c.command, &exitCode, binDir);
        QCOMPARE(exitCode, 0);
        QCOMPARE(ourAnswer(port, path, CoapCode::Get, {}, -1).toHex(), bytes.toHex());
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

// coap-explorer-cli against coap-explorer-cli simulate over coaps (RFC 7252 §9), both as processes:
// GET, PUT, block-wise and observe with a pre-shared key given on the command line, in a file and
// in the environment; a wrong key and an unknown identity exit 4 with one line naming the cause;
// libcoap's coap-client-openssl reaches the simulator too; missing credentials are refused.
#include "externalpeer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {
const QString kIdentity = QStringLiteral("technician");
const QString kKey = QStringLiteral("0x73656372657420666f7220636f6170"); // "secret for coap"

QString cliPath()
{
    return ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli"));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("COAP_EXPLORER_PSK"));
    return environment;
}

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1, stdout: %2, stderr: %3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

Finished run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = cliEnvironment(),
             int boundMs = 20000)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    Finished f;
    if (!p.waitForFinished(boundMs)) {
        p.kill();
        p.waitForFinished();
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    f.out = p.readAllStandardOutput();
    f.err = p.readAllStandardError();
    return f;
}

// One line on stderr, with our prefix.
bool isPlainErrorLine(const QByteArray &err)
{
    return err.startsWith("coap-explorer-cli: ") && err.count('\n') == 1;
}
} // namespace

class TestSimulateDtls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getPutObserve();
    void keySources_data();
    void keySources();
    void wrongCredentials_data();
    void wrongCredentials();
    void libcoapClient();
    void credentialsRequired();

private:
    QProcess m_simulator;
    QByteArray m_out;
    QString m_coaps;     // coaps://127.0.0.1:P of device 0
    QString m_coap;      // coap://… of device 0
};

void TestSimulateDtls::initTestCase()
{
    m_simulator.setProcessEnvironment(cliEnvironment());
    connect(&m_simulator, &QProcess::readyReadStandardOutput, this, [this] { m_out += m_simulator.readAllStandardOutput(); });
    m_simulator.start(cliPath(), {QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("2"),
                                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--psk-identity"), kIdentity,
                                  QStringLiteral("--psk"), kKey});
    QVERIFY(m_simulator.waitForStarted(5000));
    static const QRegularExpression line(QStringLiteral("^device 0 .* (coap://\\S+)  (coaps://\\S+)$"), QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT(line.match(QString::fromUtf8(m_out)).hasMatch() || m_simulator.state() != QProcess::Running, 15000);
    const auto m = line.match(QString::fromUtf8(m_out));
    QVERIFY2(m.hasMatch(), m_out.constData());
    m_coap = m.captured(1);
    m_coaps = m.captured(2);
    QVERIFY(m_coaps != m_coap);
}

void TestSimulateDtls::cleanupTestCase()
{
    if (m_simulator.state() == QProcess::Running) {
        ::kill(pid_t(m_simulator.processId()), SIGTERM); // our child's PID
        if (!m_simulator.waitForFinished(10000)) {
            m_simulator.kill();
            m_simulator.waitForFinished(3000);
        }
        QCOMPARE(m_simulator.exitCode(), 0);
    }
}

void TestSimulateDtls::getPutObserve()
{
    const QStringList credentials{QStringLiteral("--psk-identity"), kIdentity, QStringLiteral("--psk"), kKey};
    Finished f = run(cliPath(), QStringList{QStringLiteral("get")} + credentials + QStringList{m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.exitCode == 0, qPrintable(f.describe()));
    QVERIFY2(f.out.contains("\"Home gateway\""), qPrintable(f.describe()));

    f = run(cliPath(), QStringList{QStringLiteral("put"), QStringLiteral("--payload"), QStringLiteral("on")} + credentials
                               + QStringList{m_coaps + QStringLiteral("/led")});
    QVERIFY2(f.exitCode == 0, qPrintable(f.describe()));
    // The same device over plain coap sees what came in over coaps: one server, two doors.
    f = run(cliPath(), {QStringLiteral("get"), m_coap + QStringLiteral("/led")});
    QVERIFY2(f.exitCode == 0 && f.out.trimmed() == "on", qPrintable(f.describe()));

    // Block-wise over DTLS: the firmware image (≥ 64 KiB) in 256-byte blocks.
    f = run(cliPath(), QStringList{QStringLiteral("get"), QStringLiteral("--block-size"), QStringLiteral("256")} + credentials
                               + QStringList{m_coaps + QStringLiteral("/fw/image")}, cliEnvironment(), 60000);
    QVERIFY2(f.exitCode == 0, qPrintable(f.describe().left(300)));
    QVERIFY(f.out.size() > 64 * 1024);

    f = run(cliPath(), QStringList{QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("3")} + credentials
                               + QStringList{m_coaps + QStringLiteral("/sensors/temperature")});
    QVERIFY2(f.exitCode == 0, qPrintable(f.describe()));
    QCOMPARE(f.out.count("Temperature: "), 3);
}

void TestSimulateDtls::keySources_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("--psk-file") << QStringLiteral("file");
    QTest::newRow("COAP_EXPLORER_PSK") << QStringLiteral("environment");
}

void TestSimulateDtls::keySources()
{
    QFETCH(QString, source);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QStringLiteral("get"), QStringLiteral("--psk-identity"), kIdentity};
    QProcessEnvironment environment = cliEnvironment();
    if (source == QLatin1String("file")) {
        QFile file(dir.filePath(QStringLiteral("key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kKey.toLatin1() + "\n"); // as an editor saves it
        file.close();
        arguments << QStringLiteral("--psk-file") << file.fileName();
    } else {
        environment.insert(QStringLiteral("COAP_EXPLORER_PSK"), QStringLiteral("secret for coap")); // the same key as text
    }
    arguments << m_coaps + QStringLiteral("/device");
    const Finished f = run(cliPath(), arguments, environment);
    QVERIFY2(f.exitCode == 0 && f.out.contains("Home gateway"), qPrintable(f.describe()));
}

void TestSimulateDtls::wrongCredentials_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cause");
    QTest::newRow("wrong key") << kIdentity << QStringLiteral("not the key") << QStringLiteral("wrong pre-shared key");
    QTest::newRow("unknown identity") << QStringLiteral("stranger") << kKey << QStringLiteral("does not know the identity 'stranger'");
}

void TestSimulateDtls::wrongCredentials()
{
    QFETCH(QString, identity);
    QFETCH(QString, key);
    QFETCH(QString, cause);
    QElapsedTimer t;
    t.start();
    const Finished f = run(cliPath(), {QStringLiteral("get"), QStringLiteral("--psk-identity"), identity, QStringLiteral("--psk"),
                                       key, m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.exitCode == 4, qPrintable(f.describe()));
    QVERIFY2(t.elapsed() < 10000, "a wrong credential must fail within seconds");
    QVERIFY2(isPlainErrorLine(f.err) && QString::fromUtf8(f.err).contains(cause), qPrintable(f.describe()));
    QVERIFY(f.out.isEmpty());
}

void TestSimulateDtls::libcoapClient()
{
    // An independent DTLS client against our server side.
    const Finished f = run(QStringLiteral("coap-client-openssl"),
                           {QStringLiteral("-u"), kIdentity, QStringLiteral("-k"), QStringLiteral("secret for coap"),
                            QStringLiteral("-m"), QStringLiteral("get"), m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.out.contains("Home gateway"), qPrintable(f.describe()));
}

void TestSimulateDtls::credentialsRequired()
{
    Finished f = run(cliPath(), {QStringLiteral("get"), m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.exitCode == 4 && isPlainErrorLine(f.err) && f.err.contains("needs credentials"), qPrintable(f.describe()));
    f = run(cliPath(), {QStringLiteral("get"), QStringLiteral("--psk"), kKey, m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.exitCode == 2 && isPlainErrorLine(f.err) && f.err.contains("--psk-identity"), qPrintable(f.describe()));
    f = run(cliPath(), {QStringLiteral("get"), QStringLiteral("--psk-identity"), kIdentity, QStringLiteral("--psk"),
                        QStringLiteral("0xabc"), m_coaps + QStringLiteral("/device")});
    QVERIFY2(f.exitCode == 2 && isPlainErrorLine(f.err) && f.err.contains("hex"), qPrintable(f.describe()));
    f = run(cliPath(), {QStringLiteral("simulate"), QStringLiteral("--psk"), kKey});
    QVERIFY2(f.exitCode == 2 && isPlainErrorLine(f.err) && f.err.contains("--psk-identity"), qPrintable(f.describe()));
}

QTEST_GUILESS_MAIN(TestSimulateDtls)
#include "tst_simulatedtls.moc"

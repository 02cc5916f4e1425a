#include "externalpeer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>

bool ExternalPeer::udpPortBound(quint16 port)
{
    // Lines such as "  12: 0100007F:BB94 00000000:0000 07 …": the local address, a colon, the
    // port in hexadecimal.
    const QByteArray needle = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0') + ' ';
    for (const char *table : {"/proc/net/udp", "/proc/net/udp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 1 && (fields.at(1) + ' ').endsWith(needle))
                return true;
        }
    }
    return false;
}

quint16 ExternalPeer::freeUdpPort(bool pairFree)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = probe.localPort();
        if (!pairFree || port == 65535)
            return port;
        QUdpSocket next;
        if (next.bind(QHostAddress::LocalHost, quint16(port + 1)))
            return port;
    }
    return 0;
}

QString ExternalPeer::ourBinary(const QString &name)
{
    const QByteArray dir = qgetenv("COAP_EXPLORER_BIN_DIR");
    return dir.isEmpty() ? name : QString::fromLocal8Bit(dir) + QLatin1Char('/') + name;
}

bool ExternalPeer::haveProgram(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool ExternalPeer::start(const QString &program, const QStringList &arguments)
{
    stop();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    return true;
}

bool ExternalPeer::startCoapServer(const QString &program, const QStringList &arguments, quint16 port,
                                   int readyTimeoutMs)
{
    if (!start(program, arguments))
        return false;
    if (!waitForCoap(port, readyTimeoutMs)) {
        m_error = QStringLiteral("%1 did not answer a CoAP ping on port %2; its output: %3")
                          .arg(program).arg(port).arg(QString::fromLocal8Bit(m_process.readAll()));
        stop();
        return false;
    }
    return true;
}

bool ExternalPeer::startLibcoapServer(quint16 *port, const QStringList &extra, const QString &program)
{
    *port = freeUdpPort();
    if (*port == 0) {
        m_error = QStringLiteral("no free UDP port on 127.0.0.1");
        return false;
    }
    return startCoapServer(program, QStringList{QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                QString::number(*port)} + extra, *port);
}

QByteArray ExternalPeer::libcoapGet(const QString &uri, const QStringList &extra)
{
    QProcess p;
    p.start(QStringLiteral("coap-client-notls"), QStringList{QStringLiteral("-m"), QStringLiteral("get")} + extra + QStringList{uri});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(3000);
        return {};
    }
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

bool ExternalPeer::waitForCoap(quint16 port, int timeoutMs, const QHostAddress &address)
{
    QUdpSocket socket;
    if (!socket.bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                          : QHostAddress::AnyIPv4, 0))
        return false;
    QElapsedTimer timer;
    timer.start();
    quint16 mid = 0x4242;
    while (timer.elapsed() < timeoutMs) {
        // An empty CON: every CoAP endpoint answers RST (RFC 7252 §4.3).
        const char ping[4] = {0x40, 0x00, char(mid >> 8), char(mid & 0xff)};
        socket.writeDatagram(ping, 4, address, port);
        if (socket.waitForReadyRead(100)) {
            while (socket.hasPendingDatagrams()) {
                QByteArray answer(int(socket.pendingDatagramSize()), 0);
                socket.readDatagram(answer.data(), answer.size());
                if (answer.size() >= 4 && (quint8(answer[0]) & 0x30) == 0x30)
                    return true;
            }
        }
        ++mid;
    }
    return false;
}

void ExternalPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to this PID only
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

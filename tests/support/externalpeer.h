#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>

// Starts an external program (libcoap's coap-server-notls, the npm coap package, our own CLI) for a
// test, on a free port, and ends it by its PID when the test is done (TESTBED.md: never by name).
class ExternalPeer
{
public:
    ExternalPeer() = default;
    ~ExternalPeer() { stop(); }
    ExternalPeer(const ExternalPeer &) = delete;
    ExternalPeer &operator=(const ExternalPeer &) = delete;

    // A UDP port that was free a moment ago on 127.0.0.1 (and its successor, for coaps on P+1,
    // when pairFree is set).
    static quint16 freeUdpPort(bool pairFree = false);
    // Path of one of our executables in <build dir>/bin (from COAP_EXPLORER_BIN_DIR).
    static QString ourBinary(const QString &name);
    static bool haveProgram(const QString &program);
    // Whether a UDP socket is bound to this port on any address (Linux: /proc/net/udp and udp6),
    // for a peer that speaks no CoAP to wait for (QTRY_VERIFY): since the DTLS transport hears
    // ICMP "port unreachable", a handshake sent before the peer listens ends at once.
    static bool udpPortBound(quint16 port);

    // Starts the program; then waits (bounded) until a CoAP ping to 127.0.0.1:port gets an answer.
    bool startCoapServer(const QString &program, const QStringList &arguments, quint16 port,
                         int readyTimeoutMs = 10000);
    // A libcoap server (`program -A 127.0.0.1 -p PORT extra…`) on a free port, stored in *port;
    // then waits for it as startCoapServer() does.
    bool startLibcoapServer(quint16 *port, const QStringList &extra = {},
                            const QString &program = QStringLiteral("coap-server-notls"));
    // What `coap-client-notls -m get extra… uri` prints, minus the newline it appends (bounded:
    // 30 s); empty when it did not finish.
    static QByteArray libcoapGet(const QString &uri, const QStringList &extra = {});
    bool start(const QString &program, const QStringList &arguments);
    void stop();
    QProcess &process() { return m_process; }
    QString errorString() const { return m_error; }

    // Sends a CoAP ping (empty CON) to 127.0.0.1:port until answered or the time is up.
    static bool waitForCoap(quint16 port, int timeoutMs, const QHostAddress &address = QHostAddress::LocalHost);

private:
    QProcess m_process;
    QString m_error;
};

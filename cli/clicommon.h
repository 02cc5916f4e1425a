#pragma once

#include "coapclient.h"
#include "coapdtlstransport.h"
#include "coapproxy.h"
#include "coapuri.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <memory>

class CoapPcapngWriter;

// Shared pieces of coap-explorer-cli's commands: options common to the request commands,
// building a CoapRequest from them, and the output formats (docs/cli.md).
namespace Cli {

QTextStream &out();
QTextStream &err();
// "coap-explorer-cli: " + message, one line on stderr.
void error(const QString &message);

// Options shared by get/post/…/observe. Add them to a parser, then read them with buildRequest().
void addRequestOptions(QCommandLineParser &parser, bool withPayload);
void addOutputOptions(QCommandLineParser &parser);

struct RequestSetup
{
    CoapRequest request;
    CoapUri uri;
    qint64 timeoutMs = 0;
    bool json = false;
    bool verbose = false;
    bool secure = false;          // a coaps:// URI (or proxy): over DTLS (RFC 7252 §9)
    CoapSecurityConfig security;  // its credentials, from the security options
    CoapProxy proxy;              // --proxy: the forward proxy the request goes through (RFC 7252 §5.7.2)
    CoapTransmissionParameters parameters; // --ack-timeout, --max-retransmit (RFC 7252 defaults otherwise)
};
// Reads URI, method and options. On bad input returns false with a plain sentence in *problem
// (and the exit status to use in *exitStatus).
bool buildRequest(const QCommandLineParser &parser, quint8 method, const QString &uriText, RequestSetup *setup,
                  QString *problem, int *exitStatus);

// With --proxy: one plain sentence explaining a 5.02, 5.04 or 5.05 response (it names the proxy
// when one was used); empty for every other code.
QString proxyResponseSentence(quint8 code, const RequestSetup &setup);

// For ping: only the URI's endpoint, --timeout, --json and --verbose.
bool buildPingRequest(const QCommandLineParser &parser, const QString &uriText, RequestSetup *setup,
                      QString *problem, int *exitStatus);

// --psk-identity, --psk, --psk-file, --cert, --key, --ca (for coaps:// URIs). addRequestOptions()
// adds them too. The key may also come from the environment variable COAP_EXPLORER_PSK.
void addSecurityOptions(QCommandLineParser &parser, bool withCa = true);
inline constexpr const char *PskEnvironmentVariable = "COAP_EXPLORER_PSK";
// --psk-identity with --psk, --psk-file or COAP_EXPLORER_PSK (in that order); --cert with --key.
// Untouched when not given; false with a sentence in *problem on bad input.
bool readPskOptions(const QCommandLineParser &parser, QByteArray *identity, QByteArray *key, QString *problem);
bool readCertificateOptions(const QCommandLineParser &parser, std::optional<QSslCertificate> *certificate,
                            std::optional<QSslKey> *privateKey, QString *problem);

// The client transport for setup: UDP for coap://, DTLS with setup.security for coaps://, bound
// to a free port. On failure returns nullptr with a sentence in *problem.
std::unique_ptr<CoapTransport> makeClientTransport(const RequestSetup &setup, QString *problem);

// Remembers the first DTLS failure of a transport and aborts the reply, so a wrong key ends the
// command at once (exit 4) rather than after the retransmissions.
struct SecurityFailure
{
    bool failed = false;
    CoapSecurityError error = CoapSecurityError::None;
    QString detail;
    CoapEndpoint peer;
};
void watchSecurity(CoapTransport *transport, CoapReply *reply, SecurityFailure *failure);
// One plain sentence naming the cause.
QString describeSecurityFailure(const SecurityFailure &failure, const RequestSetup &setup);

// Parses "--option NUM=VALUE" (NUM a number or a registered name; VALUE "0x…" hex, else by the
// option's format). Returns false with a sentence in *problem.
bool parseOptionArgument(const QString &text, CoapOption *option, QString *problem);

// One response as the JSON object of docs/cli.md.
QJsonObject responseJson(const CoapMessage &message, const CoapEndpoint &source, double rttMs);
QString jsonLine(const QJsonObject &object);

// The parser's --help text with the usage line naming the subcommand ("Usage: coap-explorer-cli
// get [options] URI") rather than the executable's path.
QString helpText(const QCommandLineParser &parser, const QString &command);

// Exit status for a finished reply (commands.h).
int exitStatusFor(const CoapReply *reply);
// A plain sentence for an exchange that failed.
QString describeFailure(const CoapReply *reply, const RequestSetup &setup);
// Prints every datagram decoded to stderr (--verbose).
void attachVerbose(CoapMessageLayer *layer);
// Shows block-wise progress on stderr when it is a terminal and the body exceeds 64 KiB.
void attachProgress(CoapReply *reply);

// --pcap FILE (every subcommand; addOutputOptions() adds it too): every datagram the command sends
// and receives, written as pcapng for Wireshark/tshark as it happens (each one flushed, so that
// Ctrl-C leaves a complete file). DTLS datagrams are written as their plaintext CoAP.
void addPcapOption(QCommandLineParser &parser);
class PcapRecorder
{
public:
    PcapRecorder();
    ~PcapRecorder();
    // Opens the file named by --pcap; true when --pcap was not given. On failure false with a
    // sentence in *problem.
    bool open(const QCommandLineParser &parser, QString *problem);
    bool isOpen() const { return m_writer != nullptr; }
    // Records every datagram of the layer from now on (the layer is not owned).
    void attach(CoapMessageLayer *layer);
    void record(const CoapDatagramEvent &event);

private:
    QFile m_file;
    std::unique_ptr<CoapPcapngWriter> m_writer;
    bool m_failed = false;
};

// Makes the process's SIGINT and SIGTERM arrive as a Qt signal, so Ctrl-C ends a command cleanly.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;
Q_SIGNALS:
    void interrupted();
};

} // namespace Cli

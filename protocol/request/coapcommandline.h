#pragma once

#include "coapmessage.h"
#include "coapuri.h"

#include <QByteArray>
#include <QList>
#include <QString>

// "Copy as command": one request as a command line for another tool, quoted for a POSIX shell.
// Pure code (Qt Core): the window and the tests build the same strings. Words for people are not
// made here; what a tool cannot express comes back as CoapCommandIssue values.

enum class CoapCommandTool : quint8 {
    LibcoapClient,  // coap-client-notls, or coap-client-openssl for coaps:// (libcoap 4.3)
    AiocoapClient,  // aiocoap-client
    ExplorerCli,    // coap-explorer-cli
    CurlGateway,    // curl through coap-explorer-cli http-gateway (RFC 8075 URI mapping)
};

struct CoapCommandRequest
{
    CoapUri uri;           // scheme, host, port, path and query; the message's Uri-* options are ignored
    CoapMessage message;   // method, CON/NON, the other options, payload
    int blockSzx = -1;     // preferred block size exponent 0..6 (16..1024 bytes); -1 = tool default
    // The sender's retransmission settings where they differ from the defaults (ACK_TIMEOUT in ms,
    // MAX_RETRANSMIT, block retries); -1 = the default. coap-explorer-cli carries them as flags.
    int ackTimeoutMs = -1;
    int maxRetransmit = -1;
    int blockRetries = -1;
    QByteArray pskIdentity; // coaps:// with a pre-shared key: the identity (the key is read from
                            // $COAP_EXPLORER_PSK when the command runs, never written out)
    QString gateway = QStringLiteral("http://127.0.0.1:8080"); // the HTTP gateway's base URL, for curl
};

enum class CoapCommandIssue : quint8 {
    OptionLeftOut,        // the tool has no way to send this option (CoapCommandNote::option)
    NonConfirmableLost,   // the tool always sends CON (curl through the gateway)
    BlockSizeLeftOut,     // the tool cannot choose the block size
    PayloadThroughPrintf, // a binary payload is produced by printf(1) and piped in
    KeyFromEnvironment,   // the pre-shared key is read from $COAP_EXPLORER_PSK
    CredentialsNeeded,    // coaps://: the tool needs its own credentials set up (certificates, or
                          // aiocoap's credentials file)
    RetransmissionLeftOut, // the tool has no flags for the sender's ACK_TIMEOUT, MAX_RETRANSMIT or
                           // block retries: it uses its own
};

struct CoapCommandNote
{
    CoapCommandIssue issue = CoapCommandIssue::OptionLeftOut;
    quint16 option = 0; // for OptionLeftOut
    friend bool operator==(const CoapCommandNote &, const CoapCommandNote &) = default;
};

struct CoapCommandLine
{
    QString command;              // one line (a text payload may hold line breaks inside quotes)
    QList<CoapCommandNote> notes; // what the command leaves out or does differently
};

namespace CoapCommandLineBuilder {
// Quoted for a POSIX shell: bare when only safe characters, else in single quotes with each ' as '\''.
QString shellQuote(const QString &word);
// A printf(1) format, already quoted, that writes exactly these bytes (octal escapes, POSIX).
QString printfBytes(const QByteArray &bytes);
// True when the payload is UTF-8 text without control characters other than tab and line breaks.
bool isTextPayload(const QByteArray &payload);
CoapCommandLine build(CoapCommandTool tool, const CoapCommandRequest &request);
// The program name the command starts with ("coap-client-notls", "curl" …).
QString programName(CoapCommandTool tool, const CoapCommandRequest &request);
} // namespace CoapCommandLineBuilder

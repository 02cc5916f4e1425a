#include "clicommon.h"

#include "coapblockwise.h"
#include "coapcapture.h"

#include "commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSslKey>
#include <QStringDecoder>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void error(const QString &message)
{
    err() << "coap-explorer-cli: " << message << Qt::endl;
}

void addRequestOptions(QCommandLineParser &parser, bool withPayload)
{
    if (withPayload) {
        parser.addOption({QStringLiteral("payload"), QCoreApplication::translate("cli", "Send TEXT as the request payload."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("payload-file"),
                          QCoreApplication::translate("cli", "Send the contents of FILE as the payload ('-' reads standard input)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("content-format"),
                          QCoreApplication::translate("cli", "Content-Format of the payload: a media type such as "
                                                             "application/json, a short name (text, json, cbor, link, "
                                                             "senml+json) or a number."),
                          QStringLiteral("CF")});
    }
    parser.addOption({QStringLiteral("accept"),
                      QCoreApplication::translate("cli", "Accept: the Content-Format wanted in the response (name or number)."),
                      QStringLiteral("CF")});
    parser.addOption({QStringLiteral("option"),
                      QCoreApplication::translate("cli", "Add an option; NUM is a number or a registered name (Uri-Query, "
                                                         "ETag, If-Match…); VALUE '0x…' is hex, otherwise read as the "
                                                         "option's format. Repeatable."),
                      QStringLiteral("NUM=VALUE")});
    parser.addOption({QStringLiteral("non"), QCoreApplication::translate("cli", "Send a non-confirmable (NON) request.")});
    parser.addOption({QStringLiteral("token"), QCoreApplication::translate("cli", "Use this token (hex, up to 8 bytes) instead of a random one."),
                      QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("timeout"),
                      QCoreApplication::translate("cli", "Give up after SECONDS without a response (default: the "
                                                         "retransmission limits, 93 s with the default --ack-timeout "
                                                         "and --max-retransmit)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("block-size"),
                      QCoreApplication::translate("cli", "Block size for block-wise transfers: 16, 32, 64, 128, 256, 512 or 1024 (default 1024)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("ack-timeout"),
                      QCoreApplication::translate("cli", "Wait MS milliseconds for the acknowledgement of a confirmable "
                                                         "message before the first retransmission; each one after "
                                                         "waits twice as long (ACK_TIMEOUT, RFC 7252 §4.8: 100 to "
                                                         "60000, default 2000)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("max-retransmit"),
                      QCoreApplication::translate("cli", "Send an unacknowledged confirmable message again at most N "
                                                         "times (MAX_RETRANSMIT, RFC 7252 §4.8: 0 to 20, default 4)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("block-retries"),
                      QCoreApplication::translate("cli", "Block-wise transfers: when the exchange of a block gets no "
                                                         "answer, try that block again in a new exchange, at most N "
                                                         "times in a row (0 to 10, default 2)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("proxy"),
                      QCoreApplication::translate("cli", "Send the request through the CoAP forward proxy at URI "
                                                         "(coap://host[:port] or coaps://…, RFC 7252 §5.7); the proxy "
                                                         "reaches the device. The target is named in a Proxy-Uri option."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("proxy-scheme-options"),
                      QCoreApplication::translate("cli", "With --proxy: name the target with Proxy-Scheme and "
                                                         "Uri-Host/Uri-Port/Uri-Path/Uri-Query instead of Proxy-Uri.")});
    addSecurityOptions(parser);
}

void addSecurityOptions(QCommandLineParser &parser, bool withCa)
{
    parser.addOption({QStringLiteral("psk-identity"),
                      QCoreApplication::translate("cli", "coaps: the pre-shared key identity to present."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("psk"),
                      QCoreApplication::translate("cli", "coaps: the pre-shared key, as text or 0x… hex. Visible in the shell "
                                                         "history; prefer --psk-file or the environment variable %1.")
                              .arg(QLatin1String(PskEnvironmentVariable)),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("psk-file"),
                      QCoreApplication::translate("cli", "coaps: read the pre-shared key (text or 0x… hex) from FILE; a final "
                                                         "newline is ignored."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("cert"),
                      QCoreApplication::translate("cli", "coaps: our client certificate (PEM), with --key."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"),
                      QCoreApplication::translate("cli", "coaps: the private key (PEM, unencrypted) of --cert."), QStringLiteral("FILE")});
    if (withCa)
        parser.addOption({QStringLiteral("ca"),
                          QCoreApplication::translate("cli", "coaps: check the device's certificate against the CA certificates in "
                                                             "FILE (PEM), or against the system's store with 'system'."),
                          QStringLiteral("FILE")});
}

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print each response as one line of JSON.")});
    parser.addOption({QStringLiteral("verbose"), QCoreApplication::translate("cli", "Print every datagram, decoded, to standard error, and why a message got no further.")});
    addPcapOption(parser);
}

void addPcapOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("pcap"),
                      QCoreApplication::translate("cli", "Write every datagram sent and received to FILE as pcapng, for "
                                                         "Wireshark or tshark (DTLS as its plaintext CoAP)."),
                      QStringLiteral("FILE")});
}

PcapRecorder::PcapRecorder() = default;
PcapRecorder::~PcapRecorder() = default;

bool PcapRecorder::open(const QCommandLineParser &parser, QString *problem)
{
    if (!parser.isSet(QStringLiteral("pcap")))
        return true;
    const QString name = parser.value(QStringLiteral("pcap"));
    m_file.setFileName(name);
    if (name.isEmpty() || !m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *problem = QCoreApplication::translate("cli", "cannot write the capture file '%1': %2").arg(name, m_file.errorString());
        return false;
    }
    m_writer = std::make_unique<CoapPcapngWriter>(&m_file);
    if (!m_writer->writeHeader() || !m_file.flush()) {
        *problem = QCoreApplication::translate("cli", "cannot write the capture file '%1': %2").arg(name, m_file.errorString());
        m_writer.reset();
        return false;
    }
    return true;
}

void PcapRecorder::attach(CoapMessageLayer *layer)
{
    if (!m_writer)
        return;
    QObject::connect(layer, &CoapMessageLayer::datagramEvent, layer, [this](const CoapDatagramEvent &e) { record(e); });
}

void PcapRecorder::record(const CoapDatagramEvent &event)
{
    if (!m_writer || m_failed)
        return;
    const qint64 us = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();
    if (!m_writer->writeEvent(event, us) || !m_file.flush()) {
        // Said once; the command itself goes on (the capture is a side product).
        m_failed = true;
        error(QCoreApplication::translate("cli", "writing the capture file '%1' failed: %2")
                      .arg(m_file.fileName(), m_file.errorString()));
    }
}

bool parseOptionArgument(const QString &text, CoapOption *option, QString *problem)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString name = (eq < 0 ? text : text.left(eq)).trimmed();
    const QString value = eq < 0 ? QString() : text.mid(eq + 1);
    bool isNumber = false;
    const uint number = name.toUInt(&isNumber, 0);
    std::optional<CoapOptionInfo> info;
    quint16 optionNumber = 0;
    if (isNumber) {
        if (number == 0 || number > 65535) {
            *problem = QCoreApplication::translate("cli", "option number %1 is out of range (1 to 65535)").arg(name);
            return false;
        }
        optionNumber = quint16(number);
        info = coapOptionInfo(optionNumber);
    } else {
        info = coapOptionInfoByName(name);
        if (!info) {
            *problem = QCoreApplication::translate("cli", "unknown option name '%1' (use a registered name such as "
                                                          "Uri-Query or ETag, or a number)").arg(name);
            return false;
        }
        optionNumber = info->number;
    }
    QByteArray bytes;
    if (value.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const QString hex = value.mid(2);
        static const QRegularExpression hexDigits(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        if (!hexDigits.match(hex).hasMatch()) {
            *problem = QCoreApplication::translate("cli", "option value '%1' is not hex (an even number of 0-9, a-f after 0x)").arg(value);
            return false;
        }
        bytes = QByteArray::fromHex(hex.toLatin1());
    } else if (info && info->format == CoapOptionFormat::Uint) {
        bool ok = false;
        const quint64 n = value.toULongLong(&ok);
        if (!ok) {
            *problem = QCoreApplication::translate("cli", "option %1 takes a number, not '%2'")
                               .arg(QString::fromLatin1(info->name), value);
            return false;
        }
        bytes = coapEncodeUint(n);
    } else if (info && info->format == CoapOptionFormat::Empty) {
        if (!value.isEmpty()) {
            *problem = QCoreApplication::translate("cli", "option %1 takes no value").arg(QString::fromLatin1(info->name));
            return false;
        }
    } else {
        bytes = value.toUtf8();
    }
    if (info && (bytes.size() < info->minLength || bytes.size() > info->maxLength)) {
        *problem = QCoreApplication::translate("cli", "option %1 must be %2 to %3 bytes long, '%4' is %5")
                           .arg(QString::fromLatin1(info->name)).arg(info->minLength).arg(info->maxLength)
                           .arg(value).arg(bytes.size());
        return false;
    }
    *option = CoapOption(optionNumber, bytes);
    return true;
}

static QString uriErrorSentence(CoapUriError error)
{
    switch (error) {
    case CoapUriError::None: return {};
    case CoapUriError::Empty: return QCoreApplication::translate("cli", "the URI is empty");
    case CoapUriError::MissingScheme: return QCoreApplication::translate("cli", "the URI has no scheme; start it with coap:// or coaps://");
    case CoapUriError::UnsupportedScheme: return QCoreApplication::translate("cli", "only coap:// and coaps:// URIs are supported");
    case CoapUriError::MissingHost: return QCoreApplication::translate("cli", "the URI has no host");
    case CoapUriError::InvalidHost: return QCoreApplication::translate("cli", "the host is not valid");
    case CoapUriError::InvalidPort: return QCoreApplication::translate("cli", "the port must be a number from 1 to 65535");
    case CoapUriError::Fragment: return QCoreApplication::translate("cli", "CoAP URIs cannot have a fragment ('#')");
    case CoapUriError::InvalidPercentEncoding: return QCoreApplication::translate("cli", "a '%' is not followed by two hex digits");
    case CoapUriError::InvalidIpv6Literal: return QCoreApplication::translate("cli", "the IPv6 address is not valid (write it in brackets, e.g. coap://[fe80::1%25eth0]/)");
    case CoapUriError::InvalidZone: return QCoreApplication::translate("cli", "the IPv6 zone after %25 is not valid");
    case CoapUriError::InvalidCharacter: return QCoreApplication::translate("cli", "a character is not allowed here (percent-encode it)");
    }
    return {};
}

static bool parseUri(const QString &uriText, RequestSetup *setup, QString *problem, int *exitStatus);
static bool parseProxy(const QCommandLineParser &parser, RequestSetup *setup, QString *problem);
// --ack-timeout, --max-retransmit and --block-retries: whole numbers within the window's ranges.
static bool parseTransmissionOptions(const QCommandLineParser &parser, RequestSetup *setup, QString *problem)
{
    const auto number = [&](const QString &name, int low, int high, int *value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n < low || n > high) {
            *problem = QCoreApplication::translate("cli", "--%1 takes a whole number from %2 to %3, not '%4'")
                               .arg(name).arg(low).arg(high).arg(parser.value(name));
            return false;
        }
        *value = n;
        return true;
    };
    int ackTimeoutMs = int(setup->parameters.ackTimeoutMs);
    using Limits = CoapTransmissionParameters;
    if (!number(QStringLiteral("ack-timeout"), Limits::kMinUserAckTimeoutMs, Limits::kMaxUserAckTimeoutMs, &ackTimeoutMs)
        || !number(QStringLiteral("max-retransmit"), 0, Limits::kMaxMaxRetransmit, &setup->parameters.maxRetransmit)
        || !number(QStringLiteral("block-retries"), 0, CoapClient::kMaxBlockRetries, &setup->request.blockRetries))
        return false;
    setup->parameters.ackTimeoutMs = ackTimeoutMs;
    return true;
}

static bool parseTimeout(const QCommandLineParser &parser, RequestSetup *setup, QString *problem);
static bool parseSecurity(const QCommandLineParser &parser, RequestSetup *setup, QString *problem, int *exitStatus);

bool buildRequest(const QCommandLineParser &parser, quint8 method, const QString &uriText, RequestSetup *setup,
                  QString *problem, int *exitStatus)
{
    if (!parseUri(uriText, setup, problem, exitStatus) || !parseProxy(parser, setup, problem))
        return false;
    if (!parseTimeout(parser, setup, problem) || !parseSecurity(parser, setup, problem, exitStatus))
        return false;
    const CoapUri &uri = setup->uri;
    CoapRequest &request = setup->request;
    request.message = CoapMessage(CoapType::Confirmable, method);
    // Straight to the URI, or to the proxy with the target in Proxy-Uri or Proxy-Scheme + Uri-*.
    switch (coapAddressRequest(&request, uri, setup->proxy)) {
    case CoapProxyError::None:
        break;
    case CoapProxyError::TargetHasZone:
        *problem = QCoreApplication::translate("cli", "the URI names an IPv6 zone ('%25…'), which means nothing to the "
                                                      "proxy; use the device's global address or leave out --proxy");
        return false;
    case CoapProxyError::TargetTooLong:
        *problem = QCoreApplication::translate("cli", "the URI is longer than the 1034 bytes a Proxy-Uri option holds; "
                                                      "add --proxy-scheme-options");
        return false;
    default:
        *problem = QCoreApplication::translate("cli", "the request cannot be sent through the proxy");
        return false;
    }
    request.confirmable = !parser.isSet(QStringLiteral("non"));

    if (parser.isSet(QStringLiteral("token"))) {
        const QString hex = parser.value(QStringLiteral("token"));
        static const QRegularExpression hexDigits(QStringLiteral("^([0-9A-Fa-f]{2}){0,8}$"));
        if (!hexDigits.match(hex).hasMatch()) {
            *problem = QCoreApplication::translate("cli", "--token takes 0 to 8 bytes as hex, e.g. a1b2c3, not '%1'").arg(hex);
            return false;
        }
        request.token = QByteArray::fromHex(hex.toLatin1());
    }
    if (parser.isSet(QStringLiteral("block-size"))) {
        const int szx = CoapBlockValue::szxForSize(parser.value(QStringLiteral("block-size")).toInt());
        if (szx < 0) {
            *problem = QCoreApplication::translate("cli", "--block-size must be 16, 32, 64, 128, 256, 512 or 1024, not '%1'")
                               .arg(parser.value(QStringLiteral("block-size")));
            return false;
        }
        request.blockSzx = szx;
    }
    if (!parseTransmissionOptions(parser, setup, problem))
        return false;
    const auto contentFormatOption = [&](const QString &name, quint16 number) {
        if (!parser.isSet(name))
            return true;
        const int cf = coapContentFormatFromString(parser.value(name));
        if (cf < 0) {
            *problem = QCoreApplication::translate("cli", "--%1: unknown content format '%2' (use a media type such as "
                                                          "application/json, a short name, or a number)")
                               .arg(name, parser.value(name));
            return false;
        }
        request.message.setUintOption(number, quint64(cf));
        return true;
    };
    if (!contentFormatOption(QStringLiteral("accept"), CoapOptionNumber::Accept))
        return false;
    const QStringList names = parser.optionNames();
    if (names.contains(QStringLiteral("content-format"))
        && !contentFormatOption(QStringLiteral("content-format"), CoapOptionNumber::ContentFormat))
        return false;
    for (const QString &text : parser.values(QStringLiteral("option"))) {
        CoapOption option;
        if (!parseOptionArgument(text, &option, problem)) {
            *problem = QStringLiteral("--option %1: %2").arg(text, *problem);
            return false;
        }
        request.message.addOption(option);
    }
    if (names.contains(QStringLiteral("payload")) && parser.isSet(QStringLiteral("payload")))
        request.message.setPayload(parser.value(QStringLiteral("payload")).toUtf8());
    if (names.contains(QStringLiteral("payload-file")) && parser.isSet(QStringLiteral("payload-file"))) {
        const QString path = parser.value(QStringLiteral("payload-file"));
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *problem = QCoreApplication::translate("cli", "cannot read the payload file '%1': %2").arg(path, file.errorString());
            return false;
        }
        request.message.setPayload(file.readAll());
    }
    setup->json = parser.isSet(QStringLiteral("json"));
    setup->verbose = parser.isSet(QStringLiteral("verbose"));
    return true;
}

static bool parseUri(const QString &uriText, RequestSetup *setup, QString *problem, int *exitStatus)
{
    *exitStatus = CliExit::Usage;
    const CoapUriParseResult parsed = CoapUri::parse(uriText);
    if (!parsed.ok()) {
        *problem = QCoreApplication::translate("cli", "bad URI '%1': %2 (at character %3)")
                           .arg(uriText, uriErrorSentence(parsed.error)).arg(parsed.errorPosition + 1);
        return false;
    }
    setup->uri = parsed.uri;
    setup->secure = parsed.uri.secure();
    return true;
}

static bool parseProxy(const QCommandLineParser &parser, RequestSetup *setup, QString *problem)
{
    const QStringList names = parser.optionNames();
    if (!names.contains(QStringLiteral("proxy")) || !parser.isSet(QStringLiteral("proxy"))) {
        if (names.contains(QStringLiteral("proxy-scheme-options")) && parser.isSet(QStringLiteral("proxy-scheme-options"))) {
            *problem = QCoreApplication::translate("cli", "--proxy-scheme-options needs --proxy URI");
            return false;
        }
        return true;
    }
    const QString text = parser.value(QStringLiteral("proxy"));
    const CoapProxyMode mode = parser.isSet(QStringLiteral("proxy-scheme-options")) ? CoapProxyMode::ProxyScheme
                                                                                   : CoapProxyMode::ProxyUri;
    CoapProxyError error = CoapProxyError::None;
    CoapUriParseResult parsed;
    const CoapProxy proxy = CoapProxy::parse(text, mode, &error, &parsed);
    if (error == CoapProxyError::InvalidProxyUri) {
        *problem = QCoreApplication::translate("cli", "bad proxy URI '%1': %2 (at character %3); write it as "
                                                      "coap://host[:port]")
                           .arg(text, uriErrorSentence(parsed.error)).arg(parsed.errorPosition + 1);
        return false;
    }
    if (error == CoapProxyError::ProxyHasPath) {
        *problem = QCoreApplication::translate("cli", "bad proxy URI '%1': a proxy is only a host and a port, e.g. "
                                                      "coap://%2; put the path in the request's URI")
                           .arg(text, proxy.uri.isValid() ? proxy.uri.authority() : parsed.uri.authority());
        return false;
    }
    setup->proxy = proxy;
    // DTLS (and its credentials) are for the hop to the proxy: a coaps:// proxy secures it.
    setup->secure = proxy.uri.secure();
    return true;
}

static bool readPemFile(const QString &option, const QString &path, QByteArray *data, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("cli", "--%1: cannot read '%2': %3").arg(option, path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

bool readPskOptions(const QCommandLineParser &parser, QByteArray *identity, QByteArray *key, QString *problem)
{
    const QStringList names = parser.optionNames();
    const auto given = [&](const char *name) {
        return names.contains(QLatin1String(name)) && parser.isSet(QLatin1String(name));
    };
    QString keyText;
    QString keySource;
    if (given("psk")) {
        keyText = parser.value(QStringLiteral("psk"));
        keySource = QStringLiteral("--psk");
    } else if (given("psk-file")) {
        const QString path = parser.value(QStringLiteral("psk-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QCoreApplication::translate("cli", "--psk-file: cannot read '%1': %2").arg(path, file.errorString());
            return false;
        }
        QByteArray bytes = file.readAll();
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        keyText = QString::fromUtf8(bytes);
        keySource = QStringLiteral("--psk-file");
    } else if (qEnvironmentVariableIsSet(PskEnvironmentVariable)) {
        keyText = qEnvironmentVariable(PskEnvironmentVariable);
        keySource = QLatin1String(PskEnvironmentVariable);
    }
    if (!keySource.isEmpty()) {
        if (!CoapSecurityConfig::parseKey(keyText, key)) {
            *problem = QCoreApplication::translate("cli", "%1: the key is empty or not hex (an even number of 0-9, a-f after 0x)")
                               .arg(keySource);
            return false;
        }
        if (!given("psk-identity")) {
            *problem = QCoreApplication::translate("cli", "a pre-shared key needs its identity: add --psk-identity ID");
            return false;
        }
    }
    if (given("psk-identity")) {
        *identity = parser.value(QStringLiteral("psk-identity")).toUtf8();
        if (key->isEmpty()) {
            *problem = QCoreApplication::translate("cli", "--psk-identity needs a key: --psk KEY, --psk-file FILE or the "
                                                          "environment variable %1").arg(QLatin1String(PskEnvironmentVariable));
            return false;
        }
    }
    return true;
}

bool readCertificateOptions(const QCommandLineParser &parser, std::optional<QSslCertificate> *certificate,
                            std::optional<QSslKey> *privateKey, QString *problem)
{
    const QStringList names = parser.optionNames();
    const auto given = [&](const char *name) {
        return names.contains(QLatin1String(name)) && parser.isSet(QLatin1String(name));
    };
    if (given("cert") != given("key")) {
        *problem = QCoreApplication::translate("cli", "--cert and --key go together");
        return false;
    }
    if (!given("cert"))
        return true;
    QByteArray pem;
    if (!readPemFile(QStringLiteral("cert"), parser.value(QStringLiteral("cert")), &pem, problem))
        return false;
    const auto certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *problem = QCoreApplication::translate("cli", "--cert: '%1' holds no PEM certificate").arg(parser.value(QStringLiteral("cert")));
        return false;
    }
    *certificate = certificates.first();
    if (!readPemFile(QStringLiteral("key"), parser.value(QStringLiteral("key")), &pem, problem))
        return false;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        *privateKey = QSslKey(pem, algorithm);
        if (!(*privateKey)->isNull())
            break;
    }
    if ((*privateKey)->isNull()) {
        *problem = QCoreApplication::translate("cli", "--key: '%1' holds no unencrypted EC or RSA private key (PEM)")
                           .arg(parser.value(QStringLiteral("key")));
        return false;
    }
    return true;
}

// The security options, for a coaps URI; with a coap URI they are ignored.
static bool parseSecurity(const QCommandLineParser &parser, RequestSetup *setup, QString *problem, int *exitStatus)
{
    *exitStatus = CliExit::Usage;
    if (!setup->secure)
        return true;
    const QStringList names = parser.optionNames();
    const auto given = [&](const char *name) {
        return names.contains(QLatin1String(name)) && parser.isSet(QLatin1String(name));
    };
    CoapSecurityConfig &c = setup->security;
    if (!readPskOptions(parser, &c.pskIdentity, &c.psk, problem)
        || !readCertificateOptions(parser, &c.certificate, &c.privateKey, problem))
        return false;
    bool checkCertificate = false;
    if (given("ca")) {
        const QString ca = parser.value(QStringLiteral("ca"));
        checkCertificate = true;
        if (ca == QLatin1String("system")) {
            c.useSystemCaStore = true;
        } else {
            QByteArray pem;
            if (!readPemFile(QStringLiteral("ca"), ca, &pem, problem))
                return false;
            c.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
            c.useSystemCaStore = false;
            if (c.caCertificates.isEmpty()) {
                *problem = QCoreApplication::translate("cli", "--ca: '%1' holds no PEM certificate").arg(ca);
                return false;
            }
        }
    }
    if (!c.hasPsk() && !checkCertificate && !c.hasCertificate()) {
        *problem = QCoreApplication::translate("cli", "coaps:// needs credentials: --psk-identity ID with --psk KEY, --psk-file "
                                                      "FILE or %1, or --ca FILE (or --ca system) to check the device's "
                                                      "certificate").arg(QLatin1String(PskEnvironmentVariable));
        *exitStatus = CliExit::Security;
        return false;
    }
    if (setup->timeoutMs > 0)
        c.handshakeTimeoutMs = int(qMin<qint64>(c.handshakeTimeoutMs, setup->timeoutMs));
    return true;
}

std::unique_ptr<CoapTransport> makeClientTransport(const RequestSetup &setup, QString *problem)
{
    std::unique_ptr<CoapTransport> transport;
    if (setup.secure) {
        auto dtls = std::make_unique<CoapDtlsTransport>();
        dtls->setSecurityConfig(setup.security);
        // The certificate must name the host of the URI (RFC 7252 §9.1.3.3), not the address it
        // resolved to.
        dtls->setDefaultPeerName(setup.proxy.isSet() ? setup.proxy.uri.host() : setup.uri.host());
        transport = std::move(dtls);
    } else {
        transport = std::make_unique<CoapUdpTransport>();
    }
    // Dual-stack first (reaches IPv4 and IPv6 peers); IPv4 alone where IPv6 is switched off.
    if (!transport->bind(QHostAddress::Any, 0) && !transport->bind(QHostAddress::AnyIPv4, 0)) {
        *problem = QCoreApplication::translate("cli", "cannot open a UDP socket: %1").arg(transport->lastErrorDetail());
        return nullptr;
    }
    return transport;
}

void watchSecurity(CoapTransport *transport, CoapReply *reply, SecurityFailure *failure)
{
    auto *dtls = qobject_cast<CoapDtlsTransport *>(transport);
    if (!dtls)
        return;
    QObject::connect(dtls, &CoapDtlsTransport::securityFailed, reply,
                     [reply, failure](const CoapEndpoint &peer, CoapSecurityError error, const QString &detail) {
        if (failure->failed)
            return;
        failure->failed = true;
        failure->error = error;
        failure->detail = detail;
        failure->peer = peer;
        if (!reply->isFinished())
            reply->abort();
    });
}

QString describeSecurityFailure(const SecurityFailure &f, const RequestSetup &setup)
{
    const QString peer = f.peer.isNull() ? setup.uri.authority() : f.peer.toString();
    switch (f.error) {
    case CoapSecurityError::WrongKey:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: wrong pre-shared key for identity '%2'")
                .arg(peer, QString::fromUtf8(setup.security.pskIdentity));
    case CoapSecurityError::UnknownIdentity:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: the device does not know the identity '%2'")
                .arg(peer, QString::fromUtf8(setup.security.pskIdentity));
    case CoapSecurityError::UntrustedCertificate:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: the device's certificate is not signed by a "
                                                  "trusted CA (give its CA with --ca)").arg(peer);
    case CoapSecurityError::ExpiredCertificate:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: the device's certificate has expired or is "
                                                  "not valid yet").arg(peer);
    case CoapSecurityError::NameMismatch:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: the device's certificate is not issued for '%2'")
                .arg(peer, setup.uri.host());
    case CoapSecurityError::HandshakeTimeout:
        return QCoreApplication::translate("cli", "no DTLS handshake with %1 within %2 s; is a coaps server listening there?")
                .arg(peer).arg(double(setup.security.handshakeTimeoutMs) / 1000.0);
    case CoapSecurityError::PeerAlert:
        return QCoreApplication::translate("cli", "DTLS handshake with %1 failed: the device answered with %2").arg(peer, f.detail);
    case CoapSecurityError::NoCredentials:
        return QCoreApplication::translate("cli", "DTLS with %1 failed: no credentials for this device").arg(peer);
    case CoapSecurityError::None:
    case CoapSecurityError::Other:
        break;
    }
    return QCoreApplication::translate("cli", "DTLS with %1 failed: %2").arg(peer, f.detail);
}

static bool parseTimeout(const QCommandLineParser &parser, RequestSetup *setup, QString *problem)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return true;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400) {
        *problem = QCoreApplication::translate("cli", "--timeout takes a number of seconds above 0, not '%1'")
                           .arg(parser.value(QStringLiteral("timeout")));
        return false;
    }
    setup->timeoutMs = qint64(seconds * 1000);
    setup->request.timeoutMs = setup->timeoutMs;
    return true;
}

bool buildPingRequest(const QCommandLineParser &parser, const QString &uriText, RequestSetup *setup,
                      QString *problem, int *exitStatus)
{
    if (!parseUri(uriText, setup, problem, exitStatus) || !parseTimeout(parser, setup, problem)
        || !parseSecurity(parser, setup, problem, exitStatus))
        return false;
    if (!setup->uri.isIpLiteral()) {
        *problem = QCoreApplication::translate("cli", "ping needs an IP address in the URI, e.g. coap://192.0.2.1");
        return false;
    }
    setup->request.endpoint = setup->uri.endpoint();
    setup->json = parser.isSet(QStringLiteral("json"));
    setup->verbose = parser.isSet(QStringLiteral("verbose"));
    return true;
}

static QJsonValue optionValueJson(const CoapOption &option)
{
    const auto info = coapOptionInfo(option.number());
    if (info && info->format == CoapOptionFormat::Uint)
        return double(option.uintValue());
    if (info && info->format == CoapOptionFormat::String)
        return option.stringValue();
    if (info && info->format == CoapOptionFormat::Empty)
        return QString();
    return QString::fromLatin1(option.value().toHex()); // opaque and unknown options: hex
}

QJsonObject responseJson(const CoapMessage &message, const CoapEndpoint &source, double rttMs)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), source.toString());
    o.insert(QStringLiteral("type"), coapTypeName(message.type()));
    o.insert(QStringLiteral("code"), CoapCode::toString(message.code()));
    o.insert(QStringLiteral("mid"), int(message.messageId()));
    o.insert(QStringLiteral("token"), QString::fromLatin1(message.token().toHex()));
    QJsonArray options;
    for (const CoapOption &option : message.options()) {
        QJsonObject item;
        item.insert(QStringLiteral("name"), coapOptionName(option.number()));
        item.insert(QStringLiteral("number"), int(option.number()));
        item.insert(QStringLiteral("value"), optionValueJson(option));
        options.append(item);
    }
    o.insert(QStringLiteral("options"), options);
    const auto cf = message.contentFormat();
    o.insert(QStringLiteral("content_format"), cf ? QJsonValue(*cf) : QJsonValue(QJsonValue::Null));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(message.payload());
    if (!decoder.hasError())
        o.insert(QStringLiteral("payload"), text);
    o.insert(QStringLiteral("payload_hex"), QString::fromLatin1(message.payload().toHex()));
    o.insert(QStringLiteral("rtt_ms"), rttMs >= 0 ? QJsonValue(qRound(rttMs * 1000) / 1000.0) : QJsonValue(QJsonValue::Null));
    return o;
}

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(end);
    const qsizetype options = firstLine.indexOf(QLatin1String(" [options]"));
    if (firstLine.startsWith(QLatin1String("Usage: ")) && options > 0)
        text.replace(0, options, QStringLiteral("Usage: coap-explorer-cli ") + command);
    return text;
}

int exitStatusFor(const CoapReply *reply)
{
    switch (reply->error()) {
    case CoapError::None:
        if (!reply->hasResponse())
            return CliExit::Success; // a ping answered
        return CoapCode::isSuccess(reply->response().code()) ? CliExit::Success : CliExit::ErrorResponse;
    case CoapError::EncodeError:
        return CliExit::Usage;
    default:
        return CliExit::Network;
    }
}

QString describeFailure(const CoapReply *reply, const RequestSetup &setup)
{
    const QString peer = reply->request().isEmptyMessage() || setup.request.endpoint.isNull()
            ? (setup.proxy.isSet() ? setup.proxy.uri.authority() : setup.uri.authority())
            : setup.request.endpoint.toString();
    const CoapTransmissionParameters &p = setup.parameters; // --ack-timeout, --max-retransmit
    switch (reply->error()) {
    case CoapError::None:
        return {};
    case CoapError::HostNotFound:
        return QCoreApplication::translate("cli", "the host name '%1' could not be resolved")
                .arg(setup.proxy.isSet() ? setup.proxy.uri.host() : setup.uri.host());
    case CoapError::NetworkError:
        return QCoreApplication::translate("cli", "could not send to %1: the network is unreachable from this machine").arg(peer);
    case CoapError::Timeout:
        return QCoreApplication::translate("cli", "no response from %1 within %2 s").arg(peer)
                .arg(double(setup.timeoutMs > 0 ? setup.timeoutMs : p.maxTransmitWaitMs()) / 1000.0);
    case CoapError::RetransmissionsExceeded:
        if (reply->retransmissions() == 1)
            return QCoreApplication::translate("cli", "no answer from %1 after 1 retransmission; is the device reachable and running?")
                    .arg(peer);
        return QCoreApplication::translate("cli", "no answer from %1 after %2 retransmissions; is the device reachable and running?")
                .arg(peer).arg(reply->retransmissions());
    case CoapError::Reset:
        return QCoreApplication::translate("cli", "%1 refused the request with a reset (RST)").arg(peer);
    case CoapError::BadResponse:
        return QCoreApplication::translate("cli", "%1 sent a response that breaks the protocol (an unrecognized critical option)").arg(peer);
    case CoapError::ProtocolError:
    case CoapError::BlockTransferFailed:
        switch (reply->violation()) {
        case CoapProtocolViolation::ShortBlock:
            return QCoreApplication::translate("cli", "%1 sent a block shorter than its block size that claims more blocks follow; "
                                                      "the transfer was stopped instead of asking again").arg(peer);
        case CoapProtocolViolation::BodyTooLarge:
            return QCoreApplication::translate("cli", "the body from %1 grew past the limit of %2 bytes; the transfer was stopped")
                    .arg(peer).arg(setup.request.maxBodySize > 0 ? setup.request.maxBodySize : CoapBlock2Download::kMaxBody);
        case CoapProtocolViolation::NoProgress:
            return QCoreApplication::translate("cli", "%1 kept answering without progress; the exchange was stopped so as not to flood it")
                    .arg(peer);
        case CoapProtocolViolation::UnsupportedCriticalOption:
            return QCoreApplication::translate("cli", "%1 sent a response with a critical option this tool does not implement").arg(peer);
        default:
            return QCoreApplication::translate("cli", "the block-wise transfer with %1 failed: an unexpected block arrived").arg(peer);
        }
    case CoapError::EtagChanged:
        return QCoreApplication::translate("cli", "the resource changed repeatedly during the block-wise transfer; try again");
    case CoapError::EncodeError:
        return QCoreApplication::translate("cli", "the request cannot be encoded: the token or an option value is too long");
    case CoapError::Cancelled:
        return QCoreApplication::translate("cli", "interrupted");
    case CoapError::PortUnreachable:
        return QCoreApplication::translate("cli", "nothing listens on %1: its system answered 'port unreachable' (ICMP); "
                                                  "check the port, and that the device's CoAP service runs").arg(peer);
    }
    return {};
}

QString proxyResponseSentence(quint8 code, const RequestSetup &setup)
{
    // RFC 7252 §5.9.3.3, §5.9.3.5, §5.9.3.6: answers a proxy (or a device that is none) gives.
    const QString target = setup.uri.toString();
    if (setup.proxy.isSet()) {
        const QString proxy = setup.proxy.uri.authority();
        switch (code) {
        case CoapCode::BadGateway:
            return QCoreApplication::translate("cli", "the proxy %1 could not get a valid answer from %2: the device may be "
                                                      "off, or nothing serves CoAP at that address and port").arg(proxy, target);
        case CoapCode::GatewayTimeout:
            return QCoreApplication::translate("cli", "the proxy %1 got no answer from %2 in time: the device may be off, "
                                                      "asleep or out of the proxy's reach").arg(proxy, target);
        case CoapCode::ProxyingNotSupported:
            return QCoreApplication::translate("cli", "%1 does not forward this request: it is no proxy, or not for %2 URIs "
                                                      "(try --proxy-scheme-options, or another proxy)")
                    .arg(proxy, setup.uri.scheme());
        default:
            return {};
        }
    }
    switch (code) {
    case CoapCode::BadGateway:
        return QCoreApplication::translate("cli", "the device acts as a gateway and could not get a valid answer from the "
                                                  "one behind it");
    case CoapCode::GatewayTimeout:
        return QCoreApplication::translate("cli", "the device acts as a gateway and got no answer in time from the one "
                                                  "behind it");
    case CoapCode::ProxyingNotSupported:
        return QCoreApplication::translate("cli", "the device is not a proxy for this request");
    default:
        return {};
    }
}

void attachVerbose(CoapMessageLayer *layer)
{
    QObject::connect(layer, &CoapMessageLayer::datagramEvent, layer, [](const CoapDatagramEvent &e) {
        const bool sent = e.direction == CoapDatagramEvent::Direction::Sent;
        QString line = QStringLiteral("%1 %2 %3 (%4 B)")
                               .arg(sent ? QStringLiteral("->") : QStringLiteral("<-"), e.peer.toString())
                               .arg(e.decodeError == CoapDecodeError::None
                                            ? e.message.summary()
                                            : QStringLiteral("malformed datagram (%1)").arg(QString::fromLatin1(CoapCodec::errorKey(e.decodeError))))
                               .arg(e.datagram.size());
        if (e.retransmission > 0)
            line += QStringLiteral(" [retransmission %1]").arg(e.retransmission);
        if (e.duplicate)
            line += QStringLiteral(" [duplicate]");
        err() << line << '\n' << "   " << e.datagram.toHex(' ') << Qt::endl;
    });
    // Why a message got no further: what ends a request, or sends it on to the host name's next
    // address (a system's ICMP answer is no datagram of ours, so it is shown here).
    QObject::connect(layer, &CoapMessageLayer::transmissionFailed, layer,
                     [](const CoapEndpoint &to, quint16 mid, CoapTransmissionFailure failure) {
        const auto why = [failure] {
            switch (failure) {
            case CoapTransmissionFailure::Timeout:
                return QCoreApplication::translate("cli", "no ACK after the last retransmission");
            case CoapTransmissionFailure::NetworkError:
                return QCoreApplication::translate("cli", "not sent: the system or the DTLS session refused it");
            case CoapTransmissionFailure::EncodeError:
                return QCoreApplication::translate("cli", "not sent: it cannot be encoded");
            case CoapTransmissionFailure::PortUnreachable:
                return QCoreApplication::translate("cli", "port unreachable (ICMP): nothing listens there");
            case CoapTransmissionFailure::HostUnreachable:
                return QCoreApplication::translate("cli", "host unreachable (ICMP, or no route to it)");
            }
            return QString();
        };
        err() << QStringLiteral("!! %1 mid=%2: %3").arg(to.toString()).arg(mid).arg(why()) << Qt::endl;
    });
}

void attachProgress(CoapReply *reply)
{
    if (!isatty(STDERR_FILENO))
        return;
    QObject::connect(reply, &CoapReply::progress, reply, [](qint64 done, qint64 total) {
        if (qMax(done, total) <= 64 * 1024)
            return;
        if (total > 0)
            err() << QStringLiteral("\r%1 / %2 bytes (%3%)").arg(done).arg(total).arg(done * 100 / total);
        else
            err() << QStringLiteral("\r%1 bytes").arg(done);
        if (done == total)
            err() << '\n';
        err().flush();
    });
}

// --- Ctrl-C: a self-pipe, because a signal handler may only write to a descriptor.
static int s_signalPipe[2] = {-1, -1};

static void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent)
{
    if (s_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char c;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &c, 1);
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

InterruptWatcher::~InterruptWatcher()
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
}

} // namespace Cli

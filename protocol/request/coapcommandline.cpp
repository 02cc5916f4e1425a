#include "coapcommandline.h"

#include "coapoption.h"

#include <QStringDecoder>

namespace CoapCommandLineImpl {

bool isSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"_@%+=:,./-").contains(c);
}

QString methodName(quint8 code)
{
    switch (code) {
    case CoapCode::Get: return QStringLiteral("get");
    case CoapCode::Post: return QStringLiteral("post");
    case CoapCode::Put: return QStringLiteral("put");
    case CoapCode::Delete: return QStringLiteral("delete");
    case CoapCode::Fetch: return QStringLiteral("fetch");
    case CoapCode::Patch: return QStringLiteral("patch");
    case CoapCode::IPatch: return QStringLiteral("ipatch");
    default: return QStringLiteral("get");
    }
}

bool isUriOption(quint16 n)
{
    return n == CoapOptionNumber::UriHost || n == CoapOptionNumber::UriPort || n == CoapOptionNumber::UriPath
            || n == CoapOptionNumber::UriQuery;
}

// Options every tool has its own flag for.
bool isHandledOption(quint16 n)
{
    return isUriOption(n) || n == CoapOptionNumber::ContentFormat || n == CoapOptionNumber::Accept
            || n == CoapOptionNumber::Observe || n == CoapOptionNumber::Block1 || n == CoapOptionNumber::Block2;
}

QString hexValue(const QByteArray &value) { return QStringLiteral("0x") + QString::fromLatin1(value.toHex()); }

// RFC 3986 percent-encoding of everything but unreserved characters: libcoap's -e decodes it.
QString percentEncoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding());
}

bool isObserve(const CoapMessage &m)
{
    const auto observe = m.uintOption(CoapOptionNumber::Observe);
    return observe && *observe == 0;
}

QString mediaTypeOrNumber(quint64 number)
{
    const QString name = coapContentFormatName(int(number));
    return name.isEmpty() ? QString::number(number) : name;
}

// The URI without the zone's percent-encoding quirks: the tools take the usual form.
QString uriText(const CoapUri &uri) { return uri.toString(); }

} // namespace CoapCommandLineImpl

QString CoapCommandLineBuilder::shellQuote(const QString &word)
{
    using namespace CoapCommandLineImpl;
    if (!word.isEmpty() && std::all_of(word.begin(), word.end(), isSafe))
        return word;
    QString quoted = QStringLiteral("'");
    for (QChar c : word) {
        if (c == u'\'')
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    return quoted + u'\'';
}

QString CoapCommandLineBuilder::printfBytes(const QByteArray &bytes)
{
    // POSIX printf understands \ooo in its format; '%' and '\' are escaped too, so that nothing
    // in the data is read as a conversion or an escape.
    QString format;
    for (char ch : bytes) {
        const uchar b = uchar(ch);
        if (b >= 0x20 && b < 0x7f && b != '%' && b != '\\' && b != '\'')
            format += QChar(b);
        else
            format += QStringLiteral("\\%1").arg(b, 3, 8, QChar(u'0'));
    }
    return u'\'' + format + u'\'';
}

bool CoapCommandLineBuilder::isTextPayload(const QByteArray &payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(payload);
    if (decoder.hasError())
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
        if (c.unicode() == 0x7f)
            return false;
    }
    return true;
}

QString CoapCommandLineBuilder::programName(CoapCommandTool tool, const CoapCommandRequest &request)
{
    switch (tool) {
    case CoapCommandTool::LibcoapClient:
        return request.uri.secure() ? QStringLiteral("coap-client-openssl") : QStringLiteral("coap-client-notls");
    case CoapCommandTool::AiocoapClient: return QStringLiteral("aiocoap-client");
    case CoapCommandTool::ExplorerCli: return QStringLiteral("coap-explorer-cli");
    case CoapCommandTool::CurlGateway: return QStringLiteral("curl");
    }
    return {};
}

CoapCommandLine CoapCommandLineBuilder::build(CoapCommandTool tool, const CoapCommandRequest &request)
{
    using namespace CoapCommandLineImpl;
    CoapCommandLine result;
    const CoapMessage &m = request.message;
    const bool observe = isObserve(m);
    const bool non = m.type() == CoapType::NonConfirmable;
    const auto contentFormat = m.uintOption(CoapOptionNumber::ContentFormat);
    const auto accept = m.uintOption(CoapOptionNumber::Accept);
    const QByteArray &payload = m.payload();
    const bool hasPayload = !payload.isEmpty();
    const bool text = isTextPayload(payload);
    const int szx = request.blockSzx >= 0 && request.blockSzx <= 6 ? request.blockSzx : -1;
    QList<CoapOption> others;
    for (const CoapOption &o : m.options()) {
        if (!isHandledOption(o.number()))
            others << o;
    }
    QStringList words;
    QString pipeFrom; // "printf '…' | " before the command, for binary payloads
    auto add = [&words](const QString &w) { words << shellQuote(w); };
    auto note = [&result](CoapCommandIssue issue, quint16 option = 0) {
        const CoapCommandNote n{issue, option};
        if (!result.notes.contains(n))
            result.notes << n;
    };
    const bool secure = request.uri.secure();
    const QString uri = uriText(request.uri);
    const bool retransmissionSet = request.ackTimeoutMs >= 0 || request.maxRetransmit >= 0 || request.blockRetries >= 0;
    if (retransmissionSet && tool != CoapCommandTool::ExplorerCli)
        note(CoapCommandIssue::RetransmissionLeftOut);

    switch (tool) {
    case CoapCommandTool::LibcoapClient: {
        words << programName(tool, request);
        if (secure) {
            if (!request.pskIdentity.isEmpty()) {
                words << QStringLiteral("-u");
                add(QString::fromUtf8(request.pskIdentity));
                words << QStringLiteral("-k") << QStringLiteral("\"$COAP_EXPLORER_PSK\"");
                note(CoapCommandIssue::KeyFromEnvironment);
            } else {
                note(CoapCommandIssue::CredentialsNeeded);
            }
        }
        words << QStringLiteral("-m") << methodName(m.code());
        if (non)
            words << QStringLiteral("-N");
        if (accept)
            words << QStringLiteral("-A") << QString::number(*accept);
        if (contentFormat)
            words << QStringLiteral("-t") << QString::number(*contentFormat);
        if (szx >= 0)
            words << QStringLiteral("-b") << QString::number(16 << szx);
        if (observe)
            words << QStringLiteral("-s") << QStringLiteral("60"); // libcoap observes for a duration
        for (const CoapOption &o : others) {
            // libcoap 4.3: "-O num,0x…" is taken as hex bytes, so every value goes that way.
            words << QStringLiteral("-O") << QString::number(o.number()) + u',' + hexValue(o.value());
        }
        if (hasPayload) {
            words << QStringLiteral("-e");
            add(percentEncoded(payload)); // -e decodes percent-encoding: any bytes fit
        }
        add(uri);
        break;
    }
    case CoapCommandTool::AiocoapClient: {
        words << programName(tool, request);
        if (secure) {
            note(CoapCommandIssue::CredentialsNeeded);
        }
        if (m.code() != CoapCode::Get)
            words << QStringLiteral("-m") << methodName(m.code()).toUpper();
        if (non)
            words << QStringLiteral("--non");
        if (observe)
            words << QStringLiteral("--observe");
        if (accept)
            add(QStringLiteral("--accept=") + mediaTypeOrNumber(*accept));
        if (contentFormat)
            add(QStringLiteral("--content-format=") + mediaTypeOrNumber(*contentFormat));
        if (szx >= 0)
            words << QStringLiteral("--payload-initial-szx") << QString::number(szx);
        for (const CoapOption &o : others)
            note(CoapCommandIssue::OptionLeftOut, o.number());
        if (hasPayload) {
            if (text && !payload.startsWith('@')) {
                words << QStringLiteral("--payload");
                add(QString::fromUtf8(payload));
            } else {
                pipeFrom = QStringLiteral("printf ") + printfBytes(payload) + QStringLiteral(" | ");
                words << QStringLiteral("--payload") << QStringLiteral("@/dev/stdin");
                note(CoapCommandIssue::PayloadThroughPrintf);
            }
        }
        add(uri);
        break;
    }
    case CoapCommandTool::ExplorerCli: {
        words << programName(tool, request);
        words << (observe ? QStringLiteral("observe") : methodName(m.code()));
        if (non)
            words << QStringLiteral("--non");
        if (accept)
            words << QStringLiteral("--accept") << QString::number(*accept);
        if (contentFormat && !observe)
            words << QStringLiteral("--content-format") << QString::number(*contentFormat);
        if (szx >= 0)
            words << QStringLiteral("--block-size") << QString::number(16 << szx);
        if (request.ackTimeoutMs >= 0)
            words << QStringLiteral("--ack-timeout") << QString::number(request.ackTimeoutMs);
        if (request.maxRetransmit >= 0)
            words << QStringLiteral("--max-retransmit") << QString::number(request.maxRetransmit);
        if (request.blockRetries >= 0)
            words << QStringLiteral("--block-retries") << QString::number(request.blockRetries);
        for (const CoapOption &o : others) {
            words << QStringLiteral("--option");
            add(QString::number(o.number()) + u'=' + hexValue(o.value()));
        }
        if (secure && !request.pskIdentity.isEmpty()) {
            words << QStringLiteral("--psk-identity");
            add(QString::fromUtf8(request.pskIdentity));
            note(CoapCommandIssue::KeyFromEnvironment); // the CLI reads COAP_EXPLORER_PSK itself
        } else if (secure) {
            note(CoapCommandIssue::CredentialsNeeded);
        }
        if (hasPayload && !observe) {
            if (text) {
                words << QStringLiteral("--payload");
                add(QString::fromUtf8(payload));
            } else {
                pipeFrom = QStringLiteral("printf ") + printfBytes(payload) + QStringLiteral(" | ");
                words << QStringLiteral("--payload-file") << QStringLiteral("-");
                note(CoapCommandIssue::PayloadThroughPrintf);
            }
        }
        add(uri);
        break;
    }
    case CoapCommandTool::CurlGateway: {
        words << programName(tool, request);
        if (observe) {
            // The gateway streams notifications as Server-Sent Events.
            words << QStringLiteral("-N") << QStringLiteral("-H");
            add(QStringLiteral("Accept: text/event-stream"));
        }
        if (m.code() != CoapCode::Get || observe) {
            if (m.code() != CoapCode::Get)
                words << QStringLiteral("-X") << methodName(m.code()).toUpper();
        }
        if (non)
            note(CoapCommandIssue::NonConfirmableLost);
        if (szx >= 0)
            note(CoapCommandIssue::BlockSizeLeftOut);
        if (accept && !observe) {
            const QString type = coapContentFormatName(int(*accept));
            if (type.isEmpty()) {
                note(CoapCommandIssue::OptionLeftOut, CoapOptionNumber::Accept);
            } else {
                words << QStringLiteral("-H");
                add(QStringLiteral("Accept: ") + type);
            }
        }
        if (contentFormat) {
            const QString type = coapContentFormatName(int(*contentFormat));
            if (type.isEmpty()) {
                note(CoapCommandIssue::OptionLeftOut, CoapOptionNumber::ContentFormat);
            } else {
                words << QStringLiteral("-H");
                add(QStringLiteral("Content-Type: ") + type);
            }
        }
        for (const CoapOption &o : others) {
            // RFC 8075 §6: the conditional request options have HTTP headers.
            if (o.number() == CoapOptionNumber::IfMatch) {
                words << QStringLiteral("-H");
                add(QStringLiteral("If-Match: \"") + QString::fromLatin1(o.value().toHex()) + u'"');
            } else if (o.number() == CoapOptionNumber::IfNoneMatch) {
                words << QStringLiteral("-H");
                add(QStringLiteral("If-None-Match: *"));
            } else {
                note(CoapCommandIssue::OptionLeftOut, o.number());
            }
        }
        if (hasPayload) {
            if (text && !payload.startsWith('@')) {
                words << QStringLiteral("--data-binary");
                add(QString::fromUtf8(payload));
            } else {
                // "@-": curl reads the body from standard input, byte for byte.
                pipeFrom = QStringLiteral("printf ") + printfBytes(payload) + QStringLiteral(" | ");
                words << QStringLiteral("--data-binary") << QStringLiteral("@-");
                note(CoapCommandIssue::PayloadThroughPrintf);
            }
        }
        QString base = request.gateway;
        while (base.endsWith(u'/'))
            base.chop(1);
        add(base + u'/' + uri);
        break;
    }
    }
    result.command = pipeFrom + words.join(u' ');
    return result;
}

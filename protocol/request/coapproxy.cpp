#include "coapproxy.h"

const char *coapProxyModeKey(CoapProxyMode mode)
{
    switch (mode) {
    case CoapProxyMode::ProxyUri: return "proxy-uri";
    case CoapProxyMode::ProxyScheme: return "proxy-scheme";
    }
    return "unknown";
}

const char *coapProxyErrorKey(CoapProxyError error)
{
    switch (error) {
    case CoapProxyError::None: return "none";
    case CoapProxyError::InvalidProxyUri: return "invalid-proxy-uri";
    case CoapProxyError::ProxyHasPath: return "proxy-has-path";
    case CoapProxyError::TargetHasZone: return "target-has-zone";
    case CoapProxyError::TargetTooLong: return "target-too-long";
    }
    return "unknown";
}

CoapProxy CoapProxy::parse(QStringView text, CoapProxyMode mode, CoapProxyError *error, CoapUriParseResult *uriProblem)
{
    CoapProxy proxy;
    proxy.mode = mode;
    const CoapUriParseResult parsed = CoapUri::parse(text);
    if (uriProblem)
        *uriProblem = parsed;
    if (!parsed.ok()) {
        *error = CoapProxyError::InvalidProxyUri;
        return proxy;
    }
    // RFC 7252 §5.7.2: a forward proxy is addressed as an endpoint; the resource is the target's.
    if (!parsed.uri.pathSegments().isEmpty() || parsed.uri.hasQuery()) {
        *error = CoapProxyError::ProxyHasPath;
        return proxy;
    }
    *error = CoapProxyError::None;
    proxy.uri = parsed.uri;
    return proxy;
}

static void removeAddressing(CoapMessage *message)
{
    for (quint16 number : {CoapOptionNumber::UriHost, CoapOptionNumber::UriPort, CoapOptionNumber::UriPath,
                           CoapOptionNumber::UriQuery, CoapOptionNumber::ProxyUri, CoapOptionNumber::ProxyScheme})
        message->removeOption(number);
}

static void setDestination(CoapRequest *request, const CoapUri &uri)
{
    // RFC 7252 §6.4 step 5: an IP literal is the destination itself; a name is resolved first.
    if (uri.isIpLiteral()) {
        request->endpoint = uri.endpoint();
        request->hostName.clear();
    } else {
        request->endpoint = CoapEndpoint();
        request->hostName = uri.host();
        request->port = uri.port();
    }
}

CoapProxyError coapAddressRequest(CoapRequest *request, const CoapUri &target, const CoapProxy &proxy)
{
    CoapMessage &message = request->message;
    if (!proxy.isSet()) {
        removeAddressing(&message);
        for (const CoapOption &option : target.toOptions())
            message.addOption(option);
        setDestination(request, target);
        return CoapProxyError::None;
    }
    if (!target.zoneId().isEmpty())
        return CoapProxyError::TargetHasZone;
    QList<CoapOption> addressing;
    if (proxy.mode == CoapProxyMode::ProxyUri) {
        // RFC 7252 §5.10.2: Proxy-Uri is the absolute URI, 1 to 1034 bytes, and takes the place of
        // every Uri-* option.
        const QByteArray text = target.toString().toUtf8();
        if (text.size() > 1034)
            return CoapProxyError::TargetTooLong;
        addressing.append(CoapOption(CoapOptionNumber::ProxyUri, text));
    } else {
        // RFC 7252 §5.10.2, §6.4: the URI composed from Uri-Host (always: the proxy is not the
        // target, so the destination no longer names it), Uri-Port unless the scheme's default,
        // Uri-Path and Uri-Query, with Proxy-Scheme giving the scheme.
        addressing = target.toOptions(true);
        addressing.append(CoapOption::fromString(CoapOptionNumber::ProxyScheme, target.scheme()));
    }
    removeAddressing(&message);
    for (const CoapOption &option : std::as_const(addressing))
        message.addOption(option);
    setDestination(request, proxy.uri);
    return CoapProxyError::None;
}

CoapUri coapProxyTarget(const CoapMessage &request)
{
    if (!request.hasOption(CoapOptionNumber::ProxyUri) && !request.hasOption(CoapOptionNumber::ProxyScheme))
        return CoapUri();
    // Proxy-Scheme without Uri-Host names the proxy itself; the endpoint is never used then.
    if (!request.hasOption(CoapOptionNumber::ProxyUri) && !request.hasOption(CoapOptionNumber::UriHost))
        return CoapUri();
    bool secure = false;
    if (const auto scheme = request.option(CoapOptionNumber::ProxyScheme))
        secure = scheme->stringValue().compare(QLatin1String("coaps"), Qt::CaseInsensitive) == 0;
    // Without Uri-Port the scheme's default port applies (RFC 7252 §6.4 step 7).
    return CoapUri::fromOptions(request, CoapEndpoint(QHostAddress(QHostAddress::AnyIPv4), CoapUri::defaultPort(secure)),
                                secure);
}

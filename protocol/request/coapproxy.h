#pragma once

#include "coapclient.h"
#include "coapuri.h"

// Forward proxies (RFC 7252 §5.7.2, §5.10.2). A request through a proxy is sent to the proxy's
// endpoint and names its real target either in one Proxy-Uri option (the absolute URI) or in
// Proxy-Scheme plus Uri-Host/Uri-Port/Uri-Path/Uri-Query. The options go into the request's
// message, so every message the exchange sends repeats them: Block2 follow-ups and Block1 blocks
// (RFC 7959 §2.3, both derive from the composed request), observe re-registrations and the
// deregistration (RFC 7641 §3.3.1, §3.6). Responses then come from the proxy's endpoint.

// How the target is named in a proxied request.
enum class CoapProxyMode : quint8 {
    ProxyUri,    // Proxy-Uri: the whole target URI in one option (RFC 7252 §5.10.2)
    ProxyScheme, // Proxy-Scheme + Uri-Host, Uri-Port (unless default), Uri-Path, Uri-Query
};
const char *coapProxyModeKey(CoapProxyMode mode); // "proxy-uri", "proxy-scheme"

// Why a proxy or a target cannot be used. No words: ui/ and cli/ say it.
enum class CoapProxyError : quint8 {
    None,
    InvalidProxyUri,  // the proxy's URI does not parse (see CoapUri::parse for the detail)
    ProxyHasPath,     // the proxy's URI has a path or query: a forward proxy is only host and port
    TargetHasZone,    // an IPv6 zone ("%eth0") means nothing on the proxy's side (RFC 6874 §4)
    TargetTooLong,    // the target URI exceeds Proxy-Uri's 1034 bytes (RFC 7252 §5.10)
};
const char *coapProxyErrorKey(CoapProxyError error); // "proxy-has-path", …

// A forward proxy: its own URI (coap:// or coaps://host[:port]) and the naming mode.
struct CoapProxy
{
    CoapUri uri;
    CoapProxyMode mode = CoapProxyMode::ProxyUri;

    bool isSet() const { return uri.isValid(); }
    // Reads "coap://host[:port]" or "coaps://…" (a trailing "/" is allowed) into a proxy with the
    // given mode; *error says why it cannot be used, and for InvalidProxyUri *uriProblem (when
    // given) holds the URI parser's error and its position. The result is not set on failure.
    static CoapProxy parse(QStringView text, CoapProxyMode mode, CoapProxyError *error,
                           CoapUriParseResult *uriProblem = nullptr);
    friend bool operator==(const CoapProxy &a, const CoapProxy &b) = default;
};

// Addresses request to target: straight to target when proxy is not set (Uri-* options from
// target.toOptions(), endpoint or hostName/port of target), otherwise to the proxy's endpoint (or
// its host name, resolved here) with the proxy options of proxy.mode. Any Uri-Host, Uri-Port,
// Uri-Path, Uri-Query, Proxy-Uri or Proxy-Scheme already in the message is replaced; other
// options stay. A target host name is not resolved here: the proxy resolves it.
CoapProxyError coapAddressRequest(CoapRequest *request, const CoapUri &target, const CoapProxy &proxy = {});

// The target URI of a request addressed by coapAddressRequest() through a proxy (from its
// Proxy-Uri, or Proxy-Scheme and Uri-*); null when the message names no proxy target.
CoapUri coapProxyTarget(const CoapMessage &request);

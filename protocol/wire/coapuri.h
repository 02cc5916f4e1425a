#pragma once

#include "coapendpoint.h"
#include "coapmessage.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Why a text is not a usable coap/coaps URI (RFC 7252 §6, RFC 3986, RFC 6874). No words: ui/
// translates the enum; coapUriErrorKey() gives a stable English key for logs and JSON.
enum class CoapUriError : quint8 {
    None,
    Empty,                  // nothing but white space
    MissingScheme,          // no "scheme:" at the start
    UnsupportedScheme,      // a scheme other than coap or coaps (RFC 7252 §6.4 step 3)
    MissingHost,            // no "//" authority, or an empty host (RFC 7252 §6.1)
    InvalidHost,            // a character not allowed in a host, userinfo, or a bad dotted number
    InvalidPort,            // not decimal digits, 0, or above 65535
    Fragment,               // RFC 7252 §6.4 step 4: fragments are not allowed
    InvalidPercentEncoding, // '%' not followed by two hex digits
    InvalidIpv6Literal,     // "[...]" that is not an IPv6 address, or IPv6 without brackets
    InvalidZone,            // an empty or malformed zone id after "%25" (RFC 6874 §2)
    InvalidCharacter,       // a character not allowed in the path or query (e.g. a space)
};
const char *coapUriErrorKey(CoapUriError error); // "missing-scheme", …

struct CoapUriParseResult;

// An absolute coap:// or coaps:// URI as a value (RFC 7252 §6.1, §6.2). Always kept normalised
// as RFC 7252 §6.3 asks: scheme and host in lower case, default port implied, percent-encodings
// decoded, dot segments removed, so that equivalent URIs compare equal with ==.
//
// Path and query segments are held as the bytes that go into Uri-Path/Uri-Query options; the
// QString accessors decode them as UTF-8.
class CoapUri
{
public:
    static constexpr quint16 DefaultPort = 5683;       // RFC 7252 §6.1
    static constexpr quint16 DefaultSecurePort = 5684; // RFC 7252 §6.2
    static constexpr quint16 defaultPort(bool secure) { return secure ? DefaultSecurePort : DefaultPort; }

    CoapUri() = default; // a null URI: isValid() is false

    // Parses an absolute URI. Leading and trailing white space is ignored; error positions count
    // from the start of text. Non-ASCII characters in host, path and query are accepted (as in an
    // IRI) and stand for their UTF-8 bytes. An IPv6 zone may be written "%25eth0" (RFC 6874) or,
    // as people type it, "%eth0".
    static CoapUriParseResult parse(QStringView text);

    // RFC 7252 §6.5: the URI a request was sent to. Uri-Host/Uri-Port when present, otherwise
    // the destination. A Proxy-Uri (§5.10.2) wins over everything; Proxy-Scheme sets the scheme.
    // Returns a null URI when Proxy-Uri or Proxy-Scheme is not coap/coaps.
    static CoapUri fromOptions(const CoapMessage &request, const CoapEndpoint &destination, bool secure);

    // RFC 7252 §5.10.7: the relative reference of Location-Path/Location-Query, e.g. "/a/b?x=1",
    // percent-encoded as §6.5 does. Empty when the response has neither option.
    static QString locationToString(const CoapMessage &response);
    // That reference resolved against this (the request's) URI; null when there is no Location.
    CoapUri resolveLocation(const CoapMessage &response) const;

    // RFC 3986 §5.2: resolves a URI reference against this URI, e.g. a link-format target
    // "</sensors/temp>" (RFC 6690 §2.1) or "../x?y". Error positions count within reference.
    CoapUriParseResult resolve(QStringView reference) const;

    bool isValid() const { return m_valid; }
    bool secure() const { return m_secure; }
    QString scheme() const { return m_secure ? QStringLiteral("coaps") : QStringLiteral("coap"); }
    // Lower case and percent-decoded. IPv6 without brackets and without the zone (RFC 5952 form).
    QString host() const { return m_host; }
    // The IPv6 zone, decoded: "eth0" for "[fe80::1%25eth0]". Empty otherwise.
    QString zoneId() const { return m_zone; }
    // True for an IPv4 address or an IP-literal: no Uri-Host needed (RFC 7252 §6.4 step 5).
    bool isIpLiteral() const { return m_hostKind != HostKind::Name; }
    // The address of an IP-literal host (scope id set from the zone); null for a host name, which
    // this class never resolves.
    QHostAddress hostAddress() const;
    // The IP-literal host and port as an endpoint; null for a host name.
    CoapEndpoint endpoint() const;
    quint16 port() const { return m_port; }
    bool hasDefaultPort() const { return m_port == defaultPort(m_secure); }

    QStringList pathSegments() const;  // percent-decoded; "/" gives none, "/a//b" gives a, "", b
    QStringList querySegments() const; // split on '&', percent-decoded; "?" gives one empty
    bool hasQuery() const { return !m_query.isEmpty(); }
    QList<QByteArray> pathSegmentBytes() const { return m_path; }
    QList<QByteArray> querySegmentBytes() const { return m_query; }

    QString authority() const;    // "example.com", "[fe80::1%25eth0]:61616"
    QString path() const;         // encoded, "/" when there are no segments
    QString query() const;        // encoded, without '?'
    QString pathAndQuery() const; // path() plus "?" query() when there is a query
    // The canonical text, percent-encoding exactly what RFC 7252 §6.5 requires:
    // "coap://example.com/~sensors/temp.xml", "coap://[fe80::1%25eth0]:61616/a%2Fb?x=1%262".
    QString toString() const;

    // RFC 7252 §6.4: the Uri-Host (only for a host name, unless includeHost; an IP-literal is
    // then sent as "[addr]" or "a.b.c.d" without zone), Uri-Port (only when not the scheme's
    // default, and only with includeHost: sent straight to the URI's own endpoint the destination port
    // already says it, RFC 7252 §6.4 step 7), one Uri-Path
    // per segment and one Uri-Query per argument, in option-number order.
    QList<CoapOption> toOptions(bool includeHost = false) const;

    // Copies with one part replaced, for a UI's URI field. All return a null URI when the
    // argument is invalid (an empty host, a malformed IPv6 address, port 0).
    CoapUri withSecure(bool secure, bool keepPort = false) const; // default port follows unless keepPort
    CoapUri withHost(const QString &host) const; // "name", "1.2.3.4", "fe80::1%eth0", "[::1]"
    CoapUri withPort(quint16 port) const;
    // Plain (not percent-encoded) path text split on '/': "/a/b", "a/b"; "" and "/" clear it.
    CoapUri withPath(const QString &path) const;
    CoapUri withPathSegments(const QStringList &segments) const;
    CoapUri withQuerySegments(const QStringList &segments) const; // empty list removes the query

    friend bool operator==(const CoapUri &a, const CoapUri &b) = default;

private:
    enum class HostKind : quint8 { Name, Ipv4, Ipv6 };
    friend class CoapUriParser;

    bool m_valid = false;
    bool m_secure = false;
    HostKind m_hostKind = HostKind::Name;
    QString m_host;
    QString m_zone;
    quint16 m_port = DefaultPort;
    QList<QByteArray> m_path;
    QList<QByteArray> m_query;
};

struct CoapUriParseResult
{
    CoapUri uri;                       // valid when error == None
    CoapUriError error = CoapUriError::None;
    qsizetype errorPosition = 0;       // index of the offending character in the parsed text
    bool ok() const { return error == CoapUriError::None; }
};

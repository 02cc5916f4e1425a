#include "coapuri.h"

#include <algorithm>

namespace {

// Character classes of RFC 3986 §2 and §3.
bool isAlpha(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isHex(char16_t c) { return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); }
int hexValue(char16_t c)
{
    if (isDigit(c))
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return c - u'A' + 10;
}
bool isUnreserved(char16_t c)
{
    return isAlpha(c) || isDigit(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}
bool isSubDelim(char16_t c)
{
    switch (c) {
    case u'!': case u'$': case u'&': case u'\'': case u'(': case u')':
    case u'*': case u'+': case u',': case u';': case u'=':
        return true;
    default:
        return false;
    }
}
bool isSchemeChar(char16_t c) { return isAlpha(c) || isDigit(c) || c == u'+' || c == u'-' || c == u'.'; }
bool isPchar(char16_t c) { return isUnreserved(c) || isSubDelim(c) || c == u':' || c == u'@'; }
bool isQueryChar(char16_t c) { return isPchar(c) || c == u'/' || c == u'?'; }
bool isRegNameChar(char16_t c) { return isUnreserved(c) || isSubDelim(c); }

// What the canonical form leaves as it is (RFC 7252 §6.5 steps 6 and 8).
bool keepInPath(char c) { return isPchar(char16_t(uchar(c))); }
bool keepInQuery(char c) { return c != '&' && isQueryChar(char16_t(uchar(c))); }
bool keepInHost(char c) { return isRegNameChar(char16_t(uchar(c))); }
bool keepInZone(char c) { return isUnreserved(char16_t(uchar(c))); }

QString percentEncode(const QByteArray &bytes, bool (*keep)(char))
{
    static constexpr char hex[] = "0123456789ABCDEF"; // RFC 3986 §2.1: upper case is preferred
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        if (uchar(c) < 0x80 && keep(c)) {
            out.append(QLatin1Char(c));
        } else {
            out.append(u'%');
            out.append(QLatin1Char(hex[uchar(c) >> 4]));
            out.append(QLatin1Char(hex[uchar(c) & 0xf]));
        }
    }
    return out;
}

// RFC 7252 §6.5 step 6. One addition: a segment that is exactly "." or ".." (possible from "%2E"
// or from options) is escaped, or parsing the text again would remove it (RFC 3986 §5.2.4) and the
// URI would name another resource.
QString encodePathSegment(const QByteArray &segment)
{
    if (segment == ".")
        return QStringLiteral("%2E");
    if (segment == "..")
        return QStringLiteral("%2E%2E");
    return percentEncode(segment, keepInPath);
}

struct Failure
{
    CoapUriError error = CoapUriError::None;
    qsizetype position = 0;
    bool failed() const { return error != CoapUriError::None; }
};

// Percent-decodes text (RFC 3986 §2.1) to bytes. ASCII characters must satisfy allowed; other
// characters are taken as in an IRI (RFC 3987 §3.1) and stand for their UTF-8 bytes.
Failure percentDecode(QStringView text, qsizetype offset, bool (*allowed)(char16_t),
                      CoapUriError invalidCharacter, QByteArray *out)
{
    QString literal;
    auto flush = [&] {
        out->append(literal.toUtf8());
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'%') {
            if (i + 2 >= text.size() || !isHex(text[i + 1].unicode()) || !isHex(text[i + 2].unicode()))
                return { CoapUriError::InvalidPercentEncoding, offset + i };
            flush();
            out->append(char(hexValue(text[i + 1].unicode()) * 16 + hexValue(text[i + 2].unicode())));
            i += 2;
        } else if (c < 0x80 ? allowed(c) : (c >= 0xa0 && c != 0xfeff)) { // no C1 controls, no BOM
            literal.append(QChar(c));
        } else {
            return { invalidCharacter, offset + i };
        }
    }
    flush();
    return {};
}

// RFC 3986 §3.2.2 IPv4address: four dec-octets without leading zeros.
bool isIpv4Address(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == u'0'))
            return false;
        int value = 0;
        for (QChar c : part) {
            if (!isDigit(c.unicode()))
                return false;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return false;
    }
    return true;
}

// An IPv6 address without brackets and zone; returns the RFC 5952 text or an empty string.
QString canonicalIpv6(QStringView text)
{
    if (!text.contains(u':'))
        return QString();
    for (QChar c : text) {
        if (!isHex(c.unicode()) && c != u':' && c != u'.')
            return QString();
    }
    QHostAddress address;
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return QString();
    return address.toString();
}

QString asciiLower(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

struct RawSegment
{
    QByteArray bytes;
    bool isDot = false;
    bool isDotDot = false;
};

// RFC 3986 §5.2.4 remove_dot_segments on a path of the form "/s1/s2/…", as segments. Dot
// segments are those written literally ("%2E" is not one), as RFC 7252 §6.4 step 2 resolves
// before step 8 decodes.
QList<QByteArray> removeDotSegments(const QList<RawSegment> &segments)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i + 1 == segments.size();
        const RawSegment &s = segments.at(i);
        if (s.isDot || s.isDotDot) {
            if (s.isDotDot && !out.isEmpty())
                out.removeLast();
            if (last)
                out.append(QByteArray()); // "/a/b/.." is "/a/": the trailing slash stays
        } else {
            out.append(s.bytes);
        }
    }
    return out;
}

// RFC 7252 §6.4 step 8: a path of "" or "/" gives no Uri-Path option; both are kept as no segments.
void normaliseRootPath(QList<QByteArray> &segments)
{
    if (segments.size() == 1 && segments.first().isEmpty())
        segments.clear();
}

} // namespace

// Parsing lives in a friend so that the value class stays a plain set of fields.
class CoapUriParser
{
public:
    struct Host
    {
        CoapUri::HostKind kind = CoapUri::HostKind::Name;
        QString host;
        QString zone;
    };

    static CoapUriParseResult parse(QStringView text);
    // A host as URI syntax (percent-encoded, IPv6 in brackets). offset is for error positions.
    static Failure parseUriHost(QStringView text, qsizetype offset, Host *host);
    // A host as plain text: a Uri-Host option value or what a person typed into a host field.
    static bool parsePlainHost(QStringView text, Host *host);
    static void setHost(CoapUri &uri, const Host &host)
    {
        uri.m_hostKind = host.kind;
        uri.m_host = host.host;
        uri.m_zone = host.zone;
    }
    static CoapUri &setPath(CoapUri &uri, QList<QByteArray> path)
    {
        normaliseRootPath(path);
        uri.m_path = std::move(path);
        return uri;
    }
    static void setQuery(CoapUri &uri, QList<QByteArray> query) { uri.m_query = std::move(query); }
    static void setPort(CoapUri &uri, quint16 port) { uri.m_port = port; }
    static void setSecure(CoapUri &uri, bool secure) { uri.m_secure = secure; }
    static void setValid(CoapUri &uri) { uri.m_valid = true; }
};

Failure CoapUriParser::parseUriHost(QStringView text, qsizetype offset, Host *host)
{
    if (text.isEmpty())
        return { CoapUriError::MissingHost, offset };

    if (text.front() == u'[') {
        // RFC 3986 §3.2.2 IP-literal with RFC 6874 ZoneID: "[" IPv6address "%25" ZoneID "]".
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return { CoapUriError::InvalidIpv6Literal, offset };
        if (close + 1 != text.size())
            return { CoapUriError::InvalidHost, offset + close + 1 };
        const QStringView inner = text.sliced(1, close - 1);
        const qsizetype percent = inner.indexOf(u'%');
        const QStringView address = percent < 0 ? inner : inner.first(percent);
        host->kind = CoapUri::HostKind::Ipv6;
        host->host = canonicalIpv6(address);
        if (host->host.isEmpty())
            return { CoapUriError::InvalidIpv6Literal, offset + 1 };
        host->zone.clear();
        if (percent >= 0) {
            const qsizetype zoneStart = offset + 1 + percent;
            QStringView zone = inner.sliced(percent + 1);
            qsizetype zoneOffset = zoneStart + 1;
            // "%25" is the RFC 6874 form; a bare "%" is what people copy from ip(8) output and
            // RFC 6874 §4 suggests accepting it in user interfaces.
            const bool encoded = zone.startsWith(u"25");
            if (encoded) {
                zone = zone.sliced(2);
                zoneOffset += 2;
            }
            if (zone.isEmpty())
                return { CoapUriError::InvalidZone, zoneStart };
            QByteArray bytes;
            if (encoded) {
                const Failure f = percentDecode(zone, zoneOffset, isUnreserved, CoapUriError::InvalidZone, &bytes);
                if (f.failed())
                    return f.error == CoapUriError::InvalidPercentEncoding
                        ? Failure { CoapUriError::InvalidZone, f.position } : f;
            } else {
                for (qsizetype i = 0; i < zone.size(); ++i) {
                    if (!isUnreserved(zone[i].unicode()))
                        return { CoapUriError::InvalidZone, zoneOffset + i };
                }
                bytes = zone.toUtf8();
            }
            host->zone = QString::fromUtf8(bytes);
        }
        return {};
    }

    // An unbracketed IPv6 address: more than one ':' in the authority cannot be host:port.
    if (text.count(u':') > 0)
        return { CoapUriError::InvalidIpv6Literal, offset };

    bool dottedNumber = true;
    for (QChar c : text) {
        if (!isDigit(c.unicode()) && c != u'.') {
            dottedNumber = false;
            break;
        }
    }
    if (dottedNumber) {
        // Syntactically a reg-name, but no name is all digits: treat it as a mistyped address.
        if (!isIpv4Address(text))
            return { CoapUriError::InvalidHost, offset };
        host->kind = CoapUri::HostKind::Ipv4;
        host->host = text.toString();
        host->zone.clear();
        return {};
    }

    // RFC 7252 §6.4 step 5 lower-cases and then decodes; lower-casing after decoding as well makes
    // "%41" and "a" one host, as they are (RFC 3986 §3.2.2: the host is case-insensitive).
    QByteArray bytes;
    const Failure f = percentDecode(text, offset, isRegNameChar, CoapUriError::InvalidHost, &bytes);
    if (f.failed())
        return f;
    host->kind = CoapUri::HostKind::Name;
    host->host = asciiLower(QString::fromUtf8(bytes));
    host->zone.clear();
    return {};
}

bool CoapUriParser::parsePlainHost(QStringView text, Host *host)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.sliced(1, t.size() - 2);
    if (t.isEmpty())
        return false;
    if (t.contains(u':')) {
        const qsizetype percent = t.indexOf(u'%');
        host->kind = CoapUri::HostKind::Ipv6;
        host->host = canonicalIpv6(percent < 0 ? t : t.first(percent));
        QStringView zone = percent < 0 ? QStringView() : t.sliced(percent + 1);
        if (zone.startsWith(u"25") && zone.size() > 2)
            zone = zone.sliced(2);
        host->zone = zone.toString();
        return !host->host.isEmpty() && (percent < 0 || !host->zone.isEmpty());
    }
    if (isIpv4Address(t)) {
        host->kind = CoapUri::HostKind::Ipv4;
        host->host = t.toString();
        host->zone.clear();
        return true;
    }
    // Host names are case-insensitive (RFC 3986 §3.2.2); kept in lower case so == works.
    host->kind = CoapUri::HostKind::Name;
    host->host = asciiLower(t);
    host->zone.clear();
    return true;
}

CoapUriParseResult CoapUriParser::parse(QStringView text)
{
    CoapUriParseResult result;
    auto fail = [&result](Failure f) {
        result.error = f.error;
        result.errorPosition = f.position;
        result.uri = CoapUri();
        return result;
    };

    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    qsizetype end = text.size();
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start == end)
        return fail({ CoapUriError::Empty, 0 });
    // Positions below are indexes into text, so that the UI can point at the character.
    const QStringView s = text.first(end);
    qsizetype i = start;

    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    if (!isAlpha(s[i].unicode()))
        return fail({ CoapUriError::MissingScheme, start });
    while (i < end && isSchemeChar(s[i].unicode()))
        ++i;
    if (i == end || s[i] != u':')
        return fail({ CoapUriError::MissingScheme, start });
    // RFC 7252 §6.4 step 3: the scheme, compared in ASCII lower case, is coap or coaps.
    const QString scheme = asciiLower(s.sliced(start, i - start));
    if (scheme != u"coap" && scheme != u"coaps")
        return fail({ CoapUriError::UnsupportedScheme, start });
    CoapUri uri;
    uri.m_secure = scheme == u"coaps";
    ++i;

    // RFC 7252 §6.1: coap-URI = "coap:" "//" host [ ":" port ] path-abempty [ "?" query ]
    if (s.sliced(i).startsWith(u"//"))
        i += 2;
    else if (i < end && s[i] == u'#')
        return fail({ CoapUriError::Fragment, i });
    else
        return fail({ CoapUriError::MissingHost, i });

    qsizetype authorityEnd = i;
    while (authorityEnd < end && s[authorityEnd] != u'/' && s[authorityEnd] != u'?' && s[authorityEnd] != u'#')
        ++authorityEnd;
    const QStringView authority = s.sliced(i, authorityEnd - i);
    // RFC 7252 §6.1 has no userinfo.
    if (const qsizetype at = authority.indexOf(u'@'); at >= 0)
        return fail({ CoapUriError::InvalidHost, i + at });

    qsizetype hostEnd = authorityEnd;
    if (!authority.isEmpty() && authority.front() == u'[') {
        const qsizetype close = authority.indexOf(u']');
        if (close >= 0)
            hostEnd = i + close + 1;
        if (close >= 0 && hostEnd < authorityEnd && s[hostEnd] != u':')
            return fail({ CoapUriError::InvalidHost, hostEnd });
    } else {
        const qsizetype colon = authority.indexOf(u':');
        // Two colons outside brackets: an IPv6 address someone forgot to bracket.
        if (colon >= 0 && authority.sliced(colon + 1).contains(u':'))
            return fail({ CoapUriError::InvalidIpv6Literal, i });
        if (colon >= 0)
            hostEnd = i + colon;
    }
    Host host;
    if (const Failure f = parseUriHost(s.sliced(i, hostEnd - i), i, &host); f.failed())
        return fail(f);
    setHost(uri, host);

    // RFC 3986 §3.2.3: port = *DIGIT; an empty port means the default (RFC 7252 §6.3 example).
    uri.m_port = CoapUri::defaultPort(uri.m_secure);
    if (hostEnd < authorityEnd) {
        const qsizetype portStart = hostEnd + 1;
        quint32 port = 0;
        for (qsizetype p = portStart; p < authorityEnd; ++p) {
            if (!isDigit(s[p].unicode()))
                return fail({ CoapUriError::InvalidPort, p });
            port = port * 10 + (s[p].unicode() - u'0');
            if (port > 65535)
                return fail({ CoapUriError::InvalidPort, portStart });
        }
        if (portStart < authorityEnd) {
            if (port == 0) // UDP port 0 cannot be a destination
                return fail({ CoapUriError::InvalidPort, portStart });
            uri.m_port = quint16(port);
        }
    }

    // path-abempty
    i = authorityEnd;
    qsizetype pathEnd = i;
    while (pathEnd < end && s[pathEnd] != u'?' && s[pathEnd] != u'#')
        ++pathEnd;
    QList<RawSegment> segments;
    if (pathEnd > i) {
        qsizetype segStart = i + 1; // skip the leading '/'
        while (true) {
            qsizetype segEnd = segStart;
            while (segEnd < pathEnd && s[segEnd] != u'/')
                ++segEnd;
            const QStringView raw = s.sliced(segStart, segEnd - segStart);
            RawSegment segment;
            segment.isDot = raw == u".";
            segment.isDotDot = raw == u"..";
            if (const Failure f = percentDecode(raw, segStart, isPchar, CoapUriError::InvalidCharacter, &segment.bytes);
                f.failed())
                return fail(f);
            segments.append(segment);
            if (segEnd >= pathEnd)
                break;
            segStart = segEnd + 1;
        }
    }
    setPath(uri, removeDotSegments(segments));

    // RFC 7252 §6.4 step 9: each '&'-separated argument is one Uri-Query, possibly empty.
    i = pathEnd;
    if (i < end && s[i] == u'?') {
        qsizetype queryEnd = i + 1;
        while (queryEnd < end && s[queryEnd] != u'#')
            ++queryEnd;
        qsizetype argStart = i + 1;
        while (true) {
            qsizetype argEnd = argStart;
            while (argEnd < queryEnd && s[argEnd] != u'&')
                ++argEnd;
            QByteArray bytes;
            if (const Failure f = percentDecode(s.sliced(argStart, argEnd - argStart), argStart, isQueryChar,
                                                CoapUriError::InvalidCharacter, &bytes);
                f.failed())
                return fail(f);
            uri.m_query.append(bytes);
            if (argEnd >= queryEnd)
                break;
            argStart = argEnd + 1;
        }
        i = queryEnd;
    }

    // RFC 7252 §6.4 step 4: a fragment makes the URI unusable.
    if (i < end)
        return fail({ CoapUriError::Fragment, i });

    uri.m_valid = true;
    result.uri = uri;
    return result;
}

CoapUriParseResult CoapUri::parse(QStringView text)
{
    return CoapUriParser::parse(text);
}

CoapUri CoapUri::fromOptions(const CoapMessage &request, const CoapEndpoint &destination, bool secure)
{
    // RFC 7252 §5.10.2: Proxy-Uri carries the whole absolute URI.
    if (const auto proxyUri = request.option(CoapOptionNumber::ProxyUri)) {
        const CoapUriParseResult parsed = parse(proxyUri->stringValue());
        return parsed.uri;
    }
    // RFC 7252 §5.10.2: Proxy-Scheme replaces the scheme of the Uri-* composition.
    if (const auto proxyScheme = request.option(CoapOptionNumber::ProxyScheme)) {
        const QString scheme = asciiLower(proxyScheme->stringValue());
        if (scheme != u"coap" && scheme != u"coaps")
            return CoapUri();
        secure = scheme == u"coaps";
    }

    CoapUri uri;
    uri.m_secure = secure;

    // RFC 7252 §6.5 step 2: Uri-Host, or the destination address as an IP-literal.
    CoapUriParser::Host destinationHost;
    const QHostAddress &address = destination.address();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress bare = address;
        bare.setScopeId(QString());
        destinationHost = { HostKind::Ipv6, bare.toString(), address.scopeId() };
    } else {
        destinationHost = { HostKind::Ipv4, address.toString(), QString() };
    }
    CoapUriParser::Host host = destinationHost;
    const auto uriHost = request.option(CoapOptionNumber::UriHost);
    if (uriHost && !uriHost->value().isEmpty() && CoapUriParser::parsePlainHost(uriHost->stringValue(), &host)) {
        // A zone is never sent (RFC 6874 §4); when the literal is the destination, its zone applies.
        if (host.kind == HostKind::Ipv6 && host.zone.isEmpty() && host.host == destinationHost.host)
            host.zone = destinationHost.zone;
    } else {
        host = destinationHost;
    }
    CoapUriParser::setHost(uri, host);

    // Steps 4-5: Uri-Port, or the destination port.
    uri.m_port = destination.port();
    if (const auto port = request.uintOption(CoapOptionNumber::UriPort); port && *port > 0 && *port <= 0xffff)
        uri.m_port = quint16(*port);

    // Steps 6-8.
    QList<QByteArray> path;
    for (const CoapOption &o : request.options(CoapOptionNumber::UriPath))
        path.append(o.value());
    CoapUriParser::setPath(uri, path);
    for (const CoapOption &o : request.options(CoapOptionNumber::UriQuery))
        uri.m_query.append(o.value());
    uri.m_valid = true;
    return uri;
}

QString CoapUri::locationToString(const CoapMessage &response)
{
    // RFC 7252 §5.10.7: an absolute path, a query, or both, relative to the request URI.
    const QList<CoapOption> path = response.options(CoapOptionNumber::LocationPath);
    const QList<CoapOption> query = response.options(CoapOptionNumber::LocationQuery);
    QString out;
    for (const CoapOption &o : path)
        out += u'/' + encodePathSegment(o.value());
    for (qsizetype i = 0; i < query.size(); ++i)
        out += (i == 0 ? u'?' : u'&') + percentEncode(query.at(i).value(), keepInQuery);
    return out;
}

CoapUri CoapUri::resolveLocation(const CoapMessage &response) const
{
    const QList<CoapOption> path = response.options(CoapOptionNumber::LocationPath);
    const QList<CoapOption> query = response.options(CoapOptionNumber::LocationQuery);
    if (!m_valid || (path.isEmpty() && query.isEmpty()))
        return CoapUri();
    // RFC 3986 §5.2.2: an absolute path replaces path and query; a query alone keeps the path.
    CoapUri uri = *this;
    if (!path.isEmpty()) {
        QList<QByteArray> segments;
        for (const CoapOption &o : path)
            segments.append(o.value());
        CoapUriParser::setPath(uri, segments);
    }
    uri.m_query.clear();
    for (const CoapOption &o : query)
        uri.m_query.append(o.value());
    return uri;
}

CoapUriParseResult CoapUri::resolve(QStringView reference) const
{
    // RFC 3986 §5.2.2 by building the target text and parsing it: parse() removes dot segments
    // and checks every character. Positions are mapped back into reference.
    qsizetype start = 0;
    while (start < reference.size() && reference[start].isSpace())
        ++start;
    const QStringView ref = reference.sliced(start);

    // Has a scheme? (RFC 3986 §4.2: a relative path's first segment cannot contain ':')
    qsizetype i = 0;
    if (!ref.isEmpty() && isAlpha(ref[0].unicode())) {
        while (i < ref.size() && isSchemeChar(ref[i].unicode()))
            ++i;
        if (i < ref.size() && ref[i] == u':')
            return parse(reference);
    }
    if (!m_valid)
        return { CoapUri(), CoapUriError::MissingScheme, start };

    QString prefix;
    if (ref.startsWith(u"//")) {
        prefix = scheme() + u':';
    } else if (ref.startsWith(u'/')) {
        prefix = scheme() + QStringLiteral("://") + authority();
    } else if (ref.isEmpty() || ref.startsWith(u'?') || ref.startsWith(u'#')) {
        prefix = scheme() + QStringLiteral("://") + authority() + path();
        if (ref.isEmpty() || ref.startsWith(u'#'))
            prefix += hasQuery() ? u'?' + query() : QString();
    } else {
        // merge(): the base path up to its last '/'.
        QString dir = QStringLiteral("/");
        for (qsizetype k = 0; k + 1 < m_path.size(); ++k)
            dir += encodePathSegment(m_path.at(k)) + u'/';
        prefix = scheme() + QStringLiteral("://") + authority() + dir;
    }
    CoapUriParseResult result = parse(prefix + ref.toString());
    if (!result.ok())
        result.errorPosition = qMax<qsizetype>(0, result.errorPosition - prefix.size()) + start;
    return result;
}

QHostAddress CoapUri::hostAddress() const
{
    if (m_hostKind == HostKind::Name)
        return QHostAddress();
    QHostAddress address(m_host);
    if (!m_zone.isEmpty())
        address.setScopeId(m_zone);
    return address;
}

CoapEndpoint CoapUri::endpoint() const
{
    if (!m_valid || m_hostKind == HostKind::Name)
        return CoapEndpoint();
    return CoapEndpoint(hostAddress(), m_port);
}

QStringList CoapUri::pathSegments() const
{
    QStringList out;
    for (const QByteArray &s : m_path)
        out.append(QString::fromUtf8(s));
    return out;
}

QStringList CoapUri::querySegments() const
{
    QStringList out;
    for (const QByteArray &s : m_query)
        out.append(QString::fromUtf8(s));
    return out;
}

QString CoapUri::authority() const
{
    QString out;
    switch (m_hostKind) {
    case HostKind::Name:
        out = percentEncode(m_host.toUtf8(), keepInHost); // RFC 7252 §6.5 step 2
        // A name of digits and dots (a Uri-Host "0" or "01.2.3.4") would read back as a broken IPv4
        // address; escaping its first character keeps it a reg-name (RFC 3986 §3.2.2).
        if (std::all_of(out.cbegin(), out.cend(), [](QChar c) { return isDigit(c.unicode()) || c == u'.'; }))
            out.replace(0, 1, percentEncode(QByteArray(1, char(out.at(0).unicode())), [](char) { return false; }));
        break;
    case HostKind::Ipv4:
        out = m_host;
        break;
    case HostKind::Ipv6:
        out = u'[' + m_host;
        if (!m_zone.isEmpty())
            out += QStringLiteral("%25") + percentEncode(m_zone.toUtf8(), keepInZone); // RFC 6874 §2
        out += u']';
        break;
    }
    if (!hasDefaultPort())
        out += u':' + QString::number(m_port); // RFC 7252 §6.5 step 5
    return out;
}

QString CoapUri::path() const
{
    // RFC 7252 §6.5 steps 6-7.
    QString out;
    for (const QByteArray &s : m_path)
        out += u'/' + encodePathSegment(s);
    return out.isEmpty() ? QStringLiteral("/") : out;
}

QString CoapUri::query() const
{
    // RFC 7252 §6.5 step 8.
    QStringList parts;
    for (const QByteArray &s : m_query)
        parts.append(percentEncode(s, keepInQuery));
    return parts.join(u'&');
}

QString CoapUri::pathAndQuery() const
{
    return hasQuery() ? path() + u'?' + query() : path();
}

QString CoapUri::toString() const
{
    if (!m_valid)
        return QString();
    return scheme() + QStringLiteral("://") + authority() + pathAndQuery();
}

QList<CoapOption> CoapUri::toOptions(bool includeHost) const
{
    QList<CoapOption> out;
    if (!m_valid)
        return out;
    // RFC 7252 §6.4 step 5: an IP-literal is the destination itself, so no Uri-Host.
    if (m_hostKind == HostKind::Name)
        out.append(CoapOption::fromString(CoapOptionNumber::UriHost, m_host));
    else if (includeHost)
        out.append(CoapOption::fromString(CoapOptionNumber::UriHost,
                                          m_hostKind == HostKind::Ipv6 ? u'[' + m_host + u']' : m_host));
    // RFC 7252 §6.4 step 7: Uri-Port only when it differs from the destination port. Sent
    // straight to the URI's endpoint it never does; through another endpoint (includeHost) it
    // does unless it is the scheme's default.
    if (includeHost && !hasDefaultPort())
        out.append(CoapOption::fromUint(CoapOptionNumber::UriPort, m_port));
    for (const QByteArray &s : m_path)
        out.append(CoapOption(CoapOptionNumber::UriPath, s));
    for (const QByteArray &s : m_query)
        out.append(CoapOption(CoapOptionNumber::UriQuery, s));
    return out;
}

CoapUri CoapUri::withSecure(bool secure, bool keepPort) const
{
    CoapUri uri = *this;
    if (!keepPort && hasDefaultPort())
        uri.m_port = defaultPort(secure);
    uri.m_secure = secure;
    return uri;
}

CoapUri CoapUri::withHost(const QString &host) const
{
    CoapUriParser::Host parsed;
    if (!CoapUriParser::parsePlainHost(host, &parsed))
        return CoapUri();
    CoapUri uri = *this;
    if (!uri.m_valid) {
        // Building from nothing: a host is the one part without a default.
        uri.m_valid = true;
        uri.m_port = defaultPort(uri.m_secure);
    }
    CoapUriParser::setHost(uri, parsed);
    return uri;
}

CoapUri CoapUri::withPort(quint16 port) const
{
    if (port == 0 || !m_valid)
        return CoapUri();
    CoapUri uri = *this;
    uri.m_port = port;
    return uri;
}

CoapUri CoapUri::withPath(const QString &path) const
{
    QStringView p = path;
    if (p.startsWith(u'/'))
        p = p.sliced(1);
    return withPathSegments(p.isEmpty() ? QStringList() : p.toString().split(u'/'));
}

CoapUri CoapUri::withPathSegments(const QStringList &segments) const
{
    if (!m_valid)
        return CoapUri();
    CoapUri uri = *this;
    QList<QByteArray> path;
    for (const QString &s : segments)
        path.append(s.toUtf8());
    return CoapUriParser::setPath(uri, path);
}

CoapUri CoapUri::withQuerySegments(const QStringList &segments) const
{
    if (!m_valid)
        return CoapUri();
    CoapUri uri = *this;
    uri.m_query.clear();
    for (const QString &s : segments)
        uri.m_query.append(s.toUtf8());
    return uri;
}

const char *coapUriErrorKey(CoapUriError error)
{
    switch (error) {
    case CoapUriError::None: return "none";
    case CoapUriError::Empty: return "empty";
    case CoapUriError::MissingScheme: return "missing-scheme";
    case CoapUriError::UnsupportedScheme: return "unsupported-scheme";
    case CoapUriError::MissingHost: return "missing-host";
    case CoapUriError::InvalidHost: return "invalid-host";
    case CoapUriError::InvalidPort: return "invalid-port";
    case CoapUriError::Fragment: return "fragment";
    case CoapUriError::InvalidPercentEncoding: return "invalid-percent-encoding";
    case CoapUriError::InvalidIpv6Literal: return "invalid-ipv6-literal";
    case CoapUriError::InvalidZone: return "invalid-zone";
    case CoapUriError::InvalidCharacter: return "invalid-character";
    }
    return "unknown";
}

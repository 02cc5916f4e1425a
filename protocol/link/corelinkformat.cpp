#include "corelinkformat.h"

#include <QStringDecoder>

namespace {

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool sameName(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whitespace the grammar does not have but devices send between links and parameters, and
// RFC 6690 §5 prints as line breaks.
constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

constexpr bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// parmname (RFC 8288 §3 via RFC 7230 token; RFC 5988 §5 lists the same set minus "'", "*", "%")
constexpr bool isNameChar(char c)
{
    if (isAlnum(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '&': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// ptokenchar (RFC 6690 §2)
constexpr bool isPtokenChar(char c)
{
    if (isAlnum(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '(': case ')':
    case '*': case '+': case '-': case '.': case '/': case ':': case '<': case '=':
    case '>': case '?': case '@': case '[': case ']': case '^': case '_': case '`':
    case '{': case '|': case '}': case '~':
        return true;
    default:
        return false;
    }
}

// attr-char (RFC 8187 §3.2.1) is exactly the parmname set above.
constexpr bool isAttrChar(char c) { return isNameChar(c); }

// Characters that cannot be part of a URI-reference and would break the "<...>" framing.
constexpr bool isHrefStop(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '<' || c == '"' || u <= 0x20 || u == 0x7f;
}

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// cardinal = "0" / %x31-39 *DIGIT (RFC 6690 §2)
bool isCardinal(QStringView s)
{
    if (s.isEmpty() || (s.size() > 1 && s.front() == u'0'))
        return false;
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

QList<QStringView> spaceSeparated(QStringView value)
{
    QList<QStringView> parts;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool space = i == value.size() || value[i] == u' ' || value[i] == u'\t'
                || value[i] == u'\r' || value[i] == u'\n';
        if (space && start >= 0) {
            parts.append(value.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return parts;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

// Parameters RFC 6690 §2 (and RFC 7252 §7.2.1 for ct) only defines with a value.
bool requiresValue(QStringView name)
{
    for (const char *known : {"anchor", "rel", "rev", "hreflang", "media", "title", "type", "rt",
                              "if", "sz", "ct"}) {
        if (sameName(name, QLatin1StringView(known)))
            return true;
    }
    return false;
}

// UTF-8 to text, keeping a leading U+FEFF: QString::fromUtf8 drops it as a byte-order mark, and
// then serialize() → parse() would lose it from an href or a quoted value (found by fuzz_linkformat).
QString utf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

// The rules Strict mode adds for one parameter (with quoted: whether its value was a
// quoted-string); CoreLinkError::None when it passes. serialize() uses them too, so that what it
// writes always parses strictly.
CoreLinkError strictRule(const CoreLinkAttribute &attribute, bool quoted)
{
    const QString &name = attribute.name;
    if (!attribute.hasValue) {
        if (requiresValue(name) || name.endsWith(u'*'))
            return CoreLinkError::MissingAttributeValue;
        return CoreLinkError::None;
    }
    // RFC 6690 §2: anchor = DQUOTE URI-Reference DQUOTE, title = quoted-string.
    if ((sameName(name, u"anchor") || sameName(name, u"title")) && !quoted)
        return CoreLinkError::InvalidAttributeValue;
    // RFC 6690 §2: sz = cardinal.
    if (sameName(name, u"sz") && (quoted || !isCardinal(attribute.value)))
        return CoreLinkError::InvalidAttributeValue;
    // RFC 7252 §7.2.1: ct = cardinal / DQUOTE cardinal *( 1*SP cardinal ) DQUOTE, each a
    // Content-Format number.
    if (sameName(name, u"ct")) {
        const QList<QStringView> parts = spaceSeparated(attribute.value);
        if (parts.isEmpty())
            return CoreLinkError::InvalidAttributeValue;
        for (QStringView part : parts) {
            if (!isCardinal(part) || part.size() > 5 || part.toUInt() > 65535)
                return CoreLinkError::InvalidAttributeValue;
        }
    }
    // RFC 8187 §3.2: ext-name-star "=" ext-value, never a quoted string.
    if (name.endsWith(u'*') && (quoted || !CoreLinkFormat::decodeExtValue(attribute.value)))
        return CoreLinkError::InvalidAttributeValue;
    return CoreLinkError::None;
}

class Parser
{
public:
    Parser(QByteArrayView text, CoreLinkFormat::Mode mode)
        : m_text(text), m_size(text.size()), m_strict(mode == CoreLinkFormat::Mode::Strict) {}

    CoreLinkParseResult run();

private:
    struct Failure
    {
        CoreLinkError error = CoreLinkError::None;
        qsizetype offset = 0;
        qsizetype resumeFrom = 0; // where the lenient search for the next top-level "," starts
    };

    char at(qsizetype i) const { return m_text[i]; }
    bool atEnd() const { return m_pos >= m_size; }
    void skipSpace()
    {
        while (m_pos < m_size && isSpace(at(m_pos)))
            ++m_pos;
    }
    void noteError(CoreLinkError error, qsizetype offset)
    {
        if (m_result.error == CoreLinkError::None) {
            m_result.error = error;
            m_result.errorOffset = offset;
        }
    }
    Failure fail(CoreLinkError error, qsizetype offset, qsizetype resumeFrom = -1) const
    {
        return {error, offset, resumeFrom < 0 ? offset : resumeFrom};
    }

    std::optional<Failure> parseLink(CoreLink &link);
    std::optional<Failure> parseParam(CoreLink &link);
    std::optional<Failure> parseQuoted(QString &value);
    std::optional<Failure> checkStrict(const CoreLinkAttribute &attribute, bool quoted,
                                       qsizetype valueOffset) const;
    qsizetype nextComma(qsizetype from, bool quoteAware) const;
    qsizetype recoveryComma(qsizetype linkStart, qsizetype resumeFrom);

    QByteArrayView m_text;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_strict;
    qsizetype m_fruitlessScans = 0; // bytes read by recovery scans that found no ","
    QByteArray m_buffer; // reused for unescaping quoted strings
    CoreLinkParseResult m_result;
};

CoreLinkParseResult Parser::run()
{
    if (!m_strict && m_text.startsWith("\xEF\xBB\xBF")) // a UTF-8 BOM from some gateways
        m_pos = 3;

    qsizetype pendingComma = -1; // offset of a "," that still needs a link after it
    bool first = true;
    while (true) {
        skipSpace();
        if (atEnd()) {
            // link-value-list = [ link-value *[ "," link-value ]] (RFC 6690 §2): no trailing ",".
            if (m_strict && pendingComma >= 0)
                noteError(CoreLinkError::EmptyLink, pendingComma);
            break;
        }
        if (at(m_pos) == ',') {
            // An empty list element. Nothing is lost, so Lenient passes over it silently.
            if (m_strict && (first || pendingComma >= 0)) {
                noteError(CoreLinkError::EmptyLink, m_pos);
                return std::move(m_result);
            }
            pendingComma = m_pos++;
            first = false;
            continue;
        }
        first = false;
        pendingComma = -1;

        const qsizetype linkStart = m_pos;
        CoreLink link;
        if (const auto failure = parseLink(link)) {
            noteError(failure->error, failure->offset);
            if (m_strict)
                return std::move(m_result);
            ++m_result.skippedLinks;
            const qsizetype comma = recoveryComma(linkStart, failure->resumeFrom);
            if (comma < 0)
                break;
            pendingComma = comma;
            m_pos = comma + 1;
            continue;
        }
        m_result.links.append(std::move(link));
        // parseLink stopped at ",", at the end, or (Lenient) at the "<" of a link without ",".
        if (!atEnd() && at(m_pos) == ',')
            pendingComma = m_pos++;
    }
    return std::move(m_result);
}

std::optional<Parser::Failure> Parser::parseLink(CoreLink &link)
{
    const qsizetype start = m_pos;
    if (at(m_pos) != '<')
        return fail(CoreLinkError::ExpectedLink, m_pos);
    ++m_pos;
    const qsizetype hrefStart = m_pos;
    while (m_pos < m_size && at(m_pos) != '>') {
        if (isHrefStop(at(m_pos)))
            return fail(CoreLinkError::UnterminatedHref, m_pos, start + 1);
        ++m_pos;
    }
    if (atEnd())
        return fail(CoreLinkError::UnterminatedHref, m_pos, start + 1);
    link.setHref(utf8Text(m_text.sliced(hrefStart, m_pos - hrefStart)));
    ++m_pos;

    while (true) {
        skipSpace();
        if (atEnd() || at(m_pos) == ',')
            return std::nullopt;
        if (at(m_pos) == ';') {
            ++m_pos;
            if (const auto failure = parseParam(link))
                return failure;
            continue;
        }
        if (!m_strict && at(m_pos) == '<') {
            // A device that separates links by line breaks only: keep both links.
            noteError(CoreLinkError::ExpectedSeparator, m_pos);
            return std::nullopt;
        }
        return fail(CoreLinkError::ExpectedSeparator, m_pos);
    }
}

std::optional<Parser::Failure> Parser::parseParam(CoreLink &link)
{
    skipSpace();
    const qsizetype nameStart = m_pos;
    while (m_pos < m_size && isNameChar(at(m_pos)))
        ++m_pos;
    if (m_pos < m_size && m_pos > nameStart && at(m_pos) == '*') // ext-name-star (RFC 8187)
        ++m_pos;
    const qsizetype nameEnd = m_pos;
    if (nameEnd == nameStart) {
        // ";;" or a ";" at the end: harmless, Lenient lets it pass.
        if (!m_strict && (atEnd() || at(m_pos) == ';' || at(m_pos) == ','))
            return std::nullopt;
        return fail(CoreLinkError::BadAttributeName, m_pos);
    }
    if (m_pos < m_size && !isSpace(at(m_pos)) && at(m_pos) != '=' && at(m_pos) != ';'
        && at(m_pos) != ',')
        return fail(CoreLinkError::BadAttributeName, m_pos);

    CoreLinkAttribute attribute;
    attribute.name = QString::fromLatin1(m_text.sliced(nameStart, nameEnd - nameStart));
    skipSpace();
    bool quoted = false;
    qsizetype valueStart = m_pos;
    if (m_pos < m_size && at(m_pos) == '=') {
        ++m_pos;
        skipSpace();
        valueStart = m_pos;
        if (atEnd() || at(m_pos) == ',' || at(m_pos) == ';')
            return fail(CoreLinkError::MissingAttributeValue, m_pos);
        attribute.hasValue = true;
        if (at(m_pos) == '"') {
            quoted = true;
            if (const auto failure = parseQuoted(attribute.value))
                return failure;
        } else {
            while (m_pos < m_size && isPtokenChar(at(m_pos)))
                ++m_pos;
            if (m_pos == valueStart)
                return fail(CoreLinkError::BadAttributeValue, m_pos);
            attribute.value = QString::fromLatin1(m_text.sliced(valueStart, m_pos - valueStart));
        }
    }
    if (m_strict) {
        if (const auto failure = checkStrict(attribute, quoted, valueStart))
            return failure;
    }
    link.addAttribute(std::move(attribute));
    return std::nullopt;
}

std::optional<Parser::Failure> Parser::parseQuoted(QString &value)
{
    // quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE (RFC 7230 §3.2.6)
    const qsizetype open = m_pos++;
    m_buffer.clear();
    qsizetype runStart = m_pos;
    while (m_pos < m_size) {
        const char c = at(m_pos);
        if (c == '"') {
            m_buffer.append(m_text.sliced(runStart, m_pos - runStart));
            ++m_pos;
            value = utf8Text(m_buffer);
            return std::nullopt;
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_size)
                break;
            m_buffer.append(m_text.sliced(runStart, m_pos - runStart));
            m_buffer.append(at(m_pos + 1));
            m_pos += 2;
            runStart = m_pos;
            continue;
        }
        ++m_pos;
    }
    // Nothing closes it; Lenient looks for the next link after the opening quote.
    return fail(CoreLinkError::UnterminatedQuotedString, open, open + 1);
}

std::optional<Parser::Failure> Parser::checkStrict(const CoreLinkAttribute &attribute, bool quoted,
                                                   qsizetype valueOffset) const
{
    const CoreLinkError error = strictRule(attribute, quoted);
    if (error != CoreLinkError::None)
        return fail(error, valueOffset);
    return std::nullopt;
}

qsizetype Parser::recoveryComma(qsizetype linkStart, qsizetype resumeFrom)
{
    // Commas inside quoted strings (with their backslash escapes) do not end a link-value.
    const qsizetype comma = nextComma(resumeFrom, true);
    if (comma >= 0)
        return comma;
    // The quotes did not pair up (a title missing its closing quote, say), so everything after
    // the broken link looks quoted. Rather than lose the rest, take the first "," after the start
    // of the broken link. Each such attempt costs a scan to the end; a budget keeps the whole
    // parse linear on hostile input.
    m_fruitlessScans += m_size - resumeFrom;
    if (m_fruitlessScans > 4 * m_size + 4096)
        return -1;
    return nextComma(linkStart + 1, false);
}

qsizetype Parser::nextComma(qsizetype from, bool quoteAware) const
{
    bool quoted = false;
    for (qsizetype i = from; i < m_size; ++i) {
        const char c = at(i);
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"' && quoteAware) {
            quoted = true;
        } else if (c == ',') {
            return i;
        }
    }
    return -1;
}

} // namespace

// --- CoreLink ---------------------------------------------------------------------------------

QList<CoreLinkAttribute> CoreLink::attributes(QStringView name) const
{
    QList<CoreLinkAttribute> found;
    for (const CoreLinkAttribute &attribute : m_attributes) {
        if (sameName(attribute.name, name))
            found.append(attribute);
    }
    return found;
}

bool CoreLink::hasAttribute(QStringView name) const
{
    for (const CoreLinkAttribute &attribute : m_attributes) {
        if (sameName(attribute.name, name))
            return true;
    }
    return false;
}

std::optional<QString> CoreLink::attribute(QStringView name) const
{
    for (const CoreLinkAttribute &attribute : m_attributes) {
        if (sameName(attribute.name, name))
            return attribute.value;
    }
    return std::nullopt;
}

void CoreLink::addAttribute(const QString &name, const QString &value)
{
    m_attributes.append({name, value, true});
}

void CoreLink::addFlag(const QString &name)
{
    m_attributes.append({name, QString(), false});
}

void CoreLink::setAttribute(const QString &name, const QString &value)
{
    removeAttribute(name);
    addAttribute(name, value);
}

void CoreLink::removeAttribute(QStringView name)
{
    m_attributes.removeIf([name](const CoreLinkAttribute &a) { return sameName(a.name, name); });
}

QStringList CoreLink::splitValues(QStringView name) const
{
    QStringList values;
    for (const CoreLinkAttribute &attribute : m_attributes) {
        if (!sameName(attribute.name, name))
            continue;
        for (QStringView part : spaceSeparated(attribute.value))
            values.append(part.toString());
    }
    return values;
}

QStringList CoreLink::resourceTypes() const { return splitValues(u"rt"); }
QStringList CoreLink::interfaces() const { return splitValues(u"if"); }
QStringList CoreLink::relations() const { return splitValues(u"rel"); }

QList<int> CoreLink::contentFormats() const
{
    QList<int> formats;
    for (const QString &part : splitValues(u"ct")) {
        bool ok = false;
        const uint number = part.toUInt(&ok, 10);
        if (ok && number <= 65535)
            formats.append(int(number));
    }
    return formats;
}

bool CoreLink::isObservable() const
{
    return hasAttribute(u"obs");
}

QString CoreLink::title() const
{
    for (const CoreLinkAttribute &attribute : m_attributes) {
        if (sameName(attribute.name, u"title*")) {
            if (auto decoded = CoreLinkFormat::decodeExtValue(attribute.value))
                return *decoded;
        }
    }
    return attribute(u"title").value_or(QString());
}

std::optional<quint64> CoreLink::size() const
{
    const std::optional<QString> sz = attribute(u"sz");
    if (!sz)
        return std::nullopt;
    bool ok = false;
    const quint64 value = sz->trimmed().toULongLong(&ok, 10);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

std::optional<QString> CoreLink::anchor() const
{
    return attribute(u"anchor");
}

QUrl CoreLink::contextUri(const QUrl &base) const
{
    if (const std::optional<QString> a = anchor())
        return base.resolved(QUrl(*a));
    return base;
}

QUrl CoreLink::resolvedUri(const QUrl &base) const
{
    return contextUri(base).resolved(QUrl(m_href));
}

std::optional<QString> CoreLink::path(const QUrl &base) const
{
    const QUrl target = resolvedUri(base);
    // Default ports of RFC 7252 §6.1/§6.2 and RFC 8323 §8, so that "coap://h" and "coap://h:5683"
    // are one origin.
    const auto defaultPort = [](const QString &scheme) {
        if (scheme == u"coap" || scheme == u"coap+tcp")
            return 5683;
        if (scheme == u"coaps" || scheme == u"coaps+tcp")
            return 5684;
        if (scheme == u"coap+ws")
            return 80;
        if (scheme == u"coaps+ws")
            return 443;
        return -1;
    };
    const QString scheme = base.scheme();
    if (target.scheme() != scheme || target.host() != base.host()
        || target.port(defaultPort(scheme)) != base.port(defaultPort(scheme)))
        return std::nullopt;
    return target.path(QUrl::FullyEncoded);
}

// --- CoreLinkFormat -----------------------------------------------------------------------------

namespace CoreLinkFormat {

CoreLinkParseResult parse(QByteArrayView text, Mode mode)
{
    return Parser(text, mode).run();
}

namespace {

bool isValidName(QStringView name)
{
    qsizetype end = name.size();
    if (end > 1 && name.back() == u'*')
        --end; // ext-name-star
    if (end == 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = name[i];
        if (c.unicode() > 0x7f || !isNameChar(char(c.unicode())))
            return false;
    }
    return true;
}

bool isExtValueText(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (QChar c : value) {
        if (c.unicode() > 0x7f)
            return false;
        const char a = char(c.unicode());
        if (!isAttrChar(a) && a != '%' && a != '\'')
            return false;
    }
    return true;
}

void appendHref(QByteArray &out, const QString &href)
{
    static const char hex[] = "0123456789ABCDEF";
    for (char c : href.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (isHrefStop(c) || c == '>' || u >= 0x80) {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
}

void appendQuoted(QByteArray &out, const QString &value)
{
    out.append('"');
    for (char c : value.toUtf8()) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
}

} // namespace

QByteArray serialize(const QList<CoreLink> &links)
{
    QByteArray out;
    bool firstLink = true;
    for (const CoreLink &link : links) {
        if (!firstLink)
            out.append(',');
        firstLink = false;
        out.append('<');
        appendHref(out, link.href());
        out.append('>');
        for (const CoreLinkAttribute &attribute : link.attributes()) {
            if (!isValidName(attribute.name))
                continue;
            const bool ext = attribute.name.endsWith(u'*');
            // RFC 6690 §2 wants anchor and title quoted; cardinals (ct, sz) read best bare, as in
            // the RFC 6690 §5 examples; an ext-value is never quoted (RFC 8187 §3.2).
            const bool bare = (isCardinal(attribute.value) && !sameName(attribute.name, u"title")
                               && !sameName(attribute.name, u"anchor"))
                    || (ext && isExtValueText(attribute.value));
            // A parameter the grammar cannot hold (sz="abc", a title* that does not decode, a
            // bare sz flag: what Lenient mode reads from a sloppy device) is left out rather than
            // written as text that a strict reader rejects.
            if (strictRule(attribute, attribute.hasValue && !bare) != CoreLinkError::None)
                continue;
            out.append(';');
            out.append(attribute.name.toLatin1());
            if (!attribute.hasValue)
                continue;
            out.append('=');
            if (bare)
                out.append(attribute.value.toLatin1());
            else
                appendQuoted(out, attribute.value);
        }
    }
    return out;
}

bool matchesQuery(const CoreLink &link, QStringView query)
{
    if (query.isEmpty())
        return true;
    const qsizetype equals = query.indexOf(u'=');
    if (equals < 0)
        return sameName(query, u"href") || link.hasAttribute(query);
    const QStringView name = query.first(equals);
    QStringView pattern = query.sliced(equals + 1);
    // RFC 6690 §4.1: a trailing "*" makes the search-token a prefix.
    const bool prefix = pattern.endsWith(u'*');
    if (prefix)
        pattern.chop(1);
    const auto matches = [&](QStringView value) {
        // (QStringView::startsWith says a null view does not start with "", hence the check.)
        return prefix ? pattern.isEmpty() || value.startsWith(pattern) : value == pattern;
    };

    if (sameName(name, u"href"))
        return matches(link.href());
    // RFC 6690 §4.1: for space-separated attributes any single value may match.
    bool listValued = false;
    for (const char *known : {"rt", "if", "rel", "rev", "ct"}) {
        if (sameName(name, QLatin1StringView(known)))
            listValued = true;
    }
    for (const CoreLinkAttribute &attribute : link.attributes()) {
        if (!sameName(attribute.name, name))
            continue;
        if (matches(attribute.value))
            return true;
        if (listValued) {
            for (QStringView part : spaceSeparated(attribute.value)) {
                if (matches(part))
                    return true;
            }
        }
    }
    return false;
}

QList<CoreLink> filter(const QList<CoreLink> &links, QStringView query)
{
    QList<CoreLink> kept;
    for (const CoreLink &link : links) {
        if (matchesQuery(link, query))
            kept.append(link);
    }
    return kept;
}

std::optional<QString> decodeExtValue(QStringView extValue)
{
    // ext-value = charset "'" [ language ] "'" value-chars (RFC 8187 §3.2.1)
    const qsizetype firstQuote = extValue.indexOf(u'\'');
    if (firstQuote <= 0)
        return std::nullopt;
    const qsizetype secondQuote = extValue.indexOf(u'\'', firstQuote + 1);
    if (secondQuote < 0)
        return std::nullopt;
    const QStringView charset = extValue.first(firstQuote);
    const QStringView chars = extValue.sliced(secondQuote + 1);

    QByteArray bytes;
    bytes.reserve(chars.size());
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const QChar c = chars[i];
        if (c == u'%') {
            if (i + 2 >= chars.size())
                return std::nullopt;
            const int high = hexValue(chars[i + 1]);
            const int low = hexValue(chars[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (c.unicode() <= 0x7f && isAttrChar(char(c.unicode()))) {
            bytes.append(char(c.unicode()));
        } else {
            return std::nullopt;
        }
    }
    if (charset.compare(u"UTF-8", Qt::CaseInsensitive) == 0) {
        // ConvertInitialBom: a leading U+FEFF is part of the value, not a byte-order mark to drop
        // (RFC 8187 §3.2.1 values are octet sequences; encodeExtValue() writes U+FEFF as well).
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    // RFC 5987 §3.2.1 also allowed ISO-8859-1; RFC 8187 §3.2.1 only for old senders.
    if (charset.compare(u"ISO-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    return std::nullopt;
}

QString encodeExtValue(QStringView text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out = QStringLiteral("UTF-8''");
    for (char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && isAttrChar(c)) {
            out.append(QLatin1Char(c));
        } else {
            out.append(u'%');
            out.append(QLatin1Char(hex[u >> 4]));
            out.append(QLatin1Char(hex[u & 0xf]));
        }
    }
    return out;
}

const char *errorKey(CoreLinkError error)
{
    switch (error) {
    case CoreLinkError::None: return "none";
    case CoreLinkError::ExpectedLink: return "expected-link";
    case CoreLinkError::UnterminatedHref: return "unterminated-href";
    case CoreLinkError::EmptyLink: return "empty-link";
    case CoreLinkError::BadAttributeName: return "bad-attribute-name";
    case CoreLinkError::MissingAttributeValue: return "missing-attribute-value";
    case CoreLinkError::BadAttributeValue: return "bad-attribute-value";
    case CoreLinkError::UnterminatedQuotedString: return "unterminated-quoted-string";
    case CoreLinkError::ExpectedSeparator: return "expected-separator";
    case CoreLinkError::InvalidAttributeValue: return "invalid-attribute-value";
    }
    return "unknown";
}

} // namespace CoreLinkFormat

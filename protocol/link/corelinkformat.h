#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

// The CoRE Link Format (RFC 6690, application/link-format, Content-Format 40): what a device
// answers to GET /.well-known/core. Pure value types and functions, like the message codec
// (CONVENTIONS.md habit 2): bytes in, links or a typed error out; no text for people.

// One link-param. A flag such as ";obs" has hasValue == false and an empty value.
// Values are stored unescaped (quoted-string backslashes removed) and decoded from UTF-8;
// extended values (title*) are kept as written and decoded by CoreLink::title().
struct CoreLinkAttribute
{
    QString name;
    QString value;
    bool hasValue = false;

    friend bool operator==(const CoreLinkAttribute &, const CoreLinkAttribute &) = default;
};

// One link-value: the target as written between "<" and ">" and its parameters in order.
// A parameter name may repeat (several rt, title* in several languages), so attributes are a
// list, not a map. Names are compared ASCII case-insensitively: the RFC 6690 §2 ABNF spells them
// as quoted strings, which ABNF matches without regard to case (RFC 5234 §2.3).
class CoreLink
{
public:
    CoreLink() = default;
    explicit CoreLink(const QString &href, const QList<CoreLinkAttribute> &attributes = {})
        : m_href(href), m_attributes(attributes) {}

    // The URI-reference exactly as written (not resolved, not percent-decoded).
    const QString &href() const { return m_href; }
    void setHref(const QString &href) { m_href = href; }

    const QList<CoreLinkAttribute> &attributes() const { return m_attributes; }
    // Every instance of the named parameter, in order.
    QList<CoreLinkAttribute> attributes(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    // Value of the first instance; an empty string for a flag; std::nullopt when absent.
    std::optional<QString> attribute(QStringView name) const;

    void addAttribute(const CoreLinkAttribute &attribute) { m_attributes.append(attribute); }
    void addAttribute(const QString &name, const QString &value);
    void addFlag(const QString &name);
    // Replaces every instance of the named parameter by one with this value.
    void setAttribute(const QString &name, const QString &value);
    void removeAttribute(QStringView name);

    // rt / if / rel are space-separated lists (RFC 6690 §3.1, §3.2; RFC 8288 §3.3); several
    // instances of the parameter are joined in order.
    QStringList resourceTypes() const;
    QStringList interfaces() const;
    QStringList relations() const;
    // ct: Content-Format numbers, a space-separated list inside quotes (RFC 7252 §7.2.1).
    // Entries that are not a number 0..65535 are left out.
    QList<int> contentFormats() const;
    // obs: the resource can be observed (RFC 7641 §6).
    bool isObservable() const;
    // title* (RFC 8187 ext-value, e.g. UTF-8''%e2%82%ac) when it decodes, else title, else
    // empty. RFC 8288 §3.4.1 lets title* take precedence over title.
    QString title() const;
    // sz: estimated size of the representation in bytes (RFC 6690 §3.3).
    std::optional<quint64> size() const;
    // anchor as written; std::nullopt when absent (an empty anchor is the base itself).
    std::optional<QString> anchor() const;

    // RFC 6690 §2.1: the context is the anchor resolved against the base, or the base itself;
    // the target is the href resolved against the context (RFC 3986 §5). Pass as base the
    // origin of the responding device (coap://10.0.0.5:5683/, coap://[fe80::1%25eth0]/); pass
    // the URI that was requested instead if you want RFC 8288 semantics.
    QUrl contextUri(const QUrl &base) const;
    QUrl resolvedUri(const QUrl &base) const;
    // Path of the resolved target, percent-encoded as on the wire (split it on "/" and decode each
    // segment into Uri-Path options, RFC 7252 §6.4), when the target has the scheme, host and port
    // of base. std::nullopt for links to other servers.
    std::optional<QString> path(const QUrl &base) const;

    friend bool operator==(const CoreLink &, const CoreLink &) = default;

private:
    QStringList splitValues(QStringView name) const;

    QString m_href;
    QList<CoreLinkAttribute> m_attributes;
};

enum class CoreLinkError : quint8 {
    None,
    ExpectedLink,             // a link-value must begin with "<" (RFC 6690 §2)
    UnterminatedHref,         // no ">", or a character no URI-reference can hold ('<', '"', space, CTL)
    EmptyLink,                // leading, doubled or trailing ",": not in the link-value-list ABNF
    BadAttributeName,         // a parmname is 1*token character, optionally "*" (RFC 8288 §3)
    MissingAttributeValue,    // "name=" without a value, or a flag where the RFC requires a value
    BadAttributeValue,        // a value that is neither ptoken nor quoted-string
    UnterminatedQuotedString, // no closing DQUOTE
    ExpectedSeparator,        // junk after a link or a parameter: only ";", "," or the end may follow
    InvalidAttributeValue,    // strict only: unquoted anchor/title, sz or ct not cardinal,
                              // malformed title* ext-value (RFC 6690 §2, RFC 7252 §7.2.1, RFC 8187)
};

struct CoreLinkParseResult
{
    QList<CoreLink> links;
    // The first problem found and its byte offset. In Strict mode parsing stops there and links
    // holds the links before it; in Lenient mode parsing went on past it.
    CoreLinkError error = CoreLinkError::None;
    qsizetype errorOffset = 0;
    int skippedLinks = 0; // Lenient: link-values that could not be read and were left out
    bool ok() const { return error == CoreLinkError::None; }
};

namespace CoreLinkFormat {

enum class Mode : quint8 {
    // The RFC 6690 §2 grammar (with optional whitespace around separators, which real devices
    // send and RFC 6690 §5 prints); stops at the first error.
    Strict,
    // Keeps every link it can read: a broken link-value is skipped up to the next "," outside a
    // quoted string (if the quotes never pair up again, up to the next "," at all); empty list
    // elements, stray ";" and a missing "," before "<" are tolerated.
    Lenient,
};

// Never fails on any input, runs in linear time and without recursion; empty input gives no
// links and no error.
CoreLinkParseResult parse(QByteArrayView text, Mode mode = Mode::Lenient);

// Valid link format for a /.well-known/core response. Cardinal values (ct=0, sz=42) and
// extended values (title*=UTF-8''...) are written bare, all others as quoted strings. Characters
// that cannot appear in a URI-reference are percent-encoded in the href; parameters whose name
// is not a valid parmname are left out, and so are parameters that Strict mode would reject
// (sz="abc", a title* that does not decode): the output always parses in Strict mode.
QByteArray serialize(const QList<CoreLink> &links);

// RFC 6690 §4.1 query filtering. query is one Uri-Query value, already percent-decoded:
// "name=value" or "name=prefix*". "href" compares against the href as written; rt, if, rel,
// rev and ct match when any of their space-separated values matches; other names compare the
// whole value of any instance. Extensions: an empty query matches every link, and a bare
// "name" matches links that have that parameter (e.g. "obs").
bool matchesQuery(const CoreLink &link, QStringView query);
QList<CoreLink> filter(const QList<CoreLink> &links, QStringView query);

// RFC 8187 §3.2 ext-value ("UTF-8'en'%e2%82%ac"); UTF-8 and ISO-8859-1 charsets. std::nullopt
// when malformed.
std::optional<QString> decodeExtValue(QStringView extValue);
// "UTF-8''" followed by the percent-encoded text, for title* and other name* parameters.
QString encodeExtValue(QStringView text);

// Stable English identifier for logs and JSON ("unterminated-href"); the UI translates the enum.
const char *errorKey(CoreLinkError error);

} // namespace CoreLinkFormat

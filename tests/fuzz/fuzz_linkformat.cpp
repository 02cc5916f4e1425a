// libFuzzer target: any bytes through the CoRE Link Format parser (RFC 6690 §2) in both modes,
// then every accessor a view or the CLI uses on the links. Properties checked:
//  - parse never fails to return and its error offset lies inside the text;
//  - Strict success implies Lenient gives the same links (Lenient only adds tolerance);
//  - serialize() of what was read parses back, strictly, to links that serialize identically
//    (serialize is the /.well-known/core writer of our server, so its output must be valid).
#include "corelinkformat.h"

#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_linkformat: %s\n", what);
    std::abort();
}

void touch(const QList<CoreLink> &links)
{
    static const QUrl base(QStringLiteral("coap://10.0.0.5:5683/"));
    for (const CoreLink &link : links) {
        (void)link.resourceTypes();
        (void)link.interfaces();
        (void)link.relations();
        (void)link.contentFormats();
        (void)link.isObservable();
        (void)link.title();
        (void)link.size();
        (void)link.anchor();
        (void)link.contextUri(base);
        (void)link.resolvedUri(base);
        (void)link.path(base);
        for (const CoreLinkAttribute &a : link.attributes())
            (void)CoreLinkFormat::matchesQuery(link, a.name + QLatin1Char('=') + a.value.left(3) + QLatin1Char('*'));
    }
    (void)CoreLinkFormat::filter(links, u"rt=temp*");
    (void)CoreLinkFormat::filter(links, u"obs");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));

    const CoreLinkParseResult lenient = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Lenient);
    const CoreLinkParseResult strict = CoreLinkFormat::parse(text, CoreLinkFormat::Mode::Strict);
    for (const CoreLinkParseResult *r : {&lenient, &strict}) {
        if (r->errorOffset < 0 || r->errorOffset > text.size())
            fail("error offset outside the text");
        (void)CoreLinkFormat::errorKey(r->error);
    }
    if (strict.ok() && !(lenient.links == strict.links))
        fail("strict and lenient disagree on valid input");
    touch(lenient.links);

    const QByteArray written = CoreLinkFormat::serialize(lenient.links);
    const CoreLinkParseResult reread = CoreLinkFormat::parse(written, CoreLinkFormat::Mode::Strict);
    if (!reread.ok()) {
        std::fprintf(stderr, "serialized: %s (error %s at %lld)\n", written.constData(),
                     CoreLinkFormat::errorKey(reread.error), qlonglong(reread.errorOffset));
        fail("serialize() wrote text that does not parse strictly");
    }
    if (CoreLinkFormat::serialize(reread.links) != written)
        fail("serialize(parse(serialize(x))) != serialize(x)");

    const QString asText = QString::fromUtf8(text);
    (void)CoreLinkFormat::decodeExtValue(asText);
    const std::optional<QString> ext = CoreLinkFormat::decodeExtValue(CoreLinkFormat::encodeExtValue(asText));
    if (!ext || *ext != asText)
        fail("decodeExtValue(encodeExtValue(x)) != x");
    return 0;
}

// libFuzzer target: coap/coaps URI handling (RFC 7252 §6, RFC 3986, RFC 6874) on any text.
//  - parse() never reports an error position outside the text;
//  - a parsed URI's canonical text is a fixed point of parse() (RFC 7252 §6.3 normalisation);
//  - URI -> options -> URI gives the same URI (RFC 7252 §6.4 and §6.5 are inverse);
//  - resolving the text as a reference against a base (RFC 3986 §5.2) yields a valid URI or an
//    error, and the with…() editors of the URI field never produce an invalid non-null URI.
#include "coapuri.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_uri: %s\n", what);
    std::abort();
}

void checkFixedPoint(const CoapUri &uri, const char *what)
{
    if (!uri.isValid())
        return;
    const CoapUriParseResult again = CoapUri::parse(uri.toString());
    if (!again.ok() || !(again.uri == uri) || again.uri.toString() != uri.toString()) {
        std::fprintf(stderr, "%s: %s -> %s (%s)\n", what, qPrintable(uri.toString()),
                     qPrintable(again.uri.toString()), coapUriErrorKey(again.error));
        fail("canonical form is not a fixed point");
    }
}

void checkOptions(const CoapUri &uri)
{
    const CoapEndpoint endpoint = uri.endpoint();
    if (endpoint.isNull())
        return; // a host name: Uri-Host carries it and this class never resolves
    CoapMessage request(CoapType::Confirmable, CoapCode::Get);
    for (const CoapOption &option : uri.toOptions(false))
        request.addOption(option);
    const CoapUri back = CoapUri::fromOptions(request, endpoint, uri.secure());
    if (!(back == uri)) {
        std::fprintf(stderr, "%s -> %s\n", qPrintable(uri.toString()), qPrintable(back.toString()));
        fail("fromOptions(toOptions(u)) != u");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const CoapUriParseResult parsed = CoapUri::parse(text);
    if (parsed.ok()) {
        if (!parsed.uri.isValid())
            fail("parse() ok but the URI is not valid");
        checkFixedPoint(parsed.uri, "parse");
        checkOptions(parsed.uri);
        (void)parsed.uri.toOptions(true);
        (void)parsed.uri.pathSegments();
        (void)parsed.uri.querySegments();
        (void)parsed.uri.hostAddress();
        checkFixedPoint(parsed.uri.withSecure(!parsed.uri.secure()), "withSecure");
        checkFixedPoint(parsed.uri.withPath(text.left(40)), "withPath");
        checkFixedPoint(parsed.uri.withHost(text.left(40)), "withHost");
        checkFixedPoint(parsed.uri.withQuerySegments(text.split(QLatin1Char('&'))), "withQuerySegments");
    } else if (parsed.errorPosition < 0 || parsed.errorPosition > text.size()) {
        fail("error position outside the text");
    }

    static const CoapUri base = CoapUri::parse(u"coap://[fe80::1%25eth0]:61616/a/b/c?q=1").uri;
    const CoapUriParseResult resolved = base.resolve(text);
    if (resolved.ok())
        checkFixedPoint(resolved.uri, "resolve");
    else if (resolved.errorPosition < 0 || resolved.errorPosition > text.size())
        fail("resolve error position outside the reference");
    return 0;
}

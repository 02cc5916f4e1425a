// libFuzzer target: any bytes through the decoder (the value type and the in-place view). Whatever it accepts must encode back to the
// very same bytes (RFC 7252 §3.1 gives every delta and length exactly one encoding) and decode to
// the same message; the URI built from the options (RFC 7252 §6.5) must parse back to itself.
// The same bytes read as text go through CoapUri::parse, whose canonical form must be a fixed point.

#include "coapcodec.h"
#include "coapuri.h"
#include "coapwireview.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_codec: %s\n", what);
    std::abort();
}

void checkUri(const CoapUri &uri, const char *what)
{
    if (!uri.isValid())
        return;
    const CoapUriParseResult again = CoapUri::parse(uri.toString());
    if (!again.ok() || !(again.uri == uri) || again.uri.toString() != uri.toString()) {
        std::fprintf(stderr, "%s: %s -> %s (%s)\n", what, qPrintable(uri.toString()),
                     qPrintable(again.uri.toString()), coapUriErrorKey(again.error));
        fail("URI canonical form is not a fixed point");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));

    const CoapDecodeResult r = CoapCodec::decode(input);
    if (r.errorOffset < 0 || r.errorOffset > input.size())
        fail("error offset outside the datagram");
    if (r.ok()) {
        CoapEncodeError error = CoapEncodeError::None;
        const QByteArray bytes = CoapCodec::encode(r.message, &error);
        if (error != CoapEncodeError::None)
            fail("a decoded message does not encode");
        if (QByteArrayView(bytes) != input)
            fail("encode(decode(x)) != x");
        const CoapDecodeResult again = CoapCodec::decode(bytes);
        if (!again.ok() || !(again.message == r.message))
            fail("decode(encode(m)) != m");

        // The in-place path: the view walks the same options, the writer writes the same bytes.
        const CoapMessageView view = CoapMessageView::parse(input);
        if (!view.isValid() || view.optionCount() != r.message.options().size())
            fail("the view disagrees with decode");
        QByteArray buffer(input.size(), Qt::Uninitialized);
        CoapMessageWriter writer(buffer.data(), buffer.size());
        writer.header(view.type(), view.code(), view.messageId(), view.token());
        qsizetype i = 0;
        for (auto it = view.options(); it.next(); ++i) {
            const CoapOption &o = r.message.options().at(i);
            if (it.option().number != o.number() || it.option().value != o.value())
                fail("the view's option differs from decode's");
            writer.option(it.option().number, it.option().value);
        }
        writer.payload(view.payload());
        if (!writer.ok() || writer.bytes() != input)
            fail("the writer does not reproduce the datagram");

        (void)r.message.summary();
        (void)CoapCodec::unrecognizedCriticalOptions(r.message);
        (void)CoapUri::locationToString(r.message);
        const CoapEndpoint destination(QHostAddress(QStringLiteral("192.0.2.1")), 5683);
        const CoapUri uri = CoapUri::fromOptions(r.message, destination, false);
        checkUri(uri, "fromOptions");
        checkUri(uri.resolveLocation(r.message), "resolveLocation");
    }

    const QString text = QString::fromUtf8(input);
    const CoapUriParseResult parsed = CoapUri::parse(text);
    if (parsed.ok()) {
        checkUri(parsed.uri, "parse");
        (void)parsed.uri.toOptions(true);
    } else if (parsed.errorPosition < 0 || parsed.errorPosition > text.size()) {
        fail("URI error position outside the text");
    }
    const CoapUri base = CoapUri::parse(u"coap://h/a/b?q").uri;
    const CoapUriParseResult resolved = base.resolve(text);
    if (resolved.ok())
        checkUri(resolved.uri, "resolve");
    return 0;
}

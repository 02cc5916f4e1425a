// libFuzzer target: any bytes through the capture reader (pcap and pcapng, every link type), then
// into the message log's events. Properties checked:
//  - read() always returns; a file that does not start with a capture magic is NotACapture;
//  - the counts add up: CoAP datagrams kept never exceed the packets read, and every datagram kept
//    decodes as CoAP (RFC 7252 §3);
//  - toEvents() gives one event per datagram, each decoded without error;
//  - every datagram kept, written again by the pcapng writer, reads back identically.
#include "coapcapture.h"
#include "coapcodec.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_capture: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CoapCaptureResult r = CoapCapture::read(bytes, 64);
    if (!CoapCapture::looksLikeCapture(bytes)) {
        if (r.error != CoapCaptureError::NotACapture || !r.datagrams.isEmpty())
            fail("a file without a capture magic was read");
        return 0;
    }
    if (r.counts.coap != r.datagrams.size() || r.counts.coap + r.counts.skipped() > r.counts.packets
        || r.datagrams.size() > 64)
        fail("counts do not add up");
    for (const CoapCapturedDatagram &d : r.datagrams) {
        if (!CoapCodec::decode(d.payload).ok())
            fail("a kept datagram is not CoAP");
    }
    const QList<CoapDatagramEvent> events = CoapCapture::toEvents(r.datagrams, nullptr);
    if (events.size() != r.datagrams.size())
        fail("toEvents lost datagrams");

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CoapPcapngWriter writer(&buffer);
    for (const CoapCapturedDatagram &d : r.datagrams) {
        if (!writer.writeDatagram(d.timeNs / 1000, d.source, d.destination, d.payload))
            fail("a kept datagram could not be written");
    }
    const CoapCaptureResult again = CoapCapture::read(buffer.data(), 64);
    if (again.datagrams.size() != r.datagrams.size())
        fail("written datagrams did not read back");
    for (qsizetype i = 0; i < again.datagrams.size(); ++i) {
        const CoapCapturedDatagram &a = r.datagrams[i];
        const CoapCapturedDatagram &b = again.datagrams[i];
        if (a.payload != b.payload || a.source.port() != b.source.port() || a.destination.port() != b.destination.port())
            fail("a written datagram read back differently");
    }
    return 0;
}

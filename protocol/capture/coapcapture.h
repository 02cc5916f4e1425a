#pragma once

#include "coapendpoint.h"
#include "coapmessagelayer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class QIODevice;

// Wireshark both ways: the message log as a pcapng file, and pcap/pcapng captures read back as
// CoAP datagrams. Pure code over bytes (CONVENTIONS.md habit 2): no sockets, no files opened here,
// safe on any input (fuzz_capture checks the reader).

// One UDP datagram as a capture holds it.
struct CoapCapturedDatagram
{
    qint64 timeNs = 0;       // since the epoch (UTC)
    CoapEndpoint source;
    CoapEndpoint destination;
    QByteArray payload;      // the UDP payload: the CoAP message
};

// Writes pcapng (the format Wireshark saves by default): one Section Header Block, one Interface
// Description Block with LINKTYPE_RAW (101: each packet starts with its IPv4 or IPv6 header), and
// one Enhanced Packet Block per datagram with synthesised IP and UDP headers (correct lengths and
// checksums), microsecond timestamps. The device is not owned.
class CoapPcapngWriter
{
public:
    static constexpr quint16 kLinkTypeRaw = 101;

    explicit CoapPcapngWriter(QIODevice *device) : m_device(device) {}

    // The section and interface headers; called by the first writeDatagram() when not before.
    bool writeHeader();
    // Fails (false) when the device refuses, or the payload does not fit one UDP datagram.
    bool writeDatagram(qint64 timeUs, const CoapEndpoint &source, const CoapEndpoint &destination,
                       const QByteArray &udpPayload);
    // One logged datagram: sent ones from event.local to event.peer, received ones the other way.
    // An unspecified local address ("0.0.0.0", "::": bound to any) is written as the loopback
    // address when the peer is on loopback (the system sent it from there), else left unspecified.
    // DTLS datagrams are logged, and so written, as their plaintext CoAP with the real ports.
    bool writeEvent(const CoapDatagramEvent &event, qint64 timeUs);
    int datagramsWritten() const { return m_written; }
    // The device refused a write (disk full, closed): the file is incomplete.
    bool deviceFailed() const { return m_deviceFailed; }

    // The IP packet for one datagram: IPv4 when both ends are IPv4, else IPv6 (an IPv4 end then
    // as an IPv4-mapped address; an unspecified address takes the other end's family).
    // Empty when the payload is too large for a UDP datagram.
    static QByteArray ipPacket(const CoapEndpoint &source, const CoapEndpoint &destination,
                               const QByteArray &udpPayload);

private:
    QIODevice *m_device;
    bool m_headerWritten = false;
    bool m_deviceFailed = false;
    int m_written = 0;
};

enum class CoapCaptureError : quint8 {
    None,
    NotACapture,       // neither pcap nor pcapng (by the first bytes)
};

// What a capture held besides CoAP, counted, never an error (a capture on a gateway holds much).
struct CoapCaptureCounts
{
    int packets = 0;          // packet records read
    int coap = 0;             // UDP datagrams that decode as CoAP (RFC 7252 §3)
    int notCoap = 0;          // other protocols, and UDP payloads that are not CoAP
    int fragmented = 0;       // IP fragments (the datagram is not reassembled)
    int truncated = 0;        // cut short by the snapshot length, or damaged lengths
    int unsupportedLink = 0;  // packets of an interface whose link type is not read
    int overLimit = 0;        // CoAP datagrams beyond the reader's limit
    bool fileTruncated = false; // the file ends inside a record (what came before is kept)
    int skipped() const { return notCoap + fragmented + truncated + unsupportedLink + overLimit; }
};

struct CoapCaptureResult
{
    CoapCaptureError error = CoapCaptureError::None;
    QList<CoapCapturedDatagram> datagrams;
    CoapCaptureCounts counts;
    bool ok() const { return error == CoapCaptureError::None; }
};

namespace CoapCapture {
// Link types read (www.tcpdump.org/linktypes.html).
enum LinkType : quint32 {
    LinkNull = 0, LinkEthernet = 1, LinkRawOpenBsd = 12, LinkRaw14 = 14, LinkRaw = 101,
    LinkLoop = 108, LinkLinuxSll = 113, LinkIpv4 = 228, LinkIpv6 = 229, LinkLinuxSll2 = 276,
};
inline constexpr int kDefaultMaxDatagrams = 1'000'000;

// Reads classic pcap (either byte order, micro- or nanosecond timestamps) and pcapng (several
// sections and interfaces, if_tsresol and if_tsoffset; Enhanced, Simple and obsolete Packet
// Blocks). Keeps the UDP datagrams whose payload decodes as CoAP, up to maxDatagrams.
CoapCaptureResult read(QByteArrayView file, int maxDatagrams = kDefaultMaxDatagrams);
// True when the first bytes are a pcap or pcapng magic number.
bool looksLikeCapture(QByteArrayView head);

// A capture's datagrams as the message log's events, seen from the client side of each
// exchange: the address that receives requests (or sends responses) is the peer, a datagram to
// it is "sent", one from it "received". event.local is the other end. Decoded; duplicates of a
// CON/NON by MID within the capture are marked. wallTimesMs receives each event's time.
QList<CoapDatagramEvent> toEvents(const QList<CoapCapturedDatagram> &datagrams, QList<qint64> *wallTimesMs);
} // namespace CoapCapture

#include "coapcapture.h"

#include "coapcodec.h"

#include <QHash>
#include <QSet>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

// Named, not anonymous: the unity build puts several files into one translation unit.
namespace CoapCaptureImpl {

constexpr quint32 kPcapMagicMicro = 0xa1b2c3d4;
constexpr quint32 kPcapMagicNano = 0xa1b23c4d;
constexpr quint32 kPcapngSectionHeader = 0x0A0D0D0A;
constexpr quint32 kPcapngByteOrderMagic = 0x1A2B3C4D;
constexpr quint32 kPcapngInterfaceBlock = 1;
constexpr quint32 kPcapngPacketBlock = 2;  // obsolete, still written by old tools
constexpr quint32 kPcapngSimplePacketBlock = 3;
constexpr quint32 kPcapngEnhancedPacketBlock = 6;
constexpr int kUdpProtocol = 17;

void appendBe16(QByteArray &b, quint16 v) { b.append(char(v >> 8)); b.append(char(v & 0xff)); }
void appendLe16(QByteArray &b, quint16 v) { b.append(char(v & 0xff)); b.append(char(v >> 8)); }
void appendLe32(QByteArray &b, quint32 v) { appendLe16(b, quint16(v & 0xffff)); appendLe16(b, quint16(v >> 16)); }
void pad4(QByteArray &b) { while (b.size() % 4) b.append('\0'); }

// RFC 1071 one's-complement sum over 16-bit big-endian words.
quint32 sumWords(QByteArrayView data, quint32 sum = 0)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2)
        sum += quint32(p[i] << 8 | p[i + 1]);
    if (i < data.size())
        sum += quint32(p[i] << 8);
    return sum;
}
quint16 foldChecksum(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QByteArray ipv4Bytes(const QHostAddress &a)
{
    QByteArray b;
    appendBe16(b, quint16(a.toIPv4Address() >> 16));
    appendBe16(b, quint16(a.toIPv4Address() & 0xffff));
    return b;
}
QByteArray ipv6Bytes(const QHostAddress &a)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        // IPv4-mapped (RFC 4291 §2.5.5.2), for the impossible-in-practice mixed pair.
        QByteArray b(10, '\0');
        b.append(char(0xff)).append(char(0xff));
        return b + ipv4Bytes(a);
    }
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}

bool isIpv4(const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; }

// ---- reading ---------------------------------------------------------------------------------

class Bytes
{
public:
    Bytes(QByteArrayView data, bool bigEndian) : m_data(data), m_big(bigEndian) {}
    qsizetype size() const { return m_data.size(); }
    bool has(qsizetype offset, qsizetype length) const
    { return offset >= 0 && length >= 0 && offset <= m_data.size() && length <= m_data.size() - offset; }
    quint16 u16(qsizetype o) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_data.data()) + o;
        return m_big ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
    }
    quint32 u32(qsizetype o) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_data.data()) + o;
        return m_big ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    }
    QByteArrayView mid(qsizetype o, qsizetype n) const { return m_data.sliced(o, n); }

private:
    QByteArrayView m_data;
    bool m_big;
};

quint16 be16(const uchar *p) { return quint16(p[0] << 8 | p[1]); }

struct Interface
{
    quint32 linkType = 0;
    // Timestamp units per second as a multiplier to nanoseconds: ns = ts * num / den.
    qint64 unitsPerSecond = 1'000'000;
    qint64 offsetSeconds = 0;
};

class Reader
{
public:
    Reader(int maxDatagrams) : m_max(maxDatagrams) {}

    void packet(quint32 linkType, qint64 timeNs, QByteArrayView data, bool snapped)
    {
        ++r.counts.packets;
        const auto *p = reinterpret_cast<const uchar *>(data.data());
        const qsizetype n = data.size();
        qsizetype ip = -1;
        int family = 0; // 4, 6, or 0 = by the version nibble
        switch (linkType) {
        case CoapCapture::LinkNull:
        case CoapCapture::LinkLoop: {
            if (n < 4) return truncated();
            // BSD loopback: the address family, in the capturing host's byte order for NULL, big
            // endian for LOOP. AF_INET is 2 everywhere; AF_INET6 is 10, 24, 28 or 30.
            quint32 af = qFromBigEndian<quint32>(p);
            if (linkType == CoapCapture::LinkNull && af > 0xffff)
                af = qFromLittleEndian<quint32>(p);
            if (af == 2) family = 4;
            else if (af == 10 || af == 24 || af == 28 || af == 30) family = 6;
            else return notCoap();
            ip = 4;
            break;
        }
        case CoapCapture::LinkEthernet: {
            if (n < 14) return truncated();
            qsizetype o = 12;
            quint16 type = be16(p + o);
            // IEEE 802.1Q / 802.1ad tags, up to two.
            for (int tags = 0; tags < 2 && (type == 0x8100 || type == 0x88a8); ++tags) {
                o += 4;
                if (n < o + 2) return truncated();
                type = be16(p + o);
            }
            if (type == 0x0800) family = 4;
            else if (type == 0x86dd) family = 6;
            else return notCoap();
            ip = o + 2;
            break;
        }
        case CoapCapture::LinkLinuxSll: {
            if (n < 16) return truncated();
            const quint16 type = be16(p + 14);
            if (type == 0x0800) family = 4;
            else if (type == 0x86dd) family = 6;
            else return notCoap();
            ip = 16;
            break;
        }
        case CoapCapture::LinkLinuxSll2: {
            if (n < 20) return truncated();
            const quint16 type = be16(p);
            if (type == 0x0800) family = 4;
            else if (type == 0x86dd) family = 6;
            else return notCoap();
            ip = 20;
            break;
        }
        case CoapCapture::LinkRaw:
        case CoapCapture::LinkRawOpenBsd:
        case CoapCapture::LinkRaw14:
            ip = 0;
            break;
        case CoapCapture::LinkIpv4:
            ip = 0; family = 4;
            break;
        case CoapCapture::LinkIpv6:
            ip = 0; family = 6;
            break;
        default:
            ++r.counts.unsupportedLink;
            return;
        }
        ipPacket(timeNs, data.sliced(ip), family, snapped);
    }

    CoapCaptureResult r;

private:
    void truncated() { ++r.counts.truncated; }
    void notCoap() { ++r.counts.notCoap; }

    void ipPacket(qint64 timeNs, QByteArrayView data, int family, bool snapped)
    {
        const auto *p = reinterpret_cast<const uchar *>(data.data());
        const qsizetype n = data.size();
        if (n < 1) return truncated();
        const int version = p[0] >> 4;
        if (family == 0) family = version;
        if (version != family || (family != 4 && family != 6)) return notCoap();
        QHostAddress source, destination;
        qsizetype udp = 0, end = 0;
        if (family == 4) {
            if (n < 20) return truncated();
            const int headerLength = (p[0] & 0x0f) * 4;
            const quint16 total = be16(p + 2);
            if (headerLength < 20 || total < headerLength) return truncated();
            if (n < total) return truncated(); // snapped, or a damaged length
            const quint16 fragment = be16(p + 6);
            if ((fragment & 0x2000) || (fragment & 0x1fff)) { ++r.counts.fragmented; return; } // MF or offset
            if (p[9] != kUdpProtocol) return notCoap();
            source = QHostAddress(qFromBigEndian<quint32>(p + 12));
            destination = QHostAddress(qFromBigEndian<quint32>(p + 16));
            udp = headerLength;
            end = total;
        } else {
            if (n < 40) return truncated();
            const quint16 payloadLength = be16(p + 4);
            if (payloadLength == 0) return notCoap(); // a jumbogram (RFC 2675), never CoAP over UDP
            end = 40 + qsizetype(payloadLength);
            if (n < end) return truncated();
            int next = p[6];
            qsizetype o = 40;
            // Extension headers before UDP (RFC 8200 §4): hop-by-hop, routing, destination
            // options, fragment, authentication. At most eight, a bound against a looping file.
            for (int hops = 0; hops < 8 && next != kUdpProtocol; ++hops) {
                if (next == 44) { // fragment
                    if (end < o + 8) return truncated();
                    const quint16 offsetFlags = be16(p + o + 2);
                    if ((offsetFlags & 0xfff8) || (offsetFlags & 1)) { ++r.counts.fragmented; return; }
                    next = p[o];
                    o += 8;
                } else if (next == 0 || next == 43 || next == 60) {
                    if (end < o + 2) return truncated();
                    const qsizetype length = (qsizetype(p[o + 1]) + 1) * 8;
                    next = p[o];
                    o += length;
                } else if (next == 51) {
                    if (end < o + 2) return truncated();
                    const qsizetype length = (qsizetype(p[o + 1]) + 2) * 4;
                    next = p[o];
                    o += length;
                } else {
                    return notCoap();
                }
                if (o > end) return truncated();
            }
            if (next != kUdpProtocol) return notCoap();
            Q_IPV6ADDR a, b;
            std::memcpy(a.c, p + 8, 16);
            std::memcpy(b.c, p + 24, 16);
            source = QHostAddress(a);
            destination = QHostAddress(b);
            udp = o;
        }
        if (end - udp < 8) return truncated();
        const quint16 udpLength = be16(p + udp + 4);
        if (udpLength < 8 || udp + udpLength > end) return truncated();
        Q_UNUSED(snapped);
        const QByteArrayView payload = data.sliced(udp + 8, udpLength - 8);
        const CoapDecodeResult decoded = CoapCodec::decode(payload);
        if (!decoded.ok()) return notCoap();
        if (r.datagrams.size() >= m_max) { ++r.counts.overLimit; return; }
        ++r.counts.coap;
        CoapCapturedDatagram d;
        d.timeNs = timeNs;
        d.source = CoapEndpoint(source, be16(p + udp));
        d.destination = CoapEndpoint(destination, be16(p + udp + 2));
        d.payload = payload.toByteArray();
        r.datagrams.append(std::move(d));
    }

    int m_max;
};

void readPcap(QByteArrayView file, Reader &reader)
{
    const quint32 magicLe = qFromLittleEndian<quint32>(file.data());
    const bool big = !(magicLe == kPcapMagicMicro || magicLe == kPcapMagicNano);
    const Bytes b(file, big);
    const bool nano = b.u32(0) == kPcapMagicNano;
    if (!b.has(0, 24)) {
        reader.r.counts.fileTruncated = true;
        return;
    }
    // The link type's upper bits may carry the FCS length (pcap-savefile(5)).
    const quint32 linkType = b.u32(20) & 0x0fffffff;
    qsizetype o = 24;
    while (o < b.size()) {
        if (!b.has(o, 16)) {
            reader.r.counts.fileTruncated = true;
            return;
        }
        const qint64 seconds = b.u32(o);
        const qint64 fraction = b.u32(o + 4);
        const quint32 included = b.u32(o + 8);
        const quint32 original = b.u32(o + 12);
        o += 16;
        if (!b.has(o, included)) {
            reader.r.counts.fileTruncated = true;
            return;
        }
        const qint64 ns = seconds * 1'000'000'000 + (nano ? fraction : fraction * 1000);
        reader.packet(linkType, ns, b.mid(o, included), included < original);
        o += included;
    }
}

qint64 toNanoseconds(quint64 ts, const Interface &itf)
{
    // ts / unitsPerSecond seconds, without overflow for the usual resolutions.
    const quint64 ups = quint64(itf.unitsPerSecond);
    // Clamped to about 136 years: a damaged timestamp must not overflow.
    const quint64 seconds = qMin<quint64>(ts / ups, quint64(1) << 32);
    const quint64 rest = ts % ups;
    const qint64 ns = qint64(seconds) * 1'000'000'000 + qint64(rest * 1'000'000'000 / ups);
    return ns + itf.offsetSeconds * 1'000'000'000;
}

void readPcapng(QByteArrayView file, Reader &reader)
{
    qsizetype o = 0;
    bool big = false;
    QList<Interface> interfaces;
    while (o < file.size()) {
        if (!Bytes(file, false).has(o, 12)) {
            reader.r.counts.fileTruncated = true;
            return;
        }
        const quint32 typeLe = qFromLittleEndian<quint32>(file.data() + o);
        if (typeLe == kPcapngSectionHeader) {
            // A new section: its own byte order and interfaces (pcapng §4.1).
            const quint32 magic = qFromLittleEndian<quint32>(file.data() + o + 8);
            if (magic == kPcapngByteOrderMagic) big = false;
            else if (qFromBigEndian<quint32>(file.data() + o + 8) == kPcapngByteOrderMagic) big = true;
            else { reader.r.counts.fileTruncated = true; return; }
            interfaces.clear();
        }
        const Bytes b(file, big);
        const quint32 type = b.u32(o);
        const quint32 length = b.u32(o + 4);
        if (length < 12 || length % 4 || !b.has(o, length)) {
            reader.r.counts.fileTruncated = true;
            return;
        }
        const qsizetype body = o + 8;
        const qsizetype bodyLength = qsizetype(length) - 12;
        if (type == kPcapngInterfaceBlock && bodyLength >= 8) {
            Interface itf;
            itf.linkType = b.u16(body);
            // Options: code, length, value padded to 32 bits (pcapng §3.5).
            qsizetype p = body + 8;
            const qsizetype end = body + bodyLength;
            while (p + 4 <= end) {
                const quint16 code = b.u16(p);
                const quint16 len = b.u16(p + 2);
                if (code == 0 || p + 4 + len > end)
                    break;
                if (code == 9 && len >= 1) { // if_tsresol
                    const quint8 v = quint8(file[p + 4]);
                    const int exponent = v & 0x7f;
                    const bool binary = v & 0x80;
                    // Finer than a nanosecond, or absurd: treated as nanoseconds (ticks may wrap).
                    if (binary) itf.unitsPerSecond = exponent <= 30 ? (qint64(1) << exponent) : (qint64(1) << 30);
                    else { qint64 u = 1; for (int i = 0; i < exponent && i < 9; ++i) u *= 10; itf.unitsPerSecond = u; }
                } else if (code == 14 && len >= 8) { // if_tsoffset, seconds
                    const quint64 hi = b.u32(p + 4), lo = b.u32(p + 8);
                    itf.offsetSeconds = qint64(big ? (hi << 32 | lo) : (lo << 32 | hi));
                    if (itf.offsetSeconds > (qint64(1) << 31) || itf.offsetSeconds < -(qint64(1) << 31))
                        itf.offsetSeconds = 0; // beyond any real clock: ignored
                }
                p += 4 + ((len + 3) & ~3);
            }
            if (interfaces.size() < 65536)
                interfaces.append(itf);
        } else if ((type == kPcapngEnhancedPacketBlock && bodyLength >= 20)
                   || (type == kPcapngPacketBlock && bodyLength >= 20)) {
            const quint32 id = type == kPcapngEnhancedPacketBlock ? b.u32(body) : b.u16(body);
            const quint64 ts = quint64(b.u32(body + 4)) << 32 | b.u32(body + 8);
            const quint32 captured = b.u32(body + 12);
            const quint32 original = b.u32(body + 16);
            if (captured > quint32(bodyLength - 20)) {
                reader.r.counts.truncated++;
                reader.r.counts.packets++;
            } else if (id >= quint32(interfaces.size())) {
                reader.r.counts.packets++;
                reader.r.counts.unsupportedLink++; // a packet of an interface never described
            } else {
                const Interface &itf = interfaces[id];
                reader.packet(itf.linkType, toNanoseconds(ts, itf), b.mid(body + 20, captured), captured < original);
            }
        } else if (type == kPcapngSimplePacketBlock && bodyLength >= 4) {
            // Interface 0, no timestamp (pcapng §4.4).
            const quint32 original = b.u32(body);
            const quint32 captured = quint32(qMin<qsizetype>(original, bodyLength - 4));
            if (interfaces.isEmpty()) {
                reader.r.counts.packets++;
                reader.r.counts.unsupportedLink++;
            } else {
                reader.packet(interfaces[0].linkType, 0, b.mid(body + 4, captured), captured < original);
            }
        }
        o += length;
    }
}

} // namespace CoapCaptureImpl

// ---- writing ---------------------------------------------------------------------------------

QByteArray CoapPcapngWriter::ipPacket(const CoapEndpoint &sourceEndpoint, const CoapEndpoint &destinationEndpoint,
                                      const QByteArray &udpPayload)
{
    using namespace CoapCaptureImpl;
    QHostAddress source = sourceEndpoint.address();
    QHostAddress destination = destinationEndpoint.address();
    // An unspecified or missing address takes the other end's family.
    auto any = [](const QHostAddress &a) { return a.isNull() || a == QHostAddress::Any || a == QHostAddress::AnyIPv6
                                                  || a == QHostAddress::AnyIPv4; };
    if (any(source))
        source = isIpv4(destination) ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::AnyIPv6);
    if (any(destination))
        destination = isIpv4(source) ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::AnyIPv6);
    const bool v4 = isIpv4(source) && isIpv4(destination);
    const qsizetype udpLength = 8 + udpPayload.size();
    if (udpLength > 0xffff - (v4 ? 20 : 0))
        return {};

    QByteArray udp;
    udp.reserve(udpLength);
    appendBe16(udp, sourceEndpoint.port());
    appendBe16(udp, destinationEndpoint.port());
    appendBe16(udp, quint16(udpLength));
    appendBe16(udp, 0); // checksum, below
    udp.append(udpPayload);

    const QByteArray src = v4 ? ipv4Bytes(source) : ipv6Bytes(source);
    const QByteArray dst = v4 ? ipv4Bytes(destination) : ipv6Bytes(destination);
    // UDP checksum over the pseudo-header (RFC 768; RFC 8200 §8.1), 0 sent as 0xffff.
    quint32 sum = sumWords(src) + sumWords(dst) + kUdpProtocol + quint32(udpLength);
    sum = sumWords(udp, sum);
    quint16 check = foldChecksum(sum);
    if (check == 0)
        check = 0xffff;
    udp[6] = char(check >> 8);
    udp[7] = char(check & 0xff);

    QByteArray ip;
    if (v4) {
        // RFC 791: version 4, IHL 5, no options, DF set, TTL 64.
        ip.append(char(0x45)).append('\0');
        appendBe16(ip, quint16(20 + udpLength));
        appendBe16(ip, 0);      // identification
        appendBe16(ip, 0x4000); // DF
        ip.append(char(64)).append(char(kUdpProtocol));
        appendBe16(ip, 0);      // header checksum, below
        ip += src + dst;
        const quint16 headerCheck = foldChecksum(sumWords(ip));
        ip[10] = char(headerCheck >> 8);
        ip[11] = char(headerCheck & 0xff);
    } else {
        // RFC 8200 §3: version 6, no traffic class or flow label, next header UDP, hop limit 64.
        ip.append(char(0x60)).append('\0').append('\0').append('\0');
        appendBe16(ip, quint16(udpLength));
        ip.append(char(kUdpProtocol)).append(char(64));
        ip += src + dst;
    }
    return ip + udp;
}

bool CoapPcapngWriter::writeHeader()
{
    using namespace CoapCaptureImpl;
    if (m_headerWritten)
        return !m_deviceFailed;
    m_headerWritten = true;
    // Section Header Block (pcapng §4.1): little-endian, version 1.0, section length unknown.
    QByteArray shb;
    appendLe32(shb, kPcapngSectionHeader);
    appendLe32(shb, 28);
    appendLe32(shb, kPcapngByteOrderMagic);
    appendLe16(shb, 1);
    appendLe16(shb, 0);
    appendLe32(shb, 0xffffffff);
    appendLe32(shb, 0xffffffff);
    appendLe32(shb, 28);
    // Interface Description Block (§4.2): raw IP, snaplen 0 (no limit), default resolution µs.
    QByteArray idb;
    appendLe32(idb, kPcapngInterfaceBlock);
    appendLe32(idb, 20);
    appendLe16(idb, kLinkTypeRaw);
    appendLe16(idb, 0);
    appendLe32(idb, 0);
    appendLe32(idb, 20);
    const QByteArray both = shb + idb;
    if (!m_device || m_device->write(both) != both.size()) {
        m_deviceFailed = true;
        return false;
    }
    return true;
}

bool CoapPcapngWriter::writeDatagram(qint64 timeUs, const CoapEndpoint &source, const CoapEndpoint &destination,
                                     const QByteArray &udpPayload)
{
    using namespace CoapCaptureImpl;
    if (!writeHeader())
        return false;
    const QByteArray packet = ipPacket(source, destination, udpPayload);
    if (packet.isEmpty())
        return false;
    // Enhanced Packet Block (§4.3).
    QByteArray epb;
    const quint32 total = quint32(32 + ((packet.size() + 3) & ~3));
    appendLe32(epb, kPcapngEnhancedPacketBlock);
    appendLe32(epb, total);
    appendLe32(epb, 0); // interface 0
    const quint64 ts = quint64(qMax<qint64>(0, timeUs));
    appendLe32(epb, quint32(ts >> 32));
    appendLe32(epb, quint32(ts & 0xffffffff));
    appendLe32(epb, quint32(packet.size()));
    appendLe32(epb, quint32(packet.size()));
    epb += packet;
    pad4(epb);
    appendLe32(epb, total);
    if (m_device->write(epb) != epb.size()) {
        m_deviceFailed = true;
        return false;
    }
    ++m_written;
    return true;
}

bool CoapPcapngWriter::writeEvent(const CoapDatagramEvent &event, qint64 timeUs)
{
    CoapEndpoint local = event.local;
    const QHostAddress &a = local.address();
    if (a.isNull() || a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6) {
        const QHostAddress peer = event.peer.address();
        QHostAddress substitute;
        if (peer.isLoopback())
            substitute = peer.protocol() == QAbstractSocket::IPv4Protocol ? QHostAddress(QHostAddress::LocalHost)
                                                                          : QHostAddress(QHostAddress::LocalHostIPv6);
        else
            substitute = peer.protocol() == QAbstractSocket::IPv4Protocol ? QHostAddress(QHostAddress::AnyIPv4)
                                                                          : QHostAddress(QHostAddress::AnyIPv6);
        local = CoapEndpoint(substitute, local.port());
    }
    const bool sent = event.direction == CoapDatagramEvent::Direction::Sent;
    return writeDatagram(timeUs, sent ? local : event.peer, sent ? event.peer : local, event.datagram);
}

// ---- reading, public -----------------------------------------------------------------------

bool CoapCapture::looksLikeCapture(QByteArrayView head)
{
    using namespace CoapCaptureImpl;
    if (head.size() < 4)
        return false;
    const quint32 le = qFromLittleEndian<quint32>(head.data());
    const quint32 be = qFromBigEndian<quint32>(head.data());
    return le == kPcapngSectionHeader || le == kPcapMagicMicro || le == kPcapMagicNano
            || be == kPcapMagicMicro || be == kPcapMagicNano;
}

CoapCaptureResult CoapCapture::read(QByteArrayView file, int maxDatagrams)
{
    using namespace CoapCaptureImpl;
    Reader reader(qMax(0, maxDatagrams));
    if (!looksLikeCapture(file)) {
        reader.r.error = CoapCaptureError::NotACapture;
        return reader.r;
    }
    if (qFromLittleEndian<quint32>(file.data()) == kPcapngSectionHeader)
        readPcapng(file, reader);
    else
        readPcap(file, reader);
    return reader.r;
}

QList<CoapDatagramEvent> CoapCapture::toEvents(const QList<CoapCapturedDatagram> &datagrams, QList<qint64> *wallTimesMs)
{
    using namespace CoapCaptureImpl;
    QList<CoapDatagramEvent> events;
    events.reserve(datagrams.size());
    // The server side of each exchange: an endpoint that received a request or sent a response.
    QSet<CoapEndpoint> servers;
    QSet<CoapEndpoint> clients;
    QSet<QPair<CoapEndpoint, quint32>> seen; // (sender, type << 16 | MID) of CON/NON, for duplicates
    const qint64 firstNs = datagrams.isEmpty() ? 0 : datagrams.first().timeNs;
    for (const CoapCapturedDatagram &d : datagrams) {
        CoapDatagramEvent e;
        e.datagram = d.payload;
        const CoapDecodeResult decoded = CoapCodec::decode(d.payload);
        e.message = decoded.message;
        e.decodeError = decoded.error;
        const quint8 code = decoded.message.code();
        const bool request = code != 0 && (code >> 5) == 0;
        const bool response = (code >> 5) >= 2;
        bool toServer;
        if (request) {
            toServer = true;
        } else if (response) {
            toServer = false;
        } else if (servers.contains(d.source) || clients.contains(d.destination)) {
            toServer = false; // an empty ACK/RST from the server side
        } else if (servers.contains(d.destination) || clients.contains(d.source)) {
            toServer = true;
        } else {
            // Nothing known yet: a ping (empty CON) goes to a server; the port decides the rest.
            toServer = decoded.message.type() == CoapType::Confirmable || d.destination.port() == 5683
                    || d.destination.port() == 5684;
        }
        const CoapEndpoint server = toServer ? d.destination : d.source;
        const CoapEndpoint client = toServer ? d.source : d.destination;
        if (servers.size() < 4096) servers.insert(server);
        if (clients.size() < 4096) clients.insert(client);
        e.direction = toServer ? CoapDatagramEvent::Direction::Sent : CoapDatagramEvent::Direction::Received;
        e.peer = server;
        e.local = client;
        e.timeMs = (d.timeNs - firstNs) / 1'000'000;
        const CoapType type = decoded.message.type();
        if (type == CoapType::Confirmable || type == CoapType::NonConfirmable) {
            const auto key = qMakePair(d.source, quint32(quint32(type) << 16 | decoded.message.messageId()));
            if (seen.contains(key)) {
                // A retransmission (ours) or a duplicate (the peer's), as the live log marks them.
                if (toServer) e.retransmission = 1;
                else e.duplicate = true;
            } else if (seen.size() < 65536) {
                seen.insert(key);
            }
        }
        if (wallTimesMs)
            wallTimesMs->append(d.timeNs / 1'000'000);
        events.append(std::move(e));
    }
    return events;
}

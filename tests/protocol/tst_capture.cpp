// Wireshark both ways (protocol/capture): the pcapng writer read by tshark, captures made by tcpdump
// on loopback read back with the same datagrams, every supported file layout, and damaged files
// that give the right counts and never crash.
#include "coapcapture.h"
#include "coapclient.h"
#include "coapcodec.h"
#include "coaptransport.h"
#include "externalpeer.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray coapGet(quint16 mid, const QByteArray &token, const QString &path)
{
    CoapMessage m(CoapType::Confirmable, CoapCode::Get, mid, token);
    m.addOption(CoapOptionNumber::UriPath, path.toUtf8());
    return CoapCodec::encode(m);
}

void le32(QByteArray &b, quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); }
void be32(QByteArray &b, quint32 v) { char c[4]; qToBigEndian(v, c); b.append(c, 4); }
void le16(QByteArray &b, quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); }

QByteArray pcapHeader(bool big, bool nano, quint32 linkType)
{
    QByteArray h;
    auto w32 = [&](quint32 v) { big ? be32(h, v) : le32(h, v); };
    w32(nano ? 0xa1b23c4d : 0xa1b2c3d4);
    if (big) { h.append('\0').append(char(2)).append('\0').append(char(4)); }
    else { h.append(char(2)).append('\0').append(char(4)).append('\0'); }
    w32(0); w32(0); w32(65535); w32(linkType);
    return h;
}

QByteArray pcapRecord(bool big, quint32 sec, quint32 frac, const QByteArray &data, quint32 original = 0)
{
    QByteArray r;
    auto w32 = [&](quint32 v) { big ? be32(r, v) : le32(r, v); };
    w32(sec); w32(frac); w32(quint32(data.size())); w32(original ? original : quint32(data.size()));
    return r + data;
}

QByteArray ethernet(const QByteArray &ip, bool v6 = false)
{
    QByteArray e(12, '\x02');
    e.append(v6 ? "\x86\xdd" : "\x08\x00", 2);
    return e + ip;
}

QByteArray sll(const QByteArray &ip)
{
    QByteArray s(14, '\0');
    s.append("\x08\x00", 2);
    return s + ip;
}

QByteArray pcapngBlock(quint32 type, const QByteArray &body)
{
    QByteArray b;
    QByteArray padded = body;
    while (padded.size() % 4) padded.append('\0');
    le32(b, type); le32(b, quint32(12 + padded.size()));
    b += padded;
    le32(b, quint32(12 + padded.size()));
    return b;
}

QByteArray pcapngSection()
{
    QByteArray body;
    le32(body, 0x1A2B3C4D); le16(body, 1); le16(body, 0); le32(body, 0xffffffff); le32(body, 0xffffffff);
    return pcapngBlock(0x0A0D0D0A, body);
}

QByteArray pcapngInterface(quint16 linkType, int tsresol = -1)
{
    QByteArray body;
    le16(body, linkType); le16(body, 0); le32(body, 0);
    if (tsresol >= 0) {
        le16(body, 9); le16(body, 1); body.append(char(tsresol)).append(3, '\0');
        le16(body, 0); le16(body, 0);
    }
    return pcapngBlock(1, body);
}

QByteArray pcapngPacket(quint32 interface, quint64 ts, const QByteArray &data)
{
    QByteArray body;
    le32(body, interface); le32(body, quint32(ts >> 32)); le32(body, quint32(ts));
    le32(body, quint32(data.size())); le32(body, quint32(data.size()));
    return pcapngBlock(6, body + data);
}

const CoapEndpoint kClient(QHostAddress(QStringLiteral("192.0.2.10")), 40000);
const CoapEndpoint kServer(QHostAddress(QStringLiteral("192.0.2.5")), 5683);

QStringList tsharkFields(const QString &file, quint16 port)
{
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"),
                 {QStringLiteral("-r"), file, QStringLiteral("-d"), QStringLiteral("udp.port==%1,coap").arg(port),
                  QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("coap.code"),
                  QStringLiteral("-e"), QStringLiteral("coap.mid"), QStringLiteral("-e"), QStringLiteral("coap.token"),
                  QStringLiteral("-e"), QStringLiteral("udp.checksum.status"), QStringLiteral("-o"),
                  QStringLiteral("udp.check_checksum:TRUE")});
    if (!tshark.waitForFinished(60000)) {
        tshark.kill();
        tshark.waitForFinished();
        return {QStringLiteral("tshark hung")};
    }
    return QString::fromUtf8(tshark.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// A real exchange with a libcoap server on loopback; returns the datagram events our engine logged.
QList<CoapDatagramEvent> exchangeWithLibcoap(quint16 port)
{
    CoapUdpTransport transport;
    if (!transport.bind(QHostAddress::Any))
        return {};
    CoapClient client(&transport);
    QList<CoapDatagramEvent> events;
    QObject::connect(client.messageLayer(), &CoapMessageLayer::datagramEvent, client.messageLayer(),
                     [&events](const CoapDatagramEvent &e) { events << e; });
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/example_data"), QStringLiteral("/nothing")}) {
        CoapRequest req;
        req.endpoint = CoapEndpoint(QHostAddress::LocalHost, port);
        req.message = CoapMessage(CoapType::Confirmable, CoapCode::Get);
        req.message.addOption(CoapOptionNumber::UriPath, path.mid(1).toUtf8());
        if (path == QLatin1String("/"))
            req.message.removeOption(CoapOptionNumber::UriPath);
        req.blockSzx = 4; // /example_data in several blocks
        CoapReply *reply = client.send(req);
        QSignalSpy finished(reply, &CoapReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return {};
    }
    return events;
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writerRoundTrip();
    void ipHeadersHaveCorrectChecksums();
    void exportReadByTshark();
    void tcpdumpCaptureImports_data();
    void tcpdumpCaptureImports();
    void classicPcapVariants_data();
    void classicPcapVariants();
    void pcapngWithSeveralInterfaces();
    void skippedPacketsAreCounted();
    void notACapture();
    void everyTruncationIsSafe();
    void eventsTakeTheClientSide();
    void cliPcapReadByTshark_data();
    void cliPcapReadByTshark();
    void simulatePcap();

private:
    QTemporaryDir m_dir;
};

void TestCapture::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCapture::writerRoundTrip()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CoapPcapngWriter writer(&buffer);
    const CoapEndpoint v6a(QHostAddress(QStringLiteral("fd77::10")), 50000);
    const CoapEndpoint v6b(QHostAddress(QStringLiteral("fd77::11")), 5683);
    QVERIFY(writer.writeDatagram(1'700'000'000'123'456, kClient, kServer, coapGet(0x1234, "ab", QStringLiteral("time"))));
    QVERIFY(writer.writeDatagram(1'700'000'001'000'000, v6a, v6b, coapGet(7, "", QStringLiteral("x"))));
    QCOMPARE(writer.datagramsWritten(), 2);

    const CoapCaptureResult r = CoapCapture::read(buffer.data());
    QVERIFY(r.ok());
    QCOMPARE(r.counts.packets, 2);
    QCOMPARE(r.counts.coap, 2);
    QCOMPARE(r.counts.skipped(), 0);
    QCOMPARE(r.datagrams.size(), 2);
    QCOMPARE(r.datagrams[0].timeNs, 1'700'000'000'123'456'000);
    QCOMPARE(r.datagrams[0].source, kClient);
    QCOMPARE(r.datagrams[0].destination, kServer);
    QCOMPARE(r.datagrams[0].payload, coapGet(0x1234, "ab", QStringLiteral("time")));
    QCOMPARE(r.datagrams[1].source, v6a);
    QCOMPARE(r.datagrams[1].destination, v6b);
}

void TestCapture::ipHeadersHaveCorrectChecksums()
{
    const QByteArray payload = coapGet(1, "t", QStringLiteral("odd")); // odd length on purpose
    const QByteArray packet = CoapPcapngWriter::ipPacket(kClient, kServer, payload);
    QCOMPARE(packet.size(), 20 + 8 + payload.size());
    QCOMPARE(qFromBigEndian<quint16>(packet.constData() + 2), quint16(packet.size()));
    // Summing a header with its checksum gives 0xffff (RFC 1071).
    auto sum = [](QByteArrayView d, quint32 s = 0) {
        for (qsizetype i = 0; i < d.size(); i += 2)
            s += quint32(uchar(d[i]) << 8 | (i + 1 < d.size() ? uchar(d[i + 1]) : 0));
        while (s >> 16) s = (s & 0xffff) + (s >> 16);
        return s;
    };
    QCOMPARE(sum(QByteArrayView(packet).first(20)), 0xffffu);
    const QByteArrayView udp = QByteArrayView(packet).sliced(20);
    QCOMPARE(qFromBigEndian<quint16>(udp.data() + 4), quint16(udp.size()));
    quint32 pseudo = sum(QByteArrayView(packet).sliced(12, 8)) + 17 + quint32(udp.size());
    QCOMPARE(sum(udp, pseudo), 0xffffu);
}

void TestCapture::exportReadByTshark()
{
    if (!ExternalPeer::haveProgram(QStringLiteral("tshark")) || !ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("tshark or libcoap3-bin is not installed (packaging/debian/install-deps.sh --dev)");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY(server.startLibcoapServer(&port));
    const QList<CoapDatagramEvent> events = exchangeWithLibcoap(port);
    QVERIFY(events.size() >= 6);

    const QString file = m_dir.filePath(QStringLiteral("export.pcapng"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        CoapPcapngWriter writer(&f);
        qint64 t = 1'700'000'000'000'000;
        for (const CoapDatagramEvent &e : events)
            QVERIFY(writer.writeEvent(e, t += 1000));
    }
    const QStringList lines = tsharkFields(file, port);
    QCOMPARE(lines.size(), events.size());
    for (int i = 0; i < events.size(); ++i) {
        const CoapMessage &m = events[i].message;
        const QStringList f = lines[i].split(u'\t');
        QCOMPARE(f.size(), 4);
        QCOMPARE(f[0].toInt(), int(m.code()));
        QCOMPARE(f[1].toInt(), int(m.messageId()));
        QCOMPARE(f[2], QString::fromLatin1(m.token().toHex()));
        QCOMPARE(f[3], QStringLiteral("1")); // checksum verified: 1 = Good (0 Bad, 2 Unverified)
    }
}

void TestCapture::tcpdumpCaptureImports_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("lo, Ethernet, µs") << QStringLiteral("lo") << QStringList{};
    QTest::newRow("any, cooked, ns") << QStringLiteral("any") << QStringList{QStringLiteral("--time-stamp-precision=nano")};
}

void TestCapture::tcpdumpCaptureImports()
{
    QFETCH(QString, interface);
    QFETCH(QStringList, extra);
    if (!ExternalPeer::haveProgram(QStringLiteral("tcpdump")) || !ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("tcpdump or libcoap3-bin is not installed (packaging/debian/install-deps.sh --dev)");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY(server.startLibcoapServer(&port));
    const QString file = m_dir.filePath(QStringLiteral("tcpdump-%1.pcap").arg(interface));
    ExternalPeer tcpdump;
    // -U: write each packet at once; only this test's port, so that nothing else on the machine shows.
    QVERIFY(tcpdump.start(QStringLiteral("tcpdump"), QStringList{QStringLiteral("-i"), interface, QStringLiteral("-U"),
                                                                 QStringLiteral("-w"), file} + extra
                                                             + QStringList{QStringLiteral("udp port %1").arg(port)}));
    // tcpdump says "listening on …" on stderr once the capture runs; without root (or CAP_NET_RAW)
    // it ends at once, and the test cannot run here.
    QTRY_VERIFY_WITH_TIMEOUT(tcpdump.process().peek(65536).contains("listening on")
                                     || tcpdump.process().state() == QProcess::NotRunning, 15000);
    if (tcpdump.process().state() == QProcess::NotRunning)
        QSKIP(qPrintable(QStringLiteral("tcpdump cannot capture here: ") + QString::fromLocal8Bit(tcpdump.process().readAll())));
    const QList<CoapDatagramEvent> events = exchangeWithLibcoap(port);
    QVERIFY(events.size() >= 6);
    // Every datagram written, then tcpdump ended by its PID (SIGTERM flushes the file).
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) && CoapCapture::read(f.readAll()).datagrams.size() >= events.size();
    }(), 10000);
    tcpdump.stop();

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CoapCaptureResult r = CoapCapture::read(f.readAll());
    QVERIFY(r.ok());
    QCOMPARE(r.datagrams.size(), events.size());
    QCOMPARE(r.counts.skipped(), 0);
    for (int i = 0; i < events.size(); ++i) {
        const CoapCapturedDatagram &d = r.datagrams[i];
        const CoapDatagramEvent &e = events[i];
        QCOMPARE(d.payload.toHex(), e.datagram.toHex());
        const bool sent = e.direction == CoapDatagramEvent::Direction::Sent;
        QCOMPARE(sent ? d.destination : d.source, e.peer);
        QCOMPARE((sent ? d.source : d.destination).port(), e.local.port());
        QVERIFY(qAbs(d.timeNs / 1'000'000 - QDateTime::currentMSecsSinceEpoch()) < 120'000);
    }
    // And as the log's events: the libcoap server is the peer of each one, in the same direction.
    const QList<CoapDatagramEvent> imported = CoapCapture::toEvents(r.datagrams, nullptr);
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(imported[i].direction, events[i].direction);
        QCOMPARE(imported[i].peer, events[i].peer);
        QCOMPARE(imported[i].message, events[i].message);
    }
}

void TestCapture::classicPcapVariants_data()
{
    QTest::addColumn<bool>("big");
    QTest::addColumn<bool>("nano");
    QTest::addColumn<quint32>("linkType");
    for (bool big : {false, true})
        for (bool nano : {false, true})
            for (quint32 link : {1u, 101u, 113u, 0u, 108u})
                QTest::addRow("%s %s link %u", big ? "BE" : "LE", nano ? "ns" : "µs", link) << big << nano << link;
}

void TestCapture::classicPcapVariants()
{
    QFETCH(bool, big);
    QFETCH(bool, nano);
    QFETCH(quint32, linkType);
    const QByteArray coap = coapGet(42, "\x01\x02", QStringLiteral("temp"));
    const QByteArray ip = CoapPcapngWriter::ipPacket(kClient, kServer, coap);
    QByteArray frame;
    switch (linkType) {
    case 1: frame = ethernet(ip); break;
    case 113: frame = sll(ip); break;
    case 0: { QByteArray af; le32(af, 2); frame = af + ip; break; } // AF_INET, little-endian host
    case 108: { QByteArray af; be32(af, 2); frame = af + ip; break; }
    default: frame = ip;
    }
    const QByteArray file = pcapHeader(big, nano, linkType) + pcapRecord(big, 1'700'000'000, nano ? 5 : 7, frame);
    const CoapCaptureResult r = CoapCapture::read(file);
    QVERIFY(r.ok());
    QCOMPARE(r.datagrams.size(), 1);
    QCOMPARE(r.datagrams[0].payload, coap);
    QCOMPARE(r.datagrams[0].timeNs, 1'700'000'000'000'000'000 + (nano ? 5 : 7000));
    QCOMPARE(r.datagrams[0].source, kClient);
}

void TestCapture::pcapngWithSeveralInterfaces()
{
    const QByteArray a = coapGet(1, "a", QStringLiteral("a"));
    const QByteArray b = coapGet(2, "b", QStringLiteral("b"));
    const QByteArray c = coapGet(3, "c", QStringLiteral("c"));
    const CoapEndpoint v6a(QHostAddress(QStringLiteral("fe80::1")), 1000);
    const CoapEndpoint v6b(QHostAddress(QStringLiteral("fe80::2")), 5683);
    QByteArray file = pcapngSection() + pcapngInterface(1) + pcapngInterface(113, 9) + pcapngInterface(101, 3)
            + pcapngPacket(0, 1'000'000, ethernet(CoapPcapngWriter::ipPacket(kClient, kServer, a)))
            + pcapngPacket(1, 2'000'000'000, sll(CoapPcapngWriter::ipPacket(kClient, kServer, b)))
            + pcapngPacket(2, 3'000, CoapPcapngWriter::ipPacket(v6a, v6b, c))
            + pcapngBlock(0x0BAD, QByteArray(8, 'x')) // an unknown block: skipped
            + pcapngPacket(7, 0, QByteArray(40, 'y')); // an interface never described
    const CoapCaptureResult r = CoapCapture::read(file);
    QVERIFY(r.ok());
    QCOMPARE(r.datagrams.size(), 3);
    QCOMPARE(r.datagrams[0].timeNs, 1'000'000'000);  // µs by default
    QCOMPARE(r.datagrams[1].timeNs, 2'000'000'000);  // if_tsresol 9: ns
    QCOMPARE(r.datagrams[2].timeNs, 3'000'000'000);  // if_tsresol 3: ms
    QCOMPARE(r.datagrams[2].destination, v6b);
    QCOMPARE(r.datagrams[2].payload, c);
    QCOMPARE(r.counts.unsupportedLink, 1);

    // A second section starts over with its own (big-endian) interfaces.
    QByteArray big;
    auto b32 = [&big](quint32 v) { be32(big, v); };
    b32(0x0A0D0D0A); b32(28); b32(0x1A2B3C4D); big.append("\x00\x01\x00\x00", 4); b32(0xffffffff); b32(0xffffffff); b32(28);
    b32(1); b32(20); big.append("\x00\x65\x00\x00", 4); b32(0); b32(20);
    const QByteArray ip = CoapPcapngWriter::ipPacket(kClient, kServer, a);
    QByteArray padded = ip;
    while (padded.size() % 4) padded.append('\0');
    b32(6); b32(32 + padded.size()); b32(0); b32(0); b32(5); b32(ip.size()); b32(ip.size()); big += padded; b32(32 + padded.size());
    const CoapCaptureResult two = CoapCapture::read(file + big);
    QCOMPARE(two.datagrams.size(), 4);
    QCOMPARE(two.datagrams[3].payload, a);
    QCOMPARE(two.datagrams[3].timeNs, 5'000);
}

void TestCapture::skippedPacketsAreCounted()
{
    const QByteArray coap = coapGet(9, "z", QStringLiteral("ok"));
    QByteArray icmp = CoapPcapngWriter::ipPacket(kClient, kServer, coap);
    icmp[9] = 1; // protocol ICMP
    QByteArray fragment = CoapPcapngWriter::ipPacket(kClient, kServer, coap);
    fragment[6] = 0x20; // more fragments
    QByteArray dns = CoapPcapngWriter::ipPacket(kClient, kServer, QByteArray::fromHex("00000100000100000000000003777777"));
    const QByteArray good = CoapPcapngWriter::ipPacket(kClient, kServer, coap);
    const QByteArray snapped = good.left(good.size() - 3);
    QByteArray arp(12, '\x02');
    arp.append("\x08\x06", 2).append(28, '\0');

    QByteArray file = pcapHeader(false, false, 1)
            + pcapRecord(false, 1, 0, ethernet(good))
            + pcapRecord(false, 2, 0, ethernet(icmp))
            + pcapRecord(false, 3, 0, ethernet(fragment))
            + pcapRecord(false, 4, 0, ethernet(dns))
            + pcapRecord(false, 5, 0, ethernet(snapped), quint32(ethernet(good).size()))
            + pcapRecord(false, 6, 0, arp)
            + pcapRecord(false, 7, 0, ethernet(good));
    file += pcapRecord(false, 8, 0, ethernet(good)).left(30); // the file ends inside a record
    const CoapCaptureResult r = CoapCapture::read(file);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.packets, 7);
    QCOMPARE(r.counts.coap, 2);
    QCOMPARE(r.counts.notCoap, 3); // ICMP, DNS, ARP
    QCOMPARE(r.counts.fragmented, 1);
    QCOMPARE(r.counts.truncated, 1);
    QVERIFY(r.counts.fileTruncated);
    QCOMPARE(r.datagrams.size(), 2);

    const CoapCaptureResult limited = CoapCapture::read(file, 1);
    QCOMPARE(limited.datagrams.size(), 1);
    QCOMPARE(limited.counts.overLimit, 1);
}

void TestCapture::notACapture()
{
    for (const QByteArray &junk : {QByteArray(), QByteArray("abc"), QByteArray("<html>hello</html>"), QByteArray(100, '\0')}) {
        const CoapCaptureResult r = CoapCapture::read(junk);
        QCOMPARE(r.error, CoapCaptureError::NotACapture);
        QVERIFY(r.datagrams.isEmpty());
    }
}

void TestCapture::everyTruncationIsSafe()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CoapPcapngWriter writer(&buffer);
    for (int i = 0; i < 4; ++i)
        QVERIFY(writer.writeDatagram(i * 1000, kClient, kServer, coapGet(quint16(i), "k", QStringLiteral("p%1").arg(i))));
    const QByteArray whole = buffer.data();
    int previous = 0;
    for (qsizetype n = 0; n <= whole.size(); ++n) {
        const CoapCaptureResult r = CoapCapture::read(whole.left(n));
        QVERIFY(r.datagrams.size() >= previous); // more of the file never gives fewer datagrams
        previous = int(r.datagrams.size());
        if (n < whole.size() && n >= 4)
            QVERIFY(r.counts.fileTruncated || r.datagrams.size() < 4);
    }
    QCOMPARE(previous, 4);
    // Flipped bytes anywhere: no crash, no more datagrams than were written.
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QByteArray damaged = whole;
        damaged[i] = char(~damaged[i]);
        QVERIFY(CoapCapture::read(damaged).datagrams.size() <= 4);
    }
}

void TestCapture::eventsTakeTheClientSide()
{
    // A notification flow seen on a gateway: registration, ACK with the first notification, a CON
    // notification from the server and our empty ACK, and a retransmitted request.
    CoapMessage reg(CoapType::Confirmable, CoapCode::Get, 100, "tk");
    reg.setUintOption(CoapOptionNumber::Observe, 0);
    CoapMessage first(CoapType::Acknowledgement, CoapCode::Content, 100, "tk");
    first.setUintOption(CoapOptionNumber::Observe, 1);
    CoapMessage notification(CoapType::Confirmable, CoapCode::Content, 5000, "tk");
    notification.setUintOption(CoapOptionNumber::Observe, 2);
    CoapMessage ack(CoapType::Acknowledgement, CoapCode::Empty, 5000);
    QList<CoapCapturedDatagram> d;
    auto add = [&d](const CoapEndpoint &from, const CoapEndpoint &to, const CoapMessage &m) {
        d.append({qint64(d.size()) * 1'000'000'000, from, to, CoapCodec::encode(m)});
    };
    add(kClient, kServer, reg);
    add(kClient, kServer, reg); // retransmitted
    add(kServer, kClient, first);
    add(kServer, kClient, notification);
    add(kClient, kServer, ack);
    QList<qint64> times;
    const QList<CoapDatagramEvent> e = CoapCapture::toEvents(d, &times);
    QCOMPARE(e.size(), 5);
    using D = CoapDatagramEvent::Direction;
    const QList<D> directions{D::Sent, D::Sent, D::Received, D::Received, D::Sent};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(e[i].direction, directions[i]);
        QCOMPARE(e[i].peer, kServer);
        QCOMPARE(e[i].local, kClient);
        QCOMPARE(times[i], qint64(i) * 1000);
    }
    QCOMPARE(e[1].retransmission, 1);
    QCOMPARE(e[0].retransmission, 0);
}

void TestCapture::cliPcapReadByTshark_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1 = port
    QTest::addColumn<QList<int>>("codes");      // of the datagrams, in order
    QTest::newRow("get") << QStringList{QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/")}
                         << QList<int>{CoapCode::Get, CoapCode::Content};
    QTest::newRow("get 4.04") << QStringList{QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/nothing")}
                              << QList<int>{CoapCode::Get, CoapCode::NotFound};
    QTest::newRow("ping") << QStringList{QStringLiteral("ping"), QStringLiteral("coap://127.0.0.1:%1")}
                          << QList<int>{CoapCode::Empty, CoapCode::Empty};
    // Registration, its answer, one CON notification each second and our ACKs, the deregistration.
    QTest::newRow("observe") << QStringList{QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("2"),
                                            QStringLiteral("coap://127.0.0.1:%1/time")}
                             << QList<int>{};
}

void TestCapture::cliPcapReadByTshark()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, codes);
    if (!ExternalPeer::haveProgram(QStringLiteral("tshark")) || !ExternalPeer::haveProgram(QStringLiteral("coap-server-notls")))
        QSKIP("tshark or libcoap3-bin is not installed (packaging/debian/install-deps.sh --dev)");
    quint16 port = 0;
    ExternalPeer server;
    QVERIFY(server.startLibcoapServer(&port));
    const QString file = m_dir.filePath(QStringLiteral("cli-%1.pcapng").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    QStringList args{arguments.first(), QStringLiteral("--pcap"), file};
    for (const QString &a : arguments.mid(1))
        args << (a.contains(QLatin1String("%1")) ? a.arg(port) : a);
    QProcess cli;
    cli.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")), args);
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() <= 1, cli.readAllStandardError().constData());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CoapCaptureResult ours = CoapCapture::read(f.readAll());
    QVERIFY(ours.ok());
    const QStringList lines = tsharkFields(file, port);
    QCOMPARE(lines.size(), ours.datagrams.size());
    if (!codes.isEmpty())
        QCOMPARE(lines.size(), codes.size());
    else
        QVERIFY(lines.size() >= 4);
    for (int i = 0; i < lines.size(); ++i) {
        const CoapMessage m = CoapCodec::decode(ours.datagrams[i].payload).message;
        const QStringList fields = lines[i].split(u'\t');
        QCOMPARE(fields.size(), 4);
        if (!codes.isEmpty())
            QCOMPARE(fields[0].toInt(), codes[i]);
        QCOMPARE(fields[0].toInt(), int(m.code()));
        QCOMPARE(fields[1].toInt(), int(m.messageId()));
        QCOMPARE(fields[2], QString::fromLatin1(m.token().toHex()));
        QCOMPARE(fields[3], QStringLiteral("1")); // checksum Good
        // Real addresses and ports: the libcoap server's port on one side, 127.0.0.1 on both.
        const CoapCapturedDatagram &d = ours.datagrams[i];
        QVERIFY(d.source.port() == port || d.destination.port() == port);
        QCOMPARE(d.source.address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(d.destination.address(), QHostAddress(QHostAddress::LocalHost));
    }
}

void TestCapture::simulatePcap()
{
    const quint16 port = ExternalPeer::freeUdpPort();
    const QString file = m_dir.filePath(QStringLiteral("simulate.pcapng"));
    ExternalPeer simulator;
    QVERIFY(simulator.startCoapServer(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
                                      {QStringLiteral("simulate"), QStringLiteral("--devices"), QStringLiteral("1"),
                                       QStringLiteral("--port"), QString::number(port), QStringLiteral("--pcap"), file},
                                      port));
    QProcess cli;
    cli.start(ExternalPeer::ourBinary(QStringLiteral("coap-explorer-cli")),
              {QStringLiteral("get"), QStringLiteral("coap://127.0.0.1:%1/.well-known/core").arg(port)});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    simulator.stop(); // SIGTERM: the simulator ends cleanly; every datagram was flushed already
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CoapCaptureResult r = CoapCapture::read(f.readAll());
    QVERIFY(r.ok());
    // The readiness pings (empty CON, RST) and then the GET and its answer, seen from the device.
    QVERIFY(r.datagrams.size() >= 2);
    const CoapMessage request = CoapCodec::decode(r.datagrams[r.datagrams.size() - 2].payload).message;
    const CoapMessage response = CoapCodec::decode(r.datagrams.last().payload).message;
    QCOMPARE(request.code(), quint8(CoapCode::Get));
    QCOMPARE(response.code(), quint8(CoapCode::Content));
    QCOMPARE(r.datagrams.last().source.port(), port);
    if (ExternalPeer::haveProgram(QStringLiteral("tshark")))
        QCOMPARE(tsharkFields(file, port).size(), r.datagrams.size());
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"

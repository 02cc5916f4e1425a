// The message log model and its filter: ring buffer, batching, matching, marking, export.
#include "coapfaketransport.h"
#include "messagelogmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTest>

namespace {
using Dir = CoapDatagramEvent::Direction;

const CoapEndpoint kPeer(QHostAddress(QStringLiteral("192.0.2.1")), 5683);
const CoapEndpoint kOther(QHostAddress(QStringLiteral("192.0.2.2")), 5683);
const CoapEndpoint kGroup(QHostAddress(QStringLiteral("224.0.1.187")), 5683);

CoapDatagramEvent datagram(Dir dir, const CoapMessage &m, const CoapEndpoint &peer, qint64 timeMs,
                        int retransmission = 0, bool duplicate = false)
{
    CoapDatagramEvent e;
    e.direction = dir;
    e.message = m;
    e.datagram = CoapCodec::encode(m);
    e.peer = peer;
    e.timeMs = timeMs;
    e.retransmission = retransmission;
    e.duplicate = duplicate;
    return e;
}

CoapDatagramEvent raw(Dir dir, const QByteArray &datagram, const CoapEndpoint &peer, qint64 timeMs)
{
    const CoapDecodeResult r = CoapCodec::decode(datagram);
    CoapDatagramEvent e;
    e.direction = dir;
    e.datagram = datagram;
    e.peer = peer;
    e.timeMs = timeMs;
    e.message = r.message;
    e.decodeError = r.error;
    return e;
}

CoapMessage get(CoapType type, quint16 mid, const QByteArray &token, const QString &path = QStringLiteral("time"))
{
    CoapMessage m(type, CoapCode::Get, mid, token);
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        m.addOption(CoapOption::fromString(CoapOptionNumber::UriPath, segment));
    return m;
}

CoapMessage response(CoapType type, quint8 code, quint16 mid, const QByteArray &token, const QByteArray &payload = {})
{
    CoapMessage m(type, code, mid, token);
    if (!payload.isEmpty()) {
        m.addUintOption(CoapOptionNumber::ContentFormat, CoapContentFormat::TextPlain);
        m.setPayload(payload);
    }
    return m;
}

QString cell(const MessageLogModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

struct Exchange
{
    QList<CoapDatagramEvent> events;
};

// RFC 4180 reader for the round trip.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}
} // namespace
Q_DECLARE_METATYPE(Exchange)

class TestMessageLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTesterWhileAppendingWrappingFilteringClearing();
    void columnsOfARequest();
    void batchesAreOneInsert();
    void rtt_data();
    void rtt();
    void multicastResponsesMatchByToken();
    void retransmissionsAndDuplicatesFromTheMessageLayer();
    void malformed();
    void ringBufferBound();
    void pauseHoldsRows();
    void filter();
    void exportCsvRoundTrip();
    void exportJsonRoundTrip();
    void hundredThousandEvents();
};

void TestMessageLogModel::modelTesterWhileAppendingWrappingFilteringClearing()
{
    MessageLogModel model;
    model.setCapacity(50);
    MessageLogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    quint16 mid = 100;
    auto burst = [&](int n) {
        for (int i = 0; i < n; ++i, ++mid) {
            const QByteArray token = QByteArray::number(mid, 16);
            const CoapEndpoint &peer = (mid % 3) ? kPeer : kOther;
            model.append(datagram(Dir::Sent, get(CoapType::Confirmable, mid, token), peer, mid * 10));
            model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, mid, token, "22 C"),
                               peer, mid * 10 + 3));
        }
        model.flush();
    };
    burst(10);
    QCOMPARE(model.rowCount(), 20);
    filter.setTypeFilter(MessageLogFilterModel::TypeFilter::Acknowledgement);
    QCOMPARE(filter.rowCount(), 10);
    burst(30); // wraps: 80 events into 50 rows
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(filter.rowCount(), 25);
    filter.setPeerFilter(kOther.toString());
    burst(7);
    filter.setTextFilter(QStringLiteral("22 c"));
    burst(60); // more than the capacity in one batch
    QCOMPARE(model.rowCount(), 50);
    filter.setPeerFilter(QString());
    QCOMPARE(filter.rowCount(), 25);
    model.setCapacity(20);
    QCOMPARE(model.rowCount(), 20);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(model.sentCount(), 0);
    burst(3);
    QCOMPARE(filter.rowCount(), 3);
}

void TestMessageLogModel::columnsOfARequest()
{
    MessageLogModel model;
    CoapMessage m = get(CoapType::Confirmable, 0x1234, QByteArray::fromHex("a1b2"), QStringLiteral("sensors/temp"));
    m.addUintOption(CoapOptionNumber::Observe, 3);
    model.append(datagram(Dir::Sent, m, kPeer, 5));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, MessageLogModel::DirectionColumn), QStringLiteral("→ sent"));
    QCOMPARE(cell(model, 0, MessageLogModel::PeerColumn), QStringLiteral("192.0.2.1:5683"));
    QCOMPARE(cell(model, 0, MessageLogModel::TypeColumn), QStringLiteral("CON"));
    QCOMPARE(cell(model, 0, MessageLogModel::CodeColumn), QStringLiteral("GET"));
    QCOMPARE(cell(model, 0, MessageLogModel::MessageIdColumn), QStringLiteral("4660"));
    QCOMPARE(cell(model, 0, MessageLogModel::TokenColumn), QStringLiteral("a1b2"));
    QCOMPARE(cell(model, 0, MessageLogModel::OptionsColumn), QStringLiteral("Observe: 3; Uri-Path: /sensors/temp"));
    QCOMPARE(cell(model, 0, MessageLogModel::SizeColumn), QStringLiteral("%1 B").arg(CoapCodec::encode(m).size()));
    QCOMPARE(cell(model, 0, MessageLogModel::RttColumn), QString());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"))
                    .match(cell(model, 0, MessageLogModel::TimeColumn)).hasMatch());
    QCOMPARE(model.index(0, 0).data(Qt::FontRole).value<QFont>(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY(model.index(0, MessageLogModel::TypeColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("Confirmable")));
    const auto entry = model.index(0, 0).data(MessageLogModel::EntryRole).value<MessageLogEntry>();
    QCOMPARE(entry.event.message, m);
    QCOMPARE(entry.event.timeMs, 5);
    QVERIFY(qAbs(entry.wallTimeMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QCOMPARE(model.entry(0).serial, entry.serial);

    model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::NotFound, 0x1234,
                                               QByteArray::fromHex("a1b2")), kPeer, 9));
    model.flush();
    QCOMPARE(cell(model, 1, MessageLogModel::DirectionColumn), QStringLiteral("← received"));
    QCOMPARE(cell(model, 1, MessageLogModel::CodeColumn), QStringLiteral("4.04 Not Found"));
    QCOMPARE(cell(model, 1, MessageLogModel::RttColumn), QStringLiteral("4 ms"));
}

void TestMessageLogModel::batchesAreOneInsert()
{
    MessageLogModel model;
    model.setFlushInterval(20);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counters(&model, &MessageLogModel::countersChanged);
    for (int i = 0; i < 500; ++i)
        model.append(datagram(Dir::Sent, get(CoapType::NonConfirmable, quint16(i), {}), kPeer, i));
    QCOMPARE(model.rowCount(), 0); // collected, not inserted yet
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 500, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 499);
    QCOMPARE(counters.count(), 1);
    QCOMPARE(model.sentCount(), 500);
}

void TestMessageLogModel::rtt_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("responseRow");
    QTest::addColumn<int>("requestRow");
    QTest::addColumn<qint64>("rtt");

    const QByteArray token = QByteArray::fromHex("0a0b0c0d");
    QTest::newRow("piggybacked ACK")
            << Exchange{{datagram(Dir::Sent, get(CoapType::Confirmable, 7, token), kPeer, 1000),
                                        datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, 7, token, "x"), kPeer, 1012)}}
            << 1 << 0 << qint64(12);
    QTest::newRow("separate response by token")
            << Exchange{{datagram(Dir::Sent, get(CoapType::Confirmable, 8, token), kPeer, 1000),
                                        datagram(Dir::Received, CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 8), kPeer, 1003),
                                        datagram(Dir::Received, response(CoapType::Confirmable, CoapCode::Content, 0x9000, token, "later"), kPeer, 1450),
                                        datagram(Dir::Sent, CoapMessage(CoapType::Acknowledgement, CoapCode::Empty, 0x9000), kPeer, 1450)}}
            << 2 << 0 << qint64(450);
    QTest::newRow("NON response")
            << Exchange{{datagram(Dir::Sent, get(CoapType::NonConfirmable, 9, token), kPeer, 1000),
                                        datagram(Dir::Sent, get(CoapType::NonConfirmable, 10, "zz"), kOther, 1001),
                                        datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::Content, 0x4444, token, "n"), kPeer, 1030)}}
            << 2 << 0 << qint64(30);
    QTest::newRow("ping answered by RST")
            << Exchange{{datagram(Dir::Sent, CoapMessage(CoapType::Confirmable, CoapCode::Empty, 11), kPeer, 1000),
                                        datagram(Dir::Received, CoapMessage(CoapType::Reset, CoapCode::Empty, 11), kPeer, 1001)}}
            << 1 << 0 << qint64(1);
    QTest::newRow("server side: we answer a request")
            << Exchange{{datagram(Dir::Received, get(CoapType::Confirmable, 12, token), kOther, 1000),
                                        datagram(Dir::Sent, response(CoapType::Acknowledgement, CoapCode::Content, 12, token, "x"), kOther, 1002)}}
            << 1 << 0 << qint64(2);
}

void TestMessageLogModel::rtt()
{
    QFETCH(Exchange, exchange);
    const QList<CoapDatagramEvent> &events = exchange.events;
    QFETCH(int, responseRow);
    QFETCH(int, requestRow);
    QFETCH(qint64, rtt);

    MessageLogModel model;
    for (const CoapDatagramEvent &e : std::as_const(events))
        model.append(e);
    model.flush();
    QCOMPARE(model.rowCount(), events.size());
    QCOMPARE(model.entry(responseRow).rttMs, rtt);
    QCOMPARE(cell(model, responseRow, MessageLogModel::RttColumn), MessageLogModel::rttText(rtt));
    QCOMPARE(model.partnerRow(responseRow), requestRow);
    QCOMPARE(model.partnerRow(requestRow), responseRow);
    QCOMPARE(model.entry(requestRow).rttMs, -1);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row != responseRow && model.entry(row).rttMs >= 0)
            QVERIFY(model.entry(row).event.message.type() == CoapType::Acknowledgement); // an empty ACK
    }
}

void TestMessageLogModel::multicastResponsesMatchByToken()
{
    MessageLogModel model;
    const QByteArray token("mc");
    model.append(datagram(Dir::Sent, get(CoapType::NonConfirmable, 1, token, QStringLiteral(".well-known/core")), kGroup, 0));
    model.append(datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::Content, 50, token, "</a>"), kPeer, 40));
    model.append(datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::Content, 51, token, "</b>"), kOther, 70));
    model.flush();
    QCOMPARE(model.partnerRow(1), 0);
    QCOMPARE(model.partnerRow(2), 0);
    QCOMPARE(model.entry(1).rttMs, 40);
    QCOMPARE(model.entry(2).rttMs, -1); // a round trip is measured once per request
}

void TestMessageLogModel::retransmissionsAndDuplicatesFromTheMessageLayer()
{
    // The real message layer on a virtual clock produces the events.
    CoapVirtualClock clock;
    CoapFakeTransport transport;
    transport.setClock(&clock);
    CoapMessageLayer layer(&transport, &clock);
    layer.setRandomSource([] { return 0.0; });
    MessageLogModel model;
    connect(&layer, &CoapMessageLayer::datagramEvent, &model, &MessageLogModel::append);

    const quint16 mid = layer.send(get(CoapType::Confirmable, 0, "tk"), kPeer);
    clock.advance(2000);  // retransmission 1
    clock.advance(4000);  // retransmission 2
    transport.inject(CoapCodec::encode(response(CoapType::Acknowledgement, CoapCode::Content, mid, "tk", "21.5")), kPeer);

    // The peer sends a CON twice; the second one is a duplicate and gets the same ACK again.
    CoapMessage notification = response(CoapType::Confirmable, CoapCode::Content, 0x7777, "tk", "22.0");
    transport.inject(CoapCodec::encode(notification), kPeer);
    transport.inject(CoapCodec::encode(notification), kPeer);
    model.flush();

    QCOMPARE(model.rowCount(), 8);
    // 0 CON GET, 1 retr 1, 2 retr 2, 3 ACK 2.05, 4 CON 2.05, 5 ACK (empty), 6 CON 2.05 dup, 7 ACK dup
    QCOMPARE(cell(model, 1, MessageLogModel::NotesColumn), QStringLiteral("retransmission 1"));
    QCOMPARE(cell(model, 2, MessageLogModel::NotesColumn), QStringLiteral("retransmission 2"));
    QCOMPARE(model.retransmissionRows(0), (QList<int>{1, 2}));
    QCOMPARE(model.retransmissionRows(2), (QList<int>{0, 1}));
    QCOMPARE(model.partnerRow(3), 0);
    QCOMPARE(model.partnerRow(2), 3); // a retransmission shares the partner of the first one
    QCOMPARE(model.entry(3).rttMs, 6000); // from the first transmission
    QCOMPARE(model.index(2, MessageLogModel::NotesColumn).data(Qt::ForegroundRole).isValid(), true);

    QVERIFY(model.entry(6).event.duplicate);
    QCOMPARE(cell(model, 6, MessageLogModel::NotesColumn), QStringLiteral("duplicate"));
    QCOMPARE(cell(model, 7, MessageLogModel::NotesColumn), QStringLiteral("duplicate: reply sent again"));
    QCOMPARE(model.retransmissionRows(4), QList<int>{6});
    QCOMPARE(model.retransmissionRows(7), QList<int>{5});
    QCOMPARE(model.partnerRow(5), 4);
    QCOMPARE(model.sentCount(), 5);
    QCOMPARE(model.receivedCount(), 3);
    QCOMPARE(model.retransmissionCount(), 3); // two of ours, one of the peer's
}

void TestMessageLogModel::malformed()
{
    MessageLogModel model;
    // TKL 9 (RFC 7252 §3: reserved) in a CON: the header still reads.
    model.append(raw(Dir::Received, QByteArray::fromHex("4901abcd0102030405060708090a"), kPeer, 1));
    model.append(raw(Dir::Received, QByteArray::fromHex("40"), kPeer, 2));
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.entry(0).isMalformed());
    QCOMPARE(cell(model, 0, MessageLogModel::TypeColumn), QStringLiteral("CON"));
    QCOMPARE(cell(model, 0, MessageLogModel::MessageIdColumn), QStringLiteral("43981"));
    QVERIFY(cell(model, 0, MessageLogModel::NotesColumn).startsWith(QLatin1String("malformed: ")));
    QVERIFY(cell(model, 0, MessageLogModel::NotesColumn).contains(QLatin1String("token")));
    QCOMPARE(cell(model, 1, MessageLogModel::TypeColumn), QString());
    QVERIFY(cell(model, 1, MessageLogModel::NotesColumn).contains(QLatin1String("header")));
    QVERIFY(!model.index(1, MessageLogModel::NotesColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.malformedCount(), 2);

    // The RST that refuses the malformed CON finds it by MID.
    model.append(datagram(Dir::Sent, CoapMessage(CoapType::Reset, CoapCode::Empty, 0xabcd), kPeer, 3));
    model.flush();
    QCOMPARE(model.partnerRow(2), 0);
}

void TestMessageLogModel::ringBufferBound()
{
    MessageLogModel model;
    model.setCapacity(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 5000; ++i) {
        model.append(datagram(Dir::Sent, get(CoapType::Confirmable, quint16(i), QByteArray::number(i)), kPeer, i));
        if (i % 700 == 0)
            model.flush();
    }
    model.flush();
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(removed.count() > 0);
    for (const QList<QVariant> &args : std::as_const(removed))
        QCOMPARE(args.at(1).toInt(), 0); // always the oldest
    QCOMPARE(model.entry(0).event.message.messageId(), 4000);
    QCOMPARE(model.entry(999).event.message.messageId(), 4999);
    QCOMPARE(model.rowForSerial(1), -1);
    QCOMPARE(model.rowForSerial(model.entry(10).serial), 10);
    QCOMPARE(model.sentCount(), 5000); // counters see everything

    // Answers to requests that fell out of the buffer are not matched to anything.
    model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, 5, QByteArray::number(5)), kPeer, 6000));
    model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, 4500, QByteArray::number(4500)), kPeer, 6000));
    model.flush();
    QCOMPARE(model.partnerRow(998), -1);
    QCOMPARE(model.entry(999).rttMs, 6000 - 4500);
    QCOMPARE(model.partnerRow(999), model.rowForSerial(model.entry(999).requestSerial));
}

void TestMessageLogModel::pauseHoldsRows()
{
    MessageLogModel model;
    model.setCapacity(100);
    model.append(datagram(Dir::Sent, get(CoapType::NonConfirmable, 1, {}), kPeer, 0));
    model.flush();
    model.setPaused(true);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 250; ++i)
        model.append(datagram(Dir::Sent, get(CoapType::NonConfirmable, quint16(10 + i), {}), kPeer, i));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.heldCount(), 100); // at most capacity() held
    QCOMPARE(model.sentCount(), 251);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.entry(0).event.message.messageId(), 10 + 150);
    QCOMPARE(model.heldCount(), 0);
}

void TestMessageLogModel::filter()
{
    MessageLogModel model;
    MessageLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray token = QByteArray::fromHex("c0ffee");
    model.append(datagram(Dir::Sent, get(CoapType::Confirmable, 1, token, QStringLiteral("sensors/door")), kPeer, 0));
    model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, 1, token, "Türe offen, ja"), kPeer, 5));
    model.append(datagram(Dir::Sent, get(CoapType::NonConfirmable, 2, "x", QStringLiteral("light")), kOther, 6));
    model.append(datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::NotFound, 9, "x"), kOther, 7));
    model.append(raw(Dir::Received, QByteArray::fromHex("4f"), kOther, 8));
    model.flush();
    QCOMPARE(proxy.rowCount(), 5);

    auto count = [&](const QString &text) {
        proxy.setTextFilter(text);
        return proxy.rowCount();
    };
    QCOMPARE(count(QStringLiteral("door")), 1);      // option
    QCOMPARE(count(QStringLiteral("OFFEN")), 1);     // payload, case-insensitive
    QCOMPARE(count(QStringLiteral("türe")), 1);      // non-ASCII payload text
    QCOMPARE(count(QStringLiteral("c0ffee")), 2);    // token
    QCOMPARE(count(QStringLiteral("not found")), 1); // code
    QCOMPARE(count(QStringLiteral("192.0.2.2")), 3); // peer
    QCOMPARE(count(QStringLiteral("nothing like it")), 0);
    proxy.setTextFilter(QString());

    proxy.setPeerFilter(kPeer.toString());
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setPeerFilter(QString());
    proxy.setTypeFilter(MessageLogFilterModel::TypeFilter::NonConfirmable);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTypeFilter(MessageLogFilterModel::TypeFilter::Malformed);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTypeFilter(MessageLogFilterModel::TypeFilter::Problems);
    QCOMPARE(proxy.rowCount(), 2); // 4.04 and the malformed one
    QCOMPARE(proxy.acceptedSourceRows(), (QList<int>{3, 4}));
}

void TestMessageLogModel::exportCsvRoundTrip()
{
    MessageLogModel model;
    const QByteArray token = QByteArray::fromHex("beef");
    model.append(datagram(Dir::Sent, get(CoapType::Confirmable, 1, token, QStringLiteral("a,b")), kPeer, 0));
    model.append(datagram(Dir::Received,
                       response(CoapType::Acknowledgement, CoapCode::Content, 1, token, "say \"hi\",\nthen =SUM(A1)"),
                       kPeer, 7));
    model.append(datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::Content, 2, "q", "-12.5"), kOther, 8));
    model.append(raw(Dir::Received, QByteArray::fromHex("4901abcd"), kOther, 9));
    model.flush();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(model.exportRows(&buffer, MessageLogModel::ExportFormat::Csv));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(rows.size(), 5);
    const QStringList header = rows[0];
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    auto field = [&](int row, const char *name) { return rows[row].at(header.indexOf(QLatin1String(name))); };
    QCOMPARE(field(1, "direction"), QStringLiteral("sent"));
    QCOMPARE(field(1, "options"), QStringLiteral("Uri-Path: /a,b"));
    QCOMPARE(field(1, "token"), QStringLiteral("beef"));
    QCOMPARE(field(1, "rtt_ms"), QString());
    QCOMPARE(field(2, "rtt_ms"), QStringLiteral("7"));
    QCOMPARE(field(2, "code"), QStringLiteral("2.05 Content"));
    QCOMPARE(field(2, "payload_text"), QStringLiteral("say \"hi\",\nthen =SUM(A1)"));
    QCOMPARE(field(3, "payload_text"), QStringLiteral("-12.5")); // a negative number stays a number
    QCOMPARE(field(4, "error"), QStringLiteral("reserved-token-length"));
    QCOMPARE(field(4, "payload_hex"), QStringLiteral("4901abcd"));
    QVERIFY(QDateTime::fromString(field(1, "time"), Qt::ISODateWithMs).isValid());

    // A payload that a spreadsheet would run as a formula is defused.
    MessageLogModel evil;
    evil.append(datagram(Dir::Received, response(CoapType::NonConfirmable, CoapCode::Content, 3, "e", "=HYPERLINK(\"x\")"), kPeer, 1));
    evil.flush();
    QBuffer evilBuffer;
    evilBuffer.open(QIODevice::WriteOnly);
    QVERIFY(evil.exportRows(&evilBuffer, MessageLogModel::ExportFormat::Csv));
    const QList<QStringList> evilRows = parseCsv(QString::fromUtf8(evilBuffer.data()));
    QCOMPARE(evilRows[1].last(), QStringLiteral("'=HYPERLINK(\"x\")"));
}

void TestMessageLogModel::exportJsonRoundTrip()
{
    MessageLogModel model;
    MessageLogFilterModel proxy;
    proxy.setSourceModel(&model);
    const QByteArray token = QByteArray::fromHex("beef");
    CoapMessage request = get(CoapType::Confirmable, 1, token, QStringLiteral("sensors/temp"));
    request.addUintOption(CoapOptionNumber::Accept, CoapContentFormat::Json);
    model.append(datagram(Dir::Sent, request, kPeer, 0));
    model.append(datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, 1, token, "{\"t\": 21.5}"), kPeer, 3));
    CoapMessage binary = response(CoapType::NonConfirmable, CoapCode::Content, 2, "b");
    binary.setPayload(QByteArray::fromHex("00ff8001"));
    model.append(datagram(Dir::Received, binary, kOther, 4, 0, true));
    model.flush();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(model.exportRows(&buffer, MessageLogModel::ExportFormat::Json));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 3);
    const QJsonObject req = array[0].toObject();
    QCOMPARE(req[QLatin1String("direction")].toString(), QStringLiteral("sent"));
    QCOMPARE(req[QLatin1String("peer")].toString(), kPeer.toString());
    QCOMPARE(req[QLatin1String("type")].toString(), QStringLiteral("CON"));
    QCOMPARE(req[QLatin1String("code")].toString(), QStringLiteral("0.01"));
    QCOMPARE(req[QLatin1String("mid")].toInt(), 1);
    QCOMPARE(req[QLatin1String("token")].toString(), QStringLiteral("beef"));
    QVERIFY(req[QLatin1String("rtt_ms")].isNull());
    QCOMPARE(req[QLatin1String("retransmission")].toInt(), 0);
    QCOMPARE(req[QLatin1String("size")].toInt(), int(CoapCodec::encode(request).size()));
    const QJsonArray options = req[QLatin1String("options")].toArray();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options[0].toObject()[QLatin1String("name")].toString(), QStringLiteral("Uri-Path"));
    QCOMPARE(options[0].toObject()[QLatin1String("number")].toInt(), 11);
    QCOMPARE(options[0].toObject()[QLatin1String("value")].toString(), QStringLiteral("sensors"));
    QCOMPARE(options[2].toObject()[QLatin1String("name")].toString(), QStringLiteral("Accept"));
    QCOMPARE(options[2].toObject()[QLatin1String("value")].toString(), QStringLiteral("50"));
    QVERIFY(QDateTime::fromString(req[QLatin1String("time")].toString(), Qt::ISODateWithMs).isValid());

    const QJsonObject resp = array[1].toObject();
    QCOMPARE(resp[QLatin1String("rtt_ms")].toInt(), 3);
    QCOMPARE(resp[QLatin1String("payload_text")].toString(), QStringLiteral("{\"t\": 21.5}"));
    QCOMPARE(resp[QLatin1String("payload_hex")].toString(), QString::fromLatin1(QByteArray("{\"t\": 21.5}").toHex()));
    const QJsonObject bin = array[2].toObject();
    QVERIFY(bin[QLatin1String("payload_text")].isNull());
    QCOMPARE(bin[QLatin1String("payload_hex")].toString(), QStringLiteral("00ff8001"));
    QCOMPARE(bin[QLatin1String("duplicate")].toBool(), true);

    // Filtered rows only.
    proxy.setPeerFilter(kOther.toString());
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    QVERIFY(model.exportRows(&filtered, MessageLogModel::ExportFormat::Json, proxy.acceptedSourceRows()));
    const QJsonArray only = QJsonDocument::fromJson(filtered.data()).array();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only[0].toObject()[QLatin1String("peer")].toString(), kOther.toString());
}

void TestMessageLogModel::hundredThousandEvents()
{
    constexpr int N = 100000;
    // The yardstick, measured in the same run: building the events (what the engine does anyway).
    QElapsedTimer timer;
    timer.start();
    QList<CoapDatagramEvent> events;
    events.reserve(N);
    for (int i = 0; i < N; ++i) {
        const QByteArray token = QByteArray::number(i, 16);
        if (i % 2 == 0)
            events << datagram(Dir::Sent, get(CoapType::Confirmable, quint16(i / 2), token, QStringLiteral("sensors/temp")), kPeer, i);
        else
            events << datagram(Dir::Received, response(CoapType::Acknowledgement, CoapCode::Content, quint16(i / 2),
                                                    QByteArray::number(i - 1, 16), "21.5"), kPeer, i);
    }
    const qint64 buildNs = timer.nsecsElapsed();

    MessageLogModel model;
    MessageLogFilterModel proxy; // a view always sits on the proxy
    proxy.setSourceModel(&model);
    proxy.setTypeFilter(MessageLogFilterModel::TypeFilter::Acknowledgement);
    timer.restart();
    for (int i = 0; i < N; ++i) {
        model.append(events[i]);
        if (i % 1000 == 999)
            model.flush(); // a burst per timer tick
    }
    model.flush();
    const qint64 appendNs = timer.nsecsElapsed();
    QCOMPARE(model.rowCount(), N);
    QCOMPARE(proxy.rowCount(), N / 2);
    QCOMPARE(model.entry(N - 1).rttMs, 1);

    timer.restart();
    proxy.setTextFilter(QStringLiteral("21.5"));
    QCOMPARE(proxy.rowCount(), N / 2);
    proxy.setTextFilter(QStringLiteral("no such text"));
    QCOMPARE(proxy.rowCount(), 0);
    const qint64 filterNs = timer.nsecsElapsed();

    // Wrapping: another 100,000 into the full buffer.
    timer.restart();
    for (int i = 0; i < N; ++i) {
        model.append(events[i]);
        if (i % 1000 == 999)
            model.flush();
    }
    model.flush();
    const qint64 wrapNs = timer.nsecsElapsed();
    QCOMPARE(model.rowCount(), N);

    qInfo("build %lld ms, append %lld ms, two refilters %lld ms, wrap %lld ms", buildNs / 1000000,
          appendNs / 1000000, filterNs / 1000000, wrapNs / 1000000);
    // Logging a datagram must cost about as much as making it (about 3x here), not orders of
    // magnitude more; the factors leave room for a busy machine, not for a quadratic step.
    QVERIFY2(appendNs < 8 * buildNs, "appending 100,000 events is too slow compared to building them");
    QVERIFY2(wrapNs < 10 * buildNs, "appending into a full ring buffer is too slow");
    QVERIFY2(filterNs < 5 * buildNs, "filtering 100,000 rows is too slow");
}

QTEST_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"

#pragma once

#include "coapmessagelayer.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

#include <array>
#include <deque>
#include <optional>

class QIODevice;

// One logged datagram: the engine's event plus what the log worked out about it.
struct MessageLogEntry
{
    CoapDatagramEvent event;
    quint64 serial = 0;          // 1, 2, 3 … in arrival order; stays valid when older rows are dropped
    qint64 wallTimeMs = 0;       // wall clock (ms since the epoch) when the event reached the log
    bool headerReadable = true;  // type, code and MID mean something (false for some malformed datagrams)
    qsizetype errorOffset = -1;  // malformed: the byte where decoding failed
    QString peerText;            // "127.0.0.1:5683"
    QString optionsText;         // "Uri-Path: /time; Observe: 3"
    QString pathText;            // "/sensors/temp?unit=C"; a response shows its request's

    // Matching, by serial (0 = none, or not in the log).
    quint64 requestSerial = 0;         // response or ACK/RST: the request (or CON/NON) it answers
    quint64 acknowledgementSerial = 0; // CON/NON: the ACK or RST that answered it
    quint64 responseSerial = 0;        // request: its first response (piggybacked or separate)
    quint64 firstTransmissionSerial = 0; // retransmission or duplicate: the first transmission
    QList<quint64> repeatSerials;      // first transmission: its retransmissions and duplicates
    qint64 rttMs = -1;                 // answer: engine ms since the first transmission of the request

    bool isSent() const { return event.direction == CoapDatagramEvent::Direction::Sent; }
    bool isMalformed() const { return event.decodeError != CoapDecodeError::None; }
    bool isRepeat() const { return event.retransmission > 0 || event.duplicate; }
    // The request ↔ response partner: a response's request; a request's first response, or the
    // ACK/RST that answered it when no response came (yet).
    quint64 partnerSerial() const
    { return requestSerial ? requestSerial : (responseSerial ? responseSerial : acknowledgementSerial); }
};
Q_DECLARE_METATYPE(MessageLogEntry)

// The message log (UX.md, "See the wire"): every datagram an engine sent or received, in a bounded
// ring buffer (qBittorrent's log model, CONVENTIONS.md). Events are collected as they arrive and
// shown in batches, one beginInsertRows() per batch, so that a burst of thousands of datagrams
// costs the views one update. When the buffer is full the oldest rows are removed first.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        // What a technician scans for first comes first: who, what, how fast, what went wrong.
        TimeColumn,
        DirectionColumn,
        PeerColumn,
        DeviceColumn, // the device's name, when the device tree knows it
        TypeColumn,
        CodeColumn,
        PathColumn,   // Uri-Path and Uri-Query (of the request, for a response)
        RttColumn,
        NotesColumn,
        MessageIdColumn,
        TokenColumn,
        SizeColumn,
        OptionsColumn,
        ColumnCount
    };
    enum Role {
        EntryRole = Qt::UserRole + 1, // QVariant holding a MessageLogEntry (a copy)
        SerialRole,                   // quint64
    };
    // Pcapng: for Wireshark/tshark, each datagram with its addresses, ports and time (coapcapture.h).
    enum class ExportFormat { Csv, Json, Pcapng };

    static constexpr int DefaultCapacity = 100000;

    explicit MessageLogModel(QObject *parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows kept at most; lowering it drops the oldest rows at once.
    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    // How long arriving events are collected before they are inserted as one batch.
    void setFlushInterval(int ms) { m_flushTimer.setInterval(ms); }
    int flushInterval() const { return m_flushTimer.interval(); }

    // While paused, events are still recorded and counted but held back (at most capacity() of
    // them, the newest) so that the rows stand still while someone reads them.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int heldCount() const { return int(m_pending.size()); }

    // The stored entry of a row, valid until the next flush() or clear().
    const MessageLogEntry &entry(int row) const { return m_rows[size_t(row)]; }
    // Names the device behind a peer ("Boiler room") for the Device column.
    void setDeviceName(const CoapEndpoint &peer, const QString &name); // emits deviceNamesChanged()
    QString deviceName(const QString &peerText) const { return m_deviceNames.value(peerText); }
    int rowForSerial(quint64 serial) const; // -1 when the datagram is no longer (or not yet) shown
    int partnerRow(int row) const;          // request ↔ response, or -1
    // The other transmissions of the same message (first transmission, retransmissions,
    // duplicates), in time order; rows no longer shown are left out.
    QList<int> retransmissionRows(int row) const;
    // An entry by serial, also among the held ones; nullptr when gone.
    const MessageLogEntry *entryBySerial(quint64 serial) const;

    // Every peer seen since the last clear(), in order of appearance.
    QStringList peers() const { return m_peerList; }

    // Counted on arrival (held and dropped rows included); clear() resets them.
    int sentCount() const { return m_sent; }
    int receivedCount() const { return m_received; }
    // Our own retransmissions plus the peers' (received duplicates).
    int retransmissionCount() const { return m_retransmissions; }
    int malformedCount() const { return m_malformed; }

    // Writes rows (source rows, in the given order; std::nullopt = every row) as CSV (RFC 4180,
    // with a header line) or as a JSON array of objects. Returns false when the device refused.
    bool exportRows(QIODevice *device, ExportFormat format, const std::optional<QList<int>> &rows = std::nullopt) const;
    QJsonObject toJson(const MessageLogEntry &entry) const;

    // Words for the columns, shared with the view and the export.
    static QString directionText(CoapDatagramEvent::Direction direction); // "→ sent"
    static QString typeLongName(CoapType type);                           // "Confirmable"
    static QString compactOptions(const CoapMessage &message);           // "Uri-Path: /time; Observe: 3"
    static QString rttText(qint64 rttMs);                                 // "12 ms", "< 1 ms"
    static QString notesText(const MessageLogEntry &entry);              // "retransmission 2"
    // The payload as text when it is UTF-8 without control characters (tab and line breaks allowed).
    static std::optional<QString> payloadText(const QByteArray &payload);
    QString codeText(quint8 code) const;                                  // "2.05 Content", "GET"
    QString timeText(const MessageLogEntry &entry) const;                 // "14:03:07.123"

public Q_SLOTS:
    // Records one event; it shows after the next flush (a short timer, or flush()).
    void append(const CoapDatagramEvent &event);
    // The same with the time it happened (a datagram read from a capture file).
    void appendAt(const CoapDatagramEvent &event, qint64 wallTimeMs);
    // Inserts every collected event now (does nothing while paused).
    void flush();
    void clear();

Q_SIGNALS:
    void countersChanged();
    void peersAdded(const QStringList &peers);
    void deviceNamesChanged();
    void heldCountChanged(int count); // while paused, at most once per flush interval

private:
    struct MidKey
    {
        CoapEndpoint peer;
        quint16 mid;
        bool sent;
        friend bool operator==(const MidKey &a, const MidKey &b)
        { return a.mid == b.mid && a.sent == b.sent && a.peer == b.peer; }
        friend size_t qHash(const MidKey &k, size_t seed = 0) { return qHashMulti(seed, k.peer, k.mid, k.sent); }
    };
    struct TokenKey
    {
        CoapEndpoint peer; // null for a request sent to a multicast group (answers come from anyone)
        QByteArray token;
        bool sent;
        friend bool operator==(const TokenKey &a, const TokenKey &b)
        { return a.sent == b.sent && a.token == b.token && a.peer == b.peer; }
        friend size_t qHash(const TokenKey &k, size_t seed = 0) { return qHashMulti(seed, k.peer, k.token, k.sent); }
    };

    MessageLogEntry *mutableEntry(quint64 serial);
    void match(MessageLogEntry &entry);
    void forget(const MessageLogEntry &entry);
    void removeOldestRows(int count);
    void dropOldestHeld(int count);
    QVariant foreground(const MessageLogEntry &entry, int column) const;
    QString toolTip(const MessageLogEntry &entry, int column) const;
    QString tokenText(const MessageLogEntry &entry) const;
    static int findSerial(const std::deque<MessageLogEntry> &entries, quint64 serial);

    std::deque<MessageLogEntry> m_rows;    // shown
    std::deque<MessageLogEntry> m_pending; // collected, not inserted yet
    int m_capacity = DefaultCapacity;
    bool m_paused = false;
    quint64 m_lastSerial = 0;
    QTimer m_flushTimer;
    QFont m_font;
    mutable std::array<QString, 256> m_codeText;

    QHash<MidKey, quint64> m_messageByMid;     // first transmission of every CON/NON
    QHash<MidKey, quint64> m_answerByMid;      // first ACK/RST for every MID
    QHash<TokenKey, quint64> m_requestByToken; // latest request with this token
    QHash<CoapEndpoint, QString> m_peerText;
    QHash<QString, QString> m_deviceNames; // peerText → name
    QStringList m_peerList;
    QStringList m_newPeers;

    int m_sent = 0;
    int m_received = 0;
    int m_retransmissions = 0;
    int m_malformed = 0;
    bool m_countersDirty = false;
};

// Filters the log by device, message type and free text (peer, code, token, options, payload
// text). Works on the stored entries directly, so that refiltering 100,000 rows stays quick.
class MessageLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class TypeFilter { All, Confirmable, NonConfirmable, Acknowledgement, Reset, Malformed, Problems };

    explicit MessageLogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // must be a MessageLogModel
    MessageLogModel *logModel() const { return m_log; }

    void setPeerFilter(const QString &peer); // "127.0.0.1:5683"; empty = every peer
    QString peerFilter() const { return m_peer; }
    void setTypeFilter(TypeFilter filter);
    TypeFilter typeFilter() const { return m_type; }
    void setTextFilter(const QString &text); // case-insensitive substring; empty = everything
    QString textFilter() const { return m_text; }
    bool isFiltering() const { return !m_peer.isEmpty() || m_type != TypeFilter::All || !m_text.isEmpty(); }

    // Source rows that pass the filter, in order.
    QList<int> acceptedSourceRows() const;
    bool accepts(const MessageLogEntry &entry) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageLogModel *m_log = nullptr;
    QString m_peer;
    TypeFilter m_type = TypeFilter::All;
    QString m_text;
    bool m_textIsAscii = true;
};

#include "messagelogmodel.h"

#include "coapcapture.h"
#include "csv.h"

#include "errortext.h"
#include "payloadrender.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFontDatabase>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace {

bool isMessage(CoapType type) { return type == CoapType::Confirmable || type == CoapType::NonConfirmable; }

QString csvField(const QString &value) { return Csv::field(value); }

// ISO 8601 local time with its offset, e.g. 2024-05-01T14:03:07.123+02:00, so that a file read in
// another time zone still says when it happened.
QString isoTime(qint64 msecsSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace

// ---------------------------------------------------------------------------------------------

MessageLogModel::MessageLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

MessageLogModel::~MessageLogModel() = default;

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::directionText(CoapDatagramEvent::Direction direction)
{
    return direction == CoapDatagramEvent::Direction::Sent ? tr("→ sent") : tr("← received");
}

QString MessageLogModel::typeLongName(CoapType type)
{
    switch (type) {
    case CoapType::Confirmable: return tr("Confirmable");
    case CoapType::NonConfirmable: return tr("Non-confirmable");
    case CoapType::Acknowledgement: return tr("Acknowledgement");
    case CoapType::Reset: return tr("Reset");
    }
    return QString();
}

QString MessageLogModel::compactOptions(const CoapMessage &message)
{
    const QList<CoapOption> &options = message.options();
    QString out;
    for (qsizetype i = 0; i < options.size();) {
        const quint16 number = options[i].number();
        qsizetype end = i + 1;
        while (end < options.size() && options[end].number() == number)
            ++end;
        if (!out.isEmpty())
            out += QLatin1String("; ");
        out += coapOptionName(number);
        QString value;
        switch (number) {
        case CoapOptionNumber::UriPath:
        case CoapOptionNumber::LocationPath:
            for (qsizetype k = i; k < end; ++k)
                value += u'/' + options[k].stringValue();
            break;
        case CoapOptionNumber::UriQuery:
        case CoapOptionNumber::LocationQuery:
            for (qsizetype k = i; k < end; ++k) {
                if (k > i)
                    value += u'&';
                value += options[k].stringValue();
            }
            break;
        case CoapOptionNumber::ContentFormat:
        case CoapOptionNumber::Accept:
            for (qsizetype k = i; k < end; ++k) {
                if (k > i)
                    value += QLatin1String(", ");
                const int format = int(options[k].uintValue());
                const QString media = coapContentFormatName(format);
                value += media.isEmpty() ? QString::number(format)
                                         : QStringLiteral("%1 (%2)").arg(media).arg(format);
            }
            break;
        default:
            for (qsizetype k = i; k < end; ++k) {
                if (k > i)
                    value += QLatin1String(", ");
                value += options[k].displayValue();
            }
            break;
        }
        if (!value.isEmpty())
            out += QLatin1String(": ") + value;
        i = end;
    }
    return out;
}

QString MessageLogModel::rttText(qint64 rttMs)
{
    if (rttMs < 0)
        return QString();
    if (rttMs == 0)
        return tr("< 1 ms"); // the engine clock counts whole milliseconds
    return tr("%1 ms").arg(rttMs);
}

QString MessageLogModel::notesText(const MessageLogEntry &entry)
{
    QStringList notes;
    if (entry.isMalformed())
        notes << tr("malformed: %1").arg(ErrorText::decodeError(entry.event.decodeError));
    if (entry.event.retransmission > 0)
        notes << tr("retransmission %1").arg(entry.event.retransmission);
    if (entry.event.duplicate)
        notes << (entry.isSent() ? tr("duplicate: reply sent again") : tr("duplicate"));
    return notes.join(QLatin1String("; "));
}

std::optional<QString> MessageLogModel::payloadText(const QByteArray &payload)
{
    if (payload.isEmpty())
        return QString();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(payload);
    if (decoder.hasError())
        return std::nullopt;
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return std::nullopt;
    }
    return text;
}

QString MessageLogModel::codeText(quint8 code) const
{
    QString &cached = m_codeText[code];
    if (cached.isEmpty()) {
        QString name = CoapCode::isResponse(code) ? ErrorText::codeMeaning(code) : QString();
        if (name.isEmpty())
            name = CoapCode::name(code);
        if (CoapCode::isRequest(code) && !name.isEmpty())
            cached = name;
        else if (name.isEmpty())
            cached = CoapCode::toString(code);
        else
            cached = CoapCode::toString(code) + u' ' + name;
    }
    return cached;
}

QString MessageLogModel::timeText(const MessageLogEntry &entry) const
{
    return QDateTime::fromMSecsSinceEpoch(entry.wallTimeMs).time().toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString MessageLogModel::tokenText(const MessageLogEntry &entry) const
{
    if (!entry.headerReadable)
        return QString();
    return QString::fromLatin1(entry.event.message.token().toHex());
}

// ---------------------------------------------------------------------------------------------

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageLogEntry &e = m_rows[size_t(index.row())];
    const CoapMessage &m = e.event.message;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(e);
        case DirectionColumn: return directionText(e.event.direction);
        case PeerColumn: return e.peerText;
        case DeviceColumn: return m_deviceNames.value(e.peerText);
        case PathColumn: return e.pathText;
        case TypeColumn: return e.headerReadable ? coapTypeName(m.type()) : QString();
        case CodeColumn: return e.headerReadable ? codeText(m.code()) : QString();
        case MessageIdColumn: return e.headerReadable ? QVariant(m.messageId()) : QVariant();
        case TokenColumn: return tokenText(e);
        case SizeColumn: return tr("%1 B").arg(e.event.datagram.size());
        case RttColumn: return rttText(e.rttMs);
        case NotesColumn: return notesText(e);
        case OptionsColumn: return e.optionsText;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::FontRole:
        return m_font;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case MessageIdColumn:
        case SizeColumn:
        case RttColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return foreground(e, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn)
            return e.isSent() ? tr("sent") : tr("received");
        return data(index, Qt::DisplayRole);
    case EntryRole:
        return QVariant::fromValue(e);
    case SerialRole:
        return QVariant::fromValue(e.serial);
    }
    return {};
}

QVariant MessageLogModel::foreground(const MessageLogEntry &e, int column) const
{
    if (column != CodeColumn && column != NotesColumn && column != TypeColumn)
        return {};
    // Colour goes with a word (the code's name, the note), never alone (UX.md). Two shades, so
    // that a light and a dark palette both read well.
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor success = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    const QColor warning = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    const QColor failure = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    if (column == NotesColumn) {
        if (e.isMalformed())
            return failure;
        if (e.isRepeat())
            return warning;
        return {};
    }
    if (!e.headerReadable)
        return {};
    const CoapMessage &m = e.event.message;
    if (column == TypeColumn)
        return m.type() == CoapType::Reset ? QVariant(failure) : QVariant();
    if (CoapCode::isSuccess(m.code()))
        return success;
    if (CoapCode::codeClass(m.code()) == 4)
        return warning;
    if (CoapCode::codeClass(m.code()) == 5)
        return failure;
    return {};
}

QString MessageLogModel::toolTip(const MessageLogEntry &e, int column) const
{
    const CoapMessage &m = e.event.message;
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(e.wallTimeMs);
    switch (column) {
    case TimeColumn:
        return tr("%1 (engine clock %2 ms)").arg(wall.toString(Qt::ISODateWithMs)).arg(e.event.timeMs);
    case TypeColumn:
        return e.headerReadable ? typeLongName(m.type()) : QString();
    case CodeColumn:
        if (!e.headerReadable)
            return QString();
        if (m.isEmptyMessage())
            return tr("Empty message (0.00)");
        if (m.isRequest())
            return tr("Request %1 (%2)").arg(codeText(m.code()), CoapCode::toString(m.code()));
        if (CoapCode::isSuccess(m.code()))
            return tr("%1: success").arg(codeText(m.code()));
        if (CoapCode::codeClass(m.code()) == 4)
            return tr("%1: client error").arg(codeText(m.code()));
        if (CoapCode::codeClass(m.code()) == 5)
            return tr("%1: server error").arg(codeText(m.code()));
        return codeText(m.code());
    case TokenColumn:
        if (!e.headerReadable)
            return QString();
        return m.token().isEmpty() ? tr("No token") : tr("Token of %1").arg(PayloadRender::size(m.token().size()));
    case RttColumn:
        if (e.rttMs < 0)
            return QString();
        return tr("Round-trip time since the first transmission of the request");
    case OptionsColumn: {
        QStringList lines;
        for (const CoapOption &o : m.options())
            lines << tr("%1 (%2): %3").arg(coapOptionName(o.number())).arg(o.number()).arg(o.displayValue());
        return lines.join(u'\n');
    }
    case NotesColumn:
        if (e.isMalformed())
            return tr("%1 Found at byte %2.").arg(ErrorText::decodeError(e.event.decodeError)).arg(e.errorOffset);
        if (e.event.retransmission > 0)
            return tr("Sent again because no acknowledgement came in time (RFC 7252 §4.2).");
        if (e.event.duplicate)
            return e.isSent() ? tr("The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).")
                              : tr("The same message arrived again; it was acted on once only (RFC 7252 §4.5).");
        return QString();
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------

int MessageLogModel::findSerial(const std::deque<MessageLogEntry> &entries, quint64 serial)
{
    if (entries.empty() || serial < entries.front().serial || serial > entries.back().serial)
        return -1;
    // Serials are contiguous in practice, so the direct guess nearly always hits.
    const quint64 guess = serial - entries.front().serial;
    if (guess < entries.size() && entries[size_t(guess)].serial == serial)
        return int(guess);
    const auto it = std::lower_bound(entries.begin(), entries.end(), serial,
                                     [](const MessageLogEntry &e, quint64 s) { return e.serial < s; });
    return (it != entries.end() && it->serial == serial) ? int(it - entries.begin()) : -1;
}

int MessageLogModel::rowForSerial(quint64 serial) const
{
    return serial ? findSerial(m_rows, serial) : -1;
}

const MessageLogEntry *MessageLogModel::entryBySerial(quint64 serial) const
{
    return const_cast<MessageLogModel *>(this)->mutableEntry(serial);
}

MessageLogEntry *MessageLogModel::mutableEntry(quint64 serial)
{
    if (!serial)
        return nullptr;
    int i = findSerial(m_pending, serial);
    if (i >= 0)
        return &m_pending[size_t(i)];
    i = findSerial(m_rows, serial);
    return i >= 0 ? &m_rows[size_t(i)] : nullptr;
}

int MessageLogModel::partnerRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const MessageLogEntry &e = m_rows[size_t(row)];
    quint64 partner = e.partnerSerial();
    if (!partner && e.firstTransmissionSerial) {
        // A retransmission shares the partner of its first transmission.
        if (const MessageLogEntry *first = entryBySerial(e.firstTransmissionSerial))
            partner = first->partnerSerial();
    }
    return rowForSerial(partner);
}

QList<int> MessageLogModel::retransmissionRows(int row) const
{
    QList<int> rows;
    if (row < 0 || row >= rowCount())
        return rows;
    const MessageLogEntry &e = m_rows[size_t(row)];
    const MessageLogEntry *first = e.firstTransmissionSerial ? entryBySerial(e.firstTransmissionSerial) : &e;
    if (!first)
        return rows;
    if (first != &e) {
        const int r = rowForSerial(first->serial);
        if (r >= 0)
            rows << r;
    }
    for (quint64 s : first->repeatSerials) {
        if (s == e.serial)
            continue;
        const int r = rowForSerial(s);
        if (r >= 0)
            rows << r;
    }
    return rows;
}

// ---------------------------------------------------------------------------------------------

void MessageLogModel::append(const CoapDatagramEvent &event)
{
    appendAt(event, QDateTime::currentMSecsSinceEpoch());
}

void MessageLogModel::appendAt(const CoapDatagramEvent &event, qint64 wallTimeMs)
{
    MessageLogEntry entry;
    entry.event = event;
    entry.serial = ++m_lastSerial;
    entry.wallTimeMs = wallTimeMs;

    auto peer = m_peerText.constFind(event.peer);
    if (peer == m_peerText.constEnd()) {
        peer = m_peerText.insert(event.peer, event.peer.toString());
        m_peerList << peer.value();
        m_newPeers << peer.value();
    }
    entry.peerText = peer.value();

    if (entry.isSent()) {
        ++m_sent;
        if (event.retransmission > 0)
            ++m_retransmissions;
    } else {
        ++m_received;
        if (event.duplicate)
            ++m_retransmissions; // the peer sent it again: it missed our answer
    }

    if (entry.isMalformed()) {
        ++m_malformed;
        // The event carries the error only; decoding again tells how much of the header is usable.
        const CoapDecodeResult again = CoapCodec::decode(event.datagram);
        entry.headerReadable = again.headerValid;
        entry.errorOffset = again.errorOffset;
    } else {
        entry.optionsText = compactOptions(event.message);
        // RFC 7252 §6.5: the path and query of the request, as a URI shows them.
        QString path;
        for (const CoapOption &o : event.message.options(CoapOptionNumber::UriPath))
            path += QLatin1Char('/') + QString::fromUtf8(o.value());
        QStringList query;
        for (const CoapOption &o : event.message.options(CoapOptionNumber::UriQuery))
            query << QString::fromUtf8(o.value());
        if (!query.isEmpty())
            path += QLatin1Char('?') + query.join(QLatin1Char('&'));
        entry.pathText = path;
    }
    m_countersDirty = true;

    m_pending.push_back(std::move(entry));
    match(m_pending.back());
    if (m_pending.back().pathText.isEmpty() && m_pending.back().requestSerial)
        if (const MessageLogEntry *request = entryBySerial(m_pending.back().requestSerial))
            m_pending.back().pathText = request->pathText; // a response: its request's path

    if (m_paused) {
        // Only the newest capacity() held events can ever show; older ones go now.
        if (m_pending.size() > size_t(m_capacity))
            dropOldestHeld(int(m_pending.size()) - m_capacity);
    } else if (m_pending.size() >= size_t(m_capacity)) {
        flush(); // a burst larger than the whole buffer: do not hold more than capacity()
        return;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MessageLogModel::match(MessageLogEntry &e)
{
    if (!e.headerReadable)
        return;
    const CoapMessage &m = e.event.message;
    const bool sent = e.isSent();
    const MidKey own{e.event.peer, m.messageId(), sent};

    if (isMessage(m.type())) {
        if (e.isRepeat()) {
            if (MessageLogEntry *first = mutableEntry(m_messageByMid.value(own))) {
                e.firstTransmissionSerial = first->serial;
                first->repeatSerials << e.serial;
                // A repeat answers nothing new: it takes the partner of its first transmission.
                e.requestSerial = first->requestSerial;
            }
            return;
        }
        // Malformed ones too, so that the RST that refuses them finds them.
        m_messageByMid.insert(own, e.serial);
        if (e.isMalformed())
            return;
        if (m.isRequest()) {
            m_requestByToken.insert(TokenKey{e.event.peer, m.token(), sent}, e.serial);
            if (e.event.peer.isMulticast())
                m_requestByToken.insert(TokenKey{CoapEndpoint(), m.token(), sent}, e.serial);
        } else if (m.isResponse()) {
            // A separate or NON response (RFC 7252 §5.2.2, §5.2.3): matched by token (§5.3.2).
            quint64 request = m_requestByToken.value(TokenKey{e.event.peer, m.token(), !sent});
            if (!request)
                request = m_requestByToken.value(TokenKey{CoapEndpoint(), m.token(), !sent});
            if (MessageLogEntry *r = mutableEntry(request)) {
                e.requestSerial = r->serial;
                if (!r->responseSerial) {
                    r->responseSerial = e.serial;
                    e.rttMs = e.event.timeMs - r->event.timeMs;
                }
            }
        }
        return;
    }

    if (e.isMalformed())
        return;
    // ACK or RST: matched to the CON (or NON) by peer and MID (RFC 7252 §4.2, §4.3).
    MessageLogEntry *message = mutableEntry(m_messageByMid.value(MidKey{e.event.peer, m.messageId(), !sent}));
    const quint64 firstAnswer = m_answerByMid.value(own);
    if (e.event.duplicate && firstAnswer) {
        if (MessageLogEntry *first = mutableEntry(firstAnswer)) {
            e.firstTransmissionSerial = first->serial;
            first->repeatSerials << e.serial;
        }
    } else if (!firstAnswer) {
        m_answerByMid.insert(own, e.serial);
    }
    if (!message)
        return;
    e.requestSerial = message->serial;
    if (!message->acknowledgementSerial) {
        message->acknowledgementSerial = e.serial;
        e.rttMs = e.event.timeMs - message->event.timeMs;
        if (m.isResponse() && !message->responseSerial)
            message->responseSerial = e.serial; // piggybacked (RFC 7252 §5.2.1)
    }
}

void MessageLogModel::forget(const MessageLogEntry &e)
{
    // The look-up tables hold serials of rows still in the log only, so they stay as bounded as
    // the ring buffer.
    if (!e.headerReadable)
        return;
    const CoapMessage &m = e.event.message;
    const MidKey own{e.event.peer, m.messageId(), e.isSent()};
    auto eraseIf = [&e](auto &hash, const auto &key) {
        auto it = hash.find(key);
        if (it != hash.end() && it.value() == e.serial)
            hash.erase(it);
    };
    if (isMessage(m.type())) {
        eraseIf(m_messageByMid, own);
        if (m.isRequest()) {
            eraseIf(m_requestByToken, TokenKey{e.event.peer, m.token(), e.isSent()});
            eraseIf(m_requestByToken, TokenKey{CoapEndpoint(), m.token(), e.isSent()});
        }
    } else {
        eraseIf(m_answerByMid, own);
    }
}

void MessageLogModel::removeOldestRows(int count)
{
    count = qMin(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        forget(m_rows.front());
        m_rows.pop_front();
    }
    endRemoveRows();
}

void MessageLogModel::dropOldestHeld(int count)
{
    count = qMin(count, int(m_pending.size()));
    for (int i = 0; i < count; ++i) {
        forget(m_pending.front());
        m_pending.pop_front();
    }
}

void MessageLogModel::flush()
{
    m_flushTimer.stop();
    if (m_paused) {
        emit heldCountChanged(int(m_pending.size()));
        if (m_countersDirty) {
            m_countersDirty = false;
            emit countersChanged();
        }
        return;
    }
    if (!m_pending.empty()) {
        // Make room first (qBittorrent's log model does the same), then insert the batch at once.
        const qsizetype excess = qsizetype(m_rows.size() + m_pending.size()) - m_capacity;
        if (excess > 0) {
            const int fromRows = int(qMin<qsizetype>(excess, qsizetype(m_rows.size())));
            removeOldestRows(fromRows);
            dropOldestHeld(int(excess - fromRows));
        }
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(m_pending.size()) - 1);
        std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
        m_pending.clear();
        endInsertRows();
    }
    if (!m_newPeers.isEmpty()) {
        const QStringList added = std::exchange(m_newPeers, {});
        emit peersAdded(added);
    }
    if (m_countersDirty) {
        m_countersDirty = false;
        emit countersChanged();
    }
}

void MessageLogModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_messageByMid.clear();
    m_answerByMid.clear();
    m_requestByToken.clear();
    m_peerText.clear();
    m_peerList.clear();
    m_newPeers.clear();
    m_sent = m_received = m_retransmissions = m_malformed = 0;
    m_countersDirty = false;
    endResetModel();
    emit countersChanged();
    if (m_paused)
        emit heldCountChanged(0);
}

void MessageLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    if (m_pending.size() > size_t(m_capacity))
        dropOldestHeld(int(m_pending.size()) - m_capacity);
    if (m_rows.size() > size_t(m_capacity))
        removeOldestRows(int(m_rows.size()) - m_capacity);
}

void MessageLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
    else
        emit heldCountChanged(int(m_pending.size()));
}

void MessageLogModel::setDeviceName(const CoapEndpoint &peer, const QString &name)
{
    const QString peerText = peer.toString();
    if (m_deviceNames.value(peerText) == name)
        return;
    m_deviceNames.insert(peerText, name);
    emit deviceNamesChanged();
    if (!m_rows.empty())
        emit dataChanged(index(0, DeviceColumn), index(int(m_rows.size()) - 1, DeviceColumn), {Qt::DisplayRole});
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return tr("Time");
        case DirectionColumn: return tr("Direction");
        case PeerColumn: return tr("Peer");
        case DeviceColumn: return tr("Device");
        case PathColumn: return tr("Path");
        case TypeColumn: return tr("Type");
        case CodeColumn: return tr("Code");
        case MessageIdColumn: return tr("MID");
        case TokenColumn: return tr("Token");
        case SizeColumn: return tr("Size");
        case RttColumn: return tr("RTT");
        case NotesColumn: return tr("Notes");
        case OptionsColumn: return tr("Options");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("Wall-clock time when the datagram was logged");
        case MessageIdColumn: return tr("Message ID");
        case SizeColumn: return tr("Size of the whole datagram in bytes");
        case RttColumn: return tr("Round-trip time of a response or acknowledgement");
        case NotesColumn: return tr("Retransmissions, duplicates and decoding errors");
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

QJsonObject MessageLogModel::toJson(const MessageLogEntry &e) const
{
    // Keys are a stable English data format, not translated.
    const CoapMessage &m = e.event.message;
    QJsonObject o;
    o.insert(QStringLiteral("time"), isoTime(e.wallTimeMs));
    o.insert(QStringLiteral("engine_ms"), e.event.timeMs);
    o.insert(QStringLiteral("direction"), e.isSent() ? QStringLiteral("sent") : QStringLiteral("received"));
    o.insert(QStringLiteral("peer"), e.peerText);
    if (e.headerReadable) {
        o.insert(QStringLiteral("type"), coapTypeName(m.type()));
        o.insert(QStringLiteral("code"), CoapCode::toString(m.code()));
        o.insert(QStringLiteral("code_name"), CoapCode::name(m.code()));
        o.insert(QStringLiteral("mid"), int(m.messageId()));
        o.insert(QStringLiteral("token"), QString::fromLatin1(m.token().toHex()));
    } else {
        for (const char *key : {"type", "code", "code_name", "mid", "token"})
            o.insert(QLatin1String(key), QJsonValue::Null);
    }
    QJsonArray options;
    if (!e.isMalformed()) {
        for (const CoapOption &opt : m.options()) {
            QJsonObject jo;
            jo.insert(QStringLiteral("name"), coapOptionName(opt.number()));
            jo.insert(QStringLiteral("number"), int(opt.number()));
            jo.insert(QStringLiteral("value"), opt.displayValue());
            options.append(jo);
        }
    }
    o.insert(QStringLiteral("options"), options);
    o.insert(QStringLiteral("size"), int(e.event.datagram.size()));
    o.insert(QStringLiteral("rtt_ms"), e.rttMs >= 0 ? QJsonValue(e.rttMs) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("retransmission"), e.event.retransmission);
    o.insert(QStringLiteral("duplicate"), e.event.duplicate);
    o.insert(QStringLiteral("error"), e.isMalformed() ? QJsonValue(QLatin1String(CoapCodec::errorKey(e.event.decodeError)))
                                                      : QJsonValue(QJsonValue::Null));
    if (e.isMalformed()) {
        // The payload cannot be told apart from the rest: give the whole datagram.
        o.insert(QStringLiteral("datagram_hex"), QString::fromLatin1(e.event.datagram.toHex()));
        o.insert(QStringLiteral("payload_hex"), QJsonValue::Null);
        o.insert(QStringLiteral("payload_text"), QJsonValue::Null);
    } else {
        o.insert(QStringLiteral("payload_hex"), QString::fromLatin1(m.payload().toHex()));
        const std::optional<QString> text = payloadText(m.payload());
        o.insert(QStringLiteral("payload_text"), text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

bool MessageLogModel::exportRows(QIODevice *device, ExportFormat format, const std::optional<QList<int>> &rows) const
{
    if (!device || !device->isWritable())
        return false;
    const int count = rows ? int(rows->size()) : rowCount();
    auto rowAt = [&](int i) { return rows ? rows->at(i) : i; };

    if (format == ExportFormat::Pcapng) {
        CoapPcapngWriter writer(device);
        if (!writer.writeHeader())
            return false;
        for (int i = 0; i < count; ++i) {
            const int row = rowAt(i);
            if (row < 0 || row >= rowCount())
                continue;
            const MessageLogEntry &e = m_rows[size_t(row)];
            // Besides a refusing device, only a datagram larger than UDP allows is left out.
            if (!writer.writeEvent(e.event, e.wallTimeMs * 1000) && writer.deviceFailed())
                return false;
        }
        return true;
    }

    if (format == ExportFormat::Json) {
        QJsonArray array;
        for (int i = 0; i < count; ++i) {
            const int row = rowAt(i);
            if (row >= 0 && row < rowCount())
                array.append(toJson(m_rows[size_t(row)]));
        }
        const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
        return device->write(bytes) == bytes.size();
    }

    static const char *const kHeader[] = {"time", "engine_ms", "direction", "peer", "type", "code", "mid",
                                          "token", "options", "size", "rtt_ms", "retransmission",
                                          "duplicate", "error", "payload_hex", "payload_text"};
    QStringList header;
    for (const char *h : kHeader)
        header << QLatin1String(h);
    QByteArray chunk = header.join(u',').toUtf8() + "\r\n";
    for (int i = 0; i < count; ++i) {
        const int row = rowAt(i);
        if (row < 0 || row >= rowCount())
            continue;
        const MessageLogEntry &e = m_rows[size_t(row)];
        const CoapMessage &m = e.event.message;
        const bool h = e.headerReadable;
        const std::optional<QString> text = e.isMalformed() ? std::nullopt : payloadText(m.payload());
        const QStringList fields{
            isoTime(e.wallTimeMs),
            QString::number(e.event.timeMs),
            e.isSent() ? QStringLiteral("sent") : QStringLiteral("received"),
            e.peerText,
            h ? coapTypeName(m.type()) : QString(),
            h ? codeText(m.code()) : QString(),
            h ? QString::number(m.messageId()) : QString(),
            h ? QString::fromLatin1(m.token().toHex()) : QString(),
            e.optionsText,
            QString::number(e.event.datagram.size()),
            e.rttMs >= 0 ? QString::number(e.rttMs) : QString(),
            QString::number(e.event.retransmission),
            e.event.duplicate ? QStringLiteral("true") : QStringLiteral("false"),
            e.isMalformed() ? QLatin1String(CoapCodec::errorKey(e.event.decodeError)) : QString(),
            QString::fromLatin1((e.isMalformed() ? e.event.datagram : m.payload()).toHex()),
            text.value_or(QString()),
        };
        QString line;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (f)
                line += u',';
            line += csvField(fields[f]);
        }
        chunk += line.toUtf8() + "\r\n";
        if (chunk.size() > (1 << 20)) {
            if (device->write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return device->write(chunk) == chunk.size();
}

// ---------------------------------------------------------------------------------------------

MessageLogFilterModel::MessageLogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The log is in arrival order; sorting 100,000 streaming rows would only cost time.
    setDynamicSortFilter(true);
}

void MessageLogFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<MessageLogModel *>(model);
    Q_ASSERT_X(m_log || !model, "MessageLogFilterModel", "the source must be a MessageLogModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void MessageLogFilterModel::setPeerFilter(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    invalidateFilter();
}

void MessageLogFilterModel::setTypeFilter(TypeFilter filter)
{
    if (m_type == filter)
        return;
    m_type = filter;
    invalidateFilter();
}

void MessageLogFilterModel::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    m_textIsAscii = std::all_of(t.begin(), t.end(), [](QChar c) { return c.unicode() < 0x80; });
    invalidateFilter();
}

bool MessageLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_log)
        return false;
    if (!isFiltering())
        return true;
    return accepts(m_log->entry(sourceRow));
}

bool MessageLogFilterModel::accepts(const MessageLogEntry &e) const
{
    if (!m_peer.isEmpty() && e.peerText != m_peer)
        return false;
    const CoapMessage &m = e.event.message;
    switch (m_type) {
    case TypeFilter::All: break;
    case TypeFilter::Confirmable:
        if (!e.headerReadable || m.type() != CoapType::Confirmable) return false;
        break;
    case TypeFilter::NonConfirmable:
        if (!e.headerReadable || m.type() != CoapType::NonConfirmable) return false;
        break;
    case TypeFilter::Acknowledgement:
        if (!e.headerReadable || m.type() != CoapType::Acknowledgement) return false;
        break;
    case TypeFilter::Reset:
        if (!e.headerReadable || m.type() != CoapType::Reset) return false;
        break;
    case TypeFilter::Malformed:
        if (!e.isMalformed()) return false;
        break;
    case TypeFilter::Problems: {
        // What a technician looks for first: lost, repeated, refused, broken, error answers.
        const bool problem = e.isMalformed() || e.isRepeat()
                || (e.headerReadable && (m.type() == CoapType::Reset || CoapCode::codeClass(m.code()) >= 4));
        if (!problem) return false;
        break;
    }
    }
    if (m_text.isEmpty())
        return true;
    if (e.peerText.contains(m_text, Qt::CaseInsensitive) || e.optionsText.contains(m_text, Qt::CaseInsensitive))
        return true;
    if (e.headerReadable) {
        if (m_log->codeText(m.code()).contains(m_text, Qt::CaseInsensitive))
            return true;
        if (m_textIsAscii && !m.token().isEmpty()
            && QLatin1StringView(m.token().toHex()).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (!e.isMalformed() && !m.payload().isEmpty()) {
        // An ASCII needle can be looked for in the raw UTF-8 bytes: multi-byte sequences never
        // contain ASCII bytes. Anything else needs the decoded text.
        if (m_textIsAscii)
            return QLatin1StringView(m.payload()).contains(m_text, Qt::CaseInsensitive);
        const std::optional<QString> text = MessageLogModel::payloadText(m.payload());
        return text && text->contains(m_text, Qt::CaseInsensitive);
    }
    return false;
}

QList<int> MessageLogFilterModel::acceptedSourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows << mapToSource(index(i, 0)).row();
    return rows;
}

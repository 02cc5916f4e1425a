#include "observationhub.h"

#include "coapuri.h"

#include <QLocale>

ObservationHub::ObservationHub(CoapClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
}

ObservationHub::~ObservationHub()
{
    for (const Entry &e : m_entries)
        if (e.reply)
            disconnect(e.reply, nullptr, this, nullptr);
}

QString ObservationHub::keyFor(const CoapRequest &request, const QString &uri)
{
    // Same device and resource (the URI) and the same request options besides the URI's own and
    // Observe: an Accept of its own is another representation, another observation.
    QString key = uri;
    for (const CoapOption &option : request.message.options()) {
        switch (option.number()) {
        case CoapOptionNumber::UriHost:
        case CoapOptionNumber::UriPort:
        case CoapOptionNumber::UriPath:
        case CoapOptionNumber::UriQuery:
        case CoapOptionNumber::Observe:
        case CoapOptionNumber::Block2: // how the answer is cut, not what it is
            continue;
        default:
            key += QStringLiteral("|%1=%2").arg(option.number()).arg(QString::fromLatin1(option.value().toHex()));
        }
    }
    return key;
}

CoapReply *ObservationHub::find(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (e.requestKey == key && e.reply && !e.reply->isFinished() && !e.stopping)
            return e.reply;
    return nullptr;
}

CoapReply *ObservationHub::observe(const CoapRequest &request, const QString &uri, int user, bool *started,
                                   CoapClient *client)
{
    const QString key = keyFor(request, uri);
    if (CoapReply *running = find(key)) {
        m_entries[size_t(rowOf(running))].users |= user;
        if (started)
            *started = false;
        return running;
    }
    CoapRequest observeRequest = request;
    observeRequest.observe = true;
    CoapReply *reply = (client ? client : m_client)->send(observeRequest);
    if (started)
        *started = true;
    Entry e;
    e.key = reply;
    e.reply = reply;
    e.requestKey = key;
    e.uri = uri;
    e.users = user;
    const CoapUriParseResult parsed = CoapUri::parse(uri);
    e.path = parsed.ok() ? parsed.uri.pathAndQuery() : uri;
    e.device = m_labeler ? m_labeler(uri) : (parsed.ok() ? parsed.uri.authority() : QString());
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(e);
    endInsertRows();

    connect(reply, &CoapReply::notificationReceived, this, [this, reply](const CoapMessage &notification, quint64) {
        const int r = rowOf(reply);
        if (r < 0)
            return;
        Entry &entry = m_entries[size_t(r)];
        entry.notifications = reply->notificationCount();
        entry.last = QDateTime::currentDateTime();
        // A glance at the value: the first line of a text payload, else its size.
        const QByteArray payload = notification.payload();
        const QString text = QString::fromUtf8(payload).section(QLatin1Char('\n'), 0, 0).simplified();
        const bool printable = !text.isEmpty() && !text.contains(QChar::ReplacementCharacter);
        entry.lastText = printable ? text.left(60)
                                   : tr("%n byte(s)", nullptr, int(payload.size()));
        emit dataChanged(index(r, NotificationsColumn), index(r, LastColumn));
    });
    connect(reply, &CoapReply::finished, this, [this, reply] {
        remove(reply);
        reply->deleteLater();
    });
    connect(reply, &QObject::destroyed, this, [this, reply] { remove(reply); });
    emit observationStarted(reply, uri);
    emit countChanged(count());
    return reply;
}

void ObservationHub::remove(const CoapReply *reply)
{
    const int r = rowOf(reply);
    if (r < 0)
        return;
    const QString uri = m_entries[size_t(r)].uri;
    beginRemoveRows({}, r, r);
    m_entries.erase(m_entries.begin() + r);
    endRemoveRows();
    emit observationEnded(const_cast<CoapReply *>(reply), uri);
    emit countChanged(count());
}

void ObservationHub::endReply(CoapReply *reply)
{
    if (!reply || reply->isFinished())
        return;
    const int r = rowOf(reply);
    if (r >= 0) {
        m_entries[size_t(r)].stopping = true;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        emit countChanged(count());
    }
    // RFC 7641 §3.6: tell the device, so that it stops sending (and spends no more radio time).
    if (reply->isObserving())
        reply->cancelObservation(CoapReply::CancelMode::Deregister);
    else
        reply->abort();
}

void ObservationHub::release(CoapReply *reply, int user)
{
    const int r = rowOf(reply);
    if (r < 0)
        return;
    Entry &e = m_entries[size_t(r)];
    e.users &= ~user;
    if (e.users == 0)
        endReply(reply);
}

void ObservationHub::stop(CoapReply *reply)
{
    if (rowOf(reply) >= 0)
        endReply(reply);
}

void ObservationHub::stopAll()
{
    for (CoapReply *reply : replies())
        endReply(reply);
}

QList<CoapReply *> ObservationHub::replies() const
{
    QList<CoapReply *> list;
    for (const Entry &e : m_entries)
        if (e.reply && !e.stopping)
            list << e.reply;
    return list;
}

CoapReply *ObservationHub::replyAt(int row) const
{
    return row >= 0 && row < count() ? m_entries[size_t(row)].reply.data() : nullptr;
}

int ObservationHub::rowOf(const CoapReply *reply) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == reply)
            return int(i);
    return -1;
}

bool ObservationHub::isStopping(const CoapReply *reply) const
{
    const int r = rowOf(reply);
    return r >= 0 && m_entries[size_t(r)].stopping;
}

int ObservationHub::users(const CoapReply *reply) const
{
    const int r = rowOf(reply);
    return r < 0 ? 0 : m_entries[size_t(r)].users;
}

QString ObservationHub::uriOf(const CoapReply *reply) const
{
    const int r = rowOf(reply);
    return r < 0 ? QString() : m_entries[size_t(r)].uri;
}

QStringList ObservationHub::uris(int user) const
{
    QStringList list;
    for (const Entry &e : m_entries)
        if ((e.users & user) && !e.stopping && !list.contains(e.uri))
            list << e.uri;
    return list;
}

int ObservationHub::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int ObservationHub::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationHub::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    if (role == UriRole)
        return e.uri;
    if (role == Qt::ToolTipRole)
        return e.uri;
    if (role == Qt::TextAlignmentRole && index.column() == NotificationsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeviceColumn: return e.device;
    case PathColumn: return e.path;
    case NotificationsColumn: return QLocale().toString(e.notifications);
    case LastColumn:
        if (e.stopping)
            return tr("stopping: telling the device…");
        if (!e.last.isValid())
            return tr("waiting for the first notification…");
        //: %1 the time of day of the last notification, %2 the start of its payload
        return tr("%1 · %2").arg(e.last.time().toString(QStringLiteral("HH:mm:ss")), e.lastText);
    case StopColumn: return tr("Stop");
    }
    return {};
}

QVariant ObservationHub::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn: return tr("Device");
    case PathColumn: return tr("Path");
    case NotificationsColumn: return tr("Notifications");
    case LastColumn: return tr("Last notification");
    case StopColumn: return QString();
    }
    return {};
}

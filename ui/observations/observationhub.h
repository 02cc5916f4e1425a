#pragma once

#include "coapclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>
#include <vector>

// Every running observation of the window, one per device, resource and request options
// (RFC 7641 §3: a client keeps at most one registration per resource; a second token for the same
// resource would only double the device's work and the radio time of a battery device).
//
// The composer, the charts and the device tree share them: observe() returns the running
// observation of the same resource, or starts one, and records who uses it; release() ends it
// (deregistering, RFC 7641 §3.6) when its last user lets go; stop() ends it for everybody (the
// Stop button of the Observations list).
//
// As a table model, one row per observation: device, path, notifications, last notification.
class ObservationHub : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum User { ComposerUser = 0x1, ChartUser = 0x2 };
    // Stop first: in a narrow dock the button must not scroll out of sight.
    enum Column { StopColumn, DeviceColumn, PathColumn, NotificationsColumn, LastColumn, ColumnCount };
    enum Role { UriRole = Qt::UserRole + 1 };

    // The client is not owned and must outlive the hub.
    explicit ObservationHub(CoapClient *client, QObject *parent = nullptr);
    ~ObservationHub() override;

    // The resource's running observation, or a new one sent through the client (request.observe is
    // set here). uri is what people read ("coap://127.0.0.1:5683/sensors/temp"). *started tells
    // whether a new registration went out. client, when given, sends instead of the hub's own (the
    // DTLS client for coaps). The reply stays the client's child; the hub deletes it
    // (deleteLater) when it has finished.
    CoapReply *observe(const CoapRequest &request, const QString &uri, int user, bool *started = nullptr,
                       CoapClient *client = nullptr);
    // The running observation with this key (see keyFor()), or nullptr. replies() and uris() leave
    // out those being stopped.
    CoapReply *find(const QString &key) const;
    static QString keyFor(const CoapRequest &request, const QString &uri);

    // user no longer needs the observation; it ends when nobody does.
    void release(CoapReply *reply, int user);
    // Ends the observation for all its users (deregisters, RFC 7641 §3.6).
    void stop(CoapReply *reply);
    void stopAll();

    int count() const { return int(m_entries.size()); }
    QList<CoapReply *> replies() const;
    CoapReply *replyAt(int row) const;
    // Stopped, but its deregistration is still under way: no longer offered to anybody.
    bool isStopping(const CoapReply *reply) const;
    int rowOf(const CoapReply *reply) const;
    int users(const CoapReply *reply) const;
    QString uriOf(const CoapReply *reply) const;
    // The URIs of the observations this user takes part in (saved for the next start).
    QStringList uris(int user) const;

    // Names devices for people ("Boiler room", else the address); called for each new row.
    void setDeviceLabeler(std::function<QString(const QString &uri)> labeler) { m_labeler = std::move(labeler); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void observationStarted(CoapReply *reply, const QString &uri);
    void observationEnded(CoapReply *reply, const QString &uri); // the row is gone
    void countChanged(int count);

private:
    struct Entry
    {
        const CoapReply *key = nullptr; // identity only
        QPointer<CoapReply> reply;
        QString requestKey;
        QString uri;
        QString device;
        QString path;
        int users = 0;
        bool stopping = false; // deregistration sent, the reply not finished yet
        int notifications = 0;
        QDateTime last;
        QString lastText;
    };
    void remove(const CoapReply *reply);
    void endReply(CoapReply *reply);

    CoapClient *m_client;
    std::vector<Entry> m_entries;
    std::function<QString(const QString &)> m_labeler;
};

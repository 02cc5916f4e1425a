#pragma once

#include "coapmessagelayer.h"
#include "coapproxy.h"
#include "devicesortfilterproxy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

// A saved request the user gave a name.
struct Bookmark
{
    QString name;
    QString uri;
    quint8 method = 0x01; // CoapCode::Get
    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

// Typed wrapper around QSettings (after qBittorrent's SettingsStorage): every persisted value has
// one getter, one setter and one default here, and nowhere else in the code is a key spelled.
// Not thread-safe; lives on the GUI thread.
class Settings : public QObject
{
    Q_OBJECT
public:
    // The user's settings (organisation and application names of QCoreApplication).
    explicit Settings(QObject *parent = nullptr);
    // An INI file of its own, for tests and --demo.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    static constexpr int kMaxRecentUris = 20;

    // RFC 7252 §4.8 transmission parameters, applied to the client when they change.
    CoapTransmissionParameters transmissionParameters() const;
    void setTransmissionParameters(const CoapTransmissionParameters &parameters);
    // Preferred block size exponent 0..6 (16..1024 bytes), RFC 7959 §2.2.
    int blockSzx() const;
    void setBlockSzx(int szx);
    int tokenLength() const; // 0..8 bytes
    void setTokenLength(int bytes);
    // New exchanges for a block whose exchange got no answer (CoapClient::setBlockRetries), 0..10.
    int blockRetries() const;
    void setBlockRetries(int retries);

    // Discovery: multicast groups ("224.0.1.187", "ff02::fd"), interface names (empty = all),
    // how long answers are collected, and whether to discover when the window opens.
    QStringList discoveryGroups() const;
    void setDiscoveryGroups(const QStringList &groups);
    static QStringList defaultDiscoveryGroups();
    QStringList discoveryInterfaces() const;
    void setDiscoveryInterfaces(const QStringList &interfaces);
    int discoveryWaitMs() const;
    void setDiscoveryWaitMs(int ms);
    bool discoverOnStart() const;
    void setDiscoverOnStart(bool on);

    // The device tree's order (by name unless chosen otherwise in the Devices panel).
    DeviceSortOrder deviceSortOrder() const;
    void setDeviceSortOrder(DeviceSortOrder order);
    // Devices added by hand ("10.0.0.5:5683", "boiler.local:5683"), asked again at every start.
    QStringList devicesAddedByHand() const;
    void setDevicesAddedByHand(const QStringList &hostPorts);

    // Forward proxy (RFC 7252 §5.7.2) for every request, as "coap://host[:port]"; empty = none.
    // A device may have a proxy of its own (keyed by its URI authority, "10.0.0.5:5683" form of
    // CoapUri::authority()), which wins; "direct" there means no proxy for that device.
    QString proxyUri() const;
    void setProxyUri(const QString &uri);
    bool proxySchemeOptions() const; // Proxy-Scheme + Uri-* instead of Proxy-Uri
    void setProxySchemeOptions(bool on);
    QString deviceProxy(const QString &authority) const; // empty: the one for all requests
    void setDeviceProxy(const QString &authority, const QString &uri);
    static QString directProxyValue() { return QStringLiteral("direct"); }
    // The proxy a request to target goes through; not set when it goes directly (or when the
    // saved text no longer parses, which the dialogs prevent).
    CoapProxy proxyFor(const CoapUri &target) const;

    // UI language as a locale name ("de", "pt_BR"); empty = the system's. A change emits
    // languageChanged(), on which ExplorerHost (ui/language/) switches the window at once.
    QString language() const;
    void setLanguage(const QString &language);

    // Most recent first, without duplicates, at most kMaxRecentUris.
    QStringList recentUris() const;
    void setRecentUris(const QStringList &uris);
    void addRecentUri(const QString &uri);

    QList<Bookmark> bookmarks() const;
    void setBookmarks(const QList<Bookmark> &bookmarks);

    // URIs observed when the window was closed, offered again on the next start.
    QStringList openObservations() const;
    void setOpenObservations(const QStringList &uris);
    // Resources observed for the Charts panel, observed again on the next start.
    QStringList chartedObservations() const;
    void setChartedObservations(const QStringList &uris);
    // Whether the observations of the last run start again by themselves: every observation
    // costs a battery device radio time, so by default the window asks first.
    enum class ResumeObservations { Ask, Always, Never };
    ResumeObservations resumeObservations() const;
    void setResumeObservations(ResumeObservations mode);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // Splitter and header states by name ("requestResponse", "composer", …).
    QByteArray layoutState(const QString &name) const;
    void setLayoutState(const QString &name, const QByteArray &state);

    void sync();
    QSettings *storage() const { return m_settings; } // for other ui/ parts' own keys

Q_SIGNALS:
    void transmissionSettingsChanged(); // parameters, block size, token length, block retries
    void discoverySettingsChanged();
    void recentUrisChanged();
    void bookmarksChanged();
    void languageChanged();
    void proxySettingsChanged();

private:
    QSettings *m_settings;
};

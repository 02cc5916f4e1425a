#include "settings.h"

#include "coapclient.h"

#include <QSettings>

namespace {
// Every key in one place.
const QString kAckTimeout = QStringLiteral("transmission/ackTimeoutMs");
const QString kAckRandomFactor = QStringLiteral("transmission/ackRandomFactor");
const QString kMaxRetransmit = QStringLiteral("transmission/maxRetransmit");
const QString kNstart = QStringLiteral("transmission/nstart");
const QString kDefaultLeisure = QStringLiteral("transmission/defaultLeisureMs");
const QString kMaxLatency = QStringLiteral("transmission/maxLatencyMs");
const QString kBlockSzx = QStringLiteral("requests/blockSzx");
const QString kTokenLength = QStringLiteral("requests/tokenLength");
const QString kBlockRetries = QStringLiteral("requests/blockRetries");
const QString kDiscoveryGroups = QStringLiteral("discovery/groups");
const QString kDiscoveryInterfaces = QStringLiteral("discovery/interfaces");
const QString kDiscoveryWait = QStringLiteral("discovery/waitMs");
const QString kDiscoverOnStart = QStringLiteral("discovery/onStart");
const QString kDeviceSortOrder = QStringLiteral("devices/sortOrder");
const QString kDevicesAddedByHand = QStringLiteral("devices/addedByHand");
const QString kProxyUri = QStringLiteral("proxy/uri");
const QString kProxySchemeOptions = QStringLiteral("proxy/schemeOptions");
const QString kDeviceProxies = QStringLiteral("proxy/devices");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecentUris = QStringLiteral("history/recentUris");
const QString kBookmarks = QStringLiteral("bookmarks");
const QString kOpenObservations = QStringLiteral("history/openObservations");
const QString kChartedObservations = QStringLiteral("history/chartedObservations");
const QString kResumeObservations = QStringLiteral("history/resumeObservations");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLayoutPrefix = QStringLiteral("window/layout/");
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent), m_settings(new QSettings(this))
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(new QSettings(iniFile, QSettings::IniFormat, this))
{
}

Settings::~Settings()
{
    m_settings->sync();
}

CoapTransmissionParameters Settings::transmissionParameters() const
{
    CoapTransmissionParameters p;
    p.ackTimeoutMs = m_settings->value(kAckTimeout, p.ackTimeoutMs).toLongLong();
    p.ackRandomFactor = m_settings->value(kAckRandomFactor, p.ackRandomFactor).toDouble();
    p.maxRetransmit = m_settings->value(kMaxRetransmit, p.maxRetransmit).toInt();
    p.nstart = m_settings->value(kNstart, p.nstart).toInt();
    p.defaultLeisureMs = m_settings->value(kDefaultLeisure, p.defaultLeisureMs).toLongLong();
    p.maxLatencyMs = m_settings->value(kMaxLatency, p.maxLatencyMs).toLongLong();
    // A hand-edited file must not break the engine.
    return p.isValid() ? p : CoapTransmissionParameters{};
}

void Settings::setTransmissionParameters(const CoapTransmissionParameters &p)
{
    m_settings->setValue(kAckTimeout, p.ackTimeoutMs);
    m_settings->setValue(kAckRandomFactor, p.ackRandomFactor);
    m_settings->setValue(kMaxRetransmit, p.maxRetransmit);
    m_settings->setValue(kNstart, p.nstart);
    m_settings->setValue(kDefaultLeisure, p.defaultLeisureMs);
    m_settings->setValue(kMaxLatency, p.maxLatencyMs);
    emit transmissionSettingsChanged();
}

int Settings::blockSzx() const
{
    return qBound(0, m_settings->value(kBlockSzx, 6).toInt(), 6);
}

void Settings::setBlockSzx(int szx)
{
    m_settings->setValue(kBlockSzx, qBound(0, szx, 6));
    emit transmissionSettingsChanged();
}

int Settings::tokenLength() const
{
    return qBound(0, m_settings->value(kTokenLength, 4).toInt(), 8);
}

void Settings::setTokenLength(int bytes)
{
    m_settings->setValue(kTokenLength, qBound(0, bytes, 8));
    emit transmissionSettingsChanged();
}

int Settings::blockRetries() const
{
    return qBound(0, m_settings->value(kBlockRetries, CoapClient::kDefaultBlockRetries).toInt(), CoapClient::kMaxBlockRetries);
}

void Settings::setBlockRetries(int retries)
{
    m_settings->setValue(kBlockRetries, qBound(0, retries, CoapClient::kMaxBlockRetries));
    emit transmissionSettingsChanged();
}

QStringList Settings::defaultDiscoveryGroups()
{
    // RFC 7252 §12.8: All CoAP Nodes, IPv4 and IPv6 link-local and site-local.
    return {QStringLiteral("224.0.1.187"), QStringLiteral("ff02::fd"), QStringLiteral("ff05::fd")};
}

QStringList Settings::discoveryGroups() const
{
    return m_settings->value(kDiscoveryGroups, defaultDiscoveryGroups()).toStringList();
}

void Settings::setDiscoveryGroups(const QStringList &groups)
{
    m_settings->setValue(kDiscoveryGroups, groups);
    emit discoverySettingsChanged();
}

QStringList Settings::discoveryInterfaces() const
{
    return m_settings->value(kDiscoveryInterfaces).toStringList();
}

void Settings::setDiscoveryInterfaces(const QStringList &interfaces)
{
    m_settings->setValue(kDiscoveryInterfaces, interfaces);
    emit discoverySettingsChanged();
}

int Settings::discoveryWaitMs() const
{
    return qBound(500, m_settings->value(kDiscoveryWait, 5000).toInt(), 120000);
}

void Settings::setDiscoveryWaitMs(int ms)
{
    m_settings->setValue(kDiscoveryWait, qBound(500, ms, 120000));
    emit discoverySettingsChanged();
}

bool Settings::discoverOnStart() const
{
    return m_settings->value(kDiscoverOnStart, false).toBool();
}

void Settings::setDiscoverOnStart(bool on)
{
    m_settings->setValue(kDiscoverOnStart, on);
    emit discoverySettingsChanged();
}

DeviceSortOrder Settings::deviceSortOrder() const
{
    // Words rather than numbers in the file: readable, and an unknown word falls back to the default.
    const QString order = m_settings->value(kDeviceSortOrder).toString();
    if (order == QLatin1String("address"))
        return DeviceSortOrder::Address;
    if (order == QLatin1String("answers"))
        return DeviceSortOrder::AnswerOrder;
    return DeviceSortOrder::Name;
}

void Settings::setDeviceSortOrder(DeviceSortOrder order)
{
    m_settings->setValue(kDeviceSortOrder, order == DeviceSortOrder::Address       ? QStringLiteral("address")
                                           : order == DeviceSortOrder::AnswerOrder ? QStringLiteral("answers")
                                                                                   : QStringLiteral("name"));
}

QStringList Settings::devicesAddedByHand() const
{
    return m_settings->value(kDevicesAddedByHand).toStringList();
}

void Settings::setDevicesAddedByHand(const QStringList &hostPorts)
{
    m_settings->setValue(kDevicesAddedByHand, hostPorts);
}

QString Settings::proxyUri() const
{
    return m_settings->value(kProxyUri).toString();
}

void Settings::setProxyUri(const QString &uri)
{
    if (uri.trimmed() == proxyUri())
        return;
    m_settings->setValue(kProxyUri, uri.trimmed());
    emit proxySettingsChanged();
}

bool Settings::proxySchemeOptions() const
{
    return m_settings->value(kProxySchemeOptions, false).toBool();
}

void Settings::setProxySchemeOptions(bool on)
{
    if (on == proxySchemeOptions())
        return;
    m_settings->setValue(kProxySchemeOptions, on);
    emit proxySettingsChanged();
}

QString Settings::deviceProxy(const QString &authority) const
{
    return m_settings->value(kDeviceProxies).toMap().value(authority).toString();
}

void Settings::setDeviceProxy(const QString &authority, const QString &uri)
{
    QVariantMap map = m_settings->value(kDeviceProxies).toMap();
    const QString value = uri.trimmed();
    if (map.value(authority).toString() == value)
        return;
    if (value.isEmpty())
        map.remove(authority);
    else
        map.insert(authority, value);
    m_settings->setValue(kDeviceProxies, map);
    emit proxySettingsChanged();
}

CoapProxy Settings::proxyFor(const CoapUri &target) const
{
    QString text = target.isValid() ? deviceProxy(target.authority()) : QString();
    if (text == directProxyValue())
        return {};
    if (text.isEmpty())
        text = proxyUri();
    if (text.isEmpty())
        return {};
    CoapProxyError error = CoapProxyError::None;
    const CoapProxy proxy = CoapProxy::parse(text, proxySchemeOptions() ? CoapProxyMode::ProxyScheme
                                                                         : CoapProxyMode::ProxyUri, &error);
    return error == CoapProxyError::None ? proxy : CoapProxy();
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(kLanguage, language);
    Q_EMIT languageChanged();
}

QStringList Settings::recentUris() const
{
    return m_settings->value(kRecentUris).toStringList().mid(0, kMaxRecentUris);
}

void Settings::setRecentUris(const QStringList &uris)
{
    QStringList unique;
    for (const QString &uri : uris) {
        if (!uri.isEmpty() && !unique.contains(uri))
            unique << uri;
    }
    m_settings->setValue(kRecentUris, unique.mid(0, kMaxRecentUris));
    emit recentUrisChanged();
}

void Settings::addRecentUri(const QString &uri)
{
    QStringList uris = recentUris();
    uris.removeAll(uri);
    uris.prepend(uri);
    setRecentUris(uris);
}

QList<Bookmark> Settings::bookmarks() const
{
    QList<Bookmark> list;
    const int n = m_settings->beginReadArray(kBookmarks);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Bookmark b;
        b.name = m_settings->value(QStringLiteral("name")).toString();
        b.uri = m_settings->value(QStringLiteral("uri")).toString();
        b.method = quint8(m_settings->value(QStringLiteral("method"), 1).toUInt());
        if (!b.uri.isEmpty())
            list.append(b);
    }
    m_settings->endArray();
    return list;
}

void Settings::setBookmarks(const QList<Bookmark> &bookmarks)
{
    m_settings->remove(kBookmarks);
    m_settings->beginWriteArray(kBookmarks, int(bookmarks.size()));
    for (int i = 0; i < bookmarks.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), bookmarks[i].name);
        m_settings->setValue(QStringLiteral("uri"), bookmarks[i].uri);
        m_settings->setValue(QStringLiteral("method"), uint(bookmarks[i].method));
    }
    m_settings->endArray();
    emit bookmarksChanged();
}

QStringList Settings::openObservations() const
{
    return m_settings->value(kOpenObservations).toStringList();
}

void Settings::setOpenObservations(const QStringList &uris)
{
    m_settings->setValue(kOpenObservations, uris);
}

QStringList Settings::chartedObservations() const
{
    return m_settings->value(kChartedObservations).toStringList();
}

void Settings::setChartedObservations(const QStringList &uris)
{
    m_settings->setValue(kChartedObservations, uris);
}

Settings::ResumeObservations Settings::resumeObservations() const
{
    const QString mode = m_settings->value(kResumeObservations).toString();
    if (mode == QLatin1String("always"))
        return ResumeObservations::Always;
    if (mode == QLatin1String("never"))
        return ResumeObservations::Never;
    return ResumeObservations::Ask;
}

void Settings::setResumeObservations(ResumeObservations mode)
{
    m_settings->setValue(kResumeObservations, mode == ResumeObservations::Always  ? QStringLiteral("always")
                                              : mode == ResumeObservations::Never ? QStringLiteral("never")
                                                                                  : QStringLiteral("ask"));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray Settings::layoutState(const QString &name) const
{
    return m_settings->value(kLayoutPrefix + name).toByteArray();
}

void Settings::setLayoutState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kLayoutPrefix + name, state);
}

void Settings::sync()
{
    m_settings->sync();
}

#pragma once

#include "coapclient.h"
#include "coapinterfaces.h"
#include "corelinkformat.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Resource discovery (RFC 7252 §7.2, §8; RFC 6690 §4): a NON GET /.well-known/core to the
// All-CoAP-Nodes groups, answers collected from every device for a window, each device reported
// the moment it answers. Lives on the GUI thread like the rest of the engine (habit 6).

// What went wrong, without words (habit 1). Every problem names its interface, group or host.
enum class CoapDiscoveryError : quint8 {
    None,
    NoUsableInterface,  // no interface (of those asked for) is up, running and multicast-capable
    InterfaceNotFound,  // an interface asked for by name does not exist
    InterfaceNotUsable, // it exists but is down, not running or has no MULTICAST flag
    NoAddressForGroup,  // the interface has no address of the group's family, so it cannot send there
    BindFailed,         // a socket could not be bound (networkError says why)
    NoRoute,            // the system refused to send: no route for the group or host (ENETUNREACH)
    SendFailed,         // the system refused to send for another reason (networkError says why)
    HostNotFound,       // discoverHost(): the name did not resolve
    NoResponse,         // discoverHost(): no answer in time (or RST; coapError says which)
    ErrorResponse,      // discoverHost(): the host answered 4.xx/5.xx (responseCode)
    IncompleteAnswer,   // a Block2 answer could not be completed (coapError says why)
};
// Stable English identifier for logs and JSON ("no-usable-interface"); ui/ translates the enum.
const char *coapDiscoveryErrorKey(CoapDiscoveryError error);

struct CoapDiscoveryProblem
{
    CoapDiscoveryError error = CoapDiscoveryError::None;
    QString interfaceName;   // the interface concerned, when there is one
    QHostAddress group;      // the group concerned (link-local groups carry the interface as scope id)
    CoapEndpoint endpoint;   // the host, device or group endpoint concerned
    QString hostName;        // discoverHost() with a name
    CoapNetworkError networkError = CoapNetworkError::None;
    CoapError coapError = CoapError::None;
    quint8 responseCode = 0;
    QString detail;          // the system's own words, for logs only
};

// One device as discovery knows it: an endpoint that answered GET /.well-known/core.
struct CoapDevice
{
    CoapEndpoint endpoint;          // source of the answer: the device's identity
    QList<CoreLink> links;          // lenient parse (RFC 6690 §2), locally filtered by the query
    int skippedLinks = 0;           // broken link-values left out by the lenient parser
    CoreLinkError linkError = CoreLinkError::None; // the first problem in the link format
    qsizetype linkErrorOffset = 0;
    int contentFormat = -1;         // of the answer (40 = application/link-format); -1 when absent
    QDateTime firstSeen;            // UTC
    QDateTime lastSeen;             // UTC
    // Where the requests it answered went: a group with port (224.0.1.187:5683,
    // [ff02::fd%eth0]:5683), a group endpoint, or the device itself (discoverHost, completion).
    QList<CoapEndpoint> via;
    QString interfaceName;          // interface the answer came through; empty for unicast ones
    bool filtered = false;          // an answer to a filter query: the links may be a subset
    // false while the rest of a Block2 answer is being fetched (links holds the whole link-values
    // of the first block), and when that failed (completionError says why).
    bool complete = true;
    CoapError completionError = CoapError::None;

    // known and fresh describe one endpoint. Times widen, via and the interface accumulate. The
    // links of a complete answer replace an incomplete one; a complete unfiltered answer replaces
    // everything (resources can disappear); a filtered answer updates links by href and keeps the
    // rest; an incomplete answer never replaces a complete one.
    static CoapDevice merged(const CoapDevice &known, const CoapDevice &fresh);
    // The links of a /.well-known/core body (lenient parse, RFC 6690 §2), with what was skipped;
    // the other fields are left for the caller.
    static CoapDevice fromLinkFormat(QByteArrayView body);
};

struct CoapDiscoveryOptions
{
    // 224.0.1.187 (RFC 7252 §12.8), ff02::fd link-local and ff05::fd site-local (§12.8).
    static QList<QHostAddress> defaultGroups();

    QList<QHostAddress> groups = defaultGroups(); // empty: no multicast at all
    QStringList interfaces;       // names; empty = every usable interface
    quint16 port = 5683;          // RFC 7252 §6.1 default port
    int waitMs = 6000;            // collection window; devices delay answers up to Leisure (5 s, §8.2)
    // RFC 6690 §4.1 filter, e.g. "rt=temperature", "href=/sensors*"; sent as Uri-Query ('&'
    // separates several) and applied to the answers as well, for devices that ignore it.
    QString query;
    // Unicast endpoints that behave like a group: sent NON with CoapRequest::groupRequest, answers
    // from any source collected (the demo fleet's shared loopback endpoint).
    QList<CoapEndpoint> groupEndpoints;
    int receiveBufferBytes = 4 * 1024 * 1024; // SO_RCVBUF: hundreds of answers arrive at once
    int unicastTimeoutMs = 5000;  // each Block2 completion request
};

struct CoapDiscoverySummary
{
    int devices = 0;
    QList<QHostAddress> groups;     // groups asked (link-local ones with the interface as scope id)
    QStringList interfaces;         // interfaces asked through
    QList<CoapEndpoint> endpoints;  // group endpoints and hosts asked by unicast
    QStringList hostNames;          // discoverHost() names
    qint64 waitedMs = 0;
    bool stopped = false;           // stop() ended it early
    QList<CoapDiscoveryProblem> problems;
};

// Ownership: the discovery owns the sockets and the clients it makes (one CoapClient per socket)
// and closes them when a run finishes. It never touches the caller's clients or transports.
class CoapDiscovery : public QObject
{
    Q_OBJECT
public:
    using Options = CoapDiscoveryOptions;
    // Makes the transport of one socket ("" for the unicast one). The discovery takes ownership.
    // Tests inject CoapFakeTransport here; by default a CoapUdpTransport.
    using TransportFactory = std::function<CoapTransport *(const QString &interfaceName)>;

    explicit CoapDiscovery(QObject *parent = nullptr);
    ~CoapDiscovery() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Interfaces to choose from instead of the system's (CoapInterfaces::usable()).
    void setAvailableInterfaces(const QList<CoapMulticastInterface> &interfaces) { m_available = interfaces; }
    void resetAvailableInterfaces() { m_available.reset(); }
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }

    // Asks the groups on the chosen interfaces and the group endpoints. Problems found at once
    // (no usable interface, a bind failure) are emitted as errorOccurred() before it returns.
    // Returns false when nothing could be sent; finished() then follows from the event loop. A run
    // in progress is stopped first.
    bool start();
    // Unicast discovery of one host: a CON GET /.well-known/core (with the filter query), block-wise
    // as needed. Ends at the answer or after options().waitMs.
    bool discoverHost(const QString &host, quint16 port = 5683);
    bool discoverHost(const CoapEndpoint &endpoint);
    // Ends the run now; finished() is emitted before this returns (when a run was active).
    void stop();

    bool isRunning() const { return m_running; }
    // Time left in the collection window (0 when none runs, or while only completions run).
    qint64 remainingMs() const;
    QList<CoapDevice> devices() const; // of this run, in the order they answered
    QList<CoapDiscoveryProblem> problems() const { return m_problems; }

Q_SIGNALS:
    void deviceFound(const CoapDevice &device);
    void deviceUpdated(const CoapDevice &device);   // answered again, or its answer was completed
    void errorOccurred(const CoapDiscoveryProblem &problem);
    // Every datagram of the run, with the interface of its socket (CLI --verbose, message log).
    void datagramEvent(const CoapDatagramEvent &event, const QString &interfaceName);
    void finished(const CoapDiscoverySummary &summary);

private:
    struct Channel;
    struct Asked;
    struct Completion;

    void reset();
    Channel *openChannel(const QString &interfaceName, const QList<QHostAddress> &bindAddresses,
                         const std::optional<CoapMulticastInterface> &iface);
    CoapMessage wellKnownCoreRequest() const;
    void ask(Channel *channel, const CoapEndpoint &target, bool group, const QHostAddress &groupAddress);
    bool askOneHost(CoapRequest request, std::shared_ptr<Asked> asked);
    void track(Channel *channel, const CoapRequest &request, std::shared_ptr<Asked> asked);
    void onResponse(CoapReply *reply, const CoapMessage &response, const CoapEndpoint &from);
    void onReplyFinished(CoapReply *reply);
    void onSendFailed(Channel *channel, const CoapEndpoint &to, CoapNetworkError error);
    void accept(CoapDevice device);
    CoapDevice deviceFromBody(const QByteArray &body, bool complete) const;
    void startCompletion(Channel *channel, const CoapMessage &request, const CoapMessage &first,
                         const CoapEndpoint &from, const CoapDevice &partial);
    void onCompletionFinished(Completion *completion, CoapReply *reply);
    void endCompletion(Completion *completion, CoapError error);
    void report(CoapDiscoveryProblem problem);
    void maybeFinish();
    void finish(bool stopped);
    bool beginRun();
    bool finishEmpty();

    Options m_options;
    std::optional<QList<CoapMulticastInterface>> m_available;
    TransportFactory m_factory;

    bool m_running = false;
    bool m_windowOpen = false;
    quint64 m_runId = 0;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_elapsed;
    std::vector<std::unique_ptr<Channel>> m_channels;
    QHash<CoapReply *, std::shared_ptr<Asked>> m_asked;          // group and host requests
    QHash<CoapEndpoint, std::shared_ptr<Completion>> m_completions; // Block2 completions by device
    QHash<CoapEndpoint, CoapDevice> m_devices;
    QList<CoapEndpoint> m_order;
    QList<CoapDiscoveryProblem> m_problems;
    CoapDiscoverySummary m_summary;
};

// Devices by endpoint across discovery runs, with their links and last-seen time. Repeated
// answers merge (CoapDevice::merged). Feeds the device tree of the UI.
class CoapDeviceRegistry : public QObject
{
    Q_OBJECT
public:
    explicit CoapDeviceRegistry(QObject *parent = nullptr) : QObject(parent) {}

    // Adds the device or merges it into the one known at its endpoint. Returns true when new.
    // Emits deviceAdded or deviceUpdated (always: at least lastSeen changes).
    bool insert(const CoapDevice &device);
    bool remove(const CoapEndpoint &endpoint);
    // Removes the devices last seen before cutoff; returns how many.
    int removeSeenBefore(const QDateTime &cutoff);
    void clear();

    bool contains(const CoapEndpoint &endpoint) const { return m_devices.contains(endpoint); }
    std::optional<CoapDevice> device(const CoapEndpoint &endpoint) const;
    QList<CoapDevice> devices() const; // in the order they were first added
    int count() const { return int(m_devices.size()); }

    // Inserts what the discovery finds (deviceFound and deviceUpdated) from now on. The
    // connection ends when either object is destroyed.
    void track(CoapDiscovery *discovery);

Q_SIGNALS:
    void deviceAdded(const CoapDevice &device);
    void deviceUpdated(const CoapDevice &device);
    void deviceRemoved(const CoapEndpoint &endpoint);

private:
    QHash<CoapEndpoint, CoapDevice> m_devices;
    QList<CoapEndpoint> m_order;
};

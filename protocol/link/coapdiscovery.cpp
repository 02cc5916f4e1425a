#include "coapdiscovery.h"

#include <QLoggingCategory>
#include <QNetworkInterface>

Q_LOGGING_CATEGORY(lcCoapDiscovery, "coap.discovery")

namespace {

// A /.well-known/core larger than this is not a device description but an attack on memory.
constexpr qsizetype kMaxLinkFormatBytes = 1024 * 1024;

// RFC 4291 §2.7: the scope nibble of an IPv6 multicast address. Interface-local (1) and
// link-local (2) groups mean nothing without a zone (RFC 4007 §6).
bool needsZone(const QHostAddress &group)
{
    if (group.protocol() != QAbstractSocket::IPv6Protocol || !group.isMulticast())
        return false;
    const int scope = group.toIPv6Address()[1] & 0x0f;
    return scope == 1 || scope == 2;
}

// The link-values of a body cut at a block boundary: everything before the last "," outside a
// quoted string, so that a half-received link is neither shown nor counted as broken.
QByteArray wholeLinksPrefix(const QByteArray &body)
{
    bool quoted = false;
    qsizetype lastComma = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (quoted && c == '\\') {
            ++i; // RFC 7230 quoted-pair
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            lastComma = i;
        }
    }
    return lastComma < 0 ? QByteArray() : body.left(lastComma);
}

QStringList queryParts(const QString &query)
{
    return query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
}

bool sameHref(const CoreLink &a, const CoreLink &b) { return a.href() == b.href(); }

} // namespace

const char *coapDiscoveryErrorKey(CoapDiscoveryError error)
{
    switch (error) {
    case CoapDiscoveryError::None: return "none";
    case CoapDiscoveryError::NoUsableInterface: return "no-usable-interface";
    case CoapDiscoveryError::InterfaceNotFound: return "interface-not-found";
    case CoapDiscoveryError::InterfaceNotUsable: return "interface-not-usable";
    case CoapDiscoveryError::NoAddressForGroup: return "no-address-for-group";
    case CoapDiscoveryError::BindFailed: return "bind-failed";
    case CoapDiscoveryError::NoRoute: return "no-route";
    case CoapDiscoveryError::SendFailed: return "send-failed";
    case CoapDiscoveryError::HostNotFound: return "host-not-found";
    case CoapDiscoveryError::NoResponse: return "no-response";
    case CoapDiscoveryError::ErrorResponse: return "error-response";
    case CoapDiscoveryError::IncompleteAnswer: return "incomplete-answer";
    }
    return "unknown";
}

QList<QHostAddress> CoapDiscoveryOptions::defaultGroups()
{
    // RFC 7252 §12.8: "All CoAP Nodes" in IPv4 and in the IPv6 link-local and site-local scopes.
    return {QHostAddress(QStringLiteral("224.0.1.187")), QHostAddress(QStringLiteral("ff02::fd")),
            QHostAddress(QStringLiteral("ff05::fd"))};
}

// ---------------------------------------------------------------------------------------------
// CoapDevice

CoapDevice CoapDevice::merged(const CoapDevice &known, const CoapDevice &fresh)
{
    CoapDevice result = known;
    if (fresh.firstSeen.isValid() && (!result.firstSeen.isValid() || fresh.firstSeen < result.firstSeen))
        result.firstSeen = fresh.firstSeen;
    if (fresh.lastSeen.isValid() && (!result.lastSeen.isValid() || fresh.lastSeen > result.lastSeen))
        result.lastSeen = fresh.lastSeen;
    for (const CoapEndpoint &v : fresh.via)
        if (!result.via.contains(v))
            result.via.append(v);
    if (result.interfaceName.isEmpty())
        result.interfaceName = fresh.interfaceName;

    if (!fresh.complete && known.complete)
        return result; // half an answer never hides a whole one
    const auto takeLinkState = [&result, &fresh] {
        result.skippedLinks = fresh.skippedLinks;
        result.linkError = fresh.linkError;
        result.linkErrorOffset = fresh.linkErrorOffset;
        result.contentFormat = fresh.contentFormat;
        result.complete = fresh.complete;
        result.completionError = fresh.completionError;
    };
    if (fresh.filtered && known.complete) {
        // A filtered answer lists a subset (RFC 6690 §4.1): update those links, keep the others.
        for (const CoreLink &link : fresh.links) {
            auto it = std::find_if(result.links.begin(), result.links.end(),
                                   [&link](const CoreLink &l) { return sameHref(l, link); });
            if (it != result.links.end())
                *it = link;
            else
                result.links.append(link);
        }
        if (fresh.skippedLinks > 0 && result.linkError == CoreLinkError::None) {
            result.linkError = fresh.linkError;
            result.linkErrorOffset = fresh.linkErrorOffset;
        }
        result.skippedLinks = qMax(result.skippedLinks, fresh.skippedLinks);
        return result;
    }
    result.links = fresh.links;
    result.filtered = fresh.filtered;
    takeLinkState();
    return result;
}

// ---------------------------------------------------------------------------------------------
// CoapDiscovery

struct CoapDiscovery::Channel
{
    QString interfaceName;
    CoapTransport *transport = nullptr; // owned by the discovery
    CoapClient *client = nullptr;       // owned by the discovery
};

struct CoapDiscovery::Asked
{
    Channel *channel = nullptr;
    CoapEndpoint target;     // group with port, group endpoint, or host
    QHostAddress group;      // null unless a multicast group
    QString hostName;
    bool isGroup = false;    // answers from any source are collected
    CoapMessage request;     // as composed, for Block2 completion
};

struct CoapDiscovery::Completion
{
    Channel *channel = nullptr;
    CoapEndpoint device;
    CoapMessage request;
    QByteArray body;
    CoapDevice partial;      // what the first block told (via, interface, first seen)
    QPointer<CoapReply> reply;
};

CoapDiscovery::CoapDiscovery(QObject *parent) : QObject(parent) {}

CoapDiscovery::~CoapDiscovery()
{
    // Clients before transports: a client's message layer still holds its transport.
    for (auto &channel : m_channels) {
        if (channel->client)
            channel->client->disconnect(this);
        delete channel->client;
    }
    for (auto &channel : m_channels)
        delete channel->transport;
}

void CoapDiscovery::reset()
{
    m_devices.clear();
    m_order.clear();
    m_problems.clear();
    m_summary = CoapDiscoverySummary();
    m_windowOpen = false;
}

bool CoapDiscovery::beginRun()
{
    if (m_running)
        stop();
    reset();
    ++m_runId;
    m_running = true;
    m_elapsed.start();
    m_deadline.setRemainingTime(m_options.waitMs);
    return true;
}

qint64 CoapDiscovery::remainingMs() const
{
    if (!m_running || !m_windowOpen)
        return 0;
    return qMax<qint64>(0, m_deadline.remainingTime());
}

QList<CoapDevice> CoapDiscovery::devices() const
{
    QList<CoapDevice> result;
    for (const CoapEndpoint &endpoint : m_order)
        result.append(m_devices.value(endpoint));
    return result;
}

void CoapDiscovery::report(CoapDiscoveryProblem problem)
{
    qCWarning(lcCoapDiscovery).nospace()
            << coapDiscoveryErrorKey(problem.error) << " interface=" << problem.interfaceName
            << " group=" << problem.group.toString() << " endpoint=" << problem.endpoint.toString()
            << " host=" << problem.hostName << " network=" << int(problem.networkError)
            << " coap=" << coapErrorKey(problem.coapError) << " " << problem.detail;
    m_problems.append(problem);
    emit errorOccurred(problem);
}

CoapDiscovery::Channel *CoapDiscovery::openChannel(const QString &interfaceName, const QList<QHostAddress> &bindAddresses,
                                                   const std::optional<CoapMulticastInterface> &iface)
{
    CoapTransport *transport = m_factory ? m_factory(interfaceName) : new CoapUdpTransport;
    if (!transport)
        return nullptr;
    transport->setParent(this);
    // 200 answers of ~300 bytes arrive within the Leisure; the default buffer (~200 KiB of kernel
    // accounting) drops some. The kernel caps this at net.core.rmem_max.
    if (auto *udp = qobject_cast<CoapUdpTransport *>(transport))
        udp->setReceiveBufferSize(m_options.receiveBufferBytes);
    // Bound to the interface's own address: Linux then sends a multicast datagram through the
    // device that owns the source address even without IP_MULTICAST_IF, and for an IPv6
    // link-local address binds the socket to that device. Nothing leaks through another interface.
    // The addresses are tried in order; only the last failure is reported.
    bool bound = false;
    for (const QHostAddress &address : bindAddresses) {
        if ((bound = transport->bind(address, 0)))
            break;
    }
    if (!bound) {
        CoapDiscoveryProblem problem;
        problem.error = CoapDiscoveryError::BindFailed;
        problem.interfaceName = interfaceName;
        problem.endpoint = CoapEndpoint(bindAddresses.constLast(), 0);
        problem.networkError = transport->lastError();
        problem.detail = transport->lastErrorDetail();
        delete transport;
        report(problem);
        return nullptr;
    }
    if (iface) {
        const QNetworkInterface system = QNetworkInterface::interfaceFromName(iface->name);
        if (system.isValid())
            transport->setMulticastInterface(system);
    }
    auto channel = std::make_unique<Channel>();
    channel->interfaceName = interfaceName;
    channel->transport = transport;
    channel->client = new CoapClient(transport, nullptr, this);
    Channel *raw = channel.get();
    connect(channel->client->messageLayer(), &CoapMessageLayer::datagramEvent, this,
            [this, interfaceName](const CoapDatagramEvent &event) { emit datagramEvent(event, interfaceName); });
    connect(transport, &CoapTransport::sendFailed, this,
            [this, raw](const CoapEndpoint &to, CoapNetworkError error) { onSendFailed(raw, to, error); });
    m_channels.push_back(std::move(channel));
    if (!m_summary.interfaces.contains(interfaceName) && !interfaceName.isEmpty())
        m_summary.interfaces.append(interfaceName);
    return raw;
}

CoapMessage CoapDiscovery::wellKnownCoreRequest() const
{
    // RFC 6690 §4: GET /.well-known/core, the filter as Uri-Query (§4.1).
    CoapMessage message(CoapType::NonConfirmable, CoapCode::Get);
    message.addOption(CoapOptionNumber::UriPath, QByteArrayLiteral(".well-known"));
    message.addOption(CoapOptionNumber::UriPath, QByteArrayLiteral("core"));
    for (const QString &part : queryParts(m_options.query))
        message.addOption(CoapOptionNumber::UriQuery, part.toUtf8());
    return message;
}

void CoapDiscovery::ask(Channel *channel, const CoapEndpoint &target, bool group, const QHostAddress &groupAddress)
{
    CoapRequest request;
    request.message = wellKnownCoreRequest();
    request.endpoint = target;
    request.confirmable = false;            // RFC 7252 §8.1: multicast requests are NON
    request.groupRequest = group && !target.isMulticast();
    request.multicastWindowMs = m_options.waitMs;
    auto asked = std::make_shared<Asked>();
    asked->target = target;
    asked->group = groupAddress;
    asked->isGroup = group;
    track(channel, request, std::move(asked));
    if (!groupAddress.isNull()) {
        if (!m_summary.groups.contains(groupAddress))
            m_summary.groups.append(groupAddress);
    } else if (!m_summary.endpoints.contains(target)) {
        m_summary.endpoints.append(target);
    }
}

bool CoapDiscovery::start()
{
    beginRun();
    const QList<QHostAddress> &groups = m_options.groups;
    QList<QHostAddress> v4Groups;
    QList<QHostAddress> v6Groups;
    for (const QHostAddress &group : groups)
        (group.protocol() == QAbstractSocket::IPv4Protocol ? v4Groups : v6Groups).append(group);

    if (!groups.isEmpty()) {
        const QList<CoapMulticastInterface> available = m_available ? *m_available : CoapInterfaces::usable();
        const bool named = !m_options.interfaces.isEmpty();
        QList<CoapMulticastInterface> chosen;
        if (named) {
            for (const QString &name : m_options.interfaces) {
                auto it = std::find_if(available.begin(), available.end(),
                                       [&name](const CoapMulticastInterface &i) { return i.name == name; });
                if (it != available.end()) {
                    if (!chosen.contains(*it))
                        chosen.append(*it);
                    continue;
                }
                CoapDiscoveryProblem problem;
                problem.error = QNetworkInterface::interfaceFromName(name).isValid()
                        ? CoapDiscoveryError::InterfaceNotUsable
                        : CoapDiscoveryError::InterfaceNotFound;
                problem.interfaceName = name;
                report(problem);
            }
        } else {
            chosen = available;
        }
        if (chosen.isEmpty()) {
            CoapDiscoveryProblem problem;
            problem.error = CoapDiscoveryError::NoUsableInterface;
            problem.interfaceName = m_options.interfaces.join(QLatin1Char(','));
            report(problem);
        }
        for (const CoapMulticastInterface &iface : std::as_const(chosen)) {
            const auto noAddress = [this, named, &iface](const QList<QHostAddress> &familyGroups) {
                // Unnamed interfaces without such an address are simply not asked (an IPv6-only
                // tunnel is normal); one the user named is worth telling.
                if (!named) {
                    qCDebug(lcCoapDiscovery) << iface.name << "has no address for" << familyGroups;
                    return;
                }
                for (const QHostAddress &group : familyGroups) {
                    CoapDiscoveryProblem problem;
                    problem.error = CoapDiscoveryError::NoAddressForGroup;
                    problem.interfaceName = iface.name;
                    problem.group = group;
                    report(problem);
                }
            };
            if (!v4Groups.isEmpty()) {
                if (!iface.hasIpv4()) {
                    noAddress(v4Groups);
                } else if (Channel *channel = openChannel(iface.name, {iface.ipv4.constFirst()}, iface)) {
                    for (const QHostAddress &group : std::as_const(v4Groups))
                        ask(channel, CoapEndpoint(group, m_options.port), true, group);
                }
            }
            if (!v6Groups.isEmpty()) {
                if (!iface.hasIpv6()) {
                    noAddress(v6Groups);
                    continue;
                }
                // The link-local address pins the socket to the interface; while it is still
                // tentative (DAD) it cannot be bound, and IPV6_MULTICAST_IF with the group's
                // zone keeps the datagrams on the interface instead.
                const QHostAddress linkLocal = iface.ipv6LinkLocal();
                QList<QHostAddress> bindAddresses{QHostAddress(QHostAddress::AnyIPv6)};
                if (!linkLocal.isNull())
                    bindAddresses.prepend(linkLocal);
                if (Channel *channel = openChannel(iface.name, bindAddresses, iface)) {
                    for (QHostAddress group : std::as_const(v6Groups)) {
                        if (needsZone(group))
                            group.setScopeId(iface.name);
                        ask(channel, CoapEndpoint(group, m_options.port), true, group);
                    }
                }
            }
        }
    }
    if (!m_options.groupEndpoints.isEmpty()) {
        if (Channel *channel = openChannel(QString(), {QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4)}, std::nullopt)) {
            for (const CoapEndpoint &endpoint : m_options.groupEndpoints)
                ask(channel, endpoint, true, QHostAddress());
        }
    }
    if (m_asked.isEmpty())
        return finishEmpty();
    m_windowOpen = true;
    qCDebug(lcCoapDiscovery) << "asking" << m_summary.groups << "on" << m_summary.interfaces << "and"
                             << m_summary.endpoints.size() << "group endpoints for" << m_options.waitMs << "ms";
    return true;
}

bool CoapDiscovery::discoverHost(const QString &host, quint16 port)
{
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (address.setAddress(bare))
        return discoverHost(CoapEndpoint(address, port));

    beginRun();
    m_summary.hostNames.append(host);
    CoapRequest request;
    request.hostName = host;
    request.port = port;
    auto asked = std::make_shared<Asked>();
    asked->hostName = host;
    return askOneHost(request, asked);
}

bool CoapDiscovery::discoverHost(const CoapEndpoint &endpoint)
{
    beginRun();
    m_summary.endpoints.append(endpoint);
    CoapRequest request;
    request.endpoint = endpoint;
    auto asked = std::make_shared<Asked>();
    asked->target = endpoint;
    return askOneHost(request, asked);
}

// Unicast discovery of one host: a CON GET /.well-known/core from a socket of its own.
bool CoapDiscovery::askOneHost(CoapRequest request, std::shared_ptr<Asked> asked)
{
    Channel *channel = openChannel(QString(), {QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4)}, std::nullopt);
    if (!channel)
        return finishEmpty();
    request.message = wellKnownCoreRequest();
    request.message.setType(CoapType::Confirmable);
    request.timeoutMs = m_options.waitMs; // bounds the exchange, retransmissions included
    track(channel, request, std::move(asked));
    m_windowOpen = true;
    return true;
}

void CoapDiscovery::track(Channel *channel, const CoapRequest &request, std::shared_ptr<Asked> asked)
{
    asked->channel = channel;
    asked->request = request.message;
    CoapReply *reply = channel->client->send(request);
    m_asked.insert(reply, asked);
    connect(reply, &CoapReply::responseReceived, this,
            [this, reply](const CoapMessage &response, const CoapEndpoint &from) { onResponse(reply, response, from); });
    connect(reply, &CoapReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

bool CoapDiscovery::finishEmpty()
{
    // Nothing went out: end from the event loop so that the caller sees start() return first.
    const quint64 run = m_runId;
    QMetaObject::invokeMethod(this, [this, run] {
        if (m_running && m_runId == run)
            finish(false);
    }, Qt::QueuedConnection);
    return false;
}

void CoapDiscovery::stop()
{
    finish(true);
}

CoapDevice CoapDevice::fromLinkFormat(QByteArrayView body)
{
    CoapDevice device;
    const CoreLinkParseResult parsed = CoreLinkFormat::parse(body, CoreLinkFormat::Mode::Lenient);
    device.links = parsed.links;
    device.skippedLinks = parsed.skippedLinks;
    device.linkError = parsed.error;
    device.linkErrorOffset = parsed.errorOffset;
    return device;
}

CoapDevice CoapDiscovery::deviceFromBody(const QByteArray &body, bool complete) const
{
    CoapDevice device = CoapDevice::fromLinkFormat(complete ? body : wholeLinksPrefix(body));
    device.complete = complete;
    const QStringList parts = queryParts(m_options.query);
    device.filtered = !parts.isEmpty();
    for (const QString &part : parts)
        device.links = CoreLinkFormat::filter(device.links, part);
    return device;
}

void CoapDiscovery::onResponse(CoapReply *reply, const CoapMessage &response, const CoapEndpoint &from)
{
    const std::shared_ptr<Asked> asked = m_asked.value(reply);
    if (!m_running || !asked)
        return;
    if (!CoapCode::isSuccess(response.code())) {
        if (!asked->isGroup) {
            CoapDiscoveryProblem problem;
            problem.error = CoapDiscoveryError::ErrorResponse;
            problem.endpoint = from;
            problem.hostName = asked->hostName;
            problem.responseCode = response.code();
            report(problem);
        } else {
            // RFC 7252 §8.2: a group gets no error responses; a device that sends one anyway
            // (e.g. 4.04 for /.well-known/core) is not listed.
            qCInfo(lcCoapDiscovery) << from.toString() << "answered the group with" << CoapCode::toString(response.code());
        }
        return;
    }
    bool partial = false;
    if (asked->isGroup) {
        if (const auto block2 = response.uintOption(CoapOptionNumber::Block2)) {
            const CoapBlockValue block = CoapBlockValue::decode(*block2);
            partial = block.isValid() && block.more && block.num == 0;
        }
    }
    CoapDevice device = deviceFromBody(response.payload(), !partial);
    device.endpoint = from;
    device.contentFormat = response.contentFormat().value_or(-1);
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    device.via = {asked->target.isNull() ? from : asked->target};
    device.interfaceName = asked->channel->interfaceName;
    if (partial && !m_completions.contains(from)
        && !(m_devices.contains(from) && m_devices.value(from).complete))
        startCompletion(asked->channel, asked->request, response, from, device);
    accept(device); // last: a slot may stop() the run
}

void CoapDiscovery::accept(CoapDevice device)
{
    if (device.filtered && device.complete && device.links.isEmpty() && !m_devices.contains(device.endpoint)) {
        // RFC 6690 §4.1: a device with nothing that matches should stay silent; some answer with
        // an empty list (or ignore the filter, and then nothing matched locally).
        qCDebug(lcCoapDiscovery) << device.endpoint.toString() << "has no link matching" << m_options.query;
        return;
    }
    auto it = m_devices.find(device.endpoint);
    if (it == m_devices.end()) {
        m_devices.insert(device.endpoint, device);
        m_order.append(device.endpoint);
        qCDebug(lcCoapDiscovery) << "found" << device.endpoint.toString() << "with" << device.links.size() << "links";
        emit deviceFound(device);
        return;
    }
    *it = CoapDevice::merged(*it, device);
    const CoapDevice updated = *it;
    emit deviceUpdated(updated);
}

void CoapDiscovery::onReplyFinished(CoapReply *reply)
{
    reply->deleteLater();
    const std::shared_ptr<Asked> asked = m_asked.take(reply);
    if (!m_running || !asked)
        return;
    const CoapError error = reply->error();
    if (!asked->isGroup && error != CoapError::None && error != CoapError::NetworkError) {
        // (NetworkError was reported by onSendFailed with the system's reason.)
        CoapDiscoveryProblem problem;
        problem.endpoint = asked->target;
        problem.hostName = asked->hostName;
        problem.coapError = error;
        switch (error) {
        case CoapError::HostNotFound: problem.error = CoapDiscoveryError::HostNotFound; break;
        case CoapError::BlockTransferFailed:
        case CoapError::EtagChanged: problem.error = CoapDiscoveryError::IncompleteAnswer; break;
        default: problem.error = CoapDiscoveryError::NoResponse; break;
        }
        report(problem);
    } else if (asked->isGroup && error != CoapError::None) {
        qCInfo(lcCoapDiscovery) << "request to" << asked->target.toString() << "ended with" << coapErrorKey(error);
    }
    if (m_asked.isEmpty())
        m_windowOpen = false;
    maybeFinish();
}

void CoapDiscovery::onSendFailed(Channel *channel, const CoapEndpoint &to, CoapNetworkError error)
{
    if (!m_running)
        return;
    CoapDiscoveryProblem problem;
    // ENETUNREACH/EHOSTUNREACH: no route for the group (IPv4 without a multicast route, an
    // interface that went down) or for the host.
    problem.error = error == CoapNetworkError::NetworkUnreachable || error == CoapNetworkError::HostUnreachable
            ? CoapDiscoveryError::NoRoute
            : CoapDiscoveryError::SendFailed;
    problem.interfaceName = channel->interfaceName;
    if (to.isMulticast())
        problem.group = to.address();
    problem.endpoint = to;
    problem.networkError = error;
    problem.detail = channel->transport->lastErrorDetail();
    report(problem);
}

// ---------------------------------------------------------------------------------------------
// Block2 completion (RFC 7959 §2.8): a multicast answer carries the first block only; the rest
// is fetched by unicast from the device that sent it. The client's block-wise stage does that:
// it is handed the first block and finishes with the whole body (or a typed failure).

void CoapDiscovery::startCompletion(Channel *channel, const CoapMessage &request, const CoapMessage &first,
                                    const CoapEndpoint &from, const CoapDevice &partial)
{
    auto completion = std::make_shared<Completion>();
    completion->channel = channel;
    completion->device = from;
    completion->request = request;
    completion->partial = partial;
    m_completions.insert(from, completion);

    CoapRequest unicast;
    unicast.message = request;
    unicast.message.setType(CoapType::Confirmable);
    unicast.message.removeOption(CoapOptionNumber::Block2);
    unicast.endpoint = from;
    unicast.timeoutMs = m_options.unicastTimeoutMs;
    unicast.block2Head = first;
    unicast.maxBodySize = kMaxLinkFormatBytes;
    CoapReply *reply = channel->client->send(unicast);
    completion->reply = reply;
    connect(reply, &CoapReply::finished, this, [this, from, reply] {
        reply->deleteLater();
        const std::shared_ptr<Completion> c = m_completions.value(from);
        if (m_running && c && c->reply == reply)
            onCompletionFinished(c.get(), reply);
    });
}

void CoapDiscovery::onCompletionFinished(Completion *completion, CoapReply *reply)
{
    completion->reply = nullptr;
    if (reply->error() != CoapError::None) {
        endCompletion(completion, reply->error());
        return;
    }
    const CoapMessage &response = reply->response();
    if (!CoapCode::isSuccess(response.code())) {
        endCompletion(completion, CoapError::BlockTransferFailed);
        return;
    }
    if (response.payload().size() > kMaxLinkFormatBytes) {
        endCompletion(completion, CoapError::BlockTransferFailed);
        return;
    }
    completion->body = response.payload();
    endCompletion(completion, CoapError::None);
}

void CoapDiscovery::endCompletion(Completion *completion, CoapError error)
{
    const std::shared_ptr<Completion> keep = m_completions.take(completion->device);
    if (!keep)
        return;
    auto it = m_devices.find(completion->device);
    if (error == CoapError::None) {
        CoapDevice device = deviceFromBody(completion->body, true);
        device.endpoint = completion->device;
        device.contentFormat = completion->partial.contentFormat;
        device.firstSeen = completion->partial.firstSeen;
        device.lastSeen = QDateTime::currentDateTimeUtc();
        device.via = completion->partial.via;
        device.interfaceName = completion->partial.interfaceName;
        if (it == m_devices.end()) {
            accept(device);
        } else {
            *it = CoapDevice::merged(*it, device);
            const CoapDevice updated = *it;
            emit deviceUpdated(updated);
        }
    } else {
        CoapDiscoveryProblem problem;
        problem.error = CoapDiscoveryError::IncompleteAnswer;
        problem.interfaceName = completion->partial.interfaceName;
        problem.endpoint = completion->device;
        problem.coapError = error;
        report(problem);
        if (!m_running)
            return;
        if (it != m_devices.end() && !it->complete) {
            it->completionError = error;
            const CoapDevice updated = *it;
            emit deviceUpdated(updated);
        }
    }
    maybeFinish();
}

void CoapDiscovery::maybeFinish()
{
    if (m_running && m_asked.isEmpty() && m_completions.isEmpty())
        finish(false);
}

void CoapDiscovery::finish(bool stopped)
{
    if (!m_running)
        return;
    m_running = false;
    m_windowOpen = false;
    // Forget every exchange without hearing about it again.
    const auto asked = m_asked.keys();
    m_asked.clear();
    for (CoapReply *reply : asked) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    const auto completions = m_completions.values();
    m_completions.clear();
    for (const auto &completion : completions) {
        if (completion->reply) {
            completion->reply->disconnect(this);
            completion->reply->abort();
            completion->reply->deleteLater();
        }
    }
    // Late answers go nowhere instead of drawing RSTs for forgotten tokens. The sockets are not
    // closed here: this may run inside the transport's own read loop; deleteLater closes them.
    for (auto &channel : m_channels) {
        channel->client->disconnect(this);
        channel->client->messageLayer()->disconnect(this);
        channel->transport->disconnect(this);
        QObject::disconnect(channel->transport, nullptr, channel->client->messageLayer(), nullptr);
        channel->client->deleteLater(); // posted first, so destroyed before its transport
        channel->transport->deleteLater();
    }
    m_channels.clear();

    m_summary.devices = int(m_devices.size());
    m_summary.waitedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_summary.stopped = stopped;
    m_summary.problems = m_problems;
    qCDebug(lcCoapDiscovery) << "finished:" << m_summary.devices << "devices in" << m_summary.waitedMs << "ms";
    emit finished(m_summary);
}

// ---------------------------------------------------------------------------------------------
// CoapDeviceRegistry

bool CoapDeviceRegistry::insert(const CoapDevice &device)
{
    auto it = m_devices.find(device.endpoint);
    if (it == m_devices.end()) {
        m_devices.insert(device.endpoint, device);
        m_order.append(device.endpoint);
        emit deviceAdded(device);
        return true;
    }
    *it = CoapDevice::merged(*it, device);
    const CoapDevice updated = *it;
    emit deviceUpdated(updated);
    return false;
}

bool CoapDeviceRegistry::remove(const CoapEndpoint &endpoint)
{
    if (!m_devices.remove(endpoint))
        return false;
    m_order.removeOne(endpoint);
    emit deviceRemoved(endpoint);
    return true;
}

int CoapDeviceRegistry::removeSeenBefore(const QDateTime &cutoff)
{
    QList<CoapEndpoint> stale;
    for (const CoapEndpoint &endpoint : std::as_const(m_order))
        if (m_devices.value(endpoint).lastSeen < cutoff)
            stale.append(endpoint);
    for (const CoapEndpoint &endpoint : std::as_const(stale))
        remove(endpoint);
    return int(stale.size());
}

void CoapDeviceRegistry::clear()
{
    const QList<CoapEndpoint> all = m_order;
    for (const CoapEndpoint &endpoint : all)
        remove(endpoint);
}

std::optional<CoapDevice> CoapDeviceRegistry::device(const CoapEndpoint &endpoint) const
{
    const auto it = m_devices.constFind(endpoint);
    if (it == m_devices.constEnd())
        return std::nullopt;
    return *it;
}

QList<CoapDevice> CoapDeviceRegistry::devices() const
{
    QList<CoapDevice> result;
    for (const CoapEndpoint &endpoint : m_order)
        result.append(m_devices.value(endpoint));
    return result;
}

void CoapDeviceRegistry::track(CoapDiscovery *discovery)
{
    connect(discovery, &CoapDiscovery::deviceFound, this, [this](const CoapDevice &d) { insert(d); });
    connect(discovery, &CoapDiscovery::deviceUpdated, this, [this](const CoapDevice &d) { insert(d); });
}

#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

namespace {
const QString kService = QStringLiteral("coap-explorer coaps");
const QString kGroup = QStringLiteral("security/credentials");
}

bool DeviceCredentials::matches(const QString &host, quint16 port) const
{
    const QString hostPort = QStringLiteral("%1:%2").arg(host).arg(port);
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()), QRegularExpression::CaseInsensitiveOption);
    return anchored.match(host).hasMatch() || anchored.match(hostPort).hasMatch();
}

CredentialStore::CredentialStore(QSettings *settings, Backend backend, QObject *parent)
    : QObject(parent), m_settings(settings), m_backend(backend)
{
    load();
    if (m_backend == Backend::SessionOnly) {
        m_keychainState = KeychainState::Unavailable;
        return;
    }
    for (const DeviceCredentials &e : std::as_const(m_entries))
        readKey(e.pattern);
    if (m_entries.isEmpty())
        readKey(QStringLiteral("(probe)")); // finds out whether a keychain service answers at all
}

void CredentialStore::load()
{
    m_entries.clear();
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        DeviceCredentials e;
        e.pattern = m_settings->value(QStringLiteral("pattern")).toString();
        e.pskIdentity = m_settings->value(QStringLiteral("pskIdentity")).toString();
        e.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        e.verifyPeer = m_settings->value(QStringLiteral("verifyPeer"), true).toBool();
        e.acceptedFingerprints = m_settings->value(QStringLiteral("acceptedFingerprints")).toStringList();
        if (!e.pattern.isEmpty())
            m_entries.append(e);
    }
    m_settings->endArray();
}

void CredentialStore::save()
{
    // Never the key: that is the keychain's (issue 12: no secrets in plain text in the settings).
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const DeviceCredentials &e = m_entries[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("pattern"), e.pattern);
        m_settings->setValue(QStringLiteral("pskIdentity"), e.pskIdentity);
        m_settings->setValue(QStringLiteral("caFile"), e.caFile);
        m_settings->setValue(QStringLiteral("verifyPeer"), e.verifyPeer);
        m_settings->setValue(QStringLiteral("acceptedFingerprints"), e.acceptedFingerprints);
    }
    m_settings->endArray();
    m_settings->sync();
}

void CredentialStore::setKeychainState(KeychainState state)
{
    if (m_keychainState == state)
        return;
    m_keychainState = state;
    emit keychainStateChanged(state);
}

void CredentialStore::readKey(const QString &pattern)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(pattern);
    connect(job, &QKeychain::Job::finished, this, [this, pattern](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            setKeychainState(KeychainState::Available);
            m_keys.insert(pattern, read->binaryData());
            emit changed();
        } else if (read->error() == QKeychain::EntryNotFound) {
            setKeychainState(KeychainState::Available);
        } else {
            setKeychainState(KeychainState::Unavailable);
        }
    });
    job->start();
}

void CredentialStore::writeKey(const QString &pattern, const QByteArray &key, KeyLifetime lifetime)
{
    m_keys.insert(pattern, key); // usable at once; the keychain keeps it beyond the session
    if (m_backend == Backend::SessionOnly || lifetime == KeyLifetime::Session) {
        emit keyStored(pattern, false);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(pattern);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, pattern](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        setKeychainState(ok ? KeychainState::Available : KeychainState::Unavailable);
        emit keyStored(pattern, ok);
    });
    job->start();
}

void CredentialStore::setEntry(const DeviceCredentials &entry, const QByteArray &key, KeyLifetime lifetime)
{
    bool replaced = false;
    for (DeviceCredentials &e : m_entries) {
        if (e.pattern == entry.pattern) {
            e = entry;
            replaced = true;
        }
    }
    if (!replaced)
        m_entries.append(entry);
    save();
    if (!key.isEmpty())
        writeKey(entry.pattern, key, lifetime);
    emit changed();
}

void CredentialStore::removeEntry(const QString &pattern)
{
    m_entries.removeIf([&](const DeviceCredentials &e) { return e.pattern == pattern; });
    m_keys.remove(pattern);
    save();
    if (m_backend == Backend::SystemKeychain) {
        auto *job = new QKeychain::DeletePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(pattern);
        job->start();
    }
    emit changed();
}

const DeviceCredentials *CredentialStore::find(const QString &host, quint16 port) const
{
    const DeviceCredentials *best = nullptr;
    int bestScore = -1;
    for (const DeviceCredentials &e : m_entries) {
        if (!e.matches(host, port))
            continue;
        // A pattern with a port beats one without; one without wildcards beats one with them.
        const int score = (e.pattern.contains(QLatin1Char(':')) ? 2 : 0) + (e.pattern.contains(QLatin1Char('*')) ? 0 : 1);
        if (score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    return best;
}

void CredentialStore::acceptCertificate(const QString &host, quint16 port, const QString &fingerprint)
{
    // For this one device only, whatever pattern its other credentials come from.
    const QString pattern = QStringLiteral("%1:%2").arg(host).arg(port);
    DeviceCredentials entry;
    entry.pattern = pattern;
    for (const DeviceCredentials &e : std::as_const(m_entries)) {
        if (e.pattern == pattern)
            entry = e;
    }
    if (const DeviceCredentials *inherited = find(host, port); inherited && inherited->pattern != pattern) {
        entry.pskIdentity = inherited->pskIdentity;
        entry.caFile = inherited->caFile;
        entry.verifyPeer = inherited->verifyPeer;
        if (m_keys.contains(inherited->pattern) && !m_keys.contains(pattern))
            writeKey(pattern, m_keys.value(inherited->pattern));
    }
    if (!entry.acceptedFingerprints.contains(fingerprint))
        entry.acceptedFingerprints.append(fingerprint);
    setEntry(entry);
}

CoapSecurityConfig CredentialStore::configFor(const QString &host, quint16 port) const
{
    CoapSecurityConfig c;
    const DeviceCredentials *e = find(host, port);
    if (!e)
        return c;
    if (!e->pskIdentity.isEmpty() && m_keys.contains(e->pattern)) {
        c.pskIdentity = e->pskIdentity.toUtf8();
        c.psk = m_keys.value(e->pattern);
    }
    if (!e->caFile.isEmpty()) {
        c.caCertificates = QSslCertificate::fromPath(e->caFile);
        c.useSystemCaStore = false;
    }
    c.verifyPeer = e->verifyPeer;
    c.acceptedFingerprints = e->acceptedFingerprints;
    return c;
}

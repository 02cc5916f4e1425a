#pragma once

#include "coapsecurity.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QSettings;

// coaps credentials for one device or host pattern. Everything but the key lives in the settings;
// the key lives in the system keychain (or, without one, in memory for this session only).
struct DeviceCredentials
{
    QString pattern;       // "192.0.2.5", "192.0.2.5:5684", "*.plant.example", "10.0.0.*"
    QString pskIdentity;   // empty: certificates only
    QString caFile;        // PEM with the CAs to trust; empty: the system's store
    bool verifyPeer = true;
    QStringList acceptedFingerprints; // SHA-256 hex of certificates accepted for this device

    bool matches(const QString &host, quint16 port) const;
};

// The window's credentials per device or pattern (issue 12): secrets through qtkeychain, never
// in the settings file. Without a keychain service (a bare server, CI) keys are kept in memory for
// the session and keychainAvailable() says so.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend : quint8 { SystemKeychain, SessionOnly };
    // settings is not owned and must outlive the store.
    explicit CredentialStore(QSettings *settings, Backend backend = Backend::SystemKeychain, QObject *parent = nullptr);

    QList<DeviceCredentials> entries() const { return m_entries; }
    // Adds or replaces the entry with this pattern. key empty: keep the stored key. A Session key
    // never reaches the keychain (the demo's made-up key).
    enum class KeyLifetime : quint8 { Keychain, Session };
    void setEntry(const DeviceCredentials &entry, const QByteArray &key = {}, KeyLifetime lifetime = KeyLifetime::Keychain);
    void removeEntry(const QString &pattern);
    // The first entry that matches, the most specific (with a port, without wildcards) first.
    const DeviceCredentials *find(const QString &host, quint16 port) const;
    bool hasKey(const QString &pattern) const { return m_keys.contains(pattern); }
    // Accepts a certificate for exactly this device (host:port), after the user has seen it.
    void acceptCertificate(const QString &host, quint16 port, const QString &fingerprint);
    // What the DTLS transport needs for host:port (empty config when nothing matches).
    CoapSecurityConfig configFor(const QString &host, quint16 port) const;

    // Unknown until the first keychain job has answered.
    enum class KeychainState : quint8 { Unknown, Available, Unavailable };
    KeychainState keychainState() const { return m_keychainState; }

Q_SIGNALS:
    void changed();
    void keychainStateChanged(CredentialStore::KeychainState state);
    void keyStored(const QString &pattern, bool persistent);

private:
    void load();
    void save();
    void readKey(const QString &pattern);
    void writeKey(const QString &pattern, const QByteArray &key, KeyLifetime lifetime = KeyLifetime::Keychain);
    void setKeychainState(KeychainState state);

    QSettings *m_settings;
    Backend m_backend;
    QList<DeviceCredentials> m_entries;
    QHash<QString, QByteArray> m_keys; // in memory: read from the keychain, or session-only
    KeychainState m_keychainState = KeychainState::Unknown;
};

#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

// Why a DTLS session (RFC 7252 §9) could not be set up or was lost, without words: cli/ and ui/
// turn these into sentences.
enum class CoapSecurityError : quint8 {
    None,
    WrongKey,             // PSK: the peer could not decrypt our Finished (decrypt_error, bad_record_mac)
    UnknownIdentity,      // PSK: the peer does not know our identity (unknown_psk_identity alert)
    UntrustedCertificate, // the peer's certificate does not chain to a trusted CA
    ExpiredCertificate,   // the peer's certificate is expired or not yet valid
    NameMismatch,         // the peer's certificate is not for the host we asked for
    HandshakeTimeout,     // no handshake within the bound (peer silent, or wrong key silently dropped)
    PeerAlert,            // another fatal alert from the peer (alert number in the detail)
    NoCredentials,        // nothing configured to offer the peer (no PSK and no certificate check possible)
    Other,                // anything else the TLS library reported
};
const char *coapSecurityErrorKey(CoapSecurityError error); // "wrong-key", … for logs and JSON

// Credentials and checks for coaps. A value type: the same object configures a client's sessions
// for one peer or pattern, or a server's.
struct CoapSecurityConfig
{
    // Pre-shared key (RFC 7252 §9.1.3.1). Client: the identity we send and its key. Server: the
    // one identity we accept and its key; an empty identity on a server accepts any identity.
    QByteArray pskIdentity;
    QByteArray psk;
    QByteArray pskHint; // server: identity hint sent to clients (optional)

    // X.509 (RFC 7252 §9.1.3.3). Client: the CA certificates to trust (plus the system store when
    // useSystemCaStore), an optional client certificate and key. Server: its certificate and key.
    QList<QSslCertificate> caCertificates;
    bool useSystemCaStore = true;
    // Optional rather than null objects: merely constructing a QSslCertificate or QSslKey loads
    // Qt's TLS plugin and OpenSSL (some milliseconds), which a plain coap:// request must not pay.
    std::optional<QSslCertificate> certificate;
    std::optional<QSslKey> privateKey;
    // Verification of the peer's certificate, on unless turned off explicitly.
    bool verifyPeer = true;
    // SHA-256 fingerprints (hex, lower case) of peer certificates the user accepted although they
    // failed verification; such a certificate is taken without further checks.
    QStringList acceptedFingerprints;

    // Bound on one handshake, its retransmissions included (RFC 6347 §4.2.4).
    int handshakeTimeoutMs = 10000;

    bool hasPsk() const { return !psk.isEmpty(); }
    bool hasCertificate() const { return certificate && !certificate->isNull() && privateKey && !privateKey->isNull(); }

    // "0x…" is hex, anything else the text's UTF-8 bytes. Returns false for bad hex or empty.
    static bool parseKey(const QString &text, QByteArray *key);
};

// SHA-256 of a certificate's DER, lower-case hex without separators.
QString coapCertificateFingerprint(const QSslCertificate &certificate);

#pragma once

#include "simulatedfeature.h"

#include <QJsonObject>

class CoapResponder;
struct CoapServerRequest;

// A device's settings as a JSON document at /config (CoRE Interfaces "parameter", core.p):
//  - GET: application/json (50, default) or application/cbor (60), each with its own ETag
//    (RFC 7252 §5.10.6); a GET carrying the current ETag is answered 2.03 Valid without payload;
//  - PUT: the whole document as JSON or CBOR;
//  - PATCH and iPATCH: a JSON Merge Patch (RFC 7386, Content-Format 52; plain JSON 50 is taken as
//    one too): members replace, null removes, objects merge (RFC 8132 §3 for the methods);
//  - If-Match with none of the current ETags → 4.12 Precondition Failed (RFC 7252 §5.10.8.1); an
//    empty If-Match means "if it exists" and always matches; If-None-Match → 4.12, since the
//    document always exists (§5.10.8.2).
// The known settings are checked: "name" (text, 1..64 characters), "location" (text, up to 64),
// "reportIntervalMs" (integer 100..60000, the sensors' sampling interval). A malformed body is
// 4.00 Bad Request; a well-formed one with a bad setting is 4.22 Unprocessable Entity (RFC 8132
// §2.2). Changes take effect at once (the device's name, its sampling rate) and are notified to
// observers.
class DeviceConfiguration : public SimulatedFeature
{
    Q_OBJECT
public:
    static inline const QString kPath = QStringLiteral("/config");
    static inline const QList<int> kFormats = {50, 60};
    static constexpr int kMaxDocumentBytes = 4096;

    explicit DeviceConfiguration(SimulatedDevice *device);
    void install(CoapServer &server) override;

    QJsonObject document() const { return m_document; }
    // The representation in one of kFormats, and its ETag.
    QByteArray render(int format) const;
    QByteArray etag(int format = 50) const;

    // Checks and applies a whole new document; returns a sentence saying what is wrong, or an
    // empty string when it was applied.
    QString replace(const QJsonObject &document);
    // RFC 7386 §2 MergePatch(Target, Patch).
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

Q_SIGNALS:
    void changed(const QJsonObject &document);

private:
    void handlePut(const CoapServerRequest &request, const CoapResponder &responder);
    void handlePatch(const CoapServerRequest &request, const CoapResponder &responder);
    bool preconditionsHold(const CoapServerRequest &request, const CoapResponder &responder) const;
    void answerChanged(const CoapResponder &responder);

    QJsonObject m_document;
};

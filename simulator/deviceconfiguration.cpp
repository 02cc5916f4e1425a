#include "deviceconfiguration.h"

#include "coapserver.h"
#include "sensorpayload.h"
#include "simulateddevice.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

DeviceConfiguration::DeviceConfiguration(SimulatedDevice *device)
    : SimulatedFeature(device), m_document(device->defaultConfiguration())
{
}

void DeviceConfiguration::install(CoapServer &server)
{
    auto patch = [this](const CoapServerRequest &request, const CoapResponder &responder) { handlePatch(request, responder); };
    server.addResource(kPath)
            .setTitle(QStringLiteral("Configuration"))
            .setResourceType(QStringLiteral("config"))
            .setInterface(QStringLiteral("core.p"))
            .setContentFormats(kFormats)
            .setObservable(true)
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, kFormats);
                if (!format)
                    return SensorPayload::respondNotAcceptable(responder, request, kFormats);
                const QByteArray tag = etag(*format);
                CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
                response.setOption(CoapOption(CoapOptionNumber::ETag, tag));
                // RFC 7252 §5.10.6.2: the client already holds this representation.
                bool valid = false;
                for (const CoapOption &o : request.message.options(CoapOptionNumber::ETag))
                    valid = valid || o.value() == tag;
                if (valid && !request.notification) {
                    response.setCode(CoapCode::Valid);
                } else {
                    response.setUintOption(CoapOptionNumber::ContentFormat, quint64(*format));
                    response.setPayload(render(*format));
                }
                responder.respond(response);
            })
            .on(CoapCode::Put, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                handlePut(request, responder);
            })
            .on(CoapCode::Patch, patch)
            .on(CoapCode::IPatch, patch);
}

QByteArray DeviceConfiguration::render(int format) const
{
    if (format == CoapContentFormat::Cbor)
        return QCborValue::fromJsonValue(m_document).toCbor();
    return QJsonDocument(m_document).toJson(QJsonDocument::Compact);
}

QByteArray DeviceConfiguration::etag(int format) const
{
    // Derived from the bytes, so equal documents have equal tags (RFC 7252 §5.10.6: an ETag
    // identifies a representation; 8 bytes at most).
    return QCryptographicHash::hash(render(format), QCryptographicHash::Sha256).left(8);
}

bool DeviceConfiguration::preconditionsHold(const CoapServerRequest &request, const CoapResponder &responder) const
{
    const QList<CoapOption> ifMatch = request.message.options(CoapOptionNumber::IfMatch);
    if (!ifMatch.isEmpty()) {
        bool matched = false;
        for (const CoapOption &o : ifMatch) {
            if (o.value().isEmpty()) // RFC 7252 §5.10.8.1: "if the resource exists"
                matched = true;
            for (int format : kFormats)
                matched = matched || o.value() == etag(format);
        }
        if (!matched) {
            SensorPayload::respondError(responder, CoapCode::PreconditionFailed,
                                        QStringLiteral("The configuration has changed since that ETag; "
                                                       "GET it again and repeat the change"));
            return false;
        }
    }
    if (request.message.hasOption(CoapOptionNumber::IfNoneMatch)) {
        SensorPayload::respondError(responder, CoapCode::PreconditionFailed,
                                    QStringLiteral("The configuration already exists (If-None-Match)"));
        return false;
    }
    return true;
}

void DeviceConfiguration::handlePut(const CoapServerRequest &request, const CoapResponder &responder)
{
    const std::optional<int> format = SensorPayload::requestFormat(request, responder, kFormats, CoapContentFormat::Json);
    if (!format)
        return;
    if (request.message.payload().size() > kMaxDocumentBytes) {
        CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge);
        tooLarge.setUintOption(CoapOptionNumber::Size1, kMaxDocumentBytes); // RFC 7252 §5.10.9
        return responder.respond(tooLarge);
    }
    if (!preconditionsHold(request, responder))
        return;
    QJsonValue value;
    if (*format == CoapContentFormat::Cbor) {
        QCborParserError error;
        const QCborValue cbor = QCborValue::fromCbor(request.message.payload(), &error);
        if (error.error == QCborError::NoError)
            value = cbor.toJsonValue();
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.message.payload(), &error);
        if (error.error == QJsonParseError::NoError)
            value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    if (!value.isObject()) {
        SensorPayload::respondError(responder, CoapCode::BadRequest,
                                    QStringLiteral("The configuration must be one JSON object (or CBOR map)"));
        return;
    }
    const QString problem = replace(value.toObject());
    if (!problem.isEmpty())
        return SensorPayload::respondError(responder, CoapCode::UnprocessableEntity, problem);
    answerChanged(responder);
}

void DeviceConfiguration::handlePatch(const CoapServerRequest &request, const CoapResponder &responder)
{
    const std::optional<int> format = SensorPayload::requestFormat(
            request, responder, {CoapContentFormat::MergePatchJson, CoapContentFormat::Json}, CoapContentFormat::MergePatchJson);
    if (!format)
        return;
    if (request.message.payload().size() > kMaxDocumentBytes) {
        CoapMessage tooLarge(CoapType::Acknowledgement, CoapCode::RequestEntityTooLarge);
        tooLarge.setUintOption(CoapOptionNumber::Size1, kMaxDocumentBytes);
        return responder.respond(tooLarge);
    }
    if (!preconditionsHold(request, responder))
        return;
    QJsonParseError error;
    const QJsonDocument patch = QJsonDocument::fromJson(request.message.payload(), &error);
    if (error.error != QJsonParseError::NoError) {
        SensorPayload::respondError(responder, CoapCode::BadRequest,
                                    QStringLiteral("The merge patch is not JSON: %1 at byte %2")
                                            .arg(error.errorString()).arg(error.offset));
        return;
    }
    const QJsonValue merged = mergePatch(m_document, patch.isObject() ? QJsonValue(patch.object()) : QJsonValue(patch.array()));
    if (!merged.isObject())
        return SensorPayload::respondError(responder, CoapCode::UnprocessableEntity,
                                           QStringLiteral("The patch would turn the configuration into something other than an object"));
    const QString problem = replace(merged.toObject());
    if (!problem.isEmpty())
        return SensorPayload::respondError(responder, CoapCode::UnprocessableEntity, problem);
    answerChanged(responder);
}

void DeviceConfiguration::answerChanged(const CoapResponder &responder)
{
    // RFC 7252 §5.9.1.4 / §5.10.6: 2.04 may carry the new ETag, so the next If-Match needs no GET.
    CoapMessage response(CoapType::Acknowledgement, CoapCode::Changed);
    response.setOption(CoapOption(CoapOptionNumber::ETag, etag(CoapContentFormat::Json)));
    responder.respond(response);
}

QString DeviceConfiguration::replace(const QJsonObject &document)
{
    const QJsonValue name = document.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 64)
        return QStringLiteral("\"name\" must be a text of 1 to 64 characters");
    const QJsonValue location = document.value(QLatin1String("location"));
    if (!location.isUndefined() && (!location.isString() || location.toString().size() > 64))
        return QStringLiteral("\"location\" must be a text of at most 64 characters");
    const QJsonValue interval = document.value(QLatin1String("reportIntervalMs"));
    const double ms = interval.toDouble(-1);
    if (!interval.isDouble() || ms != std::floor(ms) || ms < 100 || ms > 60000)
        return QStringLiteral("\"reportIntervalMs\" must be a whole number from 100 to 60000");
    if (QJsonDocument(document).toJson(QJsonDocument::Compact).size() > kMaxDocumentBytes)
        return QStringLiteral("The configuration may be at most %1 bytes of JSON").arg(kMaxDocumentBytes);

    const bool changedNow = document != m_document;
    m_document = document;
    device()->setName(name.toString().trimmed());
    device()->setLocation(location.toString());
    device()->setReportIntervalMs(int(ms));
    if (changedNow) {
        emit changed(m_document);
        server()->notifyObservers(kPath);
    }
    return {};
}

QJsonValue DeviceConfiguration::mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

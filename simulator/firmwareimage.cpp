#include "firmwareimage.h"

#include "coapserver.h"
#include "sensorpayload.h"
#include "simulateddevice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

FirmwareImage::FirmwareImage(SimulatedDevice *device) : SimulatedFeature(device)
{
    setImage(factoryImage(device->model()), kFactoryVersion);
}

QByteArray FirmwareImage::factoryImage(const QString &model)
{
    QByteArray image = "SIMFW\x01 CoAP Explorer simulated firmware; model=" + model.toUtf8() + "; version="
            + kFactoryVersion.toUtf8() + "\n";
    QRandomGenerator generator(quint32(qHash(model, 0x5eed)));
    image.reserve(kFactoryImageSize);
    while (image.size() + 4 <= kFactoryImageSize) {
        const quint32 word = generator.generate();
        image.append(reinterpret_cast<const char *>(&word), 4);
    }
    while (image.size() < kFactoryImageSize)
        image.append(char(generator.bounded(256)));
    return image;
}

void FirmwareImage::setImage(const QByteArray &image, const QString &version)
{
    m_image = image;
    m_version = version;
    m_sha256 = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
}

void FirmwareImage::install(CoapServer &server)
{
    server.addResource(kImagePath)
            .setTitle(QStringLiteral("Firmware image"))
            .setResourceType(QStringLiteral("firmware"))
            .setInterface(QStringLiteral("core.p"))
            .setContentFormats({CoapContentFormat::OctetStream})
            .setSize(quint64(m_image.size()))
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const QList<int> formats = {CoapContentFormat::OctetStream};
                if (!SensorPayload::negotiate(request, formats))
                    return SensorPayload::respondNotAcceptable(responder, request, formats);
                CoapMessage response(CoapType::Acknowledgement, CoapCode::Content);
                response.setUintOption(CoapOptionNumber::ContentFormat, CoapContentFormat::OctetStream);
                // The server slices the body into Block2 blocks and keeps this ETag on each, so a
                // client notices an upload that lands mid-transfer (RFC 7959 §2.4).
                response.setOption(CoapOption(CoapOptionNumber::ETag, etag()));
                response.setPayload(m_image);
                responder.respond(response);
            })
            .on(CoapCode::Put, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                handlePut(request, responder);
            });

    server.addResource(kChecksumPath)
            .setTitle(QStringLiteral("Firmware checksum (SHA-256)"))
            .setResourceType(QStringLiteral("firmware-checksum"))
            .setInterface(QStringLiteral("core.rp"))
            .setContentFormats(kChecksumFormats)
            .setObservable(true)
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const std::optional<int> format = SensorPayload::negotiate(request, kChecksumFormats);
                if (!format)
                    return SensorPayload::respondNotAcceptable(responder, request, kChecksumFormats);
                if (*format == CoapContentFormat::Json)
                    return responder.respond(CoapCode::Content,
                                             JsonWriter().string(QStringLiteral("version"), m_version)
                                                     .number(QStringLiteral("size"), m_image.size(), 0)
                                                     .string(QStringLiteral("sha256"), QString::fromLatin1(m_sha256.toHex()))
                                                     .toJson(),
                                             *format);
                responder.respond(CoapCode::Content, m_sha256.toHex(), CoapContentFormat::TextPlain);
            });
}

void FirmwareImage::handlePut(const CoapServerRequest &request, const CoapResponder &responder)
{
    if (!SensorPayload::requestFormat(request, responder, {CoapContentFormat::OctetStream}, CoapContentFormat::OctetStream))
        return;
    const QList<CoapOption> ifMatch = request.message.options(CoapOptionNumber::IfMatch);
    if (!ifMatch.isEmpty()) {
        bool matched = false;
        for (const CoapOption &o : ifMatch)
            matched = matched || o.value().isEmpty() || o.value() == etag();
        if (!matched)
            return SensorPayload::respondError(responder, CoapCode::PreconditionFailed,
                                               QStringLiteral("The firmware image has changed since that ETag"));
    }
    if (request.message.payload().isEmpty())
        return SensorPayload::respondError(responder, CoapCode::BadRequest, QStringLiteral("An empty firmware image"));
    const QByteArray image = request.message.payload();
    const QByteArray digest = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
    setImage(image, QStringLiteral("upload-") + QString::fromLatin1(digest.left(4).toHex()));
    if (CoapResource *resource = server()->resource(kImagePath))
        resource->setSize(quint64(image.size()));
    emit uploaded(m_version, int(image.size()));
    server()->notifyObservers(kChecksumPath);

    CoapMessage response(CoapType::Acknowledgement, CoapCode::Changed);
    response.setOption(CoapOption(CoapOptionNumber::ETag, etag()));
    responder.respond(response);
}

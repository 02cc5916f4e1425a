#pragma once

#include "simulatedfeature.h"

class CoapResponder;
struct CoapServerRequest;

// The device's firmware, for block-wise transfers (RFC 7959):
//  - /fw/image: GET gives the image (application/octet-stream, ≥ 64 KiB, so Block2 is needed on
//    any link) with an ETag derived from its SHA-256; PUT uploads a new one (Block1, reassembled by
//    the server; If-Match honoured) and answers 2.04 with the new ETag;
//  - /fw/checksum: the image's SHA-256 in hex (text/plain), or JSON {"version","size","sha256"};
//    observable, so an updater can watch an upload land.
// The factory image is the same for every device of one model: a readable header, then
// pseudo-random bytes from a generator seeded by the model name.
class FirmwareImage : public SimulatedFeature
{
    Q_OBJECT
public:
    static inline const QString kImagePath = QStringLiteral("/fw/image");
    static inline const QString kChecksumPath = QStringLiteral("/fw/checksum");
    static inline const QList<int> kChecksumFormats = {0, 50};
    static constexpr int kFactoryImageSize = 70 * 1024 + 397; // not a whole number of blocks, on purpose
    static inline const QString kFactoryVersion = QStringLiteral("1.4.2");

    explicit FirmwareImage(SimulatedDevice *device);
    void install(CoapServer &server) override;

    QByteArray image() const { return m_image; }
    QString version() const { return m_version; }
    QByteArray sha256() const { return m_sha256; }
    QByteArray etag() const { return m_sha256.left(8); }

    static QByteArray factoryImage(const QString &model);

Q_SIGNALS:
    void uploaded(const QString &version, int size);

private:
    void handlePut(const CoapServerRequest &request, const CoapResponder &responder);
    void setImage(const QByteArray &image, const QString &version);

    QByteArray m_image;
    QByteArray m_sha256;
    QString m_version;
};

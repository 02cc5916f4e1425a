#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonValue;
class QCborValue;

// Pure functions that turn a payload into what the response view shows, and what the payload
// editor typed into bytes. No widgets, so they are testable from vectors (tst_payloadrender).
class PayloadRender
{
    Q_DECLARE_TR_FUNCTIONS(PayloadRender)
public:
    // The tabs of the response view, in their order.
    enum class View : quint8 { Text, Json, Cbor, Link, Senml, Image, Hex };

    // A node of a JSON or CBOR tree: "key" is the member name, "[3]" for an array element,
    // or the CBOR key in diagnostic notation; "type" is a word ("object", "number", "tag 1", …).
    struct TreeNode
    {
        QString key;
        QString value;
        QString type;
        QList<TreeNode> children;
        int count() const; // nodes in this subtree, itself included
    };

    struct TextResult
    {
        QString text;
        bool validUtf8 = true;
    };
    struct JsonResult
    {
        bool ok = false;
        QString pretty;
        TreeNode tree;
        QString error; // sentence, when !ok
    };
    struct CborResult
    {
        bool ok = false;
        QString diagnostic; // indented, faithful to the bytes
        TreeNode tree;
        QString error;
    };
    struct LinkRow
    {
        QString target;   // as written between < >
        QString uri;      // resolved against the base, empty when unresolvable
        QString resourceTypes;
        QString interfaces;
        QString contentFormats; // "0 (text/plain), 50 (application/json)"
        QString title;
        QString size;
        bool observable = false;
        QString other;    // remaining attributes as name=value
    };
    struct LinkResult
    {
        bool ok = false;
        QList<LinkRow> rows;
        QString error; // the first problem (links are still shown, lenient)
    };
    struct SenmlRow
    {
        QString name;
        QString time;  // ISO 8601 in UTC
        QString value;
        QString unit;
    };
    struct SenmlResult
    {
        bool ok = false;
        QList<SenmlRow> rows;
        QString error;
    };

    // Which views make sense for a payload, and which to open first. contentFormat -1 = none.
    static View preferredView(int contentFormat, const QByteArray &payload);
    static bool isJsonFormat(int contentFormat);
    static bool isCborFormat(int contentFormat);
    static bool isSenmlFormat(int contentFormat);
    // "PNG", "JPEG", "GIF" from the content format or the first bytes; empty when not an image.
    static QString imageFormat(int contentFormat, const QByteArray &payload);

    static TextResult text(const QByteArray &payload);
    // Classic dump: offset, 16 hex bytes in two groups, printable ASCII.
    static QString hexDump(const QByteArray &payload, int bytesPerLine = 16);
    // "0a 1b 2c"
    static QString hexBytes(const QByteArray &bytes);
    static JsonResult json(const QByteArray &payload);
    static CborResult cbor(const QByteArray &payload);
    // base: the URI of the answering server's origin ("coap://10.0.0.5:5683/").
    static LinkResult links(const QByteArray &payload, const QString &base);
    // now: seconds since the epoch, for relative SenML times (RFC 8428 §4.5.3).
    static SenmlResult senml(const QByteArray &payload, int contentFormat, double now);
    // A one-line size: "24 B", "1.5 KiB"
    static QString size(qint64 bytes);

    // What the payload editor understands.
    enum class InputFormat : quint8 {
        Text, // UTF-8 as typed
        Json, // validated, sent as typed (compacted when valid)
        Cbor, // JSON or CBOR diagnostic notation, encoded to CBOR
        Hex,  // hex bytes, spaces and line breaks ignored, optional 0x
    };
    struct EncodeResult
    {
        QByteArray bytes;
        QString error;             // empty when ok
        qsizetype errorPosition = -1; // index into the text
        bool ok() const { return error.isEmpty(); }
    };
    static EncodeResult encode(const QString &text, InputFormat format);
    // Hex text to bytes; false and *errorPosition on a non-hex character or an odd digit count.
    static bool parseHex(const QString &text, QByteArray *bytes, qsizetype *errorPosition = nullptr);
    // The content format that usually goes with an input format (-1 for hex).
    static int defaultContentFormat(InputFormat format);

private:
    static JsonResult jsonStrict(const QByteArray &payload);
    static TreeNode jsonTree(const QString &key, const QJsonValue &value);
    // JSON held as a QCborValue, which keeps the members in the order they were sent.
    static TreeNode jsonTree(const QString &key, const QCborValue &value, int depth);
    static void jsonPretty(const QCborValue &value, int indent, QString &out);
    static TreeNode cborTree(const QString &key, const QCborValue &value, int depth);
};

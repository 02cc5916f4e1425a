#pragma once

#include "cbordiagnostic.h"
#include "coapcodec.h"
#include "coapproxy.h"
#include "coapreply.h"
#include "coaptransport.h"
#include "coapuri.h"
#include "corelinkformat.h"
#include "senml.h"

#include <QCoreApplication>
#include <QString>

class QJsonParseError;

// How a response or a failed exchange is classed for the colour and the word next to it
// (UX.md: never colour alone).
enum class ResponseClass : quint8 {
    Success,        // 2.xx
    ClientError,    // 4.xx
    ServerError,    // 5.xx
    NetworkProblem, // timeout, RST, unreachable: no CoAP answer at all
    Other,          // anything else (a request code, an unassigned class)
};

// What the sentences about a failed exchange may mention.
struct ExchangeErrorContext
{
    QString peer;            // "10.0.0.5:5683" or "boiler.local:5683"
    QString path;            // "/sensors/tmp"
    QString hostName;        // for HostNotFound
    int retransmissions = 0; // as counted by the reply
    qint64 elapsedMs = -1;   // from sending to giving up; -1 when unknown
    bool confirmable = true;
    CoapProtocolViolation violation = CoapProtocolViolation::None; // what the peer did wrong
};

// The one place that turns protocol/ enums into sentences for people (CONVENTIONS.md habit 1).
// Every other part of ui/ asks here rather than writing its own words.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // Exchange failures: "No answer from 10.0.0.5:5683 after 4 retransmissions (93 s). Is the
    // device on this link and powered?"
    static QString exchangeError(CoapError error, const ExchangeErrorContext &context);
    static QString decodeError(CoapDecodeError error);
    static QString networkError(CoapNetworkError error, const QString &peer = {});
    // A bad URI, with the offending character when text is given.
    static QString uriError(CoapUriError error, qsizetype position = -1, QStringView text = {});

    // A proxy URI that cannot be used (Settings, a device's proxy), with the URI problem when
    // error is InvalidProxyUri; or a target that cannot go through a proxy.
    static QString proxyError(CoapProxyError error, const CoapUriParseResult &uriProblem = {}, QStringView text = {});
    // 5.02, 5.04 and 5.05 in plain words when the request went through the proxy proxyAuthority
    // to target; empty for other codes (responseSentence() covers them).
    static QString proxyResponseSentence(quint8 code, const QString &proxyAuthority, const QString &target);
    // "via proxy 10.0.0.1:5683 (Proxy-Uri)": for the composer and the response header.
    static QString viaProxy(const CoapProxy &proxy);

    // Registered meaning of a response code, translated ("Content", "Not Found"); empty when
    // the code is not registered.
    static QString codeMeaning(quint8 code);
    // "Not Found: the device has no resource at /sensors/tmp". method is the request's code.
    static QString responseSentence(quint8 code, const QString &path, quint8 method = 0);
    static ResponseClass responseClass(quint8 code);
    static QString responseClassWord(ResponseClass cls); // "Success", "Client error", …

    // Payload problems, for "shown as text and hex with the parse error".
    static QString jsonError(const QJsonParseError &error, const QByteArray &json);
    static QString cborDecodeError(CborDiagnostic::DecodeError error, qsizetype offset);
    static QString cborParseError(CborDiagnostic::ParseError error, qsizetype position,
                                  QStringView text = {});
    static QString senmlError(const SenmlPack &pack);
    static QString linkFormatError(CoreLinkError error, qsizetype offset);

    // "850 ms", "2.5 s", "93 s", "2 min 5 s".
    static QString duration(qint64 ms);
    // "line 2, column 5" for an index into text.
    static QString lineColumn(QStringView text, qsizetype position);
};

#include <QFrame>

class QLabel;
class QToolButton;

// The in-place error display (UX.md: errors shown where they happen, never only in a dialog): an
// icon, a sentence and a word for the kind, on a background tinted from the system palette so it
// reads in light and dark themes. The text is selectable so it can be copied into a report.
class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Error, Warning, Information };
    explicit InlineBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage(); // hides the banner
    QString text() const;
    Kind kind() const { return m_kind; }
    void setClosable(bool closable);

    // Tint for a kind, mixed from the palette's window colour so it suits light and dark.
    static QColor tint(const QPalette &palette, Kind kind, double strength);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};

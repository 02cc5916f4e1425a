#pragma once

#include "coapendpoint.h"
#include "coapmessage.h"
#include "errortext.h"
#include "payloadrender.h"

#include <QWidget>

class InlineBanner;
class OptionsTableModel;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

// What the view needs to know about a response besides the message itself.
struct ResponseContext
{
    QString uri;           // the request's URI as text
    QString path;          // "/sensors/temp", for sentences
    QString linkBase;      // origin of the answering server for link-format ("coap://10.0.0.5:5683/")
    quint8 method = 0;     // the request's code
    CoapEndpoint from;
    double rttMs = -1;
    int retransmissions = 0;
    int notifications = 0; // >0 for observe notifications: the count so far
    QString security;      // coaps: "secured: DTLS 1.2 · PSK-AES128-CCM8"; empty for coap
    QString proxy;         // the forward proxy it went through ("10.0.0.1:5683"); empty when direct
};

// The answer to the current request: a header line (code in colour AND words, type, RTT, MID,
// token, size), the options, and the payload in tabs Text | JSON | CBOR | Link | SenML | Image |
// Hex, auto-selected by content format. Failures and 4.xx/5.xx are explained in an inline banner.
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget *parent = nullptr);

    void clear();
    // A request went out: "GET coap://… — waiting for an answer".
    void showPending(const QString &description);
    // A response or an observe notification. A notification keeps the tab the user chose.
    void showResponse(const CoapMessage &response, const ResponseContext &context);
    // The exchange failed without an answer (timeout, RST, unreachable): sentence from ErrorText.
    void showFailure(const QString &sentence, ResponseClass cls = ResponseClass::NetworkProblem);
    // Block-wise progress (CoapReply::progress); total -1 when unknown.
    void setProgress(qint64 done, qint64 total);
    // The observation ended or is running: shown next to the header.
    void setObservationState(const QString &text);

    bool hasResponse() const { return m_hasResponse; }
    QString pendingText() const;       // what a pending request shows ("waiting for an answer…")
    QPushButton *cancelButton() const { return m_cancelButton; }
    const CoapMessage &response() const { return m_response; }
    QByteArray payload() const { return m_response.payload(); }
    // For tests and the other parts of ui/.
    QString codeText() const;    // "2.05"
    QString headerText() const;  // "2.05 Content · Success"
    QString detailText() const;  // "ACK · 0.8 ms · MID 1234 · token … · 24 B"
    QString bannerText() const;  // the inline error, empty when none
    QString payloadBannerText() const;
    PayloadRender::View currentView() const;
    bool isViewEnabled(PayloadRender::View view) const;
    void setCurrentView(PayloadRender::View view);
    QString viewText(PayloadRender::View view) const; // text/pretty/diagnostic/hex of a tab
    QTreeWidget *linkTable() const { return m_linkTable; }

    bool savePayloadTo(const QString &fileName, QString *error = nullptr) const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void savePayload(); // asks for a file name

Q_SIGNALS:
    void openUriRequested(const QString &uri);
    void payloadAvailable(bool available);
    void cancelRequested(); // the Cancel button beside a pending request

private:
    void renderPayload(const CoapMessage &response, const ResponseContext &context, bool keepTab);
    void setBadge(const QString &text, ResponseClass cls);
    static void fillTree(QTreeWidgetItem *parent, const PayloadRender::TreeNode &node);
    static QTreeWidgetItem *makeTreeItem(const PayloadRender::TreeNode &node);

    QLabel *m_placeholder;
    QWidget *m_header;
    QLabel *m_badge;
    QLabel *m_meaning;
    QLabel *m_details;
    QLabel *m_observation;
    QPushButton *m_saveButton;
    InlineBanner *m_banner;
    QProgressBar *m_progress;
    QSplitter *m_splitter;
    OptionsTableModel *m_options;
    QTableView *m_optionsView;
    InlineBanner *m_payloadBanner;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_jsonText;
    QTreeWidget *m_jsonTree;
    QPlainTextEdit *m_cborText;
    QTreeWidget *m_cborTree;
    QTreeWidget *m_linkTable;
    QTreeWidget *m_senmlTable;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QPlainTextEdit *m_hex;

    CoapMessage m_response;
    ResponseContext m_context;
    bool m_hasResponse = false;
    QPushButton *m_cancelButton = nullptr;
    int m_lastContentFormat = -3;
};

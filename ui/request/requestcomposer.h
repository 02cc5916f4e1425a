#pragma once

#include "coapclient.h"
#include "coapuri.h"

#include <QWidget>

#include <optional>

class InlineBanner;
class OptionsTableModel;
class PayloadEditor;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

// Composes one request: method, URI, CON/NON, options, Accept, block size and payload. The method
// combo and the URI combo are owned here but meant to be placed in the main tool bar (UX.md);
// a composer used on its own shows them in its first row (placeTargetInside).
//
// Nothing the user typed is ever cleared by an error: a bad URI, option or payload is explained
// in place and the text stays as it was.
class RequestComposer : public QWidget
{
    Q_OBJECT
public:
    explicit RequestComposer(QWidget *parent = nullptr, bool placeTargetInside = false);

    // The tool bar widgets.
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *uriCombo() const { return m_uri; }
    QLineEdit *uriEdit() const;

    QString uriText() const;
    void setUriText(const QString &uri);
    quint8 method() const;
    void setMethod(quint8 code);
    bool confirmable() const;
    void setConfirmable(bool confirmable);
    int blockSzx() const; // 0..6
    void setBlockSzx(int szx);
    int acceptFormat() const; // -1 = none
    void setAcceptFormat(int contentFormat);
    OptionsTableModel *optionsModel() const { return m_options; }
    QTableView *optionsView() const { return m_optionsView; }
    PayloadEditor *payloadEditor() const { return m_payload; }

    // Builds the request (RFC 7252 §6.4: URI → destination + Uri-* options). On an error it is
    // shown in place, the widget at fault gets the focus, and std::nullopt is returned.
    // observe registers an observation (RFC 7641) for GET and FETCH.
    std::optional<CoapRequest> buildRequest(bool observe, CoapUri *uri = nullptr);
    // Parses the URI field and shows or clears its error; returns the URI when valid.
    // moveCursor puts the text cursor on the offending character.
    std::optional<CoapUri> validateUri(bool moveCursor = true);
    // The form's URI when it is valid, without showing anything (for the Observe button's state).
    std::optional<CoapUri> currentUri() const;
    // A URI typed without a scheme means coap:// (RFC 7252 §6.1).
    static QString withDefaultScheme(const QString &uriText);
    QString uriErrorText() const; // the inline URI error shown now, empty when none

    // "via proxy coap://10.0.0.1 (Proxy-Uri)" beside the request parameters when the request goes
    // through a forward proxy (RFC 7252 §5.7.2); empty hides it.
    void setProxyNote(const QString &text);
    QString proxyNote() const;

    // History of the URI field (most recent first), also offered by its completer.
    void setHistory(const QStringList &uris);
    QStringList history() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    static bool methodHasPayload(quint8 code);

public Q_SLOTS:
    void addOptionRow();
    void removeSelectedOptions();

Q_SIGNALS:
    void sendRequested(); // Return in the URI field
    void changed();

private:
    void showUriError(const QString &text, qsizetype position, bool moveCursor);
    void clearUriError();
    void updateHints();

    QComboBox *m_method;
    QComboBox *m_uri;
    QAction *m_uriErrorAction;
    InlineBanner *m_uriBanner;
    QComboBox *m_type;
    QComboBox *m_accept;
    QComboBox *m_blockSize;
    OptionsTableModel *m_options;
    QTableView *m_optionsView;
    QPushButton *m_addOption;
    QPushButton *m_removeOption;
    InlineBanner *m_optionsBanner;
    PayloadEditor *m_payload;
    InlineBanner *m_payloadHint;
    QSplitter *m_splitter;
    QLabel *m_proxyNote = nullptr;
};

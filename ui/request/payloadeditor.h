#pragma once

#include "payloadrender.h"

#include <QWidget>

class InlineBanner;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Fills a combo box with "(none)" (data -1) and every registered content format (data = number),
// editable so that an unregistered number can be typed. Used for Content-Format and Accept.
void fillContentFormatCombo(QComboBox *combo, const QString &noneText);
// The content format selected or typed; -1 for none; -2 when the text is not understood.
int contentFormatFromCombo(const QComboBox *combo);
void setContentFormatInCombo(QComboBox *combo, int contentFormat);

// The request body: what the user types, how it is read (text, JSON, CBOR from JSON or
// diagnostic notation, hex) and the Content-Format that goes with it. Validates as typed and
// says what is wrong below the text; never changes the text itself.
class PayloadEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    PayloadRender::InputFormat inputFormat() const;
    void setInputFormat(PayloadRender::InputFormat format);
    // -1: no Content-Format option; -2: the typed content format is not understood.
    int contentFormat() const;
    void setContentFormat(int contentFormat);
    QString text() const;
    void setText(const QString &text);
    // Loads bytes (a file): UTF-8 text stays text, anything else is shown as hex.
    void setBytes(const QByteArray &bytes, int contentFormat = -1);
    bool loadFile(const QString &fileName, QString *error = nullptr);

    PayloadRender::EncodeResult encoded() const;
    // Empty when the payload and its content format can be sent.
    QString validationError() const;

    QPlainTextEdit *textEdit() const { return m_edit; }
    QComboBox *contentFormatCombo() const { return m_contentFormat; }

Q_SIGNALS:
    void changed();

private:
    void onInputFormatChanged();
    void validateNow();
    void chooseFile();

    QComboBox *m_input;
    QComboBox *m_contentFormat;
    QPushButton *m_loadButton;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    InlineBanner *m_error;
    QTimer *m_validateTimer;
    bool m_contentFormatTouched = false;
};

#include "payloadeditor.h"

#include "coapoption.h"
#include "errortext.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

void fillContentFormatCombo(QComboBox *combo, const QString &noneText)
{
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(noneText, -1);
    for (const CoapContentFormatInfo &info : coapKnownContentFormats())
        combo->addItem(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(info.mediaType)).arg(info.number),
                       int(info.number));
    combo->setCurrentIndex(0);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

int contentFormatFromCombo(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0)
        return combo->itemData(index).toInt();
    if (text.isEmpty())
        return -1;
    // "application/json (50)" edited by hand, "json", "60", …
    QString t = text;
    const qsizetype paren = t.lastIndexOf(QLatin1String(" ("));
    if (paren > 0 && t.endsWith(QLatin1Char(')')))
        t = t.left(paren);
    const int cf = coapContentFormatFromString(t);
    return cf >= 0 ? cf : -2;
}

void setContentFormatInCombo(QComboBox *combo, int contentFormat)
{
    const int index = combo->findData(contentFormat < 0 ? -1 : contentFormat);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(QString::number(contentFormat));
    if (combo->lineEdit())
        combo->lineEdit()->setCursorPosition(0); // the media type's start, not its tail
}

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_input(new QComboBox(this))
    , m_contentFormat(new QComboBox(this))
    , m_loadButton(new QPushButton(tr("&Load…"), this))
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_error(new InlineBanner(this))
    , m_validateTimer(new QTimer(this))
{
    m_input->addItem(tr("Text"), int(PayloadRender::InputFormat::Text));
    m_input->addItem(tr("JSON"), int(PayloadRender::InputFormat::Json));
    m_input->addItem(tr("CBOR (typed as JSON or diagnostic notation)"), int(PayloadRender::InputFormat::Cbor));
    m_input->addItem(tr("Hex bytes"), int(PayloadRender::InputFormat::Hex));
    m_input->setToolTip(tr("How the text below is turned into the bytes that are sent"));
    m_input->setAccessibleName(tr("Payload input format"));
    m_loadButton->setToolTip(tr("Load the payload from a file"));
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->setMinimumContentsLength(8);
    fillContentFormatCombo(m_contentFormat, tr("(no Content-Format)"));
    setContentFormatInCombo(m_contentFormat, CoapContentFormat::TextPlain);
    m_contentFormat->setToolTip(tr("The Content-Format option sent with the payload"));

    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("Payload for POST, PUT, FETCH, PATCH and iPATCH"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *payloadLabel = new QLabel(tr("Pa&yload:"), this);
    payloadLabel->setBuddy(m_edit);
    auto *cfLabel = new QLabel(tr("Co&ntent-Format:"), this);
    cfLabel->setBuddy(m_contentFormat);

    // Two rows, labels aligned: one row of four fields made the request form (and the window)
    // wider than a 1024 px screen allows, more so in longer languages.
    auto *top = new QGridLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(payloadLabel, 0, 0);
    top->addWidget(m_input, 0, 1, 1, 2);
    top->addWidget(cfLabel, 1, 0);
    top->addWidget(m_contentFormat, 1, 1);
    top->addWidget(m_loadButton, 1, 2);
    top->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &PayloadEditor::validateNow);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_validateTimer->start();
        emit changed();
    });
    connect(m_input, &QComboBox::currentIndexChanged, this, &PayloadEditor::onInputFormatChanged);
    connect(m_contentFormat, &QComboBox::currentTextChanged, this, [this] { validateNow(); emit changed(); });
    connect(m_contentFormat, &QComboBox::activated, this, [this] { m_contentFormatTouched = true; });
    connect(m_contentFormat->lineEdit(), &QLineEdit::textEdited, this, [this] { m_contentFormatTouched = true; });
    connect(m_loadButton, &QPushButton::clicked, this, &PayloadEditor::chooseFile);
    validateNow();
}

PayloadRender::InputFormat PayloadEditor::inputFormat() const
{
    return PayloadRender::InputFormat(m_input->currentData().toInt());
}

void PayloadEditor::setInputFormat(PayloadRender::InputFormat format)
{
    m_input->setCurrentIndex(m_input->findData(int(format)));
}

int PayloadEditor::contentFormat() const
{
    return contentFormatFromCombo(m_contentFormat);
}

void PayloadEditor::setContentFormat(int cf)
{
    setContentFormatInCombo(m_contentFormat, cf);
    m_contentFormatTouched = true;
}

QString PayloadEditor::text() const
{
    return m_edit->toPlainText();
}

void PayloadEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    validateNow();
}

void PayloadEditor::setBytes(const QByteArray &bytes, int cf)
{
    const auto decoded = PayloadRender::text(bytes);
    bool printable = decoded.validUtf8;
    for (QChar c : decoded.text)
        printable = printable && (c.isPrint() || c.isSpace());
    const bool cbor = PayloadRender::isCborFormat(cf);
    if (cbor) {
        // Show CBOR as diagnostic notation; it is encoded back to the same bytes on sending.
        const auto rendered = PayloadRender::cbor(bytes);
        if (rendered.ok) {
            setInputFormat(PayloadRender::InputFormat::Cbor);
            m_edit->setPlainText(rendered.diagnostic);
        } else {
            setInputFormat(PayloadRender::InputFormat::Hex);
            m_edit->setPlainText(PayloadRender::hexBytes(bytes));
        }
    } else if (printable) {
        setInputFormat(PayloadRender::isJsonFormat(cf) ? PayloadRender::InputFormat::Json
                                                       : PayloadRender::InputFormat::Text);
        m_edit->setPlainText(decoded.text);
    } else {
        setInputFormat(PayloadRender::InputFormat::Hex);
        m_edit->setPlainText(PayloadRender::hexBytes(bytes));
    }
    if (cf != -1)
        setContentFormat(cf);
    validateNow();
}

bool PayloadEditor::loadFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(16 * 1024 * 1024);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    int cf = -1;
    if (suffix == QLatin1String("json"))
        cf = CoapContentFormat::Json;
    else if (suffix == QLatin1String("cbor"))
        cf = CoapContentFormat::Cbor;
    else if (suffix == QLatin1String("txt"))
        cf = CoapContentFormat::TextPlain;
    else if (suffix == QLatin1String("png"))
        cf = CoapContentFormat::ImagePng;
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        cf = CoapContentFormat::ImageJpeg;
    else if (suffix == QLatin1String("gif"))
        cf = CoapContentFormat::ImageGif;
    else if (suffix == QLatin1String("xml"))
        cf = CoapContentFormat::Xml;
    else if (suffix == QLatin1String("bin"))
        cf = CoapContentFormat::OctetStream;
    setBytes(bytes, cf);
    return true;
}

void PayloadEditor::chooseFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Load payload"), QString(),
                                                          tr("All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!loadFile(fileName, &error)) {
        m_error->showMessage(error, InlineBanner::Kind::Error);
    }
}

void PayloadEditor::onInputFormatChanged()
{
    // Follow the input format with the usual Content-Format until the user picked one.
    if (!m_contentFormatTouched) {
        const int cf = PayloadRender::defaultContentFormat(inputFormat());
        if (cf >= 0 || inputFormat() == PayloadRender::InputFormat::Hex)
            setContentFormatInCombo(m_contentFormat, cf >= 0 ? cf : CoapContentFormat::OctetStream);
    }
    validateNow();
    emit changed();
}

PayloadRender::EncodeResult PayloadEditor::encoded() const
{
    return PayloadRender::encode(text(), inputFormat());
}

QString PayloadEditor::validationError() const
{
    const auto result = encoded();
    if (!result.ok())
        return result.error;
    if (contentFormat() == -2)
        return tr("The Content-Format \u201c%1\u201d is not a registered media type or a number 0 to 65535.")
            .arg(m_contentFormat->currentText());
    return {};
}

void PayloadEditor::validateNow()
{
    m_validateTimer->stop();
    const auto result = encoded();
    QString status;
    QString error;
    if (!result.ok())
        error = result.error;
    else if (contentFormat() == -2)
        error = validationError();
    else if (!text().isEmpty()) {
        switch (inputFormat()) {
        case PayloadRender::InputFormat::Json:
            status = tr("Valid JSON, %1.").arg(PayloadRender::size(result.bytes.size()));
            break;
        case PayloadRender::InputFormat::Cbor:
            status = tr("Valid, %1 of CBOR: %2").arg(PayloadRender::size(result.bytes.size()),
                                                    PayloadRender::hexBytes(result.bytes.left(24))
                                                        + (result.bytes.size() > 24 ? QStringLiteral(" …") : QString()));
            break;
        default:
            status = PayloadRender::size(result.bytes.size());
            break;
        }
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (error.isEmpty())
        m_error->clearMessage();
    else
        m_error->showMessage(error, InlineBanner::Kind::Error);
    if (!result.ok() && result.errorPosition >= 0) {
        m_edit->setToolTip(result.error);
    } else {
        m_edit->setToolTip(QString());
    }
}

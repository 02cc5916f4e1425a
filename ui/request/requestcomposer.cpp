#include "requestcomposer.h"

#include "errortext.h"
#include "optionstablemodel.h"
#include "payloadeditor.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

RequestComposer::RequestComposer(QWidget *parent, bool placeTargetInside)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_uri(new QComboBox(this))
    , m_uriBanner(new InlineBanner(this))
    , m_type(new QComboBox(this))
    , m_accept(new QComboBox(this))
    , m_blockSize(new QComboBox(this))
    , m_options(new OptionsTableModel(true, this))
    , m_optionsView(new QTableView(this))
    , m_addOption(new QPushButton(tr("&Add option"), this))
    , m_removeOption(new QPushButton(tr("Re&move"), this))
    , m_optionsBanner(new InlineBanner(this))
    , m_payload(new PayloadEditor(this))
    , m_payloadHint(new InlineBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("requestComposer"));
    const struct { quint8 code; const char *name; } methods[] = {
        {CoapCode::Get, "GET"}, {CoapCode::Post, "POST"}, {CoapCode::Put, "PUT"},
        {CoapCode::Delete, "DELETE"}, {CoapCode::Fetch, "FETCH"}, {CoapCode::Patch, "PATCH"},
        {CoapCode::IPatch, "iPATCH"},
    };
    for (const auto &m : methods)
        m_method->addItem(QString::fromLatin1(m.name), int(m.code)); // protocol words, not translated
    m_method->setToolTip(tr("Request method (Alt+M)"));
    m_method->setAccessibleName(tr("Method"));

    m_uri->setEditable(true);
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_uri->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_uri->setMinimumContentsLength(24);
    m_uri->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_uri->setAccessibleName(tr("URI"));
    m_uri->setToolTip(tr("The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)"));
    m_uri->lineEdit()->setPlaceholderText(tr("coap://192.168.1.20/sensors/temp"));
    m_uri->lineEdit()->setClearButtonEnabled(false);
    m_uri->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_uri->setCompleter(completer);
    m_uriErrorAction = m_uri->lineEdit()->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                                     QLineEdit::TrailingPosition);
    m_uriErrorAction->setVisible(false);
    connect(m_uriErrorAction, &QAction::triggered, this, [this] { m_uriBanner->setFocus(); });
    connect(m_uri->lineEdit(), &QLineEdit::returnPressed, this, &RequestComposer::sendRequested);
    connect(m_uri->lineEdit(), &QLineEdit::textEdited, this, [this] {
        // Once an error is shown, follow the typing so it disappears as soon as the URI is fixed.
        if (!m_uriBanner->isHidden())
            validateUri(false);
        emit changed();
    });

    m_type->addItem(tr("CON (confirmable)"), true);
    m_type->addItem(tr("NON (non-confirmable)"), false);
    m_type->setToolTip(tr("CON is retransmitted until the device acknowledges it; NON is sent once"));
    fillContentFormatCombo(m_accept, tr("(any)"));
    m_accept->setToolTip(tr("Accept: the content format you want the answer in"));
    for (int szx = 0; szx <= 6; ++szx)
        m_blockSize->addItem(tr("%1 bytes").arg(16 << szx), szx);
    m_blockSize->setCurrentIndex(6);
    m_blockSize->setToolTip(tr("Largest block for block-wise transfers (RFC 7959)"));

    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *acceptLabel = new QLabel(tr("Acce&pt:"), this);
    acceptLabel->setBuddy(m_accept);
    auto *blockLabel = new QLabel(tr("&Block size:"), this);
    blockLabel->setBuddy(m_blockSize);

    auto *paramRow = new QHBoxLayout;
    paramRow->setContentsMargins(0, 0, 0, 0);
    if (placeTargetInside) {
        auto *methodLabel = new QLabel(tr("&Method:"), this);
        methodLabel->setBuddy(m_method);
        auto *uriLabel = new QLabel(tr("&URI:"), this);
        uriLabel->setBuddy(m_uri);
        auto *targetRow = new QHBoxLayout;
        targetRow->addWidget(methodLabel);
        targetRow->addWidget(m_method);
        targetRow->addWidget(uriLabel);
        targetRow->addWidget(m_uri, 1);
        paramRow->addLayout(targetRow, 1);
    }
    paramRow->addWidget(typeLabel);
    paramRow->addWidget(m_type);
    paramRow->addSpacing(8);
    paramRow->addWidget(acceptLabel);
    paramRow->addWidget(m_accept);
    paramRow->addSpacing(8);
    paramRow->addWidget(blockLabel);
    paramRow->addWidget(m_blockSize);
    m_proxyNote = new QLabel(this);
    m_proxyNote->setObjectName(QStringLiteral("proxyNote"));
    m_proxyNote->setToolTip(tr("Requests to this device go through a forward proxy (Settings, or the device's "
                               "context menu in the tree)"));
    m_proxyNote->setVisible(false);
    paramRow->addSpacing(8);
    paramRow->addWidget(m_proxyNote);
    if (!placeTargetInside)
        paramRow->addStretch(1);

    m_optionsView->setModel(m_options);
    m_optionsView->setItemDelegate(new OptionsItemDelegate(m_optionsView));
    m_optionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_optionsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_optionsView->verticalHeader()->setVisible(false);
    m_optionsView->verticalHeader()->setDefaultSectionSize(m_optionsView->fontMetrics().height() + 8);
    m_optionsView->horizontalHeader()->setStretchLastSection(true);
    m_optionsView->horizontalHeader()->setSectionResizeMode(OptionsTableModel::NumberColumn, QHeaderView::ResizeToContents);
    m_optionsView->setColumnWidth(OptionsTableModel::NameColumn, 130);
    m_optionsView->setAccessibleName(tr("Request options"));
    m_optionsView->setToolTip(tr("Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query"));
    auto *optionsLabel = new QLabel(tr("&Options:"), this);
    optionsLabel->setBuddy(m_optionsView);
    m_addOption->setToolTip(tr("Add a row: type an option name such as ETag, or its number"));
    m_removeOption->setToolTip(tr("Remove the selected option rows"));
    connect(m_addOption, &QPushButton::clicked, this, &RequestComposer::addOptionRow);
    connect(m_removeOption, &QPushButton::clicked, this, &RequestComposer::removeSelectedOptions);
    connect(m_options, &QAbstractItemModel::dataChanged, this, &RequestComposer::updateHints);
    connect(m_options, &QAbstractItemModel::rowsRemoved, this, &RequestComposer::updateHints);
    connect(m_options, &QAbstractItemModel::rowsInserted, this, &RequestComposer::updateHints);
    connect(m_options, &QAbstractItemModel::modelReset, this, &RequestComposer::updateHints);

    auto *optionsPane = new QWidget(m_splitter);
    optionsPane->setMinimumWidth(240); // a name and a value must fit
    auto *optionsLayout = new QVBoxLayout(optionsPane);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *optionsHeader = new QHBoxLayout;
    optionsHeader->addWidget(optionsLabel);
    optionsHeader->addStretch(1);
    optionsHeader->addWidget(m_addOption);
    optionsHeader->addWidget(m_removeOption);
    optionsLayout->addLayout(optionsHeader);
    optionsLayout->addWidget(m_optionsView, 1);
    optionsLayout->addWidget(m_optionsBanner);

    auto *payloadPane = new QWidget(m_splitter);
    auto *payloadLayout = new QVBoxLayout(payloadPane);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addWidget(m_payload, 1);
    payloadLayout->addWidget(m_payloadHint);

    m_splitter->addWidget(optionsPane);
    m_splitter->addWidget(payloadPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_uriBanner);
    layout->addLayout(paramRow);
    layout->addWidget(m_splitter, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { updateHints(); emit changed(); });
    connect(m_payload, &PayloadEditor::changed, this, &RequestComposer::updateHints);
    updateHints();
}

void RequestComposer::setProxyNote(const QString &text)
{
    m_proxyNote->setText(text);
    m_proxyNote->setVisible(!text.isEmpty());
}

QString RequestComposer::proxyNote() const
{
    return m_proxyNote->text();
}

QLineEdit *RequestComposer::uriEdit() const
{
    return m_uri->lineEdit();
}

QString RequestComposer::uriText() const
{
    return m_uri->currentText();
}

void RequestComposer::setUriText(const QString &uri)
{
    m_uri->setEditText(uri);
    if (!m_uriBanner->isHidden())
        validateUri(false);
}

quint8 RequestComposer::method() const
{
    return quint8(m_method->currentData().toInt());
}

void RequestComposer::setMethod(quint8 code)
{
    const int index = m_method->findData(int(code));
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

bool RequestComposer::confirmable() const
{
    return m_type->currentData().toBool();
}

void RequestComposer::setConfirmable(bool confirmable)
{
    m_type->setCurrentIndex(confirmable ? 0 : 1);
}

int RequestComposer::blockSzx() const
{
    return m_blockSize->currentData().toInt();
}

void RequestComposer::setBlockSzx(int szx)
{
    m_blockSize->setCurrentIndex(qBound(0, szx, 6));
}

int RequestComposer::acceptFormat() const
{
    return contentFormatFromCombo(m_accept);
}

void RequestComposer::setAcceptFormat(int contentFormat)
{
    setContentFormatInCombo(m_accept, contentFormat);
}

bool RequestComposer::methodHasPayload(quint8 code)
{
    return code == CoapCode::Post || code == CoapCode::Put || code == CoapCode::Fetch
        || code == CoapCode::Patch || code == CoapCode::IPatch;
}

void RequestComposer::showUriError(const QString &text, qsizetype position, bool moveCursor)
{
    m_uriBanner->showMessage(tr("URI: %1").arg(text), InlineBanner::Kind::Error);
    m_uriErrorAction->setToolTip(text);
    m_uriErrorAction->setVisible(true);
    m_uri->setToolTip(text);
    // On sending, the cursor goes to the fault; while the user types it stays where it is.
    if (position >= 0 && moveCursor)
        m_uri->lineEdit()->setCursorPosition(int(position));
}

void RequestComposer::clearUriError()
{
    m_uriBanner->clearMessage();
    m_uriErrorAction->setVisible(false);
    m_uri->setToolTip(tr("The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)"));
}

QString RequestComposer::uriErrorText() const
{
    return m_uriBanner->text();
}

QString RequestComposer::withDefaultScheme(const QString &uriText)
{
    const QString text = uriText.trimmed();
    if (text.isEmpty() || text.contains(QLatin1String("://")))
        return text;
    return QStringLiteral("coap://") + text;
}

std::optional<CoapUri> RequestComposer::currentUri() const
{
    const CoapUriParseResult parsed = CoapUri::parse(withDefaultScheme(uriText()));
    if (!parsed.ok() || parsed.uri.secure())
        return std::nullopt;
    return parsed.uri;
}

std::optional<CoapUri> RequestComposer::validateUri(bool moveCursor)
{
    const QString typed = uriText();
    // "127.0.0.1:5683/led" means coap://127.0.0.1:5683/led: the scheme is what people leave out.
    const QString text = withDefaultScheme(typed);
    const int shift = int(text.size() - typed.size());
    const CoapUriParseResult parsed = CoapUri::parse(text);
    if (!parsed.ok()) {
        const int position = parsed.errorPosition < 0 ? parsed.errorPosition : qMax(0, parsed.errorPosition - shift);
        showUriError(ErrorText::uriError(parsed.error, position, typed), position, moveCursor);
        return std::nullopt;
    }
    clearUriError();
    return parsed.uri;
}

std::optional<CoapRequest> RequestComposer::buildRequest(bool observe, CoapUri *uriOut)
{
    const std::optional<CoapUri> uri = validateUri();
    if (!uri) {
        m_uri->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    if (!m_options->isValid()) {
        m_optionsBanner->showMessage(m_options->firstError(), InlineBanner::Kind::Error);
        m_optionsView->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    const quint8 code = method();
    QByteArray payload;
    if (methodHasPayload(code)) {
        const QString error = m_payload->validationError();
        if (!error.isEmpty()) {
            m_payload->textEdit()->setFocus(Qt::OtherFocusReason);
            return std::nullopt; // the editor shows the error in place
        }
        payload = m_payload->encoded().bytes;
    }

    CoapRequest request;
    request.confirmable = confirmable();
    request.message = CoapMessage(request.confirmable ? CoapType::Confirmable : CoapType::NonConfirmable, code);
    for (const CoapOption &option : uri->toOptions())
        request.message.addOption(option);
    for (const CoapOption &option : m_options->options())
        request.message.addOption(option);
    if (methodHasPayload(code)) {
        request.message.setPayload(payload);
        const int cf = m_payload->contentFormat();
        if (cf >= 0 && !request.message.hasOption(CoapOptionNumber::ContentFormat)
            && (!payload.isEmpty() || code == CoapCode::Fetch))
            request.message.setUintOption(CoapOptionNumber::ContentFormat, quint64(cf));
    }
    const int accept = acceptFormat();
    if (accept >= 0 && !request.message.hasOption(CoapOptionNumber::Accept))
        request.message.setUintOption(CoapOptionNumber::Accept, quint64(accept));
    // RFC 7252 §6.4 step 5: an IP literal is the destination itself; a name is resolved first.
    if (uri->isIpLiteral()) {
        request.endpoint = uri->endpoint();
    } else {
        request.hostName = uri->host();
        request.port = uri->port();
    }
    request.observe = observe && (code == CoapCode::Get || code == CoapCode::Fetch);
    request.blockSzx = blockSzx();
    m_optionsBanner->clearMessage();
    if (uriOut)
        *uriOut = *uri;
    return request;
}

void RequestComposer::setHistory(const QStringList &uris)
{
    const QString current = uriText();
    const int cursor = m_uri->lineEdit()->cursorPosition();
    m_uri->blockSignals(true);
    m_uri->clear();
    m_uri->addItems(uris);
    m_uri->setCurrentIndex(-1);
    m_uri->setEditText(current);
    m_uri->lineEdit()->setCursorPosition(cursor);
    m_uri->blockSignals(false);
    if (auto *model = qobject_cast<QStringListModel *>(m_uri->completer()->model()))
        model->setStringList(uris);
}

QStringList RequestComposer::history() const
{
    QStringList list;
    for (int i = 0; i < m_uri->count(); ++i)
        list << m_uri->itemText(i);
    return list;
}

QByteArray RequestComposer::saveState() const
{
    return m_splitter->saveState();
}

void RequestComposer::restoreState(const QByteArray &state)
{
    if (state.isEmpty() || !m_splitter->restoreState(state)) {
        // Options need room for a name and a value; the payload takes the rest.
        const int w = qMax(600, m_splitter->width());
        m_splitter->setSizes({w * 2 / 5, w * 3 / 5});
    }
}

void RequestComposer::addOptionRow()
{
    const int row = m_options->addOption();
    const QModelIndex index = m_options->index(row, OptionsTableModel::NameColumn);
    m_optionsView->setCurrentIndex(index);
    m_optionsView->setFocus(Qt::OtherFocusReason);
    m_optionsView->edit(index);
}

void RequestComposer::removeSelectedOptions()
{
    QList<int> rows;
    for (const QModelIndex &index : m_optionsView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_optionsView->currentIndex().isValid())
        rows << m_optionsView->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_options->removeRow(row);
}

void RequestComposer::updateHints()
{
    // Option problems are shown as soon as they exist, not only when sending.
    const QString optionError = m_options->firstError();
    if (optionError.isEmpty())
        m_optionsBanner->clearMessage();
    else
        m_optionsBanner->showMessage(optionError, InlineBanner::Kind::Warning);

    const quint8 code = method();
    if (!methodHasPayload(code) && !m_payload->text().isEmpty()) {
        m_payloadHint->showMessage(tr("%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH "
                                      "to send it.").arg(m_method->currentText()),
                                   InlineBanner::Kind::Information);
    } else {
        m_payloadHint->clearMessage();
    }
}

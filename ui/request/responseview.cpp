#include "responseview.h"

#include "optionstablemodel.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *makeTextPane(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

QTreeWidget *makeTree(QWidget *parent, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString suffixFor(int cf)
{
    if (PayloadRender::isJsonFormat(cf))
        return QStringLiteral("json");
    if (PayloadRender::isCborFormat(cf))
        return QStringLiteral("cbor");
    switch (cf) {
    case CoapContentFormat::TextPlain: return QStringLiteral("txt");
    case CoapContentFormat::LinkFormat: return QStringLiteral("txt");
    case CoapContentFormat::ImagePng: return QStringLiteral("png");
    case CoapContentFormat::ImageJpeg: return QStringLiteral("jpg");
    case CoapContentFormat::ImageGif: return QStringLiteral("gif");
    case CoapContentFormat::Xml: return QStringLiteral("xml");
    default: break;
    }
    return QStringLiteral("bin");
}
} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_header(new QWidget(this))
    , m_badge(new QLabel(m_header))
    , m_meaning(new QLabel(m_header))
    , m_details(new QLabel(this))
    , m_observation(new QLabel(m_header))
    , m_saveButton(new QPushButton(tr("&Save payload…"), m_header))
    , m_banner(new InlineBanner(this))
    , m_progress(new QProgressBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_options(new OptionsTableModel(false, this))
    , m_optionsView(new QTableView(m_splitter))
    , m_payloadBanner(new InlineBanner(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("responseView"));
    m_placeholder->setText(tr("Send a request with Ctrl+Return to see the answer here."));
    m_placeholder->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_badge->setAutoFillBackground(true);
    m_badge->setMargin(3);
    m_badge->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont bold = m_meaning->font();
    bold.setBold(true);
    m_meaning->setFont(bold);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_observation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setEnabled(false);
    m_saveButton->setToolTip(tr("Save the payload bytes to a file (Ctrl+S)"));
    connect(m_saveButton, &QPushButton::clicked, this, &ResponseView::savePayload);

    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_badge);
    headerLayout->addWidget(m_meaning);
    headerLayout->addWidget(m_observation);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_saveButton);

    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() + 6);

    m_optionsView->setModel(m_options);
    m_optionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_optionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_optionsView->verticalHeader()->setVisible(false);
    m_optionsView->verticalHeader()->setDefaultSectionSize(m_optionsView->fontMetrics().height() + 6);
    m_optionsView->horizontalHeader()->setStretchLastSection(true);
    m_optionsView->horizontalHeader()->setSectionResizeMode(OptionsTableModel::NumberColumn, QHeaderView::ResizeToContents);
    m_optionsView->setColumnWidth(OptionsTableModel::NameColumn, 130);
    m_optionsView->setAccessibleName(tr("Response options"));

    // Payload tabs, in the order of PayloadRender::View.
    m_text = makeTextPane(m_tabs);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *jsonSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_jsonText = makeTextPane(jsonSplit);
    m_jsonTree = makeTree(jsonSplit, {tr("Key"), tr("Value"), tr("Type")});
    auto *cborSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_cborText = makeTextPane(cborSplit);
    m_cborTree = makeTree(cborSplit, {tr("Key"), tr("Value"), tr("Type")});
    m_linkTable = makeTree(m_tabs, {tr("Target"), tr("Resource type"), tr("Interface"), tr("Content formats"),
                                    tr("Observable"), tr("Title"), tr("Size"), tr("Other attributes")});
    m_linkTable->setRootIsDecorated(false);
    m_linkTable->setSortingEnabled(true);
    m_linkTable->sortByColumn(-1, Qt::AscendingOrder);
    m_linkTable->setToolTip(tr("Double-click a link (or press Enter) to open its URI in the request"));
    connect(m_linkTable, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString uri = item->data(0, Qt::UserRole).toString();
        if (!uri.isEmpty())
            emit openUriRequested(uri);
    });
    m_senmlTable = makeTree(m_tabs, {tr("Name"), tr("Time (UTC)"), tr("Value"), tr("Unit")});
    m_senmlTable->setRootIsDecorated(false);
    m_imageArea = new QScrollArea(m_tabs);
    m_image = new QLabel(m_imageArea);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_hex = makeTextPane(m_tabs);

    m_tabs->addTab(m_text, tr("Te&xt"));
    m_tabs->addTab(jsonSplit, tr("&JSON"));
    m_tabs->addTab(cborSplit, tr("&CBOR"));
    m_tabs->addTab(m_linkTable, tr("L&ink"));
    m_tabs->addTab(m_senmlTable, tr("SenML"));
    m_tabs->addTab(m_imageArea, tr("Ima&ge"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->setDocumentMode(true);

    auto *payloadPane = new QWidget(m_splitter);
    auto *payloadLayout = new QVBoxLayout(payloadPane);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addWidget(m_payloadBanner);
    payloadLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(m_optionsView);
    m_splitter->addWidget(payloadPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({90, 400});
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_header);
    layout->addWidget(m_details);
    layout->addWidget(m_banner);
    // A pending request: its state (retransmissions, block progress) and a Cancel beside it.
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPendingButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for this answer (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ResponseView::cancelRequested);
    auto *progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    layout->addWidget(m_splitter, 1);
    clear();
}

void ResponseView::clear()
{
    m_hasResponse = false;
    m_response = CoapMessage();
    m_context = ResponseContext();
    m_lastContentFormat = -3;
    m_placeholder->setVisible(true);
    m_header->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
    m_observation->clear();
    m_banner->clearMessage();
    m_payloadBanner->clearMessage();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_options->setOptions({});
    m_text->clear();
    m_jsonText->clear();
    m_jsonTree->clear();
    m_cborText->clear();
    m_cborTree->clear();
    m_linkTable->clear();
    m_senmlTable->clear();
    m_image->clear();
    m_hex->clear();
    for (int i = 1; i < m_tabs->count() - 1; ++i)
        m_tabs->setTabEnabled(i, false);
    m_saveButton->setEnabled(false);
    emit payloadAvailable(false);
}

void ResponseView::showPending(const QString &description)
{
    clear();
    m_placeholder->setText(description);
    m_progress->setRange(0, 0); // busy until the first answer or progress
    m_progress->setFormat(QString());
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
}

QString ResponseView::pendingText() const
{
    return m_hasResponse || !m_placeholder->isVisibleTo(const_cast<ResponseView *>(this)) ? QString()
                                                                                          : m_placeholder->text();
}

void ResponseView::setBadge(const QString &text, ResponseClass cls)
{
    // Fixed colours on purpose: white on a dark saturated background reads in light and dark
    // themes alike, and the word next to it carries the meaning without the colour.
    QColor background;
    switch (cls) {
    case ResponseClass::Success: background = QColor(0x2e, 0x7d, 0x32); break;
    case ResponseClass::ClientError: background = QColor(0xa8, 0x5a, 0x00); break;
    case ResponseClass::ServerError: background = QColor(0xc6, 0x28, 0x28); break;
    case ResponseClass::NetworkProblem: background = QColor(0x6a, 0x1b, 0x9a); break;
    case ResponseClass::Other: background = QColor(0x45, 0x5a, 0x64); break;
    }
    QPalette pal = m_badge->palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, Qt::white);
    m_badge->setPalette(pal);
    m_badge->setText(text);
}

void ResponseView::showResponse(const CoapMessage &response, const ResponseContext &context)
{
    const bool keepTab = m_hasResponse && context.notifications > 1;
    m_hasResponse = true;
    m_response = response;
    m_context = context;
    m_placeholder->setVisible(false);
    m_header->setVisible(true);
    m_details->setVisible(true);
    if (m_progress->maximum() == 0) // the busy indicator; a real transfer keeps its bar
        m_progress->setVisible(false);
    m_cancelButton->setVisible(m_progress->isVisibleTo(this) && context.notifications == 0);

    const quint8 code = response.code();
    const ResponseClass cls = ErrorText::responseClass(code);
    setBadge(CoapCode::toString(code), cls);
    QString meaning = ErrorText::codeMeaning(code);
    if (meaning.isEmpty())
        meaning = tr("Unregistered code");
    m_meaning->setText(tr("%1 \u00b7 %2").arg(meaning, ErrorText::responseClassWord(cls)));

    QStringList details;
    details << coapTypeName(response.type());
    if (context.rttMs >= 0 && context.notifications <= 1)
        details << tr("%1 ms").arg(QLocale().toString(context.rttMs, 'f', context.rttMs < 10 ? 1 : 0));
    details << tr("MID %1").arg(response.messageId());
    details << (response.token().isEmpty() ? tr("no token")
                                           : tr("token %1").arg(QString::fromLatin1(response.token().toHex())));
    details << PayloadRender::size(response.payload().size());
    if (!context.from.isNull() && !context.proxy.isEmpty())
        //: %1 the forward proxy's address, %2 the device's URI it answered for
        details << tr("from %1, the proxy for %2").arg(context.from.toString(), context.uri);
    else if (!context.from.isNull())
        details << tr("from %1").arg(context.from.toString());
    if (!context.security.isEmpty())
        details << context.security;
    if (context.retransmissions > 0)
        details << (context.retransmissions == 1 ? tr("%n retransmission", nullptr, 1)
                                                 : tr("%n retransmissions", nullptr, context.retransmissions));
    details << QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    m_details->setText(details.join(QStringLiteral(" \u00b7 ")));
    m_details->setToolTip(response.summary());

    if (context.notifications > 0) {
        const auto seq = response.uintOption(CoapOptionNumber::Observe);
        m_observation->setText(seq ? tr("\u00b7 notification %1 (Observe %2)").arg(context.notifications).arg(*seq)
                                   : tr("\u00b7 notification %1").arg(context.notifications));
    } else {
        m_observation->clear();
    }

    if (cls == ResponseClass::Success)
        m_banner->clearMessage();
    else
        m_banner->showMessage(!context.proxy.isEmpty() && !ErrorText::proxyResponseSentence(code, context.proxy, context.uri).isEmpty()
                                  ? ErrorText::proxyResponseSentence(code, context.proxy, context.uri)
                                  : ErrorText::responseSentence(code, context.path, context.method),
                              cls == ResponseClass::ServerError || cls == ResponseClass::ClientError
                                  ? InlineBanner::Kind::Error : InlineBanner::Kind::Warning);

    m_options->setOptions(response.options());
    renderPayload(response, context, keepTab);
    m_saveButton->setEnabled(!response.payload().isEmpty());
    emit payloadAvailable(!response.payload().isEmpty());
}

void ResponseView::showFailure(const QString &sentence, ResponseClass cls)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_placeholder->setVisible(false);
    m_header->setVisible(true);
    if (!m_hasResponse) {
        setBadge(cls == ResponseClass::NetworkProblem ? tr("no answer") : tr("failed"), cls);
        m_meaning->setText(ErrorText::responseClassWord(cls));
        m_details->setVisible(false);
    }
    m_banner->showMessage(sentence, InlineBanner::Kind::Error);
}

void ResponseView::setProgress(qint64 done, qint64 total)
{
    if (total == done && total >= 0) {
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        return;
    }
    m_progress->setVisible(true);
    if (total > 0) {
        // The bar says it all: "waiting for an answer…" would contradict it.
        if (!m_hasResponse)
            m_placeholder->setVisible(false);
        // QProgressBar takes int; scale large bodies to permille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
        m_progress->setFormat(tr("%1 of %2").arg(PayloadRender::size(done), PayloadRender::size(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 received").arg(PayloadRender::size(done)));
    }
}

void ResponseView::setObservationState(const QString &text)
{
    m_observation->setText(text.isEmpty() ? QString() : QStringLiteral("\u00b7 ") + text);
}

QTreeWidgetItem *ResponseView::makeTreeItem(const PayloadRender::TreeNode &node)
{
    auto *item = new QTreeWidgetItem({node.key, node.value, node.type});
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    item->setFont(1, mono);
    item->setToolTip(1, node.value.left(2000));
    fillTree(item, node);
    return item;
}

void ResponseView::fillTree(QTreeWidgetItem *parent, const PayloadRender::TreeNode &node)
{
    for (const PayloadRender::TreeNode &child : node.children)
        parent->addChild(makeTreeItem(child));
}

void ResponseView::renderPayload(const CoapMessage &response, const ResponseContext &context, bool keepTab)
{
    using View = PayloadRender::View;
    const QByteArray payload = response.payload();
    const int cf = response.contentFormat().value_or(-1);
    const QString cfName = cf < 0 ? QString() : coapContentFormatName(cf);
    const QString declared = cf < 0 ? QString() : (cfName.isEmpty() ? QString::number(cf) : cfName);
    QString parseError;

    const auto text = PayloadRender::text(payload);
    m_text->setPlainText(text.text);
    m_hex->setPlainText(PayloadRender::hexDump(payload));

    // JSON
    const auto json = PayloadRender::json(payload);
    const bool jsonDeclared = PayloadRender::isJsonFormat(cf);
    m_jsonText->setPlainText(json.ok ? json.pretty : QString());
    m_jsonTree->clear();
    if (json.ok && !payload.isEmpty()) {
        auto *root = makeTreeItem(json.tree);
        root->setText(0, tr("(root)"));
        m_jsonTree->addTopLevelItem(root);
        root->setExpanded(true);
        if (json.tree.count() < 200)
            m_jsonTree->expandAll();
        m_jsonTree->resizeColumnToContents(0);
    }
    if (jsonDeclared && !json.ok)
        parseError = json.error;
    m_tabs->setTabEnabled(int(View::Json), json.ok && !payload.isEmpty());

    // CBOR: only when declared, or when nothing is declared and the bytes are not text.
    const bool cborDeclared = PayloadRender::isCborFormat(cf);
    const bool tryCbor = cborDeclared || ((cf < 0 || cf == CoapContentFormat::OctetStream) && !text.validUtf8);
    m_cborTree->clear();
    m_cborText->clear();
    bool cborOk = false;
    if (tryCbor && !payload.isEmpty()) {
        const auto cbor = PayloadRender::cbor(payload);
        cborOk = cbor.ok;
        m_cborText->setPlainText(cbor.diagnostic);
        if (cbor.ok) {
            auto *root = makeTreeItem(cbor.tree);
            root->setText(0, tr("(root)"));
            m_cborTree->addTopLevelItem(root);
            if (cbor.tree.count() < 200)
                m_cborTree->expandAll();
            m_cborTree->resizeColumnToContents(0);
        } else if (cborDeclared) {
            parseError = cbor.error;
        }
    }
    m_tabs->setTabEnabled(int(View::Cbor), cborOk);

    // Link format
    m_linkTable->clear();
    const bool linkDeclared = cf == CoapContentFormat::LinkFormat;
    bool linksOk = false;
    if (linkDeclared || (cf < 0 && payload.startsWith('<'))) {
        const auto links = PayloadRender::links(payload, context.linkBase);
        linksOk = !links.rows.isEmpty();
        m_linkTable->setSortingEnabled(false);
        for (const auto &row : links.rows) {
            auto *item = new QTreeWidgetItem({row.target, row.resourceTypes, row.interfaces, row.contentFormats,
                                              row.observable ? tr("yes") : QString(), row.title, row.size, row.other});
            item->setData(0, Qt::UserRole, row.uri);
            item->setToolTip(0, row.uri.isEmpty() ? row.target : tr("Double-click to open %1").arg(row.uri));
            m_linkTable->addTopLevelItem(item);
        }
        m_linkTable->setSortingEnabled(true);
        for (int c = 0; c < m_linkTable->columnCount() - 1; ++c)
            m_linkTable->resizeColumnToContents(c);
        if (linkDeclared && !links.ok)
            parseError = links.error;
    }
    m_tabs->setTabEnabled(int(View::Link), linksOk);

    // SenML
    m_senmlTable->clear();
    bool senmlOk = false;
    const bool senmlDeclared = PayloadRender::isSenmlFormat(cf);
    if (senmlDeclared || ((cf < 0 || jsonDeclared) && json.ok && payload.trimmed().startsWith('['))) {
        const auto senml = PayloadRender::senml(payload, senmlDeclared ? cf : CoapContentFormat::SenmlJson,
                                                double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
        senmlOk = senml.ok;
        for (const auto &row : senml.rows)
            m_senmlTable->addTopLevelItem(new QTreeWidgetItem({row.name, row.time, row.value, row.unit}));
        for (int c = 0; c < m_senmlTable->columnCount() - 1; ++c)
            m_senmlTable->resizeColumnToContents(c);
        if (senmlDeclared && !senml.ok)
            parseError = senml.error;
    }
    m_tabs->setTabEnabled(int(View::Senml), senmlOk);

    // Image
    const QString imageFormat = PayloadRender::imageFormat(cf, payload);
    bool imageOk = false;
    if (!imageFormat.isEmpty()) {
        QImage image;
        imageOk = image.loadFromData(payload, imageFormat.toLatin1().constData());
        m_image->setPixmap(imageOk ? QPixmap::fromImage(image) : QPixmap());
        if (!imageOk && (cf == CoapContentFormat::ImagePng || cf == CoapContentFormat::ImageJpeg
                         || cf == CoapContentFormat::ImageGif))
            parseError = tr("The image data could not be decoded as %1.").arg(imageFormat);
    } else {
        m_image->clear();
    }
    m_tabs->setTabEnabled(int(View::Image), imageOk);

    if (!parseError.isEmpty()) {
        m_payloadBanner->showMessage(tr("The payload is declared as %1 but does not parse; it is shown as text "
                                        "and hex. %2").arg(declared, parseError),
                                     InlineBanner::Kind::Warning);
    } else if (!text.validUtf8 && cf == CoapContentFormat::TextPlain) {
        m_payloadBanner->showMessage(tr("The payload is declared as text but is not valid UTF-8; see the Hex tab."),
                                     InlineBanner::Kind::Warning);
    } else {
        m_payloadBanner->clearMessage();
    }

    if (keepTab && m_tabs->isTabEnabled(m_tabs->currentIndex()) && cf == m_lastContentFormat)
        return;
    m_lastContentFormat = cf;
    View view = parseError.isEmpty() ? PayloadRender::preferredView(cf, payload) : View::Text;
    if (!m_tabs->isTabEnabled(int(view)))
        view = text.validUtf8 ? View::Text : View::Hex;
    m_tabs->setCurrentIndex(int(view));
}

QString ResponseView::codeText() const
{
    return m_hasResponse ? CoapCode::toString(m_response.code()) : QString();
}

QString ResponseView::headerText() const
{
    if (m_header->isHidden())
        return {};
    QString text = m_badge->text() + QLatin1Char(' ') + m_meaning->text();
    if (!m_observation->text().isEmpty())
        text += QLatin1Char(' ') + m_observation->text();
    return text;
}

QString ResponseView::detailText() const
{
    return m_details->text();
}

QString ResponseView::bannerText() const
{
    return m_banner->text();
}

QString ResponseView::payloadBannerText() const
{
    return m_payloadBanner->text();
}

PayloadRender::View ResponseView::currentView() const
{
    return PayloadRender::View(m_tabs->currentIndex());
}

bool ResponseView::isViewEnabled(PayloadRender::View view) const
{
    return m_tabs->isTabEnabled(int(view));
}

void ResponseView::setCurrentView(PayloadRender::View view)
{
    if (m_tabs->isTabEnabled(int(view)))
        m_tabs->setCurrentIndex(int(view));
}

QString ResponseView::viewText(PayloadRender::View view) const
{
    switch (view) {
    case PayloadRender::View::Text: return m_text->toPlainText();
    case PayloadRender::View::Json: return m_jsonText->toPlainText();
    case PayloadRender::View::Cbor: return m_cborText->toPlainText();
    case PayloadRender::View::Hex: return m_hex->toPlainText();
    case PayloadRender::View::Link: {
        QStringList rows;
        for (int i = 0; i < m_linkTable->topLevelItemCount(); ++i)
            rows << m_linkTable->topLevelItem(i)->text(0);
        return rows.join(QLatin1Char('\n'));
    }
    case PayloadRender::View::Senml: {
        QStringList rows;
        for (int i = 0; i < m_senmlTable->topLevelItemCount(); ++i) {
            const auto *item = m_senmlTable->topLevelItem(i);
            rows << QStringLiteral("%1 %2 %3").arg(item->text(0), item->text(2), item->text(3));
        }
        return rows.join(QLatin1Char('\n'));
    }
    case PayloadRender::View::Image: break;
    }
    return {};
}

bool ResponseView::savePayloadTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_response.payload()) != m_response.payload().size()
        || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
        return false;
    }
    return true;
}

void ResponseView::savePayload()
{
    if (!m_hasResponse || m_response.payload().isEmpty())
        return;
    const int cf = m_response.contentFormat().value_or(-1);
    QString base = m_context.path.section(QLatin1Char('/'), -1);
    if (base.isEmpty())
        base = QStringLiteral("payload");
    const QString suggested = base + QLatin1Char('.') + suffixFor(cf);
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save payload"), suggested);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!savePayloadTo(fileName, &error))
        m_payloadBanner->showMessage(error, InlineBanner::Kind::Error);
}

QByteArray ResponseView::saveState() const
{
    return m_splitter->saveState();
}

void ResponseView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

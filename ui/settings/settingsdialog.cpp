#include "settingsdialog.h"

#include "coapclient.h"
#include "errortext.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ackTimeout(new QSpinBox(this))
    , m_ackRandomFactor(new QDoubleSpinBox(this))
    , m_maxRetransmit(new QSpinBox(this))
    , m_nstart(new QSpinBox(this))
    , m_leisure(new QSpinBox(this))
    , m_maxLatency(new QSpinBox(this))
    , m_derived(new QLabel(this))
    , m_blockSize(new QComboBox(this))
    , m_tokenLength(new QSpinBox(this))
    , m_blockRetries(new QSpinBox(this))
    , m_proxy(new QLineEdit(this))
    , m_proxySchemeOptions(new QCheckBox(tr("Name the device with Proxy-&Scheme and Uri-* options instead of Proxy-Uri"), this))
    , m_groups(new QPlainTextEdit(this))
    , m_interfaces(new QListWidget(this))
    , m_discoveryWait(new QSpinBox(this))
    , m_discoverOnStart(new QCheckBox(tr("Discover &automatically when the window opens"), this))
    , m_resumeObservations(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_banner(new InlineBanner(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    // Names for tests and for style sheets of the host desktop.
    m_ackTimeout->setObjectName(QStringLiteral("ackTimeout"));
    m_ackRandomFactor->setObjectName(QStringLiteral("ackRandomFactor"));
    m_maxRetransmit->setObjectName(QStringLiteral("maxRetransmit"));
    m_groups->setObjectName(QStringLiteral("discoveryGroups"));
    m_language->setObjectName(QStringLiteral("language"));

    // RFC 7252 §4.8 names are kept next to the words: technicians look them up.
    m_ackTimeout->setRange(CoapTransmissionParameters::kMinUserAckTimeoutMs, CoapTransmissionParameters::kMaxUserAckTimeoutMs);
    m_ackTimeout->setSingleStep(100);
    m_ackTimeout->setSuffix(tr(" ms"));
    m_ackRandomFactor->setRange(1.0, 4.0);
    m_ackRandomFactor->setSingleStep(0.1);
    m_ackRandomFactor->setDecimals(2);
    m_maxRetransmit->setRange(0, CoapTransmissionParameters::kMaxMaxRetransmit);
    m_nstart->setRange(1, 16);
    m_leisure->setRange(0, 600000);
    m_leisure->setSingleStep(500);
    m_leisure->setSuffix(tr(" ms"));
    m_maxLatency->setRange(1000, 600000);
    m_maxLatency->setSingleStep(1000);
    m_maxLatency->setSuffix(tr(" ms"));
    m_derived->setWordWrap(true);
    auto *transmission = new QWidget(this);
    auto *tf = new QFormLayout(transmission);
    tf->addRow(tr("Acknowledgement &timeout (ACK_TIMEOUT):"), m_ackTimeout);
    tf->addRow(tr("&Random factor (ACK_RANDOM_FACTOR):"), m_ackRandomFactor);
    tf->addRow(tr("Re&transmissions (MAX_RETRANSMIT):"), m_maxRetransmit);
    tf->addRow(tr("&Outstanding requests per device (NSTART):"), m_nstart);
    tf->addRow(tr("Multicast &leisure (DEFAULT_LEISURE):"), m_leisure);
    tf->addRow(tr("&Maximum latency (MAX_LATENCY):"), m_maxLatency);
    tf->addRow(m_derived);

    for (int szx = 0; szx <= 6; ++szx)
        m_blockSize->addItem(tr("%1 bytes").arg(16 << szx), szx);
    m_tokenLength->setRange(0, 8);
    m_tokenLength->setSuffix(tr(" bytes"));
    auto *requests = new QWidget(this);
    auto *rf = new QFormLayout(requests);
    rf->addRow(tr("Default &block size:"), m_blockSize);
    rf->addRow(tr("To&ken length:"), m_tokenLength);
    m_blockRetries->setObjectName(QStringLiteral("blockRetries"));
    m_blockRetries->setRange(0, CoapClient::kMaxBlockRetries);
    m_blockRetries->setToolTip(tr("When the exchange of one block of a block-wise transfer gets no answer after "
                                  "its retransmissions, try that block again in a new exchange, this many times "
                                  "in a row, so that one lost exchange on a lossy link does not end the transfer. "
                                  "0 ends the transfer at the first lost exchange."));
    rf->addRow(tr("Block retr&ies:"), m_blockRetries);
    // RFC 7252 §5.7.2: a forward proxy for every request; a device's own (tree context menu) wins.
    m_proxy->setObjectName(QStringLiteral("proxyUri"));
    m_proxy->setPlaceholderText(tr("coap://host:port (empty: send directly)"));
    m_proxy->setToolTip(tr("Send every request to this CoAP forward proxy, which passes it on to the device. "
                           "A device can have a proxy of its own: right-click it in the tree."));
    m_proxySchemeOptions->setObjectName(QStringLiteral("proxySchemeOptions"));
    rf->addRow(tr("Forward &proxy:"), m_proxy);
    rf->addRow(m_proxySchemeOptions);

    m_groups->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_groups->setTabChangesFocus(true);
    m_groups->setToolTip(tr("One multicast address per line, e.g. 224.0.1.187 or ff02::fd"));
    m_discoveryWait->setRange(1, 120);
    m_discoveryWait->setSuffix(tr(" s"));
    m_interfaces->setToolTip(tr("Ask on the checked interfaces only; none checked means all of them"));
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::CanMulticast) || !(iface.flags() & QNetworkInterface::IsUp))
            continue;
        auto *item = new QListWidgetItem(iface.humanReadableName(), m_interfaces);
        item->setData(Qt::UserRole, iface.name());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *discovery = new QWidget(this);
    auto *df = new QFormLayout(discovery);
    df->addRow(tr("Multicast &groups:"), m_groups);
    df->addRow(tr("&Interfaces:"), m_interfaces);
    df->addRow(tr("&Listen for answers:"), m_discoveryWait);
    df->addRow(m_discoverOnStart);
    m_resumeObservations->setObjectName(QStringLiteral("resumeObservations"));
    m_resumeObservations->addItem(tr("Ask first"), int(Settings::ResumeObservations::Ask));
    m_resumeObservations->addItem(tr("Always"), int(Settings::ResumeObservations::Always));
    m_resumeObservations->addItem(tr("Never"), int(Settings::ResumeObservations::Never));
    m_resumeObservations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    df->addRow(tr("&Resume last run’s observations:"), m_resumeObservations);

    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : availableLanguages()) {
        if (name == QLatin1String("en"))
            continue;
        const QLocale locale(name);
        m_language->addItem(locale.nativeLanguageName().isEmpty() ? name : locale.nativeLanguageName(), name);
    }
    auto *language = new QWidget(this);
    auto *lf = new QFormLayout(language);
    lf->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("The window changes to the new language at once; the message log starts empty."), this);
    restartNote->setWordWrap(true);
    lf->addRow(restartNote);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(transmission, tr("Tra&nsmission"));
    tabs->addTab(requests, tr("Re&quests"));
    tabs->addTab(discovery, tr("&Discovery"));
    tabs->addTab(language, tr("Lan&guage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked,
            this, &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_ackTimeout, m_maxRetransmit})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::updateDerived);
    connect(m_ackRandomFactor, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateDerived);
    load();
}

QStringList SettingsDialog::availableLanguages()
{
    QStringList names;
    const QStringList dirs = {QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/../share/coap-explorer/translations")};
    for (const QString &dir : dirs) {
        for (const QString &file : QDir(dir).entryList({QStringLiteral("coap-explorer_*.qm")}, QDir::Files)) {
            const QString name = file.mid(14, file.size() - 14 - 3); // "coap-explorer_" … ".qm"
            if (!names.contains(name))
                names << name;
        }
    }
    names.sort();
    return names;
}

void SettingsDialog::load()
{
    const CoapTransmissionParameters p = m_settings->transmissionParameters();
    m_ackTimeout->setValue(int(p.ackTimeoutMs));
    m_ackRandomFactor->setValue(p.ackRandomFactor);
    m_maxRetransmit->setValue(p.maxRetransmit);
    m_nstart->setValue(p.nstart);
    m_leisure->setValue(int(p.defaultLeisureMs));
    m_maxLatency->setValue(int(p.maxLatencyMs));
    m_blockSize->setCurrentIndex(m_settings->blockSzx());
    m_tokenLength->setValue(m_settings->tokenLength());
    m_blockRetries->setValue(m_settings->blockRetries());
    m_proxy->setText(m_settings->proxyUri());
    m_proxySchemeOptions->setChecked(m_settings->proxySchemeOptions());
    m_groups->setPlainText(m_settings->discoveryGroups().join(QLatin1Char('\n')));
    const QStringList chosen = m_settings->discoveryInterfaces();
    for (int i = 0; i < m_interfaces->count(); ++i) {
        auto *item = m_interfaces->item(i);
        item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_discoveryWait->setValue(qMax(1, m_settings->discoveryWaitMs() / 1000));
    m_discoverOnStart->setChecked(m_settings->discoverOnStart());
    m_resumeObservations->setCurrentIndex(m_resumeObservations->findData(int(m_settings->resumeObservations())));
    const int language = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    updateDerived();
}

void SettingsDialog::restoreDefaults()
{
    const CoapTransmissionParameters p;
    m_ackTimeout->setValue(int(p.ackTimeoutMs));
    m_ackRandomFactor->setValue(p.ackRandomFactor);
    m_maxRetransmit->setValue(p.maxRetransmit);
    m_nstart->setValue(p.nstart);
    m_leisure->setValue(int(p.defaultLeisureMs));
    m_maxLatency->setValue(int(p.maxLatencyMs));
    m_blockSize->setCurrentIndex(6);
    m_tokenLength->setValue(4);
    m_blockRetries->setValue(CoapClient::kDefaultBlockRetries);
    m_proxy->clear();
    m_proxySchemeOptions->setChecked(false);
    m_groups->setPlainText(Settings::defaultDiscoveryGroups().join(QLatin1Char('\n')));
    for (int i = 0; i < m_interfaces->count(); ++i)
        m_interfaces->item(i)->setCheckState(Qt::Unchecked);
    m_discoveryWait->setValue(5);
    m_discoverOnStart->setChecked(false);
    m_resumeObservations->setCurrentIndex(0);
    m_banner->clearMessage();
}

void SettingsDialog::updateDerived()
{
    CoapTransmissionParameters p;
    p.ackTimeoutMs = m_ackTimeout->value();
    p.ackRandomFactor = m_ackRandomFactor->value();
    p.maxRetransmit = m_maxRetransmit->value();
    // RFC 7252 §4.8.2: what these numbers mean for someone waiting.
    m_derived->setText(tr("A confirmable request is sent at most %1 times in all and given up after at most %2 "
                          "(MAX_TRANSMIT_WAIT).").arg(p.maxRetransmit + 1)
                           .arg(ErrorText::duration(p.maxTransmitWaitMs())));
}

void SettingsDialog::accept()
{
    QStringList groups;
    const QStringList lines = m_groups->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString group = line.trimmed();
        if (group.isEmpty())
            continue;
        QHostAddress address;
        if (!address.setAddress(group.section(QLatin1Char('%'), 0, 0)) || !address.isMulticast()) {
            m_banner->showMessage(tr("\u201c%1\u201d is not a multicast address; use addresses such as "
                                     "224.0.1.187 or ff02::fd, one per line.").arg(group));
            m_groups->setFocus();
            return;
        }
        groups << group;
    }

    const QString proxyText = m_proxy->text().trimmed();
    if (!proxyText.isEmpty()) {
        CoapProxyError error = CoapProxyError::None;
        CoapUriParseResult problem;
        CoapProxy::parse(proxyText, CoapProxyMode::ProxyUri, &error, &problem);
        if (error != CoapProxyError::None) {
            m_banner->showMessage(ErrorText::proxyError(error, problem, proxyText));
            m_proxy->setFocus();
            return;
        }
    }

    CoapTransmissionParameters p;
    p.ackTimeoutMs = m_ackTimeout->value();
    p.ackRandomFactor = m_ackRandomFactor->value();
    p.maxRetransmit = m_maxRetransmit->value();
    p.nstart = m_nstart->value();
    p.defaultLeisureMs = m_leisure->value();
    p.maxLatencyMs = m_maxLatency->value();
    m_settings->setTransmissionParameters(p);
    m_settings->setBlockSzx(m_blockSize->currentIndex());
    m_settings->setTokenLength(m_tokenLength->value());
    m_settings->setBlockRetries(m_blockRetries->value());
    m_settings->setProxyUri(proxyText);
    m_settings->setProxySchemeOptions(m_proxySchemeOptions->isChecked());
    m_settings->setDiscoveryGroups(groups);
    QStringList interfaces;
    for (int i = 0; i < m_interfaces->count(); ++i) {
        if (m_interfaces->item(i)->checkState() == Qt::Checked)
            interfaces << m_interfaces->item(i)->data(Qt::UserRole).toString();
    }
    m_settings->setDiscoveryInterfaces(interfaces);
    m_settings->setDiscoveryWaitMs(m_discoveryWait->value() * 1000);
    m_settings->setDiscoverOnStart(m_discoverOnStart->isChecked());
    m_settings->setResumeObservations(Settings::ResumeObservations(m_resumeObservations->currentData().toInt()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

#include "credentialsdialog.h"

#include "credentialstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CredentialsDialog::CredentialsDialog(CredentialStore *store, const QString &pattern, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Security credentials"));
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("credentialsList"));
    layout->addWidget(m_list, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("192.0.2.5, 192.0.2.5:5684, *.plant.example"));
    form->addRow(tr("Device or &pattern:"), m_pattern);
    m_identity = new QLineEdit(this);
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    form->addRow(tr("PSK &identity:"), m_identity);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("text or 0x… hex; empty keeps the stored key"));
    form->addRow(tr("Pre-shared &key:"), m_key);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("the system's authorities"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"), QString(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    form->addRow(tr("Trusted &CAs:"), caRow);
    m_verify = new QCheckBox(tr("&Verify the device's certificate"), this);
    m_verify->setChecked(true);
    form->addRow(QString(), m_verify);
    right->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("credentialsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    right->addWidget(m_error);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    right->addWidget(m_keychainNote);
    right->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveCredentialsButton"));
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    connect(save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            m_store->removeEntry(item->text());
            reload({});
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentTextChanged, this, &CredentialsDialog::showEntry);
    connect(m_store, &CredentialStore::keychainStateChanged, this, &CredentialsDialog::updateKeychainNote);
    updateKeychainNote();
    reload(pattern);
    if (m_list->currentItem() == nullptr && !pattern.isEmpty())
        m_pattern->setText(pattern);
    resize(640, 320);
}

void CredentialsDialog::reload(const QString &select)
{
    m_list->clear();
    for (const DeviceCredentials &e : m_store->entries()) {
        m_list->addItem(e.pattern);
        if (e.pattern == select)
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

void CredentialsDialog::showEntry(const QString &pattern)
{
    m_error->setVisible(false);
    for (const DeviceCredentials &e : m_store->entries()) {
        if (e.pattern != pattern)
            continue;
        m_pattern->setText(e.pattern);
        m_identity->setText(e.pskIdentity);
        m_key->clear();
        m_key->setPlaceholderText(m_store->hasKey(e.pattern) ? tr("stored; type to replace") : tr("text or 0x… hex"));
        m_caFile->setText(e.caFile);
        m_verify->setChecked(e.verifyPeer);
    }
}

bool CredentialsDialog::saveCurrent()
{
    const auto fail = [this](const QString &text) {
        m_error->setText(text);
        m_error->setVisible(true);
        return false;
    };
    const QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty())
        return fail(tr("Name the device (an address, address:port or a pattern with *)."));
    QByteArray key;
    if (!m_key->text().isEmpty() && !CoapSecurityConfig::parseKey(m_key->text(), &key))
        return fail(tr("The key after 0x must be hex digits, two per byte."));
    if (!m_caFile->text().isEmpty() && QSslCertificate::fromPath(m_caFile->text()).isEmpty())
        return fail(tr("“%1” holds no PEM certificate.").arg(m_caFile->text()));
    DeviceCredentials entry;
    for (const DeviceCredentials &e : m_store->entries()) {
        if (e.pattern == pattern)
            entry = e; // keeps accepted certificates
    }
    entry.pattern = pattern;
    entry.pskIdentity = m_identity->text();
    entry.caFile = m_caFile->text();
    entry.verifyPeer = m_verify->isChecked();
    if (!entry.pskIdentity.isEmpty() && key.isEmpty() && !m_store->hasKey(pattern))
        return fail(tr("A PSK identity needs its key."));
    m_store->setEntry(entry, key);
    m_key->clear();
    m_error->setVisible(false);
    reload(pattern);
    return true;
}

void CredentialsDialog::updateKeychainNote()
{
    switch (m_store->keychainState()) {
    case CredentialStore::KeychainState::Available:
        m_keychainNote->setText(tr("Keys are kept in the system keychain."));
        break;
    case CredentialStore::KeychainState::Unavailable:
        m_keychainNote->setText(tr("No keychain service is running: keys are kept for this session only and must "
                                   "be entered again after a restart. They are never written to the settings file."));
        break;
    case CredentialStore::KeychainState::Unknown:
        m_keychainNote->setText(tr("Looking for the system keychain…"));
        break;
    }
}

#pragma once

#include <QDialog>

class CredentialStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Devices ▸ Security credentials: coaps credentials per device or host pattern. Keys go to the
// system keychain; the dialog says when there is none and they last for this session only.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // store is not owned. pattern: an entry to select, or a new one to start with.
    explicit CredentialsDialog(CredentialStore *store, const QString &pattern = {}, QWidget *parent = nullptr);

    // Saves the fields as an entry (what the Save button does).
    bool saveCurrent();

private:
    void reload(const QString &select);
    void showEntry(const QString &pattern);
    void updateKeychainNote();

    CredentialStore *m_store;
    QListWidget *m_list;
    QLineEdit *m_pattern;
    QLineEdit *m_identity;
    QLineEdit *m_key;
    QLineEdit *m_caFile;
    QCheckBox *m_verify;
    QLabel *m_keychainNote;
    QLabel *m_error;
};

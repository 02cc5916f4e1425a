#pragma once

#include <QDialog>

class InlineBanner;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class Settings;

// Edits the persisted settings. On OK the values are written to Settings, whose signals make the
// main window apply them to the client at once (transmission parameters act live).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    void accept() override;
    void restoreDefaults();

    // Locale names for which a translation is shipped ("de", "fr"), found next to the binary,
    // in the build tree or in the resources.
    static QStringList availableLanguages();

private:
    void load();
    void updateDerived();

    Settings *m_settings;
    QSpinBox *m_ackTimeout;
    QDoubleSpinBox *m_ackRandomFactor;
    QSpinBox *m_maxRetransmit;
    QSpinBox *m_nstart;
    QSpinBox *m_leisure;
    QSpinBox *m_maxLatency;
    QLabel *m_derived;
    QComboBox *m_blockSize;
    QSpinBox *m_tokenLength;
    QSpinBox *m_blockRetries;
    QLineEdit *m_proxy;
    QCheckBox *m_proxySchemeOptions;
    QPlainTextEdit *m_groups;
    QListWidget *m_interfaces;
    QSpinBox *m_discoveryWait;
    QCheckBox *m_discoverOnStart;
    QComboBox *m_resumeObservations;
    QComboBox *m_language;
    InlineBanner *m_banner;
};

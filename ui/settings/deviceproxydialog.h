#pragma once

#include <QDialog>

class InlineBanner;
class QLineEdit;
class QRadioButton;
class Settings;

// A device's own forward proxy (RFC 7252 §5.7.2): the one for all requests (Settings), none
// (directly), or one of its own. Opened from the device's context menu in the tree; on OK the
// choice is saved in Settings under the device's URI authority.
class DeviceProxyDialog : public QDialog
{
    Q_OBJECT
public:
    // deviceUri: the device's root URI, e.g. "coap://10.0.0.5/".
    DeviceProxyDialog(Settings *settings, const QString &deviceUri, QWidget *parent = nullptr);

    void accept() override;

    QRadioButton *globalButton() const { return m_global; }
    QRadioButton *directButton() const { return m_direct; }
    QRadioButton *ownButton() const { return m_own; }
    QLineEdit *proxyEdit() const { return m_proxy; }

private:
    Settings *m_settings;
    QString m_authority;
    QRadioButton *m_global;
    QRadioButton *m_direct;
    QRadioButton *m_own;
    QLineEdit *m_proxy;
    InlineBanner *m_banner;
};

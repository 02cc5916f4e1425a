#pragma once

#include <QDialog>

#include <optional>

class InlineBanner;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

// "Add device…" (UX.md "Empty and error states"): a device that multicast does not reach (another
// subnet, a VPN, multicast filtered) is asked directly by its address. Accepts what people paste:
// "10.0.0.5", "10.0.0.5:5684", "[fe80::1%eth0]:5683", "fe80::1%eth0", "boiler.local",
// "coap://10.0.0.5:5684/anything", and "coaps://10.0.0.5" for a device asked over DTLS (by its
// address). A bad address is explained under the field, never in a box.
class AddDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddDeviceDialog(QWidget *parent = nullptr);

    // What was understood: host without brackets ("fe80::1%eth0", "boiler.local") and port.
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool secure() const { return m_secure; } // coaps://: asked over DTLS

    void setAddress(const QString &text);
    // "Edit device" with Save, for changing an entry of "Devices added by hand…".
    void setEditing(bool editing);
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portSpin() const { return m_portSpin; }

    struct Parsed
    {
        QString host;
        std::optional<quint16> port; // when the text carried one
        bool secure = false;         // coaps:// (an address only: 5684 unless it carried a port)
        QString error;               // a sentence; empty when the text is usable
    };
    // The address field's rules, for tests and for anything else that takes an address.
    static Parsed parseAddress(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void validate(bool showErrors);

    QLineEdit *m_address;
    QSpinBox *m_portSpin;
    InlineBanner *m_error;
    QDialogButtonBox *m_buttons;
    QString m_host;
    quint16 m_port = 5683;
    bool m_secure = false;
};

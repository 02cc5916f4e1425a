#pragma once

#include <QDialog>
#include <QPointer>

class Explorer;
class QCommandLinkButton;
class QLabel;
class QPushButton;
class Settings;

// The first start (no settings saved yet): one click to what a technician came for, either
// asking the local network for its CoAP devices or trying the simulated demo fleet. Both are
// also in the window afterwards (Devices → Discover, coap-explorer --demo).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    // explorer is not owned; the dialog does nothing once it is gone.
    explicit WelcomeDialog(Explorer *explorer, QWidget *parent = nullptr);

    // True when nothing has been saved yet: call before the window is built (it saves its layout).
    static bool isFirstStart(const Settings &settings);

    QCommandLinkButton *discoverButton() const { return m_discover; }
    QCommandLinkButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    // The demo could not start; problem is a plain sentence (already shown in the dialog).
    void demoFailed(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void discover();
    void startDemo();

    QPointer<Explorer> m_explorer;
    QLabel *m_intro;
    QCommandLinkButton *m_discover;
    QCommandLinkButton *m_demo;
    QLabel *m_problem;
    QPushButton *m_close;
};

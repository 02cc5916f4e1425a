#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

class HttpCoapGateway;
class MainWindow;
class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

// Devices ▸ Serve devices over HTTP: the HTTP-to-CoAP gateway (gateway/, RFC 8075) on loopback,
// so that curl, a browser or a script on this computer reaches every device the window can. A
// button in the status bar shows the address while it runs and opens GatewayDialog, which has a
// copyable example for the resource in the request form.
class GatewayPart : public QObject
{
    Q_OBJECT
public:
    // The window is not owned; the part adds its action to the Devices menu and its button to the
    // status bar.
    explicit GatewayPart(MainWindow *window, QObject *parent = nullptr);
    ~GatewayPart() override;

    QAction *serveAction() const { return m_serveAction; } // checkable
    QAction *addressAction() const { return m_addressAction; }
    // The port tried first (8080); when it is taken a free one is used instead. 0: a free one.
    void setPreferredPort(quint16 port) { m_preferredPort = port; }
    // Starts or stops serving; false with a sentence in *problem when it cannot start.
    bool setServing(bool on, QString *problem = nullptr);
    bool isServing() const;
    HttpCoapGateway *gateway() const { return m_gateway; }
    QString baseUrl() const;
    quint16 port() const; // 0 when not serving
    // The curl command line that reads coapUri through the gateway (and, with events, watches it).
    QString exampleCommand(const QString &coapUri, bool events = false) const;
    // The URI of the request form, or an example when it holds none.
    QString currentUri() const;
    QString statusText() const; // the status bar button's text, for tests
    void showDialog();
    QDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // The gateway started (its client's datagrams can be shown in the message log).
    void started(HttpCoapGateway *gateway);
    void stopped();

private:
    void updateStatus();

    MainWindow *m_window;
    HttpCoapGateway *m_gateway = nullptr;
    QAction *m_serveAction;
    QAction *m_addressAction;
    QToolButton *m_statusButton;
    QPointer<QDialog> m_dialog;
    quint16 m_preferredPort = 8080;
};

// Where the gateway listens, and how to use it: the address, a curl command for the resource in
// the form and one that streams its notifications as events, each with a Copy button.
class GatewayDialog : public QDialog
{
    Q_OBJECT
public:
    GatewayDialog(GatewayPart *part, QWidget *parent = nullptr);
    QString commandText() const;
    QString eventsCommandText() const;
    void refresh();

private:
    GatewayPart *m_part;
    QLabel *m_address;
    QLineEdit *m_command;
    QLineEdit *m_eventsCommand;
};

#pragma once

#include "coapclient.h"
#include "coapproxy.h"
#include "coapuri.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <optional>

class CoapUdpTransport;
class ObservationHub;
class QActionGroup;
class QDockWidget;
class QLabel;
class QSplitter;
class QVBoxLayout;
class QToolButton;
class RequestComposer;
class ResponseView;
class SecurityPart;
class Settings;

// The shell of CoAP Explorer (UX.md): tool bar, request composer above the response view, a
// "Devices" dock on the left, a bottom dock area for the message log, charts and observations,
// and a status bar with counters. Owns the UDP transport and the CoapClient every part shares.
//
// For the other parts of ui/:
//  - setDeviceDock() puts the device tree into the left dock; addBottomDock() adds a dock below
//    (tabified, with a toggle in View). Add docks before the window is first shown (or call
//    restoreLayout() afterwards) so that the saved layout applies to them.
//  - client() is the engine: client()->exchangeStarted and client()->messageLayer()->datagramEvent
//    see every exchange and datagram, whoever started it.
//  - discoverAction()/addDeviceAction() are not handled here: connect to their triggered().
//  - openUri()/sendUri() put a request into the composer (and send it), as a double-click does.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings is not owned and must outlive the window; with nullptr the window creates its own
    // (the application's QSettings).
    explicit MainWindow(Settings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CoapClient *client() const { return m_client; }
    CoapUdpTransport *transport() const { return m_transport; }
    // coaps: credentials, the DTLS client (security()->connections()->client()), certificates.
    SecurityPart *security() const { return m_security; }
    Settings *settings() const { return m_settings; }
    // Addresses request to uri, directly or through the forward proxy the settings give for it
    // (RFC 7252 §5.7.2), and returns the client to send it with (the DTLS one for a coaps://
    // device or proxy). nullptr with a sentence in *problem when it cannot be sent that way.
    CoapClient *routeRequest(CoapRequest *request, const CoapUri &uri, CoapProxy *proxy = nullptr,
                             QString *problem = nullptr) const;
    RequestComposer *composer() const { return m_composer; }
    // Every running observation, one per resource, shared with the charts and the tree.
    ObservationHub *observations() const { return m_observationHub; }
    ResponseView *responseView() const { return m_responseView; }

    // Replaces the placeholder of the "Devices" dock; the window takes ownership of widget.
    void setDeviceDock(QWidget *widget);
    QDockWidget *deviceDock() const { return m_deviceDock; }
    // Adds a dock to the bottom area, tabified with the docks already there; the window takes
    // ownership. Give the dock a unique objectName: saveState()/restoreState() need it.
    void addBottomDock(QDockWidget *dock);
    QList<QDockWidget *> bottomDocks() const { return m_bottomDocks; }

    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *requestMenu() const { return m_requestMenu; }
    // Request ▸ Copy as, also the drop-down of the Send button: the form's request as a command.
    QMenu *copyAsMenu() const { return m_copyAsMenu; }
    // Where "curl through the HTTP gateway" sends its request: the window's own gateway while it
    // serves, else empty (the default of `coap-explorer-cli gateway`, http://127.0.0.1:8080).
    void setGatewayBaseUrl(const QString &url) { m_gatewayBaseUrl = url; }
    QString gatewayBaseUrl() const { return m_gatewayBaseUrl; }
    QMenu *devicesMenu() const { return m_devicesMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *discoverMenu() const { return m_discoverMenu; } // the ▾ of the Discover button
    QAction *discoverAction() const { return m_discoverAction; }   // Ctrl+D
    QAction *addDeviceAction() const { return m_addDeviceAction; }
    QAction *sendAction() const { return m_sendAction; }           // Ctrl+Return
    QAction *repeatAction() const { return m_repeatAction; }       // F5
    QAction *cancelAction() const { return m_cancelAction; }       // Esc
    QAction *observeAction() const { return m_observeAction; }     // checkable
    QAction *settingsAction() const { return m_settingsAction; }

    // Status bar counters. Exchanges, retransmissions and observations are counted here from the
    // client's signals; the device count and the interface text come from the device part.
    void setDeviceCount(int devices);
    void setInterfaceText(const QString &text);
    int deviceCount() const { return m_deviceCount; }
    int exchangeCount() const { return m_exchangeCount; }
    int retransmissionCount() const { return m_retransmissionCount; }
    int observationCount() const { return int(m_observations.size()); }
    QString statusText() const; // all counters in one line, for tests

    // Puts a URI (and method) into the composer without sending.
    void openUri(const QString &uri, quint8 method = CoapCode::Get);
    // Puts it into the composer and sends it at once (a double-click on a resource).
    CoapReply *sendUri(const QString &uri, quint8 method = CoapCode::Get);
    // What Ctrl+Return does: sends what the composer holds; nullptr when it is not valid (the
    // reason is shown in place).
    CoapReply *sendCurrentRequest();
    // Observes the composer's URI (or uri) and shows its notifications: the running observation of
    // that resource when there is one (the charts' for instance), else a new one. Several may run;
    // others keep running when the form moves on.
    CoapReply *startObservation(const QString &uri = {});
    // Ends the observation of the resource in the form (for every user of it).
    void stopObservation();
    CoapReply *activeReply() const { return m_activeReply; }
    // The observation of the resource the form shows, nullptr when it is not observed.
    CoapReply *observationReply() const;
    // The observation that was open when the window last closed (Request → Resume Observation);
    // empty when there was none or it has been resumed.
    QString observationToResume() const { return m_resumeAction->isVisible() ? m_observationUri : QString(); }

    // Lets every list, table and text view below root shrink to a few lines (it scrolls) unless it
    // asks for more itself: their default minimum of 70 px each, stacked, is what made the window's
    // minimum taller than a 700 px screen.
    static void letViewsShrink(QWidget *root);

    // Puts a bar (a question with buttons, UX.md "say what to do next") above the request form;
    // the window takes ownership, the bar deletes itself when answered.
    void addNoticeBar(QWidget *bar);

    // Applies the saved geometry, dock layout and splitter sizes. Called by the first show if
    // not called before.
    void restoreLayout();
    void saveLayout();

public Q_SLOTS:
    void showSettingsDialog();
    void repeatLastRequest();
    void cancelRequest();
    void focusUriField();
    void showAbout();

Q_SIGNALS:
    // A request of this window went out (not those other parts send through client()).
    void requestStarted(CoapReply *reply, const QString &uri);
    // The user closes the window: emitted before the observations are ended.
    void aboutToClose();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
public:
    void setVisible(bool visible) override;
    // The size to take when first shown, whatever the saved layout says (a language switch
    // rebuilds the window at the size the user had); it grows only where the minimum needs it.
    void keepSizeWhenShown(const QSize &size) { m_sizeToKeep = size; }

private:
    struct Exchange
    {
        QString uri;
        QString path;
        QString peer;
        QString hostName;
        QString proxy;   // the forward proxy's authority when the request goes through one
        quint8 method = 0;
        bool confirmable = true;
        QElapsedTimer timer;
    };
    void updateProxyNote();
    void createActions();
    void createMenus();
    void createSecurity(); // ui/security/: coaps (issue 12)
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void applySettings();
    CoapReply *startRequest(const CoapRequest &request, const CoapUri &uri, bool observe);
    void updateActions();
    void updateStatus();
    void setObserveChecked(bool checked);
    void trackExchange(CoapReply *reply);
    void showReply(CoapReply *reply, const Exchange &info, const QString &linkBase);
    void showLatest(CoapReply *reply, const Exchange &info, const QString &linkBase);
    void updateObserveAction();
    void showRetransmission(CoapReply *reply, const Exchange &info, int attempt);

    Settings *m_settings;
    CoapUdpTransport *m_transport;
    CoapClient *m_client;
    SecurityPart *m_security = nullptr;
    RequestComposer *m_composer;
    ResponseView *m_responseView;
    QSplitter *m_splitter;
    QVBoxLayout *m_centralLayout = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_discoverButton = nullptr;
    QDockWidget *m_deviceDock = nullptr;
    QList<QDockWidget *> m_bottomDocks;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_requestMenu = nullptr;
    QMenu *m_devicesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_discoverMenu = nullptr;
    QMenu *m_methodMenu = nullptr;
    QMenu *m_copyAsMenu = nullptr;
    QString m_gatewayBaseUrl;
    QAction *m_dockSeparator = nullptr;
    QActionGroup *m_methodGroup = nullptr;

    QAction *m_savePayloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusUriAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_addOptionAction = nullptr;
    QAction *m_clearHistoryAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_repeatAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_observeAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_discoverAction = nullptr;
    QAction *m_addDeviceAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_devicesLabel = nullptr;
    QLabel *m_exchangesLabel = nullptr;
    QLabel *m_retransmissionsLabel = nullptr;
    QLabel *m_observationsLabel = nullptr;
    QLabel *m_interfaceLabel = nullptr;

    QPointer<CoapReply> m_activeReply;
    QPointer<CoapReply> m_observation; // the form's observation when it was last shown
    ObservationHub *m_observationHub;
    QSet<const CoapReply *> m_shown; // replies whose answers this window shows
    QString m_observationUri;
    QSet<CoapReply *> m_observations;
    std::optional<CoapRequest> m_lastRequest;
    CoapUri m_lastUri;
    int m_deviceCount = 0;
    int m_exchangeCount = 0;
    int m_retransmissionCount = 0;
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
    QSize m_sizeBeforeShow;
    QSize m_sizeToKeep;
    bool m_updatingObserve = false;
};

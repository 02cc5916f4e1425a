#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class CaptureWindow;
class ChartPanel;
class CoapMessage;
class CoapReply;
class DevicePanel;
class GatewayPart;
class MainWindow;
class MessageLogView;
class ObservationsPanel;
class SampleStore;
class Settings;
class SimulatedFleet;
class QAction;
class QDockWidget;

// The whole application window: the main window with the device panel, the message log and the
// live charts docked around it, wired together; and, for --demo, the simulated fleet running
// in-process, discovered through the ordinary discovery. main.cpp and the widget tests both build
// the application through this class, so the tests drive exactly what a user gets.
class Explorer : public QObject
{
    Q_OBJECT
public:
    // settings is not owned and must outlive this object.
    explicit Explorer(Settings *settings, QObject *parent = nullptr);
    ~Explorer() override;

    MainWindow *window() const { return m_window; }
    DevicePanel *devices() const { return m_devices; }
    MessageLogView *log() const { return m_log; }
    ChartPanel *charts() const { return m_charts; }
    QDockWidget *logDock() const { return m_logDock; }
    QDockWidget *chartDock() const { return m_chartDock; }
    QDockWidget *observationsDock() const { return m_observationsDock; }
    ObservationsPanel *observationsPanel() const { return m_observationsPanel; }
    // Devices ▸ Serve devices over HTTP (ui/gateway/).
    GatewayPart *gateway() const { return m_gateway; }
    // View → Monitor view: the charts take the whole window for watching, and back.
    QAction *monitorAction() const { return m_monitorAction; }
    void setMonitorView(bool on);
    // The question at start (Settings → Resume last run's observations: Ask first); nullptr once
    // answered or when there was nothing to resume.
    QWidget *resumeBar() const { return m_resumeBar; }
    void resumeLastObservations();
    SimulatedFleet *fleet() const { return m_fleet; }
    // File ▸ Open capture…: asks for a file when fileName is empty. The capture opens in a window
    // of its own (deleted when closed); nullptr when it could not be read (said to the user).
    CaptureWindow *openCapture(const QString &fileName = {});
    QAction *openCaptureAction() const { return m_openCaptureAction; }
    // The demo's secured device (coaps, its credentials filled in): its temperature URI.
    QString demoSecureUri() const { return m_demoSecureUri; }

    // Starts the simulated fleet on loopback and discovers it (no multicast needed on the host:
    // the fleet's group endpoint hands the discovery to every device, which answers from its own
    // socket). Returns false with a plain sentence in *problem when the fleet cannot start.
    // With secureDevice, the first device also speaks coaps with a made-up key that the demo
    // fills in, and appears as a device of its own (with its padlock).
    bool startDemo(int devices = 5, QString *problem = nullptr, bool secureDevice = true);

    // Charts the URI's values: its running observation is reused (the composer's, the tree's), or
    // one is started, and the chart shown. Returns the observation (owned by the client; it ends
    // when its last user, chart or composer, lets go).
    CoapReply *chartUri(const QString &uri);

    // For --screenshot: once the devices are discovered and a resource has been read (and, with
    // charts, the chart has had time to move), waits afterSeconds more, saves the window to
    // fileName and calls done(ok).
    void screenshotWhenReady(const QString &fileName, double afterSeconds, bool showCharts);

Q_SIGNALS:
    void screenshotDone(bool ok, const QString &fileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wire();
    void chartRecorded(const QString &peerText, const QString &path,
                       const QList<std::pair<qint64, CoapMessage>> &notifications);
    void offerResume();
    bool askStopChartObservations();
    void updateChartAction();
    void applyDiscoverySettings();
    QString deviceLabel(const QString &uri) const;
    QString firstResourceUri(const QString &resourceType) const;
    void readFirstResource(const std::function<void()> &then);

    Settings *m_settings;
    MainWindow *m_window;
    DevicePanel *m_devices;
    MessageLogView *m_log;
    SampleStore *m_samples;
    ChartPanel *m_charts;
    QDockWidget *m_logDock;
    QDockWidget *m_chartDock;
    QAction *m_chartAction;
    QAction *m_openCaptureAction = nullptr;
    SimulatedFleet *m_fleet = nullptr;
    QDockWidget *m_observationsDock;
    ObservationsPanel *m_observationsPanel;
    GatewayPart *m_gateway = nullptr;
    QAction *m_monitorAction;
    QByteArray m_beforeMonitor; // the window's dock layout before Monitor view
    QPointer<QWidget> m_resumeBar;
    QString m_demoSecureUri;
    QStringList m_chartedUris; // what the Charts panel observed when the window closed
    bool m_closing = false;
    bool m_resumed = false; // the last run's observations were resumed: nothing left to offer
};

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ChartPanel;
class CoapReply;
class DevicePanel;
class MainWindow;
class MessageLogView;
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
    SimulatedFleet *fleet() const { return m_fleet; }
    // The demo's secured device (coaps, its credentials filled in): its temperature URI.
    QString demoSecureUri() const { return m_demoSecureUri; }

    // Starts the simulated fleet on loopback and discovers it (no multicast needed on the host:
    // the fleet's group endpoint hands the discovery to every device, which answers from its own
    // socket). Returns false with a plain sentence in *problem when the fleet cannot start.
    bool startDemo(int devices = 5, QString *problem = nullptr);

    // Observes the URI for the chart panel (an observation of its own, so the composer stays free)
    // and shows the chart. Returns the reply (owned by the chart panel's lifetime, see below).
    CoapReply *chartUri(const QString &uri);

    // For --screenshot: once the devices are discovered and a resource has been read (and, with
    // charts, the chart has had time to move), waits afterSeconds more, saves the window to
    // fileName and calls done(ok).
    void screenshotWhenReady(const QString &fileName, double afterSeconds, bool showCharts);

Q_SIGNALS:
    void screenshotDone(bool ok, const QString &fileName);

private:
    void wire();
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
    SimulatedFleet *m_fleet = nullptr;
    QString m_demoSecureUri;
    QList<QPointer<CoapReply>> m_chartObservations;
    QStringList m_chartedUris; // what the Charts panel observes, saved for the next start
    bool m_closing = false;
};

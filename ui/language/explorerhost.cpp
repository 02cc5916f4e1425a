#include "explorerhost.h"
#include "observationhub.h"

#include "devicepanel.h"
#include "explorer.h"
#include "languages.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "settings.h"
#include "simulatedfleet.h"

#include "coapdiscovery.h"

#include <QTimer>

#include <QComboBox>

ExplorerHost::ExplorerHost(Settings *settings, Languages *languages, QObject *parent)
    : QObject(parent), m_settings(settings), m_languages(languages), m_explorer(std::make_unique<Explorer>(settings))
{
    connect(m_settings, &Settings::languageChanged, this, &ExplorerHost::switchLanguage);
}

ExplorerHost::~ExplorerHost()
{
    // A replaced window still waiting for its deleteLater() must go before the settings it uses.
    for (const QPointer<Explorer> &old : std::as_const(m_retired))
        delete old.data();
}

void ExplorerHost::switchLanguage()
{
    m_languages->apply(m_settings->language());
    Explorer *old = m_explorer.release();
    MainWindow *oldWindow = old->window();
    const bool shown = oldWindow->isVisible();
    const QSize size = oldWindow->size();
    const int demoDevices = old->fleet() ? old->fleet()->deviceCount() : 0;
    const bool demoSecure = !old->demoSecureUri().isEmpty();
    const bool hadDevices = !old->devices()->discovery()->devices().isEmpty();
    const QString uri = oldWindow->composer()->uriCombo()->currentText();
    const bool observing = oldWindow->observations()->count() > 0;
    // close(): saves the layout and the running observation (deregistered from the device,
    // RFC 7641 §3.6) for the new window to restore.
    oldWindow->close();
    // Later, not now: this may run inside the old window's own code (the Settings dialog's OK).
    old->deleteLater();
    m_retired.removeAll(nullptr);
    m_retired.append(old);

    m_explorer = std::make_unique<Explorer>(m_settings);
    Explorer *explorer = m_explorer.get();
    if (!uri.isEmpty())
        explorer->window()->openUri(uri);
    if (demoDevices > 0)
        explorer->startDemo(demoDevices, nullptr, demoSecure); // new free ports; the old fleet goes with the old window
    else if (hadDevices)
        explorer->devices()->startDiscovery();
    // What was observed a second ago goes on without asking (the resume bar is for a new start).
    // Not with the demo: its devices come back on new ports, and it observes nothing by itself.
    if (observing && demoDevices == 0)
        explorer->resumeLastObservations();
    // The size the user had: restoring the dock layout may round a pixel either way, and the
    // window must never resize itself (only grow where the new language needs more room).
    explorer->window()->keepSizeWhenShown(size);
    explorer->window()->resize(size);
    if (shown)
        explorer->window()->show();
    Q_EMIT rebuilt(explorer);
}

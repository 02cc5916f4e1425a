#include "welcomedialog.h"

#include "devicepanel.h"
#include "explorer.h"
#include "settings.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(Explorer *explorer, QWidget *parent)
    : QDialog(parent)
    , m_explorer(explorer)
    , m_intro(new QLabel(this))
    , m_discover(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_problem(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setMinimumWidth(520); // the two choices read as sentences, not as a narrow column
    m_intro->setWordWrap(true);
    m_discover->setObjectName(QStringLiteral("welcomeDiscover"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_discover->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_discover);
    layout->addWidget(m_demo);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_discover, &QCommandLinkButton::clicked, this, &WelcomeDialog::discover);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomeDialog::startDemo);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

bool WelcomeDialog::isFirstStart(const Settings &settings)
{
    return settings.storage()->allKeys().isEmpty();
}

void WelcomeDialog::discover()
{
    if (m_explorer)
        m_explorer->devices()->startDiscovery();
    accept();
}

void WelcomeDialog::startDemo()
{
    if (!m_explorer) {
        reject();
        return;
    }
    QString problem;
    if (m_explorer->startDemo(5, &problem)) {
        accept();
        return;
    }
    // Stay open, so that discovery is still one click away.
    m_problem->setText(problem);
    m_problem->show();
    m_demo->setEnabled(false);
    Q_EMIT demoFailed(problem);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to CoAP Explorer"));
    m_intro->setText(tr("CoAP Explorer finds the CoAP devices around you, reads and changes their resources, "
                        "observes them and shows every datagram. Where would you like to start?"));
    m_discover->setText(tr("&Find devices on this network"));
    m_discover->setDescription(tr("Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). "
                                  "Later: Devices → Discover, or Ctrl+D."));
    m_demo->setText(tr("&Try the demo"));
    m_demo->setDescription(tr("Start five simulated devices on this computer and discover them: "
                              "a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer."));
    m_close->setText(tr("&Not now"));
}

#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString programVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(COAP_EXPLORER_VERSION) : version;
}

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3").arg(__clang_major__).arg(__clang_minor__).arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_title->setTextFormat(Qt::RichText);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumSize(480, 300);
    m_copy->setObjectName(QStringLiteral("aboutCopy"));
    m_close->setObjectName(QStringLiteral("aboutClose"));
    m_close->setDefault(true);

    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(m_title, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

QString AboutDialog::versionReport()
{
    QStringList lines;
    lines << QStringLiteral("CoAP Explorer %1").arg(programVersion());
    lines << QStringLiteral("License: GPL-3.0-or-later");
    lines << QStringLiteral("Qt %1 (run time), built with Qt %2").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("Qt modules: Core, Gui, Network, Widgets, Charts");
    lines << QStringLiteral("Platform: %1, %2, %3").arg(QSysInfo::prettyProductName(), QSysInfo::buildAbi(),
                                                       QGuiApplication::platformName());
    lines << QStringLiteral("Compiler: %1").arg(compilerName());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About CoAP Explorer"));
    m_title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                         .arg(tr("CoAP Explorer %1").arg(programVersion()).toHtmlEscaped(),
                              tr("Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).").toHtmlEscaped()));
    const QString qtRun = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    auto row = [](const QString &name, const QString &version, const QString &licence) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
            .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
    };
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Licence").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(
        tr("CoAP Explorer is free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; "
           "it comes with no warranty.").toHtmlEscaped());
    html += QStringLiteral("<p><a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a></p>")
                .arg(tr("The GNU General Public License, version 3").toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Libraries").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Library").toHtmlEscaped(), tr("Version").toHtmlEscaped(), tr("Licence").toHtmlEscaped());
    const QString qtVersion = qtRun == qtBuilt ? qtRun : tr("%1 (built with %2)").arg(qtRun, qtBuilt);
    for (const char *module : {"Qt Core", "Qt GUI", "Qt Network", "Qt Widgets"})
        html += row(QString::fromLatin1(module), qtVersion, QStringLiteral("LGPL-3.0 / GPL-3.0"));
    html += row(QStringLiteral("Qt Charts"), qtVersion, QStringLiteral("GPL-3.0"));
    html += row(tr("CoAP engine (RFC 7252, 7641, 7959), built in"), programVersion(), QStringLiteral("GPL-3.0-or-later"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("This computer").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(
        tr("%1, %2, window system: %3, compiled with %4")
            .arg(QSysInfo::prettyProductName(), QSysInfo::buildAbi(), QGuiApplication::platformName(), compilerName())
            .toHtmlEscaped());
    m_text->setHtml(html);
    m_copy->setText(tr("&Copy version information"));
    m_copy->setToolTip(tr("Copy the versions as plain text, for a bug report"));
    m_close->setText(tr("Close"));
}

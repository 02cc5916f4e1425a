#include "capturewindow.h"

#include "messagelogmodel.h"
#include "messagelogview.h"

#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

CaptureWindow::CaptureWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_log(new MessageLogView(this))
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_log, 1);
    resize(1000, 600);
    updateTexts();
}

bool CaptureWindow::openFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is larger than 1 GiB. Cut it down first, for instance with "
                    "\"editcap -c 100000\" or a Wireshark display filter and File ▸ Export Specified Packets.")
                         .arg(QFileInfo(fileName).fileName());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const CoapCaptureResult result = CoapCapture::read(bytes, m_log->model()->capacity());
    if (result.error == CoapCaptureError::NotACapture) {
        *error = tr("%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w "
                    "and Wireshark write them.").arg(QFileInfo(fileName).fileName());
        return false;
    }
    m_fileName = fileName;
    m_counts = result.counts;
    m_loaded = true;
    QList<qint64> times;
    const QList<CoapDatagramEvent> events = CoapCapture::toEvents(result.datagrams, &times);
    MessageLogModel *model = m_log->model();
    model->clear();
    for (qsizetype i = 0; i < events.size(); ++i)
        model->appendAt(events[i], times[i]);
    model->flush();
    m_firstMs = times.isEmpty() ? 0 : times.first();
    m_lastMs = times.isEmpty() ? 0 : times.last();
    updateTexts();
    return true;
}

QString CaptureWindow::summaryText() const { return m_summary->text(); }

void CaptureWindow::updateTexts()
{
    const QString name = QFileInfo(m_fileName).fileName();
    setWindowTitle(m_loaded ? tr("Capture %1 — CoAP Explorer").arg(name) : tr("Capture — CoAP Explorer"));
    if (!m_loaded) {
        m_summary->clear();
        return;
    }
    QStringList parts;
    parts << tr("%n CoAP datagram(s), read-only: nothing here is sent again.", nullptr, m_counts.coap);
    if (m_counts.coap > 0) {
        // The log shows times of day only; a capture may be days old.
        const QLocale locale;
        parts << tr("Captured from %1 to %2.")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_firstMs), QLocale::ShortFormat),
                              locale.toString(QDateTime::fromMSecsSinceEpoch(m_lastMs), QLocale::ShortFormat));
    }
    if (m_counts.skipped() > 0) {
        QStringList why;
        if (m_counts.notCoap)
            why << tr("%1 not CoAP").arg(m_counts.notCoap);
        if (m_counts.fragmented)
            why << tr("%n IP fragment(s)", nullptr, m_counts.fragmented);
        if (m_counts.truncated)
            why << tr("%1 cut short").arg(m_counts.truncated);
        if (m_counts.unsupportedLink)
            why << tr("%1 of an unsupported link type").arg(m_counts.unsupportedLink);
        if (m_counts.overLimit)
            why << tr("%1 beyond the log's capacity").arg(m_counts.overLimit);
        parts << tr("Skipped %n packet(s): %1.", nullptr, m_counts.skipped()).arg(why.join(tr(", ")));
    }
    if (m_counts.fileTruncated)
        parts << tr("The file ends inside a packet; everything before it is shown.");
    if (m_counts.coap > 0)
        parts << tr("Right-click a notification to chart the observed values.");
    m_summary->setText(parts.join(u' '));
}

void CaptureWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

#pragma once

#include "coapcapture.h"

#include <QWidget>

class MessageLogView;
class QLabel;

// A pcap or pcapng capture (tcpdump on a gateway, Wireshark) opened into a message log of its
// own: every CoAP datagram decoded, with its partner, retransmissions and times, read-only (nothing
// is sent). What the capture held besides CoAP is counted in the line above the log. A separate
// window so that the live log goes on undisturbed beside it.
class CaptureWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CaptureWindow(QWidget *parent = nullptr);

    // Reads the file into the log. On failure (unreadable, too large, not a capture) returns false
    // with a plain sentence in *error; the window then shows nothing.
    bool openFile(const QString &fileName, QString *error);

    MessageLogView *log() const { return m_log; }
    const CoapCaptureCounts &counts() const { return m_counts; }
    QString summaryText() const;

    // Files larger than this are refused (the whole file is read at once).
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    MessageLogView *m_log;
    QLabel *m_summary;
    QString m_fileName;
    CoapCaptureCounts m_counts;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    bool m_loaded = false;
};

#pragma once

#include "messagelogmodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class CoapMessageLayer;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeView;

// The message log (UX.md, "See the wire"), meant to sit in a QDockWidget: a filter bar, the list of
// every datagram, and a detail pane with the selected datagram decoded and in hex, its request or
// response partner and its retransmissions.
class MessageLogView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageLogView(QWidget *parent = nullptr);
    ~MessageLogView() override;

    // Logs every datagram of the layer from now on. The layer is not owned; several may be
    // attached (the client's, a discovery socket's). A destroyed layer detaches itself.
    void attach(CoapMessageLayer *layer);
    void detach(CoapMessageLayer *layer);
    // As MainWindow::setGatewayBaseUrl, for the rows' "Copy as" menu.
    void setGatewayBaseUrl(const QString &url) { m_gatewayBaseUrl = url; }
    QString gatewayBaseUrl() const { return m_gatewayBaseUrl; }

    // Owned by the view.
    MessageLogModel *model() const { return m_model; }
    MessageLogFilterModel *filterModel() const { return m_filter; }
    QTreeView *table() const { return m_table; }

    // For the status bar; clear() resets them. Retransmissions: ours plus the peers' duplicates.
    int sentCount() const { return m_model->sentCount(); }
    int receivedCount() const { return m_model->receivedCount(); }
    int retransmissionCount() const { return m_model->retransmissionCount(); }

    bool isPaused() const { return m_model->isPaused(); }

    // Writes all rows, or only those the filter shows, to a file. On failure returns false and a
    // sentence in *errorMessage.
    bool exportToFile(const QString &fileName, MessageLogModel::ExportFormat format, bool filteredOnly,
                      QString *errorMessage = nullptr) const;

    // Selects the datagram with this serial, clearing the filter when it hides it. False when
    // the datagram is no longer in the log.
    bool showSerial(quint64 serial);
    quint64 currentSerial() const { return m_shownSerial; }
    // The detail pane as plain text, and the hex dump (for tests and for copying).
    QString detailText() const;
    QString hexDumpText() const;

    // Column widths and order, visible columns, splitter positions.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    void setPaused(bool paused);
    void clear();
    // Puts the keyboard focus in the text filter (Ctrl+F inside the log).
    void focusFilter();

    // The notifications of the observation the row belongs to (same peer and token, received
    // responses with Observe, RFC 7641 §3.2), with their times (ms since the epoch), oldest first.
    QList<std::pair<qint64, CoapMessage>> notificationsOf(int sourceRow) const;

Q_SIGNALS:
    void countersChanged();
    // "Chart this resource" on a notification: the owner charts the recorded values.
    void chartRequested(const QString &peerText, const QString &path,
                        const QList<std::pair<qint64, CoapMessage>> &notifications);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyInitialColumnWidths();
    void addPeers(const QStringList &peers);
    void rebuildPeerCombo();
    void onCurrentChanged(const QModelIndex &current);
    void showDetail(quint64 serial);
    void refreshDetailIfChanged();
    int hexBytesPerLine() const;
    void showHex(const QByteArray &datagram);
    void updateStatus();
    void beginBatch();
    void endBatch();
    bool isAtBottom() const;
    void exportInteractive(MessageLogModel::ExportFormat format, bool filteredOnly);
    void showTableMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void copySelectedRows() const;
    void clearFilters();
    void applyTextFilter();
    void changeFilter(const std::function<void()> &change);
    QString entryLink(quint64 serial) const;
    QString detailHtml(const MessageLogEntry &entry) const;

    MessageLogModel *m_model;
    MessageLogFilterModel *m_filter;
    QList<QPointer<CoapMessageLayer>> m_layers;

    QComboBox *m_peerCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_textFilterTimer = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_followButton = nullptr;
    QString peerItemText(const QString &peer) const;
    void updatePeerNames();
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QMenu *m_exportMenu = nullptr;
    QLabel *m_peerLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QTreeView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_hexLabel = nullptr;
    QPlainTextEdit *m_hex = nullptr;

    quint64 m_shownSerial = 0;
    QList<quint64> m_shownSignature;
    int m_hexBytesPerLine = 16;
    bool m_batchOpen = false;
    bool m_followNewest = true;
    quint64 m_topSerial = 0;
    QString m_gatewayBaseUrl; // empty: the CLI gateway's default
};

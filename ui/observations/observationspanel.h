#pragma once

#include <QWidget>

class ObservationHub;
class QLabel;
class QTableView;
class QToolButton;

// The Observations list (UX.md, "Watch a sensor"): every running observation with its device,
// path, notification count and last notification, and a Stop button in each row. Delete stops the
// selected ones; "Stop all" ends every one. Meant for a dock titled "Observations".
class ObservationsPanel : public QWidget
{
    Q_OBJECT
public:
    // The hub is not owned and must outlive the panel.
    explicit ObservationsPanel(ObservationHub *hub, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Modest: beside the charts it should leave them the larger part of the width.
    QSize sizeHint() const override { return {420, 200}; }
    // Stops the observation in this row (what its Stop button does).
    void stopRow(int row);
    void stopSelected();

private:
    void updateState();

    ObservationHub *m_hub;
    QTableView *m_view;
    QLabel *m_empty;
    QToolButton *m_stopSelected;
    QToolButton *m_stopAll;
};

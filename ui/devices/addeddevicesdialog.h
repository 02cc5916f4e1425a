#pragma once

#include <QDialog>

class DevicePanel;
class QPushButton;
class QTreeWidget;

// "Devices added by hand…": the devices asked by their address at every start (DevicePanel::
// devicesAddedByHand()), to add (Add device…), edit and remove. Every change goes to the panel at
// once, and from there to the tree and the saved list; Close only closes.
class AddedDevicesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddedDevicesDialog(DevicePanel *panel, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    void addDevice();     // opens Add device…
    void editCurrent();   // opens Add device… with the current entry, to change it
    void removeCurrent(); // also the Delete key

private:
    void reload();
    void updateButtons();
    QString currentEntry() const;

    DevicePanel *m_panel;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

#include "addeddevicesdialog.h"

#include "adddevicedialog.h"
#include "devicepanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEntryRole = Qt::UserRole + 1; // the entry as the panel keeps it, "10.0.0.5:5683"
}

AddedDevicesDialog::AddedDevicesDialog(DevicePanel *panel, QWidget *parent)
    : QDialog(parent)
    , m_panel(panel)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("addedDevicesDialog"));
    setWindowTitle(tr("Devices added by hand"));

    auto *intro = new QLabel(tr("These devices are asked for their resources by their address at every start, "
                                "also where discovery does not reach them."), this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("addedDevicesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Address"), tr("Scheme")});
    m_list->setAccessibleName(tr("Devices added by hand"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    // Delete takes the current entry off while the list has the focus.
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &AddedDevicesDialog::removeCurrent);

    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setAutoDefault(false);
    m_add->setToolTip(tr("Ask one more device by its address"));
    m_edit->setToolTip(tr("Change the address or port of the selected device"));
    m_remove->setToolTip(tr("Stop asking the selected device at start and take it out of the tree (Delete)"));
    connect(m_add, &QPushButton::clicked, this, &AddedDevicesDialog::addDevice);
    connect(m_edit, &QPushButton::clicked, this, &AddedDevicesDialog::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AddedDevicesDialog::removeCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &AddedDevicesDialog::editCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AddedDevicesDialog::updateButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(m_panel, &DevicePanel::devicesAddedByHandChanged, this, &AddedDevicesDialog::reload);
    reload();
    m_list->setFocus();
}

QString AddedDevicesDialog::currentEntry() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kEntryRole).toString() : QString();
}

void AddedDevicesDialog::reload()
{
    const QString current = currentEntry();
    const int currentRow = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_list->clear();
    for (const QString &entry : m_panel->devicesAddedByHand()) {
        // "10.0.0.5:5683" is asked over plain CoAP, "coaps://10.0.0.5:5684" over DTLS.
        const bool secure = DevicePanel::isSecureEntry(entry);
        auto *item = new QTreeWidgetItem(m_list, {entry, secure ? QStringLiteral("coaps") : QStringLiteral("coap")});
        item->setData(0, kEntryRole, entry);
        item->setToolTip(0, secure ? entry : QStringLiteral("coap://%1").arg(entry));
    }
    // The same entry stays current; after a removal the one that took its row.
    QTreeWidgetItem *select = nullptr;
    for (int row = 0; row < m_list->topLevelItemCount() && !current.isEmpty(); ++row) {
        if (m_list->topLevelItem(row)->data(0, kEntryRole).toString() == current)
            select = m_list->topLevelItem(row);
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(qBound(0, currentRow, m_list->topLevelItemCount() - 1));
    m_list->setCurrentItem(select);
    updateButtons();
}

void AddedDevicesDialog::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void AddedDevicesDialog::addDevice()
{
    auto *dialog = new AddDeviceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_panel->addDevice(dialog->host(), dialog->port(), dialog->secure());
        // The new entry is the last one: select it, so that Edit and Remove act on what was added.
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    });
    dialog->open();
}

void AddedDevicesDialog::editCurrent()
{
    const QString entry = currentEntry();
    if (entry.isEmpty())
        return;
    auto *dialog = new AddDeviceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(true);
    dialog->setAddress(entry);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry] {
        m_panel->replaceDeviceAddedByHand(entry, dialog->host(), dialog->port(), dialog->secure());
    });
    dialog->open();
}

void AddedDevicesDialog::removeCurrent()
{
    const QString entry = currentEntry();
    if (!entry.isEmpty())
        m_panel->removeDeviceAddedByHand(entry);
}

#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// How the device tree orders its devices (issue 11: "a tree for many devices"). Resources below a
// device keep their path order whatever is chosen.
enum class DeviceSortOrder : quint8 {
    Name,        // natural order of the names ("Sensor 2" before "Sensor 10"); unnamed ones after, by address
    Address,     // IPv4 before IPv6, numerically, then the port; host names last
    AnswerOrder, // the order discovery found them (first answer); those that never answered last
};

// The device tree's proxy: the filter box (Ctrl+F) and the sort order of the devices.
// Devices added by hand stay visible under any filter.
class DeviceSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceSortFilterProxy(QObject *parent = nullptr);

    DeviceSortOrder sortOrder() const { return m_order; }
    // Re-sorts at once; the views keep selection and expansion (a layout change, not a reset).
    void setSortOrder(DeviceSortOrder order);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DeviceSortOrder m_order = DeviceSortOrder::Name;
    QCollator m_collator;
};

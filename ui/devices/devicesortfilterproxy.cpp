#include "devicesortfilterproxy.h"

#include "devicetreemodel.h"

#include <QDateTime>
#include <QLocale>

DeviceSortFilterProxy::DeviceSortFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The C locale (LANG unset, as on many service laptops and in CI) collates by code point and
    // ignores numeric mode; English rules sort digits and letters as people expect.
    if (QLocale().language() == QLocale::C)
        m_collator = QCollator(QLocale(QLocale::English, QLocale::UnitedStates));
    // Numeric mode: people number their devices, and "Sensor 10" after "Sensor 9" is what they expect.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void DeviceSortFilterProxy::setSortOrder(DeviceSortOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
}

bool DeviceSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Devices added by hand stay in the tree while a filter is active: the user typed their address
    // to see them answer, and a forgotten filter must not hide them.
    if (!sourceParent.isValid() && sourceModel()->index(sourceRow, 0).data(DeviceTreeModel::AddedByHandRole).toBool())
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool DeviceSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right); // path segments, as before
    const QModelIndex l = left.siblingAtColumn(DeviceTreeModel::NameColumn);
    const QModelIndex r = right.siblingAtColumn(DeviceTreeModel::NameColumn);
    // The last word is always the source row (the order the tree learned of them): a total order,
    // so equal keys never swap places between two sorts.
    const auto byAddress = [&] {
        const QByteArray a = l.data(DeviceTreeModel::AddressKeyRole).toByteArray();
        const QByteArray b = r.data(DeviceTreeModel::AddressKeyRole).toByteArray();
        return a != b ? a < b : l.row() < r.row();
    };
    switch (m_order) {
    case DeviceSortOrder::Name: {
        const QString a = l.data(DeviceTreeModel::DeviceNameRole).toString();
        const QString b = r.data(DeviceTreeModel::DeviceNameRole).toString();
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // named devices first
        if (!a.isEmpty()) {
            const int c = m_collator.compare(a, b);
            if (c != 0)
                return c < 0;
        }
        return byAddress();
    }
    case DeviceSortOrder::Address:
        return byAddress();
    case DeviceSortOrder::AnswerOrder: {
        const QDateTime a = l.data(DeviceTreeModel::FirstSeenRole).toDateTime();
        const QDateTime b = r.data(DeviceTreeModel::FirstSeenRole).toDateTime();
        if (a.isValid() != b.isValid())
            return a.isValid(); // those that answered first
        if (a.isValid() && a != b)
            return a < b;
        return l.row() < r.row();
    }
    }
    return l.row() < r.row();
}

#include "Listing.h"

namespace oc {

int columnIndex(const QList<ColumnInfo> &columns, QAnyStringView key)
{
    for (int i = 0; i < columns.size(); ++i)
        if (QAnyStringView::equal(columns.at(i).key, key))
            return i;
    return -1;
}

int ListPage::columnIndex(QAnyStringView key) const
{
    return oc::columnIndex(columns, key);
}

QVariant ListPage::value(int row, QAnyStringView key) const
{
    const int column = columnIndex(key);
    if (row < 0 || row >= rows.size() || column < 0)
        return {};
    return rows.at(row).value(column);
}

QVariantMap ListPage::record(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rows.size())
        return map;
    const QVariantList &values = rows.at(row);
    for (int i = 0; i < columns.size() && i < values.size(); ++i)
        map.insert(columns.at(i).key, values.at(i));
    return map;
}

} // namespace oc

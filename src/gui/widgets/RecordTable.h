#pragma once

#include <QStringList>
#include <QVariant>

class QTableWidget;
class QWidget;

namespace oc::gui {

// A read-only table of records the wizards show (workspaces, members, orders, logins):
// whole rows selected one at a time, alternating colours, the last column stretched, and
// room for `visibleRows` rows.
QTableWidget *makeRecordTable(QWidget *parent, const QString &objectName, int visibleRows);
// Fills row `row` with `cells`, each carrying the record's `id` (Qt::UserRole).
void setRecordRow(QTableWidget *table, int row, const QStringList &cells, const QVariant &id);

} // namespace oc::gui

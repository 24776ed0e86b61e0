#pragma once

class QString;
class QTableWidget;
class QWidget;

namespace oc::gui {

// A read-only table of records the wizards show (workspaces, members, orders, logins):
// whole rows selected one at a time, alternating colours, the last column stretched, and
// room for `visibleRows` rows.
QTableWidget *makeRecordTable(QWidget *parent, const QString &objectName, int visibleRows);

} // namespace oc::gui

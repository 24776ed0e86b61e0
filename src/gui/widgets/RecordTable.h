#pragma once

class QString;
class QTableWidget;
class QWidget;

namespace oc::gui {

// The read-only, row-selecting table of workspaces the login wizard's pages show.
QTableWidget *makeWorkspaceTable(QWidget *parent, const QString &objectName);

} // namespace oc::gui

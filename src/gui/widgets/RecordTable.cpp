#include "RecordTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace oc::gui {

QTableWidget *makeRecordTable(QWidget *parent, const QString &objectName, int visibleRows)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * visibleRows);
    return table;
}

} // namespace oc::gui

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

void setRecordRow(QTableWidget *table, int row, const QStringList &cells, const QVariant &id)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

} // namespace oc::gui

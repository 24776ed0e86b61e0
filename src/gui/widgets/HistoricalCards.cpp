#include "HistoricalCards.h"

#include "RecordTable.h"
#include "gui/DomainText.h"

#include <QHeaderView>
#include <QTableWidget>

namespace oc::gui {

void HistoricalCards::setUp(QTableWidget *table)
{
    table->setColumnCount(4);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    retranslate(table);
}

void HistoricalCards::retranslate(QTableWidget *table)
{
    table->setAccessibleName(tr("Historical cards"));
    table->setHorizontalHeaderLabels({tr("Card"), tr("Cardholder"), tr("Time"), tr("Result")});
}

void HistoricalCards::show(QTableWidget *table, const QList<PaymentCard> &cards,
                           const QTimeZone &zone)
{
    table->setRowCount(int(cards.size()));
    for (int row = 0; row < cards.size(); ++row) {
        const PaymentCard &c = cards.at(row);
        setRecordRow(table, row,
                     {c.maskedNumber, c.holder, DomainText::time(c.attemptedAt, zone),
                      DomainText::cardResult(oc::toString(c.result))},
                     c.cardId);
    }
    table->resizeColumnsToContents(); // a few rows: the masked numbers on one line
}

} // namespace oc::gui

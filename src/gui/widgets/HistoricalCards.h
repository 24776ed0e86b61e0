#pragma once

#include "core/Domain.h"

#include <QCoreApplication>
#include <QList>

class QTableWidget;
class QTimeZone;

namespace oc::gui {

// The "Historical Cards" table (R-ACC-18): every card-binding attempt with the bank's
// Result, newest first — on W-SIGNUP's card page and on the account's Payment tab.
class HistoricalCards
{
    Q_DECLARE_TR_FUNCTIONS(HistoricalCards)

public:
    // Read-only, whole rows, no row numbers, the Result column stretched.
    static void setUp(QTableWidget *table);
    // The column headers and the table's name, in the current language.
    static void retranslate(QTableWidget *table);
    static void show(QTableWidget *table, const QList<PaymentCard> &cards, const QTimeZone &zone);
};

} // namespace oc::gui

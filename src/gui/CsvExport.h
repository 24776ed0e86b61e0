#pragma once

#include "core/Listing.h"

#include <QCoreApplication>

class QWidget;

namespace oc::gui {

class AppContext;

// Exports a list view to CSV: asks for the file, runs the export in the backend with a
// cancellable progress dialog, and reports the outcome.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    static void run(AppContext *context, QWidget *parent, const ListQuery &query,
                    const QList<ColumnInfo> &columns, const QString &title);
};

} // namespace oc::gui

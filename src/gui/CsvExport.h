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

private:
    // The export itself, once the file is chosen. It reports progress and may run for long,
    // so it is not bound by the call timeout: the operator cancels it instead.
    static void write(AppContext *context, QWidget *parent, const ListQuery &query,
                      const QList<ColumnInfo> &columns, const QString &title, const QString &path);
};

} // namespace oc::gui

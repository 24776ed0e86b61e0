#include "CsvExport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "contract/Backend.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

namespace oc::gui {

void CsvExport::run(AppContext *context, QWidget *parent, const ListQuery &query,
                    const QList<ColumnInfo> &columns, const QString &title)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(query.view + QStringLiteral(".csv"));
    context->dialogs()->saveFileName(parent, tr("Export %1").arg(title), suggested,
                                     tr("CSV files (*.csv)"),
                                     [context, parent, query, columns, title](const QString &path) {
                                         if (!path.isEmpty())
                                             write(context, parent, query, columns, title, path);
                                     });
}

void CsvExport::write(AppContext *context, QWidget *parent, const ListQuery &query,
                      const QList<ColumnInfo> &columns, const QString &title, const QString &path)
{
    QStringList headers;
    for (const ColumnInfo &column : columns)
        headers << DomainText::columnHeader(query.view, column.key);

    auto *progress =
        new QProgressDialog(tr("Exporting %1…").arg(title), tr("Cancel"), 0, 1000, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);

    auto *watcher = new QFutureWatcher<Result<qint64>>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
                     &QProgressDialog::setValue);
    // Cancel answers at once: the worker stops within a few rows and the file is never
    // written under `path` (the backend writes through a QSaveFile and discards it).
    QObject::connect(progress, &QProgressDialog::canceled, watcher, [watcher, progress] {
        watcher->future().cancel();
        progress->hide();
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress,
                     [context, parent, watcher, progress, path] {
                         progress->hide();
                         progress->deleteLater();
                         const QFuture<Result<qint64>> future = watcher->future();
                         if (future.resultCount() == 0)
                             return; // cancelled before it started
                         const Result<qint64> result = future.result();
                         if (result.ok())
                             context->dialogs()->inform(
                                 parent, tr("Export"),
                                 tr("Exported %n row(s) to %1.", nullptr, int(*result)).arg(path));
                         else if (result.error().rule != QLatin1StringView(SystemError::Cancelled))
                             context->dialogs()->warn(
                                 parent, tr("Export"),
                                 ErrorText::message(result.error(), context->brand()));
                     });
    watcher->setFuture(context->backend()->exportCsv(query, headers, path));
}

} // namespace oc::gui

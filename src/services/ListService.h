#pragma once

#include "Session.h"
#include "core/Listing.h"
#include "store/ListViews.h"

#include <functional>

namespace oc {

// The list views (store/ListViews) behind every list of the console: a page of a view,
// and a whole view written as CSV. Names in a query are checked against the view first: an
// unknown view, column or filter is E-INVALID naming it.
class ListService
{
public:
    explicit ListService(Session &session)
        : m_session(session)
    {}

    Result<ListPage> page(const ListQuery &query);
    // As page(), each row's cells handed to `row` as the store holds them (SQLite, a page
    // without a search read forwards: store::ListViews::pageCells) and the rest in
    // `header`; false, having done nothing, for another page (page() reads it).
    Result<bool>
    pageCells(const ListQuery &query, ListPage &header,
              const std::function<void(const QList<store::ListViews::RawCell> &)> &row);

    // Writes every row of `query` as CSV (UTF-8 with BOM, `headers` first, the column keys
    // where a header is missing) to `path`, atomically: the file appears whole or not at
    // all. `progress` is told 0..1000 now and then; when it returns false the export stops
    // (E-CANCELLED) and no file is left. The value is the number of rows written.
    Result<qint64> exportCsv(const ListQuery &query, const QStringList &headers,
                             const QString &path, const std::function<bool(int)> &progress);

    // The same CSV handed to `sink` piece by piece as it is made (the server streams it):
    // pieces of about CsvPieceBytes, in order, the first holding the header and the first
    // rows, or the whole file when it is smaller, so that a query that fails at once fails
    // before `sink` heard of it. `rows` is the number of rows the file will have, as counted
    // when the export began. An error from `sink` stops the export with that error.
    Result<qint64> writeCsv(const ListQuery &query, const QStringList &headers,
                            const std::function<Status(const QByteArray &piece, qint64 rows)> &sink,
                            const std::function<bool(int)> &progress);
    static constexpr qsizetype CsvPieceBytes = 256 * 1024;

    static Error cancelled();

private:
    Session &m_session;
};

} // namespace oc

#include "ListService.h"

#include "core/CsvText.h"
#include "store/ListViews.h"

#include <QSaveFile>

#include <optional>

namespace oc {

namespace {

// E-INVALID naming the first name of `query` that its view does not know; none when all
// are known.
std::optional<Error> unknownName(const ListQuery &query)
{
    const QString name = store::ListViews::unknownName(query);
    if (name.isEmpty())
        return std::nullopt;
    return makeError(QString::fromLatin1(SystemError::Invalid), name,
                     QStringLiteral("unknownName"));
}

// `read` of the store's list views in a read transaction, once the query's names are known.
template<class T, class F>
Result<T> readViews(Session &session, const ListQuery &query, F read)
{
    if (const auto unknown = unknownName(query))
        return *unknown;
    return session.read<T>([&]() -> Result<T> {
        store::ListViews views(session.db());
        views.setBackground(session.background);
        return read(views);
    });
}

Error fileError(const QString &path, const QString &detail)
{
    return makeError(QString::fromLatin1(SystemError::File), QStringLiteral("path"),
                     QStringLiteral("notWritable"),
                     {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
}

// One cell, as UTF-8 (core/CsvText: no QString per number or time).
void appendCell(QByteArray &out, const ColumnInfo &column, const QVariant &value)
{
    if (value.isNull())
        return;
    switch (column.kind) {
    case ColumnKind::Money:
        csv::appendFen(out, value.toLongLong());
        return;
    case ColumnKind::Time:
        // UTC to the second, as Qt::ISODate writes a Qt::UTC time ("...Z"; the file must not
        // depend on the Qt version, which writes a QTimeZone::utc() time as "+00:00" in 6.4).
        csv::appendIsoUtc(out, value.toLongLong());
        return;
    case ColumnKind::Text:
    case ColumnKind::Id:
        // A spreadsheet runs a cell that starts like a formula; names and details typed by
        // customers are data, so such a text is written with a leading apostrophe (the
        // spreadsheet convention for "text as is"). Numbers and money are never touched.
        csv::appendText(out, value.toString());
        return;
    default:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            csv::appendInteger(out, value.toLongLong());
        else
            csv::appendField(out, value.toString());
        return;
    }
}

// The same cell from the store's own form (ListViews::forEachRawRow): byte for byte what
// appendCell writes for the QVariant the store's Qt driver would make of it.
void appendRawCell(QByteArray &out, const ColumnInfo &column, const store::ListViews::RawCell &cell)
{
    using Kind = store::ListViews::RawCell::Kind;
    switch (cell.kind) {
    case Kind::Null:
        return;
    case Kind::Integer:
        switch (column.kind) {
        case ColumnKind::Money:
            csv::appendFen(out, cell.integer);
            return;
        case ColumnKind::Time:
            csv::appendIsoUtc(out, cell.integer);
            return;
        case ColumnKind::Text:
        case ColumnKind::Id:
            csv::appendTextUtf8(out, QByteArray::number(cell.integer));
            return;
        default:
            csv::appendInteger(out, cell.integer);
            return;
        }
    case Kind::Real:
        appendCell(out, column, QVariant(cell.real));
        return;
    case Kind::Text:
        switch (column.kind) {
        case ColumnKind::Money:
        case ColumnKind::Time:
            // Not how the store keeps them: as the QVariant would be read.
            appendCell(out, column, QVariant(QString::fromUtf8(cell.text)));
            return;
        case ColumnKind::Text:
        case ColumnKind::Id:
            csv::appendTextUtf8(out, cell.text);
            return;
        default:
            csv::appendFieldUtf8(out, cell.text);
            return;
        }
    }
}

} // namespace

Error ListService::cancelled()
{
    return makeError(QString::fromLatin1(SystemError::Cancelled), {}, QStringLiteral("cancelled"));
}

Result<ListPage> ListService::page(const ListQuery &query)
{
    return readViews<ListPage>(m_session, query,
                               [&](store::ListViews &views) { return views.page(query); });
}

Result<bool>
ListService::pageCells(const ListQuery &query, ListPage &header,
                       const std::function<void(const QList<store::ListViews::RawCell> &)> &row)
{
    return readViews<bool>(m_session, query, [&](store::ListViews &views) {
        return views.pageCells(query, header, row);
    });
}

Result<qint64> ListService::writeCsv(const ListQuery &query, const QStringList &headers,
                                     const std::function<Status(const QByteArray &, qint64)> &sink,
                                     const std::function<bool(int)> &progress)
{
    if (const auto unknown = unknownName(query))
        return *unknown;
    if (!progress(0))
        return cancelled();
    const QList<ColumnInfo> columns = store::ListViews::columns(query.view);
    QByteArray buffer;
    buffer.reserve(CsvPieceBytes + 4096);
    buffer.append("\xEF\xBB\xBF");
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            buffer.append(',');
        csv::appendField(buffer, i < headers.size() ? headers.at(i) : columns.at(i).key);
    }
    buffer.append("\r\n");
    bool stopped = false;
    std::optional<Error> sinkFailed;
    qint64 rows = 0;
    const auto flush = [&] {
        const Status taken = sink(buffer, rows);
        buffer.clear();
        if (!taken.ok())
            sinkFailed = taken.error();
        return taken.ok();
    };
    const auto written = m_session.read<qint64>([&]() -> Result<qint64> {
        return store::ListViews(m_session.db())
            .forEachRawRow(query, [&](const QList<store::ListViews::RawCell> &row, qint64 index,
                                      qint64 total) {
                rows = total;
                const qsizetype width = qMin(row.size(), columns.size());
                for (qsizetype i = 0; i < width; ++i) {
                    if (i > 0)
                        buffer.append(',');
                    appendRawCell(buffer, columns.at(i), row.at(i));
                }
                buffer.append("\r\n");
                if (buffer.size() >= CsvPieceBytes && !flush())
                    return false;
                if ((index & 1023) == 0 && !progress(total > 0 ? int(index * 1000 / total) : 0)) {
                    stopped = true;
                    return false;
                }
                return true;
            });
    });
    if (sinkFailed)
        return *sinkFailed;
    if (stopped)
        return cancelled();
    if (!written.ok())
        return written;
    if (!flush())
        return *sinkFailed;
    if (!progress(1000))
        return cancelled();
    return written;
}

Result<qint64> ListService::exportCsv(const ListQuery &query, const QStringList &headers,
                                      const QString &path, const std::function<bool(int)> &progress)
{
    if (const auto unknown = unknownName(query))
        return *unknown;
    if (!progress(0))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    const auto written = writeCsv(
        query, headers,
        [&](const QByteArray &piece, qint64) -> Status {
            if (file.write(piece) != piece.size())
                return fileError(path, file.errorString());
            return Done{};
        },
        progress);
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return written;
}

} // namespace oc

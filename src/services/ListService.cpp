#include "ListService.h"

#include "core/Money.h"
#include "store/ListViews.h"

#include <QSaveFile>

namespace oc {

namespace {

Error unknownName(const ListQuery &query)
{
    return makeError(QString::fromLatin1(SystemError::Invalid),
                     store::ListViews::unknownName(query), QStringLiteral("unknownName"));
}

Error fileError(const QString &path, const QString &detail)
{
    return makeError(QString::fromLatin1(SystemError::File), QStringLiteral("path"),
                     QStringLiteral("notWritable"),
                     {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvValue(const ColumnInfo &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Money:
        return Fen(value.toLongLong()).toPlainString();
    case ColumnKind::Time:
        // toUTC(): a Qt::UTC time prints as "...Z" (Qt 6.4 prints a QTimeZone::utc() time
        // as "+00:00", later versions as "Z"; the file must not depend on the version).
        return store::timeFromDb(value).toUTC().toString(Qt::ISODate);
    case ColumnKind::Text:
    case ColumnKind::Id: {
        // A spreadsheet runs a cell that starts like a formula; names and details typed by
        // customers are data, so such a text is written with a leading apostrophe (the
        // spreadsheet convention for "text as is"). Numbers and money are never touched.
        QString text = value.toString();
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        if (!text.isEmpty() && formulaStarts.contains(text.front()))
            text.prepend(QLatin1Char('\''));
        return text;
    }
    default:
        return value.toString();
    }
}

} // namespace

Error ListService::cancelled()
{
    return makeError(QString::fromLatin1(SystemError::Cancelled), {}, QStringLiteral("cancelled"));
}

Result<ListPage> ListService::page(const ListQuery &query)
{
    if (!store::ListViews::unknownName(query).isEmpty())
        return unknownName(query);
    return m_session.read<ListPage>(
        [&]() -> Result<ListPage> { return store::ListViews(m_session.db()).page(query); });
}

Result<qint64> ListService::exportCsv(const ListQuery &query, const QStringList &headers,
                                      const QString &path, const std::function<bool(int)> &progress)
{
    if (!store::ListViews::unknownName(query).isEmpty())
        return unknownName(query);
    if (!progress(0))
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    const QList<ColumnInfo> columns = store::ListViews::columns(query.view);
    QStringList head;
    for (int i = 0; i < columns.size(); ++i)
        head << csvField(i < headers.size() ? headers.at(i) : columns.at(i).key);
    file.write("\xEF\xBB\xBF");
    file.write(head.join(QLatin1Char(',')).toUtf8() + "\r\n");
    bool stopped = false;
    const auto written = m_session.read<qint64>([&]() -> Result<qint64> {
        return store::ListViews(m_session.db())
            .forEachRow(query, [&](const QVariantList &row, qint64 index, qint64 total) {
                QStringList fields;
                for (int i = 0; i < row.size() && i < columns.size(); ++i)
                    fields << csvField(csvValue(columns.at(i), row.at(i)));
                file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
                if ((index & 1023) == 0 && !progress(total > 0 ? int(index * 1000 / total) : 0)) {
                    stopped = true;
                    return false;
                }
                return true;
            });
    });
    if (stopped || !progress(1000)) {
        file.cancelWriting();
        return cancelled();
    }
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return written;
}

} // namespace oc

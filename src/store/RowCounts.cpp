#include "RowCounts.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace oc::store {

namespace {

Q_LOGGING_CATEGORY(lcRowCounts, "oc.store.counts")

// Table names go into a LOCK TABLE and a count(*) as identifiers: the schema's own only.
bool isTableName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*\\z"));
    return identifier.match(name).hasMatch();
}

} // namespace

QString RowCounts::totalQuery(const QString &parameter)
{
    return QStringLiteral("SELECT sum(delta) FROM row_counts WHERE table_name = ") + parameter;
}

QString RowCounts::partsQuery(const QString &parameter)
{
    return QStringLiteral("SELECT count(*) FROM row_counts WHERE table_name = ") + parameter;
}

QStringList RowCounts::tables()
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT table_name FROM row_counts "
                                        "ORDER BY table_name"));
    query.exec();
    return query.texts();
}

std::optional<qint64> RowCounts::total(const QString &table)
{
    SqlQuery query(m_db, totalQuery(QStringLiteral(":t")));
    query.bind(QStringLiteral(":t"), table).exec();
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.integer(0);
}

qint64 RowCounts::parts(const QString &table)
{
    SqlQuery query(m_db, partsQuery(QStringLiteral(":t")));
    query.bind(QStringLiteral(":t"), table).exec();
    return query.next() ? query.integer(0) : 0;
}

bool RowCounts::compact(qint64 above)
{
    const QString fold = m_db.dialect().compactRowCounts();
    if (fold.isEmpty() || m_db.inTransaction())
        return false;
    try {
        // Looked at first, reading only: most opens and pages find nothing to fold.
        SqlQuery due(m_db, QStringLiteral("SELECT count(*) FROM (SELECT table_name FROM "
                                          "row_counts GROUP BY table_name HAVING count(*) > "
                                          ":parts) due"));
        due.bind(QStringLiteral(":parts"), above).exec();
        if (!due.next() || due.integer(0) == 0)
            return false;
        SqlQuery folded(m_db, fold);
        folded.bind(QStringLiteral(":parts"), above).exec();
        return folded.rowsAffected() > 0;
    } catch (const StoreError &e) {
        // Another process folding the same rows (serializable), a read-only store: the rows
        // stay as they are, exact, and are folded another time.
        qCInfo(lcRowCounts) << "row counts not folded:" << e.detail();
        return false;
    }
}

void RowCounts::recount(const QString &table)
{
    if (!isTableName(table))
        throw StoreError(StoreError::Kind::Other, QStringLiteral("recount"), table);
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        // Waits for the table's writers in flight and holds off new ones until the end of the
        // transaction (SHARE ROW EXCLUSIVE excludes itself and every writer, not readers).
        m_db.execute(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table));
    if (!total(table))
        throw StoreError(StoreError::Kind::Other, QStringLiteral("recount: not counted"), table);
    SqlQuery(m_db, QStringLiteral("DELETE FROM row_counts WHERE table_name = :t"))
        .bind(QStringLiteral(":t"), table)
        .exec();
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO row_counts (table_name, delta) SELECT CAST(:t AS TEXT), "
                            "count(*) FROM %1")
                 .arg(table))
        .bind(QStringLiteral(":t"), table)
        .exec();
}

} // namespace oc::store

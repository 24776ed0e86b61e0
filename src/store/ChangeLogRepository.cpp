#include "ChangeLogRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

qint64 ChangeLogRepository::append(const QStringList &views, bool clock, const QDateTime &at)
{
    SqlQuery q(m_db, u"INSERT INTO change_log (views, clock, at) VALUES (:v, :c, :at) "
                     "RETURNING sequence"_s);
    q.bind(u":v"_s, views.join(QLatin1Char(',')))
        .bind(u":c"_s, clock ? 1 : 0)
        .bind(u":at"_s, toDb(at))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 ChangeLogRepository::latest()
{
    SqlQuery q(m_db, u"SELECT COALESCE(max(sequence), 0) FROM change_log"_s);
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 ChangeLogRepository::oldest()
{
    SqlQuery q(m_db, u"SELECT COALESCE(min(sequence), 0) FROM change_log"_s);
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

QList<ChangeRecord> ChangeLogRepository::after(qint64 since, int limit)
{
    SqlQuery q(m_db, u"SELECT sequence, views, clock FROM change_log WHERE sequence > :s "
                     "ORDER BY sequence LIMIT :l"_s);
    q.bind(u":s"_s, since).bind(u":l"_s, limit).exec();
    QList<ChangeRecord> list;
    while (q.next())
        list << ChangeRecord{q.integer(0), q.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts),
                             q.integer(2) != 0};
    return list;
}

int ChangeLogRepository::prune(qint64 keep)
{
    SqlQuery q(m_db, u"DELETE FROM change_log WHERE sequence <= "
                     "(SELECT COALESCE(max(sequence), 0) FROM change_log) - :keep"_s);
    q.bind(u":keep"_s, keep).exec();
    return q.rowsAffected();
}

} // namespace oc::store

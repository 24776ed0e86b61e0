#include "JournalRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

JournalEntry readEntry(const SqlQuery &q)
{
    return JournalEntry{
        q.integer(0), timeFromDb(q.value(1)), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
        q.text(7)};
}

} // namespace

qint64 JournalRepository::append(const JournalEntry &e)
{
    SqlQuery q(m_db, u"INSERT INTO journal (at, actor, operation, resource_type, target, outcome, "
                     "details) VALUES (:at, :actor, :op, :rt, :target, :outcome, :details) "
                     "RETURNING entry_id"_s);
    q.bind(u":at"_s, toDb(e.at))
        .bind(u":actor"_s, e.actor)
        .bind(u":op"_s, e.operation)
        .bind(u":rt"_s, e.resourceType)
        .bind(u":target"_s, e.target)
        .bind(u":outcome"_s, e.outcome)
        .bind(u":details"_s, e.details)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

QList<JournalEntry> JournalRepository::recent(int limit)
{
    SqlQuery q(m_db, u"SELECT entry_id, at, actor, operation, resource_type, target, outcome, "
                     "details FROM journal ORDER BY at DESC, entry_id DESC LIMIT :l"_s);
    q.bind(u":l"_s, limit).exec();
    QList<JournalEntry> list;
    while (q.next())
        list << readEntry(q);
    return list;
}

QList<JournalEntry> JournalRepository::recentAbout(const QString &target)
{
    SqlQuery q(m_db, u"SELECT entry_id, at, actor, operation, resource_type, target, outcome, "
                     "details FROM journal WHERE target = :id ORDER BY at DESC, entry_id DESC "
                     "LIMIT 200"_s);
    q.bind(u":id"_s, target).exec();
    QList<JournalEntry> list;
    while (q.next())
        list << readEntry(q);
    return list;
}

} // namespace oc::store

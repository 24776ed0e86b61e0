#include "CtsTraceRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

qint64 CtsTraceRepository::insert(const CtsTraceRow &t)
{
    SqlQuery q(m_db, u"INSERT INTO cts_traces (account_id, at, trace_name, resource_type, "
                     "actor, outcome, details) VALUES (:id, :at, :name, 'accountCenter', "
                     ":actor, :outcome, :details) RETURNING trace_id"_s);
    q.bind(u":id"_s, t.accountId)
        .bind(u":at"_s, toDb(t.at))
        .bind(u":name"_s, t.traceName)
        .bind(u":actor"_s, t.actor)
        .bind(u":outcome"_s, t.outcome)
        .bind(u":details"_s, t.details)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

} // namespace oc::store

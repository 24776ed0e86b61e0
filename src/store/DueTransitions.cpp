#include "DueTransitions.h"

namespace oc::store {

using namespace Qt::StringLiterals;

bool DueTransitions::anyDue(const QDateTime &now)
{
    // Each kind's earliest time, read from the first entry of its (status, time) index,
    // rather than EXISTS of a row due: PostgreSQL's planner takes a status's rows and the
    // times before now as independent, expects a fifth of a million cards to be due when
    // the expired ones have long been marked so, and scanned every card to find none
    // (150-220 ms of every tick of the clock, on the CPU the lists needed).
    SqlQuery q(m_db, u"SELECT 1 WHERE (SELECT min(active_at) FROM instances WHERE "
                     "status = 'provisioning') <= :now OR (SELECT min(ready_at) FROM "
                     "organizations WHERE status = 'creating') <= :now OR (SELECT "
                     "min(expires_at) FROM stored_value_cards WHERE status = 'available') <= "
                     ":now OR (SELECT min(retention_until) FROM huawei_accounts WHERE "
                     "services_status = 'closed') <= :now"_s);
    q.bind(u":now"_s, toDb(now)).exec();
    return q.next();
}

} // namespace oc::store

#include "DueTransitions.h"

namespace oc::store {

using namespace Qt::StringLiterals;

bool DueTransitions::anyDue(const QDateTime &now)
{
    SqlQuery q(m_db, u"SELECT 1 WHERE EXISTS (SELECT 1 FROM instances WHERE "
                     "status = 'provisioning' AND active_at <= :now) OR EXISTS "
                     "(SELECT 1 FROM organizations WHERE status = 'creating' "
                     "AND ready_at <= :now) OR EXISTS (SELECT 1 FROM "
                     "stored_value_cards WHERE status = 'available' AND "
                     "expires_at <= :now) OR EXISTS (SELECT 1 FROM huawei_accounts WHERE "
                     "services_status = 'closed' AND retention_until <= :now)"_s);
    q.bind(u":now"_s, toDb(now)).exec();
    return q.next();
}

} // namespace oc::store

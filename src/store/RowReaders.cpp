#include "RowReaders.h"

namespace oc::store {

Instance readInstance(const SqlQuery &q, int first)
{
    Instance i;
    i.instanceId = q.text(first);
    i.orderId = q.text(first + 1);
    i.accountId = q.text(first + 2);
    i.productId = q.text(first + 3);
    i.status = enumOr(q.text(first + 4), InstanceStatus::Provisioning);
    i.openedAt = timeFromDb(q.value(first + 5));
    i.activeAt = timeFromDb(q.value(first + 6));
    i.closedAt = timeFromDb(q.value(first + 7));
    return i;
}

} // namespace oc::store

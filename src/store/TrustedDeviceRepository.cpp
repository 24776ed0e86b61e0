#include "TrustedDeviceRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

bool TrustedDeviceRepository::trusts(const QString &accountId, const QString &deviceId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM trusted_devices WHERE account_id = :account AND "
                     "device_id = :device"_s);
    q.bind(u":account"_s, accountId).bind(u":device"_s, deviceId).exec();
    return q.next();
}

void TrustedDeviceRepository::trust(const QString &accountId, const QString &deviceId,
                                    const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO trusted_devices (account_id, device_id, trusted_at) VALUES "
                   "(:account, :device, :at) ON CONFLICT (account_id, device_id) DO NOTHING"_s)
        .bind(u":account"_s, accountId)
        .bind(u":device"_s, deviceId)
        .bind(u":at"_s, toDb(at))
        .exec();
}

} // namespace oc::store

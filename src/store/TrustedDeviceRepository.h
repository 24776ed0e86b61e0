#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

namespace oc::store {

// "Trust this browser?" (D-LOGIN, my-account.md §3 step 4): the devices a HUAWEI ID signs in
// from without a code (R-ACC-19).
class TrustedDeviceRepository
{
public:
    explicit TrustedDeviceRepository(Database &db)
        : m_db(db)
    {}
    bool trusts(const QString &accountId, const QString &deviceId);
    // Trusted already: kept as it was (since when it is trusted).
    void trust(const QString &accountId, const QString &deviceId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace oc::store

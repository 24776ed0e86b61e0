#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class GuanceAccountRepository
{
public:
    explicit GuanceAccountRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const GuanceAccount &account, const QString &passwordHash);
    std::optional<GuanceAccount> find(qint64 id);
    std::optional<GuanceAccount> findByUsername(const QString &username);
    std::optional<GuanceAccount> findByEmail(const QString &email, const QString &site);

private:
    Database &m_db;
};

} // namespace oc::store

#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class FeeCenterRepository
{
public:
    explicit FeeCenterRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const FeeCenterAccount &account, const QString &passwordHash);
    std::optional<FeeCenterAccount> find(qint64 id);
    std::optional<FeeCenterAccount> findByUsername(const QString &username);
    void addCash(qint64 id, Fen amount);
    // R-FC-2
    void linkHuaweiAccount(const QString &huaweiAccountId, qint64 feeCenterAccountId,
                           const QDateTime &at);
    std::optional<qint64> linkedFeeCenter(const QString &huaweiAccountId);
    bool isLinked(const QString &huaweiAccountId);
    QStringList linkedHuaweiAccounts(qint64 feeCenterAccountId);
    // W-LOGIN "enterprise information": the company information confirmed by the customer.
    void setCompanyInformation(qint64 id, const QString &enterpriseName, const QString &industry,
                               const QString &contact);

private:
    Database &m_db;
};

} // namespace oc::store

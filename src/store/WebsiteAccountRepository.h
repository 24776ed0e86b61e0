#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace oc::store {

// A Huawei website account as stored (contract WebsiteAccount, with its id and password
// hash): R-ACC-19, bound to a HUAWEI ID on its first login.
struct WebsiteAccountRow
{
    qint64 websiteAccountId = 0;
    QString name; // as it was created; unique whatever its letter case
    QString passwordHash;
    QString countryRegion;
    QString accountId; // the bound HUAWEI ID; empty until bound
    QDateTime createdAt;
    QDateTime boundAt;
};

class WebsiteAccountRepository
{
public:
    explicit WebsiteAccountRepository(Database &db)
        : m_db(db)
    {}
    // Returns the new id. A name taken whatever its case violates uq_website_accounts_name.
    qint64 insert(const WebsiteAccountRow &row);
    // By name, whatever its letter case.
    std::optional<WebsiteAccountRow> findByName(const QString &name);
    // The website account bound to a HUAWEI ID, if any.
    std::optional<WebsiteAccountRow> findByAccount(const QString &accountId);
    // Binds an unbound website account to `accountId` at `at`; false when it is bound
    // already (a concurrent binding won). A HUAWEI ID bound to another one violates
    // uq_website_accounts_account.
    bool bind(qint64 websiteAccountId, const QString &accountId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace oc::store

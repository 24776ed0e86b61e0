#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

class OrganizationRepository
{
public:
    explicit OrganizationRepository(Database &db)
        : m_db(db)
    {}
    // The enterprise name and abbreviation are written here once and never updated
    // (R-ORG-1, R-ORG-2): this class has no method that could change them.
    void insert(const Organization &organization);
    std::optional<Organization> find(const QString &organizationId);
    std::optional<Organization> findByAbbreviation(const QString &abbreviation);
    QList<Organization> listByOwner(const QString &ownerAccountId);
    // R-ORG-3: creating organizations whose setup time has passed become ready.
    QStringList readyDue(const QDateTime &now);
    bool hasReadyOrganization(const QString &ownerAccountId);
    qint64 insertDepartment(const QString &organizationId, qint64 parentId, const QString &name);
    QList<Department> departments(const QString &organizationId);

private:
    Database &m_db;
};

} // namespace oc::store

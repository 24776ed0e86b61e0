#include "OrganizationRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

Organization readOrganization(const SqlQuery &q)
{
    Organization o;
    o.organizationId = q.text(0);
    o.ownerAccountId = q.text(1);
    o.enterpriseName = q.text(2);
    o.abbreviation = q.text(3);
    o.status = enumOr(q.text(4), OrganizationStatus::Creating);
    o.createdAt = timeFromDb(q.value(5));
    o.readyAt = timeFromDb(q.value(6));
    return o;
}

const QString OrganizationColumns = u"organization_id, owner_account_id, enterprise_name, "
                                    "abbreviation, status, created_at, ready_at"_s;

} // namespace

void OrganizationRepository::insert(const Organization &o)
{
    SqlQuery(m_db,
             u"INSERT INTO organizations (organization_id, owner_account_id, enterprise_name, "
             "abbreviation, status, created_at, ready_at) VALUES (:id, :owner, :name, "
             ":abbr, :status, :created, :ready)"_s)
        .bind(u":id"_s, o.organizationId)
        .bind(u":owner"_s, o.ownerAccountId)
        .bind(u":name"_s, o.enterpriseName)
        .bind(u":abbr"_s, o.abbreviation)
        .bind(u":status"_s, toString(o.status))
        .bind(u":created"_s, toDb(o.createdAt))
        .bind(u":ready"_s, toDb(o.readyAt))
        .exec();
}

std::optional<Organization> OrganizationRepository::find(const QString &organizationId)
{
    SqlQuery q(m_db, u"SELECT "_s + OrganizationColumns +
                         u" FROM organizations WHERE organization_id = :id"_s);
    q.bind(u":id"_s, organizationId).exec();
    if (q.next())
        return readOrganization(q);
    return std::nullopt;
}

std::optional<Organization> OrganizationRepository::findByAbbreviation(const QString &abbreviation)
{
    SqlQuery q(m_db, u"SELECT "_s + OrganizationColumns +
                         u" FROM organizations WHERE abbreviation = :a"_s);
    q.bind(u":a"_s, abbreviation).exec();
    if (q.next())
        return readOrganization(q);
    return std::nullopt;
}

QList<Organization> OrganizationRepository::listByOwner(const QString &ownerAccountId)
{
    SqlQuery q(m_db, u"SELECT "_s + OrganizationColumns +
                         u" FROM organizations WHERE owner_account_id = :o ORDER BY created_at"_s);
    q.bind(u":o"_s, ownerAccountId).exec();
    QList<Organization> list;
    while (q.next())
        list << readOrganization(q);
    return list;
}

QStringList OrganizationRepository::readyDue(const QDateTime &now)
{
    SqlQuery q(m_db, u"UPDATE organizations SET status = 'ready' WHERE status = 'creating' "
                     "AND ready_at <= :now RETURNING organization_id"_s);
    q.bind(u":now"_s, toDb(now)).exec();
    return q.texts();
}

bool OrganizationRepository::hasReadyOrganization(const QString &ownerAccountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM organizations WHERE owner_account_id = :id AND "
                     "status = 'ready'"_s);
    q.bind(u":id"_s, ownerAccountId).exec();
    return q.next();
}

qint64 OrganizationRepository::insertDepartment(const QString &organizationId, qint64 parentId,
                                                const QString &name)
{
    SqlQuery q(m_db, u"INSERT INTO departments (organization_id, parent_id, name) "
                     "VALUES (:org, :parent, :name) RETURNING department_id"_s);
    q.bind(u":org"_s, organizationId)
        .bind(u":parent"_s, idOrNull(parentId))
        .bind(u":name"_s, name)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

QList<Department> OrganizationRepository::departments(const QString &organizationId)
{
    SqlQuery q(m_db, u"SELECT department_id, organization_id, parent_id, name FROM departments "
                     "WHERE organization_id = :org ORDER BY department_id"_s);
    q.bind(u":org"_s, organizationId).exec();
    QList<Department> list;
    while (q.next())
        list << Department{q.integer(0), q.text(1), q.integer(2), q.text(3)};
    return list;
}

} // namespace oc::store

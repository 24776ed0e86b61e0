#include "OperatorRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

OperatorRecord readOperator(const SqlQuery &q)
{
    return OperatorRecord{q.text(0), q.text(1), q.text(2), timeFromDb(q.value(3)),
                          timeFromDb(q.value(4))};
}

const QString OperatorColumns = u"SELECT operator_id, name, token_hash, created_at, revoked_at "
                                "FROM operators "_s;

} // namespace

void OperatorRepository::insert(const OperatorRecord &r)
{
    SqlQuery(m_db, u"INSERT INTO operators (operator_id, name, token_hash, created_at) "
                   "VALUES (:id, :name, :hash, :at)"_s)
        .bind(u":id"_s, r.operatorId)
        .bind(u":name"_s, r.name)
        .bind(u":hash"_s, r.tokenHash)
        .bind(u":at"_s, toDb(r.createdAt))
        .exec();
}

std::optional<OperatorRecord> OperatorRepository::find(const QString &operatorId)
{
    SqlQuery q(m_db, OperatorColumns + u"WHERE operator_id = :id"_s);
    q.bind(u":id"_s, operatorId).exec();
    if (!q.next())
        return std::nullopt;
    return readOperator(q);
}

std::optional<OperatorRecord> OperatorRepository::findActiveByName(const QString &name)
{
    SqlQuery q(m_db,
               OperatorColumns + u"WHERE lower(name) = lower(:name) AND revoked_at IS NULL"_s);
    q.bind(u":name"_s, name).exec();
    if (!q.next())
        return std::nullopt;
    return readOperator(q);
}

QList<OperatorRecord> OperatorRepository::all()
{
    SqlQuery q(m_db, OperatorColumns + u"ORDER BY created_at, operator_id"_s);
    q.exec();
    QList<OperatorRecord> list;
    while (q.next())
        list << readOperator(q);
    return list;
}

bool OperatorRepository::revoke(const QString &name, const QDateTime &at)
{
    SqlQuery q(m_db, u"UPDATE operators SET revoked_at = :at "
                     "WHERE lower(name) = lower(:name) AND revoked_at IS NULL"_s);
    q.bind(u":at"_s, toDb(at)).bind(u":name"_s, name).exec();
    return q.rowsAffected() > 0;
}

} // namespace oc::store

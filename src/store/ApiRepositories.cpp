#include "ApiRepositories.h"

namespace oc::store {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

OperatorRecord readOperator(const SqlQuery &q)
{
    return OperatorRecord{q.text(0), q.text(1), q.text(2), timeFromDb(q.value(3)),
                          timeFromDb(q.value(4))};
}

const char *OperatorColumns = "SELECT operator_id, name, token_hash, created_at, revoked_at "
                              "FROM operators ";

} // namespace

// ---- operators -------------------------------------------------------------------------

void OperatorRepository::insert(const OperatorRecord &r)
{
    SqlQuery(m_db, s("INSERT INTO operators (operator_id, name, token_hash, created_at) "
                     "VALUES (:id, :name, :hash, :at)"))
        .bind(s(":id"), r.operatorId)
        .bind(s(":name"), r.name)
        .bind(s(":hash"), r.tokenHash)
        .bind(s(":at"), toDb(r.createdAt))
        .exec();
}

std::optional<OperatorRecord> OperatorRepository::find(const QString &operatorId)
{
    SqlQuery q(m_db, s(OperatorColumns) + s("WHERE operator_id = :id"));
    q.bind(s(":id"), operatorId).exec();
    if (!q.next())
        return std::nullopt;
    return readOperator(q);
}

std::optional<OperatorRecord> OperatorRepository::findActiveByName(const QString &name)
{
    SqlQuery q(m_db,
               s(OperatorColumns) + s("WHERE lower(name) = lower(:name) AND revoked_at IS NULL"));
    q.bind(s(":name"), name).exec();
    if (!q.next())
        return std::nullopt;
    return readOperator(q);
}

QList<OperatorRecord> OperatorRepository::all()
{
    SqlQuery q(m_db, s(OperatorColumns) + s("ORDER BY created_at, operator_id"));
    q.exec();
    QList<OperatorRecord> list;
    while (q.next())
        list << readOperator(q);
    return list;
}

bool OperatorRepository::revoke(const QString &name, const QDateTime &at)
{
    SqlQuery q(m_db, s("UPDATE operators SET revoked_at = :at "
                       "WHERE lower(name) = lower(:name) AND revoked_at IS NULL"));
    q.bind(s(":at"), toDb(at)).bind(s(":name"), name).exec();
    return q.rowsAffected() > 0;
}

// ---- idempotency keys ----------------------------------------------------------------------

std::optional<IdempotencyRecord> IdempotencyRepository::findForUpdate(const QString &key)
{
    SqlQuery q(m_db, s("SELECT idempotency_key, operator_id, fingerprint, state, changed, "
                       "status, body, created_at FROM idempotency_keys "
                       "WHERE idempotency_key = :k") +
                         m_db.dialect().forUpdate());
    q.bind(s(":k"), key).exec();
    if (!q.next())
        return std::nullopt;
    IdempotencyRecord r;
    r.key = q.text(0);
    r.operatorId = q.text(1);
    r.fingerprint = q.text(2);
    r.done = q.text(3) == u"done";
    r.changed = q.integer(4) != 0;
    r.status = int(q.integer(5));
    r.body = q.text(6).toUtf8();
    r.createdAt = timeFromDb(q.value(7));
    return r;
}

void IdempotencyRepository::insertRunning(const IdempotencyRecord &r)
{
    SqlQuery(m_db, s("INSERT INTO idempotency_keys (idempotency_key, operator_id, fingerprint, "
                     "state, changed, created_at) VALUES (:k, :op, :fp, 'running', 0, :at)"))
        .bind(s(":k"), r.key)
        .bind(s(":op"), r.operatorId)
        .bind(s(":fp"), r.fingerprint)
        .bind(s(":at"), toDb(r.createdAt))
        .exec();
}

void IdempotencyRepository::restart(const QString &key, const QDateTime &at)
{
    SqlQuery(m_db, s("UPDATE idempotency_keys SET created_at = :at WHERE idempotency_key = :k"))
        .bind(s(":at"), toDb(at))
        .bind(s(":k"), key)
        .exec();
}

void IdempotencyRepository::markChanged(const QString &key)
{
    SqlQuery(m_db, s("UPDATE idempotency_keys SET changed = 1 WHERE idempotency_key = :k"))
        .bind(s(":k"), key)
        .exec();
}

void IdempotencyRepository::complete(const QString &key, int status, const QByteArray &body)
{
    SqlQuery(m_db, s("UPDATE idempotency_keys SET state = 'done', status = :st, body = :b "
                     "WHERE idempotency_key = :k"))
        .bind(s(":st"), status)
        .bind(s(":b"), QString::fromUtf8(body))
        .bind(s(":k"), key)
        .exec();
}

int IdempotencyRepository::prune(const QDateTime &before)
{
    SqlQuery q(m_db, s("DELETE FROM idempotency_keys WHERE created_at < :t"));
    q.bind(s(":t"), toDb(before)).exec();
    return q.rowsAffected();
}

// ---- KooGallery nonces -------------------------------------------------------------------

bool NonceRepository::remember(const QString &nonce, const QDateTime &at)
{
    SqlQuery q(m_db, s("INSERT INTO koogallery_nonces (nonce, seen_at) VALUES (:n, :t) "
                       "ON CONFLICT (nonce) DO NOTHING"));
    q.bind(s(":n"), nonce).bind(s(":t"), toDb(at)).exec();
    return q.rowsAffected() == 1;
}

int NonceRepository::prune(const QDateTime &before)
{
    SqlQuery q(m_db, s("DELETE FROM koogallery_nonces WHERE seen_at < :t"));
    q.bind(s(":t"), toDb(before)).exec();
    return q.rowsAffected();
}

// ---- the marketplace's order lines -------------------------------------------------------

namespace {

const char *LineColumns = "SELECT instance_id, order_id, order_line_id, business_id, test_flag, "
                          "trial, expire_at, created_at FROM koogallery_instances ";

std::optional<MarketplaceLine> readLine(SqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    return MarketplaceLine{q.text(0),
                           q.text(1),
                           q.text(2),
                           q.text(3),
                           q.integer(4) != 0,
                           q.integer(5) != 0,
                           timeFromDb(q.value(6)),
                           timeFromDb(q.value(7))};
}

} // namespace

void MarketplaceLineRepository::insert(const MarketplaceLine &l)
{
    SqlQuery(m_db, s("INSERT INTO koogallery_instances (instance_id, order_id, order_line_id, "
                     "business_id, test_flag, trial, expire_at, created_at) VALUES (:i, :o, :l, "
                     ":b, :t, :tr, :e, :c)"))
        .bind(s(":i"), l.instanceId)
        .bind(s(":o"), l.orderId)
        .bind(s(":l"), l.orderLineId)
        .bind(s(":b"), l.businessId)
        .bind(s(":t"), l.testFlag ? 1 : 0)
        .bind(s(":tr"), l.trial ? 1 : 0)
        .bind(s(":e"), toDb(l.expireAt))
        .bind(s(":c"), toDb(l.createdAt))
        .exec();
}

std::optional<MarketplaceLine> MarketplaceLineRepository::find(const QString &instanceId)
{
    SqlQuery q(m_db, s(LineColumns) + s("WHERE instance_id = :i"));
    q.bind(s(":i"), instanceId).exec();
    return readLine(q);
}

std::optional<MarketplaceLine> MarketplaceLineRepository::findByLine(const QString &orderId,
                                                                     const QString &orderLineId)
{
    SqlQuery q(m_db, s(LineColumns) + s("WHERE order_id = :o AND order_line_id = :l"));
    q.bind(s(":o"), orderId).bind(s(":l"), orderLineId).exec();
    return readLine(q);
}

void MarketplaceLineRepository::refresh(const QString &instanceId, bool trial,
                                        const QDateTime &expireAt)
{
    SqlQuery(m_db, s("UPDATE koogallery_instances SET trial = :t, expire_at = :e "
                     "WHERE instance_id = :i"))
        .bind(s(":t"), trial ? 1 : 0)
        .bind(s(":e"), toDb(expireAt))
        .bind(s(":i"), instanceId)
        .exec();
}

// ---- the change feed ---------------------------------------------------------------------

qint64 ChangeLogRepository::append(const QStringList &views, bool clock, const QDateTime &at)
{
    SqlQuery q(m_db, s("INSERT INTO change_log (views, clock, at) VALUES (:v, :c, :at) "
                       "RETURNING sequence"));
    q.bind(s(":v"), views.join(QLatin1Char(',')))
        .bind(s(":c"), clock ? 1 : 0)
        .bind(s(":at"), toDb(at))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 ChangeLogRepository::latest()
{
    SqlQuery q(m_db, s("SELECT COALESCE(max(sequence), 0) FROM change_log"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 ChangeLogRepository::oldest()
{
    SqlQuery q(m_db, s("SELECT COALESCE(min(sequence), 0) FROM change_log"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

QList<ChangeRecord> ChangeLogRepository::after(qint64 since, int limit)
{
    SqlQuery q(m_db, s("SELECT sequence, views, clock FROM change_log WHERE sequence > :s "
                       "ORDER BY sequence LIMIT :l"));
    q.bind(s(":s"), since).bind(s(":l"), limit).exec();
    QList<ChangeRecord> list;
    while (q.next())
        list << ChangeRecord{q.integer(0), q.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts),
                             q.integer(2) != 0};
    return list;
}

int ChangeLogRepository::prune(qint64 keep)
{
    SqlQuery q(m_db, s("DELETE FROM change_log WHERE sequence <= "
                       "(SELECT COALESCE(max(sequence), 0) FROM change_log) - :keep"));
    q.bind(s(":keep"), keep).exec();
    return q.rowsAffected();
}

} // namespace oc::store

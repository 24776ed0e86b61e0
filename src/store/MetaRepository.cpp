#include "MetaRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

std::optional<QString> MetaRepository::get(const QString &key)
{
    SqlQuery q(m_db, u"SELECT value FROM meta WHERE key = :key"_s);
    q.bind(u":key"_s, key).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

std::optional<QString> MetaRepository::getForUpdate(const QString &key)
{
    SqlQuery q(m_db, u"SELECT value FROM meta WHERE key = :key"_s + m_db.dialect().forUpdate());
    q.bind(u":key"_s, key).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

void MetaRepository::lockAgainstWriters()
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        m_db.execute(u"LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE"_s);
}

void MetaRepository::set(const QString &key, const QString &value)
{
    SqlQuery(m_db, u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
        .bind(u":key"_s, key)
        .bind(u":value"_s, value)
        .exec();
}

void MetaRepository::setIfChanged(const QString &key, const QString &value)
{
    SqlQuery update(m_db,
                    u"UPDATE meta SET value = :value WHERE key = :key AND value <> :value2"_s);
    update.bind(u":value"_s, value).bind(u":key"_s, key).bind(u":value2"_s, value).exec();
    if (update.rowsAffected() > 0)
        return;
    SqlQuery(m_db, u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                   "ON CONFLICT (key) DO NOTHING"_s)
        .bind(u":key"_s, key)
        .bind(u":value"_s, value)
        .exec();
}

} // namespace oc::store

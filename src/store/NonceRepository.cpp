#include "NonceRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

bool NonceRepository::remember(const QString &nonce, const QDateTime &at)
{
    SqlQuery q(m_db, u"INSERT INTO koogallery_nonces (nonce, seen_at) VALUES (:n, :t) "
                     "ON CONFLICT (nonce) DO NOTHING"_s);
    q.bind(u":n"_s, nonce).bind(u":t"_s, toDb(at)).exec();
    return q.rowsAffected() == 1;
}

int NonceRepository::prune(const QDateTime &before)
{
    SqlQuery q(m_db, u"DELETE FROM koogallery_nonces WHERE seen_at < :t"_s);
    q.bind(u":t"_s, toDb(before)).exec();
    return q.rowsAffected();
}

} // namespace oc::store

#include "DraftRepository.h"

#include <QJsonDocument>

namespace oc::store {

using namespace Qt::StringLiterals;

void DraftRepository::save(const QString &wizard, const QString &key, const QString &page,
                           const QJsonObject &state, const QDateTime &at)
{
    SqlQuery(m_db,
             u"INSERT INTO drafts (wizard, draft_key, page, state, updated_at) VALUES "
             "(:w, :k, :p, :s, :at) ON CONFLICT (wizard, draft_key) DO UPDATE SET "
             "page = excluded.page, state = excluded.state, updated_at = excluded.updated_at"_s)
        .bind(u":w"_s, wizard)
        .bind(u":k"_s, key)
        .bind(u":p"_s, page)
        .bind(u":s"_s, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(u":at"_s, toDb(at))
        .exec();
}

std::optional<DraftRepository::Draft> DraftRepository::load(const QString &wizard,
                                                            const QString &key)
{
    SqlQuery q(
        m_db, u"SELECT page, state, updated_at FROM drafts WHERE wizard = :w AND draft_key = :k"_s);
    q.bind(u":w"_s, wizard).bind(u":k"_s, key).exec();
    if (!q.next())
        return std::nullopt;
    return Draft{q.text(0), QJsonDocument::fromJson(q.text(1).toUtf8()).object(),
                 timeFromDb(q.value(2))};
}

void DraftRepository::remove(const QString &wizard, const QString &key)
{
    SqlQuery(m_db, u"DELETE FROM drafts WHERE wizard = :w AND draft_key = :k"_s)
        .bind(u":w"_s, wizard)
        .bind(u":k"_s, key)
        .exec();
}

} // namespace oc::store

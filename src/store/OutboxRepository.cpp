#include "OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oc::store {

using namespace Qt::StringLiterals;

qint64 OutboxRepository::insert(const OutboxMessage &m, bool held, const QString &relatedId)
{
    SqlQuery q(m_db, u"INSERT INTO outbox (sent_at, channel, destination, kind, params, held, "
                     "related_id) VALUES (:at, :c, :d, :k, :p, :h, :r) RETURNING message_id"_s);
    q.bind(u":at"_s, toDb(m.sentAt))
        .bind(u":c"_s, toString(m.channel))
        .bind(u":d"_s, m.destination)
        .bind(u":k"_s, m.kind)
        .bind(u":p"_s, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(m.params))
                                             .toJson(QJsonDocument::Compact)))
        .bind(u":h"_s, held ? 1 : 0)
        .bind(u":r"_s, relatedId)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

int OutboxRepository::release(const QString &relatedId, const QDateTime &at)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET held = 0, sent_at = :at WHERE related_id = :r AND held = 1"_s);
    q.bind(u":at"_s, toDb(at)).bind(u":r"_s, relatedId).exec();
    return q.rowsAffected();
}

int OutboxRepository::redirectHeld(const QString &relatedId, Channel channel,
                                   const QString &destination)
{
    SqlQuery q(m_db, u"UPDATE outbox SET channel = :c, destination = :d "
                     "WHERE related_id = :r AND held = 1"_s);
    q.bind(u":c"_s, toString(channel)).bind(u":d"_s, destination).bind(u":r"_s, relatedId).exec();
    return q.rowsAffected();
}

int OutboxRepository::redactParam(const QString &relatedId, const QString &param)
{
    SqlQuery q(m_db, u"SELECT message_id, params FROM outbox WHERE related_id = :r"_s);
    q.bind(u":r"_s, relatedId).exec();
    QList<std::pair<qint64, QJsonObject>> changes;
    while (q.next()) {
        QJsonObject params = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        if (params.contains(param)) {
            params.insert(param, u"••••••"_s);
            changes.append({q.integer(0), params});
        }
    }
    for (const auto &[id, params] : changes)
        SqlQuery(m_db, u"UPDATE outbox SET params = :p WHERE message_id = :id"_s)
            .bind(u":p"_s, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)))
            .bind(u":id"_s, id)
            .exec();
    return int(changes.size());
}

QList<OutboxMessage> OutboxRepository::recent(int limit)
{
    SqlQuery q(m_db, u"SELECT message_id, sent_at, channel, destination, kind, params FROM outbox "
                     "WHERE held = 0 ORDER BY sent_at DESC, message_id DESC LIMIT :l"_s);
    q.bind(u":l"_s, limit).exec();
    QList<OutboxMessage> list;
    while (q.next()) {
        OutboxMessage m;
        m.messageId = q.integer(0);
        m.sentAt = timeFromDb(q.value(1));
        m.channel = enumOr(q.text(2), Channel::Email);
        m.destination = q.text(3);
        m.kind = q.text(4);
        m.params = QJsonDocument::fromJson(q.text(5).toUtf8()).object().toVariantMap();
        list << m;
    }
    return list;
}

} // namespace oc::store

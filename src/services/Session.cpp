#include "Session.h"

#include <QLoggingCategory>

namespace oc {

Q_LOGGING_CATEGORY(lcServices, "oc.services")

Session::Session(store::Database &db, Clock &clock, RandomSource &random, HashCost cost,
                 QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_ids(random)
    , m_hasher(cost)
    , m_actor(std::move(actor))
{
}

void Session::journal(const QString &operation, const QString &resourceType, const QString &target,
                      const QString &outcome, const QString &details)
{
    store::JournalRepository(m_db).append(
        JournalEntry{0, now(), m_actor, operation, resourceType, target, outcome, details});
}

qint64 Session::send(Channel channel, const QString &destination, const QString &kind,
                     const QVariantMap &params, bool held, const QString &relatedId)
{
    OutboxMessage message;
    message.sentAt = now();
    message.channel = channel;
    message.destination = destination;
    message.kind = kind;
    message.params = params;
    return store::OutboxRepository(m_db).insert(message, held, relatedId);
}

void Session::journalRefusal(const QString &operation, const QString &resourceType,
                             const QString &target, const Error &error)
{
    if (error.rule == QLatin1String(SystemError::Store))
        return; // the store itself failed; writing to it again would fail the same way
    try {
        store::Transaction tx(m_db);
        journal(operation, resourceType, target, error.rule,
                error.field.isEmpty() ? error.reason : error.field + QLatin1Char(':') + error.reason);
        tx.commit();
    } catch (const store::StoreError &e) {
        qCWarning(lcServices) << "could not journal refusal of" << operation << e.message();
    }
}

Error Session::storeError(const store::StoreError &error)
{
    qCWarning(lcServices) << "store error:" << error.message() << error.detail();
    static const char *reasons[] = {"unique", "foreignKey", "busy", "corrupt", "readOnly", "failed"};
    return makeError(QString::fromLatin1(SystemError::Store), {},
                     QString::fromLatin1(reasons[int(error.kind())]),
                     {{QStringLiteral("detail"), error.detail()}});
}

} // namespace oc

#include "Session.h"

#include "core/Random.h"
#include "store/Constraints.h"
#include "store/JournalRepository.h"
#include "store/MetaRepository.h"
#include "store/OutboxRepository.h"

#include <QLoggingCategory>
#include <QThread>

namespace oc {

Q_LOGGING_CATEGORY(lcServices, "oc.services")

Session::Session(store::Database &db, Clock &clock, RandomSource &random, HashCost cost,
                 QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_ids(random)
    , m_hasher(cost)
    , m_actor(std::move(actor))
{}

void Session::journal(const QString &operation, const QString &resourceType, const QString &target,
                      const QString &outcome, const QString &details)
{
    store::JournalRepository(m_db).append(
        JournalEntry{0, now(), m_actor, operation, resourceType, target, outcome, details});
}

void Session::notify(const HuaweiAccount &account, const QString &kind, const QVariantMap &params)
{
    if (!account.email.isEmpty())
        send(Channel::Email, account.email, kind, params);
    else
        send(Channel::Sms, account.securityPhone, kind, params);
}

qint64 Session::send(Channel channel, const QString &destination, const QString &kind,
                     const QVariantMap &params, bool held, const QString &relatedId)
{
    // A message to nobody never reaches the Outbox: a HUAWEI ID made by Create and Bind
    // (D-LOGIN) has no email, and the notices that go by email are then not sent.
    if (destination.isEmpty())
        return 0;
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
                error.field.isEmpty() ? error.reason
                                      : error.field + QLatin1Char(':') + error.reason);
        tx.commit();
    } catch (const store::StoreError &e) {
        qCWarning(lcServices) << "could not journal refusal of" << operation << e.message();
    }
}

void Session::testHoldBeforeCommit()
{
    static const int holdMs = qEnvironmentVariableIntValue("OC_TEST_HOLD_BEFORE_COMMIT");
    if (holdMs > 0)
        QThread::msleep(static_cast<unsigned long>(holdMs));
}

bool Session::retryable(const store::StoreError &error, int attempt)
{
    return error.kind() == store::StoreError::Kind::Conflict ||
           (error.kind() == store::StoreError::Kind::Unique && attempt == 1);
}

void Session::logRetry(const QString &operation, int attempt, const store::StoreError &error)
{
    qCInfo(lcServices) << operation << "lost a race, running it again (attempt" << attempt + 1
                       << "):" << error.message() << error.detail();
}

void Session::backOff(int attempt)
{
    // A few milliseconds, growing, drawn at random so that two losers do not collide again
    // at once (a fixed wait sent them back together).
    thread_local SecureRandom random;
    const auto ceiling = quint32(attempt * attempt * 3);
    QThread::msleep(static_cast<unsigned long>(1 + random.uniform(ceiling)));
}

void Session::takeTurn()
{
    // PostgreSQL takes a serializable transaction's snapshot at its first query; LOCK TABLE
    // is not one, so the turn is waited for before the snapshot and the transaction then
    // sees the commits of those before it: writers no longer fail on each other, only (and
    // rarely) on a reader.
    store::MetaRepository(m_db).lockAgainstWriters();
}

Error Session::storeError(const store::StoreError &error)
{
    // A unique key of the schema that enforces a business rule refuses with that rule.
    if (error.kind() == store::StoreError::Kind::Unique) {
        if (const auto rule = store::ruleOfConstraint(error.constraint()))
            return makeError(rule->rule, rule->field, rule->reason);
    }
    qCWarning(lcServices) << "store error:" << error.message() << error.detail();
    static const char *reasons[] = {"unique",  "foreignKey", "busy",  "conflict",
                                    "corrupt", "readOnly",   "failed"};
    return makeError(QString::fromLatin1(SystemError::Store), {},
                     QString::fromLatin1(reasons[int(error.kind())]),
                     {{QStringLiteral("detail"), error.detail()}});
}

} // namespace oc

#include "IdempotencyService.h"

#include "contract/Routes.h"
#include "store/IdempotencyRepository.h"
#include "store/MetaRepository.h"

namespace oc {

namespace {

const QString KeyField = QStringLiteral("idempotencyKey");

Error keyError(const char *rule, const char *reason)
{
    return makeError(QString::fromLatin1(rule), KeyField, QString::fromLatin1(reason));
}

} // namespace

bool IdempotencyService::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > api::MaxIdempotencyKeyLength)
        return false;
    for (const QChar c : key)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}

Result<IdempotencyService::Reservation> IdempotencyService::reserve(const QString &key,
                                                                    const QString &operatorId,
                                                                    const QByteArray &fingerprint)
{
    if (!isValidKey(key))
        return keyError(SystemError::Invalid, "format");
    const QString print = QString::fromLatin1(fingerprint);
    return m_session.read<Reservation>([&]() -> Result<Reservation> {
        for (int attempt = 1;; ++attempt) {
            try {
                store::Transaction tx(m_session.db());
                // In turn with the writers (Session::mutate): the key's row is read and written
                // by the request's own transaction too (markChanged).
                store::MetaRepository(m_session.db()).lockAgainstWriters();
                store::IdempotencyRepository keys(m_session.db());
                const QDateTime now = m_session.now();
                const auto found = keys.findForUpdate(key);
                Reservation reservation;
                if (!found) {
                    keys.insertRunning(
                        store::IdempotencyRecord{key, operatorId, print, false, false, 0, {}, now});
                    tx.commit();
                    return reservation;
                }
                if (found->operatorId != operatorId)
                    return keyError(SystemError::Auth, "keyOfAnotherOperator");
                if (found->fingerprint != print)
                    return keyError(SystemError::Invalid, "reused");
                if (found->done) {
                    reservation.replay = true;
                    reservation.status = found->status;
                    reservation.body = found->body;
                    return reservation;
                }
                if (found->createdAt.secsTo(now) < RunningTimeoutSeconds)
                    return keyError(SystemError::Conflict, "inProgress");
                if (found->changed)
                    return keyError(SystemError::Conflict, "outcomeUnknown");
                keys.restart(key, now); // stopped before changing anything: run it again
                tx.commit();
                return reservation;
            } catch (const store::StoreError &e) {
                // Two repeats reserving at once: the loser looks again.
                const bool raced = e.kind() == store::StoreError::Kind::Conflict ||
                                   e.kind() == store::StoreError::Kind::Unique;
                if (!raced || attempt >= Session::MaxAttempts)
                    throw;
            }
        }
    });
}

void IdempotencyService::arm(Session &session, const QString &key)
{
    session.requestBeforeCommit = [&session, key] {
        store::IdempotencyRepository(session.db()).markChanged(key);
    };
}

void IdempotencyService::disarm(Session &session)
{
    session.requestBeforeCommit = nullptr;
}

Status IdempotencyService::complete(const QString &key, int status, const QByteArray &body)
{
    return m_session.read<Done>([&]() -> Status {
        store::Transaction tx(m_session.db());
        store::MetaRepository(m_session.db()).lockAgainstWriters();
        store::IdempotencyRepository(m_session.db()).complete(key, status, body);
        tx.commit();
        return Done{};
    });
}

} // namespace oc

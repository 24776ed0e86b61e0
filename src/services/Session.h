#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/IdGenerator.h"
#include "core/PasswordHasher.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "store/StoreError.h"

#include <functional>

namespace oc {

// What one service call needs, on the worker thread that owns the connection: the store,
// the clock, ids, the password hasher and the operator's name for the journal.
class Session
{
public:
    Session(store::Database &db, Clock &clock, RandomSource &random, HashCost cost, QString actor);

    store::Database &db() { return m_db; }
    QDateTime now() const { return m_clock.now(); }
    Clock &clock() { return m_clock; }
    IdGenerator &ids() { return m_ids; }
    const PasswordHasher &hasher() const { return m_hasher; }
    const QString &actor() const { return m_actor; }

    // R-AUD-1: appends to the journal inside the current transaction.
    void journal(const QString &operation, const QString &resourceType, const QString &target,
                 const QString &outcome = QStringLiteral("success"), const QString &details = {});
    // Puts a message in the Outbox (R-VC-1, R-BND-4).
    qint64 send(Channel channel, const QString &destination, const QString &kind,
                const QVariantMap &params, bool held = false, const QString &relatedId = {});

    // Runs `body` as one transaction: committed when it returns a value, rolled back when
    // it returns an Error or the store fails. A refusal is journaled afterwards (outcome =
    // the rule id) in its own transaction. `target` may be filled in by the body.
    template<class T>
    Result<T> mutate(const QString &operation, const QString &resourceType, QString target,
                     const std::function<Result<T>()> &body);

    // Runs a read-only body; store failures become E-STORE errors.
    template<class T>
    Result<T> read(const std::function<Result<T>()> &body);

    // Hooks the backend uses to persist its own state (seeded ids, demo clock) in every
    // committed transaction, and to restore it after a rollback.
    std::function<void()> beforeCommit;
    std::function<void()> afterRollback;

    static Error storeError(const store::StoreError &error);

private:
    void journalRefusal(const QString &operation, const QString &resourceType,
                        const QString &target, const Error &error);

    store::Database &m_db;
    Clock &m_clock;
    IdGenerator m_ids;
    PasswordHasher m_hasher;
    QString m_actor;
};

template<class T>
Result<T> Session::mutate(const QString &operation, const QString &resourceType, QString target,
                          const std::function<Result<T>()> &body)
{
    std::optional<Error> refusal;
    try {
        store::Transaction tx(m_db);
        Result<T> result = body();
        if (result.ok()) {
            if (beforeCommit)
                beforeCommit();
            tx.commit();
            return result;
        }
        refusal = result.error();
    } catch (const store::StoreError &e) {
        refusal = storeError(e);
    }
    if (afterRollback)
        afterRollback();
    journalRefusal(operation, resourceType, target, *refusal);
    return *refusal;
}

template<class T>
Result<T> Session::read(const std::function<Result<T>()> &body)
{
    try {
        return body();
    } catch (const store::StoreError &e) {
        return storeError(e);
    }
}

} // namespace oc

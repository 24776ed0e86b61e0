#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Error.h"
#include "core/IdGenerator.h"
#include "core/PasswordHasher.h"
#include "store/Database.h"
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
    // The operator the next calls are journaled under (a server's session serves many).
    void setActor(QString actor) { m_actor = std::move(actor); }

    // R-AUD-1: appends to the journal inside the current transaction.
    void journal(const QString &operation, const QString &resourceType, const QString &target,
                 const QString &outcome = QStringLiteral("success"), const QString &details = {});
    // Puts a message in the Outbox (R-VC-1, R-BND-4).
    qint64 send(Channel channel, const QString &destination, const QString &kind,
                const QVariantMap &params, bool held = false, const QString &relatedId = {});
    // A notice to a HUAWEI ID: by email, or by SMS to its security phone when it has no email
    // (closing, partners, master accounts).
    void notify(const HuaweiAccount &account, const QString &kind, const QVariantMap &params);

    // Runs `body` as one transaction: committed when it returns a value, rolled back when
    // it returns an Error or the store fails. A refusal is journaled afterwards (outcome =
    // the rule id) in its own transaction. `target` may be filled in by the body.
    //
    // Concurrency (several consoles or server processes on one store): a transaction that
    // loses a race to another writer is run again from the start, up to MaxAttempts times,
    // so that its checks see the winner's change and refuse with the rule's own reason:
    // PostgreSQL's serialization failures and deadlocks, SQLite's busy lock, and a unique
    // key taken meanwhile. A unique key that is still taken on the last attempt is the
    // refusal of the rule that key enforces (store/Constraints.h), or E-STORE. A loser waits
    // a random while. On PostgreSQL writers take turns (takeTurn): run side by side under
    // SERIALIZABLE, card purchases failed on each other's reads again and again (the
    // statement triggers of an account's totals, migration 0020, and small tables read whole)
    // until some ran out of attempts: 503s under 32 connections, one request in ten a write.
    template<class T>
    Result<T> mutate(const QString &operation, const QString &resourceType, QString target,
                     const std::function<Result<T>()> &body);
    static constexpr int MaxAttempts = 6;

    // Runs a read-only body; store failures become E-STORE errors.
    template<class T>
    Result<T> read(const std::function<Result<T>()> &body);

    // Hooks the service host uses to share its own state (seeded ids, demo clock) through
    // the store: read at the start of every transaction, written before it commits.
    std::function<void()> afterBegin;
    std::function<void()> beforeCommit;
    // Set by a server for the request being answered (its idempotency key): runs in every
    // transaction the request commits, after beforeCommit.
    std::function<void()> requestBeforeCommit;
    // Runs a job later on another connection of the same store, on a thread of the host's
    // (ServiceHost: the checkpoints of a big list's order, store::ListViews::setBackground).
    // Unset: no such job is run.
    std::function<void(std::function<void(store::Database &)>)> background;

    static Error storeError(const store::StoreError &error);

    // The access key of KooGallery's signed calls, when one is configured (ServiceHost);
    // empty: the store's own (KooGalleryService).
    QByteArray marketplaceKey;
    // Without one: whether POST /koogallery/saas takes the store's own key (a demo server).
    bool marketplaceServesStoreKey = false;

private:
    // TEST-ONLY HOOK (tests/services/test_races.cpp): when the environment variable
    // OC_TEST_HOLD_BEFORE_COMMIT holds N milliseconds, every transaction waits N ms before
    // it commits, so that two racing processes' transactions surely overlap. Read once;
    // unset (the normal case) it costs nothing.
    static void testHoldBeforeCommit();
    // Whether a failed attempt is worth running again (a lost race), and how long to wait.
    // A unique key taken is run again once: the other racer has committed by then, so the
    // run again sees its row and refuses by the rule (or, when the body does not look first,
    // meets the key again: that is no race, and the constraint's rule answers at once).
    static bool retryable(const store::StoreError &error, int attempt);
    static void backOff(int attempt);
    // A writing transaction waits for its turn among the others before its first read
    // (PostgreSQL; SQLite's writers take turns anyway).
    void takeTurn();
    static void logRetry(const QString &operation, int attempt, const store::StoreError &error);

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
    for (int attempt = 1; !refusal; ++attempt) {
        try {
            store::Transaction tx(m_db);
            takeTurn();
            if (afterBegin)
                afterBegin();
            Result<T> result = body();
            if (result.ok()) {
                if (beforeCommit)
                    beforeCommit();
                if (requestBeforeCommit)
                    requestBeforeCommit();
                testHoldBeforeCommit();
                tx.commit();
                return result;
            }
            refusal = result.error();
        } catch (const store::StoreError &e) {
            if (attempt < MaxAttempts && retryable(e, attempt)) {
                logRetry(operation, attempt, e);
                backOff(attempt);
                continue;
            }
            refusal = storeError(e);
        }
    }
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

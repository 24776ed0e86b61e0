#pragma once

#include "Database.h"
#include "core/Closing.h"

#include <optional>

namespace oc::store {

// A close application's automatic checks (R-CLS-1, R-CLS-4): its failures (none: passed) and
// when Proceed to Close used it (invalid: not yet).
struct ClosingCheckRow
{
    qint64 checkId = 0;
    QString accountId;
    ClosingReason reason = ClosingReason::NoLongerNeeded;
    QDateTime checkedAt;
    QList<ClosingFailure> failures;
    QDateTime closedAt;
};

// Closing Huawei Cloud services (my-account.md §5.11): the stored checks, and the facts of
// the store that the checks read (R-CLS-1) and the clock's automatic disabling (R-CLS-2).
class ClosingRepository
{
public:
    explicit ClosingRepository(Database &db)
        : m_db(db)
    {}
    qint64 insertCheck(const QString &accountId, ClosingReason reason, const QDateTime &at,
                       const QList<ClosingFailure> &failures);
    // R-CLS-4: the account's last check, whatever its outcome.
    std::optional<ClosingCheckRow> lastCheck(const QString &accountId);
    // Proceed to Close used check `checkId` at `at`.
    void markClosed(qint64 checkId, const QDateTime &at);

    // When the account's services were closed (kept once disabled); invalid when they are
    // not closed (or the time is not known).
    QDateTime closedAt(const QString &accountId);
    // R-CLS-2: closed accounts whose retention has ended at `now`.
    QStringList retentionEnded(const QDateTime &now, int limit = 100);

    // R-CLS-1's facts of the store.
    int reviewsInProgress(const QString &accountId); // authentication requests under review
    int unpaidOrders(const QString &accountId);
    int instancesInUse(const QString &accountId); // provisioning, active or frozen
    // Associated with or invited by a master: the master's account id; empty: none.
    QString masterOf(const QString &memberAccountId);
    // Members associated with or invited by master `masterAccountId`.
    int membersOf(const QString &masterAccountId);

private:
    Database &m_db;
};

} // namespace oc::store

#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace oc::store {

// R-ACC-19 (throttled like R-ORG-6): wrong passwords in a row and the lock they led to, per
// HUAWEI ID and per Huawei website account (login_failures, migration 0013). Nothing here
// judges a password; the service counts what it judged wrong.
class LoginFailureRepository
{
public:
    // Whose failures: a HUAWEI ID by its account id, a website account by its id.
    enum class Kind
    {
        HuaweiId,
        WebsiteAccount
    };
    struct Failures
    {
        int failures = 0;
        QDateTime lockedUntil; // invalid: not locked
    };

    explicit LoginFailureRepository(Database &db)
        : m_db(db)
    {}
    // The count and lock of `subject` (none yet: 0, not locked).
    Failures failures(Kind kind, const QString &subject);
    // Counts a wrong password in one statement, so that concurrent attempts each count: the
    // count restarts at 1 after a lifted lock, and reaching `maxFailures` locks the subject
    // until `lockUntil`. Nothing is counted while a lock holds at `now` (another attempt
    // locked it): then std::nullopt, and failures() tells until when.
    std::optional<Failures> count(Kind kind, const QString &subject, const QDateTime &now,
                                  int maxFailures, const QDateTime &lockUntil);
    // A right password: the count starts again.
    void reset(Kind kind, const QString &subject);

private:
    Database &m_db;
};

} // namespace oc::store

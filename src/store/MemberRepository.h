#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// What removing a member took with it.
struct RemovedMember
{
    int authorizations = 0;
    int heldMessages = 0;
};

class MemberRepository
{
public:
    explicit MemberRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const Member &member, const QString &passwordHash);
    std::optional<Member> find(qint64 memberId);
    std::optional<Member> findByAccount(const QString &organizationId, const QString &account);
    QList<Member> listByOrganization(const QString &organizationId);
    std::optional<QString> passwordHash(qint64 memberId);
    void setPassword(qint64 memberId, const QString &passwordHash, bool mustChange);
    // R-ORG-6: counts a wrong password in one statement, so that concurrent attempts each
    // count: the count restarts at 1 after a lifted lock, and reaching `maxFailures` locks
    // the member until `lockUntil`. Nothing is counted while a lock holds at `now`
    // (another attempt locked it): then std::nullopt, and loginFailures() tells until when.
    struct LoginFailures
    {
        int failures = 0;
        QDateTime lockedUntil; // invalid: not locked
    };
    std::optional<LoginFailures> countLoginFailure(qint64 memberId, const QDateTime &now,
                                                   int maxFailures, const QDateTime &lockUntil);
    void resetLoginFailures(qint64 memberId);
    int loginFailures(qint64 memberId, QDateTime *lockedUntil);
    // Display name, department and contact of a member. The account is not written: it
    // never changes (R-ORG-5), nor does the organization.
    void update(const Member &member);
    // A member with its authorizations and its held messages (`relatedId`); what was
    // already sent stays in the Outbox.
    RemovedMember remove(qint64 memberId, const QString &relatedId);

private:
    Database &m_db;
};

} // namespace oc::store

#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// What the console read of one uploaded material (contract MaterialUpload; the file itself
// never reaches the store).
struct MaterialRow
{
    QString slot;
    QString fileName;
    qint64 size = 0;
    QString header;
    QString sha256;
    QString thumbnail;
};

// One real-name authentication request (R-AUTH-1..4) or re-authentication (W-REAUTH,
// R-AUTH-10..14, `kind`): submitted, reviewed, or an approved copy of a master account's
// (R-AUTH-9 and R-AUTH-5's copy to members, `copiedFrom`). A re-authentication holds the new
// subject's data; the account's current record is its latest approved one.
struct AuthenticationRow
{
    qint64 authenticationId = 0;
    ReviewKind kind = ReviewKind::Authentication;
    QString accountId;
    QString accountName; // the account's display name (read only)
    AccountType type = AccountType::Individual;
    std::optional<CertificateType> certificateType; // an individual's
    QString certificateNumber;
    QString subjectName;
    QString countryRegion;
    QString address;
    ReviewStatus status = ReviewStatus::Pending;
    QDateTime submittedAt;
    QDateTime dueBy;
    QDateTime reviewedAt;
    std::optional<RejectReason> rejectReason;
    QString reviewerNote;
    qint64 copiedFrom = 0;
    QList<MaterialRow> materials;
};

class AuthenticationRepository
{
public:
    explicit AuthenticationRepository(Database &db)
        : m_db(db)
    {}
    // The request and its materials; returns its id.
    qint64 insert(const AuthenticationRow &row);
    // With its materials and the account's display name.
    std::optional<AuthenticationRow> find(qint64 authenticationId);
    void review(qint64 authenticationId, ReviewStatus status, const QDateTime &at,
                std::optional<RejectReason> reason, const QString &note);
    // R-AUTH-3: the accounts other than `exceptAccountId` whose current record (their latest
    // approved one: a re-authentication's approval supersedes the record before it) is of
    // `type` with this certificate number, or (with `withPending`) whose request under
    // review is.
    int accountsUsingNumber(AccountType type, const QString &certificateNumber,
                            const QString &exceptAccountId, bool withPending);
    // R-AUTH-9: the account's approved enterprise requests other than `exceptId`.
    int approvedEnterpriseRequests(const QString &accountId, qint64 exceptId);
    // R-AUTH-4: the account's request under review, if any (whatever its kind).
    std::optional<qint64> pendingOf(const QString &accountId);
    // R-AUTH-10: the account's current record, its latest approved request (without
    // materials); none when it was never authenticated.
    std::optional<AuthenticationRow> current(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store

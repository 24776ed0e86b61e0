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

// One real-name authentication request (R-AUTH-1..4): submitted, reviewed, or an approved
// copy of a master account's (R-AUTH-9, `copiedFrom`).
struct AuthenticationRow
{
    qint64 authenticationId = 0;
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
    // R-AUTH-3: the accounts other than `exceptAccountId` whose `type` requests with this
    // certificate number are approved (and, with `withPending`, pending).
    int accountsUsingNumber(AccountType type, const QString &certificateNumber,
                            const QString &exceptAccountId, bool withPending);
    // R-AUTH-9: the account's approved enterprise requests other than `exceptId`.
    int approvedEnterpriseRequests(const QString &accountId, qint64 exceptId);
    // R-AUTH-9: the members associated with master account `masterId`.
    QStringList associatedMembers(const QString &masterId);

private:
    Database &m_db;
};

} // namespace oc::store

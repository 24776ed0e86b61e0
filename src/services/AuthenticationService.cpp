#include "AuthenticationService.h"

#include "AuthenticationChecks.h"
#include "ConditionsService.h"
#include "ReauthenticationService.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/AuthenticationRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"

namespace oc {

namespace {

using authcheck::refuse;

const auto AccountCenter = QString::fromLatin1(authcheck::AccountCenter);
const auto SubmitOperation = QStringLiteral("submitAuthentication");
const auto ReviewOperation = QString::fromLatin1(authcheck::ReviewOperation);

// The request's fields and materials, validated and normalised, as the store keeps them.
Problem validateRequest(const AuthenticationRequest &r, const HuaweiAccount &account,
                        store::AuthenticationRow &row)
{
    if (r.type == AccountType::Individual) {
        if (auto p = authcheck::individualSubject(r.issuingCountryRegion, r.certificateType,
                                                  r.fullName, r.certificateNumber, account, row))
            return p;
    } else if (auto p = authcheck::enterpriseSubject(r.issuingCountryRegion, r.registeredAddress,
                                                     r.enterpriseName, r.certificateNumber, account,
                                                     row)) {
        return p;
    }
    return authcheck::checkMaterials(r.materials,
                                     materialSlotRules(ReviewKind::Authentication, r.type));
}

} // namespace

Result<AuthenticationRecord>
AuthenticationService::submitAuthentication(const AuthenticationRequest &r)
{
    const auto accountId =
        validate::huaweiAccountId(r.accountId, QString::fromLatin1(validate::Field::AccountId));
    if (!accountId.ok())
        return accountId.error();
    return m_session.mutate<AuthenticationRecord>(
        SubmitOperation, AccountCenter, *accountId, [&]() -> Result<AuthenticationRecord> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(*accountId);
            if (!account)
                return authcheck::accountNotFound();
            if (auto problem = authcheck::servicesEnabled(*account))
                return *problem;
            const QString accountField = QString::fromLatin1(validate::Field::AccountId);
            if (account->authStatus == AuthStatus::Pending)
                return refuse(rule::AUTH_4, accountField, "pending");
            if (account->authStatus == AuthStatus::Authenticated)
                return refuse(rule::AUTH_4, accountField, "authenticated");
            // R-AUTH-6: an HCPN partner cannot authenticate as an individual.
            if (r.type == AccountType::Individual &&
                ConditionsService::of(db, *accountId).hcpnPartner)
                return refuse(rule::AUTH_6, QString::fromLatin1(validate::Field::AccountType),
                              "hcpnPartner");
            if (auto problem =
                    validate::accountTypeChange(account->accountType, r.type, account->authStatus))
                return *problem;

            store::AuthenticationRow row;
            row.accountId = *accountId;
            row.type = r.type;
            if (auto problem = validateRequest(r, *account, row))
                return *problem;
            store::AuthenticationRepository authentications(db);
            if (auto problem = authcheck::numberLimit(authentications, r.type,
                                                      row.certificateNumber, *accountId, true))
                return *problem;

            const QDateTime now = m_session.now();
            row.status = ReviewStatus::Pending;
            row.submittedAt = now;
            // R-AUTH-4: "within three working days", counted where the reviewers are.
            row.dueBy = addWorkingDays(now, 3, ClockSteps::chinaTimeZone());
            row.materials = authcheck::materialRows(r.materials);
            // A second submission racing this one meets the one-pending key (R-AUTH-4).
            const qint64 id = authentications.insert(row);
            accounts.setAccountType(*accountId, r.type, account->fullName, account->enterpriseName);
            accounts.setAuthStatus(*accountId, AuthStatus::Pending);
            m_session.journal(SubmitOperation, AccountCenter, *accountId, QStringLiteral("success"),
                              toString(r.type) + QLatin1Char(' ') + QString::number(id));
            return authcheck::stored(db, id);
        });
}

Result<AuthenticationRecord> AuthenticationService::authentication(qint64 authenticationId)
{
    return m_session.read<AuthenticationRecord>(
        [&] { return authcheck::stored(m_session.db(), authenticationId); });
}

Result<AuthenticationRecord> AuthenticationService::reviewAuthentication(const ReviewDecision &d)
{
    const auto note = validate::optionalText(d.note, QStringLiteral("note"), 256);
    if (!note.ok())
        return note.error();
    // The journal names the account the request is of (the id when there is none).
    const auto found = m_session.read<AuthenticationRecord>(
        [&] { return authcheck::stored(m_session.db(), d.authenticationId); });
    const QString target = found.ok() ? found->accountId : QString::number(d.authenticationId);

    return m_session.mutate<AuthenticationRecord>(
        ReviewOperation, AccountCenter, target, [&]() -> Result<AuthenticationRecord> {
            auto &db = m_session.db();
            store::AuthenticationRepository authentications(db);
            const auto request = authentications.find(d.authenticationId);
            if (!request)
                return authcheck::authenticationNotFound();
            if (request->status != ReviewStatus::Pending)
                return refuse(rule::AUTH_4, QStringLiteral("authenticationId"), "notPending",
                              {{QStringLiteral("status"), toString(request->status)}});
            if (!d.approve && !d.reason) // R-AUTH-8: the checklist's reason
                return refuse(rule::AUTH_4, QStringLiteral("reason"), "required");
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(request->accountId);
            if (!account)
                return authcheck::accountNotFound();
            // W-REAUTH's requests (R-AUTH-10..14): their own effects.
            if (request->kind != ReviewKind::Authentication)
                return ReauthenticationService(m_session).decide(*request, *account, d, *note);
            const QDateTime now = m_session.now();
            const QVariantMap message{{QStringLiteral("subjectName"), request->subjectName},
                                      {QStringLiteral("authenticationId"), d.authenticationId}};

            if (!d.approve) {
                authentications.review(d.authenticationId, ReviewStatus::Rejected, now, d.reason,
                                       *note);
                accounts.setAuthStatus(request->accountId, AuthStatus::Rejected);
                m_session.journal(ReviewOperation, AccountCenter, request->accountId,
                                  QStringLiteral("success"),
                                  QStringLiteral("rejected ") + toString(*d.reason));
                QVariantMap params = message;
                params.insert(QStringLiteral("reason"), toString(*d.reason));
                params.insert(QStringLiteral("note"), *note);
                m_session.send(Channel::Email, account->email,
                               QStringLiteral("authenticationRejected"), params);
                return authcheck::stored(db, d.authenticationId);
            }

            // R-AUTH-3 again: two submissions may have raced past the count at submission.
            if (auto problem =
                    authcheck::numberLimit(authentications, request->type,
                                           request->certificateNumber, request->accountId, false))
                return *problem;
            const bool enterprise = request->type == AccountType::Enterprise;
            // R-AUTH-9 looks at the names as they were before this approval.
            const bool firstEnterprise =
                enterprise && authentications.approvedEnterpriseRequests(request->accountId,
                                                                         d.authenticationId) == 0;
            const QString masterNameBefore = account->enterpriseName;

            authentications.review(d.authenticationId, ReviewStatus::Approved, now, std::nullopt,
                                   *note);
            accounts.setAccountType(request->accountId, request->type,
                                    enterprise ? account->fullName : request->subjectName,
                                    enterprise ? request->subjectName : account->enterpriseName);
            accounts.setAuthStatus(request->accountId, AuthStatus::Authenticated);
            m_session.journal(ReviewOperation, AccountCenter, request->accountId,
                              QStringLiteral("success"), QStringLiteral("approved"));
            m_session.send(Channel::Email, account->email, QStringLiteral("authenticationApproved"),
                           message);

            if (firstEnterprise) {
                // R-AUTH-9 (Table 4-1): copied to each associated member whose enterprise
                // name equalled the master's before, or equals the authenticated one.
                for (const QString &memberId :
                     store::MasterAssociationRepository(db).associatedMembers(request->accountId)) {
                    const auto member = accounts.find(memberId);
                    if (!member)
                        continue;
                    const bool equalBefore =
                        !masterNameBefore.isEmpty() && member->enterpriseName == masterNameBefore;
                    if (!equalBefore && member->enterpriseName != request->subjectName)
                        continue;
                    authcheck::copyToMember(m_session, *request, *member, rule::AUTH_9,
                                            QStringLiteral("authenticationApproved"), message);
                }
            }
            return authcheck::stored(db, d.authenticationId);
        });
}

} // namespace oc

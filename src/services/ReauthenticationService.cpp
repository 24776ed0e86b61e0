#include "ReauthenticationService.h"

#include "AuthenticationChecks.h"
#include "ConditionsService.h"
#include "CtsTrail.h"
#include "core/Clock.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"

namespace oc {

namespace {

using authcheck::refuse;

const auto AccountCenter = QString::fromLatin1(authcheck::AccountCenter);
const auto SubmitOperation = QStringLiteral("submitReauthentication");
const auto ReviewOperation = QString::fromLatin1(authcheck::ReviewOperation);
const auto AccountField = QString::fromLatin1(validate::Field::AccountId);
const auto KindField = QStringLiteral("kind");

bool individualKind(ReviewKind kind)
{
    return kind == ReviewKind::IndividualOwner || kind == ReviewKind::IndividualToEnterprise;
}

// An account's preconditions (R-AUTH-5, R-AUTH-4, R-AUTH-11), in the order of the header's
// table; `current` is its current record.
Problem preconditions(store::Database &db, const HuaweiAccount &account, ReviewKind kind,
                      const std::optional<store::AuthenticationRow> &current)
{
    if (account.authStatus != AuthStatus::Authenticated || !current)
        return refuse(rule::AUTH_5, AccountField, "notAuthenticated");
    const AccountType wanted =
        individualKind(kind) ? AccountType::Individual : AccountType::Enterprise;
    if (account.accountType != wanted)
        return refuse(rule::AUTH_5, KindField, "wrongType",
                      {{QStringLiteral("accountType"), toString(account.accountType)}});
    if (store::AuthenticationRepository(db).pendingOf(account.accountId))
        return refuse(rule::AUTH_4, AccountField, "pending");
    const AccountConditions conditions = ConditionsService::of(db, account.accountId);
    if (conditions.arrears.value > 0)
        return refuse(rule::AUTH_11, AccountField, "arrears",
                      {{QStringLiteral("amount"), conditions.arrears.toPlainString()}});
    if (kind == ReviewKind::EnterpriseEntity && conditions.koogallerySeller)
        return refuse(rule::AUTH_5, AccountField, "koogallerySeller");
    store::MasterAssociationRepository associations(db);
    if (const auto invitation = associations.pendingInvitation(account.accountId)) {
        const QString other = invitation->memberAccountId == account.accountId
                                  ? invitation->masterAccountId
                                  : invitation->memberAccountId;
        return refuse(rule::AUTH_5, AccountField, "masterInvitationPending",
                      {{QStringLiteral("accountId"), other}});
    }
    // §4.5.1: master and member authenticated with the same enterprise information: only
    // the master re-authenticates (decide() copies its approval to the member).
    const auto association = associations.ofMember(account.accountId);
    if (association &&
        (association->status == u"associated" ||
         association->status == u"cancellation_requested") &&
        account.accountType == AccountType::Enterprise && !account.enterpriseName.isEmpty()) {
        const auto master = store::HuaweiAccountRepository(db).find(association->masterAccountId);
        if (master && master->accountType == AccountType::Enterprise &&
            master->authStatus == AuthStatus::Authenticated &&
            master->enterpriseName == account.enterpriseName)
            return refuse(rule::AUTH_5, AccountField, "memberOfMaster",
                          {{QStringLiteral("masterAccountId"), master->accountId}});
    }
    return std::nullopt;
}

// R-AUTH-13: the name change's fields; the number and address stay the current record's.
Problem nameChange(const ReauthenticationRequest &r, const HuaweiAccount &account,
                   const store::AuthenticationRow &current, store::AuthenticationRow &row)
{
    const auto name = authcheck::enterpriseName(r.enterpriseName);
    if (!name.ok())
        return name.error();
    const QString number = r.certificateNumber.trimmed().toUpper();
    if (!number.isEmpty() && number != current.certificateNumber.toUpper())
        return refuse(rule::AUTH_13, QStringLiteral("certificateNumber"), "fixed");
    if (name->compare(account.enterpriseName.simplified(), Qt::CaseInsensitive) == 0)
        return refuse(rule::AUTH_13, QString::fromLatin1(validate::Field::EnterpriseName),
                      "unchanged");
    row.type = AccountType::Enterprise;
    row.subjectName = *name;
    row.certificateNumber = current.certificateNumber;
    row.countryRegion = account.countryRegion;
    row.address = current.address;
    return std::nullopt;
}

// The new subject's fields of `r`, validated and normalised into `row`.
Problem subject(const ReauthenticationRequest &r, const HuaweiAccount &account,
                const store::AuthenticationRow &current, store::AuthenticationRow &row)
{
    switch (r.kind) {
    case ReviewKind::IndividualOwner:
        return authcheck::individualSubject(r.issuingCountryRegion, r.certificateType, r.fullName,
                                            r.certificateNumber, account, row);
    case ReviewKind::IndividualToEnterprise:
    case ReviewKind::EnterpriseEntity:
        return authcheck::enterpriseSubject(r.issuingCountryRegion, r.registeredAddress,
                                            r.enterpriseName, r.certificateNumber, account, row);
    case ReviewKind::EnterpriseName:
        return nameChange(r, account, current, row);
    case ReviewKind::Authentication:
        break;
    }
    return refuse(SystemError::Invalid, KindField, "authentication");
}

} // namespace

QString ReauthenticationService::traceName(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::IndividualOwner:
        return QStringLiteral("changeIndividualAuthInfo");
    case ReviewKind::IndividualToEnterprise:
        return QStringLiteral("reauthWithEnterpriseInfo");
    case ReviewKind::EnterpriseEntity:
        return QStringLiteral("changeEnterpriseEntity");
    case ReviewKind::EnterpriseName:
        return QStringLiteral("changeEnterpriseName");
    case ReviewKind::Authentication:
        break;
    }
    return {};
}

Result<AuthenticationRecord>
ReauthenticationService::submitReauthentication(const ReauthenticationRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId, AccountField);
    if (!accountId.ok())
        return accountId.error();
    if (r.kind == ReviewKind::Authentication)
        return refuse(SystemError::Invalid, KindField, "authentication");
    // R-AUD-2: the submission's CTS trace, a refusal's too, while the account's CTS is on.
    const QByteArray trace = traceName(r.kind).toLatin1();
    return CtsTrail::traced(m_session, *accountId, trace.constData(), submit(r, *accountId));
}

Result<AuthenticationRecord> ReauthenticationService::submit(const ReauthenticationRequest &r,
                                                             const QString &accountId)
{
    return m_session.mutate<AuthenticationRecord>(
        SubmitOperation, AccountCenter, accountId, [&]() -> Result<AuthenticationRecord> {
            auto &db = m_session.db();
            const auto account = store::HuaweiAccountRepository(db).find(accountId);
            if (!account)
                return authcheck::accountNotFound();
            if (auto problem = authcheck::servicesEnabled(*account))
                return *problem;
            store::AuthenticationRepository authentications(db);
            const auto current = authentications.current(accountId);
            if (auto problem = preconditions(db, *account, r.kind, current))
                return *problem;
            if (!r.declaration)
                return refuse(r.kind == ReviewKind::EnterpriseName ? rule::AUTH_13 : rule::AUTH_11,
                              QStringLiteral("declaration"), "required");

            store::AuthenticationRow row;
            row.accountId = accountId;
            row.kind = r.kind;
            if (auto problem = subject(r, *account, *current, row))
                return *problem;
            if (auto problem =
                    authcheck::checkMaterials(r.materials, materialSlotRules(r.kind, row.type)))
                return *problem;
            if (r.kind != ReviewKind::EnterpriseName)
                if (auto problem = authcheck::numberLimit(authentications, row.type,
                                                          row.certificateNumber, accountId, true))
                    return *problem;

            const QDateTime now = m_session.now();
            row.status = ReviewStatus::Pending;
            row.submittedAt = now;
            // R-AUTH-4: "within three working days", counted where the reviewers are.
            row.dueBy = addWorkingDays(now, 3, ClockSteps::chinaTimeZone());
            row.materials = authcheck::materialRows(r.materials);
            // A second submission racing this one meets the one-pending key (R-AUTH-4).
            const qint64 id = authentications.insert(row);
            const QString details = traceName(r.kind) + QLatin1Char(' ') + QString::number(id);
            m_session.journal(SubmitOperation, AccountCenter, accountId, QStringLiteral("success"),
                              details);
            CtsTrail::record(m_session, accountId, traceName(r.kind).toLatin1().constData(),
                             details);
            return authcheck::stored(db, id);
        });
}

Result<AuthenticationRecord>
ReauthenticationService::decide(const store::AuthenticationRow &request,
                                const HuaweiAccount &account, const ReviewDecision &d,
                                const QString &note)
{
    auto &db = m_session.db();
    store::AuthenticationRepository authentications(db);
    store::HuaweiAccountRepository accounts(db);
    const QDateTime now = m_session.now();
    const QString trace = traceName(request.kind);
    const QVariantMap message{{QStringLiteral("subjectName"), request.subjectName},
                              {QStringLiteral("kind"), toString(request.kind)},
                              {QStringLiteral("authenticationId"), request.authenticationId}};

    if (!d.approve) {
        // R-AUTH-10: the old record stays valid, the account authenticated as it was.
        authentications.review(request.authenticationId, ReviewStatus::Rejected, now, d.reason,
                               note);
        m_session.journal(ReviewOperation, AccountCenter, request.accountId,
                          QStringLiteral("success"),
                          QStringLiteral("rejected %1 %2").arg(toString(*d.reason), trace));
        QVariantMap params = message;
        params.insert(QStringLiteral("reason"), toString(*d.reason));
        params.insert(QStringLiteral("note"), note);
        m_session.send(Channel::Email, account.email, QStringLiteral("reauthenticationRejected"),
                       params);
        return authcheck::stored(db, request.authenticationId);
    }

    // R-AUTH-3 again: two submissions may have raced past the count at submission.
    if (request.kind != ReviewKind::EnterpriseName)
        if (auto problem = authcheck::numberLimit(
                authentications, request.type, request.certificateNumber, request.accountId, false))
            return *problem;
    const QString nameBefore = account.enterpriseName;
    authentications.review(request.authenticationId, ReviewStatus::Approved, now, std::nullopt,
                           note);
    if (request.kind == ReviewKind::IndividualOwner)
        accounts.setAccountType(request.accountId, AccountType::Individual, request.subjectName,
                                account.enterpriseName);
    else // R-AUTH-14: an individual becomes an enterprise; an entity or a name changes
        accounts.setAccountType(request.accountId, AccountType::Enterprise, account.fullName,
                                request.subjectName);
    accounts.setAuthStatus(request.accountId, AuthStatus::Authenticated);
    m_session.journal(ReviewOperation, AccountCenter, request.accountId, QStringLiteral("success"),
                      QStringLiteral("approved ") + trace);
    m_session.send(Channel::Email, account.email, QStringLiteral("reauthenticationApproved"),
                   message);

    // §4.5.1: a master's new enterprise data is copied to each member authenticated with the
    // same enterprise information (those members could not re-authenticate themselves).
    const bool enterpriseChange =
        request.kind == ReviewKind::EnterpriseEntity || request.kind == ReviewKind::EnterpriseName;
    if (enterpriseChange && !nameBefore.isEmpty()) {
        for (const QString &memberId :
             store::MasterAssociationRepository(db).associatedMembers(request.accountId)) {
            const auto member = accounts.find(memberId);
            if (!member || member->accountType != AccountType::Enterprise ||
                member->authStatus != AuthStatus::Authenticated ||
                member->enterpriseName != nameBefore)
                continue;
            authcheck::copyToMember(m_session, request, *member, rule::AUTH_5,
                                    QStringLiteral("reauthenticationApproved"), message);
        }
    }
    return authcheck::stored(db, request.authenticationId);
}

} // namespace oc

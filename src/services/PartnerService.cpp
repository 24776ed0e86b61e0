#include "PartnerService.h"

#include "AuthenticationChecks.h"
#include "CodeService.h"
#include "ConditionsService.h"
#include "HuaweiLoginService.h"
#include "SignUpService.h"
#include "core/Random.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/ClosingRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"
#include "store/PartnerRepository.h"
#include "store/VerificationCodeRepository.h"

#include <QRegularExpression>

namespace oc {

namespace {

using authcheck::refuse;
namespace F = validate::Field;
namespace L = partner::log;

const auto AccountCenter = QString::fromLatin1(authcheck::AccountCenter);
const auto InvitationResource = QStringLiteral("partnerInvitation");
const auto CreateInvitationOperation = QStringLiteral("createPartnerInvitation");
const auto AssociateOperation = QStringLiteral("associatePartner");
const auto BudgetOperation = QStringLiteral("setPartnerBudget");
const auto RequestOperation = QStringLiteral("requestPartnerDisassociation");
const auto PartnerRequestOperation = QStringLiteral("partnerRequestDisassociation");
const auto ProcessOperation = QStringLiteral("processPartnerDisassociation");

// A link's token: base64url (what createPartnerInvitation makes) or the demo's readable one.
constexpr int MinTokenLength = 8;
constexpr int MaxTokenLength = 64;
constexpr int TokenBytes = 18; // 24 characters of base64url, 144 bits
constexpr int MaxNameLength = 128;
constexpr int MaxInformationLength = 2000;
constexpr int MaxWebsiteLength = 256;
constexpr int MaxContacts = 10;
constexpr int MaxRoleLength = 64;
constexpr int MaxTelephoneLength = 32;

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

Error invitationNotFound()
{
    return refuse(SystemError::NotFound, QStringLiteral("token"), "partnerInvitation");
}

// E-REQUIRED when empty; a token no link can carry is not found (a pasted link's tail).
Result<QString> tokenOf(const QString &input)
{
    const QString token = input.trimmed();
    if (token.isEmpty())
        return refuse(SystemError::Required, QStringLiteral("token"), "required");
    static const QRegularExpression valid(
        QStringLiteral("^[A-Za-z0-9_-]{%1,%2}\\z").arg(MinTokenLength).arg(MaxTokenLength));
    if (!valid.match(token).hasMatch())
        return invitationNotFound();
    return token;
}

PartnerProfile profileOf(const store::PartnerInvitationRow &row)
{
    PartnerProfile p;
    p.enterpriseName = row.enterpriseName;
    p.information = row.information;
    p.website = row.website;
    for (const store::PartnerContactRow &c : row.contacts)
        p.contacts << PartnerContact{c.role, c.email, c.mobile, c.telephone};
    return p;
}

PartnerInvitation invitationOf(const store::PartnerInvitationRow &row)
{
    return PartnerInvitation{row.token, profileOf(row), row.model, row.online, row.createdAt};
}

Result<HuaweiAccount> accountIn(store::Database &db, const QString &accountId)
{
    const auto account = store::HuaweiAccountRepository(db).find(accountId);
    if (!account)
        return authcheck::accountNotFound();
    return *account;
}

// The Outbox's notices go to the HUAWEI ID's email, or its mobile number without one.
void appendLog(store::Database &db, const store::PartnerAssociationRow &association,
               const QDateTime &at, const char *operation, const char *actor,
               const QString &detail = {})
{
    store::PartnerRepository(db).appendLog(
        association.accountId, association.since,
        {at, QString::fromLatin1(operation), QString::fromLatin1(actor), detail});
}

const char *sideOf(DisassociationInitiator side)
{
    return side == DisassociationInitiator::Customer ? L::Customer : L::Partner;
}

// R-PTN-7: a refused request gives back what the association was: a reseller's customer
// without a budget is frozen (R-PTN-1), any other association associated.
PartnerStatus statusWithoutRequest(const store::PartnerAssociationRow &a)
{
    return a.model == PartnerModel::Reseller && !a.monthlyBudget ? PartnerStatus::Frozen
                                                                 : PartnerStatus::Associated;
}

// R-PTN-3 / R-PTN-4: the refusal of an association's failed conditions (R-PTN-4 only when
// every failed condition is a reseller one).
Error ineligible(const QStringList &failed)
{
    bool any = false;
    for (const QString &c : failed)
        any = any || !partner::resellerOnly(c);
    return partner::refusal(any ? rule::PTN_3 : rule::PTN_4, failed);
}

// The association's eligibility and model for `account` now, inside a transaction.
Problem eligibility(store::Database &db, const HuaweiAccount &account, PartnerModel model,
                    const QDateTime &now)
{
    const QStringList failed =
        partner::ineligibility(PartnerService::factsOf(db, account), model, now);
    if (!failed.isEmpty())
        return ineligible(failed);
    return std::nullopt;
}

// R-PTN-2: the check's failures as the refusal of a request.
Problem checkRefusal(const QList<partner::CheckItem> &failures)
{
    if (failures.isEmpty())
        return std::nullopt;
    QStringList failed;
    QVariantMap args;
    for (const partner::CheckItem &f : failures) {
        failed << f.condition;
        if (f.condition == QLatin1StringView(partner::disassociation::RequestedWithin3Months))
            args.insert(QString::fromLatin1(partner::AllowedFromArg), f.detail);
    }
    return partner::refusal(rule::PTN_2, failed, std::move(args));
}

} // namespace

// ---- what the checks read and My Partner shows --------------------------------------------

partner::Facts PartnerService::factsOf(store::Database &db, const HuaweiAccount &account)
{
    const AccountConditions c = ConditionsService::of(db, account.accountId);
    partner::Facts f;
    f.registeredAt = account.createdAt;
    f.currency = account.currency;
    f.chineseMainlandSite = c.chineseMainlandSite;
    f.specialContract = c.specialContract;
    f.cashSpending = c.cashSpending;
    f.arrears = c.arrears;
    f.professionalContract = c.professionalContract;
    f.reservedInstances = c.reservedInstances;
    f.partnerSupportPlan = c.partnerSupportPlan;
    f.ordersAwaitingPartner = c.ordersAwaitingPartner;
    if (const auto association = store::PartnerRepository(db).association(account.accountId)) {
        f.partnerName = association->partnerName;
        f.lastCustomerRequest = association->lastCustomerRequestAt;
    }
    f.unpaidOrders = store::ClosingRepository(db).unpaidOrders(account.accountId);
    store::MasterAssociationRepository links(db);
    if (const auto link = links.link(account.accountId); link && master::live(link->status)) {
        const auto masterAccount = store::HuaweiAccountRepository(db).find(link->masterAccountId);
        f.masterName = masterAccount ? masterAccount->displayName() : link->masterAccountId;
        f.memberAccounting = link->accounting;
        f.memberAssociated = master::inEffect(link->status);
    }
    for (const store::MasterLinkRow &member : links.liveLinksOf(account.accountId)) {
        if (!master::inEffect(member.status))
            ++f.invitedMembers;
        else if (member.accounting == MasterAccounting::Unified)
            ++f.unifiedMembers;
        else
            ++f.independentMembers;
    }
    return f;
}

QString PartnerService::frozenBy(store::Database &db, const QString &accountId)
{
    const auto a = store::PartnerRepository(db).association(accountId);
    if (!a || a->model != PartnerModel::Reseller)
        return {};
    const bool frozen = a->status == PartnerStatus::Frozen ||
                        (a->status == PartnerStatus::Disassociating && !a->monthlyBudget);
    return frozen ? a->partnerName : QString();
}

std::optional<PartnerInfo> PartnerService::infoOf(store::Database &db, const QString &accountId,
                                                  const QDateTime &now)
{
    store::PartnerRepository partners(db);
    const auto a = partners.association(accountId);
    if (!a)
        return std::nullopt;
    PartnerInfo p;
    p.partnerName = a->partnerName;
    p.model = a->model;
    p.status = a->status;
    p.since = a->since;
    if (const auto invitation =
            a->invitationToken.isEmpty() ? std::nullopt : partners.invitation(a->invitationToken))
        p.profile = profileOf(*invitation);
    p.profile.enterpriseName = a->partnerName;
    p.authorized = a->authorized;
    p.monthlyBudget = a->monthlyBudget;
    if (a->pendingInitiator)
        p.pending =
            PartnerDisassociation{*a->pendingInitiator, a->pendingReason, a->pendingRequestedAt};
    p.nextCustomerRequestFrom = partner::nextCustomerRequestFrom(a->lastCustomerRequestAt, now);
    for (const store::PartnerLogRow &line : partners.log(accountId, a->since))
        p.log << PartnerLogEntry{line.at, line.operation, line.actor, line.detail};
    return p;
}

// ---- the operator acting as the partner: invitations --------------------------------------

Result<PartnerInvitation> PartnerService::createPartnerInvitation(const PartnerInvitationRequest &r)
{
    store::PartnerInvitationRow row;
    const auto name = validate::requiredText(r.partner.enterpriseName,
                                             QStringLiteral("enterpriseName"), MaxNameLength);
    if (!name.ok())
        return name.error();
    row.enterpriseName = *name;
    row.information = r.partner.information.trimmed();
    if (row.information.size() > MaxInformationLength)
        return refuse(SystemError::TooLong, QStringLiteral("information"), "tooLong",
                      {{QStringLiteral("max"), MaxInformationLength}});
    row.website = r.partner.website.trimmed();
    if (row.website.size() > MaxWebsiteLength)
        return refuse(SystemError::TooLong, QStringLiteral("website"), "tooLong",
                      {{QStringLiteral("max"), MaxWebsiteLength}});
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (row.website.contains(space))
        return refuse(SystemError::Invalid, QStringLiteral("website"), "format");
    if (r.partner.contacts.size() > MaxContacts)
        return refuse(SystemError::Invalid, QStringLiteral("contacts"), "tooMany",
                      {{QStringLiteral("max"), MaxContacts}});
    for (qsizetype i = 0; i < r.partner.contacts.size(); ++i) {
        const PartnerContact &c = r.partner.contacts.at(i);
        const QString prefix = QStringLiteral("contacts[%1].").arg(i);
        store::PartnerContactRow contact;
        const auto role =
            validate::optionalText(c.role, prefix + QStringLiteral("role"), MaxRoleLength);
        if (!role.ok())
            return role.error();
        contact.role = *role;
        if (!c.email.trimmed().isEmpty()) {
            const auto email = validate::email(c.email, prefix + QStringLiteral("email"));
            if (!email.ok())
                return email.error();
            contact.email = *email;
        }
        const auto mobile = validate::mobile(c.mobile, true, prefix + QStringLiteral("mobile"));
        if (!mobile.ok())
            return mobile.error();
        contact.mobile = *mobile;
        const auto telephone = validate::optionalText(
            c.telephone, prefix + QStringLiteral("telephone"), MaxTelephoneLength);
        if (!telephone.ok())
            return telephone.error();
        contact.telephone = *telephone;
        row.contacts << contact;
    }
    row.model = r.model;
    row.online = r.online;
    // The link's token comes from the secure source even on a demo store (whose ids are
    // seeded): it is what lets a customer in.
    row.token = QString::fromLatin1(
        secureRandomBytes(TokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return m_session.mutate<PartnerInvitation>(
        CreateInvitationOperation, InvitationResource, row.token,
        [&]() -> Result<PartnerInvitation> {
            row.createdAt = m_session.now();
            store::PartnerRepository(m_session.db()).insertInvitation(row);
            m_session.journal(
                CreateInvitationOperation, InvitationResource, row.token, QStringLiteral("success"),
                QStringLiteral("%1 %2 %3")
                    .arg(row.enterpriseName, toString(row.model),
                         row.online ? QStringLiteral("online") : QStringLiteral("offline")));
            return invitationOf(row);
        });
}

Result<PartnerInvitation> PartnerService::partnerInvitation(const QString &input)
{
    const auto token = tokenOf(input);
    if (!token.ok())
        return token.error();
    return m_session.read<PartnerInvitation>([&]() -> Result<PartnerInvitation> {
        const auto row = store::PartnerRepository(m_session.db()).invitation(*token);
        if (!row)
            return invitationNotFound();
        return invitationOf(*row);
    });
}

// ---- W-PARTNER-ASSOC -----------------------------------------------------------------------

Result<PartnerAssociationResult>
PartnerService::associatePartner(const PartnerAssociationRequest &r)
{
    const auto token = tokenOf(r.token);
    if (!token.ok())
        return token.error();
    std::optional<store::PartnerInvitationRow> invitation;
    const Status found = m_session.read<Done>([&]() -> Status {
        invitation = store::PartnerRepository(m_session.db()).invitation(*token);
        if (!invitation)
            return invitationNotFound();
        return Done{};
    });
    if (!found.ok())
        return found.error();

    // A refusal judged outside the change is journaled like one inside it.
    const auto refused = [&](const QString &target, const Error &e) -> Error {
        m_session.mutate<Done>(AssociateOperation, AccountCenter, target,
                               [&]() -> Status { return e; });
        return e;
    };
    const QString target = r.registerNew ? r.email.trimmed() : r.accountName.trimmed();
    if (!r.instructionsAccepted)
        return refused(target,
                       refuse(rule::PTN_5, QStringLiteral("instructionsAccepted"), "required"));

    // What the association does once the account is there, inside the transaction: the
    // services enabled (the three documents accepted are the Enable page's), R-PTN-3/4,
    // the association (frozen for a reseller, R-PTN-1), its log, the journal and the notice.
    const auto associate = [&](const HuaweiAccount &signedIn) -> Result<PartnerAssociationResult> {
        auto &db = m_session.db();
        const QDateTime now = m_session.now();
        HuaweiAccount account = signedIn;
        if (account.servicesStatus == ServicesStatus::NotEnabled) {
            const auto enabled = SignUpService::enableIn(
                m_session, {account.accountId, account.countryRegion, true, r.promotions});
            if (!enabled.ok())
                return enabled.error();
            account = *enabled;
        }
        if (auto problem = eligibility(db, account, invitation->model, now))
            return *problem;
        store::PartnerAssociationRow a;
        a.accountId = account.accountId;
        a.partnerName = invitation->enterpriseName;
        a.model = invitation->model;
        const bool frozen = invitation->model == PartnerModel::Reseller;
        a.status = frozen ? PartnerStatus::Frozen : PartnerStatus::Associated;
        a.since = now;
        a.invitationToken = invitation->token;
        a.authorized = r.authorizationAccepted;
        store::PartnerRepository(db).insertAssociation(a);
        appendLog(db, a, now, L::Associated, L::Customer, toString(a.model));
        if (a.authorized)
            appendLog(db, a, now, L::Authorized, L::Customer);
        m_session.journal(AssociateOperation, AccountCenter, account.accountId,
                          QStringLiteral("success"),
                          a.partnerName + QLatin1Char(' ') + toString(a.model));
        m_session.notify(account, QStringLiteral("partnerAssociated"),
                         {{QStringLiteral("partnerName"), a.partnerName},
                          {QStringLiteral("model"), toString(a.model)},
                          {QStringLiteral("frozen"), frozen}});
        return PartnerAssociationResult{*store::HuaweiAccountRepository(db).find(account.accountId),
                                        *infoOf(db, account.accountId, now)};
    };

    if (r.registerNew) {
        // Register and Associate: W-SIGNUP 1's checks and code (SignUpService), the account
        // and the association in one change.
        if (!r.documentsAccepted)
            return refused(target,
                           refuse(rule::PTN_5, QStringLiteral("documentsAccepted"), "required"));
        SignUpService signUp(m_session);
        const auto prepared = signUp.prepare({r.countryRegion, r.email, r.code, r.password});
        if (!prepared.ok())
            return prepared.error();
        return m_session.mutate<PartnerAssociationResult>(
            AssociateOperation, AccountCenter, prepared->email,
            [&]() -> Result<PartnerAssociationResult> {
                const auto created = SignUpService::create(m_session, *prepared);
                if (!created.ok())
                    return created.error();
                return associate(*created);
            });
    }

    // Log In and Associate: an online link only (R-PTN-5), the login as D-LOGIN judges it.
    if (!invitation->online)
        return refused(target,
                       refuse(rule::PTN_5, QStringLiteral("registerNew"), "offlineInvitation"));
    if (target.isEmpty())
        return refuse(SystemError::Required, field(F::AccountName), "required");
    if (r.password.isEmpty())
        return refuse(SystemError::Required, field(F::Password), "required");
    if (!r.documentsAccepted)
        return refused(target,
                       refuse(rule::PTN_5, QStringLiteral("documentsAccepted"), "required"));
    const auto verified = HuaweiLoginService(m_session).verifyHuaweiId(
        target, r.password, {F::AccountName, F::Password, AssociateOperation});
    if (!verified.ok())
        return verified.error();
    const QString accountId = verified->account.accountId;
    const auto judge = [&](const HuaweiAccount &account) -> Problem {
        if (account.servicesStatus == ServicesStatus::Closed)
            return refuse(rule::ACC_16, field(F::AccountId), "servicesClosed");
        if (account.servicesStatus == ServicesStatus::Disabled)
            return refuse(rule::ACC_16, field(F::AccountId), "servicesDisabled");
        return eligibility(m_session.db(), account, invitation->model, m_session.now());
    };
    // Judged first as a read, so that a refused association writes nothing but its journal.
    const Status looked = m_session.read<Done>([&]() -> Status {
        if (auto problem = judge(verified->account))
            return *problem;
        return Done{};
    });
    if (!looked.ok())
        return refused(accountId, looked.error());
    return m_session.mutate<PartnerAssociationResult>(
        AssociateOperation, AccountCenter, accountId, [&]() -> Result<PartnerAssociationResult> {
            store::HuaweiAccountRepository accounts(m_session.db());
            const auto account = accounts.find(accountId);
            if (!account)
                return authcheck::accountNotFound();
            // The password changed meanwhile: the one given is judged again next time.
            if (accounts.passwordHash(accountId).value_or(QString()) != verified->passwordHash)
                return refuse(rule::ACC_19, field(F::Password), "wrongPassword");
            if (auto problem = judge(*account))
                return *problem;
            return associate(*account);
        });
}

// ---- the partner's monthly budget (R-PTN-1) ------------------------------------------------

Result<PartnerInfo> PartnerService::setPartnerBudget(const PartnerBudgetRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    if (r.monthlyBudget.value <= 0 || r.monthlyBudget.value > MaxBudgetFen)
        return refuse(rule::PTN_1, QStringLiteral("monthlyBudget"), "range",
                      {{QStringLiteral("max"), Fen(MaxBudgetFen).toPlainString()}});
    return m_session.mutate<PartnerInfo>(
        BudgetOperation, AccountCenter, *accountId, [&]() -> Result<PartnerInfo> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            store::PartnerRepository partners(db);
            const auto a = partners.association(*accountId);
            if (!a)
                return refuse(rule::PTN_1, field(F::AccountId), "noPartner");
            if (a->model != PartnerModel::Reseller)
                return refuse(rule::PTN_1, field(F::AccountId), "notReseller");
            // Unfrozen (R-PTN-1); a pending disassociation stays pending.
            const PartnerStatus status =
                a->status == PartnerStatus::Frozen ? PartnerStatus::Associated : a->status;
            partners.setBudget(*accountId, r.monthlyBudget, status);
            const QDateTime now = m_session.now();
            const QString amount = r.monthlyBudget.toPlainString();
            appendLog(db, *a, now, L::BudgetSet, L::Partner, amount);
            m_session.journal(BudgetOperation, AccountCenter, *accountId, QStringLiteral("success"),
                              amount + QStringLiteral(" CNY"));
            m_session.notify(*account, QStringLiteral("partnerBudgetSet"),
                             {{QStringLiteral("partnerName"), a->partnerName},
                              {QStringLiteral("monthlyBudget"), amount}});
            return *infoOf(db, *accountId, now);
        });
}

// ---- D-PARTNER-DISASSOC and D-PARTNER-PROCESS (R-PTN-2, R-PTN-7) --------------------------

Result<PartnerDisassociationCheck> PartnerService::partnerDisassociationCheck(const QString &input)
{
    const auto accountId = validate::huaweiAccountId(input);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<PartnerDisassociationCheck>([&]() -> Result<PartnerDisassociationCheck> {
        auto &db = m_session.db();
        const auto account = accountIn(db, *accountId);
        if (!account.ok())
            return account.error();
        if (!store::PartnerRepository(db).association(*accountId))
            return refuse(rule::PTN_2, field(F::AccountId), "noPartner");
        PartnerDisassociationCheck check;
        check.accountId = *accountId;
        check.checkedAt = m_session.now();
        for (const partner::CheckItem &f :
             partner::disassociationFailures(factsOf(db, *account), check.checkedAt))
            check.failures << CheckFailure{f.condition, f.detail};
        return check;
    });
}

Result<PartnerInfo>
PartnerService::requestPartnerDisassociation(const PartnerDisassociationRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    const auto refused = [&](const Error &e) -> Error {
        m_session.mutate<Done>(RequestOperation, AccountCenter, *accountId,
                               [&]() -> Status { return e; });
        return e;
    };
    if (!r.statementAccepted)
        return refused(refuse(rule::PTN_7, QStringLiteral("statementAccepted"), "required"));

    const QString purpose = QString::fromLatin1(CodePurpose::PartnerDisassociate);
    // Everything but the code, judged before the code (which a refusal must not cost) and
    // again inside the change.
    const auto judge = [&](store::Database &db, const HuaweiAccount &account) -> Problem {
        const auto a = store::PartnerRepository(db).association(account.accountId);
        if (!a)
            return refuse(rule::PTN_2, field(F::AccountId), "noPartner");
        if (a->pendingInitiator)
            return refuse(rule::PTN_7, field(F::AccountId), "pending",
                          {{QStringLiteral("initiator"), toString(*a->pendingInitiator)}});
        if (auto problem = checkRefusal(
                partner::disassociationFailures(factsOf(db, account), m_session.now())))
            return problem;
        if (account.serviceMobile.isEmpty() && account.securityPhone.isEmpty())
            return refuse(rule::PTN_7, field(F::AccountId), "noMobile");
        return std::nullopt;
    };
    // The code went to the service mobile number or to the security phone (D-PARTNER-
    // DISASSOC step 3): the one a code of this purpose was sent to last.
    const auto destinationOf = [&](store::Database &db, const HuaweiAccount &account) {
        store::VerificationCodeRepository codes(db);
        QString chosen;
        QDateTime latest;
        for (const QString &to : {account.serviceMobile, account.securityPhone}) {
            if (to.isEmpty())
                continue;
            const auto code = codes.latest(to, purpose);
            if (chosen.isEmpty() || (code && (!latest.isValid() || code->issuedAt > latest))) {
                chosen = to;
                latest = code ? code->issuedAt : QDateTime();
            }
        }
        return chosen;
    };
    QString destination;
    const Status looked = m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        const auto account = accountIn(db, *accountId);
        if (!account.ok())
            return account.error();
        if (auto problem = judge(db, *account))
            return *problem;
        destination = destinationOf(db, *account);
        return Done{};
    });
    if (!looked.ok())
        return refused(looked.error());
    CodeService codes(m_session);
    if (Status code = codes.check(destination, purpose, r.code, field(F::Code)); !code.ok())
        return code.error();

    return m_session.mutate<PartnerInfo>(
        RequestOperation, AccountCenter, *accountId, [&]() -> Result<PartnerInfo> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            if (auto problem = judge(db, *account))
                return *problem;
            if (destinationOf(db, *account) != destination)
                return refuse(rule::VC_1, field(F::Code), "notSent");
            if (Status code = codes.consume(destination, purpose, r.code, field(F::Code));
                !code.ok())
                return code.error();
            const QDateTime now = m_session.now();
            store::PartnerRepository partners(db);
            const auto a = partners.association(*accountId);
            partners.setPending(*accountId, DisassociationInitiator::Customer, {}, now);
            appendLog(db, *a, now, L::DisassociationRequested, L::Customer);
            m_session.journal(RequestOperation, AccountCenter, *accountId);
            return *infoOf(db, *accountId, now);
        });
}

Result<PartnerInfo>
PartnerService::partnerRequestDisassociation(const PartnerInitiatedDisassociation &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    const QString reason = r.reason.simplified();
    if (reason.isEmpty())
        return refuse(rule::PTN_7, QStringLiteral("reason"), "required");
    if (reason.size() > MaxReasonLength)
        return refuse(SystemError::TooLong, QStringLiteral("reason"), "tooLong",
                      {{QStringLiteral("max"), MaxReasonLength}});
    return m_session.mutate<PartnerInfo>(
        PartnerRequestOperation, AccountCenter, *accountId, [&]() -> Result<PartnerInfo> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            store::PartnerRepository partners(db);
            const auto a = partners.association(*accountId);
            if (!a)
                return refuse(rule::PTN_7, field(F::AccountId), "noPartner");
            if (a->pendingInitiator)
                return refuse(rule::PTN_7, field(F::AccountId), "pending",
                              {{QStringLiteral("initiator"), toString(*a->pendingInitiator)}});
            const QDateTime now = m_session.now();
            partners.setPending(*accountId, DisassociationInitiator::Partner, reason, now);
            appendLog(db, *a, now, L::DisassociationRequested, L::Partner, reason);
            m_session.journal(PartnerRequestOperation, AccountCenter, *accountId,
                              QStringLiteral("success"), reason);
            m_session.notify(*account, QStringLiteral("partnerDisassociationRequested"),
                             {{QStringLiteral("partnerName"), a->partnerName},
                              {QStringLiteral("reason"), reason}});
            return *infoOf(db, *accountId, now);
        });
}

Status PartnerService::processPartnerDisassociation(const ProcessDisassociationRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    return m_session.mutate<Done>(ProcessOperation, AccountCenter, *accountId, [&]() -> Status {
        auto &db = m_session.db();
        const auto account = accountIn(db, *accountId);
        if (!account.ok())
            return account.error();
        store::PartnerRepository partners(db);
        const auto a = partners.association(*accountId);
        if (!a)
            return refuse(rule::PTN_7, field(F::AccountId), "noPartner");
        if (!a->pendingInitiator)
            return refuse(rule::PTN_7, field(F::AccountId), "nothingPending");
        const DisassociationInitiator initiator = *a->pendingInitiator;
        if (r.answeredBy == initiator)
            return refuse(rule::PTN_7, QStringLiteral("answeredBy"), "notTheOtherSide",
                          {{QStringLiteral("initiator"), toString(initiator)}});
        const QDateTime now = m_session.now();
        const char *side = sideOf(r.answeredBy);
        const QVariantMap partnerName{{QStringLiteral("partnerName"), a->partnerName}};
        if (r.agree) {
            // The log first: it belongs to the association, which is history from now on.
            appendLog(db, *a, now, L::Disassociated, side, toString(initiator));
            partners.end(*accountId, initiator, now);
            m_session.journal(ProcessOperation, AccountCenter, *accountId,
                              QStringLiteral("success"),
                              QStringLiteral("agreed by ") + QString::fromLatin1(side));
            QVariantMap params = partnerName;
            params.insert(QStringLiteral("initiator"), toString(initiator));
            m_session.notify(*account, QStringLiteral("partnerDisassociated"), params);
            return Done{};
        }
        partners.clearPending(*accountId, statusWithoutRequest(*a));
        appendLog(db, *a, now, L::DisassociationRefused, side, toString(initiator));
        m_session.journal(ProcessOperation, AccountCenter, *accountId, QStringLiteral("success"),
                          QStringLiteral("refused by ") + QString::fromLatin1(side));
        if (initiator == DisassociationInitiator::Customer)
            m_session.notify(*account, QStringLiteral("partnerDisassociationRefused"), partnerName);
        return Done{};
    });
}

} // namespace oc

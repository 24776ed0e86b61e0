#include "LoginService.h"

#include "CodeService.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/BindingRepository.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/MemberRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/WorkspaceRepository.h"

namespace oc {

namespace {

// R-ORG-6: five wrong passwords in a row lock the member out for 15 minutes.
constexpr int MaxFailedLogins = 5;
constexpr int LockoutSeconds = 15 * 60;

const auto MemberResource = QStringLiteral("member");
const auto WorkspaceResource = QStringLiteral("workspace");
const auto FeeCenterResource = QStringLiteral("feeCenterAccount");

Error refuse(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason), std::move(args));
}

Error loginFormat()
{
    return refuse(rule::ORG_6, "loginName", "format");
}

// The same answer for a wrong password and an unknown account: a login attempt must not
// tell which accounts exist (R-ORG-6).
Error wrongPassword()
{
    return refuse(rule::ORG_6, "password", "wrongPassword");
}

Error throttled(const QDateTime &now, const QDateTime &lockedUntil)
{
    const qint64 ms = now.msecsTo(lockedUntil);
    const int minutes = int((ms + 59999) / 60000); // rounded up: "try again in 1 minute"
    return refuse(rule::ORG_6, "loginName", "throttled", {{QStringLiteral("minutes"), minutes}});
}

Error memberNotFound()
{
    return refuse(SystemError::NotFound, "memberId", "member");
}

Error workspaceNameTaken()
{
    return refuse(rule::WS_1, validate::Field::WorkspaceName, "taken");
}

Error usernameTaken()
{
    return refuse(rule::FC_1, validate::Field::Username, "taken");
}

Error emailTaken()
{
    return refuse(rule::ACC_1, validate::Field::Email, "taken");
}

// CodeService names the destination's field when it refuses to send; on these pages every
// R-VC-1 refusal belongs next to the code field.
Error asCodeError(Error error)
{
    if (error.rule == QLatin1StringView(rule::VC_1))
        error.field = QString::fromLatin1(validate::Field::Code);
    return error;
}

QString details(const Error &error)
{
    return error.field.isEmpty() ? error.reason : error.field + QLatin1Char(':') + error.reason;
}

// R-FC-3: the registered email shown as "d***@domain".
QString maskedEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

// Assigns a validator's value to `out`, or yields its error.
template<class R>
Problem take(R &&result, QString &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

// R-FC-2: the owner's Huawei account is linked to another fee-center account.
Problem linkedElsewhere(store::Database &db, const QString &huaweiAccountId,
                        qint64 feeCenterAccountId, const char *field)
{
    store::FeeCenterRepository feeCenters(db);
    const auto linked = feeCenters.linkedFeeCenter(huaweiAccountId);
    if (!linked || *linked == feeCenterAccountId)
        return std::nullopt;
    const auto other = feeCenters.find(*linked);
    return refuse(rule::FC_2, field, "linked",
                  {{QStringLiteral("username"), other ? other->username : QString()}});
}

// R-SET-3: a settlement changed in the current calendar month (UTC+8) cannot change again
// before the first of the next month.
Problem monthlyChange(const Workspace &workspace, const QDateTime &now)
{
    if (!workspace.settlementChangedAt.isValid())
        return std::nullopt;
    const QTimeZone china = ClockSteps::chinaTimeZone();
    const QDate today = now.toTimeZone(china).date();
    const QDate monthStart(today.year(), today.month(), 1);
    if (workspace.settlementChangedAt.toTimeZone(china).date() < monthStart)
        return std::nullopt;
    return refuse(rule::SET_3, "workspaceId", "monthly",
                  {{QStringLiteral("nextChange"),
                    monthStart.addMonths(1).toString(QStringLiteral("yyyy-MM-dd"))}});
}

std::optional<Instance> activeSaasInstance(store::Database &db, const QString &accountId)
{
    return store::InstanceRepository(db).newestActive(
        accountId, QString::fromLatin1(Catalogue::SaasProductId));
}

bool settlesThrough(const Workspace &workspace, const QString &huaweiAccountId)
{
    return workspace.settlement == SettlementMethod::HuaweiCloud &&
           workspace.settlementAccountId == huaweiAccountId;
}

} // namespace

// ---- shared lookups (inside a read or a transaction) ---------------------------------------

Result<LoginService::MemberContext> LoginService::memberContext(qint64 memberId)
{
    auto &db = m_session.db();
    const auto member = memberId > 0 ? store::MemberRepository(db).find(memberId) : std::nullopt;
    if (!member)
        return memberNotFound();
    const auto organization = store::OrganizationRepository(db).find(member->organizationId);
    if (!organization)
        return memberNotFound();
    return MemberContext{*member, *organization};
}

Result<FeeCenterAccount> LoginService::feeCenter(qint64 feeCenterAccountId)
{
    const auto account = feeCenterAccountId > 0
                             ? store::FeeCenterRepository(m_session.db()).find(feeCenterAccountId)
                             : std::nullopt;
    if (!account)
        return refuse(SystemError::NotFound, "feeCenterAccountId", "feeCenterAccount");
    return *account;
}

// R-AUD-1: a refusal that happens outside a transaction (a login attempt) is still an event
// worth a journal entry.
Error LoginService::journalRefusal(const QString &operation, const QString &resourceType,
                                   const QString &target, const Error &error)
{
    m_session.mutate<Done>(operation, resourceType, target, [&]() -> Status {
        m_session.journal(operation, resourceType, target, error.rule, details(error));
        return Done{};
    });
    return error;
}

// R-ORG-6: a wrong password is counted in a transaction of its own, committed although the
// login is refused (as CodeService::check counts a wrong code). The fifth in a row locks
// the member out; the first after a lifted lock starts a new count.
Error LoginService::countWrongPassword(qint64 memberId, const QString &target)
{
    const QString operation = QStringLiteral("memberLogin");
    std::optional<Error> refusal;
    const Status counted =
        m_session.mutate<Done>(operation, MemberResource, target, [&]() -> Status {
            store::MemberRepository members(m_session.db());
            const QDateTime now = m_session.now();
            const auto count = members.countLoginFailure(memberId, now, MaxFailedLogins,
                                                         now.addSecs(LockoutSeconds));
            int failures = 0;
            if (!count) {
                QDateTime lockedUntil; // a concurrent attempt locked it
                failures = members.loginFailures(memberId, &lockedUntil);
                refusal = throttled(now, lockedUntil);
            } else {
                failures = count->failures;
                refusal = count->lockedUntil.isValid() ? throttled(now, count->lockedUntil)
                                                       : wrongPassword();
            }
            m_session.journal(operation, MemberResource, target, refusal->rule,
                              details(*refusal) + QStringLiteral(" (%1)").arg(failures));
            return Done{};
        });
    if (!counted.ok())
        return counted.error();
    return *refusal;
}

// ---- unified login (R-ORG-6) -----------------------------------------------------------------

Result<LoginSession> LoginService::unifiedLogin(const LoginRequest &request)
{
    const QString operation = QStringLiteral("memberLogin");
    // account@abbreviation, each part in its own format (R-ORG-5, R-ORG-2).
    const QString typed = request.loginName.trimmed();
    const qsizetype at = typed.indexOf(QLatin1Char('@'));
    if (at < 0)
        return loginFormat();
    const auto account = validate::memberAccount(typed.left(at));
    const auto abbreviation = validate::abbreviation(typed.mid(at + 1));
    if (!account.ok() || !abbreviation.ok())
        return loginFormat();
    if (request.password.isEmpty())
        return refuse(SystemError::Required, "password", "required");
    const QString loginName = memberLoginName(*account, *abbreviation);

    struct Found
    {
        Member member;
        QString passwordHash;
        QDateTime lockedUntil;
    };
    std::optional<Found> found;
    const Status lookup = m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        const auto organization =
            store::OrganizationRepository(db).findByAbbreviation(*abbreviation);
        if (!organization)
            return refuse(rule::ORG_6, "loginName", "unknownOrganization");
        store::MemberRepository members(db);
        const auto member = members.findByAccount(organization->organizationId, *account);
        if (!member)
            return Done{};
        Found f{*member, members.passwordHash(member->memberId).value_or(QString()), {}};
        members.loginFailures(member->memberId, &f.lockedUntil);
        found = f;
        return Done{};
    });
    if (!lookup.ok()) {
        if (lookup.error().rule == QLatin1String(SystemError::Store))
            return lookup.error();
        return journalRefusal(operation, MemberResource, loginName, lookup.error());
    }
    if (!found) {
        m_session.hasher().verify(m_session.hasher().decoyHash(), request.password);
        return journalRefusal(operation, MemberResource, loginName, wrongPassword());
    }

    const qint64 memberId = found->member.memberId;
    const QString target = QString::number(memberId);
    const QDateTime now = m_session.now();
    // Locked out: not even a right password gets in, and the attempt is not judged.
    if (found->lockedUntil.isValid() && found->lockedUntil > now)
        return journalRefusal(operation, MemberResource, target,
                              throttled(now, found->lockedUntil));
    // Argon2id is slow on purpose: verified before the transaction takes the write lock.
    if (!m_session.hasher().verify(found->passwordHash, request.password))
        return countWrongPassword(memberId, target);

    return m_session.mutate<LoginSession>(
        operation, MemberResource, target, [&]() -> Result<LoginSession> {
            auto &db = m_session.db();
            store::MemberRepository members(db);
            const auto member = members.find(memberId);
            // Changed since it was verified: the next attempt judges the new password.
            if (!member || members.passwordHash(memberId) != found->passwordHash)
                return wrongPassword();
            if (!member->enabled)
                return refuse(rule::ORG_6, "loginName", "disabled");
            const auto organization =
                store::OrganizationRepository(db).find(member->organizationId);
            if (!organization)
                return wrongPassword();
            // R-BND-4: authorized for a binding of its organization.
            store::BindingRepository bindings(db);
            bool authorized = false;
            for (const AppBinding &binding :
                 bindings.listByOrganization(organization->organizationId))
                authorized = authorized || bindings.isAuthorized(binding.bindingId, memberId);
            if (!authorized)
                return refuse(rule::ORG_6, "loginName", "notAuthorized");
            members.resetLoginFailures(memberId);

            LoginSession session;
            session.memberId = memberId;
            session.loginName = loginName;
            session.displayName = member->displayName;
            session.organizationId = organization->organizationId;
            session.abbreviation = organization->abbreviation;
            session.ownerAccountId = organization->ownerAccountId;
            session.mustChangePassword = member->mustChangePassword;
            // R-FC-2: a linked owner's members log in directly.
            store::FeeCenterRepository feeCenters(db);
            if (const auto linked = feeCenters.linkedFeeCenter(session.ownerAccountId)) {
                if (const auto feeCenterAccount = feeCenters.find(*linked)) {
                    session.linkedFeeCenterAccountId = feeCenterAccount->feeCenterAccountId;
                    session.linkedFeeCenterUsername = feeCenterAccount->username;
                }
            }
            // R-AUD-1: in the member's trace and in the owner account's CTS traces.
            m_session.journal(operation, MemberResource, target, QStringLiteral("success"),
                              loginName);
            m_session.journal(operation, MemberResource, session.ownerAccountId,
                              QStringLiteral("success"), loginName);
            return session;
        });
}

Status LoginService::changeInitialPassword(qint64 memberId, const QString &currentPassword,
                                           const QString &newPassword)
{
    const QString operation = QStringLiteral("changePassword");
    const QString target = QString::number(memberId);
    QString storedHash;
    const Status lookup = m_session.read<Done>([&]() -> Status {
        const auto context = memberContext(memberId);
        if (!context.ok())
            return context.error();
        storedHash =
            store::MemberRepository(m_session.db()).passwordHash(memberId).value_or(QString());
        return Done{};
    });
    if (!lookup.ok())
        return lookup;
    if (!m_session.hasher().verify(storedHash, currentPassword))
        return journalRefusal(operation, MemberResource, target,
                              refuse(rule::ORG_6, "currentPassword", "wrongPassword"));
    // R-ACC-2: member passwords are also fee-center credentials (seed 002), so the Guance
    // rule applies.
    const auto password = validate::guancePassword(newPassword, QStringLiteral("newPassword"));
    if (!password.ok())
        return password.error();
    if (*password == currentPassword)
        return refuse(rule::ORG_6, "newPassword", "samePassword");
    const QString hash = m_session.hasher().hash(*password);
    if (hash.isEmpty())
        return refuse(SystemError::Store, "", "hashFailed");

    return m_session.mutate<Done>(operation, MemberResource, target, [&]() -> Status {
        auto &db = m_session.db();
        const auto context = memberContext(memberId);
        if (!context.ok())
            return context.error();
        store::MemberRepository members(db);
        if (members.passwordHash(memberId) != storedHash)
            return refuse(SystemError::Conflict, "currentPassword", "changed");
        members.setPassword(memberId, hash, false);
        // Passwords are never kept in plain text once they are no longer initial: the
        // credentials SMS shows the initial password blanked from now on.
        store::OutboxRepository(db).redactParam(QStringLiteral("member:%1").arg(memberId),
                                                QStringLiteral("initialPassword"));
        m_session.journal(
            operation, MemberResource, target, QStringLiteral("success"),
            memberLoginName(context->member.account, context->organization.abbreviation));
        return Done{};
    });
}

// ---- existing fee-center account (R-FC-3) ------------------------------------------------------

Result<FeeCenterCodeSent> LoginService::sendFeeCenterCode(const QString &usernameInput)
{
    const QString username = usernameInput.trimmed();
    if (username.isEmpty())
        return refuse(SystemError::Required, "username", "required");
    QString email;
    const Status found = m_session.read<Done>([&]() -> Status {
        const auto account = store::FeeCenterRepository(m_session.db()).findByUsername(username);
        if (!account)
            return refuse(SystemError::NotFound, "username", "feeCenterAccount");
        email = account->email;
        return Done{};
    });
    if (!found.ok())
        return found.error();
    const auto sent = CodeService(m_session).send(Channel::Email, email,
                                                  QString::fromLatin1(CodePurpose::BindFeeCenter));
    if (!sent.ok())
        return asCodeError(sent.error());
    return FeeCenterCodeSent{maskedEmail(sent->destination), sent->expiresAt,
                             sent->resendAllowedAt};
}

Result<FeeCenterBinding> LoginService::verifyFeeCenter(const FeeCenterVerification &request)
{
    const QString username = request.username.trimmed();
    FeeCenterAccount account;
    QString owner;
    QString site;
    // Everything but the code first: a refused request must not cost a code attempt.
    const Status precheck = m_session.read<Done>([&]() -> Status {
        const auto context = memberContext(request.memberId);
        if (!context.ok())
            return context.error();
        owner = context->organization.ownerAccountId;
        if (auto problem = take(validate::site(request.site), site))
            return *problem;
        if (username.isEmpty())
            return refuse(SystemError::Required, "username", "required");
        const auto found = store::FeeCenterRepository(m_session.db()).findByUsername(username);
        if (!found)
            return refuse(SystemError::NotFound, "username", "feeCenterAccount");
        account = *found;
        if (auto linked =
                linkedElsewhere(m_session.db(), owner, account.feeCenterAccountId, "username"))
            return *linked;
        return Done{};
    });
    if (!precheck.ok())
        return precheck.error();

    // R-VC-1: judged outside the transaction so that a wrong code counts; consumed inside.
    const QString purpose = QString::fromLatin1(CodePurpose::BindFeeCenter);
    if (Status code = CodeService(m_session).check(account.email, purpose, request.code);
        !code.ok())
        return asCodeError(code.error());

    return m_session.mutate<FeeCenterBinding>(
        QStringLiteral("verifyFeeCenter"), FeeCenterResource, username,
        [&]() -> Result<FeeCenterBinding> {
            auto &db = m_session.db();
            if (Status consumed =
                    CodeService(m_session).consume(account.email, purpose, request.code);
                !consumed.ok())
                return asCodeError(consumed.error());
            if (auto linked = linkedElsewhere(db, owner, account.feeCenterAccountId, "username"))
                return *linked;
            const auto current = feeCenter(account.feeCenterAccountId);
            if (!current.ok())
                return refuse(SystemError::NotFound, "username", "feeCenterAccount");
            FeeCenterBinding binding;
            binding.account = *current;
            binding.workspaces =
                store::WorkspaceRepository(db).listByFeeCenter(account.feeCenterAccountId);
            m_session.journal(QStringLiteral("verifyFeeCenter"), FeeCenterResource, username,
                              QStringLiteral("success"), owner + QStringLiteral(" @ ") + site);
            m_session.journal(QStringLiteral("verifyFeeCenter"), FeeCenterResource, owner,
                              QStringLiteral("success"), username);
            return binding;
        });
}

Status LoginService::confirmEnterprise(const EnterpriseConfirmation &confirmation)
{
    QString username;
    const Status found = m_session.read<Done>([&]() -> Status {
        const auto account = feeCenter(confirmation.feeCenterAccountId);
        if (!account.ok())
            return account.error();
        username = account->username;
        return Done{};
    });
    if (!found.ok())
        return found;
    QString enterpriseName;
    QString industry;
    QString contact;
    if (auto problem =
            take(validate::requiredText(confirmation.enterpriseName,
                                        QString::fromLatin1(validate::Field::EnterpriseName), 64),
                 enterpriseName))
        return *problem;
    if (auto problem = take(
            validate::optionalText(confirmation.industry, QStringLiteral("industry")), industry))
        return *problem;
    if (auto problem =
            take(validate::optionalText(confirmation.contact, QStringLiteral("contact")), contact))
        return *problem;

    return m_session.mutate<Done>(
        QStringLiteral("confirmEnterprise"), FeeCenterResource, username, [&]() -> Status {
            if (const auto account = feeCenter(confirmation.feeCenterAccountId); !account.ok())
                return account.error();
            store::FeeCenterRepository(m_session.db())
                .setCompanyInformation(confirmation.feeCenterAccountId, enterpriseName, industry,
                                       contact);
            m_session.journal(QStringLiteral("confirmEnterprise"), FeeCenterResource, username,
                              QStringLiteral("success"), enterpriseName);
            return Done{};
        });
}

// ---- workspaces (R-FC-3, R-WS-*, R-SET-2..5) -------------------------------------------------

Result<Workspace> LoginService::bindWorkspace(const BindWorkspaceRequest &request)
{
    const QString workspaceId = request.workspaceId.trimmed();
    return m_session.mutate<Workspace>(
        QStringLiteral("bindWorkspace"), WorkspaceResource, workspaceId,
        [&]() -> Result<Workspace> {
            auto &db = m_session.db();
            const auto context = memberContext(request.memberId);
            if (!context.ok())
                return context.error();
            const QString owner = context->organization.ownerAccountId;
            const auto account = feeCenter(request.feeCenterAccountId);
            if (!account.ok())
                return account.error();
            store::WorkspaceRepository workspaces(db);
            const auto workspace =
                workspaceId.isEmpty() ? std::nullopt : workspaces.find(workspaceId);
            if (!workspace)
                return refuse(SystemError::NotFound, "workspaceId", "workspace");
            // R-FC-3: only the verified fee-center account's own workspaces.
            if (workspace->feeCenterAccountId != account->feeCenterAccountId)
                return refuse(rule::FC_3, "workspaceId", "otherFeeCenter");
            if (workspace->status == WorkspaceStatus::Locked)
                return refuse(rule::SET_5, "workspaceId", "locked");
            switch (workspace->settlement) {
            case SettlementMethod::AlibabaCloud:
            case SettlementMethod::Aws:
                return refuse(rule::SET_4, "workspaceId", "otherCloud");
            case SettlementMethod::HuaweiCloud:
                if (workspace->settlementAccountId != owner)
                    return refuse(rule::SET_4, "workspaceId", "otherCloud");
                return *workspace; // bound already: nothing changes
            case SettlementMethod::FeeCenter:
                break;
            }
            // R-SET-2: the owner's newest active Guance SaaS Edition instance.
            const auto instance = activeSaasInstance(db, owner);
            if (!instance)
                return refuse(rule::SET_2, "workspaceId", "notActive");
            const QDateTime now = m_session.now();
            if (auto problem = monthlyChange(*workspace, now))
                return *problem;
            // R-WS-2/3: only the settlement changes; language and site have no update.
            workspaces.setSettlement(workspaceId, SettlementMethod::HuaweiCloud, owner,
                                     instance->instanceId, now);
            m_session.journal(
                QStringLiteral("bindWorkspace"), WorkspaceResource, workspaceId,
                QStringLiteral("success"),
                QStringLiteral("huawei_cloud %1 %2").arg(owner, instance->instanceId));
            m_session.journal(QStringLiteral("bindWorkspace"), WorkspaceResource, owner,
                              QStringLiteral("success"), workspaceId);
            return *workspaces.find(workspaceId);
        });
}

Result<Workspace> LoginService::createWorkspace(const CreateWorkspaceRequest &request)
{
    QString owner;
    qint64 feeCenterAccountId = 0;
    QString site;
    QString name;
    QString email;
    QString username;
    QString password;
    QString mobile;
    const bool registering = !request.haveGuanceAccount;

    // Everything but the code first, outside the transaction: a refused request must not
    // cost a code attempt. What a concurrent change could alter is checked again inside.
    const Status precheck = m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        const auto context = memberContext(request.memberId);
        if (!context.ok())
            return context.error();
        owner = context->organization.ownerAccountId;
        const auto account = feeCenter(request.feeCenterAccountId);
        if (!account.ok())
            return account.error();
        feeCenterAccountId = account->feeCenterAccountId;
        if (auto problem = take(validate::site(request.site), site)) // R-WS-3
            return *problem;
        if (auto problem = take(validate::workspaceName(request.workspaceName), name))
            return *problem;
        if (store::WorkspaceRepository(db).nameTaken(feeCenterAccountId, name)) // R-WS-1
            return workspaceNameTaken();
        // R-WS-2: the language is one of the two the enum holds; fixed from creation on.
        if (!request.termsAccepted)
            return refuse(SystemError::Required, "terms", "terms");
        store::GuanceAccountRepository guance(db);
        if (!registering) {
            if (auto problem = take(validate::email(request.email), email))
                return *problem;
            const auto existing = guance.findByEmail(email, site);
            if (!existing)
                return refuse(rule::ACC_1, validate::Field::Email, "noAccount");
            username = existing->username;
        } else {
            if (auto problem = take(validate::username(request.username), username))
                return *problem;
            if (guance.findByUsername(username))
                return usernameTaken();
            if (auto problem = take(validate::guancePassword(request.password), password))
                return *problem;
            if (auto problem = take(validate::email(request.email), email))
                return *problem;
            if (guance.findByEmail(email, site)) // unique per site
                return emailTaken();
            if (auto problem = take(validate::mobile(request.mobile, true), mobile))
                return *problem;
        }
        if (!activeSaasInstance(db, owner))
            return refuse(rule::SET_2, validate::Field::WorkspaceName, "notActive");
        return Done{};
    });
    if (!precheck.ok())
        return precheck.error();

    const QString purpose = QString::fromLatin1(CodePurpose::CreateWorkspace);
    if (Status code = CodeService(m_session).check(email, purpose, request.code); !code.ok())
        return asCodeError(code.error());

    QString passwordHash;
    if (registering) {
        passwordHash = m_session.hasher().hash(password); // slow: before the write lock
        if (passwordHash.isEmpty())
            return refuse(SystemError::Store, "", "hashFailed");
    }

    return m_session.mutate<Workspace>(
        QStringLiteral("createWorkspace"), WorkspaceResource, name, [&]() -> Result<Workspace> {
            auto &db = m_session.db();
            if (Status consumed = CodeService(m_session).consume(email, purpose, request.code);
                !consumed.ok())
                return asCodeError(consumed.error());
            const auto instance = activeSaasInstance(db, owner);
            if (!instance)
                return refuse(rule::SET_2, validate::Field::WorkspaceName, "notActive");
            const QDateTime now = m_session.now();
            store::GuanceAccountRepository guance(db);
            store::WorkspaceRepository workspaces(db);
            // Which insert a unique constraint refused tells which rule a concurrent change
            // broke (it won the race between our check and our insert).
            qint64 guanceAccountId = 0;
            if (registering) {
                GuanceAccount account;
                account.username = username;
                account.email = email;
                account.mobile = mobile;
                account.site = site;
                account.createdAt = now;
                guanceAccountId = guance.insert(account, passwordHash);
                m_session.journal(QStringLiteral("createGuanceAccount"),
                                  QStringLiteral("guanceAccount"), username,
                                  QStringLiteral("success"), site);
            } else {
                const auto existing = guance.findByEmail(email, site);
                if (!existing)
                    return refuse(rule::ACC_1, validate::Field::Email, "noAccount");
                guanceAccountId = existing->guanceAccountId;
            }
            if (workspaces.nameTaken(feeCenterAccountId, name))
                return workspaceNameTaken();

            Workspace w;
            w.workspaceId = m_session.ids().workspaceId();
            w.name = name;
            w.language = request.language; // R-WS-2: fixed from now on
            w.site = site;                 // R-WS-3: fixed from now on
            w.ownerGuanceAccountId = guanceAccountId;
            w.feeCenterAccountId = feeCenterAccountId;
            // R-SET-2: through the owner's Huawei account and its active instance.
            w.settlement = SettlementMethod::HuaweiCloud;
            w.settlementAccountId = owner;
            w.settlementInstanceId = instance->instanceId;
            w.status = WorkspaceStatus::Active;
            w.lockReason = QStringLiteral("");
            w.createdAt = now;
            workspaces.insert(w);
            m_session.journal(QStringLiteral("createWorkspace"), WorkspaceResource, w.workspaceId,
                              QStringLiteral("success"), w.name + QStringLiteral(" @ ") + w.site);
            m_session.journal(QStringLiteral("createWorkspace"), WorkspaceResource, owner,
                              QStringLiteral("success"), w.workspaceId);
            m_session.send(Channel::Email, email, QStringLiteral("workspaceCreated"),
                           {{QStringLiteral("workspaceName"), w.name},
                            {QStringLiteral("site"), w.site},
                            {QStringLiteral("username"), username}});
            return w;
        });
}

// ---- activation (R-FC-2) -----------------------------------------------------------------------

Result<ActivationSummary> LoginService::finishActivation(qint64 memberId, qint64 feeCenterAccountId)
{
    return m_session.mutate<ActivationSummary>(
        QStringLiteral("finishActivation"), FeeCenterResource, QString::number(feeCenterAccountId),
        [&]() -> Result<ActivationSummary> {
            auto &db = m_session.db();
            const auto context = memberContext(memberId);
            if (!context.ok())
                return context.error();
            const QString owner = context->organization.ownerAccountId;
            const auto account = feeCenter(feeCenterAccountId);
            if (!account.ok())
                return account.error();
            ActivationSummary summary;
            summary.account = *account;
            for (const Workspace &w :
                 store::WorkspaceRepository(db).listByFeeCenter(feeCenterAccountId))
                if (settlesThrough(w, owner))
                    summary.boundWorkspaces << w;
            if (summary.boundWorkspaces.isEmpty())
                return refuse(SystemError::Required, "workspaceId", "bindFirst");
            if (auto linked = linkedElsewhere(db, owner, feeCenterAccountId, "feeCenterAccountId"))
                return *linked;
            store::FeeCenterRepository feeCenters(db);
            if (feeCenters.linkedFeeCenter(owner))
                return summary; // linked to this account already
            feeCenters.linkHuaweiAccount(owner, feeCenterAccountId, m_session.now());
            // R-FC-2: from now on the owner's members log in directly.
            m_session.journal(QStringLiteral("linkHuaweiAccount"), FeeCenterResource, owner,
                              QStringLiteral("success"), account->username);
            return summary;
        });
}

} // namespace oc

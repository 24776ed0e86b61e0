#include "RegistrationService.h"

#include "CodeService.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/WorkspaceRepository.h"

#include <QRegularExpression>
#include <QThread>

#include <cstdio>

namespace oc {

namespace {

const auto HuaweiAccountField = QStringLiteral("huaweiAccountId");

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
}

Error usernameTakenError()
{
    return refuse(rule::FC_1, QString::fromLatin1(validate::Field::Username), "taken");
}

Error emailTakenError()
{
    return refuse(rule::ACC_1, QString::fromLatin1(validate::Field::Email), "taken");
}

// TEST-ONLY HOOK (tests/services/test_registration_kill.cpp): when the environment variable
// OC_TEST_PAUSE_IN_REGISTRATION holds N milliseconds, the registration transaction stops
// for N ms right after inserting the Guance account row, after announcing it on stderr, so
// that a test can kill the process in the middle of R-REG-3's transaction. Read once; unset
// (the normal case) it costs nothing.
void testPauseInRegistration()
{
    static const int pauseMs = qEnvironmentVariableIntValue("OC_TEST_PAUSE_IN_REGISTRATION");
    if (pauseMs <= 0)
        return;
    std::fputs("oc-test: paused in registration\n", stderr);
    std::fflush(stderr);
    QThread::msleep(static_cast<unsigned long>(pauseMs));
}

// The request's fields, validated and normalised (R-REG-1 pages 1-3).
struct Fields
{
    QString site;
    QString username;
    QString password;
    QString email;
    QString code;
    QString mobile;
    QString enterpriseName;
    QString industry;
    QString contact;
    QString workspaceName;
    QString huaweiAccountId;
    QString alibabaAccountId;
    QString alibabaInstanceId;
};

// Assigns a validator's value to `out`, or yields its error.
template<class R>
Problem take(R &&result, QString &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

// Pages 1 and 2, and the format checks of page 3, in the order of the pages.
Problem validateFields(const RegistrationRequest &r, Fields &f)
{
    if (auto p = take(validate::site(r.site), f.site))
        return p;
    if (auto p = take(validate::username(r.username), f.username))
        return p;
    if (auto p = take(validate::guancePassword(r.password), f.password))
        return p;
    if (auto p = take(validate::email(r.email), f.email))
        return p;
    if (auto p = take(validate::verificationCode(r.code), f.code))
        return p;
    if (auto p = take(validate::mobile(r.mobile, true), f.mobile))
        return p;
    if (auto p =
            take(validate::requiredText(r.enterpriseName,
                                        QString::fromLatin1(validate::Field::EnterpriseName), 64),
                 f.enterpriseName))
        return p;
    if (auto p = take(validate::optionalText(r.industry, QStringLiteral("industry")), f.industry))
        return p;
    if (auto p = take(validate::optionalText(r.contact, QStringLiteral("contact")), f.contact))
        return p;
    if (!r.agreementAccepted)
        return refuse(rule::REG_1, QStringLiteral("agreement"), "terms");
    if (auto p = take(validate::workspaceName(r.workspaceName), f.workspaceName))
        return p;
    return std::nullopt;
}

// Page 3's settlement fields that need no store (R-SET-1).
Problem validateCloudAccount(const RegistrationRequest &r, Fields &f)
{
    switch (r.method) {
    case SettlementMethod::AlibabaCloud: {
        const QString field = QStringLiteral("alibabaAccountId");
        f.alibabaAccountId = r.alibabaAccountId.trimmed();
        if (f.alibabaAccountId.isEmpty())
            return refuse(SystemError::Required, field, "required");
        static const QRegularExpression digits(QStringLiteral("^\\d{8,20}\\z"));
        if (!digits.match(f.alibabaAccountId).hasMatch())
            return refuse(rule::SET_1, field, "format");
        return take(
            validate::requiredText(r.alibabaInstanceId, QStringLiteral("alibabaInstanceId")),
            f.alibabaInstanceId);
    }
    case SettlementMethod::Aws:
        if (!r.awsSubscriptionConfirmed)
            return refuse(rule::SET_1, QStringLiteral("awsSubscription"), "notConfirmed");
        return std::nullopt;
    case SettlementMethod::FeeCenter:
    case SettlementMethod::HuaweiCloud:
        return std::nullopt;
    }
    return std::nullopt;
}

// Page 3's last checks.
Problem validateActivation(const RegistrationRequest &r)
{
    // R-REG-3: fee-center and Huawei Cloud settlement bill through a fee-center account.
    if ((r.method == SettlementMethod::FeeCenter || r.method == SettlementMethod::HuaweiCloud) &&
        !r.createFeeCenterAccount)
        return refuse(rule::REG_3, QStringLiteral("createFeeCenterAccount"), "feeCenterRequired");
    if (!r.termsAccepted)
        return refuse(rule::REG_2, QStringLiteral("terms"), "terms");
    return std::nullopt;
}

} // namespace

// ---- checks against the store -------------------------------------------------------------

Problem RegistrationService::usernameTaken(const QString &username)
{
    // R-FC-1: one username for the Guance account and the fee-center account made with it.
    if (store::GuanceAccountRepository(m_session.db()).findByUsername(username) ||
        store::FeeCenterRepository(m_session.db()).findByUsername(username))
        return usernameTakenError();
    return std::nullopt;
}

Problem RegistrationService::emailTaken(const QString &email, const QString &site)
{
    // Domain: a Guance account's email is unique per site.
    if (store::GuanceAccountRepository(m_session.db()).findByEmail(email, site))
        return emailTakenError();
    return std::nullopt;
}

Result<HuaweiActivationCheck> RegistrationService::huaweiActivation(const QString &input)
{
    const auto accountId = validate::huaweiAccountId(input, HuaweiAccountField);
    if (!accountId.ok())
        return accountId.error();
    auto &db = m_session.db();
    const auto account = store::HuaweiAccountRepository(db).find(*accountId);
    if (!account)
        return refuse(SystemError::NotFound, HuaweiAccountField, "huaweiAccount");
    store::FeeCenterRepository feeCenters(db);
    if (const auto linked = feeCenters.linkedFeeCenter(*accountId)) {
        const auto owner = feeCenters.find(*linked);
        return refuse(rule::FC_2, HuaweiAccountField, "linked",
                      {{QStringLiteral("username"), owner ? owner->username : QString()}});
    }
    const auto instance = store::InstanceRepository(db).newestActive(
        *accountId, QString::fromLatin1(Catalogue::SaasProductId));
    if (!instance)
        return refuse(rule::REG_2, HuaweiAccountField, "noActiveInstance");
    return HuaweiActivationCheck{*accountId, account->displayName(), instance->instanceId};
}

Status RegistrationService::checkUsername(const QString &input)
{
    const auto username = validate::username(input);
    if (!username.ok())
        return username.error();
    return m_session.read<Done>([&]() -> Status {
        if (auto taken = usernameTaken(*username))
            return *taken;
        return Done{};
    });
}

Status RegistrationService::checkGuanceEmail(const QString &input, const QString &siteInput)
{
    const auto email = validate::email(input);
    if (!email.ok())
        return email.error();
    const auto site = validate::site(siteInput);
    if (!site.ok())
        return site.error();
    return m_session.read<Done>([&]() -> Status {
        if (auto taken = emailTaken(*email, *site))
            return *taken;
        return Done{};
    });
}

Result<HuaweiActivationCheck> RegistrationService::checkHuaweiActivation(const QString &accountId)
{
    return m_session.read<HuaweiActivationCheck>([&] { return huaweiActivation(accountId); });
}

// ---- the commit -------------------------------------------------------------------------

Result<RegistrationResult> RegistrationService::registerCommercialPlan(const RegistrationRequest &r)
{
    Fields f;
    if (auto problem = validateFields(r, f))
        return *problem;

    // Page 3 and uniqueness, read outside the transaction: a refused request must not cost
    // a code attempt. What the schema does not guard is checked again inside it.
    const Status precheck = m_session.read<Done>([&]() -> Status {
        if (r.method == SettlementMethod::HuaweiCloud) {
            const auto activation = huaweiActivation(r.huaweiAccountId);
            if (!activation.ok())
                return activation.error();
            f.huaweiAccountId = activation->accountId;
        }
        if (auto problem = validateCloudAccount(r, f))
            return *problem;
        if (auto problem = validateActivation(r))
            return *problem;
        if (auto taken = usernameTaken(f.username))
            return *taken;
        if (auto taken = emailTaken(f.email, f.site))
            return *taken;
        return Done{};
    });
    if (!precheck.ok())
        return precheck.error();

    // R-VC-1: judged here so that a wrong code counts even though the commit then does
    // not happen; consumed inside the transaction.
    const QString purpose = QString::fromLatin1(CodePurpose::Register);
    if (Status code = CodeService(m_session).check(f.email, purpose, f.code); !code.ok())
        return code.error();

    // Argon2id is slow on purpose: hashed before the transaction takes the write lock.
    const QString passwordHash = m_session.hasher().hash(f.password);
    if (passwordHash.isEmpty())
        return refuse(SystemError::Store, {}, "hashFailed");

    const bool withFeeCenter = r.createFeeCenterAccount;
    return m_session.mutate<RegistrationResult>(
        QStringLiteral("registerCommercialPlan"), QStringLiteral("commercialPlan"), f.username,
        [&]() -> Result<RegistrationResult> {
            auto &db = m_session.db();
            if (Status consumed = CodeService(m_session).consume(f.email, purpose, f.code);
                !consumed.ok())
                return consumed.error();

            // Not guarded by a constraint: a username held only by a fee-center account,
            // when none is created now; the Huawei account's state (R-REG-2).
            if (!withFeeCenter && store::FeeCenterRepository(db).findByUsername(f.username))
                return usernameTakenError();
            QString instanceId;
            if (r.method == SettlementMethod::HuaweiCloud) {
                const auto activation = huaweiActivation(f.huaweiAccountId);
                if (!activation.ok())
                    return activation.error();
                instanceId = activation->instanceId;
            }

            const QDateTime now = m_session.now();
            RegistrationResult result;
            // A concurrent registration that took the username, email or Huawei account
            // between the checks above and these inserts makes an insert fail on a unique
            // key: Session::mutate runs the transaction again, and the checks refuse.
            GuanceAccount &guance = result.guanceAccount;
            guance.username = f.username;
            guance.email = f.email;
            guance.mobile = f.mobile;
            guance.site = f.site;
            guance.createdAt = now;
            guance.guanceAccountId =
                store::GuanceAccountRepository(db).insert(guance, passwordHash);
            m_session.journal(QStringLiteral("createGuanceAccount"),
                              QStringLiteral("guanceAccount"), guance.username,
                              QStringLiteral("success"), guance.site);
            testPauseInRegistration();

            store::FeeCenterRepository feeCenters(db);
            if (withFeeCenter) {
                // R-REG-3: the same username and password as the Guance account.
                FeeCenterAccount fc;
                fc.username = f.username;
                fc.email = f.email;
                fc.enterpriseName = f.enterpriseName;
                fc.industry = f.industry;
                fc.contact = f.contact;
                fc.cashBalance = Fen(0);
                fc.createdAt = now;
                fc.feeCenterAccountId = feeCenters.insert(fc, passwordHash);
                m_session.journal(QStringLiteral("createFeeCenterAccount"),
                                  QStringLiteral("feeCenterAccount"), fc.username);
                result.feeCenterAccount = fc;
            }

            Workspace &w = result.workspace;
            w.workspaceId = m_session.ids().workspaceId();
            w.name = f.workspaceName;
            w.language = r.language; // R-WS-2: fixed from now on
            w.site = f.site;         // R-WS-3: the site of page 1
            w.ownerGuanceAccountId = guance.guanceAccountId;
            w.feeCenterAccountId = withFeeCenter ? result.feeCenterAccount->feeCenterAccountId : 0;
            w.settlement = r.method;
            switch (r.method) {
            case SettlementMethod::HuaweiCloud:
                w.settlementAccountId = f.huaweiAccountId;
                w.settlementInstanceId = instanceId;
                break;
            case SettlementMethod::AlibabaCloud:
                w.settlementAccountId = f.alibabaAccountId;
                w.settlementInstanceId = f.alibabaInstanceId;
                break;
            case SettlementMethod::FeeCenter:
            case SettlementMethod::Aws:
                break;
            }
            w.status = WorkspaceStatus::Active;
            w.createdAt = now;
            // R-WS-1: unique within the fee-center account (the schema's constraint too),
            // or, without one, within the owner Guance account (the service's alone).
            store::WorkspaceRepository workspaces(db);
            if (withFeeCenter ? workspaces.nameTaken(w.feeCenterAccountId, w.name)
                              : workspaces.nameTakenByOwner(w.ownerGuanceAccountId, w.name))
                return refuse(rule::WS_1, QString::fromLatin1(validate::Field::WorkspaceName),
                              "taken");
            workspaces.insert(w);
            m_session.journal(QStringLiteral("createWorkspace"), QStringLiteral("workspace"),
                              w.workspaceId, QStringLiteral("success"),
                              w.name + QStringLiteral(" @ ") + w.site);

            if (r.method == SettlementMethod::HuaweiCloud) {
                // R-FC-2: from now on the Huawei account's members log in directly.
                feeCenters.linkHuaweiAccount(f.huaweiAccountId,
                                             result.feeCenterAccount->feeCenterAccountId, now);
                m_session.journal(QStringLiteral("linkHuaweiAccount"),
                                  QStringLiteral("feeCenterAccount"), f.huaweiAccountId,
                                  QStringLiteral("success"), f.username);
            }

            QString details = toString(r.method);
            if (r.method == SettlementMethod::HuaweiCloud)
                details += QLatin1Char(' ') + f.huaweiAccountId;
            m_session.journal(QStringLiteral("registerCommercialPlan"),
                              QStringLiteral("commercialPlan"), f.username,
                              QStringLiteral("success"), details);
            m_session.send(Channel::Email, f.email, QStringLiteral("registration"),
                           {{QStringLiteral("username"), f.username},
                            {QStringLiteral("workspaceName"), f.workspaceName},
                            {QStringLiteral("site"), f.site}});
            return result;
        });
}

} // namespace oc

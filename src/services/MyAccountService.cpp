#include "MyAccountService.h"

#include "AuthenticationChecks.h"
#include "CodeService.h"
#include "CtsTrail.h"
#include "core/Clock.h"
#include "core/Materials.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"
#include "store/LoginFailureRepository.h"
#include "store/MessageRecipientRepository.h"

namespace oc {

namespace {

using authcheck::refuse;
namespace F = validate::Field;
namespace MF = myaccount::Field;

const auto AccountCenter = QString::fromLatin1(cts::ResourceType);
const auto ChangePasswordOperation = QStringLiteral("changePassword");
const auto ResetPasswordOperation = QStringLiteral("resetPassword");
const auto ChangeLoginIdOperation = QStringLiteral("changeLoginId");
const auto ChangeTenantNameOperation = QStringLiteral("changeTenantName");
const auto CompleteInformationOperation = QStringLiteral("completeInformation");
const auto EditInformationOperation = QStringLiteral("editInformation");
const auto SavePreferencesOperation = QStringLiteral("savePreferences");

constexpr int MaxNameLength = 64;

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

// Assigns a validator's value to `out`, or yields its error.
template<class R, class T>
Problem take(R &&result, T &out)
{
    if (!result.ok())
        return result.error();
    out = std::forward<R>(result).value();
    return std::nullopt;
}

// The account's id (R-ID-1) as every call takes it first.
Result<QString> accountIdOf(const QString &input)
{
    return validate::huaweiAccountId(input, field(F::AccountId));
}

// The account inside a transaction: E-NOT-FOUND, and for the tenant's calls R-ACC-16.
Result<HuaweiAccount> accountIn(store::Database &db, const QString &accountId, bool tenant)
{
    const auto account = store::HuaweiAccountRepository(db).find(accountId);
    if (!account)
        return authcheck::accountNotFound();
    if (tenant)
        if (auto problem = authcheck::servicesEnabled(*account))
            return *problem;
    return *account;
}

// A name of Complete or Edit Information: required under `rule`, simplified, at most 64.
Result<QString> accountName(const QString &input, const char *rule, const char *fieldName)
{
    const QString value = input.simplified();
    if (value.isEmpty())
        return refuse(rule, field(fieldName), "required");
    if (value.size() > MaxNameLength)
        return refuse(SystemError::TooLong, field(fieldName), "tooLong",
                      {{QStringLiteral("max"), MaxNameLength}});
    return value;
}

// CodeService names the destination's field when it refuses to send; a judged code's refusal
// belongs next to the code's own field.
Error onField(Error error, const char *fieldName)
{
    if (error.rule == QLatin1StringView(rule::VC_1))
        error.field = field(fieldName);
    return error;
}

// Where a HUAWEI ID's codes go (R-ACC-14 step 1, R-ACC-20): its mobile number by SMS (the
// security phone), its email by email. Empty when that one is not bound.
QString destinationOf(const HuaweiAccount &account, Channel channel)
{
    return channel == Channel::Sms ? account.securityPhone : account.email;
}

const char *traceOf(ServiceContact contact)
{
    return contact == ServiceContact::Mobile ? cts::ChangePhone : cts::ChangeEmail;
}

// The store keeps empty optional text, never NULL.
QString orEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Error MyAccountService::journaled(const QString &operation, const QString &target,
                                  const Error &refusal)
{
    m_session.mutate<Done>(operation, AccountCenter, target, [&]() -> Status {
        m_session.journal(operation, AccountCenter, target, refusal.rule,
                          refusal.field.isEmpty()
                              ? refusal.reason
                              : refusal.field + QLatin1Char(':') + refusal.reason);
        return Done{};
    });
    return refusal;
}

int MyAccountService::tenantNameChangesThisYear(store::Database &db, const QString &accountId,
                                                const QDateTime &now)
{
    const QTimeZone china = ClockSteps::chinaTimeZone();
    const QDateTime local = now.toTimeZone(china);
    const QDateTime yearStart(QDate(local.date().year(), 1, 1), QTime(0, 0), china);
    return store::HuaweiAccountRepository(db).tenantNameChangesBetween(
        accountId, yearStart.toUTC(), yearStart.addYears(1).toUTC());
}

// ---- the HUAWEI ID: password and login ID ---------------------------------------------------

Status MyAccountService::changePassword(const PasswordChangeRequest &r)
{
    QString accountId, newPassword;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (r.currentPassword.isEmpty())
        return refuse(SystemError::Required, field(F::CurrentPassword), "required");
    if (auto p = take(validate::huaweiPassword(r.newPassword, field(F::NewPassword)), newPassword))
        return *p; // R-ACC-2, R-ACC-20

    std::optional<QString> storedHash;
    const Status looked = m_session.read<Done>([&]() -> Status {
        storedHash = store::HuaweiAccountRepository(m_session.db()).passwordHash(accountId);
        return Done{};
    });
    if (!looked.ok())
        return looked.error();
    if (!storedHash)
        return journaled(ChangePasswordOperation, accountId, authcheck::accountNotFound());
    // Argon2id is slow on purpose: verified and hashed before the transaction.
    if (!m_session.hasher().verify(*storedHash, r.currentPassword))
        return journaled(ChangePasswordOperation, accountId,
                         refuse(rule::ACC_20, field(F::CurrentPassword), "wrongPassword"));
    if (newPassword == r.currentPassword)
        return journaled(ChangePasswordOperation, accountId,
                         refuse(rule::ACC_20, field(F::NewPassword), "samePassword"));
    const QString newHash = m_session.hasher().hash(newPassword);
    if (newHash.isEmpty())
        return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("hashFailed"));

    return m_session.mutate<Done>(
        ChangePasswordOperation, AccountCenter, accountId, [&]() -> Status {
            store::HuaweiAccountRepository accounts(m_session.db());
            // Changed since it was verified: the current password is judged again.
            if (accounts.passwordHash(accountId) != storedHash)
                return refuse(rule::ACC_20, field(F::CurrentPassword), "wrongPassword");
            accounts.setPasswordHash(accountId, newHash);
            m_session.journal(ChangePasswordOperation, AccountCenter, accountId);
            return Done{};
        });
}

Status MyAccountService::resetPassword(const PasswordResetRequest &r)
{
    QString accountId, newPassword;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (auto p = take(validate::huaweiPassword(r.newPassword, field(F::NewPassword)), newPassword))
        return *p; // R-ACC-2, R-ACC-20

    QString destination;
    const Status looked = m_session.read<Done>([&]() -> Status {
        const auto account = store::HuaweiAccountRepository(m_session.db()).find(accountId);
        if (!account)
            return authcheck::accountNotFound();
        destination = destinationOf(*account, r.channel);
        return Done{};
    });
    if (!looked.ok())
        return journaled(ResetPasswordOperation, accountId, looked.error());
    if (destination.isEmpty()) // R-ACC-20: a code to the security phone or the email
        return journaled(ResetPasswordOperation, accountId,
                         refuse(rule::ACC_20, field(F::Channel), "unbound"));
    const QString purpose = QString::fromLatin1(CodePurpose::ResetPassword);
    if (Status code = CodeService(m_session).check(destination, purpose, r.code); !code.ok())
        return onField(code.error(), F::Code);
    const QString newHash = m_session.hasher().hash(newPassword);
    if (newHash.isEmpty())
        return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("hashFailed"));

    return m_session.mutate<Done>(
        ResetPasswordOperation, AccountCenter, accountId, [&]() -> Status {
            auto &db = m_session.db();
            const auto account = accountIn(db, accountId, false);
            if (!account.ok())
                return account.error();
            // The destination changed meanwhile: the code went elsewhere.
            if (destinationOf(*account, r.channel) != destination)
                return refuse(rule::VC_1, field(F::Code), "notSent");
            if (Status code = CodeService(m_session).consume(destination, purpose, r.code);
                !code.ok())
                return onField(code.error(), F::Code);
            store::HuaweiAccountRepository(db).setPasswordHash(accountId, newHash);
            // A forgotten password reset: the lock of wrong passwords (R-ACC-19) is lifted.
            store::LoginFailureRepository(db).reset(store::LoginFailureRepository::Kind::HuaweiId,
                                                    accountId);
            m_session.journal(ResetPasswordOperation, AccountCenter, accountId,
                              QStringLiteral("success"), toString(r.channel));
            return Done{};
        });
}

Result<HuaweiAccount> MyAccountService::changeLoginId(const LoginIdChangeRequest &r)
{
    QString accountId, loginId;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (auto p = take(validate::loginId(r.loginId), loginId))
        return *p;
    return m_session.mutate<HuaweiAccount>(
        ChangeLoginIdOperation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, false);
            if (!account.ok())
                return account.error();
            const QString loginField = field(F::LoginId);
            if (account->loginIdChanged()) // R-ACC-8: once
                return refuse(rule::ACC_8, loginField, "changedOnce");
            if (loginId.compare(account->loginId, Qt::CaseInsensitive) == 0)
                return refuse(rule::ACC_8, loginField, "unchanged");
            // A login identifier names one account (R-ACC-19): no other's login ID or tenant
            // name, whatever its case; the account's own tenant name may become its login ID
            // (§5.3: the way to log in with it).
            if (accounts.nameTakenByOther(loginId, accountId))
                return refuse(rule::ACC_8, loginField, "taken");
            accounts.setLoginId(accountId, loginId, m_session.now());
            m_session.journal(ChangeLoginIdOperation, AccountCenter, accountId,
                              QStringLiteral("success"),
                              account->loginId + QStringLiteral(" -> ") + loginId);
            return *accounts.find(accountId);
        });
}

// ---- the tenant ------------------------------------------------------------------------------

Result<HuaweiAccount> MyAccountService::changeTenantName(const TenantNameChangeRequest &r)
{
    QString accountId, tenantName;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (auto p = take(validate::tenantName(r.tenantName), tenantName)) // R-ACC-3
        return *p;
    return m_session.mutate<HuaweiAccount>(
        ChangeTenantNameOperation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            const QString tenantField = field(F::TenantName);
            if (!myaccount::tenantNameEditable(*account)) // R-ACC-7
                return refuse(rule::ACC_7, tenantField, "sameAsLoginId");
            if (tenantName.compare(account->tenantName, Qt::CaseInsensitive) == 0)
                return refuse(rule::ACC_3, tenantField, "unchanged");
            const QDateTime now = m_session.now();
            if (auto problem = validate::tenantNameChangeAllowed(
                    tenantNameChangesThisYear(db, accountId, now)))
                return *problem;
            // Tenant names are unique whatever their case (Decisions), and one is a login
            // identifier too (R-ACC-19): no other account's tenant name or login ID.
            if (accounts.nameTakenByOther(tenantName, accountId))
                return refuse(rule::ACC_3, tenantField, "taken");
            accounts.setTenantName(accountId, account->tenantName, tenantName, now);
            m_session.journal(ChangeTenantNameOperation, AccountCenter, accountId,
                              QStringLiteral("success"),
                              account->tenantName + QStringLiteral(" -> ") + tenantName);
            return *accounts.find(accountId);
        });
}

Result<HuaweiAccount> MyAccountService::completeInformation(const CompleteInformationRequest &r)
{
    QString accountId, name;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (r.accountType == AccountType::Unset)
        return refuse(rule::ACC_10, field(F::AccountType), "required");
    if (auto p = take(accountName(r.name, rule::ACC_10, MF::Name), name))
        return *p;
    return m_session.mutate<HuaweiAccount>(
        CompleteInformationOperation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            if (!myaccount::completeInformationOffered(*account)) // R-ACC-10
                return refuse(rule::ACC_10, field(F::AccountType), "typeSet");
            const bool enterprise = r.accountType == AccountType::Enterprise;
            accounts.setAccountType(accountId, r.accountType, enterprise ? account->fullName : name,
                                    enterprise ? name : account->enterpriseName);
            m_session.journal(CompleteInformationOperation, AccountCenter, accountId,
                              QStringLiteral("success"), toString(r.accountType));
            return *accounts.find(accountId);
        });
}

Result<HuaweiAccount> MyAccountService::editInformation(const EditInformationRequest &r)
{
    QString accountId;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    // The form, in its order.
    if (r.accountType == AccountType::Unset) // R-ACC-6: a type once set is never unset
        return refuse(rule::ACC_6, field(F::AccountType), "unset");
    const bool enterprise = r.accountType == AccountType::Enterprise;
    QString name;
    if (auto p = take(accountName(enterprise ? r.enterpriseName : r.fullName, rule::ACC_10,
                                  enterprise ? MF::EnterpriseName : MF::FullName),
                      name))
        return *p;
    store::AccountInformation info;
    if (auto p = take(myaccount::qualificationName(r.qualificationName), info.qualificationName))
        return *p;
    if (r.qualificationProof) {
        const MaterialUpload &proof = *r.qualificationProof;
        if (auto problem = authcheck::checkUpload(rule::ACC_11, field(MF::QualificationProof),
                                                  proof, material::qualificationProofTypes(),
                                                  material::MaxQualificationProofBytes))
            return *problem;
        if (!proof.slot.isEmpty() && proof.slot != QLatin1String(MaterialSlot::QualificationProof))
            return refuse(SystemError::Invalid, field(MF::QualificationProof), "slot");
    }
    if (auto p = take(myaccount::taxId(r.taxId), info.taxId))
        return *p;
    if (auto p = take(myaccount::designation(r.designation), info.designation))
        return *p;
    if (auto p = take(myaccount::contactAddress(r.contactAddress), info.contactAddress))
        return *p;
    if (auto p = take(myaccount::paymentCurrency(r.paymentCurrency), info.paymentCurrency))
        return *p;
    std::pair<QString, QString> industry;
    if (auto p = take(myaccount::industryChoice(r.industry, r.secondaryIndustry), industry))
        return *p;
    info.industry = industry.first;
    info.secondaryIndustry = industry.second;

    return m_session.mutate<HuaweiAccount>(
        EditInformationOperation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            // R-ACC-6: individual -> enterprise only, and only before authentication.
            if (auto problem = validate::accountTypeChange(account->accountType, r.accountType,
                                                           account->authStatus))
                return *problem;
            // R-ACC-9: the names only before real-name authentication (submitted or done);
            // afterwards only re-authentication changes them.
            const QString stored = enterprise ? account->enterpriseName : account->fullName;
            if (name != stored.simplified() && (account->authStatus == AuthStatus::Authenticated ||
                                                account->authStatus == AuthStatus::Pending))
                return refuse(rule::ACC_9, field(enterprise ? MF::EnterpriseName : MF::FullName),
                              account->authStatus == AuthStatus::Pending ? "pending"
                                                                         : "authenticated");
            const QString fullName = enterprise ? account->fullName : name;
            const QString enterpriseName = enterprise ? name : account->enterpriseName;
            if (r.accountType != account->accountType || fullName != account->fullName ||
                enterpriseName != account->enterpriseName)
                accounts.setAccountType(accountId, r.accountType, orEmpty(fullName),
                                        orEmpty(enterpriseName));
            accounts.setInformation(accountId, info);
            QStringList details{toString(r.accountType)};
            if (r.qualificationProof) {
                const MaterialUpload &proof = *r.qualificationProof;
                accounts.setQualificationProof(
                    accountId,
                    store::MaterialRow{QString::fromLatin1(MaterialSlot::QualificationProof),
                                       proof.fileName, proof.size, proof.header, proof.sha256,
                                       orEmpty(proof.thumbnail)},
                    m_session.now());
                details << QStringLiteral("proof ") + proof.sha256.left(12);
            }
            details << info.industry + QLatin1Char('/') + info.secondaryIndustry
                    << info.paymentCurrency;
            m_session.journal(EditInformationOperation, AccountCenter, accountId,
                              QStringLiteral("success"), details.join(QLatin1Char(' ')));
            return *accounts.find(accountId);
        });
}

// ---- service mobile number and email (D-SERVICE-CONTACT, R-ACC-14) ---------------------------

Result<HuaweiAccount> MyAccountService::changeServiceContact(const ServiceContactChangeRequest &r)
{
    const auto accountId = accountIdOf(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    return CtsTrail::traced(m_session, *accountId, traceOf(r.contact),
                            changeServiceContactChecked(r, *accountId));
}

Result<HuaweiAccount>
MyAccountService::changeServiceContactChecked(const ServiceContactChangeRequest &r,
                                              const QString &accountId)
{
    const bool mobile = r.contact == ServiceContact::Mobile;
    const QString operation = QString::fromLatin1(traceOf(r.contact));
    const QString valueField = field(MF::NewValue);
    QString value;
    if (auto p = take(mobile ? validate::mobile(r.newValue, false, valueField)
                             : validate::email(r.newValue, valueField),
                      value))
        return *p; // R-ACC-4 / R-ACC-1

    // Both steps' destinations, as the account stands; judged again inside.
    QString identity;
    const auto checked = m_session.read<Done>([&]() -> Status {
        const auto account = accountIn(m_session.db(), accountId, true);
        if (!account.ok())
            return account.error();
        identity = destinationOf(*account, r.identityChannel);
        if (identity.isEmpty())
            return refuse(rule::ACC_14, field(MF::IdentityChannel), "unbound");
        const QString current = mobile ? account->serviceMobile : account->serviceEmail;
        if (value.compare(current, mobile ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
            return refuse(rule::ACC_14, valueField, "unchanged");
        return Done{};
    });
    if (!checked.ok())
        return journaled(operation, accountId, checked.error());

    // Step 1, then step 2: each code judged (and a wrong one counted) on its own field.
    const QString identityPurpose = QString::fromLatin1(CodePurpose::VerifyIdentity);
    const QString newPurpose =
        QString::fromLatin1(mobile ? CodePurpose::ServiceMobile : CodePurpose::ServiceEmail);
    CodeService codes(m_session);
    if (Status code =
            codes.check(identity, identityPurpose, r.identityCode, field(MF::IdentityCode));
        !code.ok())
        return onField(code.error(), MF::IdentityCode);
    if (Status code = codes.check(value, newPurpose, r.newCode, field(MF::NewCode)); !code.ok())
        return onField(code.error(), MF::NewCode);

    return m_session.mutate<HuaweiAccount>(
        operation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            // The HUAWEI ID's number or email changed meanwhile: step 1's code went elsewhere.
            if (destinationOf(*account, r.identityChannel) != identity)
                return refuse(rule::VC_1, field(MF::IdentityCode), "notSent");
            if (Status code = codes.consume(identity, identityPurpose, r.identityCode,
                                            field(MF::IdentityCode));
                !code.ok())
                return onField(code.error(), MF::IdentityCode);
            if (Status code = codes.consume(value, newPurpose, r.newCode, field(MF::NewCode));
                !code.ok())
                return onField(code.error(), MF::NewCode);
            const QString before = mobile ? account->serviceMobile : account->serviceEmail;
            if (mobile)
                accounts.setServiceMobile(accountId, value);
            else
                accounts.setServiceEmail(accountId, value);
            const QString details = (before.isEmpty() ? QStringLiteral("(none)") : before) +
                                    QStringLiteral(" -> ") + value + QStringLiteral(" verified ") +
                                    toString(r.identityChannel);
            m_session.journal(operation, AccountCenter, accountId, QStringLiteral("success"),
                              details);
            CtsTrail::record(m_session, accountId, traceOf(r.contact), details);
            return *accounts.find(accountId);
        });
}

// ---- Preferences (R-ACC-15) ------------------------------------------------------------------

Result<HuaweiAccount> MyAccountService::savePreferences(const PreferencesRequest &r)
{
    QString accountId, language, zone, currency;
    if (auto p = take(accountIdOf(r.accountId), accountId))
        return *p;
    if (auto p = take(myaccount::messageLanguage(r.messageLanguage), language))
        return *p;
    if (auto p = take(myaccount::timeZone(r.timeZone), zone))
        return *p;
    if (auto p = take(myaccount::currency(r.currency), currency))
        return *p;
    return m_session.mutate<HuaweiAccount>(
        SavePreferencesOperation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            accounts.setPreferences(accountId, language, zone, currency);
            // R-ACC-15: a month's bill takes the currency last selected in its cycle. The
            // first change keeps the currency the account had since it was made, so that
            // the months before the change keep theirs.
            if (currency != account->currency) {
                if (accounts.currencySelections(accountId).isEmpty())
                    accounts.selectCurrency(accountId, account->currency, account->createdAt);
                accounts.selectCurrency(accountId, currency, m_session.now());
            }
            m_session.journal(SavePreferencesOperation, AccountCenter, accountId,
                              QStringLiteral("success"),
                              QStringList{language, zone, currency}.join(QLatin1Char(' ')));
            return *accounts.find(accountId);
        });
}

// ---- message recipients (D-RECIPIENT) --------------------------------------------------------

Result<MessageRecipient> MyAccountService::saveRecipient(const RecipientInput &r)
{
    const auto accountId = accountIdOf(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    return CtsTrail::traced(m_session, *accountId,
                            r.recipientId == 0 ? cts::AddRecipient : cts::EditRecipient,
                            saveRecipientChecked(r, *accountId));
}

Result<MessageRecipient> MyAccountService::saveRecipientChecked(const RecipientInput &r,
                                                                const QString &accountId)
{
    const bool adding = r.recipientId == 0;
    const char *trace = adding ? cts::AddRecipient : cts::EditRecipient;
    const QString operation = QString::fromLatin1(trace);
    MessageRecipient recipient;
    recipient.recipientId = r.recipientId;
    recipient.accountId = accountId;
    if (auto p = take(validate::requiredText(r.name, QStringLiteral("name"), MaxNameLength),
                      recipient.name))
        return *p;
    if (auto p = take(validate::mobile(r.mobile, true), recipient.mobile))
        return *p;
    const QString email = r.email.trimmed();
    if (!email.isEmpty())
        if (auto p = take(validate::email(email), recipient.email))
            return *p;
    if (recipient.mobile.isEmpty() && recipient.email.isEmpty())
        return refuse(SystemError::Required, field(F::Mobile), "mobileOrEmail");
    recipient.mobile = orEmpty(recipient.mobile);
    recipient.email = orEmpty(recipient.email);

    return m_session.mutate<MessageRecipient>(
        operation, AccountCenter, accountId, [&]() -> Result<MessageRecipient> {
            auto &db = m_session.db();
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            store::MessageRecipientRepository recipients(db);
            MessageRecipient saved = recipient;
            if (adding) {
                saved.createdAt = m_session.now();
                saved.recipientId = recipients.insert(saved);
            } else {
                const auto found = recipients.find(r.recipientId);
                if (!found || found->accountId != accountId)
                    return refuse(SystemError::NotFound, QStringLiteral("recipientId"),
                                  "recipient");
                saved.createdAt = found->createdAt;
                recipients.update(saved);
            }
            const QString details =
                QString::number(saved.recipientId) + QLatin1Char(' ') + saved.name;
            m_session.journal(operation, AccountCenter, accountId, QStringLiteral("success"),
                              details);
            CtsTrail::record(m_session, accountId, trace, details);
            return saved;
        });
}

Status MyAccountService::deleteRecipient(qint64 recipientId)
{
    const QString operation = QString::fromLatin1(cts::DeleteRecipient);
    QString accountId; // known once the recipient is found: its trace (R-AUD-2)
    const Status deleted = m_session.mutate<Done>(
        operation, AccountCenter, QString::number(recipientId), [&]() -> Status {
            auto &db = m_session.db();
            store::MessageRecipientRepository recipients(db);
            const auto found = recipients.find(recipientId);
            if (!found)
                return refuse(SystemError::NotFound, QStringLiteral("recipientId"), "recipient");
            accountId = found->accountId;
            const auto account = accountIn(db, accountId, true);
            if (!account.ok())
                return account.error();
            recipients.remove(recipientId);
            const QString details = QString::number(recipientId) + QLatin1Char(' ') + found->name;
            m_session.journal(operation, AccountCenter, accountId, QStringLiteral("success"),
                              details);
            CtsTrail::record(m_session, accountId, cts::DeleteRecipient, details);
            return Done{};
        });
    return CtsTrail::traced(m_session, accountId, cts::DeleteRecipient, deleted);
}

} // namespace oc

#include "HuaweiLoginService.h"

#include "CodeService.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"
#include "store/TrustedDeviceRepository.h"

namespace oc {

namespace {

// R-ACC-19, throttled like R-ORG-6: five wrong passwords in a row lock the login for 15
// minutes.
constexpr int MaxFailedLogins = 5;
constexpr int LockoutSeconds = 15 * 60;

namespace F = validate::Field;

const auto AccountCenter = QStringLiteral("accountCenter");
const auto WebsiteResource = QStringLiteral("websiteAccount");
const auto LoginOperation = QStringLiteral("login");
const auto WebsiteLoginOperation = QStringLiteral("websiteLogin");
const auto CreateOperation = QStringLiteral("createWebsiteAccount");
const auto BindOperation = QStringLiteral("bindWebsiteAccount");

Error refuse(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason), std::move(args));
}

Error required(const char *field)
{
    return refuse(SystemError::Required, field, "required");
}

// The same answer for a wrong password and an unknown identifier or name: a login must not
// tell which accounts exist.
Error wrongPassword(const char *field)
{
    return refuse(rule::ACC_19, field, "wrongPassword");
}

Error throttled(const char *field, const QDateTime &now, const QDateTime &lockedUntil)
{
    const qint64 ms = now.msecsTo(lockedUntil);
    const int minutes = int((ms + 59999) / 60000); // rounded up: "try again in 1 minute"
    return refuse(rule::ACC_19, field, "throttled", {{QStringLiteral("minutes"), minutes}});
}

// R-CLS-2 / R-CLS-5: no login once services are disabled; the date it happened (China's
// calendar day) when the store knows it.
Error disabled(const char *field, const QDateTime &disabledAt)
{
    QVariantMap args;
    if (disabledAt.isValid())
        args.insert(QStringLiteral("disabledAt"), disabledAt.toTimeZone(ClockSteps::chinaTimeZone())
                                                      .date()
                                                      .toString(QStringLiteral("yyyy-MM-dd")));
    return refuse(rule::CLS_2, field, "disabled", std::move(args));
}

Error nameTaken()
{
    return refuse(rule::ACC_19, F::WebsiteAccountName, "taken");
}

Error websiteAlreadyBound()
{
    return refuse(rule::ACC_19, F::WebsiteAccountName, "alreadyBound");
}

Error huaweiIdAlreadyBound()
{
    return refuse(rule::ACC_19, F::Identifier, "alreadyBound");
}

Error accountNameTaken()
{
    return refuse(rule::ACC_19, F::AccountName, "taken");
}

Error mobileTaken()
{
    return refuse(rule::ACC_19, F::Mobile, "taken");
}

// CodeService names the destination's field when it refuses; on these pages every R-VC-1
// refusal belongs next to the code field.
Error asCodeError(Error error)
{
    if (error.rule == QLatin1StringView(rule::VC_1))
        error.field = QString::fromLatin1(F::Code);
    return error;
}

QString details(const Error &error)
{
    return error.field.isEmpty() ? error.reason : error.field + QLatin1Char(':') + error.reason;
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

// An identifier that is a phone number, normalised as security phones are stored
// (validate::mobile); empty when it is none.
QString phoneOf(const QString &identifier)
{
    const auto phone = validate::mobile(identifier, true);
    return phone.ok() ? phone.value() : QString();
}

WebsiteAccount websiteAccountOf(const store::WebsiteAccountRow &row)
{
    return WebsiteAccount{row.name, row.countryRegion, row.accountId, row.createdAt, row.boundAt};
}

QString subjectOf(const store::WebsiteAccountRow &row)
{
    return QString::number(row.websiteAccountId);
}

} // namespace

// ---- shared steps --------------------------------------------------------------------------

// R-AUD-1: a refusal that happens outside a transaction (a login attempt) is still an event
// worth a journal entry.
Error HuaweiLoginService::journalRefusal(const QString &operation, const QString &resourceType,
                                         const QString &target, const Error &error)
{
    m_session.mutate<Done>(operation, resourceType, target, [&]() -> Status {
        m_session.journal(operation, resourceType, target, error.rule, details(error));
        return Done{};
    });
    return error;
}

// A wrong password is counted in a transaction of its own, committed although the login is
// refused (as CodeService::check counts a wrong code). The fifth in a row locks the login;
// the first after a lifted lock starts a new count.
Error HuaweiLoginService::countWrongPassword(FailureKind kind, const QString &subject,
                                             const QString &operation, const QString &resourceType,
                                             const QString &target, const Error &wrongPasswordError,
                                             const char *throttledField)
{
    std::optional<Error> refusal;
    const Status counted = m_session.mutate<Done>(operation, resourceType, target, [&]() -> Status {
        store::LoginFailureRepository failures(m_session.db());
        const QDateTime now = m_session.now();
        const auto count =
            failures.count(kind, subject, now, MaxFailedLogins, now.addSecs(LockoutSeconds));
        int failed = 0;
        if (!count) { // a concurrent attempt locked it
            const auto current = failures.failures(kind, subject);
            failed = current.failures;
            refusal = throttled(throttledField, now, current.lockedUntil);
        } else {
            failed = count->failures;
            refusal = count->lockedUntil.isValid()
                          ? throttled(throttledField, now, count->lockedUntil)
                          : wrongPasswordError;
        }
        m_session.journal(operation, resourceType, target, refusal->rule,
                          details(*refusal) + QStringLiteral(" (%1)").arg(failed));
        return Done{};
    });
    if (!counted.ok())
        return counted.error();
    return *refusal;
}

Result<HuaweiLoginService::VerifiedHuaweiId>
HuaweiLoginService::verifyHuaweiId(const QString &identifierInput, const QString &password,
                                   const HuaweiIdFields &fields)
{
    const QString identifier = identifierInput.trimmed();
    std::optional<VerifiedHuaweiId> found;
    QDateTime lockedUntil;
    const Status lookup = m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        store::HuaweiAccountRepository accounts(db);
        const auto account = accounts.findByIdentifier(identifier, phoneOf(identifier));
        if (!account)
            return Done{};
        const auto counted =
            store::LoginFailureRepository(db).failures(FailureKind::HuaweiId, account->accountId);
        lockedUntil = counted.lockedUntil;
        found = VerifiedHuaweiId{*account,
                                 accounts.passwordHash(account->accountId).value_or(QString()),
                                 counted.failures};
        return Done{};
    });
    if (!lookup.ok())
        return lookup.error();
    if (!found) {
        m_session.hasher().verify(m_session.hasher().decoyHash(), password);
        return journalRefusal(fields.operation, AccountCenter, identifier,
                              wrongPassword(fields.password));
    }

    const QString accountId = found->account.accountId;
    const QDateTime now = m_session.now();
    // Locked: not even the right password gets in, and the attempt is not judged.
    if (lockedUntil.isValid() && lockedUntil > now)
        return journalRefusal(fields.operation, AccountCenter, accountId,
                              throttled(fields.identifier, now, lockedUntil));
    // Argon2id is slow on purpose: verified before any transaction takes the write lock.
    if (!m_session.hasher().verify(found->passwordHash, password))
        return countWrongPassword(FailureKind::HuaweiId, accountId, fields.operation, AccountCenter,
                                  accountId, wrongPassword(fields.password), fields.identifier);
    if (found->account.servicesStatus == ServicesStatus::Disabled) {
        QDateTime disabledAt;
        m_session.read<Done>([&]() -> Status {
            disabledAt = store::HuaweiAccountRepository(m_session.db()).disabledAt(accountId);
            return Done{};
        });
        return journalRefusal(fields.operation, AccountCenter, accountId,
                              disabled(fields.identifier, disabledAt));
    }
    return *found;
}

Result<store::WebsiteAccountRow> HuaweiLoginService::verifyWebsiteAccount(const QString &nameInput,
                                                                          const QString &password,
                                                                          const QString &operation)
{
    const QString name = nameInput.trimmed();
    std::optional<store::WebsiteAccountRow> found;
    QDateTime lockedUntil;
    const Status lookup = m_session.read<Done>([&]() -> Status {
        auto &db = m_session.db();
        found = store::WebsiteAccountRepository(db).findByName(name);
        if (found)
            lockedUntil = store::LoginFailureRepository(db)
                              .failures(FailureKind::WebsiteAccount, subjectOf(*found))
                              .lockedUntil;
        return Done{};
    });
    if (!lookup.ok())
        return lookup.error();
    if (!found) {
        m_session.hasher().verify(m_session.hasher().decoyHash(), password);
        return journalRefusal(operation, WebsiteResource, name, wrongPassword(F::Password));
    }
    const QDateTime now = m_session.now();
    if (lockedUntil.isValid() && lockedUntil > now)
        return journalRefusal(operation, WebsiteResource, found->name,
                              throttled(F::WebsiteAccountName, now, lockedUntil));
    if (!m_session.hasher().verify(found->passwordHash, password))
        return countWrongPassword(FailureKind::WebsiteAccount, subjectOf(*found), operation,
                                  WebsiteResource, found->name, wrongPassword(F::Password),
                                  F::WebsiteAccountName);
    return *found;
}

// ---- the HUAWEI ID tab ---------------------------------------------------------------------

Result<HuaweiLoginChallenge> HuaweiLoginService::checkHuaweiLogin(const HuaweiLoginRequest &r)
{
    if (r.identifier.trimmed().isEmpty())
        return required(F::Identifier);
    if (r.password.isEmpty())
        return required(F::Password);
    const auto verified =
        verifyHuaweiId(r.identifier, r.password, {F::Identifier, F::Password, LoginOperation});
    if (!verified.ok())
        return verified.error();
    const HuaweiAccount &account = verified->account;
    const QString deviceId = r.deviceId.trimmed();

    HuaweiLoginChallenge challenge;
    challenge.accountId = account.accountId;
    challenge.securityPhone = account.securityPhone;
    challenge.email = account.email;
    challenge.servicesStatus = account.servicesStatus;
    const Status trusted = m_session.read<Done>([&]() -> Status {
        challenge.codeRequired =
            deviceId.isEmpty() ||
            !store::TrustedDeviceRepository(m_session.db()).trusts(account.accountId, deviceId);
        return Done{};
    });
    if (!trusted.ok())
        return trusted.error();
    if (verified->failures == 0)
        return challenge; // nothing to start again
    // A right password starts the count again.
    return m_session.mutate<HuaweiLoginChallenge>(
        LoginOperation, AccountCenter, account.accountId, [&]() -> Result<HuaweiLoginChallenge> {
            store::LoginFailureRepository(m_session.db())
                .reset(FailureKind::HuaweiId, account.accountId);
            return challenge;
        });
}

Result<HuaweiLoginResult> HuaweiLoginService::huaweiLogin(const HuaweiLoginRequest &r)
{
    if (r.identifier.trimmed().isEmpty())
        return required(F::Identifier);
    if (r.password.isEmpty())
        return required(F::Password);
    const QString deviceId = r.deviceId.trimmed();
    if (r.trustDevice && deviceId.isEmpty())
        return required(F::DeviceId);
    const auto verified =
        verifyHuaweiId(r.identifier, r.password, {F::Identifier, F::Password, LoginOperation});
    if (!verified.ok())
        return verified.error();
    const QString accountId = verified->account.accountId;

    bool trusted = false;
    const Status looked = m_session.read<Done>([&]() -> Status {
        trusted = !deviceId.isEmpty() &&
                  store::TrustedDeviceRepository(m_session.db()).trusts(accountId, deviceId);
        return Done{};
    });
    if (!looked.ok())
        return looked.error();

    // Not trusted: the code sent to the chosen channel (R-VC-1), judged outside the
    // transaction so that a wrong one counts, consumed inside.
    const QString purpose = QString::fromLatin1(CodePurpose::HuaweiLogin);
    QString destination;
    if (!trusted) {
        destination =
            r.channel == Channel::Sms ? verified->account.securityPhone : verified->account.email;
        if (destination.isEmpty())
            return journalRefusal(LoginOperation, AccountCenter, accountId,
                                  refuse(rule::ACC_19, F::Channel, "unbound"));
        if (Status code = CodeService(m_session).check(destination, purpose, r.code); !code.ok())
            return asCodeError(code.error());
    }

    return m_session.mutate<HuaweiLoginResult>(
        LoginOperation, AccountCenter, accountId, [&]() -> Result<HuaweiLoginResult> {
            auto &db = m_session.db();
            if (!trusted) {
                if (Status consumed = CodeService(m_session).consume(destination, purpose, r.code);
                    !consumed.ok())
                    return asCodeError(consumed.error());
            }
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(accountId);
            // Changed since it was verified: the next attempt judges the new password.
            if (!account || accounts.passwordHash(accountId) != verified->passwordHash)
                return wrongPassword(F::Password);
            if (account->servicesStatus == ServicesStatus::Disabled)
                return disabled(F::Identifier, accounts.disabledAt(accountId));
            store::LoginFailureRepository(db).reset(FailureKind::HuaweiId, accountId);
            if (r.trustDevice)
                store::TrustedDeviceRepository(db).trust(accountId, deviceId, m_session.now());
            QString how = trusted ? QStringLiteral("trustedDevice") : toString(r.channel);
            if (r.trustDevice && !trusted)
                how += QStringLiteral(" trustDevice");
            m_session.journal(LoginOperation, AccountCenter, accountId, QStringLiteral("success"),
                              how);
            HuaweiLoginResult result;
            result.account = *account;
            result.deviceTrusted = trusted || r.trustDevice;
            return result;
        });
}

// ---- the Huawei Website Account tab --------------------------------------------------------

Result<WebsiteAccount> HuaweiLoginService::createWebsiteAccount(const WebsiteAccountRequest &r)
{
    // In the order of the form: name, password, country/region.
    QString name, password, country;
    if (auto p = take(validate::websiteAccountName(r.name), name))
        return *p;
    if (auto p = take(validate::huaweiPassword(r.password), password)) // R-ACC-2
        return *p;
    if (auto p = take(validate::countryRegion(r.countryRegion), country))
        return *p;
    const Status free = m_session.read<Done>([&]() -> Status {
        if (store::WebsiteAccountRepository(m_session.db()).findByName(name))
            return nameTaken();
        return Done{};
    });
    if (!free.ok())
        return free.error();

    // Argon2id is slow on purpose: hashed before the transaction takes the write lock.
    const QString passwordHash = m_session.hasher().hash(password);
    if (passwordHash.isEmpty())
        return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("hashFailed"));

    return m_session.mutate<WebsiteAccount>(
        CreateOperation, WebsiteResource, name, [&]() -> Result<WebsiteAccount> {
            store::WebsiteAccountRepository websites(m_session.db());
            // Again inside: a racing request may have taken it (uq_website_accounts_name
            // answers the same should both get this far).
            if (websites.findByName(name))
                return nameTaken();
            store::WebsiteAccountRow row;
            row.name = name;
            row.passwordHash = passwordHash;
            row.countryRegion = country;
            row.createdAt = m_session.now();
            row.websiteAccountId = websites.insert(row);
            m_session.journal(CreateOperation, WebsiteResource, name, QStringLiteral("success"),
                              country);
            return websiteAccountOf(row);
        });
}

Result<HuaweiLoginResult> HuaweiLoginService::websiteLogin(const WebsiteLoginRequest &r)
{
    if (r.name.trimmed().isEmpty())
        return required(F::WebsiteAccountName);
    if (r.password.isEmpty())
        return required(F::Password);
    const auto verified = verifyWebsiteAccount(r.name, r.password, WebsiteLoginOperation);
    if (!verified.ok())
        return verified.error();
    const store::WebsiteAccountRow website = *verified;
    const QString subject = subjectOf(website);

    if (website.accountId.isEmpty()) {
        // First login: it must be bound (bindWebsiteAccount); only the count starts again.
        const Status reset = m_session.mutate<Done>(
            WebsiteLoginOperation, WebsiteResource, website.name, [&]() -> Status {
                store::LoginFailureRepository(m_session.db())
                    .reset(FailureKind::WebsiteAccount, subject);
                return Done{};
            });
        if (!reset.ok())
            return reset.error();
        HuaweiLoginResult result;
        result.websiteAccount = website.name;
        result.bindRequired = true;
        return result;
    }

    // Bound: later logins go straight in to its HUAWEI ID (§3), unless it is disabled.
    const QString accountId = website.accountId;
    const QString deviceId = r.deviceId.trimmed();
    std::optional<HuaweiAccount> bound;
    QDateTime disabledAt;
    const Status looked = m_session.read<Done>([&]() -> Status {
        store::HuaweiAccountRepository accounts(m_session.db());
        bound = accounts.find(accountId);
        if (bound && bound->servicesStatus == ServicesStatus::Disabled)
            disabledAt = accounts.disabledAt(accountId);
        return Done{};
    });
    if (!looked.ok())
        return looked.error();
    if (bound && bound->servicesStatus == ServicesStatus::Disabled)
        return journalRefusal(WebsiteLoginOperation, WebsiteResource, website.name,
                              disabled(F::WebsiteAccountName, disabledAt));

    return m_session.mutate<HuaweiLoginResult>(
        LoginOperation, AccountCenter, accountId, [&]() -> Result<HuaweiLoginResult> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(accountId);
            if (!account)
                return wrongPassword(F::Password);
            if (account->servicesStatus == ServicesStatus::Disabled)
                return disabled(F::WebsiteAccountName, accounts.disabledAt(accountId));
            store::LoginFailureRepository(db).reset(FailureKind::WebsiteAccount, subject);
            m_session.journal(LoginOperation, AccountCenter, accountId, QStringLiteral("success"),
                              QStringLiteral("websiteAccount ") + website.name);
            HuaweiLoginResult result;
            result.account = *account;
            result.websiteAccount = website.name;
            result.deviceTrusted = !deviceId.isEmpty() &&
                                   store::TrustedDeviceRepository(db).trusts(accountId, deviceId);
            return result;
        });
}

Result<HuaweiLoginResult> HuaweiLoginService::bindWebsiteAccount(const BindWebsiteAccountRequest &r)
{
    // Everything typed first, in the order of the page; then the website account's
    // credentials; then the HUAWEI ID's, or the new one's name, number and code.
    if (r.name.trimmed().isEmpty())
        return required(F::WebsiteAccountName);
    if (r.password.isEmpty())
        return required(F::Password);
    if (!r.createNew) {
        if (r.identifier.trimmed().isEmpty())
            return required(F::Identifier);
        if (r.huaweiPassword.isEmpty())
            return required(F::HuaweiPassword);
    }
    NewHuaweiId created;
    if (r.createNew) {
        if (auto p = take(validate::newAccountName(r.accountName), created.accountName))
            return *p;
        if (auto p = take(validate::mobile(r.mobile, false), created.mobile)) // R-ACC-4's form
            return *p;
        if (auto p = take(validate::verificationCode(r.code), created.code))
            return *p;
    }
    const auto verified = verifyWebsiteAccount(r.name, r.password, BindOperation);
    if (!verified.ok())
        return verified.error();
    if (!verified->accountId.isEmpty())
        return journalRefusal(BindOperation, WebsiteResource, verified->name,
                              websiteAlreadyBound());
    return r.createNew ? createAndBind(created, *verified) : bindExisting(r, *verified);
}

Result<HuaweiLoginResult> HuaweiLoginService::bindExisting(const BindWebsiteAccountRequest &r,
                                                           const store::WebsiteAccountRow &website)
{
    const auto verified = verifyHuaweiId(r.identifier, r.huaweiPassword,
                                         {F::Identifier, F::HuaweiPassword, BindOperation});
    if (!verified.ok())
        return verified.error();
    const QString accountId = verified->account.accountId;
    const Status free = m_session.read<Done>([&]() -> Status {
        if (store::WebsiteAccountRepository(m_session.db()).findByAccount(accountId))
            return huaweiIdAlreadyBound();
        return Done{};
    });
    if (!free.ok())
        return free.error().rule == QLatin1StringView(SystemError::Store)
                   ? free.error()
                   : journalRefusal(BindOperation, AccountCenter, accountId, free.error());

    return m_session.mutate<HuaweiLoginResult>(
        BindOperation, WebsiteResource, website.name, [&]() -> Result<HuaweiLoginResult> {
            auto &db = m_session.db();
            store::WebsiteAccountRepository websites(db);
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(accountId);
            // Changed since it was verified: the next attempt judges the new password.
            if (!account || accounts.passwordHash(accountId) != verified->passwordHash)
                return wrongPassword(F::HuaweiPassword);
            if (account->servicesStatus == ServicesStatus::Disabled)
                return disabled(F::Identifier, accounts.disabledAt(accountId));
            if (websites.findByAccount(accountId))
                return huaweiIdAlreadyBound();
            // A concurrent binding of this website account won; one of that HUAWEI ID
            // violates uq_website_accounts_account (R-ACC-19 identifier alreadyBound).
            if (!websites.bind(website.websiteAccountId, accountId, m_session.now()))
                return websiteAlreadyBound();
            store::LoginFailureRepository failures(db);
            failures.reset(FailureKind::WebsiteAccount, subjectOf(website));
            failures.reset(FailureKind::HuaweiId, accountId);
            m_session.journal(BindOperation, WebsiteResource, website.name,
                              QStringLiteral("success"), accountId);
            m_session.journal(BindOperation, AccountCenter, accountId, QStringLiteral("success"),
                              website.name);
            HuaweiLoginResult result;
            result.account = *account;
            result.websiteAccount = website.name;
            return result;
        });
}

Result<HuaweiLoginResult> HuaweiLoginService::createAndBind(const NewHuaweiId &created,
                                                            const store::WebsiteAccountRow &website)
{
    const QString &accountName = created.accountName;
    const QString &mobile = created.mobile;
    const QString &code = created.code;
    // The name and the number become login identifiers of the new HUAWEI ID: each must name
    // it alone. Looked at before the code is judged: a refusal costs no code attempt.
    const Status free = m_session.read<Done>([&]() -> Status {
        store::HuaweiAccountRepository accounts(m_session.db());
        if (accounts.nameTaken(accountName))
            return accountNameTaken();
        if (accounts.securityPhoneTaken(mobile))
            return mobileTaken();
        return Done{};
    });
    if (!free.ok())
        return free.error().rule == QLatin1StringView(SystemError::Store)
                   ? free.error()
                   : journalRefusal(BindOperation, WebsiteResource, website.name, free.error());

    const QString purpose = QString::fromLatin1(CodePurpose::WebsiteBind);
    if (Status judged = CodeService(m_session).check(mobile, purpose, code); !judged.ok())
        return asCodeError(judged.error());

    return m_session.mutate<HuaweiLoginResult>(
        BindOperation, WebsiteResource, website.name, [&]() -> Result<HuaweiLoginResult> {
            auto &db = m_session.db();
            if (Status consumed = CodeService(m_session).consume(mobile, purpose, code);
                !consumed.ok())
                return asCodeError(consumed.error());
            store::WebsiteAccountRepository websites(db);
            store::HuaweiAccountRepository accounts(db);
            const auto current = websites.findByName(website.name);
            if (!current || current->passwordHash != website.passwordHash)
                return wrongPassword(F::Password);
            if (!current->accountId.isEmpty())
                return websiteAlreadyBound();
            // Again inside: a racing request may have taken them (the unique login id and
            // tenant name keys answer the same should both get this far).
            if (accounts.nameTaken(accountName))
                return accountNameTaken();
            if (accounts.securityPhoneTaken(mobile))
                return mobileTaken();

            const QDateTime now = m_session.now();
            HuaweiAccount account;
            account.accountId = m_session.ids().huaweiAccountId(); // R-ID-1
            account.loginId = account.tenantName = accountName;
            // No email: the partial email index of migration 0013 lets many have none.
            account.email = QStringLiteral("");
            account.securityPhone = mobile;
            account.countryRegion = website.countryRegion; // editable until enabled (R-ACC-5)
            account.accountType = AccountType::Unset;
            account.authStatus = AuthStatus::Unauthenticated;
            account.servicesStatus = ServicesStatus::NotEnabled; // R-ACC-16
            account.createdAt = now;
            // The website account's password is the new HUAWEI ID's.
            accounts.insert(account, website.passwordHash);
            if (!websites.bind(website.websiteAccountId, account.accountId, now))
                return websiteAlreadyBound();
            store::LoginFailureRepository(db).reset(FailureKind::WebsiteAccount,
                                                    subjectOf(website));
            m_session.journal(QStringLiteral("createAccount"), AccountCenter, account.accountId,
                              QStringLiteral("success"),
                              QStringLiteral("websiteAccount ") + website.name);
            m_session.journal(BindOperation, WebsiteResource, website.name,
                              QStringLiteral("success"), account.accountId);
            m_session.journal(BindOperation, AccountCenter, account.accountId,
                              QStringLiteral("success"), website.name);
            HuaweiLoginResult result;
            result.account = *accounts.find(account.accountId);
            result.websiteAccount = website.name;
            return result;
        });
}

} // namespace oc

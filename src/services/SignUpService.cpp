#include "SignUpService.h"

#include "CodeService.h"
#include "CtsTrail.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"
#include "store/PaymentCardRepository.h"

namespace oc {

namespace {

const auto AccountCenter = QStringLiteral("accountCenter");

Error refuse(const char *rule, const char *field, const char *reason)
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason));
}

Error notFound()
{
    return refuse(SystemError::NotFound, validate::Field::AccountId, "huaweiAccount");
}

Error emailTaken()
{
    return refuse(rule::ACC_1, validate::Field::Email, "idTaken");
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

// R-ACC-16: a closed account keeps read access only (R-CLS-2), a disabled one nothing.
Problem closedOrDisabled(const HuaweiAccount &account)
{
    if (account.servicesStatus == ServicesStatus::Closed)
        return refuse(rule::ACC_16, validate::Field::AccountId, "servicesClosed");
    if (account.servicesStatus == ServicesStatus::Disabled)
        return refuse(rule::ACC_16, validate::Field::AccountId, "servicesDisabled");
    return std::nullopt;
}

// R-ACC-16: what needs Huawei Cloud services enabled (the service mobile, a card).
Problem servicesEnabled(const HuaweiAccount &account)
{
    if (auto problem = closedOrDisabled(account))
        return problem;
    if (account.servicesStatus == ServicesStatus::NotEnabled)
        return refuse(rule::ACC_16, validate::Field::AccountId, "notEnabled");
    return std::nullopt;
}

// The security phone resets a forgotten password, which a closed account in retention still
// may (R-CLS-2: login allowed); the service mobile number needs services (R-ACC-17).
Problem phoneAllowed(const HuaweiAccount &account, PhonePurpose purpose)
{
    if (purpose == PhonePurpose::Service)
        return servicesEnabled(account);
    if (account.servicesStatus == ServicesStatus::Disabled)
        return refuse(rule::ACC_16, validate::Field::AccountId, "servicesDisabled");
    return std::nullopt;
}

QString codePurposeOf(PhonePurpose purpose)
{
    return QString::fromLatin1(purpose == PhonePurpose::Security ? CodePurpose::SecurityPhone
                                                                 : CodePurpose::ServiceMobile);
}

// The journal's operation: the service mobile number's is the CTS trace name of §5.6
// ("Binding or changing the service mobile number", R-AUD-2).
QString phoneOperationOf(PhonePurpose purpose)
{
    return purpose == PhonePurpose::Security ? QStringLiteral("bindSecurityPhone")
                                             : QStringLiteral("changePhone");
}

// A login id is 12 characters of 36 (62 bits): a collision is unlikely but possible.
constexpr int MaxLoginDraws = 8;

} // namespace

Result<SignUpService::PreparedSignUp> SignUpService::prepare(const SignUpRequest &r)
{
    // In the order of the page: Country/Region, Email, code, Password.
    PreparedSignUp p;
    QString password;
    if (auto problem = take(validate::countryRegion(r.countryRegion), p.countryRegion))
        return *problem;
    if (auto problem = take(validate::email(r.email), p.email))
        return *problem;
    if (auto problem = take(validate::verificationCode(r.code), p.code))
        return *problem;
    if (auto problem = take(validate::huaweiPassword(r.password), password))
        return *problem;

    // R-ACC-1 before the code is judged: a refused request must not cost a code attempt.
    const Status free = m_session.read<Done>([&]() -> Status {
        if (store::HuaweiAccountRepository(m_session.db()).emailTaken(p.email))
            return emailTaken();
        return Done{};
    });
    if (!free.ok())
        return free.error();

    // R-VC-1: judged outside the transaction so that a wrong code counts.
    const QString purpose = QString::fromLatin1(CodePurpose::SignUp);
    if (Status judged = CodeService(m_session).check(p.email, purpose, p.code); !judged.ok())
        return judged.error();

    // Argon2id is slow on purpose: hashed before the transaction takes the write lock.
    p.passwordHash = m_session.hasher().hash(password);
    if (p.passwordHash.isEmpty())
        return makeError(QString::fromLatin1(SystemError::Store), {}, QStringLiteral("hashFailed"));
    return p;
}

Result<HuaweiAccount> SignUpService::create(Session &session, const PreparedSignUp &p)
{
    const QString purpose = QString::fromLatin1(CodePurpose::SignUp);
    if (Status consumed = CodeService(session).consume(p.email, purpose, p.code); !consumed.ok())
        return consumed.error();
    store::HuaweiAccountRepository accounts(session.db());
    // Again inside: a racing sign-up may have taken it (the unique index of schema 11
    // answers the same should both get this far).
    if (accounts.emailTaken(p.email))
        return emailTaken();

    HuaweiAccount account;
    account.accountId = session.ids().huaweiAccountId(); // R-ID-1
    account.loginId = session.ids().huaweiLoginId();
    for (int draw = 1; accounts.loginTaken(account.loginId); ++draw) {
        if (draw == MaxLoginDraws)
            return makeError(QString::fromLatin1(SystemError::Store), QStringLiteral("loginId"),
                             QStringLiteral("exhausted"));
        account.loginId = session.ids().huaweiLoginId();
    }
    account.tenantName = account.loginId;
    account.email = p.email;
    account.countryRegion = p.countryRegion; // editable until services are enabled (R-ACC-5)
    account.accountType = AccountType::Unset;
    account.authStatus = AuthStatus::Unauthenticated;
    account.servicesStatus = ServicesStatus::NotEnabled; // R-ACC-16
    account.createdAt = session.now();
    accounts.insert(account, p.passwordHash);
    session.journal(QStringLiteral("signUp"), AccountCenter, account.accountId,
                    QStringLiteral("success"), account.loginId);
    return *accounts.find(account.accountId);
}

Result<HuaweiAccount> SignUpService::signUp(const SignUpRequest &r)
{
    const auto prepared = prepare(r);
    if (!prepared.ok())
        return prepared.error();
    return m_session.mutate<HuaweiAccount>(
        QStringLiteral("signUp"), AccountCenter, prepared->email,
        [&]() -> Result<HuaweiAccount> { return create(m_session, *prepared); });
}

Result<HuaweiAccount> SignUpService::bindPhone(const BindPhoneRequest &r)
{
    QString accountId, mobile, code;
    if (auto p = take(validate::huaweiAccountId(r.accountId), accountId))
        return *p;
    if (auto p = take(validate::mobile(r.mobile, false), mobile)) // R-ACC-4: required here
        return *p;
    if (auto p = take(validate::verificationCode(r.code), code))
        return *p;

    // The account's state before the code is judged: a refusal costs no code attempt.
    const Status allowed = m_session.read<Done>([&]() -> Status {
        const auto account = store::HuaweiAccountRepository(m_session.db()).find(accountId);
        if (!account)
            return notFound();
        if (auto problem = phoneAllowed(*account, r.purpose))
            return *problem;
        return Done{};
    });
    if (!allowed.ok())
        return allowed.error();

    const QString purpose = codePurposeOf(r.purpose);
    if (Status judged = CodeService(m_session).check(mobile, purpose, code); !judged.ok())
        return judged.error();

    const QString operation = phoneOperationOf(r.purpose);
    return m_session.mutate<HuaweiAccount>(
        operation, AccountCenter, accountId, [&]() -> Result<HuaweiAccount> {
            if (Status consumed = CodeService(m_session).consume(mobile, purpose, code);
                !consumed.ok())
                return consumed.error();
            store::HuaweiAccountRepository accounts(m_session.db());
            const auto account = accounts.find(accountId);
            if (!account)
                return notFound();
            if (auto problem = phoneAllowed(*account, r.purpose))
                return *problem;
            m_session.journal(operation, AccountCenter, accountId, QStringLiteral("success"),
                              mobile);
            if (r.purpose == PhonePurpose::Security) {
                accounts.setSecurityPhone(accountId, mobile);
            } else {
                accounts.setServiceMobile(accountId, mobile);
                // R-AUD-2: binding the service mobile number is §5.6's changePhone.
                CtsTrail::record(m_session, accountId, cts::ChangePhone, mobile);
            }
            return *accounts.find(accountId);
        });
}

Result<HuaweiAccount> SignUpService::enableIn(Session &session, const EnableServicesRequest &r)
{
    QString accountId;
    if (auto p = take(validate::huaweiAccountId(r.accountId), accountId))
        return *p;
    store::HuaweiAccountRepository accounts(session.db());
    const auto account = accounts.find(accountId);
    if (!account)
        return notFound();
    if (auto problem = closedOrDisabled(*account))
        return *problem;
    if (account->servicesStatus == ServicesStatus::Enabled)
        return refuse(rule::ACC_16, validate::Field::AccountId, "alreadyEnabled");
    // R-ACC-5: still editable on this page (the account is not enabled yet, which
    // validate::countryRegionChange allows), fixed by enabling.
    QString country;
    if (auto p = take(validate::countryRegion(r.countryRegion), country))
        return *p;
    if (auto p =
            validate::countryRegionChange(account->servicesStatus, account->countryRegion, country))
        return *p;
    if (!r.agreementAccepted)
        return refuse(rule::ACC_16, validate::Field::Agreement, "required");
    accounts.enableServices(accountId, country, r.promotions, session.now());
    session.journal(QStringLiteral("enableServices"), AccountCenter, accountId,
                    QStringLiteral("success"),
                    r.promotions ? country + QStringLiteral(" promotions") : country);
    return *accounts.find(accountId);
}

Result<HuaweiAccount> SignUpService::enableServices(const EnableServicesRequest &r)
{
    QString accountId;
    if (auto p = take(validate::huaweiAccountId(r.accountId), accountId))
        return *p;
    return m_session.mutate<HuaweiAccount>(
        QStringLiteral("enableServices"), AccountCenter, accountId,
        [&]() -> Result<HuaweiAccount> { return enableIn(m_session, r); });
}

Result<PaymentCard> SignUpService::bindCard(const BindCardRequest &r)
{
    QString accountId;
    if (auto p = take(validate::huaweiAccountId(r.accountId), accountId))
        return *p;
    return m_session.mutate<PaymentCard>(
        QStringLiteral("bindCard"), AccountCenter, accountId, [&]() -> Result<PaymentCard> {
            auto &db = m_session.db();
            store::HuaweiAccountRepository accounts(db);
            const auto account = accounts.find(accountId);
            if (!account)
                return notFound();
            if (auto problem = servicesEnabled(*account))
                return *problem;
            // R-ACC-18, in the order of the form: number, holder, expiry, security code,
            // terms. The security code is checked and forgotten.
            const QDate today = m_session.now().toTimeZone(ClockSteps::chinaTimeZone()).date();
            QString digits, holder, expiry, securityCode;
            if (auto p = take(validate::cardNumber(r.cardNumber), digits))
                return *p;
            if (auto p = take(validate::requiredText(
                                  r.holder, QString::fromLatin1(validate::Field::CardHolder), 64),
                              holder))
                return *p;
            if (auto p = take(validate::cardExpiry(r.expiry, today), expiry))
                return *p;
            if (auto p = take(validate::cardSecurityCode(r.securityCode), securityCode))
                return *p;
            if (!r.termsAccepted)
                return refuse(rule::ACC_18, validate::Field::Terms, "required");

            // The simulated bank's answer to the 1 USD verification hold: a refusal is a
            // Historical Cards row, not an error, and the customer may bind again.
            PaymentCard card;
            card.accountId = accountId;
            card.maskedNumber = validate::maskedCardNumber(digits);
            card.holder = holder;
            card.expiry = expiry;
            card.result = r.simulatedResult;
            card.attemptedAt = m_session.now();
            card.cardId = store::PaymentCardRepository(db).insert(card);
            const bool approved = card.result == CardVerification::Approved;
            if (approved)
                accounts.setPostPayment(accountId, true); // billed on the 3rd of next month
            m_session.send(Channel::Email, account->email,
                           approved ? QStringLiteral("cardBound") : QStringLiteral("cardRejected"),
                           {{QStringLiteral("maskedNumber"), card.maskedNumber},
                            {QStringLiteral("result"), toString(card.result)}});
            m_session.journal(QStringLiteral("bindCard"), AccountCenter, accountId,
                              QStringLiteral("success"),
                              toString(card.result) + QLatin1Char(' ') + card.maskedNumber);
            return card;
        });
}

} // namespace oc

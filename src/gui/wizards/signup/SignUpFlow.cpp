#include "SignUpFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The bank's refusal of a card (R-ACC-18) as the card page's message (no field: every
// entry may be right, the bank said no).
Error bankRefusal(CardVerification result)
{
    const char *reason = "bankDeclined";
    if (result == CardVerification::InsufficientFunds)
        reason = "bankInsufficientFunds";
    else if (result == CardVerification::AuthenticationFailed)
        reason = "bankAuthenticationFailed";
    return makeError(QString::fromLatin1(rule::ACC_18), QString(), QString::fromLatin1(reason));
}

} // namespace

SignUpFlow::SignUpFlow(Backend *backend, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    markSecret(PasswordKey);
    markSecret(CardNumberKey);
    markSecret(SecurityCodeCardKey);
    setDefault(CountryRegionKey, u"CN"_s);
    setDefault(BankResultKey, oc::toString(CardVerification::Approved));
    m_today = QDate::currentDate();
}

CardVerification SignUpFlow::bankResult() const
{
    return enumOr<CardVerification>(entry(BankResultKey), CardVerification::Approved);
}

void SignUpFlow::setBankResult(CardVerification result)
{
    set(BankResultKey, oc::toString(result));
}

bool SignUpFlow::isSkipped(Page page) const
{
    switch (page) {
    case SecurityPhonePage:
        return flag(SkipSecurityPhoneKey);
    case EnablePage:
        return flag(EnableLaterKey);
    case MobilePage:
        return flag(SkipMobileKey);
    case CardPage:
        return flag(SkipCardKey);
    default:
        return false;
    }
}

QList<Error> SignUpFlow::messages(int page) const
{
    QList<Error> errors;
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    if (isSkipped(Page(page)))
        return errors;
    switch (page) {
    case SignUpPage:
        check(validate::countryRegion(countryRegion()));
        check(validate::email(email()));
        check(validate::verificationCode(entry(CodeKey)));
        check(validate::huaweiPassword(entry(PasswordKey)));
        break;
    case SecurityPhonePage:
        check(validate::mobile(securityPhone(), false, SecurityPhoneKey));
        check(validate::verificationCode(entry(SecurityCodeKey), SecurityCodeKey));
        break;
    case EnablePage:
        check(validate::countryRegion(serviceCountryRegion(), ServiceCountryKey));
        // R-ACC-16: the Customer Agreement and Privacy Statement, or "enable later".
        if (!flag(AgreementKey))
            errors << makeError(QString::fromLatin1(rule::ACC_16), AgreementKey, u"required"_s);
        break;
    case MobilePage:
        check(validate::mobile(mobile(), false, MobileKey));
        check(validate::verificationCode(entry(MobileCodeKey), MobileCodeKey));
        break;
    case CardPage:
        check(validate::cardNumber(entry(CardNumberKey), CardNumberKey));
        check(validate::requiredText(entry(HolderKey), HolderKey, 64));
        check(validate::cardExpiry(entry(ExpiryKey), m_today, ExpiryKey));
        check(validate::cardSecurityCode(entry(SecurityCodeCardKey), SecurityCodeCardKey));
        if (!flag(TermsKey))
            errors << makeError(QString::fromLatin1(rule::ACC_18), TermsKey, u"required"_s);
        break;
    default:
        break;
    }
    return errors;
}

bool SignUpFlow::isReady(int page) const
{
    if (isSkipped(Page(page)))
        return true;
    switch (page) {
    case SignUpPage:
        return filled({CountryRegionKey, EmailKey, CodeKey, PasswordKey});
    case SecurityPhonePage:
        return filled({SecurityPhoneKey, SecurityCodeKey});
    case EnablePage:
        // The agreement's own message says it is required: Enable stays available.
        return filled({ServiceCountryKey});
    case MobilePage:
        return filled({MobileKey, MobileCodeKey});
    case CardPage:
        return filled({CardNumberKey, HolderKey, ExpiryKey, SecurityCodeCardKey});
    case DonePage:
        return !accountId().isEmpty();
    default:
        return false;
    }
}

SignUpFlow::Page SignUpFlow::nextPage(Page page) const
{
    switch (page) {
    case SignUpPage:
        return SecurityPhonePage;
    case SecurityPhonePage:
        return EnablePage;
    case EnablePage:
        // Services enabled later: the information is completed later too (via Associate).
        return servicesEnabled() ? MobilePage : DonePage;
    case MobilePage:
        return flag(SkipMobileKey) ? DonePage : CardPage;
    case CardPage:
        return DonePage;
    default:
        return NoPage;
    }
}

void SignUpFlow::learn(const HuaweiAccount &account)
{
    m_account = account;
    setDefault(AccountIdKey, account.accountId);
    setDefault(EnabledKey, account.servicesStatus == ServicesStatus::Enabled);
    if (serviceCountryRegion().isEmpty())
        setDefault(ServiceCountryKey, account.countryRegion);
    emit accountChanged();
}

QFuture<Status> SignUpFlow::signUp()
{
    const PendingStatus pending;
    if (!accountId().isEmpty()) { // signed up already (a resumed wizard)
        pending.finish(okStatus());
        return pending.future();
    }
    SignUpRequest request;
    request.countryRegion = countryRegion();
    request.email = email();
    request.code = entry(CodeKey).trimmed();
    request.password = entry(PasswordKey);
    onFinished(m_backend->signUp(request), this,
               [this, pending](const Result<HuaweiAccount> &account) {
                   if (!account.ok())
                       return pending.finish(land(account.error()));
                   learn(*account);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> SignUpFlow::bindSecurityPhone()
{
    const PendingStatus pending;
    if (isSkipped(SecurityPhonePage)) {
        pending.finish(okStatus());
        return pending.future();
    }
    BindPhoneRequest request;
    request.accountId = accountId();
    request.purpose = PhonePurpose::Security;
    request.mobile = securityPhone();
    request.code = entry(SecurityCodeKey).trimmed();
    onFinished(
        m_backend->bindPhone(request), this, [this, pending](const Result<HuaweiAccount> &account) {
            if (!account.ok())
                return pending.finish(landAs(account.error(), {{u"mobile"_s, SecurityPhoneKey},
                                                               {u"code"_s, SecurityCodeKey}}));
            learn(*account);
            pending.finish(okStatus());
        });
    return pending.future();
}

QFuture<Status> SignUpFlow::enableServices()
{
    const PendingStatus pending;
    if (isSkipped(EnablePage) || servicesEnabled()) {
        pending.finish(okStatus());
        return pending.future();
    }
    EnableServicesRequest request;
    request.accountId = accountId();
    request.countryRegion = serviceCountryRegion();
    request.agreementAccepted = flag(AgreementKey);
    request.promotions = flag(PromotionsKey);
    onFinished(m_backend->enableServices(request), this,
               [this, pending](const Result<HuaweiAccount> &account) {
                   if (!account.ok())
                       return pending.finish(
                           landAs(account.error(), {{u"countryRegion"_s, ServiceCountryKey}}));
                   learn(*account);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> SignUpFlow::bindMobile()
{
    const PendingStatus pending;
    if (isSkipped(MobilePage)) {
        pending.finish(okStatus());
        return pending.future();
    }
    BindPhoneRequest request;
    request.accountId = accountId();
    request.purpose = PhonePurpose::Service;
    request.mobile = mobile();
    request.code = entry(MobileCodeKey).trimmed();
    onFinished(m_backend->bindPhone(request), this,
               [this, pending](const Result<HuaweiAccount> &account) {
                   if (!account.ok())
                       return pending.finish(landAs(account.error(), {{u"code"_s, MobileCodeKey}}));
                   learn(*account);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> SignUpFlow::bindCard()
{
    const PendingStatus pending;
    if (isSkipped(CardPage) || cardBound()) {
        pending.finish(okStatus());
        return pending.future();
    }
    BindCardRequest request;
    request.accountId = accountId();
    request.cardNumber = entry(CardNumberKey);
    request.holder = entry(HolderKey).trimmed();
    request.expiry = entry(ExpiryKey).trimmed();
    request.securityCode = entry(SecurityCodeCardKey).trimmed();
    request.termsAccepted = flag(TermsKey);
    request.simulatedResult = bankResult();
    onFinished(m_backend->bindCard(request), this,
               [this, pending](const Result<PaymentCard> &card) {
                   if (!card.ok())
                       return pending.finish(land(card.error()));
                   m_cards.prepend(*card);
                   emit cardsChanged();
                   if (card->result != CardVerification::Approved)
                       return pending.finish(bankRefusal(card->result));
                   setDefault(CardBoundKey, true);
                   if (m_account) {
                       m_account->postPayment = true;
                       emit accountChanged();
                   }
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> SignUpFlow::loadAccount()
{
    const PendingStatus pending;
    if (accountId().isEmpty()) {
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(m_backend->huaweiAccount(accountId()), this,
               [this, pending](const Result<HuaweiAccountDetail> &detail) {
                   if (!detail.ok())
                       return pending.finish(detail.error());
                   learn(detail->account);
                   m_cards = detail->cards;
                   setDefault(CardBoundKey, detail->account.postPayment);
                   emit cardsChanged();
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui

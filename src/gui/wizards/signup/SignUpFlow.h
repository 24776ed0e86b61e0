#pragma once

// W-SIGNUP's flow (my-account.md §2, D.1): sign up for a HUAWEI ID by email (R-ACC-1,
// R-ACC-2, R-VC-1), the security phone (R-ACC-4, skippable), enabling Huawei Cloud services
// (R-ACC-5, R-ACC-16; or later), completing the information — the service mobile number
// (R-ACC-17) and a card with the simulated 1 USD verification (R-ACC-18), each skippable
// ("later via Associate") — and the new Account ID. Every step is its own commit: the
// account exists from the first one on, so a resumed wizard goes on with it. Typed
// properties over the wizard's state, the branching, the per-page messages and the
// backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class SignUpFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString countryRegion READ countryRegion WRITE setCountryRegion)
    Q_PROPERTY(QString email READ email WRITE setEmail)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)

public:
    enum Page
    {
        SignUpPage,
        SecurityPhonePage,
        EnablePage,
        MobilePage,
        CardPage,
        DonePage,
        NoPage = -1
    };
    Q_ENUM(Page)

    // Page 1 (the keys of the backend's error fields).
    static constexpr QLatin1StringView CountryRegionKey{"countryRegion"};
    static constexpr QLatin1StringView EmailKey{"email"};
    static constexpr QLatin1StringView CodeKey{"code"};
    static constexpr QLatin1StringView PasswordKey{"password"};
    // Page 2: the backend's "mobile" and "code" of this step land here.
    static constexpr QLatin1StringView SecurityPhoneKey{"securityPhone"};
    static constexpr QLatin1StringView SecurityCodeKey{"securityPhoneCode"};
    static constexpr QLatin1StringView SkipSecurityPhoneKey{"skipSecurityPhone"};
    // Page 3: the country/region is still editable here; the backend's countryRegion of
    // this step lands on it.
    static constexpr QLatin1StringView ServiceCountryKey{"serviceCountryRegion"};
    static constexpr QLatin1StringView AgreementKey{"agreement"};
    static constexpr QLatin1StringView PromotionsKey{"promotions"};
    static constexpr QLatin1StringView EnableLaterKey{"enableLater"};
    // Page 4a.
    static constexpr QLatin1StringView MobileKey{"mobile"};
    static constexpr QLatin1StringView MobileCodeKey{"mobileCode"};
    static constexpr QLatin1StringView SkipMobileKey{"skipMobile"};
    // Page 4b.
    static constexpr QLatin1StringView CardNumberKey{"cardNumber"};
    static constexpr QLatin1StringView HolderKey{"holder"};
    static constexpr QLatin1StringView ExpiryKey{"expiry"};
    static constexpr QLatin1StringView SecurityCodeCardKey{"securityCode"};
    static constexpr QLatin1StringView TermsKey{"terms"};
    static constexpr QLatin1StringView BankResultKey{"bankResult"};
    static constexpr QLatin1StringView SkipCardKey{"skipCard"};
    // Learned on the way (kept in a draft: a resumed wizard goes on with them).
    static constexpr QLatin1StringView AccountIdKey{"accountId"};
    static constexpr QLatin1StringView EnabledKey{"servicesEnabled"};
    static constexpr QLatin1StringView CardBoundKey{"cardBound"};

    explicit SignUpFlow(Backend *backend, QObject *parent = nullptr);

    QString countryRegion() const { return entry(CountryRegionKey); }
    void setCountryRegion(const QString &code) { set(CountryRegionKey, code); }
    QString email() const { return entry(EmailKey).trimmed(); }
    void setEmail(const QString &email) { set(EmailKey, email); }
    void setCode(const QString &code) { set(CodeKey, code); }
    void setPassword(const QString &password) { set(PasswordKey, password); }
    QString securityPhone() const { return entry(SecurityPhoneKey).trimmed(); }
    void setSecurityPhone(const QString &mobile) { set(SecurityPhoneKey, mobile); }
    void setSecurityPhoneCode(const QString &code) { set(SecurityCodeKey, code); }
    QString serviceCountryRegion() const { return entry(ServiceCountryKey); }
    void setServiceCountryRegion(const QString &code) { set(ServiceCountryKey, code); }
    void setAgreementAccepted(bool accepted) { set(AgreementKey, accepted); }
    void setPromotions(bool wanted) { set(PromotionsKey, wanted); }
    QString mobile() const { return entry(MobileKey).trimmed(); }
    void setMobile(const QString &mobile) { set(MobileKey, mobile); }
    void setMobileCode(const QString &code) { set(MobileCodeKey, code); }
    void setCardNumber(const QString &number) { set(CardNumberKey, number); }
    void setHolder(const QString &holder) { set(HolderKey, holder); }
    void setExpiry(const QString &expiry) { set(ExpiryKey, expiry); }
    void setCardSecurityCode(const QString &code) { set(SecurityCodeCardKey, code); }
    void setTermsAccepted(bool accepted) { set(TermsKey, accepted); }
    CardVerification bankResult() const;
    void setBankResult(CardVerification result);

    // "Skip" on page 2; "Enable services later" on page 3; "Later via Associate" on 4a/4b.
    void skipSecurityPhone() { set(SkipSecurityPhoneKey, true); }
    void enableLater() { set(EnableLaterKey, true); }
    void skipMobile() { set(SkipMobileKey, true); }
    void skipCard() { set(SkipCardKey, true); }
    bool isSkipped(Page page) const;

    // The HUAWEI ID once signed up (empty before); services enabled; a card bound.
    QString accountId() const { return entry(AccountIdKey); }
    bool servicesEnabled() const { return flag(EnabledKey); }
    bool cardBound() const { return flag(CardBoundKey); }
    // What the backend said of the account (after each step; loadAccount() on a resume).
    const std::optional<HuaweiAccount> &account() const { return m_account; }
    // The card binding attempts of this account (Historical Cards), newest first.
    const QList<PaymentCard> &cards() const { return m_cards; }
    // The date the card's expiry is judged against (the backend's clock; today by default).
    void setToday(const QDate &today) { m_today = today; }

    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // Each step's commit; a refusal lands on its field. bindCard() fails with R-ACC-18
    // "bank…" (no field) when the bank refused the card: the attempt is recorded anyway.
    QFuture<Status> signUp();
    QFuture<Status> bindSecurityPhone();
    QFuture<Status> enableServices();
    QFuture<Status> bindMobile();
    QFuture<Status> bindCard();
    // The account and its Historical Cards, again (the done page; a resumed wizard).
    QFuture<Status> loadAccount();

signals:
    void accountChanged();
    void cardsChanged();

private:
    QString entry(QLatin1StringView key) const { return text(key); }
    void set(QLatin1StringView key, const QVariant &value) { setValue(key, value); }
    void learn(const HuaweiAccount &account);

    Backend *m_backend;
    std::optional<HuaweiAccount> m_account;
    QList<PaymentCard> m_cards;
    QDate m_today;
};

} // namespace oc::gui

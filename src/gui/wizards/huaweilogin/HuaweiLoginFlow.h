#pragma once

// D-LOGIN's flow, "Sign in to Huawei Cloud" (my-account.md §3, D.2; R-ACC-19): by HUAWEI ID
// (an identifier — security phone, email, login ID or tenant name — and the password, then a
// code to the chosen channel unless this device is trusted, then "Trust this browser?") or by
// a Huawei website account (bound on its first login to an existing HUAWEI ID or to a new one,
// Create and Bind); a not-enabled account is offered the Enable page (R-ACC-16), the only
// place services are enabled after "enable later". Typed properties over the wizard's state,
// the branching, the per-page messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class HuaweiLoginFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId NOTIFY signedIn)

public:
    enum Page
    {
        SignInPage,
        CodePage,
        TrustPage,
        BindPage,
        EnablePage,
        DonePage,
        NoPage = -1
    };
    Q_ENUM(Page)

    enum class Method
    {
        HuaweiId,
        Website
    };
    enum class BindMode
    {
        Existing,
        CreateNew
    };

    // Page 1 (the keys of the backend's error fields, where they match).
    static constexpr QLatin1StringView MethodKey{"method"}; // "huaweiId" / "website"
    static constexpr QLatin1StringView IdentifierKey{"identifier"};
    static constexpr QLatin1StringView PasswordKey{"password"};
    static constexpr QLatin1StringView WebsiteNameKey{"websiteName"};
    static constexpr QLatin1StringView WebsitePasswordKey{"websitePassword"};
    // Page 2.
    static constexpr QLatin1StringView ChannelKey{"channel"}; // Channel spelling
    static constexpr QLatin1StringView CodeKey{"code"};
    // Page 3.
    static constexpr QLatin1StringView TrustKey{"trustDevice"};
    // Page 4 (the backend's "identifier" and "code" of this step land on their own keys).
    static constexpr QLatin1StringView BindModeKey{"bindMode"}; // "existing" / "createNew"
    static constexpr QLatin1StringView BindIdentifierKey{"bindIdentifier"};
    static constexpr QLatin1StringView HuaweiPasswordKey{"huaweiPassword"};
    static constexpr QLatin1StringView AccountNameKey{"accountName"};
    static constexpr QLatin1StringView MobileKey{"mobile"};
    static constexpr QLatin1StringView MobileCodeKey{"mobileCode"};
    // Page 5.
    static constexpr QLatin1StringView ServiceCountryKey{"countryRegion"};
    static constexpr QLatin1StringView AgreementKey{"agreement"};
    static constexpr QLatin1StringView PromotionsKey{"promotions"};
    static constexpr QLatin1StringView EnableLaterKey{"enableLater"};

    HuaweiLoginFlow(Backend *backend, const QString &deviceId, QObject *parent = nullptr);

    Method method() const;
    void setMethod(Method method);
    QString identifier() const { return text(IdentifierKey).trimmed(); }
    void setIdentifier(const QString &identifier) { setValue(IdentifierKey, identifier); }
    void setPassword(const QString &password) { setValue(PasswordKey, password); }
    QString websiteName() const { return text(WebsiteNameKey).trimmed(); }
    void setWebsiteName(const QString &name) { setValue(WebsiteNameKey, name); }
    void setWebsitePassword(const QString &password) { setValue(WebsitePasswordKey, password); }
    Channel channel() const;
    void setChannel(Channel channel);
    void setCode(const QString &code) { setValue(CodeKey, code); }
    BindMode bindMode() const;
    void setBindMode(BindMode mode);
    void setBindIdentifier(const QString &identifier) { setValue(BindIdentifierKey, identifier); }
    void setHuaweiPassword(const QString &password) { setValue(HuaweiPasswordKey, password); }
    void setAccountName(const QString &name) { setValue(AccountNameKey, name); }
    QString mobile() const { return text(MobileKey).trimmed(); }
    void setMobile(const QString &mobile) { setValue(MobileKey, mobile); }
    void setMobileCode(const QString &code) { setValue(MobileCodeKey, code); }
    QString serviceCountryRegion() const { return text(ServiceCountryKey); }
    void setServiceCountryRegion(const QString &code) { setValue(ServiceCountryKey, code); }
    void setAgreementAccepted(bool accepted) { setValue(AgreementKey, accepted); }
    void setPromotions(bool wanted) { setValue(PromotionsKey, wanted); }
    // "Don't trust" on page 3 (TRUST is the commit); "Enable services later" on page 5.
    void setTrustDevice(bool trust) { setValue(TrustKey, trust); }
    void enableLater() { setValue(EnableLaterKey, true); }
    bool enabledLater() const { return flag(EnableLaterKey); }

    // Learned from the backend: the password step's challenge, the signed-in account.
    const std::optional<HuaweiLoginChallenge> &challenge() const { return m_challenge; }
    const std::optional<HuaweiLoginResult> &result() const { return m_result; }
    bool bindRequired() const { return m_result && m_result->bindRequired; }
    bool isSignedIn() const { return m_result && m_result->account.has_value(); }
    QString accountId() const;
    // Where the code goes for `channel` (the bound security phone or email; empty if none).
    QString destination(Channel channel) const;
    // Both a security phone and an email are bound: the user chooses (R-ACC-19).
    bool channelChoice() const;

    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // Page 1: the HUAWEI ID's password step (and, on a trusted device, the sign-in itself),
    // or the website account's login. A refusal lands on its field.
    QFuture<Status> signIn();
    // Page 2: the code checked (not consumed) before the trust question.
    QFuture<Status> checkCode();
    // Page 3: the sign-in with the code, trusting this device or not.
    QFuture<Status> logIn();
    // Page 4: the website account bound to an existing or a new HUAWEI ID.
    QFuture<Status> bind();
    // Page 5: Huawei Cloud services enabled (R-ACC-5, R-ACC-16); nothing when enabled later.
    QFuture<Status> enableServices();

signals:
    void challenged();
    void signedIn();

private:
    HuaweiLoginRequest loginRequest() const;
    void learn(const HuaweiLoginResult &result);

    Backend *m_backend;
    QString m_deviceId;
    std::optional<HuaweiLoginChallenge> m_challenge;
    std::optional<HuaweiLoginResult> m_result;
};

} // namespace oc::gui

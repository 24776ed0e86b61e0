#pragma once

// W-REG's flow (flows.md; seeds 000, 002 "no fee-center account"): basic information with
// an email code, company information, the activation method, done. Activation creates
// everything in one transaction (R-REG-3). Typed properties over the wizard's state (its
// keys equal the backend's error fields, so that refusals land next to the right widget),
// the per-page messages, and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class RegistrationFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString huaweiAccountId READ huaweiAccountId WRITE setHuaweiAccountId NOTIFY
                   huaweiAccountIdChanged)

public:
    enum Page
    {
        BasicInfoPage,
        CompanyInfoPage,
        ActivationPage,
        DonePage
    };
    Q_ENUM(Page)

    static constexpr auto SiteKey = "site";
    static constexpr auto UsernameKey = "username";
    static constexpr auto PasswordKey = "password";
    static constexpr auto PasswordConfirmKey = "passwordConfirm";
    static constexpr auto EmailKey = "email";
    static constexpr auto CodeKey = "code";
    static constexpr auto MobileKey = "mobile";
    static constexpr auto EnterpriseNameKey = "enterpriseName";
    static constexpr auto IndustryKey = "industry";
    static constexpr auto ContactKey = "contact";
    static constexpr auto AgreementKey = "agreement";
    static constexpr auto WorkspaceNameKey = "workspaceName";
    static constexpr auto LanguageKey = "language";
    static constexpr auto MethodKey = "method";
    static constexpr auto HuaweiAccountIdKey = "huaweiAccountId";
    static constexpr auto AlibabaAccountIdKey = "alibabaAccountId";
    static constexpr auto AlibabaInstanceIdKey = "alibabaInstanceId";
    static constexpr auto AwsSubscriptionKey = "awsSubscription";
    static constexpr auto CreateFeeCenterKey = "createFeeCenterAccount";
    static constexpr auto TermsKey = "terms";

    // `huaweiAccountId` prefills Huawei Cloud Store activation (from the unified login).
    RegistrationFlow(Backend *backend, const QString &huaweiAccountId, QObject *parent = nullptr);

    QString site() const { return entry(SiteKey); }
    void setSite(const QString &site) { set(SiteKey, site); }
    QString username() const { return entry(UsernameKey).trimmed(); }
    void setUsername(const QString &username) { set(UsernameKey, username); }
    void setPassword(const QString &password) { set(PasswordKey, password); }
    void setPasswordConfirmation(const QString &password) { set(PasswordConfirmKey, password); }
    QString email() const { return entry(EmailKey).trimmed(); }
    void setEmail(const QString &email) { set(EmailKey, email); }
    QString code() const { return entry(CodeKey).trimmed(); }
    void setCode(const QString &code) { set(CodeKey, code); }
    void setMobile(const QString &mobile) { set(MobileKey, mobile); }
    void setEnterpriseName(const QString &name) { set(EnterpriseNameKey, name); }
    void setIndustry(const QString &industry) { set(IndustryKey, industry); }
    void setContact(const QString &contact) { set(ContactKey, contact); }
    void setAgreementAccepted(bool accepted) { set(AgreementKey, accepted); }
    QString workspaceName() const { return entry(WorkspaceNameKey); }
    void setWorkspaceName(const QString &name) { set(WorkspaceNameKey, name); }
    void setLanguage(WorkspaceLanguage language)
    {
        set(LanguageKey, oc::toString<WorkspaceLanguage>(language));
    }
    SettlementMethod method() const;
    void setMethod(SettlementMethod method)
    {
        set(MethodKey, oc::toString<SettlementMethod>(method));
    }
    QString huaweiAccountId() const { return entry(HuaweiAccountIdKey); }
    void setHuaweiAccountId(const QString &id) { set(HuaweiAccountIdKey, id); }
    void setAlibabaAccountId(const QString &id) { set(AlibabaAccountIdKey, id); }
    void setAlibabaInstanceId(const QString &id) { set(AlibabaInstanceIdKey, id); }
    void setAwsSubscriptionConfirmed(bool confirmed) { set(AwsSubscriptionKey, confirmed); }
    void setCreateFeeCenterAccount(bool create) { set(CreateFeeCenterKey, create); }
    void setTermsAccepted(bool accepted) { set(TermsKey, accepted); }

    // Fee-center and Huawei Cloud settlement need the fee-center account (R-REG-3).
    bool feeCenterRequired() const;
    RegistrationRequest request() const;

    // The core validators, page by page (the service checks the same again).
    QList<Error> messages(int page) const override;
    // The page's mandatory entries are there (Next enabled).
    bool isReady(int page) const override;

    // Learned: the Huawei Cloud account the live check found, and the registration.
    const std::optional<HuaweiActivationCheck> &huaweiCheck() const { return m_huaweiCheck; }
    const std::optional<RegistrationResult> &result() const { return m_result; }

    // R-FC-1 as the username is typed: a taken one gets its message. Ignored when the
    // username changed meanwhile or is not well formed (its message comes with Next).
    QFuture<Status> checkUsername();
    // Page 1's Next: the username (R-FC-1), the email on the site, the code (R-VC-2), in turn.
    QFuture<Status> checkBasicInfo();
    // R-REG-2 as the account id is typed: the account and its active instance, or the
    // refusal on huaweiAccountId (early feedback: a system failure is left to Activate).
    QFuture<Status> checkHuaweiAccount();
    // The commit (R-REG-3); a refusal lands on its field.
    QFuture<Status> activate();

signals:
    void huaweiAccountIdChanged();
    void methodChanged();
    void huaweiChecked();
    void registered(const oc::RegistrationResult &result);

private:
    QString entry(const char *key) const { return text(QString::fromLatin1(key)); }
    void set(const char *key, const QVariant &value);

    Backend *m_backend;
    std::optional<HuaweiActivationCheck> m_huaweiCheck;
    std::optional<RegistrationResult> m_result;
};

} // namespace oc::gui

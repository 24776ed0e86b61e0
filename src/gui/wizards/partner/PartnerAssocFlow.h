#pragma once

// W-PARTNER-ASSOC's flow, "Associate with a Partner" (my-account.md §6.1, D.1; R-PTN-1,
// R-PTN-3..6): the partner's invitation link or QR token (a pasted link or the bare token),
// loaded from the backend; the Instructions for Associating with a Huawei Cloud Partner (the
// required Instructions checkbox, the optional Letter of Authorization) and the choice between
// registering a new HUAWEI ID and logging in with an existing one (only through an online
// invitation, R-PTN-5); the register form (as W-SIGNUP 1: country/region, email and its code,
// password) or the login form (account name or email, password), each checked early without
// using anything up; then Enable with the three documents accepted, which registers or logs in,
// checks the eligibility (R-PTN-3, and R-PTN-4 for a reseller; a refusal names every failed
// condition) and associates — a reseller's customer frozen until the partner sets a monthly
// budget (R-PTN-1, R-PTN-6). Typed properties over the wizard's state, the branching, the
// per-page messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

#include <optional>

namespace oc {
class Backend;
}

namespace oc::gui {

class PartnerAssocFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString token READ token NOTIFY invitationChanged)
    Q_PROPERTY(bool registerNew READ registerNew WRITE setRegisterNew)

public:
    enum Page
    {
        TokenPage,        // the invitation link or token
        InstructionsPage, // 1 the Instructions and the choice
        RegisterPage,     // 2 Register for Association
        LoginPage,        // 2 Login for Association
        EnablePage,       // 3 Enable
        FinishPage,       // associated
        NoPage = -1
    };
    Q_ENUM(Page)

    // The keys are the backend's error fields (PartnerAssociationRequest) where they have one.
    static constexpr QLatin1StringView LinkKey{"token"}; // what was pasted: a link or a token
    static constexpr QLatin1StringView InstructionsKey{"instructionsAccepted"};
    static constexpr QLatin1StringView AuthorizationKey{"authorizationAccepted"};
    static constexpr QLatin1StringView ChoiceKey{"registerNew"}; // "register" | "login"
    static constexpr QLatin1StringView CountryRegionKey{"countryRegion"};
    static constexpr QLatin1StringView EmailKey{"email"};
    static constexpr QLatin1StringView CodeKey{"code"};
    static constexpr QLatin1StringView PasswordKey{"password"}; // the new HUAWEI ID's
    static constexpr QLatin1StringView AccountNameKey{"accountName"};
    static constexpr QLatin1StringView LoginPasswordKey{"loginPassword"}; // the backend's password
    static constexpr QLatin1StringView DocumentsKey{"documentsAccepted"};
    static constexpr QLatin1StringView PromotionsKey{"promotions"};
    static constexpr QLatin1StringView ChoiceRegister{"register"};
    static constexpr QLatin1StringView ChoiceLogin{"login"};

    PartnerAssocFlow(Backend *backend, const QString &link = {}, QObject *parent = nullptr);

    // The token in what was pasted: the "token" of a link's query ("…?token=XYZ"), the last
    // part of a link's path, or the text itself (trimmed).
    static QString tokenFrom(const QString &link);

    QString link() const { return text(LinkKey); }
    void setLink(const QString &link) { setValue(LinkKey, link); }
    QString token() const { return tokenFrom(link()); }
    bool instructionsAccepted() const { return flag(InstructionsKey); }
    void setInstructionsAccepted(bool accepted) { setValue(InstructionsKey, accepted); }
    bool authorizationAccepted() const { return flag(AuthorizationKey); }
    void setAuthorizationAccepted(bool accepted) { setValue(AuthorizationKey, accepted); }
    bool registerNew() const { return text(ChoiceKey) != ChoiceLogin; }
    void setRegisterNew(bool registerNew);
    QString countryRegion() const { return text(CountryRegionKey); }
    void setCountryRegion(const QString &code) { setValue(CountryRegionKey, code); }
    QString email() const { return text(EmailKey).trimmed(); }
    void setEmail(const QString &email) { setValue(EmailKey, email); }
    void setCode(const QString &code) { setValue(CodeKey, code); }
    void setPassword(const QString &password) { setValue(PasswordKey, password); }
    QString accountName() const { return text(AccountNameKey).trimmed(); }
    void setAccountName(const QString &name) { setValue(AccountNameKey, name); }
    void setLoginPassword(const QString &password) { setValue(LoginPasswordKey, password); }
    bool documentsAccepted() const { return flag(DocumentsKey); }
    void setDocumentsAccepted(bool accepted) { setValue(DocumentsKey, accepted); }
    void setPromotions(bool wanted) { setValue(PromotionsKey, wanted); }

    // What the backend said: the invitation (page 1), the account that logged in (page 2,
    // Log In), the association (Enable) or its refusal with every failed condition.
    const std::optional<PartnerInvitation> &invitation() const { return m_invitation; }
    bool isReseller() const;
    // Whether Log In and Associate is possible: only through an online invitation (R-PTN-5).
    bool loginAllowed() const { return m_invitation && m_invitation->online; }
    const std::optional<HuaweiLoginChallenge> &login() const { return m_login; }
    const std::optional<PartnerAssociationResult> &result() const { return m_result; }
    // The last refusal of R-PTN-3/R-PTN-4 (empty when none) and its conditions' spellings.
    const std::optional<Error> &refusal() const { return m_refusal; }
    QStringList failedConditions() const;

    PartnerAssociationRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // Page 1: the invitation the link names (E-NOT-FOUND lands at the link).
    QFuture<Status> loadInvitation();
    // Page 2, early: the email's code (not used up) or the account's name and password; a
    // refusal lands at its field.
    QFuture<Status> checkRegistration();
    QFuture<Status> checkLogin(const QString &deviceId);
    // Enable: registers or logs in, checks the eligibility and associates (R-PTN-1,
    // R-PTN-3..6). A refusal lands at its field (on its page); R-PTN-3/R-PTN-4's is kept in
    // refusal() and returned without a field.
    QFuture<Status> associate();

signals:
    void invitationChanged();
    void loginChanged();
    void refusalChanged();
    void associated();

private:
    Backend *m_backend;
    std::optional<PartnerInvitation> m_invitation;
    QString m_invitationToken; // the token m_invitation was loaded for
    std::optional<HuaweiLoginChallenge> m_login;
    std::optional<PartnerAssociationResult> m_result;
    std::optional<Error> m_refusal;
};

} // namespace oc::gui

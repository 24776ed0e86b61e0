#pragma once

// W-REAUTH's flow (my-account.md §4.4-§4.5, D.1): an authenticated account asks to change its
// owner (IndividualOwner), to become an enterprise (IndividualToEnterprise, the service
// ticket), to change its entity (EnterpriseEntity) or its name (EnterpriseName); the request
// waits for review within three working days while the old record stays valid (R-AUTH-10).
// Typed properties over the wizard's state, the branching by kind, the per-page messages
// (the uploads judged by contract/MaterialSlots, the table the services check) and the
// backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "contract/MaterialSlots.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

class ReauthFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId CONSTANT)

public:
    enum Page
    {
        KindPage,
        CurrentOwnerPage,
        IndividualPage,
        EnterprisePage,
        NamePage,
        ProgressPage,
        NoPage = -1
    };
    Q_ENUM(Page)

    static constexpr QLatin1StringView AccountIdKey{"accountId"};
    static constexpr QLatin1StringView KindKey{"kind"}; // ReviewKind as text
    // The new owner (IndividualOwner; the backend's error fields).
    static constexpr QLatin1StringView CertificateTypeKey{"certificateType"};
    static constexpr QLatin1StringView IssuingCountryKey{"issuingCountryRegion"};
    static constexpr QLatin1StringView FullNameKey{"fullName"};
    static constexpr QLatin1StringView CertificateNumberKey{"certificateNumber"};
    // The new enterprise; the backend's certificateNumber of an enterprise kind lands on the
    // registration number.
    static constexpr QLatin1StringView RegisteredAddressKey{"registeredAddress"};
    static constexpr QLatin1StringView EnterpriseNameKey{"enterpriseName"};
    static constexpr QLatin1StringView RegistrationNumberKey{"registrationNumber"};
    // R-AUTH-11 / R-AUTH-13: signed or stamped by both sides, sealed or signed.
    static constexpr QLatin1StringView DeclarationKey{"declaration"};
    // Learned (kept in a draft: a resumed wizard follows the submitted request).
    static constexpr QLatin1StringView AuthenticationIdKey{"authenticationId"};

    ReauthFlow(Backend *backend, const QString &accountId, QObject *parent = nullptr);

    QString accountId() const { return text(AccountIdKey); }
    ReviewKind kind() const;
    void setKind(ReviewKind kind);
    // The kinds the account's type allows (R-AUTH-5 wrongType), in the seed's order.
    QList<ReviewKind> allowedKinds() const;
    CertificateType certificateType() const;
    void setCertificateType(CertificateType type);
    void setIssuingCountryRegion(const QString &code) { setValue(IssuingCountryKey, code); }
    void setFullName(const QString &name) { setValue(FullNameKey, name); }
    void setCertificateNumber(const QString &number) { setValue(CertificateNumberKey, number); }
    void setRegisteredAddress(const QString &address) { setValue(RegisteredAddressKey, address); }
    void setEnterpriseName(const QString &name) { setValue(EnterpriseNameKey, name); }
    void setRegistrationNumber(const QString &number) { setValue(RegistrationNumberKey, number); }
    bool declaration() const { return flag(DeclarationKey); }
    void setDeclaration(bool signedOrStamped) { setValue(DeclarationKey, signedOrStamped); }

    // The uploads of the chosen kind (contract/MaterialSlots), and those a page shows.
    QList<MaterialSlotRule> slotRules() const;
    QStringList materialSlots() const;
    QStringList materialSlotsOf(Page page) const;
    static QStringList allMaterialSlots();
    // The rule a file of `slot` is judged under for the chosen kind.
    const char *fileRuleOf(const QString &slot) const;
    std::optional<MaterialUpload> material(const QString &slot) const;
    void setMaterial(const MaterialUpload &upload);

    // The page that shows `field` for the chosen kind (a refusal takes the wizard there).
    Page pageOf(const QString &field) const;

    // What the backend said: the account and its conditions (before anything else), the
    // current authentication, the submitted request.
    const std::optional<HuaweiAccountDetail> &account() const { return m_account; }
    const std::optional<AccountConditions> &conditions() const { return m_conditions; }
    const std::optional<AuthenticationRecord> &record() const { return m_record; }
    // The current registration number (an enterprise's approved record), which a name
    // change keeps (R-AUTH-13).
    QString currentRegistrationNumber() const { return m_currentNumber; }
    qint64 authenticationId() const { return value(AuthenticationIdKey).toLongLong(); }

    ReauthenticationRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // The account and its conditions: whether it may re-authenticate now and which kinds
    // (R-ACC-16, R-AUTH-5, R-AUTH-4, R-AUTH-11); a refusal lands on the kind page.
    QFuture<Status> loadAccount();
    // The submission; a refusal lands on its field (and takes the wizard to its page).
    QFuture<Status> submit();
    // The request as it stands now (the progress page; after the clock moved).
    QFuture<Status> refresh();

signals:
    void kindChanged();
    void accountLoaded();
    void materialChanged(const QString &slot);
    void recordChanged();

private:
    void judgeKind();
    Backend *m_backend;
    std::optional<HuaweiAccountDetail> m_account;
    std::optional<AccountConditions> m_conditions;
    std::optional<AuthenticationRecord> m_record;
    QString m_currentNumber;
    bool m_pendingRequest = false;
};

} // namespace oc::gui

#pragma once

// W-REAUTH's flow (my-account.md §4.4-§4.5, D.1): an authenticated account asks to change its
// owner (IndividualOwner), to become an enterprise (IndividualToEnterprise, the service
// ticket), to change its entity (EnterpriseEntity) or its name (EnterpriseName); the request
// waits for review within three working days while the old record stays valid (R-AUTH-10).
// Typed properties over the wizard's state, the branching by kind, the per-page messages
// (the uploads judged by contract/MaterialSlots, the table the services check) and the
// backend actions, without any widget.

#include "contract/MaterialSlots.h"
#include "gui/wizards/auth/AuthenticationRequestFlow.h"

namespace oc::gui {

class ReauthFlow : public AuthenticationRequestFlow
{
    Q_OBJECT

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

    // The new owner (IndividualOwner) and the new enterprise fill the certificate's keys
    // (AuthenticationRequestFlow); an enterprise kind's certificateNumber lands on the
    // registration number.
    static constexpr QLatin1StringView KindKey{"kind"}; // ReviewKind as text
    // R-AUTH-11 / R-AUTH-13: signed or stamped by both sides, sealed or signed.
    static constexpr QLatin1StringView DeclarationKey{"declaration"};

    ReauthFlow(Backend *backend, const QString &accountId, QObject *parent = nullptr);

    ReviewKind kind() const;
    void setKind(ReviewKind kind);
    // The kinds the account's type allows (R-AUTH-5 wrongType), in the seed's order.
    QList<ReviewKind> allowedKinds() const;
    bool declaration() const { return flag(DeclarationKey); }
    void setDeclaration(bool signedOrStamped) { setValue(DeclarationKey, signedOrStamped); }

    // The uploads of the chosen kind (contract/MaterialSlots), and those a page shows.
    QList<MaterialSlotRule> slotRules() const;
    QStringList materialSlots() const;
    QStringList materialSlotsOf(Page page) const;
    static QStringList allMaterialSlots();
    // The rule a file of `slot` is judged under for the chosen kind.
    const char *fileRuleOf(const QString &slot) const;

    // The page that shows `field` for the chosen kind (a refusal takes the wizard there).
    Page pageOf(const QString &field) const;

    // What the backend said besides the account and the submitted request: the account's
    // conditions (before anything else) and its current authentication.
    const std::optional<AccountConditions> &conditions() const { return m_conditions; }
    // The current registration number (an enterprise's approved record), which a name
    // change keeps (R-AUTH-13).
    QString currentRegistrationNumber() const { return m_currentNumber; }

    ReauthenticationRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // The account and its conditions: whether it may re-authenticate now and which kinds
    // (R-ACC-16, R-AUTH-5, R-AUTH-4, R-AUTH-11); a refusal lands on the kind page.
    QFuture<Status> loadAccount();

signals:
    void kindChanged();

protected:
    QFuture<Result<AuthenticationRecord>> sendRequest() const override;
    Error placeRefusal(Error refusal) override;

private:
    void judgeKind();
    std::optional<AccountConditions> m_conditions;
    QString m_currentNumber;
    bool m_pendingRequest = false;
};

} // namespace oc::gui

#pragma once

// W-BUY's flow (flows.md; seeds 000, 001, 002): what the operator chose, what was learned
// from the backend, which page is ready, and the backend actions, without any widget.
// Subscribe to the SaaS Edition, or buy stored-value cards by quantity (R-MKT-3); the buyer
// must be real-name authenticated (R-MKT-1).

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

namespace oc {
class Backend;
}

namespace oc::gui {

// The typed flow over the wizard's state: each property reads and writes its entry of the
// WizardState (so that drafts, per-field messages and the field binder keep working) and
// has its own change signal; the actions call the Backend, land what they learn in the
// properties and a refusal on its field, and report through the Status their future holds
// (the page shows progress and Retry from it).
class PurchaseFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY quantityChanged)
    Q_PROPERTY(
        bool termsAccepted READ termsAccepted WRITE setTermsAccepted NOTIFY termsAcceptedChanged)
    Q_PROPERTY(QString accountName READ accountName NOTIFY accountChecked)
    Q_PROPERTY(QString orderId READ orderId NOTIFY purchased)
    Q_PROPERTY(QString instanceId READ instanceId NOTIFY purchased)
    Q_PROPERTY(QString instanceStatus READ instanceStatus NOTIFY instanceStatusChanged)

public:
    enum Page
    {
        ProductPage,
        ConfirmPage,
        ResultPage
    };
    Q_ENUM(Page)

    // The state's keys (drafts keep them; the field binder binds widgets to them).
    static constexpr auto AccountIdKey = "accountId";
    static constexpr auto ProductKey = "product"; // ProductKind spelling
    static constexpr auto QuantityKey = "quantity";
    static constexpr auto TermsKey = "terms";

    explicit PurchaseFlow(Backend *backend, QObject *parent = nullptr);

    QString accountId() const;
    void setAccountId(const QString &accountId);
    ProductKind product() const;
    void setProduct(ProductKind product);
    // Cards: as chosen; a subscription is always one.
    int quantity() const;
    void setQuantity(int quantity);
    bool termsAccepted() const;
    void setTermsAccepted(bool accepted);
    // Cards: 100 CNY each (R-MKT-3); a subscription is pay per use (0 here).
    Fen amount() const;

    // Learned from the backend.
    std::optional<AuthStatus> authStatus() const;
    const std::optional<HuaweiAccount> &account() const { return m_account; }
    QString accountName() const { return m_account ? m_account->displayName() : QString(); }
    // Why the account looked up cannot buy (R-MKT-1 as core/PurchaseEligibility.h says:
    // not enabled, disabled, closed, not authenticated, frozen); nullopt when it can or
    // while it is not known.
    std::optional<Error> refusal() const;
    QString orderId() const;
    QString instanceId() const;
    QString instanceStatus() const { return m_instanceStatus; }
    // The order the last purchase paid without its instance yet (R-MKT-2 instancePending:
    // the server delivers the marketplace's call again, the instance appears by itself),
    // and that refusal; the confirmation is not ready again until another purchase is
    // chosen (account, product or quantity), so that it is not bought twice.
    QString pendingOrderId() const { return m_pendingOrderId; }
    std::optional<Error> pendingOrder() const;
    // The order an R-MKT-2 instancePending refusal names; empty for any other error.
    static QString pendingOrderOf(const Error &error);

    PurchaseRequest request() const;
    // The messages of a page's fields as the service would give them (R-MKT-1, R-MKT-3,
    // the terms), for early feedback.
    QList<Error> messages(int page) const override;
    // Whether the page's mandatory entries are there (Next enabled); what is wrong with
    // them is said when Next is pressed (messages()).
    bool isReady(int page) const override;

    // Looks the account up: its name, services and authentication status and a reseller's
    // freeze; one that cannot buy gets its R-MKT-1 refusal on accountId. A system failure is the
    // Status (nothing learned). A result for an account no longer chosen changes nothing.
    QFuture<Status> checkAccount();
    // The commit: the purchase as request() says. Done: orderId and instanceId (R-MKT-2:
    // provisioning). Refused: the Error, also set on its field.
    QFuture<Status> purchase();
    // R-MKT-2: the instance's status now (provisioning, then active).
    QFuture<Status> refreshInstanceStatus();

signals:
    void accountIdChanged();
    void productChanged();
    void quantityChanged();
    void termsAcceptedChanged();
    void accountChecked(const oc::Status &status);
    void purchased(const oc::Status &status);
    void instanceStatusChanged();

private:
    Backend *m_backend;
    std::optional<HuaweiAccount> m_account; // as last looked up
    QString m_frozenBy;                     // R-PTN-6: the reseller, when frozen
    QString m_instanceStatus;
    QString m_pendingOrderId;

    void forgetPendingOrder();
    // The refusal's field (the server names the marketplace, no field of this flow).
    static constexpr QLatin1StringView PendingOrderField{"marketplace"};
};

} // namespace oc::gui

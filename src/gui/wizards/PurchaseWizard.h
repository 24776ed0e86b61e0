#pragma once

// W-BUY — Subscribe to Guance SaaS Edition on KooGallery (flows.md; seeds 000, 001, 002):
// choose the account and product, confirm ("Purchase … SaaS Edition", terms), result with
// the order number; the same wizard buys stored-value cards by quantity (R-MKT-3).

#include "Wizard.h"
#include "WizardPage.h"
#include "WizardState.h"
#include "contract/BackendTypes.h"

#include <memory>

namespace Ui {
class PurchaseProductPage;
class PurchaseConfirmPage;
class PurchaseResultPage;
} // namespace Ui

class QButtonGroup;

namespace oc::gui {

class RecordPicker;

class PurchaseState : public WizardState
{
    Q_OBJECT
public:
    static constexpr auto AccountId = "accountId";
    static constexpr auto Product = "product"; // ProductKind spelling
    static constexpr auto Quantity = "quantity";
    static constexpr auto Terms = "terms";
    // Learned on the way (not typed):
    static constexpr auto AuthStatus = "accountAuthStatus";
    static constexpr auto AccountName = "accountName";
    static constexpr auto OrderId = "orderId";
    static constexpr auto InstanceId = "instanceId";

    explicit PurchaseState(QObject *parent = nullptr);

    QString accountId() const { return text(QString::fromLatin1(AccountId)); }
    ProductKind product() const;
    int quantity() const;
    Fen amount() const;
    bool isAuthenticated() const;
    PurchaseRequest request() const;
    // R-MKT-1 and R-MKT-3 as the service checks them, for early feedback.
    QList<Error> productPageErrors() const;
};

class PurchaseProductPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseProductPage(AppContext *context, PurchaseState *state, QWidget *parent = nullptr);
    ~PurchaseProductPage() override;
    RecordPicker *accountPicker() const { return m_picker; }

signals:
    void showAccountRequested(const QString &accountId);

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    void retranslatePage() override;
    void initializePage() override;

private:
    void loadAccount();
    void updateProduct();

    std::unique_ptr<Ui::PurchaseProductPage> m_ui;
    PurchaseState *m_purchase;
    RecordPicker *m_picker;
    QButtonGroup *m_productGroup;
};

class PurchaseConfirmPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseConfirmPage(AppContext *context, PurchaseState *state, QWidget *parent = nullptr);
    ~PurchaseConfirmPage() override;

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::PurchaseConfirmPage> m_ui;
    PurchaseState *m_purchase;
};

class PurchaseResultPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseResultPage(AppContext *context, PurchaseState *state, QWidget *parent = nullptr);
    ~PurchaseResultPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void refreshStatus();

    std::unique_ptr<Ui::PurchaseResultPage> m_ui;
    PurchaseState *m_purchase;
    QString m_instanceStatus;
};

class PurchaseWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ProductPage,
        ConfirmPage,
        ResultPage
    };
    static constexpr auto Name = "purchase";

    PurchaseWizard(AppContext *context, const QString &accountId, ProductKind product,
                   QWidget *parent = nullptr);

    PurchaseState *purchase() const { return m_purchase; }
    QString title() const override;

signals:
    // "Return to My Marketplace": show the purchased services of the account.
    void returnToMarketplace(const QString &accountId, const QString &orderId,
                             const QString &instanceId);
    void showAccountRequested(const QString &accountId);

private:
    PurchaseState *m_purchase;
};

} // namespace oc::gui

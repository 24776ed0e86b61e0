#pragma once

#include "PurchaseFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class PurchaseProductPage;
}

class QButtonGroup;

namespace oc::gui {

class RecordPicker;

// W-BUY page 1: the buying account (R-MKT-1) and the product (SaaS Edition, or cards by
// quantity, R-MKT-3). A view of PurchaseFlow.
class PurchaseProductPage : public WizardPage
{
    Q_OBJECT
public:
    PurchaseProductPage(AppContext *context, PurchaseFlow *flow, QWidget *parent = nullptr);
    ~PurchaseProductPage() override;
    RecordPicker *accountPicker() const { return m_picker; }

signals:
    // The help's link: "login" (D-LOGIN, to enable the services), "authenticate" (W-AUTH),
    // "review" (the review queue) or "account" (the account in the Huawei accounts view).
    void fixRequested(const QString &action, const QString &accountId);

protected:
    void retranslatePage() override;
    void initializePage() override;

private:
    void checkAccount();
    void showAccount();
    QString wayForward(const Error &refusal) const;
    void updateProduct();

    std::unique_ptr<Ui::PurchaseProductPage> m_ui;
    PurchaseFlow *m_flow;
    RecordPicker *m_picker;
    QButtonGroup *m_productGroup;
};

} // namespace oc::gui

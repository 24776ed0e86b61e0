#pragma once

#include "AuthFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class AuthReviewPage;
}

namespace oc::gui {

// W-AUTH page 3: what will be submitted, and Submit (R-AUTH-4: the request goes under review).
class AuthReviewPage : public WizardPage
{
    Q_OBJECT
public:
    AuthReviewPage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);
    ~AuthReviewPage() override;

    void initializePage() override;

protected:
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::AuthReviewPage> m_ui;
    AuthFlow *m_flow;
};

} // namespace oc::gui

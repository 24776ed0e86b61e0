#pragma once

// W-SIGNUP — Sign up for a HUAWEI ID and enable Huawei Cloud services (my-account.md §2,
// D.1). The flow is SignUpFlow (its nextPage() is the branching); the pages are views of
// it.

#include "SignUpFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class SignUpWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Account = SignUpFlow::SignUpPage,
        SecurityPhone = SignUpFlow::SecurityPhonePage,
        Enable = SignUpFlow::EnablePage,
        Mobile = SignUpFlow::MobilePage,
        Card = SignUpFlow::CardPage,
        Done = SignUpFlow::DonePage
    };
    static constexpr auto Name = "signUp";

    explicit SignUpWizard(AppContext *context, QWidget *parent = nullptr);

    SignUpFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;

signals:
    // Finished: the new HUAWEI ID (the main window shows it in the accounts list).
    void signedUp(const QString &accountId);

private:
    SignUpFlow *m_flow;
};

} // namespace oc::gui

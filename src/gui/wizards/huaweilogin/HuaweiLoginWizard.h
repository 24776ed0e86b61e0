#pragma once

#include "HuaweiLoginFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

// D-LOGIN "Sign in to Huawei Cloud" (my-account.md §3, D.2): HUAWEI ID or website account,
// the code and "Trust this browser?", the website account's binding on first use, and the
// Enable page of a not-enabled account (HuaweiLoginFlow).
class HuaweiLoginWizard : public Wizard
{
    Q_OBJECT
public:
    static constexpr auto Name = "huaweiLogin";
    enum PageId
    {
        SignIn = HuaweiLoginFlow::SignInPage,
        Code = HuaweiLoginFlow::CodePage,
        Trust = HuaweiLoginFlow::TrustPage,
        Bind = HuaweiLoginFlow::BindPage,
        Enable = HuaweiLoginFlow::EnablePage,
        Done = HuaweiLoginFlow::DonePage
    };

    // `identifier`: the HUAWEI ID to sign in with (prefilled), or empty.
    HuaweiLoginWizard(AppContext *context, const QString &identifier, QWidget *parent = nullptr);

    HuaweiLoginFlow *flow() const { return m_flow; }
    int nextId() const override;
    QString title() const override;

signals:
    void signedIn(const QString &accountId);

protected:
    // What the backend said is not in a draft: a resumed sign-in starts again at page 1
    // with what was typed (never the passwords or codes' answers).
    QString draftPage() const override { return pageName(SignIn); }

private:
    HuaweiLoginFlow *m_flow;
};

} // namespace oc::gui

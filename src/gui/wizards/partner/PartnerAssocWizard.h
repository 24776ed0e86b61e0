#pragma once

// W-PARTNER-ASSOC — Associate with a Partner (my-account.md §6.1, D.1; R-PTN-1, R-PTN-3..6),
// from a partner's invitation link or token (MainWindow::openPartnerWizard, My Partner's
// invitation). The flow is PartnerAssocFlow; the pages are views of it.

#include "PartnerAssocFlow.h"
#include "gui/wizards/Wizard.h"

namespace oc::gui {

class PartnerAssocWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Token = PartnerAssocFlow::TokenPage,
        Instructions = PartnerAssocFlow::InstructionsPage,
        Register = PartnerAssocFlow::RegisterPage,
        Login = PartnerAssocFlow::LoginPage,
        Enable = PartnerAssocFlow::EnablePage,
        Finish = PartnerAssocFlow::FinishPage
    };
    static constexpr auto Name = "partnerAssociation";

    // `link`: an invitation link or token to start with (empty: pasted on the first page).
    PartnerAssocWizard(AppContext *context, const QString &link = {}, QWidget *parent = nullptr);

    PartnerAssocFlow *flow() const { return m_flow; }
    QString title() const override;
    int nextId() const override;
    // The associated account (empty before Enable succeeded).
    QString accountId() const;
    // After accept(): "Associated with the partner X. ..."
    QString successMessage() const;

    // Once associated, closing the window finishes the wizard (nothing is left to resume).
    void reject() override;

signals:
    // Enable succeeded: `accountId` is associated (the wizard is still on its last page).
    void partnerAssociated(const QString &accountId);

protected:
    // An association is not resumed: a wizard interrupted after Enable starts again.
    QString draftPage() const override;

private:
    PartnerAssocFlow *m_flow;
};

} // namespace oc::gui

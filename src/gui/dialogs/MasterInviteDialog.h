#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MasterInviteDialog;
}

namespace oc::gui {

class AppContext;

// The operator acting as the master account invites an existing account to become its member
// (my-account.md §7.1, D.2 "Operator act as: Master"; R-MST-2: only the master starts an
// association): the member's account ID (R-ID-1, checked as typed before it is sent) and the
// accounting mode, unified or independent. OK invites through the backend (inviteMember); a
// refusal — the master not an enterprise account with Enterprise Center, a Cloud Solution
// Provider, the member already linked (R-MST-2) — lands next to what it concerns.
class MasterInviteDialog : public QDialog
{
    Q_OBJECT
public:
    // `master`: the account shown, which acts as the master.
    MasterInviteDialog(AppContext *context, const HuaweiAccountDetail &master,
                       QWidget *parent = nullptr);
    ~MasterInviteDialog() override;

    // After accept(): "X was invited to become a member account ..."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void hideErrors();
    void showAccountingHint();
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::MasterInviteDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_master;
    QString m_successMessage;
};

} // namespace oc::gui

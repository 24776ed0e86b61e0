#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HuaweiIdManageDialog;
}

namespace oc::gui {

class AppContext;
class FieldBinder;
class WizardState;

// D-HWID-MANAGE (my-account.md D.2, §5.1, §5.3): "Account & security" of the HUAWEI ID, from
// Manage next to HUAWEI ID Information. The login ID, with its one change (R-ACC-8: once
// changed, the dialog says when and the change is disabled); the password, masked, with
// "Change password…", which opens D-PASSWORD on top; the security phone and the email
// address, masked and read-only. Changing the login ID is the dialog's OK: it closes once the
// backend took the new login ID; Close leaves without a change.
class HuaweiIdManageDialog : public QDialog
{
    Q_OBJECT
public:
    HuaweiIdManageDialog(AppContext *context, const HuaweiAccountDetail &detail,
                         QWidget *parent = nullptr);
    ~HuaweiIdManageDialog() override;

    // After accept(): "The login ID was changed to …."
    QString successMessage() const { return m_successMessage; }
    // The account as the backend returned it after the change (after accept()).
    std::optional<HuaweiAccount> changedAccount() const { return m_result; }

    // Changes the login ID to the one entered.
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openPasswordDialog();
    void showPageError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::HuaweiIdManageDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    WizardState *m_state;
    FieldBinder *m_binder;
    QString m_passwordMessage;
    QString m_successMessage;
    std::optional<HuaweiAccount> m_result;
};

} // namespace oc::gui

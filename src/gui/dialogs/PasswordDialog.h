#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace oc::gui {

class AppContext;
class CodeField;
class FieldBinder;
class WizardState;

// D-PASSWORD (my-account.md §5.1, D.2): the HUAWEI ID's password, two ways. "Change
// password": the current password and a new one twice (R-ACC-2, its rule under the new
// password); a wrong current password is refused next to it. "Forgot password": a code sent
// to the HUAWEI ID's security phone or email (only the bound ones offered, shown masked),
// then a new password twice (R-ACC-20). An IAM user's way is only pointed at (R-ACC-20: with
// no email and no mobile number it asks the administrator). Passwords are masked and never
// logged nor kept in a draft. OK runs the open way through the backend; the dialog closes only
// once the change is taken.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(AppContext *context, const HuaweiAccountDetail &detail,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // The translated sentence to show after OK ("The password was changed."); empty before.
    QString successMessage() const { return m_successMessage; }

    // "138****0320" / "i***@example.com": where a code goes, as the console shows it (the
    // login code page's masking).
    static QString maskedDestination(const QString &destination, Channel channel);

    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool resetting() const;
    void changePassword();
    void resetPassword();
    // A refusal next to its field when this way has one, else under the tabs.
    void showRefusal(WizardState *state, FieldBinder *binder, const Error &error);
    void showPageError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_account;
    CodeField *m_code;
    WizardState *m_change;
    FieldBinder *m_changeBinder;
    WizardState *m_reset;
    FieldBinder *m_resetBinder;
    QString m_successMessage;
};

} // namespace oc::gui

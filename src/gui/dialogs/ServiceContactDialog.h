#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServiceContactDialog;
}

class QPushButton;

namespace oc::gui {

class AppContext;
class CodeField;
class FieldBinder;
class WizardState;

// D-SERVICE-CONTACT (my-account.md §5.6, §5.7, D.2; R-ACC-14): binds or changes the service
// mobile number, or changes the service email address, in two verified steps. Step 1 verifies
// identity with a code sent by SMS to the HUAWEI ID's mobile number (its security phone) or by
// email to its email address; Next checks the code early (checkCode), so that a wrong one is
// refused next to it before going on. Step 2 takes the new value (R-ACC-4 / R-ACC-1) and the
// code sent to it; OK changes it through the backend with both codes, which journals it and,
// while the account's CTS is on, leaves a changePhone / changeEmail trace (R-AUD-2). Back keeps
// every entry; a refusal of either code lands on its own step.
class ServiceContactDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        VerifyIdentity = 0,
        NewValue = 1
    };

    ServiceContactDialog(AppContext *context, const HuaweiAccountDetail &detail,
                         ServiceContact contact, QWidget *parent = nullptr);
    ~ServiceContactDialog() override;

    Step step() const;
    // After accept(): "The mobile number was changed." / "The email address was changed."
    QString successMessage() const { return m_successMessage; }
    // The account as the backend returned it after the change (after accept()).
    std::optional<HuaweiAccount> changedAccount() const { return m_result; }

    // Next on step 1 (checks its code), OK on step 2 (the change).
    void accept() override;
    void back();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void next();
    void change();
    void showStep(Step step);
    void setBusy(bool busy);
    // A refusal next to its field (on that field's step), else under the steps.
    void showRefusal(Error error);
    void showPageError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::ServiceContactDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_account;
    ServiceContact m_contact;
    WizardState *m_state;
    FieldBinder *m_binder;
    CodeField *m_identityCode;
    CodeField *m_newCode;
    QPushButton *m_nextButton;
    QPushButton *m_okButton;
    QString m_successMessage;
    std::optional<HuaweiAccount> m_result;
};

} // namespace oc::gui

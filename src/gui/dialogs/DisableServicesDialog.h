#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DisableServicesDialog;
}

class QPushButton;

namespace oc::gui {

class AppContext;
class ClosingCheckView;
class CodeField;
class FieldBinder;
class WizardState;

// D-DISABLE, Disable Huawei Cloud Services (my-account.md §5.11.2 Disable, D.2; R-CLS-5), in
// two steps: a code sent to the HUAWEI ID's mobile number or email (checked early by Next, not
// used up), then the service check result as it stands now (closingCheck, not stored) and the
// acknowledgement "I understand that all data will be automatically deleted ..." → OK disables
// the services through the backend: from 24 hours after closing, within retention, with
// nothing owed. Afterwards no login and no restore; the HUAWEI ID itself remains. Back keeps
// every entry; a refusal lands next to its field on its step, others under the steps.
class DisableServicesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        VerifyStep = 0,
        ResultStep = 1
    };

    DisableServicesDialog(AppContext *context, const HuaweiAccountDetail &detail,
                          QWidget *parent = nullptr);
    ~DisableServicesDialog() override;

    Step step() const;
    // After accept(): "Huawei Cloud services were disabled. ..."
    QString successMessage() const { return m_successMessage; }

    // Next on step 1 (checks the code, then runs the checks), OK on step 2 (disables).
    void accept() override;
    void back();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void next();
    void disable();
    void showStep(Step step);
    void setBusy(bool busy);
    void showRefusal(Error error);
    void retranslate();

    std::unique_ptr<Ui::DisableServicesDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_account;
    WizardState *m_state;
    FieldBinder *m_binder;
    CodeField *m_code;
    ClosingCheckView *m_check;
    QPushButton *m_nextButton;
    QPushButton *m_okButton;
    QString m_successMessage;
};

} // namespace oc::gui

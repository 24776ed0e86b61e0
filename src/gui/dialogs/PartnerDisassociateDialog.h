#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PartnerDisassociateDialog;
}

class QPushButton;

namespace oc::gui {

class AppContext;
class CodeField;
class FieldBinder;
class WizardState;

// D-PARTNER-DISASSOC, More Operations > Disassociate on My Partner (my-account.md §6.2 /
// §6.2.1, D.2; R-PTN-2, R-PTN-7), in four steps: (1) the check as it stands now
// (partnerDisassociationCheck) with every failed condition in words and what to do, Check
// again after fixing them, and the limit of one request per 3 months with its date; (2) the
// statement "I understand the preceding statement and confirm to disassociate from the partner
// account" → Disassociate; (3) the SMS code to the service mobile number (or the security
// phone) → OK submits the request; (4) "Application submitted": the request waits for the
// partner, who processes it; the customer is notified. Back keeps every entry; a refusal lands
// next to its field on its step, others under the steps.
class PartnerDisassociateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        CheckStep = 0,
        StatementStep = 1,
        CodeStep = 2,
        DoneStep = 3
    };

    PartnerDisassociateDialog(AppContext *context, const HuaweiAccountDetail &detail,
                              QWidget *parent = nullptr);
    ~PartnerDisassociateDialog() override;

    Step step() const;
    const std::optional<PartnerDisassociationCheck> &check() const { return m_check; }
    // Where the SMS code goes: the service mobile number, else the security phone (empty: none).
    QString mobile() const;
    // Once submitted (step 4): "Your application to disassociate ... was submitted ..."
    QString successMessage() const { return m_successMessage; }

    // Next on step 1, Disassociate on step 2, OK on step 3, Close on step 4.
    void accept() override;
    void back();
    // Runs the check again (step 1).
    void checkAgain();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submitRequest();
    void showStep(Step step);
    void showCheck();
    void setBusy(bool busy);
    void showRefusal(Error error);
    void retranslate();

    std::unique_ptr<Ui::PartnerDisassociateDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    WizardState *m_state;
    FieldBinder *m_binder;
    CodeField *m_code;
    QPushButton *m_nextButton;
    QPushButton *m_disassociateButton;
    QPushButton *m_okButton;
    QPushButton *m_closeButton;
    std::optional<PartnerDisassociationCheck> m_check;
    bool m_checking = false;
    QString m_successMessage;
};

} // namespace oc::gui

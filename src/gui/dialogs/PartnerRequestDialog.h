#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PartnerRequestDialog;
}

namespace oc::gui {

class AppContext;

// The operator acting as the partner asks to disassociate from the customer, with a reason
// (my-account.md §6.2.1 "Other operations", D.2 "act as partner"; R-PTN-7): the customer then
// sees the Process banner on My Partner and answers (D-PARTNER-PROCESS).
class PartnerRequestDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerRequestDialog(AppContext *context, const HuaweiAccountDetail &detail,
                         QWidget *parent = nullptr);
    ~PartnerRequestDialog() override;

    // After accept(): "The partner's request ... waits for the customer."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::PartnerRequestDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    QString m_successMessage;
};

} // namespace oc::gui

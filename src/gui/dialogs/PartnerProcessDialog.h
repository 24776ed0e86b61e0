#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PartnerProcessDialog;
}

class QButtonGroup;

namespace oc::gui {

class AppContext;

// D-PARTNER-PROCESS (my-account.md §6.2.1 "Other operations", D.2; R-PTN-7): the partner's
// request to disassociate, with its reason and when it came; the customer agrees (the
// association ends) or refuses (it goes on). Opened by My Partner's Process banner.
class PartnerProcessDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerProcessDialog(AppContext *context, const HuaweiAccountDetail &detail,
                         QWidget *parent = nullptr);
    ~PartnerProcessDialog() override;

    // After accept(): "You agreed: ..." or "You refused: ..."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::PartnerProcessDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    QButtonGroup *m_answer;
    QString m_successMessage;
};

} // namespace oc::gui

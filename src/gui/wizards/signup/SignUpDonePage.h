#pragma once

#include "SignUpFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class SignUpDonePage;
}

class QLineEdit;
class QPushButton;

namespace oc::gui {

// W-SIGNUP's last page: the new Account ID (copy), what was set up, and the next step (real-name
// authentication).
class SignUpDonePage : public WizardPage
{
    Q_OBJECT
public:
    SignUpDonePage(AppContext *context, SignUpFlow *flow, QWidget *parent = nullptr);
    ~SignUpDonePage() override;

    void initializePage() override;

protected:
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::SignUpDonePage> m_ui;
    SignUpFlow *m_flow;
    void showAccount();
    QLineEdit *m_accountId;
    QPushButton *m_copy;
};

} // namespace oc::gui

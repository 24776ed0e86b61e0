#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ActivatedPage;
}

class QTableWidget;

namespace oc::gui {

// W-LOGIN's last page: "Activated successfully" (after binding) or, `direct`, "Logged in
// directly" (the Huawei Cloud account was linked already, R-FC-2).
class ActivatedPage : public WizardPage
{
    Q_OBJECT
public:
    ActivatedPage(AppContext *context, LoginFlow *flow, bool direct, QWidget *parent = nullptr);
    ~ActivatedPage() override;

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    void reload();
    void showRows(const QList<std::pair<QString, QString>> &rows);

    std::unique_ptr<Ui::ActivatedPage> m_ui;
    LoginFlow *m_flow;
    bool m_direct;
    QTableWidget *m_bound;
};

} // namespace oc::gui

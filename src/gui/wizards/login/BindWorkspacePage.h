#pragma once

#include "LoginFlow.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class BindWorkspacePage;
}

class QTableWidget;

namespace oc::gui {

// W-LOGIN page 6: bind existing workspaces of the fee-center account, or create one.
class BindWorkspacePage : public WizardPage
{
    Q_OBJECT
public:
    BindWorkspacePage(AppContext *context, LoginFlow *flow, QWidget *parent = nullptr);
    ~BindWorkspacePage() override;
    QTableWidget *table() const { return m_table; }

protected:
    void initializePage() override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void reload();
    void showWorkspaces();
    void bindSelected();
    void bind(const QString &workspaceId);
    void createWorkspace();

    std::unique_ptr<Ui::BindWorkspacePage> m_ui;
    LoginFlow *m_flow;
    QTableWidget *m_table;
};

} // namespace oc::gui

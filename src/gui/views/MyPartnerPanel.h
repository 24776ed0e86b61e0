#pragma once

#include "contract/BackendTypes.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDialog;

namespace Ui {
class MyPartnerPanel;
}

namespace oc::gui {

class AppContext;

// My Partner (my-account.md §6.2.1, D.3; R-PTN-1, R-PTN-2, R-PTN-7), the account detail's tab:
// the partner as the customer sees it — Enterprise Name, Cooperation Status, Enterprise
// Information, Website, Associated, Perform Operations on Customers' Behalf, Protocol Content,
// the Contact Information cards —, a banner while the account is frozen (the monthly budget's
// state), a Process banner when the partner asked to disassociate (D-PARTNER-PROCESS), the
// customer's own pending request, and More Operations: Disassociate (D-PARTNER-DISASSOC) and
// Operation Log. "No partner association" when there is none. The operator's "Act as the
// Partner" group (simulation) creates invitations, sets the monthly budget, asks to
// disassociate and agrees to or refuses the customer's request.
class MyPartnerPanel : public QWidget
{
    Q_OBJECT
public:
    MyPartnerPanel(AppContext *context, QWidget *parent = nullptr);
    ~MyPartnerPanel() override;

    // Shows `detail`'s partner association (the account the view shows).
    void setDetail(const HuaweiAccountDetail &detail);
    const std::optional<HuaweiAccountDetail> &detail() const { return m_detail; }

signals:
    // Something changed `accountId` (a dialog, the operator's answer): the view reads it again
    // and shows `message` above its details.
    void changed(const QString &accountId, const QString &message);
    // "Associate with This Invitation…" of a new invitation: W-PARTNER-ASSOC with `link`
    // (MainWindow::openPartnerWizard). When nothing is connected, the panel starts the wizard
    // itself and reports its account through changed().
    void partnerWizardRequested(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderContacts();
    void retranslate();
    // Opens `dialog` (deleted on close); once it reports a success sentence, changed().
    void watch(QDialog *dialog, std::function<QString()> successMessage);
    void openInvitation();
    void openWizard(const QString &link);
    void answerCustomerRequest(bool agree);

    std::unique_ptr<Ui::MyPartnerPanel> m_ui;
    AppContext *m_context;
    std::optional<HuaweiAccountDetail> m_detail;
    bool m_answering = false;
};

} // namespace oc::gui

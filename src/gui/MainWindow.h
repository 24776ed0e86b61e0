#pragma once

#include "contract/BackendTypes.h"
#include "core/Domain.h"
#include "widgets/OnboardingMap.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace oc::gui {

class AppContext;
class CloseResourceDialog;
class LoginWizard;
class RechargeWizard;
class SettlementWizard;
class OrganizationWizard;
class PurchaseWizard;
class RegistrationWizard;
class SignUpWizard;
class HuaweiLoginWizard;
class AuthWizard;
class ReauthWizard;
class CloseWizard;
class PartnerAssocWizard;
class ReviewQueueView;
class HomeView;
class HuaweiAccountsView;
class MarketplaceView;
class JointOperationsView;
class BillingCenterView;
class OutboxView;
class JournalView;

// The console's main window: navigation between the views, the demo clock, language
// switching, and window state kept across runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Home,
        HuaweiAccounts,
        Marketplace,
        JointOperations,
        BillingCenter,
        Outbox,
        Journal,
        ReviewQueue // Huawei's side of real-name authentication (R-AUTH-4)
    };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page);
    // Benchmarks: quit the application right after the first paint of this window.
    void setQuitAfterFirstPaint(bool quit);
    // Shows what the backend says about itself (BackendInfo): the demo menu and toolbar
    // for a demo, and in the status bar the database or the server and operator. Done when
    // the window is built and again once the backend is open (a server tells whether it
    // is a demo only then).
    void showBackendInfo();

    // The wizards (window-modal); returned so that tests can drive them.
    SignUpWizard *openSignUpWizard();
    // D-LOGIN, the identifier prefilled (a login ID, email, ...; empty: typed).
    HuaweiLoginWizard *openHuaweiLoginWizard(const QString &identifier);
    void openLoginFor(const QString &accountId);
    AuthWizard *openAuthWizard(const QString &accountId);
    // W-REAUTH: change the authentication of an authenticated account.
    ReauthWizard *openReauthWizard(const QString &accountId);
    // W-CLOSE for an account whose services are enabled (my-account.md §5.11.2).
    CloseWizard *openCloseWizard(const QString &accountId);
    // W-PARTNER-ASSOC from a partner's invitation link or token (my-account.md §6.1; empty:
    // pasted on its first page); the associated account is shown afterwards.
    PartnerAssocWizard *openPartnerWizard(const QString &token = {});
    PurchaseWizard *openPurchaseWizard(const QString &accountId, ProductKind product);
    RegistrationWizard *openRegistrationWizard(const QString &huaweiAccountId);
    OrganizationWizard *openOrganizationWizard(const QString &ownerAccountId);
    LoginWizard *openLoginWizard(const QString &loginName);
    SettlementWizard *openSettlementWizard(const QString &workspaceId);
    RechargeWizard *openRechargeWizard(qint64 feeCenterAccountId);
    // W-CANCEL; and R-SET-6 after a confirmation.
    CloseResourceDialog *openCloseResource(const QString &instanceId);
    void unlockWorkspace(const QString &workspaceId, const QString &name);

    // The views are built when first shown (a fast start); these build them if needed.
    HomeView *homeView();
    HuaweiAccountsView *huaweiAccountsView();
    MarketplaceView *marketplaceView();
    JointOperationsView *jointOperationsView();
    BillingCenterView *billingCenterView();
    OutboxView *outboxView();
    JournalView *journalView();
    ReviewQueueView *reviewQueueView();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateBackendLabel();
    void advanceClock(ClockStep step);
    void resetDemo();
    void refreshClock();
    void updateClockLabel();
    void openStep(OnboardingStep step, const QString &accountId);
    void showAbout();
    void showTourChooser();
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext *m_context;
    QWidget *ensurePage(Page page);
    QWidget *createPage(Page page);

    HomeView *m_home = nullptr;
    HuaweiAccountsView *m_accounts = nullptr;
    MarketplaceView *m_marketplace = nullptr;
    JointOperationsView *m_jointOperations = nullptr;
    BillingCenterView *m_billing = nullptr;
    OutboxView *m_outbox = nullptr;
    JournalView *m_journal = nullptr;
    ReviewQueueView *m_reviewQueue = nullptr;
    QByteArray m_accountsSplitter; // restored when the accounts view is built
    QLabel *m_clockLabel;
    QLabel *m_databaseLabel;
    QList<QAction *> m_goActions;
    QAction *m_partnerAction = nullptr; // File > Associate with a Partner…
    bool m_quitAfterFirstPaint = false;
};

} // namespace oc::gui

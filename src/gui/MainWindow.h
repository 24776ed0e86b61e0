#pragma once

#include "services/BackendTypes.h"
#include "widgets/OnboardingMap.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace oc::gui {

class AppContext;
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
    enum class Page { Home, HuaweiAccounts, Marketplace, JointOperations, BillingCenter, Outbox, Journal };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    // Benchmarks: quit the application right after the first paint of this window.
    void setQuitAfterFirstPaint(bool quit);

    HomeView *homeView() const { return m_home; }
    HuaweiAccountsView *huaweiAccountsView() const { return m_accounts; }
    MarketplaceView *marketplaceView() const { return m_marketplace; }
    JointOperationsView *jointOperationsView() const { return m_jointOperations; }
    BillingCenterView *billingCenterView() const { return m_billing; }
    OutboxView *outboxView() const { return m_outbox; }
    JournalView *journalView() const { return m_journal; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void advanceClock(ClockStep step);
    void resetDemo();
    void refreshClock();
    void updateClockLabel();
    void openStep(OnboardingStep step, const QString &accountId);
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext *m_context;
    HomeView *m_home;
    HuaweiAccountsView *m_accounts;
    MarketplaceView *m_marketplace;
    JointOperationsView *m_jointOperations;
    BillingCenterView *m_billing;
    OutboxView *m_outbox;
    JournalView *m_journal;
    QLabel *m_clockLabel;
    QLabel *m_databaseLabel;
    QList<QAction *> m_goActions;
    bool m_quitAfterFirstPaint = false;
};

} // namespace oc::gui

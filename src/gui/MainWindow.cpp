#include "MainWindow.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Dialogs.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "LanguageManager.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "dialogs/CloseResourceDialog.h"
#include "tour/TourChooserDialog.h"
#include "ui_MainWindow.h"
#include "views/BillingCenterView.h"
#include "views/HomeView.h"
#include "views/HuaweiAccountsView.h"
#include "views/JointOperationsView.h"
#include "views/JournalView.h"
#include "views/MarketplaceView.h"
#include "views/OutboxView.h"
#include "views/ReviewQueueView.h"
#include "widgets/RecordPicker.h"
#include "wizards/auth/AuthWizard.h"
#include "wizards/close/CloseWizard.h"
#include "wizards/huaweilogin/HuaweiLoginWizard.h"
#include "wizards/login/LoginWizard.h"
#include "wizards/organization/OrganizationWizard.h"
#include "wizards/partner/PartnerAssocWizard.h"
#include "wizards/purchase/PurchaseWizard.h"
#include "wizards/reauth/ReauthWizard.h"
#include "wizards/recharge/RechargeWizard.h"
#include "wizards/registration/RegistrationWizard.h"
#include "wizards/settlement/SettlementWizard.h"
#include "wizards/signup/SignUpWizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace oc::gui {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);

    // Placeholders; each view is built the first time it is shown.
    for (int page = 0; page <= int(Page::ReviewQueue); ++page) {
        m_ui->pages->addWidget(new QWidget(m_ui->pages));
        auto *item = new QListWidgetItem(m_ui->navigation);
        item->setSizeHint(QSize(0, m_ui->navigation->fontMetrics().height() + 16));
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_goActions.size())));
        const int index = int(m_goActions.size());
        connect(go, &QAction::triggered, this, [this, index] { showPage(Page(index)); });
        m_ui->menuGo->addAction(go);
        m_goActions.append(go);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(Page(row));
        m_ui->pages->setCurrentIndex(row);
    });
    // An item selected otherwise than by moving the current one (an assistive tool's
    // "select" on the item) switches the view too.
    connect(m_ui->navigation, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_ui->navigation->selectedItems();
        if (!selected.isEmpty())
            m_ui->navigation->setCurrentItem(selected.first());
    });
    m_ui->navigation->setCurrentRow(0);

    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("demoClockLabel"));
    m_clockLabel->setContentsMargins(6, 0, 10, 0);
    exposeLabelValue(m_clockLabel);
    m_ui->demoToolBar->addWidget(m_clockLabel);
    const QList<std::pair<QAction *, ClockStep>> steps = {
        {m_ui->actionAdvanceMinute, ClockStep::Minute},
        {m_ui->actionAdvanceHour, ClockStep::Hour},
        {m_ui->actionAdvanceDay, ClockStep::Day},
        {m_ui->actionAdvanceWorkingDays, ClockStep::ThreeWorkingDays},
        {m_ui->actionAdvanceMonth, ClockStep::Month},
        {m_ui->actionAdvance90Days, ClockStep::NinetyDays},
    };
    for (const auto &[action, step] : steps) {
        m_ui->demoToolBar->addAction(action);
        connect(action, &QAction::triggered, this, [this, step = step] { advanceClock(step); });
    }
    m_ui->demoToolBar->addSeparator();
    m_ui->demoToolBar->addAction(m_ui->actionResetDemo);
    connect(m_ui->actionResetDemo, &QAction::triggered, this, &MainWindow::resetDemo);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // W-PARTNER-ASSOC needs no account selected: a new HUAWEI ID may register through it.
    m_partnerAction = new QAction(this);
    m_partnerAction->setObjectName(QStringLiteral("actionAssociatePartner"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_partnerAction);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_partnerAction, &QAction::triggered, this, [this] { openPartnerWizard(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionGuidedTour, &QAction::triggered, this, &MainWindow::showTourChooser);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionEnglish);
    languages->addAction(m_ui->actionChinese);
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { m_context->language()->setLanguage(QStringLiteral("en")); });
    connect(m_ui->actionChinese, &QAction::triggered, this,
            [this] { m_context->language()->setLanguage(QStringLiteral("zh_CN")); });

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_ui->statusBar->addPermanentWidget(m_databaseLabel);

    showBackendInfo();

    connect(context, &AppContext::clockChanged, this, &MainWindow::updateClockLabel);
    connect(context->backend(), &Backend::failed, this, [this](const Error &error) {
        const bool remote = m_context->backend()->info().kind == u"remote";
        m_context->dialogs()->warn(this, remote ? tr("Server") : tr("Database"),
                                   ErrorText::message(error, m_context->brand()));
    });
    connect(context, &AppContext::brandChanged, this, &MainWindow::retranslate);
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateClockLabel);
    tick->start();

    retranslate();
    refreshClock();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

QWidget *MainWindow::pageWidget(Page page)
{
    return ensurePage(page);
}

QWidget *MainWindow::ensurePage(Page page)
{
    const QList<QWidget *> built = {m_home,    m_accounts, m_marketplace, m_jointOperations,
                                    m_billing, m_outbox,   m_journal,     m_reviewQueue};
    if (QWidget *view = built.at(int(page)))
        return view;
    QWidget *current = m_ui->pages->widget(int(page));
    QWidget *view = createPage(page);
    const bool wasCurrent = m_ui->pages->currentIndex() == int(page);
    m_ui->pages->insertWidget(int(page), view);
    m_ui->pages->removeWidget(current);
    current->deleteLater();
    if (wasCurrent)
        m_ui->pages->setCurrentIndex(int(page));
    return view;
}

QWidget *MainWindow::createPage(Page page)
{
    switch (page) {
    case Page::Home:
        m_home = new HomeView(m_context, this);
        m_home->setObjectName(QStringLiteral("homeView"));
        connect(m_home, &HomeView::stepActivated, this, &MainWindow::openStep);
        return m_home;
    case Page::HuaweiAccounts:
        m_accounts = new HuaweiAccountsView(m_context, this);
        m_accounts->setObjectName(QStringLiteral("huaweiAccountsView"));
        m_accounts->restoreState(m_accountsSplitter);
        connect(m_accounts, &HuaweiAccountsView::purchaseRequested, this,
                [this](const QString &accountId) {
                    openPurchaseWizard(accountId, ProductKind::Subscription);
                });
        connect(m_accounts, &HuaweiAccountsView::signUpRequested, this,
                &MainWindow::openSignUpWizard);
        connect(m_accounts, &HuaweiAccountsView::signInRequested, this,
                &MainWindow::openHuaweiLoginWizard);
        connect(m_accounts, &HuaweiAccountsView::authenticateRequested, this,
                &MainWindow::openAuthWizard);
        connect(m_accounts, &HuaweiAccountsView::reauthenticateRequested, this,
                &MainWindow::openReauthWizard);
        connect(m_accounts, &HuaweiAccountsView::closeServicesRequested, this,
                &MainWindow::openCloseWizard);
        connect(m_accounts, &HuaweiAccountsView::partnerWizardRequested, this,
                [this](const QString &link) { openPartnerWizard(link); });
        return m_accounts;
    case Page::Marketplace:
        m_marketplace = new MarketplaceView(m_context, this);
        connect(m_marketplace, &MarketplaceView::closeResourceRequested, this,
                &MainWindow::openCloseResource);
        connect(m_marketplace, &MarketplaceView::purchaseRequested, this,
                &MainWindow::openPurchaseWizard);
        return m_marketplace;
    case Page::JointOperations:
        m_jointOperations = new JointOperationsView(m_context, this);
        connect(m_jointOperations, &JointOperationsView::organizationWizardRequested, this,
                &MainWindow::openOrganizationWizard);
        return m_jointOperations;
    case Page::BillingCenter:
        m_billing = new BillingCenterView(m_context, this);
        connect(m_billing, &BillingCenterView::registrationRequested, this,
                [this] { openRegistrationWizard({}); });
        connect(m_billing, &BillingCenterView::settlementWizardRequested, this,
                &MainWindow::openSettlementWizard);
        connect(m_billing, &BillingCenterView::rechargeWizardRequested, this,
                &MainWindow::openRechargeWizard);
        connect(m_billing, &BillingCenterView::unlockRequested, this, &MainWindow::unlockWorkspace);
        return m_billing;
    case Page::Outbox:
        m_outbox = new OutboxView(m_context, this);
        return m_outbox;
    case Page::Journal:
        m_journal = new JournalView(m_context, this);
        return m_journal;
    case Page::ReviewQueue:
        m_reviewQueue = new ReviewQueueView(m_context, this);
        m_reviewQueue->setObjectName(QStringLiteral("reviewQueueView"));
        return m_reviewQueue;
    }
    return nullptr;
}

HomeView *MainWindow::homeView()
{
    ensurePage(Page::Home);
    return m_home;
}

HuaweiAccountsView *MainWindow::huaweiAccountsView()
{
    ensurePage(Page::HuaweiAccounts);
    return m_accounts;
}

MarketplaceView *MainWindow::marketplaceView()
{
    ensurePage(Page::Marketplace);
    return m_marketplace;
}

JointOperationsView *MainWindow::jointOperationsView()
{
    ensurePage(Page::JointOperations);
    return m_jointOperations;
}

BillingCenterView *MainWindow::billingCenterView()
{
    ensurePage(Page::BillingCenter);
    return m_billing;
}

OutboxView *MainWindow::outboxView()
{
    ensurePage(Page::Outbox);
    return m_outbox;
}

JournalView *MainWindow::journalView()
{
    ensurePage(Page::Journal);
    return m_journal;
}

ReviewQueueView *MainWindow::reviewQueueView()
{
    ensurePage(Page::ReviewQueue);
    return m_reviewQueue;
}

void MainWindow::setQuitAfterFirstPaint(bool quit)
{
    m_quitAfterFirstPaint = quit;
    if (quit)
        installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Paint && m_quitAfterFirstPaint) {
        m_quitAfterFirstPaint = false;
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("%1 Onboarding Console").arg(m_context->brand()));
    const QStringList titles = {
        tr("Home"),           tr("Huawei accounts"), tr("Marketplace"), tr("Joint Operations"),
        tr("Billing Center"), tr("Outbox"),          tr("Journal"),     tr("Review queue")};
    for (int i = 0; i < titles.size(); ++i) {
        m_ui->navigation->item(i)->setText(titles.at(i));
        m_goActions.at(i)->setText(titles.at(i));
    }
    m_ui->navigation->setAccessibleName(tr("Navigation"));
    m_ui->pages->setAccessibleName(tr("Current view"));
    // The navigation is as wide as its longest entry in the current language.
    int width = 0;
    for (const QString &title : titles)
        width = qMax(width, m_ui->navigation->fontMetrics().horizontalAdvance(title));
    m_ui->navigation->setFixedWidth(width + 40);
    m_ui->actionEnglish->setChecked(m_context->language()->current() == u"en");
    m_ui->actionChinese->setChecked(m_context->language()->current() == u"zh_CN");
    // Toolbars show action texts without accelerators; Chinese ones are "(&M)" suffixes.
    for (QAction *action : m_ui->demoToolBar->actions())
        if (!action->isSeparator() && !action->text().isEmpty())
            action->setIconText(DomainText::withoutAccelerator(action->text()));
    m_ui->actionAdvanceMinute->setToolTip(tr("Advance the demo clock by one minute"));
    m_ui->actionAdvanceWorkingDays->setToolTip(tr("Advance the demo clock by three working days"));
    m_ui->actionResetDemo->setToolTip(tr("Restore the demo data set"));
    m_partnerAction->setText(tr("Associate with a &Partner…"));
    updateBackendLabel();
    m_clockLabel->setAccessibleName(tr("Demo clock"));
    updateClockLabel();
}

void MainWindow::showBackendInfo()
{
    const bool demo = m_context->backend()->info().demo;
    m_ui->menuDemo->menuAction()->setVisible(demo);
    m_ui->demoToolBar->setVisible(demo);
    updateBackendLabel();
}

void MainWindow::updateBackendLabel()
{
    const BackendInfo info = m_context->backend()->info();
    if (info.kind == u"remote") {
        // The operator as the server knows the token; before it answered, as --operator
        // names them, else the token's operator id.
        const QString operatorName =
            info.operatorName.isEmpty() ? m_context->operatorName() : info.operatorName;
        const QUrl url(info.location);
        const QString address = QStringLiteral("%1:%2")
                                    .arg(url.host())
                                    .arg(url.port(url.scheme() == u"https" ? 443 : 80));
        m_databaseLabel->setText(tr("Server: %1 — operator %2").arg(address, operatorName));
    } else {
        m_databaseLabel->setText(info.demo ? tr("Demo data (private copy, offline)")
                                           : tr("Database: %1").arg(info.location));
    }
    m_databaseLabel->setToolTip(info.location);
}

void MainWindow::refreshClock()
{
    m_context->refreshClock();
}

void MainWindow::updateClockLabel()
{
    if (!m_context->clock().adjustable) {
        m_clockLabel->clear();
        return;
    }
    const QDateTime local = m_context->now().toTimeZone(m_context->displayZone());
    m_clockLabel->setText(
        tr("Demo clock: %1")
            .arg(QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm"))));
}

void MainWindow::advanceClock(ClockStep step)
{
    m_ui->menuDemo->setEnabled(false);
    m_ui->demoToolBar->setEnabled(false);
    onFinished(
        m_context->backend()->advanceClock(step), this, [this](const Result<ClockState> &state) {
            m_ui->menuDemo->setEnabled(true);
            m_ui->demoToolBar->setEnabled(true);
            if (state.ok()) {
                m_context->setClock(*state);
                updateClockLabel();
                statusBar()->showMessage(tr("Demo clock advanced."), 3000);
            } else {
                m_context->dialogs()->warn(this, tr("Demo clock"),
                                           ErrorText::message(state.error(), m_context->brand()));
            }
        });
}

void MainWindow::resetDemo()
{
    m_context->dialogs()->confirm(
        this, tr("Reset demo"),
        tr("Restore the demo data set? Everything changed since the last reset "
           "is discarded, including unfinished wizards."),
        tr("&Reset demo"), [this](bool accepted) {
            if (!accepted)
                return;
            QElapsedTimer timer;
            timer.start();
            m_ui->menuDemo->setEnabled(false);
            m_ui->demoToolBar->setEnabled(false);
            onFinished(m_context->backend()->resetDemo(), this,
                       [this, timer](const Status &status) {
                           m_ui->menuDemo->setEnabled(true);
                           m_ui->demoToolBar->setEnabled(true);
                           if (status.ok())
                               statusBar()->showMessage(
                                   tr("Demo data restored in %1 ms.").arg(timer.elapsed()), 5000);
                           else
                               m_context->dialogs()->warn(
                                   this, tr("Reset demo"),
                                   ErrorText::message(status.error(), m_context->brand()));
                           refreshClock();
                       });
        });
}

void MainWindow::openStep(OnboardingStep step, const QString &accountId)
{
    // Steps whose wizard exists open it; the others show their view.
    switch (step) {
    case OnboardingStep::SignUp:
        openSignUpWizard();
        break;
    case OnboardingStep::Authenticate:
        if (accountId.isEmpty())
            showPage(Page::HuaweiAccounts);
        else
            openAuthWizard(accountId);
        break;
    case OnboardingStep::Purchase:
        openPurchaseWizard(accountId, ProductKind::Subscription);
        break;
    case OnboardingStep::CloseResource:
        showPage(Page::Marketplace);
        marketplaceView()->showList(view::Instances);
        break;
    case OnboardingStep::Organization:
        openOrganizationWizard(accountId);
        break;
    case OnboardingStep::Login:
    case OnboardingStep::Workspace:
        openLoginWizard({});
        break;
    case OnboardingStep::FeeCenter:
        openRegistrationWizard(accountId);
        break;
    case OnboardingStep::Settlement:
        showPage(Page::BillingCenter);
        billingCenterView()->showList(view::Workspaces);
        break;
    case OnboardingStep::StoredValue:
        showPage(Page::BillingCenter);
        billingCenterView()->showList(view::StoredValueCards);
        break;
    }
}

AuthWizard *MainWindow::openAuthWizard(const QString &accountId)
{
    auto *wizard = new AuthWizard(m_context, accountId, this);
    wizard->start();
    return wizard;
}

ReauthWizard *MainWindow::openReauthWizard(const QString &accountId)
{
    auto *wizard = new ReauthWizard(m_context, accountId, this);
    wizard->start();
    return wizard;
}

CloseWizard *MainWindow::openCloseWizard(const QString &accountId)
{
    // One at a time (it is not modal): the open one comes to the front.
    for (CloseWizard *open : findChildren<CloseWizard *>())
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto *wizard = new CloseWizard(m_context, accountId, this);
    // The closing's dates above the account's details once it is closed.
    connect(wizard, &QDialog::accepted, this, [this, wizard, accountId] {
        if (m_accounts)
            m_accounts->showMessage(accountId, wizard->successMessage());
    });
    wizard->start();
    return wizard;
}

PartnerAssocWizard *MainWindow::openPartnerWizard(const QString &token)
{
    auto *wizard = new PartnerAssocWizard(m_context, token, this);
    // The associated account, with the wizard's sentence above its details.
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const QString accountId = wizard->accountId();
        if (accountId.isEmpty())
            return;
        showPage(Page::HuaweiAccounts);
        huaweiAccountsView()->selectAccount(accountId);
        huaweiAccountsView()->showMessage(accountId, wizard->successMessage());
    });
    wizard->start();
    return wizard;
}

SignUpWizard *MainWindow::openSignUpWizard()
{
    auto *wizard = new SignUpWizard(m_context, this);
    connect(wizard, &SignUpWizard::signedUp, this, [this](const QString &accountId) {
        showPage(Page::HuaweiAccounts);
        huaweiAccountsView()->selectAccount(accountId);
    });
    wizard->start();
    return wizard;
}

void MainWindow::openLoginFor(const QString &accountId)
{
    // The account's login ID, looked up first (the wizard signs in by identifier).
    onFinished(m_context->backend()->huaweiAccount(accountId), this,
               [this](const Result<HuaweiAccountDetail> &detail) {
                   openHuaweiLoginWizard(detail.ok() ? detail->account.loginId : QString());
               });
}

HuaweiLoginWizard *MainWindow::openHuaweiLoginWizard(const QString &identifier)
{
    auto *wizard = new HuaweiLoginWizard(m_context, identifier, this);
    connect(wizard, &HuaweiLoginWizard::signedIn, this, [this](const QString &accountId) {
        showPage(Page::HuaweiAccounts);
        huaweiAccountsView()->selectAccount(accountId);
    });
    wizard->start();
    return wizard;
}

PurchaseWizard *MainWindow::openPurchaseWizard(const QString &accountId, ProductKind product)
{
    auto *wizard = new PurchaseWizard(m_context, accountId, product, this);
    connect(wizard, &PurchaseWizard::returnToMarketplace, this,
            [this](const QString &account, const QString &orderId, const QString &instanceId) {
                showPage(Page::Marketplace);
                marketplaceView()->picker()->setRecordId(account);
                if (instanceId.isEmpty()) {
                    marketplaceView()->showList(view::Orders);
                    marketplaceView()->list(view::Orders)->selectWhere(column::OrderId, orderId);
                } else {
                    marketplaceView()->showList(view::Instances);
                    marketplaceView()
                        ->list(view::Instances)
                        ->selectWhere(column::InstanceId, instanceId);
                }
            });
    connect(wizard, &PurchaseWizard::fixRequested, this,
            [this](const QString &action, const QString &account) {
                if (action == u"authenticate") {
                    openAuthWizard(account);
                } else if (action == u"review") {
                    showPage(Page::ReviewQueue);
                } else if (action == u"login") {
                    // D-LOGIN: the Enable page of a not-enabled account (R-ACC-16).
                    openLoginFor(account);
                } else { // "account"
                    showPage(Page::HuaweiAccounts);
                    huaweiAccountsView()->selectAccount(account);
                }
            });
    wizard->start();
    return wizard;
}

RegistrationWizard *MainWindow::openRegistrationWizard(const QString &huaweiAccountId)
{
    auto *wizard = new RegistrationWizard(m_context, huaweiAccountId, this);
    connect(wizard, &RegistrationWizard::registered, this,
            [this](const RegistrationResult &result) {
                showPage(Page::BillingCenter);
                billingCenterView()->showList(view::Workspaces);
                billingCenterView()
                    ->list(view::Workspaces)
                    ->selectWhere(column::WorkspaceId, result.workspace.workspaceId);
            });
    wizard->start();
    return wizard;
}

OrganizationWizard *MainWindow::openOrganizationWizard(const QString &ownerAccountId)
{
    auto *wizard = new OrganizationWizard(m_context, ownerAccountId, this);
    connect(wizard, &OrganizationWizard::openOutboxRequested, this,
            [this] { showPage(Page::Outbox); });
    connect(wizard, &QDialog::accepted, this, [this] {
        if (currentPage() != Page::Outbox) {
            showPage(Page::JointOperations);
            jointOperationsView()->showList(view::Authorizations);
        }
    });
    wizard->start();
    return wizard;
}

LoginWizard *MainWindow::openLoginWizard(const QString &loginName)
{
    auto *wizard = new LoginWizard(m_context, loginName, this);
    // "No fee-center account": W-REG opens prefilled with the owner's Huawei account id.
    connect(wizard, &LoginWizard::registrationRequested, this,
            [this](const QString &huaweiAccountId) { openRegistrationWizard(huaweiAccountId); });
    wizard->start();
    return wizard;
}

SettlementWizard *MainWindow::openSettlementWizard(const QString &workspaceId)
{
    auto *wizard = new SettlementWizard(m_context, workspaceId, this);
    connect(wizard, &QDialog::accepted, this, [this, workspaceId] {
        showPage(Page::BillingCenter);
        billingCenterView()->showList(view::Workspaces);
        billingCenterView()->list(view::Workspaces)->selectWhere(column::WorkspaceId, workspaceId);
    });
    wizard->start();
    return wizard;
}

RechargeWizard *MainWindow::openRechargeWizard(qint64 feeCenterAccountId)
{
    auto *wizard = new RechargeWizard(m_context, feeCenterAccountId, this);
    connect(wizard, &QDialog::accepted, this, [this] {
        showPage(Page::BillingCenter);
        billingCenterView()->showList(view::StoredValueCards);
    });
    wizard->start();
    return wizard;
}

CloseResourceDialog *MainWindow::openCloseResource(const QString &instanceId)
{
    auto *dialog = new CloseResourceDialog(m_context, instanceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int locked = dialog->result() ? int(dialog->result()->lockedWorkspaces.size()) : 0;
        statusBar()->showMessage(tr("Resource closed; %n workspace(s) locked.", nullptr, locked),
                                 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::unlockWorkspace(const QString &workspaceId, const QString &name)
{
    m_context->dialogs()->confirm(
        this, tr("Unlock workspace"),
        tr("Unlock the workspace \"%1\"? It will settle through its fee-center "
           "account.")
            .arg(name),
        tr("&Unlock"), [this, workspaceId, name](bool accepted) {
            if (!accepted)
                return;
            onFinished(
                m_context->backend()->unlockWorkspace(workspaceId), this,
                [this, name](const Result<Workspace> &r) {
                    if (r.ok())
                        statusBar()->showMessage(
                            tr("Workspace \"%1\" unlocked: it settles through the fee-center "
                               "account.")
                                .arg(name),
                            8000);
                    else
                        m_context->dialogs()->warn(
                            this, tr("Unlock workspace"),
                            ErrorText::messageWithRule(r.error(), m_context->brand()));
                });
        });
}

void MainWindow::showTourChooser()
{
    // A tour plays in a console of its own, on a private copy of the demo.
    auto *dialog = new TourChooserDialog(
        m_context,
        [](const QString &program, const QStringList &arguments) {
            return QProcess::startDetached(program, arguments);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    const BackendInfo info = m_context->backend()->info();
    m_context->dialogs()->inform(
        this, tr("About"),
        tr("%1 Onboarding Console %2\n\nReproduces, page by page, how a customer gets from the "
           "Huawei Cloud "
           "Marketplace (KooGallery) to a working %1 Commercial Plan. Both sides are modelled "
           "locally; no "
           "real service is called.\n\nDatabase: %3 (schema %4)\nQt %5")
            .arg(m_context->brand(), QCoreApplication::applicationVersion(), info.location)
            .arg(info.schemaVersion)
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("page"), int(currentPage()));
    settings.setValue(QStringLiteral("accountsSplitter"),
                      m_accounts ? m_accounts->saveState() : m_accountsSplitter);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1024, 720);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), 0).toInt();
    if (page >= 0 && page < m_ui->pages->count())
        showPage(Page(page));
    m_accountsSplitter = settings.value(QStringLiteral("accountsSplitter")).toByteArray();
    settings.endGroup();
}

} // namespace oc::gui

#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "LanguageManager.h"
#include "services/Async.h"
#include "services/Backend.h"
#include "views/ConsoleViews.h"
#include "views/HomeView.h"
#include "views/HuaweiAccountsView.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace oc::gui {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);

    m_home = new HomeView(context, this);
    m_accounts = new HuaweiAccountsView(context, this);
    m_marketplace = new MarketplaceView(context, this);
    m_jointOperations = new JointOperationsView(context, this);
    m_billing = new BillingCenterView(context, this);
    m_outbox = new OutboxView(context, this);
    m_journal = new JournalView(context, this);
    m_home->setObjectName(QStringLiteral("homeView"));
    m_accounts->setObjectName(QStringLiteral("huaweiAccountsView"));
    const QList<QWidget *> pages = {m_home, m_accounts, m_marketplace, m_jointOperations,
                                    m_billing, m_outbox, m_journal};
    for (QWidget *page : pages) {
        m_ui->pages->addWidget(page);
        auto *item = new QListWidgetItem(m_ui->navigation);
        item->setSizeHint(QSize(0, m_ui->navigation->fontMetrics().height() + 16));
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_goActions.size())));
        const int index = int(m_goActions.size());
        connect(go, &QAction::triggered, this, [this, index] { showPage(Page(index)); });
        m_ui->menuGo->addAction(go);
        m_goActions.append(go);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);

    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("demoClockLabel"));
    m_clockLabel->setContentsMargins(6, 0, 10, 0);
    m_ui->demoToolBar->addWidget(m_clockLabel);
    const QList<std::pair<QAction *, ClockStep>> steps = {
        {m_ui->actionAdvanceMinute, ClockStep::Minute},        {m_ui->actionAdvanceHour, ClockStep::Hour},
        {m_ui->actionAdvanceDay, ClockStep::Day},              {m_ui->actionAdvanceWorkingDays, ClockStep::ThreeWorkingDays},
        {m_ui->actionAdvanceMonth, ClockStep::Month},          {m_ui->actionAdvance90Days, ClockStep::NinetyDays},
    };
    for (const auto &[action, step] : steps) {
        m_ui->demoToolBar->addAction(action);
        connect(action, &QAction::triggered, this, [this, step = step] { advanceClock(step); });
    }
    m_ui->demoToolBar->addSeparator();
    m_ui->demoToolBar->addAction(m_ui->actionResetDemo);
    connect(m_ui->actionResetDemo, &QAction::triggered, this, &MainWindow::resetDemo);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

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

    const bool demo = context->backend()->info().demo;
    m_ui->menuDemo->menuAction()->setVisible(demo);
    m_ui->demoToolBar->setVisible(demo);

    connect(context->backend(), &Backend::clockChanged, this, &MainWindow::refreshClock);
    connect(context->backend(), &Backend::failed, this, [this](const Error &error) {
        m_context->dialogs()->warn(this, tr("Database"), ErrorText::message(error, m_context->brand()));
    });
    connect(context, &AppContext::brandChanged, this, &MainWindow::retranslate);
    connect(m_home, &HomeView::stepActivated, this, &MainWindow::openStep);
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

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_ui->pages->widget(int(page));
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
    const QStringList titles = {tr("Home"),         tr("Huawei accounts"), tr("Marketplace"), tr("Joint Operations"),
                                tr("Billing Center"), tr("Outbox"),          tr("Journal")};
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
    m_ui->actionAdvanceMinute->setToolTip(tr("Advance the demo clock by one minute"));
    m_ui->actionAdvanceWorkingDays->setToolTip(tr("Advance the demo clock by three working days"));
    m_ui->actionResetDemo->setToolTip(tr("Restore the demo data set"));
    const BackendInfo info = m_context->backend()->info();
    m_databaseLabel->setText(info.demo ? tr("Demo data (private copy, offline)")
                                       : tr("Database: %1").arg(info.location));
    m_databaseLabel->setToolTip(info.location);
    m_clockLabel->setAccessibleName(tr("Demo clock"));
    updateClockLabel();
}

void MainWindow::refreshClock()
{
    onFinished(m_context->backend()->clock(), this, [this](const Result<ClockState> &state) {
        if (state.ok()) {
            m_context->setClock(*state);
            updateClockLabel();
        }
    });
}

void MainWindow::updateClockLabel()
{
    if (!m_context->clock().adjustable) {
        m_clockLabel->clear();
        return;
    }
    const QDateTime local = m_context->now().toTimeZone(m_context->displayZone());
    m_clockLabel->setText(tr("Demo clock: %1").arg(QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm"))));
}

void MainWindow::advanceClock(ClockStep step)
{
    m_ui->menuDemo->setEnabled(false);
    m_ui->demoToolBar->setEnabled(false);
    onFinished(m_context->backend()->advanceClock(step), this, [this](const Result<ClockState> &state) {
        m_ui->menuDemo->setEnabled(true);
        m_ui->demoToolBar->setEnabled(true);
        if (state.ok()) {
            m_context->setClock(*state);
            updateClockLabel();
            statusBar()->showMessage(tr("Demo clock advanced."), 3000);
        } else {
            m_context->dialogs()->warn(this, tr("Demo clock"), ErrorText::message(state.error(), m_context->brand()));
        }
    });
}

void MainWindow::resetDemo()
{
    if (!m_context->dialogs()->confirm(this, tr("Reset demo"),
                                       tr("Restore the demo data set? Everything changed since the last reset "
                                          "is discarded, including unfinished wizards."),
                                       tr("&Reset demo")))
        return;
    QElapsedTimer timer;
    timer.start();
    m_ui->menuDemo->setEnabled(false);
    m_ui->demoToolBar->setEnabled(false);
    onFinished(m_context->backend()->resetDemo(), this, [this, timer](const Status &status) {
        m_ui->menuDemo->setEnabled(true);
        m_ui->demoToolBar->setEnabled(true);
        if (status.ok())
            statusBar()->showMessage(tr("Demo data restored in %1 ms.").arg(timer.elapsed()), 5000);
        else
            m_context->dialogs()->warn(this, tr("Reset demo"), ErrorText::message(status.error(), m_context->brand()));
        refreshClock();
    });
}

void MainWindow::openStep(OnboardingStep step, const QString &accountId)
{
    // The wizards of later issues open from here; until then each step shows its view.
    switch (step) {
    case OnboardingStep::Purchase:
    case OnboardingStep::CloseResource:
        showPage(Page::Marketplace);
        m_marketplace->showList(QStringLiteral("instances"));
        break;
    case OnboardingStep::Organization:
        showPage(Page::JointOperations);
        m_jointOperations->showList(QStringLiteral("organizations"));
        break;
    case OnboardingStep::Login:
        showPage(Page::JointOperations);
        m_jointOperations->showList(QStringLiteral("members"));
        break;
    case OnboardingStep::FeeCenter:
        showPage(Page::BillingCenter);
        m_billing->showList(QStringLiteral("feeCenterAccounts"));
        break;
    case OnboardingStep::Workspace:
    case OnboardingStep::Settlement:
        showPage(Page::BillingCenter);
        m_billing->showList(QStringLiteral("workspaces"));
        break;
    case OnboardingStep::StoredValue:
        showPage(Page::BillingCenter);
        m_billing->showList(QStringLiteral("storedValueCards"));
        break;
    }
    Q_UNUSED(accountId)
}

void MainWindow::showAbout()
{
    const BackendInfo info = m_context->backend()->info();
    m_context->dialogs()->inform(
        this, tr("About"),
        tr("%1 Onboarding Console %2\n\nReproduces, page by page, how a customer gets from the Huawei Cloud "
           "Marketplace (KooGallery) to a working %1 Commercial Plan. Both sides are modelled locally; no "
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
    settings.setValue(QStringLiteral("accountsSplitter"), m_accounts->saveState());
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
    m_accounts->restoreState(settings.value(QStringLiteral("accountsSplitter")).toByteArray());
    settings.endGroup();
}

} // namespace oc::gui

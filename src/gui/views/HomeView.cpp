#include "HomeView.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/AppContext.h"
#include "gui/widgets/RecordPicker.h"
#include "ui_HomeView.h"

namespace oc::gui {

HomeView::HomeView(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomeView>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_picker = RecordPicker::huaweiAccounts(context, false, this);
    m_picker->setObjectName(QStringLiteral("homeCustomer"));
    m_ui->customerPickerSlot->addWidget(m_picker);
    m_ui->customerLabel->setBuddy(m_picker);
    m_map = new OnboardingMap(this);
    m_map->setObjectName(QStringLiteral("onboardingMap"));
    m_ui->mapSlot->addWidget(m_map);

    connect(m_map, &OnboardingMap::stepActivated, this,
            [this](OnboardingStep step) { emit stepActivated(step, m_picker->accountId()); });
    connect(m_picker, &RecordPicker::recordChanged, this, &HomeView::loadProgress);
    connect(context->backend(), &Backend::changed, this, [this] { loadProgress(); });
    connect(context, &AppContext::brandChanged, this, &HomeView::retranslate);
    retranslate();
}

HomeView::~HomeView() = default;

void HomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HomeView::retranslate()
{
    const QString brand = m_context->brand();
    m_ui->introLabel->setText(
        tr("How a customer gets from the Huawei Cloud Marketplace (KooGallery) to a working %1 "
           "Commercial Plan. Choose a customer to see the steps already done; choose a step to "
           "carry it out.")
            .arg(brand));
    m_picker->setAccessibleName(tr("Customer"));
    m_ui->scrollArea->setAccessibleName(tr("Onboarding map"));
    m_map->setAccessibleName(tr("Onboarding map"));
    m_map->setTexts(OnboardingStep::SignUp, tr("Sign up"),
                    tr("A HUAWEI ID with Huawei Cloud services enabled, a mobile number and a "
                       "card."));
    m_map->setTexts(OnboardingStep::Authenticate, tr("Real-name authentication"),
                    tr("Individual or enterprise; reviewed within three working days."));
    m_map->setTexts(
        OnboardingStep::Purchase, tr("Buy on KooGallery"),
        tr("Subscribe to %1 SaaS Edition with a real-name authenticated Huawei Cloud account.")
            .arg(brand));
    m_map->setTexts(OnboardingStep::Organization, tr("Bind the organization"),
                    tr("Joint Operations: create the organization, add members, bind the order, "
                       "authorize members."));
    m_map->setTexts(OnboardingStep::Login, tr("Unified login"),
                    tr("Members log in as account@abbreviation and change the initial password."));
    m_map->setTexts(OnboardingStep::FeeCenter, tr("Fee-center account"),
                    tr("Register the Commercial Plan, or bind an existing fee-center account."));
    m_map->setTexts(OnboardingStep::Workspace, tr("Workspace"),
                    tr("Bind an existing workspace or create one; language and site are fixed."));
    m_map->setTexts(OnboardingStep::Settlement, tr("Huawei Cloud settlement"),
                    tr("Workspaces settle through the Huawei Cloud account and its instance."));
    m_map->setTexts(OnboardingStep::StoredValue, tr("Stored-value cards"),
                    tr("Recharge the fee-center account with cards bought on KooGallery."));
    m_map->setTexts(OnboardingStep::CloseResource, tr("Close the resource"),
                    tr("Cancel on KooGallery: linked workspaces lock until unlocked."));
    loadProgress();
}

void HomeView::loadProgress()
{
    const QString accountId = m_picker->accountId();
    if (accountId.isEmpty()) {
        m_map->clearDone();
        m_ui->progressLabel->clear();
        return;
    }
    onFinished(m_context->backend()->onboardingProgress(accountId), this,
               [this, accountId](const Result<OnboardingProgress> &result) {
                   if (!result.ok() || accountId != m_picker->accountId())
                       return;
                   const OnboardingProgress &p = *result;
                   m_map->setDone(OnboardingStep::SignUp, true);
                   m_map->setDone(OnboardingStep::Authenticate, p.authenticated);
                   m_map->setDone(OnboardingStep::Purchase, p.purchased);
                   m_map->setDone(OnboardingStep::Organization, p.bound && p.authorized);
                   m_map->setDone(OnboardingStep::Login, p.feeCenterLinked);
                   m_map->setDone(OnboardingStep::FeeCenter, p.feeCenterLinked);
                   m_map->setDone(OnboardingStep::Workspace, p.workspace);
                   m_map->setDone(OnboardingStep::Settlement, p.huaweiSettlement);
                   m_map->setDone(OnboardingStep::StoredValue, false);
                   m_map->setDone(OnboardingStep::CloseResource, false);
                   const int done = 1 + int(p.authenticated) + int(p.purchased) +
                                    int(p.bound && p.authorized) + int(p.feeCenterLinked) * 2 +
                                    int(p.workspace) + int(p.huaweiSettlement);
                   m_doneCount = done;
                   m_ui->progressLabel->setText(
                       p.authenticated ? tr("%1 of 8 steps done").arg(done)
                                       : tr("Not real-name authenticated: cannot buy yet"));
               });
}

} // namespace oc::gui

#include "FeeCenterChoicePage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_FeeCenterChoicePage.h"

#include <QButtonGroup>

namespace oc::gui {

FeeCenterChoicePage::FeeCenterChoicePage(AppContext *context, LoginFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::FeeCenterChoicePage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_choice = new QButtonGroup(this);
    m_choice->addButton(m_ui->noFeeCenterRadio, 0);
    m_choice->addButton(m_ui->existingFeeCenterRadio, 1);
    binder()->bind(QString::fromLatin1(LoginFlow::BranchKey), m_choice,
                   {QStringLiteral("register"), QStringLiteral("existing")});
    connect(flow, &LoginFlow::branchChanged, this, &FeeCenterChoicePage::retranslatePage);
    addStatusArea(m_ui->contentLayout);
}

FeeCenterChoicePage::~FeeCenterChoicePage() = default;

void FeeCenterChoicePage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void FeeCenterChoicePage::retranslatePage()
{
    setTitle(tr("Start using %1").arg(context()->brand()));
    setSubTitle(tr("This Huawei Cloud account is not linked to a fee-center account yet."));
    m_ui->feeCenterExplanation->setText(
        tr("A fee-center account is an independent account of the %1 Billing Center that manages "
           "the Commercial "
           "Plan's bills; one account can settle many workspaces. Without one, register the "
           "Commercial Plan (the "
           "registration opens with this Huawei Cloud account ID). With one, bind it.")
            .arg(context()->brand()));
    const bool registering = m_flow->registering();
    setFinalPage(registering);
    setButtonText(QWizard::FinishButton, registering ? tr("&Register…") : tr("&Finish"));
    if (wizard())
        emit completeChanged();
}

} // namespace oc::gui

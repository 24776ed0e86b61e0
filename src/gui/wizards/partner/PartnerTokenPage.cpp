#include "PartnerTokenPage.h"

#include "gui/AppContext.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_PartnerTokenPage.h"

#include <QLineEdit>

namespace oc::gui {

PartnerTokenPage::PartnerTokenPage(AppContext *context, PartnerAssocFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::PartnerTokenPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = PartnerAssocFlow;
    binder()->bind(F::LinkKey, m_ui->linkEdit, true);
    binder()->bindError(F::LinkKey, m_ui->linkError);
    flow->setFieldPage(F::LinkKey, F::TokenPage);
    addStatusArea(m_ui->contentLayout);
}

PartnerTokenPage::~PartnerTokenPage() = default;

void PartnerTokenPage::initializePage()
{
    WizardPage::initializePage();
    m_ui->linkEdit->setFocus();
}

bool PartnerTokenPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->loadInvitation(), tr("Loading the invitation…"), done);
    return true;
}

void PartnerTokenPage::retranslatePage()
{
    setTitle(tr("Associate with a Partner"));
    setSubTitle(tr("The partner's invitation"));
    m_ui->introLabel->setText(
        tr("A Huawei Cloud partner invites its customers with an invitation link or a QR code. "
           "Paste the link, or the token it carries, to read the partner's instructions and "
           "associate a new or an existing HUAWEI ID with the partner."));
    m_ui->linkNote->setText(
        tr("For example https://…/associate?token=… or the token alone. The operator, acting as "
           "the partner, creates invitations in Huawei accounts > My Partner."));
    m_ui->linkEdit->setPlaceholderText(tr("Invitation link or token"));
}

} // namespace oc::gui

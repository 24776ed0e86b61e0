#include "OrgAuthorizationPage.h"

#include "gui/AppContext.h"
#include "gui/widgets/MemberChecklist.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_OrgAuthorizationPage.h"

#include <QPushButton>

namespace oc::gui {

OrgAuthorizationPage::OrgAuthorizationPage(AppContext *context, OrganizationFlow *flow,
                                           QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::OrgAuthorizationPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_members = new MemberChecklist(this);
    m_ui->membersSlot->addWidget(m_members);
    setTabOrder(m_ui->bindingValue, m_members);
    setTabOrder(m_members, m_ui->selectAllButton);
    binder()->bind(OrganizationFlow::TermsKey, m_ui->termsCheck);
    binder()->bindError(OrganizationFlow::TermsKey, m_ui->termsError);
    flow->setFieldPage(OrganizationFlow::TermsKey, OrganizationFlow::AuthorizationPage);
    connect(m_members, &MemberChecklist::selectionChanged, this,
            [this] { m_flow->setMembersToAuthorize(m_members->newlyChecked()); });
    connect(flow, &OrganizationFlow::membersToAuthorizeChanged, this,
            &QWizardPage::completeChanged);
    connect(m_ui->selectAllButton, &QPushButton::clicked, m_members,
            [this] { m_members->setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, m_members,
            [this] { m_members->setAllChecked(false); });
    addStatusArea(m_ui->contentLayout);
}

OrgAuthorizationPage::~OrgAuthorizationPage() = default;

void OrgAuthorizationPage::initializePage()
{
    WizardPage::initializePage();
    reload();
}

void OrgAuthorizationPage::reload()
{
    await(m_flow->loadDetail(), tr("Loading the members…"), [this](const Status &status) {
        if (!status.ok())
            return showError(status.error(), [this] { reload(); });
        const OrganizationDetail &detail = *m_flow->detail();
        for (const AppBinding &b : detail.bindings)
            if (b.bindingId == m_flow->bindingId())
                m_ui->bindingValue->setText(tr("%1 (instance %2)").arg(b.orderId, b.instanceId));
        m_members->load(detail, m_flow->bindingId());
        m_flow->setMembersToAuthorize(m_members->newlyChecked());
    });
}

bool OrgAuthorizationPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->authorize(), tr("Authorizing…"), done);
    return true;
}

void OrgAuthorizationPage::retranslatePage()
{
    setTitle(tr("App authorization"));
    setSubTitle(tr("Select the members who may use %1, agree to the terms and confirm.")
                    .arg(context()->brand()));
    setButtonText(QWizard::CommitButton, tr("&Confirm authorization"));
    m_members->setAccessibleName(tr("Members to authorize"));
}

} // namespace oc::gui

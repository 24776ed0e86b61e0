#include "OrganizationWizard.h"

#include "OrgAuthorizationPage.h"
#include "OrgBindingPage.h"
#include "OrgDonePage.h"
#include "OrgMembersPage.h"
#include "OrgProgressPage.h"
#include "OrgSetupPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

OrganizationWizard::OrganizationWizard(AppContext *context, const QString &ownerAccountId,
                                       QWidget *parent)
    : Wizard(context, new OrganizationFlow(context->backend(), ownerAccountId),
             QString::fromLatin1(Name), parent)
    , m_flow(static_cast<OrganizationFlow *>(state()))
{
    addNamedPage(Setup, new OrgSetupPage(context, m_flow, this), u"orgSetup"_s);
    addNamedPage(Progress, new OrgProgressPage(context, m_flow, this), u"orgProgress"_s);
    addNamedPage(Members, new OrgMembersPage(context, m_flow, this), u"orgMembers"_s);
    addNamedPage(Binding, new OrgBindingPage(context, m_flow, this), u"orgBinding"_s);
    addNamedPage(Authorization, new OrgAuthorizationPage(context, m_flow, this),
                 u"orgAuthorization"_s);
    auto *done = new OrgDonePage(context, m_flow, this);
    addNamedPage(Done, done, u"orgDone"_s);
    connect(done, &OrgDonePage::openOutboxRequested, this, [this] {
        emit openOutboxRequested();
        accept();
    });
    retranslate();
}

int OrganizationWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(OrganizationFlow::Page(currentId()));
}

QString OrganizationWizard::title() const
{
    return tr("Bind the organization");
}

} // namespace oc::gui

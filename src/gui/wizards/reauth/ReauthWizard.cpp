#include "ReauthWizard.h"

#include "ReauthCurrentOwnerPage.h"
#include "ReauthEnterprisePage.h"
#include "ReauthIndividualPage.h"
#include "ReauthKindPage.h"
#include "ReauthNamePage.h"
#include "ReauthProgressPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

ReauthWizard::ReauthWizard(AppContext *context, const QString &accountId, QWidget *parent)
    : Wizard(context, new ReauthFlow(context->backend(), accountId),
             QString::fromLatin1(ReauthWizard::Name), parent)
    , m_flow(static_cast<ReauthFlow *>(state()))
{
    addNamedPage(Kind, new ReauthKindPage(context, m_flow, this), u"reauthKind"_s);
    addNamedPage(CurrentOwner, new ReauthCurrentOwnerPage(context, m_flow, this),
                 u"reauthCurrentOwner"_s);
    addNamedPage(Individual, new ReauthIndividualPage(context, m_flow, this),
                 u"reauthIndividual"_s);
    addNamedPage(Enterprise, new ReauthEnterprisePage(context, m_flow, this),
                 u"reauthEnterprise"_s);
    addNamedPage(NameChange, new ReauthNamePage(context, m_flow, this), u"reauthName"_s);
    addNamedPage(Progress, new ReauthProgressPage(context, m_flow, this), u"reauthProgress"_s);
    retranslate();
}

int ReauthWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(ReauthFlow::Page(currentId()));
}

QString ReauthWizard::title() const
{
    return tr("Re-authentication");
}

} // namespace oc::gui

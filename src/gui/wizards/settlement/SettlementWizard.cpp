#include "SettlementWizard.h"

#include "SettlementAccountPage.h"
#include "SettlementConfirmPage.h"
#include "SettlementMethodPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

SettlementWizard::SettlementWizard(AppContext *context, const QString &workspaceId, QWidget *parent)
    : Wizard(context, new SettlementFlow(context->backend(), workspaceId),
             QString::fromLatin1(Name), parent)
    , m_flow(static_cast<SettlementFlow *>(state()))
{
    addNamedPage(Method, new SettlementMethodPage(context, m_flow, this),
                 QStringLiteral("settlementMethod"));
    addNamedPage(Account, new SettlementAccountPage(context, m_flow, this),
                 QStringLiteral("settlementAccount"));
    addNamedPage(Confirm, new SettlementConfirmPage(context, m_flow, false, this),
                 QStringLiteral("settlementConfirm"));
    addNamedPage(Result, new SettlementConfirmPage(context, m_flow, true, this),
                 QStringLiteral("settlementResult"));
    retranslate();
}

int SettlementWizard::nextId() const
{
    if (currentId() < 0 || currentId() == Result)
        return -1;
    return m_flow->nextPage(SettlementFlow::Page(currentId()));
}

QString SettlementWizard::title() const
{
    return tr("Change settlement");
}

} // namespace oc::gui

#include "RechargeWizard.h"

#include "RechargeOrderPage.h"
#include "RechargeResultPage.h"
#include "RechargeTypePage.h"
#include "gui/AppContext.h"

namespace oc::gui {

RechargeWizard::RechargeWizard(AppContext *context, qint64 feeCenterAccountId, QWidget *parent)
    : Wizard(context, new RechargeFlow(context->backend(), feeCenterAccountId),
             QString::fromLatin1(Name), parent)
    , m_flow(static_cast<RechargeFlow *>(state()))
{
    addNamedPage(Type, new RechargeTypePage(context, m_flow, this), QStringLiteral("rechargeType"));
    addNamedPage(Order, new RechargeOrderPage(context, m_flow, this),
                 QStringLiteral("rechargeOrder"));
    addNamedPage(Result, new RechargeResultPage(context, m_flow, this),
                 QStringLiteral("rechargeResult"));
    retranslate();
}

QString RechargeWizard::title() const
{
    return tr("Buy stored-value card");
}

} // namespace oc::gui

#include "AuthWizard.h"

#include "AuthEnterprisePage.h"
#include "AuthIndividualPage.h"
#include "AuthProgressPage.h"
#include "AuthReviewPage.h"
#include "AuthTypePage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

AuthWizard::AuthWizard(AppContext *context, const QString &accountId, QWidget *parent)
    : Wizard(context, new AuthFlow(context->backend(), accountId), QString::fromLatin1(Name),
             parent)
    , m_flow(static_cast<AuthFlow *>(state()))
{
    addNamedPage(Type, new AuthTypePage(context, m_flow, this), u"authType"_s);
    addNamedPage(Individual, new AuthIndividualPage(context, m_flow, this), u"authIndividual"_s);
    addNamedPage(Enterprise, new AuthEnterprisePage(context, m_flow, this), u"authEnterprise"_s);
    addNamedPage(Review, new AuthReviewPage(context, m_flow, this), u"authReview"_s);
    addNamedPage(Progress, new AuthProgressPage(context, m_flow, this), u"authProgress"_s);
    retranslate();
}

int AuthWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(AuthFlow::Page(currentId()));
}

QString AuthWizard::title() const
{
    return tr("Real-name authentication");
}

} // namespace oc::gui

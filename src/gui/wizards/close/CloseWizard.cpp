#include "CloseWizard.h"

#include "CloseCheckPage.h"
#include "CloseFinishPage.h"
#include "CloseReviewPage.h"
#include "CloseVerifyPage.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

CloseWizard::CloseWizard(AppContext *context, const QString &accountId, QWidget *parent)
    : Wizard(context, new CloseFlow(context->backend(), accountId),
             QString::fromLatin1(CloseWizard::Name), parent)
    , m_flow(static_cast<CloseFlow *>(state()))
{
    // Not modal: the operator fixes what a check found (Simulated conditions, D-CONDITIONS, in
    // the account's details) while the wizard waits, then clicks Check again.
    setWindowModality(Qt::NonModal);
    // Once closed there is nothing to cancel: Finish only.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    addNamedPage(Review, new CloseReviewPage(context, m_flow, this), u"closeReview"_s);
    addNamedPage(Verify, new CloseVerifyPage(context, m_flow, this), u"closeVerify"_s);
    addNamedPage(Check, new CloseCheckPage(context, m_flow, this), u"closeCheck"_s);
    addNamedPage(Finish, new CloseFinishPage(context, m_flow, this), u"closeFinish"_s);
    retranslate();
}

int CloseWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(CloseFlow::Page(currentId()));
}

QString CloseWizard::title() const
{
    return tr("Close Huawei Cloud Services");
}

QString CloseWizard::successMessage() const
{
    const auto &closing = m_flow->closing();
    if (!closing)
        return {};
    const auto zone = context()->displayZone();
    return tr("Huawei Cloud services were closed. The data is kept until %1; Restore and Disable "
              "are possible from %2.")
        .arg(DomainText::time(closing->retentionUntil, zone),
             DomainText::time(closing->restoreFrom, zone));
}

QString CloseWizard::draftPage() const
{
    return pageName(currentId() > Verify ? int(Verify) : currentId());
}

} // namespace oc::gui

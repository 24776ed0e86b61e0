#include "ReauthProgressPage.h"

namespace oc::gui {

ReauthProgressPage::ReauthProgressPage(AppContext *context, ReauthFlow *flow, QWidget *parent)
    : ReviewProgressPage(context, flow, true, parent)
{}

ReviewProgressPage::StatusText ReauthProgressPage::statusText(ReviewStatus status) const
{
    switch (status) {
    case ReviewStatus::Pending:
        return {
            tr("Your re-authentication request is under review."),
            tr("The old authentication stays valid until the request is approved. The review "
               "ends within three working days; Huawei's reviewer is played in the Review queue "
               "(Go > Review queue).")};
    case ReviewStatus::Approved:
        return {tr("Re-authentication approved."),
                tr("The account now carries the new authentication information.")};
    case ReviewStatus::Rejected:
        return {tr("Re-authentication rejected."),
                tr("The account keeps its authentication. Correct the information and try again "
                   "(Huawei accounts > View/Change…).")};
    }
    return {};
}

QString ReauthProgressPage::dueText(const QString &time) const
{
    return tr("%1 (within three working days)").arg(time);
}

} // namespace oc::gui

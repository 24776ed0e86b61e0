#include "AuthProgressPage.h"

namespace oc::gui {

AuthProgressPage::AuthProgressPage(AppContext *context, AuthFlow *flow, QWidget *parent)
    : ReviewProgressPage(context, flow, false, parent)
{}

ReviewProgressPage::StatusText AuthProgressPage::statusText(ReviewStatus status) const
{
    switch (status) {
    case ReviewStatus::Pending:
        return {tr("Your real-name authentication is under review."),
                tr("The review ends within three working days. Huawei's reviewer is played in "
                   "the Review queue (Go > Review queue).")};
    case ReviewStatus::Approved:
        return {tr("Real-name authentication approved."),
                tr("The account can now buy on KooGallery.")};
    case ReviewStatus::Rejected:
        return {tr("Real-name authentication rejected."),
                tr("Correct the information and authenticate again (Huawei accounts > "
                   "Authenticate…).")};
    }
    return {};
}

} // namespace oc::gui

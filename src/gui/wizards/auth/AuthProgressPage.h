#pragma once

#include "AuthFlow.h"
#include "ReviewProgressPage.h"

namespace oc::gui {

// W-AUTH's last page: the review progress — submitted at, due within three working days, the status
// and a rejection's reason (R-AUTH-4); it follows the request as it changes.
class AuthProgressPage : public ReviewProgressPage
{
    Q_OBJECT
public:
    AuthProgressPage(AppContext *context, AuthFlow *flow, QWidget *parent = nullptr);

protected:
    StatusText statusText(ReviewStatus status) const override;
};

} // namespace oc::gui

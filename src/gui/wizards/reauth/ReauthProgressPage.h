#pragma once

#include "ReauthFlow.h"
#include "gui/wizards/auth/ReviewProgressPage.h"

namespace oc::gui {

// W-REAUTH's last page: the request as reviewed — its kind, submitted at, due within three
// working days, its status and a rejection's reason (R-AUTH-4, R-AUTH-10).
class ReauthProgressPage : public ReviewProgressPage
{
    Q_OBJECT
public:
    ReauthProgressPage(AppContext *context, ReauthFlow *flow, QWidget *parent = nullptr);

protected:
    StatusText statusText(ReviewStatus status) const override;
    QString dueText(const QString &time) const override;
};

} // namespace oc::gui

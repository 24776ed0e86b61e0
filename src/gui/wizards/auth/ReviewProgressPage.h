#pragma once

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardPage.h"

#include <memory>

namespace Ui {
class ReviewProgressPage;
}

namespace oc::gui {

class AuthenticationRequestFlow;

// The last page of W-AUTH and W-REAUTH: the submitted request as reviewed — its kind (a
// re-authentication's), the account, submitted at, due within three working days, the status
// and a rejection's reason (R-AUTH-4, R-AUTH-10); it follows the request as it changes, and
// the demo clock can be moved on from it. Each wizard's page says what a status means for its
// request.
class ReviewProgressPage : public WizardPage
{
    Q_OBJECT
public:
    ~ReviewProgressPage() override;

    void initializePage() override;

protected:
    // `showsKind`: the request's kind heads the details (W-REAUTH's kinds).
    ReviewProgressPage(AppContext *context, AuthenticationRequestFlow *flow, bool showsKind,
                       QWidget *parent);

    // What the page says of its request in `status`, in the current language: the heading
    // and the note under the details (only asked once the request is known).
    struct StatusText
    {
        QString title;
        QString note;
    };
    virtual StatusText statusText(ReviewStatus status) const = 0;
    // The review's due time as shown, from `time` (in the display zone).
    virtual QString dueText(const QString &time) const { return time; }

    void retranslatePage() override;

private:
    std::unique_ptr<Ui::ReviewProgressPage> m_ui;
    AuthenticationRequestFlow *m_flow;
    void refresh();
};

} // namespace oc::gui

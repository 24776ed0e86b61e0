#pragma once

// W-CLOSE's flow, "Close Huawei Cloud Services" (my-account.md §5.11.2, D.1; R-CLS-1..4): the
// HUAWEI ID holder accepts the Terms and Conditions on Disabling of Huawei Cloud Services and
// gives a reason (page 1), proves to be the holder with a code sent to the HUAWEI ID's own
// mobile number or email (page 2; R-CLS-3), which submits the application: Huawei's three
// automatic checks run and their result is stored (R-CLS-4). Page 3 shows each check passed or
// every condition that failed (R-CLS-1); a failed check ends its application, so "Check again"
// starts a new one (a new code, the terms and reason kept). Proceed to Close uses a passed
// check (the conditions judged again) and page 4 shows the retention and the earliest Restore
// and Disable (R-CLS-2, R-CLS-5). Typed properties over the wizard's state, the per-page
// messages and the backend actions, without any widget.

#include "contract/BackendTypes.h"
#include "gui/wizards/WizardState.h"

#include <QFuture>

#include <optional>

namespace oc {
class Backend;
}

namespace oc::gui {

class CloseFlow : public WizardState
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId CONSTANT)

public:
    enum Page
    {
        ReviewPage, // 1 Review & Feedback
        VerifyPage, // the code (R-CLS-3)
        CheckPage,  // 2 Wait for Auto Check & Confirm
        FinishPage, // 3 Finish
        NoPage = -1
    };
    Q_ENUM(Page)

    // The keys are the backend's error fields (CloseServicesRequest, closeServices).
    static constexpr QLatin1StringView AccountIdKey{"accountId"};
    static constexpr QLatin1StringView TermsKey{"termsAccepted"};
    static constexpr QLatin1StringView ReasonKey{"reason"}; // ClosingReason spelling
    static constexpr QLatin1StringView ChannelKey{"channel"};
    static constexpr QLatin1StringView CodeKey{"code"};
    static constexpr QLatin1StringView CheckIdKey{"checkId"}; // Proceed to Close's refusals

    CloseFlow(Backend *backend, const QString &accountId, QObject *parent = nullptr);

    QString accountId() const { return text(AccountIdKey); }
    bool termsAccepted() const { return flag(TermsKey); }
    void setTermsAccepted(bool accepted) { setValue(TermsKey, accepted); }
    std::optional<ClosingReason> reason() const;
    void setReason(ClosingReason reason);
    Channel channel() const;
    void setChannel(Channel channel);
    QString code() const { return text(CodeKey); }
    void setCode(const QString &code) { setValue(CodeKey, code); }

    // What the backend said: the account (before anything else), this application's check
    // (after the code) and the closing (after Proceed to Close).
    const std::optional<HuaweiAccountDetail> &account() const { return m_account; }
    const std::optional<ClosingCheck> &check() const { return m_check; }
    const std::optional<ServicesClosing> &closing() const { return m_closing; }
    // Where the code goes on `channel`: the HUAWEI ID's mobile number or email (empty when
    // unbound, R-CLS-3).
    QString destination(Channel channel) const;

    CloseServicesRequest request() const;
    QList<Error> messages(int page) const override;
    bool isReady(int page) const override;
    Page nextPage(Page page) const;

    // The account: whether its services may be closed now (R-CLS-3); a refusal lands on
    // page 1.
    QFuture<Status> loadAccount();
    // The application (page 2's OK): the checks run and are stored (R-CLS-4). A refusal
    // lands on its field (terms and reason on page 1, the code and channel on page 2).
    QFuture<Status> submit();
    // Proceed to Close with this application's passed check (R-CLS-1 judged again, R-CLS-2).
    QFuture<Status> proceed();
    // "Check again": a failed check ended its application (R-CLS-4); the next one needs a new
    // code (the terms, reason and channel are kept).
    void startNewApplication();
    // Whether this is a new application after a failed one (page 2 says a new code is needed).
    bool isNewApplication() const { return m_newApplication; }

signals:
    void accountLoaded();
    void checkChanged();
    void closed();

private:
    Backend *m_backend;
    std::optional<HuaweiAccountDetail> m_account;
    std::optional<ClosingCheck> m_check;
    std::optional<ServicesClosing> m_closing;
    bool m_newApplication = false;
};

} // namespace oc::gui

#pragma once

#include "contract/Async.h"
#include "core/Error.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <functional>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace oc::gui {

class AppContext;
class CodeField;
class FieldBinder;
class Wizard;
class WizardState;

// A page of one of the console's wizards: a thin view of the wizard's state. It checks its
// fields with the core validators when Next is pressed (errors next to the fields, focus
// on the first), then optionally asks the backend, and only then moves on.
//
// Every backend call the page waits for goes through await(): while one is in flight the
// page is busy (Next, Back, Commit and the page's own submit buttons disabled, a busy
// indicator with an accessible name); a failure of the system (the server unreachable or
// silent past the call timeout, the store failing) is shown on the page with Retry, which
// repeats the call; every entry stays as typed.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    WizardPage(AppContext *context, WizardState *state, QWidget *parent = nullptr);

    AppContext *context() const { return m_context; }
    WizardState *state() const { return m_state; }
    FieldBinder *binder() const { return m_binder; }
    Wizard *ocWizard() const;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const final;

    // Shows an error: next to its field when this page has it, otherwise on the page. A
    // transient failure (isTransient()) offers Retry, which runs `retry`, or by default the
    // page's backend step again (as Next would).
    void showError(const Error &error, std::function<void()> retry = {});
    void clearPageError();
    bool isBusy() const { return m_busyCalls > 0; }

signals:
    // The page started or stopped waiting for the backend (the wizard disables Back).
    void busyChanged(bool busy);

protected:
    // Call once after setupUi(): puts the busy indicator and the page error (with Retry)
    // at the end of `layout`.
    void addStatusArea(QBoxLayout *layout);

    // Runs a backend call the page waits for: busy until it answers, showing `busyText`;
    // then `handler` gets the result (an E-UNREACHABLE "timeout" Error when the backend did
    // not answer within callTimeout(), in which case a late answer is ignored). The page
    // stays busy while `handler` runs, so that a call it chains keeps navigation disabled.
    template<class T, class Handler>
    void await(QFuture<T> future, const QString &busyText, Handler handler)
    {
        beginBusy(busyText);
        onFinished(std::move(future), this,
                   [this, handler = std::move(handler)](const T &result) mutable {
                       handler(result);
                       endBusy();
                   });
    }
    // A button of the page that submits something itself (Bind, Remove, ...): disabled
    // while the page is busy, then back as it was.
    void disableWhileBusy(QWidget *widget);
    // A verification-code field's failures: a refusal lands at its field (the email, the
    // username); the backend unreachable shows on the page, its Retry sends again.
    void showCodeFailures(CodeField *code);

    // The page's own completeness (mandatory fields filled); restores bypass it. By
    // default what the flow says of this page (WizardState::isReady).
    virtual bool isPageComplete() const;
    // Errors found by the core validators for this page's fields; by default the flow's
    // messages for this page (WizardState::messages).
    virtual QList<Error> localErrors() const;
    // This page's id in its wizard (-1 outside one).
    int pageId() const;
    // Starts the page's backend step (a live check or the commit) through await() and
    // returns true, or returns false when there is none. `done` must be called in the GUI
    // thread.
    virtual bool startRemoteStep(std::function<void(const Status &)> done)
    {
        Q_UNUSED(done)
        return false;
    }
    // Texts that depend on the language or the brand.
    virtual void retranslatePage() {}
    void changeEvent(QEvent *event) override;

private:
    void beginBusy(const QString &text);
    void endBusy();
    void showBusy();
    void focusFirstError();

    AppContext *m_context;
    WizardState *m_state;
    FieldBinder *m_binder;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_pageError = nullptr;
    QPushButton *m_retry = nullptr;
    std::function<void()> m_retryAction;
    QString m_busyText;
    int m_busyCalls = 0;
    QList<QPointer<QWidget>> m_busyDisabled;
    QHash<QWidget *, bool> m_enabledBeforeBusy;
    bool m_remotePassed = false;
};

} // namespace oc::gui

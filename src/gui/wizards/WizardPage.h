#pragma once

#include "core/Error.h"

#include <QWizardPage>

#include <functional>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace oc::gui {

class AppContext;
class FieldBinder;
class Wizard;
class WizardState;

// A page of one of the console's wizards: a thin view of the wizard's state. It checks its
// fields with the core validators when Next is pressed (errors next to the fields, focus
// on the first), then optionally asks the backend (busy state, Next and Back disabled,
// errors on the page with Retry), and only then moves on.
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

    // Shows an error: next to its field when this page has it, otherwise on the page.
    void showError(const Error &error);
    void clearPageError();
    bool isBusy() const { return m_busy; }

protected:
    // Call once after setupUi(): puts the busy indicator and the page error (with Retry)
    // at the end of `layout`.
    void addStatusArea(QBoxLayout *layout);
    void setBusy(bool busy, const QString &text = {});

    // The page's own completeness (mandatory fields filled); restores bypass it.
    virtual bool isPageComplete() const { return true; }
    // Errors found by the core validators for this page's fields.
    virtual QList<Error> localErrors() const { return {}; }
    // Starts the page's backend step (a live check or the commit) and returns true, or
    // returns false when there is none. `done` must be called in the GUI thread.
    virtual bool startRemoteStep(std::function<void(const Status &)> done)
    {
        Q_UNUSED(done)
        return false;
    }
    // Texts that depend on the language or the brand.
    virtual void retranslatePage() {}
    void changeEvent(QEvent *event) override;

private:
    void focusFirstError();

    AppContext *m_context;
    WizardState *m_state;
    FieldBinder *m_binder;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_pageError = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_busy = false;
    bool m_remotePassed = false;
};

} // namespace oc::gui

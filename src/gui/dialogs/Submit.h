#pragma once

// The OK of a dialog that saves through the backend: while the command runs the buttons are
// disabled (and a second OK is ignored); on success `accepted` takes the value and the
// dialog closes; on refusal `refused` shows the error and the dialog stays open with every
// entry kept. When the system failed rather than a rule (the server unreachable or silent
// past the call timeout, see contract/Async.h), the buttons also offer Retry, which submits
// the same entries again.

#include "contract/Async.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFuture>

#include <functional>

namespace oc::gui {

// The Retry button of a dialog's button box, shown after a transient failure.
class DialogRetry
{
    Q_DECLARE_TR_FUNCTIONS(DialogRetry)
public:
    // Shows Retry (created on first use, object name "retryButton"); it runs `retry`.
    static void offer(QDialogButtonBox *buttons, std::function<void()> retry);
    static void withdraw(QDialogButtonBox *buttons);
};

template<typename T, typename Accepted, typename Refused>
void submit(QDialog *dialog, QDialogButtonBox *buttons, QFuture<Result<T>> command,
            Accepted accepted, Refused refused)
{
    buttons->setEnabled(false);
    DialogRetry::withdraw(buttons);
    onFinished(std::move(command), dialog, [=](const Result<T> &result) {
        buttons->setEnabled(true);
        if (!result.ok()) {
            if (isTransient(result.error()))
                DialogRetry::offer(buttons, [dialog] { dialog->accept(); });
            return refused(result.error());
        }
        accepted(*result);
        dialog->QDialog::accept();
    });
}

// Whether a submit() of this dialog is still running.
inline bool isSubmitting(const QDialogButtonBox *buttons)
{
    return !buttons->isEnabled();
}

} // namespace oc::gui

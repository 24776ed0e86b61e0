#pragma once

// The OK of a dialog that saves through the backend: while the command runs the buttons are
// disabled (and a second OK is ignored); on success `accepted` takes the value and the
// dialog closes; on refusal `refused` shows the error and the dialog stays open with every
// entry kept.

#include "core/Error.h"
#include "contract/Async.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFuture>

namespace oc::gui {

template<typename T, typename Accepted, typename Refused>
void submit(QDialog *dialog, QDialogButtonBox *buttons, QFuture<Result<T>> command,
            Accepted accepted, Refused refused)
{
    buttons->setEnabled(false);
    onFinished(std::move(command), dialog, [=](const Result<T> &result) {
        buttons->setEnabled(true);
        if (!result.ok())
            return refused(result.error());
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

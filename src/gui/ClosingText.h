#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace oc::gui {

// The words of closing Huawei Cloud services (my-account.md §5.11; R-CLS-1..6): each condition
// of the automatic checks that failed, what to do about it, the checks' and the reasons' names,
// and a refusal's arguments (conditions, dates) made readable before ErrorText words it.
class ClosingText
{
    Q_DECLARE_TR_FUNCTIONS(ClosingText)
public:
    // A failed condition in the user's words ("Overdue payments: ¥1,280.50."), and what to do.
    static QString conditionText(const ClosingFailure &failure);
    static QString remedyText(const ClosingFailure &failure);
    // A condition's short name ("overdue payments"), for a list in a sentence.
    static QString conditionName(const QString &condition);
    // "Account Check", "Financial Check", "Orders and Resources Check".
    static QString groupName(ClosingCheckGroup group);
    // "No longer wish to use", ...
    static QString reasonText(ClosingReason reason);
    // `error` with its "conditions" named (R-CLS-1 changed, R-CLS-5 owed) and its dates
    // (restoreFrom, disableFrom) in `zone`, as ErrorText shows them.
    static Error readable(Error error, const QTimeZone &zone);
};

} // namespace oc::gui

#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace oc::gui {

// The one place where an Error (rule id + field + reason) becomes a translated sentence.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // A sentence for the user, naming what is wrong and what to do.
    static QString message(const Error &error, const QString &brand = QStringLiteral("Guance"));
    // The message with the rule id appended, e.g. "... (R-BND-2)", for places where an
    // operator wants to cite the rule.
    static QString messageWithRule(const Error &error,
                                   const QString &brand = QStringLiteral("Guance"));
};

} // namespace oc::gui

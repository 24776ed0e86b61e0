#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <span>

namespace oc::gui {

// The one place where an Error (rule id + field + reason) becomes a translated sentence:
// a table of messages (ErrorText.cpp), looked up by rule, reason and field.
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

    // One message of the table. `source` is the English text, translated in the context
    // "ErrorText" when it is shown. `args` fills its placeholders: space-separated, one
    // for %1, %2, %3 in turn, each the name of an Error::args value, "@brand", "@field",
    // "@reason" or "=text" (that text); "a|b" is b when a is empty; "#name" is the %n of
    // a plural message (QT_TRANSLATE_N_NOOP), the Error::args value `name`.
    struct Entry
    {
        const char *rule;
        const char *reason; // "*": any reason
        const char *source;
        const char *args = "";
        const char *field = nullptr; // only for this field; nullptr: any
        const char *when = nullptr;  // only when this Error::args value is not empty
    };
    // Every message, in the order they are tried: the first that matches an Error is its
    // text; an Error none matches gets a generic "refused (rule/reason)".
    static std::span<const Entry> entries();
    // The entry that gives `error` its text; nullptr for the generic text.
    static const Entry *find(const Error &error);
};

} // namespace oc::gui

#include "Error.h"

namespace oc {

QString Error::toString() const
{
    QString text = rule;
    if (!field.isEmpty())
        text += QStringLiteral(" field=") + field;
    if (!reason.isEmpty())
        text += QStringLiteral(" reason=") + reason;
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        text += QStringLiteral(" %1=%2").arg(it.key(), it.value().toString());
    return text;
}

Error makeError(QString rule, QString field, QString reason, QVariantMap args)
{
    return Error{std::move(rule), std::move(field), std::move(reason), std::move(args)};
}

} // namespace oc

#include "ApiAnswer.h"

namespace oc::remote {

Error undecodableAnswer(int status, const Error &problem)
{
    if (status == 401)
        return makeError(QString::fromLatin1(SystemError::Auth), QString(),
                         QStringLiteral("invalid"));
    return makeError(QString::fromLatin1(SystemError::Unreachable), QString(),
                     QStringLiteral("badAnswer"),
                     {{QStringLiteral("status"), status},
                      {QStringLiteral("field"), problem.field},
                      {QStringLiteral("problem"), problem.reason}});
}

} // namespace oc::remote

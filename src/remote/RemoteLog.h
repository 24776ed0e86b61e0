#pragma once

#include <QLoggingCategory>

namespace oc::remote {

// The remote backend's log: routes (the table's paths, never their parameters), statuses
// and failures; never a header, a body or the token.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)

} // namespace oc::remote

#include "RemoteLog.h"

namespace oc::remote {

Q_LOGGING_CATEGORY(lcRemote, "oc.remote")

} // namespace oc::remote

#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// Read-side services: details and progress that are more than one list.
class QueryService
{
public:
    explicit QueryService(Session &session)
        : m_session(session)
    {}

    Result<HuaweiAccountDetail> huaweiAccount(const QString &accountId);
    Result<OnboardingProgress> onboardingProgress(const QString &accountId);

private:
    Session &m_session;
};

// R-MKT-2 and R-ORG-3: due state changes (provisioning -> active, creating -> ready,
// available stored-value cards past their expiry -> expired) applied on the clock, each
// journaled. Returns the list views that changed.
QStringList settleDueTransitions(Session &session);

} // namespace oc

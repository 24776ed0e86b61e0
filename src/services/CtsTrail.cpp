#include "CtsTrail.h"

#include "core/MyAccount.h"
#include "store/AccountConditionsRepository.h"
#include "store/CtsTraceRepository.h"
#include "store/HuaweiAccountRepository.h"

namespace oc {

namespace {

void insert(Session &session, const QString &accountId, const char *traceName,
            const QString &outcome, const QString &details)
{
    Q_ASSERT(cts::isTraceName(QString::fromLatin1(traceName)));
    store::CtsTraceRow trace;
    trace.accountId = accountId;
    trace.at = session.now();
    trace.traceName = QString::fromLatin1(traceName);
    trace.actor = session.actor();
    trace.outcome = outcome;
    trace.details = details.isNull() ? QStringLiteral("") : details;
    store::CtsTraceRepository(session.db()).insert(trace);
}

} // namespace

bool CtsTrail::record(Session &session, const QString &accountId, const char *traceName,
                      const QString &details)
{
    if (!store::AccountConditionsRepository(session.db()).ctsEnabled(accountId))
        return false;
    insert(session, accountId, traceName, QStringLiteral("success"), details);
    return true;
}

void CtsTrail::recordRefusal(Session &session, const QString &accountId, const char *traceName,
                             const Error &refusal)
{
    if (accountId.isEmpty() || refusal.rule == QLatin1String(SystemError::Store))
        return;
    const QString details = refusal.field.isEmpty()
                                ? refusal.reason
                                : refusal.field + QLatin1Char(':') + refusal.reason;
    // Its own transaction (run again like any other if it loses a race); it never refuses.
    session.mutate<Done>(QString::fromLatin1(traceName), QString::fromLatin1(cts::ResourceType),
                         accountId, [&]() -> Status {
                             auto &db = session.db();
                             if (store::HuaweiAccountRepository(db).exists(accountId) &&
                                 store::AccountConditionsRepository(db).ctsEnabled(accountId))
                                 insert(session, accountId, traceName, refusal.rule, details);
                             return Done{};
                         });
}

} // namespace oc

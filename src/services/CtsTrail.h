#pragma once

#include "Session.h"

namespace oc {

// R-AUD-2 (my-account.md B, D.4): the CTS traces of an account — exactly the nine names of
// core/MyAccount.h cts::TraceNames, resource type accountCenter, with the operator and the
// outcome — recorded only while the account's CTS is enabled (AccountConditions::ctsEnabled).
// The journal records every call whatever CTS says (R-AUD-1): a trace is written beside the
// call's journal entry, never instead of it. A refused call leaves a trace too (its outcome
// the rule id, its details field:reason), once its account is known.
class CtsTrail
{
public:
    // Inside the caller's transaction: trace `traceName` of `accountId`, when its CTS is
    // enabled. Returns whether it was recorded.
    static bool record(Session &session, const QString &accountId, const char *traceName,
                       const QString &details = {});
    // After a refused call: its trace in a transaction of its own, when the account exists
    // and its CTS is enabled. Nothing for a failing store (nothing was written) or an account
    // id that names no account.
    static void recordRefusal(Session &session, const QString &accountId, const char *traceName,
                              const Error &refusal);
    // The above for a call's result: a refusal is traced; returns `result`.
    template<class T>
    static Result<T> traced(Session &session, const QString &accountId, const char *traceName,
                            Result<T> result)
    {
        if (!result.ok())
            recordRefusal(session, accountId, traceName, result.error());
        return result;
    }
};

} // namespace oc

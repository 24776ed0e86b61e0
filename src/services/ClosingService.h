#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// Closing Huawei Cloud services (my-account.md §5.11, D.1 W-CLOSE, D.2 D-DISABLE / D-RESTORE /
// D-LAST-CHECK, the operator's termination; R-CLS-1..7): a close application runs the three
// automatic checks (account, financial, orders and resources: every condition of §5.11.1
// that fails, core/Closing.h) and stores their result (R-CLS-4), which is "sent" to the HUAWEI
// ID's email (or, without one, its mobile number); Proceed to Close with a passed check
// closes the services for 90 days of retention (R-CLS-2), during which the customer may
// restore or disable them from 24 hours after closing (R-CLS-2, R-CLS-5) and Huawei (the
// operator) may end the closing (R-CLS-6). At the end of retention the clock disables them
// (settleRetention, called with the clock's other due transitions). Closed or disabled
// services cannot buy (R-CLS-7: core/PurchaseEligibility, R-MKT-1) and a disabled account
// cannot sign in (HuaweiLoginService, R-CLS-5).
//
// The HUAWEI ID holder proves to be one by a code to the HUAWEI ID's own mobile number (sms)
// or email (R-CLS-3): purposes close-services and disable-services (CodeService, R-VC-1),
// judged outside the transaction (a wrong one counted), consumed inside.
//
// Every change is one transaction, journaled under resource type accountCenter (R-AUD-1) as
// startClosing (details "passed" or "failed: <conditions>"), closeServices, restoreServices,
// disableServices (details "customer" or "retention ended"), terminateClosing (details
// "<reason> <note>"); none has a CTS trace (R-AUD-2: Table 8-1 lists none). A refusal is
// journaled too. Outbox (email) kinds: closingCheckResult {passed, failures}, servicesClosed
// {retentionUntil, restoreFrom}, servicesRestored, servicesDisabled, closingTerminated
// {reason, note}.
//
// Every call first: R-ID-1 accountId format {length} (E-REQUIRED accountId when empty), then
// E-NOT-FOUND accountId huaweiAccount. Refusals besides, in the order they are checked (rule,
// field, reason {args}):
// startClosing:
//   R-CLS-3  termsAccepted required
//   R-CLS-3  reason        required
//   R-CLS-3  accountId     servicesNotEnabled / servicesClosed / servicesDisabled
//   R-CLS-3  channel       unbound          (no HUAWEI ID mobile number / email for the code)
//   R-VC-1   code          format / wrong {attemptsLeft} / expired / exhausted / used / notSent
// closeServices (Proceed to Close):
//   R-CLS-3  accountId     servicesNotEnabled / servicesClosed / servicesDisabled
//   R-CLS-4  checkId       notLast          (no check, or not the account's last one)
//   R-CLS-4  checkId       failed           (that application ended: submit a new one)
//   R-CLS-4  checkId       used             (it closed the services already)
//   R-CLS-1  checkId       changed {conditions} (a condition fails now: check again)
// restoreServices:
//   R-CLS-2  accountId     notClosed {servicesStatus}
//   R-CLS-2  accountId     tooEarly {restoreFrom}  (less than 24 hours after closing)
//   R-CLS-2  accountId     retentionOver
// disableServices:
//   R-CLS-5  acknowledged  required
//   R-CLS-5  accountId     notClosed {servicesStatus}
//   R-CLS-5  accountId     tooEarly {disableFrom}
//   R-CLS-5  accountId     retentionOver
//   R-CLS-5  accountId     owed {conditions}   (the Financial Check fails: arrears, ...)
//   R-CLS-5  channel       unbound
//   R-VC-1   code          as above (purpose disable-services)
// terminateClosing:
//   E-TOO-LONG note        tooLong {max: 500}
//   R-CLS-6  accountId     notClosed {servicesStatus}
class ClosingService
{
public:
    explicit ClosingService(Session &session)
        : m_session(session)
    {}

    Result<ClosingCheck> startClosing(const CloseServicesRequest &request);
    Result<ServicesClosing> closeServices(const QString &accountId, qint64 checkId);
    // The checks as they stand now, not stored (D-DISABLE's check result).
    Result<ClosingCheck> closingCheck(const QString &accountId);
    Result<HuaweiAccount> restoreServices(const QString &accountId);
    Result<ServicesClosing> disableServices(const DisableServicesRequest &request);
    Result<HuaweiAccount> terminateClosing(const TerminateClosingRequest &request);

    // R-CLS-1: the account's failed conditions now, inside the caller's transaction.
    static QList<ClosingFailure> failuresOf(store::Database &db, const QString &accountId);
    // The detail's closing (R-CLS-2, R-CLS-5) of a closed or disabled account; nullopt
    // otherwise. Inside the caller's transaction.
    static std::optional<ServicesClosing> closingOf(store::Database &db,
                                                    const HuaweiAccount &account);
    // R-CLS-4: the account's last check, inside the caller's transaction.
    static std::optional<ClosingCheck> lastCheckOf(store::Database &db, const QString &accountId);
    // R-CLS-2: disables the services whose retention ended at the clock's now, inside the
    // caller's transaction (journaled "disableServices", "retention ended"). The accounts.
    static QStringList settleRetention(Session &session);

private:
    Session &m_session;
};

} // namespace oc

#pragma once

#include "contract/Routes.h"

#include <QStringList>

namespace oc {

// The list views (core/ListNames.h) the success of each changing call of the Backend
// contract (contract/Routes.h's operation names) changes: what LocalBackend announces
// through Backend::changed and what the billing API server puts on its change feed. A
// refused call changes the journal only (the refusal is journaled, R-AUD-1).

// The views `operation` changes when it succeeds (every view for the clock and Reset
// demo; none for drafts and code checks). An unknown operation changes every view: a
// missing entry costs a refresh, never a stale list.
QStringList viewsChangedBy(const char *operation);
// The views a refusal of `operation` changes: the journal, which records it, and for the
// operations of CTS traces (R-AUD-2) the CTS traces.
QStringList viewsChangedByRefusal(const char *operation);
// Every list view.
QStringList allViews();

} // namespace oc

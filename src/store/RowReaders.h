#pragma once

// The row readers that more than one repository uses (each repository's own reader is in
// its source file, next to its queries).

#include "Database.h"
#include "core/Domain.h"

namespace oc::store {

// Reads an instance's columns (instance_id, order_id, account_id, product_id, status,
// opened_at, active_at, closed_at) from column `first` on.
Instance readInstance(const SqlQuery &q, int first = 0);

} // namespace oc::store

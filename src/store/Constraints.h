#pragma once

#include <QString>

#include <optional>

namespace oc::store {

// The business rule a unique key of the schema enforces, and the input it is about: what a
// unique violation means to the user (a refusal of that rule), whichever service hit it.
struct ConstraintRule
{
    QString rule;
    QString field;
    QString reason;
};

// `constraint` as StoreError::constraint() names it (SqlDialect::violatedConstraint()):
// the index or constraint name, or SQLite's "table.column, ..." list. std::nullopt for keys
// that enforce no rule (generated ids, the journal, ...): such a violation is a store error.
std::optional<ConstraintRule> ruleOfConstraint(const QString &constraint);

} // namespace oc::store

#pragma once

#include "Database.h"

namespace oc::store {

// The changes the clock makes across aggregates: provisioning instances become active
// (R-MKT-2, InstanceRepository::activateDue), creating organizations become ready (R-ORG-3,
// OrganizationRepository::readyDue), available cards expire
// (StoredValueCardRepository::expireDueCards), closed services are disabled when their
// retention ends (R-CLS-2, ClosingRepository::retentionEnded).
class DueTransitions
{
public:
    explicit DueTransitions(Database &db)
        : m_db(db)
    {}
    // Whether any of them is due at `now`, in one cheap read: most ticks find nothing due
    // and must not write.
    bool anyDue(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace oc::store

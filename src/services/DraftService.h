#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// Wizard drafts (flows.md: a wizard's entries until its commit, never passwords): kept in
// the store by wizard and key, written in order with the commits but never journaled (they
// are not domain changes).
class DraftService
{
public:
    explicit DraftService(Session &session)
        : m_session(session)
    {}

    Status save(const WizardDraft &draft);
    // No draft: a WizardDraft with an empty wizard name.
    Result<WizardDraft> load(const QString &wizard, const QString &key);
    Status remove(const QString &wizard, const QString &key);

private:
    Session &m_session;
};

} // namespace oc

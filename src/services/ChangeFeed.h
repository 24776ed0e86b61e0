#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// The billing API's change feed (api.md: GET /v1/changes): which list views changed, in
// the order of a sequence kept in the store, so that every server process on one database
// tells every console the same.
class ChangeFeed
{
public:
    explicit ChangeFeed(Session &session)
        : m_session(session)
    {}

    // Appends a change (its own transaction, under the feed's lock so that sequences
    // become visible in order). Returns its sequence.
    Result<qint64> record(const QStringList &views, bool clock = false);
    Result<qint64> latest();
    // Everything changed after `since`, merged into one batch up to the newest sequence.
    Result<ChangeBatch> since(qint64 since);

private:
    Session &m_session;
};

} // namespace oc

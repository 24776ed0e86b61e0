#pragma once

#include "Database.h"

namespace oc::store {

// One CTS trace (R-AUD-2, my-account.md B): a trace name of core/MyAccount.h cts::TraceNames
// (the schema refuses others), resource type accountCenter.
struct CtsTraceRow
{
    qint64 traceId = 0;
    QString accountId;
    QDateTime at;
    QString traceName;
    QString actor;
    QString outcome; // "success" or the rule id of a refusal
    QString details;
};

// The CTS traces. Whether a trace is recorded at all (the account's CTS enabled) is the
// services' decision; they are listed through the view ctsTraces (store/ListViews.cpp).
class CtsTraceRepository
{
public:
    explicit CtsTraceRepository(Database &db)
        : m_db(db)
    {}
    // Returns the new trace id.
    qint64 insert(const CtsTraceRow &trace);

private:
    Database &m_db;
};

} // namespace oc::store

#pragma once

#include "Session.h"

namespace oc {

// Idempotency keys of the billing API's changing requests (api.md): a request repeated
// with the same key answers the first answer again and changes nothing more.
//
// A key is reserved (its own transaction) before its request runs; every transaction the
// request commits marks it changed (Session::requestBeforeCommit, set by arm()), so a key
// is "changed" exactly when a change of its request is in the store; the answer is stored
// when complete. A repeat finds: the answer (replayed); the request still running
// (E-CONFLICT inProgress); or, after the server stopped half-way, a request that changed
// something without an answer (E-CONFLICT outcomeUnknown) or nothing (run again).
class IdempotencyService
{
public:
    explicit IdempotencyService(Session &session)
        : m_session(session)
    {}

    struct Reservation
    {
        bool replay = false; // answer `status` and `body` instead of running the request
        int status = 0;
        QByteArray body;
    };
    // How long a running key is considered alive before a repeat may find its server
    // stopped.
    static constexpr int RunningTimeoutSeconds = 120;

    // E-INVALID idempotencyKey (format, reused with another request), E-AUTH
    // keyOfAnotherOperator, E-CONFLICT (inProgress, outcomeUnknown).
    Result<Reservation> reserve(const QString &key, const QString &operatorId,
                                const QByteArray &fingerprint);
    // From now on, every transaction of `session` marks `key` changed (until disarm()).
    static void arm(Session &session, const QString &key);
    static void disarm(Session &session);
    Status complete(const QString &key, int status, const QByteArray &body);

    static bool isValidKey(const QString &key);

private:
    Session &m_session;
};

} // namespace oc

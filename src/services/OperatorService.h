#pragma once

#include "Session.h"
#include "store/OperatorRepository.h"

namespace oc {

// The billing API's operators (api.md "Authentication"): each has a token, printed once
// when the operator is added and kept only as a hash; every change is journaled under the
// operator's name.
class OperatorService
{
public:
    explicit OperatorService(Session &session)
        : m_session(session)
    {}

    struct Added
    {
        QString operatorId;
        QString name;
        QString token; // "<operatorId>.<secret>": shown once, never stored
    };
    // A name is 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit,
    // and not an active operator's (letter case aside).
    Result<Added> add(const QString &name);
    Result<QList<store::OperatorRecord>> list();
    Status revoke(const QString &name);
    // The active operator a bearer token belongs to; E-AUTH with reason "missing",
    // "invalid" or "revoked" otherwise. The secret is compared in constant time.
    Result<store::OperatorRecord> authenticate(const QString &token);

private:
    Session &m_session;
};

} // namespace oc

#pragma once

#include "OperatorTokenCache.h"
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
    // "invalid" or "revoked" otherwise. The secret is compared in constant time. With a
    // cache, a token it verified within its lifetime is not looked up in the store again
    // (a revocation then takes effect within that lifetime); any other token is.
    Result<store::OperatorRecord> authenticate(const QString &token,
                                               OperatorTokenCache *cache = nullptr);

private:
    Session &m_session;
};

} // namespace oc

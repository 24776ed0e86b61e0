#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// R-VC-1 verification codes: issued to the Outbox, checked, consumed by the commit that
// needs them. Used by every wizard that verifies an email or a phone.
class CodeService
{
public:
    explicit CodeService(Session &session)
        : m_session(session)
    {}

    Result<CodeSent> send(Channel channel, const QString &destination, const QString &purpose);
    // Early feedback: judges the code, counting a wrong attempt, without consuming it.
    Status check(const QString &destination, const QString &purpose, const QString &code,
                 const QString &field = QStringLiteral("code"));
    // Inside a commit's transaction: judges and consumes. Commits call check() first,
    // outside their transaction, so that a wrong code is counted (R-VC-1: 5 attempts)
    // even though the commit then rolls back.
    Status consume(const QString &destination, const QString &purpose, const QString &code,
                   const QString &field = QStringLiteral("code"));

private:
    Session &m_session;
};

} // namespace oc

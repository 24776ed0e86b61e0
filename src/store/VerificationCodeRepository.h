#pragma once

#include "Database.h"
#include "core/VerificationCodes.h"

#include <optional>

namespace oc::store {

class VerificationCodeRepository
{
public:
    explicit VerificationCodeRepository(Database &db)
        : m_db(db)
    {}
    qint64 insert(const VerificationCodeRecord &record);
    std::optional<VerificationCodeRecord> latest(const QString &destination,
                                                 const QString &purpose);
    // R-VC-1: when the last code for `destination` was issued, whatever its purpose.
    std::optional<QDateTime> lastIssuedTo(const QString &destination);
    // R-VC-1: counts a wrong attempt in one statement; returns the attempts now counted.
    int countWrongAttempt(qint64 codeId);
    void consume(qint64 codeId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace oc::store

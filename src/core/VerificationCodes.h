#pragma once

// R-VC-1 as pure functions over a code's record; the service stores records and calls
// these with the clock's time.

#include "Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace oc {

struct VerificationCodeRecord
{
    qint64 codeId = 0;
    QString channel;     // "email" | "sms"
    QString destination; // address or number
    QString purpose;     // e.g. "register", "bind-fee-center"
    QString code;
    QDateTime issuedAt;
    QDateTime expiresAt;
    int attempts = 0; // wrong attempts so far
    bool consumed = false;
};

namespace CodePolicy {
inline constexpr int ValiditySeconds = 10 * 60;
inline constexpr int MaxAttempts = 5;
inline constexpr int ResendSeconds = 60;
} // namespace CodePolicy

// A new code for a destination may be issued 60 s after the previous one.
Problem checkCanIssueCode(const std::optional<QDateTime> &lastIssuedAt, const QDateTime &now,
                          const QString &field);

enum class CodeVerdict { Accepted, Wrong, Expired, Exhausted, Consumed, Missing };

// Judges `input` against the latest code for the destination (or none). `Wrong` means
// the caller must count the attempt.
CodeVerdict judgeCode(const std::optional<VerificationCodeRecord> &latest, const QString &input,
                      const QDateTime &now);

// The Error for a verdict other than Accepted; `attemptsLeft` after counting this one.
Error codeError(CodeVerdict verdict, const QString &field, int attemptsLeft);

} // namespace oc

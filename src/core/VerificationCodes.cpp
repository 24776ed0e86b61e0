#include "VerificationCodes.h"

#include "Rules.h"

namespace oc {

Problem checkCanIssueCode(const std::optional<QDateTime> &lastIssuedAt, const QDateTime &now,
                          const QString &field)
{
    if (!lastIssuedAt)
        return std::nullopt;
    const qint64 elapsed = lastIssuedAt->secsTo(now);
    if (elapsed < CodePolicy::ResendSeconds)
        return makeError(QString::fromLatin1(rule::VC_1), field, QStringLiteral("tooSoon"),
                         {{QStringLiteral("seconds"), CodePolicy::ResendSeconds - elapsed}});
    return std::nullopt;
}

CodeVerdict judgeCode(const std::optional<VerificationCodeRecord> &latest, const QString &input,
                      const QDateTime &now)
{
    if (!latest)
        return CodeVerdict::Missing;
    if (latest->consumed)
        return CodeVerdict::Consumed;
    if (latest->attempts >= CodePolicy::MaxAttempts)
        return CodeVerdict::Exhausted;
    if (now >= latest->expiresAt)
        return CodeVerdict::Expired;
    return input == latest->code ? CodeVerdict::Accepted : CodeVerdict::Wrong;
}

Error codeError(CodeVerdict verdict, const QString &field, int attemptsLeft)
{
    const auto rule = QString::fromLatin1(rule::VC_1);
    switch (verdict) {
    case CodeVerdict::Wrong:
        if (attemptsLeft <= 0)
            return makeError(rule, field, QStringLiteral("exhausted"));
        return makeError(rule, field, QStringLiteral("wrong"),
                         {{QStringLiteral("attemptsLeft"), attemptsLeft}});
    case CodeVerdict::Expired:
        return makeError(rule, field, QStringLiteral("expired"));
    case CodeVerdict::Exhausted:
        return makeError(rule, field, QStringLiteral("exhausted"));
    case CodeVerdict::Consumed:
        return makeError(rule, field, QStringLiteral("used"));
    case CodeVerdict::Missing:
        return makeError(rule, field, QStringLiteral("notSent"));
    case CodeVerdict::Accepted:
        break;
    }
    return makeError(rule, field, QStringLiteral("wrong"));
}

} // namespace oc

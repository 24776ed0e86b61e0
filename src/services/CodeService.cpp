#include "CodeService.h"

#include "core/Validators.h"

namespace oc {

Result<CodeSent> CodeService::send(Channel channel, const QString &destination,
                                   const QString &purpose)
{
    const QString field = channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("mobile");
    return m_session.mutate<CodeSent>(
        QStringLiteral("sendVerificationCode"), QStringLiteral("verificationCode"), destination,
        [&]() -> Result<CodeSent> {
            store::VerificationCodeRepository codes(m_session.db());
            const QDateTime now = m_session.now();
            const auto latest = codes.latest(destination, purpose);
            if (auto problem = checkCanIssueCode(
                    latest ? std::optional<QDateTime>(latest->issuedAt) : std::nullopt, now, field))
                return *problem;
            VerificationCodeRecord record;
            record.channel = toString(channel);
            record.destination = destination;
            record.purpose = purpose;
            record.code = m_session.ids().verificationCode();
            record.issuedAt = now;
            record.expiresAt = now.addSecs(CodePolicy::ValiditySeconds);
            codes.insert(record);
            m_session.send(channel, destination, QStringLiteral("verificationCode"),
                           {{QStringLiteral("code"), record.code},
                            {QStringLiteral("purpose"), purpose},
                            {QStringLiteral("minutes"), CodePolicy::ValiditySeconds / 60}});
            m_session.journal(QStringLiteral("sendVerificationCode"),
                              QStringLiteral("verificationCode"), destination);
            return CodeSent{destination, record.expiresAt,
                            now.addSecs(CodePolicy::ResendSeconds)};
        });
}

Status CodeService::check(const QString &destination, const QString &purpose, const QString &code,
                          const QString &field)
{
    if (auto format = validate::verificationCode(code, field); !format.ok())
        return format.error();
    // Counting a wrong attempt is a change of its own (it must survive the refusal).
    std::optional<Error> refusal;
    const Status counted = m_session.mutate<Done>(
        QStringLiteral("checkVerificationCode"), QStringLiteral("verificationCode"), destination,
        [&]() -> Status {
            store::VerificationCodeRepository codes(m_session.db());
            const auto latest = codes.latest(destination, purpose);
            const CodeVerdict verdict = judgeCode(latest, code.trimmed(), m_session.now());
            if (verdict == CodeVerdict::Wrong) {
                codes.countWrongAttempt(latest->codeId);
                refusal = codeError(verdict, field, CodePolicy::MaxAttempts - latest->attempts - 1);
            } else if (verdict != CodeVerdict::Accepted) {
                refusal = codeError(verdict, field, 0);
            }
            return Done{};
        });
    if (!counted.ok())
        return counted;
    if (refusal)
        return *refusal;
    return okStatus();
}

Status CodeService::consume(const QString &destination, const QString &purpose,
                            const QString &code, const QString &field)
{
    if (auto format = validate::verificationCode(code, field); !format.ok())
        return format.error();
    store::VerificationCodeRepository codes(m_session.db());
    const auto latest = codes.latest(destination, purpose);
    const CodeVerdict verdict = judgeCode(latest, code.trimmed(), m_session.now());
    if (verdict == CodeVerdict::Accepted) {
        codes.consume(latest->codeId, m_session.now());
        return okStatus();
    }
    return codeError(verdict, field,
                     latest ? CodePolicy::MaxAttempts - latest->attempts - 1 : 0);
}

} // namespace oc

#include "CodeService.h"

#include "core/Validators.h"
#include "store/VerificationCodeRepository.h"

namespace oc {

namespace {

// A destination in the validators' normal form (an address trimmed, a number without
// spaces and hyphens), so that a code is found however the destination was typed.
QString normalisedDestination(const QString &destination)
{
    QString value = destination.trimmed();
    if (!value.contains(QLatin1Char('@'))) {
        value.remove(QLatin1Char(' '));
        value.remove(QLatin1Char('-'));
    }
    return value;
}

} // namespace

Result<CodeSent> CodeService::send(Channel channel, const QString &destinationInput,
                                   const QString &purpose)
{
    const QString field =
        channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("mobile");
    return m_session.mutate<CodeSent>(
        QStringLiteral("sendVerificationCode"), QStringLiteral("verificationCode"),
        destinationInput, [&]() -> Result<CodeSent> {
            // R-ACC-1 / R-ACC-4: only a valid address or number is sent a code.
            const Result<QString> valid = channel == Channel::Email
                                              ? validate::email(destinationInput, field)
                                              : validate::mobile(destinationInput, false, field);
            if (!valid.ok())
                return valid.error();
            const QString destination = valid.value();
            store::VerificationCodeRepository codes(m_session.db());
            const QDateTime now = m_session.now();
            // R-VC-1: one new code per 60 seconds per destination, whatever the purpose.
            if (auto problem = checkCanIssueCode(codes.lastIssuedTo(destination), now, field))
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
            return CodeSent{destination, record.expiresAt, now.addSecs(CodePolicy::ResendSeconds)};
        });
}

Status CodeService::check(const QString &destinationInput, const QString &purpose,
                          const QString &code, const QString &field)
{
    if (auto format = validate::verificationCode(code, field); !format.ok())
        return format.error();
    const QString destination = normalisedDestination(destinationInput);
    // Counting a wrong attempt is a change of its own (it must survive the refusal).
    std::optional<Error> refusal;
    const Status counted = m_session.mutate<Done>(
        QStringLiteral("checkVerificationCode"), QStringLiteral("verificationCode"), destination,
        [&]() -> Status {
            store::VerificationCodeRepository codes(m_session.db());
            const auto latest = codes.latest(destination, purpose);
            const CodeVerdict verdict = judgeCode(latest, code.trimmed(), m_session.now());
            if (verdict == CodeVerdict::Wrong) {
                const int attempts = codes.countWrongAttempt(latest->codeId);
                refusal = codeError(verdict, field, CodePolicy::MaxAttempts - attempts);
            } else if (verdict != CodeVerdict::Accepted) {
                refusal = codeError(verdict, field, 0);
            }
            // R-AUD-1: the refusal is journaled with the attempt it counted (the mutation
            // itself succeeds, so mutate() does not journal it).
            if (refusal)
                m_session.journal(QStringLiteral("checkVerificationCode"),
                                  QStringLiteral("verificationCode"), destination, refusal->rule,
                                  field + QLatin1Char(':') + refusal->reason);
            return Done{};
        });
    if (!counted.ok())
        return counted;
    if (refusal)
        return *refusal;
    return okStatus();
}

Status CodeService::consume(const QString &destinationInput, const QString &purpose,
                            const QString &code, const QString &field)
{
    if (auto format = validate::verificationCode(code, field); !format.ok())
        return format.error();
    const QString destination = normalisedDestination(destinationInput);
    store::VerificationCodeRepository codes(m_session.db());
    const auto latest = codes.latest(destination, purpose);
    const CodeVerdict verdict = judgeCode(latest, code.trimmed(), m_session.now());
    if (verdict == CodeVerdict::Accepted) {
        codes.consume(latest->codeId, m_session.now());
        return okStatus();
    }
    return codeError(verdict, field, latest ? CodePolicy::MaxAttempts - latest->attempts - 1 : 0);
}

} // namespace oc

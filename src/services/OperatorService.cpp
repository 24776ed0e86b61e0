#include "OperatorService.h"

#include "core/Random.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace oc {

namespace {

Error authError(const char *reason)
{
    return makeError(QString::fromLatin1(SystemError::Auth), QStringLiteral("authorization"),
                     QString::fromLatin1(reason));
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<OperatorService::Added> OperatorService::add(const QString &input)
{
    const QString name = input.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
    if (!valid.match(name).hasMatch())
        return makeError(QString::fromLatin1(SystemError::Invalid), QStringLiteral("name"),
                         QStringLiteral("format"));
    // Tokens come from the secure source even on a demo store (whose ids are seeded).
    Added added;
    added.operatorId = QStringLiteral("op_") + QString::fromLatin1(secureRandomBytes(8).toHex());
    const QString secret = QString::fromLatin1(secureRandomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    added.name = name;
    added.token = added.operatorId + QLatin1Char('.') + secret;
    return m_session.mutate<Added>(
        QStringLiteral("addOperator"), QStringLiteral("operator"), name, [&]() -> Result<Added> {
            store::OperatorRepository operators(m_session.db());
            if (operators.findActiveByName(name))
                return makeError(QString::fromLatin1(SystemError::Duplicate),
                                 QStringLiteral("name"), QStringLiteral("operatorTaken"));
            operators.insert(
                store::OperatorRecord{added.operatorId, name, hashOf(secret), m_session.now(), {}});
            m_session.journal(QStringLiteral("addOperator"), QStringLiteral("operator"), name,
                              QStringLiteral("success"), added.operatorId);
            return added;
        });
}

Result<QList<store::OperatorRecord>> OperatorService::list()
{
    return m_session.read<QList<store::OperatorRecord>>(
        [&]() -> Result<QList<store::OperatorRecord>> {
            return store::OperatorRepository(m_session.db()).all();
        });
}

Status OperatorService::revoke(const QString &input)
{
    const QString name = input.trimmed();
    return m_session.mutate<Done>(
        QStringLiteral("revokeOperator"), QStringLiteral("operator"), name, [&]() -> Status {
            if (!store::OperatorRepository(m_session.db()).revoke(name, m_session.now()))
                return makeError(QString::fromLatin1(SystemError::NotFound), QStringLiteral("name"),
                                 QStringLiteral("operator"));
            m_session.journal(QStringLiteral("revokeOperator"), QStringLiteral("operator"), name);
            return Done{};
        });
}

Result<store::OperatorRecord> OperatorService::authenticate(const QString &token,
                                                            OperatorTokenCache *cache)
{
    if (token.isEmpty())
        return authError("missing");
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    if (dot <= 0 || token.size() > 256)
        return authError("invalid");
    const QString operatorId = token.left(dot);
    const QByteArray secretHash = hashOf(token.mid(dot + 1)).toLatin1();
    if (cache) {
        // A miss, or a secret that is not the one verified, asks the store as before.
        if (const auto known = cache->find(operatorId))
            if (constantTimeEquals(secretHash, known->tokenHash.toLatin1()))
                return *known;
    }
    const QDeadlineTimer readStarted(cache ? cache->lifetime() : std::chrono::milliseconds(0));
    return m_session.read<store::OperatorRecord>([&]() -> Result<store::OperatorRecord> {
        const auto found = store::OperatorRepository(m_session.db()).find(operatorId);
        // Compared even when the operator is unknown, so that the answer takes as long.
        const QByteArray expected = found ? found->tokenHash.toLatin1() : QByteArray(64, '0');
        const bool matches = constantTimeEquals(secretHash, expected);
        if (!found || !matches)
            return authError("invalid");
        if (found->revokedAt.isValid())
            return authError("revoked");
        if (cache)
            cache->remember(*found, readStarted);
        return *found;
    });
}

} // namespace oc

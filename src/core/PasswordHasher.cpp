#include "PasswordHasher.h"

#include "Random.h"

#include <sodium.h>

namespace oc {

PasswordHasher::PasswordHasher(HashCost cost)
    : m_cost(cost)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = m_cost == HashCost::Interactive;
    const auto ops = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

HashCost PasswordHasher::costFromString(const QString &text, bool *ok)
{
    const bool minimum = text.compare(QLatin1String("minimum"), Qt::CaseInsensitive) == 0;
    const bool interactive = text.compare(QLatin1String("interactive"), Qt::CaseInsensitive) == 0;
    if (ok)
        *ok = minimum || interactive;
    return minimum ? HashCost::Minimum : HashCost::Interactive;
}

QString PasswordHasher::costToString(HashCost cost)
{
    return cost == HashCost::Minimum ? QStringLiteral("minimum") : QStringLiteral("interactive");
}

} // namespace oc

#include "Random.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <sodium.h>

namespace oc {

quint32 RandomSource::uniform(quint32 bound)
{
    Q_ASSERT(bound > 0);
    // Rejection sampling on 32-bit draws: accept only values below the largest multiple
    // of `bound`.
    const quint64 limit = (quint64(1) << 32) - ((quint64(1) << 32) % bound);
    for (;;) {
        const quint64 draw = next64() & 0xffffffffu;
        if (draw < limit)
            return quint32(draw % bound);
    }
}

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            std::fputs("onboarding-console: libsodium failed to initialise\n", stderr);
            std::abort();
        }
    });
}

SecureRandom::SecureRandom()
{
    ensureSodium();
}

QByteArray secureRandomBytes(int count)
{
    ensureSodium();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    ensureSodium();
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

quint64 SecureRandom::next64()
{
    quint64 value = 0;
    randombytes_buf(&value, sizeof value);
    return value;
}

quint64 SeededRandom::next64()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace oc

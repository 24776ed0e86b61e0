#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace oc {

// Source of random bytes for ids, codes and generated passwords. Real use draws from
// libsodium; demo generation and tests use a seeded source so that ids are stable.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual quint64 next64() = 0;
    // Uniform in [0, bound), without modulo bias.
    quint32 uniform(quint32 bound);
};

class SecureRandom final : public RandomSource
{
public:
    SecureRandom();
    quint64 next64() override;
};

// SplitMix64: tiny, fast, and identical on every platform (std:: distributions are not).
class SeededRandom final : public RandomSource
{
public:
    explicit SeededRandom(quint64 state)
        : m_state(state)
    {}
    quint64 next64() override;
    quint64 state() const { return m_state; }
    void setState(quint64 state) { m_state = state; }

private:
    quint64 m_state;
};

// Initialises libsodium once; aborts with a message if it cannot (no secure randomness).
void ensureSodium();

// `count` bytes from libsodium's secure source (tokens, secrets).
QByteArray secureRandomBytes(int count);
// Whether `a` and `b` are equal, in a time that depends on their length only (comparing
// secrets such as token hashes).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace oc

#pragma once

#include <QString>

namespace oc {

// Argon2id through libsodium. The cost is a setting: Interactive for real use, Minimum for
// tests and demo generation. Passwords are never logged or stored in plain text.
enum class HashCost
{
    Interactive,
    Minimum
};

class PasswordHasher
{
public:
    explicit PasswordHasher(HashCost cost = HashCost::Interactive);

    HashCost cost() const { return m_cost; }
    // The PHC string ("$argon2id$v=19$m=...") with its own salt and parameters; empty if
    // libsodium ran out of memory.
    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // A hash of nobody's password at this cost, made once per process: a login for an
    // unknown account is verified against it so that it takes as long as a wrong password
    // (no hint which accounts exist; R-ORG-6, R-ACC-19).
    const QString &decoyHash() const;

    static HashCost costFromString(const QString &text, bool *ok = nullptr);
    static QString costToString(HashCost cost);

private:
    HashCost m_cost;
};

} // namespace oc

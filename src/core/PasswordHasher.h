#pragma once

#include <QString>
#include <QStringList>

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

    // A server's hashes in helper processes: each hashing thread hands its hashes to a
    // process of its own, `program arguments...`, which runs serveHelper(). Argon2id maps,
    // fills and unmaps 64 MiB per hash at interactive cost; in the server's own address
    // space that held up its other threads (page faults and the process's memory map lock:
    // a list read's p99 went from 5 to 24 ms while a login was in flight); in a process of
    // its own it does not (6 ms, tests/bench/api_bench). A helper that cannot be started or
    // stops answering is started again once, else the hash is made in this process (with a
    // warning). An empty `program` hashes in this process again. Linux only (elsewhere the
    // hashes stay in this process).
    static void useHelperProcesses(const QString &program, const QStringList &arguments);
    // The helper's side: answers the requests on its standard input on its standard output
    // until the input ends; the process's exit code.
    static int serveHelper();

    static HashCost costFromString(const QString &text, bool *ok = nullptr);
    static QString costToString(HashCost cost);

private:
    HashCost m_cost;
};

} // namespace oc

#pragma once

#include <QString>

#include <exception>

namespace oc::store {

// Thrown inside the store for database failures (never for business rules, which are
// values). Services catch it at their boundary and turn it into an E-STORE Error, or, for
// a unique-constraint violation, into the rule the constraint enforces.
class StoreError : public std::exception
{
public:
    enum class Kind
    {
        Unique,     // a UNIQUE or PRIMARY KEY constraint refused the row
        ForeignKey, // a reference to a missing row
        Busy,       // another process holds the lock past the busy timeout
        Conflict,   // lost a race to a concurrent transaction (serialization, deadlock):
                    // running the transaction again may succeed
        Corrupt,    // not a database, or a damaged one
        ReadOnly,   // the file or its folder cannot be written
        Other,
    };

    StoreError(Kind kind, QString message, QString detail = {}, QString constraint = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
        , m_constraint(std::move(constraint))
        , m_what(m_message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    // What failed, in English, for logs ("insert into members"); the driver's text in detail.
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    // For Unique: the key that refused the row, as the dialect names it (an index or
    // constraint name, or SQLite's "table.column, ..." list); see Constraints.h.
    const QString &constraint() const { return m_constraint; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QString m_constraint;
    QByteArray m_what;
};

} // namespace oc::store

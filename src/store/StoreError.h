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
    enum class Kind {
        Unique,     // a UNIQUE or PRIMARY KEY constraint refused the row
        ForeignKey, // a reference to a missing row
        Busy,       // another process holds the lock past the busy timeout
        Corrupt,    // not a database, or a damaged one
        ReadOnly,   // the file or its folder cannot be written
        Other,
    };

    StoreError(Kind kind, QString message, QString detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
        , m_what(m_message.toUtf8())
    {
    }

    Kind kind() const { return m_kind; }
    // What failed, in English, for logs ("insert into members"); the driver's text in detail.
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace oc::store

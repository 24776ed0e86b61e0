#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>
#include <utility>
#include <variant>

namespace oc {

// A failure as a value. `rule` is a business rule id from ../shared/spec/rules.md
// (e.g. "R-BND-2") or a system code (see SystemError); `field` names the input that is
// wrong, if any; `reason` distinguishes several ways one rule can fail ("format",
// "taken", ...). The GUI turns (rule, reason) into a translated message in one place
// (gui/ErrorText), the API sends the same triple as JSON.
struct Error
{
    QString rule;
    QString field;
    QString reason;
    QVariantMap args;

    bool operator==(const Error &other) const = default;
    QString toString() const; // for logs and test output; never shown to users
};

// Codes for failures that are not business rules.
namespace SystemError {
inline constexpr auto Store = "E-STORE";                    // database failure
inline constexpr auto NotFound = "E-NOT-FOUND";             // a referenced record does not exist
inline constexpr auto Required = "E-REQUIRED";              // a mandatory field is empty
inline constexpr auto TooLong = "E-TOO-LONG";               // a free-text field exceeds its limit
inline constexpr auto Mismatch = "E-MISMATCH";              // confirmation differs (password)
inline constexpr auto Unreachable = "E-UNREACHABLE";        // backend cannot be reached
inline constexpr auto Conflict = "E-CONFLICT";              // concurrent change, retry
inline constexpr auto Invalid = "E-INVALID";                // malformed request
inline constexpr auto Duplicate = "E-DUPLICATE";            // a sibling record has the same name
inline constexpr auto Cancelled = "E-CANCELLED";            // the user cancelled (an export)
inline constexpr auto File = "E-FILE";                      // a file cannot be written (an export)
inline constexpr auto Clock = "E-CLOCK";                    // only the demo clock can be set
inline constexpr auto Demo = "E-DEMO";                      // only a demo database can be reset
inline constexpr auto NotImplemented = "E-NOT-IMPLEMENTED"; // not in this version yet
inline constexpr auto Auth = "E-AUTH"; // the billing API refused the operator's token

inline constexpr const char *All[] = {Store,       NotFound, Required, TooLong,        Mismatch,
                                      Unreachable, Conflict, Invalid,  Duplicate,      Cancelled,
                                      File,        Clock,    Demo,     NotImplemented, Auth};
} // namespace SystemError

Error makeError(QString rule, QString field = {}, QString reason = {}, QVariantMap args = {});

// A failure of the system rather than of a rule (the backend unreachable or too slow, the
// store failing, a concurrent change): the same request may succeed when repeated, so the
// GUI offers Retry.
inline bool isTransient(const Error &error)
{
    return error.rule.startsWith(QLatin1String(SystemError::Store)) ||
           error.rule == QLatin1String(SystemError::Unreachable) ||
           error.rule == QLatin1String(SystemError::Conflict);
}

struct Done
{
    bool operator==(const Done &) const = default;
};

// Either a value or an Error. Default-constructed results hold a default value so that
// futures can carry them.
template<class T>
class Result
{
public:
    Result()
        : m_data(T{})
    {}
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<Done>;

inline Status okStatus()
{
    return Status(Done{});
}

// Validators return std::nullopt when the input is acceptable.
using Problem = std::optional<Error>;

} // namespace oc

#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace oc {

// Money in integer fen (1 CNY = 100 fen). Never floating point.
struct Fen
{
    qint64 value = 0;

    constexpr Fen() = default;
    constexpr explicit Fen(qint64 fen) : value(fen) {}
    static constexpr Fen fromYuan(qint64 yuan) { return Fen(yuan * 100); }

    constexpr auto operator<=>(const Fen &) const = default;
    constexpr Fen operator+(Fen other) const { return Fen(value + other.value); }
    constexpr Fen operator-(Fen other) const { return Fen(value - other.value); }
    constexpr Fen operator*(qint64 factor) const { return Fen(value * factor); }
    Fen &operator+=(Fen other)
    {
        value += other.value;
        return *this;
    }

    // "1234.50", locale-independent: for CSV export and logs. The GUI formats with QLocale.
    QString toPlainString() const;
    // Parses "1234", "1234.5" or "1234.50"; returns false on anything else.
    static bool parse(const QString &text, Fen *out);
};

} // namespace oc

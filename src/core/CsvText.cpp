#include "CsvText.h"

#include <QDateTime>
#include <QTimeZone>

namespace oc::csv {

namespace {

bool needsQuotes(QStringView text)
{
    for (const QChar c : text)
        if (c == u'"' || c == u',' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[23 - n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    out.append(digits + 24 - n, n);
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

} // namespace

void appendField(QByteArray &out, QStringView text)
{
    if (!needsQuotes(text)) {
        out.append(text.toUtf8());
        return;
    }
    out.append('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            out.append(text.mid(from, i + 1 - from).toUtf8());
            out.append('"');
            from = i + 1;
        }
    }
    out.append(text.mid(from).toUtf8());
    out.append('"');
}

void appendText(QByteArray &out, QStringView text)
{
    static constexpr QStringView FormulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && FormulaStarts.contains(text.front())) {
        QString guarded;
        guarded.reserve(text.size() + 1);
        guarded.append(QLatin1Char('\''));
        guarded.append(text);
        appendField(out, guarded);
        return;
    }
    appendField(out, text);
}

void appendFieldUtf8(QByteArray &out, QByteArrayView utf8)
{
    bool quoted = false;
    for (const char c : utf8)
        if (c == '"' || c == ',' || c == '\n' || c == '\r') {
            quoted = true;
            break;
        }
    if (!quoted) {
        out.append(utf8);
        return;
    }
    out.append('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '"') {
            out.append(utf8.sliced(from, i + 1 - from));
            out.append('"');
            from = i + 1;
        }
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

void appendTextUtf8(QByteArray &out, QByteArrayView utf8)
{
    // The formula starts are ASCII: a UTF-8 text starts with one exactly when its UTF-16
    // twin does.
    static constexpr QByteArrayView FormulaStarts = "=+-@\t\r";
    if (!utf8.isEmpty() && FormulaStarts.contains(utf8.front())) {
        QByteArray guarded;
        guarded.reserve(utf8.size() + 1);
        guarded.append('\'');
        guarded.append(utf8);
        appendFieldUtf8(out, guarded);
        return;
    }
    appendFieldUtf8(out, utf8);
}

void appendIsoUtc(QByteArray &out, qint64 msecsSinceEpoch)
{
    constexpr qint64 MsPerDay = 86400000;
    qint64 days = msecsSinceEpoch / MsPerDay;
    qint64 msOfDay = msecsSinceEpoch % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999) {
        out.append(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
                       .toUTC()
                       .toString(Qt::ISODate)
                       .toUtf8());
        return;
    }
    const qint64 seconds = msOfDay / 1000;
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    out.append('T');
    appendDigits(out, seconds / 3600, 2);
    out.append(':');
    appendDigits(out, seconds / 60 % 60, 2);
    out.append(':');
    appendDigits(out, seconds % 60, 2);
    out.append('Z');
}

void appendFen(QByteArray &out, qint64 fen)
{
    // As Fen::toPlainString: the sign, then the magnitude's yuan and two-digit fen.
    const quint64 magnitude = fen < 0 ? 0 - quint64(fen) : quint64(fen);
    if (fen < 0)
        out.append('-');
    out.append(QByteArray::number(magnitude / 100));
    out.append('.');
    appendDigits(out, qint64(magnitude % 100), 2);
}

void appendInteger(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

} // namespace oc::csv

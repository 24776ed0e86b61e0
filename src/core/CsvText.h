#pragma once

// The cells of an exported CSV file (ListService::exportCsv), appended as UTF-8 to a
// buffer: a million rows are written without a QString, QDateTime or QStringList per cell
// (issue 20: the export must keep up with the sqlite3 command-line tool). Each function
// writes exactly what the Qt formatting it replaces would (tests/core/test_csv_text).

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace oc::csv {

// A field as RFC 4180 wants it: in double quotes (inner ones doubled) when it holds a
// quote, a comma or a line break, else as is.
void appendField(QByteArray &out, QStringView text);
// A text typed by a customer: as appendField, with a leading apostrophe when it starts like
// a spreadsheet formula (= + - @ tab CR), so that a spreadsheet shows it as text.
void appendText(QByteArray &out, QStringView text);
// The same two from UTF-8 (a cell as the store holds it): the very same bytes out.
void appendFieldUtf8(QByteArray &out, QByteArrayView utf8);
void appendTextUtf8(QByteArray &out, QByteArrayView utf8);
// UTC milliseconds since the epoch as QDateTime's Qt::ISODate of the UTC time, to the
// second: "2026-03-02T01:30:00Z" (years 1 to 9999; others as QDateTime writes them).
void appendIsoUtc(QByteArray &out, qint64 msecsSinceEpoch);
// Fen as yuan with two decimals, as Fen::toPlainString: "-12.05".
void appendFen(QByteArray &out, qint64 fen);
// A decimal integer.
void appendInteger(QByteArray &out, qint64 value);

} // namespace oc::csv

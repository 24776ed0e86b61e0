#pragma once

// Paged, filtered, sorted lists behind every list view (read models). The store defines
// each view's columns and SQL; the GUI shows them through one generic model.

#include "Domain.h"

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace oc {

// How a column's raw value is to be shown.
enum class ColumnKind
{
    Text,    // plain text
    Id,      // an identifier: monospace, copyable
    Integer, // a count
    Money,   // integer fen
    Time,    // UTC milliseconds since the epoch
    Boolean, // 0/1
    Enum,    // a stored enum spelling; `enumName` says which enum
    Site,    // a site code (R-WS-3)
};

// The API spelling (ListPage over JSON), in the style of Domain.h's enums.
template<>
struct EnumSpelling<ColumnKind>
{
    static constexpr auto values =
        std::to_array<std::pair<ColumnKind, const char *>>({{ColumnKind::Text, "text"},
                                                            {ColumnKind::Id, "id"},
                                                            {ColumnKind::Integer, "integer"},
                                                            {ColumnKind::Money, "money"},
                                                            {ColumnKind::Time, "time"},
                                                            {ColumnKind::Boolean, "boolean"},
                                                            {ColumnKind::Enum, "enum"},
                                                            {ColumnKind::Site, "site"}});
};

struct ColumnInfo
{
    QString key;
    ColumnKind kind = ColumnKind::Text;
    QString enumName; // for Enum: enumName::AuthStatus, ... (core/ListNames.h)

    bool operator==(const ColumnInfo &) const = default;
};

// The position of column `key` in `columns`; -1 if there is none.
int columnIndex(const QList<ColumnInfo> &columns, QAnyStringView key);

struct ListQuery
{
    QString view;        // view::HuaweiAccounts, ... (core/ListNames.h)
    QString search;      // free text over the view's searchable columns
    QVariantMap filters; // exact matches on the view's filterable columns
    QString sortColumn;  // a column key (column::...); empty = the view's default order
    bool descending = false;
    int offset = 0;
    int limit = 200;
    bool withTotal = true;
    // The total the caller already knows (-1: none). A page in the second half is then
    // read in the reverse order from the end, which an index walks as fast as the start,
    // instead of skipping `offset` rows: scrolling to the end of a million rows is quick.
    qint64 knownTotal = -1;

    bool operator==(const ListQuery &) const = default;
};

struct ListPage
{
    QList<ColumnInfo> columns;
    QList<QVariantList> rows;
    qint64 total = -1; // -1 when not requested
    int offset = 0;

    // The position of column `key` in `columns` and in every row; -1 if the page has none.
    int columnIndex(QAnyStringView key) const;
    // The value of column `key` in row `row`; a null QVariant if either does not exist.
    QVariant value(int row, QAnyStringView key) const;
    // Row `row` as column key -> value; empty if there is no such row.
    QVariantMap record(int row) const;

    bool operator==(const ListPage &) const = default;
};

} // namespace oc

#pragma once

// Paged, filtered, sorted lists behind every list view (read models). The store defines
// each view's columns and SQL; the GUI shows them through one generic model.

#include "Domain.h"

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
    QString enumName; // for Enum: "authStatus", "instanceStatus", ...

    bool operator==(const ColumnInfo &) const = default;
};

struct ListQuery
{
    QString view;        // "huaweiAccounts", "instances", ... (see ListViews)
    QString search;      // free text over the view's searchable columns
    QVariantMap filters; // exact matches on the view's filterable columns
    QString sortColumn;  // a column key; empty = the view's default order
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

    bool operator==(const ListPage &) const = default;
};

} // namespace oc

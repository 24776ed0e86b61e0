#include "ListViews.h"

#include <algorithm>
#include <vector>

namespace oc::store {

namespace {

struct ViewColumn
{
    const char *key;
    const char *sql;
    ColumnKind kind;
    const char *enumName = "";
    bool searchable = false;
    bool filterable = false;
};

struct ViewDefinition
{
    const char *name;
    const char *from;
    const char *where; // fixed condition, may be empty
    std::vector<ViewColumn> columns;
    const char *defaultSort;
    bool defaultDescending;
};

using K = ColumnKind;

const std::vector<ViewDefinition> &definitions()
{
    static const std::vector<ViewDefinition> views = {
        {"huaweiAccounts",
         "huawei_accounts a LEFT JOIN partner_associations p ON p.account_id = a.account_id",
         "",
         {
             {"accountId", "a.account_id", K::Id, "", true, true},
             {"name",
              "CASE WHEN a.account_type = 'enterprise' AND a.enterprise_name <> '' THEN "
              "a.enterprise_name WHEN a.full_name <> '' THEN a.full_name ELSE a.login_id END",
              K::Text, "", true},
             {"loginId", "a.login_id", K::Text, "", true},
             {"tenantName", "a.tenant_name", K::Text, "", true},
             {"accountType", "a.account_type", K::Enum, "accountType", false, true},
             {"authStatus", "a.auth_status", K::Enum, "authStatus", false, true},
             {"servicesStatus", "a.services_status", K::Enum, "servicesStatus", false, true},
             {"partner", "COALESCE(p.partner_name, '')", K::Text, "", true},
             {"email", "a.email", K::Text, "", true},
             {"mobile", "a.mobile", K::Text, "", true},
             {"countryRegion", "a.country_region", K::Text},
             {"createdAt", "a.created_at", K::Time},
         },
         "createdAt",
         false},
        {"orders",
         "orders o JOIN products p ON p.product_id = o.product_id "
         "LEFT JOIN card_redemptions r ON r.order_id = o.order_id "
         "LEFT JOIN app_bindings b ON b.order_id = o.order_id "
         "LEFT JOIN organizations g ON g.organization_id = b.organization_id",
         "",
         {
             {"orderId", "o.order_id", K::Id, "", true, true},
             {"accountId", "o.account_id", K::Id, "", true, true},
             {"productKind", "p.kind", K::Enum, "productKind", false, true},
             {"productName", "p.kind", K::Enum, "product"},
             {"quantity", "o.quantity", K::Integer},
             {"amount", "o.amount_fen", K::Money},
             {"status", "o.status", K::Enum, "orderStatus", false, true},
             {"redeemed", "CASE WHEN r.order_id IS NULL THEN 0 ELSE 1 END", K::Boolean, "", false,
              true},
             {"boundOrganization", "COALESCE(g.abbreviation, '')", K::Text, "", true},
             {"createdAt", "o.created_at", K::Time},
         },
         "createdAt",
         true},
        {"instances",
         "instances i JOIN products p ON p.product_id = i.product_id "
         "LEFT JOIN app_bindings b ON b.order_id = i.order_id "
         "LEFT JOIN organizations g ON g.organization_id = b.organization_id",
         "",
         {
             {"instanceId", "i.instance_id", K::Id, "", true, true},
             {"productName", "p.kind", K::Enum, "product"},
             {"orderId", "i.order_id", K::Id, "", true, true},
             {"accountId", "i.account_id", K::Id, "", true, true},
             {"status", "i.status", K::Enum, "instanceStatus", false, true},
             {"boundOrganization", "COALESCE(g.abbreviation, '')", K::Text, "", true},
             {"openedAt", "i.opened_at", K::Time},
             {"closedAt", "i.closed_at", K::Time},
             {"productKind", "p.kind", K::Enum, "productKind", false, true},
         },
         "openedAt",
         true},
        {"organizations",
         "organizations o JOIN huawei_accounts a ON a.account_id = o.owner_account_id",
         "",
         {
             {"organizationId", "o.organization_id", K::Id, "", false, true},
             {"enterpriseName", "o.enterprise_name", K::Text, "", true},
             {"abbreviation", "o.abbreviation", K::Text, "", true, true},
             {"ownerAccountId", "o.owner_account_id", K::Id, "", true, true},
             {"ownerName",
              "CASE WHEN a.enterprise_name <> '' THEN a.enterprise_name ELSE a.login_id END",
              K::Text, "", true},
             {"status", "o.status", K::Enum, "organizationStatus", false, true},
             {"memberCount",
              "(SELECT count(*) FROM members m WHERE m.organization_id = o.organization_id)",
              K::Integer},
             {"createdAt", "o.created_at", K::Time},
             {"readyAt", "o.ready_at", K::Time},
         },
         "createdAt",
         false},
        {"members",
         "members m JOIN organizations o ON o.organization_id = m.organization_id "
         "LEFT JOIN departments d ON d.department_id = m.department_id",
         "",
         {
             {"memberId", "m.member_id", K::Integer, "", false, true},
             {"loginName", "m.account || '@' || o.abbreviation", K::Id, "", true},
             {"displayName", "m.display_name", K::Text, "", true},
             {"department", "COALESCE(d.name, '')", K::Text, "", true},
             {"organizationId", "m.organization_id", K::Id, "", false, true},
             {"ownerAccountId", "o.owner_account_id", K::Id, "", false, true},
             {"mobile", "m.mobile", K::Text, "", true},
             {"email", "m.email", K::Text, "", true},
             {"authorized",
              "CASE WHEN EXISTS (SELECT 1 FROM app_authorizations z WHERE "
              "z.member_id = m.member_id) THEN 1 ELSE 0 END",
              K::Boolean},
             {"mustChangePassword", "m.must_change_password", K::Boolean},
             {"enabled", "m.enabled", K::Boolean, "", false, true},
             {"createdAt", "m.created_at", K::Time},
         },
         "memberId",
         false},
        {"bindings",
         "app_bindings b JOIN organizations o ON o.organization_id = b.organization_id "
         "JOIN products p ON p.product_id = b.product_id "
         "JOIN instances i ON i.instance_id = b.instance_id",
         "",
         {
             {"bindingId", "b.binding_id", K::Integer, "", false, true},
             {"orderId", "b.order_id", K::Id, "", true, true},
             {"instanceId", "b.instance_id", K::Id, "", true, true},
             {"productName", "p.kind", K::Enum, "product"},
             {"abbreviation", "o.abbreviation", K::Text, "", true},
             {"organizationId", "b.organization_id", K::Id, "", false, true},
             {"ownerAccountId", "o.owner_account_id", K::Id, "", false, true},
             {"instanceStatus", "i.status", K::Enum, "instanceStatus", false, true},
             {"authorizedCount",
              "(SELECT count(*) FROM app_authorizations z WHERE z.binding_id = b.binding_id)",
              K::Integer},
             {"boundAt", "b.bound_at", K::Time},
         },
         "boundAt",
         false},
        {"authorizations",
         "app_authorizations z JOIN app_bindings b ON b.binding_id = z.binding_id "
         "JOIN members m ON m.member_id = z.member_id "
         "JOIN organizations o ON o.organization_id = m.organization_id",
         "",
         {
             {"loginName", "m.account || '@' || o.abbreviation", K::Id, "", true},
             {"displayName", "m.display_name", K::Text, "", true},
             {"orderId", "b.order_id", K::Id, "", true, true},
             {"organizationId", "o.organization_id", K::Id, "", false, true},
             {"ownerAccountId", "o.owner_account_id", K::Id, "", false, true},
             {"bindingId", "b.binding_id", K::Integer, "", false, true},
             {"authorizedAt", "z.authorized_at", K::Time},
         },
         "authorizedAt",
         false},
        {"feeCenterAccounts",
         "fee_center_accounts f",
         "",
         {
             {"feeCenterAccountId", "f.fee_center_account_id", K::Integer, "", false, true},
             {"username", "f.username", K::Text, "", true, true},
             {"enterpriseName", "f.enterprise_name", K::Text, "", true},
             {"email", "f.email", K::Text, "", true},
             {"cashBalance", "f.cash_balance_fen", K::Money},
             {"cardBalance",
              "(SELECT COALESCE(sum(c.balance_fen), 0) FROM stored_value_cards c "
              "WHERE c.fee_center_account_id = f.fee_center_account_id AND c.status = 'available')",
              K::Money},
             {"workspaceCount",
              "(SELECT count(*) FROM workspaces w WHERE w.fee_center_account_id = "
              "f.fee_center_account_id)",
              K::Integer},
             {"linkedHuaweiAccounts",
              "(SELECT count(*) FROM fee_center_huawei_links l WHERE "
              "l.fee_center_account_id = f.fee_center_account_id)",
              K::Integer},
             {"createdAt", "f.created_at", K::Time},
         },
         "createdAt",
         false},
        {"workspaces",
         // A workspace may have no fee-center account (schema 2): its username is empty.
         "workspaces w LEFT JOIN fee_center_accounts f ON f.fee_center_account_id = "
         "w.fee_center_account_id",
         "",
         {
             {"workspaceId", "w.workspace_id", K::Id, "", true, true},
             {"name", "w.name", K::Text, "", true},
             {"feeCenterUsername", "COALESCE(f.username, '')", K::Text, "", true},
             {"site", "w.site", K::Site, "", false, true},
             {"language", "w.language", K::Enum, "workspaceLanguage", false, true},
             {"settlement", "w.settlement_method", K::Enum, "settlementMethod", false, true},
             {"settlementAccountId", "w.settlement_account_id", K::Id, "", true, true},
             {"settlementInstanceId", "w.settlement_instance_id", K::Id, "", true, true},
             {"status", "w.status", K::Enum, "workspaceStatus", false, true},
             {"lockReason", "w.lock_reason", K::Text},
             {"lockedAt", "w.locked_at", K::Time},
             {"createdAt", "w.created_at", K::Time},
             {"feeCenterAccountId", "w.fee_center_account_id", K::Integer, "", false, true},
         },
         "createdAt",
         false},
        {"storedValueCards",
         "stored_value_cards c JOIN fee_center_accounts f ON f.fee_center_account_id = "
         "c.fee_center_account_id",
         "",
         {
             {"cardNumber", "c.card_number", K::Id, "", true, true},
             {"feeCenterUsername", "f.username", K::Text, "", true},
             {"faceValue", "c.face_value_fen", K::Money},
             {"balance", "c.balance_fen", K::Money},
             {"status", "c.status", K::Enum, "cardStatus", false, true},
             {"purchaseType", "c.purchase_type", K::Enum, "purchaseType", false, true},
             {"purchasedAt", "c.purchased_at", K::Time},
             {"expiresAt", "c.expires_at", K::Time},
             {"sourceOrderId", "c.source_order_id", K::Id, "", true, true},
             {"feeCenterAccountId", "c.fee_center_account_id", K::Integer, "", false, true},
         },
         "purchasedAt",
         true},
        {"outbox",
         "outbox x",
         "x.held = 0",
         {
             {"messageId", "x.message_id", K::Integer},
             {"sentAt", "x.sent_at", K::Time},
             {"channel", "x.channel", K::Enum, "channel", false, true},
             {"destination", "x.destination", K::Text, "", true, true},
             {"kind", "x.kind", K::Text, "", true, true},
             {"params", "x.params", K::Text, "", true},
         },
         "sentAt",
         true},
        {"journal",
         "journal j",
         "",
         {
             {"entryId", "j.entry_id", K::Integer},
             {"at", "j.at", K::Time},
             {"actor", "j.actor", K::Text, "", true, true},
             {"operation", "j.operation", K::Text, "", true, true},
             {"resourceType", "j.resource_type", K::Text, "", true, true},
             {"target", "j.target", K::Id, "", true, true},
             {"outcome", "j.outcome", K::Text, "", true, true},
             {"details", "j.details", K::Text, "", true},
         },
         "at",
         true},
    };
    return views;
}

const ViewDefinition *findView(const QString &name)
{
    for (const auto &view : definitions())
        if (name == QLatin1StringView(view.name))
            return &view;
    return nullptr;
}

const ViewColumn *findColumn(const ViewDefinition &view, const QString &key)
{
    for (const auto &column : view.columns)
        if (key == QLatin1StringView(column.key))
            return &column;
    return nullptr;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

struct Built
{
    QString where;
    QList<std::pair<QString, QVariant>> binds;
};

Built buildWhere(const ViewDefinition &view, const ListQuery &query, const SqlDialect &dialect)
{
    QStringList conditions;
    Built built;
    if (*view.where)
        conditions << QString::fromLatin1(view.where);
    int n = 0;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const ViewColumn *column = findColumn(view, it.key());
        if (!column || !column->filterable)
            continue;
        const QString name = QStringLiteral(":f%1").arg(n++);
        conditions << QString::fromLatin1(column->sql) + QStringLiteral(" = ") + name;
        built.binds.append({name, it.value()});
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QStringList alternatives;
        const QString like = dialect.caseInsensitiveLike();
        for (const auto &column : view.columns)
            if (column.searchable)
                alternatives << QString::fromLatin1(column.sql) + QLatin1Char(' ') + like +
                                    QStringLiteral(" :q ESCAPE '\\'");
        if (!alternatives.isEmpty()) {
            conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                              QLatin1Char(')');
            built.binds.append(
                {QStringLiteral(":q"), QLatin1Char('%') + escapeLike(search) + QLatin1Char('%')});
        }
    }
    if (!conditions.isEmpty())
        built.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return built;
}

QString orderBy(const ViewDefinition &view, const ListQuery &query, bool reversed = false)
{
    const ViewColumn *sort = findColumn(view, query.sortColumn);
    bool descending = query.descending;
    if (!sort) {
        sort = findColumn(view, QString::fromLatin1(view.defaultSort));
        descending = view.defaultDescending;
    }
    descending = descending != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The first column is the view's key: a stable tie-breaker so pages never overlap.
    QString sql = QStringLiteral(" ORDER BY ") + QString::fromLatin1(sort->sql) + direction;
    if (sort != &view.columns.front())
        sql += QStringLiteral(", ") + QString::fromLatin1(view.columns.front().sql) + direction;
    return sql;
}

} // namespace

QStringList ListViews::viewNames()
{
    QStringList names;
    for (const auto &view : definitions())
        names << QString::fromLatin1(view.name);
    return names;
}

bool ListViews::hasView(const QString &view)
{
    return findView(view) != nullptr;
}

QList<ColumnInfo> ListViews::columns(const QString &viewName)
{
    QList<ColumnInfo> list;
    if (const ViewDefinition *view = findView(viewName))
        for (const auto &column : view->columns)
            list.append({QString::fromLatin1(column.key), column.kind,
                         QString::fromLatin1(column.enumName)});
    return list;
}

QString ListViews::unknownName(const ListQuery &query)
{
    const ViewDefinition *view = findView(query.view);
    if (!view)
        return query.view.isEmpty() ? QStringLiteral("view") : query.view;
    if (!query.sortColumn.isEmpty() && !findColumn(*view, query.sortColumn))
        return query.sortColumn;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const ViewColumn *column = findColumn(*view, it.key());
        if (!column || !column->filterable)
            return it.key();
    }
    return {};
}

namespace {

// The statement of one page: its SQL and binds, and whether it reads backwards.
struct PageStatement
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;
    bool reversed = false;
};

PageStatement pageStatement(const ViewDefinition &view, const ListQuery &query,
                            const SqlDialect &dialect)
{
    PageStatement statement;
    const Built built = buildWhere(view, query, dialect);
    QStringList expressions;
    for (const auto &column : view.columns)
        expressions << QString::fromLatin1(column.sql);
    // OFFSET skips rows one by one: past the middle of a known total, read backwards from
    // the end instead (ORDER BY reversed, then the page flipped back).
    qint64 offset = qMax(0, query.offset);
    qint64 limit = qMax(0, query.limit);
    statement.reversed = !query.withTotal && query.knownTotal > 0 && offset > query.knownTotal / 2;
    if (statement.reversed) {
        const qint64 end = qMin(query.knownTotal, offset + limit);
        limit = qMax<qint64>(0, end - offset);
        offset = query.knownTotal - end;
    }
    statement.sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
                    QStringLiteral(" FROM ") + QString::fromLatin1(view.from) + built.where +
                    orderBy(view, query, statement.reversed) +
                    QStringLiteral(" LIMIT :limit OFFSET :offset");
    statement.binds = built.binds;
    statement.binds.append({QStringLiteral(":limit"), limit});
    statement.binds.append({QStringLiteral(":offset"), offset});
    return statement;
}

} // namespace

ListPage ListViews::page(const ListQuery &query)
{
    ListPage result;
    result.offset = query.offset;
    const ViewDefinition *view = findView(query.view);
    if (!view || !unknownName(query).isEmpty()) {
        result.total = 0;
        return result;
    }
    result.columns = columns(query.view);
    const PageStatement statement = pageStatement(*view, query, m_db.dialect());
    SqlQuery rows(m_db, statement.sql);
    for (const auto &[name, value] : statement.binds)
        rows.bind(name, value);
    rows.exec();
    const int count = int(view->columns.size());
    while (rows.next()) {
        QVariantList row;
        row.reserve(count);
        for (int i = 0; i < count; ++i)
            row << rows.value(i);
        result.rows << row;
    }
    if (statement.reversed)
        std::reverse(result.rows.begin(), result.rows.end());

    if (query.withTotal) {
        const Built built = buildWhere(*view, query, m_db.dialect());
        SqlQuery total(m_db, QStringLiteral("SELECT count(*) FROM ") +
                                 QString::fromLatin1(view->from) + built.where);
        for (const auto &[name, value] : built.binds)
            total.bind(name, value);
        total.exec();
        result.total = total.next() ? total.integer(0) : 0;
    }
    return result;
}

QStringList ListViews::queryPlan(const ListQuery &query)
{
    QStringList plan;
    const ViewDefinition *view = findView(query.view);
    if (!view || !unknownName(query).isEmpty())
        return plan;
    const PageStatement statement = pageStatement(*view, query, m_db.dialect());
    const bool sqlite = m_db.dialect().kind() == SqlDialect::Kind::Sqlite;
    SqlQuery explain(m_db,
                     (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) +
                         statement.sql);
    for (const auto &[name, value] : statement.binds)
        explain.bind(name, value);
    explain.exec();
    // SQLite: id, parent, notused, detail; PostgreSQL: one line of text per row.
    while (explain.next())
        plan << explain.value(sqlite ? 3 : 0).toString();
    return plan;
}

qint64 ListViews::forEachRow(const ListQuery &query,
                             const std::function<bool(const QVariantList &, qint64, qint64)> &sink)
{
    const ViewDefinition *view = findView(query.view);
    if (!view || !unknownName(query).isEmpty())
        return 0;
    const Built built = buildWhere(*view, query, m_db.dialect());
    const QString from = QStringLiteral(" FROM ") + QString::fromLatin1(view->from);

    SqlQuery total(m_db, QStringLiteral("SELECT count(*)") + from + built.where);
    for (const auto &[name, value] : built.binds)
        total.bind(name, value);
    total.exec();
    const qint64 count = total.next() ? total.integer(0) : 0;

    // One forward-only cursor over the whole result: OFFSET paging would rescan.
    QStringList expressions;
    for (const auto &column : view->columns)
        expressions << QString::fromLatin1(column.sql);
    SqlQuery rows(m_db, QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + from +
                            built.where + orderBy(*view, query));
    for (const auto &[name, value] : built.binds)
        rows.bind(name, value);
    rows.exec();
    const int width = int(view->columns.size());
    qint64 delivered = 0;
    QVariantList row;
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < width; ++i)
            row << rows.value(i);
        if (!sink(row, delivered++, count))
            break;
    }
    return delivered;
}

} // namespace oc::store

#include "ListViews.h"

#include "RowCounts.h"
#include "core/ListNames.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace oc::store {

namespace {

struct ViewColumn
{
    QLatin1StringView key;
    const char *sql;
    ColumnKind kind;
    QLatin1StringView enumName = {};
    bool searchable = false;
    bool filterable = false;
    // How the column was computed before issue 20, for Access::Scanned; null: as `sql`.
    const char *scannedSql = nullptr;
};

// A view's text search through the search indexes (migration 0018, SqlDialect::searchRows):
// the rows of its base table whose key is among those the indexes find. Each source is a
// table, the columns of it that the view searches, and how its rows reach the base table.
struct SearchSource
{
    const char *table;
    const char *primaryKey;
    std::vector<const char *> columns;
    // The base table's column that references `primaryKey`; null for the base table itself.
    const char *link = nullptr;
    // The base table's columns that an index of `link` holds after it: the matches of this
    // source come with their values without a row read (KeyRead::Sort).
    std::vector<const char *> linkIndexHolds = {};
    // PostgreSQL: the table's column holding `columns` lower-cased and joined by U+001F,
    // with a trigram index (migration 24); null: each column is searched with its own index.
    const char *searchText = nullptr;
};

struct SearchIndex
{
    const char *alias; // the base table's alias in the view's `from`
    const char *table;
    const char *primaryKey;
    // Together they cover every searchable column of the view: a row the LIKE finds is
    // found by one of them.
    std::vector<SearchSource> sources;
};

// The Billing Center's big lists (issue 20: 1,000,000 cards, 100,000 workspaces).
const SearchIndex CardsSearch = {
    "c",
    "stored_value_cards",
    "card_number",
    {{"stored_value_cards", "card_number", {"card_number", "source_order_id"}},
     {"fee_center_accounts",
      "fee_center_account_id",
      {"username"},
      "fee_center_account_id",
      // Every sortable column of the card (migrations 21 and 22).
      {"purchased_at", "card_number", "expires_at", "balance_fen", "face_value_fen", "status",
       "purchase_type", "source_order_id", "fee_center_account_id"}}}};
const SearchIndex WorkspacesSearch = {
    "w",
    "workspaces",
    "workspace_id",
    {{"workspaces",
      "workspace_id",
      {"workspace_id", "name", "settlement_account_id", "settlement_instance_id"},
      nullptr,
      {},
      "search_text"},
     {"fee_center_accounts", "fee_center_account_id", {"username"}, "fee_center_account_id"}}};
const SearchIndex FeeCenterAccountsSearch = {"f",
                                             "fee_center_accounts",
                                             "fee_center_account_id",
                                             {{"fee_center_accounts",
                                               "fee_center_account_id",
                                               {"username", "enterprise_name", "email"},
                                               nullptr,
                                               {},
                                               "search_text"}}};

struct ViewDefinition
{
    QLatin1StringView name;
    const char *from;
    const char *where; // fixed condition, may be empty
    std::vector<ViewColumn> columns;
    QLatin1StringView defaultSort;
    bool defaultDescending;
    // The base table alone, when every join of `from` is to one row at most and the inner
    // ones never drop a row (keys and NOT NULL foreign keys say so): an unfiltered total is
    // then counted on it, without joining every row (the orders list's total grew with the
    // table: a few thousand orders cost the list page 5x).
    const char *countFrom = nullptr;
    // How its text search finds rows through an index; null: it scans.
    const SearchIndex *searchIndex = nullptr;
    // A table joined to the base table one to one, whose key is the base table's
    // ("fee_center_totals t", key column `companionKey`): a deep page sorted by one of its
    // columns reads its keys from it alone (keysFirst), as from the base table for the
    // base table's own columns.
    const char *companion = nullptr;
    const char *companionKey = nullptr;
    // `from` before issue 20, for Access::Scanned (with the columns' scannedSql); null: as
    // `from`.
    const char *scannedFrom = nullptr;
};

using K = ColumnKind;

const std::vector<ViewDefinition> &definitions()
{
    static const std::vector<ViewDefinition> views = {
        {view::HuaweiAccounts,
         "huawei_accounts a LEFT JOIN partner_associations p ON p.account_id = a.account_id",
         "",
         {
             {column::AccountId, "a.account_id", K::Id, {}, true, true},
             {column::Name,
              "CASE WHEN a.account_type = 'enterprise' AND a.enterprise_name <> '' THEN "
              "a.enterprise_name WHEN a.full_name <> '' THEN a.full_name ELSE a.login_id END",
              K::Text,
              {},
              true},
             {column::LoginId, "a.login_id", K::Text, {}, true},
             {column::TenantName, "a.tenant_name", K::Text, {}, true},
             {column::AccountType, "a.account_type", K::Enum, enumName::AccountType, false, true},
             {column::AuthStatus, "a.auth_status", K::Enum, enumName::AuthStatus, false, true},
             // R-ACC-16: not enabled is stored as 'enabled' without a time (migration 0011).
             {column::ServicesStatus,
              "CASE WHEN a.services_status = 'enabled' AND a.services_enabled_at IS NULL THEN "
              "'not_enabled' ELSE a.services_status END",
              K::Enum, enumName::ServicesStatus, false, true},
             {column::Partner, "COALESCE(p.partner_name, '')", K::Text, {}, true},
             {column::Email, "a.email", K::Text, {}, true},
             {column::Mobile, "a.service_mobile", K::Text, {}, true},
             {column::CountryRegion, "a.country_region", K::Text},
             {column::CreatedAt, "a.created_at", K::Time},
         },
         column::CreatedAt,
         false},
        {view::Orders,
         "orders o JOIN products p ON p.product_id = o.product_id "
         "LEFT JOIN card_redemptions r ON r.order_id = o.order_id "
         "LEFT JOIN app_bindings b ON b.order_id = o.order_id "
         "LEFT JOIN organizations g ON g.organization_id = b.organization_id",
         "",
         {
             {column::OrderId, "o.order_id", K::Id, {}, true, true},
             {column::AccountId, "o.account_id", K::Id, {}, true, true},
             {column::ProductKind, "p.kind", K::Enum, enumName::ProductKind, false, true},
             {column::ProductName, "p.kind", K::Enum, enumName::Product},
             {column::Quantity, "o.quantity", K::Integer},
             {column::Amount, "o.amount_fen", K::Money},
             {column::Status, "o.status", K::Enum, enumName::OrderStatus, false, true},
             {column::Redeemed,
              "CASE WHEN r.order_id IS NULL THEN 0 ELSE 1 END",
              K::Boolean,
              {},
              false,
              true},
             {column::BoundOrganization, "COALESCE(g.abbreviation, '')", K::Text, {}, true},
             {column::CreatedAt, "o.created_at", K::Time},
         },
         column::CreatedAt,
         true,
         // products: NOT NULL key; card_redemptions, app_bindings: unique order_id;
         // organizations: its key.
         "orders o"},
        {view::Instances,
         "instances i JOIN products p ON p.product_id = i.product_id "
         "LEFT JOIN app_bindings b ON b.order_id = i.order_id "
         "LEFT JOIN organizations g ON g.organization_id = b.organization_id",
         "",
         {
             {column::InstanceId, "i.instance_id", K::Id, {}, true, true},
             {column::ProductName, "p.kind", K::Enum, enumName::Product},
             {column::OrderId, "i.order_id", K::Id, {}, true, true},
             {column::AccountId, "i.account_id", K::Id, {}, true, true},
             {column::Status, "i.status", K::Enum, enumName::InstanceStatus, false, true},
             {column::BoundOrganization, "COALESCE(g.abbreviation, '')", K::Text, {}, true},
             {column::OpenedAt, "i.opened_at", K::Time},
             {column::ClosedAt, "i.closed_at", K::Time},
             {column::ProductKind, "p.kind", K::Enum, enumName::ProductKind, false, true},
         },
         column::OpenedAt,
         true},
        {view::Organizations,
         "organizations o JOIN huawei_accounts a ON a.account_id = o.owner_account_id",
         "",
         {
             {column::OrganizationId, "o.organization_id", K::Id, {}, false, true},
             {column::EnterpriseName, "o.enterprise_name", K::Text, {}, true},
             {column::Abbreviation, "o.abbreviation", K::Text, {}, true, true},
             {column::OwnerAccountId, "o.owner_account_id", K::Id, {}, true, true},
             {column::OwnerName,
              "CASE WHEN a.enterprise_name <> '' THEN a.enterprise_name ELSE a.login_id END",
              K::Text,
              {},
              true},
             {column::Status, "o.status", K::Enum, enumName::OrganizationStatus, false, true},
             {column::MemberCount,
              "(SELECT count(*) FROM members m WHERE m.organization_id = o.organization_id)",
              K::Integer},
             {column::CreatedAt, "o.created_at", K::Time},
             {column::ReadyAt, "o.ready_at", K::Time},
         },
         column::CreatedAt,
         false},
        {view::Members,
         "members m JOIN organizations o ON o.organization_id = m.organization_id "
         "LEFT JOIN departments d ON d.department_id = m.department_id",
         "",
         {
             {column::MemberId, "m.member_id", K::Integer, {}, false, true},
             {column::LoginName, "m.account || '@' || o.abbreviation", K::Id, {}, true},
             {column::DisplayName, "m.display_name", K::Text, {}, true},
             {column::Department, "COALESCE(d.name, '')", K::Text, {}, true},
             {column::OrganizationId, "m.organization_id", K::Id, {}, false, true},
             {column::OwnerAccountId, "o.owner_account_id", K::Id, {}, false, true},
             {column::Mobile, "m.mobile", K::Text, {}, true},
             {column::Email, "m.email", K::Text, {}, true},
             {column::Authorized,
              "CASE WHEN EXISTS (SELECT 1 FROM app_authorizations z WHERE "
              "z.member_id = m.member_id) THEN 1 ELSE 0 END",
              K::Boolean},
             {column::MustChangePassword, "m.must_change_password", K::Boolean},
             {column::Enabled, "m.enabled", K::Boolean, {}, false, true},
             {column::CreatedAt, "m.created_at", K::Time},
         },
         column::MemberId,
         false},
        {view::Bindings,
         "app_bindings b JOIN organizations o ON o.organization_id = b.organization_id "
         "JOIN products p ON p.product_id = b.product_id "
         "JOIN instances i ON i.instance_id = b.instance_id",
         "",
         {
             {column::BindingId, "b.binding_id", K::Integer, {}, false, true},
             {column::OrderId, "b.order_id", K::Id, {}, true, true},
             {column::InstanceId, "b.instance_id", K::Id, {}, true, true},
             {column::ProductName, "p.kind", K::Enum, enumName::Product},
             {column::Abbreviation, "o.abbreviation", K::Text, {}, true},
             {column::OrganizationId, "b.organization_id", K::Id, {}, false, true},
             {column::OwnerAccountId, "o.owner_account_id", K::Id, {}, false, true},
             {column::InstanceStatus, "i.status", K::Enum, enumName::InstanceStatus, false, true},
             {column::AuthorizedCount,
              "(SELECT count(*) FROM app_authorizations z WHERE z.binding_id = b.binding_id)",
              K::Integer},
             {column::BoundAt, "b.bound_at", K::Time},
         },
         column::BoundAt,
         false},
        {view::Authorizations,
         "app_authorizations z JOIN app_bindings b ON b.binding_id = z.binding_id "
         "JOIN members m ON m.member_id = z.member_id "
         "JOIN organizations o ON o.organization_id = m.organization_id",
         "",
         {
             {column::LoginName, "m.account || '@' || o.abbreviation", K::Id, {}, true},
             {column::DisplayName, "m.display_name", K::Text, {}, true},
             {column::OrderId, "b.order_id", K::Id, {}, true, true},
             {column::OrganizationId, "o.organization_id", K::Id, {}, false, true},
             {column::OwnerAccountId, "o.owner_account_id", K::Id, {}, false, true},
             {column::BindingId, "b.binding_id", K::Integer, {}, false, true},
             {column::AuthorizedAt, "z.authorized_at", K::Time},
         },
         column::AuthorizedAt,
         false},
        {view::FeeCenterAccounts,
         // Each account's totals, kept by triggers (migration 0020): one row per account.
         "fee_center_accounts f JOIN fee_center_totals t ON t.fee_center_account_id = "
         "f.fee_center_account_id",
         "",
         {
             {column::FeeCenterAccountId, "f.fee_center_account_id", K::Integer, {}, false, true},
             {column::Username, "f.username", K::Text, {}, true, true},
             {column::EnterpriseName, "f.enterprise_name", K::Text, {}, true},
             {column::Email, "f.email", K::Text, {}, true},
             {column::CashBalance, "f.cash_balance_fen", K::Money},
             // The balance of its available cards, its workspaces, its linked Huawei
             // accounts: as summed and counted per row before issue 20 (a page over a
             // million cards summed some 170,000 of them).
             {column::CardBalance,
              "t.card_balance_fen",
              K::Money,
              {},
              false,
              false,
              "(SELECT COALESCE(sum(c.balance_fen), 0) FROM stored_value_cards c "
              "WHERE c.fee_center_account_id = f.fee_center_account_id AND c.status = "
              "'available')"},
             {column::WorkspaceCount,
              "t.workspace_count",
              K::Integer,
              {},
              false,
              false,
              "(SELECT count(*) FROM workspaces w WHERE w.fee_center_account_id = "
              "f.fee_center_account_id)"},
             {column::LinkedHuaweiAccounts,
              "t.linked_huawei_accounts",
              K::Integer,
              {},
              false,
              false,
              "(SELECT count(*) FROM fee_center_huawei_links l WHERE "
              "l.fee_center_account_id = f.fee_center_account_id)"},
             {column::CreatedAt, "f.created_at", K::Time},
         },
         column::CreatedAt,
         false,
         // fee_center_totals: one row per account, by its key.
         "fee_center_accounts f",
         &FeeCenterAccountsSearch,
         "fee_center_totals t",
         "fee_center_account_id",
         "fee_center_accounts f"},
        {view::Workspaces,
         // A workspace may have no fee-center account (schema 2): its username is empty.
         "workspaces w LEFT JOIN fee_center_accounts f ON f.fee_center_account_id = "
         "w.fee_center_account_id",
         "",
         {
             {column::WorkspaceId, "w.workspace_id", K::Id, {}, true, true},
             {column::Name, "w.name", K::Text, {}, true},
             {column::FeeCenterUsername, "COALESCE(f.username, '')", K::Text, {}, true},
             {column::Site, "w.site", K::Site, {}, false, true},
             {column::Language, "w.language", K::Enum, enumName::WorkspaceLanguage, false, true},
             {column::Settlement, "w.settlement_method", K::Enum, enumName::SettlementMethod, false,
              true},
             {column::SettlementAccountId, "w.settlement_account_id", K::Id, {}, true, true},
             {column::SettlementInstanceId, "w.settlement_instance_id", K::Id, {}, true, true},
             {column::Status, "w.status", K::Enum, enumName::WorkspaceStatus, false, true},
             {column::LockReason, "w.lock_reason", K::Text},
             {column::LockedAt, "w.locked_at", K::Time},
             {column::CreatedAt, "w.created_at", K::Time},
             {column::FeeCenterAccountId, "w.fee_center_account_id", K::Integer, {}, false, true},
         },
         column::CreatedAt,
         false,
         // fee_center_accounts: its key (a LEFT JOIN).
         "workspaces w",
         &WorkspacesSearch},
        {view::StoredValueCards,
         "stored_value_cards c JOIN fee_center_accounts f ON f.fee_center_account_id = "
         "c.fee_center_account_id",
         "",
         {
             {column::CardNumber, "c.card_number", K::Id, {}, true, true},
             {column::FeeCenterUsername, "f.username", K::Text, {}, true},
             {column::FaceValue, "c.face_value_fen", K::Money},
             {column::Balance, "c.balance_fen", K::Money},
             {column::Status, "c.status", K::Enum, enumName::CardStatus, false, true},
             {column::PurchaseType, "c.purchase_type", K::Enum, enumName::PurchaseType, false,
              true},
             {column::PurchasedAt, "c.purchased_at", K::Time},
             {column::ExpiresAt, "c.expires_at", K::Time},
             {column::SourceOrderId, "c.source_order_id", K::Id, {}, true, true},
             {column::FeeCenterAccountId, "c.fee_center_account_id", K::Integer, {}, false, true},
         },
         column::PurchasedAt,
         true,
         // fee_center_accounts: a NOT NULL foreign key to its key.
         "stored_value_cards c",
         &CardsSearch},
        {view::Outbox,
         "outbox x",
         "x.held = 0",
         {
             {column::MessageId, "x.message_id", K::Integer},
             {column::SentAt, "x.sent_at", K::Time},
             {column::Channel, "x.channel", K::Enum, enumName::Channel, false, true},
             {column::Destination, "x.destination", K::Text, {}, true, true},
             {column::Kind, "x.kind", K::Text, {}, true, true},
             {column::Params, "x.params", K::Text, {}, true},
         },
         column::SentAt,
         true},
        {view::Journal,
         "journal j",
         "",
         {
             {column::EntryId, "j.entry_id", K::Integer},
             {column::At, "j.at", K::Time},
             {column::Actor, "j.actor", K::Text, {}, true, true},
             {column::Operation, "j.operation", K::Text, {}, true, true},
             {column::ResourceType, "j.resource_type", K::Text, {}, true, true},
             {column::Target, "j.target", K::Id, {}, true, true},
             {column::Outcome, "j.outcome", K::Text, {}, true, true},
             {column::Details, "j.details", K::Text, {}, true},
         },
         column::At,
         true},
        {view::Authentications,
         // The review queue (R-AUTH-4): every real-name authentication and re-authentication
         // request, newest first.
         "authentications t JOIN huawei_accounts a ON a.account_id = t.account_id",
         "",
         {
             {column::AuthenticationId, "t.authentication_id", K::Integer, {}, false, true},
             {column::AccountId, "t.account_id", K::Id, {}, true, true},
             {column::Name,
              "CASE WHEN a.account_type = 'enterprise' AND a.enterprise_name <> '' THEN "
              "a.enterprise_name WHEN a.full_name <> '' THEN a.full_name ELSE a.login_id END",
              K::Text,
              {},
              true},
             {column::AccountType, "t.auth_type", K::Enum, enumName::AccountType, false, true},
             // W-AUTH's first authentication or one of W-REAUTH's kinds (core ReviewKind).
             {column::Kind, "t.kind", K::Enum, enumName::ReviewKind, false, true},
             {column::SubjectName, "t.subject_name", K::Text, {}, true},
             {column::CertificateNumber, "t.certificate_number", K::Id, {}, true, true},
             {column::Status, "t.status", K::Enum, enumName::ReviewStatus, false, true},
             {column::SubmittedAt, "t.submitted_at", K::Time},
             {column::DueBy, "t.due_by", K::Time},
             {column::ReviewedAt, "t.reviewed_at", K::Time},
             {column::RejectReason, "t.reject_reason", K::Enum, enumName::RejectReason, false,
              true},
         },
         column::SubmittedAt,
         true,
         // huawei_accounts: a NOT NULL foreign key to its key.
         "authentications t"},
        {view::CtsTraces,
         // R-AUD-2: the CTS traces of the accounts whose CTS was enabled, newest first;
         // filtered by account (an account's CTS view) and by trace name.
         "cts_traces c",
         "",
         {
             {column::TraceId, "c.trace_id", K::Integer},
             {column::At, "c.at", K::Time},
             {column::AccountId, "c.account_id", K::Id, {}, true, true},
             {column::Operation, "c.trace_name", K::Enum, enumName::CtsOperation},
             {column::ResourceType, "c.resource_type", K::Text},
             {column::TraceName, "c.trace_name", K::Text, {}, true, true},
             {column::Actor, "c.actor", K::Text, {}, true, true},
             {column::Outcome, "c.outcome", K::Text, {}, true, true},
             {column::Details, "c.details", K::Text, {}, true},
         },
         column::At,
         true},
    };
    return views;
}

// The views as before issue 20 (Access::Scanned): every column as it was computed then.
const std::vector<ViewDefinition> &scannedDefinitions()
{
    static const std::vector<ViewDefinition> views = [] {
        std::vector<ViewDefinition> scanned = definitions();
        for (ViewDefinition &view : scanned) {
            if (view.scannedFrom)
                view.from = view.scannedFrom;
            view.companion = nullptr;
            for (ViewColumn &column : view.columns)
                if (column.scannedSql)
                    column.sql = column.scannedSql;
        }
        return scanned;
    }();
    return views;
}

const ViewDefinition *findView(const QString &name,
                               ListViews::Access access = ListViews::Access::Indexed)
{
    for (const auto &view :
         access == ListViews::Access::Scanned ? scannedDefinitions() : definitions())
        if (name == view.name)
            return &view;
    return nullptr;
}

const ViewColumn *findColumn(const ViewDefinition &view, const QString &key)
{
    for (const auto &column : view.columns)
        if (key == column.key)
            return &column;
    return nullptr;
}

struct Built
{
    QString where;
    QList<std::pair<QString, QVariant>> binds;
    // SQLite's indexed search (exactSearchKeys): the SELECT of the matching base-table keys,
    // and `where` with its condition unusable as an index ("+c.rowid IN (...)"), so that a
    // page walks the order's index and keeps the keys among them (KeyRead::Walk).
    QString keys;
    QStringList keyBranches; // exactSearchBranches: `keys` is their unionOf the rowid
    QString walkWhere;
    bool filtered = false; // a filter or the view's fixed condition besides the search
    // PostgreSQL's indexed search (searchIndexCondition): on the base table's columns alone.
    bool exactSearch = false;
    QStringList exactBranches;   // searchIndexBranches: `where` holds them ORed
    QStringList otherConditions; // `where`'s conditions besides the search's
};

// How a text search reads (ListViews::Access): through the view's search index (the
// rows it finds, then the LIKE on those), or by testing every row with the LIKE: a view
// without an index, a search too short for one, or a page of a search that matches so many
// rows that walking the order finds a page's rows among the next few (cheaper than sorting
// every match for every page).
using SearchPath = ListViews::Access;

// Beyond this many matching rows, a page walks the order (SearchPath::Scanned).
constexpr qint64 DenseSearchRows = 10000;

// SQLite: the rows of the base table that the search matches, exactly: one branch per
// source, each the FROM and WHERE of a SELECT of base-table columns (the base table under
// the view's alias), their UNION the matches. The FTS5 rows of each source are tested with
// the LIKE on that source's own columns (a trigram phrase folds the case of every letter,
// the LIKE of ASCII ones only), and a linked source's rows reach the base table through an
// index of its link column, without reading a row of the base table when the columns
// selected are in that index (a million cards: a row read is a random page).
QStringList exactSearchBranches(const SearchIndex &index, const QString &search,
                                const SqlDialect &dialect,
                                QList<std::pair<QString, QVariant>> &binds)
{
    const auto latin = [](const char *text) { return QString::fromLatin1(text); };
    const QString like =
        QLatin1Char(' ') + dialect.caseInsensitiveLike() + QStringLiteral(" :q ESCAPE '\\' OR ");
    const QString base =
        QStringLiteral(" FROM ") + latin(index.table) + QLatin1Char(' ') + latin(index.alias);
    const QString alias = latin(index.alias) + QLatin1Char('.');
    QStringList branches;
    int n = 0;
    for (const SearchSource &source : index.sources) {
        QStringList columns;
        for (const char *column : source.columns)
            columns << latin(column);
        const QString parameter = QStringLiteral(":s%1").arg(n++);
        binds.append({parameter, dialect.searchValue(columns, search)});
        const QString table = latin(source.table);
        const QString found =
            dialect.searchRows(table, columns, latin(source.primaryKey), parameter);
        const QString tested =
            QStringLiteral(" AND (") + columns.join(like) + like.chopped(4) + QLatin1Char(')');
        if (!source.link)
            branches << base + QStringLiteral(" WHERE ") + alias + QStringLiteral("rowid IN (") +
                            found + QLatin1Char(')') + tested;
        else
            branches << base + QStringLiteral(" WHERE ") + alias + latin(source.link) +
                            QStringLiteral(" IN (SELECT ") + latin(source.primaryKey) +
                            QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE rowid IN (") +
                            found + QLatin1Char(')') + tested + QLatin1Char(')');
    }
    return branches;
}

// The SELECT of the matching keys: `select` (columns of the base table under its alias,
// `key` its rowid) from each branch, each match once: a branch leaves out the keys of the
// branches before it, and their UNION ALL needs no temporary index of every row selected to
// drop the repeated ones (a UNION's, with the order's values in each: 3.5 of the 5.5 ms
// that sorting the 3,488 cards of one account took). A later branch reads the keys of the
// earlier ones only when it finds a row itself.
QString unionOf(const QStringList &branches, const QString &select, const QString &key)
{
    QStringList selects;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        QString branchSelect = QStringLiteral("SELECT ") + select + branches.at(i);
        if (i > 0)
            branchSelect += QStringLiteral(" AND ") + key + QStringLiteral(" NOT IN (") +
                            unionOf(branches.first(i), key, key) + QLatin1Char(')');
        selects << branchSelect;
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

// The separator of the columns in a search text (SearchSource::searchText).
constexpr char16_t SearchTextSeparator = u'\x1f';

// PostgreSQL: the conditions that the base table's key is among the rows the search finds,
// one per way it finds them: the ILIKE on the searched columns of the base table (or the LIKE
// on their search text, when the search holds no separator: then it matches within one
// column or not at all), and for each joined table, its key among those of its matching rows
// (an array computed once). Every condition searches an index of the base table. ORed
// (searchIndexCondition), the planner ORs their bitmaps instead of joining every row; as one
// SELECT each (KeysFirst::matched, matchedSearch), the linked source's matches come from an
// index-only scan of its link's index when that holds the columns selected. Exact either way.
QStringList searchIndexBranches(const SearchIndex &index, const SqlDialect &dialect,
                                const QString &search)
{
    const bool joinedText = !search.contains(QChar(SearchTextSeparator));
    const auto latin = [](const char *text) { return QString::fromLatin1(text); };
    const QString alias = latin(index.alias) + QLatin1Char('.');
    QStringList branches;
    for (const SearchSource &source : index.sources) {
        QStringList columns;
        for (const char *column : source.columns)
            columns << latin(column);
        if (!source.link && source.searchText && joinedText) {
            // lower() as ILIKE's own: the pattern's case folded by the database's collation.
            branches << alias + latin(source.searchText) +
                            QStringLiteral(" LIKE lower(:q) ESCAPE '\\'");
        } else if (!source.link) {
            QStringList terms;
            for (const QString &column : std::as_const(columns))
                terms << alias + column + QStringLiteral(" ILIKE :q ESCAPE '\\'");
            branches << QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        } else {
            branches << alias + latin(source.link) + QStringLiteral(" = ANY(ARRAY(") +
                            dialect.searchRows(latin(source.table), columns,
                                               latin(source.primaryKey), QStringLiteral(":q")) +
                            QStringLiteral("))");
        }
    }
    return branches;
}

QString searchIndexCondition(const QStringList &branches)
{
    return QLatin1Char('(') + branches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// Calls `f` with each filter of `query` that applies to `view` (a filterable column's) and
// its value, in the order of their binds :f0, :f1, ... (buildWhere: the first binds).
template<class F>
void forEachFilter(const ViewDefinition &view, const ListQuery &query, F f)
{
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        if (const ViewColumn *column = findColumn(view, it.key()); column && column->filterable)
            f(*column, it.value());
}

Built buildWhere(const ViewDefinition &view, const ListQuery &query, const SqlDialect &dialect,
                 SearchPath path = SearchPath::Indexed)
{
    QStringList conditions;
    Built built;
    if (*view.where)
        conditions << QString::fromLatin1(view.where);
    built.filtered = *view.where != 0;
    forEachFilter(view, query, [&](const ViewColumn &column, const QVariant &value) {
        const QString name = QStringLiteral(":f%1").arg(built.binds.size());
        conditions << QString::fromLatin1(column.sql) + QStringLiteral(" = ") + name;
        built.binds.append({name, value});
        built.filtered = true;
    });
    QString walkCondition;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QStringList alternatives;
        const QString like = dialect.caseInsensitiveLike();
        for (const auto &column : view.columns)
            if (column.searchable)
                alternatives << QString::fromLatin1(column.sql) + QLatin1Char(' ') + like +
                                    QStringLiteral(" :q ESCAPE '\\'");
        if (!alternatives.isEmpty()) {
            const bool indexed = path == SearchPath::Indexed && view.searchIndex &&
                                 SqlDialect::searchesIndex(search);
            if (!indexed) {
                conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                                  QLatin1Char(')');
            } else if (dialect.searchIndexIsExact()) {
                built.exactBranches = searchIndexBranches(*view.searchIndex, dialect, search);
                built.otherConditions = conditions;
                conditions << searchIndexCondition(built.exactBranches);
                built.exactSearch = true;
            } else {
                built.keyBranches =
                    exactSearchBranches(*view.searchIndex, search, dialect, built.binds);
                const QString rowid =
                    QString::fromLatin1(view.searchIndex->alias) + QStringLiteral(".rowid");
                built.keys = unionOf(built.keyBranches, rowid, rowid);
                const QString key = QString::fromLatin1(view.searchIndex->alias) +
                                    QStringLiteral(".rowid IN (") + built.keys + QLatin1Char(')');
                walkCondition = QLatin1Char('+') + key;
                conditions << key;
            }
            built.binds.append({QStringLiteral(":q"), SqlDialect::containsPattern(search)});
        }
    }
    if (!conditions.isEmpty())
        built.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!walkCondition.isEmpty()) {
        conditions.last() = walkCondition;
        built.walkWhere = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    return built;
}

// Whether `sql` is a column of the table that `alias` names: "c.card_number".
bool onTable(QStringView text, QStringView alias)
{
    if (!text.startsWith(alias) || text.size() <= alias.size() + 1 || text.at(alias.size()) != u'.')
        return false;
    for (const QChar c : text.mid(alias.size() + 1))
        if (!(c.isLower() || c.isDigit() || c == u'_'))
            return false;
    return true;
}

bool onTable(const char *sql, QStringView alias)
{
    return onTable(QString::fromLatin1(sql), alias);
}

// The alias of the view's companion table ("t" of "fee_center_totals t"); empty: none.
QString companionAlias(const ViewDefinition &view)
{
    const QStringList companion =
        QString::fromLatin1(view.companion ? view.companion : "").split(QLatin1Char(' '));
    return companion.size() == 2 ? companion.at(1) : QString();
}

// The terms of a page's order: each an expression and whether it descends.
QList<std::pair<QString, bool>> orderTerms(const ViewDefinition &view, const ListQuery &query,
                                           bool reversed = false)
{
    const ViewColumn *sort = findColumn(view, query.sortColumn);
    bool descending = query.descending;
    if (!sort) {
        sort = findColumn(view, view.defaultSort);
        descending = view.defaultDescending;
    }
    descending = descending != reversed;
    // The first column is the view's key: a stable tie-breaker so pages never overlap. A
    // column of the companion table is followed by the companion's key, the same values:
    // the order is then one of the companion's indexes, without the base table.
    QList<std::pair<QString, bool>> terms{{QString::fromLatin1(sort->sql), descending}};
    if (const QString companion = companionAlias(view);
        !companion.isEmpty() && onTable(sort->sql, companion))
        terms.append(
            {companion + QLatin1Char('.') + QString::fromLatin1(view.companionKey), descending});
    else if (sort != &view.columns.front())
        terms.append({QString::fromLatin1(view.columns.front().sql), descending});
    return terms;
}

// "key AS k, term0 AS o0, ...": a row's key and its order's values, for a subquery whose
// rows are sorted by orderBy(terms, "o").
QString keyAndOrderTerms(const QString &key, const QList<std::pair<QString, bool>> &terms)
{
    QString selected = key + QStringLiteral(" AS k");
    for (qsizetype i = 0; i < terms.size(); ++i)
        selected +=
            QStringLiteral(", ") + terms.at(i).first + QStringLiteral(" AS o") + QString::number(i);
    return selected;
}

// " ORDER BY" the terms; with `alias`, each term is the column `alias`N of a subquery.
QString orderBy(const QList<std::pair<QString, bool>> &terms, const QString &alias = {})
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts << (alias.isEmpty() ? terms.at(i).first : alias + QString::number(i)) +
                     (terms.at(i).second ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

QString orderBy(const ViewDefinition &view, const ListQuery &query, bool reversed = false)
{
    return orderBy(orderTerms(view, query, reversed));
}

} // namespace

QStringList ListViews::viewNames()
{
    QStringList names;
    for (const auto &view : definitions())
        names << view.name;
    return names;
}

bool ListViews::hasView(const QString &view)
{
    return findView(view) != nullptr;
}

QList<ColumnInfo> ListViews::columns(const QString &viewName)
{
    // Made once: a page carries its view's columns, each a copy of these (no allocation).
    static const QHash<QString, QList<ColumnInfo>> byView = [] {
        QHash<QString, QList<ColumnInfo>> made;
        for (const auto &view : definitions()) {
            QList<ColumnInfo> &list = made[view.name];
            for (const auto &column : view.columns)
                list.append({column.key, column.kind, column.enumName});
        }
        return made;
    }();
    return byView.value(viewName);
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
    bool walked = false; // KeyRead::Walk: may come back short of the page
    // keys.capped: at most this many matches read; a total as large means there are more.
    qint64 capped = 0;
    // The table whose row count is the page's total (totalStatement); empty: counted.
    QString counted;
};

// The total of the rows `built` selects (an unfiltered one on the base table alone).
QString countStatement(const ViewDefinition &view, const Built &built)
{
    if (!built.keys.isEmpty() && !built.filtered && view.countFrom) // SQLite: no row read
        return QStringLiteral("SELECT count(*) FROM (") + built.keys + QLatin1Char(')');
    const char *from = built.where.isEmpty() && view.countFrom ? view.countFrom : view.from;
    return QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(from) + built.where;
}

// The table whose row count is the view's total when a query has no condition: the base
// table of `countFrom` (its joins neither add nor drop a row), or `from` when that is one
// table; empty for a view with a fixed condition or joins that may.
QString countedTable(const ViewDefinition &view)
{
    if (*view.where)
        return {};
    const QStringList from =
        QString::fromLatin1(view.countFrom ? view.countFrom : view.from).split(QLatin1Char(' '));
    return from.size() == 2 ? from.front() : QString();
}

// How a page's total is read. With no condition at all (no filter, no search, no fixed
// condition) on a view of countedTable(): the table's exact row count kept by triggers
// (RowCounts, migration 0019), instead of counting a million rows (20 ms on SQLite, 150 to
// 300 ms on PostgreSQL: most of the time of opening the cards list); COALESCE counts after
// all if the table had no count (both stores evaluate a COALESCE's arguments only as far as
// the first that is not NULL). Otherwise, and always with Access::Scanned (as before issue
// 20), count(*) of the rows.
struct TotalStatement
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;
    // The table whose count it reads; empty when it counts.
    QString counted;
};

TotalStatement totalStatement(const ViewDefinition &view, const Built &built, SearchPath path)
{
    TotalStatement total;
    if (path == SearchPath::Indexed && built.where.isEmpty())
        total.counted = countedTable(view);
    if (total.counted.isEmpty()) {
        total.sql = countStatement(view, built);
        total.binds = built.binds;
        return total;
    }
    total.sql = QStringLiteral("SELECT COALESCE((") +
                RowCounts::totalQuery(QStringLiteral(":counted")) + QStringLiteral("), (") +
                countStatement(view, built) + QStringLiteral("))");
    total.binds.append({QStringLiteral(":counted"), total.counted});
    return total;
}

// A deep page reads its keys first: OFFSET then walks the order's index alone, entry by
// entry (no table row, no join per skipped row: the middle of a million cards in about
// 20 ms where the joined rows took seconds), and only the page's rows are read, by key.
// From this offset on (before it, a page's rows cost little more than its keys).
constexpr qint64 KeysFirstOffset = 1000;

// How a deep page reads its keys first: `key` (the base table's rowid on SQLite, its
// primary key on PostgreSQL) among those of `keys` (a SELECT of them from one table, in the
// page's order, to which LIMIT and OFFSET are appended).
struct KeysFirst
{
    QString key;
    QString keys;
    // SQLite, an indexed search without other conditions, sorted by a column of the base
    // table: the keys read by walking the order (KeyRead::Walk); empty: none.
    QString walk;
    // SQLite, the same searches: a MATERIALIZED CTE `m` of at most :cap matches with their
    // order terms, from which a first page takes its total and its keys in one pass
    // (matchedKeys; ListViews::page). Counting the matches first, then sorting them for the
    // page, read every match twice: 3.5 of the 10 ms that 1,421 workspaces among 100,000 took.
    QString capped;
    // PostgreSQL, an indexed search: a MATERIALIZED CTE `m` of the matching rows' keys and
    // order terms (each way of the search's read once, searchIndexBranches), and the SELECT of
    // its keys in order. Its planner estimates a search's matches from the trigrams alone, often
    // wrongly: 33,000 expected for 3,333 found, it walked the order's index and tested
    // 440,000 cards (800 ms) for a page that sorting the matches reads in a few.
    QString matched;
    QString matchedKeys;
};

// SQLite: how a page of an indexed search (Built::keys) reads its keys. Sort: every match
// is read with its order's values and sorted; a match of a linked source costs a random
// page of the base table each (a few thousand rows of a million cards: 60 ms from a file
// not yet read, 5 ms once read) unless the index of its link holds the order's columns
// (SearchSource::linkIndexHolds). Walk: the order's index is walked, index entries only,
// keeping the matching keys: about (offset + limit) x rows / matches entries for matches
// spread over the order, at most WalkPerMatch x matches (the walk's :budget), after which
// the page is read by sorting after all. The walk is chosen when it reads at most
// WalkPerMatch entries per match, or CoveredWalkPerMatch when sorting reads no row. An
// entry walked costs about as much as a match sorted, and more when the search's keys are
// found by testing rows (bench_list_store, the first 100 rows of a search sorted by each
// column, mean of all columns: the 1,421 workspaces of "ml-us1" among 100,000 took 6.6 ms
// with 32 entries per match, 4.5 ms with 4 or 2; the 3,488 cards of one account among a
// million 6.3 ms with 32, 6.0 with 4, 5.7 with 2; sorted by purchase, the 3,488 cards
// walked 14 ms, sorted 3 ms).
enum class KeyRead
{
    Sort,
    Walk
};
constexpr qint64 WalkPerMatch = 4;
constexpr qint64 CoveredWalkPerMatch = 2;

// Whether sorting the matches of `view`'s search by `terms` reads no row of the base table
// beyond those its sources read anyway (KeyRead::Sort).
bool sortReadsNoRow(const ViewDefinition &view, const QList<std::pair<QString, bool>> &terms)
{
    const QString alias = QString::fromLatin1(view.searchIndex->alias);
    for (const SearchSource &source : view.searchIndex->sources) {
        if (!source.link)
            continue; // its rows are read for the LIKE
        for (const auto &term : terms) {
            if (!onTable(term.first, alias))
                return false;
            const QString column = term.first.mid(alias.size() + 1);
            if (std::none_of(source.linkIndexHolds.begin(), source.linkIndexHolds.end(),
                             [&](const char *held) { return column == QLatin1String(held); }))
                return false;
        }
    }
    return true;
}

// PostgreSQL, an indexed search: the MATERIALIZED CTE `m` of its matching rows' keys and
// order terms (`keyAndOrder`, selected from `from`, `key` the base table's key), found once
// for a page and its total (KeysFirst::matched): each way the search finds them
// (searchIndexBranches), with the other conditions in each, one CTE each, m0, m1, ...; a
// later one leaves out the keys of those before it (NOT EXISTS: the planner hashes the
// earlier CTE's keys, a hash anti-join), and `m` is their UNION ALL. A UNION hashed every
// match to drop the repeated ones: of the 3,333 cards of one account among a million,
// 8.5-9.6 ms for the statement; now 2.4 ms.
QString matchedSearch(const Built &built, const QString &from, const QString &keyAndOrder,
                      const QString &key)
{
    QStringList ctes;
    QStringList parts;
    for (qsizetype i = 0; i < built.exactBranches.size(); ++i) {
        QStringList conditions = built.otherConditions;
        conditions << built.exactBranches.at(i);
        for (qsizetype before = 0; before < i; ++before)
            conditions << QStringLiteral("NOT EXISTS (SELECT FROM m%1 WHERE m%1.k = %2)")
                              .arg(before)
                              .arg(key);
        const QString name = QStringLiteral("m%1").arg(i);
        ctes << name + QStringLiteral(" AS MATERIALIZED (SELECT ") + keyAndOrder +
                    QStringLiteral(" FROM ") + from + QStringLiteral(" WHERE ") +
                    conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        parts << QStringLiteral("SELECT * FROM ") + name;
    }
    ctes << QStringLiteral("m AS MATERIALIZED (") + parts.join(QStringLiteral(" UNION ALL ")) +
                QLatin1Char(')');
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ');
}

// The keys of `m` (matchedSearch, KeysFirst::capped) in the page's order.
QString matchedKeys(const QList<std::pair<QString, bool>> &terms)
{
    return QStringLiteral("SELECT k FROM m") + orderBy(terms, QStringLiteral("o"));
}

// Empty when a page cannot read its keys first: the view's rows must be its base table's
// (countFrom: its joins never add nor drop one), and the order and every condition must be
// the base table's own columns (a search joins: it reads its own way, SearchPath) — or, for
// PostgreSQL's indexed search, the order any column of the view (its matches are few, and
// sorted through the joins) — or the order a column of the view's companion (its key the base
// table's) and no condition at all: then its keys are read from the companion alone.
KeysFirst keysFirst(const ViewDefinition &view, const ListQuery &query, const Built &built,
                    bool reversed, const SqlDialect &dialect)
{
    if (!view.countFrom || *view.where ||
        (!query.search.trimmed().isEmpty() && built.keys.isEmpty() && !built.exactSearch))
        return {};
    const QStringList base = QString::fromLatin1(view.countFrom).split(QLatin1Char(' '));
    if (base.size() != 2)
        return {};
    const QString &alias = base.at(1);
    const ViewColumn *sort = findColumn(view, query.sortColumn);
    if (!sort)
        sort = findColumn(view, view.defaultSort);
    const ViewColumn &key = view.columns.front();
    if (!onTable(key.sql, alias))
        return {};
    const QString primaryKey = QString::fromLatin1(key.sql).mid(alias.size() + 1);
    const QString baseKey = alias + QLatin1Char('.') + dialect.searchRowKey(primaryKey);
    // Every filter on the base table's own columns (the companion's way has none at all).
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const ViewColumn *column = findColumn(view, it.key());
        if (column && column->filterable && !onTable(column->sql, alias))
            return {};
    }
    if (onTable(sort->sql, alias)) {
        KeysFirst keys;
        keys.key = baseKey;
        keys.keys = QStringLiteral("SELECT ") + baseKey + QStringLiteral(" FROM ") +
                    QString::fromLatin1(view.countFrom) + built.where +
                    orderBy(view, query, reversed);
        if (!built.exactSearch && built.keys.isEmpty())
            return keys;
        const auto terms = orderTerms(view, query, reversed);
        const QString keyAndOrder = keyAndOrderTerms(baseKey, terms);
        if (built.exactSearch) {
            keys.matched =
                matchedSearch(built, QString::fromLatin1(view.countFrom), keyAndOrder, baseKey);
            keys.matchedKeys = matchedKeys(terms);
        }
        if (!built.keys.isEmpty() && !built.filtered) {
            // KeyRead::Sort: each source's matches with their order's values, sorted. The
            // values come with the match: from the row a source of the base table reads
            // for its LIKE anyway, and for a linked source from the index of its link
            // column when it holds them (the cards' default order: migration 21), instead
            // of a random row read per match (3,488 cards of one account among a million:
            // 8 ms, now 3).
            const QString rowid =
                QString::fromLatin1(view.searchIndex->alias) + QStringLiteral(".rowid");
            keys.keys = QStringLiteral("SELECT k FROM (") +
                        unionOf(built.keyBranches, keyAndOrder, rowid) + QLatin1Char(')') +
                        orderBy(terms, QStringLiteral("o"));
            // KeyRead::Walk: the first :budget entries of the order's index, and the
            // matching keys among them.
            QString entries = QStringLiteral("SELECT ") + keyAndOrder + QStringLiteral(" FROM ") +
                              QString::fromLatin1(view.countFrom) + orderBy(terms) +
                              QStringLiteral(" LIMIT :budget");
            // No ORDER BY outside: SQLite reads a subquery with a LIMIT as a co-routine, in
            // its order, so the walk stops at the page's last match (an ORDER BY would sort
            // after reading the whole :budget). test_text_search compares the pages.
            keys.walk = QStringLiteral("SELECT k FROM (") + entries +
                        QStringLiteral(") WHERE k IN (") + built.keys + QLatin1Char(')');
            keys.capped = QStringLiteral("WITH m AS MATERIALIZED (SELECT * FROM (") +
                          unionOf(built.keyBranches, keyAndOrder, rowid) +
                          QStringLiteral(") LIMIT :cap) ");
            keys.matchedKeys = matchedKeys(terms);
        }
        return keys;
    }
    if (built.exactSearch) {
        // PostgreSQL's search sorted by a column of a joined table (the cards by their
        // account's name): the matches' order read through the view's joins (each to one
        // row: countFrom), then sorted as by a column of the base table. Ordered by the join
        // and walked, a filtered page took 0.8-1.9 s among a million cards.
        const auto terms = orderTerms(view, query, reversed);
        KeysFirst keys;
        keys.key = baseKey;
        keys.matched = matchedSearch(built, QString::fromLatin1(view.from),
                                     keyAndOrderTerms(baseKey, terms), baseKey);
        keys.matchedKeys = matchedKeys(terms);
        return keys;
    }
    const QString companion = companionAlias(view);
    if (companion.isEmpty() || !built.where.isEmpty() || !onTable(sort->sql, companion))
        return {};
    // Its key is the base table's (SQLite: its rowid too): orderBy breaks ties by it.
    const QString companionKey =
        companion + QLatin1Char('.') + dialect.searchRowKey(QString::fromLatin1(view.companionKey));
    KeysFirst keys;
    keys.key = baseKey;
    keys.keys = QStringLiteral("SELECT ") + companionKey + QStringLiteral(" FROM ") +
                QString::fromLatin1(view.companion) + orderBy(view, query, reversed);
    return keys;
}

// The rows a page reads: from `offset`, `limit` of them, backwards when `reversed`. OFFSET
// skips rows one by one: past the middle of a known total, a page is read backwards from
// the end instead (ORDER BY reversed, then the page flipped back).
struct PageWindow
{
    qint64 offset = 0;
    qint64 limit = 0;
    bool reversed = false;
};

PageWindow pageWindow(const ListQuery &query)
{
    PageWindow window{qMax(0, query.offset), qMax(0, query.limit), false};
    window.reversed =
        !query.withTotal && query.knownTotal > 0 && window.offset > query.knownTotal / 2;
    if (window.reversed) {
        const qint64 end = qMin(query.knownTotal, window.offset + window.limit);
        window.limit = qMax<qint64>(0, end - window.offset);
        window.offset = query.knownTotal - end;
    }
    return window;
}

// With `withTotal`, every row also carries the total in a last column: a scalar subquery
// that does not depend on the row, which both stores evaluate once per execution. One
// statement instead of two: on PostgreSQL each is a round trip, and the page and its total
// come from the same snapshot.
PageStatement pageStatement(const ViewDefinition &view, const ListQuery &query,
                            const SqlDialect &dialect, bool withTotal, SearchPath path,
                            KeyRead keyRead = KeyRead::Sort, qint64 cap = 0)
{
    PageStatement statement;
    // A page of a search whose total is known to be large walks the order (SearchPath). Not
    // on PostgreSQL: its indexed search is one condition like the LIKE, and its planner
    // walks the order itself when the matches are many.
    const bool dense =
        !withTotal && query.knownTotal > DenseSearchRows && !dialect.searchIndexIsExact();
    const Built built = buildWhere(view, query, dialect, dense ? SearchPath::Scanned : path);
    QStringList expressions;
    for (const auto &column : view.columns)
        expressions << QString::fromLatin1(column.sql);
    statement.binds = built.binds;
    const auto [offset, limit, reversed] = pageWindow(query);
    statement.reversed = reversed;
    const QString order = orderBy(view, query, statement.reversed);
    const KeysFirst keys = keysFirst(view, query, built, statement.reversed, dialect);
    // PostgreSQL's search: sorting its matches, for the first page (its total counts them
    // all anyway) and for a later page of a few (DenseSearchRows); the pages of many are left
    // to the planner, which walks the order.
    // SQLite's search, a first page given a cap: its matches up to the cap, sorted (keys.capped).
    const bool capped =
        path == SearchPath::Indexed && withTotal && cap > 0 && !keys.capped.isEmpty();
    if (capped || (path == SearchPath::Indexed && !keys.matched.isEmpty() &&
                   (withTotal || (query.knownTotal >= 0 && query.knownTotal <= DenseSearchRows)))) {
        if (withTotal)
            expressions << QStringLiteral("(SELECT count(*) FROM m)");
        if (capped) {
            statement.binds.append({QStringLiteral(":cap"), cap});
            statement.capped = cap;
        }
        statement.sql = (capped ? keys.capped : keys.matched) + QStringLiteral("SELECT ") +
                        expressions.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                        QString::fromLatin1(view.from) + QStringLiteral(" WHERE ") + keys.key +
                        QStringLiteral(" IN (") + keys.matchedKeys +
                        QStringLiteral(" LIMIT :limit OFFSET :offset)") + order;
        statement.binds.append({QStringLiteral(":limit"), limit});
        statement.binds.append({QStringLiteral(":offset"), offset});
        return statement;
    }
    if (withTotal) {
        const TotalStatement total = totalStatement(view, built, path);
        expressions << QLatin1Char('(') + total.sql + QLatin1Char(')');
        if (!total.counted.isEmpty()) {
            // And how many rows of row_counts it summed, so that page() folds them when
            // they are many (PostgreSQL).
            expressions << QLatin1Char('(') + RowCounts::partsQuery(QStringLiteral(":parts")) +
                               QLatin1Char(')');
            statement.binds << total.binds;
            statement.binds.append({QStringLiteral(":parts"), total.counted});
            statement.counted = total.counted;
        }
    }
    const QString select = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
                           QStringLiteral(" FROM ") + QString::fromLatin1(view.from);
    if (path == SearchPath::Indexed && keyRead == KeyRead::Walk && !keys.walk.isEmpty()) {
        statement.walked = true;
        statement.sql = select + QStringLiteral(" WHERE ") + keys.key + QStringLiteral(" IN (") +
                        keys.walk + QStringLiteral(" LIMIT :limit OFFSET :offset)") + order;
        statement.binds.append(
            {QStringLiteral(":budget"), qMax<qint64>(1, query.knownTotal) * WalkPerMatch});
    } else if (path == SearchPath::Indexed && !keys.key.isEmpty() && !built.exactSearch &&
               (offset >= KeysFirstOffset || !built.keys.isEmpty())) {
        // The page's keys from the base table's order alone (or the matching keys sorted),
        // then its rows by key.
        statement.sql = select + QStringLiteral(" WHERE ") + keys.key + QStringLiteral(" IN (") +
                        keys.keys + QStringLiteral(" LIMIT :limit OFFSET :offset)") + order;
    } else {
        statement.sql =
            select + built.where + order + QStringLiteral(" LIMIT :limit OFFSET :offset");
    }
    statement.binds.append({QStringLiteral(":limit"), limit});
    statement.binds.append({QStringLiteral(":offset"), offset});
    return statement;
}

// pageStatement of a query without a search, from a cache of this thread's statements by
// their shape (everything their text depends on; the values of the filters, the offset and
// the limit are bound, and set here): building the text anew was about a tenth of a small
// page's time on the billing API server. A search's statement depends on its text.
PageStatement shapedPageStatement(const ViewDefinition &view, const ListQuery &query,
                                  const SqlDialect &dialect, bool withTotal, SearchPath path)
{
    if (!query.search.trimmed().isEmpty())
        return pageStatement(view, query, dialect, withTotal, path);
    const PageWindow window = pageWindow(query);
    const int flags = (query.descending ? 1 : 0) | (withTotal ? 2 : 0) | (window.reversed ? 4 : 0) |
                      (window.offset >= KeysFirstOffset ? 8 : 0) |
                      (path == SearchPath::Indexed ? 16 : 0) |
                      (dialect.kind() == SqlDialect::Kind::Postgres ? 32 : 0);
    QString shape = view.name + QLatin1Char('\x1f') + query.sortColumn + QLatin1Char('\x1f') +
                    QChar(u'@' + flags);
    QVariantList values; // the filters' values, in forEachFilter's order
    forEachFilter(view, query, [&](const ViewColumn &column, const QVariant &value) {
        shape += QLatin1Char(0x1f);
        shape += column.key;
        values << value;
    });
    thread_local QHash<QString, PageStatement> shapes;
    auto found = shapes.constFind(shape);
    if (found == shapes.constEnd()) {
        if (shapes.size() >= 256)
            shapes.clear();
        found = shapes.insert(shape, pageStatement(view, query, dialect, withTotal, path));
    }
    PageStatement statement = *found;
    // The filters' binds come first, in forEachFilter's order; :limit and :offset last.
    Q_ASSERT(statement.binds.size() >= values.size() + 2);
    for (qsizetype n = 0; n < values.size(); ++n) {
        Q_ASSERT(statement.binds.at(n).first == QStringLiteral(":f%1").arg(n));
        statement.binds[n].second = values.at(n);
    }
    auto &[offsetName, offset] = statement.binds.last();
    auto &[limitName, limit] = statement.binds[statement.binds.size() - 2];
    Q_ASSERT(offsetName == QLatin1String(":offset") && limitName == QLatin1String(":limit"));
    offset = window.offset;
    limit = window.limit;
    return statement;
}

// The total of a page that carries none (an empty page): read on its own.
qint64 totalOnItsOwn(Database &db, const ViewDefinition &view, const ListQuery &query,
                     SearchPath path)
{
    const Built built = buildWhere(view, query, db.dialect(), path);
    const TotalStatement counted = totalStatement(view, built, path);
    SqlQuery counting(db, counted.sql);
    for (const auto &[name, value] : counted.binds)
        counting.bind(name, value);
    counting.exec();
    return counting.next() ? counting.integer(0) : 0;
}

// PostgreSQL appends a row of table_changes per statement that changes a big list's table
// (migration 23): the tables with more than RowCounts::FoldAbove rows there are folded, each
// into one row of their sum, which keeps their versions (outside a transaction only; a
// failure leaves them as they are).
void foldTableChanges(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres || db.inTransaction())
        return;
    try {
        SqlQuery due(db, QStringLiteral("SELECT count(*) FROM (SELECT table_name FROM "
                                        "table_changes GROUP BY table_name HAVING count(*) > "
                                        ":parts) due"));
        due.bind(QStringLiteral(":parts"), RowCounts::FoldAbove).exec();
        if (!due.next() || due.integer(0) == 0)
            return;
        SqlQuery(db, QStringLiteral(
                         "WITH folded AS (DELETE FROM table_changes WHERE table_name IN (SELECT "
                         "table_name FROM table_changes GROUP BY table_name HAVING count(*) > "
                         ":parts) RETURNING table_name, tag) INSERT INTO table_changes "
                         "(table_name, tag) SELECT table_name, sum(tag) FROM folded GROUP BY "
                         "table_name"))
            .bind(QStringLiteral(":parts"), RowCounts::FoldAbove)
            .exec();
    } catch (const StoreError &) {
        // Another process folding the same rows: they stay as they are, and are folded
        // another time.
    }
}

// PostgreSQL appends a row of row_counts per writing statement: the reader that finds a
// table's count spread over many (`parts`) folds them (outside a transaction only; a
// failure leaves them as they are, exact).
void foldRowCounts(Database &db, qint64 parts)
{
    if (parts > RowCounts::FoldAbove && !db.inTransaction() && RowCounts(db).compact())
        foldTableChanges(db);
}

// The first `count` values of the row `rows` stands on.
QVariantList rowValues(const SqlQuery &rows, int count)
{
    QVariantList row;
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row << rows.value(i);
    return row;
}

QSqlError sqliteError(sqlite3 *connection)
{
    return QSqlError(QString::fromUtf8(sqlite3_errmsg(connection)), QString(),
                     QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(connection)));
}

// The cells of the row `statement` stands on, as SQLite holds them (text: valid until it
// steps on).
void readRawCells(sqlite3_stmt *statement, QList<ListViews::RawCell> &cells)
{
    using RawCell = ListViews::RawCell;
    for (int i = 0; i < cells.size(); ++i) {
        RawCell &cell = cells[i];
        switch (sqlite3_column_type(statement, i)) {
        case SQLITE_NULL:
            cell.kind = RawCell::Kind::Null;
            break;
        case SQLITE_INTEGER:
            cell.kind = RawCell::Kind::Integer;
            cell.integer = sqlite3_column_int64(statement, i);
            break;
        case SQLITE_FLOAT:
            cell.kind = RawCell::Kind::Real;
            cell.real = sqlite3_column_double(statement, i);
            break;
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            cell.kind = RawCell::Kind::Text;
            cell.text = QByteArrayView(text, sqlite3_column_bytes(statement, i));
            break;
        }
        }
    }
}

} // namespace

QStringList ListViews::countedTables()
{
    QStringList tables;
    for (const auto &view : definitions())
        if (const QString table = countedTable(view); !table.isEmpty() && !tables.contains(table))
            tables << table;
    tables.sort();
    return tables;
}

namespace {

// SQLite, an indexed search (Built::keys): how many rows match, counted on the keys alone
// (its total), and how many rows the base table has (RowCounts; -1: unknown).
struct SearchCount
{
    qint64 matches = -1;
    qint64 rows = -1;
};

SearchCount countSearch(Database &db, const ViewDefinition &view, const Built &built,
                        bool countMatches)
{
    const QString table = countedTable(view);
    QString sql = QStringLiteral("SELECT ");
    sql += countMatches ? QLatin1Char('(') + countStatement(view, built) + QLatin1Char(')')
                        : QStringLiteral("-1");
    sql += QStringLiteral(", ");
    sql += table.isEmpty() ? QStringLiteral("-1")
                           : QLatin1Char('(') + RowCounts::totalQuery(QStringLiteral(":counted")) +
                                 QLatin1Char(')');
    SqlQuery query(db, sql);
    if (countMatches)
        for (const auto &[name, value] : built.binds)
            query.bind(name, value);
    if (!table.isEmpty())
        query.bind(QStringLiteral(":counted"), table);
    query.exec();
    SearchCount count;
    if (query.next()) {
        count.matches = query.integer(0);
        count.rows = query.value(1).isNull() ? -1 : query.integer(1);
    }
    return count;
}

// The query of a page of an indexed search on SQLite whose total is `count.matches`, and
// how its keys are read (KeyRead): by walking the order when that meets the page's rows
// within `walkPerMatch` entries per match, for matches spread evenly over the order.
std::pair<ListQuery, KeyRead> searchPlan(const ListQuery &query, const SearchCount &count,
                                         qint64 walkPerMatch)
{
    ListQuery planned = query;
    planned.withTotal = false;
    planned.knownTotal = count.matches;
    if (count.matches <= 0 || count.rows <= 0)
        return {planned, KeyRead::Sort};
    const qint64 offset = qMax(0, query.offset);
    // From the nearer end (pageStatement reads past the middle backwards).
    const qint64 end = qMin(count.matches, offset + qMax(0, query.limit));
    const qint64 reach = offset > count.matches / 2 ? count.matches - offset : end;
    const double walked = double(reach) * double(count.rows) / double(count.matches);
    return {planned,
            walked <= double(count.matches * walkPerMatch) ? KeyRead::Walk : KeyRead::Sort};
}

// The first statement of a page of an indexed search on SQLite (its count read first), and
// the total it found.
std::pair<PageStatement, qint64> searchStatement(Database &db, const ViewDefinition &view,
                                                 const ListQuery &query, const Built &built,
                                                 SearchPath path)
{
    const bool counting = query.withTotal || query.knownTotal < 0;
    SearchCount matched = countSearch(db, view, built, counting);
    if (!counting)
        matched.matches = query.knownTotal;
    const qint64 walkPerMatch =
        sortReadsNoRow(view, orderTerms(view, query)) ? CoveredWalkPerMatch : WalkPerMatch;
    const auto [planned, keyRead] = searchPlan(query, matched, walkPerMatch);
    return {pageStatement(view, planned, db.dialect(), false, path, keyRead), matched.matches};
}

} // namespace

// ---- Deep pages from checkpoints of the order ---------------------------------------------
//
// A deep page reads its keys first (KeysFirst), walking the order's index from the start or
// the end to its offset: the middle of a million cards is 500,000 index entries, 35-65 ms on
// PostgreSQL however narrow the entry (its executor's cost per entry). SQLite walks them in
// 4 ms once its connection has mapped the index's pages, but not the first time: 15 ms in a
// new sqlite3 process, and the console's first jump to the middle of the cards took 23-40
// ms against 5-9 ms for 1,000 cards (bench_views, a page fault 6-12 us). Checkpoints of an
// order are its values at every step-th row (the row at 0-based index (j + 1) x step - 1 for
// checkpoint j); a page from offset O starts after checkpoint O / step - 1, a keyset read of
// the same index ((terms) > (values), < when the order descends), and walks at most
// step - 1 entries: the middle of a million cards in under a millisecond.
//
// They hold for one version of the base table (migration 23: the sum of a random tag
// appended by every statement that changes its rows, in its transaction; on SQLite, migration
// 25, one tag made anew by every row changed), read in the same
// statement as what it vouches for: the checkpoints together with the rows they come from, and a
// page with the condition that the version is still theirs. A page of checkpoints out of date comes
// back empty; the page is then read by walking, as before, and the checkpoints are made
// again in the background. The terms must be NOT NULL columns of the base table (a row
// comparison with a NULL is not a position in the order).
//
// They are made by walking the whole order once, a checkpoint from the one before it
// (PostgreSQL: several per statement, a recursive CTE, about twice the walk to the middle;
// SQLite: one per statement), in the background
// (ListViews::setBackground) when a big list is first read, and for the default orders of the
// big lists when the store opens (ServiceHost). Kept for the process (OrderCheckpoints).

namespace {

std::atomic<qint64> checkpointStepRows{2048};
std::atomic<qint64> checkpointMinimumRows{65536};

// The checkpoints kept in the process, by OrderWalk::key.
class OrderCheckpoints
{
public:
    struct Entry
    {
        enum class State
        {
            Making,  // claimed by a job (made again when it is older than a minute)
            Ready,   // `points` of `version`
            Stale,   // `version` no longer the table's
            Unusable // the order or filters cannot have any
        };
        State state = State::Making;
        QString version;
        QList<QVariantList> points;
        QDateTime since;
    };

    static OrderCheckpoints &instance()
    {
        static OrderCheckpoints checkpoints;
        return checkpoints;
    }

    std::optional<Entry> find(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_entries.constFind(key);
        if (found == m_entries.constEnd())
            return std::nullopt;
        return *found;
    }
    // Whether the caller makes them: none kept, out of date, or a job that never finished.
    bool claim(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto found = m_entries.find(key);
        if (found != m_entries.end()) {
            const bool abandoned =
                found->state == Entry::State::Making && found->since.secsTo(now) > 60;
            if (found->state != Entry::State::Stale && !abandoned)
                return false;
            found->state = Entry::State::Making;
            found->since = now;
            return true;
        }
        if (m_entries.size() >= 256)
            m_entries.removeIf(
                [](const auto &entry) { return entry.value().state != Entry::State::Making; });
        Entry entry;
        entry.since = now;
        m_entries.insert(key, entry);
        return true;
    }
    void set(const QString &key, Entry entry)
    {
        const QMutexLocker lock(&m_mutex);
        entry.since = QDateTime::currentDateTimeUtc();
        m_entries.insert(key, std::move(entry));
    }
    // Those of `version` are out of date (a later version may be kept already).
    void outdate(const QString &key, const QString &version)
    {
        const QMutexLocker lock(&m_mutex);
        auto found = m_entries.find(key);
        if (found != m_entries.end() && found->state == Entry::State::Ready &&
            found->version == version)
            found->state = Entry::State::Stale;
    }
    void forget(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        m_entries.remove(key);
    }
    void forgetAll()
    {
        const QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }

private:
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

// How many checkpoints one statement makes at most (ListViews::prepareOrder), and how long
// one statement should take: 16 x 2,048 index entries of a million cards take about 5 ms;
// sorted by the account's name (a joined table, each account's cards sorted) 16 took 42 ms,
// and fewer are made per statement.
constexpr qint64 ChunkPoints = 16;
constexpr double ChunkMs = 5;
// SQLite makes one checkpoint per statement: 2,048 entries of an index take well under a
// millisecond, a statement that sorts a million cards a second or more. One that takes
// longer than this (ms) gives the order up (setCheckpointGiveUp(), for tests).
std::atomic<qint64> sqliteCheckpointGiveUpMs{250};

// The pages being read in the foreground (ListViews::page) in this process, and a wait of
// at most a second for there to be none.
std::atomic<int> foregroundPages{0};

struct ForegroundPage
{
    ForegroundPage() { ++foregroundPages; }
    ~ForegroundPage() { --foregroundPages; }
    ForegroundPage(const ForegroundPage &) = delete;
    ForegroundPage &operator=(const ForegroundPage &) = delete;
};

thread_local const std::atomic<bool> *stopFlag = nullptr;

bool stopRequested()
{
    return stopFlag && stopFlag->load();
}

void waitForForeground()
{
    const QDeadlineTimer deadline(1000);
    while (foregroundPages.load() > 0 && !deadline.hasExpired() && !stopRequested())
        QThread::msleep(1);
}

// The version of the table bound to :versioned`n` (migrations 23 and 25), as text.
QString versionOf(int n, SqlDialect::Kind dialect)
{
    const QString sum = dialect == SqlDialect::Kind::Postgres
                            ? QStringLiteral("sum(tag)::text")
                            : QStringLiteral("CAST(sum(tag) AS TEXT)");
    return QStringLiteral("(SELECT ") + sum +
           QStringLiteral(" FROM table_changes WHERE table_name = :versioned") +
           QString::number(n) + QLatin1Char(')');
}

} // namespace

// What a deep page of a query walks, when checkpoints can serve it: the base table's keys
// in the order (KeysFirst), filtered by conditions on its own columns alone.
struct ListViews::OrderWalk
{
    // The tables whose rows make the order, as table_changes names them: the base table, and
    // the joined table of a column sorted by (its row one per base row: countFrom).
    QStringList tables;
    QString from; // the base table's FROM ("stored_value_cards c"), or the view's when joined
    QString key;  // the key a page's rows are read by
    bool joined = false;
    // Per table of `tables`, the terms' columns on it (for their NOT NULL).
    QList<QStringList> columns;
    QList<std::pair<QString, bool>> terms;
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    QString cacheKey; // OrderCheckpoints' key
    const ViewDefinition *view = nullptr;
    SqlDialect::Kind dialect = SqlDialect::Kind::Postgres;

    // The rows after `values` in the order. Of the base table: "(t0, t1) > (v0, v1)" (< when
    // the order descends), a bound of the order's index. Joined, whose terms no index holds
    // together: "t0 >= v0 AND (t0 > v0 OR t1 > v1)", the first a bound of the joined table's
    // index, whose rows' base rows are then sorted one value of t0 at a time (PostgreSQL's
    // incremental sort).
    QString after(const QStringList &values) const
    {
        const QString greater =
            terms.front().second ? QStringLiteral(" < ") : QStringLiteral(" > ");
        if (joined)
            return terms.at(0).first + greater.trimmed() + QStringLiteral("= ") + values.at(0) +
                   QStringLiteral(" AND (") + terms.at(0).first + greater + values.at(0) +
                   QStringLiteral(" OR ") + terms.at(1).first + greater + values.at(1) +
                   QLatin1Char(')');
        QStringList expressions;
        for (const auto &term : terms)
            expressions << term.first;
        return QLatin1Char('(') + expressions.join(QStringLiteral(", ")) + QLatin1Char(')') +
               greater + QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    // The version of the order's tables, read in the statement that binds them (bindVersion).
    QString version() const
    {
        QStringList versions;
        for (int n = 0; n < tables.size(); ++n)
            versions << versionOf(n, dialect);
        // SQLite has no concat_ws before 3.44 (Debian 12: 3.40); its versions are never NULL.
        if (dialect == SqlDialect::Kind::Sqlite)
            return QLatin1Char('(') + versions.join(QStringLiteral(" || '/' || ")) +
                   QLatin1Char(')');
        return QStringLiteral("concat_ws('/', ") + versions.join(QStringLiteral(", ")) +
               QLatin1Char(')');
    }
    void bindVersion(SqlQuery &query) const
    {
        for (int n = 0; n < tables.size(); ++n)
            query.bind(QStringLiteral(":versioned") + QString::number(n), tables.at(n));
    }
    QString where(const QStringList &more) const
    {
        const QStringList all = conditions + more;
        return all.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
    }
};

namespace {

std::optional<ListViews::OrderWalk> orderWalk(Database &db, const ViewDefinition &view,
                                              const ListQuery &query)
{
    static const QStringList versioned = {
        QStringLiteral("cts_traces"), QStringLiteral("fee_center_accounts"),
        QStringLiteral("stored_value_cards"), QStringLiteral("workspaces")};
    const SqlDialect &dialect = db.dialect();
    if (!query.search.trimmed().isEmpty() || !view.countFrom || *view.where)
        return std::nullopt;
    const QStringList base = QString::fromLatin1(view.countFrom).split(QLatin1Char(' '));
    if (base.size() != 2 || !versioned.contains(base.at(0)))
        return std::nullopt;
    const QString &alias = base.at(1);
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const ViewColumn *column = findColumn(view, it.key());
        if (column && column->filterable && !onTable(column->sql, alias))
            return std::nullopt;
    }
    ListViews::OrderWalk walk;
    walk.terms = orderTerms(view, query);
    if (!onTable(view.columns.front().sql, alias))
        return std::nullopt;
    walk.tables << base.at(0);
    walk.columns << QStringList();
    // The view's FROM, word by word: a joined table is the word before its alias.
    const QStringList words =
        QString::fromLatin1(view.from).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &term : walk.terms) {
        if (term.second != walk.terms.front().second)
            return std::nullopt;
        const QString termAlias = term.first.section(QLatin1Char('.'), 0, 0);
        if (!onTable(term.first, termAlias))
            return std::nullopt;
        QString table = base.at(0);
        if (termAlias != alias) {
            const qsizetype at = words.indexOf(termAlias);
            if (at < 2 || words.at(at - 2) != u"JOIN" || !versioned.contains(words.at(at - 1)) ||
                walk.joined)
                return std::nullopt;
            table = words.at(at - 1);
            walk.joined = true;
            walk.tables << table;
            walk.columns << QStringList();
        }
        walk.columns[walk.tables.indexOf(table)] << term.first.mid(termAlias.size() + 1);
    }
    // Joined: the sort's column, then the base table's key (orderTerms).
    if (walk.joined && (walk.terms.size() != 2 || !onTable(walk.terms.at(1).first, alias)))
        return std::nullopt;
    const Built built = buildWhere(view, query, dialect, SearchPath::Indexed);
    if (!built.where.isEmpty())
        walk.conditions << built.where.mid(int(qstrlen(" WHERE ")));
    walk.binds = built.binds;
    walk.from = QString::fromLatin1(walk.joined ? view.from : view.countFrom);
    walk.key =
        alias + QLatin1Char('.') +
        dialect.searchRowKey(QString::fromLatin1(view.columns.front().sql).mid(alias.size() + 1));
    walk.view = &view;
    walk.dialect = dialect.kind();
    const QSqlDatabase handle = db.handle();
    walk.cacheKey = handle.hostName() + QLatin1Char(':') + QString::number(handle.port()) +
                    QLatin1Char('/') + handle.databaseName() + QLatin1Char('\x1f') + view.name +
                    orderBy(walk.terms) + built.where;
    for (const auto &[name, value] : built.binds)
        walk.cacheKey += QLatin1Char('\x1f') + name + QLatin1Char('=') +
                         QString::fromLatin1(value.typeName()) + QLatin1Char(':') +
                         value.toString();
    return walk;
}

// SQLite, in the snapshot the checkpoints are made in: whether the columns of the order's
// terms hold no NULL (a row comparison with a NULL is not a position in the order). A column
// declared NOT NULL holds none; another (a primary key other than an INTEGER one, which
// SQLite lets hold NULL, or a nullable column) is looked at in this version of its table.
bool withoutNulls(Database &db, const ListViews::OrderWalk &walk)
{
    for (qsizetype t = 0; t < walk.tables.size(); ++t) {
        SqlQuery nullable(db, QStringLiteral("SELECT name FROM pragma_table_info(:table) WHERE "
                                             "\"notnull\" = 0"));
        nullable.bind(QStringLiteral(":table"), walk.tables.at(t)).exec();
        const QStringList names = nullable.texts();
        for (const QString &column : walk.columns.at(t)) {
            if (!names.contains(column))
                continue;
            // Names of the view's definition, not input.
            SqlQuery held(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + walk.tables.at(t) +
                                  QStringLiteral(" WHERE ") + column + QStringLiteral(" IS NULL)"));
            held.exec();
            if (!held.next() || held.integer(0) != 0)
                return false;
        }
    }
    return true;
}

} // namespace

void ListViews::setCheckpointRows(qint64 step, qint64 minRows)
{
    checkpointStepRows = qMax<qint64>(1, step);
    checkpointMinimumRows = qMax<qint64>(0, minRows);
    OrderCheckpoints::instance().forgetAll();
}

void ListViews::setCheckpointGiveUp(qint64 ms)
{
    sqliteCheckpointGiveUpMs = ms;
}

qint64 ListViews::checkpointStep()
{
    return checkpointStepRows;
}

qint64 ListViews::checkpointMinRows()
{
    return checkpointMinimumRows;
}

void ListViews::setStopFlag(const std::atomic<bool> *stop)
{
    stopFlag = stop;
}

void ListViews::forgetCheckpoints()
{
    OrderCheckpoints::instance().forgetAll();
}

bool ListViews::prepareOrder(const ListQuery &query)
{
    const ViewDefinition *view = findView(query.view);
    std::optional<OrderWalk> walk;
    if (view && unknownName(query).isEmpty())
        walk = orderWalk(m_db, *view, query);
    if (!walk)
        return false;
    using Entry = OrderCheckpoints::Entry;
    OrderCheckpoints &kept = OrderCheckpoints::instance();
    const bool postgres = walk->dialect == SqlDialect::Kind::Postgres;
    const auto unusable = [&] {
        Entry entry;
        entry.state = Entry::State::Unusable;
        kept.set(walk->cacheKey, entry);
        return false;
    };
    foldTableChanges(m_db);
    try {
        // PostgreSQL: the terms' columns NOT NULL, as the catalogue says (SQLite: below).
        for (qsizetype t = 0; postgres && t < walk->tables.size(); ++t) {
            SqlQuery nullable(m_db,
                              QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                             "CAST(:table AS regclass) AND attnum > 0 AND NOT "
                                             "attnotnull AND attname = ANY "
                                             "(string_to_array(:columns, ','))"));
            nullable.bind(QStringLiteral(":table"), walk->tables.at(t))
                .bind(QStringLiteral(":columns"), walk->columns.at(t).join(QLatin1Char(',')))
                .exec();
            if (!nullable.next() || nullable.integer(0) != 0)
                return unusable();
        }
        // Each checkpoint the step-th row after the one before, every statement and the
        // version in one snapshot. PostgreSQL: at most ChunkPoints of them per statement (a
        // recursive CTE; a statement is a round trip). SQLite: one per statement (in the
        // process), and an order whose statement sorts instead of walking an index (no index
        // holds it with the filters) reads the whole list each time: given up, its deep pages
        // read by walking. Before each statement the job waits while pages are being read in
        // the foreground (waitForForeground): on two CPUs, made in one statement (70-140 ms for
        // a million cards) they slowed whatever list was read meanwhile two- to threefold.
        const qint64 step = checkpointStep();
        QStringList selected;
        QStringList previous;
        QStringList carried;
        QStringList bound;
        for (qsizetype i = 0; i < walk->terms.size(); ++i) {
            const QString n = QString::number(i);
            selected << walk->terms.at(i).first + QStringLiteral(" AS o") + n;
            previous << QStringLiteral("cp.o") + n;
            carried << QStringLiteral("x.o") + n;
            bound << QStringLiteral(":p") + n;
        }
        const QString order = orderBy(walk->terms);
        const auto statement = [&](bool first) {
            const QString after =
                walk->where(first ? QStringList() : QStringList{walk->after(bound)});
            if (!postgres)
                return QStringLiteral("SELECT ") + selected.join(u", ") + QStringLiteral(" FROM ") +
                       walk->from + after + order + QStringLiteral(" LIMIT 1 OFFSET :skip");
            return QStringLiteral("WITH RECURSIVE cp AS ((SELECT 1 AS n, ") + selected.join(u", ") +
                   QStringLiteral(" FROM ") + walk->from + after + order +
                   QStringLiteral(" LIMIT 1 OFFSET :skip) UNION ALL SELECT cp.n + 1, ") +
                   carried.join(u", ") + QStringLiteral(" FROM cp, LATERAL (SELECT ") +
                   selected.join(u", ") + QStringLiteral(" FROM ") + walk->from +
                   walk->where({walk->after(previous)}) + order +
                   QStringLiteral(" LIMIT 1 OFFSET :skip) x WHERE cp.n < :points) SELECT ") +
                   previous.join(u", ") + QStringLiteral(" FROM cp ORDER BY cp.n");
        };
        Entry entry;
        entry.state = Entry::State::Ready;
        m_db.beginSnapshot();
        const auto ended = qScopeGuard([this] { m_db.rollback(); }); // it wrote nothing
        SqlQuery version(m_db, QStringLiteral("SELECT ") + walk->version());
        walk->bindVersion(version);
        version.exec();
        if (version.next())
            entry.version = version.text(0);
        if (!postgres && !withoutNulls(m_db, *walk))
            return unusable();
        const int width = int(walk->terms.size());
        for (qint64 points = postgres ? ChunkPoints : 1, read = points; read == points;) {
            waitForForeground();
            if (stopRequested()) {
                kept.forget(walk->cacheKey);
                return false;
            }
            SqlQuery made(m_db, statement(entry.points.isEmpty()));
            for (const auto &[name, value] : walk->binds)
                made.bind(name, value);
            if (!entry.points.isEmpty())
                for (int i = 0; i < width; ++i)
                    made.bind(bound.at(i), entry.points.constLast().at(i));
            QElapsedTimer took;
            took.start();
            made.bind(QStringLiteral(":skip"), step - 1);
            if (postgres)
                made.bind(QStringLiteral(":points"), points);
            made.exec();
            for (read = 0; made.next(); ++read) {
                QVariantList point;
                point.reserve(width);
                for (int i = 0; i < width; ++i)
                    point << made.value(i);
                entry.points << point;
            }
            if (!postgres && took.elapsed() > sqliteCheckpointGiveUpMs)
                return unusable();
            if (postgres && read == points) {
                const double ms = qMax(0.1, double(took.nsecsElapsed()) / 1e6);
                const qint64 next =
                    qBound<qint64>(1, qint64(double(points) * ChunkMs / ms), ChunkPoints);
                // A statement's text does not depend on it: the same one prepared.
                read = points = next;
            }
        }
        if (entry.points.size() < 2) {
            kept.forget(walk->cacheKey); // too short to need them; asked again when it grows
            return false;
        }
        kept.set(walk->cacheKey, std::move(entry));
        return true;
    } catch (const StoreError &) {
        kept.forget(walk->cacheKey);
        throw;
    }
}

namespace {

// The default orders of the lists whose base table has at least checkpointMinRows() rows
// (counted: migration 19), each passed to `f` until it returns false.
template<typename F>
void forEachBigList(Database &db, F f)
{
    for (const ViewDefinition &view : definitions()) {
        ListQuery query;
        query.view = view.name;
        std::optional<ListViews::OrderWalk> walk = orderWalk(db, view, query);
        if (!walk)
            continue;
        SqlQuery rows(db, QStringLiteral("SELECT (") +
                              RowCounts::totalQuery(QStringLiteral(":counted")) + QLatin1Char(')'));
        rows.bind(QStringLiteral(":counted"), walk->tables.front()).exec();
        if (rows.next() && rows.integer(0) >= ListViews::checkpointMinRows() && !f(query, *walk))
            return;
    }
}

} // namespace

bool ListViews::hasBigLists()
{
    bool found = false;
    forEachBigList(m_db, [&](const ListQuery &, const OrderWalk &) {
        found = true;
        return false;
    });
    return found;
}

int ListViews::prepareBigLists()
{
    int made = 0;
    forEachBigList(m_db, [&](const ListQuery &query, const OrderWalk &walk) {
        if (OrderCheckpoints::instance().claim(walk.cacheKey) && prepareOrder(query))
            ++made;
        return true;
    });
    return made;
}

bool ListViews::readFromCheckpoint(const OrderWalk &walk, const ListQuery &query, ListPage &result)
{
    const qint64 step = checkpointStep();
    if (query.withTotal || query.offset < step || query.limit <= 0)
        return false;
    const std::optional<OrderCheckpoints::Entry> kept =
        OrderCheckpoints::instance().find(walk.cacheKey);
    if (!kept || kept->state != OrderCheckpoints::Entry::State::Ready)
        return false;
    const qint64 index = qMin<qint64>(query.offset / step, kept->points.size());
    const QVariantList &point = kept->points.at(index - 1);
    QStringList values;
    for (qsizetype i = 0; i < point.size(); ++i)
        values << QStringLiteral(":c") + QString::number(i);
    QStringList expressions;
    for (const auto &column : walk.view->columns)
        expressions << QString::fromLatin1(column.sql);
    const QString rest =
        walk.where({walk.after(values), walk.version() + QStringLiteral(" = :version")}) +
        orderBy(walk.terms) + QStringLiteral(" LIMIT :limit OFFSET :rest");
    // Joined: the page's rows through the view's joins at once; of the base table: its keys
    // from the order's index first, then their rows.
    const QString sql =
        QStringLiteral("SELECT ") + expressions.join(u", ") + QStringLiteral(" FROM ") +
        QString::fromLatin1(walk.view->from) +
        (walk.joined ? rest
                     : QStringLiteral(" WHERE ") + walk.key + QStringLiteral(" IN (SELECT ") +
                           walk.key + QStringLiteral(" FROM ") + walk.from + rest +
                           QLatin1Char(')') + orderBy(walk.terms));
    SqlQuery rows(m_db, sql);
    for (const auto &[name, value] : walk.binds)
        rows.bind(name, value);
    for (qsizetype i = 0; i < point.size(); ++i)
        rows.bind(values.at(i), point.at(i));
    walk.bindVersion(rows);
    rows.bind(QStringLiteral(":version"), kept->version)
        .bind(QStringLiteral(":limit"), query.limit)
        .bind(QStringLiteral(":rest"), query.offset - index * step)
        .exec();
    const int count = int(walk.view->columns.size());
    result.rows.clear();
    while (rows.next())
        result.rows << rowValues(rows, count);
    if (!result.rows.isEmpty())
        return true;
    // No row: past the end of the list, or the checkpoints out of date.
    SqlQuery version(m_db, QStringLiteral("SELECT ") + walk.version());
    walk.bindVersion(version);
    version.exec();
    if (version.next() && version.text(0) == kept->version)
        return true;
    OrderCheckpoints::instance().outdate(walk.cacheKey, kept->version);
    prepareLater(walk, query, checkpointMinRows());
    return false;
}

void ListViews::prepareLater(const OrderWalk &walk, const ListQuery &query, qint64 rows)
{
    if (!m_background || rows < checkpointMinRows() ||
        !OrderCheckpoints::instance().claim(walk.cacheKey))
        return;
    ListQuery order = query;
    order.offset = 0;
    order.limit = 0;
    order.withTotal = false;
    const QString key = walk.cacheKey;
    m_background([order, key](Database &db) {
        try {
            ListViews(db).prepareOrder(order);
        } catch (const StoreError &) {
            OrderCheckpoints::instance().forget(key);
        }
    });
}

ListPage ListViews::page(const ListQuery &query)
{
    const ForegroundPage foreground; // background jobs wait for it (waitForForeground)
    ListPage result;
    result.offset = query.offset;
    const ViewDefinition *view = findView(query.view, m_access);
    if (!view || !unknownName(query).isEmpty()) {
        result.total = 0;
        return result;
    }
    result.columns = columns(query.view);
    const SqlDialect &dialect = m_db.dialect();
    const int count = int(view->columns.size());

    // Reads the page of `statement`; its total too when it carries one.
    std::optional<qint64> total;
    qint64 parts = 0;
    const auto read = [&](const PageStatement &statement, bool withTotal) {
        SqlQuery rows(m_db, statement.sql);
        for (const auto &[name, value] : statement.binds)
            rows.bind(name, value);
        rows.exec();
        result.rows.clear();
        while (rows.next()) {
            result.rows << rowValues(rows, count);
            if (withTotal && !total) {
                total = rows.integer(count);
                if (!statement.counted.isEmpty())
                    parts = rows.integer(count + 1);
            }
        }
        if (statement.reversed)
            std::reverse(result.rows.begin(), result.rows.end());
    };

    const bool searching = !query.search.trimmed().isEmpty();
    if (const Built built = searching ? buildWhere(*view, query, dialect, m_access) : Built();
        !built.keys.isEmpty()) {
        // SQLite's indexed search. A first page: its matches read once, counted and sorted
        // (KeysFirst::capped), when they are at most sortedSearchRows(); more, and the page
        // is read as a later one is.
        if (query.withTotal && m_sortedSearchRows > 0) {
            const PageStatement first = pageStatement(*view, query, dialect, true, m_access,
                                                      KeyRead::Sort, m_sortedSearchRows + 1);
            if (first.capped > 0) {
                read(first, true);
                // No row: no match at all, or none from the page's offset on (then counted).
                if (total ? *total <= m_sortedSearchRows : query.offset <= 0) {
                    result.total = total.value_or(0);
                    return result;
                }
                total.reset();
            }
        }
        // Its total first (on the keys alone), then the page by the cheaper way for that
        // total (searchPlan); a walk that comes back short of the page (the matches not
        // spread evenly) is read again by sorting.
        const auto [statement, matches] = searchStatement(m_db, *view, query, built, m_access);
        read(statement, false);
        const qint64 expected =
            qMax<qint64>(0, qMin<qint64>(query.limit, matches - qMax(0, query.offset)));
        if (statement.walked && result.rows.size() < expected) {
            ListQuery sorted = query;
            sorted.withTotal = false;
            sorted.knownTotal = matches;
            read(pageStatement(*view, sorted, dialect, false, m_access, KeyRead::Sort), false);
        }
        if (query.withTotal)
            result.total = matches;
        return result;
    }

    // A deep page from the checkpoints of its order, when they are up to date.
    m_fromCheckpoint = false;
    std::optional<OrderWalk> walk;
    if (m_access == Access::Indexed && !searching)
        walk = orderWalk(m_db, *view, query);
    if (walk && readFromCheckpoint(*walk, query, result)) {
        m_fromCheckpoint = true;
        return result;
    }
    const PageStatement statement =
        shapedPageStatement(*view, query, dialect, query.withTotal, m_access);
    read(statement, query.withTotal);
    if (query.withTotal)
        result.total = total ? *total : totalOnItsOwn(m_db, *view, query, m_access);
    foldRowCounts(m_db, parts);
    // A deep page walked: its order's checkpoints made for the next (a sort whose deep pages
    // are never read costs nothing).
    if (walk && query.offset >= checkpointStep())
        prepareLater(*walk, query,
                     qMax<qint64>(query.knownTotal, query.offset + result.rows.size()));
    return result;
}

bool ListViews::pageCells(const ListQuery &query, ListPage &header,
                          const std::function<void(const QList<RawCell> &)> &row)
{
    const SqlDialect &dialect = m_db.dialect();
    if (dialect.kind() != SqlDialect::Kind::Sqlite || !query.search.trimmed().isEmpty())
        return false;
    const ViewDefinition *view = findView(query.view, m_access);
    if (!view || !unknownName(query).isEmpty())
        return false;
    // A deep page that its order's checkpoints may serve, or have made: page() reads it.
    if (m_access == Access::Indexed && query.offset >= checkpointStep() &&
        orderWalk(m_db, *view, query))
        return false;
    const PageStatement statement =
        shapedPageStatement(*view, query, dialect, query.withTotal, m_access);
    if (statement.reversed)
        return false; // its rows come last to first
    SqlQuery rows(m_db, statement.sql);
    sqlite3_stmt *const read = rows.sqliteStatement();
    if (!read)
        return false;
    for (const auto &[name, value] : statement.binds)
        rows.bind(name, value);
    rows.exec();
    header = ListPage();
    header.offset = query.offset;
    header.columns = columns(query.view);
    const int count = int(view->columns.size());
    QList<RawCell> cells(count);
    std::optional<qint64> total;
    qint64 parts = 0;
    // Qt has read the first row (next() hands it over without a step); the statement stands
    // on it, and reads on from there.
    if (rows.next()) {
        for (;;) {
            readRawCells(read, cells);
            if (query.withTotal && !total) {
                total = sqlite3_column_int64(read, count);
                if (!statement.counted.isEmpty())
                    parts = sqlite3_column_int64(read, count + 1);
            }
            row(cells);
            const int stepped = sqlite3_step(read);
            if (stepped == SQLITE_DONE)
                break;
            if (stepped != SQLITE_ROW)
                m_db.fail(QStringLiteral("exec: ") + statement.sql.simplified().left(120),
                          sqliteError(sqlite3_db_handle(read)));
        }
    }
    if (query.withTotal)
        header.total = total ? *total : totalOnItsOwn(m_db, *view, query, m_access);
    foldRowCounts(m_db, parts);
    return true;
}

QStringList ListViews::queryPlan(const ListQuery &query)
{
    QStringList plan;
    const ViewDefinition *view = findView(query.view, m_access);
    if (!view || !unknownName(query).isEmpty())
        return plan;
    // The page's rows as read (a total's subquery adds only its own count to the plan; an
    // indexed search on SQLite: a first page's statement of its matches sorted at once, or
    // a later page's first statement after its count).
    const Built built = buildWhere(*view, query, m_db.dialect(), m_access);
    PageStatement statement;
    if (built.keys.isEmpty())
        statement = pageStatement(*view, query, m_db.dialect(), false, m_access);
    else if (query.withTotal && m_sortedSearchRows > 0)
        statement = pageStatement(*view, query, m_db.dialect(), true, m_access, KeyRead::Sort,
                                  m_sortedSearchRows + 1);
    if (!built.keys.isEmpty() && statement.capped <= 0)
        statement = searchStatement(m_db, *view, query, built, m_access).first;
    const bool sqlite = m_db.dialect().kind() == SqlDialect::Kind::Sqlite;
    if (sqlite) {
        SqlQuery explain(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
        for (const auto &[name, value] : statement.binds)
            explain.bind(name, value);
        explain.exec();
        // id, parent, notused, detail
        while (explain.next())
            plan << explain.value(3).toString();
        return plan;
    }
    // PostgreSQL cannot prepare an EXPLAIN: the values go in as literals, quoted by the
    // driver; one line of text per row.
    QSqlDatabase handle = m_db.handle();
    QHash<QString, QString> literals;
    for (const auto &[name, value] : statement.binds) {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        literals.insert(name.mid(1), handle.driver()->formatValue(field));
    }
    static const QRegularExpression placeholder(QStringLiteral(":([A-Za-z_][A-Za-z0-9_]*)"));
    QString sql;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(statement.sql); it.hasNext();) {
        const auto match = it.next();
        sql += QStringView(statement.sql).mid(last, match.capturedStart() - last);
        sql += literals.value(match.captured(1), match.captured());
        last = match.capturedEnd();
    }
    sql += QStringView(statement.sql).mid(last);
    QSqlQuery explain(handle);
    if (!explain.exec(QStringLiteral("EXPLAIN ") + sql))
        m_db.fail(QStringLiteral("explain"), explain.lastError());
    while (explain.next())
        plan << explain.value(0).toString();
    return plan;
}

std::optional<ListViews::RowsStatement> ListViews::rowsStatement(const ListQuery &query)
{
    const ViewDefinition *view = findView(query.view, m_access);
    if (!view || !unknownName(query).isEmpty())
        return std::nullopt;
    const Built built = buildWhere(*view, query, m_db.dialect(), m_access);
    const QString from = QStringLiteral(" FROM ") + QString::fromLatin1(view->from);

    const TotalStatement counted = totalStatement(*view, built, m_access);
    SqlQuery total(m_db, counted.sql);
    for (const auto &[name, value] : counted.binds)
        total.bind(name, value);
    total.exec();
    RowsStatement statement;
    statement.count = total.next() ? total.integer(0) : 0;

    // One forward-only cursor over the whole result: OFFSET paging would rescan.
    QStringList expressions;
    for (const auto &column : view->columns)
        expressions << QString::fromLatin1(column.sql);
    const Built walked = statement.count > DenseSearchRows && !m_db.dialect().searchIndexIsExact()
                             ? buildWhere(*view, query, m_db.dialect(), SearchPath::Scanned)
                             : built;
    statement.sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + from +
                    walked.where + orderBy(*view, query);
    statement.binds = walked.binds;
    statement.width = int(view->columns.size());
    return statement;
}

qint64 ListViews::forEachRow(const ListQuery &query,
                             const std::function<bool(const QVariantList &, qint64, qint64)> &sink)
{
    const std::optional<RowsStatement> statement = rowsStatement(query);
    if (!statement)
        return 0;
    SqlQuery rows(m_db, statement->sql);
    for (const auto &[name, value] : statement->binds)
        rows.bind(name, value);
    rows.exec();
    qint64 delivered = 0;
    QVariantList row;
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < statement->width; ++i)
            row << rows.value(i);
        if (!sink(row, delivered++, statement->count))
            break;
    }
    return delivered;
}

namespace {

// A whole number among a driver's values (the cells of forEachRawRow, its bound values).
bool isWholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

// A statement of SQLite's own, finalized when it goes.
struct SqliteStatement
{
    sqlite3_stmt *statement = nullptr;
    ~SqliteStatement() { sqlite3_finalize(statement); }
};

using RawCellKind = ListViews::RawCell::Kind;

// A statement's named placeholders (:name, as SqlQuery binds them) as PostgreSQL's numbered
// ones ($1, ...), with the values to send for them as text, in that order. Quoted text and
// casts (::type) are left alone, as is a name nothing is bound to.
struct NumberedStatement
{
    QByteArray sql;
    std::vector<std::optional<QByteArray>> values;
};

NumberedStatement numbered(const QString &sql, const QList<std::pair<QString, QVariant>> &binds)
{
    NumberedStatement statement;
    QHash<QString, int> numbers;
    const auto isNameChar = [](QChar c, bool first) {
        return c == u'_' || (c.isLetter() && c.unicode() < 128) ||
               (!first && c.isDigit() && c.unicode() < 128);
    };
    QString text;
    text.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        if (c == u'\'') {
            const qsizetype end = sql.indexOf(u'\'', i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            text += QStringView(sql).mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u':' && i + 1 < sql.size() && sql.at(i + 1) == u':') {
            text += QStringLiteral("::");
            i += 2;
            continue;
        }
        if (c == u':' && i + 1 < sql.size() && isNameChar(sql.at(i + 1), true)) {
            qsizetype end = i + 2;
            while (end < sql.size() && isNameChar(sql.at(end), false))
                ++end;
            const QString name = sql.mid(i, end - i);
            const auto bound = std::find_if(binds.cbegin(), binds.cend(),
                                            [&](const auto &bind) { return bind.first == name; });
            if (bound == binds.cend()) {
                text += name;
            } else {
                auto number = numbers.constFind(name);
                if (number == numbers.constEnd()) {
                    number = numbers.insert(name, int(statement.values.size()) + 1);
                    const QVariant &value = bound->second;
                    if (value.typeId() == QMetaType::QString)
                        statement.values.emplace_back(value.toString().toUtf8()); // null: ''
                    else if (value.isNull())
                        statement.values.emplace_back(std::nullopt);
                    else if (value.typeId() == QMetaType::Bool)
                        statement.values.emplace_back(value.toBool() ? "true" : "false");
                    else if (isWholeNumber(value))
                        statement.values.emplace_back(QByteArray::number(value.toLongLong()));
                    else if (value.typeId() == QMetaType::Double)
                        statement.values.emplace_back(
                            QByteArray::number(value.toDouble(), 'g', 17));
                    else
                        statement.values.emplace_back(value.toString().toUtf8());
                }
                text += u'$' + QString::number(*number);
            }
            i = end;
            continue;
        }
        text += c;
        ++i;
    }
    statement.sql = text.toUtf8();
    return statement;
}

// A result of PostgreSQL's, cleared when it goes.
struct PostgresResult
{
    PGresult *result = nullptr;
    ~PostgresResult() { PQclear(result); }
    void reset(PGresult *next)
    {
        PQclear(result);
        result = next;
    }
};

QSqlError postgresError(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
            .trimmed();
    return QSqlError(message, message, QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

// How a column of PostgreSQL's text form becomes a RawCell, as the Qt driver reads its type:
// whole numbers and booleans as integers, floating and numeric values as reals, texts as
// they are. The lists' columns are all of these (test_repositories compares every view with
// forEachRow); another type would come as PostgreSQL writes it, where the Qt driver would
// make a value of its own (a QDateTime from a timestamp, say).
RawCellKind postgresCellKind(Oid type)
{
    switch (type) {
    case 16: // bool
    case 20: // int8
    case 21: // int2
    case 23: // int4
    case 26: // oid
        return RawCellKind::Integer;
    case 700:  // float4
    case 701:  // float8
    case 1700: // numeric
        return RawCellKind::Real;
    default:
        return RawCellKind::Text;
    }
}

} // namespace

// PostgreSQL: the statement run by libpq itself on the Qt connection's own, a row at a time
// (single-row mode: the rows stream as the server finds them), each cell read from the
// text PostgreSQL sends: no QVariant or QString per cell. A million cards exported in
// 1.3-1.5 s instead of 3.1-3.3 (bench_views; the sqlite3 tool: 2.9-3.0). A sink that stops
// the read cancels the statement; inside a transaction a savepoint keeps the transaction
// usable afterwards (the server ends a cancelled statement with an error).
qint64 ListViews::forEachPostgresRow(
    PGconn *connection, const RowsStatement &statement,
    const std::function<bool(const QList<RawCell> &, qint64, qint64)> &sink)
{
    const NumberedStatement sent = numbered(statement.sql, statement.binds);
    std::vector<const char *> values;
    values.reserve(sent.values.size());
    for (const auto &value : sent.values)
        values.push_back(value ? value->constData() : nullptr);
    const auto failed = [&](const char *what, const PGresult *result) {
        m_db.fail(QString::fromLatin1(what) + QStringLiteral(": ") +
                      statement.sql.simplified().left(120),
                  postgresError(connection, result));
    };
    // What is left of the Qt driver's last statement (its rows are read one at a time, and
    // a statement done with is not read to its end), as its own next statement would.
    while (PGresult *left = PQgetResult(connection))
        PQclear(left);
    const bool inTransaction = PQtransactionStatus(connection) == PQTRANS_INTRANS;
    const auto command = [&](const char *sql) {
        PostgresResult done;
        done.reset(PQexec(connection, sql));
        if (PQresultStatus(done.result) != PGRES_COMMAND_OK)
            failed(sql, done.result);
    };
    if (inTransaction)
        command("SAVEPOINT raw_rows");
    if (!PQsendQueryParams(connection, sent.sql.constData(), int(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0) ||
        !PQsetSingleRowMode(connection))
        failed("exec", nullptr);
    QList<RawCell> cells(statement.width);
    std::vector<RawCellKind> kinds;
    qint64 delivered = 0;
    bool stopped = false;
    std::optional<QSqlError> error;
    PostgresResult row;
    for (;;) {
        row.reset(PQgetResult(connection));
        if (!row.result)
            break;
        const ExecStatusType status = PQresultStatus(row.result);
        if (status == PGRES_TUPLES_OK)
            continue; // the end of the rows; a null result follows
        if (status != PGRES_SINGLE_TUPLE) {
            // A statement cancelled below ends with an error of its own: not the caller's.
            if (!stopped && !error)
                error = postgresError(connection, row.result);
            continue;
        }
        if (stopped || error)
            continue;
        if (kinds.empty()) {
            for (int i = 0; i < statement.width; ++i)
                kinds.push_back(postgresCellKind(PQftype(row.result, i)));
        }
        for (int i = 0; i < statement.width; ++i) {
            RawCell &cell = cells[i];
            cell = RawCell();
            if (PQgetisnull(row.result, 0, i))
                continue;
            const char *text = PQgetvalue(row.result, 0, i);
            const int length = PQgetlength(row.result, 0, i);
            switch (kinds[size_t(i)]) {
            case RawCellKind::Integer:
                cell.kind = RawCellKind::Integer;
                if (length == 1 && (text[0] == 't' || text[0] == 'f'))
                    cell.integer = text[0] == 't' ? 1 : 0;
                else
                    std::from_chars(text, text + length, cell.integer);
                break;
            case RawCellKind::Real:
                cell.kind = RawCellKind::Real;
                cell.real = QByteArray(text, length).toDouble();
                break;
            default:
                cell.kind = RawCellKind::Text;
                cell.text = QByteArrayView(text, length);
                break;
            }
        }
        if (!sink(cells, delivered++, statement.count)) {
            stopped = true;
            // The rest of the rows are not wanted: the server stops sending them.
            if (PGcancel *cancel = PQgetCancel(connection)) {
                char message[256];
                PQcancel(cancel, message, int(sizeof message));
                PQfreeCancel(cancel);
            }
        }
    }
    if (stopped && inTransaction)
        command("ROLLBACK TO SAVEPOINT raw_rows");
    if (error)
        m_db.fail(QStringLiteral("exec: ") + statement.sql.simplified().left(120), *error);
    if (inTransaction)
        command("RELEASE SAVEPOINT raw_rows");
    return delivered;
}

qint64
ListViews::forEachRawRow(const ListQuery &query,
                         const std::function<bool(const QList<RawCell> &, qint64, qint64)> &sink)
{
    sqlite3 *connection = sqliteConnection(m_db.handle());
    if (!connection) {
        PGconn *postgres = postgresConnection(m_db.handle());
        if (!postgres)
            m_db.fail(QStringLiteral("raw rows"),
                      QSqlError(QStringLiteral("no connection of SQLite's or PostgreSQL's"),
                                QString(), QSqlError::ConnectionError));
        const std::optional<RowsStatement> statement = rowsStatement(query);
        return statement ? forEachPostgresRow(postgres, *statement, sink) : 0;
    }
    const std::optional<RowsStatement> statement = rowsStatement(query);
    if (!statement)
        return 0;
    const QByteArray sql = statement->sql.toUtf8();
    SqliteStatement rows;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &rows.statement,
                           nullptr) != SQLITE_OK)
        m_db.fail(QStringLiteral("prepare: ") + statement->sql.simplified().left(120),
                  sqliteError(connection));
    for (const auto &[name, value] : statement->binds) {
        const int index = sqlite3_bind_parameter_index(rows.statement, name.toUtf8().constData());
        if (index == 0)
            continue; // as QSqlQuery, a value for a name the text does not use is ignored
        int bound = SQLITE_OK;
        if (value.isNull()) {
            bound = sqlite3_bind_null(rows.statement, index);
        } else if (isWholeNumber(value)) {
            bound = sqlite3_bind_int64(rows.statement, index, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            bound = sqlite3_bind_double(rows.statement, index, value.toDouble());
        } else {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(rows.statement, index, text.constData(), int(text.size()),
                                      SQLITE_TRANSIENT);
        }
        if (bound != SQLITE_OK)
            m_db.fail(QStringLiteral("bind: ") + name, sqliteError(connection));
    }
    QList<RawCell> cells(statement->width);
    qint64 delivered = 0;
    for (;;) {
        const int stepped = sqlite3_step(rows.statement);
        if (stepped == SQLITE_DONE)
            break;
        if (stepped != SQLITE_ROW)
            m_db.fail(QStringLiteral("exec: ") + statement->sql.simplified().left(120),
                      sqliteError(connection));
        readRawCells(rows.statement, cells);
        if (!sink(cells, delivered++, statement->count))
            break;
    }
    return delivered;
}

} // namespace oc::store

#include "Constraints.h"

#include "core/Error.h"
#include "core/Validators.h"

#include <QHash>

namespace oc::store {

namespace {

struct Entry
{
    // Every name the key goes by: PostgreSQL's constraint or index name, SQLite's index
    // name or its "table.column, ..." list (both dialects keep the older case-sensitive
    // keys next to the case-insensitive indexes of migration 0006 on SQLite).
    std::initializer_list<const char *> names;
    const char *rule;
    const char *field;
    const char *reason;
};

using validate::Field::Abbreviation;
using validate::Field::Email;
using validate::Field::MemberAccount;
using validate::Field::OrderId;
using validate::Field::Username;
using validate::Field::WorkspaceName;

// The one table from a unique key to the rule it enforces (../shared/spec/rules.md).
const Entry entries[] = {
    // R-ORG-2: an abbreviation is unique across all organizations, whatever its case.
    {{"uq_organizations_abbreviation", "organizations_abbreviation_key",
      "organizations.abbreviation"},
     "R-ORG-2",
     Abbreviation,
     "taken"},
    // R-ORG-5: a member account is unique within its organization.
    {{"uq_members_account", "members_organization_id_account_key",
      "members.organization_id, members.account"},
     "R-ORG-5",
     MemberAccount,
     "taken"},
    // Departments: siblings have different names.
    {{"departments_organization_id_parent_id_name_key",
      "departments.organization_id, departments.parent_id, departments.name"},
     SystemError::Duplicate,
     "name",
     "departmentTaken"},
    // R-BND-4: a member is authorized once per binding.
    {{"app_authorizations_pkey", "app_authorizations.binding_id, app_authorizations.member_id"},
     "R-BND-4",
     "members",
     "alreadyAuthorized"},
    // R-BND-1: an order is bound to one organization.
    {{"app_bindings_order_id_key", "app_bindings.order_id"}, "R-BND-1", OrderId, "alreadyBound"},
    // R-BND-2: one order per product per organization.
    {{"app_bindings_organization_id_product_id_key",
      "app_bindings.organization_id, app_bindings.product_id"},
     "R-BND-2",
     "organizationId",
     "sameProduct"},
    // R-FC-1: usernames of Guance and fee-center accounts, whatever their case.
    {{"uq_guance_accounts_username", "guance_accounts_username_key", "guance_accounts.username"},
     "R-FC-1",
     Username,
     "taken"},
    {{"uq_fee_center_accounts_username", "fee_center_accounts_username_key",
      "fee_center_accounts.username"},
     "R-FC-1",
     Username,
     "taken"},
    // R-ACC-1: one Guance account per email and site, whatever its case.
    {{"uq_guance_accounts_email", "guance_accounts_email_site_key",
      "guance_accounts.email, guance_accounts.site"},
     "R-ACC-1",
     Email,
     "taken"},
    // R-FC-2: a Huawei account is linked to at most one fee-center account.
    {{"fee_center_huawei_links_pkey", "fee_center_huawei_links.huawei_account_id"},
     "R-FC-2",
     "huaweiAccountId",
     "linked"},
    // R-WS-1: workspace names are unique within a fee-center account.
    {{"workspaces_fee_center_account_id_name_key",
      "workspaces.fee_center_account_id, workspaces.name"},
     "R-WS-1",
     WorkspaceName,
     "taken"},
    // R-SVC-2: a stored-value-card order is redeemed once.
    {{"card_redemptions_pkey", "card_redemptions.order_id"}, "R-SVC-2", OrderId, "redeemed"},
    // Billing API operators: one active operator per name.
    {{"uq_operators_active_name"}, SystemError::Duplicate, "name", "operatorTaken"},
    // R-ACC-3 (my-account.md): tenant names are unique across accounts, whatever their case.
    {{"uq_huawei_accounts_tenant_name", "huawei_accounts_tenant_name_key",
      "huawei_accounts.tenant_name"},
     "R-ACC-3",
     "tenantName",
     "taken"},
    // R-ACC-1: one HUAWEI ID per email, whatever its case (schema 11).
    {{"uq_huawei_accounts_email"}, "R-ACC-1", "email", "taken"},
    // R-AUTH-4: one pending real-name authentication per account (migration 0012).
    {{"uq_authentications_pending", "authentications.account_id"},
     "R-AUTH-4",
     "accountId",
     "pending"},
    // R-ACC-19: a website account name is one whatever its case; a HUAWEI ID has at most one
    // website account (migration 0013).
    {{"uq_website_accounts_name"}, "R-ACC-19", "name", "taken"},
    {{"uq_website_accounts_account", "website_accounts.account_id"},
     "R-ACC-19",
     "identifier",
     "alreadyBound"},
};

} // namespace

std::optional<ConstraintRule> ruleOfConstraint(const QString &constraint)
{
    static const QHash<QString, const Entry *> byName = [] {
        QHash<QString, const Entry *> map;
        for (const Entry &entry : entries)
            for (const char *name : entry.names)
                map.insert(QString::fromLatin1(name), &entry);
        return map;
    }();
    const Entry *entry = byName.value(constraint);
    if (!entry)
        return std::nullopt;
    return ConstraintRule{QString::fromLatin1(entry->rule), QString::fromLatin1(entry->field),
                          QString::fromLatin1(entry->reason)};
}

} // namespace oc::store

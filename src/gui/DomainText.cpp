#include "DomainText.h"

#include "core/Sites.h"

#include <QLocale>
#include <QRegularExpression>

namespace oc::gui {

QString DomainText::enumValue(const QString &enumName, const QString &v)
{
    const auto eq = [&](const char *name, const char *value) {
        return enumName == QLatin1StringView(name) && v == QLatin1StringView(value);
    };
    if (eq("accountType", "unset"))
        return tr("Not set", "accountType");
    if (eq("accountType", "individual"))
        return tr("Individual", "accountType");
    if (eq("accountType", "enterprise"))
        return tr("Enterprise", "accountType");
    if (eq("authStatus", "unauthenticated"))
        return tr("Not authenticated", "authStatus");
    if (eq("authStatus", "pending"))
        return tr("Under review", "authStatus");
    if (eq("authStatus", "authenticated"))
        return tr("Authenticated", "authStatus");
    if (eq("authStatus", "rejected"))
        return tr("Rejected", "authStatus");
    if (eq("servicesStatus", "enabled"))
        return tr("Enabled", "servicesStatus");
    if (eq("servicesStatus", "closed"))
        return tr("Closed (retention)", "servicesStatus");
    if (eq("servicesStatus", "disabled"))
        return tr("Disabled", "servicesStatus");
    if (eq("productKind", "subscription"))
        return tr("Subscription", "productKind");
    if (eq("productKind", "stored_value_card"))
        return tr("Stored-value card", "productKind");
    if (eq("orderStatus", "unpaid"))
        return tr("Unpaid", "orderStatus");
    if (eq("orderStatus", "paid"))
        return tr("Paid", "orderStatus");
    if (eq("orderStatus", "cancelled"))
        return tr("Cancelled", "orderStatus");
    if (eq("instanceStatus", "provisioning"))
        return tr("Provisioning", "instanceStatus");
    if (eq("instanceStatus", "active"))
        return tr("Active", "instanceStatus");
    if (eq("instanceStatus", "frozen"))
        return tr("Frozen", "instanceStatus");
    if (eq("instanceStatus", "closed"))
        return tr("Closed", "instanceStatus");
    if (eq("organizationStatus", "creating"))
        return tr("Setting up", "organizationStatus");
    if (eq("organizationStatus", "ready"))
        return tr("Ready", "organizationStatus");
    if (eq("workspaceLanguage", "zh"))
        return tr("Chinese", "workspaceLanguage");
    if (eq("workspaceLanguage", "en"))
        return tr("English", "workspaceLanguage");
    if (eq("workspaceStatus", "active"))
        return tr("Active", "workspaceStatus");
    if (eq("workspaceStatus", "locked"))
        return tr("Locked", "workspaceStatus");
    if (eq("workspaceStatus", "dissolved"))
        return tr("Dissolved", "workspaceStatus");
    if (eq("settlementMethod", "fee_center"))
        return tr("Fee-center account", "settlementMethod");
    if (eq("settlementMethod", "huawei_cloud"))
        return tr("Huawei Cloud account", "settlementMethod");
    if (eq("settlementMethod", "alibaba_cloud"))
        return tr("Alibaba Cloud account", "settlementMethod");
    if (eq("settlementMethod", "aws"))
        return tr("AWS account", "settlementMethod");
    if (eq("cardStatus", "available"))
        return tr("Available", "cardStatus");
    if (eq("cardStatus", "used_up"))
        return tr("Used up", "cardStatus");
    if (eq("cardStatus", "expired"))
        return tr("Expired", "cardStatus");
    if (eq("purchaseType", "huawei_marketplace"))
        return tr("Huawei Cloud marketplace purchase", "purchaseType");
    if (eq("purchaseType", "direct"))
        return tr("Direct purchase", "purchaseType");
    if (eq("channel", "email"))
        return tr("Email", "channel");
    if (eq("channel", "sms"))
        return tr("SMS", "channel");
    return v;
}

QString DomainText::siteName(const QString &code)
{
    if (code == u"cn1")
        return tr("China 1 (Hangzhou)");
    if (code == u"cn2")
        return tr("China 2 (Ningxia)");
    if (code == u"cn4")
        return tr("China 4 (Guangzhou)");
    if (code == u"cn6")
        return tr("China 6 (Hong Kong)");
    if (code == u"us1")
        return tr("US1 (Oregon)");
    if (code == u"eu1")
        return tr("EU1 (Frankfurt)");
    if (code == u"ap1")
        return tr("AP1 (Singapore)");
    return code;
}

QString DomainText::productName(const QString &kind, const QString &brand)
{
    if (kind == u"stored_value_card")
        return tr("%1 stored-value card").arg(brand);
    return tr("%1 SaaS Edition").arg(brand);
}

QString DomainText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DomainText::resourceType(const QString &type)
{
    if (type == u"accountCenter")
        return tr("Account center");
    if (type == u"verificationCode")
        return tr("Verification code");
    if (type == u"order")
        return tr("Order");
    if (type == u"instance")
        return tr("Purchased service");
    if (type == u"organization")
        return tr("Organization");
    if (type == u"member")
        return tr("Member");
    if (type == u"binding")
        return tr("App binding");
    if (type == u"authorization")
        return tr("App authorization");
    if (type == u"guanceAccount")
        return tr("Console account");
    if (type == u"feeCenterAccount")
        return tr("Fee-center account");
    if (type == u"workspace")
        return tr("Workspace");
    if (type == u"storedValueCard")
        return tr("Stored-value card");
    if (type == u"clock")
        return tr("Demo clock");
    return type;
}

QString DomainText::outcome(const QString &outcome)
{
    if (outcome == u"success")
        return tr("Success");
    return tr("Refused (%1)").arg(outcome);
}

QString DomainText::withoutAccelerator(QString text)
{
    static const QRegularExpression chinese(QStringLiteral("\\(&\\w\\)"));
    text.remove(chinese);
    text.remove(QLatin1Char('&'));
    return text;
}

QString DomainText::columnHeader(const QString &view, const QString &key)
{
    const auto k = [&](const char *name) { return key == QLatin1StringView(name); };
    // View-specific wording first.
    if (view == u"instances" && k("openedAt"))
        return tr("Purchased");
    if (view == u"outbox" && k("params"))
        return tr("Message");
    if (view == u"journal" && k("at"))
        return tr("Time");
    if (view == u"orders" && k("boundOrganization"))
        return tr("Bound organization");
    if (view == u"workspaces" && k("name"))
        return tr("Workspace");
    if (view == u"workspaces" && k("status"))
        return tr("Status");

    if (k("accountId"))
        return tr("Account ID");
    if (k("name"))
        return tr("Name");
    if (k("loginId"))
        return tr("Login ID");
    if (k("tenantName"))
        return tr("Tenant name");
    if (k("accountType"))
        return tr("Account type");
    if (k("authStatus"))
        return tr("Real-name authentication");
    if (k("servicesStatus"))
        return tr("Services");
    if (k("partner"))
        return tr("Partner");
    if (k("email"))
        return tr("Email", "column: email address");
    if (k("mobile"))
        return tr("Mobile");
    if (k("countryRegion"))
        return tr("Country/Region");
    if (k("createdAt"))
        return tr("Created");
    if (k("orderId"))
        return tr("Order number");
    if (k("productKind"))
        return tr("Product type");
    if (k("productName"))
        return tr("Product");
    if (k("quantity"))
        return tr("Quantity");
    if (k("amount"))
        return tr("Amount");
    if (k("status"))
        return tr("Status");
    if (k("redeemed"))
        return tr("Redeemed");
    if (k("boundOrganization"))
        return tr("Organization");
    if (k("instanceId"))
        return tr("Instance ID");
    if (k("openedAt"))
        return tr("Opened at");
    if (k("closedAt"))
        return tr("Closed at");
    if (k("organizationId"))
        return tr("Organization ID");
    if (k("enterpriseName"))
        return tr("Enterprise name");
    if (k("abbreviation"))
        return tr("Abbreviation");
    if (k("ownerAccountId"))
        return tr("Owner account ID");
    if (k("ownerName"))
        return tr("Owner");
    if (k("memberCount"))
        return tr("Members", "column: number of members");
    if (k("readyAt"))
        return tr("Ready at");
    if (k("memberId"))
        return tr("Member");
    if (k("loginName"))
        return tr("Login name");
    if (k("displayName"))
        return tr("Name");
    if (k("department"))
        return tr("Department");
    if (k("authorized"))
        return tr("Authorized", "column: member authorized");
    if (k("mustChangePassword"))
        return tr("Initial password");
    if (k("enabled"))
        return tr("Enabled", "column: member may log in");
    if (k("bindingId"))
        return tr("Binding");
    if (k("instanceStatus"))
        return tr("Instance status");
    if (k("authorizedCount"))
        return tr("Authorized members");
    if (k("boundAt"))
        return tr("Bound at");
    if (k("authorizedAt"))
        return tr("Authorized at");
    if (k("feeCenterAccountId"))
        return tr("Fee-center account");
    if (k("username"))
        return tr("Username");
    if (k("cashBalance"))
        return tr("Cash balance");
    if (k("cardBalance"))
        return tr("Card balance");
    if (k("workspaceCount"))
        return tr("Workspaces", "column: number of workspaces");
    if (k("linkedHuaweiAccounts"))
        return tr("Linked Huawei accounts");
    if (k("workspaceId"))
        return tr("Workspace ID");
    if (k("feeCenterUsername"))
        return tr("Fee-center account");
    if (k("site"))
        return tr("Site");
    if (k("language"))
        return tr("Language");
    if (k("settlement"))
        return tr("Settlement method");
    if (k("settlementAccountId"))
        return tr("Settlement account");
    if (k("settlementInstanceId"))
        return tr("Settlement instance");
    if (k("lockReason"))
        return tr("Lock reason");
    if (k("lockedAt"))
        return tr("Locked at");
    if (k("cardNumber"))
        return tr("Card number");
    if (k("faceValue"))
        return tr("Face value");
    if (k("balance"))
        return tr("Available balance");
    if (k("purchaseType"))
        return tr("Purchase type");
    if (k("purchasedAt"))
        return tr("Purchase time");
    if (k("expiresAt"))
        return tr("Expiry");
    if (k("sourceOrderId"))
        return tr("Order number");
    if (k("messageId"))
        return tr("No.");
    if (k("sentAt"))
        return tr("Sent");
    if (k("channel"))
        return tr("Channel");
    if (k("destination"))
        return tr("To");
    if (k("kind"))
        return tr("Subject");
    if (k("entryId"))
        return tr("No.");
    if (k("actor"))
        return tr("Operator");
    if (k("operation"))
        return tr("Operation");
    if (k("resourceType"))
        return tr("Resource type");
    if (k("target"))
        return tr("Target");
    if (k("outcome"))
        return tr("Outcome");
    if (k("details"))
        return tr("Details");
    return key;
}

QString DomainText::outboxSubject(const QString &kind, const QVariantMap &params,
                                  const QString &brand)
{
    Q_UNUSED(params)
    if (kind == u"verificationCode")
        return tr("Verification code");
    if (kind == u"memberCredentials")
        return tr("Unified login for %1").arg(brand);
    if (kind == u"purchaseNotice")
        return tr("Purchase successful");
    if (kind == u"workspaceLocked")
        return tr("Workspace locked");
    if (kind == u"workspaceUnlocked")
        return tr("Workspace unlocked");
    if (kind == u"organizationReady")
        return tr("Organization ready");
    if (kind == u"registration")
        return tr("Welcome to the %1 Commercial Plan").arg(brand);
    if (kind == u"recharge")
        return tr("Stored-value cards recharged");
    return kind;
}

QString DomainText::outboxBody(const QString &kind, const QVariantMap &p, const QString &brand)
{
    const auto v = [&](const char *name) { return p.value(QString::fromLatin1(name)).toString(); };
    if (kind == u"verificationCode")
        return tr("Your verification code is %1. It is valid for %2 minutes. Do not share it.")
            .arg(v("code"), v("minutes"));
    if (kind == u"memberCredentials")
        return tr("You can now use %1 (organization %2). Unified login address: %3  Login name: %4 "
                  " "
                  "Initial password: %5  Change the password at first login.")
            .arg(brand, v("organization"), v("loginAddress"), v("loginName"), v("initialPassword"));
    if (kind == u"purchaseNotice")
        return tr("Order %1 is paid: %2 x %3. Associate an organization to start using it.")
            .arg(v("orderId"),
                 productName(v("productKind").isEmpty() ? v("product") : v("productKind"), brand),
                 v("quantity"));
    if (kind == u"workspaceLocked")
        return tr("Workspace \"%1\" is locked: its Huawei Cloud subscription was closed. Unlock it "
                  "in the "
                  "Billing Center; data is kept for 14 days.")
            .arg(v("workspaceName"));
    if (kind == u"workspaceUnlocked")
        return tr("Workspace \"%1\" is unlocked and now settles through the fee-center account.")
            .arg(v("workspaceName"));
    if (kind == u"organizationReady")
        return tr("Organization %1 (%2) is ready. Add members and bind your order.")
            .arg(v("enterpriseName"), v("abbreviation"));
    if (kind == u"registration")
        return tr("Your %1 account %2 and fee-center account are ready. Workspace: %3.")
            .arg(brand, v("username"), v("workspaceName"));
    if (kind == u"recharge")
        return tr("%n stored-value card(s) from order %1 were added to fee-center account %2.",
                  nullptr, p.value(QStringLiteral("cards")).toInt())
            .arg(v("orderId"), v("username"));
    return QStringList(p.keys()).join(QStringLiteral(", "));
}

QString DomainText::money(Fen amount)
{
    // The yuan sign first in both languages, as both consoles show it.
    return QStringLiteral("¥") + QLocale().toString(double(amount.value) / 100.0, 'f', 2);
}

QString DomainText::time(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DomainText::cell(const ColumnInfo &column, const QVariant &value, const QString &brand,
                         const QTimeZone &zone)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Money:
        return money(Fen(value.toLongLong()));
    case ColumnKind::Time:
        return time(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc()), zone);
    case ColumnKind::Boolean:
        return yesNo(value.toLongLong() != 0);
    case ColumnKind::Enum:
        if (column.enumName == u"product")
            return productName(value.toString(), brand);
        return enumValue(column.enumName, value.toString());
    case ColumnKind::Site:
        return siteName(value.toString());
    case ColumnKind::Integer:
        return QLocale().toString(value.toLongLong());
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Id:
        return value.toString();
    }
    return value.toString();
}

} // namespace oc::gui

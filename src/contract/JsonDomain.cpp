// Codecs of the domain entities (core/Domain.h) and of the list types (core/Listing.h).
// Keys are the member names; string limits: Short for identifiers and single tokens, Text
// for names and free text (Json.h).

#include "Json.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oc::json {

namespace {

// ---- Huawei Cloud side -------------------------------------------------------------------

void fields(auto &v, Of<ContactAddress> auto &o)
{
    v("line1", o.line1, Text);
    v("line2", o.line2, Text);
    v("city", o.city, Text);
    v("stateProvince", o.stateProvince, Text);
    v("commune", o.commune, Text);
    v("postalCode", o.postalCode, Short);
}

void fields(auto &v, Of<CurrencySelection> auto &o)
{
    v("currency", o.currency, Short);
    v("selectedAt", o.selectedAt);
}

void fields(auto &v, Of<HuaweiAccount> auto &o)
{
    v("accountId", o.accountId, Short);
    v("loginId", o.loginId, Short);
    v("loginIdChangedAt", o.loginIdChangedAt);
    v("email", o.email, Short);
    v("securityPhone", o.securityPhone, Short);
    v("tenantName", o.tenantName, Text);
    v("serviceMobile", o.serviceMobile, Short);
    v("serviceEmail", o.serviceEmail, Short);
    v("countryRegion", o.countryRegion, Short);
    v("accountType", o.accountType);
    v("fullName", o.fullName, Text);
    v("enterpriseName", o.enterpriseName, Text);
    v("authStatus", o.authStatus);
    v("servicesStatus", o.servicesStatus);
    v("servicesEnabledAt", o.servicesEnabledAt);
    v("promotions", o.promotions);
    v("postPayment", o.postPayment);
    v("retentionUntil", o.retentionUntil);
    v("qualificationName", o.qualificationName, Short);
    v("taxId", o.taxId, Short);
    v("designation", o.designation, Text);
    v("contactAddress", o.contactAddress);
    v("paymentCurrency", o.paymentCurrency, Short);
    v("industry", o.industry, Text);
    v("secondaryIndustry", o.secondaryIndustry, Text);
    v("messageLanguage", o.messageLanguage, Short);
    v("timeZone", o.timeZone, Short);
    v("currency", o.currency, Short);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<ClosingFailure> auto &o)
{
    v("group", o.group);
    v("condition", o.condition, Short);
    v("detail", o.detail, Text);
}

void fields(auto &v, Of<MessageRecipient> auto &o)
{
    v("recipientId", o.recipientId);
    v("accountId", o.accountId, Short);
    v("name", o.name, Text);
    v("mobile", o.mobile, Short);
    v("email", o.email, Short);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<PaymentCard> auto &o)
{
    v("cardId", o.cardId);
    v("accountId", o.accountId, Short);
    v("maskedNumber", o.maskedNumber, Short);
    v("holder", o.holder, Text);
    v("expiry", o.expiry, Short);
    v("result", o.result);
    v("attemptedAt", o.attemptedAt);
}

void fields(auto &v, Of<Product> auto &o)
{
    v("productId", o.productId, Short);
    v("kind", o.kind);
    v("name", o.name, Text);
    v("unitPrice", o.unitPrice);
}

void fields(auto &v, Of<Order> auto &o)
{
    v("orderId", o.orderId, Short);
    v("accountId", o.accountId, Short);
    v("productId", o.productId, Short);
    v("quantity", o.quantity);
    v("amount", o.amount);
    v("status", o.status);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<Instance> auto &o)
{
    v("instanceId", o.instanceId, Short);
    v("orderId", o.orderId, Short);
    v("accountId", o.accountId, Short);
    v("productId", o.productId, Short);
    v("status", o.status);
    v("openedAt", o.openedAt);
    v("activeAt", o.activeAt);
    v("closedAt", o.closedAt);
}

void fields(auto &v, Of<Organization> auto &o)
{
    v("organizationId", o.organizationId, Short);
    v("ownerAccountId", o.ownerAccountId, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("abbreviation", o.abbreviation, Short);
    v("status", o.status);
    v("createdAt", o.createdAt);
    v("readyAt", o.readyAt);
}

void fields(auto &v, Of<Department> auto &o)
{
    v("departmentId", o.departmentId);
    v("organizationId", o.organizationId, Short);
    v("parentId", o.parentId);
    v("name", o.name, Text);
}

void fields(auto &v, Of<Member> auto &o)
{
    v("memberId", o.memberId);
    v("organizationId", o.organizationId, Short);
    v("account", o.account, Short);
    v("displayName", o.displayName, Text);
    v("departmentId", o.departmentId);
    v("mobile", o.mobile, Short);
    v("email", o.email, Short);
    v("mustChangePassword", o.mustChangePassword);
    v("enabled", o.enabled);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<AppBinding> auto &o)
{
    v("bindingId", o.bindingId);
    v("orderId", o.orderId, Short);
    v("instanceId", o.instanceId, Short);
    v("productId", o.productId, Short);
    v("organizationId", o.organizationId, Short);
    v("boundAt", o.boundAt);
}

// ---- Guance side -------------------------------------------------------------------------

void fields(auto &v, Of<GuanceAccount> auto &o)
{
    v("guanceAccountId", o.guanceAccountId);
    v("username", o.username, Short);
    v("email", o.email, Short);
    v("mobile", o.mobile, Short);
    v("site", o.site, Short);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<FeeCenterAccount> auto &o)
{
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("username", o.username, Short);
    v("email", o.email, Short);
    v("enterpriseName", o.enterpriseName, Text);
    v("industry", o.industry, Text);
    v("contact", o.contact, Text);
    v("cashBalance", o.cashBalance);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<Workspace> auto &o)
{
    v("workspaceId", o.workspaceId, Short);
    v("name", o.name, Text);
    v("language", o.language);
    v("site", o.site, Short);
    v("ownerGuanceAccountId", o.ownerGuanceAccountId);
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("settlement", o.settlement);
    v("settlementAccountId", o.settlementAccountId, Short);
    v("settlementInstanceId", o.settlementInstanceId, Short);
    v("settlementChangedAt", o.settlementChangedAt);
    v("status", o.status);
    v("lockReason", o.lockReason, Text);
    v("lockedAt", o.lockedAt);
    v("createdAt", o.createdAt);
}

void fields(auto &v, Of<StoredValueCard> auto &o)
{
    v("cardNumber", o.cardNumber, Short);
    v("feeCenterAccountId", o.feeCenterAccountId);
    v("faceValue", o.faceValue);
    v("balance", o.balance);
    v("status", o.status);
    v("purchaseType", o.purchaseType);
    v("purchasedAt", o.purchasedAt);
    v("expiresAt", o.expiresAt);
    v("sourceOrderId", o.sourceOrderId, Short);
}

// ---- shared mechanics --------------------------------------------------------------------

void fields(auto &v, Of<OutboxMessage> auto &o)
{
    v("messageId", o.messageId);
    v("sentAt", o.sentAt);
    v("channel", o.channel);
    v("destination", o.destination, Short);
    v("kind", o.kind, Short);
    v("params", o.params);
}

void fields(auto &v, Of<JournalEntry> auto &o)
{
    v("entryId", o.entryId);
    v("at", o.at);
    v("actor", o.actor, Short);
    v("operation", o.operation, Short);
    v("resourceType", o.resourceType, Short);
    v("target", o.target, Text);
    v("outcome", o.outcome, Short);
    v("details", o.details, Text);
}

// ---- lists -------------------------------------------------------------------------------

void fields(auto &v, Of<ColumnInfo> auto &o)
{
    v("key", o.key, Short);
    v("kind", o.kind);
    v("enumName", o.enumName, Short);
}

void fields(auto &v, Of<ListQuery> auto &o)
{
    v("view", o.view, Short);
    v("search", o.search, Text);
    v("filters", o.filters);
    v("sortColumn", o.sortColumn, Short);
    v("descending", o.descending);
    v("offset", o.offset);
    v("limit", o.limit);
    v("withTotal", o.withTotal);
    v("knownTotal", o.knownTotal);
}

// rows: one array of cells per row, in the order of `columns` (QVariant mapping, Json.h).
void fields(auto &v, Of<ListPage> auto &o)
{
    v("columns", o.columns);
    v("rows", o.rows);
    v("total", o.total);
    v("offset", o.offset);
}

} // namespace

OC_JSON_DOMAIN_TYPES(OC_JSON_DEFINE_OBJECT_CODEC)

namespace {

// A JSON string of valid UTF-8, with quote, backslash and control characters escaped.
void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += Hex[u >> 4];
                out += Hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendString(QByteArray &out, QStringView text)
{
    appendUtf8String(out, text.toUtf8());
}

// One cell as Codec<QVariant> writes it: the common kinds here, the rest (tagged 64-bit
// integers and times, unsupported values) through the codec itself.
void appendCell(QByteArray &out, const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull()) {
        out += "null";
        return;
    }
    switch (cell.metaType().id()) {
    case QMetaType::Bool:
        out += cell.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const qint64 number = cell.toLongLong();
        if (number >= -MaxSafeInteger && number <= MaxSafeInteger) {
            out += QByteArray::number(number);
            return;
        }
        break;
    }
    case QMetaType::QString:
        appendString(out, cell.toString());
        return;
    default:
        break;
    }
    const QByteArray wrapped =
        QJsonDocument(QJsonArray{Codec<QVariant>::write(cell)}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
}

// A view's columns are the same on each of its pages: written once per thread and view.
QByteArray columnsText(const QList<ColumnInfo> &columns)
{
    thread_local QList<std::pair<QList<ColumnInfo>, QByteArray>> written;
    for (const auto &[known, text] : std::as_const(written))
        if (known == columns)
            return text;
    QByteArray text = QJsonDocument(Codec<QList<ColumnInfo>>::write(columns).toArray())
                          .toJson(QJsonDocument::Compact);
    if (written.size() >= 64)
        written.removeFirst();
    written.append({columns, text});
    return text;
}

} // namespace

QByteArray listPageAnswerText(const ListPage &page)
{
    QByteArray rows;
    rows.reserve(page.rows.size() * 160);
    for (const QVariantList &row : page.rows)
        appendListRow(rows, row.size(),
                      [&row](QByteArray &out, qsizetype c) { appendCell(out, row.at(c)); });
    return listPageAnswerText(page, rows);
}

void appendListCell(QByteArray &out, const QVariant &cell)
{
    appendCell(out, cell);
}

void appendListText(QByteArray &out, QByteArrayView utf8)
{
    if (utf8.isValidUtf8())
        appendUtf8String(out, utf8);
    else // as the store's driver reads it: each malformed sequence a replacement character
        appendString(out, QString::fromUtf8(utf8));
}

QByteArray listPageAnswerText(const ListPage &page, QByteArrayView rows)
{
    // Keys in QJsonObject's (sorted) order, as the tree would be written.
    QByteArray out;
    out.reserve(256 + rows.size());
    out += "{\"value\":{\"columns\":";
    out += columnsText(page.columns);
    out += ",\"offset\":";
    out += QByteArray::number(page.offset);
    out += ",\"rows\":[";
    out += rows;
    out += "],\"total\":";
    if (page.total >= -MaxSafeInteger && page.total <= MaxSafeInteger)
        out += QByteArray::number(page.total);
    else
        appendString(out, QString::number(page.total)); // as Codec<qint64> writes it
    out += "}}";
    return out;
}

} // namespace oc::json

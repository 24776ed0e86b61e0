#include "ClosingText.h"

#include "DomainText.h"
#include "core/Closing.h"
#include "core/Money.h"

#include <QDateTime>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

namespace C = closing::condition;

bool is(const ClosingFailure &failure, const char *condition)
{
    return failure.condition == QLatin1StringView(condition);
}

// An amount in CNY as the checks give it ("1280.50"), as the console shows money.
QString amount(const QString &detail)
{
    Fen fen;
    return Fen::parse(detail, &fen) ? DomainText::money(fen) : detail;
}

} // namespace

QString ClosingText::groupName(ClosingCheckGroup group)
{
    switch (group) {
    case ClosingCheckGroup::Account:
        return tr("Account Check");
    case ClosingCheckGroup::Financial:
        return tr("Financial Check");
    case ClosingCheckGroup::OrdersAndResources:
        return tr("Orders and Resources Check");
    }
    return {};
}

QString ClosingText::reasonText(ClosingReason reason)
{
    switch (reason) {
    case ClosingReason::NoLongerNeeded:
        return tr("No longer wish to use");
    case ClosingReason::MistakenlyEnabled:
        return tr("Mistakenly enabled");
    case ClosingReason::Other:
        return tr("Other");
    }
    return {};
}

QString ClosingText::conditionText(const ClosingFailure &f)
{
    // my-account.md §5.11.1 item 1, grouped as D.4 R-CLS-1 says.
    if (is(f, C::PartnerAssociation))
        return tr("The account is associated with the Huawei Cloud partner %1.").arg(f.detail);
    if (is(f, C::MasterAccount))
        return tr("The account is associated with, or invited by, the enterprise master account "
                  "%1.")
            .arg(f.detail);
    if (is(f, C::MemberAccounts))
        return tr("Member accounts associated with this enterprise master account: %1.")
            .arg(f.detail);
    if (is(f, C::ApplicationsInProgress))
        return tr("Applications in progress (such as a real-name authentication under review): "
                  "%1.")
            .arg(f.detail);
    if (is(f, C::Complaints))
        return tr("Breaches of laws, regulations or agreements with Huawei, or complaints, are on "
                  "record.");
    if (is(f, C::Arrears))
        return tr("Overdue payments: %1.").arg(amount(f.detail));
    if (is(f, C::OverIssuedInvoices))
        return tr("Invoices were issued for more than was paid.");
    if (is(f, C::PendingPayments))
        return tr("Payments are pending.");
    if (is(f, C::Balance))
        return tr("A remaining balance: %1.").arg(amount(f.detail));
    if (is(f, C::UnpaidTaxes))
        return tr("Taxes are unpaid, or legal obligations unfulfilled.");
    if (is(f, C::UnpaidOrders))
        return tr("Active orders: %1.").arg(f.detail);
    if (is(f, C::InstancesInUse))
        return tr("Resources or instances in use: %1.").arg(f.detail);
    if (is(f, C::ReservedInstances))
        return tr("Reserved instances are still valid.");
    if (is(f, C::PendingContracts))
        return tr("Contracts are still to be performed.");
    return f.detail.isEmpty() ? f.condition : tr("%1: %2").arg(f.condition, f.detail);
}

QString ClosingText::remedyText(const ClosingFailure &f)
{
    if (is(f, C::PartnerAssociation))
        return tr("Disassociate from the partner first (My Partner > Disassociate); the partner "
                  "must agree.");
    if (is(f, C::MasterAccount))
        return tr("Leave the master account, or reject its invitation, first.");
    if (is(f, C::MemberAccounts))
        return tr("Cancel the association with every member account first.");
    if (is(f, C::ApplicationsInProgress))
        return tr("Wait until they are processed, or withdraw them.");
    if (is(f, C::Complaints))
        return tr("Contact customer service: Huawei decides case by case.");
    if (is(f, C::Arrears))
        return tr("Pay the overdue amount.");
    if (is(f, C::OverIssuedInvoices))
        return tr("Return the invoices issued in excess, or pay the amount they cover.");
    if (is(f, C::PendingPayments))
        return tr("Complete or cancel the pending payments.");
    if (is(f, C::Balance))
        return tr("Withdraw the balance once any arrears are paid.");
    if (is(f, C::UnpaidTaxes))
        return tr("Pay the taxes and fulfil the obligations.");
    if (is(f, C::UnpaidOrders))
        return tr("Pay or cancel the orders.");
    if (is(f, C::InstancesInUse))
        return tr("Unsubscribe from the resources or release them (KooGallery > Close "
                  "resource).");
    if (is(f, C::ReservedInstances))
        return tr("Wait until the reserved instances expire, or unsubscribe from them.");
    if (is(f, C::PendingContracts))
        return tr("Complete or terminate the contracts with Huawei Cloud.");
    return tr("Contact customer service.");
}

QString ClosingText::conditionName(const QString &c)
{
    const ClosingFailure f{ClosingCheckGroup::Account, c, {}};
    if (is(f, C::PartnerAssociation))
        return tr("a partner association");
    if (is(f, C::MasterAccount))
        return tr("a master account association");
    if (is(f, C::MemberAccounts))
        return tr("member accounts");
    if (is(f, C::ApplicationsInProgress))
        return tr("applications in progress");
    if (is(f, C::Complaints))
        return tr("violations or complaints");
    if (is(f, C::Arrears))
        return tr("overdue payments");
    if (is(f, C::OverIssuedInvoices))
        return tr("over-issued invoices");
    if (is(f, C::PendingPayments))
        return tr("pending payments");
    if (is(f, C::Balance))
        return tr("a remaining balance");
    if (is(f, C::UnpaidTaxes))
        return tr("unpaid taxes");
    if (is(f, C::UnpaidOrders))
        return tr("active orders");
    if (is(f, C::InstancesInUse))
        return tr("resources in use");
    if (is(f, C::ReservedInstances))
        return tr("reserved instances");
    if (is(f, C::PendingContracts))
        return tr("contracts pending");
    return c;
}

Error ClosingText::readable(Error error, const QTimeZone &zone)
{
    const QString conditions = u"conditions"_s;
    if (error.args.contains(conditions)) {
        QStringList names;
        for (const QString &c :
             error.args.value(conditions).toString().split(u' ', Qt::SkipEmptyParts))
            names << conditionName(c);
        error.args.insert(conditions, names.join(tr(", ")));
    }
    for (const QString &key : {u"restoreFrom"_s, u"disableFrom"_s})
        if (error.args.contains(key)) {
            const QDateTime at =
                QDateTime::fromString(error.args.value(key).toString(), Qt::ISODate);
            if (at.isValid())
                error.args.insert(key, DomainText::time(at.toUTC(), zone));
        }
    return error;
}

} // namespace oc::gui

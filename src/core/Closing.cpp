#include "Closing.h"

namespace oc::closing {

namespace {

void add(QList<ClosingFailure> &list, const char *condition, const QString &detail = {})
{
    for (const ConditionOf &c : Conditions)
        if (qstrcmp(c.condition, condition) == 0)
            list << ClosingFailure{c.group, QString::fromLatin1(condition), detail};
}

} // namespace

QList<ClosingFailure> failures(const Facts &f)
{
    QList<ClosingFailure> list;
    // Account Check
    if (!f.partnerName.isEmpty())
        add(list, condition::PartnerAssociation, f.partnerName);
    if (!f.masterName.isEmpty())
        add(list, condition::MasterAccount, f.masterName);
    if (f.associatedMembers > 0)
        add(list, condition::MemberAccounts, QString::number(f.associatedMembers));
    if (f.applicationsInProgress > 0)
        add(list, condition::ApplicationsInProgress, QString::number(f.applicationsInProgress));
    if (f.complaints)
        add(list, condition::Complaints);
    // Financial Check
    if (f.arrears.value > 0)
        add(list, condition::Arrears, f.arrears.toPlainString());
    if (f.overIssuedInvoices)
        add(list, condition::OverIssuedInvoices);
    if (f.pendingPayments)
        add(list, condition::PendingPayments);
    if (f.balance.value > 0)
        add(list, condition::Balance, f.balance.toPlainString());
    if (f.unpaidTaxes)
        add(list, condition::UnpaidTaxes);
    // Orders and Resources Check
    if (f.unpaidOrders > 0)
        add(list, condition::UnpaidOrders, QString::number(f.unpaidOrders));
    if (f.instancesInUse > 0)
        add(list, condition::InstancesInUse, QString::number(f.instancesInUse));
    if (f.reservedInstances)
        add(list, condition::ReservedInstances);
    if (f.pendingContracts)
        add(list, condition::PendingContracts);
    return list;
}

QList<ClosingFailure> failuresOf(const QList<ClosingFailure> &failures, ClosingCheckGroup group)
{
    QList<ClosingFailure> list;
    for (const ClosingFailure &f : failures)
        if (f.group == group)
            list << f;
    return list;
}

bool owes(const QList<ClosingFailure> &failures)
{
    return !failuresOf(failures, ClosingCheckGroup::Financial).isEmpty();
}

QDateTime retentionUntil(const QDateTime &closedAt)
{
    return closedAt.addDays(RetentionDays);
}

QDateTime earliestRestoreOrDisable(const QDateTime &closedAt)
{
    return closedAt.addSecs(qint64(WaitHours) * 3600);
}

} // namespace oc::closing

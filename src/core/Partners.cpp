#include "Partners.h"

#include "Clock.h"
#include "Rules.h"

namespace oc {

namespace partner {

QStringList ineligibility(const Facts &f, PartnerModel model, const QDateTime &now)
{
    namespace E = eligibility;
    QStringList failed;
    const auto add = [&](const char *condition) { failed << QString::fromLatin1(condition); };
    // R-PTN-3, any model
    if (f.chineseMainlandSite)
        add(E::ChineseMainlandSite);
    if (!f.partnerName.isEmpty())
        add(E::PartnerAssociated);
    if (f.specialContract)
        add(E::SpecialContract);
    if (f.registeredAt.isValid() && f.registeredAt.addDays(RegistrationDays) < now)
        add(E::RegisteredOver7Days);
    if (f.cashSpending)
        add(E::CashSpending);
    if (f.arrears.value > 0 || f.unpaidOrders > 0)
        add(E::UnpaidBills);
    if (f.unifiedAccounting())
        add(E::UnifiedMaster);
    if (model != PartnerModel::Reseller)
        return failed;
    // R-PTN-4, the reseller model
    if (f.professionalContract)
        add(E::ProfessionalContract);
    if (f.reservedInstances)
        add(E::ReservedInstances);
    if (f.memberAssociated)
        add(E::MemberAccount);
    if (f.independentMembers > 0)
        add(E::IndependentMembers);
    return failed;
}

bool resellerOnly(const QString &condition)
{
    namespace E = eligibility;
    for (const char *c :
         {E::ProfessionalContract, E::ReservedInstances, E::MemberAccount, E::IndependentMembers})
        if (condition == QLatin1StringView(c))
            return true;
    return false;
}

QList<CheckItem> disassociationFailures(const Facts &f, const QDateTime &now)
{
    namespace D = disassociation;
    QList<CheckItem> list;
    const auto add = [&](const char *condition, const QString &detail = {}) {
        list << CheckItem{QString::fromLatin1(condition), detail};
    };
    if (f.memberAssociated)
        add(D::MasterOrMember, f.masterName);
    else if (f.unifiedMembers > 0)
        add(D::MasterOrMember, QString::number(f.unifiedMembers));
    if (f.independentMembers > 0)
        add(D::IndependentMembers, QString::number(f.independentMembers));
    if (f.arrears.value > 0)
        add(D::Arrears, f.arrears.toPlainString());
    if (f.reservedInstances)
        add(D::ReservedInstances);
    if (f.partnerSupportPlan)
        add(D::PartnerSupportPlan);
    if (f.currency.isEmpty())
        add(D::NoCurrency);
    if (f.specialContract)
        add(D::SpecialContract);
    if (f.ordersAwaitingPartner)
        add(D::OrdersAwaitingPartner);
    if (const QDateTime from = nextCustomerRequestFrom(f.lastCustomerRequest, now); from.isValid())
        add(D::RequestedWithin3Months, chinaTime(from));
    return list;
}

QDateTime nextCustomerRequestFrom(const QDateTime &lastCustomerRequest, const QDateTime &now)
{
    if (!lastCustomerRequest.isValid())
        return {};
    // Calendar months in China time: a request on 30 November allows the next on 28 or 29
    // February (QDate::addMonths keeps to the month's last day).
    const QDateTime from = lastCustomerRequest.toTimeZone(ClockSteps::chinaTimeZone())
                               .addMonths(RequestIntervalMonths)
                               .toUTC();
    return now < from ? from : QDateTime();
}

Error refusal(const char *rule, const QStringList &failed, QVariantMap args)
{
    args.insert(QString::fromLatin1(FailedArg), failed);
    return makeError(QString::fromLatin1(rule), QStringLiteral("accountId"),
                     failed.isEmpty() ? QString() : failed.first(), std::move(args));
}

QString chinaTime(const QDateTime &at)
{
    return at.toTimeZone(ClockSteps::chinaTimeZone()).toString(Qt::ISODate);
}

} // namespace partner

namespace master {

std::optional<Error> linkRefusal(const HuaweiAccount &m, const HuaweiAccount &member,
                                 const MasterFacts &facts)
{
    const auto refuse = [](const char *field, const char *reason, QVariantMap args = {}) {
        return makeError(QString::fromLatin1(rule::MST_2), QString::fromLatin1(field),
                         QString::fromLatin1(reason), std::move(args));
    };
    if (m.accountType != AccountType::Enterprise)
        return refuse("masterAccountId", "notEnterprise");
    if (m.authStatus != AuthStatus::Authenticated)
        return refuse("masterAccountId", "notAuthenticated");
    if (!facts.enterpriseCenter)
        return refuse("masterAccountId", "noEnterpriseCenter");
    if (facts.cloudSolutionProvider)
        return refuse("masterAccountId", "cloudSolutionProvider");
    if (m.accountId == member.accountId)
        return refuse("memberAccountId", "sameAccount");
    if (facts.memberMembers > 0)
        return refuse("memberAccountId", "masterWithMembers",
                      {{QStringLiteral("members"), facts.memberMembers}});
    return std::nullopt;
}

bool inEffect(MasterLinkStatus status)
{
    return status == MasterLinkStatus::Associated ||
           status == MasterLinkStatus::CancellationRequested;
}

bool live(MasterLinkStatus status)
{
    return status == MasterLinkStatus::Invited || inEffect(status);
}

} // namespace master

} // namespace oc

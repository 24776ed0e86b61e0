#include "ConditionsService.h"

#include "AuthenticationChecks.h"
#include "core/Validators.h"
#include "store/AccountConditionsRepository.h"
#include "store/HuaweiAccountRepository.h"

namespace oc {

namespace {

const auto Operation = QStringLiteral("setAccountConditions");

AccountConditions conditionsOf(const store::ConditionsRow &r)
{
    AccountConditions c;
    c.accountId = r.accountId;
    c.arrears = r.arrears;
    c.balance = r.balance;
    c.overIssuedInvoices = r.overIssuedInvoices;
    c.pendingPayments = r.pendingPayments;
    c.unpaidTaxes = r.unpaidTaxes;
    c.reservedInstances = r.reservedInstances;
    c.pendingContracts = r.pendingContracts;
    c.complaints = r.complaints;
    c.koogallerySeller = r.koogallerySeller;
    c.hcpnPartner = r.hcpnPartner;
    c.specialContract = r.specialContract;
    c.cashSpending = r.cashSpending;
    c.ctsEnabled = r.ctsEnabled;
    c.chineseMainlandSite = r.chineseMainlandSite;
    c.partnerSupportPlan = r.partnerSupportPlan;
    c.ordersAwaitingPartner = r.ordersAwaitingPartner;
    c.professionalContract = r.professionalContract;
    c.enterpriseCenter = r.enterpriseCenter;
    c.cloudSolutionProvider = r.cloudSolutionProvider;
    return c;
}

store::ConditionsRow rowOf(const AccountConditions &c, const QDateTime &at)
{
    store::ConditionsRow r;
    r.accountId = c.accountId;
    r.arrears = c.arrears;
    r.balance = c.balance;
    r.overIssuedInvoices = c.overIssuedInvoices;
    r.pendingPayments = c.pendingPayments;
    r.unpaidTaxes = c.unpaidTaxes;
    r.reservedInstances = c.reservedInstances;
    r.pendingContracts = c.pendingContracts;
    r.complaints = c.complaints;
    r.koogallerySeller = c.koogallerySeller;
    r.hcpnPartner = c.hcpnPartner;
    r.specialContract = c.specialContract;
    r.cashSpending = c.cashSpending;
    r.ctsEnabled = c.ctsEnabled;
    r.chineseMainlandSite = c.chineseMainlandSite;
    r.partnerSupportPlan = c.partnerSupportPlan;
    r.ordersAwaitingPartner = c.ordersAwaitingPartner;
    r.professionalContract = c.professionalContract;
    r.enterpriseCenter = c.enterpriseCenter;
    r.cloudSolutionProvider = c.cloudSolutionProvider;
    r.updatedAt = at;
    return r;
}

} // namespace

QString ConditionsService::summary(const AccountConditions &c)
{
    QStringList parts{QStringLiteral("arrears ") + c.arrears.toPlainString(),
                      QStringLiteral("balance ") + c.balance.toPlainString()};
    const std::pair<bool, const char *> flags[] = {
        {c.overIssuedInvoices, "overIssuedInvoices"},
        {c.pendingPayments, "pendingPayments"},
        {c.unpaidTaxes, "unpaidTaxes"},
        {c.reservedInstances, "reservedInstances"},
        {c.pendingContracts, "pendingContracts"},
        {c.complaints, "complaints"},
        {c.koogallerySeller, "koogallerySeller"},
        {c.hcpnPartner, "hcpnPartner"},
        {c.specialContract, "specialContract"},
        {c.cashSpending, "cashSpending"},
        {c.ctsEnabled, "ctsEnabled"},
        {c.chineseMainlandSite, "chineseMainlandSite"},
        {c.partnerSupportPlan, "partnerSupportPlan"},
        {c.ordersAwaitingPartner, "ordersAwaitingPartner"},
        {c.professionalContract, "professionalContract"},
        {c.enterpriseCenter, "enterpriseCenter"},
        {c.cloudSolutionProvider, "cloudSolutionProvider"},
    };
    for (const auto &[set, name] : flags)
        if (set)
            parts << QString::fromLatin1(name);
    return parts.join(QLatin1Char(' '));
}

void ConditionsService::save(store::Database &db, const AccountConditions &conditions,
                             const QDateTime &at)
{
    store::AccountConditionsRepository(db).save(rowOf(conditions, at));
}

AccountConditions ConditionsService::of(store::Database &db, const QString &accountId)
{
    if (const auto row = store::AccountConditionsRepository(db).find(accountId))
        return conditionsOf(*row);
    AccountConditions defaults;
    defaults.accountId = accountId;
    return defaults;
}

Result<AccountConditions> ConditionsService::accountConditions(const QString &input)
{
    const auto accountId =
        validate::huaweiAccountId(input, QString::fromLatin1(validate::Field::AccountId));
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<AccountConditions>([&]() -> Result<AccountConditions> {
        auto &db = m_session.db();
        if (!store::HuaweiAccountRepository(db).exists(*accountId))
            return authcheck::accountNotFound();
        return of(db, *accountId);
    });
}

Result<AccountConditions> ConditionsService::setAccountConditions(const AccountConditions &input)
{
    const auto accountId =
        validate::huaweiAccountId(input.accountId, QString::fromLatin1(validate::Field::AccountId));
    if (!accountId.ok())
        return accountId.error();
    if (input.arrears.value < 0)
        return authcheck::refuse(SystemError::Invalid, QStringLiteral("arrears"), "negative");
    if (input.balance.value < 0)
        return authcheck::refuse(SystemError::Invalid, QStringLiteral("balance"), "negative");
    AccountConditions conditions = input;
    conditions.accountId = *accountId;
    return m_session.mutate<AccountConditions>(
        Operation, QString::fromLatin1(authcheck::AccountCenter), *accountId,
        [&]() -> Result<AccountConditions> {
            auto &db = m_session.db();
            if (!store::HuaweiAccountRepository(db).exists(*accountId))
                return authcheck::accountNotFound();
            save(db, conditions, m_session.now());
            m_session.journal(Operation, QString::fromLatin1(authcheck::AccountCenter), *accountId,
                              QStringLiteral("success"), summary(conditions));
            return of(db, *accountId);
        });
}

} // namespace oc

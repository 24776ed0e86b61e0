#include "ClosingService.h"

#include "AuthenticationChecks.h"
#include "CodeService.h"
#include "ConditionsService.h"
#include "core/Closing.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/ClosingRepository.h"
#include "store/HuaweiAccountRepository.h"

namespace oc {

namespace {

using authcheck::refuse;
namespace F = validate::Field;

const auto AccountCenter = QString::fromLatin1(authcheck::AccountCenter);
const auto StartClosingOperation = QStringLiteral("startClosing");
const auto CloseServicesOperation = QStringLiteral("closeServices");
const auto RestoreServicesOperation = QStringLiteral("restoreServices");
const auto DisableServicesOperation = QStringLiteral("disableServices");
const auto TerminateClosingOperation = QStringLiteral("terminateClosing");

constexpr int MaxNoteLength = 500;

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

// Where the HUAWEI ID holder's code goes (R-CLS-3): its own mobile number or email.
QString destinationOf(const HuaweiAccount &account, Channel channel)
{
    return channel == Channel::Sms ? account.securityPhone : account.email;
}

// R-CLS-3: closing needs the services enabled.
Problem servicesEnabled(const HuaweiAccount &account)
{
    const QString f = field(F::AccountId);
    switch (account.servicesStatus) {
    case ServicesStatus::Enabled:
        return std::nullopt;
    case ServicesStatus::NotEnabled:
        return refuse(rule::CLS_3, f, "servicesNotEnabled");
    case ServicesStatus::Closed:
        return refuse(rule::CLS_3, f, "servicesClosed");
    case ServicesStatus::Disabled:
        return refuse(rule::CLS_3, f, "servicesDisabled");
    }
    return std::nullopt;
}

Result<HuaweiAccount> accountIn(store::Database &db, const QString &accountId)
{
    const auto account = store::HuaweiAccountRepository(db).find(accountId);
    if (!account)
        return authcheck::accountNotFound();
    return *account;
}

// The conditions as a journal's details and an error's argument: "arrears balance".
QString conditionList(const QList<ClosingFailure> &failures)
{
    QStringList names;
    for (const ClosingFailure &f : failures)
        names << f.condition;
    return names.join(QLatin1Char(' '));
}

QString chinaTime(const QDateTime &at)
{
    return at.toTimeZone(ClockSteps::chinaTimeZone()).toString(Qt::ISODate);
}

// R-CLS-2 / R-CLS-5: Restore and Disable both need closed services, 24 hours after closing and
// within retention. `rule` says whose refusal it is; `fromArg` names the earliest time.
Problem closedLongEnough(store::Database &db, const HuaweiAccount &account, const QDateTime &now,
                         const char *rule, const char *fromArg)
{
    const QString f = field(F::AccountId);
    if (account.servicesStatus != ServicesStatus::Closed)
        return refuse(rule, f, "notClosed",
                      {{QStringLiteral("servicesStatus"), toString(account.servicesStatus)}});
    const QDateTime closedAt = store::ClosingRepository(db).closedAt(account.accountId);
    const QDateTime from = closing::earliestRestoreOrDisable(closedAt);
    if (closedAt.isValid() && now < from)
        return refuse(rule, f, "tooEarly", {{QString::fromLatin1(fromArg), chinaTime(from)}});
    if (account.retentionUntil.isValid() && now >= account.retentionUntil)
        return refuse(rule, f, "retentionOver");
    return std::nullopt;
}

ClosingCheck checkOf(const store::ClosingCheckRow &row)
{
    return ClosingCheck{row.checkId,   row.accountId, row.reason,
                        row.checkedAt, row.failures,  row.closedAt};
}

// The Outbox's notices go to the HUAWEI ID's email, or its mobile number without one.
} // namespace

// ---- what the checks read and the detail shows ----------------------------------------------

QList<ClosingFailure> ClosingService::failuresOf(store::Database &db, const QString &accountId)
{
    const AccountConditions c = ConditionsService::of(db, accountId);
    closing::Facts facts;
    facts.arrears = c.arrears;
    facts.balance = c.balance;
    facts.overIssuedInvoices = c.overIssuedInvoices;
    facts.pendingPayments = c.pendingPayments;
    facts.unpaidTaxes = c.unpaidTaxes;
    facts.reservedInstances = c.reservedInstances;
    facts.pendingContracts = c.pendingContracts;
    facts.complaints = c.complaints;

    store::HuaweiAccountRepository accounts(db);
    store::ClosingRepository closings(db);
    if (const auto partner = accounts.partner(accountId))
        facts.partnerName = partner->partnerName;
    if (const QString master = closings.masterOf(accountId); !master.isEmpty()) {
        const auto masterAccount = accounts.find(master);
        facts.masterName = masterAccount ? masterAccount->displayName() : master;
    }
    facts.associatedMembers = closings.membersOf(accountId);
    facts.applicationsInProgress = closings.reviewsInProgress(accountId);
    facts.unpaidOrders = closings.unpaidOrders(accountId);
    facts.instancesInUse = closings.instancesInUse(accountId);
    return closing::failures(facts);
}

std::optional<ServicesClosing> ClosingService::closingOf(store::Database &db,
                                                         const HuaweiAccount &account)
{
    if (account.servicesStatus != ServicesStatus::Closed &&
        account.servicesStatus != ServicesStatus::Disabled)
        return std::nullopt;
    ServicesClosing c;
    c.closedAt = store::ClosingRepository(db).closedAt(account.accountId);
    c.retentionUntil = account.retentionUntil;
    if (c.closedAt.isValid()) {
        c.restoreFrom = closing::earliestRestoreOrDisable(c.closedAt);
        c.disableFrom = c.restoreFrom;
    }
    c.disabledAt = store::HuaweiAccountRepository(db).disabledAt(account.accountId);
    return c;
}

std::optional<ClosingCheck> ClosingService::lastCheckOf(store::Database &db,
                                                        const QString &accountId)
{
    const auto row = store::ClosingRepository(db).lastCheck(accountId);
    if (!row)
        return std::nullopt;
    return checkOf(*row);
}

QStringList ClosingService::settleRetention(Session &session)
{
    auto &db = session.db();
    store::HuaweiAccountRepository accounts(db);
    const QStringList due = store::ClosingRepository(db).retentionEnded(session.now());
    for (const QString &accountId : due) {
        const auto account = accounts.find(accountId);
        if (!account)
            continue;
        // Disabled when retention ended, however late the clock looks.
        accounts.disableServices(accountId, account->retentionUntil);
        session.journal(DisableServicesOperation, AccountCenter, accountId,
                        QStringLiteral("success"), QStringLiteral("retention ended"));
        session.notify(*account, QStringLiteral("servicesDisabled"),
                       {{QStringLiteral("automatic"), true}});
    }
    return due;
}

// ---- W-CLOSE --------------------------------------------------------------------------------

Result<ClosingCheck> ClosingService::startClosing(const CloseServicesRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    const auto refused = [&](const Error &e) -> Error {
        m_session.mutate<Done>(StartClosingOperation, AccountCenter, *accountId,
                               [&]() -> Status { return e; });
        return e;
    };
    if (!r.termsAccepted)
        return refused(refuse(rule::CLS_3, QStringLiteral("termsAccepted"), "required"));
    if (!r.reason)
        return refused(refuse(rule::CLS_3, QStringLiteral("reason"), "required"));

    QString destination;
    const Status looked = m_session.read<Done>([&]() -> Status {
        const auto account = accountIn(m_session.db(), *accountId);
        if (!account.ok())
            return account.error();
        if (auto problem = servicesEnabled(*account))
            return *problem;
        destination = destinationOf(*account, r.channel);
        if (destination.isEmpty())
            return refuse(rule::CLS_3, QStringLiteral("channel"), "unbound");
        return Done{};
    });
    if (!looked.ok())
        return refused(looked.error());
    const QString purpose = QString::fromLatin1(CodePurpose::CloseServices);
    CodeService codes(m_session);
    if (Status code = codes.check(destination, purpose, r.code, field(F::Code)); !code.ok())
        return code.error();

    return m_session.mutate<ClosingCheck>(
        StartClosingOperation, AccountCenter, *accountId, [&]() -> Result<ClosingCheck> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            if (auto problem = servicesEnabled(*account))
                return *problem;
            if (destinationOf(*account, r.channel) != destination)
                return refuse(rule::VC_1, field(F::Code), "notSent");
            if (Status code = codes.consume(destination, purpose, r.code, field(F::Code));
                !code.ok())
                return code.error();
            const QDateTime now = m_session.now();
            const QList<ClosingFailure> failures = failuresOf(db, *accountId);
            // R-CLS-4: stored whatever the outcome; a failed one ends this application.
            const qint64 checkId =
                store::ClosingRepository(db).insertCheck(*accountId, *r.reason, now, failures);
            const bool passed = failures.isEmpty();
            m_session.journal(StartClosingOperation, AccountCenter, *accountId,
                              QStringLiteral("success"),
                              passed ? QStringLiteral("passed")
                                     : QStringLiteral("failed: ") + conditionList(failures));
            m_session.notify(*account, QStringLiteral("closingCheckResult"),
                             {{QStringLiteral("passed"), passed},
                              {QStringLiteral("failures"), conditionList(failures)}});
            return ClosingCheck{checkId, *accountId, *r.reason, now, failures, {}};
        });
}

Result<ServicesClosing> ClosingService::closeServices(const QString &input, qint64 checkId)
{
    const auto accountId = validate::huaweiAccountId(input);
    if (!accountId.ok())
        return accountId.error();
    return m_session.mutate<ServicesClosing>(
        CloseServicesOperation, AccountCenter, *accountId, [&]() -> Result<ServicesClosing> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            if (auto problem = servicesEnabled(*account))
                return *problem;
            store::ClosingRepository closings(db);
            const auto last = closings.lastCheck(*accountId);
            const QString f = QStringLiteral("checkId");
            if (!last || last->checkId != checkId)
                return refuse(rule::CLS_4, f, "notLast");
            if (!last->failures.isEmpty())
                return refuse(rule::CLS_4, f, "failed");
            if (last->closedAt.isValid())
                return refuse(rule::CLS_4, f, "used");
            // The facts may have changed since the check: judged again.
            const QList<ClosingFailure> now = failuresOf(db, *accountId);
            if (!now.isEmpty())
                return refuse(rule::CLS_1, f, "changed",
                              {{QStringLiteral("conditions"), conditionList(now)}});

            const QDateTime at = m_session.now();
            const QDateTime until = closing::retentionUntil(at);
            store::HuaweiAccountRepository(db).setServices(*accountId, ServicesStatus::Closed, at,
                                                           until);
            closings.markClosed(checkId, at);
            m_session.journal(CloseServicesOperation, AccountCenter, *accountId,
                              QStringLiteral("success"), toString(last->reason));
            const QDateTime from = closing::earliestRestoreOrDisable(at);
            m_session.notify(*account, QStringLiteral("servicesClosed"),
                             {{QStringLiteral("retentionUntil"), chinaTime(until)},
                              {QStringLiteral("restoreFrom"), chinaTime(from)}});
            return ServicesClosing{at, until, from, from, {}};
        });
}

Result<ClosingCheck> ClosingService::closingCheck(const QString &input)
{
    const auto accountId = validate::huaweiAccountId(input);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<ClosingCheck>([&]() -> Result<ClosingCheck> {
        auto &db = m_session.db();
        const auto account = accountIn(db, *accountId);
        if (!account.ok())
            return account.error();
        ClosingCheck check;
        check.accountId = *accountId;
        check.checkedAt = m_session.now();
        check.failures = failuresOf(db, *accountId);
        if (const auto last = store::ClosingRepository(db).lastCheck(*accountId))
            check.reason = last->reason;
        return check;
    });
}

// ---- D-RESTORE, D-DISABLE, the operator's termination ----------------------------------------

Result<HuaweiAccount> ClosingService::restoreServices(const QString &input)
{
    const auto accountId = validate::huaweiAccountId(input);
    if (!accountId.ok())
        return accountId.error();
    return m_session.mutate<HuaweiAccount>(
        RestoreServicesOperation, AccountCenter, *accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            if (auto problem =
                    closedLongEnough(db, *account, m_session.now(), rule::CLS_2, "restoreFrom"))
                return *problem;
            store::HuaweiAccountRepository accounts(db);
            accounts.setServices(*accountId, ServicesStatus::Enabled, {}, {});
            m_session.journal(RestoreServicesOperation, AccountCenter, *accountId);
            m_session.notify(*account, QStringLiteral("servicesRestored"), {});
            return *accounts.find(*accountId);
        });
}

Result<ServicesClosing> ClosingService::disableServices(const DisableServicesRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    // Every refusal judged here is the customer's state: the same checks run again inside.
    const auto judge = [&](store::Database &db, const HuaweiAccount &account,
                           QString &destination) -> Problem {
        if (auto problem =
                closedLongEnough(db, account, m_session.now(), rule::CLS_5, "disableFrom"))
            return problem;
        const QList<ClosingFailure> failures = failuresOf(db, account.accountId);
        if (closing::owes(failures))
            return refuse(
                rule::CLS_5, field(F::AccountId), "owed",
                {{QStringLiteral("conditions"),
                  conditionList(closing::failuresOf(failures, ClosingCheckGroup::Financial))}});
        destination = destinationOf(account, r.channel);
        if (destination.isEmpty())
            return refuse(rule::CLS_5, QStringLiteral("channel"), "unbound");
        return std::nullopt;
    };
    if (!r.acknowledged) {
        const Error e = refuse(rule::CLS_5, QStringLiteral("acknowledged"), "required");
        m_session.mutate<Done>(DisableServicesOperation, AccountCenter, *accountId,
                               [&]() -> Status { return e; });
        return e;
    }
    QString destination;
    const Status looked = m_session.read<Done>([&]() -> Status {
        const auto account = accountIn(m_session.db(), *accountId);
        if (!account.ok())
            return account.error();
        if (auto problem = judge(m_session.db(), *account, destination))
            return *problem;
        return Done{};
    });
    if (!looked.ok()) {
        m_session.mutate<Done>(DisableServicesOperation, AccountCenter, *accountId,
                               [&]() -> Status { return looked.error(); });
        return looked.error();
    }
    const QString purpose = QString::fromLatin1(CodePurpose::DisableServices);
    CodeService codes(m_session);
    if (Status code = codes.check(destination, purpose, r.code, field(F::Code)); !code.ok())
        return code.error();

    return m_session.mutate<ServicesClosing>(
        DisableServicesOperation, AccountCenter, *accountId, [&]() -> Result<ServicesClosing> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            QString now;
            if (auto problem = judge(db, *account, now))
                return *problem;
            if (now != destination)
                return refuse(rule::VC_1, field(F::Code), "notSent");
            if (Status code = codes.consume(destination, purpose, r.code, field(F::Code));
                !code.ok())
                return code.error();
            store::HuaweiAccountRepository(db).disableServices(*accountId, m_session.now());
            m_session.journal(DisableServicesOperation, AccountCenter, *accountId,
                              QStringLiteral("success"), QStringLiteral("customer"));
            m_session.notify(*account, QStringLiteral("servicesDisabled"),
                             {{QStringLiteral("automatic"), false}});
            auto disabled = *account;
            disabled.servicesStatus = ServicesStatus::Disabled;
            return *closingOf(db, disabled);
        });
}

Result<HuaweiAccount> ClosingService::terminateClosing(const TerminateClosingRequest &r)
{
    const auto accountId = validate::huaweiAccountId(r.accountId);
    if (!accountId.ok())
        return accountId.error();
    const QString note = r.note.simplified();
    if (note.size() > MaxNoteLength)
        return refuse(SystemError::TooLong, QStringLiteral("note"), "tooLong",
                      {{QStringLiteral("max"), MaxNoteLength}});
    return m_session.mutate<HuaweiAccount>(
        TerminateClosingOperation, AccountCenter, *accountId, [&]() -> Result<HuaweiAccount> {
            auto &db = m_session.db();
            const auto account = accountIn(db, *accountId);
            if (!account.ok())
                return account.error();
            // R-CLS-6: during retention only (a disabled account's closing is over).
            if (account->servicesStatus != ServicesStatus::Closed)
                return refuse(
                    rule::CLS_6, field(F::AccountId), "notClosed",
                    {{QStringLiteral("servicesStatus"), toString(account->servicesStatus)}});
            // The process ends: nothing is disabled, the services are back as they were.
            store::HuaweiAccountRepository accounts(db);
            accounts.setServices(*accountId, ServicesStatus::Enabled, {}, {});
            const QString reason = toString(r.reason);
            m_session.journal(TerminateClosingOperation, AccountCenter, *accountId,
                              QStringLiteral("success"),
                              note.isEmpty() ? reason : reason + QLatin1Char(' ') + note);
            m_session.notify(*account, QStringLiteral("closingTerminated"),
                             {{QStringLiteral("reason"), reason}, {QStringLiteral("note"), note}});
            return *accounts.find(*accountId);
        });
}

} // namespace oc

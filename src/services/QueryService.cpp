#include "QueryService.h"

#include "ClosingService.h"
#include "MasterService.h"
#include "MyAccountService.h"
#include "OrganizationService.h"
#include "PartnerService.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "store/AccountConditionsRepository.h"
#include "store/BindingRepository.h"
#include "store/DueTransitions.h"
#include "store/FeeCenterRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/JournalRepository.h"
#include "store/MessageRecipientRepository.h"
#include "store/OrganizationRepository.h"
#include "store/PaymentCardRepository.h"
#include "store/StoredValueCardRepository.h"
#include "store/WorkspaceRepository.h"

namespace oc {

Result<HuaweiAccountDetail> QueryService::huaweiAccount(const QString &accountIdInput)
{
    const auto accountId = validate::huaweiAccountId(accountIdInput);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<HuaweiAccountDetail>([&]() -> Result<HuaweiAccountDetail> {
        auto &db = m_session.db();
        store::HuaweiAccountRepository accounts(db);
        const auto account = accounts.find(*accountId);
        if (!account)
            return makeError(QString::fromLatin1(SystemError::NotFound),
                             QStringLiteral("accountId"), QStringLiteral("huaweiAccount"));
        HuaweiAccountDetail detail;
        detail.account = *account;

        // My Partner (R-PTN-1..7) and My Master Account (R-MST-1..3).
        detail.partner = PartnerService::infoOf(db, *accountId, m_session.now());
        detail.master = MasterService::masterOf(db, *accountId);
        detail.members = MasterService::membersOf(db, *accountId);

        // R-ACC-3: "n of 3 used this year", as changeTenantName counts them.
        detail.tenantNameChangesThisYear =
            MyAccountService::tenantNameChangesThisYear(db, *accountId, m_session.now());

        store::FeeCenterRepository feeCenters(db);
        if (const auto linked = feeCenters.linkedFeeCenter(*accountId))
            if (const auto fc = feeCenters.find(*linked))
                detail.linkedFeeCenterUsername = fc->username;

        detail.traces = store::JournalRepository(db).recentAbout(*accountId);
        detail.cards = store::PaymentCardRepository(db).ofAccount(*accountId); // R-ACC-18
        // My Account, part 2: recipients, the qualification proof (R-ACC-11), the currency
        // selections (R-ACC-15), whether CTS is on (R-AUD-2).
        detail.recipients = store::MessageRecipientRepository(db).ofAccount(*accountId);
        if (const auto proof = accounts.qualificationProof(*accountId))
            detail.qualificationProof =
                MaterialUpload{QString::fromLatin1(MaterialSlot::QualificationProof),
                               proof->fileName,
                               proof->size,
                               proof->header,
                               proof->sha256,
                               proof->thumbnail};
        detail.currencySelections = accounts.currencySelections(*accountId);
        detail.ctsEnabled = store::AccountConditionsRepository(db).ctsEnabled(*accountId);
        // Closing (my-account.md §5.11): the last check (R-CLS-4) and the closing's dates.
        detail.lastClosingCheck = ClosingService::lastCheckOf(db, *accountId);
        detail.closing = ClosingService::closingOf(db, *account);
        return detail;
    });
}

Result<OnboardingProgress> QueryService::onboardingProgress(const QString &accountIdInput)
{
    const auto accountId = validate::huaweiAccountId(accountIdInput);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<OnboardingProgress>([&]() -> Result<OnboardingProgress> {
        auto &db = m_session.db();
        const auto account = store::HuaweiAccountRepository(db).find(*accountId);
        if (!account)
            return makeError(QString::fromLatin1(SystemError::NotFound),
                             QStringLiteral("accountId"), QStringLiteral("huaweiAccount"));
        OnboardingProgress p;
        p.accountId = *accountId;
        p.authenticated = account->authStatus == AuthStatus::Authenticated;
        p.purchased = store::InstanceRepository(db).hasActiveSubscription(*accountId);
        p.organization = store::OrganizationRepository(db).hasReadyOrganization(*accountId);
        store::BindingRepository bindings(db);
        p.bound = bindings.hasBindingOfOwner(*accountId);
        p.authorized = bindings.hasAuthorizationOfOwner(*accountId);
        p.feeCenterLinked = store::FeeCenterRepository(db).isLinked(*accountId);
        store::WorkspaceRepository workspaces(db);
        p.workspace = workspaces.hasWorkspaceOfLinkedFeeCenter(*accountId);
        p.huaweiSettlement = workspaces.hasActiveSettledBy(*accountId);
        return p;
    });
}

QStringList settleDueTransitions(Session &session)
{
    QStringList changed;
    // A cheap look first: most ticks find nothing due and must not write.
    const auto due = session.read<bool>([&]() -> Result<bool> {
        return store::DueTransitions(session.db()).anyDue(session.now());
    });
    if (!due.ok() || !*due)
        return changed;
    const auto result = session.mutate<Done>(
        QStringLiteral("settleDue"), QStringLiteral("clock"), {}, [&]() -> Status {
            const QDateTime now = session.now();
            const QStringList instances = store::InstanceRepository(session.db()).activateDue(now);
            for (const QString &id : instances)
                session.journal(QStringLiteral("activateInstance"), QStringLiteral("instance"), id);
            const QStringList organizations =
                store::OrganizationRepository(session.db()).readyDue(now);
            for (const QString &id : organizations) {
                session.journal(QStringLiteral("organizationReady"), QStringLiteral("organization"),
                                id);
                OrganizationService::settleReady(session, id); // R-ORG-3: the owner is told
            }
            // Stored-value cards expire on the clock (Catalogue::CardValidityDays).
            const QList<StoredValueCard> expired =
                store::StoredValueCardRepository(session.db()).expireDueCards(now);
            for (const StoredValueCard &card : expired)
                session.journal(QStringLiteral("expireStoredValueCard"),
                                QStringLiteral("storedValueCard"), card.cardNumber,
                                QStringLiteral("success"), card.balance.toPlainString());
            // R-CLS-2: closed services are disabled when their retention ends.
            if (!ClosingService::settleRetention(session).isEmpty())
                changed << view::HuaweiAccounts << view::Outbox;
            if (!instances.isEmpty())
                changed << view::Instances << view::Bindings;
            // The fee-center list shows the available card balance too.
            if (!expired.isEmpty())
                changed << view::StoredValueCards << view::FeeCenterAccounts;
            if (!organizations.isEmpty())
                changed << view::Organizations << view::Outbox;
            if (!changed.isEmpty())
                changed << view::Journal;
            return Done{};
        });
    return result.ok() ? changed : QStringList{};
}

} // namespace oc
